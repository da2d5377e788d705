//! Reference codes citizens keep for their request, like `BK-7KQM-F3XT`.
//!
//! Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V, 5/S),
//! chosen by the operating system's random source: 27^8 ≈ 2.8 × 10^11 codes, so
//! guessing another citizen's code is hopeless and collisions are rare (the store's
//! primary key catches them, see [`super::submit`]).

use crate::error::{Result, StationError};

/// The characters of a code: digits and capitals that cannot be mistaken for another.
const ALPHABET: &[u8; 27] = b"2346789ABCDEFGHJKMNPQRTWXYZ";

/// A fresh random reference code `BK-XXXX-XXXX`.
pub fn generate() -> Result<String> {
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).map_err(|e| StationError::NoRandomness(e.to_string()))?;
    // 256 is not a multiple of 27: the top bytes would favour the first characters,
    // so they are drawn again.
    const UNBIASED_LIMIT: usize = 256 - 256 % ALPHABET.len();
    for byte in &mut random {
        while usize::from(*byte) >= UNBIASED_LIMIT {
            let mut again = [0u8; 1];
            getrandom::fill(&mut again).map_err(|e| StationError::NoRandomness(e.to_string()))?;
            *byte = again[0];
        }
    }
    let chars: String = random
        .iter()
        .map(|&byte| char::from(ALPHABET[usize::from(byte) % ALPHABET.len()]))
        .collect();
    Ok(format!("BK-{}-{}", &chars[..4], &chars[4..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_the_documented_shape_and_alphabet() {
        for _ in 0..200 {
            let code = generate().unwrap();
            assert_eq!(code.len(), 12);
            assert!(code.starts_with("BK-") && &code[7..8] == "-", "{code}");
            assert!(code[3..7]
                .bytes()
                .chain(code[8..].bytes())
                .all(|b| ALPHABET.contains(&b)));
        }
        assert_ne!(generate().unwrap(), generate().unwrap());
    }

    #[test]
    fn the_alphabet_has_no_look_alikes_and_no_repeats() {
        for confusable in b"01OILUV5S" {
            assert!(!ALPHABET.contains(confusable));
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ALPHABET.len());
    }
}
