//! `bk db status`: where the store is, its schema version, a full integrity check.

use app::messages::german;
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
        row("bk-db-label-path", store.path().display().to_string())?;
        row(
            "bk-db-label-schema",
            german(
                "bk-db-schema-version",
                &[("version", version.into()), ("known", known.into())],
            ),
        )?;
        row(
            "bk-db-label-integrity",
            if findings.is_empty() {
                german("bk-db-integrity-ok", &[])
            } else {
                german(
                    "bk-db-integrity-failed",
                    &[("findings", findings.join("; ").into())],
                )
            },
        )?;
    }
    if findings.is_empty() {
        Ok(())
    } else {
        Err(Failure::Usage(german("bk-db-integrity-refused", &[])))
    }
}

/// One line of `bk db status`: the label (message `label_id`) in its column, then `value`.
fn row(label_id: &str, value: String) -> Result<(), Failure> {
    output::line(format!("{:<15} {value}", german(label_id, &[])))
}
