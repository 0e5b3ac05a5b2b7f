//! `parallax synth`: a deterministic generator of a large synthetic news corpus, for
//! benchmarks. It writes `NNNN_<outlet>.txt` page copies and a `corpus.toml` that gives
//! each one's outlet, date, headline, authors and URL.
//!
//! About twenty stories (talks, sanctions, an election, a storm…) are each told by
//! several of fifteen invented outlets, over about sixty days. A story keeps its people,
//! place and figures in every article; the sentences come from templates with varied
//! wording (`synth/stories.rs`), and each outlet has its own page layout, typography and
//! conventions (`synth/world.rs`), so the copies look like what the cleaner reads.
//!
//! The same seed gives the same bytes: all randomness comes from one seeded ChaCha
//! stream per article (stream 0 builds the world), so article `i` does not depend on how
//! many articles are asked for. This module must never read the clock or the OS's
//! randomness, and never iterate a hash map while writing.

mod stories;
mod world;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use parallax_core::clean::rules::SPEECH_VERBS;

use stories::{Kind, Venue, ANALYST_QUOTES, BRITISH, CLOSERS, COMMENTARY, CONTEXT, KINDS, LABELS, QUOTE_FORMS, WORDS};
use world::{City, Layout, Outlet, Part, Person, Zone, OUTLETS, PEOPLE, PHOTO_AGENCIES, REPORTER_FAMILY, REPORTER_GIVEN};

pub const USAGE: &str = "synth [--articles N] [--seed S] OUT_DIR";

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub articles: usize,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options { articles: 2000, seed: 7 }
    }
}

/// The most articles one run writes (four-digit names up to 9999, then wider).
const MAX_ARTICLES: usize = 1_000_000;

impl Options {
    /// Reads `[--articles N] [--seed S] OUT_DIR`.
    pub fn parse(args: &[&str]) -> Result<(Options, PathBuf), String> {
        let mut options = Options::default();
        let mut dir = None;
        let mut it = args.iter();
        while let Some(&arg) = it.next() {
            match arg {
                "--articles" | "--seed" => {
                    let Some(value) = it.next() else { return Err(format!("{arg} needs a number")) };
                    let bad = || format!("{arg} {value}: not a whole number");
                    if arg == "--articles" {
                        options.articles = value.parse().map_err(|_| bad())?;
                        if !(1..=MAX_ARTICLES).contains(&options.articles) {
                            return Err(format!("--articles {value}: give between 1 and {MAX_ARTICLES}"));
                        }
                    } else {
                        options.seed = value.parse().map_err(|_| bad())?;
                    }
                }
                a if a.starts_with("--") => return Err(format!("{a}: unknown option")),
                a if dir.is_none() => dir = Some(PathBuf::from(a)),
                a => return Err(format!("{a}: only one output folder")),
            }
        }
        let dir = dir.ok_or("give the output folder")?;
        Ok((options, dir))
    }
}

/// `parallax synth …`: writes the corpus; prints nothing unless something goes wrong.
pub fn run(args: &[&str]) -> ExitCode {
    let (options, dir) = match Options::parse(args) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("parallax synth: {e}\nusage: parallax {USAGE}");
            return ExitCode::from(2);
        }
    };
    match write(&options, &dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax synth: {e}");
            ExitCode::from(1)
        }
    }
}

/// Writes the articles and `corpus.toml` into `dir`, which must be new or empty (so a
/// smaller run never leaves a larger run's files behind, and nothing else is overwritten).
fn write(options: &Options, dir: &Path) -> Result<(), String> {
    let shown = dir.display();
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| format!("{shown}: cannot read the folder ({e})"))?;
        if entries.next().is_some() {
            return Err(format!("{shown}: not empty; synth writes only into a new or empty folder"));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{shown}: cannot create the folder ({e})"))?;
    let articles = generate(options);
    for a in &articles {
        std::fs::write(dir.join(&a.file), &a.text).map_err(|e| format!("{shown}/{}: cannot write ({e})", a.file))?;
    }
    std::fs::write(dir.join("corpus.toml"), corpus_toml(options, &articles)).map_err(|e| format!("{shown}/corpus.toml: cannot write ({e})"))
}

/// One generated page copy and what `corpus.toml` says about it.
pub struct Article {
    pub file: String,
    pub text: String,
    pub outlet: &'static str,
    pub url: String,
    /// In a form the cleaner reads: "30 November 2025 18:19 GMT", or "2025-11-30" when
    /// the page prints no time.
    pub published: String,
    pub headline: String,
    pub authors: Vec<String>,
}

/// Generates the articles in file-name order.
pub fn generate(options: &Options) -> Vec<Article> {
    let world = World::build(options.seed);
    let width = options.articles.saturating_sub(1).to_string().len().max(4);
    (0..options.articles).map(|i| world.article(options.seed, i, width)).collect()
}

