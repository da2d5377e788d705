//! Host side of the German eID card protocol (BSI TR-03110, ICAO Doc 9303-11).
//!
//! Layers, bottom up: [`tlv`] (BER-TLV), [`apdu`] (ISO 7816-4 command and
//! response APDUs), and on top of them the card-access parsing, PACE and
//! secure messaging used by the PIN workflows.

pub mod apdu;
pub mod tlv;
