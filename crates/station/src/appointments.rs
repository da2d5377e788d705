//! A booked appointment as the citizen takes it home: an iCalendar event (RFC 5545
//! `VEVENT`) for the QR code on the kiosk's screen, which a phone's camera offers to
//! add to its calendar.

use chrono::{DateTime, Utc};

/// The event of an appointment at `office` at `time` for `service`, with the
/// appointment's `number`; lines end in CRLF as RFC 5545 says.
pub fn calendar_entry(service: &str, office: &str, time: DateTime<Utc>, number: &str) -> String {
    [
        "BEGIN:VEVENT".to_owned(),
        format!("SUMMARY:{}", text(&format!("Termin: {service}"))),
        format!("DTSTART:{}", time.format("%Y%m%dT%H%M%SZ")),
        format!("LOCATION:{}", text(office)),
        format!("DESCRIPTION:{}", text(&format!("Terminnummer {number}"))),
        "END:VEVENT".to_owned(),
    ]
    .join("\r\n")
}

/// `value` as an RFC 5545 TEXT value: backslash, semicolon, comma and line breaks
/// escaped (section 3.3.11).
fn text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_event_holds_the_time_in_utc_and_escapes_its_texts() {
        let time = Utc.with_ymd_and_hms(2026, 12, 10, 8, 30, 0).unwrap();
        let entry = calendar_entry(
            "Neue PIN, sofort",
            "Bürgerservicecenter; Friedrich-Ebert-Str. 79\\81",
            time,
            "A17",
        );
        assert_eq!(
            entry,
            "BEGIN:VEVENT\r\nSUMMARY:Termin: Neue PIN\\, sofort\r\nDTSTART:20261210T083000Z\r\n\
             LOCATION:Bürgerservicecenter\\; Friedrich-Ebert-Str. 79\\\\81\r\n\
             DESCRIPTION:Terminnummer A17\r\nEND:VEVENT"
        );
        assert_eq!(text("eins\r\nzwei"), "eins\\nzwei");
    }
}
