//! Properties that hold for any input: no panic, every byte accounted for, spans on
//! char boundaries and inside their passage, cleaning never rewrites text, and the URL
//! codec round-trips.

use parallax_core::clean::{parse_file, Role};
use parallax_core::entities::EntityKind;
use parallax_core::view::{Combine, Comparison, Day, Filter, Screen, View};
use proptest::prelude::*;

/// Pieces of news pages, so generated input hits the rules and not only random bytes.
const FRAGMENTS: &[&str] = &[
    "Axios\n",
    "World\n",
    "Get link\n",
    "Facebook\n",
    "Sign up to read this article\n",
    "Comments\n",
    "By Deborah Acosta and Robbie Gramer, The Wall Street Journal,\n",
    "Updated Nov. 30, 2025 6:19 pm ET\n",
    "HALLANDALE BEACH, Fla.—",
    "KYIV, Nov 30 (Reuters) - ",
    "Why it matters: ",
    "  • ",
    "Quick Summary -- ",
    " -- ",
    "South Florida.CHANDAN KHANNA/AFP/GETTY IMAGES ",
    "delegation.AFP/Getty Images ",
    "“We don’t just want to end the war,” Rubio said. ",
    "Mr. Witkoff met Vladimir V. Putin. ",
    "Write to Deborah Acosta at deborah.acosta@wsj.com",
    " Column by Ishaan Tharoor The Washington Post , August 14, 2024 at 12:00 a.m. EDT; see also ",
    "(Viacheslav Ratynskyi/Reuters) ",
    "Credit... Wojtek Radwanski/Agence France-Presse — Getty Images ",
    "Analysis by Nick Paton Walsh , CNN Updated 9:19 PM EDT, March 18 ",
    "Orig inal article contains additional links and illustrations . ",
    "See also X , Y, The New York Times , March 18; and also ",
    "insi...",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "é",
    "—",
    "’",
    "\u{feff}",
    "Talks Ongoing, But Timelines Are Elusive\n",
    "The talks lasted five hours. ",
    "U.S. ",
    ": ",
    ".",
    "\t",
    // The seventh held-out story's page furniture (`clean/lines.rs`).
    "Item 1 of 3 ",
    "[1/3]",
    "Meridian/Jure Makovec Purchase Licensing Rights, opens new tab\n",
    "skip past newsletter promotion\n",
    "after newsletter promotion\n",
    " (April 12, 2027)\n",
    "The Courier - Back to home\n",
    "© 2027 Courier News & Media Limited\n",
    "Slovenian Civic Union (SDZ) ",
    "Kovačič's ",
    "Image caption,\n",
    "WHAT'S NEXT\n",
    "5: objects stolen\n",
    "Reporting by Ana Lopes; Editing by Tom Hale\n",
    "More from The Gallery Wire\n",
    "almost a third of the vote ",
    "Fewer than one in 10 ",
    "by more than a quarter. ",
    "between 40 and 50 people ",
    "19 or 20 points ",
    "Clara Whitlock, Science Editor, and Peter Lindgren, Zurich\n",
    "BY THE NUMBERS\n\n1,876: patients in the trial\n\n$12.7B: market value wiped out\n",
    "LESK, Oct 20 (Halvard) - ",
    "Stanek: \"I respect the decision of the Zbor.\"\n",
    "the 150-seat Zbor ",
    "passed 78–69, with 3 abstentions. ",
    "sixty-nine had voted to keep it ",
    "828 days ",
    "just over 27 months ",
    "just before six o'clock in the evening ",
    "Almost 80 MPs ",
    "Col Sarawut Thongdee ",
    "in July 2025 ",
];

fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![3 => prop::sample::select(FRAGMENTS).prop_map(String::from), 1 => ".{0,12}"], 0..60)
        .prop_map(|v| v.concat())
}

