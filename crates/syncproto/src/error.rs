//! Typed errors of the sync protocol. Their `Display` texts are German and meant for
//! staff and IT; they never contain secrets or personal data.

use thiserror::Error;

/// A key in the wire format could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    /// The text is not valid standard base64.
    #[error("{field}: kein gültiges Base64")]
    NotBase64 {
        /// Wire name of the key field, e.g. `hpkePublicKey`.
        field: &'static str,
    },
    /// The decoded key has the wrong number of bytes.
    #[error("{field}: falsche Länge ({found} statt {expected} Bytes)")]
    WrongLength {
        /// Wire name of the key field.
        field: &'static str,
        /// Length the key must have, in bytes.
        expected: usize,
        /// Length the decoded key has, in bytes.
        found: usize,
    },
    /// The bytes have the right length but are not a valid key of the expected type.
    #[error("{field}: kein gültiger öffentlicher Schlüssel")]
    NotAKey {
        /// Wire name of the key field.
        field: &'static str,
    },
}

/// Sealing or opening an item failed.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum SealError {
    /// The operating system's random source failed.
    #[error("Das Betriebssystem liefert keine Zufallszahlen")]
    NoEntropy,
    /// The blob is too short, names an unknown suite or has an unreadable encapsulated key.
    #[error("Der versiegelte Inhalt ist zu kurz oder hat ein unbekanntes Format")]
    Malformed,
    /// HPKE decryption failed: wrong private key, altered blob, or blob of another item id/kind.
    #[error("Der versiegelte Inhalt lässt sich nicht öffnen: falscher Schlüssel, verändert oder zu einem anderen Eintrag gehörig")]
    OpenFailed,
    /// HPKE encryption itself reported an error.
    #[error("Verschlüsselung fehlgeschlagen")]
    SealFailed,
    /// The plaintext exceeds [`crate::seal::MAX_PLAINTEXT_BYTES`].
    #[error("Der Inhalt ist zu groß zum Versiegeln ({size} Bytes)")]
    TooLarge {
        /// Length of the refused plaintext, in bytes.
        size: usize,
    },
}

/// A configuration bundle does not carry a valid signature of the central.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ConfigError {
    /// The `signature` field is not base64 of a 64-byte Ed25519 signature.
    #[error("Die Konfiguration hat keine lesbare Signatur")]
    BadSignatureEncoding,
    /// The signature does not verify with the central's pinned signing key.
    #[error("Die Signatur der Konfiguration passt nicht zum Schlüssel der Zentrale")]
    BadSignature,
}

/// An export file was refused. Nothing of a refused file may be imported.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The file does not start with the `BK-EXPORT` magic line.
    #[error("Die Datei ist keine Bürgerkoffer-Exportdatei")]
    NotAnExport,
    /// The magic line names a format version other than 1 (the version text, cut to 20 characters).
    #[error("Die Exportdatei hat die Formatversion {0}, unterstützt wird nur Version 1")]
    UnsupportedVersion(String),
    /// The header line is not valid header JSON or has an empty station id; holds the reason.
    #[error("Der Kopf der Exportdatei ist fehlerhaft: {0}")]
    BadHeader(String),
    /// The file is cut short: a line, the final newline or the `SIG` line is missing.
    #[error("Die Exportdatei ist unvollständig (abgeschnitten); bitte neu exportieren")]
    Truncated,
    /// The signature is unreadable or does not verify with the station's key.
    #[error("Die Signatur der Exportdatei ist ungültig: Die Datei wurde verändert oder stammt nicht von der angegebenen Station")]
    BadSignature,
    /// The header names a station id that is not enrolled at this central.
    #[error(
        "Die Exportdatei stammt von einer unbekannten Station ({0}); sie ist hier nicht angemeldet"
    )]
    UnknownStation(String),
    /// The number of item lines differs from the count in the header.
    #[error("Die Exportdatei kündigt {expected} Einträge an, enthält aber {found}")]
    ItemCountMismatch {
        /// Item count announced in the header.
        expected: u64,
        /// Item lines actually found (or written).
        found: u64,
    },
    /// An item line is not valid JSON of a push item or fails validation.
    #[error("Eintrag {index} der Exportdatei ist fehlerhaft: {message}")]
    BadItem {
        /// 1-based position of the item among the item lines.
        index: u64,
        /// What is wrong with the item.
        message: String,
    },
    /// Writing the export file failed with an I/O error.
    #[error("Die Exportdatei konnte nicht geschrieben werden: {0}")]
    Write(#[from] std::io::Error),
}
