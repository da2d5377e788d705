//! brainpoolP512t1 (RFC 5639 §3.7): the twist of brainpoolP512r1 (PACE domain
//! parameter id 17) with `a = -3`, on which [`super::twist`] computes brainpoolP512r1.
//!
//! RustCrypto publishes no `bp512` crate, so the curve is defined here the
//! way `bp384` 0.14 defines brainpoolP384t1: base and scalar fields from
//! `primefield` (on `crypto-bigint`'s constant-time Montgomery arithmetic,
//! the `bigint` backend of the RustCrypto curve crates), point arithmetic from
//! `primeorder` (complete formulas for short Weierstrass curves with `a = -3`).
//! This module only supplies the RFC 5639 constants (the same `p` and `q` for r1
//! and t1).

mod field;
mod scalar;

use elliptic_curve::bigint::{Odd, U512};
use elliptic_curve::consts::U64;
use elliptic_curve::hazmat::FieldArithmetic;
use elliptic_curve::{CurveArithmetic, PrimeCurveArithmetic};
pub use field::FieldElement;
use primeorder::{mul_backend, point_arithmetic, PrimeCurveParams, ProjectivePoint};
pub use scalar::Scalar;

/// The prime `p` of the base field (RFC 5639 §3.7).
const MODULUS_HEX: &str = "aadd9db8dbe9c48b3fd4e6ae33c9fc07cb308db3b3c9d20ed6639cca703308717d4d9b009bc66842aecda12ae6a380e62881ff2f2d82c68528aa6056583a48f3";

/// The order `q` of the base point (RFC 5639 §3.7); the cofactor `h` is 1.
const ORDER_HEX: &str = "aadd9db8dbe9c48b3fd4e6ae33c9fc07cb308db3b3c9d20ed6639cca70330870553e5c414ca92619418661197fac10471db1d381085ddaddb58796829ca90069";

/// brainpoolP512t1: `y² = x³ - 3·x + B` over GF(p), base point of prime order `q`.
#[derive(Copy, Clone, Debug, Default, Eq, PartialEq, PartialOrd, Ord)]
pub struct BrainpoolP512t1;

impl elliptic_curve::Curve for BrainpoolP512t1 {
    type FieldBytesSize = U64;
    type Uint = U512;
    const ORDER: Odd<U512> = Odd::<U512>::from_be_hex(ORDER_HEX);
}

impl elliptic_curve::PrimeCurve for BrainpoolP512t1 {}

impl elliptic_curve::point::PointCompression for BrainpoolP512t1 {
    const COMPRESS_POINTS: bool = false;
}

impl CurveArithmetic for BrainpoolP512t1 {
    type AffinePoint = primeorder::AffinePoint<BrainpoolP512t1>;
    type ProjectivePoint = ProjectivePoint<BrainpoolP512t1>;
    type Scalar = Scalar;
}

impl FieldArithmetic for BrainpoolP512t1 {
    type FieldElement = FieldElement;
}

impl PrimeCurveArithmetic for BrainpoolP512t1 {
    type CurveGroup = ProjectivePoint<BrainpoolP512t1>;
}

impl PrimeCurveParams for BrainpoolP512t1 {
    type PointArithmetic = point_arithmetic::EquationAIsMinusThree;
    type Backend = mul_backend::VariableOnly;

