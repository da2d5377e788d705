//! What the shell holds while it runs: its settings, the start-up clock and the open
//! station (`app::Station`) — or, when it could not be opened, why not.

use crate::ready_clock::ReadyClock;
use crate::settings::Settings;
use crate::startup_error;
use app::messages::german;
use app::{AppError, OpenFailure, Station, StationPaths};
use tauri::WebviewUrl;

/// The managed state of the app.
pub struct Shell {
    /// What the environment configured at start.
    pub settings: Settings,
    /// The start-up clock the first `kiosk_ready` reads.
    pub clock: ReadyClock,
    station: Result<Station, OpenFailure>,
}

impl Shell {
    /// Opens the station. A failure does not stop the app: the kiosk then shows the
    /// start-up error page, and the file is left as it was.
    pub fn start(clock: ReadyClock, settings: Settings) -> Self {
        let paths = StationPaths {
            data_dir: settings.data_dir.clone(),
            assets_dir: settings.assets_dir.clone(),
        };
        let station = Station::open(&paths);
        if let Err(failure) = &station {
            eprintln!(
                "{}",
                german("log-prefix", &[("text", failure.to_string().into())])
            );
        }
        Shell {
            settings,
            clock,
            station,
        }
    }

    /// The station, or `store_unavailable` when it could not be opened at start.
    pub fn station(&self) -> Result<&Station, AppError> {
        self.station
            .as_ref()
            .map_err(|failure| AppError::new("store_unavailable", failure.to_string()))
    }

    /// The page the kiosk window shows first: the UI, or the start-up error page.
    pub fn kiosk_url(&self) -> WebviewUrl {
        match &self.station {
            Ok(_) => WebviewUrl::App("index.html".into()),
            Err(failure) => startup_error::page_url(failure),
        }
    }
}
