//! Articles side by side: the reader picks two or more, and sees fact by fact what each
//! outlet reports (its own sentence, its words that differ from the base article marked)
//! or that it does not; a strip of where they agree, differ or stand alone; which names
//! each article mentions and how often; and the title each gives every person. Every
//! control changes the URL (`#/compare/<id>,<id>?base=<id>&ignore=trivial&fact=3`).

use parallax_core::align::{days_apart, AlignConfig, Later, SentenceRef};
use parallax_core::compare::{CellDiff, Row, RowStatus, Table};
use parallax_core::document::Document;
use parallax_core::entities::EntityKind;
use parallax_core::view::{Comparison, Filter, Screen, View};
use yew::prelude::*;

use crate::app::navigate;
use crate::corpus_page::outlet_badge;
use crate::embedded;
use crate::entity_page::kind_class;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub comparison: Comparison,
}

fn go(c: Comparison) {
    navigate(&View { screen: Screen::Compare(c), ..View::default() });
}

/// A handler that opens this comparison changed by `edit`.
fn change<E: 'static>(c: &Comparison, edit: impl FnOnce(&mut Comparison)) -> Callback<E> {
    let mut next = c.clone();
    edit(&mut next);
    Callback::from(move |_: E| go(next.clone()))
}

fn outlet_label(doc: &Document) -> &str {
    crate::format::outlet(doc).unwrap_or("Unknown outlet")
}

/// A compared article's label: its outlet, and the start of its title when another
/// compared article has the same outlet ("Axios · U.S. and Ukraine \"made…").
fn column_label(d: u32, picked: &[u32]) -> String {
    let docs = embedded::documents();
    let Some(doc) = docs.get(d as usize) else { return String::new() };
    let outlet = outlet_label(doc);
    let shared = picked.iter().any(|&o| o != d && docs.get(o as usize).is_some_and(|x| outlet_label(x) == outlet));
    if shared {
        titled_label(doc)
    } else {
        outlet.to_string()
    }
}

/// An article's outlet and the start of its title ("Axios · U.S. and Ukraine \"made…").
fn titled_label(doc: &Document) -> String {
    format!("{} · {}", outlet_label(doc), parallax_core::document::shorten(&doc.display_title().0, 32))
}

/// The most pairs of articles the moments note spells out.
const MOMENTS_MAX: usize = 3;

/// Pairs of compared articles that tell different moments of the story, each with the
/// plan and the outcome that show it (`Alignment::told_apart`): why few facts join them.
fn moments(picked: &[u32]) -> Html {
    let (alignment, docs) = (embedded::alignment(), embedded::documents());
    let pair_list = || picked.iter().enumerate().flat_map(|(k, &a)| picked[k + 1..].iter().map(move |&b| (a, b)));
    let pairs: Vec<(u32, u32, Later)> = pair_list().filter_map(|(a, b)| alignment.told_apart(a, b).map(|w| (a, b, w))).collect();
    // Articles published far apart are told apart too (`AlignConfig::published_apart_days`),
    // unless a plan and its outcome already say why.
    let limit = AlignConfig::default().published_apart_days;
    let dated: Vec<(u32, u32, u32)> = pair_list()
        .filter(|&(a, b)| !pairs.iter().any(|&(x, y, _)| (x, y) == (a, b)))
        .filter_map(|(a, b)| Some((a, b, days_apart(docs.get(a as usize)?, docs.get(b as usize)?).filter(|&d| d > limit)?)))
        .collect();
    if pairs.is_empty() && dated.is_empty() {
        return Html::default();
    }
    let label = |d: u32| match docs.get(d as usize) {
        Some(doc) if !picked.contains(&d) => titled_label(doc),
        Some(_) => column_label(d, picked),
        None => String::new(),
    };
    let sentence = |s: SentenceRef| parallax_core::compare::sentence_text(docs, s).to_string();
    let more = (pairs.len() + dated.len()).saturating_sub(MOMENTS_MAX);
    let plan_items = pairs.into_iter().map(|(a, b, w)| {
        // An article told apart through another one about its moment says which.
        let through = [a, b].into_iter().filter(|&x| x != w.plan.doc && x != w.done.doc).filter_map(|x| {
            let by = [w.plan.doc, w.done.doc].into_iter().find(|&e| alignment.moment(e) == alignment.moment(x))?;
            Some(html! { <><br />{ format!("{} tells the same moment as {}.", label(x), label(by)) }</> })
        });
        html! {
            <li>
                <strong>{ format!("{} and {}", label(a), label(b)) }</strong><br />
                { format!("{} plans: ", label(w.plan.doc)) }<q>{ sentence(w.plan) }</q><br />
                { format!("{} reports it done: ", label(w.done.doc)) }<q>{ sentence(w.done) }</q>
                { for through }
            </li>
        }
    });
    let date_items = dated.into_iter().map(|(a, b, days)| {
        let when = |d: u32| docs.get(d as usize).and_then(crate::format::day).unwrap_or_default();
        html! {
            <li>
                <strong>{ format!("{} and {}", label(a), label(b)) }</strong><br />
                { format!("Published {days} days apart ({} and {}).", when(a), when(b)) }
            </li>
        }
    });
    html! {
        <aside class="moments" role="note" aria-labelledby="moments-title">
            <h2 id="moments-title">{ "These articles tell different moments of the story" }</h2>
            <p>{ "One reports done what another still plans, or they were published days apart, so their sentences are linked only on strong evidence: expect fewer shared facts between them." }</p>
            <ul>
                { for plan_items.chain(date_items).take(MOMENTS_MAX) }
                if more > 0 { <li>{ format!("and {} of articles", crate::explore::plural(more, "more pair", "more pairs")) }</li> }
            </ul>
        </aside>
    }
}

