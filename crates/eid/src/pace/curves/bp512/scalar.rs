//! The scalar field GF(q) of brainpoolP512r1 and its twist t1 (integers modulo the base
//! point's order).

use super::{BrainpoolP512t1, ORDER_HEX};
use elliptic_curve::bigint::U512;
// The primefield macros expand to code that names these traits and types.
use elliptic_curve::ff::PrimeField;
use elliptic_curve::scalar::{FromUintUnchecked, IsHigh};
use elliptic_curve::subtle::{Choice, ConstantTimeEq, ConstantTimeGreater, CtOption};
use elliptic_curve::Curve;
use primeorder::wnaf;

primefield::monty_field_params! {
    name: ScalarParams,
    modulus: ORDER_HEX,
    uint: U512,
    byte_order: primefield::ByteOrder::BigEndian,
    // The smallest primitive root mod q: it has order q - 1 (checked by the
    // tests below against the factorization of q - 1).
    multiplicative_generator: 7,
    doc: "Montgomery parameters for brainpoolP512r1's scalar modulus"
}

primefield::monty_field_element! {
    name: Scalar,
    params: ScalarParams,
    uint: U512,
    doc: "Element of the brainpoolP512r1 scalar field modulo q"
}

primefield::monty_field_arithmetic! {
    name: Scalar,
    params: ScalarParams,
    uint: U512
}

primefield::monty_field_reduce! {
    name: Scalar,
    params: ScalarParams,
    uint: U512,
}

elliptic_curve::scalar_impls!(BrainpoolP512t1, Scalar);

wnaf::impl_wnaf_size_for_scalar!(Scalar);

impl AsRef<Scalar> for Scalar {
    fn as_ref(&self) -> &Scalar {
        self
    }
}

impl FromUintUnchecked for Scalar {
    type Uint = U512;

    fn from_uint_unchecked(uint: Self::Uint) -> Self {
        Self::from_uint_unchecked(uint)
    }
}

impl IsHigh for Scalar {
    fn is_high(&self) -> Choice {
        const ORDER_SHR1: U512 = BrainpoolP512t1::ORDER.as_ref().shr_vartime(1);
        self.to_canonical().ct_gt(&ORDER_SHR1)
    }
}

#[cfg(test)]
mod tests {
    use super::{Scalar, U512};
    use elliptic_curve::bigint::NonZero;

    primefield::test_primefield!(Scalar, U512);

    /// The prime factors of q - 1 with their multiplicities (the 95-digit
    /// cofactor passes the Baillie–PSW test).
    const Q_MINUS_ONE_FACTORS: [(&str, u32); 12] = [
        ("2", 3),
        ("3", 1),
        ("29", 1),
        ("617", 1),
        ("1127", 1),
        ("38dd", 1),
        ("1fbcb65", 1),
        ("36503b3", 1),
        ("4e9f5c9", 1),
        ("1ab1451b", 1),
        ("32d3fe90fc11", 1),
        (
            "2cc0ce4317d34382ceb69ac9a59da805ebfee7cd3b7a4b7ec695df3e047532eda96bb1c592a6a7f",
            1,
        ),
    ];

    fn uint(hex: &str) -> U512 {
        U512::from_be_hex(&format!("{hex:0>128}"))
    }

    #[test]
    fn multiplicative_generator_has_order_q_minus_one() {
        let q_minus_one = uint(Scalar::MODULUS).wrapping_sub(&U512::ONE);
        let factors: Vec<(U512, u32)> = Q_MINUS_ONE_FACTORS
            .iter()
            .map(|(hex, power)| (uint(hex), *power))
            .collect();
        let product = factors.iter().fold(U512::ONE, |product, (factor, power)| {
            (0..*power).fold(product, |product, _| product.wrapping_mul(factor))
        });
        assert_eq!(product, q_minus_one);
        for (factor, _) in factors {
            let exponent = q_minus_one.wrapping_div(&NonZero::new(factor).unwrap());
            assert_ne!(
                Scalar::MULTIPLICATIVE_GENERATOR.pow_vartime(&exponent),
                Scalar::ONE
            );
        }
    }
}
