//! Filtering the corpus: the search box, the facet panel (names by kind with counts and
//! outlets, kinds, outlets, articles, dates), the active filters, and the matching
//! passages grouped by article. Every control changes the URL; the results are whatever
//! `parallax_core::search` answers for the filter the URL holds.

use std::rc::Rc;

use parallax_core::entities::EntityKind;
use parallax_core::search::{fold, EntityFacet, Index, Piece, Resolved, Results};
use parallax_core::view::{Combine, Day, Filter, View};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::{current_hash, navigate, navigate_replace};
use crate::corpus_page::{date, outlet_badge};
use crate::embedded;
use crate::entity_page::{kind_class, kind_label};

/// How many values of a facet show before "Show all".
const FACET_TOP: usize = 8;
/// The most values a facet lists even when opened (the search box narrows the rest).
const FACET_MAX: usize = 200;

/// The most articles the results offer to compare side by side.
const MAX_COMPARED: usize = 8;

const KINDS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Organization, EntityKind::Place];

fn go(filter: Filter) {
    navigate(&View::search(filter.first_page()));
}

/// Adds `item` to `list`, or removes it if it is there.
fn toggled<T: PartialEq + Clone>(list: &[T], item: &T) -> Vec<T> {
    if list.contains(item) {
        list.iter().filter(|x| *x != item).cloned().collect()
    } else {
        let mut out = list.to_vec();
        out.push(item.clone());
        out
    }
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The search box: `/` focuses it (see `app.rs`), Esc clears it. Typing replaces the
/// current history entry, so Back leaves the search rather than undoing one letter.
#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub filter: Filter,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let filter = props.filter.clone();
    let input = use_node_ref();
    // What this box has written to the address while the reader typed, newest last.
    let sent = use_mut_ref(Vec::<String>::new);
    {
        // A render for an earlier keystroke must never overwrite the letters typed since;
        // any other change of the query (a shared link, Back, Forward, Clear all) is
        // written into the box.
        let input = input.clone();
        let sent = sent.clone();
        use_effect_with(filter.query.clone(), move |query| {
            let Some(el) = input.cast::<HtmlInputElement>() else { return };
            let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).is_some_and(|a| a == **el);
            let value = el.value();
            // Both the rendered query and what the box holds came from the reader's typing:
            // a render lagging behind the keyboard.
            let lagging = focused && sent.borrow().contains(query) && sent.borrow().contains(&value);
            if value != *query && !lagging {
                el.set_value(query);
            }
        });
    }
    let oninput = Callback::from(move |e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        {
            let mut sent = sent.borrow_mut();
            if sent.len() >= 64 {
                sent.remove(0);
            }
            sent.push(value.clone());
        }
        // The address, not this render's props, says what is current: renders can lag
        // behind fast typing.
        let current = View::parse(&current_hash()).view.filter;
        let typing = !current.query.is_empty();
        let next = View::search(Filter { query: value, ..current }.first_page());
        if typing {
            navigate_replace(&next);
        } else {
            navigate(&next);
        }
    });
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() != "Escape" {
            return;
        }
        e.prevent_default();
        let Some(el) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        if el.value().is_empty() {
            let _ = el.blur();
        } else {
            el.set_value("");
            go(Filter { query: String::new(), ..View::parse(&current_hash()).view.filter });
        }
    });
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="searchbar" role="search" {onsubmit}>
            <label for="q" class="searchbar-label">{ "Search the articles" }</label>
            <div class="searchbar-row">
                <input id="q" ref={input} type="search" autocomplete="off" spellcheck="false" {oninput} {onkeydown}
                    placeholder="Words, or “a phrase” in quotes" aria-describedby="q-help" />
                <kbd class="searchbar-key" aria-hidden="true" title="Press / to search">{ "/" }</kbd>
            </div>
            <p id="q-help" class="searchbar-help">
                { "Case and accents do not matter; the last word also finds longer words (umer → Umerov). Esc clears." }
            </p>
        </form>
    }
}

/// What the facets, the active filters and the results all read: the filter (checked
/// against the corpus), its resolved form and what it matches.
#[derive(Properties, PartialEq)]
pub struct ExploreProps {
    pub filter: Filter,
    pub resolved: Rc<Resolved>,
    pub results: Rc<Results>,
}