/// Documents of the embedded corpus named by `ids`, in order; unknown ids are skipped
/// (the app has already reported them).
pub fn chosen(ids: &[String]) -> Vec<u32> {
    let docs = embedded::documents();
    ids.iter().filter_map(|id| docs.iter().position(|d| d.id.0 == *id).map(|i| i as u32)).collect()
}

#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let c = &props.comparison;
    let docs = embedded::documents();
    let picked = chosen(&c.docs);
    let base = c.base.as_ref().and_then(|b| docs.iter().position(|d| d.id.0 == *b)).map(|i| i as u32).filter(|b| picked.contains(b));
    let table = use_memo((picked.clone(), base, c.ignore_trivial), |(picked, base, ignore)| match embedded::corpus() {
        Ok(bundle) => parallax_core::compare::table(bundle, picked, *base, *ignore),
        Err(_) => Default::default(),
    });
    html! {
        <section id="compare" class="compare" aria-labelledby="compare-title">
            <nav class="reader-nav" aria-label="Comparison"><a id="back" href="#/">{ "← All articles" }</a></nav>
            <h1 id="compare-title">{ "Compare the articles" }</h1>
            <p class="corpus-summary">
                { "Facts are sentences that Parallax links across articles (by shared names, figures, quotes and rare words); each link says why and how sure it is. Choose two or more articles." }
            </p>
            <Picker comparison={c.clone()} picked={picked.clone()} />
            if picked.len() >= 2 {
                { controls(c, &picked, base) }
                { moments(&picked) }
                { overview(&table, c) }
                { facts(&table, c) }
                { coverage(&picked) }
                { titles(&picked) }
            } else {
                <p class="compare-empty">{ "Pick at least two articles above to see them side by side." }</p>
            }
        </section>
    }
}

/// The most articles the picker lists at once; its search box finds the others.
const PICKER_MAX: usize = 200;

#[derive(Properties, PartialEq)]
struct PickerProps {
    comparison: Comparison,
    picked: Vec<u32>,
}

