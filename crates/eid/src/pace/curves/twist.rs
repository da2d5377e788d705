//! The brainpool curves computed on their twists. Each brainpoolPnnnr1 is isomorphic
//! to brainpoolPnnnt1 (RFC 5639 §3, "twisted curve"), whose `a = -3` allows cheaper
//! complete point formulas than the r1 curves' random `a`: a point crosses by
//! `(x, y) ↦ (x·Z², y·Z³)` and comes back by `Z⁻²`, `Z⁻³`. This map φ is a group
//! isomorphism, so `φ(k·P) = k·φ(P)`: `k·P` on r1 is the preimage of `k·φ(P)` on t1;
//! and it maps the r1 equation onto the t1 equation, so a point lies on r1 exactly
//! when its image lies on t1. The generator is multiplied from a precomputed
//! table (`primeorder`'s `BasepointTable`), the only fixed point PACE multiplies.
//!
//! `Z²` and `Z³` of each curve were derived from RFC 5639's r1 and t1 parameters
//! (`a·Z⁴ = -3`, `b·Z⁶ = B_t`, the sign of `Z` chosen so that the r1 generator maps to
//! the t1 generator); the tests check those relations.

use crate::random::{RandomError, RandomSource};
use elliptic_curve::ff::{Field, PrimeField};
use elliptic_curve::group::Group as _;
use elliptic_curve::sec1::{FromSec1Point, ToSec1Point};
use elliptic_curve::{AffinePoint, FieldBytes};
use primeorder::BasepointTable;
use primeorder::{PrimeCurveParams, ProjectivePoint};
use zeroize::Zeroizing;

use super::{CurveError, EcGroup};

/// The isomorphism between an r1 curve and its twist, as big-endian hex.
pub struct Isomorphism {
    /// `Z²`.
    pub z2: &'static str,
    /// `Z³`.
    pub z3: &'static str,
    /// `Z⁻²`.
    pub z2_inverse: &'static str,
    /// `Z⁻³`.
    pub z3_inverse: &'static str,
}

/// An r1 curve computed on its twist `T`, whose generator's table has `N` rows.
pub struct Twisted<T: PrimeCurveParams, const N: usize> {
    /// The r1 curve's name.
    pub name: &'static str,
    /// The way to the twist and back.
    pub isomorphism: Isomorphism,
    /// The twist's generator's multiples.
    pub table: &'static BasepointTable<ProjectivePoint<T>, N>,
}

/// Tries before random scalar generation gives up (each try succeeds with
/// probability above 1/2 for the brainpool curves).
const SCALAR_TRIES: usize = 128;

impl<T: PrimeCurveParams, const N: usize> Twisted<T, N>
where
    AffinePoint<T>: FromSec1Point<T> + ToSec1Point<T>,
{
    /// The field element of big-endian `bytes`, if it is one.
    fn element(bytes: &[u8]) -> Option<T::FieldElement> {
        let repr = FieldBytes::<T>::try_from(bytes).ok()?;
        Option::from(T::FieldElement::from_repr(repr))
    }

    /// The constant `hex`.
    fn constant(hex: &str) -> T::FieldElement {
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .filter_map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
            .collect();
        Self::element(&bytes).expect("an isomorphism constant of this curve's field")
    }

    /// `04 || x·by_x || y·by_y` of the uncompressed point `04 || x || y`, or `None`
    /// when a coordinate is not a field element.
    fn scaled(&self, point: &[u8], by_x: &str, by_y: &str) -> Option<Vec<u8>> {
        let len = self.field_len();
        let x = Self::element(&point[1..=len])? * Self::constant(by_x);
        let y = Self::element(&point[1 + len..])? * Self::constant(by_y);
        Some([&[0x04][..], &x.to_repr()[..], &y.to_repr()[..]].concat())
    }

    /// The image on the twist of the r1 point `bytes`, checked to lie on the curve.
    fn to_twist(&self, bytes: &[u8]) -> Result<ProjectivePoint<T>, CurveError> {
        let expected = 1 + 2 * self.field_len();
        if bytes.len() != expected || bytes[0] != 0x04 {
            return Err(CurveError::PointEncoding { expected });
        }
        let iso = &self.isomorphism;
        let image = self
            .scaled(bytes, iso.z2, iso.z3)
            .ok_or(CurveError::InvalidPoint(self.name))?;
        let affine = AffinePoint::<T>::from_sec1_bytes(&image)
            .map_err(|_| CurveError::InvalidPoint(self.name))?;
        Ok(ProjectivePoint::<T>::from(affine))
    }

    /// The r1 point, uncompressed, whose image on the twist is `point`.
    fn untwisted(&self, point: ProjectivePoint<T>) -> Result<Vec<u8>, CurveError> {
        if bool::from(point.is_identity()) {
            return Err(CurveError::Identity(self.name));
        }
        let image = point.to_affine().to_sec1_point(false);
        let iso = &self.isomorphism;
        self.scaled(image.as_bytes(), iso.z2_inverse, iso.z3_inverse)
            .ok_or(CurveError::Identity(self.name))
    }

    fn decode_scalar(&self, bytes: &[u8]) -> Result<T::Scalar, CurveError> {
        let repr =
            FieldBytes::<T>::try_from(bytes).map_err(|_| CurveError::InvalidPoint(self.name))?;
        Option::from(T::Scalar::from_repr(repr)).ok_or(CurveError::InvalidPoint(self.name))
    }
}

