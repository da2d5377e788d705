//! ESC/POS raster bit images (`GS v 0`): a QR code, and any picture given dot by dot
//! (the ticket lines no code page holds, `text_image`).
//!
//! Written here rather than with the `escpos` crate's `graphics` feature: that feature
//! decodes an image file through the `image` crate with all its default formats (AVIF
//! encoder included), which would add minutes to every build for a bitmap that the
//! `qrcode` crate already gives us module by module. The command is a header and the
//! rows of pixels, one bit each, most significant bit first, 1 = black.

use qrcode::{Color, EcLevel, QrCode};

use crate::printer::PrinterProblem;

/// Quiet zone around the code, in modules (the QR standard asks for four).
const QUIET_MODULES: usize = 4;

/// The widest raster we send: 384 dots fit the 48 mm print width of 58 mm printers.
pub const MAX_WIDTH_DOTS: usize = 384;

/// The most dots per module (bigger does not scan better from a receipt).
const MAX_SCALE: usize = 8;

/// The `GS v 0` command that prints `text` as a QR code, centred by the caller.
pub fn qr_command(text: &str) -> Result<Vec<u8>, PrinterProblem> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|error| PrinterProblem::Render(error.to_string()))?;
    let modules = code.width();
    let colors = code.to_colors();
    let side_modules = modules + 2 * QUIET_MODULES;
    let scale = (MAX_WIDTH_DOTS / side_modules).clamp(1, MAX_SCALE);
    let side = side_modules * scale;
    raster_command(side, side, |x, y| {
        let (module_x, module_y) = (x / scale, y / scale);
        let inside = (QUIET_MODULES..QUIET_MODULES + modules).contains(&module_x)
            && (QUIET_MODULES..QUIET_MODULES + modules).contains(&module_y);
        inside
            && colors[(module_y - QUIET_MODULES) * modules + (module_x - QUIET_MODULES)]
                == Color::Dark
    })
}

/// The `GS v 0` command of a `width` × `height` dots picture; `black(x, y)` says which
/// dots are printed.
pub fn raster_command(
    width: usize,
    height: usize,
    black: impl Fn(usize, usize) -> bool,
) -> Result<Vec<u8>, PrinterProblem> {
    let row_bytes = width.div_ceil(8);
    let mut command = Vec::with_capacity(8 + row_bytes * height);
    let [width_low, width_high] = u16::try_from(row_bytes)
        .map_err(|error| PrinterProblem::Render(error.to_string()))?
        .to_le_bytes();
    let [height_low, height_high] = u16::try_from(height)
        .map_err(|error| PrinterProblem::Render(error.to_string()))?
        .to_le_bytes();
    command.extend_from_slice(&[
        0x1D,
        b'v',
        b'0',
        0,
        width_low,
        width_high,
        height_low,
        height_high,
    ]);
    for y in 0..height {
        let mut row = vec![0u8; row_bytes];
        for x in 0..width {
            if black(x, y) {
                row[x / 8] |= 0x80 >> (x % 8);
            }
        }
        command.extend_from_slice(&row);
    }
    Ok(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_the_size_and_the_corners_are_finder_patterns() {
        let command = qr_command("A-017").unwrap();
        assert_eq!(&command[..4], &[0x1D, b'v', b'0', 0]);
        let row_bytes = usize::from(u16::from_le_bytes([command[4], command[5]]));
        let rows = usize::from(u16::from_le_bytes([command[6], command[7]]));
        assert_eq!(command.len(), 8 + row_bytes * rows);
        assert!(row_bytes * 8 <= MAX_WIDTH_DOTS);
        // Version 1 (21 modules) + quiet zone = 29 modules, 8 dots each (the most).
        assert_eq!(rows, 29 * 8);
        let pixel =
            |x: usize, y: usize| command[8 + y * row_bytes + x / 8] & (0x80 >> (x % 8)) != 0;
        assert!(!pixel(0, 0), "quiet zone is white");
        assert!(pixel(4 * 8, 4 * 8), "finder pattern corner is black");
    }
}
