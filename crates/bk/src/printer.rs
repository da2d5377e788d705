//! `bk printer …`: the receipt printer that prints each waiting ticket
//! (`app::printing`).

use app::messages::german;
use app::printing::{self, PrinterState};
use clap::Subcommand;
use station::lang::Lang;

use crate::context::Context;
use crate::output::{self, Failure};

/// The `bk printer` commands.
#[derive(Debug, Subcommand)]
pub enum PrinterCommand {
    /// Show the printer and its last problem.
    #[command(about = german("bk-help-printer-show", &[]))]
    Show {
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// Set the printer up: `IP`, `IP:PORT` or a device file such as `/dev/usb/lp0`.
    #[command(about = german("bk-help-printer-set", &[]))]
    Set {
        /// The printer's address.
        #[arg(value_name = "ADRESSE", help = german("bk-help-printer-set-address", &[]))]
        address: String,
    },
    /// Remove the printer: tickets are shown on screen only.
    #[command(about = german("bk-help-printer-remove", &[]))]
    Remove,
    /// Ask the printer for paper and state.
    #[command(about = german("bk-help-printer-check", &[]))]
    Check,
    /// Print a sample ticket.
    #[command(about = german("bk-help-printer-test", &[]))]
    Test,
}

/// Runs a `bk printer` command.
pub fn run(context: &Context, command: PrinterCommand) -> Result<(), Failure> {
    let open = context.station()?;
    match command {
        PrinterCommand::Show { json: true } => output::json(&printing::state(&open)?),
        PrinterCommand::Show { json: false } => show(&printing::state(&open)?),
        PrinterCommand::Set { address } => {
            printing::set(&open, Some(&address))?;
            show(&printing::state(&open)?)
        }
        PrinterCommand::Remove => {
            printing::set(&open, None)?;
            show(&printing::state(&open)?)
        }
        PrinterCommand::Check => match printing::check(&open, context.now)?.answered {
            true => output::line(german("bk-printer-ready", &[])),
            false => output::line(german("bk-printer-no-answer", &[])),
        },
        PrinterCommand::Test => {
            printing::test_print(&open, Lang::De, context.now)?;
            output::line(german("bk-printer-test-printed", &[]))
        }
    }
}

fn show(state: &PrinterState) -> Result<(), Failure> {
    match &state.address {
        None => output::line(german("bk-printer-none", &[])),
        Some(address) => {
            output::line(german(
                "bk-printer-address",
                &[("address", address.as_str().into())],
            ))?;
            match &state.trouble {
                Some(trouble) => output::line(german(
                    "bk-printer-trouble",
                    &[("message", trouble.message.as_str().into())],
                )),
                None => Ok(()),
            }
        }
    }
}
