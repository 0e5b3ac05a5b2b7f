//! Filtering and full-text search: which passages match the reader's `Filter`, the facet
//! counts beside them (what co-occurs with the selection), and where to highlight.
//!
//! The unit of a result is a passage. Entity, kind, outlet, article and date filters read
//! small per-passage tables built once from the bundle; the text index (folded words with
//! their positions) is built on the first query, so the first screen does not pay for it.
//! Matching is case- and diacritic-insensitive; phrases go in quotes; the last word typed
//! also matches longer words that start with it (`umer` finds Umerov), so results follow
//! the reader's typing.
//!
//! This module must never panic on any filter, and never change what a document says.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_segmentation::UnicodeSegmentation;

mod fold_table;

use crate::document::{Document, Span};
use crate::entities::{slug, EntityIndex, EntityKind};
use crate::view::{Combine, Day, Filter};

/// Passages per results page: the DOM stays small whatever the corpus.
pub const PAGE_SIZE: usize = 25;
/// Most clauses of a query that are used; more are reported and dropped.
pub const MAX_CLAUSES: usize = 16;
/// The outlet slug of articles that name no outlet.
pub const UNKNOWN_OUTLET: &str = "unknown";

/// One passage of one document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PassageRef {
    pub doc: u32,
    pub passage: u32,
}

/// An outlet as the filter knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlet {
    pub slug: String,
    /// `None` for articles that name no outlet.
    pub name: Option<String>,
}

impl Outlet {
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or("Unknown outlet")
    }
}

/// The corpus arranged for filtering. Borrows the documents and entities it was built from.
pub struct Index<'a> {
    docs: &'a [Document],
    entities: &'a EntityIndex,
    passages: Vec<PassageRef>,
    /// Entities named in each passage with their mention counts, sorted by entity.
    passage_entities: Vec<Vec<(u32, u32)>>,
    /// Mentions (indices into `EntityIndex::mentions`) of each passage.
    passage_mentions: Vec<Vec<u32>>,
    /// The short slug of each entity as the URL prints it.
    entity_slugs: Vec<String>,
    slug_lookup: HashMap<String, SlugTarget>,
    pub outlets: Vec<Outlet>,
    doc_outlet: Vec<u32>,
    doc_lookup: HashMap<&'a str, u32>,
    doc_day: Vec<Option<Day>>,
    text: OnceLock<TextIndex>,
}

#[derive(Clone, Debug)]
enum SlugTarget {
    One(u32),
    Ambiguous(Vec<u32>),
}

/// A filter checked against the corpus: every slug resolved to an index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolved {
    pub entities: Vec<u32>,
    pub combine: Combine,
    pub kinds: Vec<EntityKind>,
    pub outlets: Vec<u32>,
    pub docs: Vec<u32>,
    pub from: Option<Day>,
    pub to: Option<Day>,
    pub query: TextQuery,
    pub page: u32,
}

/// What `Index::resolve` made of a filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checked {
    pub resolved: Resolved,
    /// The filter with what the corpus does not know removed (what the URL should say).
    pub filter: Filter,
    /// What was dropped, in words a reader understands.
    pub notices: Vec<String>,
}

/// A parsed search query: every clause must match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextQuery {
    pub clauses: Vec<Clause>,
}

/// Consecutive folded words; the last one matches as a prefix when `prefix` is set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    pub terms: Vec<String>,
    pub prefix: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityFacet {
    pub entity: u32,
    /// Matching passages that name it.
    pub passages: u32,
    /// Its mentions in those passages.
    pub mentions: u32,
    /// Mentions by outlet (index into `Index::outlets`), most first.
    pub by_outlet: Vec<(u32, u32)>,
}

/// Counts beside the results. The entity counts are over the results (what co-occurs
/// with the selection); the other facets count what each value would give with the
/// rest of the filter, so choosing a second outlet or kind is an informed choice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub entities: Vec<EntityFacet>,
    pub kinds: Vec<(EntityKind, u32)>,
    pub outlets: Vec<(u32, u32)>,
    pub docs: Vec<(u32, u32)>,
    /// Passages by their article's publication day; `None` for articles with no full date.
    pub days: Vec<(Option<Day>, u32)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Matching passages (indices for `Index::passage`), in corpus order.
    pub hits: Vec<u32>,
    /// Distinct articles among the hits.
    pub articles: usize,
    pub facets: Facets,
}

