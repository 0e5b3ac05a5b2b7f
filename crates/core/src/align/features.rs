//! What alignment knows about each sentence: its content words (folded, stemmed, names
//! left out), the entities it names, its figures, the words it quotes and who says them,
//! and the days it refers to. Built once per corpus in one pass over each kind of
//! mention, so the cost is linear in the size of the corpus.
//!
//! This module must never read outside a sentence's own span, nor panic on any text.

use std::collections::{HashMap, HashSet};

use super::rules::{
    DIRECTIONS, EVENT_NOUNS, HEAD_VERB, IRREGULAR_VERBS, LOCATIVES, NEWS_WORDS, NUMBER_WORDS, PARTY_WORDS, PLACE_DIRECTIONS,
    PLAN_BEFORE_TO, PLAN_WORDS, SPEECH_VERBS, STOP_WORDS, SYNONYMS,
};
use super::SentenceRef;
use crate::dates::DateMention;
use crate::document::{Document, PassageKind, Span};
use crate::entities::gazetteer::ROLE_WORDS;
use crate::entities::{EntityIndex, EntityKind};
use crate::figures::Figure;
use crate::quotes::Quote;
use crate::search;

/// The quoted words of one sentence.
#[derive(Clone, Debug, Default)]
pub(super) struct Spoken {
    /// Every folded word inside the quote marks, in order (function words kept: the run
    /// "more work to be done" is what shows the same utterance).
    pub words: Vec<u32>,
    /// The speaker's entity, when the quote extractor named one.
    pub speaker: Option<u32>,
    /// The quotes this sentence is part of (indices into the quote list).
    pub quotes: Vec<u32>,
    /// The stems of the quoted content words, as `Features::words` holds them, sorted:
    /// what another sentence that reports the words must carry.
    pub stems: Vec<u32>,
}

#[derive(Clone, Debug, Default)]
pub(super) struct Features {
    pub at: SentenceRef,
    /// Content-word stems outside names, sorted, without repeats.
    pub words: Vec<u32>,
    /// Entities named, sorted, without repeats.
    pub entities: Vec<u32>,
    /// People the sentence refers to only by a description ("the Russian leader",
    /// `coref`) or whose words it quotes without naming them, sorted, without repeats:
    /// evidence when the other sentence names them, no weight when it does not (the
    /// resolution may be wrong).
    pub described: Vec<u32>,
    /// Places and organisations whose names of two words or more the sentence writes in
    /// lowercase without naming them ("the Sabra river"), sorted, without repeats:
    /// evidence when the other sentence names them; its words count as words besides.
    pub written: Vec<u32>,
    /// Indices into the figure list.
    pub figures: Vec<u32>,
    /// The units of those figures as word ids ("#hour"), sorted, without repeats.
    pub units: Vec<u32>,
    /// Each figure's unit and number as a word id (`figure_key`), sorted, without
    /// repeats: how rare the very figure is ("a 12-point plan") besides its unit.
    pub figure_keys: Vec<u32>,
    /// Numbers that are not part of a figure ("injuring 27", `figures::bare_numbers`),
    /// with the byte where each starts.
    pub numbers: Vec<(f64, u32)>,
    /// Those from 10 up, not years, as word ids (`NUMBER_PREFIX`), sorted, without
    /// repeats: shared, they are evidence as rare as they are, but they add nothing to a
    /// sentence's weight (`score::Weights::mass`).
    pub number_keys: Vec<u32>,
    /// Years the sentence names in digits ("a fire at the plant in 2019").
    pub years: Vec<u16>,
    pub spoken: Option<Spoken>,
    /// Resolved dates (ISO forms) the sentence mentions.
    pub dates: Vec<String>,
    /// The regions (`Gazetteer::region`) of the cities and US states the sentence sets
    /// something in ("talks in Geneva", "arrived at … near Miami", "the Miami talks"),
    /// sorted, without repeats. Countries are left out: "the war in Ukraine" names a
    /// party, not where a meeting was.
    pub places: Vec<&'static str>,
    /// The regions where the article's headline sets its story ("… Miami talks", "talks
    /// in Florida …"), the same for every sentence of the article: where a sentence
    /// that names no place of its own is set.
    pub setting: Vec<&'static str>,
    /// The weekdays the sentence names (bit 0 Sunday … bit 6 Saturday), or, when it
    /// names none, those of the nearest earlier sentence of its passage that names them
    /// for something that happened, not for a plan: "They described the five-hour
    /// meeting…" happened on the Sunday the sentence before named.
    pub days: u8,
    /// The sentence tells of a plan or an expectation (`rules::PLAN_WORDS`).
    pub planned: bool,
    /// The sentence holds a verb in the past tense (an irregular past form, or a word in
    /// "-ed" other than an attribution verb): something happened.
    pub past: bool,
    /// The sentence tells something in the past perfect ("who had called Hélio the most
    /// violent storm", "the council had asked"): what happened before the moment the
    /// article reports, which a later article recalls (`is_past_perfect`).
    pub recalled: bool,
    /// The clauses of a sentence that has two or more (`clause_groups`), each with its
    /// own words, figures and tense, and the sentence's names (the people who act in
    /// one clause often act in the other: "Putin — who's expected to meet … —
    /// insists …"), quote, days and described people; empty for a sentence of one
    /// clause.
    pub clauses: Vec<Features>,
}

pub(super) const WEEKDAYS: &[&str] = &["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// Interned words: content stems and quoted words share one table.
#[derive(Default)]
pub(super) struct Vocabulary {
    ids: HashMap<String, u32>,
    pub words: Vec<String>,
}

impl Vocabulary {
    pub fn lookup(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }

    pub(super) fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(word.to_string(), id);
        self.words.push(word.to_string());
        id
    }
}

/// Whether a folded word carries content.
pub(super) fn is_content(word: &str) -> bool {
    static TABLE: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    let table = TABLE
        .get_or_init(|| STOP_WORDS.iter().chain(NEWS_WORDS).chain(NUMBER_WORDS).chain(PLAN_WORDS).chain(PARTY_WORDS).copied().collect());
    word.chars().count() > 1 && !table.contains(word) && !word.chars().any(|c| c.is_ascii_digit())
}

/// Whether a folded word is a verb in the past tense: an irregular past form, or a word
/// in "-ed" that is not an attribution verb ("reported", "added").
pub(crate) fn is_past(word: &str) -> bool {
    // "-eed" is a verb's own ending ("speed", "proceed", "exceed"), but for the verbs
    // in "-ee" ("agreed", "freed", "guaranteed").
    const EE_VERBS: &[&str] = &["agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed"];
    IRREGULAR_VERBS.iter().any(|(past, _)| *past == word)
        || word.len() > 4
            && word.ends_with("ed")
            && (!word.ends_with("eed") || EE_VERBS.contains(&word))
            && !NEWS_WORDS.contains(&word)
            && !PLAN_WORDS.contains(&word)
            && !SPEECH_VERBS.contains(&word)
}

/// Whether the word at `k` is "had" in the past perfect: followed, past an adverb or
/// two, by a past participle ("had called", "had already been", "had said"), not by
/// an object ("had a plan") nor "to" ("had to leave"), and not in reported speech.
fn is_past_perfect(tokens: &[(usize, usize, String)], k: usize) -> bool {
    const ADVERBS: &[&str] = &["already", "previously", "earlier", "also", "not", "never", "just", "long", "repeatedly", "since"];
    // "had called"; or "Sommerfeld, who has promised a … investigation, told …": the
    // present perfect of a relative clause recalls what someone did before.
    let relative = k.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|t| ["who", "which"].contains(&t.2.as_str()));
    let perfect = tokens.get(k).is_some_and(|t| t.2 == "had" || relative && (t.2 == "has" || t.2 == "have"));
    if !perfect {
        return false;
    }
    // "Lusorede said on Monday that power had been restored": reported speech shifts
    // the tense back; what is said is news of that day, not a recollection.
    if tokens[..k].iter().any(|t| SAID.contains(&t.2.as_str()) || SPEECH_VERBS.contains(&t.2.as_str())) {
        return false;
    }
    let participle = tokens.iter().skip(k + 1).take(3).map(|t| t.2.as_str()).find(|w| !ADVERBS.contains(w));
    participle.is_some_and(|w| {
        w == "been" || w.len() > 3 && w.ends_with("ed") || SPEECH_VERBS.contains(&w) || IRREGULAR_VERBS.iter().any(|(past, _)| *past == w)
    })
}

