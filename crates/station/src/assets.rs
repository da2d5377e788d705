//! Reading the JSON assets (service catalogue, station plan) and collecting every
//! problem found in them, so the content team sees all mistakes at once.

use std::path::Path;

use serde::de::DeserializeOwned;
use texts::german;

use crate::error::{Result, StationError};

/// Reads and parses the JSON file at `path`.
pub(crate) fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T> {
    let text = std::fs::read_to_string(path).map_err(|e| StationError::io(path, e))?;
    parse_json(&path.display().to_string(), &text)
}

/// Parses JSON text; `what` names the source in the error.
pub(crate) fn parse_json<T: DeserializeOwned>(what: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| StationError::AssetInvalid {
        what: what.to_owned(),
        problems: vec![german(
            "error-detail-json-structure",
            &[
                ("line", e.line().into()),
                ("column", e.column().into()),
                ("detail", e.to_string().into()),
            ],
        )],
    })
}

/// Problems found while validating one asset, in German (messages `error-detail-…`).
///
/// `kind` names what an id belongs to: `category`, `service` or `station` (the
/// selector `$kind` of the messages).
#[derive(Debug, Default)]
pub(crate) struct Problems(Vec<String>);

impl Problems {
    /// Records a problem when `ok` is false.
    pub(crate) fn check(&mut self, ok: bool, problem: impl FnOnce() -> String) {
        if !ok {
            self.0.push(problem());
        }
    }

    /// Records a problem for every id of `kind` that occurs more than once.
    pub(crate) fn check_unique<'a>(&mut self, kind: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = std::collections::HashSet::new();
        for id in ids {
            self.check(seen.insert(id), || {
                german(
                    "error-detail-duplicate-id",
                    &[("kind", kind.into()), ("id", id.into())],
                )
            });
        }
    }

    /// Records a problem for an id of `kind` that is not a lower-case slug like
    /// `wohnsitz-ummelden`.
    pub(crate) fn check_slug(&mut self, kind: &str, id: &str) {
        let valid = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        self.check(valid, || {
            german(
                "error-detail-id-invalid",
                &[("kind", kind.into()), ("id", id.into())],
            )
        });
    }

    /// `Ok(value)` when nothing was recorded, else the typed error for `what`.
    pub(crate) fn into_result<T>(self, what: &str, value: T) -> Result<T> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(StationError::AssetInvalid {
                what: what.to_owned(),
                problems: self.0,
            })
        }
    }
}
