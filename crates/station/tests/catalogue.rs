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
        // This catalogue has no texts in their languages: the names come in English.
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
fn texts_in_the_citizens_own_language_are_shown_and_searched() {
    let text = r#"{ "version": 1,
      "categories": [ { "id": "a", "name": { "de": "Ausweise", "en": "ID documents", "uk": "Документи" } } ],
      "services": [
        { "id": "pass", "category": "a",
          "name": { "de": "Reisepass beantragen", "en": "Apply for a passport", "uk": "Оформити закордонний паспорт (Reisepass)" },
          "summary": { "de": "Für Reisen.", "en": "For travel.", "uk": "Для подорожей." },
          "keywords": { "de": ["Pass"], "en": ["travel"], "uk": ["паспорт"] },
          "url": "https://example.org/pass" },
        { "id": "hund", "category": "a",
          "name": { "de": "Hund anmelden", "en": "Register a dog" },
          "summary": { "de": "Hundesteuer.", "en": "Dog tax." },
          "keywords": { "de": [], "en": [] }, "url": "https://example.org/hund" } ] }"#;
    let catalogue = Catalogue::from_json(text).unwrap();
    for query in ["паспорт", "reisepass", "passport"] {
        let hits = catalogue.search(Lang::Uk, query, None).unwrap();
        assert_eq!(hits[0].id, "pass", "{query}");
        assert_eq!(hits[0].name, "Оформити закордонний паспорт (Reisepass)");
    }
    // Not written in Ukrainian: the English; not in Russian at all: the English.
    assert_eq!(
        catalogue.search(Lang::Uk, "hund", None).unwrap()[0].name,
        "Register a dog"
    );
    assert_eq!(
        catalogue.search(Lang::Ru, "", None).unwrap()[0].name,
        "Apply for a passport"
    );
    assert_eq!(catalogue.categories(Lang::Uk)[0].name, "Документи");
    assert!(catalogue
        .search(Lang::Ru, "паспорт", None)
        .unwrap()
        .is_empty());

    let blank = text.replace("\"uk\": \"Для подорожей.\"", "\"uk\": \" \"");
    let message = Catalogue::from_json(&blank).unwrap_err().to_string();
    assert!(message.contains("fehlt in Sprache „uk“"), "{message}");
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

/// A catalogue of one service with `fee`, and `payee` at the top, as JSON.
fn with_fee(payee: &str, fee: &str) -> String {
    format!(
        r#"{{ "version": 1, {payee}
      "categories": [ {{ "id": "a", "name": {{ "de": "A", "en": "A" }} }} ],
      "services": [
        {{ "id": "s", "category": "a", "name": {{ "de": "S", "en": "S" }}, "summary": {{ "de": "x", "en": "x" }},
          "keywords": {{ "de": [], "en": [] }}, "url": "https://example.org/", {fee} }} ] }}"#
    )
}

#[test]
fn fees_and_the_account_are_checked_so_that_a_bank_accepts_every_transfer() {
    let payee = r#""payee": { "name": "Landeshauptstadt Potsdam", "iban": "DE47 1605 0000 0000 0000 00", "bic": "WELADED1PMB" },"#;
    let fee = r#""fee": { "cents": 1000, "remittance": "Meldebescheinigung {reference}" }"#;
    let catalogue = Catalogue::from_json(&with_fee(payee, fee)).unwrap();
    assert_eq!(
        catalogue.payee().unwrap().iban_for_reading(),
        "DE47 1605 0000 0000 0000 00"
    );
    let service = catalogue.service("s").unwrap();
    assert_eq!(
        service.fee.as_ref().unwrap().remittance_for("BK-7KQM-F3XT"),
        "Meldebescheinigung BK-7KQM-F3XT"
    );
    assert_eq!(
        catalogue.search(Lang::De, "", None).unwrap()[0].fee_cents,
        Some(1000)
    );

    let wrong_payee = r#""payee": { "name": "Stadtkasse Köln", "iban": "DE47160500000000000001", "bic": "WELADED" },"#;
    let wrong_fee = r#""fee": { "cents": 0, "remittance": "Gebühr für {reference} {reference}" }"#;
    let message = Catalogue::from_json(&with_fee(wrong_payee, wrong_fee))
        .unwrap_err()
        .to_string();
    for part in [
        "Zahlungsempfänger „Stadtkasse Köln“",
        "„DE47160500000000000001“ ist keine gültige IBAN",
        "„WELADED“ ist keine gültige BIC",
        "Gebühr muss zwischen 1 Cent",
        "Verwendungszweck „Gebühr für {reference} {reference}“",
    ] {
        assert!(message.contains(part), "missing „{part}“ in: {message}");
    }

    let too_long = format!(
        r#""fee": {{ "cents": 1, "remittance": "{} {{reference}}" }}"#,
        "x".repeat(128)
    );
    assert!(Catalogue::from_json(&with_fee(payee, &too_long))
        .unwrap_err()
        .to_string()
        .contains("höchstens 140 Zeichen"));
    let short = r#""fee": { "cents": 1, "remittance": "Gebühr" }"#;
    assert!(Catalogue::from_json(&with_fee(payee, short))
        .unwrap_err()
        .to_string()
        .contains("Verwendungszweck „Gebühr“"));
    let no_payee = Catalogue::from_json(&with_fee("", fee))
        .unwrap_err()
        .to_string();
    assert!(
        no_payee.contains("hat eine Gebühr, aber der Katalog nennt kein Konto"),
        "{no_payee}"
    );
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

/// The catalogue the stations ship (`assets/services.json`).
fn real_catalogue() -> Catalogue {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/services.json");
    Catalogue::load(path).unwrap()
}

#[test]
fn every_topic_that_orders_a_service_finds_it_in_the_real_catalogue() {
    let catalogue = real_catalogue();
    for topic in station::requests::topics() {
        if let Some(id) = topic.service {
            assert!(catalogue.service(id).is_ok(), "{}: {id}", topic.id);
        }
    }
    let certificate = catalogue.service("meldebescheinigung").unwrap();
    assert_eq!(certificate.fee.as_ref().unwrap().cents, 1000);
    assert!(catalogue.payee().is_some());
}

#[test]
fn the_real_catalogue_in_assets_loads_and_finds_typos() {
    let catalogue = real_catalogue();
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

#[test]
fn the_real_catalogue_speaks_every_kiosk_language() {
    let catalogue = real_catalogue();
    for lang in [Lang::Uk, Lang::Ru, Lang::Ar, Lang::Tr] {
        for service in catalogue.services() {
            assert!(
                service.name.written_in(lang).is_some()
                    && service.summary.written_in(lang).is_some()
                    && service
                        .keywords
                        .written_in(lang)
                        .is_some_and(|k| !k.is_empty()),
                "{} lacks {lang:?}",
                service.id
            );
        }
        // A service's own name in that language finds it among the first hits (every
        // 13th service: a search over all of them takes a while in a debug build).
        for service in catalogue.services().iter().step_by(13) {
            let name = service.name.written_in(lang);
            let hits = catalogue.search(lang, name.unwrap(), None).unwrap();
            assert!(
                hits.iter().take(3).any(|hit| hit.id == service.id),
                "{lang:?} „{}“ finds {:?}",
                name.unwrap(),
                hits.iter().take(3).map(|hit| &hit.id).collect::<Vec<_>>()
            );
        }
        let english = catalogue.categories(Lang::En);
        for (own, english) in catalogue.categories(lang).iter().zip(&english) {
            assert_ne!(own.name, english.name, "category {} in {lang:?}", own.id);
        }
    }
}
