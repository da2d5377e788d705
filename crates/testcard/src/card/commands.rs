//! `Card`: takes command APDUs as bytes and answers them like an nPA —
//! SELECT, READ BINARY, MSE:Set AT, GENERAL AUTHENTICATE (PACE) and RESET
//! RETRY COUNTER, plain or under secure messaging.

use eid::apdu::{CommandApdu, ResponseApdu, StatusWord};
use eid::tlv::{self, Tag};

use super::fs::{FileSystem, ReadAccess, DIR_FILE_ID, EID_AID};
use super::pace::{Finish, PaceRun};
use super::pins::{PasswordStatus, Passwords};
use super::secure_messaging::{SecureChannel, CLA_SECURE_MESSAGING};
use super::session::Session;
use super::status;
use crate::openpace::PasswordKind;

/// The ATR of a German ID card (nPA), as vsmartcard's nPA emulation gives it.
pub const NPA_ATR: [u8; 15] = [
    0x3B, 0x8A, 0x80, 0x01, 0x80, 0x31, 0xF8, 0x73, 0xF7, 0x41, 0xE0, 0x82, 0x90, 0x00, 0x75,
];

const INS_SELECT: u8 = 0xA4;
const INS_READ_BINARY: u8 = 0xB0;
const INS_MSE: u8 = 0x22;
const INS_GENERAL_AUTHENTICATE: u8 = 0x86;
const INS_RESET_RETRY_COUNTER: u8 = 0x2C;
/// MSE:Set AT for mutual authentication (P1 P2 = `C1 A4`).
const MSE_SET_AT: (u8, u8) = (0xC1, 0xA4);
/// RESET RETRY COUNTER: P1 `02` sets a new PIN, `03` resets the counter; P2 `03` is the PIN.
const RRC_NEW_PIN: u8 = 0x02;
const RRC_UNBLOCK: u8 = 0x03;
const RRC_PIN_REFERENCE: u8 = 0x03;
/// `CLA` bits this card does not know (proprietary or further-interindustry class).
const CLA_UNSUPPORTED_BITS: u8 = 0xE0;

const DO_DYNAMIC_AUTHENTICATION: Tag = Tag::new(0x7C);
const DO_PROTOCOL: Tag = Tag::new(0x80);
const DO_PASSWORD_REFERENCE: Tag = Tag::new(0x83);
const DO_ENCRYPTED_NONCE: Tag = Tag::new(0x80);
const DO_TERMINAL_MAPPING: Tag = Tag::new(0x81);
const DO_CARD_MAPPING: Tag = Tag::new(0x82);
const DO_TERMINAL_KEY: Tag = Tag::new(0x83);
const DO_CARD_KEY: Tag = Tag::new(0x84);
const DO_TERMINAL_TOKEN: Tag = Tag::new(0x85);
const DO_CARD_TOKEN: Tag = Tag::new(0x86);

type Answer = Result<ResponseApdu, StatusWord>;

/// The virtual nPA: its files, passwords and the current session.
pub struct Card {
    card_access: Vec<u8>,
    protocol_oid: Vec<u8>,
    files: FileSystem,
    passwords: Passwords,
    session: Session,
}

fn ok(data: Vec<u8>) -> Answer {
    Ok(ResponseApdu::new(data, status::SUCCESS))
}

/// `7C { tag value }`: the response data of one GENERAL AUTHENTICATE step.
fn dynamic_authentication_data(tag: Tag, value: &[u8]) -> Result<Vec<u8>, StatusWord> {
    let inner = tlv::encode(tag, value).map_err(|_| status::NO_PRECISE_DIAGNOSIS)?;
    tlv::encode(DO_DYNAMIC_AUTHENTICATION, &inner).map_err(|_| status::NO_PRECISE_DIAGNOSIS)
}

impl Card {
    /// A card with EF.CardAccess `card_access` announcing `protocol_oid`.
    pub fn new(card_access: Vec<u8>, protocol_oid: Vec<u8>, passwords: Passwords) -> Self {
        Card {
            files: FileSystem::new(card_access.clone()),
            card_access,
            protocol_oid,
            passwords,
            session: Session::default(),
        }
    }

