//! Alignment across sources: which sentences of different articles report the same
//! fact, how sure the machine is, and why; the facts those links make; the title each
//! outlet gives a person; and word-level differences for display (`diff`).
//!
//! Candidate pairs come from blocking (an inverted index over each sentence's rarest
//! words and names and its quoted speaker, read only near the sentence for common
//! keys), never from all pairs, so the cost grows about linearly with the corpus. A pair
//! is kept when it is one sentence's best match in the other article and near the best
//! of the other, and it scores over the threshold or stands out clearly from the second
//! best; each sentence keeps its strongest few links. Two articles that share few links
//! are probably about the same people at another time, so their links are scaled down;
//! two that share many report one event, so a slightly weaker link between them passes.
//!
//! An excerpt that a reposting site appended to an article is a document of its own,
//! from another outlet, so it may link to the article it follows; two sentences of one
//! document never link.
//!
//! This module must never link two sentences of one document, never put two sentences
//! of one document into one fact, and never panic on any corpus.

mod coref;
pub mod diff;
pub mod eval;
mod features;
mod rules;
mod score;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::dates::DateMention;
use crate::document::Document;
use crate::entities::{EntityIndex, EntityKind};
use crate::figures::Figure;
use crate::quotes::Quote;
pub(crate) use features::is_past;
use features::Features;
use score::{Evidence, Weights};

/// A link joins two facts, or adds a sentence to one, only if it scores at least this
/// share of the strongest machine link already in them.
pub const FACT_COHESION: f32 = 0.5;

/// One sentence of one document: `sentence` indexes `Document::sentences`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SentenceRef {
    pub doc: u32,
    pub passage: u32,
    pub sentence: u32,
}

/// How the two sentences of a link relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Relation {
    /// The same fact, told consistently.
    Same,
    /// The same fact with figures that cannot both be true ("19 points" / "20 points").
    FigureDiffers,
    /// The same utterance, worded differently.
    QuoteVariant,
}

impl Relation {
    pub fn code(self) -> &'static str {
        match self {
            Relation::Same => "same",
            Relation::FigureDiffers => "figure-differs",
            Relation::QuoteVariant => "quote-variant",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Relation::Same, Relation::FigureDiffers, Relation::QuoteVariant].into_iter().find(|r| r.code() == code)
    }
}

/// Who made a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Origin {
    Machine,
    /// Made by the machine and confirmed in `annotations.toml`.
    EditorConfirmed,
    /// Added in `annotations.toml`.
    EditorAdded,
}

impl Origin {
    pub fn code(self) -> &'static str {
        match self {
            Origin::Machine => "machine",
            Origin::EditorConfirmed => "editor-confirmed",
            Origin::EditorAdded => "editor-added",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The sentence of the lower document index.
    pub a: SentenceRef,
    pub b: SentenceRef,
    /// How sure the machine is, from 0 up (links are kept from `AlignConfig::threshold`).
    pub score: f32,
    pub relation: Relation,
    /// A short explanation for a reader ("same quote by Rubio").
    pub reason: String,
    pub origin: Origin,
}

/// One fact as several outlets report it: at most one sentence per document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// Sorted by document.
    pub sentences: Vec<SentenceRef>,
    /// Indices into `Alignment::links` of the links between these sentences.
    pub links: Vec<u32>,
}

/// What tells two documents apart as two moments of one story: `done` reports as done
/// what `plan` (in another document) plans, with the same people on a day both name
/// ("Witkoff plans to … meet Putin on Tuesday" / "a five-hour meeting between Witkoff,
/// Kushner and Putin in Moscow on Tuesday").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Later {
    pub plan: SentenceRef,
    pub done: SentenceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// Sorted by `a` then `b`.
    pub links: Vec<Link>,
    /// Facts reported by two or more documents, in order of their first sentence.
    pub facts: Vec<Fact>,
    /// Each document's moment of the story, named by its first document: documents
    /// joined by enough links, never two that a `Later` tells apart.
    pub moments: Vec<u32>,
    /// The strongest plan and outcome for each pair of documents that have one, sorted.
    pub later: Vec<Later>,
}

impl Alignment {
    /// The moment of the story document `d` tells (a document outside the alignment is
    /// its own).
    pub fn moment(&self, d: u32) -> u32 {
        moment_of(&self.moments, d)
    }

    /// Why documents `a` and `b` tell different moments of the story: a plan in one and
    /// its outcome in the other, or else in two documents about their two moments.
    /// `None` when nothing tells them apart (their links were judged as usual).
    pub fn told_apart(&self, a: u32, b: u32) -> Option<Later> {
        told_apart(&self.moments, &self.later, a, b)
    }
}

fn moment_of(moments: &[u32], d: u32) -> u32 {
    moments.get(d as usize).copied().unwrap_or(d)
}

/// `Alignment::told_apart`, for alignment itself before the `Alignment` exists.
fn told_apart(moments: &[u32], later: &[Later], a: u32, b: u32) -> Option<Later> {
    let at = |d: u32| moment_of(moments, d);
    let same = |(x, y): (u32, u32), (p, q): (u32, u32)| (x, y) == (p, q) || (x, y) == (q, p);
    later
        .iter()
        .find(|l| same((l.plan.doc, l.done.doc), (a, b)))
        .or_else(|| (at(a) != at(b)).then(|| later.iter().find(|l| same((at(l.plan.doc), at(l.done.doc)), (at(a), at(b))))).flatten())
        .copied()
}

/// The knobs of alignment, tuned on `eval/links.tsv` (see `align::eval`).
#[derive(Clone, Debug)]
pub struct AlignConfig {
    /// Links scoring below this are dropped.
    pub threshold: f32,
    /// Shared words weigh their inverse document frequency to this power: 2 is the
    /// cosine of TF-IDF vectors, where a rare word counts far more than a topic word.
    pub idf_power: f32,
    /// Added to each sentence's weight before normalising, so that little shared evidence
    /// between short sentences does not score like much between long ones.
    pub smoothing: f32,
    /// The normaliser is the shorter sentence's weight to this power times the longer
    /// one's to the rest: 0.5 is the cosine, 1 the overlap with the shorter sentence.
    pub short_side: f32,
    /// How much a shared name weighs against a shared word of the same rarity.
    pub entity_weight: f32,
    /// How much a pair of compatible figures weighs against a shared word as rare as
    /// their unit (half for figures that differ).
    pub figure_weight: f32,
    /// Added, times the overlap, for the same words quoted by the same speaker (half
    /// when the speakers are not both known).
    pub quote_bonus: f32,
    /// The share of the shorter quote's content words the other must carry to count as
    /// the same utterance.
    pub quote_overlap: f32,
    /// The score is multiplied by this when both sentences quote someone and the
    /// speakers are two different people.
    pub speaker_conflict_factor: f32,
    /// The score is multiplied by this when the two sentences (or the two clauses) are
    /// set on different days: resolved dates, else the weekdays they or their passage
    /// name, leaving out the day something was said ("Trump said on Sunday that …").
    /// At 1 the score is left alone, but a figure on another day still counts for
    /// nothing.
    pub date_conflict_factor: f32,
    /// The score is multiplied by this when the two sentences set what they report in
    /// places that cannot be one (`Features::places`: Geneva and Florida; Miami and
    /// Florida can be one).
    pub place_conflict_factor: f32,
    /// The score is multiplied by this when one sentence tells of a plan and the other
    /// of something done (`Features::planned`, `Features::past`).
    pub tense_conflict_factor: f32,
    /// A link whose only evidence is shared names needs at least this many of them.
    pub min_names_alone: usize,
    /// A link under the threshold is still kept when it scores at least this and is
    /// both sentences' best match in the other's document by `distinct_ratio` times the
    /// second best (the ratio test of feature matching).
    pub distinct_floor: f32,
    pub distinct_ratio: f32,
    /// Two documents are taken to report one event when they share `doc_support` links
    /// per sentence of the shorter one (at most `doc_support_cap` links: two long
    /// articles that share that many facts are about one event). Links between two
    /// documents that share fewer are scaled by the share they reach, to
    /// `doc_support_power` (a `doc_support` of 0 leaves them alone); links between two
    /// that share enough need only score `supported_threshold`.
    pub doc_support: f32,
    pub doc_support_power: f32,
    pub doc_support_cap: f32,
    pub supported_threshold: f32,
    /// A link needs at least this many shared words, names and figures (a shared quote
    /// is enough on its own); a word in more than `topic_share` of all sentences (and
    /// more than `topic_min`) is the story's topic ("talks" in articles about talks) and
    /// is not counted.
    pub min_shared: usize,
    pub topic_share: f32,
    pub topic_min: usize,
    /// Each sentence looks for partners through this many of its rarest words and names.
    pub block_keys: usize,
    /// Through a word or name in more sentences than this, a sentence looks only at this
    /// many sentences nearest to it in corpus order (all words still count in the
    /// score). Bounds the work per sentence, so alignment is linear.
    pub max_postings: usize,
    /// The most links one sentence keeps (its strongest).
    pub max_links: usize,
    /// A pair must be the best match of one of its sentences in the other's article,
    /// unless it scores this much: an article that gives a fact twice (a summary line
    /// and its running text) links both to another's report of it.
    pub strong_threshold: f32,
    /// A link must be one sentence's best match in the other's document, and score at
    /// least this share of the other sentence's best match (1 keeps mutual best matches
    /// only; lower lets a sentence that reports two facts link to two sentences).
    pub second_best: f32,
    /// A pair of clauses of two sentences scores this share of what two whole sentences
    /// with the same evidence would (`Features::clauses`).
    pub clause_factor: f32,
    /// Two documents published more than this many days apart tell different moments of
    /// a story (the talks in Geneva and the talks in Florida a week later, with the same
    /// negotiators): each of their links must stand on its own score, and those whose
    /// figures differ are scaled by `published_moment_factor`. Documents without a
    /// publication date are not affected.
    pub published_apart_days: u32,
    /// Two differing figures of one unit are evidence of one fact (given two ways) only
    /// when the larger is at most this many times the smaller.
    pub near_figures: f64,
    /// The links of two documents are scaled by this when one reports done what the
    /// other plans, with two or more of the same names on a day both name (and a score
    /// over `threshold` before the tense factor): they tell two moments.
    pub moment_factor: f32,
    /// … and, when the two are only published more than `published_apart_days` apart,
    /// the links whose figures differ are scaled by this: the figure changed between the
    /// two moments. Their other links are left alone: a later article recalls much of
    /// the first moment.
    pub published_moment_factor: f32,
}

impl Default for AlignConfig {
    /// Tuned on `eval/links.tsv` with the table `parallax eval-links` prints, and checked
    /// on `eval/links-fixtures.tsv` (figures in `BENCHMARKS.md`).
    fn default() -> Self {
        AlignConfig {
            threshold: 0.30,
            idf_power: 1.5,
            smoothing: 2.0,
            short_side: 0.5,
            entity_weight: 0.85,
            figure_weight: 1.5,
            quote_bonus: 0.3,
            quote_overlap: 0.5,
            date_conflict_factor: 0.3,
            place_conflict_factor: 0.2,
            speaker_conflict_factor: 0.5,
            tense_conflict_factor: 0.3,
            min_names_alone: 3,
            min_shared: 2,
            topic_share: 0.2,
            topic_min: 10,
            supported_threshold: 0.21,
            doc_support: 0.25,
            doc_support_power: 1.0,
            doc_support_cap: 4.0,
            distinct_floor: 0.15,
            distinct_ratio: 1.5,
            block_keys: 10,
            max_postings: 32,
            second_best: 0.5,
            max_links: 16,
            strong_threshold: 0.4,
            clause_factor: 1.0,
            published_apart_days: 3,
            near_figures: 2.0,
            moment_factor: 0.3,
            published_moment_factor: 0.6,
        }
    }
}

