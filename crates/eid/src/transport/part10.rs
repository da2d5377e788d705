//! PC/SC Part 10 for readers with a PIN pad ("comfort readers", BSI TR-03119):
//! the feature list a reader answers to `CM_IOCTL_GET_FEATURE_REQUEST`,
//! `FEATURE_EXECUTE_PACE` (PC/SC Part 10 AMD1: EstablishPACEChannel with the
//! password typed on the reader) and `FEATURE_MODIFY_PIN_DIRECT` (the new PIN
//! typed on the reader and put into `RESET RETRY COUNTER` by it).
//!
//! Both directions live here, the host's (build commands, read answers) and a
//! reader's (read commands, build answers), so the virtual comfort reader of the
//! tests speaks exactly the layouts the host expects; AusweisApp, which builds and
//! reads the same structures with code of its own, checks both against an
//! independent implementation. Multi-byte lengths and result codes are
//! little-endian, feature control codes big-endian, as the specifications say.

use crate::apdu::StatusWord;
use crate::secret::{PasswordRef, Secret};
use crate::transport::CardTransport;
use zeroize::Zeroizing;

/// pcsc-lite's `SCARD_CTL_CODE(code)`: a control code for `SCardControl`.
pub const fn scard_ctl_code(code: u32) -> u32 {
    0x4200_0000 + code
}

/// `SCARD_CTL_CODE(3400)`: asks a reader for its Part 10 features.
pub const CM_IOCTL_GET_FEATURE_REQUEST: u32 = scard_ctl_code(3400);
/// Feature tag: PIN modification with the PIN typed on the reader.
pub const FEATURE_MODIFY_PIN_DIRECT: u8 = 0x07;
/// Feature tag: PACE run by the reader (PC/SC Part 10 AMD1).
pub const FEATURE_EXECUTE_PACE: u8 = 0x20;

/// `FEATURE_EXECUTE_PACE` function: GetReaderPACECapabilities.
pub const FUNCTION_CAPABILITIES: u8 = 0x01;
/// `FEATURE_EXECUTE_PACE` function: EstablishPACEChannel.
pub const FUNCTION_ESTABLISH: u8 = 0x02;
/// `FEATURE_EXECUTE_PACE` function: DestroyPACEChannel.
pub const FUNCTION_DESTROY: u8 = 0x03;
/// GetReaderPACECapabilities bits (as OpenSC reads them): generic PACE, eID, DestroyPACEChannel.
pub const CAPABILITIES: u8 = 0x40 | 0x20 | 0x80;

/// A PIN pad answer to `FEATURE_MODIFY_PIN_DIRECT` (PC/SC Part 10): no entry in time.
pub const PAD_TIMEOUT: StatusWord = StatusWord(0x6400);
/// The citizen pressed Cancel on the reader.
pub const PAD_CANCELLED: StatusWord = StatusWord(0x6401);
/// The two entries of the new PIN differ.
pub const PAD_MISMATCH: StatusWord = StatusWord(0x6402);
/// The entry is shorter or longer than allowed.
pub const PAD_WRONG_LENGTH: StatusWord = StatusWord(0x6403);

/// What [`EstablishInput::parse`] says of a password id it does not know.
pub const UNKNOWN_PASSWORD: &str = "unknown password id";

