//! Small random numbers for the tests (delays, fault choices) from the OS.

/// A random number in `0..bound` (`bound` > 0).
pub fn below(bound: u64) -> u64 {
    getrandom::u64().expect("OS randomness") % bound
}

/// A random number in `low..high`.
pub fn between(low: u64, high: u64) -> u64 {
    low + below(high - low)
}
