//! The kiosk's language and display modes as a citizen sets them: the mode buttons
//! (`.bk-modes`, on the start screen and in the header's language menu) and the
//! language buttons of that menu, each marked with its `lang`.

use crate::walk::{Height, Walk};
use crate::webdriver::By;
use serde_json::json;
use station::lang::Lang;

/// One combination of the display modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Display {
    /// High contrast.
    pub contrast: bool,
    /// Large text.
    pub large_text: bool,
}

impl Display {
    /// The standard display.
    pub const STANDARD: Display = Display {
        contrast: false,
        large_text: false,
    };

    /// Every combination, the standard display first.
    pub const ALL: [Display; 4] = [
        Display::STANDARD,
        Display {
            contrast: true,
            large_text: false,
        },
        Display {
            contrast: false,
            large_text: true,
        },
        Display {
            contrast: true,
            large_text: true,
        },
    ];

    /// A short name for screenshot and screen names.
    pub fn name(self) -> &'static str {
        match (self.contrast, self.large_text) {
            (false, false) => "standard",
            (true, false) => "contrast",
            (false, true) => "large",
            (true, true) => "contrast-large",
        }
    }
}

/// The header button that opens the language menu.
const MENU_BUTTON: &str = "button[aria-controls='bk-language-list']";

/// Sets the modes with the mode buttons shown now (the start screen's, or the open
/// menu's), each clicked only when it is not yet as wanted.
pub fn set_modes(walk: &Walk<'_>, display: Display) {
    for (index, on) in [display.contrast, display.large_text]
        .into_iter()
        .enumerate()
    {
        let button = walk.wait(By::XPath(&format!(
            "(//*[contains(@class,'bk-modes')][not(ancestor::*[@hidden])]//button)[{}]",
            index + 1
        )));
        let pressed = walk
            .session
            .execute(
                "return arguments[0].getAttribute('aria-pressed') === 'true';",
                json!([button.as_argument()]),
            )
            .expect("read a mode button");
        if pressed != json!(on) {
            walk.session.click(&button).expect("click a mode button");
        }
    }
}

/// Opens the header's language menu, sets the modes, chooses `lang` (which closes the
/// menu) and waits until the page speaks it.
pub fn show(walk: &Walk<'_>, lang: Lang, display: Display) {
    walk.click(By::Css(MENU_BUTTON));
    set_modes(walk, display);
    walk.click(By::Css(&format!(
        "#bk-language-list button[lang='{}']",
        lang.code()
    )));
    walk.wait(By::Css(&format!("html[lang='{}']", lang.code())));
}

/// Checks the screen shown now in every kiosk language, each in one of the display
/// modes: the modes rotate with `turn` (the screen's place in the walk), so each screen
/// is seen in every language and every mode, and over four screens each language in
/// every mode. Ends in German with the standard display.
pub fn visit_in_every_language(walk: &mut Walk<'_>, screen: &str, height: Height, turn: usize) {
    for (index, lang) in Lang::ALL.into_iter().enumerate() {
        let display = Display::ALL[(turn + index) % Display::ALL.len()];
        show(walk, lang, display);
        // Large text reflows into a scrolling page.
        let height = if display.large_text {
            Height::Scrolls
        } else {
            height
        };
        walk.visit_as(
            &format!("{screen}-{}-{}", lang.code(), display.name()),
            height,
        );
    }
    show(walk, Lang::De, Display::STANDARD);
}

/// Opens the language menu and checks it (every language and mode, as above); closes it.
pub fn visit_menu_in_every_language(walk: &mut Walk<'_>, turn: usize) {
    for (index, lang) in Lang::ALL.into_iter().enumerate() {
        let display = Display::ALL[(turn + index) % Display::ALL.len()];
        show(walk, lang, display);
        walk.click(By::Css(MENU_BUTTON));
        walk.wait(By::Css("#bk-language-list:not([hidden])"));
        walk.visit_as(
            &format!("language-menu-{}-{}", lang.code(), display.name()),
            Height::Scrolls,
        );
        walk.click(By::Css(MENU_BUTTON));
    }
    show(walk, Lang::De, Display::STANDARD);
}
