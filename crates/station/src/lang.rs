//! The languages the kiosk speaks to citizens, and those every service catalogue is
//! written in (German and English; see `catalogue::Localized` for who reads what).

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Result, StationError};

/// A kiosk language, by its language tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// German.
    #[serde(rename = "de")]
    De,
    /// Leichte Sprache: German in easy-to-read language (DIN SPEC 33429).
    #[serde(rename = "de-x-ls")]
    DeEasy,
    /// English.
    #[serde(rename = "en")]
    En,
    /// Ukrainian.
    #[serde(rename = "uk")]
    Uk,
    /// Russian.
    #[serde(rename = "ru")]
    Ru,
    /// Arabic.
    #[serde(rename = "ar")]
    Ar,
    /// Turkish.
    #[serde(rename = "tr")]
    Tr,
}

impl Lang {
    /// Every kiosk language, in the order the start screen offers them.
    pub const ALL: [Self; 7] = [
        Self::De,
        Self::DeEasy,
        Self::En,
        Self::Uk,
        Self::Ru,
        Self::Ar,
        Self::Tr,
    ];

    /// The languages every service catalogue is written in (the others are optional;
    /// a citizen reading one the catalogue lacks gets the English).
    pub const CATALOGUE: [Self; 2] = [Self::De, Self::En];

    /// The language tag, e.g. `de`, `de-x-ls` or `uk`.
    pub fn code(self) -> &'static str {
        match self {
            Self::De => "de",
            Self::DeEasy => "de-x-ls",
            Self::En => "en",
            Self::Uk => "uk",
            Self::Ru => "ru",
            Self::Ar => "ar",
            Self::Tr => "tr",
        }
    }

    /// How a day is written in this language, for `chrono`'s `format`.
    pub fn day_format(self) -> &'static str {
        match self {
            Self::En => "%Y-%m-%d",
            _ => "%d.%m.%Y",
        }
    }
}

impl FromStr for Lang {
    type Err = StationError;

    fn from_str(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|lang| lang.code() == text)
            .ok_or_else(|| StationError::UnknownLanguage(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tag_parses_back() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>().unwrap(), lang);
            assert_eq!(
                serde_json::to_string(&lang).unwrap(),
                format!("\"{}\"", lang.code())
            );
        }
        assert!("fr".parse::<Lang>().is_err());
        assert!("DE".parse::<Lang>().is_err());
    }
}
