//! `bk report`: the station's figures (Kennzahlen) of a period, as text, CSV or JSON
//! (`app::figures`).

use app::figures::{self, FiguresView};
use app::messages::german;
use app::messages::FluentValue;
use chrono::NaiveDate;
use station::clock;
use station::lang::Lang;

use crate::context::Context;
use crate::output::{self, Failure};

/// What `bk report` was asked for.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// First day (JJJJ-MM-TT); today when absent.
    #[arg(long, value_name = "TAG", help = german("bk-help-report-from", &[]))]
    from: Option<NaiveDate>,
    /// Last day (included); today when absent.
    #[arg(long, value_name = "TAG", help = german("bk-help-report-to", &[]))]
    to: Option<NaiveDate>,
    /// Only this station of the plan (its id).
    #[arg(long, value_name = "ID", help = german("bk-help-report-station", &[]))]
    station: Option<String>,
    /// Print CSV (semicolon-separated, for spreadsheets).
    #[arg(long, conflicts_with = "json", help = german("bk-help-report-csv", &[]))]
    csv: bool,
    /// Print JSON.
    #[arg(long, help = german("bk-help-json", &[]))]
    json: bool,
}

/// Runs `bk report`.
pub fn run(context: &Context, args: ReportArgs) -> Result<(), Failure> {
    let open = context.station()?;
    let today = clock::local_day(context.now);
    let from = args.from.unwrap_or(today);
    let to = args.to.unwrap_or(today);
    let place = args.station.as_deref();
    if args.csv {
        let text = figures::csv(&open, from, to, place, "de")?;
        // No byte order mark on a terminal or in a pipe: that is for spreadsheet files.
        return output::raw(text.trim_start_matches('\u{feff}'));
    }
    let report = figures::report(&open, from, to, place, Lang::De)?;
    if args.json {
        return output::json(&report);
    }
    let heading = if place.is_some() {
        "bk-report-heading-place"
    } else {
        "bk-report-heading"
    };
    output::line(german(
        heading,
        &[
            ("from", output::date(from).into()),
            ("to", output::date(to).into()),
            ("station", place.unwrap_or_default().into()),
        ],
    ))?;
    print_figures(&report.total)?;
    if report.days.len() > 1 {
        for day in &report.days {
            output::line(String::new())?;
            output::line(german(
                "bk-report-day",
                &[("day", output::date(day.day).into())],
            ))?;
            print_figures(&day.figures)?;
        }
    }
    Ok(())
}

fn print_figures(figures: &FiguresView) -> Result<(), Failure> {
    let minutes = |value: Option<u32>| value.map_or(FluentValue::from("–"), FluentValue::from);
    output::line(german(
        "bk-report-visitors",
        &[
            ("visitors", figures.visitors.into()),
            ("called", figures.called.into()),
            ("served", figures.served.into()),
            ("gone", figures.gone.into()),
        ],
    ))?;
    output::line(german(
        "bk-report-wait",
        &[
            ("median", minutes(figures.wait_median)),
            ("p90", minutes(figures.wait_p90)),
        ],
    ))?;
    output::line(german(
        "bk-report-service",
        &[
            ("median", minutes(figures.service_median)),
            ("p90", minutes(figures.service_p90)),
        ],
    ))?;
    if !figures.places.is_empty() {
        output::line(german(
            "bk-report-places",
            &[("places", figures.places.join(", ").into())],
        ))?;
    }
    output::line(german("bk-report-pin", &[]))?;
    for row in &figures.pin {
        output::line(german(
            "bk-report-pin-row",
            &[
                (
                    "flow",
                    german(&format!("figures-flow-{}", row.flow), &[]).into(),
                ),
                ("changed", row.changed.into()),
                ("failed", row.failed.into()),
                ("referred", row.referred.into()),
            ],
        ))?;
    }
    for (heading, counts) in [
        ("bk-report-requests", &figures.requests),
        ("bk-report-qr", &figures.qr),
    ] {
        output::line(german(heading, &[]))?;
        if counts.is_empty() {
            output::line(german("bk-report-none", &[]))?;
        }
        for count in counts {
            output::line(format!("  {:>5}  {}", count.count, count.name))?;
        }
    }
    Ok(())
}
