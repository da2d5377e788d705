//! The texts that staff and `bk` read, from the Fluent catalogue in
//! `assets/locales/<lang>/staff.ftl` — the same files the UI loads, so each text is
//! written once. Missing texts fall back to German, then to the message id (visible,
//! never blank); a catalogue that does not parse fails the crate's tests.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use station::catalogue::Lang;

const STAFF_DE: &str = include_str!("../../../assets/locales/de/staff.ftl");
const STAFF_EN: &str = include_str!("../../../assets/locales/en/staff.ftl");

type Bundle = FluentBundle<FluentResource>;

/// A message's variables, e.g. `[("tries", 2.into())]`.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

fn bundle(lang: Lang) -> &'static Bundle {
    static DE: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    let (cell, source, tag) = match lang {
        Lang::De => (&DE, STAFF_DE, "de"),
        Lang::En => (&EN, STAFF_EN, "en"),
    };
    cell.get_or_init(|| build(tag, source).unwrap_or_else(|problems| panic!("{problems}")))
}

/// Parses one language's catalogue; every syntax error and twice-defined id is reported.
fn build(tag: &str, source: &str) -> Result<Bundle, String> {
    let lang_id = tag
        .parse::<unic_langid::LanguageIdentifier>()
        .map_err(|error| format!("{tag}: {error}"))?;
    let resource = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errors)| format!("locales/{tag}/staff.ftl: {errors:?}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![lang_id]);
    // No Unicode isolation marks: they would end up in terminals and logs.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("locales/{tag}/staff.ftl: {errors:?}"))?;
    Ok(bundle)
}

/// The message `id` in `lang` with `args`, else in German, else `id` itself.
pub fn text(lang: Lang, id: &str, args: &Args<'_>) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for bundle in [bundle(lang), bundle(Lang::De)] {
        if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    id.to_owned()
}

/// The message `id` in German, the language of staff and `bk`.
pub fn german(id: &str, args: &Args<'_>) -> String {
    text(Lang::De, id, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(source: &str) -> Vec<String> {
        let resource = FluentResource::try_new(source.to_owned()).expect("parses");
        let mut ids: Vec<String> = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn both_catalogues_parse_and_hold_the_same_ids() {
        build("de", STAFF_DE).unwrap();
        build("en", STAFF_EN).unwrap();
        assert_eq!(ids(STAFF_DE), ids(STAFF_EN));
    }

    #[test]
    fn variables_plurals_and_fallbacks() {
        assert_eq!(
            german("card-pin-wrong", &[("tries", 2.into())]),
            "PIN falsch – noch 2 Versuche. Bitte die PIN erneut eingeben."
        );
        assert!(text(Lang::En, "card-pin-wrong", &[("tries", 2.into())]).contains("2 tries"));
        assert_eq!(german("no-such-message", &[]), "no-such-message");
    }
}
