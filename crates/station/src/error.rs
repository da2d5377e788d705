//! The one error type of the crate: a stable snake_case [`StationError::code`] for the
//! UI (Fluent id `error-<code>`) and a German message for staff and logs.
//!
//! No variant ever carries a PIN; the staff PIN errors only say how many tries are left
//! or how long the lock lasts.

use std::path::PathBuf;

/// Result with [`StationError`].
pub type Result<T, E = StationError> = std::result::Result<T, E>;

/// Everything that can go wrong in the station's domain and storage.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StationError {
    /// The OS gives no home or data directory and `BK_DATA_DIR` is not set.
    #[error("Kein Datenverzeichnis gefunden: Das Betriebssystem nennt kein Datenverzeichnis. Bitte die Umgebungsvariable BK_DATA_DIR auf ein beschreibbares Verzeichnis setzen.")]
    NoDataDir,

    /// A file or directory could not be read or written.
    #[error("Zugriff auf {path} fehlgeschlagen: {source}. Bitte Pfad und Zugriffsrechte prüfen.")]
    Io {
        /// The file or directory concerned.
        path: PathBuf,
        /// What the OS reported.
        source: std::io::Error,
    },

    /// The store file exists but is not an SQLite database.
    #[error("Die Datei {path} ist keine Datenbank des Bürgerkoffers ({detail}). Sie wurde nicht verändert. Bitte die Datei sichern und die IT verständigen; ohne sie startet die Station mit BK_DATA_DIR auf einem anderen Verzeichnis.")]
    NotADatabase {
        /// The store file.
        path: PathBuf,
        /// What was found instead.
        detail: String,
    },

    /// The store file is an SQLite database but fails the integrity check.
    #[error("Die Datenbank {path} ist beschädigt (Integritätsprüfung: {detail}). Sie wurde nicht verändert. Bitte die Datei sichern und die IT verständigen, damit sie aus einer Sicherung wiederhergestellt wird.")]
    Corrupt {
        /// The store file.
        path: PathBuf,
        /// The first findings of the integrity check.
        detail: String,
    },

    /// The store file was written by a newer version of the Bürgerkoffer.
    #[error("Die Datenbank {path} hat Schemaversion {found}, dieses Programm kennt nur bis {known}. Sie wurde nicht verändert. Bitte den Bürgerkoffer auf die neueste Version aktualisieren.")]
    SchemaTooNew {
        /// The store file.
        path: PathBuf,
        /// The version recorded in the file.
        found: u32,
        /// The newest version this build knows.
        known: u32,
    },

    /// A migration failed; its transaction was rolled back.
    #[error("Die Datenbankmigration {number:04}_{name} ist fehlgeschlagen: {source}. Die Datenbank blieb auf dem vorherigen Stand.")]
    Migration {
        /// Number of the migration.
        number: u32,
        /// Name of the migration.
        name: &'static str,
        /// What SQLite reported.
        source: rusqlite::Error,
    },

    /// Any other SQLite failure.
    #[error("Datenbankfehler: {0}")]
    Database(#[from] rusqlite::Error),

    /// A JSON asset (service catalogue, station plan) is not valid.
    #[error("Die Datei {what} ist ungültig: {}", problems.join("; "))]
    AssetInvalid {
        /// Which asset (a path or a name like "services.json").
        what: String,
        /// Every problem found, in German.
        problems: Vec<String>,
    },

    /// A language other than the supported ones was requested.
    #[error("Die Sprache „{0}“ wird nicht unterstützt (möglich: de, en).")]
    UnknownLanguage(String),

    /// A service id that the catalogue does not hold.
    #[error("Die Dienstleistung „{0}“ ist nicht im Katalog.")]
    UnknownService(String),

    /// A category id that the catalogue does not hold.
    #[error("Die Kategorie „{0}“ ist nicht im Katalog.")]
    UnknownCategory(String),

    /// A station id that the station plan does not hold.
    #[error("Die Station „{0}“ steht nicht im Stationsplan.")]
    UnknownStation(String),

    /// No station has been selected for this laptop yet.
    #[error("Es ist keine Station ausgewählt. Bitte im Mitarbeiterbereich die Station des Tages wählen.")]
    NoStationSelected,

    /// A ticket id that the store does not hold.
    #[error("Die Wartenummer mit der Kennung {0} gibt es nicht.")]
    TicketNotFound(i64),

    /// A status change that the ticket's current status does not allow.
    #[error("Die Wartenummer {label} ist „{from}“ und kann nicht auf „{to}“ gesetzt werden.")]
    TicketTransition {
        /// Label of the ticket, e.g. `A-017`.
        label: String,
        /// Current status (German).
        from: &'static str,
        /// Requested status (German).
        to: &'static str,
    },

    /// A text does not fit into a QR code.
    #[error("Der Text ist zu lang für einen QR-Code ({0} Zeichen).")]
    QrTooLong(usize),

    /// The staff PIN is already set and cannot be set again this way.
    #[error("Die Mitarbeiter-PIN ist bereits festgelegt.")]
    StaffPinAlreadySet,

    /// No staff PIN has been set yet.
    #[error("Es ist noch keine Mitarbeiter-PIN festgelegt.")]
    StaffPinNotSet,

    /// A proposed staff PIN is not acceptable.
    #[error("Diese PIN ist nicht erlaubt: {0}")]
    StaffPinRejected(&'static str),

    /// The staff PIN was wrong.
    #[error("Die PIN ist falsch. Noch {tries_left} Versuch(e), dann wird für 5 Minuten gesperrt.")]
    StaffPinWrong {
        /// Tries left before the lock.
        tries_left: u32,
    },

    /// Too many wrong staff PINs: locked for a while.
    #[error("Zu viele falsche PIN-Eingaben. Gesperrt für noch {seconds_left} Sekunden.")]
    StaffLocked {
        /// Seconds until the lock ends.
        seconds_left: u64,
    },

    /// The stored staff PIN hash could not be read or computed.
    #[error("Der gespeicherte PIN-Hash ist unbrauchbar: {0}. Bitte die IT verständigen.")]
    PinHash(String),

    /// Fields of a citizen request are missing or wrong (reason per field name).
    #[error("Das Anliegen wurde nicht gespeichert: {}", describe_fields(fields))]
    RequestInvalid {
        /// What is wrong, per field name.
        fields: crate::requests::problems::FieldProblems,
    },

    /// The citizen did not consent to the privacy notice.
    #[error(
        "Das Anliegen wurde nicht gespeichert: Die Einwilligung in die Datenschutzhinweise fehlt."
    )]
    ConsentRequired,

    /// A request topic that does not exist.
    #[error("Das Thema „{0}“ gibt es nicht (möglich: rueckruf, termin, frage, ummeldung).")]
    UnknownTopic(String),

    /// The station has no enrolment at the central, so it has no key to seal to.
    #[error("Anliegen können noch nicht angenommen werden: Die Station ist nicht bei der Zentrale angemeldet, und ohne deren Schlüssel lassen sich die Angaben nicht verschlüsseln. Bitte die IT verständigen (Anmeldung mit „bk enroll ADRESSE CODE“).")]
    NotEnrolled,

    /// The station is enrolled already.
    #[error("Die Station ist bereits als „{name}“ bei {url} angemeldet. Eine zweite Anmeldung ist nicht vorgesehen.")]
    AlreadyEnrolled {
        /// The central's address.
        url: String,
        /// The station's name there.
        name: String,
    },

    /// The disk (or the database's size limit) is full; nothing of the failed write
    /// was stored, everything stored before is kept.
    #[error("Der Speicher der Station ist voll: {path} kann nicht wachsen. Das Anliegen wurde nicht gespeichert; alles bisher Gespeicherte ist erhalten. Bitte Speicherplatz freigeben oder die IT verständigen.")]
    DiskFull {
        /// The store file.
        path: PathBuf,
    },

    /// The operating system's random source failed.
    #[error("Das Betriebssystem liefert keine Zufallszahlen ({0}). Bitte die IT verständigen.")]
    NoRandomness(String),

    /// The personal part of a request could not be sealed.
    #[error("Die Angaben konnten nicht verschlüsselt werden: {0}")]
    Seal(#[from] syncproto::SealError),
}

