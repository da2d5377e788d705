//! The one error type of the crate: a stable snake_case [`StationError::code`] for the
//! UI (Fluent id `error-<code>`) and a German message for staff and logs, from the
//! catalogue `assets/locales/de/errors.ftl` (id `error-station-<code>`, `_` → `-`).
//!
//! No variant ever carries a PIN; the staff PIN errors only say how many tries are left
//! or how long the lock lasts.

use std::fmt;
use std::path::PathBuf;

use texts::german;

/// Result with [`StationError`].
pub type Result<T, E = StationError> = std::result::Result<T, E>;

/// Everything that can go wrong in the station's domain and storage.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StationError {
    /// The OS gives no home or data directory and `BK_DATA_DIR` is not set.
    NoDataDir,

    /// A file or directory could not be read or written.
    Io {
        /// The file or directory concerned.
        path: PathBuf,
        /// What the OS reported.
        source: std::io::Error,
    },

    /// The store file exists but is not an SQLite database.
    NotADatabase {
        /// The store file.
        path: PathBuf,
        /// What was found instead.
        detail: String,
    },

    /// The store file is an SQLite database but fails the integrity check.
    Corrupt {
        /// The store file.
        path: PathBuf,
        /// The first findings of the integrity check.
        detail: String,
    },

    /// The store file was written by a newer version of the Bürgerkoffer.
    SchemaTooNew {
        /// The store file.
        path: PathBuf,
        /// The version recorded in the file.
        found: u32,
        /// The newest version this build knows.
        known: u32,
    },

    /// A migration failed; its transaction was rolled back.
    Migration {
        /// Number of the migration.
        number: u32,
        /// Name of the migration.
        name: &'static str,
        /// What SQLite reported.
        source: rusqlite::Error,
    },

    /// Any other SQLite failure.
    Database(#[from] rusqlite::Error),

    /// A JSON asset (service catalogue, station plan) is not valid.
    AssetInvalid {
        /// Which asset (a path or a name like "services.json").
        what: String,
        /// Every problem found, in German.
        problems: Vec<String>,
    },

    /// A language other than the supported ones was requested.
    UnknownLanguage(String),

    /// A service id that the catalogue does not hold.
    UnknownService(String),

    /// A category id that the catalogue does not hold.
    UnknownCategory(String),

    /// A station id that the station plan does not hold.
    UnknownStation(String),

    /// No station has been selected for this laptop yet.
    NoStationSelected,

    /// A ticket id that the store does not hold.
    TicketNotFound(i64),

    /// A status change that the ticket's current status does not allow.
    TicketTransition {
        /// Label of the ticket, e.g. `A-017`.
        label: String,
        /// Current status (German, [`crate::tickets::Status::german`]).
        from: String,
        /// Requested status (German).
        to: String,
    },

    /// A kind of matter this build does not know.
    UnknownKind(String),

    /// No desk serves the kind of matter (its German name).
    KindNotServed(String),

    /// A desk number that is not set up.
    UnknownDesk(u8),

    /// A desk set-up that is not acceptable (why, in German).
    DesksInvalid(String),

    /// A text does not fit into a QR code.
    QrTooLong(usize),

    /// The staff PIN is already set and cannot be set again this way.
    StaffPinAlreadySet,

    /// No staff PIN has been set yet.
    StaffPinNotSet,

    /// A proposed staff PIN is not acceptable; the reason is the Fluent id of its
    /// text, e.g. `error-detail-pin-length`.
    StaffPinRejected(&'static str),

    /// The staff PIN was wrong.
    StaffPinWrong {
        /// Tries left before the lock.
        tries_left: u32,
    },

    /// Too many wrong staff PINs: locked for a while.
    StaffLocked {
        /// Seconds until the lock ends.
        seconds_left: u64,
    },

    /// The stored staff PIN hash could not be read or computed.
    PinHash(String),

    /// Fields of a citizen request are missing or wrong (reason per field name).
    RequestInvalid {
        /// What is wrong, per field name.
        fields: crate::requests::problems::FieldProblems,
    },

    /// The citizen did not consent to the privacy notice.
    ConsentRequired,

    /// A request topic that does not exist.
    UnknownTopic(String),

    /// The station has no enrolment at the central, so it has no key to seal to.
    NotEnrolled,

    /// The station is enrolled already.
    AlreadyEnrolled {
        /// The central's address.
        url: String,
        /// The station's name there.
        name: String,
    },

    /// The disk (or the database's size limit) is full; nothing of the failed write
    /// was stored, everything stored before is kept.
    DiskFull {
        /// The store file.
        path: PathBuf,
    },

    /// The operating system's random source failed.
    NoRandomness(String),

    /// The personal part of a request could not be sealed.
    Seal(#[from] syncproto::SealError),
}

/// "Feld „phone“ ist keine gültige Telefonnummer …; Feld „name“ muss …" (message
/// `error-field` per field).
fn describe_fields(fields: &crate::requests::problems::FieldProblems) -> String {
    fields
        .iter()
        .map(|(name, problem)| {
            german(
                "error-field",
                &[
                    ("name", name.as_str().into()),
                    ("problem", problem.to_string().into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The German message `error-station-<code>` of the catalogue, with the variant's data.
impl fmt::Display for StationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::NoDataDir => german("error-station-no-data-dir", &[]),
            Self::Io { path, source } => german(
                "error-station-io",
                &[
                    ("path", path.display().to_string().into()),
                    ("source", source.to_string().into()),
                ],
            ),
            Self::NotADatabase { path, detail } => german(
                "error-station-not-a-database",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
            Self::Corrupt { path, detail } => german(
                "error-station-database-corrupt",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
            Self::SchemaTooNew { path, found, known } => german(
                "error-station-schema-too-new",
                &[
                    ("path", path.display().to_string().into()),
                    ("found", (*found).into()),
                    ("known", (*known).into()),
                ],
            ),
            // `{number:04}`: preformatted, Fluent would drop the leading zeros.
            Self::Migration {
                number,
                name,
                source,
            } => german(
                "error-station-migration-failed",
                &[
                    ("number", format!("{number:04}").into()),
                    ("name", (*name).into()),
                    ("source", source.to_string().into()),
                ],
            ),
            Self::Database(source) => german(
                "error-station-database",
                &[("source", source.to_string().into())],
            ),
            Self::AssetInvalid { what, problems } => german(
                "error-station-asset-invalid",
                &[
                    ("what", what.as_str().into()),
                    ("problems", problems.join("; ").into()),
                ],
            ),
            Self::UnknownLanguage(language) => german(
                "error-station-unknown-language",
                &[("language", language.as_str().into())],
            ),
            Self::UnknownService(service) => german(
                "error-station-unknown-service",
                &[("service", service.as_str().into())],
            ),
            Self::UnknownCategory(category) => german(
                "error-station-unknown-category",
                &[("category", category.as_str().into())],
            ),
            Self::UnknownStation(station) => german(
                "error-station-unknown-station",
                &[("station", station.as_str().into())],
            ),
            Self::NoStationSelected => german("error-station-no-station-selected", &[]),
            // An identifier, not an amount: preformatted, never grouped like "1.234".
            Self::TicketNotFound(id) => german(
                "error-station-ticket-not-found",
                &[("id", id.to_string().into())],
            ),
            Self::TicketTransition { label, from, to } => german(
                "error-station-ticket-transition",
                &[
                    ("label", label.as_str().into()),
                    ("from", from.as_str().into()),
                    ("to", to.as_str().into()),
                ],
            ),
            Self::UnknownKind(kind) => german(
                "error-station-unknown-kind",
                &[("kind", kind.as_str().into())],
            ),
            Self::KindNotServed(kind) => german(
                "error-station-kind-not-served",
                &[("kind", kind.as_str().into())],
            ),
            Self::UnknownDesk(desk) => {
                german("error-station-unknown-desk", &[("desk", (*desk).into())])
            }
            Self::DesksInvalid(reason) => german(
                "error-station-desks-invalid",
                &[("reason", reason.as_str().into())],
            ),
            Self::QrTooLong(length) => {
                german("error-station-qr-too-long", &[("length", (*length).into())])
            }
            Self::StaffPinAlreadySet => german("error-station-staff-pin-already-set", &[]),
            Self::StaffPinNotSet => german("error-station-staff-pin-not-set", &[]),
            Self::StaffPinRejected(reason) => german(
                "error-station-staff-pin-rejected",
                &[("reason", german(reason, &[]).into())],
            ),
            Self::StaffPinWrong { tries_left } => german(
                "error-station-staff-pin-wrong",
                &[("tries_left", (*tries_left).into())],
            ),
            Self::StaffLocked { seconds_left } => german(
                "error-station-staff-locked",
                &[("seconds_left", (*seconds_left).into())],
            ),
            Self::PinHash(detail) => german(
                "error-station-pin-hash",
                &[("detail", detail.as_str().into())],
            ),
            Self::RequestInvalid { fields } => german(
                "error-station-request-invalid",
                &[("fields", describe_fields(fields).into())],
            ),
            Self::ConsentRequired => german("error-station-consent-required", &[]),
            Self::UnknownTopic(topic) => german(
                "error-station-unknown-topic",
                &[("topic", topic.as_str().into())],
            ),
            Self::NotEnrolled => german("error-station-not-enrolled", &[]),
            Self::AlreadyEnrolled { url, name } => german(
                "error-station-already-enrolled",
                &[("url", url.as_str().into()), ("name", name.as_str().into())],
            ),
            Self::DiskFull { path } => german(
                "error-station-disk-full",
                &[("path", path.display().to_string().into())],
            ),
            Self::NoRandomness(detail) => german(
                "error-station-no-randomness",
                &[("detail", detail.as_str().into())],
            ),
            Self::Seal(source) => german(
                "error-station-seal-failed",
                &[("source", source.to_string().into())],
            ),
        };
        f.write_str(&text)
    }
}

impl StationError {
    /// A value in `table` that the schema should have kept out.
    pub(crate) fn corrupt(table: &str) -> Self {
        StationError::Database(rusqlite::Error::InvalidColumnType(
            0,
            format!("{table}: unlesbarer Wert"),
            rusqlite::types::Type::Text,
        ))
    }
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
            Self::UnknownKind(_) => "unknown_kind",
            Self::KindNotServed(_) => "kind_not_served",
            Self::UnknownDesk(_) => "unknown_desk",
            Self::DesksInvalid(_) => "desks_invalid",
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
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}
