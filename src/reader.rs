//! The reading view of one article: its metadata, its structure (labels, bullets,
//! summary, captions set apart) and, on request, the removed chrome in place.

use parallax_core::document::{Document, Passage, PassageKind, Provenance, Removed};
use parallax_core::search::{term_spans, TextQuery};
use parallax_core::view::{Filter, View};
use yew::prelude::*;

use crate::app::navigate;
use crate::corpus_page::{date, outlet_badge};
use crate::embedded;
use crate::entity_page::{kind_class, kind_label};
use crate::format;
use parallax_core::entities::Mention;
use parallax_core::quotes::Quote;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// Index of the document in the embedded corpus.
    pub index: usize,
    pub show_chrome: bool,
    /// The passage in focus (from the URL), highlighted and scrolled to.
    #[prop_or_default]
    pub focus: Option<u32>,
    /// The reader's filter: its search words are marked and its names emphasised, and the
    /// way back leads to its results.
    #[prop_or_default]
    pub filter: Filter,
}

/// What the reader shows, in page order.
enum Block<'a> {
    Removed(Vec<&'a Removed>),
    Paragraph(&'a Passage),
    Caption(&'a Passage),
    Heading(&'a Passage),
    Bullets(Vec<&'a Passage>),
    Summary(Vec<&'a Passage>),
}

fn blocks(doc: &Document, show_chrome: bool) -> Vec<Block<'_>> {
    let mut out: Vec<Block> = Vec::new();
    let removed_before = |i: usize| doc.removed.iter().filter(move |r| r.before as usize == i);
    for i in 0..=doc.passages.len() {
        if show_chrome {
            // Consecutive spans removed for the same reason read as one block.
            for r in removed_before(i) {
                match out.last_mut() {
                    Some(Block::Removed(group)) if group.last().is_some_and(|g| g.reason == r.reason) => group.push(r),
                    _ => out.push(Block::Removed(vec![r])),
                }
            }
        }
        let Some(p) = doc.passages.get(i) else { break };
        match (p.kind, out.last_mut()) {
            (PassageKind::Bullet, Some(Block::Bullets(list))) => list.push(p),
            (PassageKind::Summary, Some(Block::Summary(list))) => list.push(p),
            (PassageKind::Bullet, _) => out.push(Block::Bullets(vec![p])),
            (PassageKind::Summary, _) => out.push(Block::Summary(vec![p])),
            (PassageKind::Caption, _) => out.push(Block::Caption(p)),
            (PassageKind::Heading, _) => out.push(Block::Heading(p)),
            (PassageKind::Paragraph, _) => out.push(Block::Paragraph(p)),
        }
    }
    out
}

/// The passage's text with the names in it marked: a link to each entity's card, its
/// canonical name and the role the article gives in a tooltip.
/// The names and quotes of one document, gathered once per render.
struct Marks<'a> {
    mentions: Vec<&'a Mention>,
    quotes: Vec<&'a Quote>,
    /// The search from the results the reader came from, and the names they selected.
    query: TextQuery,
    selected: Vec<u32>,
    /// Facts this article shares with others, by passage: (fact, the other documents).
    shared: Vec<(u32, u32, Vec<u32>)>,
    doc_index: u32,
}

fn passage_body(doc: &Document, p: &Passage, marks: &Marks) -> Html {
    let mentions = marks.mentions.as_slice();
    let text = doc.passage_text(p);
    let base = p.span.start as usize;
    let passage = doc.passages.iter().position(|q| std::ptr::eq(q, p)).unwrap_or(usize::MAX);
    let terms: Vec<(usize, usize)> = term_spans(text, &marks.query).iter().map(|s| (s.start as usize, s.end as usize)).collect();
    let marked = |text: &str, base: usize, from: usize, to: usize, mentions: &[&Mention]| {
        marked(text, base, from, to, mentions, &terms, &marks.selected)
    };
    // Quotes set apart, with their speaker in a tooltip; names marked inside and outside them.
    let mut pieces: Vec<Html> = Vec::new();
    let mut at = 0usize;
    for q in marks.quotes.iter().filter(|q| q.passage as usize == passage) {
        let (s, e) = (q.span.start as usize - base.min(q.span.start as usize), q.span.end as usize - base.min(q.span.end as usize));
        if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        pieces.extend(marked(text, base, at, s, mentions));
        let who = q
            .speaker
            .and_then(|e| embedded::entities().entities.get(e as usize))
            .map(|e| e.name.clone())
            .or_else(|| q.speaker_text.clone())
            .unwrap_or_else(|| "speaker not stated".to_string());
        let tip = format!(
            "{} · {who}{}",
            if q.partial { "Partial quote" } else { "Quote" },
            q.verb.as_ref().map(|v| format!(" ({v})")).unwrap_or_default()
        );
        pieces.push(html! { <span class={classes!("quote-mark", q.partial.then_some("partial"))} title={tip}>{ for marked(text, base, s, e, mentions) }</span> });
        at = e;
    }
    pieces.extend(marked(text, base, at, text.len(), mentions));
    let here: Vec<&(u32, u32, Vec<u32>)> = marks.shared.iter().filter(|(q, _, _)| *q as usize == passage).collect();
    let also = also_link(marks.doc_index, &here);
    html! {
        <>
            if let Some(label) = &p.label { <span class="label">{ format!("{label}:") }</span>{ " " } }
            { for pieces }
            { also }
        </>
    }
}

/// "Also reported by …": one link per passage to the comparison of this article with the
/// others that report any of its facts, focused on the first.
fn also_link(doc: u32, facts: &[&(u32, u32, Vec<u32>)]) -> Html {
    let docs = embedded::documents();
    let (Some(this), Some(first)) = (docs.get(doc as usize), facts.first()) else { return html! {} };
    let mut others: Vec<u32> = Vec::new();
    for (_, _, list) in facts {
        for d in list {
            if !others.contains(d) {
                others.push(*d);
            }
        }
    }
    let mut names: Vec<&str> = Vec::new();
    for d in others.iter().filter_map(|&d| docs.get(d as usize)) {
        let name = format::outlet(d).unwrap_or("an unnamed outlet");
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let mut ids: Vec<String> = vec![this.id.0.clone()];
    ids.extend(others.iter().filter_map(|&d| docs.get(d as usize)).map(|d| d.id.0.clone()));
    let comparison =
        parallax_core::view::Comparison { docs: ids, base: Some(this.id.0.clone()), fact: Some(first.1), ..Default::default() };
    let href = View { screen: parallax_core::view::Screen::Compare(comparison), ..View::default() }.to_hash();
    let what = if facts.len() == 1 { "also reported by".to_string() } else { format!("{} facts here also reported by", facts.len()) };
    html! {
        <>{ " " }<a class="also" {href} title="Compare how each outlet reports this">{ format!("⇄ {what} {}", names.join(", ")) }</a></>
    }
}

/// `text[from..to]` with the names in it marked: a link to each entity's card, its
/// canonical name, kind and the role the article gives in a tooltip.
fn marked(text: &str, base: usize, from: usize, to: usize, mentions: &[&Mention], terms: &[(usize, usize)], selected: &[u32]) -> Vec<Html> {
    let index = embedded::entities();
    let mut pieces = Vec::new();
    let mut at = from;
    for m in mentions {
        let (Some(s), Some(e)) = ((m.span.start as usize).checked_sub(base), (m.span.end as usize).checked_sub(base)) else { continue };
        if s < at || e > to || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        let Some(entity) = index.entities.get(m.entity as usize) else { continue };
        pieces.extend(with_terms(text, at, s, terms));
        let tip = match &m.role {
            Some(role) => format!("{} · {} · {role}", entity.name, kind_label(entity.kind)),
            None => format!("{} · {}", entity.name, kind_label(entity.kind)),
        };
        pieces.push(html! {
            <a class={classes!("ent", kind_class(entity.kind), selected.contains(&m.entity).then_some("selected"))} href={View::entity(&entity.id).to_hash()} data-tip={tip.clone()} title={tip}>{ for with_terms(text, s, e, terms) }</a>
        });
        at = e;
    }
    if at < to && text.is_char_boundary(at) && text.is_char_boundary(to) {
        pieces.extend(with_terms(text, at, to, terms));
    }
    pieces
}

/// The facts of the alignment that include a sentence of `doc`: (its passage, the fact,
/// the other documents reporting it), in reading order.
fn shared_facts(doc: u32) -> Vec<(u32, u32, Vec<u32>)> {
    let mut out: Vec<(u32, u32, Vec<u32>)> = Vec::new();
    for (f, fact) in embedded::alignment().facts.iter().enumerate() {
        let Some(mine) = fact.sentences.iter().find(|s| s.doc == doc) else { continue };
        let others: Vec<u32> = fact.sentences.iter().map(|s| s.doc).filter(|&d| d != doc).collect();
        if !others.is_empty() {
            out.push((mine.passage, f as u32, others));
        }
    }
    out.sort_by_key(|x| (x.0, x.1));
    out
}

/// `text[from..to]` with the search words in it marked.
fn with_terms(text: &str, from: usize, to: usize, terms: &[(usize, usize)]) -> Vec<Html> {
    let mut out = Vec::new();
    let mut at = from;
    for &(s, e) in terms {
        let (s, e) = (s.max(at), e.min(to));
        if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if let Some(before) = text.get(at..s) {
            out.push(html! { { before.to_string() } });
        }
        out.push(html! { <mark>{ text[s..e].to_string() }</mark> });
        at = e;
    }
    if let Some(rest) = text.get(at..to).filter(|r| !r.is_empty()) {
        out.push(html! { { rest.to_string() } });
    }
    out
}

fn passage_id(doc: &Document, p: &Passage) -> String {
    let index = doc.passages.iter().position(|q| std::ptr::eq(q, p)).unwrap_or(0);
    format!("p{index}")
}

fn render_block(doc: &Document, block: &Block, marks: &Marks, focus: Option<u32>) -> Html {
    let focus_class = |p: &Passage| (focus.map(|f| f as usize) == doc.passages.iter().position(|q| std::ptr::eq(q, p))).then_some("focus");
    match block {
        Block::Removed(group) => {
            let reason = group[0].reason;
            html! {
                <div class="removed" data-reason={reason.code()}>
                    <span class="removed-reason">{ format!("Removed: {}", reason.label()) }</span>
                    <span class="removed-text">
                        { for group.iter().enumerate().map(|(k, r)| html! {
                            <>
                                if k > 0 { <span class="removed-sep" aria-hidden="true">{ " · " }</span> }
                                <span>{ &r.text }</span>
                            </>
                        }) }
                    </span>
                </div>
            }
        }
        Block::Paragraph(p) => html! {
            <p class={classes!("passage", focus_class(p))} data-kind="paragraph" id={passage_id(doc, p)}>{ passage_body(doc, p, marks) }</p>
        },
        Block::Heading(p) => html! {
            <h3 class={classes!("passage", "crosshead", focus_class(p))} data-kind="heading" id={passage_id(doc, p)}>{ passage_body(doc, p, marks) }</h3>
        },
        Block::Caption(p) => html! {
            <figure class={classes!("passage", "caption", focus_class(p))} data-kind="caption" id={passage_id(doc, p)}>
                <span class="caption-mark" aria-hidden="true">{ "▣" }</span>
                <figcaption><span class="caption-tag">{ "Photo caption" }</span>{ " " }{ passage_body(doc, p, marks) }</figcaption>
            </figure>
        },
        Block::Bullets(list) => html! {
            <ul class="bullets">
                { for list.iter().map(|p| html! { <li class={classes!("passage", focus_class(p))} data-kind="bullet" id={passage_id(doc, p)}>{ passage_body(doc, p, marks) }</li> }) }
            </ul>
        },
        Block::Summary(list) => html! {
            <section class="summary" aria-label="Summary">
                <h2 class="summary-title">{ "Summary" }</h2>
                <ul>
                    { for list.iter().map(|p| html! { <li class={classes!("passage", focus_class(p))} data-kind="summary" id={passage_id(doc, p)}>{ passage_body(doc, p, marks) }</li> }) }
                </ul>
            </section>
        },
    }
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let docs = embedded::documents();
    let Some(doc) = docs.get(props.index) else {
        return html! {};
    };
    let show_chrome = props.show_chrome;
    let toggle = {
        let id = doc.id.0.clone();
        let filter = props.filter.clone();
        let focus = props.focus;
        Callback::from(move |_: MouseEvent| {
            navigate(&View { show_chrome: !show_chrome, passage: focus, ..View::read(&id).with_filter(filter.clone()) })
        })
    };
    let (title, derived) = doc.display_title();
    // Without a headline the dek is the title; it is not printed twice.
    let dek_is_title = doc.meta.headline.is_none() && doc.meta.dek.is_some();
    let host = doc.appended_to.as_ref().and_then(|h| docs.iter().find(|d| &d.id == h));
    let excerpts: Vec<&Document> = docs.iter().filter(|d| d.appended_to.as_ref() == Some(&doc.id)).collect();
    let chrome_count = doc.removed.len();
    let marks = Marks {
        mentions: embedded::entities().mentions.iter().filter(|m| m.doc as usize == props.index).collect(),
        quotes: embedded::quotes().iter().filter(|q| q.doc as usize == props.index).collect(),
        query: parallax_core::search::parse_query(&props.filter.query),
        selected: props.filter.entities.iter().filter_map(|s| embedded::index().entity_by_slug(s)).collect(),
        shared: shared_facts(props.index as u32),
        doc_index: props.index as u32,
    };
    let filtered = !props.filter.is_empty();
    let editor_fields: Vec<&str> = [
        ("outlet", doc.meta.outlet.as_ref().map(|f| f.provenance)),
        ("headline", doc.meta.headline.as_ref().map(|f| f.provenance)),
        ("authors", doc.meta.authors.as_ref().map(|f| f.provenance)),
        ("date", doc.meta.published.as_ref().map(|f| f.provenance)),
        ("URL", doc.meta.url.as_ref().map(|f| f.provenance)),
    ]
    .into_iter()
    .filter(|(_, p)| *p == Some(Provenance::Editor))
    .map(|(n, _)| n)
    .collect();

    html! {
        <article id="reader" class="reader" data-doc-id={doc.id.0.clone()}>
            <nav class="reader-nav" aria-label="Article">
                if filtered {
                    <a id="back" href={View::search(props.filter.clone()).to_hash()}>{ "← Back to results" }</a>
                } else {
                    <a id="back" href="#/">{ "← All articles" }</a>
                }
                <button id="toggle-chrome" type="button" aria-pressed={show_chrome.to_string()} onclick={toggle} disabled={chrome_count == 0}
                    title="Show or hide what Parallax removed from the page copy">
                    { if chrome_count == 0 { "No page chrome removed".to_string() } else if show_chrome { format!("Hide removed chrome ({chrome_count})") } else { format!("Show removed chrome ({chrome_count})") } }
                </button>
            </nav>
            if let Some(h) = host {
                <p class="appended-note">
                    { "An excerpt the reposting site appended after " }
                    <a href={View::read(&h.id.0).to_hash()}>{ h.display_title().0 }</a>
                    { ". It states its own outlet, author and date." }
                </p>
            }
            <header class="reader-head">
                <div class="reader-top">
                    { outlet_badge(doc, "meta-outlet") }
                    if let Some(s) = &doc.meta.section { <span class="meta-section">{ &s.value }</span> }
                </div>
                <h1 class={classes!(derived.then_some("is-derived"))}>{ title }</h1>
                if derived {
                    <p class="derived">{ "No headline is stated in the text; this title is derived from its opening." }</p>
                }
                if let (Some(dek), false) = (&doc.meta.dek, dek_is_title) { <p class="dek">{ &dek.value }</p> }
                <dl class="meta">
                    <div><dt>{ "By" }</dt><dd class="meta-authors">{ format::authors(doc).unwrap_or_else(|| "Authors unknown".into()) }</dd></div>
                    <div><dt>{ "Date" }</dt><dd>{ date(doc, "meta-date") }</dd></div>
                    if let Some(d) = &doc.meta.dateline {
                        <div><dt>{ "Dateline" }</dt><dd class="meta-dateline">{ &d.value }</dd></div>
                    }
                    if let Some(u) = &doc.meta.url {
                        <div><dt>{ "Source" }</dt><dd class="meta-url"><a href={u.value.clone()} rel="noopener noreferrer nofollow">{ &u.value }</a></dd></div>
                    }
                    <div><dt>{ "File" }</dt><dd class="meta-file">{ &doc.file }</dd></div>
                    <div><dt>{ "Length" }</dt><dd>{ format::length(doc) }</dd></div>
                </dl>
                if !editor_fields.is_empty() {
                    <p class="editor-note">{ format!("Given by the corpus editor, not the text: {}.", editor_fields.join(", ")) }</p>
                }
            </header>
            if !marks.mentions.is_empty() {
                <p class="legend" aria-label="Highlighted names">
                    <span class="ent ent-person">{ "Person" }</span>
                    <span class="ent ent-org">{ "Organisation" }</span>
                    <span class="ent ent-place">{ "Place" }</span>
                    <span class="legend-note">{ "Select a name for everything the corpus says about it." }</span>
                </p>
            }
            <div class={classes!("reader-body", show_chrome.then_some("chrome-shown"))}>
                { for blocks(doc, show_chrome).iter().map(|b| render_block(doc, b, &marks, props.focus)) }
                if doc.truncated {
                    <p class="truncated-note">{ "The excerpt breaks off here in the source." }</p>
                }
            </div>
            if !excerpts.is_empty() {
                <aside class="reader-excerpts">
                    <h2>{ "Appended after this article" }</h2>
                    <ul>
                        { for excerpts.iter().map(|e| html! {
                            <li>
                                { outlet_badge(e, "excerpt-outlet") }{ " " }
                                <a href={View::read(&e.id.0).to_hash()}>{ e.display_title().0 }</a>
                            </li>
                        }) }
                    </ul>
                </aside>
            }
        </article>
    }
}
