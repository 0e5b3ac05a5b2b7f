//! Direct and partial quotes with their speakers: "…," Rubio said; said Umerov;
//! X wrote on Telegram; X told Axios; "…," he said (after a named speaker); a speaker
//! the text only describes ("a senior U.S. official") is kept as that description.
//!
//! Quotes are found inside one passage; a quote may run over several sentences.

use serde::{Deserialize, Serialize};

use crate::clean::rules::SPEECH_VERBS;
use crate::document::{Document, Span};
use crate::entities::{EntityIndex, EntityKind};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Index of the document in the corpus.
    pub doc: u32,
    pub passage: u32,
    /// Byte span of the quoted words (without the quote marks) in the document's text.
    pub span: Span,
    pub text: String,
    /// The entity that says it, when the text names a person.
    pub speaker: Option<u32>,
    /// The words that name or describe the speaker ("Rubio", "a senior U.S. official").
    pub speaker_text: Option<String>,
    /// The verb of saying ("said", "wrote", "told").
    pub verb: Option<String>,
    /// A few quoted words inside the writer's own sentence.
    pub partial: bool,
}

const OPENERS: &[char] = &['“', '"'];
const PRONOUNS: &[&str] = &["he", "she", "He", "She"];

/// Finds the quotes of every document.
pub fn extract(docs: &[Document], entities: &EntityIndex) -> Vec<Quote> {
    let mut out = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        // The last attributed speaker: entity, words, passage, where the quote closed.
        let mut last_speaker: Option<(Option<u32>, String, usize, usize)> = None;
        for (pi, p) in doc.passages.iter().enumerate() {
            let text = doc.passage_text(p);
            let base = p.span.start as usize;
            for (open, close) in quote_spans(text) {
                let inner_start = open + text[open..].chars().next().map_or(1, char::len_utf8);
                let inner = &text[inner_start..close];
                if inner.trim().is_empty() {
                    continue;
                }
                let after = &text[close + text[close..].chars().next().map_or(1, char::len_utf8)..];
                let before = &text[..open];
                let (speaker_text, verb) =
                    speaker_after(after).or_else(|| speaker_before(before)).map_or((None, None), |(s, v)| (Some(s), Some(v)));
                let partial = is_partial(before, inner, after, verb.is_some());
                // The speaker's entity: a person mention inside the speaker's words, or the
                // last named speaker for "he said".
                let mut speaker = None;
                let mut speaker_text = speaker_text;
                let mut verb = verb;
                // A quote that follows the last one closely continues it ("…," said Umerov. "…," he said),
                // and so does a paragraph that is all quote, after a paragraph that ended
                // with one ("…," said Matos. / "It is the law."): the speaker goes on.
                let whole_passage = before.trim().is_empty() && after.trim_matches(|c: char| c.is_whitespace() || ".,!?".contains(c)).is_empty();
                let continues = last_speaker.as_ref().is_some_and(|(_, _, p, end)| {
                    *p == pi && open.saturating_sub(*end) < 120 || whole_passage && *p + 1 == pi && {
                        let previous = doc.passage_text(&doc.passages[*p]);
                        previous[*end..].trim_start_matches(|c: char| !c.is_alphanumeric()).len() < 120
                    }
                });
                match &speaker_text {
                    Some(words) if PRONOUNS.contains(&words.as_str()) => {
                        if let (true, Some((entity, name, _, _))) = (continues, &last_speaker) {
                            speaker = *entity;
                            speaker_text = Some(name.clone());
                        } else {
                            // "…," he said: the person the previous sentence is about.
                            let here = base + open;
                            let previous = doc.sentences.iter().rfind(|s| (s.span.end as usize) <= here);
                            // Possessives ("inside Witkoff’s club") are not who speaks.
                            let not_possessive = |m: &crate::entities::Mention| {
                                let rest = doc.text.get(m.span.end as usize..).unwrap_or("");
                                !(rest.starts_with("’s") || rest.starts_with("'s"))
                            };
                            speaker = previous
                                .and_then(|s| {
                                    entities
                                        .mentions
                                        .iter()
                                        .filter(|m| m.doc as usize == d && m.span.start >= s.span.start && m.span.end <= s.span.end)
                                        .filter(|m| entities.entities[m.entity as usize].kind == EntityKind::Person && not_possessive(m))
                                        .min_by_key(|m| m.span.start)
                                        .map(|m| m.entity)
                                })
                                .or_else(|| last_person_before(entities, d, here));
                            speaker_text = speaker.map(|e| entities.entities[e as usize].name.clone()).or(speaker_text);
                        }
                    }
                    Some(words) => speaker = person_within(entities, d, base, text, words, open, close),
                    None if continues && !is_partial(before, &text[inner_start..close], after, false) => {
                        if let Some((entity, name, _, _)) = &last_speaker {
                            speaker = *entity;
                            speaker_text = Some(name.clone());
                            verb = Some("said".to_string());
                        }
                    }
                    // "Donald Tusk summed up the reaction: “…”": the person before the colon.
                    None if before.trim_end().ends_with(':') => {
                        let sentence_start = before.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
                        speaker = first_person_in(entities, d, base + sentence_start, base + open);
                        speaker_text = speaker.map(|e| entities.entities[e as usize].name.clone());
                    }
                    None => {}
                }
                if speaker.is_some() || speaker_text.is_some() {
                    last_speaker = speaker_text.clone().map(|s| (speaker, s, pi, close));
                }
                out.push(Quote {
                    doc: d as u32,
                    passage: pi as u32,
                    span: Span::new(base + inner_start, base + close),
                    text: text[inner_start..close].to_string(),
                    speaker,
                    speaker_text,
                    verb,
                    partial,
                });
            }
        }
    }
    out
}

