//! `bk station …`: the station plan and the station selected on this laptop (`app::staff`).

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
        let mut notes = Vec::new();
        if station.days.contains(&today) {
            notes.push("heute");
        }
        if selected.as_deref() == Some(station.id.as_str()) {
            notes.push("ausgewählt");
        }
        let days: Vec<String> = station.days.iter().copied().map(date).collect();
        output::line(format!(
            "{} {:<32} {} ({}–{} Uhr; {}){}",
            if notes.contains(&"ausgewählt") {
                '*'
            } else {
                ' '
            },
            station.id,
            station.name,
            station.hours.open.format("%H:%M"),
            station.hours.close.format("%H:%M"),
            days.join(", "),
            if notes.is_empty() {
                String::new()
            } else {
                format!(" – {}", notes.join(", "))
            },
        ))?;
    }
    Ok(())
}

/// `bk station select ID`.
pub fn select(context: &Context, id: &str) -> Result<(), Failure> {
    let open = context.station()?;
    let station = staff::select(&open, id)?;
    output::line(format!(
        "Ausgewählt: {} ({}).",
        station.name, station.address
    ))
}