/// Words that name an office or a kind of person ("envoy", "official", "son-in-law"):
/// they describe who speaks or acts, which the entities already carry.
fn is_role_word(word: &str) -> bool {
    ROLE_WORDS.iter().any(|r| r.split('-').next() == Some(word) || r.strip_suffix('s') == Some(word))
        || word.strip_suffix('s').is_some_and(|w| ROLE_WORDS.contains(&w))
}

/// A light stem: irregular past forms to their verb, plural and verb endings dropped,
/// near-synonyms to one class (`rules::SYNONYMS`), then cut to seven letters, so
/// "negotiators" and "negotiating" meet, as do "territory" and "territorial", "met"
/// and "meeting", "flew" and "departs". The "-er" of who does a thing goes, before the
/// cut and after it, where five letters stay ("rescuers" / "rescued", "delivery" /
/// "delivered"; not "border"). Truncation is crude, but it needs no word
/// list and treats unknown words (names of things, new coinages) like known ones.
pub(super) fn stem(word: &str) -> String {
    let w = endings_off(&search::us_spelling(word));
    let w = synonym_classes().get(w.as_str()).cloned().unwrap_or(w);
    let agent = |w: String| match w.strip_suffix("er") {
        Some(s) if s.chars().count() >= 5 => s.to_string(),
        _ => w,
    };
    let w = agent(w);
    agent(w.chars().take(STEM_CHARS).collect())
}

/// How a day a sentence writes out is put in the vocabulary, beside its words ("~talk")
/// and figure units ("#hour"): by month and day, "@11-04".
pub(super) const DAY_PREFIX: &str = "@";

/// The prefix of a year written out, shared like a word (`years_written`).
pub(super) const YEAR_PREFIX: &str = "^";

/// The prefix of a number in digits that is no figure's, shared like a word.
pub(super) const NUMBER_PREFIX: &str = "%";

/// Every year a sentence writes in four digits, from 1000 to 2100, standing alone
/// ("in 1821", "since 2019", "the 1714 portrait"; not "1,821" nor "21821"), and not as
/// part of a date ("Nov. 29, 2025", "29 November 2025", "March 2026": days and months are
/// compared as such).
fn years_written(text: &str) -> Vec<u16> {
    let mut out = Vec::new();
    let mut before: Vec<&str> = Vec::new();
    for w in text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '"' | '“' | '”' | ';' | ':')).filter(|w| !w.is_empty()) {
        let bare = w.trim_end_matches([',', '.']);
        let year = (bare.len() == 4 && bare.chars().all(|c| c.is_ascii_digit())).then(|| bare.parse::<u16>().ok()).flatten();
        if let Some(year) = year.filter(|y| (1000..=2100).contains(y)) {
            let previous = before.last().copied().unwrap_or("");
            let month = crate::date::month_number(previous.trim_end_matches([',', '.'])).is_some();
            let day = previous.ends_with(',') && previous.trim_end_matches(',').chars().all(|c| c.is_ascii_digit());
            if !month && !day {
                out.push(year);
            }
        }
        before.push(w);
    }
    out
}

/// A figure's unit and number as a word of the vocabulary ("=hour:72"), beside its
/// unit ("#hour").
pub(super) fn figure_key(f: &crate::figures::Figure) -> String {
    format!("={}:{}", f.unit, f.value)
}

/// The years a sentence names. A year that ends a span ("before 2033", "until 2033")
/// names the year before it too, the last one inside the span, so that "a ban on layoffs
/// until 2033" and "no layoffs through 2032" tell of one span, not of two years.
///
/// A year of the background is left out: one that starts what still holds ("who has led
/// the ministry since 2024", "a concession it had resisted since the dam was completed in
/// 2025": "since" earlier in its clause), and one that names an earlier event as a
/// modifier ("their 2026 border war", "the 2019 floods"). The sentence does not happen
/// then, so another outlet's account of the same fact, dated this year, does not differ.
pub(super) fn years_named(text: &str) -> Vec<u16> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = text[at..].find(|c: char| c.is_ascii_digit()) {
        let start = at + found;
        let run = text[start..].find(|c: char| !c.is_ascii_digit()).map_or(text.len(), |n| start + n);
        let (before, digits, after) = (&text[..start], &text[start..run], &text[run..]);
        at = run;
        let alone = !before.ends_with(|c: char| c.is_alphanumeric()) && !after.starts_with(|c: char| c.is_alphanumeric());
        let Some(year) = digits.parse::<u16>().ok().filter(|y| digits.len() == 4 && alone && (1900..=2100).contains(y)) else { continue };
        let mut words_before = before.rsplit(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase);
        let word =
            if before.trim_end().ends_with(|c: char| c.is_alphabetic()) { words_before.next().unwrap_or_default() } else { String::new() };
        let clause = before.rsplit([',', ';', ':', '(', '\u{2014}', '\u{2013}']).next().unwrap_or(before);
        let since = clause.split(|c: char| !c.is_alphabetic()).any(|w| w.eq_ignore_ascii_case("since"));
        let next = after.trim_start_matches(' ');
        let modifier = after.starts_with(' ')
            && next.starts_with(|c: char| c.is_lowercase())
            && ["the", "a", "an", "their", "its", "his", "her", "our", "this", "that"].contains(&word.as_str());
        if since || modifier {
            continue;
        }
        out.push(year);
        if ["before", "until", "till", "til"].contains(&word.as_str()) {
            out.push(year - 1);
        }
    }
    out
}

/// `stem` before the synonym classes and the cut: the irregular past to its verb, the
/// plural and verb endings and a final "e" off.
fn endings_off(word: &str) -> String {
    let word = IRREGULAR_VERBS.iter().find(|(past, _)| *past == word).map_or(word, |(_, base)| *base);
    let mut w = word.to_string();
    if let Some(s) = word.strip_suffix("ies").filter(|s| s.len() >= 3) {
        w = format!("{s}y");
    } else {
        for suffix in ["ing", "ed", "s"] {
            let keep = suffix == "s" && (word.ends_with("ss") || word.ends_with("us") || word.ends_with("is"));
            if let Some(s) = word.strip_suffix(suffix).filter(|s| s.len() >= 3 && !keep) {
                w = s.to_string();
                // "stopped", "planned": the doubled consonant is the suffix's (Porter's
                // step 1b; not l, s or z: "called", "passed", "buzzed").
                let b = w.as_bytes();
                if suffix != "s" && b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] && !b"aeioulsz".contains(&b[b.len() - 1]) {
                    w.pop();
                }
                break;
            }
        }
    }
    // A final "e" goes, so that "cause", "caused" and "causing" meet (Porter's step 5a).
    if w.len() >= 4 && w.ends_with('e') && !w.ends_with("ee") {
        w.pop();
    }
    // British spelling doubles a final "l" ("signalling", "cancelled", "travelled"): a
    // stem of six letters or more ending in a vowel and "ll" keeps one, whatever its form.
    let b = w.as_bytes();
    if b.len() >= 6 && w.ends_with("ll") && b"aeiou".contains(&b[b.len() - 3]) && !b"aeiou".contains(&b[b.len() - 4]) {
        w.pop();
    }
    w
}

/// `rules::SYNONYMS` by the form `endings_off` gives its words and classes, so that
/// any form of a listed word ("truces", "wounded") finds its class.
fn synonym_classes() -> &'static HashMap<String, String> {
    static TABLE: std::sync::OnceLock<HashMap<String, String>> = std::sync::OnceLock::new();
    let key = |w: &str| endings_off(&search::us_spelling(w));
    TABLE.get_or_init(|| SYNONYMS.iter().map(|(word, class)| (key(word), key(class))).collect())
}

/// How many letters of a stem are kept.
const STEM_CHARS: usize = 7;

/// The sentence of `doc` that contains byte `at`, by binary search over starts.
fn sentence_at(doc: &Document, at: u32) -> Option<usize> {
    let i = doc.sentences.partition_point(|s| s.span.start <= at);
    let i = i.checked_sub(1)?;
    (doc.sentences[i].span.end > at).then_some(i)
}

/// Whether the place named at `span` of `text` is where something happens: after a
/// locative preposition ("in", "at", "near", with a direction word between: "in
/// southern Florida"), before a word for a meeting ("the Geneva talks"), or the state
/// after such a city ("in Hallandale Beach, Florida").
fn sets_an_event(text: &str, span: Span, previous: Option<(Span, bool)>) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start as usize), text.get(span.end as usize..)) else { return false };
    if let Some((p, true)) = previous {
        if text.get(p.end as usize..span.start as usize).is_some_and(|gap| gap.trim() == ",") {
            return true;
        }
    }
    let mut words = before.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let last = words.next().map(str::to_lowercase);
    let last = match last.as_deref() {
        Some(w) if PLACE_DIRECTIONS.contains(&w) => words.next().map(str::to_lowercase),
        _ => last,
    };
    let next = after.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).map(str::to_lowercase);
    last.as_deref().is_some_and(|w| LOCATIVES.contains(&w)) || next.as_deref().is_some_and(|w| EVENT_NOUNS.contains(&w))
}

