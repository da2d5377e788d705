//! A walk through the kiosk's screens: waits for elements, clicks, photographs each
//! screen into `artifacts/screenshots/` and checks it with axe-core and the UI's own
//! page checks (touch targets, accessible names, keyboard reach and visible focus,
//! layout), and lists the screens it visited.

use crate::axe;
use crate::paths::Tools;
use crate::webdriver::{By, Element, Session, TAB};
use serde_json::json;
use std::time::Duration;

/// Longest wait for one screen; WebKit's first start under Xvfb takes a few seconds.
pub const SCREEN_TIMEOUT: Duration = Duration::from_secs(30);

/// How often the keyboard walk asks for another batch of Tab presses before it stops.
const TAB_BATCHES: usize = 4;

/// Whether a screen may be taller than the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Height {
    /// A kiosk screen that must fit the window.
    Fixed,
    /// A page that may scroll (help pages, the privacy notice, large text).
    Scrolls,
}

/// Photographs and checks each screen of the walk.
pub struct Walk<'a> {
    /// The WebDriver session that drives the app.
    pub session: &'a Session,
    tools: &'a Tools,
    /// Prefix of the screenshot names (`eid-de` → `eid-de-03-choose.png`).
    prefix: String,
    /// The screens visited so far, in order; their count numbers the screenshots.
    pub visited: Vec<String>,
    /// Problems found so far, each prefixed with its screen's name.
    pub violations: Vec<String>,
}

impl<'a> Walk<'a> {
    /// A walk in `session` that checks with the scripts of `tools` and saves screenshots
    /// to its screenshot folder, named with `prefix` (empty for none).
    pub fn new(session: &'a Session, tools: &'a Tools, prefix: &str) -> Self {
        Walk {
            session,
            tools,
            prefix: prefix.to_owned(),
            visited: Vec::new(),
            violations: Vec::new(),
        }
    }

    /// Saves a screenshot of the current screen, which must fit the window, and checks it.
    pub fn visit(&mut self, screen: &str) {
        self.visit_as(screen, Height::Fixed);
    }

    /// Saves a screenshot of the current screen and checks it.
    pub fn visit_as(&mut self, screen: &str, height: Height) {
        self.visited.push(screen.to_owned());
        // WebKit paints asynchronously: let two frames pass so the picture shows the DOM.
        self.session
            .execute_async(
                "const done = arguments[0]; document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100))));",
                json!([]),
            )
            .expect("wait for the next frames");
        let png = self.session.screenshot().expect("screenshot");
        assert!(
            png.starts_with(b"\x89PNG"),
            "the screenshot of {screen} is no PNG"
        );
        let number = self.visited.len();
        let name = if self.prefix.is_empty() {
            format!("{number:02}-{screen}.png")
        } else {
            format!("{}-{number:02}-{screen}.png", self.prefix)
        };
        std::fs::write(self.tools.screenshot_dir.join(name), png).expect("write screenshot");
        let mut found =
            axe::violations(self.session, &self.tools.axe_source).expect("axe-core runs");
        found.extend(self.page_problems(height));
        self.violations
            .extend(found.into_iter().map(|v| format!("{screen}: {v}")));
    }

    /// What `ui/tests/a11y/page-checks.js` finds on the current screen, the keyboard
    /// walk driven with real Tab presses.
    fn page_problems(&self, height: Height) -> Vec<String> {
        let present = self
            .session
            .execute("return 'bkPageChecks' in window;", json!([]))
            .expect("look for the page checks");
        if present != json!(true) {
            self.session
                .execute(
                    &format!("{}\n;return true;", self.tools.page_checks_source),
                    json!([]),
                )
                .expect("inject the page checks");
        }
        let problems = self
            .session
            .execute(
                "const checks = window.bkPageChecks; return [...checks.layoutProblems({ fixedHeight: arguments[0] }), ...checks.largeTextProblems(), ...checks.targetProblems(), ...checks.nameProblems()];",
                json!([height == Height::Fixed]),
            )
            .expect("run the page checks");
        let presses = self
            .session
            .execute("return window.bkPageChecks.startTabWalk();", json!([]))
            .expect("start the keyboard walk");
        let presses = presses.as_u64().expect("a number of presses") as usize;
        for _ in 0..TAB_BATCHES {
            self.session.press_key(TAB, presses).expect("press Tab");
            let done = self
                .session
                .execute("return window.bkPageChecks.tabWalkRoundDone();", json!([]))
                .expect("ask whether the keyboard walk came round");
            if done == json!(true) {
                break;
            }
        }
        let keyboard = self
            .session
            .execute("return window.bkPageChecks.tabWalkProblems();", json!([]))
            .expect("end the keyboard walk");
        [problems, keyboard]
            .iter()
            .filter_map(|list| list.as_array())
            .flatten()
            .filter_map(|problem| problem.as_str().map(str::to_owned))
            .collect()
    }

