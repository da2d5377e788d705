//! Sounds each call: the call display asks for its board every second, and the calls
//! made since it last asked ([`app::calls::CallWatch`]) — from the staff window or from
//! `bk` alike — go to a thread of their own that plays them one after the other, so a
//! gong never delays the board and two calls never sound over each other. Without an
//! open call display nothing is sounded (the display is the screen with speakers).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use app::calls::{voice_call, CallWatch};
use app::messages::german;
use app::Station;
use devices::voice::{self, Call, Sink};

use crate::settings::Settings;

/// The announcer thread and what finds new calls.
pub struct Announcer {
    calls: Mutex<Option<Sender<Call>>>,
    stopping: Arc<AtomicBool>,
    thread: Mutex<Option<JoinHandle<()>>>,
    watch: Mutex<Option<CallWatch>>,
}

impl Announcer {
    /// Starts the thread; calls go to the loudspeaker, or to `BK_CALL_SOUND_DIR`.
    pub fn start(settings: &Settings) -> Self {
        let sink = settings
            .call_sound_dir
            .clone()
            .map_or(Sink::Loudspeaker, |dir: PathBuf| Sink::Folder(dir));
        let (sender, receiver) = mpsc::channel::<Call>();
        let stopping = Arc::new(AtomicBool::new(false));
        let stop_seen = Arc::clone(&stopping);
        let thread = std::thread::Builder::new()
            .name("announcer".into())
            .spawn(move || {
                for call in receiver {
                    if stop_seen.load(Ordering::Relaxed) {
                        break;
                    }
                    if let Err(error) = voice::announce(&call, &sink) {
                        eprintln!(
                            "{}",
                            german("log-prefix", &[("text", error.to_string().into())])
                        );
                    }
                }
            })
            .map_err(|error| {
                eprintln!(
                    "{}",
                    german("log-prefix", &[("text", error.to_string().into())])
                )
            })
            .ok();
        Announcer {
            calls: Mutex::new(Some(sender)),
            stopping,
            thread: Mutex::new(thread),
            watch: Mutex::new(None),
        }
    }

    /// Queues the calls made since the display last asked. The first question only
    /// starts the watch: calls from before the display opened are not sounded.
    pub fn sound_new_calls(&self, station: &Station) -> app::AppResult<()> {
        let mut watch = self.watch.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(watch) = watch.as_mut() else {
            *watch = Some(CallWatch::start(station)?);
            return Ok(());
        };
        let fresh = watch.new_calls(station)?;
        let calls = self.calls.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(sender) = calls.as_ref() {
            for call in fresh.iter().filter_map(voice_call) {
                // The thread ends only at stop; a call after that is not sounded.
                let _ = sender.send(call);
            }
        }
        Ok(())
    }

    /// The display was closed: calls until it opens again are not sounded.
    pub fn pause(&self) {
        *self.watch.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Ends the thread after the call it is playing (each program is bounded by a
    /// timeout); calls still queued are dropped.
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::Relaxed);
        drop(
            self.calls
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take(),
        );
        if let Some(thread) = self
            .thread
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            let _ = thread.join();
        }
    }
}
