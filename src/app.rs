//! The page frame: reads the view from the URL fragment, follows `hashchange`
//! (back, forward, shared links), and shows the screen the view names.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use parallax_core::bundle::FileReport;
use parallax_core::search::Results;
use parallax_core::view::{ParsedView, Screen, View};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::added::{self, AddState, File};
use crate::compare::Compare;
use crate::corpus_page::CorpusPage;
use crate::embedded;
use crate::entity_page::EntityPage;
use crate::reader::Reader;

pub fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Moves to `view` by changing the URL; the `hashchange` listener does the rest, so a
/// click, a shared link and the back button all take the same path.
pub fn navigate(view: &View) {
    crate::timing::mark("parallax:navigate");
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&view.to_hash());
    }
}

/// Like `navigate`, but replaces the current history entry (used while typing a search).
pub fn navigate_replace(view: &View) {
    crate::timing::mark("parallax:navigate");
    if let Some(w) = web_sys::window() {
        let href = w.location().href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or("");
        let _ = w.location().replace(&format!("{base}{}", view.to_hash()));
    }
}

/// Prints `view` in the address bar without a new history entry or a `hashchange`.
fn rewrite_url(view: &View) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&view.to_hash()));
    }
}

/// Copies the page's address to the clipboard; `done` hears whether it worked.
pub fn copy_link(done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else { return done(false) };
    let href = w.location().href().unwrap_or_default();
    let promise = js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok().filter(|c| !c.is_undefined()).and_then(|clipboard| {
        let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        write.call1(&clipboard, &href.into()).ok()?.dyn_into::<js_sys::Promise>().ok()
    });
    match promise {
        Some(p) => yew::platform::spawn_local(async move { done(wasm_bindgen_futures::JsFuture::from(p).await.is_ok()) }),
        None => done(false),
    }
}

/// Builds the text index shortly after the first screen is painted, so the first
/// keystroke in the search box does not wait for it (on thousands of articles it takes a
/// few hundred milliseconds; see BENCHMARKS.md).
fn prepare_search_when_idle() {
    let Some(w) = web_sys::window() else { return };
    let build = wasm_bindgen::closure::Closure::once_into_js(|| {
        let index = embedded::index();
        if !index.text_ready() {
            crate::timing::timed("parallax:index", || index.prepare_text());
        }
    });
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(build.unchecked_ref(), 250);
}

/// `/` focuses the search box unless the reader is typing somewhere.
fn slash_focuses_search(e: &web_sys::KeyboardEvent) {
    if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    // A checkbox or a radio button in focus (after a facet click) takes no text.
    let typing = doc.active_element().is_some_and(|el| match el.tag_name().as_str() {
        "INPUT" => !matches!(
            el.get_attribute("type").unwrap_or_default().as_str(),
            "checkbox" | "radio" | "button" | "submit" | "reset" | "range" | "color"
        ),
        "TEXTAREA" | "SELECT" => true,
        _ => el.get_attribute("contenteditable").is_some(),
    });
    if typing {
        return;
    }
    if let Some(input) = doc.get_element_by_id("q").and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        e.prevent_default();
        let _ = input.focus();
    }
}

/// The page title for a comparison: the outlets compared.
fn compare_title(c: &parallax_core::view::Comparison) -> String {
    let docs = embedded::documents();
    let names: Vec<&str> = c
        .docs
        .iter()
        .filter_map(|id| docs.iter().find(|d| d.id.0 == *id))
        .map(|d| crate::format::outlet(d).unwrap_or("Unknown outlet"))
        .collect();
    match names.len() {
        0 => "Compare articles · Parallax".to_string(),
        n if n <= 4 => format!("{} compared · Parallax", names.join(" vs ")),
        n => format!("{n} articles compared · Parallax"),
    }
}

