//! The texts that staff, IT and `bk` read, from the Fluent catalogue in
//! `assets/locales/<lang>/` — the same files the UI loads, so each text is written
//! once: `staff.ftl` (the card desk, the start-up page), `bk.ftl` (the command line)
//! and `errors.ftl` (the station's and the sync's errors). Missing texts fall back to
//! German, then to the message id (visible, never blank); a catalogue that does not
//! parse fails this crate's tests.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;

/// The catalogue files of one language, in the order they are loaded.
const FILES: [&str; 3] = ["staff.ftl", "bk.ftl", "errors.ftl"];

const GERMAN: [&str; 3] = [
    include_str!("../../../assets/locales/de/staff.ftl"),
    include_str!("../../../assets/locales/de/bk.ftl"),
    include_str!("../../../assets/locales/de/errors.ftl"),
];
const ENGLISH: [&str; 3] = [
    include_str!("../../../assets/locales/en/staff.ftl"),
    include_str!("../../../assets/locales/en/bk.ftl"),
    include_str!("../../../assets/locales/en/errors.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

/// A message's variables, e.g. `[("tries", 2.into())]`.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

/// The bundle of `lang` (`de` or `en`; any other code gets German).
fn bundle(lang: &str) -> &'static Bundle {
    static DE: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    let (cell, sources, tag) = match lang {
        "en" => (&EN, ENGLISH, "en"),
        _ => (&DE, GERMAN, "de"),
    };
    cell.get_or_init(|| build(tag, sources).unwrap_or_else(|problems| panic!("{problems}")))
}

/// Parses one language's catalogue; every syntax error and twice-defined id is reported.
fn build(tag: &str, sources: [&str; 3]) -> Result<Bundle, String> {
    let lang_id = tag
        .parse::<unic_langid::LanguageIdentifier>()
        .map_err(|error| format!("{tag}: {error}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![lang_id]);
    // No Unicode isolation marks: they would end up in terminals and logs.
    bundle.set_use_isolating(false);
    for (file, source) in FILES.iter().zip(sources) {
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| format!("locales/{tag}/{file}: {errors:?}"))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("locales/{tag}/{file}: {errors:?}"))?;
    }
    Ok(bundle)
}

/// The message `id` in `lang` (`de`, `en`) with `args`, else in German, else `id` itself.
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

    fn ids(sources: [&str; 3]) -> Vec<String> {
        let mut ids = Vec::new();
        for source in sources {
            let resource = FluentResource::try_new(source.to_owned()).expect("parses");
            ids.extend(resource.entries().filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            }));
        }
        ids.sort();
        ids
    }

    #[test]
    fn both_catalogues_parse_and_hold_the_same_ids() {
        build("de", GERMAN).unwrap();
        build("en", ENGLISH).unwrap();
        assert_eq!(ids(GERMAN), ids(ENGLISH));
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
    }
}