/// A structure from or for the reader that does not have the Part 10 layout.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed PC/SC Part 10 structure: {0}")]
pub struct Malformed(pub &'static str);

/// The features a reader announces: feature tag and the control code to use for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features(Vec<(u8, u32)>);

impl Features {
    /// Features with these tags and control codes.
    pub fn new(features: &[(u8, u32)]) -> Self {
        Features(features.to_vec())
    }

    /// Reads the TLV list (tag, length 4, control code big-endian); unknown tags are kept.
    pub fn parse(bytes: &[u8]) -> Result<Self, Malformed> {
        let mut features = Vec::new();
        let mut rest = bytes;
        while let [tag, length, tail @ ..] = rest {
            if *length != 4 || tail.len() < 4 {
                return Err(Malformed("feature entry is not tag, 4, 4-byte code"));
            }
            let code = u32::from_be_bytes([tail[0], tail[1], tail[2], tail[3]]);
            features.push((*tag, code));
            rest = &tail[4..];
        }
        if rest.is_empty() {
            Ok(Features(features))
        } else {
            Err(Malformed("feature list ends inside an entry"))
        }
    }

    /// The TLV list a reader answers.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0
            .iter()
            .flat_map(|(tag, code)| {
                let mut entry = vec![*tag, 4];
                entry.extend_from_slice(&code.to_be_bytes());
                entry
            })
            .collect()
    }

    /// The control code of feature `tag`, if the reader has it.
    pub fn code(&self, tag: u8) -> Option<u32> {
        self.0
            .iter()
            .find(|(t, _)| *t == tag)
            .map(|(_, code)| *code)
    }

    /// Whether the reader runs PACE and changes the PIN with its own PIN pad.
    pub fn has_pin_pad(&self) -> bool {
        self.pin_pad().is_some()
    }

    /// The control codes of a reader that runs PACE and changes the PIN with its own pad.
    pub fn pin_pad(&self) -> Option<PinPadCodes> {
        Some(PinPadCodes {
            execute_pace: self.code(FEATURE_EXECUTE_PACE)?,
            modify_pin: self.code(FEATURE_MODIFY_PIN_DIRECT)?,
        })
    }

    /// The features of the reader under `transport`; one that answers nothing has none.
    pub fn of(transport: &mut dyn CardTransport) -> Self {
        transport
            .control(CM_IOCTL_GET_FEATURE_REQUEST, &[])
            .ok()
            .and_then(|answer| Features::parse(&answer).ok())
            .unwrap_or_default()
    }
}

/// The control codes of a PIN pad reader's `FEATURE_EXECUTE_PACE` and `FEATURE_MODIFY_PIN_DIRECT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PinPadCodes {
    /// `FEATURE_EXECUTE_PACE`.
    pub execute_pace: u32,
    /// `FEATURE_MODIFY_PIN_DIRECT`.
    pub modify_pin: u32,
}

/// A `FEATURE_EXECUTE_PACE` command: the function and its input data (which may
/// hold a password: wiped when dropped).
pub fn pace_command(function: u8, input: &[u8]) -> Result<Zeroizing<Vec<u8>>, Malformed> {
    let length = u16::try_from(input.len()).map_err(|_| Malformed("input longer than 65535"))?;
    let mut command = Zeroizing::new(vec![function]);
    command.extend_from_slice(&length.to_le_bytes());
    command.extend_from_slice(input);
    Ok(command)
}

/// Splits a `FEATURE_EXECUTE_PACE` command into function and input data.
pub fn split_pace_command(command: &[u8]) -> Result<(u8, &[u8]), Malformed> {
    let [function, low, high, input @ ..] = command else {
        return Err(Malformed("command shorter than function and length"));
    };
    if usize::from(u16::from_le_bytes([*low, *high])) != input.len() {
        return Err(Malformed("input length differs from wLengthInputData"));
    }
    Ok((*function, input))
}

/// What the reader answers to a `FEATURE_EXECUTE_PACE` function: the result
/// code (0: done) and the output data.
pub fn pace_answer(result: ResultCode, output: &[u8]) -> Vec<u8> {
    let length = u16::try_from(output.len()).unwrap_or(u16::MAX);
    let mut answer = result.0.to_le_bytes().to_vec();
    answer.extend_from_slice(&length.to_le_bytes());
    answer.extend_from_slice(&output[..usize::from(length)]);
    answer
}

/// Splits a reader's `FEATURE_EXECUTE_PACE` answer into result code and output data.
pub fn split_pace_answer(answer: &[u8]) -> Result<(ResultCode, &[u8]), Malformed> {
    let [r0, r1, r2, r3, low, high, output @ ..] = answer else {
        return Err(Malformed("answer shorter than result code and length"));
    };
    let length = usize::from(u16::from_le_bytes([*low, *high]));
    let output = output
        .get(..length)
        .ok_or(Malformed("output shorter than wLengthOutputData"))?;
    Ok((ResultCode(u32::from_le_bytes([*r0, *r1, *r2, *r3])), output))
}

/// The result code of a `FEATURE_EXECUTE_PACE` function (PC/SC Part 10 AMD1,
/// TR-03119): `0` done, `D…` bad input, `E…` a PACE check failed, `F0ss xxxx`
/// the card answered `xxxx` to step `ss`, `F01…` the card, `F02…` the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResultCode(pub u32);

