//! Waiting between failed sync rounds: exponential backoff with jitter.
//!
//! The n-th consecutive failure waits a random time between half and all of
//! `min(max, base · 2ⁿ)`, so many stations coming back online at once do not knock
//! on the central in step. A success resets the count.

use std::time::Duration;

/// Backoff state of one runner.
#[derive(Debug, Clone)]
pub struct Backoff {
    base: Duration,
    max: Duration,
    failures: u32,
}

impl Backoff {
    /// Starts at `base`, never waits longer than `max`.
    pub fn new(base: Duration, max: Duration) -> Self {
        Self {
            base,
            max,
            failures: 0,
        }
    }

    /// The wait after one more failure.
    pub fn next_delay(&mut self) -> Duration {
        let ceiling = self
            .base
            .saturating_mul(1u32 << self.failures.min(20))
            .min(self.max);
        self.failures = self.failures.saturating_add(1);
        let half = ceiling / 2;
        half + half.mul_f64(random_fraction())
    }

    /// After a success: the next failure starts at `base` again.
    pub fn reset(&mut self) {
        self.failures = 0;
    }
}

/// A random number in `[0, 1)`; 0.5 when the OS gives no randomness (the jitter only
/// spreads load, it protects no secret).
fn random_fraction() -> f64 {
    getrandom::u32().map_or(0.5, |n| f64::from(n) / (f64::from(u32::MAX) + 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_stay_within_bounds_and_reset() {
        let base = Duration::from_millis(100);
        let max = Duration::from_secs(5);
        let mut backoff = Backoff::new(base, max);
        for n in 0..12u32 {
            let ceiling = (base * 2u32.pow(n)).min(max);
            let delay = backoff.next_delay();
            assert!(delay >= ceiling / 2 && delay <= ceiling, "{n}: {delay:?}");
        }
        backoff.reset();
        assert!(backoff.next_delay() <= base);
    }

    #[test]
    fn jitter_spreads_the_delays() {
        let mut delays: Vec<_> = (0..20)
            .map(|_| Backoff::new(Duration::from_secs(1), Duration::from_secs(1)).next_delay())
            .collect();
        delays.sort();
        delays.dedup();
        assert!(delays.len() > 10);
    }
}
