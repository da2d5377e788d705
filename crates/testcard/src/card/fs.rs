//! The card's file system: EF.DIR and EF.CardAccess, readable by anyone, and a
//! small EF that only secure messaging may read, for tests of SM READ BINARY.

/// The eID application's identifier (TR-03110 Part 3, A.1.1; BSI TR-03127).
pub const EID_AID: [u8; 9] = [0xE8, 0x07, 0x04, 0x00, 0x7F, 0x00, 0x07, 0x03, 0x02];
/// File id of EF.DIR, the list of the card's applications (ISO/IEC 7816-4, 8.2.1.1).
pub const DIR_FILE_ID: u16 = 0x2F00;
/// Short file id of EF.DIR.
pub const DIR_SFI: u8 = 0x1E;
/// File id of EF.CardAccess (TR-03110 Part 3, A.1.2).
pub const CARD_ACCESS_FILE_ID: u16 = 0x011C;
/// Short file id of EF.CardAccess.
pub const CARD_ACCESS_SFI: u8 = 0x1C;
/// File id of the test EF that needs secure messaging.
pub const SM_TEST_FILE_ID: u16 = 0x0101;
/// Short file id of the test EF that needs secure messaging.
pub const SM_TEST_FILE_SFI: u8 = 0x01;
/// Contents of the test EF that needs secure messaging.
pub const SM_TEST_FILE_CONTENT: &[u8] =
    "Bürgerkoffer Testkarte: nur über Secure Messaging lesbar.".as_bytes();

/// Who may read a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAccess {
    /// Plain or protected, without PACE.
    Always,
    /// Only inside secure messaging established by PACE.
    SecureMessaging,
}

/// A transparent elementary file.
#[derive(Debug)]
pub struct ElementaryFile {
    pub file_id: u16,
    pub sfi: u8,
    pub content: Vec<u8>,
    pub access: ReadAccess,
}

/// All elementary files of the card (a flat MF: the nPA's EFs of interest
/// live directly under it).
#[derive(Debug)]
pub struct FileSystem {
    files: Vec<ElementaryFile>,
}

impl FileSystem {
    /// The files of a card whose EF.CardAccess holds `card_access`.
    pub fn new(card_access: Vec<u8>) -> Self {
        FileSystem {
            files: vec![
                ElementaryFile {
                    file_id: DIR_FILE_ID,
                    sfi: DIR_SFI,
                    content: application_directory(),
                    access: ReadAccess::Always,
                },
                ElementaryFile {
                    file_id: CARD_ACCESS_FILE_ID,
                    sfi: CARD_ACCESS_SFI,
                    content: card_access,
                    access: ReadAccess::Always,
                },
                ElementaryFile {
                    file_id: SM_TEST_FILE_ID,
                    sfi: SM_TEST_FILE_SFI,
                    content: SM_TEST_FILE_CONTENT.to_vec(),
                    access: ReadAccess::SecureMessaging,
                },
            ],
        }
    }

    /// The same files without EF.DIR and EF.CardAccess: what a card of another kind
    /// shows an eID client (no eID application, nothing to run PACE with).
    pub fn without_eid_application(mut self) -> Self {
        self.files
            .retain(|file| ![DIR_FILE_ID, CARD_ACCESS_FILE_ID].contains(&file.file_id));
        self
    }

    /// The EF with `file_id`.
    pub fn by_file_id(&self, file_id: u16) -> Option<&ElementaryFile> {
        self.files.iter().find(|file| file.file_id == file_id)
    }

    /// The EF with short file id `sfi`.
    pub fn by_sfi(&self, sfi: u8) -> Option<&ElementaryFile> {
        self.files.iter().find(|file| file.sfi == sfi)
    }
}

/// EF.DIR: one application template `61 { 4F AID }` for the eID application, exactly
/// as long as its content (eID clients such as AusweisApp parse it strictly and look
/// for the eID AID there before they offer any PIN function).
fn application_directory() -> Vec<u8> {
    let mut template = vec![0x61, EID_AID.len() as u8 + 2, 0x4F, EID_AID.len() as u8];
    template.extend_from_slice(&EID_AID);
    template
}
