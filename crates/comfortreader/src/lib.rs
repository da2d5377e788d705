//! A virtual comfort reader for pcscd (tests and demos; never shipped): an IFD
//! handler that pcscd loads like the driver of a USB reader with a PIN pad
//! (REINER SCT cyberJack RFID komfort and its kind). The card is the project's
//! virtual card, connected over vsmartcard's vpcd protocol ([`card_link`]);
//! the PIN pad is a Unix socket a test types on ([`pin_pad`]). The reader
//! offers the PC/SC Part 10 features of a comfort reader: it runs PACE itself
//! with the password typed on its pad (`FEATURE_EXECUTE_PACE`), then wraps the
//! host's APDUs in secure messaging, and puts a new PIN typed on its pad into
//! `RESET RETRY COUNTER` (`FEATURE_MODIFY_PIN_DIRECT`) — see [`reader`].
//!
//! pcscd learns of it from a reader configuration such as
//!
//! ```text
//! FRIENDLYNAME "Komfort PCD"
//! DEVICENAME 35981:/tmp/bk-comfort-35981.pad
//! LIBPATH /path/to/libcomfortreader.so
//! CHANNELID 35981
//! ```

pub mod card_link;
pub mod device;
mod ifd;
pub mod pin_pad;
pub mod reader;
