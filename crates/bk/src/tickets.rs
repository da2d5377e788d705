//! `bk tickets …`: draw, list, call and mark waiting tickets (`app::tickets`).

use app::tickets;
use serde_json::json;
use station::catalogue::Lang;
use station::clock::local_day;
use station::tickets::Outcome;

use crate::context::Context;
use crate::output::{self, clock_time, date, Failure};

/// `bk tickets today`.
pub fn today(context: &Context, station: Option<String>, as_json: bool) -> Result<(), Failure> {
    let open = context.station()?;
    let station_id = tickets::place(&open, station.as_deref())?.id.clone();
    let list = tickets::today(&open, Some(&station_id), context.now)?;
    if as_json {
        return output::json(&list);
    }
    let day = date(local_day(context.now));
    if list.is_empty() {
        return output::line(format!(
            "Noch keine Wartenummern am {day} für {station_id}."
        ));
    }
    output::line(format!(
        "Wartenummern am {day} für {station_id}: {}",
        list.len()
    ))?;
    output::line(format!(
        "{:<8} {:<8} {:<11} {:<8} {:<10} {}",
        "Nummer", "Kennung", "Status", "gezogen", "aufgerufen", "fertig"
    ))?;
    for ticket in &list {
        let optional = |instant: Option<_>| instant.map_or_else(|| "–".to_owned(), clock_time);
        output::line(format!(
            "{:<8} {:<8} {:<11} {:<8} {:<10} {}",
            ticket.label,
            ticket.id,
            ticket.status.german(),
            clock_time(ticket.drawn_at),
            optional(ticket.called_at),
            optional(ticket.finished_at),
        ))?;
    }
    Ok(())
}

/// `bk tickets draw`.
pub fn draw(context: &Context, station: Option<String>, as_json: bool) -> Result<(), Failure> {
    let open = context.station()?;
    let drawn = tickets::draw(&open, station.as_deref(), Lang::De, context.now)?;
    if as_json {
        let mut value = output::to_value(&drawn.ticket)?;
        value["expectedWaitMinutes"] = json!(drawn.expected_wait_minutes);
        return output::json(&value);
    }
    output::line(format!(
        "Wartenummer {} gezogen ({}, {}, {} Uhr).",
        drawn.label,
        drawn.station_name,
        date(drawn.day),
        clock_time(drawn.ticket.drawn_at)
    ))?;
    output::line(match drawn.expected_wait_minutes {
        Some(minutes) => format!("Voraussichtliche Wartezeit: {minutes} Minuten."),
        None => "Voraussichtliche Wartezeit: keine Angabe (die Station ist gerade geschlossen)."
            .to_owned(),
    })
}

/// `bk tickets call-next`.
pub fn call_next(context: &Context, station: Option<String>, as_json: bool) -> Result<(), Failure> {
    let called = tickets::call_next(&context.station()?, station.as_deref(), context.now)?;
    match (called, as_json) {
        (called, true) => output::json(&called),
        (Some(ticket), false) => output::line(format!(
            "Aufgerufen: {} (Kennung {}).",
            ticket.label, ticket.id
        )),
        (None, false) => output::line("Niemand wartet."),
    }
}

/// `bk tickets mark ID served|gone`.
pub fn mark(context: &Context, id: i64, outcome: Outcome, as_json: bool) -> Result<(), Failure> {
    let ticket = tickets::mark(&context.station()?, id, outcome, context.now)?;
    if as_json {
        return output::json(&ticket);
    }
    output::line(format!(
        "{} ist jetzt {}.",
        ticket.label,
        ticket.status.german()
    ))
}
