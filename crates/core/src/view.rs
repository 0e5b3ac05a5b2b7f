//! The state of the screen as data, and its printed form: the part of the URL after `#`.
//!
//! `#/` is the corpus, `#/read/<doc-id>` an article (`?p=3` focuses a passage,
//! `?chrome=shown` reveals the removed page chrome in place), `#/entity/<id>` the card of
//! a person, organisation or place. Any screen carries the reader's filters in the query:
//!
//! ```text
//! #/?e=rustem-umerov,marco-rubio&m=any&k=place&o=axios&a=000_x&from=2025-11-20&to=2025-11-30&q=peace+plan&page=2
//! ```
//!
//! Lists are comma-separated, items percent-encoded; the query uses `+` for spaces.
//! Parsing never fails: what it cannot read is dropped and reported in
//! `ParsedView::notices`, so any URL gives a sane screen. Whether a slug names something
//! in the corpus is checked later, against the corpus (`search::Index::resolve`).

use crate::entities::EntityKind;

/// Longest hash the parser reads; the rest of a longer one is ignored (and reported).
pub const MAX_HASH_LEN: usize = 4096;
/// Most items a list in the URL may hold; the rest are dropped (and reported).
pub const MAX_LIST_LEN: usize = 64;
/// Longest search query kept, in characters.
pub const MAX_QUERY_CHARS: usize = 300;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Corpus,
    Read {
        doc: String,
    },
    Entity {
        id: String,
    },
    /// Articles side by side, fact by fact.
    Compare(Comparison),
}

/// What the comparison screen shows:
/// `#/compare/<id>,<id>?base=<id>&ignore=trivial&rows=shared&fact=3`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// Article ids, in column order.
    pub docs: Vec<String>,
    /// The article the others are diffed against; the first column when `None`.
    pub base: Option<String>,
    /// Ignore differences of case, punctuation and quote marks.
    pub ignore_trivial: bool,
    /// The fact in focus (its index in the alignment).
    pub fact: Option<u32>,
    /// Show only the facts two or more of the compared articles report (`rows=shared`).
    pub shared_only: bool,
}

/// How selected entities combine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Combine {
    /// A passage must mention every selected entity.
    #[default]
    All,
    /// A passage must mention at least one.
    Any,
}

/// A calendar day, the unit of the date filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// Reads `YYYY-MM-DD`; `None` for anything else or an impossible date.
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        let digits = [0, 1, 2, 3, 5, 6, 8, 9].iter().all(|&i| b.get(i).is_some_and(u8::is_ascii_digit));
        if b.len() != 10 || !digits || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: u16 = s.get(0..4)?.parse().ok()?;
        let month: u8 = s.get(5..7)?.parse().ok()?;
        let day: u8 = s.get(8..10)?.parse().ok()?;
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if year == 0 || day == 0 || day > days {
            return None;
        }
        Some(Day { year, month, day })
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What the reader has narrowed the corpus to. Empty means the whole corpus.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// Entity slugs, in the order they were selected.
    pub entities: Vec<String>,
    pub combine: Combine,
    /// Passages that name an entity of one of these kinds.
    pub kinds: Vec<EntityKind>,
    /// Outlet slugs (`search::outlet_slug`); `unknown` for articles that name none.
    pub outlets: Vec<String>,
    /// Article ids.
    pub docs: Vec<String>,
    /// Articles published on or after this day.
    pub from: Option<Day>,
    /// Articles published on or before this day.
    pub to: Option<Day>,
    /// Full-text query as typed.
    pub query: String,
    /// Results page, counted from 0; the URL shows it counted from 1 (`page=2`).
    pub page: u32,
}

