//! Standardized elliptic curve domain parameters and the point arithmetic PACE needs.
//!
//! Parameter ids follow TR-03110 Part 3 Table 4 / ICAO 9303-11 Table 6.
//! Supported: 13 brainpoolP256r1 and 16 brainpoolP384r1 (RustCrypto `bp256`,
//! `bp384`) and 17 brainpoolP512r1 ([`bp512`], on RustCrypto `primefield` and
//! `primeorder`), each computed on its `a = -3` twist ([`twist`]). Every other id
//! gives [`CurveError::Unsupported`] naming it.
//! Points travel as uncompressed SEC1 bytes (`04 || X || Y`), scalars as
//! big-endian bytes in zeroizing buffers; every point from the card is
//! checked to lie on the curve and not to be the identity.

pub mod bp512;
pub mod twist;

use crate::random::{RandomError, RandomSource};
use primeorder::BasepointTable;
use primeorder::ProjectivePoint;
use twist::{Isomorphism, Twisted};
use zeroize::Zeroizing;

/// Errors of the curve layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CurveError {
    /// A standardized parameter id this implementation does not support.
    #[error("domain parameter id {id} ({name}) is not supported")]
    Unsupported {
        /// The parameter id from PACEInfo.
        id: u32,
        /// Its name in TR-03110 Part 3 Table 4.
        name: &'static str,
    },
    /// A point that is not `04 || X || Y` of the right length.
    #[error("public key is not an uncompressed point of {expected} bytes")]
    PointEncoding {
        /// Expected encoded length.
        expected: usize,
    },
    /// A point not on the curve, or the identity.
    #[error("public key is not a valid point on {0}")]
    InvalidPoint(&'static str),
    /// A computation gave the point at infinity.
    #[error("computation on {0} gave the point at infinity")]
    Identity(&'static str),
    /// The randomness source failed.
    #[error(transparent)]
    Random(#[from] RandomError),
}

/// The standardized domain parameters this implementation runs PACE on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DomainParameters {
    /// brainpoolP256r1, id 13.
    BrainpoolP256r1,
    /// brainpoolP384r1, id 16.
    BrainpoolP384r1,
    /// brainpoolP512r1, id 17.
    BrainpoolP512r1,
}

impl DomainParameters {
    /// The parameters for a standardized id, or an error naming the id.
    pub fn from_id(id: u32) -> Result<Self, CurveError> {
        match id {
            13 => Ok(DomainParameters::BrainpoolP256r1),
            16 => Ok(DomainParameters::BrainpoolP384r1),
            17 => Ok(DomainParameters::BrainpoolP512r1),
            _ => Err(CurveError::Unsupported {
                id,
                name: standardized_name(id),
            }),
        }
    }

    /// The standardized id.
    pub fn id(self) -> u32 {
        match self {
            DomainParameters::BrainpoolP256r1 => 13,
            DomainParameters::BrainpoolP384r1 => 16,
            DomainParameters::BrainpoolP512r1 => 17,
        }
    }

    /// The curve's name.
    pub fn name(self) -> &'static str {
        standardized_name(self.id())
    }

    /// The arithmetic for these parameters.
    pub fn group(self) -> &'static dyn EcGroup {
        match self {
            DomainParameters::BrainpoolP256r1 => &BRAINPOOL_P256R1,
            DomainParameters::BrainpoolP384r1 => &BRAINPOOL_P384R1,
            DomainParameters::BrainpoolP512r1 => &BRAINPOOL_P512R1,
        }
    }
}

/// Names of the standardized domain parameters (TR-03110 Part 3 Table 4).
fn standardized_name(id: u32) -> &'static str {
    match id {
        0 => "1024-bit MODP group with 160-bit prime order subgroup",
        1 => "2048-bit MODP group with 224-bit prime order subgroup",
        2 => "2048-bit MODP group with 256-bit prime order subgroup",
        8 => "NIST P-192",
        9 => "brainpoolP192r1",
        10 => "NIST P-224",
        11 => "brainpoolP224r1",
        12 => "NIST P-256",
        13 => "brainpoolP256r1",
        14 => "brainpoolP320r1",
        15 => "NIST P-384",
        16 => "brainpoolP384r1",
        17 => "brainpoolP512r1",
        18 => "NIST P-521",
        _ => "reserved for future use",
    }
}

