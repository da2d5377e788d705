//! QR codes as SVG markup for the kiosk screen (service addresses, ticket links).
//!
//! Medium error correction (15 % may be damaged or covered), the smallest QR version
//! that holds the text, the standard quiet zone of four modules, black on white. The
//! SVG has no XML declaration, so it can be placed inline in HTML; it scales with a
//! `viewBox`.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::error::{Result, StationError};

/// Minimum rendered size in pixels (the `width`/`height` attributes).
const MIN_PIXELS: u32 = 240;

/// Renders `text` as a QR code in SVG.
pub fn qr_svg(text: &str) -> Result<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| StationError::QrTooLong(text.chars().count()))?;
    let svg = code
        .render::<svg::Color<'_>>()
        .min_dimensions(MIN_PIXELS, MIN_PIXELS)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    Ok(match svg.find("<svg") {
        Some(start) => svg[start..].to_owned(),
        None => svg,
    })
}
