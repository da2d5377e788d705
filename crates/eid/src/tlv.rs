//! BER-TLV encoding and decoding (ISO/IEC 7816-4 §5.2, ITU-T X.690 subset).
//!
//! Tags of up to four bytes (multi-byte tags such as `7F49`), definite
//! lengths in short form or long form with up to three length bytes (values
//! of up to 16 MiB). Parsing borrows from the input and never panics: every
//! malformed input gives a [`TlvError`] with the offset where it went wrong.

use std::fmt;

/// A BER tag, kept as its encoded bytes packed big-endian into a `u32`
/// (`0x7F49` is the two-byte tag `7F 49`, `0x80` the one-byte tag `80`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(u32);

impl Tag {
    /// The tag whose encoding is the big-endian bytes of `raw`.
    ///
    /// The caller names a well-formed tag (`0x7F49`, `0x86`); [`Tag::decode`]
    /// checks tags that come from outside.
    pub const fn new(raw: u32) -> Self {
        Tag(raw)
    }

    /// The packed tag bytes.
    pub const fn raw(self) -> u32 {
        self.0
    }

    /// Whether the tag marks a constructed data object (bit 6 of the first byte).
    pub fn is_constructed(self) -> bool {
        self.first_byte() & 0x20 != 0
    }

    /// The tag class: bits 8 and 7 of the first byte (0 universal, 1 application,
    /// 2 context-specific, 3 private).
    pub fn class(self) -> u8 {
        self.first_byte() >> 6
    }

    fn first_byte(self) -> u8 {
        self.encoded()[0]
    }

    /// Number of bytes in the encoding (1 to 4).
    pub fn encoded_len(self) -> usize {
        match self.0 {
            0..=0xFF => 1,
            0x100..=0xFFFF => 2,
            0x1_0000..=0xFF_FFFF => 3,
            _ => 4,
        }
    }

    /// The tag's encoding.
    pub fn encoded(self) -> Vec<u8> {
        self.0.to_be_bytes()[4 - self.encoded_len()..].to_vec()
    }

    /// Decodes the tag at the start of `input`; returns it and the number of bytes it took.
    pub fn decode(input: &[u8]) -> Result<(Tag, usize), TlvError> {
        let first = *input.first().ok_or(TlvError::Truncated {
            offset: 0,
            what: "tag",
        })?;
        if first & 0x1F != 0x1F {
            return Ok((Tag(u32::from(first)), 1));
        }
        let mut raw = u32::from(first);
        for (index, &byte) in input.iter().enumerate().skip(1) {
            if index >= 4 {
                return Err(TlvError::TagTooLong { offset: 0 });
            }
            raw = (raw << 8) | u32::from(byte);
            if byte & 0x80 == 0 {
                return Ok((Tag(raw), index + 1));
            }
        }
        Err(TlvError::Truncated {
            offset: input.len(),
            what: "tag",
        })
    }
}

impl fmt::Debug for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tag({self})")
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let width = self.encoded_len() * 2;
        write!(f, "{:0width$X}", self.0)
    }
}

/// Why a byte string is not valid BER-TLV.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TlvError {
    /// The input ends inside a tag, a length or a value.
    #[error("TLV truncated at byte {offset}: {what} incomplete")]
    Truncated {
        /// Offset (from the start of the parsed input) where more bytes were needed.
        offset: usize,
        /// Which part was cut off: "tag", "length" or "value".
        what: &'static str,
    },
    /// A tag longer than four bytes.
    #[error("TLV tag at byte {offset} is longer than 4 bytes")]
    TagTooLong {
        /// Offset of the tag.
        offset: usize,
    },
    /// The indefinite length form `80`, which ISO 7816-4 does not allow.
    #[error("TLV at byte {offset} uses the indefinite length form")]
    IndefiniteLength {
        /// Offset of the length field.
        offset: usize,
    },
    /// A long-form length with more than three length bytes.
    #[error("TLV length at byte {offset} has {count} length bytes (at most 3 allowed)")]
    LengthTooLong {
        /// Offset of the length field.
        offset: usize,
        /// Number of length bytes announced.
        count: usize,
    },
    /// Bytes left after the last complete data object where none may be.
    #[error("{count} unexpected bytes after the TLV data object")]
    TrailingBytes {
        /// Number of bytes left over.
        count: usize,
    },
    /// A required data object is missing.
    #[error("required data object {tag} missing")]
    Missing {
        /// The missing tag.
        tag: Tag,
    },
    /// A data object expected to be constructed is primitive, or vice versa.
    #[error("data object {tag} is {found}, expected {expected}")]
    WrongForm {
        /// The tag found.
        tag: Tag,
        /// "primitive" or "constructed".
        found: &'static str,
        /// "primitive" or "constructed".
        expected: &'static str,
    },
}