    /// The card without its eID application, like a bank or health card on the reader:
    /// it has no EF.CardAccess, so an eID client finds nothing to run PACE with.
    pub fn without_eid_application(mut self) -> Self {
        self.files = self.files.without_eid_application();
        self
    }

    /// Power off, power on or reset: the session ends, the counters stay.
    pub fn reset(&mut self) {
        self.session = Session::default();
    }

    /// The passwords' counters and flags, for the control channel.
    pub fn password_status(&self) -> PasswordStatus {
        self.passwords.status()
    }

    /// Answers one command APDU. With `corrupt_mac`, a protected response
    /// carries a MAC with one bit flipped.
    pub fn process(&mut self, command: &[u8], corrupt_mac: bool) -> Vec<u8> {
        let response = match CommandApdu::parse(command) {
            Err(_) => ResponseApdu::new(Vec::new(), status::WRONG_LENGTH),
            Ok(command) if command.cla & CLA_UNSUPPORTED_BITS != 0 => {
                ResponseApdu::new(Vec::new(), status::CLA_NOT_SUPPORTED)
            }
            Ok(command) if command.cla & CLA_SECURE_MESSAGING == CLA_SECURE_MESSAGING => {
                self.process_protected(&command, corrupt_mac)
            }
            Ok(command) => {
                // A plain command ends secure messaging (ICAO 9303-11, 9.8.8).
                self.session.close_channel();
                self.execute(&command)
                    .unwrap_or_else(|sw| ResponseApdu::new(Vec::new(), sw))
            }
        };
        response.to_bytes()
    }

    fn process_protected(&mut self, command: &CommandApdu, corrupt_mac: bool) -> ResponseApdu {
        let Some(mut channel) = self.session.channel.take() else {
            return ResponseApdu::new(Vec::new(), status::SM_DATA_OBJECTS_INCORRECT);
        };
        let plain = match channel.unprotect(command) {
            Ok(plain) => plain,
            Err(sw) => {
                self.session.close_channel();
                return ResponseApdu::new(Vec::new(), sw);
            }
        };
        let answer = self
            .execute_protected(&plain)
            .unwrap_or_else(|sw| ResponseApdu::new(Vec::new(), sw));
        let protected = channel.protect(&answer, corrupt_mac);
        // A PACE run inside the channel may have opened a new one, which takes
        // over after this response; otherwise the old channel goes on.
        if self.session.channel.is_none() {
            self.session.channel = Some(channel);
        }
        protected.unwrap_or_else(|sw| {
            self.session.close_channel();
            ResponseApdu::new(Vec::new(), sw)
        })
    }

    /// Runs a command that arrived under secure messaging.
    fn execute_protected(&mut self, command: &CommandApdu) -> Answer {
        match command.ins {
            INS_RESET_RETRY_COUNTER => self.reset_retry_counter(command),
            INS_READ_BINARY => self.read_binary(command, true),
            _ => self.execute(command),
        }
    }

    /// Runs a plain command (or one whose protection needs no special handling).
    fn execute(&mut self, command: &CommandApdu) -> Answer {
        match command.ins {
            INS_SELECT => self.select(command),
            INS_READ_BINARY => self.read_binary(command, false),
            INS_MSE => self.mse_set_at(command),
            INS_GENERAL_AUTHENTICATE => self.general_authenticate(command),
            INS_RESET_RETRY_COUNTER => Err(status::SECURITY_STATUS_NOT_SATISFIED),
            _ => Err(status::INS_NOT_SUPPORTED),
        }
    }

    /// SELECT by file id (P1 `00`, `02`; `3F00` is the MF) or the eID application by
    /// its AID (P1 `04`), without FCI.
    fn select(&mut self, command: &CommandApdu) -> Answer {
        match command.p1 {
            0x00 | 0x02 => self.select_file(command),
            0x04 => self.select_application(command),
            _ => Err(status::WRONG_P1_P2),
        }
    }

