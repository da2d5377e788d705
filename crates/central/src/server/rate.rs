//! A per-address rate limit for enrolment and sign-in: at most [`MAX_TRIES`] tries
//! per client address in each [`WINDOW`]. A fixed window per address is all these
//! two endpoints need; it is a few lines, where a rate-limiting crate would bring a
//! whole middleware stack.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Tries per address and window.
pub const MAX_TRIES: u32 = 20;
/// The window.
pub const WINDOW: Duration = Duration::from_secs(60);
/// Addresses remembered at most (older windows are dropped first).
const MAX_ADDRESSES: usize = 10_000;

/// Counts tries per address.
#[derive(Clone, Default)]
pub struct RateLimit {
    windows: Arc<Mutex<HashMap<IpAddr, (Instant, u32)>>>,
}

impl RateLimit {
    /// Counts a try from `address`; `false` when it is over the limit.
    pub fn allow(&self, address: IpAddr) -> bool {
        self.allow_at(address, Instant::now())
    }

    fn allow_at(&self, address: IpAddr, now: Instant) -> bool {
        let Ok(mut windows) = self.windows.lock() else {
            return false;
        };
        if windows.len() >= MAX_ADDRESSES {
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = windows.entry(address).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= MAX_TRIES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_limited_per_window() {
        let limit = RateLimit::default();
        let start = Instant::now();
        let one: IpAddr = "127.0.0.1".parse().unwrap();
        let other: IpAddr = "127.0.0.2".parse().unwrap();
        for _ in 0..MAX_TRIES {
            assert!(limit.allow_at(one, start));
        }
        assert!(!limit.allow_at(one, start));
        assert!(limit.allow_at(other, start));
        assert!(limit.allow_at(one, start + WINDOW));
    }
}
