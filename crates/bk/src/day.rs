//! `bk day`: the appointments booked, the fees asked for and the video calls opened at
//! this station on a day (`app::day`), as text or JSON.

use app::day::{self, DayBooking};
use app::messages::german;
use chrono::NaiveDate;
use station::clock::{self, day_and_time, hh_mm};
use station::girocode::euros;
use station::lang::Lang;
use station::requests::DayPayment;

use crate::calls::state_text;
use crate::context::Context;
use crate::output::{self, Failure};

/// What `bk day` was asked for.
#[derive(Debug, clap::Args)]
pub struct DayArgs {
    /// The day (JJJJ-MM-TT); today when absent.
    #[arg(long, value_name = "TAG", help = german("bk-help-day-date", &[]))]
    date: Option<NaiveDate>,
    /// Print JSON.
    #[arg(long, help = german("bk-help-json", &[]))]
    json: bool,
}

/// Runs `bk day`.
pub fn run(context: &Context, args: DayArgs) -> Result<(), Failure> {
    let day = args.date.unwrap_or_else(|| clock::local_day(context.now));
    let list = day::day_list(&context.station()?, day, Lang::De)?;
    if args.json {
        return output::json(&list);
    }
    output::line(german(
        "bk-day-appointments",
        &[("day", list.day.as_str().into())],
    ))?;
    if list.appointments.is_empty() {
        output::line(format!("  {}", german("bk-day-none", &[])))?;
    }
    for booking in &list.appointments {
        output::line(format!(
            "  {}  {}  {}  {}",
            hh_mm(booking.booked_at),
            booking.reference,
            booking.service,
            appointment(booking)
        ))?;
    }
    output::line(german("bk-day-fees", &[("day", list.day.as_str().into())]))?;
    if list.fees.is_empty() {
        output::line(format!("  {}", german("bk-day-none", &[])))?;
    }
    for fee in &list.fees {
        output::line(format!(
            "  {}  {}  {}  {}  {}",
            hh_mm(fee.recorded_at),
            fee.reference,
            fee.service,
            euros(fee.cents),
            payment(fee.paid.as_ref())
        ))?;
    }
    output::line(german("bk-day-calls", &[("day", list.day.as_str().into())]))?;
    if list.calls.is_empty() {
        output::line(format!("  {}", german("bk-day-none", &[])))?;
    }
    for call in &list.calls {
        output::line(format!(
            "  {}  {}  {}  {}",
            hh_mm(call.opened_at),
            call.id,
            call.lang,
            german(state_text(call.state), &[])
        ))?;
    }
    Ok(())
}

/// "bezahlt 04.12. 10:42 (online)", or that no payment is reported yet.
fn payment(paid: Option<&DayPayment>) -> String {
    match paid {
        Some(paid) if paid.online => german(
            "bk-day-paid-online",
            &[("time", day_and_time(paid.at).into())],
        ),
        Some(paid) => german("bk-day-paid", &[("time", day_and_time(paid.at).into())]),
        None => german("bk-day-unpaid", &[]),
    }
}

/// "→ 2026-12-04 08:30, Bürgerservicecenter Potsdam, Nr. T1", or that it waits.
fn appointment(booking: &DayBooking) -> String {
    match (booking.time, &booking.office, &booking.number) {
        (Some(time), Some(office), Some(number)) => german(
            "bk-day-booked",
            &[
                ("time", day_and_time(time).into()),
                ("office", office.as_str().into()),
                ("number", number.as_str().into()),
            ],
        ),
        _ => german("bk-day-wish", &[]),
    }
}
