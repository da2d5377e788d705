//! The receipt printer: set it up (or remove it), check it, print a test ticket, and
//! print each drawn ticket in the citizen's language. A printer problem never stops a
//! ticket: the kiosk shows it on screen as always, and the problem is kept for the
//! staff window until the next print or check succeeds.

use chrono::{DateTime, Utc};
use devices::printer::receipt::{self, TicketReceipt};
use devices::printer::{self, Answer, PrinterAddress, PrinterProblem};
use serde::Serialize;
use station::clock::hh_mm;
use station::lang::Lang;
use station::printer_setup::{self, PrinterTrouble};

use crate::error::{AppError, AppResult};
use crate::messages::{german, text};
use crate::station::Station;
use crate::tickets::{day_text, DrawnTicket};

/// The printer as the staff window shows it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct PrinterState {
    /// Its address, e.g. `192.168.1.50:9100` or `/dev/usb/lp0`; `None`: no printer.
    pub address: Option<String>,
    /// The problem of the last print or check, if it had one.
    pub trouble: Option<PrinterTrouble>,
}

impl From<PrinterProblem> for AppError {
    fn from(problem: PrinterProblem) -> Self {
        AppError::new(problem.code(), problem.to_string())
    }
}

/// The printer's address and last problem.
pub fn state(station: &Station) -> AppResult<PrinterState> {
    let store = station.store();
    Ok(PrinterState {
        address: printer_setup::address(&store)?,
        trouble: printer_setup::trouble(&store)?,
    })
}

/// Sets the printer up at `address` (checked for its form, not yet reached), or
/// removes it with `None`. Returns the address in its full form.
pub fn set(station: &Station, address: Option<&str>) -> AppResult<Option<String>> {
    let parsed = address
        .map(str::parse::<PrinterAddress>)
        .transpose()?
        .map(|address| address.to_string());
    printer_setup::set_address(&station.store(), parsed.as_deref())?;
    Ok(parsed)
}

/// What a check of the printer found.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct PrinterCheck {
    /// Whether the printer answered the status request; one that does not is printed
    /// to all the same (many simple printers never answer).
    pub answered: bool,
    /// The printer after the check.
    pub printer: PrinterState,
}

/// Asks the printer for its state now and records the answer.
pub fn check(station: &Station, now: DateTime<Utc>) -> AppResult<PrinterCheck> {
    let address = configured(station)?;
    let outcome = printer::status(&address);
    record(station, outcome.as_ref().err(), now)?;
    Ok(PrinterCheck {
        answered: outcome? == Answer::Ready,
        printer: state(station)?,
    })
}

/// Prints a sample ticket (number `A-000`) to check paper, cut and QR code.
pub fn test_print(station: &Station, lang: Lang, now: DateTime<Utc>) -> AppResult<()> {
    let address = configured(station)?;
    let sample = TicketReceipt {
        heading: text(lang, "ticket-print-test-heading", &[]),
        label: "A-000".to_owned(),
        kind: text(lang, "ticket-kind-eid", &[]),
        window: None,
        wait: None,
        qr_text: text(lang, "ticket-print-test-heading", &[]),
        drawn: drawn_text(lang, now),
    };
    let outcome = receipt::render(&sample).and_then(|bytes| printer::print(&address, &bytes));
    record(station, outcome.as_ref().err(), now)?;
    Ok(outcome?)
}

/// Prints `drawn` when a printer is set up; whether it came out. The problem, if
/// any, is recorded for the staff window. Nothing here fails the draw: the ticket is
/// stored already, so a store error around printing is only logged.
pub(crate) fn print_ticket(
    station: &Station,
    drawn: &DrawnTicket,
    lang: Lang,
    now: DateTime<Utc>,
) -> bool {
    let printed = (|| -> AppResult<bool> {
        let Some(address) = printer_setup::address(&station.store())? else {
            return Ok(false);
        };
        let outcome = address.parse::<PrinterAddress>().and_then(|address| {
            let bytes = receipt::render(&ticket_receipt(drawn, lang, now))?;
            printer::print(&address, &bytes)
        });
        record(station, outcome.as_ref().err(), now)?;
        Ok(outcome.is_ok())
    })();
    printed.unwrap_or_else(|error| {
        eprintln!(
            "{}",
            german("log-prefix", &[("text", error.to_string().into())])
        );
        false
    })
}

/// What a drawn ticket says on paper, in `lang`.
fn ticket_receipt(drawn: &DrawnTicket, lang: Lang, now: DateTime<Utc>) -> TicketReceipt {
    TicketReceipt {
        heading: text(
            lang,
            "ticket-print-heading",
            &[("station", drawn.station_name.as_str().into())],
        ),
        label: drawn.label.clone(),
        kind: text(lang, &format!("ticket-kind-{}", drawn.kind.as_str()), &[]),
        window: drawn.window.as_ref().map(|window| {
            text(
                lang,
                "ticket-print-window",
                &[
                    ("from", window.from.as_str().into()),
                    ("to", window.to.as_str().into()),
                ],
            )
        }),
        wait: drawn
            .expected_wait_minutes
            .map(|minutes| text(lang, "ticket-print-wait", &[("minutes", minutes.into())])),
        qr_text: drawn.qr_text.clone(),
        drawn: drawn_text(lang, now),
    }
}

fn drawn_text(lang: Lang, now: DateTime<Utc>) -> String {
    text(
        lang,
        "ticket-print-drawn",
        &[
            ("day", day_text(lang, station::clock::local_day(now)).into()),
            ("time", hh_mm(now).into()),
        ],
    )
}

/// The printer set up, or the error that there is none.
fn configured(station: &Station) -> AppResult<PrinterAddress> {
    let address = printer_setup::address(&station.store())?;
    let address = address.ok_or_else(|| {
        AppError::new(
            "printer_not_set_up",
            german("error-app-printer-not-set-up", &[]),
        )
    })?;
    Ok(address.parse()?)
}

fn record(
    station: &Station,
    problem: Option<&PrinterProblem>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let message = problem.map(|problem| (problem.code(), problem.to_string()));
    printer_setup::record(
        &station.store(),
        message.as_ref().map(|(code, text)| (*code, text.as_str())),
        now,
    )?;
    Ok(())
}
