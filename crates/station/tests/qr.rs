//! QR codes: rendered SVG is decoded again (resvg to pixels, rqrr to text) to prove
//! that the address round-trips, and that a transfer's EPC QR code ("GiroCode") is
//! one the EPC069-12 guideline describes.

use resvg::{tiny_skia, usvg};
use station::catalogue::Payee;
use station::girocode::Transfer;
use station::qr::qr_svg;

/// Renders `svg` and decodes every QR code in it: `(version, text)`.
fn decode(svg: &str) -> Vec<(usize, String)> {
    decode_with_level(svg)
        .into_iter()
        .map(|(version, _, text)| (version, text))
        .collect()
}

/// Renders `svg` and decodes every QR code in it: `(version, error correction level
/// bits, text)`; the level bits are 0 for M.
fn decode_with_level(svg: &str) -> Vec<(usize, u16, String)> {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).expect("valid SVG");
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).expect("non-empty image");
    pixmap.fill(tiny_skia::Color::from_rgba8(255, 0, 255, 255)); // anything the SVG leaves unpainted shows
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let (width, height) = (pixmap.width() as usize, pixmap.height() as usize);
    let pixels = pixmap.data();
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let at = (y * width + x) * 4;
        ((u16::from(pixels[at]) + u16::from(pixels[at + 1]) + u16::from(pixels[at + 2])) / 3) as u8
    });
    image
        .detect_grids()
        .into_iter()
        .map(|grid| {
            let (meta, text) = grid.decode().expect("the code decodes");
            (meta.version.0, meta.ecc_level, text)
        })
        .collect()
}

#[test]
fn a_service_address_round_trips() {
    let url = "https://service.potsdam.de/wohnsitz-ummelden?lang=de";
    let svg = qr_svg(url).unwrap();
    assert!(svg.starts_with("<svg"), "no XML declaration, inline-ready");
    assert!(svg.contains("viewBox"));
    assert!(svg.contains("#000000") && svg.contains("#ffffff"));
    let decoded = decode(&svg);
    assert_eq!(decoded.len(), 1);
    // 52 bytes at medium error correction fit into version 4 (up to 62 bytes) but
    // not into version 3 (up to 42).
    assert_eq!(decoded[0], (4, url.to_owned()));
}

#[test]
fn the_version_grows_with_the_text() {
    let short = decode(&qr_svg("https://potsdam.de").unwrap());
    assert_eq!(short, [(2, "https://potsdam.de".to_owned())]);
    let long_url = format!("https://service.potsdam.de/{}", "a".repeat(300));
    let long = decode(&qr_svg(&long_url).unwrap());
    assert_eq!(long[0].1, long_url);
    assert!(long[0].0 > 10);
}

#[test]
fn text_beyond_the_largest_code_is_a_typed_error() {
    let error = qr_svg(&"x".repeat(5000)).unwrap_err();
    assert_eq!(error.code(), "qr_too_long");
}

/// Checks `payload` against EPC069-12 (version 3.0) for a credit transfer of version
/// 002 in UTF-8 and returns its elements by name.
fn epc_elements(payload: &str) -> std::collections::BTreeMap<&'static str, String> {
    assert!(payload.len() <= 331, "at most 331 bytes");
    assert!(!payload.ends_with('\n'), "nothing after the last element");
    let lines: Vec<&str> = payload.split('\n').collect();
    assert!((10..=12).contains(&lines.len()), "{lines:?}");
    assert_eq!(lines[..4], ["BCD", "002", "1", "SCT"]);
    let names = [
        "service",
        "version",
        "charset",
        "identification",
        "bic",
        "name",
        "iban",
        "amount",
        "purpose",
        "structured",
        "text",
        "information",
    ];
    let elements: std::collections::BTreeMap<_, _> = names
        .into_iter()
        .zip(lines.iter().map(|line| (*line).to_owned()))
        .collect();
    let bic = &elements["bic"];
    assert!(bic.is_empty() || matches!(bic.len(), 8 | 11), "BIC {bic}");
    assert!((1..=70).contains(&elements["name"].chars().count()));
    let iban = &elements["iban"];
    assert!(
        iban.len() <= 34 && !iban.contains(' ') && iban.parse::<iban::Iban>().is_ok(),
        "IBAN {iban}"
    );
    let amount = elements["amount"]
        .strip_prefix("EUR")
        .expect("amount in euros");
    let (whole, cents) = amount.split_once('.').unwrap_or((amount, ""));
    assert!(!whole.is_empty() && whole.len() <= 9 && whole.bytes().all(|b| b.is_ascii_digit()));
    assert!(cents.len() <= 2 && cents.bytes().all(|b| b.is_ascii_digit()));
    assert!(amount.parse::<f64>().unwrap() >= 0.01);
    let purpose = elements.get("purpose").map_or("", String::as_str);
    assert!(purpose.is_empty() || purpose.len() == 4);
    let structured = elements.get("structured").map_or("", String::as_str);
    let text = elements.get("text").map_or("", String::as_str);
    assert!(
        structured.is_empty() || text.is_empty(),
        "one remittance, not both"
    );
    assert!(structured.len() <= 35 && text.chars().count() <= 140);
    elements
}

#[test]
fn a_fee_transfer_decodes_to_an_epc_credit_transfer_at_level_m() {
    let payee = Payee {
        name: "Landeshauptstadt Potsdam".into(),
        iban: "DE47 1605 0000 0000 0000 00".into(),
        bic: "WELADED1PMB".into(),
        online: false,
    };
    let transfer = Transfer::new(&payee, 1050, "Meldebescheinigung BK-7KQM-F3XT".into());
    let decoded = decode_with_level(&transfer.qr_svg().unwrap());
    assert_eq!(decoded.len(), 1);
    let (version, level, payload) = &decoded[0];
    assert_eq!(*level, 0, "error correction level M");
    assert!(*version <= 13, "the guideline's largest code is version 13");
    let elements = epc_elements(payload);
    assert_eq!(elements["bic"], "WELADED1PMB");
    assert_eq!(elements["name"], "Landeshauptstadt Potsdam");
    assert_eq!(elements["iban"], "DE47160500000000000000");
    assert_eq!(elements["amount"], "EUR10.50");
    assert_eq!(elements["text"], "Meldebescheinigung BK-7KQM-F3XT");
}