/// Every article with a checkbox (chosen ones first), narrowed by a search box.
#[component]
fn Picker(props: &PickerProps) -> Html {
    let needle = use_state(String::new);
    let c = &props.comparison;
    let picked = &props.picked;
    let docs = embedded::documents();
    let wanted = parallax_core::search::fold(needle.trim());
    let mut order: Vec<usize> = picked.iter().map(|&d| d as usize).collect();
    order.extend((0..docs.len()).filter(|i| !picked.contains(&(*i as u32))).filter(|&i| {
        wanted.is_empty()
            || parallax_core::search::fold(&format!("{} {}", outlet_label(&docs[i]), docs[i].display_title().0)).contains(&wanted)
    }));
    let hidden = order.len().saturating_sub(PICKER_MAX);
    order.truncate(PICKER_MAX);
    let items = order.into_iter().filter_map(|i| {
        let d = docs.get(i)?;
        let checked = picked.contains(&(i as u32));
        let onchange = change(c, |next| {
            if checked {
                next.docs.retain(|x| *x != d.id.0);
                if next.base.as_deref() == Some(d.id.0.as_str()) {
                    next.base = None;
                }
            } else {
                next.docs.push(d.id.0.clone());
            }
            next.fact = None;
        });
        let id = format!("pick-{i}");
        Some(html! {
            <li class="pick-item" key={d.id.0.clone()} data-doc-id={d.id.0.clone()}>
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>
                    <span class="pick-outlet">{ outlet_label(d) }</span>
                    { parallax_core::document::shorten(&d.display_title().0, 90) }
                </label>
            </li>
        })
    });
    let all = change(c, |next| {
        next.docs = docs.iter().map(|d| d.id.0.clone()).collect();
        next.fact = None;
    });
    let on_needle = {
        let needle = needle.clone();
        Callback::from(move |e: InputEvent| needle.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    html! {
        <details class="picker" open={picked.len() < 2}>
            <summary>{ format!("Articles compared: {} of {}", picked.len(), docs.len()) }</summary>
            <fieldset class="facet">
                <legend>{ "Articles" }</legend>
                <label for="pick-find" class="facet-find-label">{ "Find an article by outlet or title" }</label>
                <input id="pick-find" type="search" autocomplete="off" value={(*needle).clone()} oninput={on_needle} />
                <ul class="pick-list">{ for items }</ul>
                if hidden > 0 { <p class="facet-empty">{ format!("{hidden} more: narrow the list with the search box.") }</p> }
                if docs.len() <= 12 {
                    <button type="button" class="button" onclick={all}>{ "Compare every article" }</button>
                }
            </fieldset>
        </details>
    }
}

fn controls(c: &Comparison, picked: &[u32], base: Option<u32>) -> Html {
    let docs = embedded::documents();
    let base_index = base.unwrap_or(picked[0]);
    let options = picked.iter().filter_map(|&d| {
        let doc = docs.get(d as usize)?;
        let onchange = change(c, |next| next.base = Some(doc.id.0.clone()));
        let id = format!("base-{d}");
        Some(html! {
            <label for={id.clone()} class="combine-option">
                <input type="radio" name="base" id={id} checked={d == base_index} {onchange} />
                { column_label(d, picked) }
            </label>
        })
    });
    let toggle = change(c, |next| next.ignore_trivial = !next.ignore_trivial);
    let shared = change(c, |next| next.shared_only = !next.shared_only);
    html! {
        <div class="compare-controls">
            <fieldset class="facet base-choice">
                <legend>{ "Differences are marked against" }</legend>
                { for options }
            </fieldset>
            <div class="compare-switches">
                <label for="ignore-trivial" class="combine-option ignore-trivial">
                    <input type="checkbox" id="ignore-trivial" checked={c.ignore_trivial} onchange={toggle} />
                    { "Ignore case, punctuation and quote marks" }
                </label>
                <label for="shared-only" class="combine-option shared-only">
                    <input type="checkbox" id="shared-only" checked={c.shared_only} onchange={shared} />
                    { "Only facts two or more articles report" }
                </label>
            </div>
        </div>
    }
}

/// A score to two decimals ("0.36") without pulling float formatting into the page.
fn hundredths(score: f32) -> String {
    let h = (score.max(0.0) * 100.0).round() as u32;
    format!("{}.{:02}", h / 100, h % 100)
}

fn status_label(s: RowStatus) -> &'static str {
    match s {
        RowStatus::Agree => "reported alike",
        RowStatus::Worded => "worded differently",
        RowStatus::Differs => "figures or quotes differ",
        RowStatus::Alone => "one article only",
    }
}

fn status_class(s: RowStatus) -> &'static str {
    match s {
        RowStatus::Agree => "agree",
        RowStatus::Worded => "worded",
        RowStatus::Differs => "differs",
        RowStatus::Alone => "alone",
    }
}