    const EQUATION_A: FieldElement = FieldElement::from_hex_vartime(
        "aadd9db8dbe9c48b3fd4e6ae33c9fc07cb308db3b3c9d20ed6639cca703308717d4d9b009bc66842aecda12ae6a380e62881ff2f2d82c68528aa6056583a48f0",
    );
    const EQUATION_B: FieldElement = FieldElement::from_hex_vartime(
        "7cbbbcf9441cfab76e1890e46884eae321f70c0bcb4981527897504bec3e36a62bcdfa2304976540f6450085f2dae145c22553b465763689180ea2571867423e",
    );
    const GENERATOR: (FieldElement, FieldElement) = (
        FieldElement::from_hex_vartime(
            "640ece5c12788717b9c1ba06cbc2a6feba85842458c56dde9db1758d39c0313d82ba51735cdb3ea499aa77a7d6943a64f7a3f25fe26f06b51baa2696fa9035da",
        ),
        FieldElement::from_hex_vartime(
            "5b534bd595f5af0fa2c892376c84ace1bb4e3019b71634c01131159cae03cee9d9932184beef216bd71df2dadf86a627306ecff96dbb8bace198b61e00f8b332",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::super::{CurveError, EcGroup, BRAINPOOL_P512R1};
    use super::{BrainpoolP512t1, FieldElement, Scalar};
    use elliptic_curve::group::Group as _;

    type ProjectivePoint = primeorder::ProjectivePoint<BrainpoolP512t1>;

    /// RFC 7027 Appendix A.3, the ECDH test vector for brainpoolP512r1: the
    /// private keys `dA`, `dB`, the public keys `x_qA, y_qA`, `x_qB, y_qB`
    /// and the shared secret `x_Z`.
    mod rfc7027_a3 {
        pub const D_A: &str = "16302FF0DBBB5A8D733DAB7141C1B45ACBC8715939677F6A56850A38BD87BD59B09E80279609FF333EB9D4C061231FB26F92EEB04982A5F1D1764CAD57665422";
        pub const X_QA: &str = "0A420517E406AAC0ACDCE90FCD71487718D3B953EFD7FBEC5F7F27E28C6149999397E91E029E06457DB2D3E640668B392C2A7E737A7F0BF04436D11640FD09FD";
        pub const Y_QA: &str = "72E6882E8DB28AAD36237CD25D580DB23783961C8DC52DFA2EC138AD472A0FCEF3887CF62B623B2A87DE5C588301EA3E5FC269B373B60724F5E82A6AD147FDE7";
        pub const D_B: &str = "230E18E1BCC88A362FA54E4EA3902009292F7F8033624FD471B5D8ACE49D12CFABBC19963DAB8E2F1EBA00BFFB29E4D72D13F2224562F405CB80503666B25429";
        pub const X_QB: &str = "9D45F66DE5D67E2E6DB6E93A59CE0BB48106097FF78A081DE781CDB31FCE8CCBAAEA8DD4320C4119F1E9CD437A2EAB3731FA9668AB268D871DEDA55A5473199F";
        pub const Y_QB: &str = "2FDC313095BCDD5FB3A91636F07A959C8E86B5636A1E930E8396049CB481961D365CC11453A06C719835475B12CB52FC3C383BCE35E27EF194512B71876285FA";
        pub const X_Z: &str = "A7927098655F1F9976FA50A9D566865DC530331846381C87256BAF3226244B76D36403C024D7BBF0AA0803EAFF405D3D24F11A9B5C0BEF679FE1454B21C4CD1F";
    }

    fn bytes(hex: &str) -> Vec<u8> {
        (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect()
    }

    fn uncompressed(x: &str, y: &str) -> Vec<u8> {
        [vec![0x04], bytes(x), bytes(y)].concat()
    }

    #[test]
    fn generator_satisfies_the_curve_equation() {
        use primeorder::PrimeCurveParams;
        let (x, y) = BrainpoolP512t1::GENERATOR;
        let a = BrainpoolP512t1::EQUATION_A;
        let b = BrainpoolP512t1::EQUATION_B;
        assert_eq!(a, -FieldElement::from(3u64));
        assert_eq!(y.square(), x.square() * x + a * x + b);
        assert_ne!(y.square(), x.square() * x + a * x + b + FieldElement::ONE);
    }

    #[test]
    fn base_point_has_order_q() {
        let g = ProjectivePoint::generator();
        // Scalars live modulo q, so -1 is q - 1: (q - 1)·G = -G  ⇔  q·G = O.
        let q_minus_one = -Scalar::ONE;
        assert_eq!(g * q_minus_one, -g);
        assert!(bool::from((g * q_minus_one + g).is_identity()));
        assert!(!bool::from(
            (g * (q_minus_one - Scalar::ONE) + g).is_identity()
        ));
    }

    #[test]
    fn rfc7027_public_keys_are_reproduced() {
        use rfc7027_a3::*;
        let g = BRAINPOOL_P512R1.generator();
        assert_eq!(
            BRAINPOOL_P512R1.multiply(&bytes(D_A), &g).unwrap(),
            uncompressed(X_QA, Y_QA)
        );
        assert_eq!(
            BRAINPOOL_P512R1.multiply(&bytes(D_B), &g).unwrap(),
            uncompressed(X_QB, Y_QB)
        );
    }

    #[test]
    fn rfc7027_shared_secret_is_reproduced() {
        use rfc7027_a3::*;
        for (private, public) in [
            (D_A, uncompressed(X_QB, Y_QB)),
            (D_B, uncompressed(X_QA, Y_QA)),
        ] {
            let shared = BRAINPOOL_P512R1.multiply(&bytes(private), &public).unwrap();
            assert_eq!(shared[1..65], bytes(X_Z));
        }
    }

    #[test]
    fn generic_mapping_matches_the_group_law() {
        // With H = 1·G and s = 2, G' = 3·G, and 5·G' = 15·G.
        let g = BRAINPOOL_P512R1.generator();
        let scalar = |value: u8| [[0u8; 63].as_slice(), &[value]].concat();
        assert_eq!(
            BRAINPOOL_P512R1
                .multiply_mapped(&scalar(5), &[0x02], &scalar(1), &g)
                .unwrap(),
            BRAINPOOL_P512R1.multiply(&scalar(15), &g).unwrap()
        );
    }

    #[test]
    fn points_off_the_curve_are_refused() {
        use rfc7027_a3::*;
        let mut off_curve = uncompressed(X_QA, Y_QA);
        off_curve[128] ^= 1;
        assert_eq!(
            BRAINPOOL_P512R1.multiply(&bytes(D_B), &off_curve),
            Err(CurveError::InvalidPoint("brainpoolP512r1"))
        );
    }
}
