//! `bk request add`, `bk enroll` and `bk sync --status` as staff use them: the same
//! validation as the kiosk with German messages per field, a clear refusal before
//! enrolment, the link to hand in documents (printed again by `bk request
//! upload-link`), and one request carried to the central and readable only there.

use synctests::central::Central;
use synctests::fast_tempdir;
use synctests::station::{text, Station, ORDER_CERTIFICATE};

#[test]
fn requests_need_enrolment_valid_fields_and_consent() {
    let dir = fast_tempdir();
    let central = Central::start(&dir.path().join("central"));
    let station = Station::new(&dir.path().join("station"));
    let add = |extra: &[&str]| {
        let mut args = vec!["request", "add", "--topic", "termin"];
        args.extend_from_slice(extra);
        station.run(&args)
    };
    let good = [
        "--field",
        "name=Erika Mustermann",
        "--field",
        "email=erika@beispiel.de",
        "--consent",
    ];

    let before = add(&good);
    assert!(!before.status.success());
    assert!(
        text(&before).contains("nicht bei der Zentrale angemeldet"),
        "{}",
        text(&before)
    );
    assert!(text(&before).contains("[not_enrolled]"));

    let bad_url = station.run(&["enroll", "zentrale.example", "ABCD-EFGH-JKMN"]);
    assert!(!bad_url.status.success());
    assert!(
        text(&bad_url).contains("keine gültige Adresse"),
        "{}",
        text(&bad_url)
    );
    let short_code = station.run(&["enroll", &central.url(), "ABCD-EFGH-JKMN"]);
    assert!(!short_code.status.success());
    assert!(
        text(&short_code).contains("nicht die richtige Form"),
        "the fingerprint part is required: {}",
        text(&short_code)
    );
    let wrong_code = station.run(&["enroll", &central.url(), "ABCD-EFGH-JKMN-PQRS-TVWX"]);
    assert!(!wrong_code.status.success());
    assert!(
        text(&wrong_code).contains("abgelehnt"),
        "{}",
        text(&wrong_code)
    );
    station.enrol(&central.url(), &central.add_station("Bürgerkoffer 1"));
    let again = station.run(&[
        "enroll",
        &central.url(),
        &central.add_station("Zweiter Versuch"),
    ]);
    assert!(!again.status.success());
    assert!(text(&again).contains("bereits"), "{}", text(&again));

    let invalid = add(&[
        "--field",
        "name=Erika Mustermann",
        "--field",
        "email=erika@",
        "--field",
        "preferred_date=31.02.2026",
        "--consent",
    ]);
    assert_eq!(invalid.status.code(), Some(1));
    let message = text(&invalid);
    for expected in [
        "Feld „email“ ist keine gültige E-Mail-Adresse",
        "Feld „preferred_date“ ist kein gültiges Datum",
        "[request_invalid]",
    ] {
        assert!(message.contains(expected), "{message}");
    }
    let no_consent = add(&good[..4]);
    assert!(
        text(&no_consent).contains("Einwilligung"),
        "{}",
        text(&no_consent)
    );
    let unknown = station.run(&["request", "add", "--topic", "party", "--consent"]);
    assert!(text(&unknown).contains("[unknown_topic]"));
    assert_eq!(station.status().pending, 0, "nothing invalid was stored");

    let added = add(&good);
    assert!(added.status.success(), "{}", text(&added));
    let reference = text(&added)
        .split_whitespace()
        .find(|word| word.starts_with("BK-"))
        .unwrap()
        .to_owned();
    // The link to hand in documents, on the receipt and again for staff.
    let link = |output: &std::process::Output| {
        text(output)
            .split_whitespace()
            .find(|word| word.contains("/unterlagen/"))
            .map(str::to_owned)
    };
    let printed = link(&added).expect("the upload link is printed");
    assert!(printed.starts_with(&central.url()) && printed.ends_with("?sprache=de"));
    let again = station.run(&["request", "upload-link", "--reference", &reference]);
    assert_eq!(link(&again), Some(printed), "{}", text(&again));
    let unknown = station.run(&["request", "upload-link", "--reference", "BK-AAAA-AAAA"]);
    assert!(!unknown.status.success());
    assert!(text(&unknown).contains("gibt es auf dieser Station nicht"));
    // The station cannot read the contact data: it is only in the sealed blob.
    let raw = std::fs::read(station.dir().join("station.sqlite")).unwrap();
    let wal = std::fs::read(station.dir().join("station.sqlite-wal")).unwrap_or_default();
    for haystack in [&raw, &wal] {
        assert!(
            !haystack.windows(7).any(|w| w == b"beispie"),
            "e-mail in clear"
        );
    }

    let synced = station.run(&["sync"]);
    assert!(synced.status.success(), "{}", text(&synced));
    let status = text(&station.run(&["sync", "--status"]));
    assert!(
        status.contains("Warten auf Übertragung: 0") && status.contains("Übertragen:            1"),
        "{status}"
    );
    let id = central.item_ids().into_iter().next().unwrap();
    let shown = central.cli(&["requests", "show", &id]);
    let content = text(&shown);
    assert!(
        content.contains("erika@beispiel.de") && content.contains(&reference),
        "{content}"
    );
    let report = text(&station.run(&["report", "--json"]));
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert_eq!(
        report["total"]["requests"],
        serde_json::json!([{"id": "termin", "name": "termin", "count": 1}]),
        "{report}"
    );

    // A certificate by post has a fee: staff learn how the citizen pays it.
    let certificate = ORDER_CERTIFICATE;
    let with_fee = text(&station.run(&certificate));
    let reference = with_fee
        .split_whitespace()
        .find(|word| word.starts_with("BK-"))
        .unwrap();
    assert!(
        with_fee.contains(&format!(
            "Gebühr: 10,00 €. Bitte überweisen an Landeshauptstadt Potsdam, \
             IBAN DE47 1605 0000 0000 0000 00, BIC WELADED1PMB, \
             Verwendungszweck „Meldebescheinigung {reference}“."
        )),
        "{with_fee}"
    );
    assert!(
        with_fee.contains("Online bezahlt die Person über diesen Link")
            && with_fee.contains("/zahlung/")
            && with_fee.contains(&format!("/meldebescheinigung/{reference}/")),
        "{with_fee}"
    );
    let as_json = station.run(&[&certificate[..], &["--json"]].concat());
    let as_json: serde_json::Value = serde_json::from_str(&text(&as_json)).unwrap();
    assert_eq!(as_json["transfer"]["cents"], 1000);
    assert_eq!(
        as_json["transfer"]["remittance"],
        format!(
            "Meldebescheinigung {}",
            as_json["reference"].as_str().unwrap()
        )
    );
    assert!(as_json["payOnline"]["url"]
        .as_str()
        .is_some_and(|url| url.contains("/zahlung/")));
}
