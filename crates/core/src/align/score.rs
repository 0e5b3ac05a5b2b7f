//! How much two sentences look like the same fact, and why: rare words and names they
//! share (weighed by how rare they are in the corpus), figures that agree or differ as
//! ranges, the same utterance quoted, and the days they refer to.
//!
//! This module must never decide which links are kept (that is `align`), nor look at any
//! text other than the two sentences' features.

use std::collections::HashSet;

use super::features::{figure_key, is_content, stem, Features, Spoken, Vocabulary, WEEKDAYS};
use super::rules::LIGHT_VERBS;
use super::{AlignConfig, Relation};
use crate::figures::Figure;

/// Inverse document frequencies over sentences, for words and for entities.
pub(super) struct Weights {
    pub words: Vec<f32>,
    pub entities: Vec<f32>,
    /// The number of sentences each word is in, and of all sentences.
    pub counts: Vec<u32>,
    pub sentences: usize,
    /// Words that weigh like any word but are not an item of evidence on their own
    /// (`is_item`): demonyms ("Ukrainian", "Russian") say which party, as names of
    /// countries do; light verbs ("wants", "make") leave what is wanted or made to
    /// their object; weekdays ("Sunday") and months are compared as days (`Features::days`), and in
    /// a story about one Sunday's talks every sentence shares one.
    pub weak: Vec<bool>,
}

impl Weights {
    pub fn new(features: &[Features], vocabulary: &Vocabulary, entity_count: usize, config: &AlignConfig) -> Self {
        let mut word_df = vec![0u32; vocabulary.words.len()];
        let mut entity_df = vec![0u32; entity_count];
        for f in features {
            for &w in f.words.iter().chain(&f.units).chain(&f.figure_keys).chain(&f.number_keys) {
                word_df[w as usize] += 1;
            }
            for &e in &f.entities {
                if let Some(n) = entity_df.get_mut(e as usize) {
                    *n += 1;
                }
            }
        }
        let n = features.len().max(1) as f32;
        let idf = |df: u32| (n / df.max(1) as f32).ln().max(0.0).powf(config.idf_power);
        // Words that are not an item of evidence on their own (`is_item`).
        let stems = |words: &[&str]| -> Vec<String> { words.iter().map(|d| format!("~{}", stem(&d.to_lowercase()))).collect() };
        // Months and their short forms: a day written out is compared as a day
        // (`features::DAY_PREFIX`), and a month shared alone is no fact ("on Nov 28" /
        // "by Nov 3").
        let months: Vec<&str> = crate::dates::MONTHS_FULL.iter().chain(&crate::date::MONTH_SHORT).chain(&["Sept"]).copied().collect();
        let weak: HashSet<String> = stems(crate::entities::gazetteer::DEMONYMS)
            .into_iter()
            .chain(stems(LIGHT_VERBS))
            .chain(stems(WEEKDAYS))
            .chain(stems(&months))
            .collect();
        Weights {
            weak: vocabulary.words.iter().map(|w| weak.contains(w)).collect(),
            words: word_df.iter().map(|&df| idf(df)).collect(),
            entities: entity_df.into_iter().map(idf).collect(),
            counts: word_df,
            sentences: features.len(),
        }
    }

    pub fn word(&self, w: u32) -> f32 {
        self.words.get(w as usize).copied().unwrap_or(0.0)
    }

    /// Whether a word is the topic of the corpus rather than evidence of one fact: in
    /// more than `topic_share` of all sentences, and in more than `topic_min` of them
    /// (over a handful of sentences, every shared word is in a fifth of them).
    pub fn is_topic(&self, w: u32, config: &AlignConfig) -> bool {
        let df = self.counts.get(w as usize).copied().unwrap_or(0) as f32;
        df > config.topic_share * self.sentences as f32 && df > config.topic_min as f32
    }

    /// Whether a shared word counts as an item of evidence (`AlignConfig::min_shared`):
    /// not the story's topic, not a weak word (`Weights::weak`).
    pub fn is_item(&self, w: u32, config: &AlignConfig) -> bool {
        !self.is_topic(w, config) && !self.weak.get(w as usize).copied().unwrap_or(false)
    }

    pub fn entity(&self, e: u32) -> f32 {
        self.entities.get(e as usize).copied().unwrap_or(0.0)
    }

    /// The total weight of a sentence's words and names.
    pub fn mass(&self, f: &Features, config: &AlignConfig) -> f32 {
        f.words.iter().map(|&w| self.word(w)).sum::<f32>()
            + f.entities.iter().map(|&e| self.entity(e) * config.entity_weight).sum::<f32>()
            + f.units.iter().map(|&u| self.word(u) * config.figure_weight).sum::<f32>()
    }
}

