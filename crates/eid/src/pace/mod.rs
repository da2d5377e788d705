//! PACE (Password Authenticated Connection Establishment), terminal side,
//! ECDH Generic Mapping with AES (TR-03110 Part 3 §4.2, ICAO 9303-11 §4.4).
//!
//! [`establish`] runs the whole protocol over a [`CardTransport`] and
//! returns a [`SecureChannel`]; [`run`] does the same but hands back the
//! session keys (for PACE inside an existing channel, e.g. PIN after CAN).
//! The steps themselves live in [`terminal`] without I/O; [`reader_result`]
//! carries PACE's failures across a comfort reader that runs PACE itself.

pub mod curves;
pub mod mapping;
pub mod reader_result;
pub mod terminal;
pub mod tokens;

use crate::apdu::{ApduError, CommandApdu, ResponseApdu, StatusWord};
use crate::card_access::{CardAccess, CardAccessError, PaceInfo};
use crate::oid::{Cipher, KeyAgreement, Mapping, Oid, PaceProtocol};
use crate::random::{OsRandom, RandomSource};
use crate::secret::{PasswordRef, Secret};
use crate::sm::SecureChannel;
use crate::status::{self, PasswordStatus};
use crate::symmetric::SymmetricError;
use crate::tlv::{TlvError, ValueTooLong};
use crate::transport::{CardTransport, TransportError};
use curves::{CurveError, DomainParameters};
pub use terminal::{PaceOutcome, PaceTerminal};