impl TlvError {
    fn shifted(self, by: usize) -> Self {
        match self {
            TlvError::Truncated { offset, what } => TlvError::Truncated {
                offset: offset + by,
                what,
            },
            TlvError::TagTooLong { offset } => TlvError::TagTooLong {
                offset: offset + by,
            },
            TlvError::IndefiniteLength { offset } => TlvError::IndefiniteLength {
                offset: offset + by,
            },
            TlvError::LengthTooLong { offset, count } => TlvError::LengthTooLong {
                offset: offset + by,
                count,
            },
            other => other,
        }
    }
}

/// Largest value length this codec writes or reads (three length bytes).
pub const MAX_VALUE_LEN: usize = 0xFF_FFFF;

/// Decodes a length field at the start of `input`; returns the length and
/// the number of bytes the field took.
pub fn decode_length(input: &[u8]) -> Result<(usize, usize), TlvError> {
    let first = *input.first().ok_or(TlvError::Truncated {
        offset: 0,
        what: "length",
    })?;
    if first < 0x80 {
        return Ok((usize::from(first), 1));
    }
    let count = usize::from(first & 0x7F);
    if count == 0 {
        return Err(TlvError::IndefiniteLength { offset: 0 });
    }
    if count > 3 {
        return Err(TlvError::LengthTooLong { offset: 0, count });
    }
    let bytes = input.get(1..=count).ok_or(TlvError::Truncated {
        offset: input.len(),
        what: "length",
    })?;
    let length = bytes
        .iter()
        .fold(0usize, |acc, &byte| (acc << 8) | usize::from(byte));
    Ok((length, 1 + count))
}

/// Appends the minimal encoding of `length` to `out`.
///
/// Lengths above [`MAX_VALUE_LEN`] cannot be encoded; [`encode`] and
/// [`write`] refuse them before calling this.
fn push_length(out: &mut Vec<u8>, length: usize) {
    match length {
        0..=0x7F => out.push(length as u8),
        0x80..=0xFF => out.extend_from_slice(&[0x81, length as u8]),
        0x100..=0xFFFF => out.extend_from_slice(&[0x82, (length >> 8) as u8, length as u8]),
        _ => out.extend_from_slice(&[
            0x83,
            (length >> 16) as u8,
            (length >> 8) as u8,
            length as u8,
        ]),
    }
}

/// A value longer than [`MAX_VALUE_LEN`] was to be encoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("TLV value of {0} bytes is too long to encode (at most 16 MiB)")]
pub struct ValueTooLong(pub usize);

/// Appends the data object `tag`/`value` to `out`.
pub fn write(out: &mut Vec<u8>, tag: Tag, value: &[u8]) -> Result<(), ValueTooLong> {
    if value.len() > MAX_VALUE_LEN {
        return Err(ValueTooLong(value.len()));
    }
    out.extend_from_slice(&tag.encoded());
    push_length(out, value.len());
    out.extend_from_slice(value);
    Ok(())
}

/// The data object `tag`/`value` as bytes.
pub fn encode(tag: Tag, value: &[u8]) -> Result<Vec<u8>, ValueTooLong> {
    let mut out = Vec::with_capacity(value.len() + 8);
    write(&mut out, tag, value)?;
    Ok(out)
}

/// One parsed data object, borrowing its value from the input.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Tlv<'a> {
    tag: Tag,
    value: &'a [u8],
    encoded: &'a [u8],
}

impl fmt::Debug for Tlv<'_> {
    /// Shows the tag and the value length, never the value: values may be
    /// secrets (a PIN inside a command) or key material.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tlv")
            .field("tag", &self.tag)
            .field("len", &self.value.len())
            .finish()
    }
}