impl Filter {
    /// True when nothing narrows the corpus (the page number alone does not count).
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
            && self.kinds.is_empty()
            && self.outlets.is_empty()
            && self.docs.is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && self.query.trim().is_empty()
    }

    /// The same filter on its first page: any change of selection starts from page 1.
    pub fn first_page(mut self) -> Self {
        self.page = 0;
        self
    }

    fn push_query(&self, out: &mut Vec<String>) {
        let list = |name: &str, items: &[String], out: &mut Vec<String>| {
            if !items.is_empty() {
                out.push(format!("{name}={}", items.iter().map(|i| encode(i)).collect::<Vec<_>>().join(",")));
            }
        };
        list("e", &self.entities, out);
        if self.combine == Combine::Any {
            out.push("m=any".to_string());
        }
        if !self.kinds.is_empty() {
            out.push(format!("k={}", self.kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(",")));
        }
        list("o", &self.outlets, out);
        list("a", &self.docs, out);
        if let Some(d) = self.from {
            out.push(format!("from={d}"));
        }
        if let Some(d) = self.to {
            out.push(format!("to={d}"));
        }
        if !self.query.is_empty() {
            out.push(format!("q={}", encode_query(&self.query)));
        }
        if self.page > 0 {
            out.push(format!("page={}", u64::from(self.page) + 1));
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    pub screen: Screen,
    /// Show the removed chrome in place (reading view only).
    pub show_chrome: bool,
    /// The passage in focus (reading view only).
    pub passage: Option<u32>,
    /// The reader's filters; kept while they read an article, so they can go back.
    pub filter: Filter,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedView {
    pub view: View,
    /// What was dropped, in words a reader understands.
    pub notices: Vec<String>,
}

impl View {
    pub fn corpus() -> Self {
        View::default()
    }

    pub fn read(doc: &str) -> Self {
        View { screen: Screen::Read { doc: doc.to_string() }, ..View::default() }
    }

    pub fn entity(id: &str) -> Self {
        View { screen: Screen::Entity { id: id.to_string() }, ..View::default() }
    }

    /// The reading view of `doc` focused on passage `passage`.
    pub fn passage(doc: &str, passage: u32) -> Self {
        View { passage: Some(passage), ..View::read(doc) }
    }

    /// The comparison of `docs`.
    pub fn compare(docs: &[&str]) -> Self {
        View {
            screen: Screen::Compare(Comparison { docs: docs.iter().map(|d| d.to_string()).collect(), ..Comparison::default() }),
            ..View::default()
        }
    }

    /// The corpus screen narrowed by `filter`.
    pub fn search(filter: Filter) -> Self {
        View { filter, ..View::default() }
    }

    /// This view with `filter` instead of its own.
    pub fn with_filter(self, filter: Filter) -> Self {
        View { filter, ..self }
    }

    /// The URL fragment, with the leading `#`.
    pub fn to_hash(&self) -> String {
        let mut out = match &self.screen {
            Screen::Corpus => "#/".to_string(),
            Screen::Read { doc } => format!("#/read/{}", encode(doc)),
            Screen::Entity { id } => format!("#/entity/{}", encode(id)),
            Screen::Compare(c) if c.docs.is_empty() => "#/compare".to_string(),
            Screen::Compare(c) => format!("#/compare/{}", c.docs.iter().map(|d| encode(d)).collect::<Vec<_>>().join(",")),
        };
        let mut query = Vec::new();
        if let Screen::Compare(c) = &self.screen {
            if let Some(b) = &c.base {
                query.push(format!("base={}", encode(b)));
            }
            if c.ignore_trivial {
                query.push("ignore=trivial".to_string());
            }
            if c.shared_only {
                query.push("rows=shared".to_string());
            }
            if let Some(f) = c.fact {
                query.push(format!("fact={f}"));
            }
        }
        if let Some(p) = self.passage {
            query.push(format!("p={p}"));
        }
        if self.show_chrome {
            query.push("chrome=shown".to_string());
        }
        self.filter.push_query(&mut query);
        if !query.is_empty() {
            out.push('?');
            out.push_str(&query.join("&"));
        }
        out
    }

    /// Reads a URL fragment (with or without the leading `#`).
    pub fn parse(hash: &str) -> ParsedView {
        let mut notices = Vec::new();
        let mut hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash.len() > MAX_HASH_LEN {
            notices.push(format!("The link was {} characters long; only the first {MAX_HASH_LEN} were read.", hash.len()));
            let mut cut = MAX_HASH_LEN;
            while !hash.is_char_boundary(cut) {
                cut -= 1;
            }
            hash = &hash[..cut];
        }
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let screen = match parts.as_slice() {
            [] => Screen::Corpus,
            ["read", doc] => match decode(doc) {
                Some(doc) if !doc.is_empty() => Screen::Read { doc },
                _ => {
                    notices.push("The article name in the link is not readable; showing the corpus.".to_string());
                    Screen::Corpus
                }
            },
            ["entity", id] => match decode(id) {
                Some(id) if !id.is_empty() => Screen::Entity { id },
                _ => {
                    notices.push("The name in the link is not readable; showing the corpus.".to_string());
                    Screen::Corpus
                }
            },
            ["compare"] => Screen::Compare(Comparison::default()),
            ["compare", list] => Screen::Compare(Comparison { docs: read_list(list, "article", &mut notices), ..Comparison::default() }),
            _ => {
                notices.push(format!("“{}” is not a page of Parallax; showing the corpus.", shorten(path, 60)));
                Screen::Corpus
            }
        };
        let mut show_chrome = false;
        let mut passage = None;
        let mut filter = Filter::default();
        let mut comparison = Comparison::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "chrome" => match value {
                    "shown" => show_chrome = true,
                    "hidden" => show_chrome = false,
                    _ => notices.push(format!("Ignored “chrome={}”: it is shown or hidden.", shorten(value, 20))),
                },
                "p" => match value.parse::<u32>() {
                    Ok(n) => passage = Some(n),
                    Err(_) => notices.push(format!("Ignored “p={}”: a passage is a number.", shorten(value, 20))),
                },
                "e" => filter.entities = read_list(value, "name", &mut notices),
                "o" => filter.outlets = read_list(value, "outlet", &mut notices),
                "a" => filter.docs = read_list(value, "article", &mut notices),
                "k" => {
                    for code in read_list(value, "kind", &mut notices) {
                        match kind_from_code(&code) {
                            Some(k) if !filter.kinds.contains(&k) => filter.kinds.push(k),
                            Some(_) => {}
                            None => notices
                                .push(format!("Ignored the kind “{}”: kinds are person, organization and place.", shorten(&code, 30))),
                        }
                    }
                }
                "m" => match value {
                    "any" => filter.combine = Combine::Any,
                    "all" => filter.combine = Combine::All,
                    _ => notices.push(format!("Ignored “m={}”: names combine with all or any.", shorten(value, 20))),
                },
                "from" | "to" => match Day::parse(value) {
                    Some(d) if key == "from" => filter.from = Some(d),
                    Some(d) => filter.to = Some(d),
                    None => notices.push(format!("Ignored “{key}={}”: a date is written YYYY-MM-DD.", shorten(value, 20))),
                },
                "q" => match decode_query(value) {
                    Some(q) => {
                        if q.chars().count() > MAX_QUERY_CHARS {
                            notices.push(format!("The search was cut to its first {MAX_QUERY_CHARS} characters."));
                            filter.query = q.chars().take(MAX_QUERY_CHARS).collect();
                        } else {
                            filter.query = q;
                        }
                    }
                    None => notices.push("Ignored the search in the link: it is not readable text.".to_string()),
                },
                "base" => match decode(value) {
                    Some(b) if !b.is_empty() => comparison.base = Some(b),
                    _ => notices.push("Ignored the base article in the link: it is not readable.".to_string()),
                },
                "ignore" => match value {
                    "trivial" => comparison.ignore_trivial = true,
                    "nothing" => comparison.ignore_trivial = false,
                    _ => notices.push(format!("Ignored “ignore={}”: it is trivial or nothing.", shorten(value, 20))),
                },
                "rows" => match value {
                    "shared" => comparison.shared_only = true,
                    "all" => comparison.shared_only = false,
                    _ => notices.push(format!("Ignored “rows={}”: rows are shared or all.", shorten(value, 20))),
                },
                "fact" => match value.parse::<u32>() {
                    Ok(n) => comparison.fact = Some(n),
                    Err(_) => notices.push(format!("Ignored “fact={}”: a fact is a number.", shorten(value, 20))),
                },
                "page" => match value.parse::<u64>().ok().and_then(|n| u32::try_from(n.checked_sub(1)?).ok()) {
                    Some(n) => filter.page = n,
                    _ => notices.push(format!("Ignored “page={}”: pages are numbered from 1.", shorten(value, 20))),
                },
                _ => notices.push(format!("Ignored “{}” in the link: Parallax does not know it.", shorten(pair, 40))),
            }
        }
        if let (Some(from), Some(to)) = (filter.from, filter.to) {
            if from > to {
                notices.push(format!("The dates were the wrong way round; showing {to} to {from}."));
                filter.from = Some(to);
                filter.to = Some(from);
            }
        }
        let mut screen = screen;
        if let Screen::Compare(c) = &mut screen {
            c.ignore_trivial = comparison.ignore_trivial;
            c.shared_only = comparison.shared_only;
            c.fact = comparison.fact;
            match comparison.base {
                Some(b) if c.docs.contains(&b) => c.base = Some(b),
                Some(b) => notices.push(format!("The base article “{}” is not among the compared ones; using the first.", shorten(&b, 40))),
                None => {}
            }
        }
        let reading = matches!(screen, Screen::Read { .. });
        if !reading && (show_chrome || passage.is_some()) {
            // Harmless leftovers of a reading view; dropped without a notice.
            show_chrome = false;
            passage = None;
        }
        let view = View { show_chrome, passage, screen, filter };
        ParsedView { view, notices }
    }
}

