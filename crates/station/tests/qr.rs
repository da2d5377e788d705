//! QR codes: rendered SVG is decoded again (resvg to pixels, rqrr to text) to prove
//! that the address round-trips.

use resvg::{tiny_skia, usvg};
use station::qr::qr_svg;

/// Renders `svg` and decodes every QR code in it: `(version, text)`.
fn decode(svg: &str) -> Vec<(usize, String)> {
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
            (meta.version.0, text)
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
