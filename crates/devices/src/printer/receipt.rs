//! The bytes of a printed waiting ticket, made with the `escpos` crate: heading, the
//! number in large letters, the kind, the time window, the expected wait, a QR code
//! with the ticket's text, the time it was drawn, and a cut.
//!
//! Each line goes out in the first code page that holds all of it — Windows-1252
//! (`ESC t 16`: umlauts, ß, €, the typographic dashes and quotes of German, English and
//! most Latin text), Windows-1251 (Cyrillic: Ukrainian, Russian) or Windows-1254
//! (Turkish) — all of which ESC/POS printers carry. (Not PC858: the `escpos` crate's
//! PC858 table sends `-` as 0xF0, the soft hyphen.) A line no code page holds (Arabic)
//! is printed as a picture (`text_image`). Whether a code page holds a line is asked of
//! `encoding_rs`, the WHATWG encodings.

use std::sync::Mutex;

use escpos::driver::Driver;
use escpos::printer::Printer;
use escpos::printer_options::PrinterOptions;
use escpos::utils::{JustifyMode, PageCode, Protocol};

use crate::printer::raster::qr_command;
use crate::printer::text_image::text_command;
use crate::printer::PrinterProblem;

/// The code pages a line may go out in, in the order they are tried.
const CODE_PAGES: [(PageCode, &encoding_rs::Encoding); 3] = [
    (PageCode::WPC1252, encoding_rs::WINDOWS_1252),
    (PageCode::WPC1251, encoding_rs::WINDOWS_1251),
    (PageCode::WPC1254, encoding_rs::WINDOWS_1254),
];

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
    let mut lines = Lines {
        printer: &mut printer,
        code_page: PageCode::WPC1252,
    };
    lines
        .printer
        .init()?
        .justify(JustifyMode::CENTER)?
        .bold(true)?;
    lines.write(&ticket.heading)?;
    lines.printer.bold(false)?.feed()?.size(4, 4)?.bold(true)?;
    lines.write(&ticket.label)?;
    lines.printer.reset_size()?.bold(false)?;
    lines.write(&ticket.kind)?;
    lines.printer.feed()?;
    if let Some(window) = &ticket.window {
        lines.printer.bold(true)?;
        lines.write(window)?;
        lines.printer.bold(false)?;
    }
    if let Some(wait) = &ticket.wait {
        lines.write(wait)?;
    }
    lines
        .printer
        .feed()?
        .custom(&qr_command(&ticket.qr_text)?)?
        .feed()?;
    lines.write(&ticket.drawn)?;
    lines.printer.feeds(3)?.print_cut()?;
    Ok(())
}

/// Writes lines of text, each in the first code page that holds it (switching only when
/// the page changes), else as a picture.
struct Lines<'p, 'c> {
    printer: &'p mut Printer<&'c Capture>,
    /// The code page the printer is set to.
    code_page: PageCode,
}

impl Lines<'_, '_> {
    fn write(&mut self, text: &str) -> Result<(), Box<dyn std::error::Error>> {
        let text = printable(text);
        match code_page(&text) {
            Some(code_page) => {
                if code_page != self.code_page {
                    self.printer.page_code(code_page)?;
                    self.code_page = code_page;
                }
                self.printer.writeln(&text)?;
            }
            None => {
                self.printer.custom(&text_command(&text)?)?;
            }
        }
        Ok(())
    }
}

/// The first of [`CODE_PAGES`] that holds every character of `text`.
fn code_page(text: &str) -> Option<PageCode> {
    CODE_PAGES
        .iter()
        .find(|(_, encoding)| !encoding.encode(text).2)
        .map(|(code_page, _)| *code_page)
}

/// `text` with the non-breaking hyphen and the narrow space, which no code page holds,
/// in their plain forms.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2011}' => '-',
            '\u{202f}' => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_goes_out_in_a_code_page_that_holds_it_or_as_a_picture() {
        assert_eq!(
            code_page(&printable(
                "Bürgerservice Potsdam – „Stern‑Center“ 10\u{202f}€"
            )),
            Some(PageCode::WPC1252)
        );
        assert_eq!(code_page("Номер у черзі A-017"), Some(PageCode::WPC1251));
        assert_eq!(code_page("Sıra numaranız A-017"), Some(PageCode::WPC1254));
        assert_eq!(code_page("رقم الانتظار A-017"), None);
    }

    #[test]
    fn a_ticket_in_ukrainian_and_one_in_arabic_keep_their_letters() {
        let ticket = |heading: &str, kind: &str| TicketReceipt {
            heading: heading.to_owned(),
            label: "A-017".into(),
            kind: kind.to_owned(),
            window: None,
            wait: None,
            qr_text: "A-017".into(),
            drawn: "02.12.2026, 14:08".into(),
        };
        let ukrainian = render(&ticket(
            "Bürgerservice Potsdam – Stern-Center",
            "Онлайн-ідентифікація і PIN-код",
        ))
        .unwrap();
        // Heading in Windows-1252, then ESC t 46 (Windows-1251) and "О" as 0xCE.
        assert!(ukrainian.windows(2).any(|w| w == [b'B', 0xFC]), "„Bü“");
        assert!(ukrainian.windows(3).any(|w| w == [0x1B, b't', 46]));
        let text = &ukrainian[..raster_start(&ukrainian)];
        assert!(text.contains(&0xCE));
        assert!(!text.contains(&b'?'), "no letter lost");
        let arabic = render(&ticket(
            "Bürgerservice Potsdam – Stern-Center",
            "الهوية الإلكترونية ورمز PIN",
        ))
        .unwrap();
        // Two rasters: the kind as a picture and the QR code.
        let rasters = arabic
            .windows(4)
            .filter(|w| *w == [0x1D, b'v', b'0', 0])
            .count();
        assert_eq!(rasters, 2);
        assert!(!arabic[..raster_start(&arabic)].contains(&b'?'));
    }

    /// Where the first raster picture of `bytes` starts.
    fn raster_start(bytes: &[u8]) -> usize {
        bytes
            .windows(4)
            .position(|w| w == [0x1D, b'v', b'0', 0])
            .unwrap()
    }
}
