//! Reading the JSON assets (service catalogue, station plan) and collecting every
//! problem found in them, so the content team sees all mistakes at once.

use std::path::Path;

use serde::de::DeserializeOwned;

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
        problems: vec![format!(
            "JSON passt nicht zum erwarteten Aufbau (Zeile {}, Spalte {}): {e}",
            e.line(),
            e.column()
        )],
    })
}

/// Problems found while validating one asset.
#[derive(Debug, Default)]
pub(crate) struct Problems(Vec<String>);

impl Problems {
    /// Records a problem when `ok` is false.
    pub(crate) fn check(&mut self, ok: bool, problem: impl FnOnce() -> String) {
        if !ok {
            self.0.push(problem());
        }
    }

    /// Records `problem` for every id that occurs more than once.
    pub(crate) fn check_unique<'a>(&mut self, kind: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = std::collections::HashSet::new();
        for id in ids {
            self.check(seen.insert(id), || {
                format!("{kind} „{id}“ kommt mehrfach vor")
            });
        }
    }

    /// Records a problem for an id that is not a lower-case slug like `wohnsitz-ummelden`.
    pub(crate) fn check_slug(&mut self, kind: &str, id: &str) {
        let valid = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        self.check(valid, || {
            format!("{kind}-Kennung „{id}“ ist nicht aus a–z, 0–9 und „-“")
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
