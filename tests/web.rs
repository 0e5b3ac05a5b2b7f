//! Browser tests of the components, in headless Chromium (`wasm-bindgen-test`).
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p parallax-web --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use parallax_web::{App, CorpusPage, Reader};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("attached");
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok()).collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

fn index_of(id: &str) -> usize {
    parallax_web::embedded::documents().iter().position(|d| d.id.0 == id).expect("document in the embedded corpus")
}

#[wasm_bindgen_test]
async fn corpus_page_lists_articles_with_excerpts_under_their_host() {
    let root = fresh_root();
    yew::Renderer::<CorpusPage>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let cards = all(&root, "article.card");
    assert_eq!(cards.len(), 5);
    let wsj = root.query_selector("[data-doc-id='004_22fc1bf83a374540']").unwrap().unwrap();
    let outlets: Vec<String> = all(&wsj, "li.excerpt .excerpt-outlet").iter().filter_map(|e| e.text_content()).collect();
    assert_eq!(outlets, vec!["The Washington Post", "The New York Times", "CNN"]);
    assert_eq!(all(&root, ".card-outlet.unknown").len(), 2, "002 and 003 name no outlet");
    let unnamed = root.query_selector("[data-doc-id='002_a48fdd5eaebd3c3c']").unwrap().unwrap();
    assert!(unnamed.query_selector(".derived").unwrap().is_some(), "a derived title is marked");
    assert_eq!(text(&unnamed, ".card-date"), "Date unknown");
    assert!(text(&wsj, ".card-authors").contains("Deborah Acosta and Robbie Gramer"));
}

#[wasm_bindgen_test]
async fn reader_shows_structure_and_hides_chrome_until_asked() {
    let root = fresh_root();
    let index = index_of("004_22fc1bf83a374540");
    let mut handle = yew::Renderer::<Reader>::with_root_and_props(
        root.clone(),
        parallax_web::ReaderProps { index, show_chrome: false, focus: None, filter: Default::default() },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "After ‘Productive’ Meeting With Ukrainian Negotiators in Florida, U.S. Officials Head to Russia");
    assert_eq!(text(&root, ".meta-dateline"), "HALLANDALE BEACH, Fla.");
    assert_eq!(all(&root, "[data-kind='caption']").len(), 2);
    assert_eq!(all(&root, ".summary [data-kind='summary']").len(), 3);
    // Quotes are set apart with their speaker.
    let quotes: Vec<String> = all(&root, ".quote-mark").iter().filter_map(|e| e.get_attribute("title")).collect();
    assert!(quotes.iter().any(|t| t == "Quote · Rustem Umerov (said)"), "{quotes:?}");
    assert!(quotes.iter().any(|t| t == "Quote · Marco Rubio (said)"), "{quotes:?}");
    assert!(all(&root, ".removed").is_empty());
    let body = text(&root, ".reader-body");
    assert!(!body.contains("GETTY IMAGES") && !body.contains("Write to Deborah") && !body.contains("Pinterest"));

    handle.update(parallax_web::ReaderProps { index, show_chrome: true, focus: None, filter: Default::default() });
    yew::scheduler::flush().await;
    let reasons: Vec<String> = all(&root, ".removed").iter().filter_map(|e| e.get_attribute("data-reason")).collect();
    assert!(
        reasons.contains(&"share-bar".to_string())
            && reasons.contains(&"photo-credit".to_string())
            && reasons.contains(&"author-footer".to_string())
    );
    assert!(text(&root, ".reader-body").contains("Pinterest"));
    assert_eq!(text(&root, "#toggle-chrome"), "Hide removed chrome (11)");
}

#[wasm_bindgen_test]
async fn axios_reader_has_labels_and_bullets() {
    let root = fresh_root();
    let index = index_of("000_331cab4fce0811e8");
    yew::Renderer::<Reader>::with_root_and_props(
        root.clone(),
        parallax_web::ReaderProps { index, show_chrome: false, focus: None, filter: Default::default() },
    )
    .render();
    yew::scheduler::flush().await;
    let labels: Vec<String> = all(&root, ".label").iter().filter_map(|e| e.text_content()).collect();
    assert_eq!(labels[0], "Why it matters:");
    assert!(all(&root, "ul.bullets li[data-kind='bullet']").len() >= 10);
    assert_eq!(text(&root, ".meta-outlet"), "Axios");
}