/// Elliptic curve arithmetic on encoded points and scalars.
pub trait EcGroup: Sync {
    /// The curve's name.
    fn name(&self) -> &'static str;
    /// Length of a field element / coordinate in bytes.
    fn field_len(&self) -> usize;
    /// The curve's base point, uncompressed.
    fn generator(&self) -> Vec<u8>;
    /// A uniformly random private scalar in `1..n`, big-endian.
    fn random_scalar(
        &self,
        random: &mut dyn RandomSource,
    ) -> Result<Zeroizing<Vec<u8>>, CurveError>;
    /// `scalar · point`, uncompressed; fails on invalid input points or an identity result.
    fn multiply(&self, scalar: &[u8], point: &[u8]) -> Result<Vec<u8>, CurveError>;
    /// `scalar · G`, uncompressed (faster than [`EcGroup::multiply`] with the generator).
    fn multiply_generator(&self, scalar: &[u8]) -> Result<Vec<u8>, CurveError>;
    /// `key · G'` for the Generic Mapping's generator `G' = s·G + H`, `H = mapping_key ·
    /// card_mapping_public`, `s` the `nonce` read as a big-endian integer mod n —
    /// computed as `(key·s)·G + (key·mapping_key)·card_mapping_public`, which needs one
    /// multiplication by a variable point instead of two. A zero `key` or `mapping_key`
    /// is refused ([`CurveError::Identity`]), so `H` is never the identity (a checked
    /// point of the prime-order group times a non-zero key); `G'` being the identity
    /// gives [`CurveError::Identity`] as the result then is.
    fn multiply_mapped(
        &self,
        key: &[u8],
        nonce: &[u8],
        mapping_key: &[u8],
        card_mapping_public: &[u8],
    ) -> Result<Vec<u8>, CurveError>;
}

// Each twist's generator table has one row per byte of a scalar, and one more.

/// brainpoolP256r1, computed on brainpoolP256t1.
pub static BRAINPOOL_P256R1: Twisted<bp256::BrainpoolP256t1, 33> = Twisted {
    name: "brainpoolP256r1",
    isomorphism: Isomorphism {
        z2: "82bc2eb23a37e62ad4843df8cffd588aad32a61e81a9ad970b3fbd112adb923f",
        z3: "842578589fb6c8e983ecc3d1194894ad7a79f385afabee717c45c8259685998b",
        z2_inverse: "79838c22d2b8dc9af2e6cf56f8826dc3dfe10fcb17b6aaaf551ee52bef12f826",
        z3_inverse: "042cc378eb15e51d6259ebb65740955a838bc0bfdcec227432a41879492006a2",
    },
    table: &P256T1_TABLE,
};
static P256T1_TABLE: BasepointTable<ProjectivePoint<bp256::BrainpoolP256t1>, 33> =
    BasepointTable::new();

/// brainpoolP384r1, computed on brainpoolP384t1.
pub static BRAINPOOL_P384R1: Twisted<bp384::BrainpoolP384t1, 49> = Twisted {
    name: "brainpoolP384r1",
    isomorphism: Isomorphism {
        z2: "7944e97a2d95ce0bcd4e2df1610d432f1fdcb8e10be624fba85b57bc6da5189ef6eeab80f4c3bf724df56d062db4b3eb",
        z3: "8531662625354be763219530f830cfb71adefcdf86eaa140f2a13806e689993631f6cfbd39d3eb3f11a3e43c3bb49ca7",
        z2_inverse: "1b60d9fec8ff083c153cc51ccef3ba2cea37a66042032cf7f3dfadabf673c0915e3cab6a67356ae93ab689c5f93b40a8",
        z3_inverse: "7e38cf40d917c4a68f799d6ebac699de459889facf438c2f877b2750d225dfbb782f532b6ff20e4758dc927cdfd00d26",
    },
    table: &P384T1_TABLE,
};
static P384T1_TABLE: BasepointTable<ProjectivePoint<bp384::BrainpoolP384t1>, 49> =
    BasepointTable::new();