fn kind_from_code(code: &str) -> Option<EntityKind> {
    match code {
        "person" | "people" => Some(EntityKind::Person),
        "organization" | "organisation" | "org" => Some(EntityKind::Organization),
        "place" | "places" => Some(EntityKind::Place),
        _ => None,
    }
}

/// A comma-separated list of percent-encoded items; unreadable and repeated items are
/// dropped (unreadable ones with a notice).
fn read_list(value: &str, what: &str, notices: &mut Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut unreadable = 0;
    for raw in value.split(',').filter(|i| !i.is_empty()) {
        match decode(raw) {
            Some(item) if !item.trim().is_empty() => {
                if !out.contains(&item) {
                    out.push(item);
                }
            }
            _ => unreadable += 1,
        }
    }
    if unreadable > 0 {
        notices.push(format!("Ignored {unreadable} unreadable {what} item(s) in the link."));
    }
    if out.len() > MAX_LIST_LEN {
        notices.push(format!("The link selected {} {what} items; only the first {MAX_LIST_LEN} are used.", out.len()));
        out.truncate(MAX_LIST_LEN);
    }
    out
}

fn shorten(s: &str, max: usize) -> String {
    crate::document::shorten(s, max)
}

/// Percent-encodes what is not safe in a fragment path segment or list item.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Like `encode`, but spaces become `+` so a query stays readable (`q=peace+plan`).
fn encode_query(s: &str) -> String {
    s.split(' ').map(encode).collect::<Vec<_>>().join("+")
}

