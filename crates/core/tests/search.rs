//! Filtering and search on the seed corpus, checked against what the text says (not
//! against hand-picked counts), and properties that hold for any filter.

use std::path::PathBuf;
use std::sync::OnceLock;

use parallax_core::entities::{extract, EntityIndex, EntityKind};
use parallax_core::search::{fold, words, Index, PAGE_SIZE};
use parallax_core::view::{Combine, Day, Filter};
use parallax_core::Document;
use proptest::prelude::*;

fn corpus() -> &'static (Vec<Document>, EntityIndex) {
    static C: OnceLock<(Vec<Document>, EntityIndex)> = OnceLock::new();
    C.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        let docs = parallax_core::load_dir(&root).expect("corpus folder").documents;
        let entities = extract(&docs);
        (docs, entities)
    })
}

fn index() -> Index<'static> {
    let (docs, entities) = corpus();
    Index::build(docs, entities)
}

fn text_of(index: &Index, hit: u32) -> String {
    let r = index.passage(hit).expect("hit");
    let doc = &index.docs()[r.doc as usize];
    doc.passage_text(&doc.passages[r.passage as usize]).to_string()
}

fn filter(f: impl FnOnce(&mut Filter)) -> Filter {
    let mut out = Filter::default();
    f(&mut out);
    out
}

#[test]
fn people_have_short_slugs_and_full_ids_still_resolve() {
    let index = index();
    let umerov = index.entity_by_slug("rustem-umerov").expect("Umerov is in the seeds");
    assert_eq!(index.entity_slug(umerov), "umerov");
    assert_eq!(index.entity_by_slug("umerov"), Some(umerov));
}

#[test]
fn an_entity_filter_returns_exactly_the_passages_that_name_it() {
    let index = index();
    let checked = index.resolve(&filter(|f| f.entities = vec!["umerov".into()]));
    assert!(checked.notices.is_empty());
    let results = index.run(&checked.resolved);
    let e = checked.resolved.entities[0];
    let expected: std::collections::BTreeSet<(u32, u32)> =
        index.entities().mentions.iter().filter(|m| m.entity == e).map(|m| (m.doc, m.passage)).collect();
    let got: std::collections::BTreeSet<(u32, u32)> =
        results.hits.iter().map(|&h| index.passage(h).map(|r| (r.doc, r.passage)).expect("hit")).collect();
    assert_eq!(got, expected);
    assert!(results.articles >= 4, "Umerov is in most seed articles");
    // The selected entity leads the co-occurrence facet with every hit.
    assert_eq!(results.facets.entities[0].entity, e);
    assert_eq!(results.facets.entities[0].passages as usize, results.hits.len());
    let by_outlet: u32 = results.facets.entities[0].by_outlet.iter().map(|x| x.1).sum();
    assert_eq!(by_outlet, results.facets.entities[0].mentions);
}

#[test]
fn and_is_narrower_than_or() {
    let index = index();
    let pair = |combine| {
        let checked = index.resolve(&filter(|f| {
            f.entities = vec!["umerov".into(), "rubio".into()];
            f.combine = combine;
        }));
        assert!(checked.notices.is_empty(), "{:?}", checked.notices);
        index.run(&checked.resolved)
    };
    let (all, any) = (pair(Combine::All), pair(Combine::Any));
    assert!(!all.hits.is_empty());
    assert!(all.hits.len() < any.hits.len());
    assert!(all.hits.iter().all(|h| any.hits.contains(h)));
}

#[test]
fn search_is_case_and_diacritic_insensitive_and_highlights_what_matched() {
    let index = index();
    for q in ["UMEROV", "úmérov", "umer"] {
        let checked = index.resolve(&filter(|f| f.query = q.into()));
        let results = index.run(&checked.resolved);
        assert!(!results.hits.is_empty(), "{q}");
        for &h in &results.hits {
            let text = text_of(&index, h);
            assert!(words(&text).iter().any(|w| w.2.starts_with(&fold(q.trim()))), "{q} in {text}");
            let pieces = index.pieces(h, &checked.resolved.query);
            let marked: Vec<&str> = pieces.iter().filter(|p| p.term).map(|p| p.span.slice(&text)).collect();
            assert!(!marked.is_empty(), "{q}: nothing highlighted in {text}");
            // The pieces cover the passage exactly, in order.
            assert_eq!(pieces.iter().map(|p| p.span.slice(&text)).collect::<String>(), text);
        }
    }
}