impl Results {
    pub fn pages(&self) -> usize {
        self.hits.len().div_ceil(PAGE_SIZE).max(1)
    }

    /// The hits on `page` (counted from 0); the last page if `page` is past the end.
    pub fn page(&self, page: u32) -> (usize, &[u32]) {
        let page = (page as usize).min(self.pages() - 1);
        let start = page * PAGE_SIZE;
        (page, self.hits.get(start..(start + PAGE_SIZE).min(self.hits.len())).unwrap_or(&[]))
    }
}

/// One piece of passage text for display: the text, whether a search term matched it, and
/// the mention it belongs to, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    pub term: bool,
    pub mention: Option<u32>,
}

/// The folded words of `text`: (byte start, byte end, folded form).
///
/// Words follow UAX #29, split again at apostrophes ("Zelensky's" → "zelensky", "s"), so a
/// possessive matches its name; full stops inside abbreviations are dropped ("U.S." →
/// "us"); case and diacritics are folded ("Zelenškyy" → "zelenskyy").
pub fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (start, word) in text.split_word_bound_indices() {
        if !word.chars().any(char::is_alphanumeric) {
            continue;
        }
        let mut piece_start = 0;
        for (i, c) in word.char_indices().chain(std::iter::once((word.len(), '\''))) {
            if c != '\'' && c != '’' {
                continue;
            }
            let piece = &word[piece_start..i];
            if piece.chars().any(char::is_alphanumeric) {
                out.push((start + piece_start, start + i, fold(piece)));
            }
            piece_start = i + c.len_utf8();
        }
    }
    out
}

/// Lower case without diacritics; full stops dropped from words without digits.
///
/// Latin letters with diacritics fold to their base letter by a generated table
/// (`search/fold_table.rs`, the Unicode decompositions), and combining marks are dropped,
/// so precomposed and decomposed spellings meet. Other scripts keep their letters: a
/// full normaliser would cost the page about 120 KB for what English-language news needs.
pub fn fold(word: &str) -> String {
    let has_digit = word.chars().any(|c| c.is_ascii_digit());
    word.chars().filter(|&c| !is_combining(c) && (has_digit || c != '.')).map(base_letter).flat_map(char::to_lowercase).collect()
}

/// A lowercase word in American spelling, so that outlets on either side of the
/// Atlantic meet: "licence" / "license", "defence", "centre" / "center", "metres",
/// "harbour" / "harbor", "labour", "organise" / "organize", "organisation", "analyse",
/// "dialogue" / "dialog", "programme", "grey", "judgement". Words with no American
/// variant come out changed the same way wherever they stand ("otherwise" →
/// "otherwize"), which keeps them apart from every other word. The doubled "l"
/// ("signalling", "travelled") is undone on the stem, by alignment's `endings_off`.
pub fn us_spelling(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    const WHOLE: &[(&str, &str)] = &[
        ("grey", "gray"),
        ("judgement", "judgment"),
        ("ageing", "aging"),
        ("programme", "program"),
        ("programmes", "programs"),
        ("fibre", "fiber"),
    ];
    if let Some((_, us)) = WHOLE.iter().find(|(uk, _)| *uk == word) {
        return Cow::Borrowed(us);
    }
    // Endings: (British, American, letters the stem before them must have at least).
    const ENDINGS: &[(&str, &str, usize)] = &[
        ("isations", "izations", 3),
        ("isation", "ization", 3),
        ("ising", "izing", 4),
        ("ised", "ized", 4),
        ("ises", "izes", 4),
        ("iser", "izer", 4),
        ("ise", "ize", 4),
        ("yses", "yzes", 3),
        ("ysed", "yzed", 3),
        ("yse", "yze", 3),
        ("ours", "ors", 3),
        ("oured", "ored", 3),
        ("ouring", "oring", 3),
        ("our", "or", 3),
        ("tres", "ters", 2),
        ("tred", "tered", 2),
        ("tre", "ter", 2),
        ("logues", "logs", 3),
        ("logue", "log", 3),
    ];
    // Stems whose "our" is no British "or" ("devour", "contour", "detour").
    const OUR_KEPT: &[&str] = &["dev", "cont", "det", "vel", "troubad", "param", "flo", "sc", "am"];
    for (uk, us, min) in ENDINGS {
        let Some(stem) = word.strip_suffix(uk) else { continue };
        if stem.chars().count() < *min || uk.starts_with("our") && OUR_KEPT.contains(&stem) {
            continue;
        }
        return Cow::Owned(format!("{stem}{us}"));
    }
    for uk in ["licenc", "defenc", "offenc", "pretenc"] {
        if let Some(rest) = word.strip_prefix(uk) {
            return Cow::Owned(format!("{}ens{rest}", &uk[..uk.len() - 3]));
        }
    }
    Cow::Borrowed(word)
}

