//! `bk staff set-pin`: IT sets the staff PIN that opens the staff area at the kiosk —
//! on the laptop, never from the kiosk's screen (`app::staff`). The PIN is typed twice
//! without echo on a terminal, or read as two lines from stdin; `--replace` sets a new
//! one over a forgotten one.

use app::messages::german;
use app::staff;
use clap::Subcommand;

use crate::context::Context;
use crate::output::{self, Failure};
use crate::secrets::{InputError, SecretInput};

/// The `bk staff` commands.
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Set the staff PIN, typed twice.
    #[command(about = german("bk-help-staff-set-pin", &[]))]
    SetPin {
        /// Replace the PIN that is set.
        #[arg(long, help = german("bk-help-staff-set-pin-replace", &[]))]
        replace: bool,
    },
}

/// Runs a `bk staff` command.
pub fn run(context: &Context, command: StaffCommand) -> Result<(), Failure> {
    let StaffCommand::SetPin { replace } = command;
    let open = context.station()?;
    let input = SecretInput::from_stdin();
    let pin = input
        .read_staff_pin("bk-staff-pin-new")
        .map_err(unreadable)?;
    let again = input
        .read_staff_pin("bk-staff-pin-repeat")
        .map_err(unreadable)?;
    if !pin.same_as(&again) {
        return Err(Failure::Usage(german("bk-staff-pin-mismatch", &[])));
    }
    drop(again);
    if replace {
        staff::replace_pin(&open, &pin)?;
    } else {
        staff::set_pin(&open, &pin)?;
    }
    drop(pin);
    output::line(german(
        if replace {
            "bk-staff-pin-replaced"
        } else {
            "bk-staff-pin-set"
        },
        &[],
    ))
}

fn unreadable(error: InputError) -> Failure {
    Failure::Usage(match error {
        InputError::Missing(prompt) => german(
            "bk-staff-pin-input-missing",
            &[("what", german(prompt, &[]).into())],
        ),
        InputError::Io(error) => german(
            "bk-eid-input-unreadable",
            &[("detail", error.to_string().into())],
        ),
    })
}
