//! `bk station …`: the station plan and the station selected on this laptop (`app::staff`).

use app::messages::german;
use app::staff;
use station::clock::local_day;
use station::plan;

use crate::context::Context;
use crate::output::{self, date, Failure};

/// `bk station list`: every station; marks today's and the selected one.
pub fn list(context: &Context, as_json: bool) -> Result<(), Failure> {
    let open = context.station()?;
    let plan = open.plan();
    if as_json {
        return output::json(&plan.stations());
    }
    let selected = plan::selected_id(&open.store())?;
    let today = local_day(context.now);
    for station in plan.stations() {
        let is_selected = selected.as_deref() == Some(station.id.as_str());
        let mut notes = Vec::new();
        if station.days.contains(&today) {
            notes.push(german("bk-stations-note-today", &[]));
        }
        if is_selected {
            notes.push(german("bk-stations-note-selected", &[]));
        }
        let days: Vec<String> = station.days.iter().copied().map(date).collect();
        let open = station.hours.open.format("%H:%M").to_string();
        let close = station.hours.close.format("%H:%M").to_string();
        // `none`: no notes (the message's selector).
        let notes = if notes.is_empty() {
            "none".to_owned()
        } else {
            notes.join(", ")
        };
        output::line(format!(
            "{} {:<32} {}",
            if is_selected { '*' } else { ' ' },
            station.id,
            german(
                "bk-stations-line",
                &[
                    ("name", station.name.as_str().into()),
                    ("open", open.into()),
                    ("close", close.into()),
                    ("days", days.join(", ").into()),
                    ("notes", notes.into()),
                ],
            ),
        ))?;
    }
    Ok(())
}

/// `bk station select ID`.
pub fn select(context: &Context, id: &str) -> Result<(), Failure> {
    let open = context.station()?;
    let station = staff::select(&open, id)?;
    output::line(german(
        "bk-stations-selected",
        &[
            ("name", station.name.as_str().into()),
            ("address", station.address.as_str().into()),
        ],
    ))
}
