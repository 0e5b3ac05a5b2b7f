//! The first screen: the search box and facets beside either one card per article
//! (excerpts grouped under the article a reposting site appended them to) or, once the
//! reader narrows the corpus, the matching passages.

use std::rc::Rc;

use parallax_core::document::Document;
use parallax_core::search::{Resolved, Results};
use parallax_core::view::{Filter, View};
use yew::prelude::*;

use crate::explore::{Active, Facets, Hits, SearchBox};

use crate::embedded;
use crate::entity_page::kind_class;
use crate::format;
use parallax_core::entities::EntityKind;

/// Article cards per page of the unfiltered corpus.
const CARDS_PER_PAGE: usize = 20;

fn hosts_count(docs: &[Document]) -> usize {
    docs.iter().filter(|d| d.appended_to.is_none()).count()
}

#[derive(Properties, PartialEq, Default)]
pub struct CorpusPageProps {
    /// The reader's filter, already checked against the corpus.
    #[prop_or_default]
    pub filter: Filter,
    #[prop_or_default]
    pub resolved: Rc<Resolved>,
    /// What the filter matches; computed by the caller when absent.
    #[prop_or_default]
    pub results: Option<Rc<Results>>,
}

#[component]
pub fn CorpusPage(props: &CorpusPageProps) -> Html {
    let docs = embedded::documents();
    let added = use_context::<crate::app::AddContext>().map(|c| c.state.ids).unwrap_or_default();
    let results = props.results.clone().unwrap_or_else(|| Rc::new(embedded::index().run(&props.resolved)));
    let filtered = !props.filter.is_empty();
    // Articles are paged like results, so a corpus of thousands keeps a small page.
    let card_pages = hosts_count(docs).div_ceil(CARDS_PER_PAGE).max(1);
    let card_page = (props.filter.page as usize).min(card_pages - 1);
    let hosts: Vec<&Document> = docs.iter().filter(|d| d.appended_to.is_none()).collect();
    let excerpts = docs.len() - hosts.len();
    let card_range = (card_page * CARDS_PER_PAGE).min(hosts.len())..((card_page + 1) * CARDS_PER_PAGE).min(hosts.len());
    let outlets = {
        let mut o: Vec<&str> = docs.iter().filter_map(format::outlet).collect();
        o.sort_unstable();
        o.dedup();
        o.len()
    };
    let unknown = docs.iter().filter(|d| d.meta.outlet.is_none()).count();
    html! {
        <section id="corpus" class="corpus" aria-labelledby="corpus-title">
            <h1 id="corpus-title">{ "The corpus" }</h1>
            <p class="corpus-summary">
                { format!("{} articles", hosts.len()) }
                if excerpts > 0 { { format!(" and {excerpts} appended excerpts") } }
                { format!(" from {outlets} named outlets") }
                if unknown > 0 { { format!(", {unknown} of unknown outlet") } }
                { "." }
            </p>
            if hosts.is_empty() {
                <p class="empty">{ "This corpus has no readable articles. Add some below, or put .txt files in corpus/ and build again." }</p>
            }
            <crate::add_form::AddForm />
            <div class="explore">
                <Facets filter={props.filter.clone()} resolved={props.resolved.clone()} results={results.clone()} />
                <div class="explore-main">
                    <SearchBox filter={props.filter.clone()} />
                    <Active filter={props.filter.clone()} resolved={props.resolved.clone()} results={results.clone()} />
                    if filtered {
                        <Hits filter={props.filter.clone()} resolved={props.resolved.clone()} results={results.clone()} />
                    } else {
                        <div class="cards">
                            { for hosts[card_range.clone()].iter().map(|d| card(d, docs, added.contains(&d.id.0))) }
                        </div>
                        { crate::explore::pager(&props.filter, card_page, card_pages, "Article pages") }
                    }
                </div>
            </div>
            if !filtered { { names_section() } }
        </section>
    }
}

fn card(doc: &Document, all: &[Document], added: bool) -> Html {
    let (title, derived) = doc.display_title();
    let href = View::read(&doc.id.0).to_hash();
    let excerpts: Vec<&Document> = all.iter().filter(|d| d.appended_to.as_ref() == Some(&doc.id)).collect();
    let removed = doc.removed.len();
    html! {
        <article class="card" data-doc-id={doc.id.0.clone()}>
            <div class="card-top">
                { outlet_badge(doc, "card-outlet") }
                if let Some(s) = &doc.meta.section { <span class="card-section">{ &s.value }</span> }
                if added { <span class="card-added" title="You added this article in this browser.">{ "added by you" }</span> }
            </div>
            <h2 class="card-title"><a {href}>{ title }</a></h2>
            if derived {
                <span class="derived" title="The text states no headline; this title is its first sentence.">{ "title derived from the text" }</span>
            }
            if let (Some(dek), true) = (&doc.meta.dek, doc.meta.headline.is_some()) { <p class="card-dek">{ &dek.value }</p> }
            <p class="card-byline">
                { authors(doc, "card-authors") }
                <span class="sep" aria-hidden="true">{ " · " }</span>
                { date(doc, "card-date") }
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span class="card-length">{ format::length(doc) }</span>
            </p>
            <p class="card-file">
                <span class="file-name">{ &doc.file }</span>
                if removed > 0 { { format!(" · {removed} pieces of page chrome removed") } }
            </p>
            if !excerpts.is_empty() {
                <div class="excerpts-box">
                    <h3 class="excerpts-title">{ format!("{} excerpts appended by the reposting site", excerpts.len()) }</h3>
                    <ul class="excerpts">
                        { for excerpts.iter().map(|e| excerpt(e)) }
                    </ul>
                </div>
            }
        </article>
    }
}

