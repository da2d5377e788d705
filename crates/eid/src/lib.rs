//! Host side of the German eID card protocol (BSI TR-03110, ICAO Doc 9303-11).
//!
//! Layers, bottom up: [`tlv`] (BER-TLV), [`apdu`] (ISO 7816-4 command and
//! response APDUs), [`card_access`] (EF.CardAccess, read by [`card_access_file`]), [`pace`] (PACE
//! ECDH-GM with AES), [`sm`] (secure messaging) and [`transport`] (PC/SC
//! readers and the [`transport::CardTransport`] trait everything runs over; their
//! errors in [`exchange_error`]).
//! Secrets live in [`secret::Secret`]; [`status`] decodes what the card's
//! status words say about PIN, CAN and PUK. On top, [`workflows`] runs the
//! kiosk's PIN workflows, [`pin_rules`] checks what citizens type and
//! [`reader_watch`] follows readers and cards for the UI.

pub mod apdu;
pub mod card_access;
pub mod card_access_file;
pub mod exchange_error;
pub mod kdf;
pub mod oid;
pub mod pace;
pub mod pin_rules;
pub mod random;
pub mod reader_watch;
pub mod secret;
pub mod sm;
pub mod status;
pub mod symmetric;
pub mod tlv;
pub mod transport;
pub mod workflows;
