//! The page frame: reads the view from the URL fragment, follows `hashchange`
//! (back, forward, shared links), and shows the screen the view names.

use gloo_events::EventListener;
use parallax_core::view::{ParsedView, Screen, View};
use yew::prelude::*;

use crate::corpus_page::CorpusPage;
use crate::embedded;
use crate::entity_page::EntityPage;
use crate::reader::Reader;

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Moves to `view` by changing the URL; the `hashchange` listener does the rest, so a
/// click, a shared link and the back button all take the same path.
pub fn navigate(view: &View) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&view.to_hash());
    }
}

fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

#[component]
pub fn App() -> Html {
    let parsed = use_state(|| View::parse(&current_hash()));
    {
        let parsed = parsed.clone();
        use_effect_with((), move |_| {
            let listener =
                web_sys::window().map(|w| EventListener::new(&w, "hashchange", move |_| parsed.set(View::parse(&current_hash()))));
            move || drop(listener)
        });
    }
    let ParsedView { view, notices } = (*parsed).clone();
    let docs = embedded::documents();
    let found = match &view.screen {
        Screen::Read { doc } => docs.iter().position(|d| d.id.0 == *doc),
        Screen::Entity { id } => embedded::entities().entities.iter().position(|e| e.id == *id),
        Screen::Corpus => None,
    };
    {
        let screen = view.screen.clone();
        use_effect_with((screen, found, view.passage), move |(screen, found, _)| {
            let title = match (screen, found) {
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
            };
            set_title(&title);
            // A focused passage scrolls into view; any other new screen starts at the top.
            let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(".passage.focus").ok().flatten());
            match focused {
                Some(el) => el.scroll_into_view(),
                None => {
                    if let Some(w) = web_sys::window() {
                        w.scroll_to_with_x_and_y(0.0, 0.0);
                    }
                }
            }
        });
    }

    let link_notices: Vec<String> = notices;
    let mut file_notices: Vec<String> = Vec::new();
    let body = match embedded::corpus() {
        Err(e) => {
            html! { <p class="error" role="alert">{ format!("The embedded corpus cannot be read: {e}") }</p> }
        }
        Ok(bundle) => {
            file_notices.extend(bundle.notices.iter().cloned());
            match (&view.screen, found) {
                (Screen::Corpus, _) => html! { <CorpusPage /> },
                (Screen::Read { .. }, Some(index)) => {
                    html! { <Reader {index} show_chrome={view.show_chrome} focus={view.passage} /> }
                }
                (Screen::Entity { .. }, Some(index)) => html! { <EntityPage {index} /> },
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

use wasm_bindgen::JsCast;
