//! Typo-tolerant search over the catalogue, made for a touchscreen keyboard.
//!
//! Every query word is compared with every word of a service (name, keywords,
//! summary, category name) in the requested language, after folding (see `fold`).
//! A pair scores, best first: equal; the service word starts with the query word
//! (typing in progress); Damerau–Levenshtein (optimal string alignment) distance
//! within a budget that grows with the word's length (0 edits up to 3 letters, 1 up to
//! 5, 2 up to 9, 3 beyond); the same against the start of the service word (typo while
//! typing); the query word inside a compound (`steuer` in `hundesteuer`). The best
//! pair of each query word is weighted by its field. Services are ranked by how many
//! query words they match, then by the summed score; common filler words ("für",
//! "the") are ignored unless the query has nothing else.

use super::fold::{words, Word};

/// How much a match counts in each field of a service.
#[derive(Debug, Clone, Copy)]
pub(super) enum Field {
    Name,
    Keyword,
    Summary,
    Category,
}

impl Field {
    fn weight(self) -> f64 {
        match self {
            Self::Name => 1.0,
            Self::Keyword => 0.9,
            Self::Summary => 0.6,
            Self::Category => 0.5,
        }
    }
}

/// The folded words of one service in one language.
#[derive(Debug, Clone, Default)]
pub(super) struct Document(Vec<(Field, Word)>);

impl Document {
    /// Adds the words of `text` as `field`.
    pub(super) fn add(&mut self, field: Field, text: &str) {
        self.0
            .extend(words(text).into_iter().map(|word| (field, word)));
    }
}

/// Filler words that say nothing about the service wanted (folded, "ae" form).
const STOP_WORDS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einer", "und", "oder",
    "fuer", "mit", "von", "zu", "zum", "zur", "im", "in", "am", "an", "auf", "ich", "mich", "mir",
    "bitte", "mein", "meine", "meinen", "meiner", "wie", "was", "the", "a", "an", "and", "or",
    "for", "of", "to", "my", "i", "in", "on", "with", "how",
];

/// A parsed query.
#[derive(Debug)]
pub(super) struct Query(Vec<Word>);

impl Query {
    /// Folds `text`; filler words are dropped unless nothing else remains.
    pub(super) fn parse(text: &str) -> Self {
        let all = words(text);
        let meaningful: Vec<Word> = all
            .iter()
            .filter(|w| {
                !STOP_WORDS
                    .iter()
                    .any(|stop| w.expanded.iter().copied().eq(stop.chars()))
            })
            .cloned()
            .collect();
        Self(if meaningful.is_empty() {
            all
        } else {
            meaningful
        })
    }

    /// Whether the query holds no words at all (then everything matches).
    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `(matched query words, score)` of `document`; `None` if no word matches.
    pub(super) fn rank(&self, document: &Document) -> Option<(usize, f64)> {
        let mut matched = 0;
        let mut total = 0.0;
        for query_word in &self.0 {
            let best = document
                .0
                .iter()
                .map(|(field, word)| field.weight() * word_score(query_word, word))
                .fold(0.0, f64::max);
            if best > 0.0 {
                matched += 1;
                total += best;
            }
        }
        (matched > 0).then_some((matched, total))
    }
}

/// Score of `query` against `word`, comparing like spellings; 0 for no match.
fn word_score(query: &Word, word: &Word) -> f64 {
    spelling_score(&query.expanded, &word.expanded).max(spelling_score(&query.plain, &word.plain))
}

/// Edits allowed for a query word of `len` letters.
fn edit_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=5 => 1,
        6..=9 => 2,
        _ => 3,
    }
}

fn spelling_score(query: &[char], word: &[char]) -> f64 {
    if query == word {
        return 1.0;
    }
    if word.starts_with(query) {
        return if query.len() >= 2 { 0.9 } else { 0.5 };
    }
    let budget = edit_budget(query.len());
    if budget > 0 {
        let whole = osa_distance(query, word);
        if whole <= budget {
            return 0.85 - 0.1 * whole as f64;
        }
        // Typo while typing: compare with the word's start (one letter more or less).
        let start = (query.len().saturating_sub(1)..=query.len() + 1)
            .filter(|&len| len > 0 && len < word.len())
            .map(|len| osa_distance(query, &word[..len]))
            .min();
        if let Some(distance) = start.filter(|&d| d <= budget) {
            return 0.7 - 0.1 * distance as f64;
        }
    }
    if query.len() >= 4 && word.windows(query.len()).any(|part| part == query) {
        return 0.6;
    }
    0.0
}

/// Damerau–Levenshtein distance, optimal string alignment variant (adjacent
/// transpositions count as one edit; no substring is edited twice).
fn osa_distance(a: &[char], b: &[char]) -> usize {
    let width = b.len() + 1;
    let mut before_previous = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current = vec![0; width];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before_previous[j - 2] + 1);
            }
            current[j] = best;
        }
        std::mem::swap(&mut before_previous, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn osa_counts_insertions_substitutions_and_transpositions() {
        assert_eq!(osa_distance(&chars("hundsteuer"), &chars("hundesteuer")), 1);
        assert_eq!(osa_distance(&chars("ausweis"), &chars("asuweis")), 1);
        assert_eq!(osa_distance(&chars("ummeldung"), &chars("ummelden")), 2);
        assert_eq!(osa_distance(&chars(""), &chars("abc")), 3);
        assert_eq!(osa_distance(&chars("kitten"), &chars("sitting")), 3);
    }

    #[test]
    fn short_words_need_exact_or_prefix_matches() {
        assert_eq!(spelling_score(&chars("kfz"), &chars("kfz")), 1.0);
        assert_eq!(spelling_score(&chars("kfz"), &chars("kfzzulassung")), 0.9);
        assert_eq!(spelling_score(&chars("kfy"), &chars("kfz")), 0.0);
    }

    #[test]
    fn typo_while_typing_matches_the_start_of_a_long_word() {
        assert!(spelling_score(&chars("geburtsurk"), &chars("geburtsurkunde")) > 0.8);
        assert!(spelling_score(&chars("gebrutsurk"), &chars("geburtsurkunde")) > 0.5);
    }

    #[test]
    fn filler_words_are_dropped_unless_alone() {
        assert_eq!(Query::parse("Ausweis für Kinder").0.len(), 2);
        assert_eq!(Query::parse("für").0.len(), 1);
        assert!(Query::parse(" ,, ").is_empty());
    }
}
