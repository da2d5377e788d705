//! One comfort reader: the card on its [`CardLink`], the [`PinPad`], and the
//! secure messaging the reader keeps up after it ran PACE itself (TR-03119: a
//! comfort reader wraps the host's plain APDUs in secure messaging until the
//! card is reset, PACE runs again, the host destroys the channel, or the host
//! sends an APDU that is already protected — after Chip Authentication).
//!
//! What pcscd asks of a reader, without the C types: presence, power, APDUs,
//! and the Part 10 control commands (features, EstablishPACEChannel,
//! DestroyPACEChannel, PIN modify).

use std::sync::Arc;
use std::time::Duration;

use eid::apdu::{CommandApdu, StatusWord};
use eid::card_access::CardAccess;
use eid::card_access_file::{self, ReadError};
use eid::exchange_error::SmError;
use eid::pace::{self, reader_result, PaceParams};
use eid::random::OsRandom;
use eid::sm::SecureChannel;
use eid::transport::part10::{
    self, EstablishInput, EstablishOutput, Features, PinModify, ResultCode,
    CM_IOCTL_GET_FEATURE_REQUEST, FEATURE_EXECUTE_PACE, FEATURE_MODIFY_PIN_DIRECT,
};
use eid::transport::{CardTransport, TransportError};
use zeroize::Zeroizing;

use crate::card_link::{self, CardLink};
use crate::device::Device;
use crate::pin_pad::{Entry, PinPad};

/// libccid's control codes for Part 10 features: `SCARD_CTL_CODE(0x330000 + tag)`.
const fn feature_code(tag: u8) -> u32 {
    part10::scard_ctl_code(0x0033_0000 + tag as u32)
}
/// The control code of `FEATURE_EXECUTE_PACE`.
pub const EXECUTE_PACE: u32 = feature_code(FEATURE_EXECUTE_PACE);
/// The control code of `FEATURE_MODIFY_PIN_DIRECT`.
pub const MODIFY_PIN_DIRECT: u32 = feature_code(FEATURE_MODIFY_PIN_DIRECT);
/// How long the pad waits for a password during EstablishPACEChannel, and for a
/// PIN modify whose structure names no time.
const ENTRY_PATIENCE: Duration = Duration::from_secs(60);
/// What the reader answers to a PIN modify it cannot carry out (nothing was sent).
const REFUSED: StatusWord = StatusWord(0x6985);

/// Why the reader could not do what pcscd asked.
#[derive(Debug)]
pub enum ReaderError {
    /// No card is connected, or it left.
    NoCard,
    /// The card connection failed otherwise.
    Communication,
    /// The control code is not one of this reader's.
    Unsupported,
}

impl From<TransportError> for ReaderError {
    fn from(error: TransportError) -> Self {
        match error {
            TransportError::NoCard | TransportError::CardRemoved => ReaderError::NoCard,
            _ => ReaderError::Communication,
        }
    }
}

/// The card connection: plain, or under the reader's secure messaging.
enum Link {
    Plain(CardLink),
    Secure(Box<SecureChannel<CardLink>>),
}

impl Link {
    fn card(&mut self) -> &mut CardLink {
        match self {
            Link::Plain(link) => link,
            Link::Secure(channel) => channel.transport_mut(),
        }
    }

    fn transport(&mut self) -> &mut dyn CardTransport {
        match self {
            Link::Plain(link) => link,
            Link::Secure(channel) => channel.as_mut(),
        }
    }

    fn into_plain(self) -> CardLink {
        match self {
            Link::Plain(link) => link,
            Link::Secure(channel) => channel.into_transport(),
        }
    }
}

/// A comfort reader with its card link and PIN pad.
pub struct Reader {
    link: Option<Link>,
    pad: Arc<PinPad>,
}

impl Reader {
    /// Opens the card port and the pad's socket of `device`.
    pub fn open(device: &Device) -> std::io::Result<Self> {
        Ok(Reader {
            link: Some(Link::Plain(CardLink::listen(device.port)?)),
            pad: PinPad::serve(&device.pad)?,
        })
    }

    fn link(&mut self) -> &mut Link {
        self.link
            .as_mut()
            .unwrap_or_else(|| unreachable!("the link is only taken inside one call"))
    }

    /// Ends the reader's secure messaging; the card link stays.
    fn end_secure_messaging(&mut self) {
        if let Some(link) = self.link.take() {
            self.link = Some(Link::Plain(link.into_plain()));
        }
    }

    /// Whether a card is in the reader.
    pub fn present(&mut self) -> bool {
        let present = self.link().card().present();
        if !present {
            self.end_secure_messaging();
        }
        present
    }