/// For each document, the regions where its headline sets something
/// (`sets_an_event`), reading the headline for the names of the places the corpus
/// recognised in the articles' text and of the gazetteer's cities and states (a
/// headline is too short to recognise names in by their context). Sorted, without
/// repeats; countries left out, as in `Features::places`.
fn headline_settings(docs: &[Document], entities: &EntityIndex) -> Vec<Vec<&'static str>> {
    let gazetteer = crate::entities::gazetteer::gazetteer();
    let mut names: HashMap<&str, &'static str> = HashMap::new();
    for e in entities.entities.iter().filter(|e| e.kind == EntityKind::Place) {
        let Some(region) = gazetteer.venue_region(&e.name) else { continue };
        for alias in std::iter::once(&e.name).chain(&e.aliases) {
            names.insert(alias.as_str(), region);
        }
    }
    // The gazetteer's names run to three words ("Hallandale Beach", "Salt Lake City").
    let longest = names.keys().map(|n| n.split(' ').count()).max().unwrap_or(0).max(3);
    docs.iter()
        .map(|doc| {
            let Some(headline) = doc.meta.headline.as_ref().map(|h| h.value.as_str()) else { return Vec::new() };
            let tokens = search::words(headline);
            let mut out = Vec::new();
            for i in 0..tokens.len() {
                // The longest run of words from here that names a place.
                for n in (1..=longest.min(tokens.len() - i)).rev() {
                    let span = Span::new(tokens[i].0, tokens[i + n - 1].1);
                    let Some(name) = headline.get(tokens[i].0..tokens[i + n - 1].1) else { continue };
                    // A name the gazetteer recognises on its own ("Geneva" is only a place
                    // where the text says so).
                    let city = || gazetteer.place(name).and_then(|(_, canonical)| gazetteer.venue_region(canonical));
                    let Some(region) = names.get(name).copied().or_else(city) else { continue };
                    if sets_an_event(headline, span, None) {
                        out.push(region);
                    }
                    break;
                }
            }
            out.sort_unstable();
            out.dedup();
            out
        })
        .collect()
}

/// What one clause of a sentence says, before it becomes `Features`.
#[derive(Clone, Debug, Default)]
struct ClauseDraft {
    /// The clause's words (byte spans in the document).
    spans: Vec<Span>,
    /// Its content-word stems.
    words: Vec<u32>,
    planned: bool,
    past: bool,
    /// The weekdays it names (`Features::days`).
    days: u8,
}

impl ClauseDraft {
    fn absorb(&mut self, other: ClauseDraft) {
        self.spans.extend(other.spans);
        self.words.extend(other.words);
        self.days |= other.days;
        self.planned |= other.planned;
        self.past |= other.past;
    }
}

/// Words that open a clause after a comma ("…, which included talks", "…, while Russia
/// …") or anywhere ("but reiterated demands"). Hand-kept from the subordinating and
/// coordinating conjunctions and relative pronouns of English grammars.
const CLAUSE_OPENERS: &[&str] =
    &["but", "and", "as", "which", "who", "whose", "whom", "while", "whereas", "although", "though", "after", "before"];

/// Attribution verbs after which "that" opens what was said ("Trump said on Sunday
/// that Witkoff will …").
const SAID: &[&str] = &["said", "says", "told", "tells", "noted", "added", "stated", "wrote", "announced", "insisted", "insists"];

/// The items of a list take the days and dates of the line that leads into it when they
/// name none ("Key developments on Nov. 29:" then "- Umerov's delegation arrives in
/// Miami"): the lead-in is the last sentence of a passage and ends with a colon, and the
/// list is the bullets right after it.
fn carry_lead_in(docs: &[Document], all: &mut [Features], offsets: &[usize]) {
    for (d, doc) in docs.iter().enumerate() {
        let Some(&base) = offsets.get(d) else { continue };
        let mut lead: Option<(u8, Vec<String>)> = None;
        for p in &doc.passages {
            let sentences = p.first_sentence as usize..(p.first_sentence + p.sentence_count) as usize;
            if p.kind != PassageKind::Bullet {
                lead = sentences.clone().last().and_then(|k| {
                    let s = doc.sentences.get(k)?;
                    let f = all.get(base + k)?;
                    let leads = doc.sentence_text(s).trim_end().ends_with(':') && (f.days != 0 || !f.dates.is_empty());
                    leads.then(|| (f.days, f.dates.clone()))
                });
                continue;
            }
            let Some((days, dates)) = &lead else { continue };
            for k in sentences {
                if let Some(f) = all.get_mut(base + k) {
                    if f.days == 0 {
                        f.days = *days;
                    }
                    if f.dates.is_empty() {
                        f.dates.clone_from(dates);
                    }
                }
            }
        }
    }
}

/// Whether a date names the day something was said rather than the day of what was
/// said: right after a verb of saying, with at most two words between ("Trump said on
/// Sunday that Witkoff will meet Putin next week", "told reporters Sunday"), and not a
/// possessive ("said Sunday's meeting was productive" dates the meeting).
fn day_of_saying(text: &str, sentence: Span, date: Span) -> bool {
    let (Some(before), Some(after)) =
        (text.get(sentence.start as usize..date.start as usize), text.get(date.end as usize..sentence.end as usize))
    else {
        return false;
    };
    if after.starts_with("'s") || after.starts_with("\u{2019}s") {
        return false;
    }
    // Only the words since the last mark of punctuation: "…, Rubio said. On Sunday" is
    // another clause.
    let tail = before.rsplit([',', ';', ':', '\u{2014}', '(', '"', '\u{201c}', '\u{201d}']).next().unwrap_or("");
    search::words(tail).iter().rev().take(3).any(|(_, _, w)| SAID.contains(&w.as_str()) || SPEECH_VERBS.contains(&w.as_str()))
}

/// Whether the date is not the day something happened but the start of a period ("more
/// than 7,100 incidents since Friday", "killed since the fighting began Jan. 27") or the
/// day a state still held ("his wife was still missing on Monday", "85,000 were still
/// without it on Monday morning").
fn day_of_a_state(text: &str, sentence: Span, date: Span) -> bool {
    let Some(before) = text.get(sentence.start as usize..date.start as usize) else { return false };
    let words = search::words(before);
    let last = words.iter().rev().map(|(_, _, w)| w.as_str()).find(|w| !["on", "late", "early", "by"].contains(w));
    if last.is_some_and(|w| ["since", "until", "till"].contains(&w)) {
        return true;
    }
    let clause = before.rsplit([',', ';', ':', '\u{2014}', '(']).next().unwrap_or("");
    let clause = search::words(clause);
    // "killed since the latest fighting began Jan. 27": the start of the period too.
    clause.iter().any(|(_, _, w)| w == "still") || clause.iter().rev().take(5).any(|(_, _, w)| w == "since")
}

/// Whether the date is a past event's that a noun names, not the sentence's ("release all
/// the prisoners they hold from a border conflict last year", "prisoners from the
/// fighting last year"): it ends a phrase of a preposition, a determiner and up to three
/// words, none of them a verb in the past, and the word before the preposition is no
/// verb in the past either ("were killed in an attack last year" is the day of the
/// killing).
fn day_of_a_thing(text: &str, sentence: Span, date: Span) -> bool {
    const PREPOSITIONS: &[&str] = &["from", "of", "in", "during", "after", "over", "since"];
    const DETERMINERS: &[&str] = &["a", "an", "the", "their", "its", "his", "her", "our", "this", "that"];
    let Some(before) = text.get(sentence.start as usize..date.start as usize) else { return false };
    let clause = before.rsplit([',', ';', ':', '\u{2014}', '(']).next().unwrap_or("");
    let words: Vec<String> = search::words(clause).into_iter().map(|t| t.2).collect();
    let past = |w: &str| is_past(w) || ["was", "were", "been"].contains(&w);
    let Some(p) = words.iter().rposition(|w| PREPOSITIONS.contains(&w.as_str())) else { return false };
    let phrase = &words[p + 1..];
    // Only the noun's words: no relative clause ("in a ballot that closes Sunday") and no
    // preposition of its own before the date ("of the site on Friday night").
    const NOT_A_NOUNS: &[&str] = &["that", "which", "who", "on", "at", "by", "to", "until", "before", "and", "or"];
    (2..=4).contains(&phrase.len())
        && DETERMINERS.contains(&phrase[0].as_str())
        && !phrase.iter().any(|w| past(w) || NOT_A_NOUNS.contains(&w.as_str()))
        && p.checked_sub(1).is_some_and(|k| !past(&words[k]))
}

