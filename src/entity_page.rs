//! The card of one person, organisation or place: every spelling, the titles each
//! outlet gives, mention counts by outlet, and each mention in context.

use std::collections::BTreeMap;

use parallax_core::entities::{Entity, EntityKind, Mention};
use parallax_core::view::View;
use yew::prelude::*;

use crate::embedded;
use crate::format;

#[derive(Properties, PartialEq)]
pub struct EntityPageProps {
    /// Index into the embedded entities.
    pub index: usize,
}

pub fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Organization => "Organisation",
        EntityKind::Place => "Place",
    }
}

/// The outlet a document is from, as the page names it.
fn outlet_name(doc: usize) -> String {
    embedded::documents().get(doc).map_or_else(
        || "Unknown outlet".to_string(),
        |d| format::outlet(d).map_or_else(|| format!("Unknown outlet ({})", d.file), str::to_string),
    )
}

#[component]
pub fn EntityPage(props: &EntityPageProps) -> Html {
    let index = embedded::entities();
    let Some(entity) = index.entities.get(props.index) else { return html! {} };
    let mentions: Vec<&Mention> = index.mentions.iter().filter(|m| m.entity as usize == props.index).collect();
    let mut by_outlet: BTreeMap<String, usize> = BTreeMap::new();
    let mut titles: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for m in &mentions {
        let outlet = outlet_name(m.doc as usize);
        *by_outlet.entry(outlet.clone()).or_default() += 1;
        if let Some(role) = &m.role {
            let list = titles.entry(outlet).or_default();
            if !list.contains(role) {
                list.push(role.clone());
            }
        }
    }
    let max = by_outlet.values().copied().max().unwrap_or(1);
    let mut by_doc: BTreeMap<u32, Vec<&Mention>> = BTreeMap::new();
    for m in &mentions {
        by_doc.entry(m.doc).or_default().push(m);
    }
    html! {
        <article id="entity" class="entity-card" data-entity-id={entity.id.clone()}>
            <nav class="reader-nav" aria-label="Entity"><a id="back" href="#/">{ "← All articles" }</a></nav>
            <p class={classes!("kind-badge", "ent", kind_class(entity.kind))}>{ kind_label(entity.kind) }</p>
            <h1>{ &entity.name }</h1>
            <p class="entity-summary">
                { format!("{} mentions in {} articles · ", mentions.len(), by_doc.len()) }
                <a id="entity-passages" href={entity_filter(props.index)}>{ "Every passage that names them, with filters" }</a>
            </p>
            <section aria-labelledby="spellings">
                <h2 id="spellings">{ "Spellings" }</h2>
                <ul class="spellings">{ for entity.aliases.iter().map(|a| html! { <li>{ a }</li> }) }</ul>
            </section>
            if !titles.is_empty() {
                <section aria-labelledby="titles">
                    <h2 id="titles">{ "Titles and roles, by outlet" }</h2>
                    <dl class="titles">
                        { for titles.iter().map(|(outlet, roles)| html! {
                            <div><dt>{ outlet }</dt><dd>{ roles.join(" · ") }</dd></div>
                        }) }
                    </dl>
                </section>
            }
            { quotes_section(props.index) }
            <section aria-labelledby="counts">
                <h2 id="counts">{ "Mentions by outlet" }</h2>
                <table class="counts">
                    <tbody>
                        { for by_outlet.iter().map(|(outlet, n)| html! {
                            <tr>
                                <th scope="row">{ outlet }</th>
                                <td class="count">{ n }</td>
                                <td class="bar-cell" aria-hidden="true"><span class="bar" style={format!("width: {}%", n * 100 / max)}></span></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </section>
            <section aria-labelledby="contexts">
                <h2 id="contexts">{ "In context" }</h2>
                { for by_doc.iter().map(|(d, ms)| context_block(*d as usize, ms, entity)) }
            </section>
        </article>
    }
}

/// The corpus filtered to this entity (its short slug, as the facet panel writes it).
fn entity_filter(entity: usize) -> String {
    let slug = embedded::index().entity_slug(entity as u32).to_string();
    View::search(parallax_core::view::Filter { entities: vec![slug], ..Default::default() }).to_hash()
}

pub fn kind_class(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "ent-person",
        EntityKind::Organization => "ent-org",
        EntityKind::Place => "ent-place",
    }
}

fn context_block(d: usize, mentions: &[&Mention], entity: &Entity) -> Html {
    let Some(doc) = embedded::documents().get(d) else { return html! {} };
    let (title, _) = doc.display_title();
    html! {
        <div class="context-doc">
            <h3><span class="outlet">{ outlet_name(d) }</span>{ " " }<a href={View::read(&doc.id.0).to_hash()}>{ title }</a></h3>
            <ul class="contexts">
                { for mentions.iter().map(|m| {
                    // The sentence around the mention, with the name marked.
                    let sentence = doc.sentences.iter().find(|s| s.span.start <= m.span.start && m.span.end <= s.span.end);
                    let (before, name, after) = match sentence {
                        Some(s) => (
                            doc.text.get(s.span.start as usize..m.span.start as usize).unwrap_or(""),
                            m.span.slice(&doc.text),
                            doc.text.get(m.span.end as usize..s.span.end as usize).unwrap_or(""),
                        ),
                        None => ("", m.span.slice(&doc.text), ""),
                    };
                    html! {
                        <li>
                            <a class="context-link" href={View::passage(&doc.id.0, m.passage).to_hash()}>
                                { before }<mark class={classes!("ent", kind_class(entity.kind))}>{ name }</mark>{ after }
                            </a>
                            if let Some(role) = &m.role { <span class="context-role">{ format!(" — {role}") }</span> }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// What the person is quoted saying, by outlet.
fn quotes_section(entity: usize) -> Html {
    let quotes: Vec<&parallax_core::quotes::Quote> = embedded::quotes().iter().filter(|q| q.speaker == Some(entity as u32)).collect();
    if quotes.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="quotes">
            <h2 id="quotes">{ format!("Quoted ({})", quotes.len()) }</h2>
            <ul class="quotes">
                { for quotes.iter().map(|q| {
                    let Some(doc) = embedded::documents().get(q.doc as usize) else { return html! {} };
                    html! {
                        <li class={classes!("quote", q.partial.then_some("partial"))}>
                            <blockquote><a class="context-link" href={View::passage(&doc.id.0, q.passage).to_hash()}>{ format!("“{}”", q.text.trim_end_matches(',')) }</a></blockquote>
                            <p class="quote-source">
                                { outlet_name(q.doc as usize) }
                                if let Some(v) = &q.verb { { format!(" · {v}") } }
                                if q.partial { { " · partial quote" } }
                            </p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