/// The page title for a filtered corpus: what is selected and how much matched.
fn describe(view: &View, results: &Results) -> String {
    let index = embedded::index();
    let f = &view.filter;
    let mut parts: Vec<String> = Vec::new();
    let names: Vec<String> = f
        .entities
        .iter()
        .filter_map(|s| index.entity_by_slug(s))
        .filter_map(|e| index.entities().entities.get(e as usize))
        .map(|e| e.name.clone())
        .collect();
    if !names.is_empty() {
        let joiner = if f.combine == parallax_core::view::Combine::Any { " or " } else { " and " };
        parts.push(names.join(joiner));
    }
    if !f.query.trim().is_empty() {
        parts.push(format!("“{}”", parallax_core::document::shorten(f.query.trim(), 40)));
    }
    let outlets: Vec<&str> = index.outlets.iter().filter(|o| f.outlets.contains(&o.slug)).map(|o| o.label()).collect();
    if !outlets.is_empty() {
        parts.push(outlets.join(", "));
    }
    if !f.kinds.is_empty() {
        parts.push(f.kinds.iter().map(|k| crate::entity_page::kind_label(*k)).collect::<Vec<_>>().join(", "));
    }
    if !f.docs.is_empty() {
        parts.push(format!("{} selected articles", f.docs.len()));
    }
    match (f.from, f.to) {
        (Some(a), Some(b)) if a == b => parts.push(a.to_string()),
        (Some(a), Some(b)) => parts.push(format!("{a} to {b}")),
        (Some(a), None) => parts.push(format!("from {a}")),
        (None, Some(b)) => parts.push(format!("until {b}")),
        (None, None) => {}
    }
    let n = results.hits.len();
    format!("{} · {n} passage{} · Parallax", parts.join(" · "), if n == 1 { "" } else { "s" })
}

fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// What the reader's added articles are doing, and how to add or remove them: given to
/// every screen (the corpus page holds the form).
#[derive(Clone, PartialEq)]
pub struct AddContext {
    pub state: AddState,
    pub add: Callback<Vec<File>>,
    pub clear: Callback<()>,
}

pub enum AddAction {
    /// Reading this many files (`true`: kept from an earlier visit).
    Start(usize, bool),
    Done { files: Vec<File>, ids: Vec<String>, reports: Vec<FileReport>, kept: bool },
    Failed(String),
    Cleared,
}

impl Reducible for AddState {
    type Action = AddAction;

    fn reduce(self: Rc<Self>, action: AddAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AddAction::Start(n, restoring) => {
                next.busy = n;
                next.restoring = restoring;
                next.error = None;
                next.reports = Rc::default();
            }
            AddAction::Done { files, ids, reports, kept } => {
                next.busy = 0;
                next.files = Rc::new(files);
                next.ids = Rc::new(ids);
                // Files kept from an earlier visit are reported only when they could not
                // be read again (and were dropped).
                next.reports = Rc::new(if next.restoring { reports.into_iter().filter(|r| r.documents.is_empty()).collect() } else { reports });
                next.not_kept = !kept;
                next.generation += 1;
            }
            AddAction::Failed(e) => {
                next.busy = 0;
                next.error = Some(e);
            }
            AddAction::Cleared => {
                next = AddState { generation: next.generation + 1, ..AddState::default() };
            }
        }
        Rc::new(next)
    }
}

/// Reads `files` (the first `before` of them added earlier) in the analyser, shows the
/// corpus it sends back, and keeps the files that were read for the next visit.
fn read_files(files: Vec<File>, before: usize, restoring: bool, state: &UseReducerHandle<AddState>) {
    state.dispatch(AddAction::Start(files.len() - before, restoring));
    let dispatcher = state.dispatcher();
    let sent = files.clone();
    added::run(&sent, move |result| match result {
        Ok(done) => {
            let read: Vec<File> =
                files.iter().zip(&done.files).filter(|(_, r)| !r.documents.is_empty()).map(|(f, _)| f.clone()).collect();
            let ids = done.files.iter().flat_map(|r| r.documents.iter().cloned()).collect();
            let reports = done.files.get(before..).unwrap_or_default().to_vec();
            let kept = added::store(&read);
            embedded::replace(Some(done.bundle));
            dispatcher.dispatch(AddAction::Done { files: read, ids, reports, kept });
        }
        Err(e) => dispatcher.dispatch(AddAction::Failed(e)),
    });
}

/// The page: the reader's added articles around the screen the URL names. When the
/// corpus changes (articles added or removed) the screen is mounted again.
#[component]
pub fn App() -> Html {
    // Articles kept from an earlier visit count as being read from the first frame, so
    // a link to one never flashes "No such article".
    let state = use_reducer(|| {
        let kept = added::stored().len();
        AddState { busy: kept, restoring: kept > 0, ..AddState::default() }
    });
    let add = {
        let state = state.clone();
        Callback::from(move |new: Vec<File>| {
            let all: Vec<File> = state.files.iter().cloned().chain(new).collect();
            read_files(all, state.files.len(), false, &state);
        })
    };
    let clear = {
        let state = state.clone();
        Callback::from(move |()| {
            added::store(&[]);
            embedded::replace(None);
            state.dispatch(AddAction::Cleared);
        })
    };
    {
        // Articles kept from an earlier visit are read again first thing.
        let state = state.clone();
        use_effect_with((), move |_| {
            let kept = added::stored();
            if !kept.is_empty() {
                read_files(kept, 0, true, &state);
            }
        });
    }
    let context = AddContext { state: (*state).clone(), add, clear };
    html! {
        <ContextProvider<AddContext> {context}>
            <Screens key={state.generation.to_string()} />
        </ContextProvider<AddContext>>
    }
}