/// "Feld „phone“ ist keine gültige Telefonnummer …; Feld „name“ muss …".
fn describe_fields(fields: &crate::requests::problems::FieldProblems) -> String {
    fields
        .iter()
        .map(|(name, problem)| format!("Feld „{name}“ {problem}"))
        .collect::<Vec<_>>()
        .join("; ")
}

impl StationError {
    /// Stable snake_case code; the UI shows the Fluent text `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NoDataDir => "no_data_dir",
            Self::Io { .. } => "io",
            Self::NotADatabase { .. } => "not_a_database",
            Self::Corrupt { .. } => "database_corrupt",
            Self::SchemaTooNew { .. } => "schema_too_new",
            Self::Migration { .. } => "migration_failed",
            Self::Database(_) => "database",
            Self::AssetInvalid { .. } => "asset_invalid",
            Self::UnknownLanguage(_) => "unknown_language",
            Self::UnknownService(_) => "unknown_service",
            Self::UnknownCategory(_) => "unknown_category",
            Self::UnknownStation(_) => "unknown_station",
            Self::NoStationSelected => "no_station_selected",
            Self::TicketNotFound(_) => "ticket_not_found",
            Self::TicketTransition { .. } => "ticket_transition",
            Self::QrTooLong(_) => "qr_too_long",
            Self::StaffPinAlreadySet => "staff_pin_already_set",
            Self::StaffPinNotSet => "staff_pin_not_set",
            Self::StaffPinRejected(_) => "staff_pin_rejected",
            Self::StaffPinWrong { .. } => "staff_pin_wrong",
            Self::StaffLocked { .. } => "staff_locked",
            Self::PinHash(_) => "pin_hash",
            Self::RequestInvalid { .. } => "request_invalid",
            Self::ConsentRequired => "consent_required",
            Self::UnknownTopic(_) => "unknown_topic",
            Self::NotEnrolled => "not_enrolled",
            Self::AlreadyEnrolled { .. } => "already_enrolled",
            Self::DiskFull { .. } => "disk_full",
            Self::NoRandomness(_) => "no_randomness",
            Self::Seal(_) => "seal_failed",
        }
    }

    /// Shorthand for [`StationError::Io`].
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}
