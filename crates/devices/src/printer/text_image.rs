//! A ticket line that no printer code page holds (Arabic) as a raster picture: shaped,
//! laid out right to left where the script asks for it, wrapped to the paper's width
//! and drawn with DejaVu Sans by `cosmic-text` (HarfBuzz-style shaping, bidi), then
//! sent as `GS v 0` like the QR code. ESC/POS printers have no Arabic code page that
//! joins letters, so a picture is the only way the citizen's language reaches the paper.

use std::path::Path;
use std::sync::{Mutex, OnceLock};

use cosmic_text::{Align, Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache};

use crate::printer::raster::{raster_command, MAX_WIDTH_DOTS};
use crate::printer::PrinterProblem;

/// The font of pictured lines (Debian's fonts-dejavu-core): it holds Arabic and Cyrillic.
const FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// The family name inside [`FONT`].
const FAMILY: &str = "DejaVu Sans";

/// Letter size in dots: the printers' standard font is 24 dots high.
const FONT_DOTS: f32 = 24.0;

/// Line height in dots.
const LINE_DOTS: f32 = 32.0;

/// A dot is printed from this coverage on (of 255).
const INK_THRESHOLD: u8 = 110;

/// The font system with only [`FONT`], loaded once; `None` when the font is missing.
fn fonts() -> Option<&'static Mutex<(FontSystem, SwashCache)>> {
    static FONTS: OnceLock<Option<Mutex<(FontSystem, SwashCache)>>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            if !Path::new(FONT).is_file() {
                return None;
            }
            let mut database = cosmic_text::fontdb::Database::new();
            database.load_font_file(FONT).ok()?;
            let system = FontSystem::new_with_locale_and_db("de-DE".to_owned(), database);
            Some(Mutex::new((system, SwashCache::new())))
        })
        .as_ref()
}

/// The `GS v 0` command that prints `text` centred across the paper, in as many lines
/// as it needs.
pub fn text_command(text: &str) -> Result<Vec<u8>, PrinterProblem> {
    let fonts = fonts().ok_or_else(|| PrinterProblem::Render(format!("{FONT} is missing")))?;
    let mut guard = fonts
        .lock()
        .map_err(|error| PrinterProblem::Render(error.to_string()))?;
    let (system, cache) = &mut *guard;
    let width = MAX_WIDTH_DOTS;
    let mut buffer = Buffer::new(system, Metrics::new(FONT_DOTS, LINE_DOTS));
    buffer.set_size(Some(width as f32), None);
    buffer.set_text(
        text,
        &Attrs::new().family(Family::Name(FAMILY)),
        Shaping::Advanced,
        Some(Align::Center),
    );
    buffer.shape_until_scroll(system, false);
    let lines = buffer.layout_runs().count().max(1);
    let height = (lines as f32 * LINE_DOTS).ceil() as usize;
    let mut coverage = vec![0u8; width * height];
    buffer.draw(system, cache, Color::rgb(0, 0, 0), |x, y, w, h, color| {
        for dy in 0..h {
            for dx in 0..w {
                let (px, py) = (x + dx as i32, y + dy as i32);
                if px >= 0 && py >= 0 && (px as usize) < width && (py as usize) < height {
                    let dot = &mut coverage[py as usize * width + px as usize];
                    *dot = (*dot).max(color.a());
                }
            }
        }
    });
    raster_command(width, height, |x, y| {
        coverage[y * width + x] >= INK_THRESHOLD
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Columns with ink in the first line of a `GS v 0` command.
    fn inked_columns(command: &[u8]) -> Vec<usize> {
        let row_bytes = usize::from(u16::from_le_bytes([command[4], command[5]]));
        let rows = usize::from(u16::from_le_bytes([command[6], command[7]]));
        let mut columns = Vec::new();
        for x in 0..row_bytes * 8 {
            let inked =
                (0..rows).any(|y| command[8 + y * row_bytes + x / 8] & (0x80 >> (x % 8)) != 0);
            if inked {
                columns.push(x);
            }
        }
        columns
    }

    #[test]
    fn arabic_is_drawn_joined_and_centred_and_long_text_wraps() {
        let short = text_command("رقم الانتظار").unwrap();
        assert_eq!(&short[..4], &[0x1D, b'v', b'0', 0]);
        let columns = inked_columns(&short);
        let (left, right) = (columns[0], *columns.last().unwrap());
        assert!(right > left, "ink on the paper");
        // Centred: about as much paper left free on either side.
        assert!(
            (left as i64 - (MAX_WIDTH_DOTS - right) as i64).abs() < 24,
            "{left}..{right}"
        );
        // Joined letters are narrower than the same letters drawn apart.
        let apart = inked_columns(&text_command("ر ق م").unwrap());
        let joined = inked_columns(&text_command("رقم").unwrap());
        assert!(joined.last().unwrap() - joined[0] < apart.last().unwrap() - apart[0]);
        // Two lines for a sentence wider than the paper.
        let long = text_command(
            "يُرجى العودة بين الساعة 14:20 والساعة 14:35. مدة الانتظار المتوقعة حوالي 12 دقيقة.",
        )
        .unwrap();
        let rows = usize::from(u16::from_le_bytes([long[6], long[7]]));
        assert!(rows >= 2 * LINE_DOTS as usize, "{rows} rows");
    }
}
