//! Secure messaging with AES (TR-03110 Part 3 §F, ICAO 9303-11 §9.8).
//!
//! Commands are protected as `87 (01 || AES-CBC(KS_enc, IV, pad(data)))`
//! (`85` without the `01` for odd INS), `97 Le` and `8E CMAC(KS_mac,
//! pad(SSC || pad(header) || DOs))[..8]`, with `CLA | 0C`. Responses carry
//! `87`/`85`, `99 SW` and `8E`; every MAC is verified. The 16-byte send
//! sequence counter starts at 0 after PACE and is incremented before each
//! command and each response; `IV = AES(KS_enc, SSC)`.
//!
//! [`SecureChannel`] ties this to a transport and closes itself for good on
//! the first error (MAC failure, malformed response, lost response), because
//! the counters can no longer agree with the card's.

use crate::apdu::{ApduError, CommandApdu, ResponseApdu, StatusWord};
use crate::oid::Cipher;
use crate::symmetric::{self, AesKey, BLOCK_LEN};
use crate::tlv::{self, Tag, Tlv};
use crate::transport::{CardTransport, TransportError};

pub use crate::exchange_error::SmError;
use elliptic_curve::subtle::ConstantTimeEq;
use std::fmt;
use zeroize::{Zeroize, Zeroizing};

const TAG_CRYPTOGRAM_PADDED: Tag = Tag::new(0x87);
const TAG_CRYPTOGRAM: Tag = Tag::new(0x85);
const TAG_LE: Tag = Tag::new(0x97);
const TAG_STATUS: Tag = Tag::new(0x99);
const TAG_MAC: Tag = Tag::new(0x8E);
const MAC_LEN: usize = 8;
const CLA_SM: u8 = 0x0C;

/// PACE session keys, wiped on drop.
pub struct SessionKeys {
    cipher: Cipher,
    enc: Zeroizing<Vec<u8>>,
    mac: Zeroizing<Vec<u8>>,
}

impl SessionKeys {
    /// Keys for `cipher`.
    pub fn new(cipher: Cipher, enc: Zeroizing<Vec<u8>>, mac: Zeroizing<Vec<u8>>) -> Self {
        SessionKeys { cipher, enc, mac }
    }

    /// The cipher the keys belong to.
    pub fn cipher(&self) -> Cipher {
        self.cipher
    }

    /// `KS_enc`.
    pub fn enc(&self) -> &[u8] {
        &self.enc
    }

    /// `KS_mac`.
    pub fn mac(&self) -> &[u8] {
        &self.mac
    }
}

impl fmt::Debug for SessionKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SessionKeys({:?}, ***)", self.cipher)
    }
}

/// The secure messaging state: keys and send sequence counter.
pub struct SecureMessaging {
    enc: AesKey,
    mac: AesKey,
    ssc: [u8; BLOCK_LEN],
}

impl Drop for SecureMessaging {
    fn drop(&mut self) {
        self.ssc.zeroize();
    }
}

impl fmt::Debug for SecureMessaging {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecureMessaging(***)")
    }
}

impl SecureMessaging {
    /// Starts secure messaging with `keys` and SSC 0.
    pub fn new(keys: &SessionKeys) -> Result<Self, SmError> {
        if keys.cipher() == Cipher::TripleDes {
            return Err(SmError::UnsupportedCipher);
        }
        Ok(SecureMessaging {
            enc: AesKey::new(keys.enc())?,
            mac: AesKey::new(keys.mac())?,
            ssc: [0; BLOCK_LEN],
        })
    }

    /// The current send sequence counter.
    pub fn ssc(&self) -> [u8; BLOCK_LEN] {
        self.ssc
    }

    fn increment_ssc(&mut self) {
        for byte in self.ssc.iter_mut().rev() {
            let (value, carry) = byte.overflowing_add(1);
            *byte = value;
            if !carry {
                break;
            }
        }
    }

    fn iv(&self) -> [u8; BLOCK_LEN] {
        let mut iv = self.ssc;
        self.enc.encrypt_block(&mut iv);
        iv
    }

    /// The MAC over `SSC || data`, padded.
    fn mac_over(&self, data: &[u8]) -> [u8; MAC_LEN] {
        let mut input = Zeroizing::new(Vec::with_capacity(BLOCK_LEN + data.len() + BLOCK_LEN));
        input.extend_from_slice(data);
        symmetric::pad(&mut input);
        self.mac_over_blocks(&input)
    }

    /// The MAC over `SSC || blocks`, where `blocks` is already a whole number of
    /// cipher blocks and gets no padding of its own.
    fn mac_over_blocks(&self, blocks: &[u8]) -> [u8; MAC_LEN] {
        let mut input = Zeroizing::new(Vec::with_capacity(BLOCK_LEN + blocks.len()));
        input.extend_from_slice(&self.ssc);
        input.extend_from_slice(blocks);
        let mut mac = [0u8; MAC_LEN];
        mac.copy_from_slice(&self.mac.cmac(&input)[..MAC_LEN]);
        mac
    }