    /// Powers the card on (or resets it) and returns its ATR, or powers it off
    /// (an empty ATR). Ends secure messaging and forgets what was typed ahead.
    pub fn power(&mut self, action: u8) -> Result<Vec<u8>, ReaderError> {
        self.end_secure_messaging();
        self.pad.clear();
        let card = self.link().card();
        if !card.present() {
            return Err(ReaderError::NoCard);
        }
        card.power(action)?;
        if action == card_link::POWER_OFF {
            return Ok(Vec::new());
        }
        Ok(card.atr()?)
    }

    /// Sends the host's APDU: wrapped in the reader's secure messaging while it
    /// is up, as it is when the host protects it itself or none is up.
    pub fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, ReaderError> {
        let protected_by_host = apdu.first().is_some_and(|cla| cla & 0x0C == 0x0C);
        if protected_by_host {
            self.end_secure_messaging();
        }
        match self.link() {
            Link::Plain(link) => Ok(link.transmit(apdu)?),
            Link::Secure(channel) => {
                let answer = match CommandApdu::parse(apdu) {
                    Ok(command) => channel.transmit(&command),
                    Err(error) => Err(SmError::Apdu(error)),
                };
                match answer {
                    Ok(response) => Ok(response.to_bytes()),
                    Err(error) => {
                        self.end_secure_messaging();
                        match error {
                            // The card ended secure messaging and said why.
                            SmError::Unprotected(sw) => Ok(sw.0.to_be_bytes().to_vec()),
                            SmError::Transport(error) => Err(error.into()),
                            _ => Err(ReaderError::Communication),
                        }
                    }
                }
            }
        }
    }

    /// A control command (`SCardControl`): the features, or a feature's function.
    pub fn control(&mut self, code: u32, command: &[u8]) -> Result<Vec<u8>, ReaderError> {
        match code {
            CM_IOCTL_GET_FEATURE_REQUEST => Ok(Features::new(&[
                (FEATURE_EXECUTE_PACE, EXECUTE_PACE),
                (FEATURE_MODIFY_PIN_DIRECT, MODIFY_PIN_DIRECT),
            ])
            .to_bytes()),
            EXECUTE_PACE => Ok(self.execute_pace(command)),
            MODIFY_PIN_DIRECT => self.modify_pin(command),
            _ => Err(ReaderError::Unsupported),
        }
    }

    fn execute_pace(&mut self, command: &[u8]) -> Vec<u8> {
        let Ok((function, input)) = part10::split_pace_command(command) else {
            return part10::pace_answer(ResultCode::INCONSISTENT_LENGTHS, &[]);
        };
        match function {
            part10::FUNCTION_CAPABILITIES => {
                part10::pace_answer(ResultCode::OK, &[part10::CAPABILITIES])
            }
            part10::FUNCTION_ESTABLISH => match EstablishInput::parse(input) {
                // Terminal authentication is not this reader's: no rights to grant.
                Ok(input)
                    if !input.chat.is_empty() || !input.certificate_description.is_empty() =>
                {
                    part10::pace_answer(ResultCode::UNEXPECTED_DATA, &[])
                }
                Ok(input) => match self.establish(input) {
                    Ok(output) => match output.to_bytes() {
                        Ok(bytes) => part10::pace_answer(ResultCode::OK, &bytes),
                        Err(_) => part10::pace_answer(ResultCode::MALFORMED_CARD_ANSWER, &[]),
                    },
                    Err(result) => part10::pace_answer(result, &[]),
                },
                Err(part10::Malformed(part10::UNKNOWN_PASSWORD)) => {
                    part10::pace_answer(ResultCode::UNKNOWN_PASSWORD_ID, &[])
                }
                Err(_) => part10::pace_answer(ResultCode::INCONSISTENT_LENGTHS, &[]),
            },
            part10::FUNCTION_DESTROY => {
                self.end_secure_messaging();
                self.pad.clear();
                part10::pace_answer(ResultCode::OK, &[])
            }
            _ => part10::pace_answer(ResultCode::UNEXPECTED_DATA, &[]),
        }
    }