fn decode_query(s: &str) -> Option<String> {
    decode(&s.replace('+', " "))
}

/// Percent-decodes; `None` for broken escapes or bytes that are not UTF-8.
fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filtered() -> Filter {
        Filter {
            entities: vec!["rustem-umerov".into(), "marco-rubio".into()],
            combine: Combine::Any,
            kinds: vec![EntityKind::Place, EntityKind::Person],
            outlets: vec!["axios".into(), "unknown".into()],
            docs: vec!["004_22fc1bf83a374540~1".into()],
            from: Day::parse("2025-11-20"),
            to: Day::parse("2025-11-30"),
            query: "\"peace plan\" Umerov, 50% & more".into(),
            page: 1,
        }
    }

    #[test]
    fn corpus_and_reader_round_trip() {
        for v in [
            View::corpus(),
            View::read("004_22fc1bf83a374540~1"),
            View { show_chrome: true, ..View::read("000_x") },
            View { show_chrome: true, ..View::passage("000_x", 3) },
            View::entity("rustem-umerov"),
            View::search(filtered()),
            View::passage("000_x", 4).with_filter(filtered()),
            View::compare(&[]),
            View::compare(&["000_x", "004_y~1"]),
            View {
                screen: Screen::Compare(Comparison {
                    docs: vec!["a,b".into(), "c".into()],
                    base: Some("c".into()),
                    ignore_trivial: true,
                    fact: Some(7),
                    shared_only: true,
                }),
                ..View::default()
            },
        ] {
            assert_eq!(View::parse(&v.to_hash()), ParsedView { view: v, notices: vec![] });
        }
    }

    #[test]
    fn the_filter_url_is_short_and_readable() {
        let f = Filter { entities: vec!["rustem-umerov".into()], query: "peace plan".into(), ..Filter::default() };
        assert_eq!(View::search(f).to_hash(), "#/?e=rustem-umerov&q=peace+plan");
        assert_eq!(
            View::search(filtered()).to_hash(),
            "#/?e=rustem-umerov,marco-rubio&m=any&k=place,person&o=axios,unknown&a=004_22fc1bf83a374540~1\
             &from=2025-11-20&to=2025-11-30&q=%22peace+plan%22+Umerov%2C+50%25+%26+more&page=2"
        );
    }

    #[test]
    fn percent_encoded_ids_are_read() {
        assert_eq!(View::parse("#/read/004_22fc1bf83a374540%7E1").view, View::read("004_22fc1bf83a374540~1"));
    }

    #[test]
    fn junk_gives_the_corpus_with_notices() {
        let p = View::parse("#/read/%E0%A4%A");
        assert_eq!(p.view.screen, Screen::Corpus);
        assert_eq!(p.notices.len(), 1);
        let p = View::parse("#/nowhere?x=1");
        assert_eq!(p.view.screen, Screen::Corpus);
        assert_eq!(p.notices.len(), 2);
        let long = "a".repeat(100_000);
        let p = View::parse(&format!("#/read/{long}"));
        assert!(p.notices[0].contains("100006"));
    }

    #[test]
    fn bad_filter_parts_are_dropped_and_the_rest_kept() {
        let p = View::parse("#/?e=umerov,%ZZ,,umerov&k=person,robot&m=maybe&from=2025-02-30&to=2025-11-01&q=%E0%A4&page=0&x");
        assert_eq!(p.view.filter.entities, vec!["umerov".to_string()]);
        assert_eq!(p.view.filter.kinds, vec![EntityKind::Person]);
        assert_eq!(p.view.filter.combine, Combine::All);
        assert_eq!(p.view.filter.from, None);
        assert_eq!(p.view.filter.to, Day::parse("2025-11-01"));
        assert_eq!(p.view.filter.query, "");
        assert_eq!(p.view.filter.page, 0);
        assert_eq!(p.notices.len(), 7, "{:#?}", p.notices);
    }

    #[test]
    fn hostile_values_stay_data() {
        let p = View::parse("#/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&e=%3Cimg%20src%3Dx%3E");
        assert_eq!(p.view.filter.query, "<script>alert(1)</script>");
        assert_eq!(p.view.filter.entities, vec!["<img src=x>".to_string()]);
        let many = (0..500).map(|i| format!("e{i}")).collect::<Vec<_>>().join(",");
        let p = View::parse(&format!("#/?e={many}"));
        assert_eq!(p.view.filter.entities.len(), MAX_LIST_LEN);
        assert_eq!(p.notices.len(), 1);
    }

    #[test]
    fn reversed_dates_are_swapped() {
        let p = View::parse("#/?from=2025-12-01&to=2025-11-01");
        assert_eq!((p.view.filter.from, p.view.filter.to), (Day::parse("2025-11-01"), Day::parse("2025-12-01")));
        assert_eq!(p.notices.len(), 1);
    }

    #[test]
    fn days_are_checked() {
        assert!(Day::parse("2024-02-29").is_some());
        assert!(Day::parse("2025-02-29").is_none());
        assert!(Day::parse("2025-13-01").is_none());
        assert!(Day::parse("2025-1-01").is_none());
        assert!(Day::parse("+025-01-01").is_none());
        assert!(Day::parse("2025-01-0١").is_none());
    }

    #[test]
    fn comparison_url_is_readable_and_checked() {
        let v = View {
            screen: Screen::Compare(Comparison {
                docs: vec!["000_a".into(), "004_b".into()],
                base: Some("004_b".into()),
                ignore_trivial: true,
                fact: Some(3),
                shared_only: true,
            }),
            ..View::default()
        };
        assert_eq!(v.to_hash(), "#/compare/000_a,004_b?base=004_b&ignore=trivial&rows=shared&fact=3");
        let p = View::parse("#/compare/000_a,004_b?base=zzz&ignore=maybe&fact=x&rows=some");
        assert_eq!(p.view, View::compare(&["000_a", "004_b"]));
        assert_eq!(p.notices.len(), 4, "{:?}", p.notices);
    }

    #[test]
    fn chrome_flag_only_applies_to_the_reader() {
        assert!(!View::parse("#/?chrome=shown").view.show_chrome);
    }
}
