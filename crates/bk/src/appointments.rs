//! `bk appointment …`: an appointment at the Bürgerservicecenter booked for a citizen
//! through the central, as the kiosk books it (`app::appointments`): the free times of
//! a service, and a booking.

use app::appointments::{self, Booking};
use app::messages::german;
use app::AppError;
use clap::Subcommand;
use station::clock::{day_and_time, parse_day_and_time};
use station::sync::SyncError;

use crate::context::Context;
use crate::output::{self, Failure};
use crate::requests::{field_values, parse_field};

/// The `bk appointment` commands.
#[derive(Debug, Subcommand)]
pub enum AppointmentCommand {
    /// The free times of a service.
    #[command(about = german("bk-help-appointment-times", &[]))]
    Times {
        /// The catalogue service's id.
        #[arg(long, help = german("bk-help-appointment-service", &[]))]
        service: String,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// Book a free time for a citizen.
    #[command(about = german("bk-help-appointment-book", &[]))]
    Book {
        /// The catalogue service's id.
        #[arg(long, help = german("bk-help-appointment-service", &[]))]
        service: String,
        /// The time as `bk appointment times` shows it (local, `YYYY-MM-DD HH:MM`).
        #[arg(long, value_parser = parse_time, help = german("bk-help-appointment-time", &[]))]
        time: chrono::DateTime<chrono::Utc>,
        /// One field as `NAME=VALUE` (name, email, phone); repeatable.
        #[arg(
            long = "field",
            value_name = "NAME=WERT",
            value_parser = parse_field,
            help = german("bk-help-request-add-field", &[])
        )]
        fields: Vec<(String, String)>,
        /// The person agreed to the privacy notice (required).
        #[arg(long, help = german("bk-help-request-add-consent", &[]))]
        consent: bool,
        /// The person's language.
        #[arg(long, default_value = "de", help = german("bk-help-request-add-lang", &[]))]
        lang: String,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
}

fn parse_time(text: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    parse_day_and_time(text)
        .ok_or_else(|| german("bk-appointments-time-form", &[("text", text.into())]))
}

/// Runs a `bk appointment` command.
pub fn run(context: &Context, command: AppointmentCommand) -> Result<(), Failure> {
    let station = context.station()?;
    let runtime = station::sync::runtime()
        .map_err(|e| AppError::from(SyncError::Unreachable(e.to_string())))?;
    match command {
        AppointmentCommand::Times { service, json } => {
            let free = runtime.block_on(appointments::free_times(&station, &service))?;
            if json {
                return output::json(&free);
            }
            if free.times.is_empty() {
                return output::line(german("bk-appointments-none", &[]));
            }
            output::line(german(
                "bk-appointments-office",
                &[("office", free.office.into())],
            ))?;
            for time in free.times {
                output::line(format!("  {}", day_and_time(time)))?;
            }
            Ok(())
        }
        AppointmentCommand::Book {
            service,
            time,
            fields,
            consent,
            lang,
            json,
        } => {
            let fields = field_values(fields)?;
            let booked = runtime.block_on(async {
                let held = appointments::reserve(&station, &service, time).await?;
                let booking = Booking {
                    reservation: held.reservation,
                    service,
                    time,
                    lang,
                    fields,
                    consent,
                };
                appointments::book(&station, None, &booking, context.now).await
            })?;
            if json {
                return output::json(&booked);
            }
            let reference = booked.reference.as_str();
            match booked.appointment {
                Some(appointment) => output::line(german(
                    "bk-appointments-booked",
                    &[
                        ("time", day_and_time(appointment.time).into()),
                        ("office", appointment.office.into()),
                        ("number", appointment.number.into()),
                        ("reference", reference.into()),
                    ],
                )),
                None => output::line(german(
                    "bk-appointments-queued",
                    &[("reference", reference.into())],
                )),
            }
        }
    }
}
