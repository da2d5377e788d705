//! Documents a citizen hands in from the phone through a request's upload link, on
//! the real `bk-central`: uploaded before the request arrived, checked by content
//! (a program named `.pdf` is refused, a PNG named `.jpg` kept as `.png`), sealed at
//! rest, listed on the request's page and downloaded by a clerk (each download in the
//! audit log); links forged, run out or of a revoked station open nothing; a request
//! done takes no more; retention deletes them with the request, and those whose
//! request never arrived.

use chrono::{Duration, Utc};
use reqwest::blocking::multipart::{Form, Part};
use reqwest::blocking::Response;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use serde_json::json;
use syncproto::upload::{UploadKey, UploadLink};
use uuid::Uuid;

use crate::harness::{central_with_station, cli, client, open_store, Central, Station};
use crate::web::{Account, WebSession};

/// A small PDF, as a scanner app writes one.
pub const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

/// One transparent pixel.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];

/// The upload page's path for request `item` of `station`, recorded at `recorded`.
fn link(station: &Station, item: &str, recorded: chrono::DateTime<Utc>) -> String {
    let item = Uuid::parse_str(item).unwrap();
    UploadLink::for_request(&station.enrolment.station_id, item, recorded)
        .path(&UploadKey::for_token(station.token()))
}

/// Posts `files` (name, bytes) to the page at `path`.
pub fn upload(central: &Central, path: &str, files: &[(&str, &[u8])]) -> Response {
    let form = files.iter().fold(Form::new(), |form, (name, bytes)| {
        form.part(
            "datei",
            Part::bytes(bytes.to_vec()).file_name((*name).to_owned()),
        )
    });
    client()
        .post(central.url(path))
        .multipart(form)
        .send()
        .unwrap()
}

/// `(status, page)` of a `GET`.
fn page(central: &Central, path: &str) -> (u16, String) {
    let response = client().get(central.url(path)).send().unwrap();
    (response.status().as_u16(), response.text().unwrap())
}