/// Combining diacritical marks (the blocks NFD produces for Latin, Greek and Cyrillic).
fn is_combining(c: char) -> bool {
    matches!(u32::from(c), 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn base_letter(c: char) -> char {
    if u32::from(c) < 0xC0 {
        return c;
    }
    match fold_table::FOLD.binary_search_by_key(&c, |p| p.0) {
        Ok(i) => fold_table::FOLD[i].1,
        Err(_) => c,
    }
}

/// Reads a query: words and "quoted phrases" (straight or curly quotes), all required.
pub fn parse_query(query: &str) -> TextQuery {
    let mut clauses = Vec::new();
    let mut in_quotes = false;
    let mut chunk = String::new();
    let mut flush = |chunk: &mut String, quoted: bool, last: bool| {
        if quoted {
            let terms: Vec<String> = words(chunk).into_iter().map(|w| w.2).collect();
            if !terms.is_empty() {
                clauses.push(Clause { terms, prefix: false });
            }
        } else {
            let pieces: Vec<&str> = chunk.split_whitespace().collect();
            let trailing_space = chunk.ends_with(char::is_whitespace);
            for (i, piece) in pieces.iter().enumerate() {
                let terms: Vec<String> = words(piece).into_iter().map(|w| w.2).collect();
                if terms.is_empty() {
                    continue;
                }
                // The word being typed matches as a prefix.
                let prefix = last && i + 1 == pieces.len() && !trailing_space;
                clauses.push(Clause { terms, prefix });
            }
        }
        chunk.clear();
    };
    let quotes = ['"', '“', '”', '„'];
    let mut chars = query.chars().peekable();
    while let Some(c) = chars.next() {
        if quotes.contains(&c) {
            flush(&mut chunk, in_quotes, false);
            in_quotes = !in_quotes;
            continue;
        }
        chunk.push(c);
        if chars.peek().is_none() {
            flush(&mut chunk, in_quotes, true);
        }
    }
    clauses.dedup();
    TextQuery { clauses }
}

/// Words with their positions, built on first use.
struct TextIndex {
    /// Sorted folded words.
    terms: Vec<String>,
    /// For each term, (passage, word position) sorted.
    postings: Vec<Vec<(u32, u32)>>,
}

impl TextIndex {
    fn build(docs: &[Document], passages: &[PassageRef]) -> Self {
        let mut map: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
        for (i, r) in passages.iter().enumerate() {
            let Some(text) = passage_text(docs, *r) else { continue };
            for (pos, (_, _, w)) in words(text).into_iter().enumerate() {
                map.entry(w).or_default().push((i as u32, pos as u32));
            }
        }
        let mut pairs: Vec<(String, Vec<(u32, u32)>)> = map.into_iter().collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (terms, postings) = pairs.into_iter().unzip();
        TextIndex { terms, postings }
    }

    /// Postings of `term`, or of every term that starts with it.
    fn lookup(&self, term: &str, prefix: bool) -> Vec<(u32, u32)> {
        let start = self.terms.partition_point(|t| t.as_str() < term);
        if !prefix {
            return match self.terms.get(start) {
                Some(t) if t == term => self.postings[start].clone(),
                _ => Vec::new(),
            };
        }
        let end = start + self.terms[start..].partition_point(|t| t.starts_with(term));
        let mut out: Vec<(u32, u32)> = self.postings[start..end].iter().flatten().copied().collect();
        out.sort_unstable();
        out
    }

    /// Passages (sorted, distinct) where the clause's words occur in a row.
    fn matches(&self, clause: &Clause) -> Vec<u32> {
        let n = clause.terms.len();
        let lists: Vec<Vec<(u32, u32)>> =
            clause.terms.iter().enumerate().map(|(i, t)| self.lookup(t, clause.prefix && i + 1 == n)).collect();
        let mut out: Vec<u32> = Vec::new();
        let Some(first) = lists.first() else { return out };
        for &(p, pos) in first {
            let rest = lists.iter().enumerate().skip(1).all(|(i, l)| l.binary_search(&(p, pos + i as u32)).is_ok());
            if rest && out.last() != Some(&p) {
                out.push(p);
            }
        }
        out
    }
}

fn passage_text(docs: &[Document], r: PassageRef) -> Option<&str> {
    let doc = docs.get(r.doc as usize)?;
    let p = doc.passages.get(r.passage as usize)?;
    Some(doc.passage_text(p))
}

/// The slug the filter uses for an outlet name (`None`: the article names none).
pub fn outlet_slug(name: Option<&str>) -> String {
    match name {
        Some(n) if !slug(n).is_empty() => slug(n),
        _ => UNKNOWN_OUTLET.to_string(),
    }
}

impl<'a> Index<'a> {
    pub fn build(docs: &'a [Document], entities: &'a EntityIndex) -> Self {
        let mut passages = Vec::new();
        let mut first_passage = Vec::with_capacity(docs.len());
        for (d, doc) in docs.iter().enumerate() {
            first_passage.push(passages.len());
            passages.extend((0..doc.passages.len()).map(|p| PassageRef { doc: d as u32, passage: p as u32 }));
        }
        let mut passage_entities: Vec<Vec<(u32, u32)>> = vec![Vec::new(); passages.len()];
        let mut passage_mentions: Vec<Vec<u32>> = vec![Vec::new(); passages.len()];
        for (m, mention) in entities.mentions.iter().enumerate() {
            let Some(&first) = first_passage.get(mention.doc as usize) else { continue };
            let Some(doc) = docs.get(mention.doc as usize) else { continue };
            if mention.passage as usize >= doc.passages.len() || mention.entity as usize >= entities.entities.len() {
                continue;
            }
            let p = first + mention.passage as usize;
            passage_mentions[p].push(m as u32);
            let list = &mut passage_entities[p];
            match list.binary_search_by_key(&mention.entity, |e| e.0) {
                Ok(i) => list[i].1 += 1,
                Err(i) => list.insert(i, (mention.entity, 1)),
            }
        }
        for list in &mut passage_mentions {
            list.sort_by_key(|&m| entities.mentions[m as usize].span.start);
        }

        // Short slugs: a person's surname when no other entity could claim it.
        let mut claims: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, e) in entities.entities.iter().enumerate() {
            claims.entry(e.id.clone()).or_default().push(i as u32);
            if e.kind == EntityKind::Person {
                if let Some(last) = e.id.rsplit('-').next().filter(|l| *l != e.id) {
                    claims.entry(last.to_string()).or_default().push(i as u32);
                }
            }
        }
        let mut entity_slugs = Vec::with_capacity(entities.entities.len());
        for (i, e) in entities.entities.iter().enumerate() {
            let short = e.id.rsplit('-').next().unwrap_or(&e.id);
            let unique = e.kind == EntityKind::Person && claims.get(short).is_some_and(|c| c.len() == 1 && c[0] == i as u32);
            entity_slugs.push(if unique { short.to_string() } else { e.id.clone() });
        }
        let slug_lookup = claims
            .into_iter()
            .map(|(k, mut v)| {
                v.dedup();
                let target = if v.len() == 1 { SlugTarget::One(v[0]) } else { SlugTarget::Ambiguous(v) };
                (k, target)
            })
            .collect();

        let mut outlets: Vec<Outlet> = Vec::new();
        let mut doc_outlet = Vec::with_capacity(docs.len());
        for doc in docs {
            let name = doc.meta.outlet.as_ref().map(|f| f.value.clone());
            let slug = outlet_slug(name.as_deref());
            let i = match outlets.iter().position(|o| o.slug == slug) {
                Some(i) => i,
                None => {
                    outlets.push(Outlet { slug, name });
                    outlets.len() - 1
                }
            };
            doc_outlet.push(i as u32);
        }
        let doc_lookup = docs.iter().enumerate().map(|(i, d)| (d.id.0.as_str(), i as u32)).collect();
        let doc_day = docs
            .iter()
            .map(|d| {
                let t = &d.meta.published.as_ref()?.value;
                Some(Day { year: t.year?, month: t.month, day: t.day })
            })
            .collect();
        Index {
            docs,
            entities,
            passages,
            passage_entities,
            passage_mentions,
            entity_slugs,
            slug_lookup,
            outlets,
            doc_outlet,
            doc_lookup,
            doc_day,
            text: OnceLock::new(),
        }
    }

    pub fn docs(&self) -> &'a [Document] {
        self.docs
    }

    pub fn entities(&self) -> &'a EntityIndex {
        self.entities
    }

    pub fn passage(&self, hit: u32) -> Option<PassageRef> {
        self.passages.get(hit as usize).copied()
    }

    pub fn passage_count(&self) -> usize {
        self.passages.len()
    }

    /// The slug the URL uses for an entity: the surname of a person when it is unambiguous.
    pub fn entity_slug(&self, entity: u32) -> &str {
        self.entity_slugs.get(entity as usize).map(String::as_str).unwrap_or("")
    }

    /// The entity a slug names (its full id or its short slug).
    pub fn entity_by_slug(&self, slug: &str) -> Option<u32> {
        match self.slug_lookup.get(slug) {
            Some(SlugTarget::One(e)) => Some(*e),
            _ => None,
        }
    }

    pub fn outlet_of(&self, doc: u32) -> Option<&Outlet> {
        self.outlets.get(*self.doc_outlet.get(doc as usize)? as usize)
    }

    pub fn outlet_index(&self, doc: u32) -> Option<u32> {
        self.doc_outlet.get(doc as usize).copied()
    }

    pub fn day_of(&self, doc: u32) -> Option<Day> {
        self.doc_day.get(doc as usize).copied().flatten()
    }

    /// Builds the text index now (it is otherwise built by the first query).
    pub fn prepare_text(&self) {
        self.text_index();
    }

    /// Whether the text index has been built.
    pub fn text_ready(&self) -> bool {
        self.text.get().is_some()
    }

    fn text_index(&self) -> &TextIndex {
        self.text.get_or_init(|| TextIndex::build(self.docs, &self.passages))
    }

    /// Checks a filter against the corpus. Slugs it does not know are dropped with a notice.
    pub fn resolve(&self, filter: &Filter) -> Checked {
        let mut notices = Vec::new();
        let mut clean = filter.clone();
        let mut entities = Vec::new();
        clean.entities.clear();
        for s in &filter.entities {
            match self.slug_lookup.get(s.as_str()) {
                Some(SlugTarget::One(e)) if !entities.contains(e) => {
                    entities.push(*e);
                    clean.entities.push(self.entity_slug(*e).to_string());
                }
                Some(SlugTarget::One(_)) => {}
                Some(SlugTarget::Ambiguous(list)) => {
                    let names: Vec<&str> =
                        list.iter().filter_map(|e| self.entities.entities.get(*e as usize)).map(|e| e.name.as_str()).collect();
                    notices.push(format!("“{}” could be {}; choose one in the list.", short(s), names.join(" or ")));
                }
                None => notices.push(format!("No one and nothing called “{}” is named in this corpus; dropped it.", short(s))),
            }
        }
        let mut outlets = Vec::new();
        clean.outlets.retain(|s| match self.outlets.iter().position(|o| o.slug == *s) {
            Some(i) => {
                outlets.push(i as u32);
                true
            }
            None => {
                notices.push(format!("No outlet called “{}” in this corpus; dropped it.", short(s)));
                false
            }
        });
        let mut docs = Vec::new();
        clean.docs.retain(|s| match self.doc_lookup.get(s.as_str()) {
            Some(&d) => {
                docs.push(d);
                true
            }
            None => {
                notices.push(format!("No article called “{}” in this corpus; dropped it.", short(s)));
                false
            }
        });
        let mut query = parse_query(&filter.query);
        if query.clauses.len() > MAX_CLAUSES {
            notices.push(format!("The search has {} words and phrases; only the first {MAX_CLAUSES} are used.", query.clauses.len()));
            query.clauses.truncate(MAX_CLAUSES);
        }
        let resolved = Resolved {
            entities,
            combine: filter.combine,
            kinds: filter.kinds.clone(),
            outlets,
            docs,
            from: filter.from,
            to: filter.to,
            query,
            page: filter.page,
        };
        Checked { resolved, filter: clean, notices }
    }

    /// The passages that match, with the facet counts.
    pub fn run(&self, r: &Resolved) -> Results {
        let n = self.passages.len();
        let text_ok: Option<Vec<bool>> = if r.query.clauses.is_empty() {
            None
        } else {
            let index = self.text_index();
            let mut ok = vec![true; n];
            for clause in &r.query.clauses {
                let mut hit = vec![false; n];
                for p in index.matches(clause) {
                    hit[p as usize] = true;
                }
                for (o, h) in ok.iter_mut().zip(hit) {
                    *o &= h;
                }
            }
            Some(ok)
        };
        let entity_count = self.entities.entities.len();
        let kind_of = |e: u32| self.entities.entities.get(e as usize).map(|e| e.kind);
        let mut hits = Vec::new();
        let mut ent_passages = vec![0u32; entity_count];
        let mut ent_mentions = vec![0u32; entity_count];
        let mut ent_outlets: Vec<Vec<(u32, u32)>> = vec![Vec::new(); entity_count];
        let mut kind_counts = [0u32; 3];
        let mut outlet_counts = vec![0u32; self.outlets.len()];
        let mut doc_counts = vec![0u32; self.docs.len()];
        let mut day_counts: HashMap<Option<Day>, u32> = HashMap::new();
        let kinds = [EntityKind::Person, EntityKind::Organization, EntityKind::Place];
        let mut last_doc = None;
        let mut articles = 0;
        for (i, pref) in self.passages.iter().enumerate() {
            if text_ok.as_ref().is_some_and(|t| !t[i]) {
                continue;
            }
            let named = &self.passage_entities[i];
            let ok_e = r.entities.is_empty()
                || match r.combine {
                    Combine::All => r.entities.iter().all(|e| named.binary_search_by_key(e, |x| x.0).is_ok()),
                    Combine::Any => r.entities.iter().any(|e| named.binary_search_by_key(e, |x| x.0).is_ok()),
                };
            if !ok_e {
                continue;
            }
            let d = pref.doc;
            let outlet = self.doc_outlet[d as usize];
            let day = self.doc_day[d as usize];
            let ok_k = r.kinds.is_empty() || named.iter().any(|(e, _)| kind_of(*e).is_some_and(|k| r.kinds.contains(&k)));
            let ok_o = r.outlets.is_empty() || r.outlets.contains(&outlet);
            let ok_a = r.docs.is_empty() || r.docs.contains(&d);
            let ok_d = (r.from.is_none() && r.to.is_none())
                || day.is_some_and(|day| r.from.is_none_or(|f| day >= f) && r.to.is_none_or(|t| day <= t));
            if ok_k && ok_a && ok_d {
                outlet_counts[outlet as usize] += 1;
            }
            if ok_k && ok_o && ok_d {
                doc_counts[d as usize] += 1;
            }
            if ok_o && ok_a && ok_d {
                for (slot, k) in kinds.iter().enumerate() {
                    if named.iter().any(|(e, _)| kind_of(*e) == Some(*k)) {
                        kind_counts[slot] += 1;
                    }
                }
            }
            if ok_k && ok_o && ok_a {
                *day_counts.entry(day).or_default() += 1;
            }
            if !(ok_k && ok_o && ok_a && ok_d) {
                continue;
            }
            hits.push(i as u32);
            if last_doc != Some(d) {
                articles += 1;
                last_doc = Some(d);
            }
            for &(e, c) in named {
                let e = e as usize;
                ent_passages[e] += 1;
                ent_mentions[e] += c;
                match ent_outlets[e].iter_mut().find(|x| x.0 == outlet) {
                    Some(x) => x.1 += c,
                    None => ent_outlets[e].push((outlet, c)),
                }
            }
        }
        let mut entities: Vec<EntityFacet> = (0..entity_count)
            .filter(|&e| ent_passages[e] > 0 || r.entities.contains(&(e as u32)))
            .map(|e| {
                let mut by_outlet = std::mem::take(&mut ent_outlets[e]);
                by_outlet.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                EntityFacet { entity: e as u32, passages: ent_passages[e], mentions: ent_mentions[e], by_outlet }
            })
            .collect();
        let name = |e: u32| self.entities.entities.get(e as usize).map(|x| x.name.as_str()).unwrap_or("");
        entities.sort_by(|a, b| b.passages.cmp(&a.passages).then(b.mentions.cmp(&a.mentions)).then(name(a.entity).cmp(name(b.entity))));
        let counted = |counts: Vec<u32>, selected: &[u32]| -> Vec<(u32, u32)> {
            let mut v: Vec<(u32, u32)> =
                counts.into_iter().enumerate().map(|(i, c)| (i as u32, c)).filter(|(i, c)| *c > 0 || selected.contains(i)).collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v
        };
        let mut days: Vec<(Option<Day>, u32)> = day_counts.into_iter().collect();
        // Dated days in order, then the undated.
        days.sort_by(|a, b| match (a.0, b.0) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        let facets = Facets {
            entities,
            kinds: kinds.iter().zip(kind_counts).map(|(k, c)| (*k, c)).collect(),
            outlets: counted(outlet_counts, &r.outlets),
            docs: counted(doc_counts, &r.docs),
            days,
        };
        Results { hits, articles, facets }
    }

    /// The text of a hit cut into pieces for display: mentions of names (each one piece or
    /// more, in order) and the words the query matched, as spans relative to the passage.
    pub fn pieces(&self, hit: u32, query: &TextQuery) -> Vec<Piece> {
        let Some(r) = self.passage(hit) else { return Vec::new() };
        let Some(text) = passage_text(self.docs, r) else { return Vec::new() };
        let base = self.docs[r.doc as usize].passages[r.passage as usize].span.start;
        let mentions: Vec<(u32, Span)> = self.passage_mentions[hit as usize]
            .iter()
            .filter_map(|&m| {
                let span = self.entities.mentions.get(m as usize)?.span;
                let (s, e) = (span.start.checked_sub(base)?, span.end.checked_sub(base)?);
                Some((m, Span { start: s, end: e }))
            })
            .collect();
        split(text, &term_spans(text, query), &mentions)
    }
}