/// Links the sentences of different documents that report the same fact, and groups
/// them into facts.
pub fn align(
    docs: &[Document],
    entities: &EntityIndex,
    quotes: &[Quote],
    figures: &[Figure],
    dates: &[DateMention],
    config: &AlignConfig,
) -> Alignment {
    let (features, offsets, vocabulary) = features::extract(docs, entities, quotes, figures, dates);
    let weights = Weights::new(&features, &vocabulary, entities.entities.len(), config);
    let scorer = score::Scorer::new(&weights, figures, &vocabulary, config);
    let (scored, top, plans_done) = score_candidates(&features, &scorer);
    let planned_here: HashSet<(u32, u32)> = plans_done.keys().copied().collect();
    let mut later: Vec<Later> = plans_done.into_values().map(|(_, plan, done)| Later { plan, done }).collect();
    later.sort_by_key(|l| (l.plan, l.done));
    // Kept when it scores over the threshold, is the best match of one sentence in the
    // other's document, and scores at least `second_best` of the other sentence's best
    // match there (a sentence that reports two facts may link to two sentences); or when
    // it is a clear best match on both sides (the best stands out from the second best),
    // which lets a modest score through when nothing else in the other article comes near.
    let rank = |x: usize, other: u32, s: f32| {
        let (best, second) = top.get(&(x, other)).map_or((s, 0.0), |t| (t.score, t.second));
        // A second best under the floor counts as the floor, so a lone weak match is not
        // "distinct" for lack of competition.
        let distinct = if s >= best { s / second.max(config.distinct_floor).max(f32::MIN_POSITIVE) } else { 0.0 };
        (s / best.max(f32::MIN_POSITIVE), distinct)
    };
    // A sentence that reports two facts ("The Ukrainian contingent, now led by Umerov,
    // arrived … at Witkoff's … golf club") finds its best match in the other article for
    // one of them (the golf club); what it says besides (its words and figures less
    // those it shares with that best match; its names all, for the people who act in
    // one fact often act in the other) is compared again. Two such rests that still
    // score as a supported link, sharing a word that is not the story's topic, report
    // another fact together ("The Ukrainian delegation was led by Rustem Umerov…", whose
    // own best match is Yermak's resignation).
    let rest = |i: usize, other: usize| -> Features {
        let mut rest = features[i].clone();
        let Some(b) = top.get(&(i, features[other].at.doc)).map(|t| t.index) else { return rest };
        if b == other {
            return rest;
        }
        let told = &features[b];
        rest.words.retain(|w| told.words.binary_search(w).is_err());
        rest.units.retain(|u| told.units.binary_search(u).is_err());
        rest.figures.retain(|x| !told.figures.contains(x));
        rest
    };
    let second_fact = |i: usize, j: usize| -> bool {
        let (a, b) = (rest(i, j), rest(j, i));
        let masses = (weights.mass(&a, config), weights.mass(&b, config));
        let ev = scorer.score(&a, &b, masses);
        ev.score >= config.supported_threshold && ev.shared_words.iter().any(|&w| !weights.is_topic(w, config))
    };
    // Each pair: whether it passes over the threshold, over the lower threshold for
    // supported document pairs, by the ratio test, and whether it is a best match.
    let passes: Vec<(bool, bool, bool, bool)> = scored
        .iter()
        .map(|(i, j, ev)| {
            let ((x, rx), (y, ry)) = (rank(*i, features[*j].at.doc, ev.score), rank(*j, features[*i].at.doc, ev.score));
            let placed = x.min(y) >= config.second_best && (x.max(y) >= 1.0 || ev.score >= config.strong_threshold);
            let distinct = ev.score >= config.distinct_floor && rx.min(ry) >= config.distinct_ratio;
            // The same figure in two sentences that are each other's best match in the
            // other's article: between two articles about one event, that is one fact
            // however little else the sentences share ("the five-hour meeting" / "after
            // five hours of talks").
            let corroborated = ev.same_figure.is_some() && x.min(y) >= 1.0 && ev.score >= config.distinct_floor;
            (placed && ev.score >= config.threshold, placed && ev.score >= config.supported_threshold || corroborated, distinct, placed)
        })
        .collect();
    // Two articles about one event share many facts; two about the same people at
    // another time share few. A link between two articles that few other links join
    // needs more evidence: its score is scaled by how many links the two articles share
    // (over the threshold or by the ratio test), against `doc_support` of the shorter
    // article's sentences; between two articles that share that many, a link needs only
    // `supported_threshold`.
    let mut support: HashMap<(u32, u32), usize> = HashMap::new();
    for ((i, j, _), &(over, _, distinct, _)) in scored.iter().zip(&passes) {
        if over || distinct {
            *support.entry((features[*i].at.doc, features[*j].at.doc)).or_default() += 1;
        }
    }
    let sentences = |d: u32| offsets.get(d as usize + 1).zip(offsets.get(d as usize)).map_or(1, |(b, a)| b - a).max(1);
    let share = |da: u32, db: u32| {
        if config.doc_support <= 0.0 {
            return 1.0;
        }
        let n = support.get(&(da, db)).copied().unwrap_or(0) as f32;
        let expected = (config.doc_support * sentences(da).min(sentences(db)) as f32).min(config.doc_support_cap);
        (n / expected.max(1.0)).min(1.0).powf(config.doc_support_power)
    };
    // One article reports done what the other plans ("met Putin in Moscow on Tuesday" /
    // "will meet Putin on Tuesday"): it was written after the other's event, about a
    // later moment of the story, however many people and words the two share. So was
    // every article about the other's moment (joined to it by enough shared links).
    let mut joined: Vec<(u32, u32)> =
        support.keys().copied().filter(|&(da, db)| share(da, db) >= 1.0 && !planned_here.contains(&(da, db))).collect();
    joined.sort_unstable();
    let moment = moments(docs.len(), &joined, &planned_here);
    // Two documents published more than `published_apart_days` apart tell two moments too.
    let published_apart = |da: u32, db: u32| {
        docs.get(da as usize)
            .zip(docs.get(db as usize))
            .and_then(|(a, b)| days_apart(a, b))
            .is_some_and(|days| days > config.published_apart_days)
    };
    // Once per pair of documents, not per pair of sentences.
    // Two moments told apart by what one reports done and the other plans are surely
    // two (`moment_factor`). Two only published days apart may be a follow-up that
    // recalls the first in its own words: its links stand, but a figure that differs
    // tells what changed between the two (a toll that rose, shares that fell further),
    // not two outlets' accounts of one figure (`published_moment_factor`).
    #[derive(Clone, Copy, PartialEq)]
    enum Apart {
        Told,
        Published,
    }
    let mut apart: HashMap<(u32, u32), Option<Apart>> = HashMap::new();
    let mut factor = |da: u32, db: u32, figures_differ: bool| {
        let kind = *apart.entry((da, db)).or_insert_with(|| {
            if told_apart(&moment, &later, da, db).is_some() {
                Some(Apart::Told)
            } else if published_apart(da, db) {
                Some(Apart::Published)
            } else {
                None
            }
        });
        let scale = match kind {
            Some(Apart::Told) => config.moment_factor,
            Some(Apart::Published) if figures_differ => config.published_moment_factor,
            _ => 1.0,
        };
        (share(da, db) * scale, kind.is_some())
    };
    // A sentence of a later article dated on or before the earlier article was
    // published tells what the earlier one reported ("Prosecutors opened the case … on
    // Nov 28", a week on): a recap of the same moment, not a later one.
    // Each document's publication day, once (ISO days compare as text).
    let published_day: Vec<Option<String>> = docs
        .iter()
        .map(|doc| doc.meta.published.as_ref().and_then(|p| Some(format!("{:04}-{:02}-{:02}", p.value.year?, p.value.month, p.value.day))))
        .collect();
    let recap = |i: usize, j: usize| {
        let (a, b) = (&features[i], &features[j]);
        let day = |d: u32| published_day.get(d as usize).and_then(Option::as_deref);
        let (Some(pa), Some(pb)) = (day(a.at.doc), day(b.at.doc)) else { return false };
        let (early, late, early_day) = if pa <= pb { (a, b, pa) } else { (b, a, pb) };
        // The last day of a date or an interval ("2026-11-24/2026-11-30").
        let last_day = |iso: &str| iso.rsplit('/').next().filter(|d| d.len() == 10).map(str::to_string);
        // Or it is told in the past perfect, on no later day ("Sequeira, who had called
        // Hélio the most violent storm in the north in decades, …").
        (!late.dates.is_empty() || late.recalled)
            && late.dates.iter().all(|d| last_day(d).is_some_and(|d| d.as_str() <= early_day))
            && (early.dates.is_empty()
                || late.dates.is_empty()
                || early.dates.iter().any(|d| late.dates.iter().any(|e| score::days_overlap(d, e))))
    };
    // Whether each sentence tells a state ending or coming back ("Ambulances stopped being
    // diverted …", "Radiation therapy … resumed on Saturday"); not a change denied ("have
    // not restored relations").
    let changed: Vec<bool> = features
        .iter()
        .map(|f| {
            docs.get(f.at.doc as usize).and_then(|d| d.sentences.get(f.at.sentence as usize).map(|s| d.sentence_text(s))).is_some_and(
                |text| {
                    let text = text.to_lowercase();
                    let words: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
                    words.iter().enumerate().any(|(k, w)| {
                        rules::STATE_CHANGES.contains(w) && !words[k.saturating_sub(2)..k].iter().any(|x| ["not", "never", "t"].contains(x))
                    })
                },
            )
        })
        .collect();
    // Each article's lede: the first sentence of its running text. Reports of one event
    // open with the event (the inverted pyramid), in the story's own words, which are
    // common in it and weigh little: two ledes of one moment need only the ratio test's
    // floor.
    let ledes: HashSet<usize> = docs
        .iter()
        .enumerate()
        .filter_map(|(d, doc)| {
            let p = doc.passages.iter().find(|p| p.kind == crate::document::PassageKind::Paragraph && p.sentence_count > 0)?;
            Some(offsets.get(d)? + p.first_sentence as usize)
        })
        .collect();
    let mut kept: Vec<(usize, usize, Evidence)> = scored
        .into_iter()
        .zip(passes)
        .filter_map(|((i, j, mut ev), (over, supported, distinct, placed))| {
            // Any figures that differ, near or far ("power restored to all but 4,000
            // customers" days after "310,000 customers lost power").
            // Or one of two sentences days apart tells a state ending or coming back that the
            // other tells as it was (`changed`).
            let figures_differ = ev.same_figure.is_none() && ev.differing_figure.is_some() || changed[i] != changed[j];
            let (f, two_moments) = factor(features[i].at.doc, features[j].at.doc, figures_differ);
            // A recap is weighed as between two articles of one moment: it needs only
            // what their links need.
            let recalled = two_moments && recap(i, j);
            let f = if recalled { share(features[i].at.doc, features[j].at.doc) } else { f };
            // Between two moments a link stands on its own score: a follow-up shares
            // many links with the first report without being about its moment.
            let one_moment = !two_moments || recalled;
            // A link over the threshold that scaling brings under it is not saved by the
            // ratio test, which is for modest scores only. The rests of two sentences are
            // compared only between two articles about one event, where they may count.
            let scaled = ev.score * f;
            let second = || !placed && ev.score >= config.distinct_floor && second_fact(i, j);
            let both_ledes = f >= 1.0 && one_moment && ledes.contains(&i) && ledes.contains(&j) && ev.score >= config.distinct_floor;
            // … except that a follow-up's sentence giving the first report's figure, with a
            // word in common besides, recalls that report's fact ("around 1,200 jobs at DCT
            // could be affected" / "put about 1,200 jobs at risk").
            let recalls_figure = ev.same_figure.is_some() && ev.shared_words.iter().any(|&w| scorer.weights.is_item(w, config));
            let keep = f >= 1.0 && (supported && (one_moment || recalls_figure) || one_moment && second())
                || both_ledes
                || if over { scaled >= config.threshold } else { distinct && one_moment && scaled >= config.distinct_floor };
            ev.score = scaled;
            keep.then_some((i, j, ev))
        })
        .collect();
    // Strongest first, each sentence keeps at most `max_links` links: when many articles
    // tell one story, a fact's sentences stay joined through chains of links, and the
    // number of links grows with the number of sentences, not with its square.
    kept.sort_by(|x, y| y.2.score.total_cmp(&x.2.score).then((x.0, x.1).cmp(&(y.0, y.1))));
    let mut count = vec![0usize; features.len()];
    kept.retain(|(i, j, _)| {
        let ok = count[*i] < config.max_links && count[*j] < config.max_links;
        if ok {
            count[*i] += 1;
            count[*j] += 1;
        }
        ok
    });
    let mut links: Vec<Link> = kept
        .into_iter()
        .map(|(i, j, ev)| {
            let (a, b) = (&features[i], &features[j]);
            Link {
                a: a.at,
                b: b.at,
                score: ev.score,
                relation: ev.relation.unwrap_or(Relation::Same),
                reason: reason(&ev, &scorer, entities, docs.get(a.at.doc as usize).map_or("", |d| sentence_text(d, a.at.sentence))),
                origin: Origin::Machine,
            }
        })
        .collect();
    links.sort_by_key(|l| (l.a, l.b));
    let facts = group_facts(&links);
    Alignment { links, facts, moments: moment, later }
}