#[test]
fn a_citizen_uploads_before_the_request_arrives_and_a_clerk_downloads_it() {
    let (dir, central, station) = central_with_station();
    let item = station.item(&json!({"name": "Erika Mustermann"}));
    let path = link(&station, &item.id, Utc::now());

    let response = client().get(central.url(&path)).send().unwrap();
    assert_eq!(response.status(), 200);
    let policy = response.headers()[CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(policy.contains("default-src 'none'") && policy.contains("form-action 'self'"));
    let shown = response.text().unwrap();
    assert!(shown.contains("Unterlagen zu Ihrem Anliegen"), "{shown}");
    assert!(shown.contains("noch keine Unterlagen"));
    assert!(!shown.contains("<script"));
    let (_, english) = page(&central, &format!("{path}?sprache=en"));
    assert!(english.contains("lang=\"en\""), "{english}");
    let (_, arabic) = page(&central, &format!("{path}?sprache=ar"));
    assert!(arabic.contains("dir=\"rtl\""));

    let program = b"MZ\x90\x00\x03\x00\x00\x00 a program";
    let taken = upload(
        &central,
        &path,
        &[
            ("Mietvertrag März.pdf", PDF),
            ("Foto.jpg", PNG),
            ("rechnung.pdf", program),
        ],
    );
    assert_eq!(taken.status(), 200);
    let taken = taken.text().unwrap();
    assert!(
        taken.contains("Diese 2 Dateien haben wir erhalten"),
        "{taken}"
    );
    assert!(taken.contains("Mietvertrag März.pdf (1 KB)"));
    assert!(
        taken.contains("Foto.png (1 KB)"),
        "kept under its real type"
    );
    assert!(taken.contains("rechnung.pdf: keine PDF-, JPEG- oder PNG-Datei."));
    assert!(taken.contains("Zu diesem Anliegen liegen 2 Dateien vor."));

    let mut store = open_store(dir.path());
    let stored = store.documents_of(&item.id, &station.enrolment.station_id);
    let stored = stored.unwrap();
    assert_eq!(stored.len(), 2);
    assert!(
        store.document(&item.id, &stored[0].id).unwrap().is_none(),
        "a document is handed out with its request only"
    );

    station.push(&central, std::slice::from_ref(&item));
    let sealed = store
        .document(&item.id, &stored[0].id)
        .unwrap()
        .expect("the request arrived");
    assert!(!contains(&sealed.sealed, b"%PDF"));
    assert!(!contains(&sealed.sealed_name, "Mietvertrag".as_bytes()));
    let tomorrow = (Utc::now() + Duration::days(1)).to_rfc3339();
    assert_eq!(
        store.purge_orphan_documents(&tomorrow).unwrap(),
        0,
        "not an orphan"
    );
    drop(store);

    let clerk = Account::add(dir.path(), "s.sachbearbeitung", "clerk");
    let mut web = WebSession::sign_in(&central, &clerk);
    let request = format!("/anliegen/{}", item.id);
    let opened = web.get(&request).text().unwrap();
    assert!(
        opened.contains("Mietvertrag März.pdf") && opened.contains("Foto.png"),
        "{opened}"
    );
    assert!(opened.contains("PNG-Bild"));
    let download = web.get(&format!("{request}/unterlagen/{}", stored[0].id));
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()[CONTENT_TYPE], "application/pdf");
    let disposition = download.headers()[CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disposition.starts_with("attachment;") && disposition.contains("M%C3%A4rz.pdf"));
    assert!(download.headers()[CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .starts_with("sandbox"));
    assert_eq!(download.bytes().unwrap().as_ref(), PDF);
    let elsewhere = format!("/anliegen/{}/unterlagen/{}", Uuid::now_v7(), stored[0].id);
    assert_eq!(web.get(&elsewhere).status(), 404, "only under its request");

    let log = open_store(dir.path())
        .audit_entries(None, None, 50)
        .unwrap();
    let read = log
        .iter()
        .find(|entry| entry.action == "document")
        .expect("the download is in the audit log");
    assert_eq!(read.actor, "s.sachbearbeitung");
    assert_eq!(read.subject.as_deref(), Some(item.id.as_str()));
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[test]
fn links_forged_run_out_or_of_a_revoked_station_open_nothing() {
    let (dir, central, station) = central_with_station();
    let item = Uuid::now_v7().to_string();
    let good = link(&station, &item, Utc::now());
    assert_eq!(page(&central, &good).0, 200);

    let other_request = good.replacen(&item, &Uuid::now_v7().to_string(), 1);
    let (status, shown) = page(&central, &other_request);
    assert_eq!(status, 404);
    assert!(shown.contains("Dieser Link ist ungültig"), "{shown}");
    assert_eq!(
        upload(&central, &other_request, &[("a.pdf", PDF)]).status(),
        404
    );
    assert_eq!(page(&central, "/unterlagen/x/y/z/w").0, 404);

    let old = link(&station, &item, Utc::now() - Duration::days(15));
    let (status, shown) = page(&central, &old);
    assert_eq!(status, 410);
    assert!(shown.contains("abgelaufen"), "{shown}");
    assert_eq!(upload(&central, &old, &[("a.pdf", PDF)]).status(), 410);

    let revoked = cli(
        dir.path(),
        &["station", "revoke", &station.enrolment.station_id],
    );
    assert!(revoked.status.success());
    assert_eq!(page(&central, &good).0, 404);
    let store = open_store(dir.path());
    let stored = store.documents_of(&item, &station.enrolment.station_id);
    assert!(stored.unwrap().is_empty());
}

#[test]
fn a_request_takes_so_many_files_and_none_once_done() {
    let (dir, central, station) = central_with_station();
    let item = station.item(&json!({"name": "Erika Mustermann"}));
    station.push(&central, std::slice::from_ref(&item));
    let path = link(&station, &item.id, Utc::now());

    // A browser's form with no file chosen: one part without name or bytes.
    let nothing = upload(&central, &path, &[("", b"")]);
    assert_eq!(nothing.status(), 400);
    let shown = nothing.text().unwrap();
    assert!(shown.contains("mindestens eine Datei"), "{shown}");
    let broken = client()
        .post(central.url(&path))
        .header("content-type", "multipart/form-data; boundary=x")
        .body(
            "--x\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"a.pdf\"\r\n\r\n%PDF",
        )
        .send()
        .unwrap();
    assert_eq!(broken.status(), 400, "a form cut off");
    assert!(broken
        .text()
        .unwrap()
        .contains("Bitte versuchen Sie es später noch einmal"));

    let large = [PDF, &vec![b' '; 10 * 1024 * 1024]].concat();
    let refused = upload(&central, &path, &[("scan.pdf", &large)])
        .text()
        .unwrap();
    assert!(refused.contains("scan.pdf: größer als 10 MB."), "{refused}");

    let nine: Vec<(String, &[u8])> = (1..=9).map(|n| (format!("Seite {n}.png"), PNG)).collect();
    let nine: Vec<(&str, &[u8])> = nine
        .iter()
        .map(|(name, bytes)| (name.as_str(), *bytes))
        .collect();
    let taken = upload(&central, &path, &nine).text().unwrap();
    assert!(
        taken.contains("Diese 9 Dateien haben wir erhalten"),
        "{taken}"
    );
    let more = upload(
        &central,
        &path,
        &[("Seite 10.png", PNG), ("Seite 11.png", PNG)],
    );
    let more = more.text().unwrap();
    assert!(more.contains("Seite 10.png (1 KB)"), "{more}");
    assert!(more.contains("Seite 11.png: zu diesem Anliegen liegen schon 10 Dateien vor."));

    assert!(cli(dir.path(), &["requests", "done", &item.id])
        .status
        .success());
    let (status, shown) = page(&central, &path);
    assert_eq!(status, 409);
    assert!(shown.contains("bereits abgeschlossen"), "{shown}");
    assert_eq!(upload(&central, &path, &[("a.pdf", PDF)]).status(), 409);
}

#[test]
fn retention_deletes_documents_with_their_request_and_those_whose_request_never_came() {
    let (dir, central, station) = central_with_station();
    let arrived = station.item(&json!({"name": "Erika Mustermann"}));
    station.push(&central, std::slice::from_ref(&arrived));
    let never = Uuid::now_v7().to_string();
    for item in [&arrived.id, &never] {
        let path = link(&station, item, Utc::now());
        assert_eq!(upload(&central, &path, &[("a.pdf", PDF)]).status(), 200);
    }
    assert!(cli(dir.path(), &["requests", "done", &arrived.id])
        .status
        .success());
    let station_id = &station.enrolment.station_id;
    let held = |store: &central::store::Store, item: &str| {
        store.documents_of(item, station_id).unwrap().len()
    };

    let mut store = open_store(dir.path());
    let policy = central::retention::RetentionPolicy::default();
    policy
        .apply(&mut store, Utc::now() + Duration::days(30))
        .unwrap();
    assert_eq!((held(&store, &arrived.id), held(&store, &never)), (1, 1));
    policy
        .apply(&mut store, Utc::now() + Duration::days(91))
        .unwrap();
    assert_eq!((held(&store, &arrived.id), held(&store, &never)), (0, 0));
    let log = store.audit_entries(None, None, 50).unwrap();
    assert!(log.iter().any(|entry| entry.action == "delete"
        && entry.subject.as_deref() == Some(never.as_str())
        && entry
            .detail
            .as_deref()
            .is_some_and(|detail| detail.contains("nie eingegangen"))));
}

#[test]
fn a_request_takes_thirty_megabytes_at_most() {
    let (_dir, central, station) = central_with_station();
    let path = link(&station, &Uuid::now_v7().to_string(), Utc::now());
    let pdf_of = |megabytes: f64| {
        let padding = vec![b' '; (megabytes * 1024.0 * 1024.0) as usize - PDF.len()];
        [PDF, &padding, b"%%EOF\n"].concat()
    };
    let (nine, one) = (pdf_of(9.9), pdf_of(1.0));
    let three = [("a.pdf", &nine[..]), ("b.pdf", &nine), ("c.pdf", &nine)];
    let taken = upload(&central, &path, &three).text().unwrap();
    assert!(
        taken.contains("Diese 3 Dateien haben wir erhalten"),
        "{taken}"
    );
    let over = upload(&central, &path, &[("d.pdf", &one)]).text().unwrap();
    assert!(
        over.contains("d.pdf: zusammen wären es mehr als 30 MB."),
        "{over}"
    );

    let too_much = [
        ("a.pdf", &nine[..]),
        ("b.pdf", &nine),
        ("c.pdf", &nine),
        ("d.pdf", &one),
    ];
    let other = link(&station, &Uuid::now_v7().to_string(), Utc::now());
    let refused = upload(&central, &other, &too_much);
    assert_eq!(refused.status(), 400);
    let refused = refused.text().unwrap();
    assert!(refused.contains("höchstens 30 MB auf einmal"), "{refused}");
}
