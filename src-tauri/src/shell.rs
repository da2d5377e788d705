//! What the shell holds while it runs: its settings, the start-up clock and the station
//! (store, catalogue, plan) — or, when those could not be opened, why not.

use crate::commands::CommandError;
use crate::ready_clock::ReadyClock;
use crate::settings::Settings;
use crate::startup_error::{self, StartupFailure};
use station::catalogue::Catalogue;
use station::plan::Plan;
use station::Store;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, PoisonError};
use tauri::WebviewUrl;

/// The managed state of the app.
pub struct Shell {
    pub settings: Settings,
    pub clock: ReadyClock,
    station: Result<Station, StartupFailure>,
}

/// The open station: its store and the assets the commands need.
pub struct Station {
    store: Mutex<Store>,
    pub catalogue: Catalogue,
    pub plan: Plan,
}

impl Station {
    /// The store, for one command. A panic in an earlier command cannot leave it half
    /// written (every write is one SQLite transaction), so a poisoned lock is taken over.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Shell {
    /// Loads the assets and opens the store. A failure does not stop the app: the kiosk
    /// then shows the start-up error page, and the file is left as it was.
    pub fn start(clock: ReadyClock, settings: Settings) -> Self {
        let station = open_station(&settings);
        if let Err(failure) = &station {
            eprintln!("bürgerkoffer: {failure}");
        }
        Shell {
            settings,
            clock,
            station,
        }
    }

    /// The station, or `store_unavailable` when it could not be opened at start.
    pub fn station(&self) -> Result<&Station, CommandError> {
        self.station
            .as_ref()
            .map_err(|failure| CommandError::new("store_unavailable", failure.to_string()))
    }

    /// The page the kiosk window shows first: the UI, or the start-up error page.
    pub fn kiosk_url(&self) -> WebviewUrl {
        match &self.station {
            Ok(_) => WebviewUrl::App("index.html".into()),
            Err(failure) => startup_error::page_url(failure),
        }
    }
}

fn store_path(settings: &Settings) -> station::Result<PathBuf> {
    match &settings.data_dir {
        Some(dir) => Ok(dir.join(station::store::FILE_NAME)),
        None => station::store::default_path(),
    }
}

fn open_station(settings: &Settings) -> Result<Station, StartupFailure> {
    let (catalogue, plan) =
        crate::assets::load(settings.assets_dir.as_deref()).map_err(StartupFailure::assets)?;
    let path = store_path(settings).map_err(|error| StartupFailure::store(None, error))?;
    let store = Store::open(&path).map_err(|error| StartupFailure::store(Some(path), error))?;
    Ok(Station {
        store: Mutex::new(store),
        catalogue,
        plan,
    })
}
