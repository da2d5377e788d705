//! The receipt printer of this laptop as staff set it up (its address, as text the
//! `devices` crate parses), and the last problem it had, so that the staff window can
//! show it while the kiosk goes on showing tickets on screen.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::Result;
use crate::store::Store;

/// Settings key of the printer's address.
const ADDRESS_KEY: &str = "printer_address";
/// Settings key of the last printer problem (JSON of [`PrinterTrouble`]).
const TROUBLE_KEY: &str = "printer_trouble";

/// The last problem the printer had.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PrinterTrouble {
    /// Stable code, e.g. `printer_paper_out`.
    pub code: String,
    /// The German message for staff.
    pub message: String,
    /// When it happened (RFC 3339).
    pub at: String,
}

/// The printer's address, if one is set up.
pub fn address(store: &Store) -> Result<Option<String>> {
    store.setting(ADDRESS_KEY)
}

/// Sets the printer's address, or removes the printer (`None`); either way the last
/// problem is forgotten.
pub fn set_address(store: &Store, address: Option<&str>) -> Result<()> {
    match address {
        Some(address) => store.set_setting(ADDRESS_KEY, address)?,
        None => store.delete_setting(ADDRESS_KEY)?,
    }
    store.delete_setting(TROUBLE_KEY)
}

/// Records what the last print or status check found: a problem, or none.
pub fn record(store: &Store, trouble: Option<(&str, &str)>, now: DateTime<Utc>) -> Result<()> {
    match trouble {
        Some((code, message)) => {
            let trouble = PrinterTrouble {
                code: code.to_owned(),
                message: message.to_owned(),
                at: to_stored(now),
            };
            // Three strings always serialize; an empty value would read back as none.
            let json = serde_json::to_string(&trouble).unwrap_or_default();
            store.set_setting(TROUBLE_KEY, &json)
        }
        None => store.delete_setting(TROUBLE_KEY),
    }
}

/// The last problem, if the last print or check had one.
pub fn trouble(store: &Store) -> Result<Option<PrinterTrouble>> {
    Ok(store
        .setting(TROUBLE_KEY)?
        .and_then(|json| serde_json::from_str::<PrinterTrouble>(&json).ok())
        .filter(|trouble| from_stored(&trouble.at).is_ok()))
}