    /// DO `87` (`01` || cryptogram), or `85` for an odd INS, over `data`.
    fn cryptogram_object(&self, data: &[u8], odd_ins: bool) -> Result<Vec<u8>, SmError> {
        let mut cryptogram = Zeroizing::new(data.to_vec());
        symmetric::pad(&mut cryptogram);
        self.enc.cbc_encrypt(&self.iv(), &mut cryptogram)?;
        if odd_ins {
            return Ok(tlv::encode(TAG_CRYPTOGRAM, &cryptogram)?);
        }
        let mut value = Vec::with_capacity(cryptogram.len() + 1);
        value.push(0x01);
        value.extend_from_slice(&cryptogram);
        Ok(tlv::encode(TAG_CRYPTOGRAM_PADDED, &value)?)
    }

    /// Protects `command` (increments the SSC).
    pub fn protect(&mut self, command: &CommandApdu) -> Result<CommandApdu, SmError> {
        self.increment_ssc();
        let cla = command.cla | CLA_SM;
        let mut objects = Vec::new();
        if !command.data.is_empty() {
            objects = self.cryptogram_object(&command.data, command.ins & 1 == 1)?;
        }
        if let Some(ne) = command.ne {
            let le: &[u8] = match ne {
                1..=255 => &[ne as u8],
                256 => &[0x00],
                65_536 => &[0x00, 0x00],
                257..=65_535 => &[(ne >> 8) as u8, ne as u8],
                _ => return Err(SmError::Apdu(ApduError::InvalidNe(ne))),
            };
            tlv::write(&mut objects, TAG_LE, le)?;
        }
        // The padded header, then the data objects, padded once more — but only when
        // there are any (ISO/IEC 7816-4: padding ends each run of data that is
        // authenticated; a header alone is one already). A card refuses a command
        // without data and `Le`, such as RESET RETRY COUNTER for the PUK, when its MAC
        // covers an extra padding block (`6988`); AusweisApp computes it this way too.
        let mut mac_input = vec![cla, command.ins, command.p1, command.p2];
        symmetric::pad(&mut mac_input);
        let mac = if objects.is_empty() {
            self.mac_over_blocks(&mac_input)
        } else {
            mac_input.extend_from_slice(&objects);
            self.mac_over(&mac_input)
        };
        tlv::write(&mut objects, TAG_MAC, &mac)?;
        let extended = objects.len() > crate::apdu::SHORT_MAX_DATA
            || command.ne.is_some_and(|ne| ne > crate::apdu::SHORT_MAX_NE);
        let ne = if extended {
            crate::apdu::EXTENDED_MAX_NE
        } else {
            crate::apdu::SHORT_MAX_NE
        };
        Ok(CommandApdu::new(cla, command.ins, command.p1, command.p2)
            .with_data(objects)
            .with_ne(ne))
    }

    /// Card side: protects a response (increments the SSC) as `87`, `99`, `8E`.
    pub fn protect_response(&mut self, response: &ResponseApdu) -> Result<ResponseApdu, SmError> {
        self.increment_ssc();
        let mut objects = Vec::new();
        if !response.data.is_empty() {
            objects = self.cryptogram_object(&response.data, false)?;
        }
        tlv::write(&mut objects, TAG_STATUS, &response.sw.0.to_be_bytes())?;
        self.append_mac(&mut objects)?;
        Ok(ResponseApdu::new(objects, response.sw))
    }

    /// Card side: appends a valid `8E` MAC to arbitrary response data
    /// objects (increments the SSC). Lets tests and fuzzers reach the
    /// checks that follow MAC verification.
    pub fn seal_response_objects(&mut self, mut objects: Vec<u8>) -> Result<Vec<u8>, SmError> {
        self.increment_ssc();
        self.append_mac(&mut objects)?;
        Ok(objects)
    }

    fn append_mac(&self, objects: &mut Vec<u8>) -> Result<(), SmError> {
        let mac = self.mac_over(objects);
        tlv::write(objects, TAG_MAC, &mac)?;
        Ok(())
    }

    /// Verifies and decrypts a protected response (increments the SSC).
    pub fn unprotect(&mut self, response: &ResponseApdu) -> Result<ResponseApdu, SmError> {
        self.increment_ssc();
        if response.data.is_empty() {
            return Err(SmError::Unprotected(response.sw));
        }
        let parts = ProtectedResponse::parse(&response.data)?;
        let expected = self.mac_over(parts.mac_input);
        if !bool::from(expected.ct_eq(parts.mac)) {
            return Err(SmError::MacInvalid);
        }
        let sw = match parts.status {
            Some(protected) if protected != response.sw => {
                return Err(SmError::StatusMismatch {
                    protected,
                    outer: response.sw,
                })
            }
            Some(protected) => protected,
            None => response.sw,
        };
        let data = match parts.cryptogram {
            Some(cryptogram) => {
                let mut plain = cryptogram.to_vec();
                self.enc.cbc_decrypt(&self.iv(), &mut plain)?;
                symmetric::unpad(&mut plain)?;
                plain
            }
            None => Vec::new(),
        };
        Ok(ResponseApdu::new(data, sw))
    }
}