impl ResultCode {
    /// Done.
    pub const OK: ResultCode = ResultCode(0);
    /// The input's lengths do not add up.
    pub const INCONSISTENT_LENGTHS: ResultCode = ResultCode(0xD000_0001);
    /// The input holds a value the reader does not accept (e.g. an unknown password id).
    pub const UNEXPECTED_DATA: ResultCode = ResultCode(0xD000_0002);
    /// The password id is none of MRZ, CAN, PIN, PUK.
    pub const UNKNOWN_PASSWORD_ID: ResultCode = ResultCode(0xE000_0003);
    /// The card's answer to a PACE step was not the expected data objects.
    pub const MALFORMED_CARD_ANSWER: ResultCode = ResultCode(0xE000_0002);
    /// The card's authentication token did not verify.
    pub const WRONG_CARD_TOKEN: ResultCode = ResultCode(0xE000_0006);
    /// The exchange with the card broke off.
    pub const COMMUNICATION_ABORT: ResultCode = ResultCode(0xF010_0001);
    /// No card on the reader.
    pub const NO_CARD: ResultCode = ResultCode(0xF010_0002);
    /// The citizen pressed Cancel on the reader.
    pub const CANCELLED: ResultCode = ResultCode(0xF020_0001);
    /// Nothing was typed in time.
    pub const TIMEOUT: ResultCode = ResultCode(0xF020_0002);

    /// Step numbers of [`ResultCode::card_refused`].
    pub const STEP_MSE_SET_AT: u8 = 0x02;
    /// The last GENERAL AUTHENTICATE (mutual authentication), where a wrong password shows.
    pub const STEP_MUTUAL_AUTHENTICATION: u8 = 0x06;

    /// The card answered `sw` to PACE step `step` (`00` select, `01` read
    /// EF.CardAccess, `02` MSE:Set AT, `03`–`06` the four GENERAL AUTHENTICATE).
    pub fn card_refused(step: u8, sw: StatusWord) -> ResultCode {
        ResultCode(0xF000_0000 | (u32::from(step) << 16) | u32::from(sw.0))
    }

    /// The step and status word of a card's refusal, if this code is one.
    pub fn card_answer(self) -> Option<(u8, StatusWord)> {
        let step = (self.0 >> 16) & 0xFFF;
        (self.0 >> 28 == 0xF && step <= 0x0F).then(|| {
            (
                u8::try_from(step).unwrap_or(u8::MAX),
                StatusWord(u16::try_from(self.0 & 0xFFFF).unwrap_or(0)),
            )
        })
    }
}

/// EstablishPACEChannel's input (`FUNCTION_ESTABLISH`): which password, the
/// CHAT and certificate description of an authentication (empty for PIN
/// management), and the password itself only when the host has it — without
/// one the reader asks for it on its PIN pad.
#[derive(Debug)]
pub struct EstablishInput {
    /// The password PACE runs with.
    pub password: PasswordRef,
    /// The Certificate Holder Authorization Template (`7F4C …`), or empty.
    pub chat: Vec<u8>,
    /// The password, or `None`: typed on the reader.
    pub secret: Option<Secret>,
    /// The certificate description (`30 …`), or empty.
    pub certificate_description: Vec<u8>,
}

impl EstablishInput {
    /// The input for PACE with `password` typed on the reader, for PIN management.
    pub fn on_pin_pad(password: PasswordRef) -> Self {
        EstablishInput {
            password,
            chat: Vec::new(),
            secret: None,
            certificate_description: Vec::new(),
        }
    }

    /// The input data (without function and length); wiped when dropped.
    pub fn to_bytes(&self) -> Result<Zeroizing<Vec<u8>>, Malformed> {
        let short = |length: usize, what| u8::try_from(length).map_err(|_| Malformed(what));
        let secret = self.secret.as_ref().map_or(&[][..], Secret::expose);
        let description = u16::try_from(self.certificate_description.len())
            .map_err(|_| Malformed("certificate description longer than 65535"))?;
        let mut input = Zeroizing::new(vec![
            self.password.reference(),
            short(self.chat.len(), "CHAT longer than 255")?,
        ]);
        input.extend_from_slice(&self.chat);
        input.push(short(secret.len(), "password longer than 255")?);
        input.extend_from_slice(secret);
        input.extend_from_slice(&description.to_le_bytes());
        input.extend_from_slice(&self.certificate_description);
        Ok(input)
    }

