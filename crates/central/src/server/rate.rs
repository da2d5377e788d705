//! A per-address rate limit, one for enrolment and one for sign-in: at most
//! [`MAX_TRIES`] tries per client (IPv4 address or IPv6 /64) in each [`WINDOW`]. A fixed window per address is all these
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
/// The `Retry-After` of a refused try: the window's length.
pub const RETRY_AFTER_SECONDS: &str = "60";
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
        let address = client_key(address);
        let Ok(mut windows) = self.windows.lock() else {
            return false;
        };
        if windows.len() >= MAX_ADDRESSES {
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
            if windows.len() >= MAX_ADDRESSES {
                // Under a flood from as many addresses, start counting afresh rather
                // than grow without bound.
                windows.clear();
            }
        }
        let entry = windows.entry(address).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= MAX_TRIES
    }
}

/// What one client is counted by: its IPv4 address, or the /64 network of its IPv6
/// address (one host gets a whole /64 and could otherwise count as billions).
fn client_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(std::net::Ipv6Addr::from(bits))
        }
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

    #[test]
    fn an_ipv6_network_counts_as_one_client() {
        let limit = RateLimit::default();
        let start = Instant::now();
        for host in 0..=MAX_TRIES {
            let address: IpAddr = format!("2001:db8::{host:x}").parse().unwrap();
            assert_eq!(limit.allow_at(address, start), host < MAX_TRIES);
        }
    }
}
