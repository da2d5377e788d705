//! axe-core in the real WebKit window: injected through WebDriver, run against the
//! WCAG 2.1 A/AA rules (the same tags as the UI's own check), violations as text.

use crate::webdriver::Session;
use serde_json::{json, Value};

const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
window.axe
  .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then((result) => done({ violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })) }))
  .catch((error) => done({ error: String(error) }));
"#;

/// Runs axe-core on the current page (injecting `axe_source` first if needed) and
/// returns one line per violation; empty when the page passes.
pub fn violations(session: &Session, axe_source: &str) -> Result<Vec<String>, String> {
    let present = session.execute("return typeof window.axe === 'object';", json!([]))?;
    if present != Value::Bool(true) {
        session.execute(
            &format!("{axe_source}\n;return typeof window.axe;"),
            json!([]),
        )?;
    }
    let outcome = session.execute_async(RUN_AXE, json!([]))?;
    if let Some(error) = outcome.get("error") {
        return Err(format!("axe-core failed: {error}"));
    }
    let violations = outcome["violations"]
        .as_array()
        .ok_or_else(|| format!("axe-core answered {outcome}"))?;
    Ok(violations
        .iter()
        .map(|v| {
            format!(
                "{} ({}): {} at {}",
                v["id"], v["impact"], v["help"], v["targets"]
            )
        })
        .collect())
}
