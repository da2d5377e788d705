//! Where PACE gets its randomness: the operating system, or bytes a test supplies.
//!
//! The terminal's ephemeral keys are drawn through [`RandomSource`], so the
//! ICAO worked example can replay its fixed keys and benchmarks can run
//! without a card.

/// A source of random bytes.
pub trait RandomSource {
    /// Fills `buffer` with random bytes.
    fn fill(&mut self, buffer: &mut [u8]) -> Result<(), RandomError>;
}

/// The source could not deliver bytes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no random bytes available: {0}")]
pub struct RandomError(pub String);

/// The operating system's random number generator (`getrandom`).
#[derive(Debug, Default, Clone, Copy)]
pub struct OsRandom;

impl RandomSource for OsRandom {
    fn fill(&mut self, buffer: &mut [u8]) -> Result<(), RandomError> {
        getrandom::fill(buffer).map_err(|error| RandomError(error.to_string()))
    }
}

/// Replays fixed bytes, in order (for known-answer tests and benchmarks).
#[derive(Debug, Clone)]
pub struct FixedRandom {
    bytes: Vec<u8>,
    position: usize,
}

impl FixedRandom {
    /// A source that hands out `bytes` and then fails.
    pub fn new(bytes: Vec<u8>) -> Self {
        FixedRandom { bytes, position: 0 }
    }
}

impl RandomSource for FixedRandom {
    fn fill(&mut self, buffer: &mut [u8]) -> Result<(), RandomError> {
        let end = self.position + buffer.len();
        let source = self
            .bytes
            .get(self.position..end)
            .ok_or_else(|| RandomError("fixed random bytes used up".into()))?;
        buffer.copy_from_slice(source);
        self.position = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_random_replays_then_fails() {
        let mut source = FixedRandom::new(vec![1, 2, 3]);
        let mut buffer = [0; 2];
        source.fill(&mut buffer).unwrap();
        assert_eq!(buffer, [1, 2]);
        assert!(source.fill(&mut buffer).is_err());
    }

    #[test]
    fn os_random_fills() {
        let mut buffer = [0u8; 32];
        OsRandom.fill(&mut buffer).unwrap();
        assert_ne!(buffer, [0u8; 32]);
    }
}
