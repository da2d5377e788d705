//! Start-up time: milliseconds from the start of the process to the moment the kiosk's
//! start screen is interactive (reported once by the UI through `kiosk_ready`).

use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Remembers when the shell started and the first ready report.
pub struct ReadyClock {
    /// Time between the process start (as the kernel saw it) and `ReadyClock::start`.
    before_start: Duration,
    started: Instant,
    first_ready: OnceLock<u64>,
}

impl ReadyClock {
    /// Call as early as possible in `main`.
    pub fn start() -> Self {
        ReadyClock {
            before_start: process_age().unwrap_or_default(),
            started: Instant::now(),
            first_ready: OnceLock::new(),
        }
    }

    /// Milliseconds since the process started, measured on the first call; later calls
    /// return the first figure. The bool is true for the first call.
    pub fn mark_ready(&self) -> (u64, bool) {
        let mut first = false;
        let ms = *self.first_ready.get_or_init(|| {
            first = true;
            let elapsed = self.before_start + self.started.elapsed();
            u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX)
        });
        (ms, first)
    }
}

/// Writes the figure for scripts (`BK_READY_FILE`): the number, then a newline. Written
/// to a temporary name and renamed so a reader never sees a half-written file.
pub fn write_ready_file(path: &Path, ms: u64) -> std::io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".partial");
    std::fs::write(&temporary, format!("{ms}\n"))?;
    std::fs::rename(&temporary, path)
}

/// How long ago the kernel started this process (Linux: `/proc/self/stat` field 22
/// against `/proc/uptime`, 10 ms resolution), so dynamic loading before `main` counts.
#[cfg(target_os = "linux")]
fn process_age() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Field 2 (the command name) may hold spaces; the fields after it follow ") ".
    let after_name = &stat[stat.rfind(')')? + 2..];
    // `after_name` starts at field 3, so field 22 is index 19.
    let start_ticks: u64 = after_name.split_whitespace().nth(19)?.parse().ok()?;
    // SAFETY: sysconf only reads a system constant.
    let ticks_per_second = u64::try_from(unsafe { libc::sysconf(libc::_SC_CLK_TCK) }).ok()?;
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    let uptime_seconds: f64 = uptime.split_whitespace().next()?.parse().ok()?;
    let started_at = start_ticks as f64 / ticks_per_second as f64;
    Some(Duration::from_secs_f64(
        (uptime_seconds - started_at).max(0.0),
    ))
}

#[cfg(not(target_os = "linux"))]
fn process_age() -> Option<Duration> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_age_is_known_and_plausible() {
        let age = process_age().expect("/proc gives the process start");
        assert!(age < Duration::from_secs(24 * 3600), "{age:?}");
    }

    #[test]
    fn first_ready_figure_sticks() {
        let clock = ReadyClock::start();
        let (first, was_first) = clock.mark_ready();
        std::thread::sleep(Duration::from_millis(20));
        let (again, was_first_again) = clock.mark_ready();
        assert!(was_first);
        assert!(!was_first_again);
        assert_eq!(first, again);
    }

    #[test]
    fn ready_file_holds_the_number() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ready");
        write_ready_file(&path, 734).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "734\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