/// Where the query's clauses match in `text` (byte spans, sorted, not overlapping).
pub fn term_spans(text: &str, query: &TextQuery) -> Vec<Span> {
    if query.clauses.is_empty() {
        return Vec::new();
    }
    let ws = words(text);
    let mut spans: Vec<Span> = Vec::new();
    for clause in &query.clauses {
        let n = clause.terms.len();
        for i in 0..ws.len().saturating_sub(n - 1) {
            let hit = clause.terms.iter().enumerate().all(|(j, t)| {
                let w = &ws[i + j].2;
                if clause.prefix && j + 1 == n {
                    w.starts_with(t.as_str())
                } else {
                    w == t
                }
            });
            if hit {
                spans.push(Span::new(ws[i].0, ws[i + n - 1].1));
            }
        }
    }
    spans.sort();
    let mut merged: Vec<Span> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// Cuts `text` at every term and mention boundary; each piece says what covers it.
/// Mentions that overlap an earlier one, or fall outside the text, are ignored.
pub fn split(text: &str, terms: &[Span], mentions: &[(u32, Span)]) -> Vec<Piece> {
    let len = text.len() as u32;
    let valid =
        |s: &Span| s.start < s.end && s.end <= len && text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize);
    let mut ms: Vec<(u32, Span)> = Vec::new();
    for &(m, s) in mentions.iter().filter(|(_, s)| valid(s)) {
        if ms.last().is_none_or(|(_, last)| s.start >= last.end) {
            ms.push((m, s));
        }
    }
    let terms: Vec<Span> = terms.iter().copied().filter(valid).collect();
    let mut cuts: Vec<u32> = vec![0, len];
    for s in terms.iter().chain(ms.iter().map(|(_, s)| s)) {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let span = Span { start: w[0], end: w[1] };
        if span.is_empty() {
            continue;
        }
        let term = terms.iter().any(|t| t.start <= span.start && span.end <= t.end);
        let mention = ms.iter().find(|(_, s)| s.start <= span.start && span.end <= s.end).map(|(m, _)| *m);
        match out.last_mut() {
            Some(last) if last.term == term && last.mention == mention => last.span.end = span.end,
            _ => out.push(Piece { span, term, mention }),
        }
    }
    out
}