/// The facet panel.
#[component]
pub fn Facets(props: &ExploreProps) -> Html {
    let narrow = use_state(String::new);
    let open = use_state(|| false);
    let index = embedded::index();
    let filter = &props.filter;
    let r = &props.resolved;
    let facets = &props.results.facets;
    let needle = fold(narrow.trim());
    let matches = |name: &str| needle.is_empty() || fold(name).contains(&needle);
    let active = filter.entities.len()
        + filter.kinds.len()
        + filter.outlets.len()
        + filter.docs.len()
        + usize::from(filter.from.is_some() || filter.to.is_some());

    let on_narrow = {
        let narrow = narrow.clone();
        Callback::from(move |e: InputEvent| narrow.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let toggle_open = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };

    let entity_groups = KINDS.iter().map(|&kind| {
        let list: Vec<&EntityFacet> = facets
            .entities
            .iter()
            .filter(|f| index.entities().entities.get(f.entity as usize).is_some_and(|e| e.kind == kind && matches(&e.name)))
            .collect();
        html! { <EntityGroup {kind} list={list.into_iter().cloned().collect::<Vec<_>>()} filter={filter.clone()} selected={r.entities.clone()} /> }
    });

    let combine = |c: Combine, label: &'static str| {
        let f = Filter { combine: c, ..filter.clone() };
        let onchange = Callback::from(move |_: Event| go(f.clone()));
        let id = format!("combine-{}", if c == Combine::All { "all" } else { "any" });
        html! {
            <label for={id.clone()} class="combine-option">
                <input type="radio" id={id} name="combine" checked={filter.combine == c} {onchange} />
                { label }
            </label>
        }
    };

    let kinds = facets.kinds.iter().map(|&(kind, n)| {
        let f = Filter { kinds: toggled(&filter.kinds, &kind), ..filter.clone() };
        check_item(
            &format!("kind-{}", kind.code()),
            html! { <span class={classes!("kind-swatch", kind_class(kind))}>{ kind_label(kind) }</span> },
            n,
            filter.kinds.contains(&kind),
            f,
            &format!("Passages that name a {}", kind_label(kind).to_lowercase()),
        )
    });

    let outlets: Vec<Html> = facets
        .outlets
        .iter()
        .filter_map(|&(o, n)| index.outlets.get(o as usize).map(|out| (out, n)))
        .filter(|(out, _)| matches(out.label()))
        .map(|(out, n)| {
            let f = Filter { outlets: toggled(&filter.outlets, &out.slug), ..filter.clone() };
            let label = html! { <span class={classes!("outlet-name", out.name.is_none().then_some("unknown"))}>{ out.label() }</span> };
            check_item(&format!("outlet-{}", out.slug), label, n, filter.outlets.contains(&out.slug), f, out.label())
        })
        .collect();

    let docs = index.docs();
    let articles: Vec<(u32, u32)> = if needle.is_empty() {
        facets.docs.clone()
    } else {
        facets.docs.iter().copied().filter(|&(d, _)| docs.get(d as usize).is_some_and(|doc| matches(&doc.display_title().0))).collect()
    };

    let day_max = facets.days.iter().map(|d| d.1).max().unwrap_or(1).max(1);
    let date_input = |which: &'static str, value: Option<Day>| {
        let filter = filter.clone();
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let day = Day::parse(&v);
            let mut f = filter.clone();
            if which == "from" {
                f.from = day;
            } else {
                f.to = day;
            }
            if let (Some(a), Some(b)) = (f.from, f.to) {
                if a > b {
                    (f.from, f.to) = (Some(b), Some(a));
                }
            }
            go(f);
        });
        let id = format!("date-{which}");
        html! {
            <label for={id.clone()} class="date-field">
                { if which == "from" { "From" } else { "To" } }
                <input type="date" id={id} value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
            </label>
        }
    };
    let day_bars = facets.days.iter().map(|&(day, n)| {
        let height = format!("height: {}%", 12 + 88 * n / day_max);
        match day {
            Some(d) => {
                let f = Filter { from: Some(d), to: Some(d), ..filter.clone() };
                let chosen = filter.from == Some(d) && filter.to == Some(d);
                let label = format!("{d}: {}", plural(n as usize, "passage", "passages"));
                let onclick = Callback::from(move |_: MouseEvent| go(f.clone()));
                html! {
                    <li><button type="button" class={classes!("day-bar", chosen.then_some("chosen"))} aria-pressed={chosen.to_string()} aria-label={label.clone()} title={label} {onclick}>
                        <span class="day-fill" style={height} aria-hidden="true"></span>
                    </button></li>
                }
            }
            None => html! {
                <li class="day-unknown" title="Articles whose date is not stated are left out by a date filter">
                    { format!("Date unknown: {}", plural(n as usize, "passage", "passages")) }
                </li>
            },
        }
    });
    let dated: Vec<Day> = facets.days.iter().filter_map(|d| d.0).collect();

    html! {
        <aside id="facets" class={classes!("facets", (*open).then_some("open"))} aria-label="Filters">
            <button type="button" class="facets-toggle" aria-expanded={open.to_string()} aria-controls="facet-body" onclick={toggle_open}>
                { if active > 0 { format!("Filters ({active})") } else { "Filters".to_string() } }
            </button>
            <div id="facet-body" class="facet-body">
                <label for="facet-find" class="facet-find-label">{ "Find a name, outlet or article" }</label>
                <input id="facet-find" type="search" autocomplete="off" value={(*narrow).clone()} oninput={on_narrow} placeholder="Type to narrow the lists" />

                <fieldset class="facet facet-combine">
                    <legend>{ "Passages must name" }</legend>
                    { combine(Combine::All, "every selected name") }
                    { combine(Combine::Any, "any selected name") }
                </fieldset>

                { for entity_groups }

                <fieldset class="facet facet-kinds">
                    <legend>{ "Kinds of name" }</legend>
                    <ul>{ for kinds }</ul>
                </fieldset>

                <fieldset class="facet facet-outlets">
                    <legend>{ "Outlets" }</legend>
                    if outlets.is_empty() { <p class="facet-empty">{ "None match." }</p> }
                    <ul>{ for outlets }</ul>
                </fieldset>

                <ArticleGroup list={articles} filter={filter.clone()} />

                <fieldset class="facet facet-dates">
                    <legend>{ "Published" }</legend>
                    <div class="date-fields">
                        { date_input("from", filter.from) }
                        { date_input("to", filter.to) }
                    </div>
                    if let (Some(first), Some(last)) = (dated.first(), dated.last()) {
                        <p class="day-range" aria-hidden="true"><span>{ first.to_string() }</span><span>{ last.to_string() }</span></p>
                    }
                    <ul class="days">{ for day_bars }</ul>
                </fieldset>
            </div>
        </aside>
    }
}