/// The data objects of a protected response, before MAC verification.
#[derive(Debug, PartialEq, Eq)]
pub struct ProtectedResponse<'a> {
    /// The cryptogram without the padding-indicator byte, if any.
    pub cryptogram: Option<&'a [u8]>,
    /// The protected status word (DO `99`), if any.
    pub status: Option<StatusWord>,
    /// The MAC (DO `8E`).
    pub mac: &'a [u8],
    /// The bytes the MAC covers (all DOs before `8E`).
    pub mac_input: &'a [u8],
}

impl<'a> ProtectedResponse<'a> {
    /// Splits the response data into its data objects; `8E` must come last.
    pub fn parse(data: &'a [u8]) -> Result<Self, SmError> {
        let objects = tlv::parse_all(data)?;
        let (mac_object, covered) = objects
            .split_last()
            .ok_or(SmError::Malformed("no data objects"))?;
        if mac_object.tag() != TAG_MAC || mac_object.value().len() != MAC_LEN {
            return Err(SmError::Malformed(
                "last data object is not an 8-byte MAC (8E)",
            ));
        }
        let mut parts = ProtectedResponse {
            cryptogram: None,
            status: None,
            mac: mac_object.value(),
            mac_input: &data[..data.len() - mac_object.encoded().len()],
        };
        for object in covered {
            parts.take(*object)?;
        }
        Ok(parts)
    }

    fn take(&mut self, object: Tlv<'a>) -> Result<(), SmError> {
        let duplicate = SmError::Malformed("duplicate data object");
        match object.tag() {
            TAG_CRYPTOGRAM_PADDED | TAG_CRYPTOGRAM if self.cryptogram.is_some() => Err(duplicate),
            TAG_CRYPTOGRAM_PADDED => match object.value() {
                [0x01, cryptogram @ ..] => {
                    self.cryptogram = Some(cryptogram);
                    Ok(())
                }
                _ => Err(SmError::Malformed(
                    "cryptogram 87 without padding indicator 01",
                )),
            },
            TAG_CRYPTOGRAM => {
                self.cryptogram = Some(object.value());
                Ok(())
            }
            TAG_STATUS if self.status.is_some() => Err(duplicate),
            TAG_STATUS => match object.value() {
                [sw1, sw2] => {
                    self.status = Some(StatusWord::from_bytes(*sw1, *sw2));
                    Ok(())
                }
                _ => Err(SmError::Malformed("status object 99 is not 2 bytes")),
            },
            _ => Err(SmError::Malformed("unexpected data object")),
        }
    }
}

/// A card connection under secure messaging. After the first error it
/// refuses every further command with [`SmError::SessionClosed`] and its
/// keys are wiped.
pub struct SecureChannel<T> {
    transport: T,
    messaging: Option<SecureMessaging>,
}

impl<T> fmt::Debug for SecureChannel<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecureChannel(open: {})", self.messaging.is_some())
    }
}

impl<T: CardTransport> SecureChannel<T> {
    /// Opens secure messaging with `keys` (SSC 0) over `transport`.
    pub fn new(transport: T, keys: &SessionKeys) -> Result<Self, SmError> {
        Ok(SecureChannel {
            transport,
            messaging: Some(SecureMessaging::new(keys)?),
        })
    }

    /// Whether the channel can still be used.
    pub fn is_open(&self) -> bool {
        self.messaging.is_some()
    }

    /// Sends `command` protected and returns the verified, decrypted response.
    pub fn transmit(&mut self, command: &CommandApdu) -> Result<ResponseApdu, SmError> {
        let messaging = self.messaging.as_mut().ok_or(SmError::SessionClosed)?;
        let result = exchange(&mut self.transport, messaging, command);
        if result.is_err() {
            self.messaging = None;
        }
        result
    }

    /// The transport underneath, e.g. to ask whether the card is still there.
    pub fn transport_mut(&mut self) -> &mut T {
        &mut self.transport
    }

    /// Closes the channel and gives the transport back.
    pub fn into_transport(self) -> T {
        self.transport
    }
}

fn exchange<T: CardTransport>(
    transport: &mut T,
    messaging: &mut SecureMessaging,
    command: &CommandApdu,
) -> Result<ResponseApdu, SmError> {
    let protected = messaging.protect(command)?;
    let bytes = transport.transmit(&protected.to_bytes()?)?;
    let response = ResponseApdu::parse(&bytes)?;
    messaging.unprotect(&response)
}

impl<T: CardTransport> CardTransport for SecureChannel<T> {
    /// Protects raw command bytes, so PACE can run inside an existing channel.
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, TransportError> {
        let command = CommandApdu::parse(apdu)
            .map_err(|error| TransportError::SecureMessaging(Box::new(SmError::Apdu(error))))?;
        let response = SecureChannel::transmit(self, &command)
            .map_err(|error| TransportError::SecureMessaging(Box::new(error)))?;
        Ok(response.to_bytes())
    }
}