fn short(s: &str) -> String {
    crate::document::shorten(s, 40)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_diacritics_possessives_and_abbreviations() {
        let w: Vec<String> = words("Zelenškyy's U.S. trip: 4.5 hours — “Don’t”").into_iter().map(|w| w.2).collect();
        assert_eq!(w, ["zelenskyy", "s", "us", "trip", "4.5", "hours", "don", "t"]);
        let spans: Vec<(usize, usize)> = words("Zelenškyy's").into_iter().map(|w| (w.0, w.1)).collect();
        assert_eq!(spans, [(0, 10), (11, 12)]);
    }

    #[test]
    fn british_spellings_meet_american_ones() {
        for (uk, us) in [
            ("licence", "license"),
            ("licences", "licenses"),
            ("defence", "defense"),
            ("centre", "center"),
            ("metres", "meters"),
            ("centred", "centered"),
            ("harbour", "harbor"),
            ("labour", "labor"),
            ("colours", "colors"),
            ("organised", "organized"),
            ("organisation", "organization"),
            ("criticising", "criticizing"),
            ("analyse", "analyze"),
            ("dialogue", "dialog"),
            ("programme", "program"),
            ("grey", "gray"),
        ] {
            assert_eq!(us_spelling(uk), us_spelling(us), "{uk} / {us}");
        }
        // Words with no other spelling keep apart from every other word.
        for (a, b) in [("hour", "hor"), ("four", "for"), ("devour", "devor"), ("tour", "tor"), ("rise", "rize"), ("genre", "gener")] {
            assert_ne!(us_spelling(a), us_spelling(b), "{a} / {b}");
        }
        assert_eq!(us_spelling("otherwise"), us_spelling("otherwise"));
    }

    #[test]
    fn folding_matches_unicode_decomposition_for_latin_letters() {
        use unicode_normalization::char::is_combining_mark;
        use unicode_normalization::UnicodeNormalization;
        let ranges = [0x00C0u32..=0x024F, 0x1E00..=0x1EFF];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let s = c.to_string();
            let nfd: String = s.nfd().filter(|m| !is_combining_mark(*m)).flat_map(char::to_lowercase).collect();
            // Where Unicode decomposes the letter we agree with it; the few letters it
            // leaves whole (ł, ø…) are folded by hand.
            if nfd.chars().count() == 1 && nfd != s.to_lowercase() {
                assert_eq!(fold(&s), nfd, "U+{:04X} {c}", u32::from(c));
            }
        }
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Zelens\u{30C}kyy"), "zelenskyy", "decomposed input folds too");
        assert_eq!(fold("Київ"), "київ", "other scripts keep their letters");
    }

    #[test]
    fn queries_have_words_phrases_and_a_prefix_for_the_word_being_typed() {
        let q = parse_query("“peace plan” Umer");
        assert_eq!(
            q.clauses,
            vec![Clause { terms: vec!["peace".into(), "plan".into()], prefix: false }, Clause { terms: vec!["umer".into()], prefix: true },]
        );
        assert!(!parse_query("umer ").clauses[0].prefix);
        assert!(parse_query("\"\"  ,, ").clauses.is_empty());
        // An unterminated quote is a phrase to the end.
        assert_eq!(parse_query("\"five hour").clauses, vec![Clause { terms: vec!["five".into(), "hour".into()], prefix: false }]);
    }

    #[test]
    fn term_spans_find_phrases_and_prefixes() {
        let text = "The peace plan, said Umerov, is a Peace  Plan.";
        let spans = term_spans(text, &parse_query("\"peace plan\""));
        let found: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(found, ["peace plan", "Peace  Plan"]);
        let spans = term_spans(text, &parse_query("umer"));
        assert_eq!(spans.iter().map(|s| s.slice(text)).collect::<Vec<_>>(), ["Umerov"]);
    }

    #[test]
    fn split_nests_terms_inside_mentions() {
        let text = "Rustem Umerov met Rubio.";
        let pieces = split(text, &[Span::new(7, 13)], &[(0, Span::new(0, 13)), (1, Span::new(18, 23)), (2, Span::new(19, 40))]);
        let shown: Vec<(&str, bool, Option<u32>)> = pieces.iter().map(|p| (p.span.slice(text), p.term, p.mention)).collect();
        assert_eq!(
            shown,
            [("Rustem ", false, Some(0)), ("Umerov", true, Some(0)), (" met ", false, None), ("Rubio", false, Some(1)), (".", false, None)]
        );
    }
}
