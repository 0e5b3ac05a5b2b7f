//! Word-level differences between two sentences, for display: which words one outlet
//! has that the other lacks, as byte spans into each side (the diff itself is the
//! `similar` crate's Patience algorithm over word tokens).
//!
//! This module must never change either text: it only points into them.

use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, Algorithm, DiffOp};

use crate::document::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiffTag {
    /// In both sentences.
    Equal,
    /// Only in the first sentence.
    Delete,
    /// Only in the second sentence.
    Insert,
}

/// A run of words with one tag. `a` and `b` are byte spans into the two sentences; the
/// side a run is missing from gets an empty span where it would stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordDiff {
    pub tag: DiffTag,
    pub a: Span,
    pub b: Span,
}

/// A token: its span and the key it is compared by.
fn tokens(text: &str, normalize: bool) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    let push = |s: usize, e: usize, out: &mut Vec<(Span, String)>| {
        let word = &text[s..e];
        let trimmed = word.trim_matches(['\'', '’']);
        if trimmed.is_empty() {
            if !normalize {
                out.push((Span::new(s, e), word.to_string()));
            }
            return;
        }
        let key = if normalize { crate::search::fold(trimmed).replace(['\'', '’'], "") } else { word.to_string() };
        out.push((Span::new(s, e), key));
    };
    let bytes = text.as_bytes();
    // A comma or point between two digits belongs to the number ("2,400", "3.5"): a
    // difference in a figure is shown as the whole figure, never as "2" and ",400".
    let in_number = |i: usize, c: char| {
        matches!(c, ',' | '.') && i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit())
    };
    for (i, c) in text.char_indices() {
        let c_is_word = is_word(c) || in_number(i, c);
        match (c_is_word, start) {
            (true, None) => start = Some(i),
            (true, Some(_)) => {}
            (false, Some(s)) => {
                push(s, i, &mut out);
                start = None;
            }
            (false, None) => {}
        }
        // Punctuation is a token of its own unless differences in it are ignored.
        if !c_is_word && !c.is_whitespace() && !normalize {
            out.push((Span::new(i, i + c.len_utf8()), c.to_string()));
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut out);
    }
    out
}

/// The word-level differences between `a` and `b`. With `normalize`, case, diacritics,
/// punctuation and the style of quote marks and apostrophes are ignored.
pub fn diff_words(a: &str, b: &str, normalize: bool) -> Vec<WordDiff> {
    let (ta, tb) = (tokens(a, normalize), tokens(b, normalize));
    let ka: Vec<&str> = ta.iter().map(|t| t.1.as_str()).collect();
    let kb: Vec<&str> = tb.iter().map(|t| t.1.as_str()).collect();
    // The span covering tokens `from..to` of one side, or an empty span where they would be.
    let cover = |t: &[(Span, String)], from: usize, to: usize, text_len: usize| -> Span {
        if from >= to {
            let at = t.get(from).map_or(text_len, |x| x.0.start as usize);
            return Span::new(at, at);
        }
        Span { start: t[from].0.start, end: t[to - 1].0.end }
    };
    let mut out: Vec<WordDiff> = Vec::new();
    let mut push = |tag: DiffTag, a: Span, b: Span| {
        if let Some(last) = out.last_mut() {
            if last.tag == tag {
                last.a.end = a.end.max(last.a.end);
                last.b.end = b.end.max(last.b.end);
                return;
            }
        }
        out.push(WordDiff { tag, a, b });
    };
    for op in capture_diff_slices(Algorithm::Patience, &ka, &kb) {
        match op {
            DiffOp::Equal { old_index, new_index, len } => {
                push(DiffTag::Equal, cover(&ta, old_index, old_index + len, a.len()), cover(&tb, new_index, new_index + len, b.len()))
            }
            DiffOp::Delete { old_index, old_len, new_index } => {
                push(DiffTag::Delete, cover(&ta, old_index, old_index + old_len, a.len()), cover(&tb, new_index, new_index, b.len()))
            }
            DiffOp::Insert { old_index, new_index, new_len } => {
                push(DiffTag::Insert, cover(&ta, old_index, old_index, a.len()), cover(&tb, new_index, new_index + new_len, b.len()))
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                push(DiffTag::Delete, cover(&ta, old_index, old_index + old_len, a.len()), cover(&tb, new_index, new_index, b.len()));
                push(
                    DiffTag::Insert,
                    cover(&ta, old_index + old_len, old_index + old_len, a.len()),
                    cover(&tb, new_index, new_index + new_len, b.len()),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(a: &str, b: &str, normalize: bool) -> Vec<(DiffTag, String, String)> {
        diff_words(a, b, normalize).into_iter().map(|d| (d.tag, d.a.slice(a).to_string(), d.b.slice(b).to_string())).collect()
    }

    #[test]
    fn marks_inserted_and_deleted_words() {
        let d = shown("They met for five hours on Sunday.", "They met for more than four hours on Sunday.", false);
        assert_eq!(
            d,
            vec![
                (DiffTag::Equal, "They met for".into(), "They met for".into()),
                (DiffTag::Delete, "five".into(), "".into()),
                (DiffTag::Insert, "".into(), "more than four".into()),
                (DiffTag::Equal, "hours on Sunday.".into(), "hours on Sunday.".into()),
            ]
        );
    }

    #[test]
    fn normalizing_ignores_case_punctuation_and_quote_style() {
        let a = "“There’s more work to be done,” Rubio said.";
        let b = "\"there's more work to be done.\" rubio said";
        assert!(diff_words(a, b, true).iter().all(|d| d.tag == DiffTag::Equal));
        assert!(diff_words(a, b, false).iter().any(|d| d.tag != DiffTag::Equal));
    }

    #[test]
    fn a_number_with_a_separator_is_one_word() {
        let d = shown("about 2,400 people and 3.5 tonnes.", "about 2,500 people and 3.5 tonnes.", false);
        assert_eq!(d[1], (DiffTag::Delete, "2,400".into(), "".into()));
        assert_eq!(d[2], (DiffTag::Insert, "".into(), "2,500".into()));
        assert_eq!(d.len(), 4, "{d:?}");
        // A comma after a number still ends it.
        let d = shown("In 2025, talks", "In 2025. Talks", false);
        assert_eq!(d[0], (DiffTag::Equal, "In 2025".into(), "In 2025".into()));
    }

    #[test]
    fn spans_stay_on_char_boundaries() {
        for d in diff_words("Zelenškyy — “so”", "Zelenskyy – so…", false) {
            assert!("Zelenškyy — “so”".get(d.a.range()).is_some());
            assert!("Zelenskyy – so…".get(d.b.range()).is_some());
        }
        assert!(diff_words("", "", true).is_empty());
    }
}
