//! The card's file system: EF.CardAccess, readable by anyone, and a small EF
//! that only secure messaging may read, for tests of SM READ BINARY.

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

    /// The same files without EF.CardAccess: what a card of another kind shows.
    pub fn without_card_access(mut self) -> Self {
        self.files
            .retain(|file| file.file_id != CARD_ACCESS_FILE_ID);
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
