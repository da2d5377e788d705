//! A PIN, CAN or PUK as a command argument: deserialized straight into the eid crate's
//! zeroizing [`Secret`] (the string is moved in, not copied), hidden from `Debug`.
//! What cannot be wiped from here is the IPC request body Tauri itself parsed.

use eid::secret::Secret;
use serde::{Deserialize, Deserializer};

/// A secret typed by the citizen.
#[derive(Debug)]
pub struct SecretArg(Secret);

impl SecretArg {
    pub fn secret(&self) -> &Secret {
        &self.0
    }
}

/// In the UI contract a secret is a string.
impl specta::Type for SecretArg {
    fn definition(types: &mut specta::Types) -> specta::datatype::DataType {
        <String as specta::Type>::definition(types)
    }
}

impl<'de> Deserialize<'de> for SecretArg {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|text| SecretArg(Secret::new(text)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_value_is_kept_but_never_shown() {
        let arg: SecretArg = serde_json::from_str(r#""482915""#).unwrap();
        assert_eq!(arg.secret().expose(), b"482915");
        assert!(!format!("{arg:?}").contains("482915"));
    }
}