/// "Show all" / "Show fewer" under a facet list longer than `FACET_TOP`.
fn more_button(all: &UseStateHandle<bool>, len: usize) -> Html {
    if len <= FACET_TOP {
        return html! {};
    }
    let onclick = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    html! {
        <button type="button" class="facet-more" aria-expanded={all.to_string()} {onclick}>
            { if **all { "Show fewer".to_string() } else { format!("Show all {}", len.min(FACET_MAX)) } }
        </button>
    }
}

/// One checkbox of a facet: checking or unchecking goes to `next`.
fn check_item(id: &str, label: Html, count: u32, checked: bool, next: Filter, title: &str) -> Html {
    let onchange = Callback::from(move |_: Event| go(next.clone()));
    let id = format!("f-{id}");
    html! {
        <li class={classes!("facet-item", (count == 0 && !checked).then_some("zero"))}>
            <input type="checkbox" id={id.clone()} {checked} {onchange} />
            <label for={id} title={title.to_string()}>
                { label }
                <span class="count" aria-label={plural(count as usize, "passage", "passages")}>{ count }</span>
            </label>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct EntityGroupProps {
    kind: EntityKind,
    list: Vec<EntityFacet>,
    filter: Filter,
    selected: Vec<u32>,
}

/// The names of one kind, most passages first; each with its mentions by outlet.
#[component]
fn EntityGroup(props: &EntityGroupProps) -> Html {
    let all = use_state(|| false);
    let index = embedded::index();
    let kind = props.kind;
    let title = match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organisations",
        EntityKind::Place => "Places",
    };
    let shown = if *all { FACET_MAX } else { FACET_TOP };
    let item = |f: &EntityFacet| {
        let Some(e) = index.entities().entities.get(f.entity as usize) else { return html! {} };
        let slug = index.entity_slug(f.entity).to_string();
        let checked = props.selected.contains(&f.entity);
        let next = Filter { entities: toggled(&props.filter.entities, &slug), ..props.filter.clone() };
        let onchange = Callback::from(move |_: Event| go(next.clone()));
        let breakdown: Vec<String> =
            f.by_outlet.iter().map(|&(o, n)| format!("{} {n}", index.outlets.get(o as usize).map(|x| x.label()).unwrap_or("?"))).collect();
        let tip = format!(
            "{} · {} in {}",
            e.name,
            plural(f.mentions as usize, "mention", "mentions"),
            plural(f.passages as usize, "passage", "passages")
        );
        let id = format!("f-e-{slug}");
        let short: Vec<&String> = breakdown.iter().take(3).collect();
        html! {
            <li class={classes!("facet-item", "entity-item", (f.passages == 0 && !checked).then_some("zero"))} data-entity={slug.clone()}>
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id} title={tip}>
                    <span class={classes!("ent", kind_class(kind))}>{ &e.name }</span>
                    <span class="count" aria-label={plural(f.passages as usize, "passage", "passages")}>{ f.passages }</span>
                    if !breakdown.is_empty() {
                        <span class="by-outlet" title={breakdown.join(" · ")}>
                            { short.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" · ") }
                            if breakdown.len() > 3 { { format!(" · +{} more", breakdown.len() - 3) } }
                        </span>
                    }
                </label>
                <a class="entity-card-link" href={View::entity(&e.id).to_hash()} aria-label={format!("Card of {}", e.name)} title="Everything about this name">{ "card" }</a>
            </li>
        }
    };
    html! {
        <fieldset class={classes!("facet", "facet-entities", format!("facet-{}", kind.code()))}>
            <legend>{ format!("{title} ({})", props.list.len()) }</legend>
            if props.list.is_empty() { <p class="facet-empty">{ "None in these passages." }</p> }
            <ul>{ for props.list.iter().take(shown).map(item) }</ul>
            { more_button(&all, props.list.len()) }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct ArticleGroupProps {
    list: Vec<(u32, u32)>,
    filter: Filter,
}

#[component]
fn ArticleGroup(props: &ArticleGroupProps) -> Html {
    let all = use_state(|| false);
    let index = embedded::index();
    let docs = index.docs();
    let shown = if *all { FACET_MAX } else { FACET_TOP };
    let items = props.list.iter().take(shown).filter_map(|&(d, n)| {
        let doc = docs.get(d as usize)?;
        let next = Filter { docs: toggled(&props.filter.docs, &doc.id.0), ..props.filter.clone() };
        let outlet = index.outlet_of(d).map(|o| o.label().to_string()).unwrap_or_default();
        let title = doc.display_title().0;
        let label = html! { <span class="article-name"><span class="article-outlet">{ format!("{outlet}: ") }</span>{ parallax_core::document::shorten(&title, 70) }</span> };
        Some(check_item(&format!("a-{}", doc.id.0), label, n, props.filter.docs.contains(&doc.id.0), next, &title))
    });
    html! {
        <fieldset class="facet facet-articles">
            <legend>{ format!("Articles ({})", props.list.len()) }</legend>
            if props.list.is_empty() { <p class="facet-empty">{ "None match." }</p> }
            <ul>{ for items }</ul>
            { more_button(&all, props.list.len()) }
        </fieldset>
    }
}

/// What is selected, each removable; the result count; clear all; copy link.
#[component]
pub fn Active(props: &ExploreProps) -> Html {
    let copied = use_state(|| None::<bool>);
    let index = embedded::index();
    let f = &props.filter;
    let mut chips: Vec<Html> = Vec::new();
    let chip = |label: String, next: Filter, class: &'static str| {
        let onclick = Callback::from(move |_: MouseEvent| go(next.clone()));
        html! {
            <li><button type="button" class={classes!("chip", class)} {onclick} aria-label={format!("Remove filter: {label}")}>
                { label }<span class="chip-x" aria-hidden="true">{ " ×" }</span>
            </button></li>
        }
    };
    for (slug, &e) in f.entities.iter().zip(&props.resolved.entities) {
        let name = index.entities().entities.get(e as usize).map(|x| x.name.clone()).unwrap_or_else(|| slug.clone());
        let next = Filter { entities: toggled(&f.entities, slug), ..f.clone() };
        chips.push(chip(name, next, "chip-entity"));
    }
    for k in &f.kinds {
        chips.push(chip(format!("Kind: {}", kind_label(*k)), Filter { kinds: toggled(&f.kinds, k), ..f.clone() }, "chip-kind"));
    }
    for (slug, &o) in f.outlets.iter().zip(&props.resolved.outlets) {
        let name = index.outlets.get(o as usize).map(|x| x.label().to_string()).unwrap_or_else(|| slug.clone());
        chips.push(chip(format!("Outlet: {name}"), Filter { outlets: toggled(&f.outlets, slug), ..f.clone() }, "chip-outlet"));
    }
    for (id, &d) in f.docs.iter().zip(&props.resolved.docs) {
        let title =
            index.docs().get(d as usize).map(|x| parallax_core::document::shorten(&x.display_title().0, 40)).unwrap_or_else(|| id.clone());
        chips.push(chip(format!("Article: {title}"), Filter { docs: toggled(&f.docs, id), ..f.clone() }, "chip-article"));
    }
    if f.from.is_some() || f.to.is_some() {
        let label = match (f.from, f.to) {
            (Some(a), Some(b)) if a == b => format!("Published {a}"),
            (Some(a), Some(b)) => format!("Published {a} to {b}"),
            (Some(a), None) => format!("Published from {a}"),
            (None, Some(b)) => format!("Published until {b}"),
            (None, None) => String::new(),
        };
        chips.push(chip(label, Filter { from: None, to: None, ..f.clone() }, "chip-date"));
    }
    if !f.query.trim().is_empty() {
        chips.push(chip(format!("Search: {}", f.query.trim()), Filter { query: String::new(), ..f.clone() }, "chip-query"));
    }
    let clear = Callback::from(|_: MouseEvent| go(Filter::default()));
    let copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            crate::app::copy_link(move |ok| copied.set(Some(ok)));
        })
    };
    let results = &props.results;
    let empty = f.is_empty();
    // Every article these passages come from, for a side-by-side comparison.
    // Hits are in corpus order, so an article's passages are consecutive; stop counting
    // past what can be compared (the unfiltered corpus has every passage as a hit).
    let mut articles: Vec<&str> = Vec::new();
    if !empty {
        for &h in &results.hits {
            if articles.len() > MAX_COMPARED {
                break;
            }
            if let Some(doc) = index.passage(h).and_then(|r| index.docs().get(r.doc as usize)) {
                if articles.last() != Some(&doc.id.0.as_str()) {
                    articles.push(&doc.id.0);
                }
            }
        }
    }
    let compare = (!empty && (2..=MAX_COMPARED).contains(&articles.len())).then(|| View::compare(&articles).to_hash());
    html! {
        <div class="active">
            <p class="result-count" role="status" aria-live="polite">
                if empty {
                    { format!("{} in {}", plural(results.hits.len(), "passage", "passages"), plural(results.articles, "article", "articles")) }
                } else {
                    { format!("{} in {} {}", plural(results.hits.len(), "passage", "passages"), plural(results.articles, "article", "articles"),
                        if results.hits.len() == 1 { "matches" } else { "match" }) }
                }
            </p>
            if !chips.is_empty() {
                <ul class="chips" aria-label="Active filters">{ for chips }</ul>
            }
            <div class="active-actions">
                if let Some(href) = compare {
                    <a id="compare-these" class="button" {href}>{ format!("Compare these {} articles", articles.len()) }</a>
                }
                <button type="button" id="clear-all" class="button" onclick={clear} disabled={empty}>{ "Clear all" }</button>
                <button type="button" id="copy-link" class="button" onclick={copy}>{ "Copy link" }</button>
                <span class="copy-status" role="status">
                    { match *copied { Some(true) => "Link copied.", Some(false) => "Copy failed: select the address bar and copy it.", None => "" } }
                </span>
            </div>
        </div>
    }
}

