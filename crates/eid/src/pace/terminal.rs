//! The terminal side of PACE as a state machine without I/O.
//!
//! Each state takes the card's response data and returns the next state and
//! the command to send, so the same code runs over a reader
//! ([`super::run`]), replays the ICAO worked example, or is timed in a
//! benchmark without a card. Randomness comes from a [`RandomSource`].
//!
//! Flow: MSE:Set AT → GA(7C 00) → `80` nonce → GA(`81` PK_map,IFD) → `82`
//! PK_map,IC → GA(`83` PK_eph,IFD) → `84` PK_eph,IC → GA(`85` T_IFD, last
//! of the chain) → `86` T_IC (+ optional `87`/`88` CARs).

use super::curves::EcGroup;
use super::{mapping, tokens, PaceError, PaceParams};
use crate::apdu::CommandApdu;
use crate::kdf;
use crate::random::RandomSource;
use crate::secret::{PasswordRef, Secret};
use crate::sm::SessionKeys;
use crate::symmetric::AesKey;
use crate::tlv::{self, Tag, Tlv};
use zeroize::Zeroizing;

const TAG_DYNAMIC_AUTH: Tag = Tag::new(0x7C);

/// MSE:Set AT selecting PACE with `password` (`00 22 C1 A4`, DOs `80`, `83`, optional `84`).
pub fn mse_set_at(params: &PaceParams, password: PasswordRef) -> Result<CommandApdu, PaceError> {
    let mut data = tlv::encode(Tag::new(0x80), params.oid.as_bytes())?;
    tlv::write(&mut data, Tag::new(0x83), &[password.reference()])?;
    if params.send_parameter_id {
        let id = u8::try_from(params.domain.id()).unwrap_or(u8::MAX);
        tlv::write(&mut data, Tag::new(0x84), &[id])?;
    }
    Ok(CommandApdu::new(0x00, 0x22, 0xC1, 0xA4).with_data(data))
}

/// A GENERAL AUTHENTICATE carrying `7C { tag: value }` (or `7C 00` without a DO).
fn general_authenticate(last: bool, inner: Option<(u32, &[u8])>) -> Result<CommandApdu, PaceError> {
    let content = match inner {
        Some((tag, value)) => tlv::encode(Tag::new(tag), value)?,
        None => Vec::new(),
    };
    let cla = if last { 0x00 } else { 0x10 };
    Ok(CommandApdu::new(cla, 0x86, 0x00, 0x00)
        .with_data(tlv::encode(TAG_DYNAMIC_AUTH, &content)?)
        .with_ne(256))
}

/// The value of DO `tag` inside the card's `7C` response, plus all DOs found.
fn response_objects<'a>(step: &'static str, data: &'a [u8]) -> Result<Vec<Tlv<'a>>, PaceError> {
    let malformed = |reason| PaceError::Malformed { step, reason };
    let outer = Tlv::parse_exact(data).map_err(malformed)?;
    if outer.tag() != TAG_DYNAMIC_AUTH {
        return Err(malformed(tlv::TlvError::Missing {
            tag: TAG_DYNAMIC_AUTH,
        }));
    }
    outer.children().map_err(malformed)
}

fn required<'a>(step: &'static str, data: &'a [u8], tag: u32) -> Result<&'a [u8], PaceError> {
    let objects = response_objects(step, data)?;
    tlv::require(&objects, Tag::new(tag))
        .map(|tlv| tlv.value())
        .map_err(|reason| PaceError::Malformed { step, reason })
}

/// Start of PACE: the password key is derived, the nonce is requested next.
pub struct PaceTerminal {
    params: PaceParams,
    k_pi: Zeroizing<Vec<u8>>,
}

impl PaceTerminal {
    /// Prepares PACE with `password` and the card holder's `secret`.
    pub fn new(params: PaceParams, password: PasswordRef, secret: &Secret) -> Self {
        let pi = password.pace_password(secret);
        let k_pi = kdf::derive(params.protocol.cipher, &pi, kdf::COUNTER_PASSWORD);
        PaceTerminal { params, k_pi }
    }

    /// The first GENERAL AUTHENTICATE (empty `7C`), asking for the encrypted nonce.
    pub fn request_nonce(self) -> Result<(AwaitingNonce, CommandApdu), PaceError> {
        Ok((
            AwaitingNonce { start: self },
            general_authenticate(false, None)?,
        ))
    }
}

/// Waiting for `80` (encrypted nonce).
pub struct AwaitingNonce {
    start: PaceTerminal,
}

