//! The offline export file: a station's outbox (items already sealed) for a USB stick,
//! signed with the station's Ed25519 key. Text, one record per line:
//!
//! ```text
//! BK-EXPORT 1                                        magic and format version
//! {"stationId":"…","createdAt":"…","itemCount":N,  header (JSON), with the
//!  "figures":{…}}                                    station's figures per day
//! {"id":"…","kind":"request",…}                      N items (JSON, as in a push)
//! SIG <base64>                                       Ed25519ph signature
//! ```
//!
//! The signature (Ed25519ph, RFC 8032, context `bk-export-v1`) covers every byte before
//! the `SIG` line, so the writer can stream and a cut, an edit or a foreign key is
//! caught. A file is verified as a whole before any item is handed out: a refused file
//! yields nothing.

use std::io::Write;

use chrono::{DateTime, SecondsFormat, Utc};
use ed25519_dalek::{Digest, Sha512};
use ed25519_dalek::{Signature, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::api::PushItem;
use crate::encoding::{from_base64, to_base64};
use crate::error::ExportError;
use crate::figures::FiguresUpload;
use crate::item::ValidItem;

const MAGIC: &str = "BK-EXPORT";
const FORMAT_VERSION: &str = "1";
const SIGNATURE_PREFIX: &[u8] = b"SIG ";
const SIGNATURE_CONTEXT: &[u8] = b"bk-export-v1";

/// The header line of an export file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportHeader {
    /// The enrolled station that wrote (and signed) the file.
    pub station_id: String,
    /// When the file was written (RFC 3339).
    pub created_at: String,
    /// How many item lines follow.
    pub item_count: u64,
    /// The station's figures per day (absent in files of older stations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<FiguresUpload>,
}

/// Writes an export file item by item and signs it at the end.
pub struct ExportWriter<W: Write> {
    out: W,
    digest: Sha512,
    announced: u64,
    written: u64,
}

impl<W: Write> ExportWriter<W> {
    /// Starts a file for `item_count` items of station `station_id`, with its figures.
    pub fn new(
        out: W,
        station_id: &str,
        created_at: DateTime<Utc>,
        item_count: u64,
        figures: Option<FiguresUpload>,
    ) -> Result<Self, ExportError> {
        let mut writer = ExportWriter {
            out,
            digest: Sha512::new(),
            announced: item_count,
            written: 0,
        };
        let header = ExportHeader {
            station_id: station_id.to_owned(),
            created_at: created_at.to_rfc3339_opts(SecondsFormat::Millis, true),
            item_count,
            figures,
        };
        writer.emit(format!("{MAGIC} {FORMAT_VERSION}\n").as_bytes())?;
        writer.emit_json_line(&header)?;
        Ok(writer)
    }

    /// Appends one item.
    pub fn write_item(&mut self, item: &PushItem) -> Result<(), ExportError> {
        if self.written == self.announced {
            return Err(ExportError::ItemCountMismatch {
                expected: self.announced,
                found: self.written + 1,
            });
        }
        self.emit_json_line(item)?;
        self.written += 1;
        Ok(())
    }

    /// Signs what was written and returns the output.
    pub fn finish(mut self, station_key: &SigningKey) -> Result<W, ExportError> {
        if self.written != self.announced {
            return Err(ExportError::ItemCountMismatch {
                expected: self.announced,
                found: self.written,
            });
        }
        let signature = station_key
            .sign_prehashed(self.digest, Some(SIGNATURE_CONTEXT))
            .map_err(|_| ExportError::BadSignature)?;
        self.out.write_all(SIGNATURE_PREFIX)?;
        self.out
            .write_all(to_base64(&signature.to_bytes()).as_bytes())?;
        self.out.write_all(b"\n")?;
        self.out.flush()?;
        Ok(self.out)
    }

    fn emit_json_line<T: Serialize>(&mut self, value: &T) -> Result<(), ExportError> {
        let mut line = serde_json::to_vec(value).map_err(std::io::Error::other)?;
        line.push(b'\n');
        self.emit(&line)
    }

    fn emit(&mut self, bytes: &[u8]) -> Result<(), ExportError> {
        self.out.write_all(bytes)?;
        self.digest.update(bytes);
        Ok(())
    }
}

/// A structurally complete export file whose signature is not checked yet.
#[derive(Debug)]
pub struct SignedExport<'a> {
    /// The parsed header line; not trustworthy until [`SignedExport::verify`] succeeds.
    pub header: ExportHeader,
    signed: &'a [u8],
    items: &'a [u8],
    signature: Signature,
}