    /// Reads the input data; the password id must be MRZ, CAN, PIN or PUK.
    pub fn parse(input: &[u8]) -> Result<Self, Malformed> {
        let mut reader = Fields(input);
        let password = match reader.byte()? {
            1 => PasswordRef::Mrz,
            2 => PasswordRef::Can,
            3 => PasswordRef::Pin,
            4 => PasswordRef::Puk,
            _ => return Err(Malformed(UNKNOWN_PASSWORD)),
        };
        let chat_length = usize::from(reader.byte()?);
        let chat = reader.take(chat_length)?.to_vec();
        let secret_length = usize::from(reader.byte()?);
        let secret = reader.take(secret_length)?;
        let secret = (!secret.is_empty()).then(|| Secret::from_bytes(secret.to_vec()));
        let description_length = usize::from(reader.word()?);
        let certificate_description = reader.take(description_length)?.to_vec();
        if !reader.0.is_empty() {
            return Err(Malformed("data after the certificate description"));
        }
        Ok(EstablishInput {
            password,
            chat,
            secret,
            certificate_description,
        })
    }
}

/// EstablishPACEChannel's output: what MSE:Set AT answered (the password's
/// state), EF.CardAccess, the card's CARs and its chip identifier (`ID_PICC`,
/// the x-coordinate of its ephemeral key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EstablishOutput {
    /// The status word of MSE:Set AT.
    pub mse_status: StatusWord,
    /// EF.CardAccess as read from the card.
    pub card_access: Vec<u8>,
    /// The current certification authority reference, or empty.
    pub car: Vec<u8>,
    /// The previous certification authority reference, or empty.
    pub previous_car: Vec<u8>,
    /// `ID_PICC`.
    pub id_icc: Vec<u8>,
}

impl EstablishOutput {
    /// The output data (without result code and length).
    pub fn to_bytes(&self) -> Result<Vec<u8>, Malformed> {
        let word = |length: usize, what| {
            u16::try_from(length)
                .map(u16::to_le_bytes)
                .map_err(|_| Malformed(what))
        };
        let byte = |length: usize, what| u8::try_from(length).map_err(|_| Malformed(what));
        let mut output = self.mse_status.0.to_be_bytes().to_vec();
        output.extend_from_slice(&word(self.card_access.len(), "EF.CardAccess too long")?);
        output.extend_from_slice(&self.card_access);
        output.push(byte(self.car.len(), "CAR too long")?);
        output.extend_from_slice(&self.car);
        output.push(byte(self.previous_car.len(), "CAR too long")?);
        output.extend_from_slice(&self.previous_car);
        output.extend_from_slice(&word(self.id_icc.len(), "ID_PICC too long")?);
        output.extend_from_slice(&self.id_icc);
        Ok(output)
    }

    /// Reads the output data; a reader may end it after EF.CardAccess.
    pub fn parse(output: &[u8]) -> Result<Self, Malformed> {
        let mut reader = Fields(output);
        let mse_status = StatusWord(u16::from_be_bytes([reader.byte()?, reader.byte()?]));
        let length = usize::from(reader.word()?);
        let card_access = reader.take(length)?.to_vec();
        let mut parsed = EstablishOutput {
            mse_status,
            card_access,
            car: Vec::new(),
            previous_car: Vec::new(),
            id_icc: Vec::new(),
        };
        if reader.0.is_empty() {
            return Ok(parsed);
        }
        let length = usize::from(reader.byte()?);
        parsed.car = reader.take(length)?.to_vec();
        let length = usize::from(reader.byte()?);
        parsed.previous_car = reader.take(length)?.to_vec();
        let length = usize::from(reader.word()?);
        parsed.id_icc = reader.take(length)?.to_vec();
        Ok(parsed)
    }
}

/// `PIN_MODIFY_STRUCTURE` (PC/SC Part 10) for a new PIN typed twice on the
/// reader and sent in the data of the command whose header is `apdu_header`,
/// in ASCII, as the eID card takes it (`00 2C 02 03`, after PACE).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinModify {
    /// Seconds the reader waits for the first key.
    pub timeout_seconds: u8,
    /// Fewest digits.
    pub min_digits: u8,
    /// Most digits.
    pub max_digits: u8,
    /// Whether the new PIN is typed a second time to confirm it.
    pub confirm: bool,
    /// The command's header; the reader appends Lc and the PIN.
    pub apdu_header: [u8; 4],
}