impl<'a> Tlv<'a> {
    /// Parses the data object at the start of `input`; returns it and the rest.
    pub fn parse(input: &'a [u8]) -> Result<(Tlv<'a>, &'a [u8]), TlvError> {
        let (tag, tag_len) = Tag::decode(input)?;
        let (length, length_len) =
            decode_length(&input[tag_len..]).map_err(|error| error.shifted(tag_len))?;
        let header_len = tag_len + length_len;
        let end = header_len
            .checked_add(length)
            .filter(|&end| end <= input.len())
            .ok_or(TlvError::Truncated {
                offset: input.len(),
                what: "value",
            })?;
        let tlv = Tlv {
            tag,
            value: &input[header_len..end],
            encoded: &input[..end],
        };
        Ok((tlv, &input[end..]))
    }

    /// Parses `input` as exactly one data object.
    pub fn parse_exact(input: &'a [u8]) -> Result<Tlv<'a>, TlvError> {
        let (tlv, rest) = Self::parse(input)?;
        if rest.is_empty() {
            Ok(tlv)
        } else {
            Err(TlvError::TrailingBytes { count: rest.len() })
        }
    }

    /// The tag.
    pub fn tag(&self) -> Tag {
        self.tag
    }

    /// The value bytes.
    pub fn value(&self) -> &'a [u8] {
        self.value
    }

    /// The whole encoding (tag, length and value) as it appeared in the input.
    pub fn encoded(&self) -> &'a [u8] {
        self.encoded
    }

    /// The data objects inside a constructed data object.
    pub fn children(&self) -> Result<Vec<Tlv<'a>>, TlvError> {
        if !self.tag.is_constructed() {
            return Err(TlvError::WrongForm {
                tag: self.tag,
                found: "primitive",
                expected: "constructed",
            });
        }
        parse_all(self.value)
    }
}

/// Parses a concatenation of data objects that fills `input` completely.
pub fn parse_all(input: &[u8]) -> Result<Vec<Tlv<'_>>, TlvError> {
    let mut objects = Vec::new();
    let mut rest = input;
    while !rest.is_empty() {
        let consumed = input.len() - rest.len();
        let (tlv, after) = Tlv::parse(rest).map_err(|error| error.shifted(consumed))?;
        objects.push(tlv);
        rest = after;
    }
    Ok(objects)
}

/// The first data object with `tag` among `objects`, if any.
pub fn find<'a>(objects: &[Tlv<'a>], tag: Tag) -> Option<Tlv<'a>> {
    objects.iter().copied().find(|tlv| tlv.tag == tag)
}