/// The editor's file for the generated articles.
pub fn corpus_toml(options: &Options, articles: &[Article]) -> String {
    let mut out = format!(
        "# Generated by `parallax synth --articles {} --seed {}`: a synthetic corpus for benchmarks.\n\
         # Every person, outlet and story in it is invented; the places are real.\n",
        options.articles, options.seed
    );
    for a in articles {
        let authors: Vec<String> = a.authors.iter().map(|n| toml_string(n)).collect();
        out.push_str(&format!(
            "\n[[article]]\nfile = {}\noutlet = {}\nurl = {}\npublished = {}\nheadline = {}\nauthors = [{}]\n",
            toml_string(&a.file),
            toml_string(a.outlet),
            toml_string(&a.url),
            toml_string(&a.published),
            toml_string(&a.headline),
            authors.join(", ")
        ));
    }
    out
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A story as every article about it tells it.
struct Event {
    kind: &'static Kind,
    /// Indexes into `PEOPLE`: the cast A, B, C, D.
    cast: [usize; 4],
    city: &'static City,
    orgs: [&'static str; 2],
    /// The day it happened (day 0 is `START`) and how many days outlets cover it.
    day: u32,
    span: u32,
    /// How much coverage it gets relative to the others.
    weight: u32,
    figures: Figures,
}

/// A story's figures, drawn once from its kind's `Numbers`.
struct Figures {
    small: u32,
    small2: u32,
    medium: u32,
    medium2: u32,
    large: u32,
    money: u32,
    pct: u32,
    pct2: u32,
}

struct World {
    events: Vec<Event>,
    /// Four reporters per outlet, in `OUTLETS` order.
    reporters: Vec<Vec<String>>,
}

impl World {
    fn build(seed: u64) -> World {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut used = vec![0u32; PEOPLE.len()];
        let mut events = Vec::with_capacity(KINDS.len());
        for kind in KINDS {
            let cast = pick_cast(kind, &mut used, &mut rng);
            let city = match kind.venue {
                Venue::Home(i) => world::city(PEOPLE[cast[i]].city),
                Venue::Cities(names) => names.choose(&mut rng).and_then(|n| world::city(n)),
            }
            .unwrap_or(&world::CITIES[0]);
            let main = kind.orgs.first().copied().unwrap_or("the United Nations");
            let orgs = [main, kind.orgs.get(1..).and_then(|rest| rest.choose(&mut rng)).copied().unwrap_or(main)];
            let n = &kind.numbers;
            let mut draw = |(lo, hi): (u32, u32)| rng.random_range(lo..=hi);
            let figures = Figures {
                small: draw(n.small),
                small2: draw(n.small2),
                medium: draw(n.medium),
                medium2: draw(n.medium2),
                large: round_figure(draw(n.large)),
                money: draw(n.money),
                pct: draw(n.pct),
                pct2: draw(n.pct2),
            };
            let day = rng.random_range(0..=50);
            let span = rng.random_range(4..=12);
            let weight = rng.random_range(1..=4);
            events.push(Event { kind, cast, city, orgs, day, span, weight, figures });
        }
        let mut names: Vec<String> = Vec::new();
        let mut reporters = Vec::with_capacity(OUTLETS.len());
        for _ in OUTLETS {
            let mut staff = Vec::new();
            while staff.len() < 4 {
                let name = format!("{} {}", pick(&mut rng, REPORTER_GIVEN), pick(&mut rng, REPORTER_FAMILY));
                if !names.contains(&name) {
                    names.push(name.clone());
                    staff.push(name);
                }
            }
            reporters.push(staff);
        }
        World { events, reporters }
    }

    fn article(&self, seed: u64, index: usize, width: usize) -> Article {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(index as u64 + 1);
        let total: u32 = self.events.iter().map(|e| e.weight).sum();
        let mut r = rng.random_range(0..total);
        let mut event = &self.events[0];
        for e in &self.events {
            if r < e.weight {
                event = e;
                break;
            }
            r -= e.weight;
        }
        let o = rng.random_range(0..OUTLETS.len());
        let outlet = &OUTLETS[o];
        let day = event.day + rng.random_range(0..event.span).min(rng.random_range(0..event.span));
        let stamp = Stamp { day, hour: rng.random_range(6..=22), minute: rng.random_range(0..60), zone: outlet.zone };
        let analysts: Vec<usize> = (0..PEOPLE.len()).filter(|&p| PEOPLE[p].part == Part::Analyst && !event.cast.contains(&p)).collect();
        let commentator = *analysts.choose(&mut rng).unwrap_or(&0);
        let staff = &self.reporters[o];
        let count = match rng.random_range(0..20) {
            0 => 3,
            1..=5 => 2,
            _ => 1,
        };
        let authors: Vec<String> = staff.choose_multiple(&mut rng, count).cloned().collect();
        let mut w = Writer {
            event,
            outlet,
            day,
            cast: [event.cast[0], event.cast[1], event.cast[2], event.cast[3], commentator],
            seen: [false; 5],
            added: false,
            rng,
        };
        let page = w.page(authors, stamp, staff);
        let section_slug = slug(&page.section);
        let (y, m, d) = civil(day);
        let url = format!("https://{}/{}/{y}/{m:02}/{d:02}/{}", outlet.domain, section_slug, slug_words(&page.headline, 8));
        Article {
            file: format!("{index:0width$}_{}.txt", outlet.slug),
            text: page.text,
            outlet: outlet.name,
            url,
            published: page.published,
            headline: page.headline,
            authors: page.authors,
        }
    }
}

/// Picks the cast of a story by part, preferring people who have had the fewest roles
/// so far, and (for `same_country` kinds) people from the first member's country.
fn pick_cast(kind: &Kind, used: &mut [u32], rng: &mut ChaCha8Rng) -> [usize; 4] {
    let mut cast = [0usize; 4];
    for slot in 0..4 {
        let mut candidates: Vec<usize> =
            (0..PEOPLE.len()).filter(|&p| PEOPLE[p].part == kind.cast[slot] && !cast[..slot].contains(&p)).collect();
        if kind.same_country {
            let home = |p: usize, q: usize| !PEOPLE[p].country.is_empty() && PEOPLE[p].country == PEOPLE[q].country;
            let preferred: Vec<usize> = if slot == 0 {
                candidates.iter().copied().filter(|&a| (0..PEOPLE.len()).any(|b| PEOPLE[b].part == kind.cast[1] && home(a, b))).collect()
            } else {
                candidates.iter().copied().filter(|&p| home(p, cast[0])).collect()
            };
            if !preferred.is_empty() {
                candidates = preferred;
            }
        }
        let least = candidates.iter().map(|&p| used[p]).min().unwrap_or(0);
        candidates.retain(|&p| used[p] == least);
        let p = *candidates.choose(rng).unwrap_or(&0);
        used[p] += 1;
        cast[slot] = p;
    }
    cast
}

fn pick<'a>(rng: &mut ChaCha8Rng, items: &[&'a str]) -> &'a str {
    items.choose(rng).copied().unwrap_or("")
}

/// Three significant figures, as reported counts are: 12,437 → 12,400.
fn round_figure(n: u32) -> u32 {
    let mut unit = 1;
    while n / unit >= 1000 {
        unit *= 10;
    }
    n / unit * unit
}

/// Day 0 of the corpus: Wednesday 1 October 2025 (weekday 2, Monday being 0).
const START: (u16, u8, u8) = (2025, 10, 1);
const START_WEEKDAY: u32 = 2;
const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400)) => 29,
        2 => 28,
        _ => 31,
    }
}