/// Pairs of (opening mark, closing mark) byte offsets: curly pairs, or straight quotes
/// taken two by two.
fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', None) => open = Some(i),
            ('”', Some(o)) => {
                out.push((o, i));
                open = None;
            }
            ('"', None) => open = Some(i),
            ('"', Some(o)) if text[o..].starts_with('"') => {
                out.push((o, i));
                open = None;
            }
            ('“', Some(_)) => open = Some(i),
            _ => {}
        }
    }
    out.retain(|(o, _)| OPENERS.iter().any(|c| text[*o..].starts_with(*c)));
    out
}

/// Where the sentence that starts `s` ends: the first terminal mark that does not close
/// an abbreviation ("Mr. Witkoff posted…", "U.S. official").
fn clause_end(s: &str) -> usize {
    for (i, c) in s.char_indices() {
        match c {
            '“' | '"' | ';' | '!' | '?' => return i,
            '.' => {
                let word = s[..=i].rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                let initial = word.len() == 2 && word.starts_with(|c: char| c.is_uppercase());
                if !(crate::clean::rules::ABBREVIATIONS.contains(&word) || initial) {
                    return i;
                }
            }
            _ => {}
        }
    }
    s.len()
}

/// Where the sentence that `s` ends in begins (abbreviation-aware, like `clause_end`).
fn clause_start(s: &str) -> usize {
    let mut start = 0;
    let mut at = 0;
    while at < s.len() {
        let end = at + clause_end(&s[at..]);
        if end >= s.len() {
            break;
        }
        let width = s[end..].chars().next().map_or(1, char::len_utf8);
        start = end + width;
        at = start;
    }
    start
}

/// Words are a speech verb (with common forms).
fn verb_of(word: &str) -> Option<&'static str> {
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    SPEECH_VERBS.iter().find(|v| **v == w).copied()
}

