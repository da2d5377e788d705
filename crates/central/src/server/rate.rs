//! A per-address rate limit, one for enrolment and one for sign-in: at most
//! [`MAX_TRIES`] tries per client (IPv4 address or IPv6 /64) in each [`WINDOW`]. The
//! tries are counted in the database ([`crate::store::Store::rate_limit_try`]), so
//! several central processes sharing it limit as one. A fixed window per address is
//! all these two endpoints need, where a rate-limiting crate would bring a whole
//! middleware stack and count in one process only.

use std::net::IpAddr;
use std::time::{SystemTime, UNIX_EPOCH};

use super::error::ApiFailure;
use super::AppState;

/// Tries per address and window.
pub const MAX_TRIES: u32 = 20;
/// The window, in seconds.
pub const WINDOW_SECONDS: i64 = 60;
/// The `Retry-After` of a refused try: the window's length.
pub const RETRY_AFTER_SECONDS: &str = "60";

/// What is limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Redeeming enrolment codes (station API).
    Enrolment,
    /// Signing in to the back office (a limit of its own, so that enrolment tries on
    /// the station API cannot lock clerks out).
    SignIn,
}

impl Scope {
    fn as_str(self) -> &'static str {
        match self {
            Scope::Enrolment => "enrolment",
            Scope::SignIn => "sign_in",
        }
    }
}

/// Counts a try from `address`; `false` when it is over the limit.
pub async fn allow(state: &AppState, scope: Scope, address: IpAddr) -> Result<bool, ApiFailure> {
    let client = client_key(address).to_string();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs() as i64);
    state
        .with_store(move |store| {
            Ok(store.rate_limit_try(scope.as_str(), &client, now, WINDOW_SECONDS, MAX_TRIES)?)
        })
        .await
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
    use crate::store::Store;

    #[test]
    fn an_address_is_limited_per_window_and_scope() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("central.sqlite3")).unwrap();
        let start = 1_800_000_000 - 1_800_000_000 % WINDOW_SECONDS;
        let allow = |client: &str, scope: &str, at: i64| {
            store
                .rate_limit_try(scope, client, at, WINDOW_SECONDS, MAX_TRIES)
                .unwrap()
        };
        for _ in 0..MAX_TRIES {
            assert!(allow("127.0.0.1", "sign_in", start));
        }
        assert!(!allow("127.0.0.1", "sign_in", start + 59));
        assert!(allow("127.0.0.1", "enrolment", start));
        assert!(allow("127.0.0.2", "sign_in", start));
        assert!(allow("127.0.0.1", "sign_in", start + WINDOW_SECONDS));
    }

    #[test]
    fn an_ipv6_network_counts_as_one_client() {
        let one: IpAddr = "2001:db8::1".parse().unwrap();
        let other: IpAddr = "2001:db8::ffff:1".parse().unwrap();
        assert_eq!(client_key(one), client_key(other));
        let elsewhere: IpAddr = "2001:db8:0:1::1".parse().unwrap();
        assert_ne!(client_key(one), client_key(elsewhere));
    }
}
