//! The bytes of a printed waiting ticket, made with the `escpos` crate: heading, the
//! number in large letters, the kind, the time window, the expected wait, a QR code
//! with the ticket's text, the time it was drawn, and a cut.
//!
//! Text goes out in code page Windows-1252 (`ESC t 16`), which ESC/POS printers carry
//! and which holds umlauts, ß, € and the typographic dashes and quotes of German text.
//! (Not PC858: the `escpos` crate's PC858 table sends `-` as 0xF0, the soft hyphen.)
//! A character outside Windows-1252 is printed as `?` rather than as stray bytes.

use std::sync::Mutex;

use escpos::driver::Driver;
use escpos::printer::Printer;
use escpos::printer_options::PrinterOptions;
use escpos::utils::{JustifyMode, PageCode, Protocol};

use crate::printer::raster::qr_command;
use crate::printer::PrinterProblem;

/// Characters per line of the standard font on 58 and 80 mm printers alike (80 mm
/// printers have more, but a ticket is short).
const CHARACTERS_PER_LINE: u8 = 32;

/// What one waiting ticket says, already in the citizen's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketReceipt {
    /// First line, e.g. "Bürgerservice Potsdam – Stern-Center".
    pub heading: String,
    /// The number, e.g. "A-017".
    pub label: String,
    /// The kind of matter, e.g. "Online-Ausweis & PIN".
    pub kind: String,
    /// When to be back, e.g. "Bitte zwischen 14:20 und 14:35 wiederkommen.".
    pub window: Option<String>,
    /// The expected wait, e.g. "Voraussichtliche Wartezeit: etwa 12 Minuten".
    pub wait: Option<String>,
    /// The text inside the QR code.
    pub qr_text: String,
    /// When it was drawn, e.g. "02.12.2026, 14:08".
    pub drawn: String,
}

/// Collects what the `escpos` printer writes.
#[derive(Default)]
struct Capture(Mutex<Vec<u8>>);

impl Driver for &Capture {
    fn name(&self) -> String {
        "capture".to_owned()
    }

    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        self.0
            .lock()
            .map_err(|error| escpos::errors::PrinterError::Io(error.to_string()))?
            .extend_from_slice(data);
        Ok(())
    }

    fn read(&self, _buf: &mut [u8]) -> escpos::errors::Result<usize> {
        Ok(0)
    }

    fn flush(&self) -> escpos::errors::Result<()> {
        Ok(())
    }
}

/// The ESC/POS bytes of `ticket`.
pub fn render(ticket: &TicketReceipt) -> Result<Vec<u8>, PrinterProblem> {
    let capture = Capture::default();
    write_ticket(&capture, ticket).map_err(|error| PrinterProblem::Render(error.to_string()))?;
    let bytes = capture
        .0
        .into_inner()
        .map_err(|error| PrinterProblem::Render(error.to_string()))?;
    Ok(bytes)
}

fn write_ticket(
    capture: &Capture,
    ticket: &TicketReceipt,
) -> Result<(), Box<dyn std::error::Error>> {
    let options = PrinterOptions::new(Some(PageCode::WPC1252), None, CHARACTERS_PER_LINE);
    let mut printer = Printer::new(capture, Protocol::default(), Some(options));
    printer
        .init()?
        .justify(JustifyMode::CENTER)?
        .bold(true)?
        .writeln(&plain(&ticket.heading))?
        .bold(false)?
        .feed()?
        .size(4, 4)?
        .bold(true)?
        .writeln(&plain(&ticket.label))?
        .reset_size()?
        .bold(false)?
        .writeln(&plain(&ticket.kind))?
        .feed()?;
    if let Some(window) = &ticket.window {
        printer.bold(true)?.writeln(&plain(window))?.bold(false)?;
    }
    if let Some(wait) = &ticket.wait {
        printer.writeln(&plain(wait))?;
    }
    printer
        .feed()?
        .custom(&qr_command(&ticket.qr_text)?)?
        .feed()?
        .writeln(&plain(&ticket.drawn))?
        .feeds(3)?
        .print_cut()?;
    Ok(())
}

/// The characters above Latin-1 that Windows-1252 holds (0x80–0x9F).
const WINDOWS_1252_EXTRA: &str = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/// `text` with every character that Windows-1252 lacks replaced: the non-breaking
/// hyphen and narrow space by their plain forms, anything else by `?`.
fn plain(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2011}' => '-',
            '\u{202f}' => ' ',
            c if u32::from(c) <= 0xFF && !('\u{80}'..='\u{9f}').contains(&c) => c,
            c if WINDOWS_1252_EXTRA.contains(c) => c,
            _ => '?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn characters_of_windows_1252_stay_and_others_become_plain() {
        assert_eq!(
            plain("Bürgerservice Potsdam – „Stern‑Center“ 10\u{202f}€"),
            "Bürgerservice Potsdam – „Stern-Center“ 10 €"
        );
        assert_eq!(plain("Номер A-017"), "????? A-017");
    }
}