/// ", Rubio said", "," he said", ", said Umerov", " Umerov wrote on Telegram", ", one of the Ukrainian officials wrote to Axios".
fn speaker_after(after: &str) -> Option<(String, String)> {
    let rest = after.trim_start_matches([',', ' ']);
    // Only the rest of the sentence.
    let clause = &rest[..clause_end(rest)];
    let words: Vec<&str> = clause.split_whitespace().take(12).collect();
    let v = words.iter().position(|w| verb_of(w).is_some())?;
    if v == 0 {
        // "said Umerov, standing next to Rubio".
        // A name's words, with its particles ("Anneke de Vries") but not a trailing "of"
        // ("Pieterjan Raes of the anti-corruption group …").
        let capitalised = |ws: &[&str]| -> String {
            const JOINING: &[&str] = &["of", "de", "van", "von", "der", "den", "del", "da", "dos", "du", "di", "la", "le", "bin", "al"];
            let mut name: Vec<&str> = Vec::new();
            for (k, w) in ws.iter().enumerate() {
                let next_capital = ws.get(k + 1).is_some_and(|n| n.starts_with(char::is_uppercase));
                if w.starts_with(char::is_uppercase) || JOINING.contains(w) && next_capital && !name.is_empty() {
                    name.push(w);
                    // A comma ends the name ("Almeida Reis, 56,"); a full stop may be an
                    // abbreviation's ("Sen. Carol Brandt").
                    if w.ends_with(',') {
                        break;
                    }
                } else {
                    break;
                }
            }
            while name.last().is_some_and(|w| JOINING.contains(w)) {
                name.pop();
            }
            name.join(" ").trim_end_matches([',', '.']).to_string()
        };
        let mut name = capitalised(&words[1..]);
        // "said the agency's president, Filipa Cordeiro Matos": the name after the
        // description and its comma.
        if name.is_empty() {
            if let Some(k) = words.iter().take(7).position(|w| w.ends_with(',')).filter(|&k| k >= 1) {
                name = capitalised(&words[k + 1..]);
            }
        }
        return (!name.is_empty()).then(|| (name, verb_of(words[0]).unwrap_or("said").to_string()));
    }
    if v > 8 {
        return None;
    }
    let who = words[..v].join(" ").trim_end_matches(',').to_string();
    Some((who, verb_of(words[v]).unwrap_or("said").to_string()))
}

/// "Rubio said: “…”", "X said that “…”", "X wrote Sunday that efforts were “…”".
fn speaker_before(before: &str) -> Option<(String, String)> {
    // Only the current sentence.
    let start = clause_start(before);
    let clause = before[start..].trim();
    let words: Vec<&str> = clause.split_whitespace().collect();
    let v = words.iter().rposition(|w| verb_of(w).is_some())?;
    let verb = verb_of(words[v]).unwrap_or("said").to_string();
    // The speaker: the words between the last comma and the verb, if few.
    let mut s = words[..v].iter().rposition(|w| w.ends_with(',')).map_or(0, |k| k + 1);
    // "Ukraine’s president, Volodymyr Zelensky, wrote …": the name between the commas.
    if s == v && v > 0 {
        s = words[..v - 1].iter().rposition(|w| w.ends_with(',')).map_or(0, |k| k + 1);
    }
    // "Daniel Whitcomb, the US envoy, who attended alongside China's envoy, Liu
    // Jianming, said: …": a relative clause between the commas belongs to the name that
    // opens the sentence, which is the one speaking.
    let relative = words[..v].iter().position(|w| ["who", "whose"].contains(w));
    let opener = words.iter().position(|w| w.ends_with(','));
    if let (Some(r), Some(c)) = (relative, opener) {
        if c < r && c < 8 && words.first().is_some_and(|w| w.starts_with(char::is_uppercase)) {
            return Some((words[..=c].join(" ").trim_end_matches(',').to_string(), verb));
        }
    }
    if s == v || v - s > 8 {
        return None;
    }
    Some((words[s..v].join(" ").trim_end_matches(',').to_string(), verb))
}

/// A quote is partial when it sits inside the writer's sentence: it neither opens the
/// sentence nor follows a colon or a verb of saying with a comma.
fn is_partial(before: &str, inner: &str, after: &str, attributed: bool) -> bool {
    let b = before.trim_end();
    let opens_sentence = b.is_empty() || b.ends_with(['.', '!', '?', ':', '”', '"']);
    let closes_with_attribution = attributed && after.trim_start().starts_with([',', '”']) || inner.trim_end().ends_with(',');
    let words = inner.split_whitespace().count();
    !(opens_sentence || closes_with_attribution && words >= 4)
}