#[test]
fn phrases_must_be_consecutive() {
    let index = index();
    let run = |q: &str| index.run(&index.resolve(&filter(|f| f.query = q.into())).resolved);
    let phrase = run("\"peace plan\"");
    let words_only = run("peace plan");
    assert!(!phrase.hits.is_empty());
    assert!(phrase.hits.len() <= words_only.hits.len());
    for &h in &phrase.hits {
        let t = text_of(&index, h).to_lowercase();
        assert!(t.contains("peace plan") || t.contains("peace\u{a0}plan"), "{t}");
    }
}

#[test]
fn outlet_kind_and_date_filters_narrow_and_facets_count_the_alternatives() {
    let index = index();
    let all = index.run(&index.resolve(&Filter::default()).resolved);
    assert_eq!(all.hits.len(), index.passage_count());
    let axios = index.outlets.iter().position(|o| o.slug == "axios").expect("Axios is a seed outlet") as u32;
    let checked = index.resolve(&filter(|f| f.outlets = vec!["axios".into()]));
    let only = index.run(&checked.resolved);
    assert!(only.hits.iter().all(|&h| index.outlet_index(index.passage(h).expect("hit").doc) == Some(axios)));
    // The outlet facet still offers the other outlets with what they would add.
    assert!(only.facets.outlets.len() > 1);
    let facet = only.facets.outlets.iter().find(|o| o.0 == axios).expect("axios facet");
    assert_eq!(facet.1 as usize, only.hits.len());

    let places = index.run(&index.resolve(&filter(|f| f.kinds = vec![EntityKind::Place])).resolved);
    assert!(!places.hits.is_empty() && places.hits.len() < all.hits.len());

    // A date range keeps articles published inside it and never articles of unknown date.
    let day = Day::parse("2025-11-30");
    let dated = index.run(&index.resolve(&filter(|f| (f.from, f.to) = (day, day))).resolved);
    assert!(!dated.hits.is_empty());
    assert!(dated.hits.iter().all(|&h| index.day_of(index.passage(h).expect("hit").doc) == day));
    assert!(all.facets.days.iter().any(|d| d.0.is_none()), "seeds include undated articles");
}

#[test]
fn unknown_slugs_are_dropped_with_notices() {
    let index = index();
    let checked = index.resolve(&filter(|f| {
        f.entities = vec!["umerov".into(), "nobody-at-all".into()];
        f.outlets = vec!["the-daily-planet".into()];
        f.docs = vec!["999_missing".into()];
    }));
    assert_eq!(checked.notices.len(), 3, "{:?}", checked.notices);
    assert_eq!(checked.filter.entities, vec!["umerov".to_string()]);
    assert!(checked.filter.outlets.is_empty() && checked.filter.docs.is_empty());
}

#[test]
fn results_are_paged() {
    let index = index();
    let all = index.run(&index.resolve(&Filter::default()).resolved);
    let (page, hits) = all.page(0);
    assert_eq!((page, hits.len()), (0, PAGE_SIZE.min(all.hits.len())));
    let (last, _) = all.page(u32::MAX);
    assert_eq!(last, all.pages() - 1);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_filter_runs_without_panic_and_hits_satisfy_it(
        entities in prop::collection::vec(prop::sample::select(vec!["umerov", "rubio", "trump", "ukraine", "zzz", "", "nato"]), 0..3),
        any_of in any::<bool>(),
        query in "(\"|peace|plan|umer|zelensk|ü|' |\\.|war| ){0,6}",
        page in 0u32..5,
    ) {
        let index = index();
        let f = Filter {
            entities: entities.into_iter().map(String::from).collect(),
            combine: if any_of { Combine::Any } else { Combine::All },
            query,
            page,
            ..Filter::default()
        };
        let checked = index.resolve(&f);
        let results = index.run(&checked.resolved);
        let (_, hits) = results.page(page);
        for &h in hits {
            let text = text_of(&index, h);
            let pieces = index.pieces(h, &checked.resolved.query);
            prop_assert_eq!(pieces.iter().map(|p| p.span.slice(&text)).collect::<String>(), text);
        }
    }
}