/// The matching passages of the current page, grouped by article.
#[component]
pub fn Hits(props: &ExploreProps) -> Html {
    let index = embedded::index();
    let results = &props.results;
    if results.hits.is_empty() {
        return html! {
            <section id="results" class="results empty" aria-label="Results">
                <p>{ "No passage matches all of these filters. Remove one above, or choose “any selected name”." }</p>
            </section>
        };
    }
    let (page, hits) = results.page(props.resolved.page);
    let pages = results.pages();
    // Consecutive hits of one article form a group.
    let mut groups: Vec<(u32, Vec<u32>)> = Vec::new();
    for &h in hits {
        let Some(r) = index.passage(h) else { continue };
        match groups.last_mut() {
            Some((d, list)) if *d == r.doc => list.push(h),
            _ => groups.push((r.doc, vec![h])),
        }
    }
    html! {
        <section id="results" class="results" aria-label="Results">
            { for groups.iter().map(|(d, list)| group(index, *d, list, props)) }
            { pager(&props.filter, page, pages, "Result pages") }
        </section>
    }
}

/// Previous / next for a paged list; the page is part of the filter, so of the URL.
pub fn pager(filter: &Filter, page: usize, pages: usize, label: &'static str) -> Html {
    if pages <= 1 {
        return html! {};
    }
    let to = |p: usize| {
        let f = Filter { page: p as u32, ..filter.clone() };
        Callback::from(move |_: MouseEvent| navigate(&View::search(f.clone())))
    };
    html! {
        <nav class="pager" aria-label={label}>
            <button type="button" class="button" disabled={page == 0} onclick={to(page.saturating_sub(1))}>{ "← Previous" }</button>
            <span class="pager-at">{ format!("Page {} of {pages}", page + 1) }</span>
            <button type="button" class="button" disabled={page + 1 >= pages} onclick={to(page + 1)}>{ "Next →" }</button>
        </nav>
    }
}

