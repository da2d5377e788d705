//! Entry point of the Bürgerkoffer kiosk binary.

// No console window on Windows release builds; no effect on Linux.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    buergerkoffer_lib::run()
}
