//! The text inside a waiting ticket's QR code: number, place and day in the citizen's
//! language, so a phone camera shows the number without any network service.

use chrono::NaiveDate;
use station::catalogue::Lang;

pub fn ticket_qr_text(lang: Lang, label: &str, station_name: &str, day: NaiveDate) -> String {
    match lang {
        Lang::De => format!(
            "Wartenummer {label}\nBürgerservice Potsdam – {station_name}\n{}",
            day.format("%d.%m.%Y")
        ),
        Lang::En => format!(
            "Waiting number {label}\nPotsdam citizen service – {station_name}\n{}",
            day.format("%Y-%m-%d")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english_texts() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 25).unwrap();
        assert_eq!(
            ticket_qr_text(Lang::De, "A-017", "Stern-Center", day),
            "Wartenummer A-017\nBürgerservice Potsdam – Stern-Center\n25.02.2026"
        );
        assert_eq!(
            ticket_qr_text(Lang::En, "A-017", "Stern-Center", day),
            "Waiting number A-017\nPotsdam citizen service – Stern-Center\n2026-02-25"
        );
    }
}
