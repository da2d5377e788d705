//! The central's Ed25519 signature over a configuration version. The station pins the
//! central's signing key at enrolment and applies only bundles whose signature holds.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

use crate::api::ConfigBundle;
use crate::encoding::{from_base64, to_base64};
use crate::error::ConfigError;

/// The exact bytes signed for a configuration version: a domain label, the version,
/// and both JSON documents as sent (length-prefixed, so they cannot run into each other).
pub fn signed_bytes(version: u64, services_json: &str, stations_json: &str) -> Vec<u8> {
    let mut bytes = format!("bk-config-v1\n{version}\n").into_bytes();
    for document in [services_json, stations_json] {
        bytes.extend_from_slice(format!("{}:", document.len()).as_bytes());
        bytes.extend_from_slice(document.as_bytes());
        bytes.push(b'\n');
    }
    bytes
}

/// Signs a configuration version; returns the base64 signature.
pub fn sign(key: &SigningKey, version: u64, services_json: &str, stations_json: &str) -> String {
    to_base64(
        &key.sign(&signed_bytes(version, services_json, stations_json))
            .to_bytes(),
    )
}

impl ConfigBundle {
    /// Checks the bundle's signature against the central's pinned key.
    pub fn verify(&self, central_key: &VerifyingKey) -> Result<(), ConfigError> {
        let signature = from_base64(&self.signature)
            .and_then(|bytes| Signature::from_slice(&bytes).ok())
            .ok_or(ConfigError::BadSignatureEncoding)?;
        let bytes = signed_bytes(self.version, self.services.get(), self.stations.get());
        central_key
            .verify(&bytes, &signature)
            .map_err(|_| ConfigError::BadSignature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::value::RawValue;

    fn bundle(key: &SigningKey) -> ConfigBundle {
        let services = r#"[{"id":"wohngeld"}]"#;
        let stations = r#"[{"id":"potsdam-nord"}]"#;
        ConfigBundle {
            version: 3,
            published_at: "2025-01-01T00:00:00.000Z".into(),
            services: RawValue::from_string(services.into()).unwrap(),
            stations: RawValue::from_string(stations.into()).unwrap(),
            signature: sign(key, 3, services, stations),
        }
    }

    #[test]
    fn a_signed_bundle_verifies_after_a_json_round_trip() {
        let key = SigningKey::from_bytes(&[5u8; 32]);
        let json = serde_json::to_string(&bundle(&key)).unwrap();
        let received: ConfigBundle = serde_json::from_str(&json).unwrap();
        assert_eq!(received.verify(&key.verifying_key()), Ok(()));
    }

    #[test]
    fn changed_version_document_or_key_fails() {
        let key = SigningKey::from_bytes(&[5u8; 32]);
        let mut newer = bundle(&key);
        newer.version = 4;
        assert_eq!(
            newer.verify(&key.verifying_key()),
            Err(ConfigError::BadSignature)
        );
        let mut changed = bundle(&key);
        changed.services = RawValue::from_string(r#"[{"id":"x"}]"#.into()).unwrap();
        assert_eq!(
            changed.verify(&key.verifying_key()),
            Err(ConfigError::BadSignature)
        );
        let other = SigningKey::from_bytes(&[6u8; 32]);
        assert_eq!(
            bundle(&key).verify(&other.verifying_key()),
            Err(ConfigError::BadSignature)
        );
        let mut garbled = bundle(&key);
        garbled.signature = "kaputt".into();
        assert_eq!(
            garbled.verify(&key.verifying_key()),
            Err(ConfigError::BadSignatureEncoding)
        );
    }
}