/// `bmFormatString`: the PIN in bytes, ASCII.
const FORMAT_ASCII: u8 = 0x82;
/// Length of `PIN_MODIFY_STRUCTURE` before `abData`.
const PIN_MODIFY_HEADER: usize = 24;

impl PinModify {
    /// The new eID PIN (6 digits) for `RESET RETRY COUNTER`, confirmed, 60 s.
    pub fn new_eid_pin() -> Self {
        PinModify {
            timeout_seconds: 60,
            min_digits: 6,
            max_digits: 6,
            confirm: true,
            apdu_header: [0x00, 0x2C, 0x02, 0x03],
        }
    }

    /// The structure as AusweisApp sends it (German messages, entry validated by the OK key).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = vec![
            self.timeout_seconds,
            self.timeout_seconds,
            FORMAT_ASCII,
            0x00,
            0x00,
            0x00,
            0x00,
            self.max_digits,
            self.min_digits,
            u8::from(self.confirm),
            0x02,
            0x02,
            0x07,
            0x04,
            0x00,
            0x01,
            0x02,
            0x00,
            0x00,
            0x00,
        ];
        bytes.extend_from_slice(&4u32.to_le_bytes());
        bytes.extend_from_slice(&self.apdu_header);
        bytes
    }

    /// Reads the structure; only the ASCII format with a 4-byte command header
    /// (the PIN appended by the reader) and no current PIN to type is taken.
    pub fn parse(bytes: &[u8]) -> Result<Self, Malformed> {
        if bytes.len() != PIN_MODIFY_HEADER + 4 {
            return Err(Malformed(
                "PIN_MODIFY_STRUCTURE is not 24 bytes and a header",
            ));
        }
        if bytes[2] != FORMAT_ASCII || bytes[3] != 0 || bytes[4] != 0 {
            return Err(Malformed("PIN format is not plain ASCII"));
        }
        if bytes[9] & 0x02 != 0 {
            return Err(Malformed("the current PIN is not typed for the eID PIN"));
        }
        let data_length = u32::from_le_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
        if data_length != 4 {
            return Err(Malformed("abData is not a command header"));
        }
        let (max_digits, min_digits) = (bytes[7], bytes[8]);
        if min_digits == 0 || min_digits > max_digits {
            return Err(Malformed("PIN length range is empty"));
        }
        Ok(PinModify {
            timeout_seconds: bytes[0],
            min_digits,
            max_digits,
            confirm: bytes[9] & 0x01 != 0,
            apdu_header: [bytes[24], bytes[25], bytes[26], bytes[27]],
        })
    }
}

/// Reads the fields of a Part 10 structure front to back.
struct Fields<'a>(&'a [u8]);