fn excerpt(doc: &Document) -> Html {
    let (title, derived) = doc.display_title();
    let href = View::read(&doc.id.0).to_hash();
    html! {
        <li class="excerpt" data-doc-id={doc.id.0.clone()}>
            { outlet_badge(doc, "excerpt-outlet") }
            <a class="excerpt-title" {href}>{ title }</a>
            if derived { <span class="derived" title="The excerpt states no headline; this title is its opening text.">{ "derived title" }</span> }
            <span class="excerpt-meta">
                { authors(doc, "excerpt-authors") }
                { " · " }
                { date(doc, "excerpt-date") }
            </span>
        </li>
    }
}

pub fn outlet_badge(doc: &Document, class: &'static str) -> Html {
    match &doc.meta.outlet {
        Some(f) => html! {
            <span class={classes!(class, "outlet")} title={format::provenance_note(f.provenance, f.evidence.as_deref())}>{ &f.value }</span>
        },
        None => html! {
            <span class={classes!(class, "outlet", "unknown")} title="The text does not name its outlet.">{ "Unknown outlet" }</span>
        },
    }
}

pub fn authors(doc: &Document, class: &'static str) -> Html {
    match format::authors(doc) {
        Some(a) => html! { <span class={class}>{ format!("By {a}") }</span> },
        None => html! { <span class={classes!(class, "unknown")}>{ "Authors unknown" }</span> },
    }
}

pub fn date(doc: &Document, class: &'static str) -> Html {
    match (format::date(doc), format::iso_date(doc)) {
        (Some(text), Some(iso)) => html! { <time class={class} datetime={iso}>{ text }</time> },
        (Some(text), None) => html! { <span class={class}>{ text }</span> },
        _ => html! { <span class={classes!(class, "unknown")}>{ "Date unknown" }</span> },
    }
}

/// People, organisations and places of the corpus, most mentioned first, each linking
/// to its card.
fn names_section() -> Html {
    let index = embedded::entities();
    if index.entities.is_empty() {
        return html! {};
    }
    let mut counts = vec![(0usize, std::collections::BTreeSet::new()); index.entities.len()];
    for m in &index.mentions {
        if let Some(c) = counts.get_mut(m.entity as usize) {
            c.0 += 1;
            c.1.insert(m.doc);
        }
    }
    let column = |kind: EntityKind, title: &'static str| {
        let mut list: Vec<(usize, usize, &parallax_core::entities::Entity)> =
            index.entities.iter().enumerate().filter(|(_, e)| e.kind == kind).map(|(i, e)| (counts[i].0, counts[i].1.len(), e)).collect();
        list.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.name.cmp(&b.2.name)));
        let item = |(n, docs, e): &(usize, usize, &parallax_core::entities::Entity)| {
            html! {
                <li>
                    <a class={classes!("ent", kind_class(e.kind))} href={View::entity(&e.id).to_hash()}>{ &e.name }</a>
                    <span class="name-count" title={format!("{n} mentions in {docs} articles")}>{ format!(" {n}") }</span>
                </li>
            }
        };
        let (top, rest) = list.split_at(list.len().min(12));
        html! {
            <div class="names-column">
                <h3>{ format!("{title} ({})", list.len()) }</h3>
                <ul class="names">{ for top.iter().map(item) }</ul>
                if !rest.is_empty() {
                    <details>
                        <summary>{ format!("{} more", rest.len()) }</summary>
                        <ul class="names">{ for rest.iter().map(item) }</ul>
                    </details>
                }
            </div>
        }
    };
    html! {
        <section class="names-section" aria-labelledby="names-title">
            <h2 id="names-title">{ "Who and what the articles name" }</h2>
            <p class="corpus-summary">{ "Found by Parallax in the text; the number is how often each is mentioned." }</p>
            <div class="names-grid">
                { column(EntityKind::Person, "People") }
                { column(EntityKind::Organization, "Organisations") }
                { column(EntityKind::Place, "Places") }
            </div>
        </section>
    }
}
