//! Figures as a CSV table for spreadsheets (semicolon-separated, with a byte order
//! mark, as German spreadsheet programs expect): one row per station and day, fixed
//! columns first, then one column per request topic and per online service that
//! occurs. The staff window, `bk report --csv` and the central's dashboard write it
//! here, with the column names of the catalogue (`figures-csv-*`).

use std::collections::BTreeSet;

use syncproto::figures::{DayFigures, Minutes, PinFlow, PinResult};
use texts::text;

/// One row: a station's name (or the laptop's) and its figures of one day.
pub struct Row<'a> {
    /// Which station the row is of.
    pub station: &'a str,
    /// The day and what was counted.
    pub day: &'a DayFigures,
}

/// The CSV text of `rows` with column names in `lang` (`de` or `en`).
pub fn csv(rows: &[Row<'_>], lang: &str) -> String {
    let label = |id: &str| text(lang, id, &[]);
    let topics: BTreeSet<&String> = rows
        .iter()
        .flat_map(|r| r.day.figures.requests.keys())
        .collect();
    let services: BTreeSet<&String> = rows.iter().flat_map(|r| r.day.figures.qr.keys()).collect();
    let mut header = vec![
        label("figures-csv-day"),
        label("figures-csv-station"),
        label("figures-csv-places"),
        label("figures-csv-visitors"),
        label("figures-csv-wait-median"),
        label("figures-csv-wait-p90"),
        label("figures-csv-service-median"),
        label("figures-csv-service-p90"),
        label("figures-csv-gone"),
    ];
    for flow in PinFlow::ALL {
        for result in PinResult::ALL {
            header.push(format!(
                "{} – {}",
                label(&format!("figures-flow-{}", flow.as_str())),
                label(&format!("figures-result-{}", result.as_str()))
            ));
        }
    }
    header.extend(topics.iter().map(|topic| {
        text(
            lang,
            "figures-csv-topic",
            &[("topic", topic.as_str().into())],
        )
    }));
    header.extend(services.iter().map(|service| {
        text(
            lang,
            "figures-csv-qr",
            &[("service", service.as_str().into())],
        )
    }));

    let mut lines = vec![header];
    for row in rows {
        let figures = &row.day.figures;
        let minutes = |histogram: &Minutes, q: f64| {
            histogram
                .quantile(q)
                .map_or(String::new(), |m| m.to_string())
        };
        let mut line = vec![
            row.day.day.to_string(),
            row.station.to_owned(),
            figures.places.join(", "),
            figures.visitors.to_string(),
            minutes(&figures.wait, 0.5),
            minutes(&figures.wait, 0.9),
            minutes(&figures.service, 0.5),
            minutes(&figures.service, 0.9),
            figures.gone.to_string(),
        ];
        for flow in PinFlow::ALL {
            for result in PinResult::ALL {
                line.push(figures.pin_count(flow, result).to_string());
            }
        }
        line.extend(topics.iter().map(|topic| {
            figures
                .requests
                .get(*topic)
                .copied()
                .unwrap_or(0)
                .to_string()
        }));
        line.extend(
            services
                .iter()
                .map(|service| figures.qr.get(*service).copied().unwrap_or(0).to_string()),
        );
        lines.push(line);
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    for line in &lines {
        // Writing into a Vec cannot fail.
        let _ = writer.write_record(line.iter().map(|cell| guard_formula(cell)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) gets a
/// leading apostrophe: ids come from stations and must stay text (CSV injection).
fn guard_formula(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use syncproto::figures::Figures;

    #[test]
    fn one_row_per_day_with_a_column_per_topic_and_service() {
        let mut figures = Figures {
            visitors: 2,
            requests: BTreeMap::from([("termin".to_owned(), 1)]),
            qr: BTreeMap::from([("=cmd".to_owned(), 3)]),
            places: vec!["stern-center".to_owned()],
            ..Figures::default()
        };
        figures.wait.add_seconds(600);
        figures.wait.add_seconds(1200);
        let day = DayFigures {
            day: "2026-02-25".parse().unwrap(),
            figures,
        };
        let text = csv(
            &[Row {
                station: "=Laptop 1",
                day: &day,
            }],
            "de",
        );
        let mut lines = text.trim_start_matches('\u{feff}').lines();
        let header: Vec<&str> = lines.next().unwrap().split(';').collect();
        let row: Vec<&str> = lines.next().unwrap().split(';').collect();
        assert_eq!(header.len(), row.len());
        assert_eq!(header[0], "Tag");
        assert_eq!(
            &row[..6],
            ["2026-02-25", "'=Laptop 1", "stern-center", "2", "10", "20"]
        );
        assert_eq!(header.last().unwrap(), &"QR-Code: =cmd");
        assert_eq!(row.last().unwrap(), &"3");
        assert!(text.starts_with('\u{feff}'));
    }
}
