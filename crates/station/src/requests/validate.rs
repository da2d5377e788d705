//! Checking the fields of a request against its topic: the same rules for the
//! kiosk, the staff window and `bk request add`.
//!
//! Values are trimmed; an empty value counts as not given. Every field gets at most
//! one problem; all problems are reported at once, so the citizen can fix them
//! together. The reason codes are the contract with the UI (`docs/ipc.md`).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::problems::{FieldProblem, FieldProblems};
use super::topics::{Field, FieldKind, Topic};

/// Checks `fields` against `topic`. Returns the trimmed, non-empty values, or every
/// problem found.
pub fn validate(
    topic: &Topic,
    fields: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>, FieldProblems> {
    let mut problems = FieldProblems::new();
    let mut values = BTreeMap::new();
    for (name, value) in fields {
        let value = value.trim();
        match topic.field(name) {
            None => {
                problems.insert(name.clone(), FieldProblem::UnknownField);
            }
            Some(_) if value.is_empty() => {}
            Some(field) => match check(field, value) {
                Ok(()) => {
                    values.insert(name.clone(), value.to_owned());
                }
                Err(problem) => {
                    problems.insert(name.clone(), problem);
                }
            },
        }
    }
    for field in topic.fields {
        if field.required && fields.get(field.name).is_none_or(|v| v.trim().is_empty()) {
            problems.insert(field.name.to_owned(), FieldProblem::Required);
        }
    }
    for group in topic.one_of {
        let filled = group
            .iter()
            .any(|name| fields.get(*name).is_some_and(|v| !v.trim().is_empty()));
        if !filled {
            for name in *group {
                problems
                    .entry((*name).to_owned())
                    .or_insert(FieldProblem::OneOfRequired);
            }
        }
    }
    if problems.is_empty() {
        Ok(values)
    } else {
        Err(problems)
    }
}

/// Checks one non-empty, trimmed value.
fn check(field: &Field, value: &str) -> Result<(), FieldProblem> {
    if value.chars().count() > field.max_length as usize {
        return Err(FieldProblem::TooLong);
    }
    let valid = match field.kind {
        FieldKind::Text => !value.chars().any(char::is_control),
        FieldKind::Textarea => !value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r'),
        FieldKind::Email => is_email(value),
        FieldKind::Phone => is_phone(value),
        FieldKind::Choice => field.options.unwrap_or_default().contains(&value),
        FieldKind::Date => is_date(value),
    };
    if valid {
        Ok(())
    } else {
        Err(match field.kind {
            FieldKind::Email => FieldProblem::EmailInvalid,
            FieldKind::Phone => FieldProblem::PhoneInvalid,
            FieldKind::Choice => FieldProblem::ChoiceInvalid,
            FieldKind::Date => FieldProblem::DateInvalid,
            FieldKind::Text | FieldKind::Textarea => FieldProblem::TextInvalid,
        })
    }
}

/// `local@domain.tld`: one `@`, a local part of printable ASCII without spaces
/// (at most 64), a domain of at least two dot-separated labels of letters, digits and
/// inner hyphens, the last label at least two letters.
fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    let local_ok = (1..=64).contains(&local.len())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    local_ok && domain_ok
}

/// Digits and single spaces, an optional leading `+`, 5 to 20 digits.
fn is_phone(value: &str) -> bool {
    let digits_part = value.strip_prefix('+').unwrap_or(value);
    let digits = digits_part.chars().filter(char::is_ascii_digit).count();
    digits_part.starts_with(|c: char| c.is_ascii_digit())
        && digits_part.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && !digits_part.contains("  ")
        && (5..=20).contains(&digits)
}

/// A real calendar day written `YYYY-MM-DD`.
fn is_date(value: &str) -> bool {
    value.len() == 10 && NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::requests::topics::topic;

    fn fields(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn problems(topic_id: &str, pairs: &[(&str, &str)]) -> Vec<(String, &'static str)> {
        validate(topic(topic_id).unwrap(), &fields(pairs))
            .unwrap_err()
            .into_iter()
            .map(|(name, problem)| (name, problem.reason()))
            .collect()
    }

    #[test]
    fn a_complete_callback_passes_trimmed() {
        let values = validate(
            topic("rueckruf").unwrap(),
            &fields(&[
                ("name", "  Erika Mustermann "),
                ("phone", "+49 331 123456"),
                ("preferred_time", "morning"),
                ("message", ""),
            ]),
        )
        .unwrap();
        assert_eq!(
            values,
            fields(&[
                ("name", "Erika Mustermann"),
                ("phone", "+49 331 123456"),
                ("preferred_time", "morning")
            ])
        );
    }

    #[test]
    fn every_problem_is_reported_per_field() {
        let long_name = "x".repeat(81);
        assert_eq!(
            problems(
                "termin",
                &[
                    ("name", &long_name),
                    ("email", "erika@"),
                    ("preferred_date", "31.02.2026"),
                    ("preferred_time", "night"),
                    ("hobby", "Segeln"),
                ]
            ),
            [
                ("email".to_owned(), "email_invalid"),
                ("hobby".to_owned(), "unknown_field"),
                ("name".to_owned(), "too_long"),
                ("preferred_date".to_owned(), "date_invalid"),
                ("preferred_time".to_owned(), "choice_invalid"),
            ]
        );
        assert_eq!(
            problems("ummeldung", &[("phone", "0331 12a")]),
            [
                ("move_date".to_owned(), "required"),
                ("name".to_owned(), "required"),
                ("new_address".to_owned(), "required"),
                ("phone".to_owned(), "phone_invalid"),
            ]
        );
    }

    /// A filled but invalid e-mail meets the group; its own problem is reported.
    #[test]
    fn one_of_is_met_by_either_field() {
        let base = [("name", "A"), ("message", "Wie lange dauert das?")];
        for contact in [("phone", "0331 289 0"), ("email", "a@b.de")] {
            let mut pairs = base.to_vec();
            pairs.push(contact);
            assert!(validate(topic("frage").unwrap(), &fields(&pairs)).is_ok());
        }
        assert_eq!(
            problems("frage", &base),
            [
                ("email".to_owned(), "one_of_required"),
                ("phone".to_owned(), "one_of_required")
            ]
        );
    }

    #[test]
    fn addresses_numbers_and_dates() {
        for good in [
            "name@beispiel.de",
            "a.b+c@xn--mnchen-3ya.de",
            "erika@düsseldorf.de",
        ] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "ö@b.de",
            "@b.de",
            "a@b",
            "a@.de",
            "a@b.d",
            "a b@c.de",
            "a@@b.de",
            "a..b@c.de",
            "a@-b.de",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        for good in ["0331 123456", "+49 331 1234", "03311234567"] {
            assert!(is_phone(good), "{good}");
        }
        for bad in [
            "",
            "+",
            "1234",
            "+49 (331) 1234",
            "0331-1234",
            "++49 331 1234",
            "0331  1234",
            " 0331",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
        assert!(is_date("2026-02-28"));
        for bad in ["2026-02-29", "2026-2-28", "28.02.2026", "2026-02-28T10:00"] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn control_characters_are_refused_in_one_line_fields_only() {
        let values = fields(&[
            ("name", "A\u{7}B"),
            ("phone", "0331 1234"),
            ("message", "Zeile 1\nZeile 2"),
        ]);
        let found = validate(topic("rueckruf").unwrap(), &values).unwrap_err();
        assert_eq!(found.len(), 1);
        assert_eq!(found["name"], FieldProblem::TextInvalid);
    }
}
