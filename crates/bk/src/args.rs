//! Command-line arguments (clap derive). The help texts are what staff read; they
//! come from the Fluent catalogue (`bk-help-*` in `assets/locales/<lang>/bk.ftl`),
//! the doc comments here are for developers only (an explicit `about`/`help` wins).

use std::path::PathBuf;

use app::messages::german;
use clap::{Parser, Subcommand, ValueEnum};
use station::kinds::Kind;
use station::tickets::Outcome;

/// The arguments of `bk`: global options and the command to run.
#[derive(Debug, Parser)]
#[command(
    name = "bk",
    version,
    propagate_version = true,
    about = german("bk-help-about", &[])
)]
pub struct Args {
    /// Directory of the station database (`station.sqlite`); default: the OS data directory.
    #[arg(
        long,
        global = true,
        env = "BK_DATA_DIR",
        value_name = "VERZEICHNIS",
        help = german("bk-help-data-dir", &[])
    )]
    pub data_dir: Option<PathBuf>,

    /// Directory with `stations.json` and `services.json`; default: the built-in ones.
    #[arg(
        long,
        global = true,
        env = "BK_ASSETS_DIR",
        value_name = "VERZEICHNIS",
        help = german("bk-help-assets", &[])
    )]
    pub assets: Option<PathBuf>,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The top-level commands of `bk`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// `bk tickets …`: the day's queue tickets.
    #[command(about = german("bk-help-tickets", &[]))]
    Tickets {
        #[command(subcommand)]
        command: TicketCommand,
    },
    /// `bk staff set-pin`: the staff PIN that opens the staff area at the kiosk.
    #[command(about = german("bk-help-staff", &[]))]
    Staff {
        #[command(subcommand)]
        command: crate::staff::StaffCommand,
    },
    /// `bk desks …`: the desks and the kinds of matter each serves.
    #[command(about = german("bk-help-desks", &[]))]
    Desks {
        #[command(subcommand)]
        command: crate::desks::DeskCommand,
    },
    /// `bk printer …`: the receipt printer for tickets.
    #[command(about = german("bk-help-printer", &[]))]
    Printer {
        #[command(subcommand)]
        command: crate::printer::PrinterCommand,
    },
    /// `bk db …`: the state of the station database.
    #[command(about = german("bk-help-db", &[]))]
    Db {
        #[command(subcommand)]
        command: DbCommand,
    },
    /// `bk station …`: the station plan and the station of the day.
    #[command(about = german("bk-help-station", &[]))]
    Station {
        #[command(subcommand)]
        command: StationCommand,
    },
    /// `bk eid …`: card readers, card state and the PIN workflows.
    #[command(about = german("bk-help-eid", &[]))]
    Eid {
        #[command(subcommand)]
        command: crate::eid::EidCommand,
    },
    /// `bk appointment …`: free times and bookings at the Bürgerservicecenter.
    #[command(about = german("bk-help-appointment", &[]))]
    Appointment {
        #[command(subcommand)]
        command: crate::appointments::AppointmentCommand,
    },
    /// `bk call …`: a video call with a clerk, opened through the central.
    #[command(about = german("bk-help-call", &[]))]
    Call {
        #[command(subcommand)]
        command: crate::calls::CallCommand,
    },
    /// `bk request …`: record citizens' requests, list topics, show figures.
    #[command(about = german("bk-help-request", &[]))]
    Request {
        #[command(subcommand)]
        command: crate::requests::RequestCommand,
    },
    /// `bk day`: the appointments booked, fees asked for and video calls of a day.
    #[command(about = german("bk-help-day", &[]))]
    Day(crate::day::DayArgs),
    /// `bk report`: the station's figures of a period.
    #[command(about = german("bk-help-report", &[]))]
    Report(crate::report::ReportArgs),
    /// `bk enroll URL CODE`: enrol the station with the central office.
    #[command(about = german("bk-help-enroll", &[]))]
    Enroll {
        /// Base URL of the central office.
        #[arg(help = german("bk-help-enroll-url", &[]))]
        url: String,
        /// One-time enrolment code issued by `bk-central station add`.
        #[arg(help = german("bk-help-enroll-code", &[]))]
        code: String,
    },
    /// `bk sync`: one synchronisation round, or with `--status` only the state.
    #[command(about = german("bk-help-sync", &[]))]
    Sync {
        /// Only show the state, transfer nothing.
        #[arg(long, help = german("bk-help-sync-status", &[]))]
        status: bool,
        /// Maximum number of entries per transfer (1–500).
        #[arg(
            long,
            default_value_t = 500,
            value_parser = clap::value_parser!(u16).range(1..=500),
            help = german("bk-help-sync-batch", &[])
        )]
        batch: u16,
        /// Put the dead letters back to pending first (sent with this round).
        #[arg(long, help = german("bk-help-sync-retry-dead", &[]))]
        retry_dead: bool,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// `bk export FILE`: write all untransferred entries, signed, to a file (USB stick).
    #[command(about = german("bk-help-export", &[]))]
    Export {
        /// Target file.
        #[arg(help = german("bk-help-export-file", &[]))]
        file: PathBuf,
        /// Also write the dead letters.
        #[arg(long, help = german("bk-help-export-include-dead", &[]))]
        include_dead: bool,
    },
}