/// Whether the past form at token `k` is a participle that describes rather than tells
/// ("the team, now led by Umerov, will meet…", "areas not controlled by Russia"): before
/// "by" with no auxiliary in front ("was led by" is a deed).
fn is_reduced_passive(tokens: &[(usize, usize, String)], k: usize) -> bool {
    let word = |i: Option<usize>| i.and_then(|i| tokens.get(i)).map(|t| t.2.as_str());
    word(Some(k + 1)) == Some("by") && !word(k.checked_sub(1)).is_some_and(|p| AUXILIARIES.contains(&p))
}

/// Whether the past form at token `k` describes the noun after it ("under increased
/// pressure", "the revised plan", "a leaked draft"): right after a determiner or a
/// preposition, where no verb stands.
fn is_attributive(tokens: &[(usize, usize, String)], k: usize) -> bool {
    k.checked_sub(1).and_then(|i| tokens.get(i)).is_some_and(|t| BEFORE_ATTRIBUTIVE.contains(&t.2.as_str()))
}

/// Determiners and prepositions, after which a past form is an adjective.
const BEFORE_ATTRIBUTIVE: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "under", "of", "with", "amid", "for",
    "from", "into", "without", "newly", "recently",
];

/// Auxiliaries before a participle that make it a finite verb ("was led by").
const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "got", "get", "gets"];

/// A clause of fewer content words is part of its neighbour ("Rubio said").
const MIN_CLAUSE_WORDS: usize = 3;

/// The clause group of each token of a sentence: a new clause at a semicolon or colon,
/// at a clause opener after a comma (`CLAUSE_OPENERS`; "but" anywhere), and at "that"
/// after an attribution verb; a passage between dashes or in parentheses is a clause of
/// its own, and what follows it continues the clause it interrupted ("Putin — who's
/// expected to meet … — insists Russia won't stop").
fn clause_groups(text: &str, tokens: &[(usize, usize, String)]) -> Vec<usize> {
    let mut out = Vec::with_capacity(tokens.len());
    let (mut groups, mut current) = (0usize, 0usize);
    // The clause an open dash or parenthesis interrupted.
    let mut interrupted: Vec<usize> = Vec::new();
    let mut dash_open = false;
    let mut verb_in_clause = false;
    let mut prev_end = 0usize;
    let open = |groups: &mut usize, current: &mut usize| {
        *groups += 1;
        *current = *groups;
    };
    for (k, (start, end, word)) in tokens.iter().enumerate() {
        let gap = text.get(prev_end..*start).unwrap_or("");
        prev_end = *end;
        let spaced = gap.chars().any(char::is_whitespace);
        let mut fresh = false;
        for c in gap.chars() {
            // An em dash anywhere; an en dash or hyphen only with a space around it
            // ("2022–2023" and "Russia-Ukraine" are not dashes).
            let dash = matches!(c, '—' | '―') || matches!(c, '–' | '-') && spaced && k > 0;
            match c {
                _ if dash => {
                    if dash_open {
                        current = interrupted.pop().unwrap_or(current);
                    } else {
                        interrupted.push(current);
                        open(&mut groups, &mut current);
                    }
                    dash_open = !dash_open;
                }
                '(' => {
                    interrupted.push(current);
                    open(&mut groups, &mut current);
                }
                ')' => current = interrupted.pop().unwrap_or(current),
                ';' | ':' => fresh = true,
                _ => {}
            }
        }
        let w = word.as_str();
        let after_said = w == "that" && tokens[k.saturating_sub(4)..k].iter().any(|t| SAID.contains(&t.2.as_str()));
        // A list of acts by one subject: "declared a state of emergency, set aside fifty
        // million euros and named Monday a day of mourning".
        let past = is_past(w) && !SAID.contains(&w);
        let next_act = past && verb_in_clause && (gap.contains(',') || k > 0 && tokens[k - 1].2 == "and");
        if k > 0 && (fresh || CLAUSE_OPENERS.contains(&w) && (gap.contains(',') || w == "but") || after_said || next_act) {
            open(&mut groups, &mut current);
            verb_in_clause = false;
        }
        // A verb of saying or declaring in the past is an act too ("declared").
        verb_in_clause |= past || w.len() > 4 && w.ends_with("ed");
        out.push(current);
    }
    out
}

/// The clauses of a sentence as features (empty when it has fewer than two with
/// `MIN_CLAUSE_WORDS` content words each; a shorter clause joins the one before it, or
/// the first full one).
///
/// A clause is set on the weekdays it names itself, or else on the day its sentence
/// took from the passage before it (`carried`): in "arrived in Miami on Saturday ahead
/// of the meeting, which took place at Witkoff's club", the meeting is not Saturday's.
fn clause_features(f: &Features, drafts: Vec<ClauseDraft>, carried: u8, figures: &[Figure], vocabulary: &Vocabulary) -> Vec<Features> {
    let distinct = |d: &ClauseDraft| {
        let mut w = d.words.clone();
        w.sort_unstable();
        w.dedup();
        w.len()
    };
    // A sentence that names no day has one day for all its clauses, carried or led in.
    let fallback = if drafts.iter().any(|d| d.days != 0) { carried } else { f.days };
    let big: Vec<bool> = drafts.iter().map(|d| distinct(d) >= MIN_CLAUSE_WORDS).collect();
    if big.iter().filter(|&&b| b).count() < 2 {
        return Vec::new();
    }
    let mut merged: Vec<ClauseDraft> = Vec::new();
    // Short clauses before the first full one join it.
    let mut pending: Option<ClauseDraft> = None;
    for (d, is_big) in drafts.into_iter().zip(big) {
        if is_big {
            merged.push(d);
            if let (Some(t), Some(p)) = (merged.last_mut(), pending.take()) {
                t.absorb(p);
            }
        } else if let Some(t) = merged.last_mut() {
            t.absorb(d);
        } else {
            pending.get_or_insert_with(ClauseDraft::default).absorb(d);
        }
    }
    let within = |spans: &[Span], at: u32| spans.iter().any(|t| t.start <= at && at < t.end);
    merged
        .into_iter()
        .map(|d| {
            let mut words = d.words;
            words.sort_unstable();
            words.dedup();
            let own: Vec<u32> =
                f.figures.iter().copied().filter(|&x| figures.get(x as usize).is_some_and(|g| within(&d.spans, g.span.start))).collect();
            let mut units: Vec<u32> =
                own.iter().filter_map(|&x| figures.get(x as usize).and_then(|g| vocabulary.lookup(&format!("#{}", g.unit)))).collect();
            units.sort_unstable();
            units.dedup();
            let mut figure_keys: Vec<u32> =
                own.iter().filter_map(|&x| figures.get(x as usize).and_then(|g| vocabulary.lookup(&figure_key(g)))).collect();
            figure_keys.sort_unstable();
            figure_keys.dedup();
            Features {
                at: f.at,
                words,
                entities: f.entities.clone(),
                described: f.described.clone(),
                written: f.written.clone(),
                figures: own,
                units,
                figure_keys,
                numbers: f.numbers.iter().copied().filter(|&(_, at)| within(&d.spans, at)).collect(),
                // A clause is compared by its words and figures; the whole sentence by its bare numbers.
                number_keys: Vec::new(),
                spoken: f.spoken.clone(),
                dates: f.dates.clone(),
                years: f.years.clone(),
                places: f.places.clone(),
                setting: f.setting.clone(),
                days: if d.days != 0 { d.days } else { fallback },
                planned: d.planned,
                past: d.past,
                recalled: f.recalled,
                clauses: Vec::new(),
            }
        })
        .collect()
}

