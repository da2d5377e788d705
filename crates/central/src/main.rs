//! `bk-central`: the central backend's command line (serve, stations, requests,
//! import, configuration). See `docs/central.md`.

use std::process::ExitCode;

fn main() -> ExitCode {
    central::cli::run()
}