    fn select_file(&mut self, command: &CommandApdu) -> Answer {
        let file_id = match command.data.as_slice() {
            [high, low] => u16::from_be_bytes([*high, *low]),
            _ => return Err(status::WRONG_DATA),
        };
        if file_id == 0x3F00 {
            self.session.selected_file = None;
            return ok(Vec::new());
        }
        let file = self
            .files
            .by_file_id(file_id)
            .ok_or(status::FILE_NOT_FOUND)?;
        self.session.selected_file = Some(file.file_id);
        ok(Vec::new())
    }

    /// The eID application, when the card has it (EF.DIR lists it); its files are the
    /// MF's, as the card keeps one flat file system.
    fn select_application(&mut self, command: &CommandApdu) -> Answer {
        if command.data != EID_AID || self.files.by_file_id(DIR_FILE_ID).is_none() {
            return Err(status::FILE_NOT_FOUND);
        }
        self.session.selected_file = None;
        ok(Vec::new())
    }

    /// READ BINARY of the selected EF (offset in P1 P2) or by short file id
    /// (P1 = `80 | SFI`, offset in P2, which also selects the EF).
    fn read_binary(&mut self, command: &CommandApdu, protected: bool) -> Answer {
        let (file, offset) = if command.p1 & 0x80 != 0 {
            let file = self
                .files
                .by_sfi(command.p1 & 0x1F)
                .ok_or(status::FILE_NOT_FOUND)?;
            (file, usize::from(command.p2))
        } else {
            let selected = self
                .session
                .selected_file
                .ok_or(status::CONDITIONS_NOT_SATISFIED)?;
            let file = self
                .files
                .by_file_id(selected)
                .ok_or(status::FILE_NOT_FOUND)?;
            (
                file,
                usize::from(u16::from_be_bytes([command.p1, command.p2])),
            )
        };
        if file.access == ReadAccess::SecureMessaging && !protected {
            return Err(status::SECURITY_STATUS_NOT_SATISFIED);
        }
        if offset > file.content.len() {
            return Err(status::WRONG_OFFSET);
        }
        self.session.selected_file = Some(file.file_id);
        let ne = command.ne.unwrap_or(256);
        let rest = &file.content[offset..];
        let data = rest[..rest.len().min(ne)].to_vec();
        // `Le = 00` (or `0000`) asks for "as much as there is"; any other `Le`
        // beyond the end of the file gets the warning `6282`.
        let sw = if ne > rest.len() && ne != 256 && ne != 65_536 {
            status::END_OF_FILE
        } else {
            status::SUCCESS
        };
        Ok(ResponseApdu::new(data, sw))
    }

    /// MSE:Set AT: chooses the password for the next PACE and reports its state.
    fn mse_set_at(&mut self, command: &CommandApdu) -> Answer {
        if (command.p1, command.p2) != MSE_SET_AT {
            return Err(status::WRONG_P1_P2);
        }
        self.session.pace_run = None;
        self.session.pace_password = None;
        let objects = tlv::parse_all(&command.data).map_err(|_| status::WRONG_DATA)?;
        let protocol = tlv::require(&objects, DO_PROTOCOL).map_err(|_| status::WRONG_DATA)?;
        if protocol.value() != self.protocol_oid.as_slice() {
            return Err(status::REFERENCE_DATA_NOT_FOUND);
        }
        let reference =
            tlv::require(&objects, DO_PASSWORD_REFERENCE).map_err(|_| status::WRONG_DATA)?;
        let kind = match reference.value() {
            [reference] => PasswordKind::from_reference(*reference),
            _ => None,
        }
        .ok_or(status::REFERENCE_DATA_NOT_FOUND)?;
        if self.passwords.secret(kind).is_none() {
            return Err(status::REFERENCE_DATA_NOT_FOUND);
        }
        self.session.pace_password = Some(kind);
        Ok(ResponseApdu::new(
            Vec::new(),
            self.passwords.set_at_status(kind),
        ))
    }