/// Mentions of people in document `d` that lie within `[from, to)`, in text order.
fn people_in(entities: &EntityIndex, d: usize, from: usize, to: usize) -> impl Iterator<Item = &crate::entities::Mention> {
    entities.mentions.iter().filter(move |m| {
        m.doc as usize == d
            && (m.span.start as usize) >= from
            && (m.span.end as usize) <= to
            && entities.entities[m.entity as usize].kind == EntityKind::Person
    })
}

/// The person mentioned inside the speaker's words.
fn person_within(entities: &EntityIndex, d: usize, base: usize, text: &str, words: &str, open: usize, close: usize) -> Option<u32> {
    // Look for the words right after the quote first, then right before it.
    let after_at = text[close..].find(words).map(|k| close + k);
    let before_at = text[..open].rfind(words);
    let at = after_at.or(before_at)?;
    people_in(entities, d, base + at, base + at + words.len()).next().map(|m| m.entity)
}

fn first_person_in(entities: &EntityIndex, d: usize, from: usize, to: usize) -> Option<u32> {
    people_in(entities, d, from, to).min_by_key(|m| m.span.start).map(|m| m.entity)
}

fn last_person_before(entities: &EntityIndex, d: usize, at: usize) -> Option<u32> {
    people_in(entities, d, 0, at).max_by_key(|m| m.span.start).map(|m| m.entity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_after_and_before() {
        assert_eq!(speaker_after(", Rubio said."), Some(("Rubio".into(), "said".into())));
        assert_eq!(speaker_after(" said Umerov, standing next to Rubio"), Some(("Umerov".into(), "said".into())));
        assert_eq!(
            speaker_after(" said the agency's president, Filipa Cordeiro Matos."),
            Some(("Filipa Cordeiro Matos".into(), "said".into()))
        );
        assert_eq!(speaker_after(" said the spokesman, adding that talks go on."), None);
        assert_eq!(
            speaker_after(" said Pieterjan Raes of the anti-corruption group Open Tenders Belgium."),
            Some(("Pieterjan Raes".into(), "said".into()))
        );
        assert_eq!(speaker_after(" said Prof Anneke de Vries, a cybersecurity specialist."), Some(("Prof Anneke de Vries".into(), "said".into())));
        assert_eq!(speaker_after(" said Sen. Carol Brandt, a Republican."), Some(("Sen. Carol Brandt".into(), "said".into())));
        assert_eq!(
            speaker_after(", one of the Ukrainian officials wrote to Axios after the meeting."),
            Some(("one of the Ukrainian officials".into(), "wrote".into()))
        );
        assert_eq!(speaker_after(" he said, without offering specifics."), Some(("he".into(), "said".into())));
        assert_eq!(speaker_after(" territory after four years of devastating war."), None);
        assert_eq!(
            speaker_before("A senior U.S. official said the White House wants to close the gaps, saying: "),
            Some(("A senior U.S. official".into(), "said".into()))
        );
        assert_eq!(speaker_before("Zelenskyy described the discussion as "), None);
        assert_eq!(speaker_before("Umerov said the negotiations were "), Some(("Umerov".into(), "said".into())));
        // The name a relative clause describes speaks, not the one named inside it.
        assert_eq!(
            speaker_before("Anna Berg, the EU envoy, who came with Norway's minister, Ola Brekke, said: "),
            Some(("Anna Berg".into(), "said".into()))
        );
        assert_eq!(
            speaker_before("Hendra Wiranata, the Indonesian diplomat who chaired the talks on Asean's behalf, said the guns must "),
            Some(("Hendra Wiranata".into(), "said".into()))
        );
        assert_eq!(
            speaker_before("Ukraine's president, Volodymyr Zelensky, wrote that "),
            Some(("Volodymyr Zelensky".into(), "wrote".into()))
        );
    }

    #[test]
    fn straight_and_curly_pairs() {
        let t = "“One,” he said. \"Two\" and “three.”";
        let spans: Vec<&str> = quote_spans(t).into_iter().map(|(o, c)| &t[o..c]).collect();
        assert_eq!(spans, vec!["“One,", "\"Two", "“three."]);
    }
}
