//! Sentences of a passage, as byte spans into it.
//!
//! Starts from Unicode sentence boundaries (UAX #29, via `unicode-segmentation`) and
//! repairs what news text breaks: titles and months before a name or number ("Mr.
//! Witkoff", "Nov. 30"), middle initials ("Vladimir V. Putin"), and sentences glued
//! without a space ("…the delegation.Sunday's talks"). Spans never include the
//! whitespace between sentences and always fall on char boundaries.

use unicode_segmentation::UnicodeSegmentation;

use crate::clean::rules::ABBREVIATIONS;
use crate::document::Span;

/// Splits `text` into sentence spans (byte offsets into `text`).
pub fn sentences(text: &str) -> Vec<Span> {
    let mut raw: Vec<(usize, usize)> = Vec::new();
    for (start, piece) in text.split_sentence_bound_indices() {
        for (s, e) in split_glued(piece) {
            raw.push((start + s, start + e));
        }
    }
    // Merge a piece into the previous one when the previous ends with an abbreviation
    // or an initial, so the break UAX #29 made there is not a sentence end.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in raw {
        match merged.last_mut() {
            Some(last) if !text[last.0..last.1].trim().is_empty() && continues(&text[last.0..last.1], &text[s..e]) => last.1 = e,
            Some(last) if text[last.0..last.1].trim().is_empty() => *last = (last.0, e),
            _ => merged.push((s, e)),
        }
    }
    merged
        .into_iter()
        .filter_map(|(s, e)| {
            let piece = &text[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let body = piece.trim();
            (!body.is_empty()).then(|| Span::new(s + lead, s + lead + body.len()))
        })
        .collect()
}

/// Whether `next` continues the sentence `prev` rather than starting a new one.
fn continues(prev: &str, next: &str) -> bool {
    let prev = prev.trim_end();
    let next = next.trim_start();
    let last_word = prev.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"').next().unwrap_or("");
    if ABBREVIATIONS.contains(&last_word) {
        // "U.S." can end a sentence; only a following capitalised word that is not a
        // common sentence opener makes it part of a name or title.
        return !(last_word == "U.S." && starts_sentence(next));
    }
    // A time goes on with its day or zone: "at about 9:40 p.m. Friday", "10 a.m. ET".
    if ["a.m.", "p.m.", "A.M.", "P.M."].contains(&last_word) {
        let first = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let capital = first.starts_with(char::is_uppercase);
        // "at about 4:30 a.m. (0230 GMT) after …": the time in another zone, in brackets,
        // and a word in lower case go on with the sentence.
        return first == "local"
            || next.starts_with('(')
            || next.starts_with(char::is_lowercase)
            || capital && (crate::date::is_zone_name(first) || crate::date::is_day_or_month_name(first));
    }
    // A middle or first initial: "Vladimir V. Putin", "Thomas L. Friedman".
    let mut chars = last_word.chars();
    if let (Some(c), Some('.'), None) = (chars.next(), chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    false
}

/// Words that begin sentences far more often than they follow "U.S." in a name.
fn starts_sentence(next: &str) -> bool {
    const OPENERS: &[&str] =
        &["The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "In", "On", "This", "That", "There", "His", "Her", "Their"];
    let first = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    OPENERS.contains(&first)
}

/// Splits a piece where a sentence was glued to the next without a space: a lowercase
/// word of two or more letters, a terminal mark, then a capitalised word ("delegation.Sunday").
fn split_glued(piece: &str) -> Vec<(usize, usize)> {
    let bytes = piece.as_bytes();
    let mut cuts = vec![0];
    for (i, c) in piece.char_indices() {
        if !matches!(c, '.' | '!' | '?') || i < 2 {
            continue;
        }
        let before = &piece[..i];
        let mut rev = before.chars().rev();
        let (a, b) = (rev.next(), rev.next());
        let lower_word = matches!((a, b), (Some(x), Some(y)) if x.is_lowercase() && y.is_lowercase());
        let after = &piece[i + 1..];
        let mut fwd = after.chars();
        let (x, y) = (fwd.next(), fwd.next());
        let capital_word = matches!((x, y), (Some(p), Some(q)) if p.is_uppercase() && q.is_lowercase());
        // Not inside a web address or an e-mail ("axios.com", "wsj.com").
        let in_address =
            before.rsplit(char::is_whitespace).next().is_some_and(|w| w.contains('@') || w.contains("://") || w.starts_with("www"));
        if lower_word && capital_word && !in_address && i + 1 < bytes.len() {
            cuts.push(i + 1);
        }
    }
    cuts.push(piece.len());
    cuts.windows(2).map(|w| (w[0], w[1])).filter(|(s, e)| s < e).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn a_time_goes_on_with_its_day_or_zone() {
        let t = "The blast hit at about 9:40 p.m. Friday. Search dogs found them after 8 a.m. Police said so. It ended at 2 a.m. ET on Saturday.";
        assert_eq!(
            split(t),
            vec![
                "The blast hit at about 9:40 p.m. Friday.",
                "Search dogs found them after 8 a.m.",
                "Police said so.",
                "It ended at 2 a.m. ET on Saturday."
            ]
        );
        let t = "The agreement, reached at about 4:30 a.m. (0230 GMT) after 17 hours, ends the strike. Work resumes.";
        assert_eq!(
            split(t),
            vec!["The agreement, reached at about 4:30 a.m. (0230 GMT) after 17 hours, ends the strike.", "Work resumes."]
        );
    }

    #[test]
    fn titles_initials_and_months_do_not_end_sentences() {
        let t = "President Vladimir V. Putin met Mr. Witkoff on Nov. 30, 2025. Gen. Andrii Hnatov attended.";
        assert_eq!(
            split("Police Det. Insp. Karen Walsh said so. Cpl. Ann Roy agreed."),
            vec!["Police Det. Insp. Karen Walsh said so.", "Cpl. Ann Roy agreed."]
        );
        assert_eq!(split(t), vec!["President Vladimir V. Putin met Mr. Witkoff on Nov. 30, 2025.", "Gen. Andrii Hnatov attended."]);
    }

    #[test]
    fn us_inside_a_sentence_and_at_its_end() {
        let t = "The U.S. side arrived. Talks with the U.S. The meeting ended.";
        assert_eq!(split(t), vec!["The U.S. side arrived.", "Talks with the U.S.", "The meeting ended."]);
    }

    #[test]
    fn curly_quotes_stay_with_their_sentence() {
        let t = "“It was intense. We really appreciate it,” one official wrote. Umerov said the talks were “productive.” He left.";
        assert_eq!(
            split(t),
            vec![
                "“It was intense.",
                "We really appreciate it,” one official wrote.",
                "Umerov said the talks were “productive.”",
                "He left."
            ]
        );
    }

    #[test]
    fn em_dashes_do_not_split() {
        let t = "Putin — who's expected to meet Witkoff — insists Russia won't stop.";
        assert_eq!(split(t).len(), 1);
    }

    #[test]
    fn glued_sentences_are_split() {
        let t = "Umerov speaks with the delegation.Sunday's negotiations capped a month.";
        assert_eq!(split(t), vec!["Umerov speaks with the delegation.", "Sunday's negotiations capped a month."]);
    }

    #[test]
    fn state_abbreviation_can_end_a_sentence() {
        let t = "They met at his home in Miami Beach, Fla. Trump has renewed his drive.";
        assert_eq!(split(t).len(), 2);
    }

    #[test]
    fn addresses_are_not_split() {
        let t = "Write to Deborah Acosta at deborah.acosta@wsj.com today.";
        assert_eq!(split(t).len(), 1);
    }
}
