//! The base field GF(p) of brainpoolP512r1 and its twist t1, in Montgomery form.

use super::MODULUS_HEX;
use elliptic_curve::bigint::U512;
// The primefield macros expand to code that names these traits and types.
use elliptic_curve::ff::PrimeField;
use elliptic_curve::ops::BatchInvert;
use elliptic_curve::subtle::{Choice, ConstantTimeEq, CtOption};

primefield::monty_field_params! {
    name: FieldParams,
    modulus: MODULUS_HEX,
    uint: U512,
    byte_order: primefield::ByteOrder::BigEndian,
    // The smallest quadratic non-residue mod p (checked by the tests below).
    // p - 1 = 2·7·61·c with a 152-digit composite c, so that 2 generates the
    // whole group is not proven; p ≡ 3 mod 4, so square roots (the only user
    // of this constant in curve arithmetic) need nothing more than a non-residue.
    multiplicative_generator: 2,
    doc: "Montgomery parameters for brainpoolP512r1's field modulus"
}

primefield::monty_field_element! {
    name: FieldElement,
    params: FieldParams,
    uint: U512,
    doc: "Element of the brainpoolP512r1 base field modulo p"
}

primefield::monty_field_arithmetic! {
    name: FieldElement,
    params: FieldParams,
    uint: U512
}

impl BatchInvert for FieldElement {}

#[cfg(test)]
mod tests {
    use super::{FieldElement, U512};

    primefield::test_primefield!(FieldElement, U512);
}