/// The calendar date of a corpus day.
fn civil(day: u32) -> (u16, u8, u8) {
    let (mut y, mut m, mut d) = START;
    let mut left = day;
    while left > 0 {
        let room = u32::from(days_in_month(y, m) - d);
        if left <= room {
            d += left as u8;
            break;
        }
        left -= room + 1;
        d = 1;
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    (y, m, d)
}

fn weekday(day: u32) -> &'static str {
    WEEKDAYS[((START_WEEKDAY + day) % 7) as usize]
}

/// A month as AP style abbreviates it in dates ("Nov.", "March", "Sept.").
fn ap_month(m: u8) -> String {
    let name = MONTHS[usize::from(m - 1)];
    match m {
        3..=7 => name.to_string(),
        9 => "Sept.".to_string(),
        _ => format!("{}.", &name[..3]),
    }
}

/// When an article was published, in its outlet's zone.
#[derive(Clone, Copy)]
struct Stamp {
    day: u32,
    hour: u32,
    minute: u32,
    zone: Zone,
}

impl Stamp {
    fn zone_name(&self) -> &'static str {
        match self.zone {
            Zone::Gmt => "GMT",
            Zone::Eastern => "ET",
        }
    }

    /// "7:04 PM" (or "7:04 p.m." with `dots`).
    fn clock12(&self, dots: bool) -> String {
        let h = if self.hour.is_multiple_of(12) { 12 } else { self.hour % 12 };
        let pm = self.hour >= 12;
        let mark = match (dots, pm) {
            (true, true) => "p.m.",
            (true, false) => "a.m.",
            (false, true) => "PM",
            (false, false) => "AM",
        };
        format!("{h}:{:02} {mark}", self.minute)
    }

    /// The line the page prints, per layout; and whether it states a time.
    fn line(&self, layout: Layout, british: bool) -> (String, bool) {
        let (y, m, d) = civil(self.day);
        let month = MONTHS[usize::from(m - 1)];
        let zone = self.zone_name();
        match layout {
            Layout::Wire => (format!("{month} {d}, {y} {} {zone}", self.clock12(false)), true),
            Layout::Agency => (format!("Updated {} {zone}, {month} {d}, {y}", self.clock12(false)), true),
            Layout::Broadsheet => {
                (format!("{} {d} {} {y} {:02}.{:02} {zone}", &weekday(self.day)[..3], &month[..3], self.hour, self.minute), true)
            }
            Layout::Newspaper => (format!("{} {d}, {y}, {} {zone}", ap_month(m), self.clock12(true)), true),
            Layout::Digital => {
                let clock = self.clock12(false).replace(' ', "").to_lowercase();
                (format!("Updated {} {d}, {y}, {clock} {zone}", &month[..3]), true)
            }
            Layout::Broadcaster if british => (format!("{d} {month} {y}"), false),
            Layout::Broadcaster | Layout::Magazine => (format!("{month} {d}, {y}"), false),
            Layout::Aggregated => (format!("Published {month} {d}, {y} at {} {zone}", self.clock12(false)), true),
        }
    }

    /// The same moment for `corpus.toml`.
    fn editor_form(&self, timed: bool) -> String {
        let (y, m, d) = civil(self.day);
        if timed {
            format!("{d} {} {y} {:02}:{:02} {}", MONTHS[usize::from(m - 1)], self.hour, self.minute, self.zone_name())
        } else {
            format!("{y}-{m:02}-{d:02}")
        }
    }
}

/// What a layout puts on the page.
struct Page {
    text: String,
    headline: String,
    section: String,
    authors: Vec<String>,
    published: String,
}

