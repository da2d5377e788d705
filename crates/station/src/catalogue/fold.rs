//! Folding text for search: lower case, accents removed, split into words.
//!
//! German umlauts have two spellings people type: `ä` as `ae` or as `a`, and `ß` as
//! `ss`. Every word is therefore folded twice — its "ae form" and its "a form" — and
//! search compares like with like, so `Führerschein`, `Fuehrerschein` and
//! `Fuhrerschein` all meet.

/// One word in both folded forms, as characters for edit-distance work.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Word {
    /// `ä` → `ae`, `ö` → `oe`, `ü` → `ue`, `ß` → `ss`.
    pub(super) expanded: Vec<char>,
    /// `ä` → `a`, `ö` → `o`, `ü` → `u`, `ß` → `ss`.
    pub(super) plain: Vec<char>,
}

/// Splits `text` into folded words; anything but letters and digits separates words.
pub(super) fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current = Word::default();
    for c in text.chars().flat_map(char::to_lowercase) {
        if !current.push(c) && !current.expanded.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.expanded.is_empty() {
        words.push(current);
    }
    words
}

impl Word {
    /// Appends lower-case `c` in both spellings; `false` if `c` separates words.
    fn push(&mut self, c: char) -> bool {
        const TABLE: &[(&str, &str, &str)] = &[
            ("ä", "ae", "a"),
            ("ö", "oe", "o"),
            ("ü", "ue", "u"),
            ("ß", "ss", "ss"),
            ("àáâãåā", "a", "a"),
            ("çč", "c", "c"),
            ("èéêëē", "e", "e"),
            ("ìíîï", "i", "i"),
            ("ñń", "n", "n"),
            ("òóôõøō", "o", "o"),
            ("ùúûū", "u", "u"),
            ("ýÿ", "y", "y"),
            ("šś", "s", "s"),
            ("žź", "z", "z"),
        ];
        if let Some((_, expanded, plain)) = TABLE.iter().find(|(chars, _, _)| chars.contains(c)) {
            self.expanded.extend(expanded.chars());
            self.plain.extend(plain.chars());
            true
        } else if c.is_alphanumeric() {
            // ASCII and other scripts (Cyrillic, Arabic …) are kept as they are.
            self.expanded.push(c);
            self.plain.push(c);
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<(String, String)> {
        words(text)
            .into_iter()
            .map(|w| {
                (
                    w.expanded.into_iter().collect(),
                    w.plain.into_iter().collect(),
                )
            })
            .collect()
    }

    #[test]
    fn umlauts_fold_both_ways_and_case_is_ignored() {
        assert_eq!(
            forms("Führerschein-Straße"),
            vec![
                ("fuehrerschein".into(), "fuhrerschein".into()),
                ("strasse".into(), "strasse".into())
            ]
        );
    }

    #[test]
    fn other_scripts_are_kept() {
        assert_eq!(forms("Паспорт"), vec![("паспорт".into(), "паспорт".into())]);
    }

    #[test]
    fn punctuation_separates_and_accents_vanish() {
        assert_eq!(
            forms("  Café, (Kfz) 2026! "),
            vec![
                ("cafe".into(), "cafe".into()),
                ("kfz".into(), "kfz".into()),
                ("2026".into(), "2026".into())
            ]
        );
    }
}
