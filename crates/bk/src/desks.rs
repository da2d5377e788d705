//! `bk desks …`: the desks of this station laptop and the kinds of matter each serves
//! (`app::desks`).

use app::desks;
use app::messages::german;
use clap::Subcommand;
use station::desks::Desk;
use station::kinds::Kind;

use crate::context::Context;
use crate::output::{self, Failure};

/// The `bk desks` commands.
#[derive(Debug, Subcommand)]
pub enum DeskCommand {
    /// Show the desks.
    #[command(about = german("bk-help-desks-show", &[]))]
    Show {
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// Set up the desks, e.g. `bk desks set eid,advice request` for two desks.
    #[command(about = german("bk-help-desks-set", &[]))]
    Set {
        /// The kinds of each desk, desk 1 first: `eid`, `advice`, `request` joined by
        /// commas, or `all`.
        #[arg(
            required = true,
            num_args = 1..=4,
            value_name = "ARTEN",
            value_parser = parse_kinds,
            help = german("bk-help-desks-set-kinds", &[])
        )]
        desks: Vec<Vec<Kind>>,
    },
}

/// Runs a `bk desks` command.
pub fn run(context: &Context, command: DeskCommand) -> Result<(), Failure> {
    let open = context.station()?;
    let (list, as_json) = match command {
        DeskCommand::Show { json } => (desks::list(&open)?, json),
        DeskCommand::Set { desks: kinds } => {
            let set_up: Vec<Desk> = (1u8..)
                .zip(kinds)
                .map(|(number, kinds)| Desk { number, kinds })
                .collect();
            (desks::set(&open, &set_up, context.now)?, false)
        }
    };
    if as_json {
        return output::json(&list);
    }
    for desk in &list {
        let kinds: Vec<String> = desk.kinds.iter().map(|kind| kind.german()).collect();
        output::line(german(
            "bk-desks-line",
            &[
                ("desk", desk.number.into()),
                ("kinds", kinds.join(", ").into()),
            ],
        ))?;
    }
    Ok(())
}

/// `eid,advice` or `all`.
fn parse_kinds(text: &str) -> Result<Vec<Kind>, String> {
    if text.trim() == "all" {
        return Ok(Kind::ALL.to_vec());
    }
    Kind::split(text).map_err(|error| error.to_string())
}
