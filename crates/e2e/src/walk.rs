//! A walk through the kiosk's screens: waits for elements, clicks, photographs each
//! screen into `artifacts/screenshots/` and checks it with axe-core.

use crate::axe;
use crate::webdriver::{By, Element, Session};
use std::path::PathBuf;
use std::time::Duration;

/// Longest wait for one screen; WebKit's first start under Xvfb takes a few seconds.
pub const SCREEN_TIMEOUT: Duration = Duration::from_secs(30);

/// Photographs and checks each screen of the walk.
pub struct Walk<'a> {
    /// The WebDriver session that drives the app.
    pub session: &'a Session,
    axe_source: String,
    screenshot_dir: PathBuf,
    /// Prefix of the screenshot names (`eid-de` → `eid-de-03-choose.png`).
    prefix: String,
    /// How many screens were visited so far; numbers the screenshots.
    pub visited: usize,
    /// axe-core violations found so far, each prefixed with its screen's name.
    pub violations: Vec<String>,
}

impl<'a> Walk<'a> {
    /// A walk in `session` that checks with the axe-core script `axe_source` and saves
    /// screenshots to `screenshot_dir`, named with `prefix` (empty for none).
    pub fn new(
        session: &'a Session,
        axe_source: String,
        screenshot_dir: PathBuf,
        prefix: &str,
    ) -> Self {
        Walk {
            session,
            axe_source,
            screenshot_dir,
            prefix: prefix.to_owned(),
            visited: 0,
            violations: Vec::new(),
        }
    }

    /// Saves a screenshot of the current screen and runs axe-core on it.
    pub fn visit(&mut self, screen: &str) {
        self.visited += 1;
        // WebKit paints asynchronously: let two frames pass so the picture shows the DOM.
        self.session
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)));",
                serde_json::json!([]),
            )
            .expect("wait for the next frames");
        let png = self.session.screenshot().expect("screenshot");
        assert!(
            png.starts_with(b"\x89PNG"),
            "the screenshot of {screen} is no PNG"
        );
        let name = if self.prefix.is_empty() {
            format!("{:02}-{screen}.png", self.visited)
        } else {
            format!("{}-{:02}-{screen}.png", self.prefix, self.visited)
        };
        std::fs::write(self.screenshot_dir.join(name), png).expect("write screenshot");
        let found = axe::violations(self.session, &self.axe_source).expect("axe-core runs");
        self.violations
            .extend(found.into_iter().map(|v| format!("{screen}: {v}")));
    }

    /// Waits up to [`SCREEN_TIMEOUT`] for an element matching `by`; panics when none appears.
    pub fn wait(&self, by: By<'_>) -> Element {
        self.session
            .wait_for(by, SCREEN_TIMEOUT)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// Waits for an element matching `by` and clicks it; panics on failure.
    pub fn click(&self, by: By<'_>) {
        let element = self.wait(by);
        self.session.click(&element).expect("click");
    }
}

/// A button by its whole visible text.
pub fn button(label: &str) -> String {
    format!("//button[normalize-space(.)='{label}']")
}

/// A heading `h1` by its text.
pub fn heading(text: &str) -> String {
    format!("//h1[normalize-space(.)='{text}']")
}