/// Why PACE did not establish a channel.
#[derive(Debug, thiserror::Error)]
pub enum PaceError {
    /// The card's PACE protocol is not ECDH Generic Mapping with AES.
    #[error("PACE protocol {oid} is not supported (only ECDH Generic Mapping with AES)")]
    UnsupportedProtocol {
        /// The protocol OID the card offers.
        oid: Oid,
    },
    /// PACEInfo names no domain parameter id.
    #[error("PACEInfo {oid} names no standardized domain parameters")]
    MissingParameterId {
        /// The protocol OID.
        oid: Oid,
    },
    /// EF.CardAccess could not be used.
    #[error(transparent)]
    CardAccess(#[from] CardAccessError),
    /// Curve arithmetic failed or the curve is unsupported.
    #[error(transparent)]
    Curve(#[from] CurveError),
    /// The reader or the card connection failed.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// An APDU could not be encoded or the response was too short.
    #[error(transparent)]
    Apdu(#[from] ApduError),
    /// AES failed (nonce not a whole number of blocks).
    #[error(transparent)]
    Symmetric(#[from] SymmetricError),
    /// A data object was too long to encode.
    #[error(transparent)]
    Encoding(#[from] ValueTooLong),
    /// MSE:Set AT reports a password that cannot be used (blocked, deactivated).
    #[error("password cannot be used: {0:?}")]
    PasswordUnusable(PasswordStatus),
    /// MSE:Set AT was refused with a status word that says nothing about the password.
    #[error("card refused MSE:Set AT with status {0}")]
    MseRejected(StatusWord),
    /// The password was wrong: the card refused the terminal's token.
    #[error("wrong password (status {sw}, {} tries left)", retries_left.map_or("unknown".to_owned(), |n| n.to_string()))]
    WrongPassword {
        /// What MSE:Set AT reported before the attempt.
        status_before: PasswordStatus,
        /// Tries left after the attempt, if the card said (`63Cx`).
        retries_left: Option<u8>,
        /// The status word of the final GENERAL AUTHENTICATE.
        sw: StatusWord,
    },
    /// A GENERAL AUTHENTICATE step was refused.
    #[error("card refused PACE step {step} with status {sw}")]
    CardRejected {
        /// The step ("encrypted nonce", "mapping key", …).
        step: &'static str,
        /// The status word.
        sw: StatusWord,
    },
    /// The card's response to a step was not the expected data objects.
    #[error("malformed card response in PACE step {step}: {reason}")]
    Malformed {
        /// The step.
        step: &'static str,
        /// What was wrong.
        reason: TlvError,
    },
    /// The card answered with the terminal's own ephemeral key.
    #[error("card echoed the terminal's ephemeral public key")]
    EchoedEphemeralKey,
    /// Secure messaging could not start with the negotiated keys.
    #[error(transparent)]
    SecureMessaging(#[from] crate::sm::SmError),
    /// The card's authentication token is wrong: the card does not hold the
    /// same session keys (wrong card or an attack).
    #[error("card's authentication token is invalid")]
    CardTokenInvalid,
}

/// What PACE needs to know about the card's PACEInfo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaceParams {
    /// The protocol OID (sent in MSE:Set AT and in the tokens).
    pub oid: Oid,
    /// The protocol's mapping, key agreement and cipher.
    pub protocol: PaceProtocol,
    /// The curve.
    pub domain: DomainParameters,
    /// Whether MSE:Set AT names the parameter id (DO `84`), needed when the
    /// card offers several parameter sets.
    pub send_parameter_id: bool,
}

impl PaceParams {
    /// Parameters for one PACEInfo; refuses what this implementation cannot run.
    pub fn from_pace_info(info: &PaceInfo) -> Result<Self, PaceError> {
        let unsupported = || PaceError::UnsupportedProtocol {
            oid: info.protocol_oid.clone(),
        };
        let protocol = info.protocol.ok_or_else(unsupported)?;
        let supported = protocol.mapping == Mapping::Generic
            && protocol.key_agreement == KeyAgreement::Ecdh
            && protocol.cipher != Cipher::TripleDes;
        if !supported {
            return Err(unsupported());
        }
        let id = info
            .parameter_id
            .ok_or_else(|| PaceError::MissingParameterId {
                oid: info.protocol_oid.clone(),
            })?;
        Ok(PaceParams {
            oid: info.protocol_oid.clone(),
            protocol,
            domain: DomainParameters::from_id(id)?,
            send_parameter_id: false,
        })
    }

    /// Parameters for the preferred PACEInfo of EF.CardAccess.
    pub fn from_card_access(card_access: &CardAccess) -> Result<Self, PaceError> {
        let mut params = Self::from_pace_info(card_access.preferred_pace_info()?)?;
        params.send_parameter_id = card_access.pace_infos.len() > 1;
        Ok(params)
    }
}

/// A successful PACE: the outcome and what MSE:Set AT said about the password.
#[derive(Debug)]
pub struct PaceSuccess {
    /// Session keys and the card's optional data.
    pub outcome: PaceOutcome,
    /// The password state reported before the attempt (e.g. `Suspended` for a PIN after CAN).
    pub status_before: PasswordStatus,
}

fn exchange(
    transport: &mut dyn CardTransport,
    command: &CommandApdu,
) -> Result<ResponseApdu, PaceError> {
    let bytes = transport.transmit(&command.to_bytes()?)?;
    Ok(ResponseApdu::parse(&bytes)?)
}

fn step_data(step: &'static str, response: &ResponseApdu) -> Result<(), PaceError> {
    if response.sw.is_success() {
        Ok(())
    } else {
        Err(PaceError::CardRejected {
            step,
            sw: response.sw,
        })
    }
}

/// The four GENERAL AUTHENTICATE steps of PACE, in order, as
/// [`PaceError::CardRejected`] names them.
pub const GENERAL_AUTHENTICATE_STEPS: [&str; 4] = [
    "encrypted nonce",
    "mapping key",
    "ephemeral key",
    "authentication token",
];

/// Runs PACE over `transport` and returns the session keys.
pub fn run(
    transport: &mut dyn CardTransport,
    params: &PaceParams,
    password: PasswordRef,
    secret: &Secret,
    random: &mut dyn RandomSource,
) -> Result<PaceSuccess, PaceError> {
    let mse = exchange(transport, &terminal::mse_set_at(params, password)?)?;
    let status_before =
        PasswordStatus::from_mse_status(mse.sw).ok_or(PaceError::MseRejected(mse.sw))?;
    if status_before.is_unusable() {
        return Err(PaceError::PasswordUnusable(status_before));
    }

    let [nonce_step, mapping_step, ephemeral_step, token_step] = GENERAL_AUTHENTICATE_STEPS;
    let (state, command) = PaceTerminal::new(params.clone(), password, secret).request_nonce()?;
    let response = exchange(transport, &command)?;
    step_data(nonce_step, &response)?;

    let (state, command) = state.on_nonce(&response.data, random)?;
    let response = exchange(transport, &command)?;
    step_data(mapping_step, &response)?;

    let (state, command) = state.on_mapping_key(&response.data, random)?;
    let response = exchange(transport, &command)?;
    step_data(ephemeral_step, &response)?;

    let (state, command) = state.on_ephemeral_key(&response.data)?;
    let response = exchange(transport, &command)?;
    if response.sw.sw1() == 0x63 {
        return Err(PaceError::WrongPassword {
            status_before,
            retries_left: status::retries_after_failed_pace(response.sw),
            sw: response.sw,
        });
    }
    step_data(token_step, &response)?;
    let outcome = state.on_token(&response.data)?;
    Ok(PaceSuccess {
        outcome,
        status_before,
    })
}

/// Runs PACE over `transport` with the system's randomness and opens a
/// secure channel on it.
pub fn establish<T: CardTransport>(
    mut transport: T,
    params: &PaceParams,
    password: PasswordRef,
    secret: &Secret,
) -> Result<(SecureChannel<T>, PasswordStatus), PaceError> {
    let success = run(&mut transport, params, password, secret, &mut OsRandom)?;
    let channel = SecureChannel::new(transport, &success.outcome.keys)?;
    Ok((channel, success.status_before))
}
