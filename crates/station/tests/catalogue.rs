//! The service catalogue: loading, validation and typo-tolerant search with the
//! typos people really make on a touchscreen keyboard.

mod common;

use common::fixture;
use station::catalogue::Catalogue;
use station::lang::Lang;

fn catalogue() -> Catalogue {
    Catalogue::load(fixture("services.json")).expect("fixture catalogue loads")
}

fn first_hit(catalogue: &Catalogue, lang: Lang, query: &str) -> String {
    let hits = catalogue.search(lang, query, None).unwrap();
    hits.first()
        .unwrap_or_else(|| panic!("no hit for „{query}“"))
        .id
        .clone()
}

#[test]
fn real_typos_find_the_right_service_first() {
    let catalogue = catalogue();
    for (query, expected) in [
        ("fürerschein", "fuehrerschein-umtauschen"),
        ("Führerschein", "fuehrerschein-umtauschen"),
        ("fuhrerschein", "fuehrerschein-umtauschen"),
        ("FUEHRERSCHEIN", "fuehrerschein-umtauschen"),
        ("ummeldung", "wohnsitz-ummelden"),
        ("hundsteuer", "hundesteuer-anmelden"),
        ("geburtsurkunde bestelen", "geburtsurkunde-bestellen"),
        ("gebrutsurkunde", "geburtsurkunde-bestellen"),
        ("personalausweis", "personalausweis-beantragen"),
        ("personalausw", "personalausweis-beantragen"),
        ("reisepas", "reisepass-beantragen"),
        (
            "einen Ausweis für mich beantragen",
            "personalausweis-beantragen",
        ),
        ("Ausweis für mein Kind", "reisepass-beantragen"), // keyword Kinderreisepass
    ] {
        assert_eq!(
            first_hit(&catalogue, Lang::De, query),
            expected,
            "query „{query}“"
        );
    }
}

#[test]
fn english_queries_search_the_english_texts() {
    let catalogue = catalogue();
    assert_eq!(
        first_hit(&catalogue, Lang::En, "drivers licence"),
        "fuehrerschein-umtauschen"
    );
    assert_eq!(
        first_hit(&catalogue, Lang::En, "birth certificat"),
        "geburtsurkunde-bestellen"
    );
    let hits = catalogue.search(Lang::En, "passport", None).unwrap();
    assert_eq!(hits[0].name, "Apply for a passport");
}

#[test]
fn a_citizen_reading_neither_german_nor_english_finds_services_by_either_word() {
    let catalogue = catalogue();
    for lang in [Lang::Uk, Lang::Ru, Lang::Ar, Lang::Tr] {
        assert_eq!(
            first_hit(&catalogue, lang, "passport"),
            "reisepass-beantragen"
        );
        assert_eq!(
            first_hit(&catalogue, lang, "reisepass"),
            "reisepass-beantragen"
        );
        // The names come in English, the catalogue language they read best.
        let hits = catalogue.search(lang, "hundesteuer", None).unwrap();
        assert_eq!(
            hits[0].name,
            catalogue.search(Lang::En, "dog tax", None).unwrap()[0].name
        );
    }
    // Leichte Sprache reads and searches the German catalogue.
    assert_eq!(
        catalogue.search(Lang::DeEasy, "reisepass", None).unwrap()[0],
        catalogue.search(Lang::De, "reisepass", None).unwrap()[0]
    );
}

#[test]
fn unrelated_words_find_nothing() {
    let catalogue = catalogue();
    assert!(catalogue
        .search(Lang::De, "xylophon", None)
        .unwrap()
        .is_empty());
    assert!(catalogue.search(Lang::De, "zzz", None).unwrap().is_empty());
}

#[test]
fn both_certificates_rank_above_the_rest_for_urkunde() {
    let catalogue = catalogue();
    let hits: Vec<String> = catalogue
        .search(Lang::De, "urkunde", None)
        .unwrap()
        .into_iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(
        hits[..2],
        ["geburtsurkunde-bestellen", "eheurkunde-bestellen"]
    );
}