    /// GENERAL AUTHENTICATE: the four steps of PACE. Any error ends the run.
    fn general_authenticate(&mut self, command: &CommandApdu) -> Answer {
        if (command.p1, command.p2) != (0x00, 0x00) {
            return Err(status::WRONG_P1_P2);
        }
        let outer = tlv::Tlv::parse_exact(&command.data).map_err(|_| status::WRONG_DATA)?;
        if outer.tag() != DO_DYNAMIC_AUTHENTICATION {
            return Err(status::WRONG_DATA);
        }
        let objects = outer.children().map_err(|_| status::WRONG_DATA)?;
        let value_of = |tag| {
            tlv::require(&objects, tag)
                .map(|object| object.value())
                .map_err(|_| status::WRONG_DATA)
        };

        let Some(mut run) = self.session.pace_run.take() else {
            return self.start_pace(objects.is_empty());
        };
        let answer = if run.is_waiting_for_token() {
            return self.finish_pace(run, value_of(DO_TERMINAL_TOKEN)?);
        } else if let Ok(mapping) = value_of(DO_TERMINAL_MAPPING) {
            dynamic_authentication_data(DO_CARD_MAPPING, &run.map_nonce(mapping)?)?
        } else {
            dynamic_authentication_data(DO_CARD_KEY, &run.agree_key(value_of(DO_TERMINAL_KEY)?)?)?
        };
        self.session.pace_run = Some(run);
        ok(answer)
    }

    /// GENERAL AUTHENTICATE step 1: the encrypted nonce.
    fn start_pace(&mut self, request_is_empty: bool) -> Answer {
        let kind = self
            .session
            .pace_password
            .ok_or(status::CONDITIONS_NOT_SATISFIED)?;
        if !request_is_empty {
            return Err(status::WRONG_DATA);
        }
        let password = self
            .passwords
            .secret(kind)
            .ok_or(status::REFERENCE_DATA_NOT_FOUND)?;
        let (run, encrypted_nonce) = PaceRun::start(&self.card_access, kind, password)?;
        self.session.pace_run = Some(run);
        ok(dynamic_authentication_data(
            DO_ENCRYPTED_NONCE,
            &encrypted_nonce,
        )?)
    }

    /// GENERAL AUTHENTICATE step 4: tokens, counters, and the new channel.
    fn finish_pace(&mut self, run: PaceRun, terminal_token: &[u8]) -> Answer {
        let kind = run.kind();
        if kind == PasswordKind::Pin {
            if let Some(refusal) = self.passwords.pin_refusal(self.session.pin_resumed) {
                return Err(refusal);
            }
        }
        let (ctx, card_token) = match run.authenticate(terminal_token)? {
            Finish::Established { ctx, card_token } => (ctx, card_token),
            Finish::WrongToken if kind == PasswordKind::Pin => {
                return Err(self.passwords.pin_failed())
            }
            Finish::WrongToken => return Err(status::AUTHENTICATION_FAILED),
        };
        match kind {
            PasswordKind::Pin => self.passwords.pin_succeeded(),
            PasswordKind::Can => self.session.pin_resumed = true,
            PasswordKind::Puk | PasswordKind::Mrz => {}
        }
        self.session.channel = Some(SecureChannel::new(ctx)?);
        self.session.authenticated_with = Some(kind);
        ok(dynamic_authentication_data(DO_CARD_TOKEN, &card_token)?)
    }

    /// RESET RETRY COUNTER under secure messaging: new PIN after PIN PACE
    /// (`2C 02 03`), unblock after PUK PACE (`2C 03 03`).
    fn reset_retry_counter(&mut self, command: &CommandApdu) -> Answer {
        if command.p2 != RRC_PIN_REFERENCE {
            return Err(status::WRONG_P1_P2);
        }
        match (command.p1, self.session.authenticated_with) {
            (RRC_NEW_PIN, Some(PasswordKind::Pin)) => self.passwords.change_pin(&command.data)?,
            (RRC_UNBLOCK, Some(PasswordKind::Puk)) if command.data.is_empty() => {
                self.passwords.unblock_pin()?
            }
            (RRC_UNBLOCK, Some(PasswordKind::Puk)) => return Err(status::WRONG_LENGTH),
            (RRC_NEW_PIN | RRC_UNBLOCK, _) => return Err(status::SECURITY_STATUS_NOT_SATISFIED),
            _ => return Err(status::WRONG_P1_P2),
        }
        ok(Vec::new())
    }
}