/// A sentence planned for the body, before it is written.
enum Unit {
    Fact(&'static str),
    Context(&'static str),
    Quote(usize, &'static str),
    Commentary(&'static str),
    AnalystQuote(&'static str),
}

/// Writes one article: fills templates in reading order, so that a person is introduced
/// with a title or a description the first time and named by surname afterwards.
struct Writer<'a> {
    event: &'a Event,
    outlet: &'static Outlet,
    /// The article's day.
    day: u32,
    /// Indexes into `PEOPLE`: the cast A–D and the commentator X.
    cast: [usize; 5],
    seen: [bool; 5],
    /// Whether "…, adding that …" has been used (once per article reads naturally).
    added: bool,
    rng: ChaCha8Rng,
}

impl Writer<'_> {
    fn page(&mut self, authors: Vec<String>, stamp: Stamp, staff: &[String]) -> Page {
        let o = self.outlet;
        let kind = self.event.kind;
        let section = pick(&mut self.rng, o.sections).to_string();
        let headline_template = pick(&mut self.rng, kind.headlines);
        let headline = self.headline(headline_template);
        let lead_template = pick(&mut self.rng, kind.leads);
        let dek = {
            // Another lead, so that the standfirst does not repeat a sentence of the body.
            let others: Vec<&str> = kind.leads.iter().copied().filter(|t| *t != lead_template).collect();
            let template = pick(&mut self.rng, &others);
            let saved = self.seen;
            let dek = self.sentence(template);
            self.seen = saved;
            self.polish(dek.trim_end_matches('.'))
        };
        let caption = self.sentence("{A.full} {w:scene} in {place} {day}.");
        let caption = self.polish(&caption);
        let paragraphs = self.body(lead_template);
        let (date_line, timed) = stamp.line(o.layout, o.british);
        let published = stamp.editor_form(timed);
        let byline = |upper: bool| {
            let names: Vec<String> = authors.iter().map(|a| if upper { a.to_uppercase() } else { a.clone() }).collect();
            match names.as_slice() {
                [one] => format!("By {one}"),
                [init @ .., last] => format!("By {} and {last}", init.join(", ")),
                [] => String::new(),
            }
        };
        let city = self.event.city;
        let place_caps = city.name.to_uppercase();
        let mut lines: Vec<String> = Vec::new();
        // Most layouts set paragraphs apart with a blank line; British pages and
        // broadcasters copy as one line per paragraph.
        let gap = !matches!(o.layout, Layout::Broadsheet | Layout::Broadcaster);
        let paragraphs: Vec<String> = paragraphs.into_iter().flat_map(|p| if gap { vec![p, String::new()] } else { vec![p] }).collect();
        let mut body = paragraphs.into_iter();
        match o.layout {
            Layout::Wire => {
                lines.extend([headline.clone(), byline(false), date_line, "Updated 2 hours ago".into(), String::new()]);
                if let Some(first) = body.next() {
                    let (_, em, ed) = civil(self.day);
                    lines.push(format!("{place_caps}, {} {ed} - {first}", &MONTHS[usize::from(em - 1)][..3]));
                }
                lines.extend(body);
                let editor = pick(&mut self.rng, &staff.iter().map(String::as_str).collect::<Vec<_>>()).to_string();
                lines.push(format!("Reporting by {} in {}; Editing by {editor}", authors.join(" and "), city.name));
                lines.extend(["Suggested Topics:".into(), section.clone(), city.region.to_string()]);
            }
            Layout::Agency => {
                lines.extend([headline.clone(), byline(true), date_line]);
                lines.extend(["Share", "Share", "Copy", "Link copied", "Email", "Facebook", "X", "Reddit"].map(String::from));
                if let Some(first) = body.next() {
                    lines.push(format!("{place_caps}, {} — {first}", city.region));
                }
                lines.extend(body);
                let helper = self.reporter_not_in(staff, &authors);
                lines.push(format!(
                    "{helper} in {} contributed to this report.",
                    pick(&mut self.rng, &["Washington", "London", "Brussels"])
                ));
            }
            Layout::Broadsheet => {
                lines.extend([section.clone(), headline.clone(), dek, byline(false), date_line, "Share".into()]);
                let credit = format!("{}/{}", self.reporter_not_in(staff, &authors), pick(&mut self.rng, PHOTO_AGENCIES));
                lines.push(format!("{caption} Photograph: {credit}"));
                lines.extend(body);
                lines.extend(["Explore more on these topics".into(), section.clone(), city.region.to_string()]);
                lines.extend(["Share", "Reuse this content", "Most viewed"].map(String::from));
            }
            Layout::Newspaper => {
                lines.extend([headline.clone(), dek, byline(false), date_line, "Share full article".into()]);
                let minutes = self.rng.random_range(3..=7);
                lines.push(format!("Listen to this article · {minutes}:{:02} min", self.rng.random_range(0..60)));
                lines.push(String::new());
                for (i, p) in body.enumerate() {
                    // The Capital Ledger opens with a dateline; the Eastbridge Times does not.
                    if i == 0 && o.slug == "capital-ledger" {
                        lines.push(format!("{place_caps} — {p}"));
                    } else {
                        lines.push(p);
                    }
                    // Two lines per paragraph: after the third and the ninth.
                    if i == 5 || i == 17 {
                        lines.extend(["Advertisement", "SKIP ADVERTISEMENT", ""].map(String::from));
                    }
                }
                let (py, pm, pd) = civil(self.day + 1);
                let page = self.rng.random_range(4..=12);
                lines.push(format!(
                    "A version of this article appears in print on {} {pd}, {py}, Section A, Page {page} of the National edition with the headline: {headline}.",
                    ap_month(pm)
                ));
            }
            Layout::Digital => {
                lines.extend([headline.clone(), byline(false), date_line, String::new()]);
                let paragraphs: Vec<String> = body.filter(|p| !p.is_empty()).collect();
                let last = paragraphs.len().saturating_sub(1);
                let mut labels = LABELS.to_vec();
                labels.shuffle(&mut self.rng);
                let mut labels = labels.into_iter();
                for (i, p) in paragraphs.into_iter().enumerate() {
                    let line = match i {
                        0 => p,
                        _ if i == last => format!("What's next: {p}"),
                        2 | 3 => format!("  • {p}"),
                        _ if i % 3 == 1 => match labels.next() {
                            Some(label) => format!("{label}: {p}"),
                            None => p,
                        },
                        _ => p,
                    };
                    lines.push(line);
                    lines.push(String::new());
                }
                let others: Vec<&str> = kind.headlines.iter().copied().filter(|t| *t != headline_template).collect();
                let related = pick(&mut self.rng, &others);
                lines.push(format!("Go deeper: {}", self.headline(related)));
            }
            Layout::Broadcaster => {
                let hours = self.rng.random_range(2..=9);
                lines.extend([headline.clone(), format!("{hours} hours ago"), "Share".into(), "Save".into(), byline(false)]);
                lines.push(
                    pick(&mut self.rng, &["World affairs correspondent", "Senior reporter", "Economics editor", "Chief correspondent"])
                        .into(),
                );
                lines.push(date_line);
                lines.push(format!("Image source, {}", pick(&mut self.rng, PHOTO_AGENCIES)));
                lines.push(format!("Image caption, {caption}"));
                lines.extend(body);
                lines.push("Related".into());
                for template in kind.headlines.iter().filter(|t| **t != headline_template).take(2) {
                    let related = self.headline(template);
                    if related.chars().count() <= 100 {
                        lines.push(related);
                    }
                }
            }
            Layout::Magazine => {
                lines.extend([section.clone(), headline.clone(), dek, byline(false), date_line]);
                lines.push(format!("{} min read", self.rng.random_range(4..=9)));
                lines.push(String::new());
                lines.extend(body);
                let role = pick(&mut self.rng, &["a staff writer", "a senior editor", "a contributing writer"]);
                if let Some(first) = authors.first() {
                    lines.push(format!("{first} is {role} at {}.", o.name));
                }
            }
            Layout::Aggregated => {
                lines
                    .extend(["Get all your news in one place.", "100’s of premium titles.", "One app.", "Start reading"].map(String::from));
                lines.extend([section.clone(), headline.clone(), dek, byline(false), date_line, String::new()]);
                lines.extend(body);
                lines.extend(
                    [
                        "Sign up to read this article",
                        "Read news from 100’s of titles, curated specifically for you.",
                        "Already a member? Sign in here",
                        "Related Stories",
                        "Our Picks",
                        "Fourteen days free",
                        "Download the app",
                    ]
                    .map(String::from),
                );
            }
        }
        let mut text = String::new();
        for line in &lines {
            text.push_str(line);
            text.push('\n');
        }
        Page { text, headline, section, authors, published }
    }

    /// A reporter of the outlet who is not in the byline (for credits and contributions).
    fn reporter_not_in(&mut self, staff: &[String], authors: &[String]) -> String {
        let others: Vec<&String> = staff.iter().filter(|s| !authors.contains(s)).collect();
        others.choose(&mut self.rng).map_or_else(|| staff[0].clone(), |s| (*s).clone())
    }

    /// The paragraphs: the lead, then facts, quotes, commentary and context in an order
    /// that puts facts first, then a closing sentence.
    fn body(&mut self, lead: &str) -> Vec<String> {
        let kind = self.event.kind;
        let rng = &mut self.rng;
        // 10–25 paragraphs, most articles 10–16; the weekly runs longer.
        let long = if self.outlet.layout == Layout::Magazine { 4 } else { 0 };
        let extra = if rng.random_bool(0.2) { rng.random_range(0..=9) } else { 0 };
        let target = (10 + rng.random_range(0..=6) + long + extra).min(25);
        let mut units: Vec<(u32, Unit)> = Vec::new();
        let mut facts: Vec<&'static str> = kind.facts.to_vec();
        facts.shuffle(rng);
        for (i, f) in facts.into_iter().enumerate() {
            units.push((i as u32 * 10 + rng.random_range(0..15), Unit::Fact(f)));
        }
        let mut quotes: Vec<&(usize, &'static str)> = kind.quotes.iter().collect();
        quotes.shuffle(rng);
        let n_quotes = rng.random_range(2..=quotes.len().min(4));
        for (who, q) in quotes.into_iter().take(n_quotes) {
            units.push((15 + rng.random_range(0..70), Unit::Quote(*who, q)));
        }
        units.push((40 + rng.random_range(0..50), Unit::AnalystQuote(pick(rng, ANALYST_QUOTES))));
        if rng.random_bool(0.5) {
            units.push((45 + rng.random_range(0..50), Unit::Commentary(pick(rng, COMMENTARY))));
        }
        let mut context: Vec<&'static str> = CONTEXT.to_vec();
        context.shuffle(rng);
        for c in context {
            units.push((30 + rng.random_range(0..80), Unit::Context(c)));
        }
        units.sort_by_key(|(key, _)| *key);

        let lead = self.sentence(lead);
        let mut paragraphs = vec![self.polish(&lead)];
        let mut units = units.into_iter().map(|(_, u)| u).peekable();
        while paragraphs.len() < target - 1 && units.peek().is_some() {
            let sentences = match self.rng.random_range(0..20) {
                0..=7 => 1,
                8..=15 => 2,
                _ => 3,
            };
            let mut paragraph: Vec<String> = Vec::new();
            for unit in units.by_ref() {
                let quote = matches!(unit, Unit::Quote(..) | Unit::AnalystQuote(_));
                let sentence = self.unit(&unit);
                // A quote or an attribution ("…, officials said.") closes its paragraph. (The
                // extractor reads "said. Reaction in markets…" as "said Reaction" and would
                // take the next sentence's first word for a speaker.)
                let attributed = sentence.trim_end_matches('.').rsplit(' ').next().is_some_and(|w| SPEECH_VERBS.contains(&w));
                paragraph.push(sentence);
                if quote || attributed || paragraph.len() >= sentences {
                    break;
                }
            }
            let paragraph = paragraph.join(" ");
            paragraphs.push(self.polish(&paragraph));
        }
        let closers: Vec<&str> = kind.next.iter().chain(CLOSERS).copied().collect();
        let closer = pick(&mut self.rng, &closers);
        let closer = self.sentence(closer);
        paragraphs.push(self.polish(&closer));
        paragraphs
    }

    fn unit(&mut self, unit: &Unit) -> String {
        match *unit {
            Unit::Fact(t) | Unit::Context(t) | Unit::Commentary(t) => self.sentence(t),
            Unit::Quote(who, q) => self.quote(who, q),
            Unit::AnalystQuote(q) => self.quote(4, q),
        }
    }

    /// A quote with its speaker: `"…," Kovalenko said.`
    fn quote(&mut self, who: usize, words: &str) -> String {
        let words = self.fill(words, false);
        let forms: Vec<&str> = QUOTE_FORMS.iter().copied().filter(|f| !(f.contains("adding") && (self.added || who == 4))).collect();
        let form = pick(&mut self.rng, &forms);
        self.added |= form.contains("adding");
        let colon = form.ends_with(":\"{q}\"") || form.contains(": \"{q}\"");
        let words = match (colon, words.strip_suffix('.')) {
            (false, Some(stem)) => format!("{stem},"),
            _ => words,
        };
        let speaker = ["{A}", "{B}", "{C}", "{D}", "{X}"][who];
        let template = form.replace("{q}", &words).replace("{S}", speaker);
        self.sentence(&template)
    }

    /// A filled template with its first letter capitalised.
    fn sentence(&mut self, template: &str) -> String {
        capitalise(&self.fill(template, false))
    }

    fn headline(&mut self, template: &str) -> String {
        let h = capitalise(&self.fill(template, true));
        self.polish(&h)
    }

    /// The outlet's spelling and typography.
    fn polish(&self, text: &str) -> String {
        let mut t = text.to_string();
        if self.outlet.british {
            for (us, uk) in BRITISH {
                t = replace_at_word_start(&t, us, uk);
            }
        }
        if self.outlet.curly {
            t = curly(&t);
        }
        t
    }

    /// Fills the slots of a template (see `stories.rs`).
    fn fill(&mut self, template: &str, headline: bool) -> String {
        let mut out = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            let slot = &rest[open + 1..close];
            rest = &rest[close + 1..];
            let text = self.slot(slot, rest, headline);
            out.push_str(&text);
        }
        out.push_str(rest);
        out
    }

    fn slot(&mut self, slot: &str, after: &str, headline: bool) -> String {
        if let Some(list) = slot.strip_prefix("w:") {
            let words = WORDS.iter().find(|(name, _)| *name == list).map_or(&[][..], |(_, w)| *w);
            let word = pick(&mut self.rng, words);
            return self.fill(word, headline);
        }
        let e = self.event;
        let f = &e.figures;
        let british = self.outlet.british;
        match slot {
            "place" => e.city.name.into(),
            "country" => e.city.country.into(),
            "country's" => possessive(e.city.country),
            "org" => e.orgs[0].into(),
            "org2" => e.orgs[1].into(),
            "topic" => pick(&mut self.rng, e.kind.topic).into(),
            "day" => format!("on {}", self.day_name()),
            "day-" => self.day_name(),
            "said" => pick(&mut self.rng, &["said", "said", "said", "told reporters", "said in a statement", "added"]).into(),
            "small" => in_words(f.small),
            "small#" => f.small.to_string(),
            "small2" => in_words(f.small2),
            "small2#" => f.small2.to_string(),
            "medium" => thousands(f.medium),
            "medium2" => thousands(f.medium2),
            "mag" => format!("{}.{}", f.medium / 10, f.medium % 10),
            "large" => thousands(f.large),
            "large~" => self.approximately(f.large),
            "bn" => money(f.money, british),
            "bn~" => {
                let whole = f.money / 10 * 10;
                match self.rng.random_range(0..3) {
                    0 if whole > 0 && whole < f.money => format!("more than {}", money(whole, british)),
                    1 => format!("about {}", money(f.money, british)),
                    _ => money(f.money, british),
                }
            }
            "pct" => self.percent(f.pct),
            "pct2" => self.percent(f.pct2),
            _ => self.person(slot, after, headline),
        }
    }

    /// "on Tuesday" within the week the story happened, else "on Nov. 3" / "on 3 November".
    fn day_name(&self) -> String {
        let day = self.event.day;
        if self.day.saturating_sub(day) <= 6 {
            return weekday(day).to_string();
        }
        let (_, m, d) = civil(day);
        if self.outlet.british {
            format!("{d} {}", MONTHS[usize::from(m - 1)])
        } else {
            format!("{} {d}", ap_month(m))
        }
    }

    fn percent(&self, tenths: u32) -> String {
        let n = if tenths.is_multiple_of(10) { (tenths / 10).to_string() } else { format!("{}.{}", tenths / 10, tenths % 10) };
        match (self.outlet.british, self.outlet.layout) {
            (false, Layout::Newspaper | Layout::Magazine | Layout::Broadcaster) => format!("{n} percent"),
            _ => format!("{n}%"),
        }
    }

    /// A count as outlets round it: "12,400", "about 12,000", "more than 12,000".
    fn approximately(&mut self, n: u32) -> String {
        let mut step = 1;
        while n / step >= 100 {
            step *= 10;
        }
        let floor = n / step * step;
        let nearest = (n + step / 2) / step * step;
        match self.rng.random_range(0..4) {
            0 if floor < n => format!("more than {}", thousands(floor)),
            1 => format!("about {}", thousands(nearest)),
            2 if nearest > n => format!("nearly {}", thousands(nearest)),
            _ => thousands(n),
        }
    }

    /// `{A}`, `{A.he}`, … (see `stories.rs`).
    fn person(&mut self, slot: &str, after: &str, headline: bool) -> String {
        let (who, form) = slot.split_once('.').unwrap_or((slot, ""));
        let Some(i) = ["A", "B", "C", "D", "X"].iter().position(|w| *w == who) else {
            return format!("{{{slot}}}");
        };
        let p = &PEOPLE[self.cast[i]];
        if form == "country" {
            return country_name(p.country);
        }
        if headline {
            return p.family.into();
        }
        let full = format!("{} {}", p.given, p.family);
        match form {
            "full" => return full,
            "role" => return p.short.into(),
            _ => {}
        }
        if !self.seen[i] {
            self.seen[i] = true;
            return match form {
                "" => self.introduce(p, after),
                "his" | "His" => format!("{}'s", self.titled(p)),
                _ => self.titled(p),
            };
        }
        let pronoun = |she: &'static str, he: &'static str| if p.she { she } else { he };
        match form {
            "he" => pronoun("she", "he").into(),
            "He" => pronoun("She", "He").into(),
            "his" => pronoun("her", "his").into(),
            "His" => pronoun("Her", "His").into(),
            "him" => pronoun("her", "him").into(),
            _ if self.outlet.honorifics => format!("{} {}", p.rank.unwrap_or(if p.she { "Ms." } else { "Mr." }), p.family),
            _ => p.family.into(),
        }
    }

    /// The name with a title before it, when the person has one ("Mayor Lucia Reyes").
    fn titled(&mut self, p: &Person) -> String {
        match p.before.choose(&mut self.rng) {
            Some(title) => format!("{title} {} {}", p.given, p.family),
            None => format!("{} {}", p.given, p.family),
        }
    }

    /// A first mention: titled, or with the description beside the name.
    fn introduce(&mut self, p: &Person, after: &str) -> String {
        if after.starts_with("'s") {
            return self.titled(p);
        }
        let full = format!("{} {}", p.given, p.family);
        // The closing comma of an apposition, unless punctuation follows anyway.
        let comma = if after.is_empty() || after.starts_with([',', '.', ';', ':', '"', '!', '?', ')']) { "" } else { "," };
        let can_lead = p.about.starts_with("the ") || p.about.split(' ').next().is_some_and(|w| w.ends_with("'s"));
        match self.rng.random_range(0..20) {
            0..=8 if !p.before.is_empty() => self.titled(p),
            0..=16 => format!("{full}, {}{comma}", p.about),
            _ if can_lead => format!("{}, {full}{comma}", p.about),
            _ => format!("{full}, {}{comma}", p.about),
        }
    }
}

fn capitalise(s: &str) -> String {
    let Some((i, c)) = s.char_indices().find(|(_, c)| c.is_alphanumeric()) else {
        return s.to_string();
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..i]);
    out.extend(c.to_uppercase());
    out.push_str(&s[i + c.len_utf8()..]);
    out
}

/// Typographic quotes and apostrophes: an opening mark after a space, a dash or the start.
fn curly(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev: Option<char> = None;
    for c in s.chars() {
        let opening = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '—' | '['));
        out.push(match (c, opening) {
            ('"', true) => '“',
            ('"', false) => '”',
            ('\'', true) => '‘',
            ('\'', false) => '’',
            (c, _) => c,
        });
        prev = Some(c);
    }
    out
}