/// One mark per fact, in the base article's order: where the articles agree, differ or
/// stand alone, each a link to its row.
fn overview(table: &Table, c: &Comparison) -> Html {
    let counts = |s: RowStatus| table.rows.iter().filter(|r| r.status == s).count();
    let marks = table.rows.iter().map(|r| {
        let onclick = change(c, |next| next.fact = Some(r.fact));
        let label = format!("Fact {}: {}", r.fact, status_label(r.status));
        html! {
            <li><button type="button" class={classes!("density-mark", status_class(r.status), (c.fact == Some(r.fact)).then_some("chosen"))}
                aria-label={label.clone()} title={label} {onclick}></button></li>
        }
    });
    html! {
        <section class="overview" aria-labelledby="overview-title">
            <h2 id="overview-title">
                { format!("{} facts", table.rows.len()) }
                if c.shared_only { { format!(", {} shown", table.rows.iter().filter(|r| shown(r, c)).count()) } }
            </h2>
            <p class="overview-legend">
                <span class="swatch agree"></span>{ format!("{} reported alike · ", counts(RowStatus::Agree)) }
                <span class="swatch worded"></span>{ format!("{} worded differently · ", counts(RowStatus::Worded)) }
                <span class="swatch differs"></span>{ format!("{} with figures or quotes that differ · ", counts(RowStatus::Differs)) }
                <span class="swatch alone"></span>{ format!("{} in one article only", counts(RowStatus::Alone)) }
            </p>
            <ol class="density">{ for marks }</ol>
        </section>
    }
}

/// Rows are facts, columns the chosen articles.
fn facts(table: &Table, c: &Comparison) -> Html {
    let docs = embedded::documents();
    let head = table.columns.iter().map(|&d| {
        let Some(doc) = docs.get(d as usize) else { return html! {} };
        html! {
            <th scope="col" class={classes!((Some(d) == table.base).then_some("is-base"))}>
                { outlet_badge(doc, "col-outlet") }
                <a class="col-title" href={View::read(&doc.id.0).to_hash()}>{ parallax_core::document::shorten(&doc.display_title().0, 70) }</a>
                if Some(d) == table.base { <span class="base-tag">{ "base" }</span> }
            </th>
        }
    });
    html! {
        <section class="fact-table-wrap" aria-labelledby="facts-title">
            <h2 id="facts-title" class="visually-hidden">{ "Facts by article" }</h2>
            <div class="fact-scroll" tabindex="0" role="region" aria-label="Facts by article, scrolls sideways">
                <table class="fact-table">
                    <thead><tr><th scope="col" class="fact-col">{ "Fact" }</th>{ for head }</tr></thead>
                    <tbody>{ for table.rows.iter().filter(|r| shown(r, c)).map(|r| row(r, table, c)) }</tbody>
                </table>
            </div>
            if c.shared_only {
                <p class="rows-hidden">
                    { format!("{} facts that only one of these articles reports are hidden. ", table.rows.iter().filter(|r| !shown(r, c)).count()) }
                    <button type="button" class="fact-id" onclick={change(c, |next| next.shared_only = false)}>{ "Show them" }</button>
                </p>
            }
        </section>
    }
}

/// Whether a row is on screen: every row, or with `shared_only` those two or more
/// articles report (and the fact in focus, whatever it is).
fn shown(r: &Row, c: &Comparison) -> bool {
    !c.shared_only || r.status != RowStatus::Alone || c.fact == Some(r.fact)
}

