//! What can be wrong with the fields of a request, one reason per field: the stable
//! reason codes the UI shows (`request-invalid-<reason>`) and the German words for
//! staff and `bk` (catalogue `assets/locales/de/errors.ftl`, `error-field-<reason>`).
//! Kept apart from the checks so the crate's error can name them.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldProblem {
    /// A required field is empty.
    Required,
    /// Longer than the field's `maxLength` (in characters).
    TooLong,
    /// Not an e-mail address.
    EmailInvalid,
    /// Not a telephone number.
    PhoneInvalid,
    /// Not one of the field's options.
    ChoiceInvalid,
    /// Not a calendar day `YYYY-MM-DD`.
    DateInvalid,
    /// None of the fields of a one-of group is filled (reported on each of them).
    OneOfRequired,
    /// Control characters in a text (line breaks only in multi-line fields).
    TextInvalid,
    /// The topic has no field of this name.
    UnknownField,
}

impl FieldProblem {
    /// Stable reason code (`request-invalid-<reason>` in the UI's Fluent files).
    pub fn reason(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::TooLong => "too_long",
            Self::EmailInvalid => "email_invalid",
            Self::PhoneInvalid => "phone_invalid",
            Self::ChoiceInvalid => "choice_invalid",
            Self::DateInvalid => "date_invalid",
            Self::OneOfRequired => "one_of_required",
            Self::TextInvalid => "text_invalid",
            Self::UnknownField => "unknown_field",
        }
    }
}

/// The German words of the catalogue (`error-field-<reason>`, `_` → `-`), which
/// follow "Feld „name“" (message `error-field`).
impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = match self {
            Self::Required => "error-field-required",
            Self::TooLong => "error-field-too-long",
            Self::EmailInvalid => "error-field-email-invalid",
            Self::PhoneInvalid => "error-field-phone-invalid",
            Self::ChoiceInvalid => "error-field-choice-invalid",
            Self::DateInvalid => "error-field-date-invalid",
            Self::OneOfRequired => "error-field-one-of-required",
            Self::TextInvalid => "error-field-text-invalid",
            Self::UnknownField => "error-field-unknown-field",
        };
        f.write_str(&texts::german(id, &[]))
    }
}

/// Problems per field name.
pub type FieldProblems = BTreeMap<String, FieldProblem>;