/// Replaces `from` where a word starts with it ("neighbor" in "neighboring", not in "xneighbor").
fn replace_at_word_start(s: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find(from) {
        let boundary = rest[..at].chars().next_back().is_none_or(|c| !c.is_alphabetic());
        out.push_str(&rest[..at]);
        out.push_str(if boundary { to } else { from });
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

/// A country as running text writes it ("the United States").
fn country_name(country: &str) -> String {
    match country {
        "United States" | "Philippines" | "Netherlands" | "United Kingdom" => format!("the {country}"),
        _ => country.to_string(),
    }
}

/// One to nine in words, larger numbers in figures (AP and most style books).
fn in_words(n: u32) -> String {
    const WORDS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    WORDS.get(n as usize).map_or_else(|| thousands(n), |w| (*w).to_string())
}

fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Tenths of a billion dollars: "$2.4 billion", "$24 billion"; British outlets "$2.4bn".
fn money(tenths: u32, british: bool) -> String {
    let n = if tenths.is_multiple_of(10) { thousands(tenths / 10) } else { format!("{}.{}", thousands(tenths / 10), tenths % 10) };
    if british {
        format!("${n}bn")
    } else {
        format!("${n} billion")
    }
}

fn slug(s: &str) -> String {
    slug_words(s, usize::MAX)
}

/// The first `max` words of `s`, lowercase ASCII joined by hyphens.
fn slug_words(s: &str, max: usize) -> String {
    let words: Vec<String> =
        s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).take(max).map(str::to_ascii_lowercase).collect();
    words.join("-")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use parallax_core::date::parse_timestamp_line;
    use parallax_core::entities::gazetteer::gazetteer;
    use parallax_core::entities::{self, EntityKind};

    use super::stories::Kind;
    use super::*;

    fn corpus(texts: &[String]) -> Vec<parallax_core::Document> {
        texts.iter().enumerate().flat_map(|(i, t)| parallax_core::clean::parse_file(&format!("{i:03}.txt"), t).documents).collect()
    }

    fn names(index: &entities::EntityIndex, kind: EntityKind) -> BTreeSet<String> {
        index.entities.iter().filter(|e| e.kind == kind).map(|e| e.name.clone()).collect()
    }

    #[test]
    fn every_person_is_read_as_one_person_under_every_title_and_description() {
        let mut texts = Vec::new();
        for p in PEOPLE {
            let full = format!("{} {}", p.given, p.family);
            let mut t = format!("A headline for the test of names\n\n{full}, {}, said the meeting went well.\n", p.about);
            for before in p.before {
                t.push_str(&format!("\nThe meeting was chaired by {before} {full} on Monday.\n"));
            }
            t.push_str(&format!("\n\"We will meet again,\" {} said.\n", p.family));
            texts.push(t);
        }
        let index = entities::extract(&corpus(&texts));
        let expected: BTreeSet<String> = PEOPLE.iter().map(|p| format!("{} {}", p.given, p.family)).collect();
        assert_eq!(names(&index, EntityKind::Person), expected);
        for p in PEOPLE {
            assert!(gazetteer().is_given_name(p.given), "{}: not in the given-name table", p.given);
            assert!(gazetteer().place(p.family).is_none(), "{}: a place", p.family);
            assert_eq!(PEOPLE.iter().filter(|q| q.family == p.family).count(), 1, "{}: two people share the surname", p.family);
        }
    }

    #[test]
    fn organisations_and_places_are_recognised() {
        let orgs: BTreeSet<&str> = KINDS.iter().flat_map(|k| k.orgs.iter().copied()).collect();
        let texts: Vec<String> =
            orgs.iter().map(|o| format!("A headline for the test of organisations\n\nThe talks went on for hours, a spokesman said.\n\nThe meeting was hosted by {o} on Monday.\n")).collect();
        let found = names(&entities::extract(&corpus(&texts)), EntityKind::Organization);
        for o in &orgs {
            let name = o.trim_start_matches("the ");
            assert!(
                found.iter().any(|f| f == name || gazetteer().organization(name) == Some(f.as_str())),
                "{o}: not an organisation in {found:?}"
            );
        }
        for c in world::CITIES {
            assert!(gazetteer().place(c.name).is_some(), "{}: not a place", c.name);
            assert!(gazetteer().place(c.country.trim_start_matches("the ")).is_some(), "{}: not a place", c.country);
        }
        for p in PEOPLE.iter().filter(|p| !p.city.is_empty()) {
            assert!(world::city(p.city).is_some(), "{} {}: {} is not in CITIES", p.given, p.family, p.city);
        }
    }

    /// Every template of the stories and the generic pools, with where it comes from.
    fn templates() -> Vec<(String, &'static str)> {
        let mut out: Vec<(String, &'static str)> = Vec::new();
        let mut add = |from: &str, list: &[&'static str]| out.extend(list.iter().map(|t| (from.to_string(), *t)));
        for (i, k) in KINDS.iter().enumerate() {
            let from = format!("kind {i}");
            add(&from, k.headlines);
            add(&from, k.leads);
            add(&from, k.facts);
            add(&from, &k.quotes.iter().map(|q| q.1).collect::<Vec<_>>());
            add(&from, k.next);
        }
        add("CONTEXT", CONTEXT);
        add("COMMENTARY", COMMENTARY);
        add("CLOSERS", CLOSERS);
        add("ANALYST_QUOTES", ANALYST_QUOTES);
        add("QUOTE_FORMS", QUOTE_FORMS);
        for (name, words) in WORDS {
            add(name, words);
        }
        out
    }

    #[test]
    fn templates_are_well_formed() {
        const SLOTS: &[&str] = &[
            "place",
            "country",
            "country's",
            "org",
            "org2",
            "topic",
            "day",
            "day-",
            "said",
            "small",
            "small#",
            "small2",
            "small2#",
            "medium",
            "medium2",
            "mag",
            "large",
            "large~",
            "bn",
            "bn~",
            "pct",
            "pct2",
            "q",
            "S",
        ];
        const FORMS: &[&str] = &["", "he", "He", "his", "His", "him", "role", "country", "full"];
        for (from, t) in templates() {
            let mut rest = t;
            while let Some(open) = rest.find('{') {
                let close = rest[open..].find('}').map(|c| open + c).unwrap_or_else(|| panic!("{from}: unclosed slot in {t:?}"));
                let slot = &rest[open + 1..close];
                let (who, form) = slot.split_once('.').unwrap_or((slot, ""));
                let known = SLOTS.contains(&slot)
                    || slot.strip_prefix("w:").is_some_and(|w| WORDS.iter().any(|(n, _)| *n == w))
                    || (["A", "B", "C", "D", "X"].contains(&who) && FORMS.contains(&form));
                assert!(known, "{from}: unknown slot {{{slot}}} in {t:?}");
                rest = &rest[close + 1..];
            }
            // "Officials said" would make "Officials" a speaker's name.
            for sentence in t.split(". ") {
                let words: Vec<&str> = sentence.trim_start_matches('"').split(' ').collect();
                let noun = words[0].starts_with(|c: char| c.is_ascii_uppercase()) && words[0].chars().all(char::is_alphabetic);
                let speech = words.get(1).is_some_and(|w| SPEECH_VERBS.contains(&w.trim_end_matches(',')));
                assert!(
                    !(noun && speech && !["We", "I", "They", "He", "She"].contains(&words[0])),
                    "{from}: {t:?} opens with a noun and a speech verb"
                );
            }
        }
    }

    #[test]
    fn every_story_can_be_cast_and_placed() {
        for (i, k) in KINDS.iter().enumerate() {
            let kind: &Kind = k;
            assert!(kind.leads.len() >= 2 && kind.headlines.len() >= 2 && kind.quotes.len() >= 2, "kind {i}: too few templates");
            assert!(kind.quotes.iter().all(|(who, _)| *who < 4), "kind {i}: a quote's speaker is not in the cast");
            for part in kind.cast {
                let wanted = kind.cast.iter().filter(|p| **p == part).count();
                let people = PEOPLE.iter().filter(|p| p.part == part).count();
                assert!(people >= wanted, "kind {i}: {wanted} people wanted as {part:?}, {people} exist");
            }
            match kind.venue {
                Venue::Home(slot) => {
                    for p in PEOPLE.iter().filter(|p| p.part == kind.cast[slot]) {
                        assert!(world::city(p.city).is_some(), "kind {i}: {} {} has no home city", p.given, p.family);
                    }
                }
                Venue::Cities(names) => assert!(names.iter().all(|n| world::city(n).is_some()), "kind {i}: unknown city"),
            }
            assert!(!kind.orgs.is_empty() && !kind.topic.is_empty(), "kind {i}: no organisation or topic");
        }
    }

    #[test]
    fn calendar_and_the_printed_dates_read_back_as_the_editor_form() {
        assert_eq!(civil(0), (2025, 10, 1));
        assert_eq!(civil(30), (2025, 10, 31));
        assert_eq!(civil(31), (2025, 11, 1));
        assert_eq!(civil(92), (2026, 1, 1));
        assert_eq!(weekday(0), "Wednesday");
        assert_eq!(weekday(32), "Sunday");
        // Both sides of the end of US daylight time (2 November 2025), morning and evening.
        for day in [0, 31, 32, 33, 60] {
            for (hour, minute) in [(6, 5), (12, 0), (22, 59)] {
                for zone in [Zone::Gmt, Zone::Eastern] {
                    let stamp = Stamp { day, hour, minute, zone };
                    for layout in [
                        Layout::Wire,
                        Layout::Agency,
                        Layout::Broadsheet,
                        Layout::Newspaper,
                        Layout::Digital,
                        Layout::Broadcaster,
                        Layout::Magazine,
                        Layout::Aggregated,
                    ] {
                        for british in [false, true] {
                            let (line, timed) = stamp.line(layout, british);
                            let printed = parse_timestamp_line(&line).unwrap_or_else(|| panic!("{line:?} does not read as a date"));
                            let editor = stamp.editor_form(timed);
                            let given = parse_timestamp_line(&editor).unwrap_or_else(|| panic!("{editor:?} does not read as a date"));
                            assert_eq!(printed.iso(), given.iso(), "{line:?} and {editor:?}");
                            assert!(printed.iso().is_some(), "{line:?} has no year");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn figures_are_written_as_outlets_write_them() {
        assert_eq!(round_figure(12_437), 12_400);
        assert_eq!(round_figure(987), 987);
        assert_eq!(thousands(391_000), "391,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(in_words(5), "five");
        assert_eq!(in_words(12), "12");
        assert_eq!(money(24, false), "$2.4 billion");
        assert_eq!(money(3_405, false), "$340.5 billion");
        assert_eq!(money(30, true), "$3bn");
        assert_eq!(curly("\"It's 'fine',\" she said."), "“It’s ‘fine’,” she said.");
        assert_eq!(replace_at_word_start("neighboring centered", "neighbor", "neighbour"), "neighbouring centered");
        assert_eq!(slug_words("Storm slams Porto with 117 mph winds", 4), "storm-slams-porto-with");
        assert_eq!(toml_string("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
    }

    #[test]
    fn options() {
        assert_eq!(Options::parse(&["out"]), Ok((Options::default(), PathBuf::from("out"))));
        assert_eq!(
            Options::parse(&["--seed", "9", "--articles", "30", "out"]),
            Ok((Options { articles: 30, seed: 9 }, PathBuf::from("out")))
        );
        assert!(Options::parse(&[]).is_err());
        assert!(Options::parse(&["--articles", "0", "out"]).is_err());
        assert!(Options::parse(&["--articles", "x", "out"]).is_err());
        assert!(Options::parse(&["--seed"]).is_err());
        assert!(Options::parse(&["--verbose", "out"]).is_err());
        assert!(Options::parse(&["a", "b"]).is_err());
    }

    #[test]
    fn article_i_is_the_same_whatever_the_count() {
        let few = generate(&Options { articles: 3, seed: 1 });
        let more = generate(&Options { articles: 5, seed: 1 });
        for (a, b) in few.iter().zip(&more) {
            assert_eq!((&a.file, &a.text), (&b.file, &b.text));
        }
        let other = generate(&Options { articles: 3, seed: 2 });
        assert!(few.iter().zip(&other).any(|(a, b)| a.text != b.text));
    }
}