fn check(text: &str) {
    let parse = parse_file("x.txt", text);
    // Segments tile the input exactly; gaps are only whitespace.
    let mut at = 0u32;
    for s in &parse.segments {
        assert_eq!(s.span.start, at, "segments must be contiguous");
        assert!(text.is_char_boundary(s.span.start as usize) && text.is_char_boundary(s.span.end as usize));
        if s.role == Role::Blank {
            assert!(s.span.slice(text).chars().all(|c| c.is_whitespace() || c == '\u{feff}'), "lost text: {:?}", s.span.slice(text));
        }
        at = s.span.end;
    }
    assert_eq!(at as usize, text.len(), "segments must cover the input");
    for d in &parse.documents {
        for (i, p) in d.passages.iter().enumerate() {
            assert!(d.text.is_char_boundary(p.span.start as usize) && d.text.is_char_boundary(p.span.end as usize));
            // Cleaning never rewrites: the passage is exactly its source bytes.
            assert_eq!(p.span.slice(&d.text), p.source.slice(text));
            assert!(parse
                .segments
                .iter()
                .any(|s| s.span == p.source && matches!(s.role, Role::Passage { passage, .. } if passage as usize == i)));
            for s in d.sentences_of(p) {
                assert!(s.span.start >= p.span.start && s.span.end <= p.span.end, "sentence outside its passage");
                assert!(d.text.is_char_boundary(s.span.start as usize) && d.text.is_char_boundary(s.span.end as usize));
                assert!(!d.sentence_text(s).trim().is_empty());
            }
        }
        for r in &d.removed {
            assert_eq!(r.text, r.source.slice(text));
            assert!(r.before as usize <= d.passages.len());
        }
    }
}

/// Pieces of what the reading of figures, clock times, ages and descriptions looks for,
/// glued at random with any text between: the whole analysis must never panic on them.
const READING: &[&str] = &[
    "at about 9:40 p.m. on Friday ",
    "2147 local time (0047 GMT) ",
    "shortly before 5am",
    "Video, 00:01:48\n",
    "(1:42)",
    "2:03:45 ",
    "9.47pm",
    "12 a.m.",
    "the 22-year-old ",
    "aged 63 ",
    "Lindqvist, 25, ",
    "Joaquín Elorriaga, the 28-year-old Spaniard, ",
    "The Spaniard said ",
    "the Hungarian had ",
    "Hungarian Levente Orbányi beat ",
    "£2.85m ",
    "$845M / €720m ",
    "four more Veyra 6 flights ",
    "won 7-6 (7-5) 4-6 ",
    "at 8-8 ",
    "voted four to one ",
    "a 6\u{2013}3 ruling ",
    "10-15 people ",
    "217-213",
    "2025-11-30 ",
    "31 of the National Assembly’s 90 seats ",
    "up to 2,000 of Stellmark's 6,200 jobs ",
    "of the ",
    "world No. 1 ",
    "No 10 Downing ",
    "ranked 74th ",
    "74th-ranked ",
    "the number one ranking ",
    "110K: visitors ",
    "4.3M ",
    "41C ",
    "106°F",
    "°C ",
    "41 degrees Celsius ",
    "up to 85km/h (53mph) ",
    "km per hour ",
    "131mm ",
    "°",
    "/h",
    "two small oil studies ",
    "born in 1821 ",
    "a 1714 portrait ",
    "is 171 ",
    "Image caption,\n",
    "BY THE NUMBERS\n",
    "Reporting by Ana Lopes; Editing by Tom Hale\n",
    ". ",
    "\n\n",
    ": ",
    "~",
];

fn reading() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![3 => prop::sample::select(READING).prop_map(String::from), 1 => ".{0,8}"], 0..40)
        .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)))]

    /// Two articles of such text are read and aligned without a panic, and every figure
    /// is a span of its document's text.
    #[test]
    fn reading_figures_times_ages_and_descriptions_never_panics(a in reading(), b in reading()) {
        let mut corpus = parallax_core::corpus::Corpus::default();
        for (name, text) in [("000_a.txt", &a), ("001_b.txt", &b)] {
            corpus.documents.extend(parse_file(name, &format!("Talks end\n\nThe talks went on today. {text}")).documents);
        }
        let analysis = corpus.analyse();
        for f in &analysis.figures {
            let doc = &corpus.documents[f.doc as usize];
            prop_assert!(doc.text.is_char_boundary(f.span.start as usize) && doc.text.is_char_boundary(f.span.end as usize));
            prop_assert_eq!(f.span.slice(&doc.text), f.text.as_str());
            prop_assert!(f.low.is_none_or(|l| f.high.is_none_or(|h| l <= h)), "{:?}", f);
        }
    }
}

