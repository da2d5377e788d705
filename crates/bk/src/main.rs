//! `bk`: the Bürgerkoffer command line for staff and IT.
//!
//! It works on the same store and with the same rules as the kiosk app (crate
//! `station`): waiting tickets, the station of the day, the database's state. Output
//! is German; `--json` gives machine-readable output where offered. Errors go to
//! stderr with a clear German message and exit code 1 (2 for wrong usage).

mod appointments;
mod args;
mod calls;
mod context;
mod day;
mod db;
mod desks;
mod eid;
mod output;
mod printer;
mod report;
mod requests;
mod secrets;
mod staff;
mod stations;
mod sync;
mod tickets;

use std::process::ExitCode;

use app::messages::german;
use clap::Parser;

use args::{Args, Command, DbCommand, StationCommand, TicketCommand};
use context::Context;

fn main() -> ExitCode {
    let args = Args::parse();
    let result =
        Context::new(args.data_dir, args.assets).and_then(|context| run(&context, args.command));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!(
                "{}",
                german("bk-failure", &[("failure", failure.to_string().into())])
            );
            failure.exit_code()
        }
    }
}

fn run(context: &Context, command: Command) -> Result<(), output::Failure> {
    match command {
        Command::Tickets { command } => match command {
            TicketCommand::Today { station, json } => tickets::today(context, station, json),
            TicketCommand::Draw {
                station,
                kind,
                json,
            } => tickets::draw(context, station, kind.into(), json),
            TicketCommand::CallNext {
                station,
                desk,
                json,
            } => tickets::call_next(context, station, desk, json),
            TicketCommand::Mark { id, outcome, json } => {
                tickets::mark(context, id, outcome.into(), json)
            }
        },
        Command::Desks { command } => desks::run(context, command),
        Command::Staff { command } => staff::run(context, command),
        Command::Report(args) => report::run(context, args),
        Command::Printer { command } => printer::run(context, command),
        Command::Db {
            command: DbCommand::Status { json },
        } => db::status(context, json),
        Command::Station { command } => match command {
            StationCommand::List { json } => stations::list(context, json),
            StationCommand::Select { id } => stations::select(context, &id),
        },
        Command::Eid { command } => eid::run(context, command),
        Command::Request { command } => requests::run(context, command),
        Command::Appointment { command } => appointments::run(context, command),
        Command::Call { command } => calls::run(context, command),
        Command::Day(args) => day::run(context, args),
        Command::Enroll { url, code } => sync::enroll(context, &url, &code),
        Command::Sync {
            status,
            batch,
            retry_dead,
            json,
        } => sync::sync(context, status, usize::from(batch), retry_dead, json),
        Command::Export { file, include_dead } => sync::export(context, &file, include_dead),
    }
}