fn row(r: &Row, table: &Table, c: &Comparison) -> Html {
    let docs = embedded::documents();
    let focused = c.fact == Some(r.fact);
    let cells = r.cells.iter().zip(&table.columns).map(|(cell, &d)| {
        let Some(cell) = cell else {
            // What the machine knows is that it linked no sentence: an outlet that words
            // the fact quite differently may still report it (eval-links measures how often).
            let why = "Parallax linked no sentence of this article to this fact. An article that words it very differently may still report it: open the article to check.";
            return html! { <td class="cell missing"><span class="not-reported" title={why}>{ "not reported" }</span></td> };
        };
        let Some(doc) = docs.get(d as usize) else { return html! { <td></td> } };
        let text = doc.sentences.get(cell.sentence.sentence as usize).map(|s| doc.sentence_text(s)).unwrap_or("");
        let href = View::passage(&doc.id.0, cell.sentence.passage).to_hash();
        let pieces = cell.diff.iter().map(|(kind, span)| {
            let s = span.slice(text).to_string();
            match kind {
                CellDiff::Same => html! { { s } },
                CellDiff::Changed => html! { <ins title="Worded differently from the base article">{ s }</ins> },
            }
        });
        let origin = cell.origin.map(|o| match o {
            parallax_core::align::Origin::Machine => "machine-made link",
            parallax_core::align::Origin::EditorConfirmed => "confirmed by the editor",
            parallax_core::align::Origin::EditorAdded => "added by the editor",
        });
        html! {
            <td class={classes!("cell", (Some(d) == table.base).then_some("is-base"))}>
                <p class="cell-text">{ for pieces }</p>
                { for cell.speakers.iter().map(|sp| html! {
                    <p class="cell-quote">
                        { if sp.partial { "Partly quoting " } else { "Quoting " } }
                        <strong>{ &sp.name }</strong>
                        if let Some(t) = &sp.title { { format!(", {t}") } }
                    </p>
                }) }
                if let Some(o) = origin {
                    <p class="cell-why" title={cell.reason.clone().unwrap_or_default()}>
                        { match cell.score { Some(s) => format!("{o}, score {}", hundredths(s)), None => o.to_string() } }
                        if let Some(reason) = &cell.reason { { format!(": {reason}") } }
                    </p>
                }
                if let Some(home) = cell.also_in {
                    <p class="cell-also">
                        { "This sentence also reports " }
                        <button type="button" class="fact-id" onclick={change(c, |next| next.fact = Some(home))} title="Go to that fact">{ format!("fact #{home}") }</button>
                        { ", where it has its own row." }
                    </p>
                }
                <a class="in-context" {href}>{ "In context →" }</a>
            </td>
        }
    });
    let onclick = change(c, |next| next.fact = if focused { None } else { Some(r.fact) });
    html! {
        <tr id={format!("fact-{}", r.fact)} class={classes!("fact-row", status_class(r.status), focused.then_some("focus"))}>
            <th scope="row" class="fact-col">
                <button type="button" class="fact-id" aria-pressed={focused.to_string()} {onclick} title="Focus this fact (in the link)">{ format!("#{}", r.fact) }</button>
                <span class={classes!("status", status_class(r.status))}>{ status_label(r.status) }</span>
                if !r.notes.is_empty() { <span class="fact-notes">{ r.notes.join("; ") }</span> }
            </th>
            { for cells }
        </tr>
    }
}