/// Reads the structure of an export file: magic, header, signature line.
pub fn parse(bytes: &[u8]) -> Result<SignedExport<'_>, ExportError> {
    let (magic_line, rest) = split_line(bytes).ok_or_else(|| refuse_start(bytes))?;
    let magic_line = std::str::from_utf8(magic_line).map_err(|_| ExportError::NotAnExport)?;
    match magic_line.split_once(' ') {
        Some((MAGIC, FORMAT_VERSION)) => {}
        Some((MAGIC, other)) => {
            return Err(ExportError::UnsupportedVersion(
                other.chars().take(20).collect(),
            ))
        }
        _ => return Err(ExportError::NotAnExport),
    }
    let (header_line, items_and_signature) = split_line(rest).ok_or(ExportError::Truncated)?;
    let header: ExportHeader = serde_json::from_slice(header_line)
        .map_err(|error| ExportError::BadHeader(error.to_string()))?;
    if header.station_id.is_empty() {
        return Err(ExportError::BadHeader("stationId fehlt".into()));
    }
    let Some(without_final_newline) = items_and_signature.strip_suffix(b"\n") else {
        return Err(ExportError::Truncated);
    };
    let signature_start = without_final_newline
        .iter()
        .rposition(|&byte| byte == b'\n')
        .map_or(0, |position| position + 1);
    let signature_line = &without_final_newline[signature_start..];
    let encoded = signature_line
        .strip_prefix(SIGNATURE_PREFIX)
        .ok_or(ExportError::Truncated)?;
    let signature = std::str::from_utf8(encoded)
        .ok()
        .and_then(from_base64)
        .and_then(|raw| Signature::from_slice(&raw).ok())
        .ok_or(ExportError::BadSignature)?;
    let signed_len = bytes.len() - items_and_signature.len() + signature_start;
    Ok(SignedExport {
        header,
        signed: &bytes[..signed_len],
        items: &items_and_signature[..signature_start],
        signature,
    })
}

impl SignedExport<'_> {
    /// Checks the signature with the station's key, then every item. Only when all
    /// of it holds are the items returned.
    pub fn verify(&self, station_key: &VerifyingKey) -> Result<Vec<ValidItem>, ExportError> {
        let digest = Sha512::new().chain_update(self.signed);
        station_key
            .verify_prehashed(digest, Some(SIGNATURE_CONTEXT), &self.signature)
            .map_err(|_| ExportError::BadSignature)?;
        let lines: Vec<&[u8]> = self
            .items
            .split(|&byte| byte == b'\n')
            .filter(|line| !line.is_empty())
            .collect();
        let found = lines.len() as u64;
        if found != self.header.item_count {
            return Err(ExportError::ItemCountMismatch {
                expected: self.header.item_count,
                found,
            });
        }
        lines
            .into_iter()
            .zip(1u64..)
            .map(|(line, index)| {
                let item: PushItem =
                    serde_json::from_slice(line).map_err(|error| ExportError::BadItem {
                        index,
                        message: error.to_string(),
                    })?;
                item.validate().map_err(|rejection| ExportError::BadItem {
                    index,
                    message: rejection.message,
                })
            })
            .collect()
    }
}

/// Splits off the first line (without its `\n`); `None` when there is no `\n`.
fn split_line(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let end = bytes.iter().position(|&byte| byte == b'\n')?;
    Some((&bytes[..end], &bytes[end + 1..]))
}