#[component]
fn Screens() -> Html {
    let parsed = use_state(|| View::parse(&current_hash()));
    {
        let parsed = parsed.clone();
        use_effect_with((), move |_| {
            let listener =
                web_sys::window().map(|w| EventListener::new(&w, "hashchange", move |_| parsed.set(View::parse(&current_hash()))));
            move || drop(listener)
        });
    }
    use_effect_with((), move |_| {
        let keys = web_sys::window().and_then(|w| w.document()).map(|d| {
            EventListener::new_with_options(&d, "keydown", EventListenerOptions::enable_prevent_default(), |e| {
                if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                    slash_focuses_search(e);
                }
            })
        });
        move || drop(keys)
    });
    use_effect_with((), |_| prepare_search_when_idle());
    let ParsedView { view, notices } = (*parsed).clone();
    let reading = use_context::<AddContext>().is_some_and(|c| c.state.busy > 0);
    let index = embedded::index();
    let checked = use_memo(view.filter.clone(), |f| index.resolve(f));
    let on_corpus = view.screen == Screen::Corpus;
    // A comparison names articles; those the corpus lacks are dropped with a notice.
    let (screen_checked, screen_notices) = match &view.screen {
        Screen::Compare(c) => {
            let (c, notices) = parallax_core::compare::check(embedded::documents(), c);
            (Screen::Compare(c), notices)
        }
        other => (other.clone(), Vec::new()),
    };
    let results: Option<Rc<Results>> = {
        let memo = use_memo((checked.resolved.clone(), on_corpus), |(resolved, on_corpus)| {
            if !*on_corpus {
                return None;
            }
            if !resolved.query.clauses.is_empty() && !index.text_ready() {
                crate::timing::timed("parallax:index", || index.prepare_text());
            }
            Some(Rc::new(crate::timing::timed("parallax:query", || index.run(resolved))))
        });
        (*memo).clone()
    };
    {
        // What was dropped is dropped from the address too (without a new history entry),
        // so a copied link says exactly what is on screen, in its canonical form.
        // Only while the address still holds the view this render is for: typing may
        // already have moved it on.
        // Not while the reader's added articles are read again: the address may name them.
        let clean = View { filter: checked.filter.clone(), screen: screen_checked.clone(), ..view.clone() };
        use_effect_with((view.clone(), clean, reading), move |(view, clean, reading)| {
            let now = current_hash();
            if !*reading && View::parse(&now).view == *view && now != clean.to_hash() {
                rewrite_url(clean);
            }
        });
    }
    {
        use_effect_with(view.clone(), |_| crate::timing::measure_since("parallax:update", "parallax:navigate"));
    }
    let docs = embedded::documents();
    let found = match &view.screen {
        Screen::Read { doc } => docs.iter().position(|d| d.id.0 == *doc),
        Screen::Entity { id } => embedded::entities().entities.iter().position(|e| e.id == *id),
        Screen::Corpus | Screen::Compare(_) => None,
    };
    {
        let screen = view.screen.clone();
        let filtered = (!view.filter.is_empty()).then(|| results.as_ref().map(|r| describe(&view, r))).flatten();
        use_effect_with((screen, found, view.passage, filtered), move |(screen, found, _, filtered)| {
            let title = match (screen, found) {
                (Screen::Corpus, _) if filtered.is_some() => filtered.clone().unwrap_or_default(),
                (Screen::Corpus, _) => {
                    let hosts = docs.iter().filter(|d| d.appended_to.is_none()).count();
                    format!("Parallax · {hosts} articles")
                }
                (Screen::Read { .. }, Some(i)) => {
                    format!("{} · Parallax", docs[*i].display_title().0)
                }
                (Screen::Read { .. }, None) => "Article not found · Parallax".to_string(),
                (Screen::Entity { .. }, Some(i)) => format!("{} · Parallax", embedded::entities().entities[*i].name),
                (Screen::Entity { .. }, None) => "Not found · Parallax".to_string(),
                (Screen::Compare(c), _) => compare_title(c),
            };
            set_title(&title);
            // A focused passage scrolls into view; any other new screen starts at the top.
            let doc = web_sys::window().and_then(|w| w.document());
            let fact = doc.as_ref().and_then(|d| d.query_selector(".fact-row.focus").ok().flatten());
            let focused = doc.as_ref().and_then(|d| d.query_selector(".passage.focus").ok().flatten());
            match (fact, focused) {
                (Some(row), _) => {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    row.scroll_into_view_with_scroll_into_view_options(&options);
                }
                (None, Some(el)) => el.scroll_into_view(),
                (None, None) => {
                    if let Some(w) = web_sys::window() {
                        w.scroll_to_with_x_and_y(0.0, 0.0);
                    }
                }
            }
        });
    }

    let mut link_notices: Vec<String> = notices;
    // Names the corpus lacks may be those of added articles still being read.
    if !reading {
        link_notices.extend(checked.notices.iter().cloned());
        link_notices.extend(screen_notices);
    }
    let mut file_notices: Vec<String> = Vec::new();
    let body = match embedded::corpus() {
        Err(e) => {
            html! { <p class="error" role="alert">{ format!("The embedded corpus cannot be read: {e}") }</p> }
        }
        Ok(bundle) => {
            file_notices.extend(bundle.notices.iter().cloned());
            match (&view.screen, found) {
                (Screen::Corpus, _) => html! {
                    <CorpusPage filter={checked.filter.clone()} resolved={Rc::new(checked.resolved.clone())} results={results.clone()} />
                },
                (Screen::Read { .. }, Some(index)) => {
                    html! { <Reader {index} show_chrome={view.show_chrome} focus={view.passage} filter={checked.filter.clone()} /> }
                }
                (Screen::Entity { .. }, Some(index)) => html! { <EntityPage {index} /> },
                (Screen::Compare(_), _) => match &screen_checked {
                    Screen::Compare(comparison) => html! { <Compare comparison={comparison.clone()} /> },
                    _ => html! {},
                },
                (Screen::Read { .. } | Screen::Entity { .. }, None) if reading => html! {
                    <section id="not-found" class="not-found" role="status">
                        <p>{ "Reading the articles you added…" }</p>
                    </section>
                },
                (Screen::Entity { id }, None) => html! {
                    <section id="not-found" class="not-found" role="alert">
                        <h1>{ "No such name" }</h1>
                        <p>{ format!("No person, organisation or place called “{}” is named in this corpus.", parallax_core::document::shorten(id, 80)) }</p>
                        <p><a href="#/">{ "See all articles" }</a></p>
                    </section>
                },
                (Screen::Read { doc }, None) => html! {
                    <section id="not-found" class="not-found" role="alert">
                        <h1>{ "No such article" }</h1>
                        <p>{ format!("This corpus has no article called “{}”. The link may be from another corpus or mistyped.", parallax_core::document::shorten(doc, 80)) }</p>
                        <p><a href="#/">{ "See all articles" }</a></p>
                    </section>
                },
            }
        }
    };

    html! {
        <>
            <a class="skip" href="#content" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("content")) {
                    let _ = el.dyn_into::<web_sys::HtmlElement>().map(|el| el.focus());
                }
            })}>{ "Skip to content" }</a>
            <header class="site-header">
                <a class="brand" href="#/" aria-label="Parallax, all articles">
                    <span class="brand-mark" aria-hidden="true">{ "◐" }</span>{ "Parallax" }
                </a>
                <span class="tagline">{ "One story, many outlets" }</span>
                <nav class="site-nav" aria-label="Sections">
                    <a href="#/" aria-current={(view.screen == Screen::Corpus).then_some("page")}>{ "Articles" }</a>
                    <a href="#/compare" aria-current={matches!(view.screen, Screen::Compare(_)).then_some("page")}>{ "Compare" }</a>
                </nav>
            </header>
            if !link_notices.is_empty() || !file_notices.is_empty() {
                <aside id="notices" class="notices" role="status">
                    <ul>
                        { for link_notices.iter().map(|n| html! { <li>{ n }</li> }) }
                        if !file_notices.is_empty() {
                            <li>
                                { format!("Skipped while building this corpus (everything else is shown): {}", file_notices.join("; ")) }
                            </li>
                        }
                    </ul>
                </aside>
            }
            <main id="content" tabindex="-1">{ body }</main>
            <footer class="site-footer">
                <p>{ "Parallax reads the corpus in your browser; nothing is sent anywhere." }</p>
            </footer>
        </>
    }
}