/// How many days apart two documents were published, when both say (`None` when either
/// has no publication date with a year).
pub fn days_apart(a: &Document, b: &Document) -> Option<u32> {
    let day =
        |d: &Document| d.meta.published.as_ref().and_then(|p| Some(crate::date::day_number(p.value.year?, p.value.month, p.value.day)));
    Some(u32::try_from((day(a)? - day(b)?).unsigned_abs()).unwrap_or(u32::MAX))
}

/// Groups documents joined by `pairs` (directly or through others), never joining two
/// groups with a pair `apart` between them; each document's group is named by its
/// smallest member.
fn moments(count: usize, pairs: &[(u32, u32)], apart: &HashSet<(u32, u32)>) -> Vec<u32> {
    let mut parent: Vec<u32> = (0..count as u32).collect();
    fn root(parent: &[u32], mut x: u32) -> u32 {
        while let Some(&p) = parent.get(x as usize).filter(|&&p| p != x) {
            x = p;
        }
        x
    }
    for &(a, b) in pairs {
        let (ra, rb) = (root(&parent, a), root(&parent, b));
        let crosses = apart.iter().any(|&(x, y)| {
            let (rx, ry) = (root(&parent, x), root(&parent, y));
            rx == ra && ry == rb || rx == rb && ry == ra
        });
        if ra == rb || crosses {
            continue;
        }
        if let Some(slot) = parent.get_mut(ra.max(rb) as usize) {
            *slot = ra.min(rb);
        }
    }
    (0..count as u32).map(|d| root(&parent, d)).collect()
}

/// Each sentence's best match in each other document (its index and score) and the
/// second best score there.
#[derive(Clone, Copy)]
struct Best {
    index: usize,
    score: f32,
    second: f32,
}
type Top = HashMap<(usize, u32), Best>;

/// Pairs of documents where one sentence plans what the other reports done, with the
/// strongest such pair of sentences (its score before the tense penalty, plan, done).
type PlansDone = HashMap<(u32, u32), (f32, SentenceRef, SentenceRef)>;

/// Scores every candidate pair; keeps those that may pass (over the lower of the
/// threshold and the distinct floor), each sentence's best matches in each other
/// document, and the plans that other documents report done.
fn score_candidates(features: &[Features], scorer: &score::Scorer) -> (Vec<(usize, usize, Evidence)>, Top, PlansDone) {
    let config = scorer.config;
    let masses = score::Masses::new(features, scorer.weights, config);
    let pairs = candidates(features, scorer.weights, config);
    let mut scored: Vec<(usize, usize, Evidence)> = Vec::with_capacity(pairs.len());
    let mut top: Top = HashMap::new();
    let mut plans_done: PlansDone = HashMap::new();
    for (i, j) in pairs {
        let (a, b) = (&features[i], &features[j]);
        let ev = scorer.score_clauses(features, &masses, i, j);
        if ev.planned_then_done >= config.threshold {
            let (plan, done) = if a.planned { (a.at, b.at) } else { (b.at, a.at) };
            let slot = plans_done.entry((a.at.doc, b.at.doc)).or_insert((0.0, plan, done));
            if ev.planned_then_done > slot.0 {
                *slot = (ev.planned_then_done, plan, done);
            }
        }
        if ev.score <= 0.0 {
            continue;
        }
        for (x, y) in [(i, j), (j, i)] {
            let slot = top.entry((x, features[y].at.doc)).or_insert(Best { index: y, score: 0.0, second: 0.0 });
            if ev.score > slot.score {
                *slot = Best { index: y, score: ev.score, second: slot.score };
            } else if ev.score > slot.second {
                slot.second = ev.score;
            }
        }
        if ev.score >= config.threshold.min(config.distinct_floor).min(config.supported_threshold) {
            scored.push((i, j, ev));
        }
    }
    (scored, top, plans_done)
}

/// What the scorer makes of one pair of sentences (`diagnose`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diagnosis {
    /// The score and reason, or `None` when blocking never proposes the pair or it
    /// scores nothing.
    pub scored: Option<(f32, String)>,
    /// Whether blocking proposed the pair at all (a pair it proposed may still score
    /// nothing: too little shared, or a conflict of day, place or speaker).
    pub proposed: bool,
    /// The best score of each of its two sentences in the other's document.
    pub best_a: f32,
    pub best_b: f32,
}

/// For a development aid: what the scorer makes of each pair (before the support of
/// the two documents scales it).
pub fn diagnose(
    docs: &[Document],
    analysis: (&EntityIndex, &[Quote], &[Figure], &[DateMention]),
    config: &AlignConfig,
    pairs: &[(SentenceRef, SentenceRef)],
) -> Vec<Diagnosis> {
    let (entities, quotes, figures, dates) = analysis;
    let (features, offsets, vocabulary) = features::extract(docs, entities, quotes, figures, dates);
    let weights = Weights::new(&features, &vocabulary, entities.entities.len(), config);
    let scorer = score::Scorer::new(&weights, figures, &vocabulary, config);
    let masses = score::Masses::new(&features, &weights, config);
    let candidates: std::collections::HashSet<(usize, usize)> = candidates(&features, &weights, config).into_iter().collect();
    let (_, top, _) = score_candidates(&features, &scorer);
    let flat = |s: SentenceRef| offsets.get(s.doc as usize).map(|o| o + s.sentence as usize).filter(|&i| i < features.len());
    pairs
        .iter()
        .map(|&(a, b)| {
            let (Some(i), Some(j)) = (flat(a), flat(b)) else { return Diagnosis::default() };
            let (i, j) = (i.min(j), i.max(j));
            let best = |x: usize, other: u32| top.get(&(x, other)).map_or(0.0, |t| t.score);
            let ev = scorer.score_clauses(&features, &masses, i, j);
            let text = docs.get(features[i].at.doc as usize).map_or("", |d| sentence_text(d, features[i].at.sentence));
            let proposed = candidates.contains(&(i, j));
            let scored = (proposed && ev.score > 0.0).then(|| (ev.score, reason(&ev, &scorer, entities, text)));
            Diagnosis { scored, proposed, best_a: best(i, features[j].at.doc), best_b: best(j, features[i].at.doc) }
        })
        .collect()
}

/// For a development aid: what alignment reads in each sentence (words, names, figures,
/// days, tense, clauses), as text.
pub fn describe_features(
    docs: &[Document],
    analysis: (&EntityIndex, &[Quote], &[Figure], &[DateMention]),
    sentences: &[SentenceRef],
) -> Vec<String> {
    let (entities, quotes, figures, dates) = analysis;
    let (features, offsets, vocabulary) = features::extract(docs, entities, quotes, figures, dates);
    let word = |w: &u32| vocabulary.words.get(*w as usize).cloned().unwrap_or_default();
    let name = |e: &u32| entities.entities.get(*e as usize).map_or(String::new(), |e| e.name.clone());
    let show = |f: &features::Features| {
        format!(
            "words {:?} names {:?} described {:?} figures {:?} numbers {:?} dates {:?} days {:#b} places {:?} planned {} past {} recalled {} quote {:?}",
            f.words.iter().map(word).collect::<Vec<_>>(),
            f.entities.iter().map(name).collect::<Vec<_>>(),
            f.described.iter().map(name).collect::<Vec<_>>(),
            f.figures.iter().filter_map(|&x| figures.get(x as usize).map(|x| x.text.clone())).collect::<Vec<_>>(),
            f.numbers,
            f.dates,
            f.days,
            f.places,
            f.planned,
            f.past,
            f.recalled,
            f.spoken.as_ref().map(|s| (s.speaker.map(|e| name(&e)), s.words.iter().map(word).collect::<Vec<_>>())),
        )
    };
    sentences
        .iter()
        .map(|s| {
            let Some(f) = offsets.get(s.doc as usize).map(|o| o + s.sentence as usize).and_then(|i| features.get(i)) else {
                return String::from("no such sentence");
            };
            let mut out = show(f);
            for c in &f.clauses {
                out.push_str("\n    clause: ");
                out.push_str(&show(c));
            }
            out
        })
        .collect()
}