    /// EstablishPACEChannel: the password from the host or the pad, PACE inside
    /// the current secure messaging (CAN before a suspended PIN), then secure
    /// messaging with the new keys.
    fn establish(&mut self, input: EstablishInput) -> Result<EstablishOutput, ResultCode> {
        let secret = match input.secret {
            Some(secret) => secret,
            None => match self.pad.entry(ENTRY_PATIENCE) {
                Entry::Digits(secret) => secret,
                Entry::Cancelled => return Err(ResultCode::CANCELLED),
                Entry::TimedOut => return Err(ResultCode::TIMEOUT),
            },
        };
        let result = run_pace(self.link().transport(), input.password, &secret);
        let link = self
            .link
            .take()
            .unwrap_or_else(|| unreachable!("the link is only taken inside one call"));
        let mut card = link.into_plain();
        let established = match result {
            Ok((output, keys)) => match SecureChannel::new(card, &keys) {
                Ok(channel) => {
                    self.link = Some(Link::Secure(Box::new(channel)));
                    return Ok(output);
                }
                Err(_) => return Err(ResultCode::COMMUNICATION_ABORT),
            },
            Err(result) => result,
        };
        if !card.present() {
            self.link = Some(Link::Plain(card));
            return Err(ResultCode::NO_CARD);
        }
        self.link = Some(Link::Plain(card));
        Err(established)
    }

    /// PIN modify: the new PIN typed (twice, when asked) on the pad, put into
    /// the command whose header the host gave, sent under the secure messaging of
    /// the reader's PACE (never in plain); the answer is the card's, or a status of
    /// the pad's (`64xx`) or the reader's own when nothing was sent. A command that
    /// went out without a verified answer fails the control call itself, so the
    /// host knows the outcome is unknown.
    fn modify_pin(&mut self, structure: &[u8]) -> Result<Vec<u8>, ReaderError> {
        let status = |sw: StatusWord| Ok(sw.0.to_be_bytes().to_vec());
        let Ok(modify) = PinModify::parse(structure) else {
            return status(StatusWord(0x6A80));
        };
        if !matches!(self.link(), Link::Secure(_)) {
            return status(REFUSED);
        }
        let patience = match modify.timeout_seconds {
            0 => ENTRY_PATIENCE,
            seconds => Duration::from_secs(u64::from(seconds)),
        };
        let first = match self.pad.entry(patience) {
            Entry::Digits(secret) => secret,
            Entry::Cancelled => return status(part10::PAD_CANCELLED),
            Entry::TimedOut => return status(part10::PAD_TIMEOUT),
        };
        let length = u8::try_from(first.len()).unwrap_or(u8::MAX);
        if !(modify.min_digits..=modify.max_digits).contains(&length) {
            return status(part10::PAD_WRONG_LENGTH);
        }
        if modify.confirm {
            match self.pad.entry(patience) {
                Entry::Digits(again) if again.expose() == first.expose() => {}
                Entry::Digits(_) => return status(part10::PAD_MISMATCH),
                Entry::Cancelled => return status(part10::PAD_CANCELLED),
                Entry::TimedOut => return status(part10::PAD_TIMEOUT),
            }
        }
        let [cla, ins, p1, p2] = modify.apdu_header;
        let command = CommandApdu::new(cla, ins, p1, p2).with_data(first.expose().to_vec());
        let Ok(bytes) = command.to_bytes().map(Zeroizing::new) else {
            return status(REFUSED);
        };
        self.transmit(&bytes)
    }
}

/// Reads EF.CardAccess and runs PACE; the output for the host and the session
/// keys, or the result code that says which step failed and what the card answered.
fn run_pace(
    transport: &mut dyn CardTransport,
    password: eid::secret::PasswordRef,
    secret: &eid::secret::Secret,
) -> Result<(EstablishOutput, eid::sm::SessionKeys), ResultCode> {
    let card_access = card_access_file::read(transport).map_err(|error| match error {
        ReadError::Refused(sw) => ResultCode::card_refused(0x01, sw),
        ReadError::Unreadable(_) => ResultCode::MALFORMED_CARD_ANSWER,
        ReadError::Transport(_) => ResultCode::COMMUNICATION_ABORT,
    })?;
    let params = CardAccess::parse(&card_access)
        .ok()
        .and_then(|parsed| PaceParams::from_card_access(&parsed).ok())
        .ok_or(ResultCode::MALFORMED_CARD_ANSWER)?;
    let success = pace::run(transport, &params, password, secret, &mut OsRandom)
        .map_err(|error| reader_result::result_code(&error))?;
    let outcome = success.outcome;
    let output = EstablishOutput {
        mse_status: success.status_before.status_word(),
        card_access,
        car: outcome.car.clone().unwrap_or_default(),
        previous_car: outcome.previous_car.clone().unwrap_or_default(),
        id_icc: x_coordinate(&outcome.card_ephemeral_public),
    };
    Ok((output, outcome.keys))
}

/// `ID_PICC`: the x-coordinate of the card's uncompressed ephemeral key `04 ‖ x ‖ y`.
fn x_coordinate(point: &[u8]) -> Vec<u8> {
    match point.split_first() {
        Some((0x04, coordinates)) => coordinates[..coordinates.len() / 2].to_vec(),
        _ => point.to_vec(),
    }
}
