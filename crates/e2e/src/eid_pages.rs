//! "Online-Ausweis & PIN" as a test drives it: the PIN keypad, texts on the page, and
//! a PACE from the test itself that shows which PIN the card now holds.

use crate::walk::Walk;
use crate::webdriver::By;
use eid::secret::Secret;
use eid::transport::pcsc::PcscContext;
use eid::workflows::{self, CardSession, PinOutcome};

/// German on the start screen (the header's language menu has a "Deutsch" too).
pub const START_GERMAN: &str = ".bk-languages button[lang='de']";

/// Start → German → "Online-Ausweis & PIN".
pub fn open_eid(walk: &Walk<'_>) {
    walk.click(By::Css(START_GERMAN));
    walk.click(By::XPath(&containing("button", "Online-Ausweis & PIN")));
}

/// Any `element` whose text contains `text`.
pub fn containing(element: &str, text: &str) -> String {
    format!("//{element}[contains(normalize-space(.),'{text}')]")
}

/// Types `digits` on the kiosk's PIN keypad; photographs and checks the page as
/// `screen` when given; then submits.
pub fn enter(walk: &mut Walk<'_>, digits: &str, screen: Option<&str>) {
    type_digits(walk, digits);
    if let Some(screen) = screen {
        walk.visit(screen);
    }
    walk.click(By::Css(".bk-pinpad-submit"));
}

/// Types `digits` on the kiosk's PIN keypad without submitting.
pub fn type_digits(walk: &Walk<'_>, digits: &str) {
    for digit in digits.chars() {
        walk.click(By::XPath(&format!(
            "//div[contains(@class,'bk-pinpad')]//button[normalize-space(.)='{digit}']"
        )));
    }
}

/// One fresh PACE on `reader` with `pin` (after a CAN PACE when the PIN is suspended):
/// the card accepts `pin`.
pub fn pace_with(reader: &str, can: &str, pin: &str) -> Result<PinOutcome, String> {
    let context = PcscContext::establish().map_err(|e| e.to_string())?;
    let mut session = CardSession::connect(&context, reader).map_err(|e| e.to_string())?;
    workflows::resume_pin(
        &mut session,
        &Secret::new(can.to_owned()),
        &Secret::new(pin.to_owned()),
    )
    .map_err(|e| e.to_string())
}
