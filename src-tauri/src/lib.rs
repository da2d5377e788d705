//! Bürgerkoffer's Tauri shell: a thin adapter between the UI (`ui/`) and the station's
//! use cases (`crates/app`). It opens the station, creates the kiosk and staff windows
//! and offers the commands of docs/ipc.md; Tauri's ACL (`capabilities/*.json`) decides
//! which window may call which command.

mod announcer;
mod commands;
mod drawing;
mod ready_clock;
mod settings;
mod shell;
mod startup_error;
mod watchdog;
mod windows;

pub use commands::{
    start_info_script, typescript, DISPLAY_COMMANDS, KIOSK_COMMANDS, SHARED_COMMANDS,
    STAFF_COMMANDS, START_INFO_GLOBAL,
};
pub use drawing::Drawing;
pub use ready_clock::ReadyClock;
pub use settings::Settings;
pub use shell::Shell;
pub use windows::{DISPLAY, KIOSK, STAFF};

use std::process::ExitCode;
use tauri::{Manager, RunEvent, Runtime, WindowEvent};

/// Runs the kiosk until its window closes.
pub fn run() -> ExitCode {
    let clock = ReadyClock::start();
    let (settings, rejected) = Settings::from_env();
    for setting in &rejected {
        eprintln!(
            "{}",
            app::messages::german(
                "log-setting-ignored",
                &[("setting", setting.to_string().into())]
            )
        );
    }
    // Before the first thread and before GTK: it sets WebKit's environment.
    settings.drawing.apply();
    // The station opens while GTK and WebKit start, which do not need it: the page
    // asks for it only once it runs.
    let opening = std::thread::spawn(move || Shell::start(clock, settings));
    let app = builder(tauri::Builder::default())
        .setup(move |app| {
            let shell = opening
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok(start(app, shell)?)
        })
        .build(context());
    match app {
        Ok(app) => {
            app.run(|app, event| {
                if let RunEvent::Exit = event {
                    stop(app);
                }
            });
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!(
                "{}",
                app::messages::german("log-start-failed", &[("detail", error.to_string().into())])
            );
            ExitCode::FAILURE
        }
    }
}

/// The app's configuration, assets and ACL, compiled in from `tauri.conf.json`,
/// `ui/dist` and `capabilities/`.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// The app on any runtime (Wry in production, the mock runtime in tests): its commands
/// and the rules for its windows: the kiosk window refuses to be closed (Alt+F4, the
/// window manager's close button) — staff end the app (`kiosk_quit`), IT stops its
/// service —; should it go anyway, the app ends; closing the call display stops the
/// sounding of calls.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .invoke_handler(commands::handler())
        .on_window_event(|window, event| match event {
            WindowEvent::CloseRequested { api, .. } if window.label() == KIOSK => {
                api.prevent_close();
            }
            WindowEvent::Destroyed if window.label() == KIOSK => window.app_handle().exit(0),
            WindowEvent::Destroyed if window.label() == DISPLAY => {
                if let Some(announcer) = window.try_state::<announcer::Announcer>() {
                    announcer.pause();
                }
            }
            _ => {}
        })
}

/// Start-up, once the app is built and `shell` has opened the station (`run` calls it
/// from Tauri's setup hook, tests directly): starts the card reader watcher, the
/// background sync and the announcer of calls, and opens the kiosk window (and the
/// call display when `BK_CALL_DISPLAY` asks for it) — with the UI, or with the start-up
/// error page when the station could not be opened. [`stop`] ends the threads.
pub fn start<R: Runtime, M: Manager<R>>(manager: &M, shell: Shell) -> tauri::Result<()> {
    if shell.station().is_err() {
        watchdog::keep_alive_without_page();
    }
    let kiosk_url = shell.kiosk_url();
    let start_info = start_info_script(&shell);
    let call_display = shell.settings.call_display && shell.station().is_ok();
    manager.manage(announcer::Announcer::start(&shell.settings));
    manager.manage(app::SyncDesk::start(shell.station().ok()));
    manager.manage(shell);
    manager.manage(app::CardDesk::watching());
    windows::open_kiosk(manager, kiosk_url, start_info)?;
    if call_display {
        windows::open_display(manager)?;
    }
    Ok(())
}

/// Shut-down, before the process exits (`run` calls it on `RunEvent::Exit`, tests when
/// they end): stops the card reader watcher, the background sync and the announcer
/// and waits for their threads, so none is inside pcsclite or SQLite while exit handlers run.
pub fn stop<R: Runtime, M: Manager<R>>(manager: &M) {
    if let Some(card) = manager.try_state::<app::CardDesk>() {
        card.stop();
    }
    if let Some(sync) = manager.try_state::<app::SyncDesk>() {
        sync.stop();
    }
    if let Some(announcer) = manager.try_state::<announcer::Announcer>() {
        announcer.stop();
    }
}