#[wasm_bindgen_test]
async fn app_shows_a_clear_message_for_an_unknown_article() {
    let window = web_sys::window().unwrap();
    window.location().set_hash("#/read/%3Cscript%3Ealert(1)%3C%2Fscript%3E").unwrap();
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert!(text(&root, "#not-found").contains("This corpus has no article called “<script>alert(1)</script>”"));
    assert!(root.query_selector("script").unwrap().is_none(), "text is never markup");
    window.location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn reader_marks_names_with_their_kind_and_role() {
    let root = fresh_root();
    let index = index_of("000_331cab4fce0811e8");
    yew::Renderer::<Reader>::with_root_and_props(
        root.clone(),
        parallax_web::ReaderProps { index, show_chrome: false, focus: Some(5), filter: Default::default() },
    )
    .render();
    yew::scheduler::flush().await;
    let umerov = root.query_selector("a.ent.ent-person[href='#/entity/rustem-umerov']").unwrap().expect("Umerov is marked");
    assert!(umerov.get_attribute("data-tip").unwrap().contains("national security adviser"));
    assert!(root.query_selector("a.ent.ent-place[href='#/entity/donbas']").unwrap().is_some());
    assert!(root.query_selector("a.ent.ent-org[href='#/entity/axios']").unwrap().is_some());
    assert_eq!(all(&root, ".passage.focus").len(), 1);
    assert_eq!(all(&root, ".passage.focus")[0].id(), "p5");
    // The marks leave the text as it was.
    let text = text(&root, ".reader-body");
    assert!(text.contains("national security adviser Rustem Umerov, military chief of staff Gen. Andrii Hnatov"));
}

#[wasm_bindgen_test]
async fn entity_card_lists_spellings_titles_and_contexts() {
    let root = fresh_root();
    let entities = &parallax_web::embedded::entities().entities;
    let index = entities.iter().position(|e| e.name == "Volodymyr Zelensky").expect("Zelensky");
    yew::Renderer::<parallax_web::EntityPage>::with_root_and_props(root.clone(), parallax_web::EntityPageProps { index }).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Volodymyr Zelensky");
    let spellings: Vec<String> = all(&root, ".spellings li").iter().filter_map(|e| e.text_content()).collect();
    assert!(spellings.contains(&"Zelenskyy".to_string()) && spellings.contains(&"Zelensky".to_string()), "{spellings:?}");
    assert!(all(&root, ".counts tr").len() >= 3);
    assert!(!all(&root, ".contexts a.context-link").is_empty());
}

/// The core's extraction runs unchanged in the browser (articles a reader adds will go
/// through it): the same entities as at build time. Prints the WASM throughput; it
/// asserts results, never timings.
#[wasm_bindgen_test]
async fn extraction_runs_in_wasm_and_matches_the_build() {
    let docs = parallax_web::embedded::documents();
    let built = parallax_web::embedded::entities();
    let performance = web_sys::window().and_then(|w| w.performance()).expect("performance");
    let _ = parallax_core::entities::extract(&docs[..1]);
    let passes = 20;
    let start = performance.now();
    let mut again = parallax_core::entities::EntityIndex::default();
    for _ in 0..passes {
        again = parallax_core::entities::extract(docs);
    }
    let ms = (performance.now() - start) / f64::from(passes);
    assert_eq!(again.entities, built.entities);
    assert_eq!(again.mentions.len(), built.mentions.len());
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let build = if cfg!(debug_assertions) { "debug" } else { "release" };
    wasm_bindgen_test::console_log!("entity extraction in WASM ({build} build): {ms:.2} ms a pass, {:.2} MB/s", bytes as f64 / ms / 1e3);
}

/// The corpus page narrowed by a filter lists only passages that name the selection,
/// grouped by article, each with its outlet, the selected name emphasised, a link in
/// context, and the facets checked to match.
#[wasm_bindgen_test]
async fn filtered_corpus_page_lists_matching_passages() {
    use parallax_core::view::Filter;
    let root = fresh_root();
    let filter = Filter { entities: vec!["umerov".into()], query: "talk".into(), ..Filter::default() };
    let checked = parallax_web::embedded::index().resolve(&filter);
    assert!(checked.notices.is_empty());
    let props = parallax_web::CorpusPageProps { filter: checked.filter, resolved: std::rc::Rc::new(checked.resolved), results: None };
    yew::Renderer::<CorpusPage>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let hits = all(&root, ".hit");
    assert!(!hits.is_empty());
    for hit in &hits {
        assert!(hit.query_selector(".ent.selected").unwrap().is_some(), "the selected name is marked");
        let marks: Vec<String> = all(hit, "mark").iter().filter_map(|m| m.text_content()).collect();
        assert!(marks.iter().any(|m| m.to_lowercase().starts_with("talk")), "{marks:?}");
        assert!(!text(hit, ".hit-outlet").is_empty());
        let href = hit.query_selector("a.in-context").unwrap().unwrap().get_attribute("href").unwrap_or_default();
        assert!(href.starts_with("#/read/") && href.contains("e=umerov&q=talk"), "{href}");
    }
    assert!(all(&root, "article.card").is_empty(), "results replace the cards");
    let checkbox = root.query_selector("#f-e-umerov").unwrap().expect("the Umerov facet");
    let checkbox: web_sys::HtmlInputElement = wasm_bindgen::JsCast::dyn_into(checkbox).expect("a checkbox");
    assert!(checkbox.checked());
}

#[wasm_bindgen_test]
async fn articles_a_reader_adds_are_read_in_wasm_and_shown_with_the_rest() {
    // What the analyser worker runs, here in the page's own wasm test build.
    let article = b"Bridge reopens after repairs\n\nThe old bridge over the Douro reopened on Monday after six weeks of repairs, officials said.\n";
    let bytes = parallax_web::added::analyse(&[("extra.txt".into(), article.to_vec()), ("photo.txt".into(), vec![0x89, 0x50, 0, 0])]);
    let added = parallax_core::bundle::Added::decode(&bytes).expect("the worker's answer decodes");
    assert_eq!(added.files[0].documents, vec!["extra".to_string()]);
    assert!(added.files[1].message.as_deref().unwrap_or_default().contains("binary"));
    assert_eq!(added.bundle.documents.len(), parallax_web::embedded::built().as_ref().expect("built").documents.len() + 1);
    parallax_web::embedded::replace(Some(added.bundle));
    let root = fresh_root();
    yew::Renderer::<CorpusPage>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let shown = all(&root, "article.card").len();
    let extra = root.query_selector("article.card[data-doc-id='extra']").ok().flatten().is_some();
    // Back to the corpus as built before asserting, so a failure here fails only this test.
    parallax_web::embedded::replace(None);
    assert_eq!(shown, 6);
    assert!(extra);
    assert_eq!(parallax_web::embedded::documents().len(), parallax_web::embedded::built().as_ref().expect("built").documents.len());
}