/// Features of every sentence of every document, in document then sentence order, and
/// the vocabulary their word ids point into.
pub(super) fn extract(
    docs: &[Document],
    entities: &EntityIndex,
    quotes: &[Quote],
    figures: &[Figure],
    dates: &[DateMention],
) -> (Vec<Features>, Vec<usize>, Vocabulary) {
    // Where each document's sentences start in the flat list.
    let mut offsets = Vec::with_capacity(docs.len() + 1);
    let mut all: Vec<Features> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        offsets.push(all.len());
        let mut passage_of = vec![0u32; doc.sentences.len()];
        for (pi, p) in doc.passages.iter().enumerate() {
            for k in p.first_sentence..p.first_sentence + p.sentence_count {
                if let Some(slot) = passage_of.get_mut(k as usize) {
                    *slot = pi as u32;
                }
            }
        }
        for (s, passage) in passage_of.into_iter().enumerate() {
            all.push(Features { at: SentenceRef { doc: d as u32, passage, sentence: s as u32 }, ..Features::default() });
        }
    }
    offsets.push(all.len());
    let index = |doc: u32, at: u32| -> Option<usize> {
        let d = docs.get(doc as usize)?;
        let s = sentence_at(d, at)?;
        let flat = offsets[doc as usize] + s;
        (flat < offsets[doc as usize + 1]).then_some(flat)
    };

    let mut vocabulary = Vocabulary::default();
    // Names and the titles given with them are kept apart from the words, so "Witkoff"
    // counts once, as an entity, and "Secretary of State" not at all: a title says who
    // someone is, not what happened.
    let mut name_spans: Vec<Vec<Span>> = vec![Vec::new(); all.len()];
    let mut role_words: Vec<Vec<String>> = vec![Vec::new(); all.len()];
    let gazetteer = crate::entities::gazetteer::gazetteer();
    // The previous place mention, and whether it set an event ("in Hallandale Beach,
    // Florida": the state follows the city).
    let mut previous_place: Option<(u32, Span, bool)> = None;
    for m in &entities.mentions {
        if let Some(i) = index(m.doc, m.span.start) {
            all[i].entities.push(m.entity);
            name_spans[i].push(m.span);
            let place = entities.entities.get(m.entity as usize).filter(|e| e.kind == EntityKind::Place);
            if let (Some(place), Some(doc)) = (place, docs.get(m.doc as usize)) {
                let previous = previous_place.filter(|p| p.0 == m.doc).map(|p| (p.1, p.2));
                let sets = sets_an_event(&doc.text, m.span, previous);
                if let Some(region) = gazetteer.venue_region(&place.name).filter(|_| sets) {
                    all[i].places.push(region);
                }
                previous_place = Some((m.doc, m.span, sets));
            }
            if let Some(role) = &m.role {
                role_words[i].extend(search::words(role).into_iter().map(|w| w.2));
            }
        }
    }
    // The folded words of each place's and organisation's name of two words or more, by
    // its first word: a sentence that writes them in a row without naming it writes it in
    // lowercase ("the Sabra river" / "the Sabra River", `Features::written`).
    let mut name_words: HashMap<String, Vec<(u32, Vec<String>)>> = HashMap::new();
    for (e, entity) in entities.entities.iter().enumerate() {
        let words: Vec<String> = search::words(&entity.name).into_iter().map(|w| w.2).collect();
        if entity.kind != EntityKind::Person && words.len() >= 2 && words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
            if let Some((first, rest)) = words.split_first() {
                name_words.entry(first.clone()).or_default().push((e as u32, rest.to_vec()));
            }
        }
    }
    // A definite description of a person ("the Russian leader") counts as naming them.
    for r in super::coref::resolve(docs, entities) {
        if let Some(i) = index(r.doc, r.at) {
            all[i].described.push(r.entity);
        }
    }
    for (fi, f) in figures.iter().enumerate() {
        if let Some(i) = index(f.doc, f.span.start) {
            all[i].figures.push(fi as u32);
            all[i].units.push(vocabulary.id(&format!("#{}", f.unit)));
            all[i].figure_keys.push(vocabulary.id(&figure_key(f)));
        }
    }
    // Where each sentence names a weekday, for the days of its clauses.
    let mut weekdays_at: Vec<Vec<(u32, u8)>> = vec![Vec::new(); all.len()];
    // The days written out ("Nov 4", "4 November"), not read from a weekday.
    let mut days_written: Vec<Vec<String>> = vec![Vec::new(); all.len()];
    for dm in dates {
        let Some(i) = index(dm.doc, dm.span.start) else { continue };
        let Some(doc) = docs.get(dm.doc as usize) else { continue };
        let Some(sentence) = doc.sentences.get(all[i].at.sentence as usize) else { continue };
        if day_of_saying(&doc.text, sentence.span, dm.span)
            || day_of_a_state(&doc.text, sentence.span, dm.span)
            || day_of_a_thing(&doc.text, sentence.span, dm.span)
        {
            continue;
        }
        if let Some(r) = &dm.resolved {
            all[i].dates.push(r.clone());
        }
        // By month and day: an article without a date of its own does not resolve the
        // year of "November 4", and two outlets' "4 November" in one story are one day.
        if dm.kind == "explicit" {
            if let Some((month, day)) = crate::dates::month_and_day(&dm.text) {
                days_written[i].push(format!("{month:02}-{day:02}"));
            }
        }
        // A month of a year written out ("since July 2025" / "became prime minister in
        // July 2025"), as a day is.
        if dm.kind == "month" && dm.text.split(' ').any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())) {
            days_written[i].extend(dm.resolved.clone());
        }
        if dm.kind == "weekday" {
            if let Some(w) = WEEKDAYS.iter().position(|d| dm.text.starts_with(d)) {
                all[i].days |= 1 << w;
                weekdays_at[i].push((dm.span.start, 1 << w));
            }
        }
    }
    // Quoted words, sentence by sentence: a quote may run over several sentences.
    let mut quoted_spans: Vec<Vec<Span>> = vec![Vec::new(); all.len()];
    for (qi, q) in quotes.iter().enumerate() {
        let Some(doc) = docs.get(q.doc as usize) else { continue };
        let Some(first) = index(q.doc, q.span.start) else { continue };
        let last = index(q.doc, q.span.end.saturating_sub(1)).unwrap_or(first);
        for i in first..=last.max(first) {
            let s = &doc.sentences[i - offsets[q.doc as usize]];
            let part = Span { start: s.span.start.max(q.span.start), end: s.span.end.min(q.span.end) };
            if part.is_empty() {
                continue;
            }
            quoted_spans[i].push(part);
            let spoken = all[i].spoken.get_or_insert_with(Spoken::default);
            spoken.quotes.push(qi as u32);
            if spoken.speaker.is_none() {
                spoken.speaker = q.speaker;
            }
            for (_, _, w) in search::words(part.slice(&doc.text)) {
                let id = vocabulary.id(&w);
                spoken.words.push(id);
                if is_content(&w) {
                    spoken.stems.push(vocabulary.id(&format!("~{}", stem(&w))));
                }
            }
            spoken.stems.sort_unstable();
            spoken.stems.dedup();
        }
    }

    // Each sentence's clauses as drafts: their words, tense and byte ranges (`clauses`).
    let mut drafts: Vec<Vec<ClauseDraft>> = vec![Vec::new(); all.len()];
    // Two words written apart, and every word written anywhere (`seen`), to find the
    // compounds one outlet writes as two words and another as one.
    let mut compounds: Vec<(usize, usize, String)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (i, f) in all.iter_mut().enumerate() {
        let Some(doc) = docs.get(f.at.doc as usize) else { continue };
        let Some(sentence) = doc.sentences.get(f.at.sentence as usize) else { continue };
        let base = sentence.span.start as usize;
        let text = doc.sentence_text(sentence);
        let in_figure = |at: usize| {
            f.figures.iter().any(|&x| figures.get(x as usize).is_some_and(|g| g.span.start as usize <= at && at < g.span.end as usize))
        };
        f.numbers = crate::figures::bare_numbers(text)
            .into_iter()
            .filter(|&(_, start, _)| !in_figure(base + start))
            .map(|(v, start, _)| (v, (base + start) as u32))
            .collect();
        f.years = years_named(text);
        let mut words = Vec::new();
        let tokens = search::words(text);
        for (k, (start, end, w)) in tokens.iter().enumerate() {
            // Not inside a name ("Georgian Highlands" in "Georgian Highlands Health Network").
            let (start, end) = (base + start, base + end);
            if name_spans[i].iter().any(|n| n.start as usize <= start && end <= n.end as usize) {
                continue;
            }
            for (e, rest) in name_words.get(w.as_str()).into_iter().flatten() {
                if rest.iter().enumerate().all(|(n, w)| tokens.get(k + 1 + n).is_some_and(|t| &t.2 == w)) {
                    f.written.push(*e);
                }
            }
        }
        let groups = clause_groups(text, &tokens);
        let mut clause: Vec<ClauseDraft> = Vec::new();
        for (k, (start, end, w)) in tokens.iter().enumerate() {
            let span = Span::new(base + start, base + end);
            let g = groups.get(k).copied().unwrap_or(0);
            if clause.len() <= g {
                clause.resize_with(g + 1, ClauseDraft::default);
            }
            let draft = &mut clause[g];
            draft.spans.push(span);
            draft.days |= weekdays_at[i].iter().filter(|(at, _)| span.start <= *at && *at < span.end).fold(0, |d, (_, bit)| d | bit);
            let in_name = name_spans[i].iter().any(|n| n.start <= span.start && span.end <= n.end);
            let next = tokens.get(k + 1).map(|t| t.2.as_str());
            if !in_name {
                seen.insert(w.clone());
            }
            // Two words another outlet writes as one ("dock workers" / "dockworkers",
            // "cease-fire" / "ceasefire"): looked up once every sentence is read.
            if let Some((next_start, _, n)) = tokens.get(k + 1) {
                let joined = matches!(text.get(*end..*next_start), Some(" " | "-"));
                let part = |x: &str| x.len() >= 3 && x.chars().all(char::is_alphabetic) && is_content(x);
                if joined && !in_name && part(w) && part(n) {
                    compounds.push((i, g, format!("{w}{n}")));
                }
            }
            if in_name {
                // Names ("Jared") are not verbs.
            } else if PLAN_WORDS.contains(&w.as_str())
                || PLAN_BEFORE_TO.contains(&w.as_str()) && next == Some("to")
                || w == "won" && next == Some("t")
            {
                f.planned = true;
                draft.planned = true;
            } else if is_past_perfect(&tokens, k) {
                f.recalled = true;
                f.past = true;
                draft.past = true;
            } else if is_past(w) && !is_reduced_passive(&tokens, k) && !is_attributive(&tokens, k) {
                f.past = true;
                draft.past = true;
            }
            let w = w.as_str();
            // "head to Moscow", "headed for talks": the title word is a verb of travel.
            let travel = HEAD_VERB.contains(&w) && next.is_some_and(|n| DIRECTIONS.contains(&n));
            if in_name || !is_content(w) || !travel && (role_words[i].iter().any(|r| r == w) || is_role_word(w)) {
                continue;
            }
            let id = vocabulary.id(&format!("~{}", stem(w)));
            words.push(id);
            draft.words.push(id);
        }
        drafts[i] = clause;
        words.sort_unstable();
        words.dedup();
        f.words = words;
        f.entities.sort_unstable();
        f.entities.dedup();
        // Whose words a quoted sentence carries ("We had a very productive session." of
        // Rubio's quote) is part of what it reports, though the sentence names nobody.
        f.described.extend(f.spoken.as_ref().and_then(|s| s.speaker));
        f.described.sort_unstable();
        f.described.dedup();
        let named = &f.entities;
        f.described.retain(|e| named.binary_search(e).is_err());
        f.written.sort_unstable();
        f.written.dedup();
        f.written.retain(|e| named.binary_search(e).is_err());
        f.units.sort_unstable();
        f.units.dedup();
        f.figure_keys.sort_unstable();
        f.figure_keys.dedup();
        f.dates.sort();
        f.dates.dedup();
        f.places.sort_unstable();
        f.places.dedup();
    }
    // A day both sentences write out is shared like a word ("due on Nov 4" / "scheduled
    // for 4 November"), as rare as it is in the corpus. A weekday is not: every sentence
    // about the story's day would share it.
    for (f, days) in all.iter_mut().zip(&days_written) {
        for day in days {
            let id = vocabulary.id(&format!("{DAY_PREFIX}{day}"));
            if let Err(at) = f.words.binary_search(&id) {
                f.words.insert(at, id);
            }
        }
    }
    // So is a year written out, the background's too ("born in Hallenstein in 1821",
    // "who has run the museum since 2019"), as rare as it is: the story's own year is in
    // many sentences and weighs little.
    for f in all.iter_mut() {
        let Some(doc) = docs.get(f.at.doc as usize) else { continue };
        let Some(sentence) = doc.sentences.get(f.at.sentence as usize) else { continue };
        for year in years_written(doc.sentence_text(sentence)) {
            let id = vocabulary.id(&format!("{YEAR_PREFIX}{year}"));
            if let Err(at) = f.words.binary_search(&id) {
                f.words.insert(at, id);
            }
        }
        // And a number in digits that is no figure's, from 10 up ("the real number … is
        // 171" / "holding 171 of its citizens"), or with decimals ("The USGS says 6.2"):
        // small whole numbers are in many sentences.
        for &(value, _) in &f.numbers {
            if value.fract() == 0.0 && (value < 10.0 || (1000.0..=2100.0).contains(&value)) {
                continue;
            }
            let id = vocabulary.id(&format!("{NUMBER_PREFIX}{value}"));
            if let Err(at) = f.number_keys.binary_search(&id) {
                f.number_keys.insert(at, id);
            }
        }
    }
    for (i, g, joined) in compounds {
        if !seen.contains(&joined) {
            continue;
        }
        if let Some(id) = vocabulary.lookup(&format!("~{}", stem(&joined))) {
            let f = &mut all[i];
            if let Err(at) = f.words.binary_search(&id) {
                f.words.insert(at, id);
            }
            if let Some(draft) = drafts[i].get_mut(g) {
                draft.words.push(id);
            }
        }
    }
    // A sentence that names no day is set on the day its passage last named for
    // something that happened (a plan's day — "will meet Putin on Tuesday" — is not the
    // day of what follows): "They described the five-hour meeting…" happened on the
    // Sunday the sentence before named. Days are not carried across passages: an
    // article moves between days from one paragraph to the next.
    // A statement whose main clause is in the present tense ("Zelensky is under
    // pressure at home, as his government reels from the scandal that pushed Yermak to
    // resign") is not set on any day, and takes none.
    let mut current = 0u8;
    let mut carried = vec![0u8; all.len()];
    for i in 0..all.len() {
        if i > 0 && (all[i - 1].at.doc, all[i - 1].at.passage) != (all[i].at.doc, all[i].at.passage) {
            current = 0;
        }
        let told = drafts[i].first().is_some_and(|d| d.past || d.planned);
        carried[i] = if told { current } else { 0 };
        if all[i].days == 0 {
            all[i].days = carried[i];
        } else if !all[i].planned {
            current = all[i].days;
        }
    }
    carry_lead_in(docs, &mut all, &offsets);
    // Where each article's headline sets its story ("Zelenskyy hails 'constructive'
    // Miami talks"): the setting of every sentence of the article that names none.
    let settings = headline_settings(docs, entities);
    for f in &mut all {
        f.setting = settings.get(f.at.doc as usize).cloned().unwrap_or_default();
    }
    for ((f, clause), carried) in all.iter_mut().zip(drafts).zip(carried) {
        f.clauses = clause_features(f, clause, carried, figures, &vocabulary);
    }
    // A question the article asks itself ("Who owns Stellmark?", "What is a golden
    // share?", an explainer's crosshead) reports no fact: it links to nothing. A question
    // someone asked is quoted, and is theirs. A crosshead ("Jobs fears", "'A hard
    // blow'") heads what follows; the paragraphs under it report the facts.
    for f in &mut all {
        let Some(doc) = docs.get(f.at.doc as usize) else { continue };
        let Some(sentence) = doc.sentences.get(f.at.sentence as usize) else { continue };
        let text = doc.sentence_text(sentence).trim();
        let heading = doc.passages.get(f.at.passage as usize).is_some_and(|p| p.kind == PassageKind::Heading);
        if heading || text.ends_with('?') && !text.contains(['"', '“', '”', '‘', '’']) {
            *f = Features { at: f.at, ..Features::default() };
        }
    }
    (all, offsets, vocabulary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_written_are_every_year_in_four_digits() {
        assert_eq!(years_written("Kreuzer, born in 1821 and dead in 1889, painted it in 1868."), vec![1821, 1889, 1868]);
        assert_eq!(years_written("She has run the museum since 2019; a 1714 portrait (c. 1714)."), vec![2019, 1714, 1714]);
        assert!(years_written("It cost 1,821 euros, or 21821 in all, at 0312 GMT and 1.821 times.").is_empty());
        assert!(years_written("On Nov. 29, 2025, and 29 November 2025, and in March 2026.").is_empty());
    }

    #[test]
    fn years_that_end_a_span_name_the_year_before() {
        assert_eq!(years_named("a ban on forced layoffs until 2033"), vec![2033, 2032]);
        assert_eq!(years_named("no layoffs through 2032, and before 2030 a fund"), vec![2032, 2030, 2029]);
        assert_eq!(years_named("the first strike since 1979, in 2027"), vec![2027]);
        // The background: what still holds since a year, and an earlier event named by
        // its year.
        assert!(years_named("Kučera, who has led his country's diplomacy since 2024, said so.").is_empty());
        assert!(years_named("a concession it had resisted since the Vâlcan dam was completed in 2025").is_empty());
        assert!(years_named("every prisoner taken in their 2026 border war").is_empty());
        assert_eq!(years_named("In 2013 the court ruled, and in 1962 the court awarded it"), vec![2013, 1962]);
        assert_eq!(years_named("A fire at the plant in 2019 injured two workers."), vec![2019]);
        // Not years: longer numbers, figures and codes.
        assert!(years_named("12,000 workers, 20300 tons, A2030 and 2030s, 9,000").is_empty());
    }

    #[test]
    fn stems_meet_across_word_forms() {
        assert_eq!(stem("negotiating"), stem("negotiators"));
        assert_eq!(stem("territory"), stem("territorial"));
        // Meetings, talks and negotiations are one kind of happening in news.
        assert_eq!(stem("talks"), "talk");
        assert_eq!(stem("meeting"), "talk");
        assert_eq!(stem("negotiations"), "talk");
        assert_eq!(stem("press"), "press");
        assert_eq!(stem("bus"), "bus");
        assert_eq!(stem("met"), stem("meeting"));
        assert_eq!(stem("flew"), stem("departs"));
        // British and American spellings, in any form.
        assert_eq!(stem("licences"), stem("licensed"));
        assert_eq!(stem("harbours"), stem("harbor"));
        assert_eq!(stem("criticised"), stem("criticizing"));
        // A final "e" and a doubled consonant belong to the ending.
        assert_eq!(stem("caused"), stem("cause"));
        assert_eq!(stem("causing"), stem("causes"));
        assert_eq!(stem("injured"), stem("injure"));
        assert_eq!(stem("stopped"), stem("stop"));
        assert_eq!(stem("planned"), stem("plans"));
        assert_eq!(stem("called"), stem("call"));
        assert_eq!(stem("making"), stem("make"));
        assert_ne!(stem("agreed"), stem("agent"));
        // British spelling's doubled "l", in every form; short words keep theirs.
        assert_eq!(stem("signalling"), stem("signal"));
        assert_eq!(stem("cancelled"), stem("cancels"));
        assert_eq!(stem("installed"), stem("install"));
        assert_eq!(stem("called"), "call");
        // A noun and the verb it names, with no ending between them.
        assert_eq!(stem("abstentions"), stem("abstaining"));
        assert_eq!(stem("applause"), stem("applauded"));
        assert_eq!(stem("refusal"), stem("refused"));
        assert_eq!(stem("spent"), stem("spending"));
        // Arriving somewhere is the end of the same trip.
        assert_eq!(stem("arrives"), stem("flew"));
        assert_eq!(stem("arrived"), stem("travelled"));
        assert_eq!(stem("arrival"), stem("departs"));
        // Who took part: "was represented by", "the delegation included".
        assert_eq!(stem("represented"), stem("included"));
        assert_eq!(stem("includes"), stem("including"));
        // Conflict and disaster words outlets use for one another, in any form.
        assert_eq!(stem("truce"), stem("ceasefires"));
        assert_eq!(stem("killed"), stem("died"));
        assert_eq!(stem("deaths"), stem("dead"));
        assert_eq!(stem("wounding"), stem("injured"));
        assert_eq!(stem("fled"), stem("displaced"));
        assert_eq!(stem("troops"), stem("soldier"));
        assert_eq!(stem("observers"), stem("monitors"));
        assert_eq!(stem("erupted"), stem("began"));
        assert_eq!(stem("blast"), stem("exploded"));
        assert_ne!(stem("killed"), stem("injured"));
        // What carries people on water, as outlets vary the word.
        assert_eq!(stem("vessels"), stem("boat"));
        assert_eq!(stem("ships"), stem("boats"));
        // A fire "under control" is "contained".
        assert_eq!(stem("control"), stem("contained"));
        // Who does a thing and the doing: "Rescuers pulled 146 people" / "146 were
        // rescued", "a data recorder" / "records its speed"; a short word keeps its "er".
        assert_eq!(stem("rescuers"), stem("rescued"));
        assert_eq!(stem("trawlers"), stem("trawling"));
        assert_eq!(stem("recorder"), stem("records"));
        assert_eq!(stem("delivery"), stem("delivered"));
        assert_eq!(stem("borders"), "border");
        assert_eq!(stem("water"), "water");
    }

    #[test]
    fn a_sentence_is_set_where_it_says_something_happened() {
        let f = features_of(
            "Rustem Umerov held talks in Geneva on Sunday. Rustem Umerov flew to Geneva on Sunday. \
             They ended the Miami talks. Washington presses Kyiv to accept the plan. \
             Rustem Umerov arrived at Shell Bay in Hallandale Beach, Florida, on Sunday. The war in Ukraine goes on.",
        );
        assert_eq!(f[0].places, vec!["CH"]);
        // Where someone goes, and a capital that stands for its government, set nothing.
        assert!(f[1].places.is_empty(), "{:?}", f[1].places);
        assert_eq!(f[2].places, vec!["US-FL"]);
        assert!(f[3].places.is_empty(), "{:?}", f[3].places);
        // The state after a city that sets the sentence sets it too.
        assert_eq!(f[4].places, vec!["US-FL"]);
        // A country is a party more often than a venue.
        assert!(f[5].places.is_empty(), "{:?}", f[5].places);
    }

    #[test]
    fn head_before_a_direction_is_travel_and_otherwise_a_title() {
        let f = features_of(
            "Top envoys will head to Moscow on Monday. Kushner and Witkoff will fly to Russia on Monday. \
             The head of military intelligence spoke. Rubio heads the State Department.",
        );
        let shared = |a: &Features, b: &Features| a.words.iter().filter(|w| b.words.contains(w)).count();
        // "head to" and "fly to" meet in the travel class (and on Monday).
        assert_eq!(shared(&f[0], &f[1]), 2);
        // A title is not a verb of travel: the head of an office, or heading one.
        assert_eq!(shared(&f[2], &f[1]), 0);
        assert_eq!(shared(&f[3], &f[1]), 0);
    }

    #[test]
    fn a_quoted_sentence_carries_its_speaker_as_described() {
        let f = features_of("\"We had a very productive session. We want peace,\" Marco Rubio said. The talks ended.");
        let speaker = f[1].entities.first().copied();
        assert!(speaker.is_some(), "{:?}", f[1]);
        // The first sentence names nobody, but it is Rubio's: evidence only against a
        // sentence that names him (`Features::described`).
        assert!(f[0].entities.is_empty());
        assert_eq!(f[0].described, speaker.into_iter().collect::<Vec<_>>());
        // A sentence that names the speaker does not describe him too.
        assert!(f[1].described.is_empty());
        assert!(f[2].described.is_empty());
    }

    /// The features of each sentence of one article.
    fn features_of(text: &str) -> Vec<Features> {
        let docs = crate::clean::parse_file("000_t.txt", text).documents;
        let entities = crate::entities::extract(&docs);
        let quotes = crate::quotes::extract(&docs, &entities);
        let figures = crate::figures::extract(&docs);
        let dates = crate::dates::extract(&docs);
        extract(&docs, &entities, &quotes, &figures, &dates).0
    }

    #[test]
    fn the_past_perfect_recalls_what_happened_before() {
        let f = features_of(
            "The mayor, who had already warned the council, resigned. The union had called the plan unsafe. \
             The firm had a plan. They had to leave. The agency said that power had been restored. \
             The minister, who has promised an inquiry, spoke. The minister has resigned.",
        );
        let recalled: Vec<bool> = f.iter().map(|f| f.recalled).collect();
        assert_eq!(recalled, vec![true, true, false, false, false, true, false]);
    }

    #[test]
    fn a_sentence_splits_into_clauses_and_an_interruption_is_one_of_them() {
        let f = features_of(
            "Vladimir Putin — who is expected to meet envoy Steve Witkoff in Moscow on Tuesday about prisoner exchanges — insists Russia won't stop until it controls the entire Donbas region. \
             Witkoff will fly to Moscow. \
             Trump said on Sunday that envoy Steve Witkoff will likely meet Vladimir Putin sometime next week after talks. \
             The Russian leader was ready for serious discussions to end the war but reiterated demands for the Donbas region (including areas Russia seized during the war).",
        );
        // The interruption between dashes is one clause; what follows it continues the
        // clause it interrupted.
        assert_eq!(f[0].clauses.len(), 2, "{:?}", f[0].clauses);
        let [outer, inner] = [&f[0].clauses[0], &f[0].clauses[1]];
        assert!(inner.planned && !outer.words.is_empty());
        let union = |c: &[Features]| -> Vec<u32> {
            let mut v: Vec<u32> = c.iter().flat_map(|x| x.words.iter().copied()).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        assert_eq!(union(&f[0].clauses), f[0].words);
        // Every clause carries the sentence's names.
        assert!(f[0].clauses.iter().all(|c| c.entities == f[0].entities));
        // A short sentence is one clause.
        assert!(f[1].clauses.is_empty());
        // Words are counted once: "talks talks talks" is one word.
        let repeated = features_of("Steve Witkoff held talks, talks and talks, but Vladimir Putin rejected every proposal outright.");
        assert!(repeated[0].clauses.is_empty(), "{:?}", repeated[0].clauses);
        // "said … that": the attribution is too short to stand alone.
        assert!(f[2].clauses.is_empty());
        // "but" opens a clause; the parenthesis is one of its own, with its own tense.
        assert_eq!(f[3].clauses.len(), 3, "{:?}", f[3].clauses);
        assert!(f[3].clauses[2].past && !f[3].clauses[0].past);
        // A verb of saying in the past is a statement, not a deed.
        assert!(!f[3].clauses[1].past);
    }

    /// A list of acts by one subject is a clause per act in the past ("declared …, set
    /// aside … and named …": "set" may be a present, so two clauses); two figures of one
    /// act ("killed 13 and injured 27") stay one clause, too short to stand alone.
    #[test]
    fn a_list_of_acts_is_a_clause_per_act() {
        let f = features_of(
            "The government declared a thirty-day state of emergency in the region, set aside fifty million euros for emergency aid and named Monday a national day of mourning. \
             The blast killed 13 and injured 27.",
        );
        assert_eq!(f[0].clauses.len(), 2, "{:?}", f[0].clauses);
        assert_eq!((f[0].clauses[1].words.len(), f[0].clauses[1].past), (4, true), "{:?}", f[0].clauses[1]);
        assert!(f[1].clauses.is_empty(), "{:?}", f[1].clauses);
    }

    proptest::proptest! {
        #[test]
        fn clauses_never_panic_and_cover_their_sentence(text in "([A-Za-z ,;:()\u{2014}\u{2013}'.-]|\\PC){0,200}") {
            for f in features_of(&text) {
                proptest::prop_assert_ne!(f.clauses.len(), 1);
                for c in &f.clauses {
                    proptest::prop_assert!(c.words.len() >= MIN_CLAUSE_WORDS);
                    proptest::prop_assert!(c.words.iter().all(|w| f.words.binary_search(w).is_ok()));
                    proptest::prop_assert!(c.figures.iter().all(|x| f.figures.contains(x)));
                }
            }
        }
    }

    #[test]
    fn a_verb_in_eed_is_past_only_for_the_verbs_in_ee() {
        assert!(is_past("agreed") && is_past("guaranteed") && is_past("freed"));
        assert!(!is_past("speed") && !is_past("proceed") && !is_past("exceed"));
    }

    #[test]
    fn plans_and_past_events_are_told_apart() {
        let f = features_of(
            "Witkoff plans to depart for Moscow on Monday. The talks followed a meeting in Moscow. \
             Kushner and Witkoff are set to return. Russia won't stop. Jared Kushner is in Miami. \
             The team, now led by Umerov, will meet Witkoff. The delegation was led by Umerov.",
        );
        let tense: Vec<(bool, bool)> = f.iter().map(|x| (x.planned, x.past)).collect();
        // "now led by" describes the team; "was led by" tells what happened.
        assert_eq!(tense, vec![(true, false), (false, true), (true, false), (true, false), (false, false), (true, false), (false, true)]);
        // Plan words say when, not what: they are not content.
        assert!(!is_content("expected") && !is_content("will"));
    }

    #[test]
    fn a_plans_day_does_not_carry_to_the_next_sentence() {
        let f = features_of("They met on Sunday. Witkoff will meet Putin on Tuesday. The meeting lasted five hours.");
        assert_ne!(f[0].days, 0);
        assert_eq!(f[2].days, f[0].days);
    }

    #[test]
    fn the_day_something_was_said_is_not_the_day_of_what_was_said() {
        let f = features_of(
            "Trump said on Sunday that Witkoff will likely meet Putin next week. \
             Rubio told reporters Sunday that the talks went well. \
             Negotiators said Sunday's meeting was productive. \
             Witkoff met Putin on Tuesday.",
        );
        let days: Vec<u8> = f.iter().map(|x| x.days).collect();
        assert_eq!(days[0], 0, "{days:?}");
        assert_eq!(days[1], 0, "{days:?}");
        // The possessive dates the meeting, and a deed's own day is its day.
        assert_eq!(days[2], 1, "{days:?}");
        assert_eq!(days[3], 1 << 2, "{days:?}");
    }

    #[test]
    fn a_period_or_a_state_is_not_dated_by_its_day() {
        let f = features_of(
            "Crews responded to more than 7,100 incidents since Friday. \
             His wife was still missing on Monday. \
             About 85,000 were still without power on Monday morning. \
             At least 40 people have been killed since the fighting began on Tuesday. \
             The bridge collapsed early on Saturday.",
        );
        let days: Vec<u8> = f.iter().map(|x| x.days).collect();
        assert_eq!(&days[..4], &[0, 0, 0, 0], "{days:?}");
        assert_eq!(days[4], 1 << 6, "{days:?}");
    }

    #[test]
    fn each_clause_is_set_on_its_own_day() {
        let f = features_of(
            "The delegation met envoys in Florida on Sunday. \
             The Ukrainian contingent arrived in Miami on Saturday ahead of the meeting, which took place at the exclusive Shell Bay golf club. \
             Zelensky is under increased political pressure at home, as his government reels from the corruption scandal that pushed Yermak to resign.",
        );
        let sunday = 1u8;
        let saturday = 1u8 << 6;
        assert_eq!(f[1].days, saturday);
        assert_eq!(f[1].clauses.len(), 2, "{:?}", f[1].clauses);
        // The arrival is Saturday's; the meeting's clause names no day and keeps the
        // day the passage was on.
        assert_eq!(f[1].clauses[0].days, saturday);
        assert_eq!(f[1].clauses[1].days, sunday);
        // A statement in the present tense takes no day from the sentences before it
        // ("increased" describes the pressure, it is not a deed).
        assert_eq!(f[2].days, 0);
        assert!(f[2].clauses.iter().all(|c| c.days == 0), "{:?}", f[2].clauses);
    }

    #[test]
    fn a_list_takes_the_day_of_its_lead_in() {
        let f = features_of(
            "Key developments on Nov. 29, 2025:\n\n- Russia launches 596 drones at Ukraine\n- Umerov's delegation arrives in Miami\n\n\
             The talks are expected soon. Officials said more work remains.",
        );
        assert_eq!(f[0].dates, vec!["2025-11-29".to_string()]);
        assert_eq!(f[1].dates, f[0].dates);
        assert_eq!(f[2].dates, f[0].dates);
        // The paragraph after the list is not part of it.
        assert!(f[3].dates.is_empty(), "{:?}", f[3].dates);
    }

    #[test]
    fn a_date_a_noun_names_is_not_the_sentences() {
        let thing = |sentence: &str, date: &str| {
            let at = sentence.find(date).expect("date in sentence");
            day_of_a_thing(sentence, Span::new(0, sentence.len()), Span::new(at, at + date.len()))
        };
        assert!(thing("They agreed to release all the prisoners they hold from a border conflict last year.", "last year"));
        assert!(thing("They will free all prisoners from the fighting last year.", "last year"));
        // The day of the deed, of the clause's own verb, or after a preposition of its own.
        assert!(!thing("Two soldiers were killed in an attack last year.", "last year"));
        assert!(!thing("Members vote on the deal in a ballot that closes Sunday.", "Sunday"));
        assert!(!thing("People were evacuated from homes within 1.5km of the site on Friday night.", "Friday"));
        assert!(!thing("The talks ended last year.", "last year"));
    }

    #[test]
    fn function_words_numbers_and_attribution_are_not_content() {
        for w in ["the", "said", "five", "19", "s", "according", "side", "delegation", "teams"] {
            assert!(!is_content(w), "{w}");
        }
        for w in ["golf", "sunday", "productive", "forever"] {
            assert!(is_content(w), "{w}");
        }
    }
}
