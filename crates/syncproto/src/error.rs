//! Typed errors of the sync protocol. Their `Display` texts are German and meant for
//! staff and IT; they never contain secrets or personal data.

use thiserror::Error;

/// A key in the wire format could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("{field}: kein gültiges Base64")]
    NotBase64 { field: &'static str },
    #[error("{field}: falsche Länge ({found} statt {expected} Bytes)")]
    WrongLength {
        field: &'static str,
        expected: usize,
        found: usize,
    },
    #[error("{field}: kein gültiger öffentlicher Schlüssel")]
    NotAKey { field: &'static str },
}

/// Sealing or opening an item failed.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum SealError {
    #[error("Das Betriebssystem liefert keine Zufallszahlen")]
    NoEntropy,
    #[error("Der versiegelte Inhalt ist zu kurz oder hat ein unbekanntes Format")]
    Malformed,
    #[error("Der versiegelte Inhalt lässt sich nicht öffnen: falscher Schlüssel, verändert oder zu einem anderen Eintrag gehörig")]
    OpenFailed,
    #[error("Verschlüsselung fehlgeschlagen")]
    SealFailed,
    #[error("Der Inhalt ist zu groß zum Versiegeln ({size} Bytes)")]
    TooLarge { size: usize },
}

/// A configuration bundle does not carry a valid signature of the central.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("Die Konfiguration hat keine lesbare Signatur")]
    BadSignatureEncoding,
    #[error("Die Signatur der Konfiguration passt nicht zum Schlüssel der Zentrale")]
    BadSignature,
}

/// An export file was refused. Nothing of a refused file may be imported.
#[derive(Debug, Error)]
pub enum ExportError {
    #[error("Die Datei ist keine Bürgerkoffer-Exportdatei")]
    NotAnExport,
    #[error("Die Exportdatei hat die Formatversion {0}, unterstützt wird nur Version 1")]
    UnsupportedVersion(String),
    #[error("Der Kopf der Exportdatei ist fehlerhaft: {0}")]
    BadHeader(String),
    #[error("Die Exportdatei ist unvollständig (abgeschnitten); bitte neu exportieren")]
    Truncated,
    #[error("Die Signatur der Exportdatei ist ungültig: Die Datei wurde verändert oder stammt nicht von der angegebenen Station")]
    BadSignature,
    #[error(
        "Die Exportdatei stammt von einer unbekannten Station ({0}); sie ist hier nicht angemeldet"
    )]
    UnknownStation(String),
    #[error("Die Exportdatei kündigt {expected} Einträge an, enthält aber {found}")]
    ItemCountMismatch { expected: u64, found: u64 },
    #[error("Eintrag {index} der Exportdatei ist fehlerhaft: {message}")]
    BadItem { index: u64, message: String },
    #[error("Die Exportdatei konnte nicht geschrieben werden: {0}")]
    Write(#[from] std::io::Error),
}
