//! `bk tickets …`: draw, list, call and mark waiting tickets (`app::tickets`).

use app::messages::german;
use app::tickets;
use serde_json::json;
use station::clock::local_day;
use station::kinds::Kind;
use station::lang::Lang;
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
        return output::line(german(
            "bk-tickets-none-today",
            &[
                ("day", day.as_str().into()),
                ("station", station_id.as_str().into()),
            ],
        ));
    }
    output::line(german(
        "bk-tickets-today",
        &[
            ("day", day.as_str().into()),
            ("station", station_id.as_str().into()),
            ("count", list.len().into()),
        ],
    ))?;
    output::line(format!(
        "{:<8} {:<8} {:<11} {:<9} {:<8} {:<10} {}",
        german("bk-tickets-col-number", &[]),
        german("bk-tickets-col-id", &[]),
        german("bk-tickets-col-status", &[]),
        german("bk-tickets-col-desk", &[]),
        german("bk-tickets-col-drawn", &[]),
        german("bk-tickets-col-called", &[]),
        german("bk-tickets-col-finished", &[]),
    ))?;
    for ticket in &list {
        let optional = |instant: Option<_>| instant.map_or_else(|| "–".to_owned(), clock_time);
        output::line(format!(
            "{:<8} {:<8} {:<11} {:<9} {:<8} {:<10} {}",
            ticket.label,
            ticket.id,
            ticket.status.german(),
            ticket
                .desk
                .map_or_else(|| "–".to_owned(), |desk| desk.to_string()),
            clock_time(ticket.drawn_at),
            optional(ticket.called_at),
            optional(ticket.finished_at),
        ))?;
    }
    Ok(())
}

/// `bk tickets draw`.
pub fn draw(
    context: &Context,
    station: Option<String>,
    kind: Kind,
    as_json: bool,
) -> Result<(), Failure> {
    let open = context.station()?;
    let drawn = tickets::draw(&open, station.as_deref(), kind, Lang::De, context.now)?;
    if as_json {
        let mut value = output::to_value(&drawn.ticket)?;
        value["expectedWaitMinutes"] = json!(drawn.expected_wait_minutes);
        value["printed"] = json!(drawn.printed);
        return output::json(&value);
    }
    output::line(german(
        "bk-tickets-drawn",
        &[
            ("label", drawn.label.as_str().into()),
            ("station", drawn.station_name.as_str().into()),
            ("day", date(drawn.day).into()),
            ("time", clock_time(drawn.ticket.drawn_at).into()),
            ("kind", kind.german().into()),
        ],
    ))?;
    if let Some(window) = &drawn.window {
        output::line(german(
            "bk-tickets-window",
            &[
                ("from", window.from.as_str().into()),
                ("to", window.to.as_str().into()),
            ],
        ))?;
    }
    if drawn.printed {
        output::line(german("bk-tickets-printed", &[]))?;
    }
    // `none`: no estimate while the station is closed (the message's selector).
    output::line(german(
        "bk-tickets-wait",
        &[(
            "minutes",
            match drawn.expected_wait_minutes {
                Some(minutes) => minutes.into(),
                None => "none".into(),
            },
        )],
    ))
}

/// `bk tickets call-next`.
pub fn call_next(
    context: &Context,
    station: Option<String>,
    desk: u8,
    as_json: bool,
) -> Result<(), Failure> {
    let called = tickets::call_next(&context.station()?, station.as_deref(), desk, context.now)?;
    match (called, as_json) {
        (called, true) => output::json(&called),
        (Some(ticket), false) => output::line(german(
            "bk-tickets-called",
            &[
                ("label", ticket.label.as_str().into()),
                ("id", ticket.id.to_string().into()),
                ("desk", desk.into()),
            ],
        )),
        (None, false) => output::line(german(
            "bk-tickets-nobody-waiting",
            &[("desk", desk.into())],
        )),
    }
}

/// `bk tickets mark ID served|gone`.
pub fn mark(context: &Context, id: i64, outcome: Outcome, as_json: bool) -> Result<(), Failure> {
    let ticket = tickets::mark(&context.station()?, id, outcome, context.now)?;
    if as_json {
        return output::json(&ticket);
    }
    output::line(german(
        "bk-tickets-marked",
        &[
            ("label", ticket.label.as_str().into()),
            ("status", ticket.status.german().into()),
        ],
    ))
}