impl<'a> Fields<'a> {
    fn take(&mut self, length: usize) -> Result<&'a [u8], Malformed> {
        if self.0.len() < length {
            return Err(Malformed("a field is longer than the data left"));
        }
        let (field, rest) = self.0.split_at(length);
        self.0 = rest;
        Ok(field)
    }

    fn byte(&mut self) -> Result<u8, Malformed> {
        Ok(self.take(1)?[0])
    }

    fn word(&mut self) -> Result<u16, Malformed> {
        let field = self.take(2)?;
        Ok(u16::from_le_bytes([field[0], field[1]]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(text: &str) -> Vec<u8> {
        let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_hexdigit).collect();
        digits
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
            .collect()
    }

    #[test]
    fn feature_list_is_tag_length_and_a_big_endian_code() {
        let features = Features::new(&[(FEATURE_EXECUTE_PACE, 0x4233_0020), (0x07, 0x4233_0007)]);
        let bytes = features.to_bytes();
        assert_eq!(bytes, hex("20 04 42330020 07 04 42330007"));
        let parsed = Features::parse(&bytes).unwrap();
        assert_eq!(parsed.code(FEATURE_EXECUTE_PACE), Some(0x4233_0020));
        assert!(parsed.has_pin_pad());
        assert!(!Features::parse(&hex("06 04 42330006"))
            .unwrap()
            .has_pin_pad());
        assert!(Features::parse(&hex("20 04 4233")).is_err());
        assert!(Features::parse(&hex("20 02 4233")).is_err());
    }

    #[test]
    fn establish_input_for_pin_management_is_ausweisapps() {
        // AusweisApp's test vector: PACE with the PIN, no CHAT, no password, no description.
        let input = EstablishInput::on_pin_pad(PasswordRef::Pin)
            .to_bytes()
            .unwrap();
        let command = pace_command(FUNCTION_ESTABLISH, &input).unwrap();
        assert_eq!(*command, hex("02 0500 03 00 00 0000"));
        let (function, data) = split_pace_command(&command).unwrap();
        assert_eq!(function, FUNCTION_ESTABLISH);
        let parsed = EstablishInput::parse(data).unwrap();
        assert_eq!(parsed.password, PasswordRef::Pin);
        assert!(parsed.secret.is_none() && parsed.chat.is_empty());
        assert!(split_pace_command(&hex("02 0600 03 00 00 0000")).is_err());
        assert!(EstablishInput::parse(&hex("07 00 00 0000")).is_err());
        assert!(EstablishInput::parse(&hex("03 05 7F4C")).is_err());
    }

    #[test]
    fn establish_input_carries_chat_password_and_description() {
        let input = EstablishInput {
            password: PasswordRef::Can,
            chat: hex("7F4C 02 0601"),
            secret: Some(Secret::new("123456".into())),
            certificate_description: hex("30 00"),
        };
        let bytes = input.to_bytes().unwrap();
        assert_eq!(*bytes, hex("02 05 7F4C020601 06 313233343536 0200 3000"));
        let parsed = EstablishInput::parse(&bytes).unwrap();
        assert_eq!(parsed.secret.unwrap().expose(), b"123456");
        assert_eq!(parsed.certificate_description, hex("3000"));
    }

    #[test]
    fn establish_output_round_trips_and_may_end_after_card_access() {
        let output = EstablishOutput {
            mse_status: StatusWord(0x63C2),
            card_access: hex("3100"),
            car: b"DECVCAeID00102".to_vec(),
            previous_car: Vec::new(),
            id_icc: vec![0xAB; 32],
        };
        let bytes = output.to_bytes().unwrap();
        assert_eq!(&bytes[..6], &hex("63C2 0200 3100"));
        let answer = pace_answer(ResultCode::OK, &bytes);
        let (result, data) = split_pace_answer(&answer).unwrap();
        assert_eq!(result, ResultCode::OK);
        assert_eq!(EstablishOutput::parse(data).unwrap(), output);
        let short = EstablishOutput::parse(&hex("9000 0200 3100")).unwrap();
        assert_eq!(short.card_access, hex("3100"));
        assert!(short.id_icc.is_empty());
        assert!(EstablishOutput::parse(&hex("9000 0900 3100")).is_err());
    }

    #[test]
    fn a_wrong_pin_is_the_cards_63cx_at_mutual_authentication() {
        // AusweisApp reads `C2 63 06 F0 00 00` as a wrong password.
        let code =
            ResultCode::card_refused(ResultCode::STEP_MUTUAL_AUTHENTICATION, StatusWord(0x63C2));
        assert_eq!(pace_answer(code, &[]), hex("C26306F0 0000"));
        assert_eq!(code.card_answer(), Some((6, StatusWord(0x63C2))));
        assert_eq!(ResultCode::CANCELLED.card_answer(), None);
        assert_eq!(ResultCode::OK.card_answer(), None);
        assert!(split_pace_answer(&hex("00000000 0400 9000")).is_err());
    }

    #[test]
    fn pin_modify_structure_is_ausweisapps() {
        let bytes = PinModify::new_eid_pin().to_bytes();
        assert_eq!(
            bytes,
            hex("3C3C 82000000000606010202070400010200000004000000002C0203")
        );
        assert_eq!(PinModify::parse(&bytes).unwrap(), PinModify::new_eid_pin());
        let mut current_pin_too = bytes.clone();
        current_pin_too[9] = 0x03;
        assert!(PinModify::parse(&current_pin_too).is_err());
        assert!(PinModify::parse(&bytes[..27]).is_err());
    }
}
