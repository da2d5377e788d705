//! Fees in the catalogue: the city's account that receives them ([`Payee`]) and a
//! service's fee with the remittance text the city's cash office matches payments by
//! ([`Fee`]), checked on load so that every transfer the kiosk offers is one a bank
//! accepts (see [`crate::girocode`]).

use iban::Iban;
use serde::{Deserialize, Serialize};
use texts::german;

use crate::assets::Problems;
use crate::girocode::{MAX_CENTS, MAX_REMITTANCE};

/// Where a remittance template puts the request's reference code.
pub const REFERENCE_PLACEHOLDER: &str = "{reference}";
/// The longest reference code (`BK-XXXX-XXXX`).
const REFERENCE_LENGTH: usize = 12;
/// Longest recipient name in an EPC QR code, in characters.
const MAX_NAME: usize = 70;

/// The city's account that receives fees.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Payee {
    /// The account holder as the bank shows it, e.g. "Landeshauptstadt Potsdam".
    pub name: String,
    /// IBAN, with or without spaces.
    pub iban: String,
    /// BIC of the account's bank (8 or 11 characters).
    pub bic: String,
    /// Whether citizens can also pay online, on the city's payment platform through
    /// the central's payment page (false when the file does not say).
    #[serde(default)]
    pub online: bool,
}

impl Payee {
    /// The IBAN in groups of four, as people read and type it.
    pub fn iban_for_reading(&self) -> String {
        match self.iban.parse::<Iban>() {
            Ok(iban) => iban.to_string(),
            Err(_) => self.iban.clone(),
        }
    }

    pub(super) fn check(&self, problems: &mut Problems) {
        let name_ok = !self.name.trim().is_empty()
            && self.name.chars().count() <= MAX_NAME
            && is_sepa_text(&self.name);
        problems.check(name_ok, || {
            german(
                "error-detail-payee-name-invalid",
                &[("name", self.name.as_str().into())],
            )
        });
        problems.check(self.iban.parse::<Iban>().is_ok(), || {
            german(
                "error-detail-payee-iban-invalid",
                &[("iban", self.iban.as_str().into())],
            )
        });
        problems.check(is_bic(&self.bic), || {
            german(
                "error-detail-payee-bic-invalid",
                &[("bic", self.bic.as_str().into())],
            )
        });
    }
}

/// A service's fee.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Fee {
    /// Amount in euro cents.
    pub cents: u64,
    /// The remittance text of a transfer, with `{reference}` where the request's
    /// reference code goes, e.g. `Meldebescheinigung {reference}`.
    pub remittance: String,
}

impl Fee {
    /// The remittance text for the request with `reference`.
    pub fn remittance_for(&self, reference: &str) -> String {
        self.remittance
            .replacen(REFERENCE_PLACEHOLDER, reference, 1)
    }

    pub(super) fn check(&self, problems: &mut Problems, service: &str, has_payee: bool) {
        problems.check(has_payee, || {
            german(
                "error-detail-fee-without-payee",
                &[("service", service.into())],
            )
        });
        problems.check((1..=MAX_CENTS).contains(&self.cents), || {
            german(
                "error-detail-fee-amount-invalid",
                &[("service", service.into())],
            )
        });
        let longest = self
            .remittance
            .chars()
            .count()
            .saturating_sub(REFERENCE_PLACEHOLDER.len())
            + REFERENCE_LENGTH;
        let remittance_ok = self.remittance.matches(REFERENCE_PLACEHOLDER).count() == 1
            && longest <= MAX_REMITTANCE
            && is_sepa_text(&self.remittance.replace(REFERENCE_PLACEHOLDER, ""));
        problems.check(remittance_ok, || {
            german(
                "error-detail-fee-remittance-invalid",
                &[
                    ("service", service.into()),
                    ("remittance", self.remittance.as_str().into()),
                    ("max", MAX_REMITTANCE.into()),
                ],
            )
        });
    }
}

/// Only the characters every SEPA bank carries unchanged: Latin letters without
/// accents, digits, space and `/ - ? : ( ) . , ' +`.
fn is_sepa_text(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_alphanumeric() || " /-?:().,'+".contains(c))
}

/// A BIC: four letters for the bank, two for the country, two letters or digits for
/// the place, optionally three for the branch.
fn is_bic(bic: &str) -> bool {
    let bytes = bic.as_bytes();
    matches!(bytes.len(), 8 | 11)
        && bytes[..6].iter().all(u8::is_ascii_uppercase)
        && bytes[6..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bics_have_eight_or_eleven_characters_of_the_right_kinds() {
        assert!(is_bic("WELADED1PMB"));
        assert!(is_bic("MARKDEF1"));
        assert!(!is_bic("WELADED1PM"));
        assert!(!is_bic("weladed1pmb"));
        assert!(!is_bic("WELA1ED1PMB"));
    }

    #[test]
    fn remittance_texts_keep_to_the_sepa_characters() {
        assert!(is_sepa_text("Meldebescheinigung BK-7KQM-F3XT"));
        assert!(!is_sepa_text("Gebühr"));
        assert!(!is_sepa_text("a;b"));
    }

    #[test]
    fn a_template_takes_the_reference_once() {
        let fee = Fee {
            cents: 1000,
            remittance: "Meldebescheinigung {reference}".into(),
        };
        assert_eq!(
            fee.remittance_for("BK-7KQM-F3XT"),
            "Meldebescheinigung BK-7KQM-F3XT"
        );
    }
}