/// The `bk tickets` commands; without `--station` the selected station applies.
#[derive(Debug, Subcommand)]
pub enum TicketCommand {
    /// List today's tickets.
    #[command(about = german("bk-help-tickets-today", &[]))]
    Today {
        /// Station id from the station plan.
        #[arg(long, help = german("bk-help-station-arg", &[]))]
        station: Option<String>,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// Draw a new ticket.
    #[command(about = german("bk-help-tickets-draw", &[]))]
    Draw {
        /// Station id from the station plan.
        #[arg(long, help = german("bk-help-station-arg", &[]))]
        station: Option<String>,
        /// The kind of matter.
        #[arg(long, value_enum, default_value_t = KindArg::Eid, help = german("bk-help-tickets-kind", &[]))]
        kind: KindArg,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// Call the next waiting ticket.
    #[command(about = german("bk-help-tickets-call-next", &[]))]
    CallNext {
        /// Station id from the station plan.
        #[arg(long, help = german("bk-help-station-arg", &[]))]
        station: Option<String>,
        /// The desk that calls (1–4).
        #[arg(
            long,
            default_value_t = 1,
            value_parser = clap::value_parser!(u8).range(1..=4),
            help = german("bk-help-tickets-desk", &[])
        )]
        desk: u8,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// Mark a ticket as served or gone.
    #[command(about = german("bk-help-tickets-mark", &[]))]
    Mark {
        /// Ticket id (column "Kennung" of `bk tickets today`).
        #[arg(help = german("bk-help-tickets-mark-id", &[]))]
        id: i64,
        /// The ticket's new status.
        #[arg(help = german("bk-help-tickets-mark-outcome", &[]))]
        outcome: OutcomeArg,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
}

/// The final status of a ticket, as given on the command line (clap shows no
/// help for a `ValueEnum` itself, only for its values).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OutcomeArg {
    /// Served.
    #[value(help = german("bk-help-outcome-served", &[]))]
    Served,
    /// Left or did not show up.
    #[value(help = german("bk-help-outcome-gone", &[]))]
    Gone,
}

impl From<OutcomeArg> for Outcome {
    fn from(outcome: OutcomeArg) -> Self {
        match outcome {
            OutcomeArg::Served => Self::Served,
            OutcomeArg::Gone => Self::Gone,
        }
    }
}

/// A kind of matter, as given on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// Online ID function and PIN.
    #[value(help = german("ticket-kind-eid", &[]))]
    Eid,
    /// Advice on online services.
    #[value(help = german("ticket-kind-advice", &[]))]
    Advice,
    /// Handing in a request.
    #[value(help = german("ticket-kind-request", &[]))]
    Request,
}

impl From<KindArg> for Kind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Eid => Self::Eid,
            KindArg::Advice => Self::Advice,
            KindArg::Request => Self::Request,
        }
    }
}

/// The `bk db` commands.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Show path, schema version and a full integrity check.
    #[command(about = german("bk-help-db-status", &[]))]
    Status {
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
}

/// The `bk station` commands.
#[derive(Debug, Subcommand)]
pub enum StationCommand {
    /// List all stations of the plan.
    #[command(about = german("bk-help-station-list", &[]))]
    List {
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// Select the station this laptop is at.
    #[command(about = german("bk-help-station-select", &[]))]
    Select {
        /// Station id, e.g. `stern-center`.
        #[arg(help = german("bk-help-station-select-id", &[]))]
        id: String,
    },
}
