//! The texts that staff, IT and `bk` read, and the printed waiting ticket, from the
//! Fluent catalogue in `assets/locales/<lang>/` — the same files the UI loads, so each
//! text is written once: `staff.ftl` (the card desk, the start-up page), `bk.ftl` (the
//! command line) and `errors.ftl` (the station's and the sync's errors) in German and
//! English; `ticket.ftl` (the printed ticket and its QR code), and the central's
//! pages on the citizen's phone, `upload.ftl` (documents), `payment.ftl` (fees) and
//! `call.ftl` (a video call), in every kiosk language.
//! Missing texts fall back to German, then to the message id (visible, never blank); a
//! catalogue that does not parse fails this crate's tests.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;

/// One catalogue file: its name (for error messages) and its text.
type File = (&'static str, &'static str);

macro_rules! files {
    ($lang:literal: $($file:literal),+) => {
        &[$(($file, include_str!(concat!("../../../assets/locales/", $lang, "/", $file)))),+]
    };
}

/// Each language's tag and catalogue files, in the order they are loaded; German first.
const CATALOGUES: [(&str, &[File]); 7] = [
    (
        "de",
        files!("de": "staff.ftl", "bk.ftl", "errors.ftl", "ticket.ftl", "upload.ftl", "payment.ftl", "call.ftl"),
    ),
    (
        "en",
        files!("en": "staff.ftl", "bk.ftl", "errors.ftl", "ticket.ftl", "upload.ftl", "payment.ftl", "call.ftl"),
    ),
    (
        "de-x-ls",
        files!("de-x-ls": "ticket.ftl", "upload.ftl", "payment.ftl", "call.ftl"),
    ),
    (
        "uk",
        files!("uk": "ticket.ftl", "upload.ftl", "payment.ftl", "call.ftl"),
    ),
    (
        "ru",
        files!("ru": "ticket.ftl", "upload.ftl", "payment.ftl", "call.ftl"),
    ),
    (
        "ar",
        files!("ar": "ticket.ftl", "upload.ftl", "payment.ftl", "call.ftl"),
    ),
    (
        "tr",
        files!("tr": "ticket.ftl", "upload.ftl", "payment.ftl", "call.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

/// A message's variables, e.g. `[("tries", 2.into())]`.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

/// The bundle of `lang` (a tag of [`CATALOGUES`]; any other tag gets German).
fn bundle(lang: &str) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|(tag, files)| build(tag, files).unwrap_or_else(|problems| panic!("{problems}")))
            .collect()
    });
    let index = CATALOGUES
        .iter()
        .position(|(tag, _)| *tag == lang)
        .unwrap_or_default();
    &bundles[index]
}

/// Parses one language's catalogue; every syntax error and twice-defined id is reported.
fn build(tag: &str, files: &[File]) -> Result<Bundle, String> {
    // Plural rules follow the language without its private-use part (`de-x-ls` → `de`),
    // which `unic-langid` does not parse.
    let language = tag.split("-x-").next().unwrap_or(tag);
    let lang_id = language
        .parse::<unic_langid::LanguageIdentifier>()
        .map_err(|error| format!("{tag}: {error}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![lang_id]);
    // No Unicode isolation marks: they would end up in terminals, logs and on paper.
    bundle.set_use_isolating(false);
    for (file, source) in files {
        let resource = FluentResource::try_new((*source).to_owned())
            .map_err(|(_, errors)| format!("locales/{tag}/{file}: {errors:?}"))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("locales/{tag}/{file}: {errors:?}"))?;
    }
    Ok(bundle)
}

/// The message `id` in `lang` (a tag like `de`, `en` or `uk`) with `args`, else in
/// German, else `id` itself.
pub fn text(lang: &str, id: &str, args: &Args<'_>) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for bundle in [bundle(lang), bundle("de")] {
        if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    id.to_owned()
}

/// The message `id` in German, the language of staff, IT and `bk`.
pub fn german(id: &str, args: &Args<'_>) -> String {
    text("de", id, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    /// Each message id of `files` with the names of the variables it uses.
    fn ids(files: &[File]) -> Vec<(String, Vec<String>)> {
        let mut ids = Vec::new();
        for (_, source) in files {
            let resource = FluentResource::try_new((*source).to_owned()).expect("parses");
            ids.extend(resource.entries().filter_map(|entry| match entry {
                Entry::Message(message) => {
                    let mut names = Vec::new();
                    if let Some(pattern) = &message.value {
                        pattern_variables(pattern, &mut names);
                    }
                    names.sort();
                    names.dedup();
                    Some((message.id.name.to_owned(), names))
                }
                _ => None,
            }));
        }
        ids.sort();
        ids
    }

    fn pattern_variables(pattern: &Pattern<&str>, names: &mut Vec<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_variables(expression, names);
            }
        }
    }

    fn expression_variables(expression: &Expression<&str>, names: &mut Vec<String>) {
        match expression {
            Expression::Select { selector, variants } => {
                inline_variables(selector, names);
                for variant in variants {
                    pattern_variables(&variant.value, names);
                }
            }
            Expression::Inline(inline) => inline_variables(inline, names),
        }
    }

    fn inline_variables(inline: &InlineExpression<&str>, names: &mut Vec<String>) {
        match inline {
            InlineExpression::VariableReference { id } => names.push(id.name.to_owned()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline_variables(argument, names);
                }
            }
            InlineExpression::Placeable { expression } => expression_variables(expression, names),
            _ => {}
        }
    }

    fn files_of(tag: &str) -> &'static [File] {
        CATALOGUES.iter().find(|(t, _)| *t == tag).unwrap().1
    }

    #[test]
    fn every_catalogue_parses_and_holds_the_german_ids_with_the_same_variables() {
        let german = files_of("de");
        for (tag, files) in CATALOGUES {
            build(tag, files).unwrap();
            let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
            let same_files: Vec<File> = german
                .iter()
                .copied()
                .filter(|(name, _)| names.contains(name))
                .collect();
            assert_eq!(ids(files), ids(&same_files), "{tag}");
        }
    }

    #[test]
    fn variables_plurals_and_fallbacks() {
        assert_eq!(
            german("card-pin-wrong", &[("tries", 2.into())]),
            "PIN falsch – noch 2 Versuche. Bitte die PIN erneut eingeben."
        );
        assert!(text("en", "card-pin-wrong", &[("tries", 2.into())]).contains("2 tries"));
        assert_eq!(german("no-such-message", &[]), "no-such-message");
        assert_eq!(text("xx", "card-no-card", &[]), german("card-no-card", &[]));
        assert_eq!(text("uk", "card-no-card", &[]), german("card-no-card", &[]));
        assert_ne!(
            text("uk", "ticket-kind-eid", &[]),
            german("ticket-kind-eid", &[])
        );
    }

    #[test]
    fn the_variables_of_a_message_are_found() {
        let found = ids(&[(
            "t.ftl",
            "a = { $n ->\n    [one] { $x }\n   *[other] { $y }\n}\n",
        )]);
        assert_eq!(
            found,
            [(
                "a".to_owned(),
                vec!["n".to_owned(), "x".to_owned(), "y".to_owned()]
            )]
        );
    }
}