/// Candidate pairs `(i, j)` with `i < j` from different documents that share one of
/// either sentence's rarest keys.
fn candidates(features: &[Features], weights: &Weights, config: &AlignConfig) -> Vec<(usize, usize)> {
    // Keys: a word, a name, a figure unit or a quoted speaker, each in its own range.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    enum Key {
        Word(u32),
        Entity(u32),
        Speaker(u32),
    }
    let keys_of = |f: &Features| -> Vec<(f32, Key)> {
        // Figure units ("#point") are keys like words: "the original 28-point plan" and
        // "the initial 28-point plan" may share nothing rarer.
        let mut keys: Vec<(f32, Key)> = f.words.iter().chain(&f.units).map(|&w| (weights.word(w), Key::Word(w))).collect();
        keys.extend(f.entities.iter().map(|&e| (weights.entity(e), Key::Entity(e))));
        keys
    };
    let mut postings: HashMap<Key, Vec<u32>> = HashMap::new();
    for (i, f) in features.iter().enumerate() {
        for (_, k) in keys_of(f) {
            postings.entry(k).or_default().push(i as u32);
        }
        if let Some(s) = f.spoken.as_ref().and_then(|s| s.speaker) {
            postings.entry(Key::Speaker(s)).or_default().push(i as u32);
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, f) in features.iter().enumerate() {
        let mut keys = keys_of(f);
        // Rarest first; ties by key so the result does not depend on hashing.
        keys.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        let mut used = 0;
        let speaker = f.spoken.as_ref().and_then(|s| s.speaker).map(Key::Speaker);
        for k in keys.into_iter().map(|(_, k)| k).chain(speaker) {
            let Some(list) = postings.get(&k) else { continue };
            // A common key is read only around this sentence: the `max_postings` sentences
            // nearest to it in corpus order (sorted-neighbourhood blocking), so the work
            // per sentence is bounded whatever the corpus.
            let window = if list.len() > config.max_postings {
                let at = list.partition_point(|&x| (x as usize) < i);
                let start = at.saturating_sub(config.max_postings / 2).min(list.len() - config.max_postings);
                &list[start..start + config.max_postings]
            } else {
                &list[..]
            };
            for &j in window {
                let j = j as usize;
                if j != i && features[j].at.doc != f.at.doc {
                    out.push((i.min(j), i.max(j)));
                }
            }
            // A key no other sentence has finds nothing, so it does not use up the budget.
            if list.len() > 1 {
                used += 1;
            }
            if used >= config.block_keys && !matches!(k, Key::Speaker(_)) {
                break;
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A number as an outlet says it: "27", "2.5", "850 million", "1.3 billion" (a value a
/// scale word was multiplied into reads back with the word, not as "850000000").
fn number_as_said(n: f64) -> String {
    let plain = |x: f64| if x.fract() == 0.0 { format!("{}", x as i64) } else { format!("{}", (x * 1000.0).round() / 1000.0) };
    for &(word, scale) in crate::figures::SCALES.iter().rev().filter(|(_, scale)| *scale >= 1e6) {
        let x = n / scale;
        if x.abs() >= 1.0 && (x * 1000.0).fract().abs() < 1e-6 {
            return format!("{} {word}", plain(x));
        }
    }
    plain(n)
}

/// A short human explanation of a link; the shared words are shown as sentence `a`
/// writes them.
fn reason(ev: &Evidence, scorer: &score::Scorer, entities: &EntityIndex, a_text: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let short_name = |e: &crate::entities::Entity| match e.kind {
        EntityKind::Person => e.name.rsplit(' ').next().unwrap_or(&e.name).to_string(),
        _ => e.name.clone(),
    };
    let speaker = ev.speaker.and_then(|e| entities.entities.get(e as usize)).map(short_name);
    if ev.quote_overlap >= scorer.config.quote_overlap {
        let what = if ev.quote_identical { "same quote" } else { "same quote, worded differently" };
        parts.push(match speaker {
            Some(s) => format!("{what} by {s}"),
            None => what.to_string(),
        });
    }
    let figure_text = |(x, y): (u32, u32)| {
        let t = |i: u32| scorer.figures.get(i as usize).map(|f| f.text.clone()).unwrap_or_default();
        format!("{} / {}", t(x), t(y))
    };
    if let (Some((x, _)), Some((a_has_it, n))) = (ev.same_figure, ev.same_number) {
        let t = scorer.figures.get(x as usize).map(|f| f.text.clone()).unwrap_or_default();
        let n = number_as_said(n);
        parts.push(if a_has_it { format!("same figure ({t} / {n})") } else { format!("same figure ({n} / {t})") });
    } else if let Some(p) = ev.same_figure {
        parts.push(format!("same figure ({})", figure_text(p)));
    } else if let Some(p) = ev.differing_figure.filter(|_| ev.near_difference) {
        parts.push(format!("figures differ ({})", figure_text(p)));
    }
    // People first, then the rarest names.
    let mut shared: Vec<(bool, f32, &crate::entities::Entity)> = ev
        .shared_entities
        .iter()
        .filter_map(|&e| entities.entities.get(e as usize).map(|x| (x.kind != EntityKind::Person, -scorer.weights.entity(e), x)))
        .collect();
    shared.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.total_cmp(&y.1)));
    let names: Vec<String> = shared.into_iter().map(|(_, _, e)| short_name(e)).collect();
    match names.len() {
        0 => {}
        1 => parts.push(format!("1 shared name ({})", names[0])),
        n if n <= 3 => parts.push(format!("{n} shared names ({})", names.join(", "))),
        n => parts.push(format!("{n} shared names ({}, …)", names[..3].join(", "))),
    }
    // Each shared stem as sentence `a` writes it, rarest first.
    let written: Vec<(u32, &str)> = crate::search::words(a_text)
        .into_iter()
        .filter_map(|(s, e, w)| {
            scorer.vocabulary.lookup(&format!("~{}", features::stem(&w))).map(|id| (id, a_text.get(s..e).unwrap_or("")))
        })
        .collect();
    let mut words: Vec<(f32, &str)> = ev
        .shared_words
        .iter()
        .filter_map(|&w| written.iter().find(|(id, _)| *id == w).map(|(_, t)| (scorer.weights.word(w), *t)))
        .collect();
    words.sort_by(|x, y| y.0.total_cmp(&x.0));
    let days: Vec<String> = ev
        .shared_words
        .iter()
        .filter_map(|&w| scorer.vocabulary.words.get(w as usize)?.strip_prefix(features::DAY_PREFIX))
        .map(|md| crate::date::describe_iso(&format!("2000-{md}")).replace(" 2000", ""))
        .collect();
    if !days.is_empty() {
        parts.push(format!("same day ({})", days.join(", ")));
    }
    let years: Vec<&str> =
        ev.shared_words.iter().filter_map(|&w| scorer.vocabulary.words.get(w as usize)?.strip_prefix(features::YEAR_PREFIX)).collect();
    if !years.is_empty() {
        parts.push(format!("same year ({})", years.join(", ")));
    }
    let numbers: Vec<&str> =
        ev.shared_numbers.iter().filter_map(|&w| scorer.vocabulary.words.get(w as usize)?.strip_prefix(features::NUMBER_PREFIX)).collect();
    if !numbers.is_empty() {
        parts.push(format!("same number ({})", numbers.join(", ")));
    }
    if !words.is_empty() {
        let shown: Vec<&str> = words.iter().take(4).map(|w| w.1).collect();
        let n = words.len();
        parts.push(format!("{n} shared word{}: {}", if n == 1 { "" } else { "s" }, shown.join(", ")));
    }
    if parts.is_empty() {
        parts.push("similar wording".to_string());
    }
    // Evidence strong enough to link two sentences set on different days: one outlet
    // may have the day wrong, and the reader should see it.
    if let Some((a, b)) = &ev.days_differ {
        parts.push(format!("days differ ({a} / {b})"));
    }
    if let Some((a, b)) = &ev.scores_differ {
        parts.push(format!("scores differ ({a} / {b})"));
    }
    parts.join("; ")
}

fn sentence_text(doc: &Document, sentence: u32) -> &str {
    doc.sentences.get(sentence as usize).map_or("", |s| doc.sentence_text(s))
}

/// Groups links into facts: links are taken strongest first (editor links before
/// machine ones), and two groups join only when they hold no two sentences of one
/// document, so a fact holds at most one sentence per document, and when the joining
/// link scores at least `FACT_COHESION` of the strongest link in them, so a weak link
/// does not pull a loosely related sentence into a well-attested fact. A sentence joins a
/// fact only when two links or more hold it there (both members of a fact of two), and
/// two facts join only on two links between them: a sentence that reports two facts links
/// to one sentence about each ("Putin — who's expected to meet … envoy on Tuesday —
/// insists Russia won't stop until it controls the entire Donbas region"), and a chain
/// through it alone would put a sentence about the meeting beside one about the Donbas as
/// one fact. (Asking for a link to every member instead splits large facts, since a
/// sentence keeps at most `AlignConfig::max_links`.) An editor's link joins its two
/// sentences' facts whatever the other links.
pub fn group_facts(links: &[Link]) -> Vec<Fact> {
    let mut order: Vec<usize> = (0..links.len()).collect();
    let editor = |l: &Link| l.origin != Origin::Machine;
    order.sort_by(|&x, &y| editor(&links[y]).cmp(&editor(&links[x])).then(links[y].score.total_cmp(&links[x].score)).then(x.cmp(&y)));
    // Each group keeps its documents, so a join is checked in the time of the smaller
    // group, and the smaller group moves into the larger; and its strongest machine link.
    let mut group_of: HashMap<SentenceRef, usize> = HashMap::new();
    let mut groups: Vec<Vec<SentenceRef>> = Vec::new();
    let mut docs_of: Vec<std::collections::HashSet<u32>> = Vec::new();
    let mut strongest: Vec<f32> = Vec::new();
    let mut linked: std::collections::HashSet<(SentenceRef, SentenceRef)> = links.iter().flat_map(|l| [(l.a, l.b), (l.b, l.a)]).collect();
    // Two sentences an editor linked are one: what links to one links to the other.
    for e in links.iter().filter(|l| editor(l)) {
        for l in links {
            for (x, y) in [(e.a, e.b), (e.b, e.a)] {
                let other = if l.a == x {
                    l.b
                } else if l.b == x {
                    l.a
                } else {
                    continue;
                };
                if other != y {
                    linked.insert((y, other));
                    linked.insert((other, y));
                }
            }
        }
    }
    // Whether the sentences of `group` are held to those of `others` by two links or
    // more (by every pair when there are fewer than two pairs).
    let held = |group: &[SentenceRef], others: &[SentenceRef]| {
        let pairs = group.len() * others.len();
        let links = group.iter().flat_map(|s| others.iter().map(move |o| (*s, *o))).filter(|p| linked.contains(p)).take(2).count();
        links >= pairs.min(2)
    };
    for &i in &order {
        let l = &links[i];
        let weight = if editor(l) { 0.0 } else { l.score };
        let cohesive = |g: usize| editor(l) || l.score >= FACT_COHESION * strongest[g];
        match (group_of.get(&l.a).copied(), group_of.get(&l.b).copied()) {
            (Some(x), Some(y)) if x == y => {}
            (Some(x), Some(y)) => {
                let (big, small) = if groups[x].len() >= groups[y].len() { (x, y) } else { (y, x) };
                if !cohesive(x)
                    || !cohesive(y)
                    || groups[small].iter().any(|s| docs_of[big].contains(&s.doc))
                    || !editor(l) && !held(&groups[small], &groups[big])
                {
                    continue;
                }
                let moved = std::mem::take(&mut groups[small]);
                for s in &moved {
                    group_of.insert(*s, big);
                    docs_of[big].insert(s.doc);
                }
                docs_of[small].clear();
                strongest[big] = strongest[big].max(strongest[small]);
                groups[big].extend(moved);
            }
            (Some(x), None) | (None, Some(x)) => {
                let new = if group_of.contains_key(&l.a) { l.b } else { l.a };
                if cohesive(x) && !docs_of[x].contains(&new.doc) && (editor(l) || held(&[new], &groups[x])) {
                    docs_of[x].insert(new.doc);
                    groups[x].push(new);
                    group_of.insert(new, x);
                }
            }
            (None, None) => {
                groups.push(vec![l.a, l.b]);
                docs_of.push([l.a.doc, l.b.doc].into_iter().collect());
                strongest.push(weight);
                group_of.insert(l.a, groups.len() - 1);
                group_of.insert(l.b, groups.len() - 1);
            }
        }
    }
    let mut facts: Vec<Fact> = groups
        .into_iter()
        .filter(|g| g.len() >= 2)
        .map(|mut sentences| {
            sentences.sort();
            Fact { sentences, links: Vec::new() }
        })
        .collect();
    facts.sort_by(|x, y| x.sentences.cmp(&y.sentences));
    let mut fact_of: HashMap<SentenceRef, usize> = HashMap::new();
    for (fi, f) in facts.iter().enumerate() {
        for s in &f.sentences {
            fact_of.insert(*s, fi);
        }
    }
    for (li, l) in links.iter().enumerate() {
        if let (Some(x), Some(y)) = (fact_of.get(&l.a), fact_of.get(&l.b)) {
            if x == y {
                facts[*x].links.push(li as u32);
            }
        }
    }
    facts
}

/// For each person, the titles each document gives them ("Secretary of State" in one,
/// "top diplomat" in another), in the order of the entities. Honorifics ("Mr.") are not
/// titles and are left out; people no document gives a title are left out.
pub fn titles_by_outlet(docs: &[Document], entities: &EntityIndex) -> Vec<(u32, Vec<(u32, String)>)> {
    let mut by_entity: BTreeMap<u32, Vec<(u32, String)>> = BTreeMap::new();
    for m in &entities.mentions {
        let Some(role) = m.role.as_deref().map(str::trim) else { continue };
        if role.is_empty() || rules::HONORIFICS.contains(&role) || m.doc as usize >= docs.len() {
            continue;
        }
        if entities.entities.get(m.entity as usize).is_none_or(|e| e.kind != EntityKind::Person) {
            continue;
        }
        let list = by_entity.entry(m.entity).or_default();
        if !list.iter().any(|(d, t)| *d == m.doc && t == role) {
            list.push((m.doc, role.to_string()));
        }
    }
    by_entity
        .into_iter()
        .map(|(e, mut list)| {
            list.sort_by_key(|(d, _)| *d);
            (e, list)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::parse_file;

    /// Parses articles (one per file) and aligns them with the default configuration.
    fn run(texts: &[&str]) -> (Vec<Document>, Alignment) {
        run_with(texts, &AlignConfig::default())
    }

    fn run_with(texts: &[&str], config: &AlignConfig) -> (Vec<Document>, Alignment) {
        let docs: Vec<Document> = texts.iter().enumerate().flat_map(|(i, t)| parse_file(&format!("{i:03}_t.txt"), t).documents).collect();
        align_docs(docs, config)
    }

    fn align_docs(docs: Vec<Document>, config: &AlignConfig) -> (Vec<Document>, Alignment) {
        let entities = crate::entities::extract(&docs);
        let quotes = crate::quotes::extract(&docs, &entities);
        let figures = crate::figures::extract(&docs);
        let dates = crate::dates::extract(&docs);
        let alignment = align(&docs, &entities, &quotes, &figures, &dates, config);
        (docs, alignment)
    }

    fn sentence(docs: &[Document], s: SentenceRef) -> &str {
        docs[s.doc as usize].sentence_text(&docs[s.doc as usize].sentences[s.sentence as usize])
    }

    #[test]
    fn compatible_figures_and_shared_names_link() {
        let (docs, al) = run(&[
            "The talks went on. Rubio, Witkoff and Kushner met Ukrainian officials at the Shell Bay golf club for five hours. The weather was fine.",
            "Markets fell. Marco Rubio, Steve Witkoff and Jared Kushner met the Ukrainian side at Shell Bay golf club for more than four hours. Bread prices rose.",
        ]);
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        let l = &al.links[0];
        assert!(sentence(&docs, l.a).contains("five hours"));
        assert_eq!(l.relation, Relation::Same);
        assert!(l.reason.contains("same figure (five hours / more than four hours)"), "{}", l.reason);
    }

    #[test]
    fn a_clause_of_a_long_sentence_links_with_a_short_sentence_that_reports_it() {
        let texts = [
            "Markets fell. Vladimir Putin — who is expected to meet envoy Steve Witkoff in Moscow on Tuesday about prisoner exchanges, frozen central bank assets, \
             grain shipments, energy infrastructure and sanctions relief — insists Russia will keep the whole Donbas region of eastern Ukraine. Bread was cheap.",
            "Prices rose. At a news conference, the Russian leader Vladimir Putin reiterated demands for the whole Donbas region of eastern Ukraine. \
             Shares rose.",
        ];
        let (docs, al) = run(&texts);
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        assert!(sentence(&docs, al.links[0].a).contains("insists"));
        assert!(al.links[0].reason.contains("Donbas"), "{}", al.links[0].reason);
        // As whole sentences, the plan in the interruption drowns the shared claim.
        let (_, whole) = run_with(&texts, &AlignConfig { clause_factor: 0.0, ..AlignConfig::default() });
        assert!(whole.links.is_empty(), "{:?}", whole.links);
    }

    #[test]
    fn articles_published_far_apart_need_more_evidence() {
        let published = |texts: &[&str], days: [u8; 2]| {
            let mut docs: Vec<Document> =
                texts.iter().enumerate().flat_map(|(i, t)| parse_file(&format!("{i:03}_t.txt"), t).documents).collect();
            for (doc, day) in docs.iter_mut().zip(days) {
                let t = crate::document::Timestamp { year: Some(2025), month: 11, day, time: None, offset_minutes: None, updated: false };
                doc.meta.published = Some(crate::document::Field::editor(t));
            }
            align_docs(docs, &AlignConfig::default()).1.links.iter().map(|l| (l.score * 100.0).round() as u32).collect::<Vec<_>>()
        };
        // A modest link, kept on the same day by the ratio test (each sentence's clear
        // best match): a week apart it is the same people at another round of talks.
        let modest = [
            "Markets fell. Rustem Umerov led Ukraine's delegation at the talks with Steve Witkoff on security. Bread was cheap.",
            "Prices rose. Umerov has also held talks with Witkoff about the army. Shares rose.",
        ];
        assert_eq!(published(&modest, [24, 24]).len(), 1);
        assert_eq!(published(&modest, [24, 26]).len(), 1);
        assert!(published(&modest, [24, 30]).is_empty());
        // A follow-up that recalls the first report's fact in its words keeps the link.
        let strong = [
            "Markets fell. Rustem Umerov led Ukraine's delegation at the talks with Steve Witkoff. Bread was cheap.",
            "Prices rose. The Ukrainian team, led by Rustem Umerov, held talks with Steve Witkoff. Shares rose.",
        ];
        assert_eq!(published(&strong, [24, 24]), published(&strong, [24, 30]));
        assert_eq!(published(&strong, [24, 30]).len(), 1);
        // A figure that differs a week on is what changed, not two accounts of one figure.
        let figures = [
            "Markets fell. Shares in Vetrachem fell 7.8% in Frankfurt after the explosion at its plant. Bread was cheap.",
            "Prices rose. Shares in Vetrachem have lost 15% in Frankfurt since the explosion at its plant. Shares rose.",
        ];
        let (same_day, week_on) = (published(&figures, [24, 24]), published(&figures, [24, 30]));
        let factor = AlignConfig::default().published_moment_factor;
        assert_eq!((same_day.len(), week_on.len()), (1, 1));
        assert!(week_on[0].abs_diff((same_day[0] as f32 * factor).round() as u32) <= 1, "{same_day:?} {week_on:?}");
        // Without dates, nothing is known: the link stands.
        assert_eq!(run(&strong).1.links.len(), 1);
        // A state that ended days on is what changed, as a figure is; a change denied is
        // none.
        let state = |later: &str| {
            let texts = [
                "Markets fell. Ambulances have been diverted from the emergency departments in Owen Sound and Orillia. Bread was cheap.",
                later,
            ];
            (published(&texts, [24, 24]), published(&texts, [24, 30]))
        };
        let (same_day, week_on) =
            state("Prices rose. Ambulances stopped being diverted from the emergency departments in Owen Sound and Orillia. Shares rose.");
        assert_eq!((same_day.len(), week_on.len()), (1, 1));
        assert!(week_on[0].abs_diff((same_day[0] as f32 * factor).round() as u32) <= 1, "{same_day:?} {week_on:?}");
        let (same_day, week_on) = state("Prices rose. Ambulances have not stopped being diverted from the emergency departments in Owen Sound and Orillia. Shares rose.");
        assert_eq!(same_day, week_on);
    }

    #[test]
    fn talks_in_two_places_are_two_events() {
        let links = |a: &str, b: &str, config: &AlignConfig| run_with(&[a, b], config).1.links.len();
        let config = AlignConfig::default();
        let florida = "Markets fell. Rustem Umerov said the talks with Steve Witkoff in Florida on security guarantees were productive. Bread was cheap.";
        // Geneva is not in Florida; Miami is, and so is "South Florida".
        let geneva =
            "Prices rose. Rustem Umerov said the talks with Steve Witkoff in Geneva on security guarantees were productive. Shares rose.";
        let miami =
            "Prices rose. Rustem Umerov said the Miami talks with Steve Witkoff on security guarantees were productive. Shares rose.";
        let south = "Prices rose. Rustem Umerov said the talks with Steve Witkoff in South Florida on security guarantees were productive. Shares rose.";
        assert_eq!(links(florida, geneva, &config), 0);
        assert_eq!(links(florida, miami, &config), 1);
        assert_eq!(links(florida, south, &config), 1);
        // Without the rule, the two events would be linked.
        assert_eq!(links(florida, geneva, &AlignConfig { place_conflict_factor: 1.0, ..config.clone() }), 1);
        // Where someone goes is not where something happened: no conflict.
        let travel = "Prices rose. Rustem Umerov said the talks with Steve Witkoff on security guarantees were productive before he flew to Geneva. Shares rose.";
        assert_eq!(links(florida, travel, &config), 1);
        // A sentence that names no place is set where its headline sets the story.
        let headlined = "Umerov hails Miami talks\n\nOil slipped. Rustem Umerov said the talks with Steve Witkoff on security guarantees were productive. Rain fell.";
        let plain = "Oil slipped. Rustem Umerov said the talks with Steve Witkoff on security guarantees were productive. Rain fell.";
        assert_eq!(links(geneva, headlined, &config), 0);
        assert_eq!(links(geneva, plain, &config), 1);
        assert_eq!(links(florida, headlined, &config), 1);
        // A headline's place of two words, though the articles name places of one.
        let two_words = "Umerov hails Fort Lauderdale talks\n\nOil slipped. Rustem Umerov said the talks with Steve Witkoff on security guarantees were productive. Rain fell.";
        assert_eq!(links(geneva, two_words, &config), 0);
    }

    #[test]
    fn the_same_deed_on_two_days_is_two_events() {
        let links = |a: &str, b: &str, config: &AlignConfig| run_with(&[a, b], config).1.links.len();
        let config = AlignConfig::default();
        let sunday = "Markets fell. Rustem Umerov's delegation arrived in Miami on Sunday for talks with Steve Witkoff. Bread was cheap.";
        let saturday = "Prices rose. Rustem Umerov's delegation arrived in Miami on Saturday for talks with Steve Witkoff. Shares rose.";
        assert_eq!(links(sunday, saturday, &config), 0);
        // Without the rule, the two arrivals would be linked.
        assert_eq!(links(sunday, saturday, &AlignConfig { date_conflict_factor: 1.0, ..config.clone() }), 1);
        // The day of saying is not the day of what was said.
        let plan =
            "Markets fell. Steve Witkoff is expected to meet Vladimir Putin in Moscow on Tuesday about the peace plan. Bread was cheap.";
        let said =
            "Prices rose. Trump said on Sunday that Steve Witkoff will meet Vladimir Putin in Moscow about the peace plan. Shares rose.";
        let other = "Prices rose. Steve Witkoff will meet Vladimir Putin in Moscow on Sunday about the peace plan. Shares rose.";
        assert_eq!(links(plan, said, &config), 1);
        assert_eq!(links(plan, other, &config), 0);
        // A dated list: its items are set on the day of the line that leads into it.
        // Where the evidence is strong enough to link them anyway, the reason says so.
        let (_, al) = run_with(&[sunday, saturday], &AlignConfig { date_conflict_factor: 1.0, ..config.clone() });
        assert!(al.links[0].reason.contains("days differ (Sunday / Saturday)"), "{}", al.links[0].reason);
        let listed = "Key developments on Nov. 29, 2025:\n\n- Umerov's delegation arrives in Miami for talks with Steve Witkoff\n- Prices rise\n\nBread was cheap.";
        let dated =
            "Markets fell. Rustem Umerov's delegation arrived in Miami on November 30, 2025, for talks with Steve Witkoff. Shares rose.";
        let same_day =
            "Markets fell. Rustem Umerov's delegation arrived in Miami on November 29, 2025, for talks with Steve Witkoff. Shares rose.";
        assert_eq!(links(listed, dated, &config), 0);
        assert_eq!(links(listed, same_day, &config), 1);
    }

    #[test]
    fn a_name_and_a_demonym_are_not_yet_a_fact() {
        let pair = |word: &str| {
            run(&[
                &format!("Markets fell. Rustem Umerov greeted {word} reporters. Bread was cheap."),
                &format!("Prices rose. Rustem Umerov thanked the {word} crowd. Shares rose."),
            ])
            .1
            .links
            .len()
        };
        // "Ukrainian" says which party, as "Ukraine" would; "foreign" is a shared word.
        assert_eq!(pair("Ukrainian"), 0);
        assert_eq!(pair("foreign"), 1);
    }

    #[test]
    fn a_name_and_a_light_verb_or_a_weekday_are_not_yet_a_fact() {
        let pair = |a: &str, b: &str| {
            run(&[&format!("Markets fell. {a} Bread was cheap."), &format!("Prices rose. {b} Shares rose.")]).1.links.len()
        };
        // "wants" leaves what is wanted to its object; "praised" is a shared deed.
        assert_eq!(pair("Rustem Umerov wants a ceasefire.", "Rustem Umerov said Kyiv wants elections."), 0);
        assert_eq!(pair("Rustem Umerov praised a ceasefire.", "Rustem Umerov said Kyiv praised elections."), 1);
        // A weekday is compared as a day, not counted as a shared word.
        assert_eq!(pair("Rustem Umerov spoke to reporters on Sunday.", "Rustem Umerov left for Berlin on Sunday."), 0);
        assert_eq!(pair("Rustem Umerov spoke to reporters in Kyiv.", "Rustem Umerov left reporters in Kyiv."), 1);
    }

    #[test]
    fn a_number_reads_back_as_said() {
        assert_eq!(number_as_said(27.0), "27");
        assert_eq!(number_as_said(2.5), "2.5");
        assert_eq!(number_as_said(850e6), "850 million");
        assert_eq!(number_as_said(1.3e9), "1.3 billion");
        assert_eq!(number_as_said(1_200_000.0), "1.2 million");
        assert_eq!(number_as_said(146_000.0), "146000");
    }

    #[test]
    fn differing_figures_are_marked() {
        let (_, al) = run(&[
            "The talks went on. The peace plan was whittled down to 19 points in Geneva talks with Umerov. Prices rose.",
            "Markets fell. The peace plan was cut to 20 points after Geneva talks with Umerov. Bread was cheap.",
        ]);
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        assert_eq!(al.links[0].relation, Relation::FigureDiffers);
        assert!(al.links[0].reason.contains("figures differ (19 points / 20 points)"), "{}", al.links[0].reason);
    }

    /// Clock times that agree are evidence ("9.47pm" / "just before 10pm local time");
    /// two that differ are two moments, and two ages two people, never one figure given
    /// two ways.
    #[test]
    fn clock_times_and_ages_that_agree_are_evidence_and_others_no_difference() {
        let pair = |a: &str, b: &str| {
            let (_, al) = run(&[&format!("The talks went on. {a} Prices rose."), &format!("Markets fell. {b} Bread was cheap.")]);
            al.links
        };
        let (a, b) = (
            "The Veyra 6 cleared its tower at 9.47pm on Tuesday over the mangroves.",
            "The Veyra 6 took off just before 10pm local time on Tuesday.",
        );
        let links = pair(a, b);
        assert_eq!(links.len(), 1, "{links:?}");
        assert!(links[0].reason.contains("same figure (9.47pm / just before 10pm local time)"), "{}", links[0].reason);
        let links = pair(a, "The Veyra 6 took off at 6 a.m. local time on Tuesday.");
        assert!(links.iter().all(|l| l.relation != Relation::FigureDiffers && !l.reason.contains("figures differ")), "{links:?}");
        // Two ages are two people.
        let links = pair(
            "The 22-year-old Hungarian Levente Orbanyi beat Joaquin Elorriaga in the Kingsmere final.",
            "The 28-year-old Joaquin Elorriaga lost the Kingsmere final to Levente Orbanyi.",
        );
        assert!(links.iter().all(|l| l.relation != Relation::FigureDiffers && !l.reason.contains("figures differ")), "{links:?}");
    }

    /// The very same figure given to three digits or more ("£2.85m") is one fact's; a
    /// round one ("£3m") many facts may share.
    #[test]
    fn a_precise_figure_weighs_more_than_a_round_one() {
        let pair = |a: &str, b: &str| {
            let (_, al) = run(&[&format!("The talks went on. {a} Prices rose."), &format!("Markets fell. {b} Bread was cheap.")]);
            al.links
        };
        let (a, b) =
            ("Orbanyi collects MONEY in prize money.", "The winner's cheque of MONEY is more than Orbanyi had earned in his career.");
        let links = pair(&a.replace("MONEY", "£2.85m"), &b.replace("MONEY", "£2.85m"));
        assert_eq!(links.len(), 1, "{links:?}");
        assert!(links[0].reason.contains("same figure (£2.85m / £2.85m)"), "{}", links[0].reason);
        assert!(pair(&a.replace("MONEY", "£3m"), &b.replace("MONEY", "£3m")).is_empty());
    }

    #[test]
    fn a_fact_given_twice_in_one_article_links_twice() {
        let (_, al) = run(&[
            "The talks went on. Mojca Kovačič's Slovenian Civic Union took 31.4% of the vote and 31 of the 90 seats. Markets were calm. \
             With 99.8% of ballots counted, the SDZ had 31.4% of the vote, which would give it 31 seats in the 90-seat National Assembly. \
             Prices rose.",
            "Markets fell. Mojca Kovačič's Slovenian Civic Union (SDZ) took 31.4% of the vote and 31 of the 90 seats in the National Assembly. \
             Bread was cheap.\n\nBy the numbers:\n\n• SDZ: 31.4% of the vote, 31 seats in the 90-seat parliament",
        ]);
        // Each article gives the fact twice; the two running texts' sentences are neither
        // one's best match in the other (a summary line is), and still link.
        let linked = |a: u32, b: u32| al.links.iter().any(|l| (l.a.doc, l.a.sentence, l.b.doc, l.b.sentence) == (0, a, 1, b));
        assert!(linked(3, 1), "{:?}", al.links);
    }

    #[test]
    fn figures_far_apart_are_two_figures_not_one_given_two_ways() {
        let pair = |a: &str, b: &str| {
            let (_, al) = run(&[&format!("The talks went on. {a} Prices rose."), &format!("Markets fell. {b} Bread was cheap.")]);
            al.links
        };
        // A fine and damages share their unit and a word, and no more.
        let links = pair("Ferrosign itself was handed a €1.5 million fine.", "Ferrosign must also pay €3.1 million in damages.");
        assert!(links.is_empty(), "{links:?}");
        // Near figures of one fact are evidence, and the link says they differ.
        let links = pair("Ferrosign itself was handed a €1.5 million fine.", "Ferrosign itself was handed a €1.4 million fine.");
        assert_eq!(links.len(), 1, "{links:?}");
        assert_eq!(links[0].relation, Relation::FigureDiffers);
        // Far apart, what else two sentences share may link them, but not as one figure
        // given two ways.
        let links = pair(
            "Prosecutors had sought a seven-year prison sentence for the former minister Van Steenkiste.",
            "Prosecutors had sought a two-year prison sentence for the former minister Van Steenkiste.",
        );
        assert!(links.iter().all(|l| l.relation != Relation::FigureDiffers && !l.reason.contains("figures differ")), "{links:?}");
        // The figures a link names are the near pair, not the first two that differ.
        let links = pair("The GS won 34.1% on a turnout of 69.8% in Ljubljana.", "Turnout was 67.3% in Ljubljana, where the GS won.");
        assert_eq!(links.len(), 1, "{links:?}");
        assert!(links[0].reason.contains("69.8%") && !links[0].reason.contains("34.1%"), "{links:?}");
    }

    #[test]
    fn the_same_utterance_worded_twice_is_a_quote_variant() {
        let (_, al) = run(&[
            "The talks went on. “We don’t want to only end the war but make Ukraine safe forever,” Marco Rubio said. Prices rose.",
            "Markets fell. “We don’t just want to end the war, we also want to help Ukraine be safe forever,” Marco Rubio said after the meeting.",
        ]);
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        assert_eq!(al.links[0].relation, Relation::QuoteVariant);
        assert!(al.links[0].reason.starts_with("same quote, worded differently by Rubio"), "{}", al.links[0].reason);
    }

    /// A quote and another outlet's report of it in its own words, naming the speaker: the
    /// same utterance, though one says "will" and the other "had let … would".
    #[test]
    fn a_quote_and_its_report_in_other_words_are_one_utterance() {
        let (_, al) = run(&[
            "Markets fell. Transport Minister Idris Kalvan: \"Whoever let it leave the jetty will answer for it.\" Bread was cheap.",
            "Shares rose. The minister, Idris Kalvan, stood on the landing to say that whoever had let the ferry leave would answer for it. Prices fell.",
        ]);
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        assert_eq!(al.links[0].relation, Relation::QuoteVariant);
        assert!(al.links[0].reason.starts_with("same quote, worded differently by Kalvan"), "{}", al.links[0].reason);
    }

    #[test]
    fn a_plan_and_its_outcome_score_lower_than_two_reports_of_the_outcome() {
        let score = |a: &str, b: &str| {
            let (_, al) = run(&[a, b]);
            al.links.first().map_or(0.0, |l| l.score)
        };
        let done = "Prices rose. Witkoff met Putin in the Kremlin on Tuesday for five hours. Bread was cheap.";
        let plan = "Markets fell. Witkoff plans to meet Putin in the Kremlin on Tuesday for five hours. Shares rose.";
        let done_too = "Markets fell. Witkoff met Putin in the Kremlin on Tuesday for five hours. Shares rose.";
        assert!(score(done, plan) < 0.5 * score(done, done_too), "{} / {}", score(done, plan), score(done, done_too));
    }

    #[test]
    fn an_article_that_reports_done_what_others_plan_tells_a_later_moment() {
        // Two reports of Sunday's talks in Miami (one plans the Moscow trip), and one
        // written after the Moscow meeting, which names the same people in the same roles.
        let sunday = "Umerov and Witkoff held talks at the Shell Bay golf club in Miami on Sunday. \
             The Ukrainian side was represented by Rustem Umerov and Andrii Hnatov at the golf club. \
             Steve Witkoff plans to travel to Moscow on Monday and meet Vladimir Putin on Tuesday. Rubio praised the progress.";
        let sunday_too = "Talks between Umerov and Witkoff took place at the Shell Bay golf club in Miami on Sunday. \
             Ukraine was represented by Rustem Umerov and Andrii Hnatov at the golf club. \
             Rubio said the talks made progress. Markets were calm.";
        // (The team sentence is a paragraph of its own: had it followed Tuesday's
        // meeting, the day alone would tell it from Sunday's team.)
        let later = "Steve Witkoff met Vladimir Putin in Moscow on Tuesday for five hours.\n\n\
             Ukraine was represented by Rustem Umerov and Andrii Hnatov. The talks covered territory. Bread was cheap.";
        let docs_linked = |texts: &[&str]| {
            let (_, al) = run(texts);
            let mut pairs: Vec<(u32, u32)> = al.links.iter().map(|l| (l.a.doc, l.b.doc)).collect();
            pairs.dedup();
            pairs
        };
        // Without the Sunday plan, the later article's team sentence joins the Sunday
        // report's; with it, the later article is told apart from both Sunday reports,
        // though only one of them plans the meeting.
        assert!(docs_linked(&[sunday_too, later]).contains(&(0, 1)));
        assert_eq!(docs_linked(&[sunday, sunday_too, later]), vec![(0, 1)]);
        // The reader is told why: the plan and its outcome, for the two Sunday reports alike.
        let (docs, al) = run(&[sunday, sunday_too, later]);
        let why = al.told_apart(0, 2).expect("told apart");
        assert!(sentence(&docs, why.plan).starts_with("Steve Witkoff plans to travel"), "{why:?}");
        assert!(sentence(&docs, why.done).starts_with("Steve Witkoff met Vladimir Putin"), "{why:?}");
        assert_eq!(al.told_apart(2, 1), Some(why));
        assert_eq!(al.told_apart(0, 1), None);
        assert_eq!(al.moments[0], al.moments[1]);
        assert_ne!(al.moments[0], al.moments[2]);
    }

    proptest::proptest! {
        /// Whatever the machine's links, a fact holds one sentence per document, each
        /// linked to another of them, and its links are links between its sentences.
        #[test]
        fn facts_hold_together_for_any_links(
            raw in proptest::collection::vec(((0u32..5, 0u32..3), (0u32..5, 0u32..3), 1u32..100), 0..30),
        ) {
            let links: Vec<Link> = raw
                .into_iter()
                .filter(|((da, _), (db, _), _)| da < db)
                .map(|(a, b, score)| link(a, b, score as f32 / 100.0))
                .collect();
            let linked = |x: SentenceRef, y: SentenceRef| links.iter().any(|l| (l.a, l.b) == (x, y) || (l.a, l.b) == (y, x));
            for f in group_facts(&links) {
                let docs: HashSet<u32> = f.sentences.iter().map(|s| s.doc).collect();
                proptest::prop_assert_eq!(docs.len(), f.sentences.len());
                for &s in &f.sentences {
                    proptest::prop_assert!(f.sentences.iter().any(|&o| o != s && linked(s, o)), "{:?} in {:?}", s, f.sentences);
                }
                for &l in &f.links {
                    let l = &links[l as usize];
                    proptest::prop_assert!(f.sentences.contains(&l.a) && f.sentences.contains(&l.b));
                }
            }
        }

        /// Documents joined directly or through others share a moment, unless a pair told
        /// apart would end up inside one; each moment is named by its smallest member.
        #[test]
        fn moments_join_what_they_may_and_never_two_told_apart(
            count in 1usize..12,
            pairs in proptest::collection::vec((0u32..12, 0u32..12), 0..20),
            apart in proptest::collection::vec((0u32..12, 0u32..12), 0..4),
        ) {
            let n = count as u32;
            let pairs: Vec<(u32, u32)> = pairs.into_iter().filter(|&(a, b)| a < n && b < n).collect();
            let apart: HashSet<(u32, u32)> = apart.into_iter().filter(|&(a, b)| a < b && b < n).collect();
            let m = moments(count, &pairs, &apart);
            proptest::prop_assert_eq!(m.len(), count);
            for (d, &g) in m.iter().enumerate() {
                proptest::prop_assert!(g <= d as u32 && m[g as usize] == g);
            }
            for &(a, b) in &apart {
                proptest::prop_assert_ne!(m[a as usize], m[b as usize]);
            }
            if apart.is_empty() {
                for &(a, b) in &pairs {
                    proptest::prop_assert_eq!(m[a as usize], m[b as usize]);
                }
            }
        }
    }

    #[test]
    fn one_person_planning_and_doing_is_not_yet_another_moment() {
        // One name in common is a person's plan and deed, not two moments of one story.
        let (_, al) = run(&[
            "Markets fell. Marco Rubio will brief senators about the peace plan on Tuesday. Bread was cheap.",
            "Prices rose. Marco Rubio briefed senators about the peace plan on Tuesday. Shares rose.",
        ]);
        assert!(al.later.is_empty(), "{:?}", al.later);
        let (_, al) = run(&[
            "Markets fell. Marco Rubio and Jared Kushner will brief senators about the peace plan on Tuesday. Bread was cheap.",
            "Prices rose. Marco Rubio and Jared Kushner briefed senators about the peace plan on Tuesday. Shares rose.",
        ]);
        assert_eq!(al.later.len(), 1, "{:?} {:?}", al.later, al.links);
    }

    #[test]
    fn sentences_of_one_document_never_link() {
        let (_, al) = run(&["Witkoff met Umerov at the Shell Bay golf club. Witkoff met Umerov at the Shell Bay golf club again."]);
        assert!(al.links.is_empty(), "{:?}", al.links);
    }

    #[test]
    fn a_later_article_recapping_an_earlier_day_reports_its_fact() {
        let config = AlignConfig::default();
        let first = "Blast inquiry opens\nNovember 29, 2026\n\nMarkets fell. Prosecutors in Hildesheim opened an investigation on suspicion of negligent homicide on Saturday. Bread was cheap.";
        let recap = "Offices searched\nDecember 7, 2026\n\nShares rose. Prosecutors opened the case on suspicion of negligent homicide on Nov 28. Prices fell.";
        let (docs, al) = run_with(&[first, recap], &config);
        assert_eq!(days_apart(&docs[0], &docs[1]), Some(8));
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        // The same words about a day after the first article: a later moment.
        let later = "Offices searched\nDecember 7, 2026\n\nShares rose. Prosecutors opened a second case on suspicion of negligent homicide on Dec 5. Prices fell.";
        let (_, al) = run_with(&[first, later], &config);
        assert!(al.links.is_empty(), "{:?}", al.links);
    }

    #[test]
    fn a_figure_written_without_its_unit_is_the_same_figure() {
        let config = AlignConfig::default();
        let spelled = "Markets fell. Twenty-seven people were injured in the blast at the Vetrachem plant. Bread was cheap.";
        let bare = "Shares rose. The blast at the Vetrachem plant killed 13 people and injured 27, officials said. Prices fell.";
        let (_, al) = run_with(&[spelled, bare], &config);
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        assert_eq!(al.links[0].relation, Relation::Same, "{:?}", al.links[0]);
        assert!(al.links[0].reason.starts_with("same figure (Twenty-seven people / 27)"), "{}", al.links[0].reason);
    }

    /// A name and a number both give are more than names alone ("The USGS says 6.2" /
    /// "put the magnitude at 6.2"), a decimal under ten included; another number is not.
    #[test]
    fn a_name_and_the_same_number_are_a_fact() {
        let config = AlignConfig::default();
        let short = "Markets fell. The Varel Seismic Office says 6.2. Bread was cheap.";
        let long = |n: &str| format!("Shares rose. The Varel Seismic Office put the magnitude at {n} and the depth at 12 km. Prices fell.");
        assert_eq!(run_with(&[short, &long("6.2")], &config).1.links.len(), 1);
        assert_eq!(run_with(&[short, &long("6.3")], &config).1.links.len(), 0);
    }

    /// A sum given to two digits is one fact's however little else two sentences share
    /// ("wants $4.5M" / "is demanding $4.5 million"); a round sum is many facts'.
    #[test]
    fn a_sum_to_two_digits_is_one_facts() {
        let config = AlignConfig::default();
        let short = |sum: &str| format!("Markets fell. The gang behind it wants {sum}. Bread was cheap.");
        let long = |sum: &str| format!("Shares rose. It is demanding {sum}, to be paid in bitcoin. Prices fell.");
        assert_eq!(run_with(&[&short("$4.5M"), &long("$4.5 million")], &config).1.links.len(), 1);
        assert_eq!(run_with(&[&short("$5M"), &long("$5 million")], &config).1.links.len(), 0);
    }

    /// "others" counts what its sentence counted before, most often people: "More than 300
    /// others were injured" is the "300" another outlet gives bare.
    #[test]
    fn others_count_people() {
        let config = AlignConfig::default();
        let others = "Markets fell. The quake in Dolmir killed 43 people, and more than 300 others were injured. Bread was cheap.";
        let bare = "Shares rose. In Dolmir, more than 300 are hurt. Prices fell.";
        let reason = only_link_reason(&[others, bare], &config);
        assert!(reason.starts_with("same figure (more than 300 others / 300)"), "{reason}");
    }

    /// The reason of the one link two texts get.
    fn only_link_reason(texts: &[&str], config: &AlignConfig) -> String {
        let (_, al) = run_with(texts, config);
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        al.links[0].reason.clone()
    }

    /// An open range holds an exact figure of its unit near its bound, not one many times
    /// it: "More than 40 people died" is not the "146 people" rescued; two ranges may be
    /// far apart (a count that grew: "more than 80 aftershocks" / "more than 230").
    #[test]
    fn an_open_range_holds_an_exact_figure_near_its_bound() {
        let config = AlignConfig::default();
        let range = "Markets fell. More than 40 people died when the ferry capsized on the river near Mirhan. Bread was cheap.";
        let exact = |n: &str| format!("Shares rose. The ferry capsized on the river near Mirhan and {n} people died. Prices fell.");
        let reason = |n: &str| reason_of(&[range, &exact(n)], &config);
        assert!(reason("41").starts_with("same figure (More than 40 people / 41 people)"), "{}", reason("41"));
        assert!(!reason("146").starts_with("same figure"), "{}", reason("146"));
        let grown = |n: &str| format!("Shares rose. More than {n} people died when the ferry capsized on the river near Mirhan. Prices fell.");
        assert!(reason_of(&[range, &grown("230")], &config).starts_with("same figure"), "{}", reason_of(&[range, &grown("230")], &config));
    }

    /// A narrow closed range ("Nearly 150 people") holds a number another sentence gives
    /// bare anywhere inside it; a wide one ("dozens of people") holds none.
    #[test]
    fn a_narrow_range_holds_a_bare_number_inside_it() {
        let config = AlignConfig::default();
        let reason = |range: &str| {
            reason_of(
                &[
                    &format!("Markets fell. {range} people were rescued from the water near Mirhan on Monday. Bread was cheap."),
                    "Shares rose. Near Mirhan on Monday, 146 were rescued from the water. Prices fell.",
                ],
                &config,
            )
        };
        assert!(reason("Nearly 150").starts_with("same figure (Nearly 150 people / 146)"), "{}", reason("Nearly 150"));
        assert!(!reason("Dozens of").starts_with("same figure"), "{}", reason("Dozens of"));
    }

    /// A name one outlet writes in lowercase ("the Sabra river") is the place another
    /// names ("the Sabra River"), not two words; inside another name ("Sabra River Lines")
    /// it is not written.
    #[test]
    fn a_name_written_in_lowercase_is_the_name() {
        let config = AlignConfig::default();
        let named = "Markets fell. Navy divers searched the Sabra River near Mirhan for the missing. Bread was cheap.";
        let reason = reason_of(&[named, "Shares rose. Navy divers searched the muddy Sabra river for the missing. Prices fell."], &config);
        assert!(reason.starts_with("1 shared name (Sabra River)"), "{reason}");
        let (_, al) = run(&[named, "Shares rose. Sabra River Lines said navy divers searched for the missing. Prices fell."]);
        assert!(al.links.iter().all(|l| !l.reason.contains("Sabra River)")), "{:?}", al.links);
    }

    fn reason_of(texts: &[&str], config: &AlignConfig) -> String {
        run_with(texts, config).1.links.first().map(|l| l.reason.clone()).unwrap_or_default()
    }

    /// A range holds the bare number another outlet gives ("More than 40 people were
    /// hurt" / "43 are injured"), but not one outside it, nor one far beyond its floor
    /// ("300" is some other count).
    #[test]
    fn a_range_holds_a_number_written_without_its_unit() {
        let config = AlignConfig::default();
        let range = "Markets fell. More than 40 people were injured when the train left the rails near Kostel. Bread was cheap.";
        let bare = |n: &str| format!("Shares rose. The train left the rails near Kostel; nine died and {n} were injured. Prices fell.");
        let reason = |n: &str| reason_of(&[range, &bare(n)], &config);
        assert!(reason("43").starts_with("same figure (More than 40 people / 43)"), "{}", reason("43"));
        for outside in ["38", "300"] {
            assert!(!reason(outside).starts_with("same figure"), "{outside}: {}", reason(outside));
        }
    }

    /// A tally is the two counts another outlet gives apart; a span of time is the same
    /// span in another unit (`eval/heldout16`, a government's fall).
    #[test]
    fn a_tally_and_a_span_in_other_words_are_the_same_figure() {
        let config = AlignConfig::default();
        let tally = "Markets fell. The no-confidence motion against Stanek passed 78–69 in the Zbor. Bread was cheap.";
        let counts = "Shares rose. The motion against Stanek was backed by 78 lawmakers in the Zbor, with 69 voting against. Prices fell.";
        let reason = only_link_reason(&[tally, counts], &config);
        assert!(reason.starts_with("same figure (78–69 / 78 lawmakers)"), "{reason}");
        let days = "Markets fell. Stanek's coalition government lasted 828 days. Bread was cheap.";
        let months = "Shares rose. In the end the coalition government of Stanek lasted just over 27 months. Prices fell.";
        let reason = only_link_reason(&[days, months], &config);
        assert!(reason.starts_with("same figure (828 days / just over 27 months)"), "{reason}");
    }

    /// A month of a year both sentences write out is shared like a day: "in July 2025"
    /// dates one event, where "in July" alone is any July.
    #[test]
    fn a_month_of_a_year_is_shared_like_a_day() {
        let config = AlignConfig::default();
        let became = "Markets fell. Kovač became premier in July 2025. Bread was cheap.";
        let took = "Shares rose. Kovač took office in July 2025. Prices fell.";
        let (_, al) = run_with(&[became, took], &config);
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        let (_, al) = run_with(&[&became.replace(" 2025", ""), &took.replace(" 2025", "")], &config);
        assert!(al.links.is_empty(), "{:?}", al.links);
    }

    #[test]
    fn a_year_named_tells_another_event() {
        let config = AlignConfig::default();
        let then = "Blast\nNovember 29, 2026\n\nMarkets fell. A fire at the Vetrachem plant in 2019 injured two workers. Bread was cheap.";
        let now = "Fire\nNovember 29, 2026\n\nShares rose. A fire at the Vetrachem plant on Saturday injured two workers. Prices fell.";
        let undated = "Blast\nNovember 29, 2026\n\nMarkets fell. A fire at the Vetrachem plant injured two workers. Bread was cheap.";
        assert_eq!(run_with(&[then, now], &config).1.links.len(), 0);
        assert_eq!(run_with(&[undated, now], &config).1.links.len(), 1);
        let (_, al) = run_with(&[then, now], &AlignConfig { date_conflict_factor: 1.0, ..config.clone() });
        assert!(al.links[0].reason.contains("days differ (2019 / 2026)"), "{}", al.links[0].reason);
    }

    #[test]
    fn arriving_and_flying_somewhere_are_one_trip() {
        let config = AlignConfig::default();
        let arrived = "Prices rose. Umerov's delegation arrived in Miami on Saturday. Shares fell.";
        let flew = "Markets fell. Ukraine's delegation flew to Miami on Saturday with a shorter list of demands. Bread was cheap.";
        let (_, al) = run_with(&[arrived, flew], &config);
        assert_eq!(al.links.len(), 1, "{:?}", al.links);
        assert_eq!((al.links[0].a.sentence, al.links[0].b.sentence), (1, 1));
        assert!(al.links[0].reason.contains("arrived"), "{}", al.links[0].reason);
    }

    #[test]
    fn unrelated_sentences_do_not_link() {
        let (_, al) = run(&[
            "Umerov flew to Miami for talks on the peace plan. The delegation arrived on Saturday.",
            "Shares of Nvidia fell after new chip rules. Analysts expect revenue to grow.",
        ]);
        assert!(al.links.is_empty(), "{:?}", al.links);
    }

    fn link(a: (u32, u32), b: (u32, u32), score: f32) -> Link {
        Link {
            a: SentenceRef { doc: a.0, passage: 0, sentence: a.1 },
            b: SentenceRef { doc: b.0, passage: 0, sentence: b.1 },
            score,
            relation: Relation::Same,
            reason: String::new(),
            origin: Origin::Machine,
        }
    }

    #[test]
    fn facts_hold_one_sentence_per_document() {
        // 0:1 links to 1:4 and, more weakly, 2:7 links to 1:5: two sentences of document 1
        // would meet through 2:7 — 0:1, so that weaker join is refused.
        let links = vec![link((0, 1), (1, 4), 0.9), link((1, 5), (2, 7), 0.8), link((0, 1), (2, 7), 0.4), link((0, 2), (1, 6), 0.5)];
        let facts = group_facts(&links);
        assert_eq!(facts.len(), 3);
        for f in &facts {
            let mut docs: Vec<u32> = f.sentences.iter().map(|s| s.doc).collect();
            docs.dedup();
            assert_eq!(docs.len(), f.sentences.len());
        }
        assert_eq!(facts[0].links, vec![0]);
    }

    #[test]
    fn a_fact_does_not_grow_through_a_sentence_that_reports_two() {
        // 0:2 reports two facts: one linked to 1:2, the other to 2:28; 1:2 and 2:28 share
        // nothing. Three sentences linked pairwise are one fact, and a fourth joins it on
        // two links.
        let chain = vec![link((0, 2), (1, 2), 0.5), link((0, 2), (2, 28), 0.45)];
        let facts = group_facts(&chain);
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert_eq!(facts[0].sentences.len(), 2);
        let triangle = vec![link((0, 1), (1, 3), 0.5), link((0, 1), (2, 5), 0.45), link((1, 3), (2, 5), 0.3)];
        assert_eq!(group_facts(&triangle)[0].sentences.len(), 3);
        // The order of the links does not matter: the third side may come last.
        let late = vec![link((0, 1), (1, 3), 0.5), link((1, 3), (2, 5), 0.3), link((0, 1), (2, 5), 0.29)];
        assert_eq!(group_facts(&late)[0].sentences.len(), 3);
        let mut fourth = triangle.clone();
        fourth.extend([link((0, 1), (3, 2), 0.4), link((2, 5), (3, 2), 0.35)]);
        assert_eq!(group_facts(&fourth)[0].sentences.len(), 4);
        let mut loose = triangle.clone();
        loose.push(link((0, 1), (3, 2), 0.4));
        assert_eq!(group_facts(&loose)[0].sentences.len(), 3);
    }

    #[test]
    fn a_weak_link_does_not_pull_a_sentence_into_a_strong_fact() {
        let links = vec![link((0, 1), (1, 4), 0.9), link((1, 4), (2, 7), 0.2), link((2, 8), (3, 1), 0.2)];
        let facts = group_facts(&links);
        assert_eq!(facts.len(), 2, "{facts:?}");
        assert_eq!(facts[0].sentences.len(), 2);
        // An editor's link joins whatever the scores.
        let mut edited = links.clone();
        edited[1].origin = Origin::EditorAdded;
        assert_eq!(group_facts(&edited)[0].sentences.len(), 3);
    }

    #[test]
    fn titles_leave_out_honorifics() {
        let docs: Vec<Document> = ["Secretary of State Marco Rubio spoke. Mr. Rubio left.", "Marco Rubio, the top diplomat, spoke."]
            .iter()
            .enumerate()
            .flat_map(|(i, t)| parse_file(&format!("{i}.txt"), t).documents)
            .collect();
        let entities = crate::entities::extract(&docs);
        let titles = titles_by_outlet(&docs, &entities);
        let rubio = titles.iter().find(|(e, _)| entities.entities[*e as usize].name == "Marco Rubio");
        let Some((_, list)) = rubio else { panic!("no titles for Rubio: {titles:?}") };
        assert_eq!(list[0], (0, "Secretary of State".to_string()));
        assert!(list.iter().all(|(_, t)| t != "Mr."));
    }
}
