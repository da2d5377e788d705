//! What a document a citizen hands in for a request may be: a PDF, JPEG or PNG file,
//! judged by its content — the file's signature (the `infer` crate), for images a
//! header that parses (`imagesize`), for PDFs the end-of-file marker — never by the
//! name or the type the phone sent; its name as the back office offers it; and its
//! size as people read it.

use station::lang::Lang;
use syncproto::limits::MAX_DOCUMENT_NAME_BYTES;

/// The kinds of file the central takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    /// A PDF document.
    Pdf,
    /// A JPEG image (a phone's photo).
    Jpeg,
    /// A PNG image (a screenshot).
    Png,
}

impl MediaType {
    /// The media type as stored and sent to the clerk's browser.
    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Pdf => "application/pdf",
            MediaType::Jpeg => "image/jpeg",
            MediaType::Png => "image/png",
        }
    }

    /// Parses a stored media type.
    pub fn parse(text: &str) -> Option<MediaType> {
        [MediaType::Pdf, MediaType::Jpeg, MediaType::Png]
            .into_iter()
            .find(|media| media.as_str() == text)
    }

    /// The file name extension the type has.
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Pdf => "pdf",
            MediaType::Jpeg => "jpg",
            MediaType::Png => "png",
        }
    }

    /// How the back office names the type.
    pub fn label(self) -> &'static str {
        match self {
            MediaType::Pdf => "PDF",
            MediaType::Jpeg => "JPEG-Bild",
            MediaType::Png => "PNG-Bild",
        }
    }
}

/// How far from the end a PDF's `%%EOF` marker may be (trailing whitespace and an
/// incremental update's padding).
const PDF_EOF_WINDOW: usize = 1024;

/// The type `content` is, when it is one the central takes.
pub fn sniff(content: &[u8]) -> Option<MediaType> {
    let media = match infer::get(content)?.mime_type() {
        "application/pdf" => MediaType::Pdf,
        "image/jpeg" => MediaType::Jpeg,
        "image/png" => MediaType::Png,
        _ => return None,
    };
    let whole = match media {
        MediaType::Pdf => {
            let tail = &content[content.len().saturating_sub(PDF_EOF_WINDOW)..];
            tail.windows(5).any(|window| window == b"%%EOF")
        }
        MediaType::Jpeg | MediaType::Png => {
            imagesize::blob_size(content).is_ok_and(|size| size.width > 0 && size.height > 0)
        }
    };
    whole.then_some(media)
}

/// The name a document is kept and offered under: the last part of what the phone
/// sent (never a path), without control characters, at most
/// [`MAX_DOCUMENT_NAME_BYTES`] bytes, ending in the extension of its real type.
pub fn clean_name(sent: Option<&str>, media: MediaType) -> String {
    let last = sent
        .unwrap_or_default()
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default();
    let mut stem: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\u{200e}' | '\u{200f}'))
        .collect();
    let stem_trimmed = stem.trim().trim_start_matches('.').to_owned();
    stem = match stem_trimmed.rsplit_once('.') {
        Some((base, _)) if !base.is_empty() => base.to_owned(),
        _ => stem_trimmed,
    };
    if stem.is_empty() {
        stem = "Unterlage".to_owned();
    }
    let extension = media.extension();
    let room = MAX_DOCUMENT_NAME_BYTES - extension.len() - 1;
    while stem.len() > room {
        stem.pop();
    }
    format!("{stem}.{extension}")
}

/// A file size as people read it: `850 KB`, `2,4 MB` (`2.4 MB` in English).
pub fn size_text(lang: Lang, bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    let text = if bytes < MB {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    };
    if lang == Lang::En {
        text
    } else {
        text.replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest PNG: one transparent pixel.
    const PNG: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
        0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00,
        0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];

    #[test]
    fn the_content_decides_the_type() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
        assert_eq!(sniff(pdf), Some(MediaType::Pdf));
        assert_eq!(sniff(PNG), Some(MediaType::Png));
        let jpeg_header: &[u8] = &[
            0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0, 1, 1, 0, 0, 1, 0, 1, 0,
            0, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03, 1, 0x22, 0, 2, 0x11, 1,
            3, 0x11, 1, 0xff, 0xd9,
        ];
        assert_eq!(sniff(jpeg_header), Some(MediaType::Jpeg));
    }

    #[test]
    fn other_or_broken_content_is_refused() {
        assert_eq!(sniff(b"MZ\x90\x00 a program named scan.pdf"), None);
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), None);
        assert_eq!(sniff(b"GIF89a\x01\x00\x01\x00"), None);
        assert_eq!(
            sniff(b"%PDF-1.7 cut off in the middle"),
            None,
            "no end marker"
        );
        assert_eq!(sniff(&PNG[..12]), None, "a signature without a header");
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn names_are_cleaned_and_get_the_real_extension() {
        let pdf = MediaType::Pdf;
        assert_eq!(clean_name(Some("Mietvertrag.pdf"), pdf), "Mietvertrag.pdf");
        assert_eq!(clean_name(Some("scan.exe"), pdf), "scan.pdf");
        assert_eq!(clean_name(Some("../../etc/passwd"), pdf), "passwd.pdf");
        assert_eq!(
            clean_name(Some("C:\\Users\\a\\Foto 1.JPG"), MediaType::Jpeg),
            "Foto 1.jpg"
        );
        assert_eq!(
            clean_name(Some("a\u{0}b\n\"c\".png"), MediaType::Png),
            "abc.png"
        );
        assert_eq!(clean_name(Some(".pdf"), pdf), "pdf.pdf");
        assert_eq!(clean_name(None, pdf), "Unterlage.pdf");
        assert_eq!(clean_name(Some("   "), pdf), "Unterlage.pdf");
        let long = clean_name(Some(&"ä".repeat(300)), pdf);
        assert!(long.len() <= MAX_DOCUMENT_NAME_BYTES && long.ends_with("ää.pdf"));
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(Lang::De, 1), "1 KB");
        assert_eq!(size_text(Lang::De, 870_000), "850 KB");
        assert_eq!(size_text(Lang::De, 2_516_582), "2,4 MB");
        assert_eq!(size_text(Lang::En, 2_516_582), "2.4 MB");
    }

    #[test]
    fn stored_types_parse_back() {
        for media in [MediaType::Pdf, MediaType::Jpeg, MediaType::Png] {
            assert_eq!(MediaType::parse(media.as_str()), Some(media));
        }
        assert_eq!(MediaType::parse("text/html"), None);
    }
}