    /// Ends the walk: lists the screens visited and hands back how many there were and
    /// the problems found.
    pub fn finish(self) -> (usize, Vec<String>) {
        self.list_visited();
        (self.visited.len(), self.violations)
    }

    /// Prints the screens visited, so that a missing one is seen in the test's output.
    fn list_visited(&self) {
        println!(
            "{}: {} screens visited:\n  {}",
            if self.prefix.is_empty() {
                "walk"
            } else {
                &self.prefix
            },
            self.visited.len(),
            self.visited.join("\n  ")
        );
    }

    /// Waits up to [`SCREEN_TIMEOUT`] for an element matching `by`; panics when none appears.
    pub fn wait(&self, by: By<'_>) -> Element {
        self.wait_up_to(by, SCREEN_TIMEOUT)
    }

    /// Waits up to `timeout` for an element matching `by`; when none appears, saves what
    /// the window shows as `<prefix>-FAILED.png` and panics.
    pub fn wait_up_to(&self, by: By<'_>, timeout: Duration) -> Element {
        self.session.wait_for(by, timeout).unwrap_or_else(|error| {
            if let Ok(png) = self.session.screenshot() {
                let name = format!("{}-FAILED.png", self.prefix);
                let _ = std::fs::write(self.tools.screenshot_dir.join(name), png);
            }
            panic!("{error}")
        })
    }

    /// Types `value` into the form field labelled `label` (its label starts so), as the
    /// on-screen keyboard would.
    pub fn fill(&self, label: &str, value: &str) {
        let input = self.wait(By::XPath(&format!(
            "//*[self::input or self::textarea][@id=//label[starts-with(normalize-space(.),'{label}')]/@for]"
        )));
        self.session
            .execute(
                "const [input, value] = arguments; input.value = value; input.dispatchEvent(new Event('input', { bubbles: true }));",
                json!([input.as_argument(), value]),
            )
            .expect("fill a field");
    }

    /// Waits for an element matching `by` and clicks it; panics on failure.
    pub fn click(&self, by: By<'_>) {
        let element = self.wait(by);
        self.session.click(&element).expect("click");
    }
}

/// Fails the test with every accessibility problem in `problems`.
pub fn assert_accessible(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "accessibility problems:\n{}",
        problems.join("\n")
    );
}

/// The modules a QR code's SVG draws (its path data): the browser writes an SVG back
/// in its own way, so codes are compared by what they draw.
pub fn qr_modules(svg: &str) -> Option<String> {
    svg.split(" d=\"")
        .nth(1)
        .map(|d| d.split('"').next().unwrap_or("").to_owned())
}

/// A button by its whole visible text.
pub fn button(label: &str) -> String {
    format!("//button[normalize-space(.)='{label}']")
}

/// A heading `h1` by its text.
pub fn heading(text: &str) -> String {
    format!("//h1[normalize-space(.)='{text}']")
}

/// The text of the QR code an SVG of `station::qr` draws: its squares (`M x y h… v…`,
/// one per dark module, on a white ground of the SVG's width) painted into a greyscale
/// image and read by `zbarimg` (Debian's zbar-tools), as a phone's camera would.
pub fn qr_text(svg: &str) -> String {
    let number = |text: &str| text.trim().parse::<f64>().ok();
    let size = svg
        .split("width=\"")
        .nth(1)
        .and_then(|rest| number(rest.split('"').next().unwrap_or("")))
        .expect("the SVG's width") as usize;
    let modules = qr_modules(svg).expect("the code's path");
    let mut pixels = vec![255u8; size * size];
    for square in modules.split('M').filter(|square| !square.is_empty()) {
        let mut coordinates = square.split(['h', ' ']);
        let (Some(x), Some(y)) = (
            coordinates.next().and_then(number),
            coordinates.next().and_then(number),
        ) else {
            continue;
        };
        let side = square
            .split('h')
            .nth(1)
            .and_then(|rest| number(rest.split('v').next().unwrap_or("")))
            .unwrap_or(1.0) as usize;
        for row in (y as usize)..(y as usize + side).min(size) {
            for column in (x as usize)..(x as usize + side).min(size) {
                pixels[row * size + column] = 0;
            }
        }
    }
    let dir = std::env::temp_dir().join(format!("bk-qr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let image = dir.join("code.pgm");
    let mut pgm = format!("P5\n{size} {size}\n255\n").into_bytes();
    pgm.extend(pixels);
    std::fs::write(&image, pgm).expect("the image written");
    let output = std::process::Command::new("zbarimg")
        .args(["--raw", "--quiet", "-Sbinary"])
        .arg(&image)
        .output()
        .expect("zbarimg (Debian zbar-tools) runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(output.status.success(), "zbarimg found no code: {output:?}");
    String::from_utf8(output.stdout)
        .expect("the code's text")
        .trim_end()
        .to_owned()
}