impl<T: PrimeCurveParams, const N: usize> EcGroup for Twisted<T, N>
where
    AffinePoint<T>: FromSec1Point<T> + ToSec1Point<T>,
{
    fn name(&self) -> &'static str {
        self.name
    }

    fn field_len(&self) -> usize {
        FieldBytes::<T>::default().len()
    }

    fn generator(&self) -> Vec<u8> {
        self.untwisted(ProjectivePoint::<T>::generator())
            .expect("the generator is not the identity")
    }

    fn random_scalar(
        &self,
        random: &mut dyn RandomSource,
    ) -> Result<Zeroizing<Vec<u8>>, CurveError> {
        let mut candidate = Zeroizing::new(vec![0u8; self.field_len()]);
        for _ in 0..SCALAR_TRIES {
            random.fill(&mut candidate)?;
            if let Ok(scalar) = self.decode_scalar(&candidate) {
                if !bool::from(scalar.is_zero()) {
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
        let point = self.to_twist(point)?;
        self.untwisted(point * scalar)
    }

    fn multiply_generator(&self, scalar: &[u8]) -> Result<Vec<u8>, CurveError> {
        let scalar = self.decode_scalar(scalar)?;
        self.untwisted(self.table.mul(&scalar))
    }

    fn multiply_mapped(
        &self,
        key: &[u8],
        nonce: &[u8],
        mapping_key: &[u8],
        card_mapping_public: &[u8],
    ) -> Result<Vec<u8>, CurveError> {
        let key = self.decode_scalar(key)?;
        let mapping_key = self.decode_scalar(mapping_key)?;
        if bool::from(key.is_zero() | mapping_key.is_zero()) {
            // H or the result would be the identity.
            return Err(CurveError::Identity(self.name));
        }
        let card_mapping_public = self.to_twist(card_mapping_public)?;
        let base = T::Scalar::from(256u64);
        let s = nonce.iter().fold(T::Scalar::from(0u64), |acc, &byte| {
            acc * base + T::Scalar::from(u64::from(byte))
        });
        self.untwisted(self.table.mul(&(key * s)) + card_mapping_public * (key * mapping_key))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{DomainParameters, BRAINPOOL_P256R1, BRAINPOOL_P384R1, BRAINPOOL_P512R1};
    use super::*;

    /// RFC 5639's r1 generators, uncompressed.
    const R1_GENERATORS: [(DomainParameters, &str, &str); 3] = [
        (
            DomainParameters::BrainpoolP256r1,
            "8bd2aeb9cb7e57cb2c4b482ffc81b7afb9de27e1e3bd23c23a4453bd9ace3262",
            "547ef835c3dac4fd97f8461a14611dc9c27745132ded8e545c1d54c72f046997",
        ),
        (
            DomainParameters::BrainpoolP384r1,
            "1d1c64f068cf45ffa2a63a81b7c13f6b8847a3e77ef14fe3db7fcafe0cbd10e8e826e03436d646aaef87b2e247d4af1e",
            "8abe1d7520f9c2a45cb1eb8e95cfd55262b70b29feec5864e19c054ff99129280e4646217791811142820341263c5315",
        ),
        (
            DomainParameters::BrainpoolP512r1,
            "81aee4bdd82ed9645a21322e9c4c6a9385ed9f70b5d916c1b43b62eef4d0098eff3b1f78e2d0d48d50d1687b93b97d5f7c6d5047406a5e688b352209bcb9f822",
            "7dde385d566332ecc0eabfa9cf7822fdf209f70024a57b1aa000c55b881f8111b2dcde494a5f485e5bca4bd88a2763aed1ca2b2fa8f0540678cd1e0f3ad80892",
        ),
    ];

    fn bytes(hex: &str) -> Vec<u8> {
        (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect()
    }

    /// `Z²·Z⁻² = 1`, `Z³·Z⁻³ = 1` and `(Z²)³ = (Z³)²` in the field of `T`.
    fn consistent<T: PrimeCurveParams, const N: usize>(curve: &Twisted<T, N>)
    where
        AffinePoint<T>: FromSec1Point<T> + ToSec1Point<T>,
    {
        let c = |hex| Twisted::<T, N>::constant(hex);
        let iso = &curve.isomorphism;
        assert_eq!(c(iso.z2) * c(iso.z2_inverse), T::FieldElement::ONE);
        assert_eq!(c(iso.z3) * c(iso.z3_inverse), T::FieldElement::ONE);
        assert_eq!(
            c(iso.z2) * c(iso.z2) * c(iso.z2),
            c(iso.z3) * c(iso.z3),
            "Z² and Z³ of one Z"
        );
    }

    #[test]
    fn the_isomorphism_constants_belong_together() {
        consistent(&BRAINPOOL_P256R1);
        consistent(&BRAINPOOL_P384R1);
        consistent(&BRAINPOOL_P512R1);
    }

    #[test]
    fn each_r1_generator_is_the_image_of_its_twists_generator() {
        for (parameters, x, y) in R1_GENERATORS {
            let generator = [vec![0x04], bytes(x), bytes(y)].concat();
            assert_eq!(parameters.group().generator(), generator, "{parameters:?}");
        }
    }

    #[test]
    fn the_table_gives_what_the_generator_times_the_scalar_gives() {
        for (parameters, _, _) in R1_GENERATORS {
            let group = parameters.group();
            let mut random = crate::random::OsRandom;
            for _ in 0..4 {
                let scalar = group.random_scalar(&mut random).unwrap();
                assert_eq!(
                    group.multiply_generator(&scalar).unwrap(),
                    group.multiply(&scalar, &group.generator()).unwrap(),
                    "{parameters:?}"
                );
            }
        }
    }
}
