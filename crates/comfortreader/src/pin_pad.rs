//! The reader's PIN pad, typed on by a test (or a person at a demo) through a
//! Unix socket: one command per line, one answer line each —
//! `type DIGITS` (an entry finished with OK), `cancel` (the Cancel key),
//! `clear` (forget what was typed ahead), `status` (`ok waiting=yes|no
//! queued=N`: whether the reader is asking for an entry now). Entries typed
//! ahead wait in order until the reader asks; a power cycle or the end of the
//! reader's PACE channel forgets them. Entries are kept as [`Secret`]s and the
//! line as a zeroizing string, and never written anywhere (the socket's read
//! buffer is not wiped: a test driver's pad, not a real one).

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use eid::secret::Secret;
use zeroize::Zeroizing;

/// What the reader got when it asked for an entry.
#[derive(Debug)]
pub enum Entry {
    /// Digits finished with OK.
    Digits(Secret),
    /// The Cancel key.
    Cancelled,
    /// Nothing within the time the reader waits.
    TimedOut,
}

/// One key press of the pad that ends an entry.
enum Key {
    Digits(Secret),
    Cancel,
}

#[derive(Default)]
struct PadState {
    typed: VecDeque<Key>,
    waiting: bool,
}

/// The PIN pad: entries typed ahead, and whether the reader asks for one now.
#[derive(Default)]
pub struct PinPad {
    state: Mutex<PadState>,
    typed: Condvar,
}

impl PinPad {
    /// Opens the pad's socket at `path` (replacing a stale one) and serves it on a thread.
    pub fn serve(path: &Path) -> io::Result<Arc<PinPad>> {
        match std::fs::remove_file(path) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
            _ => {}
        }
        let listener = UnixListener::bind(path)?;
        let pad = Arc::new(PinPad::default());
        let served = Arc::clone(&pad);
        std::thread::Builder::new()
            .name("comfortreader-pad".into())
            .spawn(move || {
                for stream in listener.incoming().flatten() {
                    // One typist at a time; a broken connection ends only itself.
                    let _ended = served.answer(stream);
                }
            })?;
        Ok(pad)
    }

    /// Waits up to `patience` for the next entry.
    pub fn entry(&self, patience: Duration) -> Entry {
        let deadline = Instant::now() + patience;
        let mut state = self.lock();
        state.waiting = true;
        let entry = loop {
            if let Some(key) = state.typed.pop_front() {
                break match key {
                    Key::Digits(secret) => Entry::Digits(secret),
                    Key::Cancel => Entry::Cancelled,
                };
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break Entry::TimedOut;
            }
            state = self
                .typed
                .wait_timeout(state, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        };
        state.waiting = false;
        entry
    }

    /// Forgets what was typed ahead.
    pub fn clear(&self) {
        self.lock().typed.clear();
    }

    fn lock(&self) -> MutexGuard<'_, PadState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn answer(&self, stream: UnixStream) -> io::Result<()> {
        let mut writer = stream.try_clone()?;
        for line in BufReader::new(stream).lines() {
            let line = Zeroizing::new(line?);
            let answer = self.command(line.as_str());
            writer.write_all(format!("{answer}\n").as_bytes())?;
        }
        Ok(())
    }

    fn command(&self, line: &str) -> String {
        let mut state = self.lock();
        let key = match line.trim().split_once(' ').unwrap_or((line.trim(), "")) {
            ("type", digits)
                if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) =>
            {
                Key::Digits(Secret::new(digits.to_owned()))
            }
            ("cancel", "") => Key::Cancel,
            ("clear", "") => {
                drop(state);
                self.clear();
                return "ok".into();
            }
            ("status", "") => {
                let waiting = if state.waiting { "yes" } else { "no" };
                return format!("ok waiting={waiting} queued={}", state.typed.len());
            }
            _ => return "error: commands are `type DIGITS`, `cancel`, `clear`, `status`".into(),
        };
        state.typed.push_back(key);
        self.typed.notify_all();
        "ok".into()
    }
}
