//! Standardized elliptic curve domain parameters and the point arithmetic PACE needs.
//!
//! Parameter ids follow TR-03110 Part 3 Table 4 / ICAO 9303-11 Table 6.
//! Supported: 13 brainpoolP256r1 and 16 brainpoolP384r1 (RustCrypto `bp256`,
//! `bp384`) and 17 brainpoolP512r1 ([`bp512`], on RustCrypto `primefield` and
//! `primeorder`). Every other id gives [`CurveError::Unsupported`] naming it.
//! Points travel as uncompressed SEC1 bytes (`04 || X || Y`), scalars as
//! big-endian bytes in zeroizing buffers; every point from the card is
//! checked to lie on the curve and not to be the identity.

pub mod bp512;

use crate::random::{RandomError, RandomSource};
use elliptic_curve::ff::PrimeField;
use elliptic_curve::group::{Curve as _, Group as _};
use elliptic_curve::sec1::{FromSec1Point, ModulusSize, ToSec1Point};
use elliptic_curve::{AffinePoint, CurveArithmetic, FieldBytes, FieldBytesSize, ProjectivePoint};
use std::marker::PhantomData;
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
    /// Generic Mapping: `nonce · G + h` with `nonce` read as a big-endian integer mod n.
    fn map_generic(&self, nonce: &[u8], h: &[u8]) -> Result<Vec<u8>, CurveError>;
}

/// [`EcGroup`] for a RustCrypto curve.
pub struct RustCryptoCurve<C> {
    name: &'static str,
    curve: PhantomData<C>,
}

/// brainpoolP256r1.
pub static BRAINPOOL_P256R1: RustCryptoCurve<bp256::BrainpoolP256r1> = RustCryptoCurve {
    name: "brainpoolP256r1",
    curve: PhantomData,
};

/// brainpoolP384r1.
pub static BRAINPOOL_P384R1: RustCryptoCurve<bp384::BrainpoolP384r1> = RustCryptoCurve {
    name: "brainpoolP384r1",
    curve: PhantomData,
};

/// brainpoolP512r1.
pub static BRAINPOOL_P512R1: RustCryptoCurve<bp512::BrainpoolP512r1> = RustCryptoCurve {
    name: "brainpoolP512r1",
    curve: PhantomData,
};

/// Tries before random scalar generation gives up (each try succeeds with
/// probability above 1/2 for the brainpool curves).
const SCALAR_TRIES: usize = 128;

impl<C> RustCryptoCurve<C>
where
    C: CurveArithmetic,
    AffinePoint<C>: FromSec1Point<C> + ToSec1Point<C>,
    FieldBytesSize<C>: ModulusSize,
{
    fn decode_point(&self, bytes: &[u8]) -> Result<ProjectivePoint<C>, CurveError> {
        let expected = 1 + 2 * self.field_len();
        if bytes.len() != expected || bytes[0] != 0x04 {
            return Err(CurveError::PointEncoding { expected });
        }
        let affine = AffinePoint::<C>::from_sec1_bytes(bytes)
            .map_err(|_| CurveError::InvalidPoint(self.name))?;
        Ok(ProjectivePoint::<C>::from(affine))
    }

    fn encode_point(&self, point: ProjectivePoint<C>) -> Result<Vec<u8>, CurveError> {
        if bool::from(point.is_identity()) {
            return Err(CurveError::Identity(self.name));
        }
        Ok(point.to_affine().to_sec1_point(false).as_bytes().to_vec())
    }

    fn decode_scalar(&self, bytes: &[u8]) -> Result<C::Scalar, CurveError> {
        let repr =
            FieldBytes::<C>::try_from(bytes).map_err(|_| CurveError::InvalidPoint(self.name))?;
        Option::from(C::Scalar::from_repr(repr)).ok_or(CurveError::InvalidPoint(self.name))
    }
}

impl<C> EcGroup for RustCryptoCurve<C>
where
    C: CurveArithmetic,
    AffinePoint<C>: FromSec1Point<C> + ToSec1Point<C>,
    FieldBytesSize<C>: ModulusSize,
{
    fn name(&self) -> &'static str {
        self.name
    }

    fn field_len(&self) -> usize {
        FieldBytes::<C>::default().len()
    }

    fn generator(&self) -> Vec<u8> {
        ProjectivePoint::<C>::generator()
            .to_affine()
            .to_sec1_point(false)
            .as_bytes()
            .to_vec()
    }

    fn random_scalar(
        &self,
        random: &mut dyn RandomSource,
    ) -> Result<Zeroizing<Vec<u8>>, CurveError> {
        let mut candidate = Zeroizing::new(vec![0u8; self.field_len()]);
        for _ in 0..SCALAR_TRIES {
            random.fill(&mut candidate)?;
            if let Ok(scalar) = self.decode_scalar(&candidate) {
                if !bool::from(elliptic_curve::ff::Field::is_zero(&scalar)) {
                    return Ok(candidate);
                }
            }
        }
        Err(CurveError::Random(RandomError(
            "no valid scalar after 128 tries".into(),
        )))
    }

    fn multiply(&self, scalar: &[u8], point: &[u8]) -> Result<Vec<u8>, CurveError> {
        let scalar = self.decode_scalar(scalar)?;
        let point = self.decode_point(point)?;
        self.encode_point(point * scalar)
    }

    fn map_generic(&self, nonce: &[u8], h: &[u8]) -> Result<Vec<u8>, CurveError> {
        let h = self.decode_point(h)?;
        let base = C::Scalar::from(256u64);
        let s = nonce.iter().fold(C::Scalar::from(0u64), |acc, &byte| {
            acc * base + C::Scalar::from(u64::from(byte))
        });
        self.encode_point(ProjectivePoint::<C>::generator() * s + h)
    }
}

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
        let h = group.generator();
        assert!(group.map_generic(&[0xFF; 32], &h).is_ok());
    }
}
