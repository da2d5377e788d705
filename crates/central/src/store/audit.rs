//! The audit log: one row per thing a person (or the retention job) did to personal
//! data, a station, the configuration or an account. Rows are only ever added.

use serde::Serialize;

use super::db::{args, Db};
use super::{timestamp, Store, StoreError};

/// What was done, as stored (`action` column) and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    /// Signed in.
    Login,
    /// A sign-in was refused (wrong password or code, locked, disabled).
    LoginRefused,
    /// Signed out.
    Logout,
    /// Opened (decrypted) a request.
    Open,
    /// Opened a request's print view.
    Print,
    /// Opened (downloaded) a document handed in for a request.
    Document,
    /// Marked a request done.
    Done,
    /// Changed a request's internal note.
    Note,
    /// Recorded that a request's fee was paid.
    Paid,
    /// Deleted a request's personal data (retention).
    Delete,
    /// Registered a station.
    StationAdd,
    /// Revoked a station.
    StationRevoke,
    /// Replaced a station's token (new enrolment code).
    StationRotate,
    /// Published a configuration version.
    ConfigPublish,
    /// Added, disabled or reset an account.
    Account,
    /// Imported a station's export file.
    Import,
    /// Answered a video call.
    CallAnswer,
    /// Ended a video call.
    CallEnd,
    /// Cancelled a booked appointment.
    AppointmentCancel,
}

impl AuditAction {
    /// Every action, in the order the audit page offers them.
    pub const ALL: [AuditAction; 19] = [
        AuditAction::Login,
        AuditAction::LoginRefused,
        AuditAction::Logout,
        AuditAction::Open,
        AuditAction::Print,
        AuditAction::Document,
        AuditAction::Done,
        AuditAction::Note,
        AuditAction::Paid,
        AuditAction::Delete,
        AuditAction::StationAdd,
        AuditAction::StationRevoke,
        AuditAction::StationRotate,
        AuditAction::ConfigPublish,
        AuditAction::Account,
        AuditAction::Import,
        AuditAction::CallAnswer,
        AuditAction::CallEnd,
        AuditAction::AppointmentCancel,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Login => "login",
            AuditAction::LoginRefused => "login_refused",
            AuditAction::Logout => "logout",
            AuditAction::Open => "open",
            AuditAction::Print => "print",
            AuditAction::Document => "document",
            AuditAction::Done => "done",
            AuditAction::Note => "note",
            AuditAction::Paid => "paid",
            AuditAction::Delete => "delete",
            AuditAction::StationAdd => "station_add",
            AuditAction::StationRevoke => "station_revoke",
            AuditAction::StationRotate => "station_rotate",
            AuditAction::ConfigPublish => "config_publish",
            AuditAction::Account => "account",
            AuditAction::Import => "import",
            AuditAction::CallAnswer => "call_answer",
            AuditAction::CallEnd => "call_end",
            AuditAction::AppointmentCancel => "appointment_cancel",
        }
    }

    /// The German label of the audit page.
    pub fn label(self) -> &'static str {
        match self {
            AuditAction::Login => "Angemeldet",
            AuditAction::LoginRefused => "Anmeldung abgelehnt",
            AuditAction::Logout => "Abgemeldet",
            AuditAction::Open => "Anliegen geöffnet",
            AuditAction::Print => "Anliegen gedruckt",
            AuditAction::Document => "Unterlage geöffnet",
            AuditAction::Done => "Anliegen erledigt",
            AuditAction::Note => "Notiz geändert",
            AuditAction::Paid => "Zahlungseingang erfasst",
            AuditAction::Delete => "Personendaten gelöscht",
            AuditAction::StationAdd => "Station angelegt",
            AuditAction::StationRevoke => "Station gesperrt",
            AuditAction::StationRotate => "Stations-Token erneuert",
            AuditAction::ConfigPublish => "Konfiguration veröffentlicht",
            AuditAction::Account => "Konto geändert",
            AuditAction::Import => "Exportdatei importiert",
            AuditAction::CallAnswer => "Videogespräch angenommen",
            AuditAction::CallEnd => "Videogespräch beendet",
            AuditAction::AppointmentCancel => "Termin abgesagt",
        }
    }

    /// Parses a stored name.
    pub fn parse(text: &str) -> Option<AuditAction> {
        AuditAction::ALL
            .into_iter()
            .find(|action| action.as_str() == text)
    }
}

/// One entry of the audit log.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    /// When: RFC 3339, UTC, milliseconds.
    pub at: String,
    /// Who: an account name, or `bk-central` for the program itself.
    pub actor: String,
    /// What, by stored name.
    pub action: String,
    /// To what: a request or station id, an account name, a version.
    pub subject: Option<String>,
    /// More, without personal data.
    pub detail: Option<String>,
}

impl Store {
    /// Adds an entry.
    pub fn audit(
        &self,
        actor: &str,
        action: AuditAction,
        subject: Option<&str>,
        detail: Option<&str>,
    ) -> Result<(), StoreError> {
        audit_in(&mut self.db(), actor, action, subject, detail)
    }

    /// The newest entries first, at most `limit`, optionally of one action or actor.
    pub fn audit_entries(
        &self,
        action: Option<AuditAction>,
        actor: Option<&str>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        self.db()
            .query(
                "SELECT at, actor, action, subject, detail FROM audit_log
                 WHERE (CAST($1 AS TEXT) IS NULL OR action = $1)
                   AND (CAST($2 AS TEXT) IS NULL OR actor = $2)
                 ORDER BY id DESC LIMIT $3",
                args![action.map(AuditAction::as_str), actor, limit],
            )?
            .iter()
            .map(|row| {
                Ok(AuditEntry {
                    at: row.get(0)?,
                    actor: row.get(1)?,
                    action: row.get(2)?,
                    subject: row.get(3)?,
                    detail: row.get(4)?,
                })
            })
            .collect()
    }
}

/// Adds an entry within `db`'s transaction, at this time.
pub(super) fn audit_in(
    db: &mut Db,
    actor: &str,
    action: AuditAction,
    subject: Option<&str>,
    detail: Option<&str>,
) -> Result<(), StoreError> {
    db.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5)",
        args![timestamp(), actor, action.as_str(), subject, detail],
    )?;
    Ok(())
}
