//! The station's output devices, without any UI or storage:
//!
//! - [`printer`]: the ESC/POS receipt printer that prints each waiting ticket — the
//!   bytes of a ticket (text and a raster QR code), sending them over the network or to
//!   a USB device file, and asking a network printer for paper and state first.
//! - [`voice`]: the call of a number — a gong and the number and desk spoken in German
//!   by `espeak-ng`, as a WAV file, played through ALSA or written to a folder.

pub mod printer;
pub mod voice;

#[cfg(feature = "fake-printer")]
pub mod fake_printer;