/// The evidence for one candidate pair.
#[derive(Clone, Debug, Default)]
pub(super) struct Evidence {
    pub score: f32,
    pub relation: Option<Relation>,
    pub shared_words: Vec<u32>,
    /// Numbers in digits that are no figure's, both sentences give (`Features::number_keys`).
    pub shared_numbers: Vec<u32>,
    pub shared_entities: Vec<u32>,
    /// A compatible pair of figures (indices into the figure list).
    pub same_figure: Option<(u32, u32)>,
    /// Figures of one unit that cannot both be true.
    pub differing_figure: Option<(u32, u32)>,
    /// Whether some differing figures are near enough to be one figure that two outlets
    /// give differently (`AlignConfig::near_figures`): only those are evidence.
    pub near_difference: bool,
    /// The quoted words both sentences carry, and the speaker when both name the same one.
    pub quote_overlap: f32,
    pub quote_identical: bool,
    pub speaker: Option<u32>,
    /// One sentence plans what the other reports done, with two or more of the same
    /// names, on a day both name: the score before the tense penalty (0 otherwise).
    pub planned_then_done: f32,
    /// The two sentences are set on different days: what each says, as written for
    /// the reader ("Saturday" / "Sunday", "2025-11-29" / "2025-11-30").
    pub days_differ: Option<(String, String)>,
    /// The two sentences give scores of a match or a vote and share none ("8-8" /
    /// "10-8"): two points of it, as written.
    pub scores_differ: Option<(String, String)>,
    /// `same_figure` is a figure of one sentence whose number the other writes without
    /// a unit: whether that figure is sentence `a`'s, and the number.
    pub same_number: Option<(bool, f64)>,
    /// The very same figure given to three digits or more in both ("67.3%" / "67.3 per
    /// cent"): one fact's, an item of evidence on its own and a second one with it.
    pub precise_same: bool,
    /// Every word and name of the shorter sentence is in the other, two words at least
    /// ("The museum has not commented." / "The museum has not commented on those
    /// reports."): an item of evidence besides the words.
    pub contained: bool,
    /// How many distinct figures both give to the same value ("31 of the 90 seats" /
    /// "31 of the National Assembly's 90 seats": two), each an item of evidence.
    pub same_values: usize,
}

/// How far apart two figures of one unit may be and still be one figure when one is an
/// open range ("more than four hours" / "five-hour": 1.25; "more than 300 surgeries" /
/// "more than 950 surgeries", a count that grew: 3.2).
const OPEN_RANGE_REACH: f64 = 10.0;

/// How far past its bound an open range holds an exact figure of its unit ("More than 40
/// people have died" / "41 people"; not the "212 people" of an earlier disaster).
const EXACT_IN_RANGE_REACH: f64 = 2.0;

/// How far past its bound an open range holds a number another sentence gives without a
/// unit ("More than 40 people were hurt" / "43 are injured"). With less to say the two
/// count one thing, the reach is short: "at least 43 people" killed does not hold the
/// "300" hurt.
const BARE_RANGE_REACH: f64 = 1.5;

/// How much more the very same figure weighs when it is given to three digits or more.
const PRECISE_FACTOR: f32 = 2.0;

fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// The longest run of words two quotes share, in order.
fn longest_common_run(a: &[u32], b: &[u32]) -> usize {
    let mut best = 0;
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut prev = 0;
        for (j, y) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = if x == y { prev + 1 } else { 0 };
            best = best.max(row[j + 1]);
            prev = here;
        }
    }
    best
}

/// How much of the shorter quote's content the other quote carries (0 to 1), and
/// whether the two quotes are the same words.
fn quote_overlap(a: &Spoken, b: &Spoken, vocabulary: &Vocabulary) -> (f32, bool) {
    let content = |s: &Spoken| {
        let mut v: Vec<u32> =
            s.words.iter().copied().filter(|&w| vocabulary.words.get(w as usize).is_some_and(|t| is_content(t))).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (ca, cb) = (content(a), content(b));
    let shorter = ca.len().min(cb.len());
    if shorter == 0 {
        return (0.0, false);
    }
    let shared = intersect(&ca, &cb).len();
    let run = longest_common_run(&a.words, &b.words);
    // A run of four words ("more work to be done") is the same utterance however short.
    let by_run = if run >= 4 { 1.0 } else { 0.0 };
    // One shared word ("to the last Ukrainian" / "Ukrainian troops") is not an utterance.
    let by_words = if shared >= 2 { shared as f32 / shorter as f32 } else { 0.0 };
    let overlap = by_words.max(by_run);
    (overlap, a.words == b.words)
}

/// What scoring reads besides the two sentences.
pub(super) struct Scorer<'a> {
    pub weights: &'a Weights,
    pub figures: &'a [Figure],
    pub vocabulary: &'a Vocabulary,
    pub config: &'a AlignConfig,
    /// Each figure's own word (`features::figure_key`), looked up once, not per pair.
    figure_keys: Vec<Option<u32>>,
    /// Whether each figure is an outlet's conversion of the sum before it
    /// (`figures::conversions`): across currencies it meets only another conversion.
    conversion: Vec<bool>,
}