fn group(index: &Index, d: u32, hits: &[u32], props: &ExploreProps) -> Html {
    let Some(doc) = index.docs().get(d as usize) else { return html! {} };
    let total = props.results.facets.docs.iter().find(|x| x.0 == d).map(|x| x.1).unwrap_or(hits.len() as u32);
    html! {
        <article class="result-group" data-doc-id={doc.id.0.clone()}>
            <header class="result-head">
                { outlet_badge(doc, "result-outlet") }
                <h2 class="result-title"><a href={View::read(&doc.id.0).with_filter(props.filter.clone()).to_hash()}>{ doc.display_title().0 }</a></h2>
                <p class="result-meta">{ date(doc, "result-date") }{ " · " }{ plural(total as usize, "matching passage", "matching passages") }</p>
            </header>
            <ol class="hits">
                { for hits.iter().map(|&h| hit(index, h, props)) }
            </ol>
        </article>
    }
}

fn hit(index: &Index, h: u32, props: &ExploreProps) -> Html {
    let Some(r) = index.passage(h) else { return html! {} };
    let Some(doc) = index.docs().get(r.doc as usize) else { return html! {} };
    let Some(passage) = doc.passages.get(r.passage as usize) else { return html! {} };
    let text = doc.passage_text(passage);
    let outlet = index.outlet_of(r.doc).map(|o| o.label().to_string()).unwrap_or_default();
    let href = View::passage(&doc.id.0, r.passage).with_filter(props.filter.clone()).to_hash();
    html! {
        <li class="hit" data-passage={r.passage.to_string()}>
            <p class="hit-text">
                <span class="hit-outlet">{ outlet }</span>
                { render_pieces(index, text, &index.pieces(h, &props.resolved.query), &props.resolved.entities) }
            </p>
            <a class="in-context" {href}>{ "Read in context →" }</a>
        </li>
    }
}

