//! `bk db status`: where the store is, its schema version, a full integrity check.

use serde_json::json;
use station::Store;

use crate::context::Context;
use crate::output::{self, Failure};

/// Prints the store's state; fails (exit 1) when the integrity check finds problems.
pub fn status(context: &Context, as_json: bool) -> Result<(), Failure> {
    let store = context.store()?;
    let version = store.schema_version()?;
    let known = Store::latest_schema_version();
    let findings = store.integrity_check()?;
    if as_json {
        output::json(&json!({
            "path": store.path(),
            "schemaVersion": version,
            "latestSchemaVersion": known,
            "integrity": if findings.is_empty() { vec!["ok".to_owned()] } else { findings.clone() },
        }))?;
    } else {
        output::line(format!("Datenbank:      {}", store.path().display()))?;
        output::line(format!(
            "Schemaversion:  {version} (dieses Programm kennt bis {known})"
        ))?;
        output::line(if findings.is_empty() {
            "Integrität:     in Ordnung".to_owned()
        } else {
            format!("Integrität:     FEHLER – {}", findings.join("; "))
        })?;
    }
    if findings.is_empty() {
        Ok(())
    } else {
        Err(Failure::Usage(
            "Die Integritätsprüfung hat Fehler gefunden. Bitte die IT verständigen.".to_owned(),
        ))
    }
}