impl AwaitingNonce {
    /// Decrypts the nonce, draws the mapping key and returns `81` PK_map,IFD.
    pub fn on_nonce(
        self,
        response: &[u8],
        random: &mut dyn RandomSource,
    ) -> Result<(AwaitingMappingKey, CommandApdu), PaceError> {
        let encrypted = required("encrypted nonce", response, 0x80)?;
        let nonce = mapping::decrypt_nonce(&self.start.k_pi, encrypted)?;
        let group = self.start.params.domain.group();
        let mapping_key = group.random_scalar(random)?;
        let mapping_public = group.multiply_generator(&mapping_key)?;
        let command = general_authenticate(false, Some((0x81, &mapping_public)))?;
        let next = AwaitingMappingKey {
            params: self.start.params,
            nonce,
            mapping_key,
        };
        Ok((next, command))
    }
}

/// Waiting for `82` (the card's mapping key).
pub struct AwaitingMappingKey {
    params: PaceParams,
    nonce: Zeroizing<Vec<u8>>,
    mapping_key: Zeroizing<Vec<u8>>,
}

impl AwaitingMappingKey {
    /// Maps the generator, draws the ephemeral key and returns `83` PK_eph,IFD.
    pub fn on_mapping_key(
        self,
        response: &[u8],
        random: &mut dyn RandomSource,
    ) -> Result<(AwaitingEphemeralKey, CommandApdu), PaceError> {
        let card_mapping_public = required("mapping key", response, 0x82)?;
        let group = self.params.domain.group();
        let ephemeral_key = group.random_scalar(random)?;
        let ephemeral_public = mapping::ephemeral_public(
            group,
            &ephemeral_key,
            &self.nonce,
            &self.mapping_key,
            card_mapping_public,
        )?;
        let command = general_authenticate(false, Some((0x83, &ephemeral_public)))?;
        let next = AwaitingEphemeralKey {
            params: self.params,
            ephemeral_key,
            ephemeral_public,
        };
        Ok((next, command))
    }
}

/// Waiting for `84` (the card's ephemeral key).
pub struct AwaitingEphemeralKey {
    params: PaceParams,
    ephemeral_key: Zeroizing<Vec<u8>>,
    ephemeral_public: Vec<u8>,
}

impl AwaitingEphemeralKey {
    /// Agrees on the shared secret, derives the session keys and returns `85` T_IFD.
    pub fn on_ephemeral_key(
        self,
        response: &[u8],
    ) -> Result<(AwaitingToken, CommandApdu), PaceError> {
        let card_public = required("ephemeral key", response, 0x84)?;
        if card_public == self.ephemeral_public.as_slice() {
            return Err(PaceError::EchoedEphemeralKey);
        }
        let group: &dyn EcGroup = self.params.domain.group();
        let shared_point = Zeroizing::new(group.multiply(&self.ephemeral_key, card_public)?);
        let shared_secret = &shared_point[1..1 + group.field_len()];
        let cipher = self.params.protocol.cipher;
        let keys = SessionKeys::new(
            cipher,
            kdf::derive(cipher, shared_secret, kdf::COUNTER_ENC),
            kdf::derive(cipher, shared_secret, kdf::COUNTER_MAC),
        );
        let mac_key = AesKey::new(keys.mac())?;
        let oid = &self.params.oid;
        let terminal_token = tokens::authentication_token(&mac_key, oid, card_public)?;
        let expected_card_token =
            tokens::authentication_token(&mac_key, oid, &self.ephemeral_public)?;
        let command = general_authenticate(true, Some((0x85, &terminal_token)))?;
        let next = AwaitingToken {
            keys,
            expected_card_token,
            card_public: card_public.to_vec(),
        };
        Ok((next, command))
    }
}

/// Waiting for `86` (the card's token).
pub struct AwaitingToken {
    keys: SessionKeys,
    expected_card_token: [u8; tokens::TOKEN_LEN],
    card_public: Vec<u8>,
}

impl AwaitingToken {
    /// Verifies the card's token; on success PACE is done.
    pub fn on_token(self, response: &[u8]) -> Result<PaceOutcome, PaceError> {
        let objects = response_objects("authentication token", response)?;
        let token =
            tlv::require(&objects, Tag::new(0x86)).map_err(|reason| PaceError::Malformed {
                step: "authentication token",
                reason,
            })?;
        if !tokens::tokens_match(&self.expected_card_token, token.value()) {
            return Err(PaceError::CardTokenInvalid);
        }
        let optional = |tag| tlv::find(&objects, Tag::new(tag)).map(|tlv| tlv.value().to_vec());
        Ok(PaceOutcome {
            keys: self.keys,
            card_ephemeral_public: self.card_public,
            car: optional(0x87),
            previous_car: optional(0x88),
        })
    }
}

/// The result of a successful PACE.
#[derive(Debug)]
pub struct PaceOutcome {
    /// Session keys for secure messaging.
    pub keys: SessionKeys,
    /// The card's ephemeral public key (its x-coordinate identifies the chip, ID_PICC).
    pub card_ephemeral_public: Vec<u8>,
    /// Certification authority reference (`87`), if the card sent one.
    pub car: Option<Vec<u8>>,
    /// Previous certification authority reference (`88`), if the card sent one.
    pub previous_car: Option<Vec<u8>>,
}
