//! Bank transfers by EPC QR code ("GiroCode", EPC069-12 version 3.0): the payload a
//! banking app reads to fill in a SEPA credit transfer — recipient, IBAN, BIC, the
//! amount in euros and the remittance text — and its QR code.
//!
//! The payload is version `002` in UTF-8 (character set `1`): one element per line,
//! separated by a line feed, nothing after the last element given. The QR code uses
//! error correction level M, as the guideline requires (see [`crate::qr`]).

use serde::Serialize;

use crate::catalogue::Payee;
use crate::error::Result;
use crate::qr;

/// Longest unstructured remittance text the guideline allows, in characters.
pub const MAX_REMITTANCE: usize = 140;
/// Largest amount the guideline allows, in cents (999 999 999,99 €).
pub const MAX_CENTS: u64 = 99_999_999_999;
/// Longest payload the guideline allows, in bytes.
const MAX_PAYLOAD: usize = 331;

/// `1.234,50 €`: an amount in euro cents as Germans write it (for `bk` and the back
/// office; the kiosk formats amounts in the citizen's language itself).
pub fn euros(cents: u64) -> String {
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    format!("{grouped},{:02} €", cents % 100)
}

/// A transfer to the city: whom, how much, and what for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Transfer {
    /// The recipient's name as the bank shows it.
    pub recipient: String,
    /// The recipient's IBAN, in groups of four for reading.
    pub iban: String,
    /// The recipient bank's BIC.
    pub bic: String,
    /// Amount in euro cents.
    pub cents: u64,
    /// What the city needs to match the payment (the remittance text).
    pub remittance: String,
}

impl Transfer {
    /// A transfer of `cents` to `payee` for `remittance`.
    pub fn new(payee: &Payee, cents: u64, remittance: String) -> Self {
        Self {
            recipient: payee.name.clone(),
            iban: payee.iban_for_reading(),
            bic: payee.bic.clone(),
            cents,
            remittance,
        }
    }

    /// The EPC QR code payload.
    ///
    /// The catalogue's checks keep every element within the guideline's limits
    /// ([`crate::catalogue`]); the debug assertion guards the total.
    pub fn epc_payload(&self) -> String {
        let iban: String = self.iban.chars().filter(|c| !c.is_whitespace()).collect();
        let amount = format!("EUR{}.{:02}", self.cents / 100, self.cents % 100);
        let payload = [
            "BCD",
            "002",
            "1",
            "SCT",
            &self.bic,
            &self.recipient,
            &iban,
            &amount,
            "", // purpose code
            "", // structured (RF) creditor reference
            &self.remittance,
        ]
        .join("\n");
        debug_assert!(payload.len() <= MAX_PAYLOAD, "EPC payload too long");
        payload
    }

    /// The EPC QR code as SVG.
    pub fn qr_svg(&self) -> Result<String> {
        qr::qr_svg(&self.epc_payload())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payee() -> Payee {
        Payee {
            name: "Landeshauptstadt Potsdam".into(),
            iban: "DE47160500000000000000".into(),
            bic: "WELADED1PMB".into(),
            online: false,
        }
    }

    #[test]
    fn the_payload_has_the_elements_of_version_002_in_order_and_nothing_after_the_text() {
        let transfer = Transfer::new(&payee(), 1000, "Meldebescheinigung BK-7KQM-F3XT".into());
        assert_eq!(
            transfer.epc_payload(),
            "BCD\n002\n1\nSCT\nWELADED1PMB\nLandeshauptstadt Potsdam\nDE47160500000000000000\n\
             EUR10.00\n\n\nMeldebescheinigung BK-7KQM-F3XT"
        );
    }

    #[test]
    fn amounts_keep_two_decimals_from_one_cent_to_the_largest_allowed() {
        let amount = |cents| {
            Transfer::new(&payee(), cents, "x".into())
                .epc_payload()
                .lines()
                .nth(7)
                .unwrap()
                .to_owned()
        };
        assert_eq!(amount(1), "EUR0.01");
        assert_eq!(amount(1205), "EUR12.05");
        assert_eq!(amount(MAX_CENTS), "EUR999999999.99");
    }

    #[test]
    fn euros_are_written_with_a_decimal_comma_and_thousands_dots() {
        assert_eq!(euros(5), "0,05 €");
        assert_eq!(euros(1000), "10,00 €");
        assert_eq!(euros(123_456_789), "1.234.567,89 €");
    }

    #[test]
    fn the_iban_is_shown_in_groups_and_encoded_without_spaces() {
        let transfer = Transfer::new(&payee(), 1, "x".into());
        assert_eq!(transfer.iban, "DE47 1605 0000 0000 0000 00");
        assert!(transfer
            .epc_payload()
            .contains("\nDE47160500000000000000\n"));
    }
}