impl<'a> Scorer<'a> {
    pub fn new(weights: &'a Weights, figures: &'a [Figure], vocabulary: &'a Vocabulary, config: &'a AlignConfig) -> Self {
        let figure_keys = figures.iter().map(|f| vocabulary.lookup(&figure_key(f))).collect();
        let conversion = crate::figures::conversions(figures);
        Scorer { weights, figures, vocabulary, config, figure_keys, conversion }
    }
}

impl Scorer<'_> {
    /// Scores a pair of sentences from two different documents; `masses` are their
    /// total weights (`Weights::mass`).
    pub fn score(&self, a: &Features, b: &Features, masses: (f32, f32)) -> Evidence {
        let (weights, config) = (self.weights, self.config);
        // A person one sentence names and the other describes ("Putin" / "the Russian
        // leader") is shared; the description weighs only then, on its own side.
        let mut shared_entities = if a.described.is_empty() && b.described.is_empty() {
            intersect(&a.entities, &b.entities)
        } else {
            let with_described = |f: &Features| -> Vec<u32> {
                let mut v: Vec<u32> = f.entities.iter().chain(&f.described).copied().collect();
                v.sort_unstable();
                v
            };
            intersect(&with_described(a), &with_described(b))
        };
        // A name one sentence writes in lowercase ("the Sabra river") and the other names.
        if !a.written.is_empty() || !b.written.is_empty() {
            shared_entities.extend(intersect(&a.written, &b.entities));
            shared_entities.extend(intersect(&b.written, &a.entities));
            shared_entities.sort_unstable();
            shared_entities.dedup();
        }
        let mut ev = Evidence { shared_words: intersect(&a.words, &b.words), shared_entities, ..Evidence::default() };
        ev.shared_numbers = intersect(&a.number_keys, &b.number_keys);
        let shorter = if a.words.len() <= b.words.len() { a } else { b };
        ev.contained = shorter.words.len() >= 2
            && ev.shared_words.len() == shorter.words.len()
            && shorter.entities.iter().all(|e| ev.shared_entities.contains(e));
        let described_weight = |f: &Features| -> f32 {
            intersect(&f.described, &ev.shared_entities)
                .iter()
                .chain(&intersect(&f.written, &ev.shared_entities))
                .map(|&e| weights.entity(e) * config.entity_weight)
                .sum()
        };
        let masses = (masses.0 + described_weight(a), masses.1 + described_weight(b));
        let shared: f32 = ev.shared_words.iter().chain(&ev.shared_numbers).map(|&w| weights.word(w)).sum::<f32>()
            + ev.shared_entities.iter().map(|&e| weights.entity(e) * config.entity_weight).sum::<f32>();

        // Days: resolved dates when both sentences have them, else the weekdays named in
        // (or just before) the two sentences.
        let resolved = !a.dates.is_empty() && !b.dates.is_empty();
        let dates_differ = resolved && !a.dates.iter().any(|d| b.dates.iter().any(|e| days_overlap(d, e)));
        // Years: those a sentence names and those of its dates ("a fire at the plant in
        // 2019" is not the blast of a Sunday in 2026).
        let years = |f: &Features| -> Vec<u16> {
            let mut v: Vec<u16> = f.years.iter().copied().chain(f.dates.iter().filter_map(|d| d.get(..4)?.parse().ok())).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let (years_a, years_b) = (years(a), years(b));
        let years_differ = !years_a.is_empty() && !years_b.is_empty() && !years_a.iter().any(|y| years_b.contains(y));
        // A date on one side and only a weekday on the other: the date's weekday
        // ("a ballot that closed on March 29", a Monday, is not one that "closes Sunday").
        let weekday_differs = |dated: &Features, other: &Features| {
            other.dates.is_empty() && other.days != 0 && {
                let weekdays: Vec<u8> = dated.dates.iter().filter_map(|d| day_of_week(d)).collect();
                !weekdays.is_empty() && weekdays.iter().all(|w| other.days & (1 << w) == 0)
            }
        };
        // Scores: two sentences that give the score of a match (or a vote) and share none
        // of them tell two points of it ("at 8-8" / "at 10-8"), as two days would.
        let scores_differ = self.scores(a).next().is_some()
            && self.scores(b).next().is_some()
            && !self.scores(a).any(|x| self.scores(b).any(|y| x.value == y.value));
        let moments_differ = dates_differ
            || years_differ
            || !resolved && a.days != 0 && b.days != 0 && a.days & b.days == 0
            || weekday_differs(a, b)
            || weekday_differs(b, a);
        let days_differ = moments_differ || scores_differ;

        // Figures of one unit: agreeing ranges weigh like a shared word as rare as their
        // unit; differing ones half as much, and they mark the link. The same figure on
        // another day belongs to another event (a five-hour meeting on Sunday is not
        // the five-hour meeting on Tuesday), so it counts for nothing.
        let mut figure_units: Vec<(u32, bool)> = Vec::new();
        let mut exact: Vec<(u32, f32)> = Vec::new();
        let mut same_keys: Vec<u32> = Vec::new();
        let mut nearest = f64::INFINITY;
        for &fa in a.figures.iter().filter(|_| !days_differ) {
            for &fb in &b.figures {
                let (Some(x), Some(y)) = (self.figures.get(fa as usize), self.figures.get(fb as usize)) else { continue };
                if !crate::figures::same_unit(&x.unit, &y.unit) {
                    // A sum and its conversion ("$845M" / "€720m") are one figure (an
                    // outlet's conversion in parentheses meets another's conversion, not a
                    // sum as told), as are "480,000 people" and "480,000 residents".
                    let converts = |f: u32| self.conversion.get(f as usize).copied().unwrap_or(false);
                    if x.converted(y) && converts(fa) == converts(fb) || x.same_count(y) {
                        ev.same_figure.get_or_insert((fa, fb));
                        let unit = self.vocabulary.lookup(&format!("#{}", x.unit));
                        if !figure_units.iter().any(|(u, _)| Some(*u) == unit) {
                            figure_units.extend(unit.map(|u| (u, true)));
                        }
                    }
                    continue;
                }
                let unit = self.vocabulary.lookup(&format!("#{}", x.unit));
                // An open range holds figures of any size ("at least two more people" /
                // "about 110,000 people"), but one figure given two ways is of one size.
                let (lo, hi) = (x.value.abs().min(y.value.abs()), x.value.abs().max(y.value.abs()));
                let exact_in_open = x.is_exact() && y.is_open() || y.is_exact() && x.is_open();
                let reach = if exact_in_open { EXACT_IN_RANGE_REACH } else { OPEN_RANGE_REACH };
                let one_size = hi <= lo * reach || crate::figures::never_differs(&x.unit);
                if x.compatible(y) && one_size {
                    // The very figure in both ("a 12-point plan") weighs as rare as it is.
                    if x.value == y.value {
                        if let (Some(u), Some(&Some(k))) = (unit, self.figure_keys.get(fa as usize)) {
                            // A figure given to three digits or more ("£2.85m", "146
                            // vessels"), or a sum to two ("$4.5M", "€450m"), is one
                            // fact's, not a round number many share; a share in words ("a
                            // third", 33.3%) is a round one.
                            let digits = crate::figures::significant_digits(x.value);
                            let precise = (digits >= 3 || digits >= 2 && crate::figures::is_money(&x.unit))
                                && x.text.contains(|c: char| c.is_ascii_digit());
                            ev.precise_same |= precise;
                            exact.push((u, weights.word(k) * if precise { PRECISE_FACTOR } else { 1.0 }));
                            if !same_keys.contains(&k) {
                                same_keys.push(k);
                            }
                        }
                    }
                    ev.same_figure.get_or_insert((fa, fb));
                    figure_units.retain(|(u, _)| Some(*u) != unit);
                    figure_units.extend(unit.map(|u| (u, true)));
                } else if !crate::figures::never_differs(&x.unit) {
                    // Two clock times are two moments, two ages two people, not one
                    // figure told two ways: only an agreeing one is evidence.
                    ev.differing_figure.get_or_insert((fa, fb));
                    // "€2.4 million" / "€2.46 million", "19 points" / "20 points" are one
                    // figure given two ways; "a €1.5 million fine" / "€3.1 million in
                    // damages", "a five-year sentence" / "a two-year sentence" are two
                    // figures, and share nothing but their unit.
                    let (lo, hi) = (x.value.abs().min(y.value.abs()), x.value.abs().max(y.value.abs()));
                    if hi <= lo * config.near_figures {
                        // The link names the nearest pair ("69.8%" / "67.3%" turnout, not
                        // "34.1%" of the vote / "67.3%").
                        let ratio = if lo > 0.0 { hi / lo } else { f64::INFINITY };
                        if !ev.near_difference || ratio < nearest {
                            ev.differing_figure = Some((fa, fb));
                            nearest = ratio;
                        }
                        ev.near_difference = true;
                        if !figure_units.iter().any(|(u, _)| Some(*u) == unit) {
                            figure_units.extend(unit.map(|u| (u, false)));
                        }
                    }
                }
            }
        }
        // A figure the other sentence writes without its unit ("Twenty-seven people were
        // injured" / "killed 13 people and injured 27") is the same figure there, and
        // not a difference with another of its figures.
        if !days_differ {
            // Only a count of people, or where the other sentence counts the same thing
            // somewhere ("13 people" beside "injured 27"): "Police said 19 were still
            // being treated" counts the "Nineteen people" in hospital, but "Of the dead, 31
            // were in Cambodia" does not count the "31 Cambodian soldiers" held prisoner.
            let counts_it = |x: &Figure, other: &Features| {
                // "others" counts what the sentence counted before ("killing 43 and
                // injuring more than 300 others"), most often people.
                if ["people", "person", "other"].contains(&x.unit.as_str()) {
                    return true;
                }
                let unit = self.vocabulary.lookup(&format!("#{}", x.unit));
                let word = self.vocabulary.lookup(&format!("~{}", stem(&x.unit.to_lowercase())));
                unit.is_some_and(|u| other.units.contains(&u)) || word.is_some_and(|w| other.words.contains(&w))
            };
            // The number itself, or one the figure's range holds: an open range near its
            // bound ("More than 40 people were hurt" / "43 are injured"), a narrow closed
            // one anywhere inside ("Nearly 150 people were rescued" / "146 were rescued";
            // not "dozens of navy divers", which would hold any number from 24 to 99).
            let holds = |x: &Figure, v: f64| {
                let (lo, hi) = (v.abs().min(x.value.abs()), v.abs().max(x.value.abs()));
                let narrow = matches!((x.low, x.high), (Some(l), Some(h)) if h.abs() <= l.abs() * BARE_RANGE_REACH);
                v == x.value || x.holds(v) && (narrow || x.is_open() && hi <= lo * BARE_RANGE_REACH)
            };
            let bare = |x: &Figure, other: &Features| -> Option<f64> {
                let v = other.numbers.iter().map(|&(v, _)| v).find(|&v| holds(x, v))?;
                (!crate::figures::never_differs(&x.unit) && counts_it(x, other)).then_some(v)
            };
            for (mine_is_a, mine, other) in [(true, a, b), (false, b, a)] {
                for &fx in &mine.figures {
                    let Some(x) = self.figures.get(fx as usize) else { continue };
                    let Some(unit) = self.vocabulary.lookup(&format!("#{}", x.unit)) else { continue };
                    let Some(given) = bare(x, other) else { continue };
                    if !figure_units.contains(&(unit, true)) {
                        figure_units.retain(|(u, _)| *u != unit);
                        figure_units.push((unit, true));
                        if ev.same_figure.is_none() {
                            ev.same_figure = Some((fx, fx));
                            ev.same_number = Some((mine_is_a, given));
                        }
                        // Differing figures share a unit: the pair of this unit goes.
                        if ev
                            .differing_figure
                            .is_some_and(|(p, _)| self.figures.get(p as usize).is_some_and(|f| crate::figures::same_unit(&f.unit, &x.unit)))
                        {
                            ev.differing_figure = None;
                        }
                    }
                }
            }
        }
        // A tally ("The motion passed 78–69") is the two counts another sentence gives
        // apart ("backed by 78 lawmakers, with 69 voting against"): the same figure.
        if !days_differ && ev.same_figure.is_none() {
            let counts = |f: &Features| -> Vec<(f64, u32)> {
                let told = f.figures.iter().filter_map(|&k| self.figures.get(k as usize).map(|y| (y, k)));
                told.filter(|(y, _)| !crate::figures::never_differs(&y.unit)).map(|(y, k)| (y.value, k)).collect()
            };
            for (mine_is_a, mine, other) in [(true, a, b), (false, b, a)] {
                let tallies: Vec<(u32, &Figure)> = mine
                    .figures
                    .iter()
                    .filter_map(|&k| self.figures.get(k as usize).filter(|x| x.unit == crate::figures::SCORE).map(|x| (k, x)))
                    .collect();
                if tallies.is_empty() {
                    continue;
                }
                let theirs = counts(other);
                for (k, x) in tallies {
                    let (high, low) = ((x.value / 1000.0).floor(), x.value % 1000.0);
                    let given = |v: f64| {
                        theirs.iter().find(|t| t.0 == v).map(|t| t.1).or_else(|| other.numbers.iter().any(|n| n.0 == v).then_some(k))
                    };
                    if let (Some(h), Some(_), true) = (given(high), given(low), high != low) {
                        ev.same_figure = Some(if mine_is_a { (k, h) } else { (h, k) });
                        figure_units.extend(self.vocabulary.lookup(&format!("#{}", x.unit)).map(|u| (u, true)));
                    }
                }
            }
        }
        // Two figures that differ, each said of someone the other sentence does not name
        // ("Vantorra already holds a 4.9% stake" / "Vennhof Capital … with a 9.8 per
        // cent stake"), are two holders' figures, not one figure told two ways.
        if ev.shared_entities.is_empty() && !a.entities.is_empty() && !b.entities.is_empty() {
            figure_units.retain(|&(_, same)| same);
            ev.near_difference = false;
        }
        ev.same_values = same_keys.len();
        let unit_weight = |u: u32, same: bool| {
            let rarest = exact.iter().filter(|(x, _)| same && *x == u).map(|(_, w)| *w).fold(weights.word(u), f32::max);
            rarest * config.figure_weight * if same { 1.0 } else { 0.5 }
        };
        let figure_weight: f32 = figure_units.iter().map(|&(u, same)| unit_weight(u, same)).sum();
        // The masses are smoothed so that two short sentences sharing one common name do
        // not look as alike as two long ones sharing a whole description.
        // The shorter sentence weighs more in the norm than in a plain cosine, so a short
        // sentence whose fact is one clause of a long one still matches it.
        let (small, large) = (masses.0.min(masses.1) + config.smoothing, masses.0.max(masses.1) + config.smoothing);
        let norm = small.powf(config.short_side) * large.powf(1.0 - config.short_side);
        let mut score = if norm > 0.0 { (shared + figure_weight) / norm } else { 0.0 };

        // Quotes: the same words quoted by the same speaker (or one the text leaves
        // unnamed). Two people's words are not one utterance, however alike.
        if let (Some(sa), Some(sb)) = (&a.spoken, &b.spoken) {
            let speakers_differ = matches!((sa.speaker, sb.speaker), (Some(x), Some(y)) if x != y);
            let same_speaker = matches!((sa.speaker, sb.speaker), (Some(x), Some(y)) if x == y);
            if speakers_differ {
                score *= config.speaker_conflict_factor;
            } else {
                let (overlap, identical) = quote_overlap(sa, sb, self.vocabulary);
                ev.quote_overlap = overlap;
                ev.quote_identical = identical;
                if same_speaker {
                    ev.speaker = sa.speaker;
                }
                if overlap >= config.quote_overlap {
                    score += config.quote_bonus * overlap * if same_speaker { 1.0 } else { 0.5 };
                }
            }
        }
        // A quote and a sentence that names its speaker and carries most of its words (three
        // at least) report one utterance, the second in its own words ("Whoever let it leave
        // the jetty will answer for it." / "… Idris Kalvan … said that whoever had let it
        // leave would be held to account"): a quote told two ways.
        if ev.quote_overlap < config.quote_overlap {
            for (quoted, other) in [(a, b), (b, a)] {
                let (Some(spoken), None) = (&quoted.spoken, &other.spoken) else { continue };
                let Some(speaker) = spoken.speaker.filter(|s| other.entities.contains(s) || other.described.contains(s)) else { continue };
                let shared = intersect(&spoken.stems, &other.words).len();
                let overlap = if shared >= 3 { shared as f32 / spoken.stems.len() as f32 } else { 0.0 };
                if overlap >= config.quote_overlap {
                    ev.quote_overlap = overlap;
                    ev.speaker = Some(speaker);
                    score += config.quote_bonus * overlap;
                    break;
                }
            }
        }
        // The same words quoted are one utterance, whatever else each sentence dates.
        let days_differ = days_differ && ev.quote_overlap < config.quote_overlap;
        if days_differ {
            score *= config.date_conflict_factor;
            let list = |v: &[u16]| v.iter().map(u16::to_string).collect::<Vec<_>>().join(", ");
            let texts = |f: &Features| self.scores(f).map(|x| x.text.as_str()).collect::<Vec<_>>().join(", ");
            if !moments_differ {
                ev.scores_differ = Some((texts(a), texts(b)));
            } else {
                ev.days_differ = Some(if years_differ && !dates_differ {
                    (list(&years_a), list(&years_b))
                } else if dates_differ {
                    let describe = |f: &Features| f.dates.iter().map(|d| crate::date::describe_iso(d)).collect::<Vec<_>>().join(", ");
                    (describe(a), describe(b))
                } else {
                    (weekday_names(a.days), weekday_names(b.days))
                });
            }
        }
        // Two sentences that set what they report in places that cannot be one ("talks
        // in Geneva" / "talks … in Florida") tell two events, unless they quote the same
        // words (a statement is reported wherever the reporter is).
        if places_differ(a, b) && ev.quote_overlap < config.quote_overlap {
            score *= config.place_conflict_factor;
        }
        // A plan and a report of something done are two facts, even with the same
        // people and day ("plans to … meet Putin on Tuesday" / "followed a meeting with
        // Putin on Tuesday"); the same utterance quoted is still one.
        let (plan, done) = (|f: &Features| f.planned && !f.past, |f: &Features| f.past && !f.planned);
        let tense_differs = plan(a) && done(b) || plan(b) && done(a);
        if tense_differs && ev.quote_overlap < config.quote_overlap {
            // The same people (two names at least) on a day both name.
            if a.days & b.days != 0 && ev.shared_entities.len() >= 2 {
                ev.planned_then_done = score;
            }
            score *= config.tense_conflict_factor;
        }
        // The same few people doing something, with nothing else in common, is not yet
        // the same fact: names alone must be many (a list of who took part).
        // A number both give ("The USGS says 6.2" / "put the magnitude at 6.2") is
        // something in common besides.
        let names_alone = ev.shared_words.is_empty()
            && ev.shared_numbers.is_empty()
            && figure_units.is_empty()
            && ev.quote_overlap < config.quote_overlap;
        if names_alone && ev.shared_entities.len() < config.min_names_alone {
            score = 0.0;
        }
        // One shared word is a coincidence, not a fact, unless it is inside the same quote.
        if self.items(&ev) < config.min_shared && ev.quote_overlap < config.quote_overlap {
            score = 0.0;
        }
        if score <= 0.0 {
            ev.planned_then_done = 0.0;
        }
        ev.score = score;
        ev.relation = Some(if ev.quote_overlap >= config.quote_overlap && !ev.quote_identical {
            Relation::QuoteVariant
        } else if ev.same_figure.is_none() && ev.differing_figure.is_some() && ev.near_difference {
            Relation::FigureDiffers
        } else {
            Relation::Same
        });
        ev
    }
}

