//! The page the kiosk shows instead of the UI when the station cannot start (database
//! damaged, too new or unreadable; assets invalid): a plain German explanation for the
//! person in front of the screen and the details for IT. It is a self-contained
//! `data:` page, so it works even when the UI itself is what is broken.

use app::messages::german;
use app::OpenFailure;
use tauri::WebviewUrl;

/// The error page as a `data:` URL for the kiosk window. Tauri decodes it to inject the
/// CSP and writes the HTML back into the URL without encoding `#`, `?` and `%`, so the
/// page must not contain them (colours are `rgb()`, text escapes them as entities).
pub fn page_url(failure: &OpenFailure) -> WebviewUrl {
    let url = format!(
        "data:text/html;charset=utf-8,{}",
        percent_encode(&page_html(failure))
    );
    // A data: URL of percent-encoded ASCII always parses.
    WebviewUrl::External(url.parse().expect("percent-encoded data: URL"))
}

fn page_html(failure: &OpenFailure) -> String {
    let file = failure
        .path
        .as_ref()
        .map(|path| {
            format!(
                "<dt>{}</dt><dd>{}</dd>",
                escape_html(&german("startup-page-file", &[])),
                escape_html(&path.display().to_string())
            )
        })
        .unwrap_or_default();
    format!(
        r#"<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>{title}</title>
<style>
body{{margin:0;font-family:"Fira Sans",system-ui,sans-serif;font-size:1.5rem;line-height:1.5;color:rgb(23,26,43);background:white}}
main{{max-width:60rem;margin:4rem auto;padding:0 2rem}}
h1{{font-size:2.5rem;color:rgb(163,0,11);margin:0 0 1.5rem}}
h2{{font-size:1.5rem;margin-top:3rem}}
dl{{font-size:1.1rem;background:rgb(242,243,246);padding:1rem 1.5rem;border-left:.4rem solid rgb(163,0,11)}}
dt{{font-weight:bold}}dd{{margin:0 0 .75rem;overflow-wrap:anywhere}}
</style></head>
<body><main>
<h1>{heading}</h1>
<p>{sorry}</p>
<p>{nothing_changed}</p>
<h2>{for_it}</h2>
<dl><dt>{affected}</dt><dd>{what}</dd>{file}<dt>{message_label}</dt><dd>{message}</dd></dl>
</main></body></html>
"#,
        title = text("startup-page-title"),
        heading = text("startup-page-heading"),
        sorry = text("startup-page-sorry"),
        nothing_changed = text("startup-page-nothing-changed"),
        for_it = text("startup-page-for-it"),
        affected = text("startup-page-affected"),
        message_label = text("startup-page-message"),
        what = escape_html(&failure.what()),
        message = escape_html(&failure.detail()),
    )
}

/// A German text of the page from the catalogue, escaped.
fn text(id: &str) -> String {
    escape_html(&german(id, &[]))
}

fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '#' => escaped.push_str("&num;"),
            '?' => escaped.push_str("&quest;"),
            '%' => escaped.push_str("&percnt;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// RFC 3986 percent-encoding of everything but unreserved characters.
fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len() * 2);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    use app::FailedPart;
    use std::path::PathBuf;

    fn failure() -> OpenFailure {
        let path = PathBuf::from("/data/<station>.sqlite");
        OpenFailure {
            part: FailedPart::Store,
            path: Some(path.clone()),
            error: station::StationError::NotADatabase {
                path,
                detail: "Einkaufsliste & zu 100% beschädigt? #1".into(),
            },
        }
    }

    #[test]
    fn page_explains_in_german_and_escapes_details() {
        let html = page_html(&failure());
        assert!(html.contains("<html lang=\"de\">"));
        assert!(html.contains("Der Bürgerkoffer kann gerade nicht starten"));
        assert!(html.contains("Es wurden keine Daten verändert"));
        assert!(html.contains("/data/&lt;station&gt;.sqlite"));
        assert!(html.contains("Einkaufsliste &amp; zu 100&percnt; beschädigt&quest; &num;1"));
        assert!(html.contains("[not_a_database]"));
        assert!(html.contains("Datenbank der Station"));
        // Tauri re-inserts the page into the URL unencoded: these would cut it short.
        assert!(!html.contains(['#', '?', '%']), "{html}");
    }

    #[test]
    fn data_url_decodes_back_to_the_page() {
        let WebviewUrl::External(url) = page_url(&failure()) else {
            panic!("expected an external data: URL");
        };
        let encoded = url
            .as_str()
            .strip_prefix("data:text/html;charset=utf-8,")
            .unwrap();
        let bytes: Vec<u8> = decode(encoded);
        assert_eq!(String::from_utf8(bytes).unwrap(), page_html(&failure()));
    }

    fn decode(encoded: &str) -> Vec<u8> {
        let raw = encoded.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            if raw[i] == b'%' {
                let hex = std::str::from_utf8(&raw[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            } else {
                out.push(raw[i]);
                i += 1;
            }
        }
        out
    }
}