/// brainpoolP512r1, computed on brainpoolP512t1 ([`bp512`]).
pub static BRAINPOOL_P512R1: Twisted<bp512::BrainpoolP512t1, 65> = Twisted {
    name: "brainpoolP512r1",
    isomorphism: Isomorphism {
        z2: "2730cd020de1b8ead89452ddaf5e71f40f60ff88e4dde904587e383b6a610dfd6a989ee8ef2edb21446265ba95fc1b93e39b243c0ff2e81cc35906720139d897",
        z3: "7d410b34c91776e0a7c0b81d4c3e01dd33ac635c4bf27c622257a6e3ebfd2037b61a185cff2ed8c994d78f96fe9674d2bd04d0ba3b0cfecf67456ee424e52039",
        z2_inverse: "323bb83b14b2efcba87dd60598a6afddc69b89f1820cc174faedaedd5fd1ddcf9679e37ad8aa0c71213ef2a7c5833a4b5091da99459dc6c1aa5aead7c6468574",
        z3_inverse: "478be7d4dd2be98a04a92fd4ea34d816f20b4eac85917e840d38940c8990e74108b48b1e3b42aec7b6fd5835e72ffb9489fc0e3001d5026619a08f2d66561510",
    },
    table: &P512T1_TABLE,
};
static P512T1_TABLE: BasepointTable<ProjectivePoint<bp512::BrainpoolP512t1>, 65> =
    BasepointTable::new();

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::FixedRandom;

    #[test]
    fn unsupported_ids_are_named() {
        assert_eq!(
            DomainParameters::from_id(12),
            Err(CurveError::Unsupported {
                id: 12,
                name: "NIST P-256"
            })
        );
        assert_eq!(
            DomainParameters::from_id(5).unwrap_err().to_string(),
            "domain parameter id 5 (reserved for future use) is not supported"
        );
    }

    #[test]
    fn diffie_hellman_agrees_on_every_curve() {
        for parameters in [
            DomainParameters::BrainpoolP256r1,
            DomainParameters::BrainpoolP384r1,
            DomainParameters::BrainpoolP512r1,
        ] {
            let group = parameters.group();
            let mut random = crate::random::OsRandom;
            let a = group.random_scalar(&mut random).unwrap();
            let b = group.random_scalar(&mut random).unwrap();
            let g = group.generator();
            let pa = group.multiply(&a, &g).unwrap();
            let pb = group.multiply(&b, &g).unwrap();
            assert_eq!(
                group.multiply(&a, &pb).unwrap(),
                group.multiply(&b, &pa).unwrap()
            );
            assert_eq!(pa.len(), 1 + 2 * group.field_len());
        }
    }

    #[test]
    fn invalid_points_are_refused() {
        let group = DomainParameters::BrainpoolP256r1.group();
        let scalar = [1u8; 32];
        let mut not_on_curve = group.generator();
        not_on_curve[64] ^= 1;
        assert_eq!(
            group.multiply(&scalar, &not_on_curve),
            Err(CurveError::InvalidPoint("brainpoolP256r1"))
        );
        assert_eq!(
            group.multiply(&scalar, &[0x04; 10]),
            Err(CurveError::PointEncoding { expected: 65 })
        );
        let mut compressed = group.generator();
        compressed[0] = 0x02;
        assert!(matches!(
            group.multiply(&scalar, &compressed),
            Err(CurveError::PointEncoding { .. })
        ));
    }

    #[test]
    fn scalar_generation_rejects_out_of_range_candidates() {
        let group = DomainParameters::BrainpoolP256r1.group();
        // First candidate is all FF (above the order), the second all zero,
        // the third is valid.
        let mut bytes = vec![0xFF; 32];
        bytes.extend([0; 32]);
        bytes.extend([0x11; 32]);
        let scalar = group.random_scalar(&mut FixedRandom::new(bytes)).unwrap();
        assert_eq!(scalar.as_slice(), [0x11; 32]);
    }

    #[test]
    fn mapping_reduces_long_nonces() {
        // A 32-byte nonce of all FF exceeds the brainpoolP256r1 order; the
        // mapping must reduce it instead of failing.
        let group = DomainParameters::BrainpoolP256r1.group();
        let (one, g) = ([[0u8; 31].as_slice(), &[1]].concat(), group.generator());
        assert!(group.multiply_mapped(&one, &[0xFF; 32], &one, &g).is_ok());
    }

    #[test]
    fn a_zero_key_in_the_mapping_is_refused() {
        let group = DomainParameters::BrainpoolP256r1.group();
        let (one, zero, g) = (
            [[0u8; 31].as_slice(), &[1]].concat(),
            [0u8; 32],
            group.generator(),
        );
        let refused = Err(CurveError::Identity("brainpoolP256r1"));
        assert_eq!(group.multiply_mapped(&zero, &[1], &one, &g), refused);
        assert_eq!(group.multiply_mapped(&one, &[1], &zero, &g), refused);
    }
}