/// Passage text with names linked to their cards (selected ones emphasised) and the
/// matched words marked.
pub fn render_pieces(index: &Index, text: &str, pieces: &[Piece], selected: &[u32]) -> Html {
    let mentions = &index.entities().mentions;
    let mut out: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let Some(m) = pieces[i].mention else {
            out.push(plain(text, &pieces[i]));
            i += 1;
            continue;
        };
        let mut j = i;
        while j < pieces.len() && pieces[j].mention == Some(m) {
            j += 1;
        }
        let inner: Vec<Html> = pieces[i..j].iter().map(|p| plain(text, p)).collect();
        match mentions.get(m as usize).and_then(|mm| Some((mm, index.entities().entities.get(mm.entity as usize)?))) {
            Some((mention, entity)) => {
                let chosen = selected.contains(&mention.entity);
                let tip = match &mention.role {
                    Some(role) => format!("{} · {} · {role}", entity.name, kind_label(entity.kind)),
                    None => format!("{} · {}", entity.name, kind_label(entity.kind)),
                };
                out.push(html! {
                    <a class={classes!("ent", kind_class(entity.kind), chosen.then_some("selected"))} href={View::entity(&entity.id).to_hash()} title={tip}>{ for inner }</a>
                });
            }
            None => out.extend(inner),
        }
        i = j;
    }
    html! { <>{ for out }</> }
}

fn plain(text: &str, p: &Piece) -> Html {
    let s = p.span.slice(text).to_string();
    if p.term {
        html! { <mark>{ s }</mark> }
    } else {
        html! { { s } }
    }
}