impl Scorer<'_> {
    /// A sentence's scores of a match or a vote (`figures::SCORE`).
    fn scores<'f>(&'f self, f: &'f Features) -> impl Iterator<Item = &'f Figure> + 'f {
        f.figures.iter().filter_map(|&k| self.figures.get(k as usize)).filter(|x| x.unit == crate::figures::SCORE)
    }

    /// The items of evidence a pair shares (`AlignConfig::min_shared`): words that count
    /// (`Weights::is_item`), names, and figures of one unit (agreeing or not).
    fn items(&self, ev: &Evidence) -> usize {
        ev.shared_words.iter().chain(&ev.shared_numbers).filter(|&&w| self.weights.is_item(w, self.config)).count()
            + ev.shared_entities.len()
            + usize::from(ev.same_figure.is_some() || ev.near_difference).max(ev.same_values)
            + usize::from(ev.precise_same)
            + usize::from(ev.contained)
    }

    /// Scores sentences `i` and `j` as wholes and clause by clause (`Features::clauses`),
    /// and keeps the best, a clause pair's score times `clause_factor`: a long sentence
    /// that reports two facts matches a short one that reports one of them as well as
    /// the clause that reports it does. Whether one plans what the other reports done
    /// stays the wholes' (it tells moments apart, `align::moments`).
    pub fn score_clauses(&self, features: &[Features], masses: &Masses, i: usize, j: usize) -> Evidence {
        let (a, b) = (&features[i], &features[j]);
        let whole = self.score(a, b, (masses.whole[i], masses.whole[j]));
        // A clause shares no more than its sentence: nothing to gain when the wholes
        // share too little to score.
        if whole.score <= 0.0 || a.clauses.is_empty() && b.clauses.is_empty() {
            return whole;
        }
        let config = self.config;
        // The whole sentence first, then its clauses, each with its weight.
        let parts = |k: usize| {
            let f = &features[k];
            std::iter::once((f, masses.whole[k])).chain(f.clauses.iter().zip(masses.clauses[k].iter().copied()))
        };
        let mut best = whole;
        for (x, (ca, ma)) in parts(i).enumerate() {
            for (y, (cb, mb)) in parts(j).enumerate() {
                if x == 0 && y == 0 {
                    continue;
                }
                let ev = self.score(ca, cb, (ma, mb));
                // A short clause shares little by chance ("security guarantees" in two
                // accounts of different rounds of talks): it needs one item more.
                if self.items(&ev) <= config.min_shared && ev.quote_overlap < config.quote_overlap {
                    continue;
                }
                let score = ev.score * config.clause_factor;
                if score > best.score {
                    best = Evidence { score, planned_then_done: best.planned_then_done, ..ev };
                }
            }
        }
        best
    }
}