#[test]
fn category_filter_and_empty_query() {
    let catalogue = catalogue();
    let all = catalogue.search(Lang::De, "", None).unwrap();
    assert_eq!(all.len(), catalogue.services().len());
    let ids: Vec<String> = catalogue
        .search(Lang::De, "  ", Some("standesamt"))
        .unwrap()
        .into_iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(ids, ["geburtsurkunde-bestellen", "eheurkunde-bestellen"]);
    let filtered = catalogue
        .search(Lang::De, "anmelden", Some("steuern"))
        .unwrap();
    assert_eq!(filtered.len(), 1);
    assert_eq!(filtered[0].id, "hundesteuer-anmelden");
    assert_eq!(
        catalogue
            .search(Lang::De, "x", Some("mond"))
            .unwrap_err()
            .code(),
        "unknown_category"
    );
}

#[test]
fn categories_and_services_in_each_language() {
    let catalogue = catalogue();
    let categories = catalogue.categories(Lang::En);
    assert_eq!(categories[0].id, "meldewesen");
    assert_eq!(categories[0].name, "Registration");
    assert_eq!(
        catalogue.service("hundesteuer-anmelden").unwrap().url,
        "https://service.potsdam.de/hundesteuer"
    );
    assert_eq!(
        catalogue.service("nope").unwrap_err().code(),
        "unknown_service"
    );
    assert_eq!("fr".parse::<Lang>().unwrap_err().code(), "unknown_language");
    assert_eq!("en".parse::<Lang>().unwrap(), Lang::En);
    assert_eq!("de-x-ls".parse::<Lang>().unwrap(), Lang::DeEasy);
    let easy = catalogue.categories(Lang::DeEasy);
    assert_eq!(easy, catalogue.categories(Lang::De));
    assert_eq!(catalogue.categories(Lang::Uk), categories);
}

#[test]
fn invalid_catalogues_name_every_problem() {
    let text = r#"{ "version": 1,
      "categories": [ { "id": "a", "name": { "de": "A", "en": "" } } ],
      "services": [
        { "id": "s", "category": "a", "name": { "de": "S", "en": "S" }, "summary": { "de": "x", "en": "x" },
          "keywords": { "de": [], "en": [] }, "url": "http://example.org" },
        { "id": "s", "category": "zz", "name": { "de": "S", "en": "S" }, "summary": { "de": "x", "en": "x" },
          "keywords": { "de": [], "en": [] }, "url": "kein link" },
        { "id": "Groß", "category": "a", "name": { "de": "", "en": "S" }, "summary": { "de": "x", "en": "x" },
          "keywords": { "de": [], "en": [] }, "url": "https://example.org/" } ] }"#;
    let error = Catalogue::from_json(text).unwrap_err();
    assert_eq!(error.code(), "asset_invalid");
    let message = error.to_string();
    for part in [
        "Kategorie „a“: Name fehlt in Sprache „en“",
        "„s“ kommt mehrfach vor",
        "„http://example.org“ ist keine vollständige https-Adresse",
        "unbekannte Kategorie „zz“",
        "„Groß“ ist nicht aus",
        "Name fehlt in Sprache „de“",
    ] {
        assert!(message.contains(part), "missing „{part}“ in: {message}");
    }
}

#[test]
fn a_missing_language_or_wrong_version_is_refused() {
    let missing_en = r#"{ "version": 1, "categories": [ { "id": "a", "name": { "de": "A" } } ], "services": [] }"#;
    assert_eq!(
        Catalogue::from_json(missing_en).unwrap_err().code(),
        "asset_invalid"
    );
    let version_2 = r#"{ "version": 2, "categories": [], "services": [] }"#;
    assert!(Catalogue::from_json(version_2)
        .unwrap_err()
        .to_string()
        .contains("Version 2"));
    assert_eq!(
        Catalogue::from_json("not json").unwrap_err().code(),
        "asset_invalid"
    );
}

#[test]
fn the_real_catalogue_in_assets_loads_and_finds_typos() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/services.json");
    let catalogue = Catalogue::load(path).unwrap();
    assert!(catalogue.services().len() >= 20);
    for (query, expected) in [
        ("hundsteuer", "hundesteuer-anmelden"),
        ("geburtsurkunde bestelen", "geburtsurkunde-bestellen"),
        ("ummeldung", "wohnsitz-ummelden"),
    ] {
        assert_eq!(
            first_hit(&catalogue, Lang::De, query),
            expected,
            "query „{query}“"
        );
    }
    let licence = first_hit(&catalogue, Lang::De, "fürerschein");
    assert!(
        licence.starts_with("fuehrerschein-"),
        "„fürerschein“ found {licence}"
    );
}