/// Names by article, shaded by mentions; each cell opens the filtered view.
fn coverage(picked: &[u32]) -> Html {
    let index = embedded::index();
    let entities = embedded::entities();
    let docs = embedded::documents();
    let mut counts: Vec<Vec<u32>> = vec![vec![0; picked.len()]; entities.entities.len()];
    for m in &entities.mentions {
        if let (Some(col), Some(row)) = (picked.iter().position(|&d| d == m.doc), counts.get_mut(m.entity as usize)) {
            row[col] += 1;
        }
    }
    let mut rows: Vec<(usize, u32)> = counts.iter().enumerate().map(|(e, r)| (e, r.iter().sum::<u32>())).filter(|(_, n)| *n > 0).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rows.truncate(40);
    let max = rows.iter().flat_map(|(e, _)| counts[*e].iter().copied()).max().unwrap_or(1).max(1);
    let head = picked.iter().map(|&d| html! { <th scope="col">{ column_label(d, picked) }</th> });
    let body = rows.iter().filter_map(|&(e, _)| {
        let entity = entities.entities.get(e)?;
        let slug = index.entity_slug(e as u32).to_string();
        let cells = picked.iter().enumerate().map(|(col, &d)| {
            let n = counts[e][col];
            let doc_id = docs.get(d as usize).map(|x| x.id.0.clone()).unwrap_or_default();
            let href = View::search(Filter { entities: vec![slug.clone()], docs: vec![doc_id], ..Filter::default() }).to_hash();
            let style = format!("--shade: {}%", if n == 0 { 0 } else { 15 + 85 * n / max });
            html! {
                <td class={classes!("cov", (n == 0).then_some("none"))} {style}>
                    if n > 0 {
                        <a {href} aria-label={format!("{n} mentions of {} here", entity.name)}><span class="shade" aria-hidden="true"></span>{ n }</a>
                    } else {
                        <span aria-label="not mentioned">{ "·" }</span>
                    }
                </td>
            }
        });
        Some(html! {
            <tr>
                <th scope="row"><span class={classes!("ent", kind_class(entity.kind))}>{ &entity.name }</span></th>
                { for cells }
            </tr>
        })
    });
    html! {
        <section class="coverage" aria-labelledby="coverage-title">
            <h2 id="coverage-title">{ "Who each article names" }</h2>
            <p class="corpus-summary">{ "Mentions per article, darker for more; a number opens those passages." }</p>
            <div class="fact-scroll" tabindex="0" role="region" aria-label="Names by article, scrolls sideways">
                <table class="coverage-table">
                    <thead><tr><th scope="col">{ "Name" }</th>{ for head }</tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
        </section>
    }
}

/// The title each article gives each person.
fn titles(picked: &[u32]) -> Html {
    let entities = embedded::entities();
    let mut by_person: Vec<(usize, Vec<Vec<String>>)> = Vec::new();
    for m in &entities.mentions {
        let (Some(col), Some(role)) = (picked.iter().position(|&d| d == m.doc), &m.role) else { continue };
        if entities.entities.get(m.entity as usize).is_none_or(|e| e.kind != EntityKind::Person) {
            continue;
        }
        let at = match by_person.iter().position(|(e, _)| *e == m.entity as usize) {
            Some(i) => i,
            None => {
                by_person.push((m.entity as usize, vec![Vec::new(); picked.len()]));
                by_person.len() - 1
            }
        };
        let list = &mut by_person[at].1[col];
        if !list.contains(role) {
            list.push(role.clone());
        }
    }
    if by_person.is_empty() {
        return html! {};
    }
    let head = picked.iter().map(|&d| html! { <th scope="col">{ column_label(d, picked) }</th> });
    let body = by_person.iter().filter_map(|(e, cols)| {
        let entity = entities.entities.get(*e)?;
        let distinct: std::collections::BTreeSet<String> = cols.iter().flatten().map(|r| r.to_lowercase()).collect();
        Some(html! {
            <tr class={classes!((distinct.len() > 1).then_some("titles-differ"))}>
                <th scope="row"><a class={classes!("ent", kind_class(entity.kind))} href={View::entity(&entity.id).to_hash()}>{ &entity.name }</a></th>
                { for cols.iter().map(|roles| if roles.is_empty() {
                    html! { <td class="none"><span class="not-reported">{ "no title given" }</span></td> }
                } else {
                    html! { <td>{ roles.join(" · ") }</td> }
                }) }
            </tr>
        })
    });
    html! {
        <section class="titles-compare" aria-labelledby="titles-title">
            <h2 id="titles-title">{ "Titles each article gives" }</h2>
            <div class="fact-scroll" tabindex="0" role="region" aria-label="Titles by article, scrolls sideways">
                <table class="coverage-table">
                    <thead><tr><th scope="col">{ "Person" }</th>{ for head }</tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
        </section>
    }
}