proptest! {
    // 600 cases by default; PROPTEST_CASES=20000 for a longer hunt.
    #![proptest_config(ProptestConfig::with_cases(std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(600)))]

    #[test]
    fn any_text_is_accounted_for(text in ".{0,400}") {
        check(&text);
    }

    #[test]
    fn news_like_text_is_accounted_for(text in newsy()) {
        check(&text);
    }

    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = parallax_core::ingest_bytes("x.txt", &bytes);
    }

    #[test]
    fn any_hash_gives_a_view(hash in ".{0,300}") {
        let parsed = View::parse(&hash);
        // Whatever was read prints to a hash that reads back the same.
        prop_assert_eq!(View::parse(&parsed.view.to_hash()).view, parsed.view);
    }

    #[test]
    fn views_round_trip(doc in "[^\u{0}]{1,40}", chrome in any::<bool>(), passage in proptest::option::of(any::<u32>()),
                        entity in any::<bool>(), filter in filters()) {
        let v = if entity {
            View { screen: Screen::Entity { id: doc }, filter, ..View::default() }
        } else {
            View { screen: Screen::Read { doc }, show_chrome: chrome, passage, filter }
        };
        let back = View::parse(&v.to_hash());
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
        prop_assert_eq!(back.view, v);
    }

    #[test]
    fn comparisons_round_trip(docs in prop::collection::btree_set("[^\u{0}]{1,12}", 0..6), base in any::<prop::sample::Index>(),
                              has_base in any::<bool>(), ignore_trivial in any::<bool>(), fact in proptest::option::of(any::<u32>()),
                              shared_only in any::<bool>(),
                              filter in filters()) {
        let docs: Vec<String> = docs.into_iter().filter(|d| !d.trim().is_empty()).collect();
        let base = (has_base && !docs.is_empty()).then(|| docs[base.index(docs.len())].clone());
        let v = View { screen: Screen::Compare(Comparison { docs, base, ignore_trivial, fact, shared_only }), filter, ..View::default() };
        let back = View::parse(&v.to_hash());
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
        prop_assert_eq!(back.view, v);
    }

    #[test]
    fn filters_round_trip_on_the_corpus_screen(filter in filters()) {
        let v = View::search(filter);
        let back = View::parse(&v.to_hash());
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
        prop_assert_eq!(back.view, v);
    }

    #[test]
    fn hostile_query_strings_give_a_view(pairs in prop::collection::vec((
        prop::sample::select(vec!["e", "m", "k", "o", "a", "from", "to", "q", "page", "p", "chrome", "", "x"]),
        "(%[0-9A-Fa-fZz]{0,2}|[^&#]{0,12}|,|\\+|<script>){0,6}"), 0..8)) {
        let hash = format!("#/?{}", pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"));
        let parsed = View::parse(&hash);
        prop_assert_eq!(View::parse(&parsed.view.to_hash()).view, parsed.view);
    }
}

fn days() -> impl Strategy<Value = Option<Day>> {
    proptest::option::of((1u16..=9999, 1u8..=12, 1u8..=28).prop_map(|(year, month, day)| Day { year, month, day }))
}

/// Any filter the page can be in: distinct non-empty list items, any query text.
fn filters() -> impl Strategy<Value = Filter> {
    let items = || {
        prop::collection::btree_set("[^\u{0}]{1,12}", 0..4).prop_map(|s| s.into_iter().filter(|i| !i.trim().is_empty()).collect::<Vec<_>>())
    };
    let kinds = prop::sample::subsequence(vec![EntityKind::Person, EntityKind::Organization, EntityKind::Place], 0..=3);
    (items(), any::<bool>(), kinds, items(), items(), days(), days(), "[^\u{0}]{0,40}", any::<u32>()).prop_map(
        |(entities, any_of, kinds, outlets, docs, a, b, query, page)| {
            let (from, to) = match (a, b) {
                (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                other => other,
            };
            Filter { entities, combine: if any_of { Combine::Any } else { Combine::All }, kinds, outlets, docs, from, to, query, page }
        },
    )
}
