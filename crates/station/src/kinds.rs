//! The kinds of matter a waiting ticket can be for, chosen at the kiosk in one tap.
//!
//! Each kind has a letter in front of the ticket number (`A-017`), so the call display
//! and the desk see at a glance what the person comes for. The number itself is shared
//! by all kinds of a station's day, so it alone identifies the ticket.

use serde::{Deserialize, Serialize};

use crate::error::StationError;

/// A kind of matter.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Online ID function and PIN (letter A).
    Eid,
    /// Advice on the city's online services (letter B).
    Advice,
    /// Handing in a request (letter C).
    Request,
}

impl Kind {
    /// Every kind, in the order the kiosk offers them.
    pub const ALL: [Kind; 3] = [Kind::Eid, Kind::Advice, Kind::Request];

    /// The value stored in the database and used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Eid => "eid",
            Self::Advice => "advice",
            Self::Request => "request",
        }
    }

    /// The letter in front of the ticket number.
    pub fn letter(self) -> char {
        match self {
            Self::Eid => 'A',
            Self::Advice => 'B',
            Self::Request => 'C',
        }
    }

    /// The German name (message `ticket-kind-<kind>`), e.g. "Online-Ausweis & PIN".
    pub fn german(self) -> String {
        texts::german(&format!("ticket-kind-{}", self.as_str()), &[])
    }

    /// `eid,advice` for the kinds given, in [`Kind::ALL`] order.
    pub fn join(kinds: &[Kind]) -> String {
        let mut sorted = kinds.to_vec();
        sorted.sort();
        sorted.dedup();
        sorted
            .iter()
            .map(|kind| kind.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Parses `eid,advice` (as [`Kind::join`] writes it, or typed on the command line).
    pub fn split(text: &str) -> Result<Vec<Kind>, StationError> {
        let mut kinds = text
            .split(',')
            .map(|part| part.trim().parse())
            .collect::<Result<Vec<Kind>, _>>()?;
        kinds.sort();
        kinds.dedup();
        Ok(kinds)
    }
}

impl std::str::FromStr for Kind {
    type Err = StationError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or_else(|| StationError::UnknownKind(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn kinds_round_trip_through_text_in_a_fixed_order() {
        let kinds = Kind::split("request, eid,eid").unwrap();
        assert_eq!(kinds, vec![Kind::Eid, Kind::Request]);
        assert_eq!(Kind::join(&kinds), "eid,request");
        assert!(Kind::split("eid,coffee").is_err());
        assert!(Kind::split("").is_err());
    }
}