/// Each sentence's weight and its clauses' (`Weights::mass`), computed once per corpus
/// rather than for every candidate pair.
pub(super) struct Masses {
    pub whole: Vec<f32>,
    pub clauses: Vec<Vec<f32>>,
}

impl Masses {
    pub fn new(features: &[Features], weights: &Weights, config: &AlignConfig) -> Self {
        Masses {
            whole: features.iter().map(|f| weights.mass(f, config)).collect(),
            clauses: features.iter().map(|f| f.clauses.iter().map(|c| weights.mass(c, config)).collect()).collect(),
        }
    }
}

/// Whether two sentences set what they report in places that cannot be one
/// (`regions_overlap`: Miami and Florida can be one, Geneva and Florida cannot). A
/// sentence that names no place of its own is set where its article's headline sets the
/// story (`Features::setting`); at least one of the two must name its own, since two
/// headlines alone say where two stories are, not where two facts happened.
pub(super) fn places_differ(a: &Features, b: &Features) -> bool {
    use crate::entities::gazetteer::regions_overlap;
    if a.places.is_empty() && b.places.is_empty() {
        return false;
    }
    fn set_in(f: &Features) -> &[&'static str] {
        if f.places.is_empty() {
            &f.setting
        } else {
            &f.places
        }
    }
    let (pa, pb) = (set_in(a), set_in(b));
    !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|x| pb.iter().any(|y| regions_overlap(x, y)))
}