/// A file without a complete first line: cut short if it is the start of our magic.
fn refuse_start(bytes: &[u8]) -> ExportError {
    let magic_line = format!("{MAGIC} {FORMAT_VERSION}");
    if magic_line.as_bytes().starts_with(bytes) {
        ExportError::Truncated
    } else {
        ExportError::NotAnExport
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ItemMeta;
    use crate::item::ItemKind;
    use crate::seal::{seal, SealPrivateKey};
    use uuid::Uuid;

    fn station_key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn items(count: usize) -> Vec<PushItem> {
        let central = SealPrivateKey::generate().unwrap().public_key();
        (0..count)
            .map(|n| {
                let id = Uuid::now_v7();
                let sealed = seal(
                    &central,
                    &id,
                    ItemKind::Request,
                    "0190a5b0-0000-7000-8000-000000000001",
                    format!("Anliegen {n}").as_bytes(),
                )
                .unwrap();
                ValidItem {
                    id,
                    kind: ItemKind::Request,
                    created_at: Utc::now(),
                    meta: ItemMeta {
                        service: None,
                        topic: "Rückruf".into(),
                        station: "potsdam-nord".into(),
                    },
                    sealed,
                    binding: None,
                }
                .to_push_item()
            })
            .collect()
    }

    fn export(key: &SigningKey, items: &[PushItem]) -> Vec<u8> {
        let mut writer = ExportWriter::new(
            Vec::new(),
            "station-1",
            Utc::now(),
            items.len() as u64,
            None,
        )
        .unwrap();
        for item in items {
            writer.write_item(item).unwrap();
        }
        writer.finish(key).unwrap()
    }

    #[test]
    fn a_written_file_parses_and_verifies() {
        let key = station_key(1);
        let items = items(3);
        let file = export(&key, &items);
        let signed = parse(&file).unwrap();
        assert_eq!(signed.header.station_id, "station-1");
        assert_eq!(signed.header.item_count, 3);
        let verified = signed.verify(&key.verifying_key()).unwrap();
        let back: Vec<PushItem> = verified.iter().map(ValidItem::to_push_item).collect();
        assert_eq!(back, items);
    }

    #[test]
    fn an_empty_outbox_makes_a_valid_file() {
        let key = station_key(1);
        let file = export(&key, &[]);
        assert!(parse(&file)
            .unwrap()
            .verify(&key.verifying_key())
            .unwrap()
            .is_empty());
    }

    #[test]
    fn every_cut_is_refused() {
        let key = station_key(1);
        let file = export(&key, &items(2));
        for len in 0..file.len() {
            let verdict =
                parse(&file[..len]).and_then(|signed| signed.verify(&key.verifying_key()));
            assert!(
                matches!(
                    verdict,
                    Err(ExportError::Truncated | ExportError::BadSignature)
                ),
                "cut at {len}: {verdict:?}"
            );
        }
        let cut_in_items = &file[..file.len() / 2];
        assert!(matches!(parse(cut_in_items), Err(ExportError::Truncated)));
    }

    #[test]
    fn every_changed_byte_is_refused() {
        let key = station_key(1);
        let file = export(&key, &items(1));
        for position in 0..file.len() - 1 {
            let mut altered = file.clone();
            altered[position] ^= 0x04;
            let verdict = parse(&altered).and_then(|signed| signed.verify(&key.verifying_key()));
            assert!(verdict.is_err(), "change at {position} went unnoticed");
        }
    }

    #[test]
    fn a_foreign_key_is_refused() {
        let file = export(&station_key(1), &items(1));
        let verdict = parse(&file)
            .unwrap()
            .verify(&station_key(2).verifying_key());
        assert!(matches!(verdict, Err(ExportError::BadSignature)));
    }

    #[test]
    fn other_files_and_versions_are_named() {
        assert!(matches!(
            parse(b"%PDF-1.7\n"),
            Err(ExportError::NotAnExport)
        ));
        assert!(matches!(
            parse(b"BK-EXPORT 2\n{}\n"),
            Err(ExportError::UnsupportedVersion(version)) if version == "2"
        ));
        assert!(matches!(
            parse(b"BK-EXPORT 1\nkein json\n"),
            Err(ExportError::BadHeader(_))
        ));
    }

    #[test]
    fn a_signed_file_with_a_bad_item_is_refused_whole() {
        let key = station_key(1);
        let mut bad = items(2);
        bad[1].kind = "unbekannt".into();
        let file = export(&key, &bad);
        let verdict = parse(&file).unwrap().verify(&key.verifying_key());
        assert!(matches!(
            verdict,
            Err(ExportError::BadItem { index: 2, .. })
        ));
    }

    #[test]
    fn the_writer_keeps_the_announced_count() {
        let key = station_key(1);
        let two = items(2);
        let mut short = ExportWriter::new(Vec::new(), "s", Utc::now(), 2, None).unwrap();
        short.write_item(&two[0]).unwrap();
        assert!(matches!(
            short.finish(&key),
            Err(ExportError::ItemCountMismatch {
                expected: 2,
                found: 1
            })
        ));
        let mut long = ExportWriter::new(Vec::new(), "s", Utc::now(), 1, None).unwrap();
        long.write_item(&two[0]).unwrap();
        assert!(long.write_item(&two[1]).is_err());
    }

    #[test]
    fn messages_are_german() {
        assert_eq!(
            ExportError::Truncated.to_string(),
            "Die Exportdatei ist unvollständig (abgeschnitten); bitte neu exportieren"
        );
    }
}