/// The first data object with `tag` among `objects`, or [`TlvError::Missing`].
pub fn require<'a>(objects: &[Tlv<'a>], tag: Tag) -> Result<Tlv<'a>, TlvError> {
    find(objects, tag).ok_or(TlvError::Missing { tag })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_byte_tag_short_length_roundtrip() {
        let bytes = encode(Tag::new(0x80), &[1, 2, 3]).unwrap();
        assert_eq!(bytes, [0x80, 3, 1, 2, 3]);
        let tlv = Tlv::parse_exact(&bytes).unwrap();
        assert_eq!(tlv.tag(), Tag::new(0x80));
        assert_eq!(tlv.value(), [1, 2, 3]);
        assert_eq!(tlv.encoded(), bytes);
    }

    #[test]
    fn multi_byte_tag_and_long_lengths() {
        for length in [0x7F, 0x80, 0xFF, 0x100, 0xFFFF, 0x1_0000] {
            let value = vec![0xA5; length];
            let bytes = encode(Tag::new(0x7F49), &value).unwrap();
            let expected_header: Vec<u8> = match length {
                0x7F => vec![0x7F, 0x49, 0x7F],
                0x80 => vec![0x7F, 0x49, 0x81, 0x80],
                0xFF => vec![0x7F, 0x49, 0x81, 0xFF],
                0x100 => vec![0x7F, 0x49, 0x82, 0x01, 0x00],
                0xFFFF => vec![0x7F, 0x49, 0x82, 0xFF, 0xFF],
                _ => vec![0x7F, 0x49, 0x83, 0x01, 0x00, 0x00],
            };
            assert_eq!(&bytes[..expected_header.len()], expected_header);
            let tlv = Tlv::parse_exact(&bytes).unwrap();
            assert_eq!(tlv.tag(), Tag::new(0x7F49));
            assert_eq!(tlv.value().len(), length);
        }
    }

    #[test]
    fn three_byte_tag() {
        let (tag, used) = Tag::decode(&[0x5F, 0x81, 0x02, 0x00]).unwrap();
        assert_eq!(tag, Tag::new(0x5F8102));
        assert_eq!(used, 3);
        assert_eq!(tag.encoded(), [0x5F, 0x81, 0x02]);
        assert_eq!(tag.to_string(), "5F8102");
    }

    #[test]
    fn constructed_children() {
        let mut inner = encode(Tag::new(0x80), &[9]).unwrap();
        inner.extend(encode(Tag::new(0x7F49), &[]).unwrap());
        let outer = encode(Tag::new(0x7C), &inner).unwrap();
        let tlv = Tlv::parse_exact(&outer).unwrap();
        assert!(tlv.tag().is_constructed());
        let children = tlv.children().unwrap();
        assert_eq!(children.len(), 2);
        assert_eq!(require(&children, Tag::new(0x80)).unwrap().value(), [9]);
        assert!(find(&children, Tag::new(0x81)).is_none());
        assert_eq!(
            require(&children, Tag::new(0x81)),
            Err(TlvError::Missing {
                tag: Tag::new(0x81)
            })
        );
    }

    #[test]
    fn primitive_has_no_children() {
        let bytes = [0x80, 1, 0];
        let tlv = Tlv::parse_exact(&bytes).unwrap();
        assert!(matches!(tlv.children(), Err(TlvError::WrongForm { .. })));
    }

    #[test]
    fn malformed_inputs_give_typed_errors() {
        let cases: &[(&[u8], TlvError)] = &[
            (
                &[],
                TlvError::Truncated {
                    offset: 0,
                    what: "tag",
                },
            ),
            (
                &[0x7F],
                TlvError::Truncated {
                    offset: 1,
                    what: "tag",
                },
            ),
            (
                &[0x5F, 0x81],
                TlvError::Truncated {
                    offset: 2,
                    what: "tag",
                },
            ),
            (
                &[0x1F, 0x81, 0x81, 0x81, 0x01],
                TlvError::TagTooLong { offset: 0 },
            ),
            (
                &[0x80],
                TlvError::Truncated {
                    offset: 1,
                    what: "length",
                },
            ),
            (&[0x80, 0x80], TlvError::IndefiniteLength { offset: 1 }),
            (
                &[0x80, 0x84, 0, 0, 0, 1],
                TlvError::LengthTooLong {
                    offset: 1,
                    count: 4,
                },
            ),
            (
                &[0x80, 0x82, 0x01],
                TlvError::Truncated {
                    offset: 3,
                    what: "length",
                },
            ),
            (
                &[0x80, 0x02, 0x01],
                TlvError::Truncated {
                    offset: 3,
                    what: "value",
                },
            ),
            (
                &[0x80, 0x83, 0xFF, 0xFF, 0xFF],
                TlvError::Truncated {
                    offset: 5,
                    what: "value",
                },
            ),
            (&[0x80, 0x00, 0x00], TlvError::TrailingBytes { count: 1 }),
        ];
        for (input, expected) in cases {
            assert_eq!(
                &Tlv::parse_exact(input).unwrap_err(),
                expected,
                "{input:02X?}"
            );
        }
    }

    #[test]
    fn errors_in_later_objects_report_absolute_offsets() {
        let input = [0x80, 0x00, 0x81, 0x80];
        assert_eq!(
            parse_all(&input).unwrap_err(),
            TlvError::IndefiniteLength { offset: 3 }
        );
    }

    #[test]
    fn oversized_value_is_refused() {
        let value = vec![0; MAX_VALUE_LEN + 1];
        assert_eq!(
            encode(Tag::new(0x53), &value),
            Err(ValueTooLong(MAX_VALUE_LEN + 1))
        );
    }

    #[test]
    fn debug_hides_values() {
        let bytes = [0x80, 2, 0x12, 0x34];
        let text = format!("{:?}", Tlv::parse_exact(&bytes).unwrap());
        assert_eq!(text, "Tlv { tag: Tag(80), len: 2 }");
    }
}
