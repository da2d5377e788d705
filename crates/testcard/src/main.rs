//! `testcard`: runs the virtual eID card on vpcd (`testcard run`) or waits
//! until pcscd sees a card in a reader (`testcard wait-present`).
//!
//! Secrets never go on the command line (where `ps` shows them): with
//! `--secrets-stdin` the card reads lines `pin=…`, `can=…`, `puk=…` from
//! stdin; without, it is the demo card (Transport PIN 12345, CAN 123456,
//! PUK 1234567890).

use std::io::{self, BufRead};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use testcard::card::{Card, Passwords, Secrets};
use testcard::card_access::Curve;
use testcard::control::{self, Shared};
use testcard::faults::{Fault, FaultPlan};
use testcard::{presence, runner, vpcd};
use zeroize::Zeroizing;

#[derive(Parser)]
#[command(
    version,
    about = "Virtual German eID card (nPA) on vpcd, for tests and demos"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Connects to vpcd and answers like an nPA until killed.
    Run(RunArgs),
    /// Waits until pcscd reports a card in the reader (or none, with --absent).
    WaitPresent {
        /// Reader name (prefix), e.g. "Virtual PCD 00 00".
        #[arg(long, default_value = "Virtual PCD 00 00")]
        reader: String,
        /// Give up after this many milliseconds.
        #[arg(long, default_value_t = 15_000)]
        timeout_ms: u64,
        /// Wait for the reader to be empty instead.
        #[arg(long)]
        absent: bool,
    },
    /// Sends one command to a running card's control socket and prints the answer.
    Control {
        /// The card's control socket (`run --control`).
        #[arg(long)]
        socket: PathBuf,
        /// status, remove, insert, fault KIND:STEP[:MS] or clear-faults.
        command: String,
    },
}

#[derive(clap::Args)]
struct RunArgs {
    /// vpcd port: 35963 is reader "Virtual PCD 00 00", 35964 is "00 01".
    #[arg(long, default_value_t = vpcd::DEFAULT_PORT)]
    port: u16,
    /// PACE domain parameters: P256 (AES-128), P384 (AES-192), P512 (AES-256), all brainpool.
    #[arg(long, default_value = "P256")]
    curve: Curve,
    /// PIN retry counter at start (and after each successful PIN PACE).
    #[arg(long, default_value_t = 3)]
    pin_tries: u8,
    /// How often the PUK may unblock the PIN.
    #[arg(long, default_value_t = 10)]
    puk_uses: u8,
    /// The eID function is deactivated: PACE with the PIN is refused.
    #[arg(long)]
    deactivated: bool,
    /// A card of another kind (a bank or health card): no eID application.
    #[arg(long)]
    other_card: bool,
    /// Read `pin=`, `can=`, `puk=` lines from stdin (until EOF or an empty line).
    #[arg(long)]
    secrets_stdin: bool,
    /// Unix socket for the control channel (remove, insert, faults, status).
    #[arg(long)]
    control: Option<PathBuf>,
    /// A fault to inject: remove-before:N, remove-after:N, garbage:N, flip-mac:N, delay:N:MS.
    #[arg(long = "fault")]
    faults: Vec<Fault>,
    /// Log each APDU's header and status word to stderr (never its data).
    #[arg(long)]
    verbose: bool,
}

/// Reads `name=value` lines; unknown names are an error, missing ones keep the default.
fn read_secrets(input: impl BufRead) -> Result<Secrets, String> {
    let mut secrets = Secrets::default();
    for line in input.lines() {
        let line = Zeroizing::new(line.map_err(|error| format!("cannot read secrets: {error}"))?);
        let line = line.trim();
        if line.is_empty() {
            break;
        }
        let (name, value) = line
            .split_once('=')
            .ok_or("a secrets line must look like name=value")?;
        let value = Zeroizing::new(value.trim().as_bytes().to_vec());
        match name.trim() {
            "pin" => secrets.pin = value,
            "can" => secrets.can = value,
            "puk" => secrets.puk = value,
            other => {
                return Err(format!(
                    "unknown secret {other:?}: expected pin, can or puk"
                ))
            }
        }
    }
    Ok(secrets)
}

fn run(args: RunArgs) -> Result<(), String> {
    // Held for the life of the process: one card per vpcd reader.
    let _reader_lock = vpcd::ReaderLock::acquire(args.port).map_err(|error| error.to_string())?;
    let secrets = if args.secrets_stdin {
        read_secrets(io::stdin().lock())?
    } else {
        Secrets::default()
    };
    let passwords = Passwords::new(secrets, args.pin_tries, args.puk_uses, args.deactivated)
        .map_err(|error| error.to_string())?;
    let card_access = args
        .curve
        .ef_card_access()
        .map_err(|error| error.to_string())?;
    let card = Card::new(card_access, args.curve.protocol_oid(), passwords);
    let card = if args.other_card {
        card.without_eid_application()
    } else {
        card
    };

    let mut plan = FaultPlan::default();
    for fault in args.faults {
        plan.add(fault);
    }
    let shared = Shared::new(plan);
    if let Some(path) = &args.control {
        control::serve(path, shared.clone())
            .map_err(|error| format!("cannot open control socket {}: {error}", path.display()))?;
    }
    eprintln!(
        "testcard: {} card for reader {:?} (vpcd port {})",
        args.curve,
        vpcd::reader_name(args.port),
        args.port
    );
    runner::run(card, args.port, shared, args.verbose)
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Run(args) => run(args),
        Command::WaitPresent {
            reader,
            timeout_ms,
            absent,
        } => presence::wait_for_card(&reader, !absent, Duration::from_millis(timeout_ms))
            .map(|_seen| ())
            .map_err(|error| error.to_string()),
        Command::Control { socket, command } => control::send(&socket, &command).map(|answer| {
            println!("{answer}");
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("testcard: {message}");
            if message.starts_with(vpcd::READER_BUSY) {
                return ExitCode::from(vpcd::READER_BUSY_EXIT_CODE);
            }
            ExitCode::FAILURE
        }
    }
}
