//! systemd's service notifications (`sd_notify`): the kiosk is ready once the start
//! screen's first frame is painted (`kiosk_ready`), and alive as long as the page's
//! heartbeat (`kiosk_heartbeat`) comes, so a hung page — not only a dead process — gets
//! the app restarted by the watchdog. Without `NOTIFY_SOCKET` nothing is sent.
//!
//! The watchdog interval is `WATCHDOG_USEC`. The app reads it whatever `WATCHDOG_PID`
//! says: it runs as the child of the kiosk compositor (cage), which is the unit's main
//! process, so systemd names cage there (the unit sets `NotifyAccess=all`).

use std::time::Duration;

use sd_notify::NotifyState;

/// The page's heartbeat interval: half the watchdog's, as systemd advises; `None`
/// without a watchdog.
pub fn heartbeat_interval() -> Option<Duration> {
    let usec: u64 = std::env::var("WATCHDOG_USEC").ok()?.parse().ok()?;
    (usec > 0).then(|| Duration::from_micros(usec / 2))
}

/// Tells systemd the kiosk is ready.
pub fn ready() {
    send(&[NotifyState::Ready]);
}

/// Tells systemd's watchdog the kiosk is alive.
pub fn alive() {
    send(&[NotifyState::Watchdog]);
}

/// For the start-up error page, which has no script to beat: ready now, and alive
/// from a thread of its own (a restart would not mend the store; IT must).
pub fn keep_alive_without_page() {
    ready();
    if let Some(interval) = heartbeat_interval() {
        let beating = std::thread::Builder::new()
            .name("watchdog".into())
            .spawn(move || loop {
                alive();
                std::thread::sleep(interval);
            });
        if let Err(error) = beating {
            eprintln!(
                "{}",
                app::messages::german("log-notify-failed", &[("detail", error.to_string().into())])
            );
        }
    }
}

fn send(state: &[NotifyState]) {
    if let Err(error) = sd_notify::notify(false, state) {
        // The kiosk runs on; systemd will say what it misses.
        eprintln!(
            "{}",
            app::messages::german("log-notify-failed", &[("detail", error.to_string().into())])
        );
    }
}

#[cfg(test)]
mod tests {
    use super::heartbeat_interval;
    use std::time::Duration;

    #[test]
    fn the_heartbeat_comes_at_half_the_watchdog_interval() {
        // One test sets the variable, so no other test in this binary races it.
        std::env::set_var("WATCHDOG_USEC", "30000000");
        assert_eq!(heartbeat_interval(), Some(Duration::from_secs(15)));
        std::env::set_var("WATCHDOG_USEC", "0");
        assert_eq!(heartbeat_interval(), None);
        std::env::set_var("WATCHDOG_USEC", "soon");
        assert_eq!(heartbeat_interval(), None);
        std::env::remove_var("WATCHDOG_USEC");
        assert_eq!(heartbeat_interval(), None);
    }
}