/// The weekdays of a `Features::days` set, in week order ("Saturday, Sunday" is written
/// "Sunday, Saturday": the week starts on Sunday).
fn weekday_names(days: u8) -> String {
    WEEKDAYS.iter().enumerate().filter(|(k, _)| days & (1 << k) != 0).map(|(_, n)| *n).collect::<Vec<_>>().join(", ")
}

/// The weekday (0 = Sunday) of an ISO day ("2027-03-29"); `None` for a month, an
/// interval or anything else.
fn day_of_week(iso: &str) -> Option<u8> {
    let mut parts = iso.split('-');
    let (y, m, d) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    if parts.next().is_some() || iso.len() != 10 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(crate::date::weekday(y, m, d))
}

/// Whether two ISO dates or intervals ("2025-11-30", "2025-11", "2025-11-24/2025-11-30")
/// can name the same day.
pub(super) fn days_overlap(a: &str, b: &str) -> bool {
    let bounds = |s: &str| -> (String, String) {
        match s.split_once('/') {
            Some((x, y)) => (x.to_string(), y.to_string()),
            None => (s.to_string(), format!("{s}~")),
        }
    };
    let ((a0, a1), (b0, b1)) = (bounds(a), bounds(b));
    a0 <= b1 && b0 <= a1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_alone_must_be_many() {
        use super::super::SentenceRef;
        let feature = |doc: u32, entities: &[u32]| Features {
            at: SentenceRef { doc, passage: 0, sentence: 0 },
            entities: entities.to_vec(),
            ..Features::default()
        };
        // Two sentences naming two people, two naming three, and others so that the
        // names are rare.
        let mut features = vec![feature(0, &[0, 1]), feature(1, &[0, 1]), feature(0, &[2, 3, 4]), feature(1, &[2, 3, 4])];
        features.extend((0..20).map(|k| feature(2 + k, &[10 + k])));
        let (vocabulary, config) = (Vocabulary::default(), AlignConfig::default());
        let weights = Weights::new(&features, &vocabulary, 40, &config);
        let scorer = Scorer::new(&weights, &[], &vocabulary, &config);
        let score = |a: &Features, b: &Features| scorer.score(a, b, (weights.mass(a, &config), weights.mass(b, &config))).score;
        assert_eq!(score(&features[0], &features[1]), 0.0);
        assert!(score(&features[2], &features[3]) > config.threshold);
    }

    /// Each figure both sentences give to the same value is an item of evidence: "31 of
    /// the 90 seats" twice shares two; one figure alone shares one, too few on its own.
    #[test]
    fn each_agreeing_figure_is_an_item() {
        use super::super::SentenceRef;
        let seats = |doc: u32, value: f64| Figure {
            doc,
            passage: 0,
            span: crate::document::Span::default(),
            text: format!("{value} seats"),
            value,
            low: Some(value),
            high: Some(value),
            low_inclusive: true,
            high_inclusive: true,
            unit: "seat".into(),
            qualifier: None,
        };
        let figures = [seats(0, 31.0), seats(0, 90.0), seats(1, 31.0), seats(1, 90.0)];
        let mut vocabulary = Vocabulary::default();
        let unit = vocabulary.id("#seat");
        let keys: Vec<u32> = figures.iter().map(|f| vocabulary.id(&figure_key(f))).collect();
        let filler = vocabulary.id("~filler");
        let feature = |doc: u32, of: &[usize]| Features {
            at: SentenceRef { doc, passage: 0, sentence: 0 },
            figures: of.iter().map(|&k| k as u32).collect(),
            units: vec![unit],
            figure_keys: of.iter().map(|&k| keys[k]).collect(),
            ..Features::default()
        };
        let mut features = vec![feature(0, &[0, 1]), feature(1, &[2, 3]), feature(0, &[0]), feature(1, &[2])];
        features.extend((0..20).map(|k| Features { words: vec![filler], ..feature(2 + k, &[]) }));
        let config = AlignConfig::default();
        let weights = Weights::new(&features, &vocabulary, 0, &config);
        let scorer = Scorer::new(&weights, &figures, &vocabulary, &config);
        let score = |a: &Features, b: &Features| scorer.score(a, b, (weights.mass(a, &config), weights.mass(b, &config)));
        let two = score(&features[0], &features[1]);
        assert_eq!(two.same_values, 2);
        assert!(two.score > 0.0);
        assert_eq!(score(&features[2], &features[3]).score, 0.0);
    }

    #[test]
    fn runs_and_intersections() {
        assert_eq!(longest_common_run(&[1, 2, 3, 4, 5], &[9, 2, 3, 4, 8]), 3);
        assert_eq!(intersect(&[1, 3, 5, 7], &[3, 4, 5]), vec![3, 5]);
    }

    #[test]
    fn the_weekday_of_a_day() {
        assert_eq!(day_of_week("2027-03-29"), Some(1));
        assert_eq!(day_of_week("2025-11-30"), Some(0));
        assert_eq!(day_of_week("2025-11"), None);
        assert_eq!(day_of_week("2025-11-24/2025-11-30"), None);
        assert_eq!(day_of_week("2025-13-01"), None);
    }

    #[test]
    fn days_and_months_and_weeks_overlap() {
        assert!(days_overlap("2025-11-30", "2025-11-30"));
        assert!(days_overlap("2025-11", "2025-11-30"));
        assert!(days_overlap("2025-11-24/2025-11-30", "2025-11-27"));
        assert!(!days_overlap("2025-12-01", "2025-11-30"));
        assert!(!days_overlap("2024-08-11", "2025-11"));
    }
}
