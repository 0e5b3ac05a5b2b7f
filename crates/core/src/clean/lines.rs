//! The line-by-line pass: chrome lines, the header (masthead, headline, dek, byline,
//! timestamp), then the body, where each line is cut into passages, captions, summary
//! items, removed credits and footers, and where appended excerpts begin.

use super::inline::{self, Byline};
use super::rules::{MASTHEAD_NOT_FIRST, TRAILER_MAX_LINE, TRAILER_REASONS};
use super::{field, Builder};
use crate::date::parse_timestamp_line;
use crate::document::{Field, PassageKind, Reason, Span};
use crate::segment;

/// Lines of the input, without their line breaks.
fn split_lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            let end = if text[start..i].ends_with('\r') { i - 1 } else { i };
            out.push(Span::new(start, end));
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

pub(crate) fn run(b: &mut Builder) {
    let lines = split_lines(b.text);
    let texts: Vec<&str> = lines.iter().map(|l| b.slice(*l)).collect();
    let mut chrome: Vec<Option<Reason>> = texts.iter().map(|t| inline::chrome_line(t)).collect();
    mark_skipped_blocks(&texts, &mut chrome);
    mark_promo_text(&texts, &mut chrome);
    mark_trailer(&texts, &mut chrome);
    let masthead = mark_frame(&texts, &mut chrome);

    let body_start = header(b, &lines, &texts, &chrome);
    let mut in_summary = false;
    let next_content = |from: usize| (from..lines.len()).find(|&j| !texts[j].trim().is_empty());
    let mut skip_until = 0;
    // After "Also from around the web:", each line that opens with a headline and " -- "
    // is another outlet's article, appended (a document of its own).
    let mut in_excerpts = false;
    for i in body_start..lines.len() {
        let (line, t) = (lines[i], texts[i]);
        if i < skip_until || t.trim().is_empty() {
            continue;
        }
        outlet_from_credit(b, t.trim());
        if let Some(reason) = chrome[i] {
            b.chrome(line, reason);
            continue;
        }
        if inline::excerpt_leadin(t) && !b.host().passages.is_empty() {
            b.chrome(line, Reason::RepostNote);
            in_excerpts = true;
            continue;
        }
        if let (true, Some(len)) = (in_excerpts, inline::excerpt_headline(t.trim_start())) {
            let lead = t.len() - t.trim_start().len();
            let start = line.start as usize + lead;
            let head = &t[lead..lead + len];
            b.start_appended(start);
            b.set_meta(|m| m.headline = Some(field(head, head)));
            b.meta(Span::new(start, start + len + " -- ".len()));
            body_line(b, Span::new(start + len + " -- ".len(), line.end as usize), &mut in_summary);
            continue;
        }
        // "Kyiv, Ukraine" / "CNN" / "—": a dateline set over three lines.
        if let (Some(j), true) = (next_content(i + 1), looks_like_place(t.trim())) {
            let dash = next_content(j + 1).filter(|&k| is_dash_line(texts[k]));
            if let (Some(outlet), Some(k)) = (inline::outlet_line(texts[j]), dash) {
                let place = t.trim().to_string();
                b.set_meta(|m| {
                    m.dateline = Some(field(place.as_str(), &place));
                    if m.outlet.is_none() {
                        m.outlet = Some(field(outlet, texts[j]));
                    }
                });
                b.meta(line);
                b.meta(lines[j]);
                b.markup(lines[k]);
                skip_until = k + 1;
                continue;
            }
        }
        // "Image caption," on a line of its own (the BBC's pages copied): the next line is
        // the caption.
        if lone_caption_label(t) {
            if let Some(j) = next_content(i + 1).filter(|&j| chrome[j].is_none()) {
                b.markup(line);
                caption_passages(b, lines[j], 0, inline::caption_credit(texts[j].trim(), 0));
                skip_until = j + 1;
                continue;
            }
        }
        body_line(b, line, &mut in_summary);
    }
    // The masthead of a site no table knows, when nothing else named the outlet.
    if let (None, Some(m)) = (&b.host().meta.outlet, masthead) {
        let name = inline::without_logo_link(texts[m].trim());
        b.set_host_meta(|meta| meta.outlet = Some(field(name, name)));
    }
}

/// A staff photographer's credit names the outlet when no masthead did ("Credit...Inês
/// Valadares for The New York Times").
fn outlet_from_credit(b: &mut Builder, t: &str) {
    if b.cur().meta.outlet.is_some() || t.chars().count() > 120 || inline::ends_sentence(t) {
        return;
    }
    if let Some((_, outlet)) = inline::credited_outlet(t) {
        b.set_meta(|m| m.outlet = Some(field(outlet, t)));
    }
}

/// A line that is only a dash (markup between a dateline and the text).
fn is_dash_line(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty() && t.chars().all(|c| matches!(c, '—' | '–' | '-' | '_'))
}

/// A short place name on a line of its own ("Kyiv, Ukraine").
fn looks_like_place(t: &str) -> bool {
    let words = word_count(t);
    (1..=4).contains(&words)
        && t.chars().count() <= 40
        && !inline::ends_sentence(t)
        && t.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// A block the page lets a screen reader skip: "skip past newsletter promotion", the
/// promotion's lines, "after newsletter promotion". The lines between are the block's
/// (a sign-up box: "Sign up to This is Europe", "Free weekly newsletter", its privacy
/// notice); without the closing line within twenty lines, only the opening one goes.
fn mark_skipped_blocks(texts: &[&str], chrome: &mut [Option<Reason>]) {
    let mut i = 0;
    while i < texts.len() {
        let t = texts[i].trim();
        let what = t.get(..10).filter(|p| p.eq_ignore_ascii_case("skip past ")).map(|_| t[10..].trim());
        let Some(what) = what.filter(|w| !w.is_empty() && w.split_whitespace().count() <= 4) else {
            i += 1;
            continue;
        };
        let closing = format!("after {what}");
        let end = (i + 1..texts.len().min(i + 21)).find(|&j| texts[j].trim().eq_ignore_ascii_case(&closing));
        for c in &mut chrome[i..=end.unwrap_or(i)] {
            *c = Some(Reason::AggregatorPromo);
        }
        i = end.unwrap_or(i) + 1;
    }
}

/// The line under a newsletter's name that says what it brings ("Free newsletter: The
/// Launch Window" / "Every Friday, our science team on the business and politics of
/// space."), and the biography under "About the author".
fn mark_promo_text(texts: &[&str], chrome: &mut [Option<Reason>]) {
    let next_content = |from: usize| (from..texts.len()).find(|&j| !texts[j].trim().is_empty());
    for i in 0..texts.len() {
        let Some(reason) = chrome[i] else { continue };
        let Some(j) = next_content(i + 1).filter(|&j| chrome[j].is_none()) else { continue };
        let (here, next) = (texts[i].trim().to_lowercase(), texts[j].trim());
        let lower = next.to_lowercase();
        let blurb = reason == Reason::PaywallPrompt
            && here.contains("newsletter")
            && next.chars().count() <= 160
            && !next.starts_with(['"', '“', '\''])
            && ["every ", "each ", "daily", "weekly", "inbox", "newsletter"].iter().any(|w| lower.contains(w));
        let biography = reason == Reason::AuthorFooter && here.starts_with("about the author") && next.chars().count() <= 400;
        if blurb || biography {
            chrome[j] = Some(reason);
        }
    }
    // "MARTIN ELLERY" / "Ellery covers Southeast Asia for The Associated Press": an
    // author's name in capitals over the biography.
    for i in 0..texts.len() {
        let t = texts[i].trim();
        // Most lines have a lowercase letter: only the rest are split into words.
        if chrome[i].is_some() || t.len() > 60 || t.chars().any(char::is_lowercase) {
            continue;
        }
        let words: Vec<&str> = t.split_whitespace().collect();
        let shouted = (2..=4).contains(&words.len()) && words.iter().all(|w| w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\''));
        let Some(j) = next_content(i + 1).filter(|_| shouted) else { continue };
        let surname = words.last().map(|w| {
            let mut c = w.chars();
            c.next().into_iter().chain(c.flat_map(char::to_lowercase)).collect::<String>()
        });
        let bio = surname.is_some_and(|s| {
            texts[j].trim().strip_prefix(s.as_str()).is_some_and(|rest| super::rules::AUTHOR_BIO_VERBS.iter().any(|v| rest.starts_with(v)))
        });
        if bio && texts[j].trim().chars().count() <= 400 {
            chrome[i] = Some(Reason::AuthorFooter);
            chrome[j] = Some(Reason::AuthorFooter);
        }
    }
}

/// Once a paywall or promo line is followed only by short lines that do not read as
/// sentences, all of them are the aggregator's trailer ("Related Stories", headlines…).
fn mark_trailer(texts: &[&str], chrome: &mut [Option<Reason>]) {
    let n = texts.len();
    let mut tail_ok = vec![true; n + 1];
    for i in (0..n).rev() {
        let t = texts[i].trim();
        // Related-story headlines may end in "?", but article sentences end in a full stop.
        let statement = t.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with(['.', '…']);
        let ok = t.is_empty() || chrome[i].is_some() || (t.chars().count() <= TRAILER_MAX_LINE && !statement);
        tail_ok[i] = ok && tail_ok[i + 1];
    }
    let Some(start) = (0..n).find(|&i| chrome[i].is_some_and(|r| TRAILER_REASONS.contains(&r)) && tail_ok[i + 1]) else {
        return;
    };
    // Each unrecognised trailer line takes the reason of the chrome line above it
    // ("Suggested Topics:" then topic names).
    let mut reason = chrome[start].unwrap_or(Reason::AggregatorPromo);
    for c in chrome.iter_mut().skip(start + 1) {
        match c {
            Some(r) => reason = *r,
            None => *c = Some(reason),
        }
    }
    sandwiched_promo(texts, chrome);
}

/// A short paragraph between a paywall or promo line and the end of the page, with
/// only chrome after it, is the promo's own text ("Note from the author: / Hi, this is
/// Martin. … / Become a member").
fn sandwiched_promo(texts: &[&str], chrome: &mut [Option<Reason>]) {
    let content: Vec<usize> = (0..texts.len()).filter(|&i| !texts[i].trim().is_empty()).collect();
    let Some(pos) = content.iter().rposition(|&i| chrome[i].is_none()) else { return };
    let (line, before, after) = (content[pos], pos.checked_sub(1).map(|k| content[k]), content.get(pos + 1..).unwrap_or(&[]));
    let promo = |r: Option<Reason>| matches!(r, Some(Reason::PaywallPrompt | Reason::AggregatorPromo));
    if before.is_some_and(|b| promo(chrome[b]))
        && !after.is_empty()
        && after.iter().all(|&a| promo(chrome[a]))
        && texts[line].trim().chars().count() <= 300
    {
        chrome[line] = before.and_then(|b| chrome[b]);
    }
}

/// Who a copyright notice names: "© 2027 Sentinel News & Media Limited" → "Sentinel News
/// & Media Limited", "Copyright 2026 The Loadline. All rights reserved." → "Loadline. All
/// rights reserved.".
fn copyright_holder(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("©").or_else(|| line.strip_prefix("Copyright")).or_else(|| line.strip_prefix("(c)"))?;
    let rest = rest.trim_start_matches(|c: char| c == '©' || c.is_whitespace());
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | ' '));
    let rest = rest.strip_prefix("The ").unwrap_or(rest);
    (!rest.is_empty()).then_some(rest)
}

/// Whether `text` opens with the words of `name`, whole ("Sentinel News" opens with
/// "Sentinel", "Sentinels" does not).
fn opens_with_name(text: &str, name: &str) -> bool {
    text.strip_prefix(name).is_some_and(|rest| rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric()))
}

/// The passages of a caption line: its label (the first `prefix` bytes of the trimmed
/// line) as markup, the caption, and its credit removed. A caption the page gives again
/// is removed.
fn caption_passages(b: &mut Builder, line: Span, prefix: usize, credit: Option<inline::Credit>) {
    let t = b.slice(line);
    let trimmed = t.trim();
    let start = line.start as usize + (t.len() - t.trim_start().len());
    let end = start + trimmed.len();
    if prefix > 0 {
        b.markup(Span::new(start, start + prefix));
    }
    let caption = trimmed[prefix..credit.as_ref().map_or(trimmed.len(), |c| c.start)].trim();
    let text = b.text;
    let repeated = b
        .docs
        .last()
        .is_some_and(|d| d.passages.iter().any(|(kind, _, span)| *kind == PassageKind::Caption && span.slice(text).trim() == caption));
    if repeated {
        b.chrome(Span::new(start + prefix, end), Reason::RepeatedCaption);
        return;
    }
    match credit {
        Some(c) => {
            b.passage(Span::new(start + prefix, start + c.start), PassageKind::Caption);
            b.chrome(Span::new(start + c.start, start + c.end), Reason::PhotoCredit);
            b.passage(Span::new(start + c.end, end), PassageKind::Paragraph);
        }
        None => b.passage(Span::new(start + prefix, end), PassageKind::Caption),
    }
}

/// A caption's label on a line of its own, the caption on the next ("Image caption,").
fn lone_caption_label(t: &str) -> bool {
    let label = t.trim().trim_end_matches([',', ':']).trim_end().to_lowercase();
    label == "image caption" || label == "caption"
}

/// A line that reads as running text: a sentence of eight words or more, or a long line.
/// A headline with its date in parentheses is a link to another story ("Slovenia's
/// centre-right wins snap vote; Žnidaršič concedes (April 12, 2027)").
fn is_prose(t: &str) -> bool {
    let words = word_count(t);
    words >= 25 || words >= 8 && inline::ends_sentence(t) && !dated_link(t)
}

/// A correspondent's signature on a line of its own: a name of two or three capitalised
/// words, a comma, and a role that ends in "reporter", "editor" or "correspondent" ("Tom
/// Ashby, Europe reporter", "Jana Novak, Central Europe correspondent").
fn signed_box(t: &str) -> bool {
    let Some((name, role)) = t.split_once(", ") else { return false };
    let words: Vec<&str> = name.split_whitespace().collect();
    let role_words = role.split_whitespace().count();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "'’-".contains(c)))
        && (1..=5).contains(&role_words)
        && ["reporter", "editor", "correspondent"].iter().any(|r| role.trim_end().to_lowercase().ends_with(r))
}

/// A headline followed by its date in parentheses, with no full stop before it.
fn dated_link(t: &str) -> bool {
    let t = t.trim_end();
    let Some(open) = t.strip_suffix(')').and_then(|s| s.rfind('(')) else { return false };
    let (head, date) = (t[..open].trim_end(), &t[open + 1..t.len() - 1]);
    !head.is_empty() && !head.ends_with(['.', '"', '”']) && parse_timestamp_line(date).is_some()
}

/// A headline candidate for the frame: a headline that is not a breadcrumb trail
/// ("Home › Ports & Terminals › Europe") or a share control.
fn frame_headline(t: &str) -> bool {
    looks_like_headline(t) && !t.contains(['›', '»', '>', '|', '/']) && !t.to_lowercase().starts_with("share ")
}

/// The page's frame, found from its shape rather than from known words: the article's
/// running text is the first run of prose lines; its header (headline, dek, byline,
/// date) stands just above it, and what stands above the headline is the site's menus
/// and banners; the last prose of the article is followed by lists of links, topics and
/// footer lines. Marks those as chrome (a site the tables have never seen: "Search
/// jobs", "Learn more about", "Container Shipping"). Leaves alone the lines the header
/// pass reads: outlet names, dates, and the section just above the headline.
fn mark_frame(texts: &[&str], chrome: &mut [Option<Reason>]) -> Option<usize> {
    let content: Vec<usize> = (0..texts.len()).filter(|&i| !texts[i].trim().is_empty() && chrome[i].is_none()).collect();
    let text = |k: usize| texts[content[k]].trim();
    let prose: Vec<bool> = (0..content.len()).map(|k| is_prose(text(k))).collect();
    // The body: a prose line with at least two more among the three lines after it.
    let start = (0..content.len()).find(|&k| prose[k] && prose[k + 1..(k + 4).min(content.len())].iter().filter(|p| **p).count() >= 2)?;
    // A byline with or without "By"; without it, a name of no word that is never a name
    // (`gazetteer::NEVER_NAMES`: "Your Money") and no picture agency ("Getty Images").
    let byline = |t: &str| {
        inline::byline_line(t, false).is_some_and(|b| {
            inline::byline_at(t, true).is_some()
                || !inline::agency_line(t)
                    && !b.authors.iter().flat_map(|a| a.split_whitespace()).any(|w| crate::entities::gazetteer::NEVER_NAMES.contains(&w))
        })
    };
    let header_line = |t: &str| inline::outlet_line(t).is_none() && (parse_timestamp_line(t).is_some() || byline(t));
    // The bylines and dates above the body, within the header's reach, nearest first.
    let anchors: Vec<usize> = (start.saturating_sub(12)..start).rev().filter(|&k| header_line(text(k))).collect();
    // Between the headline and the byline may stand the lead picture: its caption and
    // its credit ("Credit...Inês Valadares for The New York Times").
    let credit = |t: &str| !inline::find_credits(t).is_empty() || inline::credit_line(t) || inline::credited_outlet(t).is_some();
    // The headline: the topmost of at most two headline-like lines (headline and dek)
    // above the byline and date block, else just above the body (an author's name set
    // above the headline is no such block).
    let headline_above = |mut k: usize, skip_header: bool| {
        // A line between two header lines is the header's too ("By A and B" / "Reporting
        // from Ponte de Lima and Porto, Portugal" / "March 15, 2027").
        let sandwiched = |j: usize| j >= 1 && header_line(text(j - 1)) && word_count(text(j)) <= 8 && !inline::ends_sentence(text(j));
        while skip_header && k > 0 && (header_line(text(k - 1)) || sandwiched(k - 1)) {
            k -= 1;
        }
        if skip_header && k > 0 && credit(text(k - 1)) {
            k -= 1;
            if k > 0 && !frame_headline(text(k - 1)) && inline::ends_sentence(text(k - 1)) {
                k -= 1;
            }
        }
        // The headline, or a dek (a headline's line or one to three short sentences: "The
        // carrier knew on Thursday. It told the regulator on Monday. Now it faces …") under it.
        // Just over the byline and date, a headline may end with a full stop ("A 6.4 quake
        // hit Ostrevia while people slept. At least 43 are dead."), but not a dateline
        // ("Owen Sound, Ont.").
        let stopped = |j: usize| {
            let t = text(j);
            skip_header
                && j + 1 == k
                && t.ends_with('.')
                && (6..=20).contains(&word_count(t))
                && segment::sentences(t).len() <= 2
                && frame_headline(t.trim_end_matches('.'))
        };
        let headline_at = |j: usize| (frame_headline(text(j)) || stopped(j)) && !credit(text(j)) && !header_line(text(j));
        let dek_at = |j: usize| {
            headline_at(j) || word_count(text(j)) >= 4 && text(j).chars().count() <= 320 && segment::sentences(text(j)).len() <= 3
        };
        match k {
            0 => None,
            1 => headline_at(0).then_some(0),
            // A headline is longer than a menu item ("Learn more about").
            _ if dek_at(k - 1) && headline_at(k - 2) && word_count(text(k - 2)) >= 4 => Some(k - 2),
            _ => headline_at(k - 1).then_some(k - 1),
        }
    };
    let headline = anchors.iter().find_map(|&a| headline_above(a, true)).or_else(|| headline_above(start, false));
    // The masthead: among the first three lines of a page, over the headline, a name of
    // two to four capitalised words ("WorldCast News", "The Northern Chronicle"); a
    // one-word line is a menu item as often ("Newsletters"), a call to act is a promo
    // ("Try Meridian Terminal").
    let masthead = headline.and_then(|h| {
        (0..h.min(3))
            .find(|&j| {
                let words: Vec<&str> = text(j).split_whitespace().collect();
                (2..=4).contains(&words.len())
                    && words
                        .iter()
                        .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '&' | '\'' | '’')))
                    && !MASTHEAD_NOT_FIRST.contains(&words[0].to_lowercase().as_str())
            })
            // Else a name the page gives twice in a row over the headline, a logo's text and
            // then the name ("Gist" / "Gist" under a reposting app's wrapper).
            .or_else(|| {
                (0..h.saturating_sub(1)).find(|&j| {
                    let words: Vec<&str> = text(j).split_whitespace().collect();
                    text(j) == text(j + 1)
                        && (1..=4).contains(&words.len())
                        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphanumeric))
                        && !MASTHEAD_NOT_FIRST.contains(&words[0].to_lowercase().as_str())
                })
            })
            // Else a line over the headline that the copyright notice at the foot of the page
            // names ("The Sentinel" / "© 2027 Sentinel News & Media Limited"): the site's own
            // name, wherever its menus put it.
            .or_else(|| {
                // The notice is boilerplate, already marked: read it among all the lines.
                let holder = texts.iter().rev().find_map(|t| copyright_holder(t.trim()))?;
                (0..h).find(|&j| {
                    let name = inline::without_logo_link(text(j));
                    let name = name.strip_prefix("The ").unwrap_or(name);
                    name.split_whitespace().count() <= 3 && name.starts_with(char::is_uppercase) && opens_with_name(holder, name)
                })
            })
    });
    if let Some(h) = headline {
        for j in 0..h {
            let t = text(j);
            let read_by_header = inline::outlet_line(t).is_some()
                || inline::repost_source(t).is_some()
                || parse_timestamp_line(t).is_some()
                // The section just over the headline ("Supply Chain"), not a menu line the
                // header pass would take for the headline ("Learn more about").
                || j + 1 == h && looks_like_section(t) && !looks_like_headline(t)
                || !inline::find_credits(t).is_empty();
            if !read_by_header {
                chrome[content[j]] = Some(Reason::Navigation);
            }
        }
    }
    // The trailer: from three lines that are not prose, lines of which at most a quarter
    // are short prose (a site's boilerplate) and the rest links, topics and menus; a long
    // prose line (an excerpt appended after the article) is never trailer.
    let n = content.len();
    let mut prose_after = 0;
    let mut trailer = None;
    // An explainer's last answers: short sentences under a question ("How long did the
    // trial last?" / "The trial lasted four months.").
    let answered =
        |j: usize| j + 1 < n && text(j).trim_end().ends_with('?') && word_count(text(j + 1)) >= 4 && text(j + 1).trim_end().ends_with('.');
    // A subhead in capitals over a sentence ("WHAT'S NEXT" / "The museum is closed
    // indefinitely."), as the article's own subheads are set: the article goes on to
    // there at least, and what the footer's link lists make look like a trailer above it
    // (a box of figures, "5: objects stolen") is the article's too.
    let subheaded = |j: usize| {
        j + 1 < n
            && inline::in_capitals(text(j))
            && word_count(text(j)) <= 6
            && word_count(text(j + 1)) >= 4
            && text(j + 1).trim_end().ends_with('.')
    };
    // The sign-off ("Reporting by …; Editing by …", "About the author") closes the
    // article: the short line above it ("It will remain closed until further notice.")
    // is the article's last.
    let signed_off = (start..n).find(|&k| {
        let next = content.get(k + 1).copied().unwrap_or(texts.len());
        (content[k] + 1..next).any(|i| chrome[i] == Some(Reason::AuthorFooter))
    });
    // A box of figures ("BY THE NUMBERS" / "1,876: patients in the trial" / "19:
    // countries"): two such lines, or one under a subhead in capitals, are the article's.
    let boxed = |k: usize| {
        figure_item(text(k))
            && (k + 1 < n && figure_item(text(k + 1)) || k >= 1 && (figure_item(text(k - 1)) || inline::in_capitals(text(k - 1))))
    };
    // A short quoted sentence under a paragraph ("That is what we did last time.") is
    // the speaker's last words, not a link: a headline closes no sentence inside quotes.
    // So is a short plain sentence there ("Its capital is Amarel."), over a line that is
    // no sentence: a link list's headlines end without a full stop.
    let last_words = |k: usize| {
        k >= 1
            && prose[k - 1]
            && (quoted_sentence(text(k)) || short_sentence(text(k)) && (k + 1 >= n || !inline::ends_sentence(text(k + 1))))
    };
    for k in (start + 1..n).rev() {
        // A caption under "Image caption," is the article's picture's.
        if subheaded(k) || boxed(k) || last_words(k) || signed_off.is_some_and(|s| k <= s) || k >= 1 && lone_caption_label(text(k - 1)) {
            break;
        }
        if prose[k] {
            if text(k).chars().count() > 200 {
                break;
            }
            prose_after += 1;
        }
        let lines = n - k;
        // It opens with three lines that are not prose, so a subhead above the last
        // paragraphs does not start it, nor an explainer's last answers.
        if lines >= 3 && !(k..k + 3).any(|j| prose[j] || answered(j)) && prose_after * 4 <= lines {
            trailer = Some(k);
        }
    }
    if let Some(t) = trailer {
        for k in t..n {
            chrome[content[k]] = Some(if word_count(text(k)) >= 4 { Reason::RelatedLink } else { Reason::Navigation });
        }
    }
    masthead.map(|k| content[k])
}

/// A whole sentence in quotation marks, of three words or more, its full stop (or
/// question or exclamation mark) inside them (“We will fly again.”).
fn quoted_sentence(t: &str) -> bool {
    let t = t.trim();
    t.starts_with(['"', '\u{201c}'])
        && ['"', '\u{201d}'].iter().any(|q| t.strip_suffix(*q).is_some_and(|s| s.ends_with(['.', '?', '!'])))
        && word_count(t) >= 3
}

/// One short sentence of three words or more that opens with a capital and ends with a
/// full stop ("Its capital is Amarel."), not a dated link.
fn short_sentence(t: &str) -> bool {
    let t = t.trim();
    (3..8).contains(&word_count(t))
        && t.starts_with(char::is_uppercase)
        && t.ends_with('.')
        && segment::sentences(t).len() == 1
        && t.split_whitespace().skip(1).any(|w| w.starts_with(char::is_lowercase))
        && !dated_link(t)
}

/// A line of a box of figures: a figure, a colon and what it counts ("1,876: patients in
/// the trial", "$12.7B: market value wiped out", "27.4%: brain-swelling rate").
fn figure_item(t: &str) -> bool {
    let Some((figure, what)) = t.trim().split_once(':') else { return false };
    let figure = figure.trim_start_matches(['$', '€', '£', '~']);
    figure.starts_with(|c: char| c.is_ascii_digit())
        && figure.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ',' | '%' | '-' | ' '))
        && figure.split_whitespace().count() <= 2
        && what.starts_with(' ')
        && what.split_whitespace().count() >= 1
        && !inline::ends_sentence(what)
}

#[derive(PartialEq)]
enum Phase {
    BeforeHeadline,
    AfterHeadline,
}

/// Reads the header lines; returns the index of the first body line.
fn header(b: &mut Builder, lines: &[Span], texts: &[&str], chrome: &[Option<Reason>]) -> usize {
    let mut phase = Phase::BeforeHeadline;
    let next_content = |from: usize| (from..lines.len()).find(|&j| !texts[j].trim().is_empty() && chrome[j].is_none());
    let mut i = 0;
    // After a lone agency credit ("Getty Images"), a line that does not end like a
    // sentence is the picture's caption.
    let mut caption_next = false;
    while i < lines.len() {
        let (line, raw) = (lines[i], texts[i]);
        let t = raw.trim();
        if t.is_empty() {
            i += 1;
            continue;
        }
        if std::mem::take(&mut caption_next) && !inline::ends_sentence(t) && t.chars().count() <= 200 && chrome[i].is_none() {
            b.passage(line, PassageKind::Caption);
            i += 1;
            continue;
        }
        // Under the byline, a credit no table knows ("Astrelle Launch Systems") set over
        // its picture's caption, a line that does not end like a sentence, with the
        // story's first sentence under it.
        let has_authors = b.cur().meta.authors.is_some();
        let unknown_credit = || {
            phase == Phase::AfterHeadline
                && has_authors
                && (1..=5).contains(&word_count(t))
                && t.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || w == "&")
                && !t.chars().any(|c| c.is_ascii_digit())
                && !inline::ends_sentence(t)
                && inline::outlet_line(t).is_none()
                && !t.split_whitespace().any(|w| super::rules::JOURNALIST_ROLES.contains(&w.trim_end_matches(',')))
                && next_content(i + 1).is_some_and(|j| {
                    let caption = texts[j].trim();
                    word_count(caption) >= 5
                        && caption.chars().count() <= 200
                        && !inline::ends_sentence(caption)
                        && next_content(j + 1).is_some_and(|k| inline::ends_sentence(texts[k].trim()))
                })
        };
        if (inline::agency_line(t) || unknown_credit()) && chrome[i].is_none() {
            b.chrome(line, Reason::PhotoCredit);
            caption_next = true;
            i += 1;
            continue;
        }
        outlet_from_credit(b, t);
        // "From the section Tennis" (a broadcaster's sport pages) states the section: it
        // wins over a guess from the menu line over the headline ("Kingsmere").
        if let Some(section) = inline::section_statement(t) {
            b.set_meta(|m| m.section = Some(field(section, t)));
            b.meta(line);
            i += 1;
            continue;
        }
        if let Some(reason) = chrome[i] {
            b.chrome(line, reason);
            i += 1;
            continue;
        }
        if let Some(outlet) = inline::repost_source(t) {
            if b.cur().meta.outlet.is_none() {
                b.set_meta(|m| m.outlet = Some(field(outlet, t)));
            }
            b.meta(line);
            i += 1;
            continue;
        }
        if let Some(outlet) = inline::outlet_line(t) {
            if b.cur().meta.outlet.is_none() {
                b.set_meta(|m| m.outlet = Some(field(outlet, t)));
                b.meta(line);
            } else {
                b.chrome(line, Reason::Masthead);
            }
            i += 1;
            continue;
        }
        if let Some(ts) = parse_timestamp_line(t) {
            if b.cur().meta.published.is_none() {
                b.set_meta(|m| m.published = Some(Field::text(ts, t)));
            }
            b.meta(line);
            i += 1;
            continue;
        }
        // A photo caption between the headline and the byline is body text; the
        // header goes on after it.
        if !inline::find_credits(t).is_empty() || inline::caption_line(t).is_some() {
            body_line(b, line, &mut false);
            i += 1;
            continue;
        }
        // The lead picture's caption, its credit on the next line ("Firefighters searched
        // the Lima River …" / "Credit...Inês Valadares for The New York Times"): the
        // header goes on after them.
        // A bare agency's name ("Getty Images") is set above its picture's caption, not
        // under it, and an author's role ("Business reporter") is no caption.
        let credit_under = |j: usize| credit_only(texts[j].trim()) && !inline::agency_line(texts[j].trim());
        if phase == Phase::AfterHeadline
            && word_count(t) >= 5
            && t.chars().count() <= 300
            && !credit_only(t)
            && next_content(i + 1).is_some_and(credit_under)
        {
            b.passage(line, PassageKind::Caption);
            i += 1;
            continue;
        }
        // "Reporting from Ponte de Lima and Porto, Portugal" under the byline: where the
        // story was reported from.
        if let Some(place) = reported_from(t).filter(|_| b.cur().meta.authors.is_some()) {
            if b.cur().meta.dateline.is_none() {
                b.set_meta(|m| m.dateline = Some(field(place, t)));
            }
            b.meta(line);
            i += 1;
            continue;
        }
        // "Updated 10:12 a.m. ET" under "Dec. 1, 2025": the revision time of that date.
        if let Some(revised) = revision_time(b, t) {
            b.set_meta(|m| m.published = Some(revised));
            b.meta(line);
            i += 1;
            continue;
        }
        // "Mira Castellanos" over the headline (Axios through an aggregator): an author's
        // name, a given name first, with no "By". Not when a byline with "By" follows the
        // headline: the line over it is then the section ("Asia Pacific", whose first word
        // is a given name too).
        let name_over_headline = || {
            word_count(t) <= 4
                && t.split_whitespace().next().is_some_and(|w| crate::entities::gazetteer::gazetteer().is_given_name(w))
                && next_content(i + 1).is_some_and(|j| {
                    looks_like_headline(texts[j].trim())
                        && !(j + 1..lines.len())
                            .filter(|&k| !texts[k].trim().is_empty())
                            .take(3)
                            .any(|k| inline::byline_line(texts[k].trim(), true).is_some())
                })
        };
        let need_intro = phase == Phase::BeforeHeadline && !name_over_headline();
        if let Some(byline) = inline::byline_line(t, need_intro) {
            set_byline(b, &byline, t);
            b.meta(line);
            i += 1;
            continue;
        }
        match phase {
            Phase::BeforeHeadline => {
                // "Thailand and Cambodia agree to a truce. The hard part comes next.": a
                // headline may end with a full stop when the byline or the date follows.
                let header_follows = || {
                    (i + 1..lines.len())
                        .filter(|&j| !texts[j].trim().is_empty() && chrome[j].is_none())
                        .take(4)
                        .any(|j| parse_timestamp_line(texts[j].trim()).is_some() || inline::byline_line(texts[j].trim(), true).is_some())
                };
                let stopped = t.ends_with('.') && word_count(t) <= 20 && segment::sentences(t).len() <= 2;
                if looks_like_headline(t) || stopped && looks_like_headline(t.trim_end_matches('.')) && header_follows() {
                    b.set_meta(|m| m.headline = Some(field(t, t)));
                    b.meta(line);
                    phase = Phase::AfterHeadline;
                } else if looks_like_section(t) && next_content(i + 1).is_some() && b.cur().meta.section.is_none() {
                    b.set_meta(|m| m.section = Some(field(t, t)));
                    b.meta(line);
                } else if looks_like_section(t) && next_content(i + 1).is_some() {
                    // The rest of a breadcrumb trail ("World", "Europe", "Germany"): the
                    // section is its first step; the others are the site's menus.
                    b.chrome(line, Reason::Navigation);
                } else {
                    return i;
                }
            }
            Phase::AfterHeadline => {
                let is_header = |j: usize| {
                    let n = texts[j].trim();
                    parse_timestamp_line(n).is_some() || inline::byline_line(n, true).is_some()
                };
                // The byline may come after the lead picture: its caption, then a line
                // that is only its credit.
                let next_is_header = next_content(i + 1).is_some_and(|j| {
                    is_header(j)
                        || next_content(j + 1).is_some_and(|k| credit_only(texts[k].trim()) && next_content(k + 1).is_some_and(is_header))
                });
                let m = &b.cur().meta;
                let after_byline = i > 0
                    && m.authors.is_some()
                    && (0..i)
                        .rev()
                        .find(|&j| !texts[j].trim().is_empty())
                        .is_some_and(|j| inline::byline_line(texts[j].trim(), false).is_some());
                // "Rachel Tan / BBC News, Singapore / and / Nopparat Chaiyasit": a byline
                // set one name to a line, each with its role.
                let and_next = ["and", "&"].contains(&t.to_lowercase().as_str()) && m.authors.is_some();
                let next_byline = next_content(i + 1).and_then(|j| Some((j, inline::byline_line(texts[j].trim(), false)?)));
                if let (true, Some((j, more))) = (and_next, next_byline) {
                    let evidence = texts[j].trim().to_string();
                    b.set_meta(|m| {
                        if let Some(authors) = m.authors.as_mut() {
                            for a in &more.authors {
                                if !authors.value.contains(a) {
                                    authors.value.push(a.clone());
                                }
                            }
                            authors.evidence = Some(format!("{} and {evidence}", authors.evidence.clone().unwrap_or_default()));
                        }
                    });
                    b.meta(line);
                    b.meta(lines[j]);
                    i = j + 1;
                    continue;
                }
                if after_byline && looks_like_author_role(t) {
                    // "Europe digital editor" under "Paul Kirby".
                    b.meta(line);
                } else if m.dek.is_none() && m.authors.is_none() && looks_like_dek(t, next_is_header) {
                    b.set_meta(|m| m.dek = Some(field(t, t)));
                    b.meta(line);
                } else {
                    return i;
                }
            }
        }
        i += 1;
    }
    lines.len()
}

fn set_byline(b: &mut Builder, byline: &Byline, evidence: &str) {
    let authors = byline.authors.clone();
    let outlet = byline.outlet.map(str::to_string).or_else(|| byline.outlet_named.clone());
    let ts = byline.timestamp.clone();
    b.set_meta(|m| {
        if m.authors.is_none() && !authors.is_empty() {
            m.authors = Some(Field::text(authors, evidence));
        }
        if let (None, Some(o)) = (&m.outlet, outlet) {
            m.outlet = Some(Field::text(o, evidence));
        }
        if let (None, Some((ts, ev))) = (&m.published, ts) {
            m.published = Some(Field::text(ts, &ev));
        }
    });
}

fn word_count(t: &str) -> usize {
    t.split_whitespace().count()
}

/// A headline: several words, not too long, not ending like a sentence with a full stop.
fn looks_like_headline(t: &str) -> bool {
    let words = word_count(t);
    // "WORK & CAREERS": a menu set in capitals.
    if words <= 4 && t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase) {
        return false;
    }
    (3..=40).contains(&words) && t.chars().count() <= 220 && !t.ends_with('.') && inline::dateline_at(t).is_none() && !t.ends_with(':')
}

/// An author's job title on the line under a byline ("Europe digital editor").
fn looks_like_author_role(t: &str) -> bool {
    let words = word_count(t);
    (1..=6).contains(&words) && t.chars().count() <= 50 && !inline::ends_sentence(t) && !t.chars().any(|c| c.is_ascii_digit())
}

/// A section name above the headline ("World", "Middle East"); not a button ("Follow").
fn looks_like_section(t: &str) -> bool {
    let words = word_count(t);
    !super::rules::BUTTONS.contains(&t.to_lowercase().as_str())
        && words <= 3
        && t.chars().count() <= 30
        && !inline::ends_sentence(t)
        && !t.chars().any(|c| c.is_ascii_digit())
        && t.starts_with(|c: char| c.is_uppercase())
}

/// A dek (standfirst) under the headline: what comes before a byline, or a line that
/// does not end like a sentence, or one short sentence that reports no speech.
fn looks_like_dek(t: &str, next_is_header: bool) -> bool {
    let len = t.chars().count();
    if len > 320 || word_count(t) < 4 || inline::dateline_at(t).is_some() {
        return false;
    }
    if next_is_header || !inline::ends_sentence(t) {
        return true;
    }
    let lower = t.to_lowercase();
    let reports_speech = [" said", " told ", "according to", " says,"].iter().any(|w| lower.contains(w));
    segment::sentences(t).len() == 1 && len <= 160 && !reports_speech
}

fn body_line(b: &mut Builder, line: Span, in_summary: &mut bool) {
    let t = b.slice(line);
    let trimmed = t.trim();
    // "Image caption, X" (BBC), "Photo: X (Agency)".
    // "Photo: Port of Rotterdam Authority / Pieter Moerman" under a caption: a credit.
    if inline::caption_line(trimmed).is_some() && inline::credit_line(trimmed) {
        b.caption_last_passage();
        b.chrome(line, Reason::PhotoCredit);
        return;
    }
    // "Item 1 of 3 Mojca Kovačič gestures… Meridian/Jure Makovec Purchase Licensing
    // Rights, opens new tab", then "[1/3]" and the same caption: a caption the page gives
    // again is removed.
    if let Some((prefix, credit)) = inline::caption_line(trimmed) {
        caption_passages(b, line, prefix, credit);
        return;
    }
    if is_dash_line(trimmed) {
        b.markup(line);
        return;
    }
    // A timestamp or a "By …" byline on a line of its own is metadata wherever it stands.
    if let Some(ts) = parse_timestamp_line(trimmed) {
        if b.cur().meta.published.is_none() {
            b.set_meta(|m| m.published = Some(Field::text(ts, trimmed)));
        }
        b.meta(line);
        return;
    }
    if b.cur().meta.authors.is_none() {
        if let Some(byline) = inline::byline_line(trimmed, true) {
            set_byline(b, &byline, trimmed);
            b.meta(line);
            return;
        }
    }
    // "Tom Ashby, Europe reporter": the signature over a correspondent's analysis box.
    if signed_box(trimmed) {
        b.meta(line);
        return;
    }
    // "Chandan Khanna/AFP/Getty Images" under a caption line.
    if inline::credit_line(trimmed) {
        b.caption_last_passage();
        b.chrome(line, Reason::PhotoCredit);
        return;
    }
    // "Source: Al Jazeera and news agencies".
    if let Some(rest) = trimmed.strip_prefix("Source: ").filter(|r| r.chars().count() <= 80) {
        match inline::outlet_at(rest) {
            Some((outlet, _)) if b.cur().meta.outlet.is_none() => {
                b.set_meta(|m| m.outlet = Some(field(outlet, trimmed)));
                b.meta(line);
            }
            _ => b.chrome(line, Reason::Boilerplate),
        }
        return;
    }
    // A closing author biography: "Andrew E. Kramer is the Kyiv bureau chief …".
    if is_author_bio(b, trimmed) {
        b.chrome(line, Reason::AuthorFooter);
        return;
    }
    if inline::summary_heading_at(trimmed, false).is_some() {
        b.markup(line);
        *in_summary = true;
        return;
    }
    if let Some(marker) = inline::bullet_at(t) {
        let at = line.start as usize + marker;
        b.markup(Span::new(line.start as usize, at));
        let kind = if *in_summary { PassageKind::Summary } else { PassageKind::Bullet };
        let rest = Span::new(at, line.end as usize);
        if let Some((label, used)) = inline::label_at(b.slice(rest)) {
            b.label(Span::new(at, at + used), &label);
            b.passage(Span::new(at + used, line.end as usize), kind);
        } else {
            b.passage(rest, kind);
        }
        return;
    }
    // "Key points" over lines without bullets: each short line that does not end like a
    // sentence ("Stellmark boards reject bid as "opportunistic"") is a point of it.
    // A caption with its credit is no point ("Summary" is also a button: WaPo).
    let point = *in_summary
        && (3..=25).contains(&word_count(trimmed))
        && !trimmed.ends_with(['.', '!', '?', ':'])
        && inline::dateline_at(trimmed).is_none()
        && inline::find_credits(trimmed).is_empty()
        && inline::caption_line(trimmed).is_none();
    if point {
        let start = line.start as usize + (t.len() - t.trim_start().len());
        b.passage(Span::new(start, start + trimmed.len()), PassageKind::Summary);
        return;
    }
    *in_summary = false;

    // A signature with another outlet's name and a date opens an appended excerpt.
    let mut signature = None;
    if let Some((at, sig)) = inline::find_signature(t) {
        let host = b.host();
        let has_body = !host.passages.is_empty();
        let other_outlet = host.meta.outlet.as_ref().is_none_or(|o| Some(o.value.as_str()) != sig.outlet);
        if has_body && other_outlet {
            b.start_appended(line.start as usize);
            set_byline(b, &sig, &t[at..at + sig.len]);
            signature = Some((at, sig.len));
        }
    }

    let mut start = line.start as usize;
    if signature.is_none() {
        if let Some((label, used)) = inline::label_at(t.trim_start()) {
            let lead = t.len() - t.trim_start().len();
            b.label(Span::new(start + lead, start + lead + used), &label);
            start += lead + used;
        }
    }
    cut_line(
        b,
        Span::new(start, line.end as usize),
        signature.map(|(at, len)| Span::new(line.start as usize + at, line.start as usize + at + len)),
    );
}

/// A line that is only a photo credit: "Credit...Inês Valadares for The New York Times",
/// "Chandan Khanna/AFP/Getty Images", "Getty Images".
fn credit_only(t: &str) -> bool {
    inline::agency_line(t) || inline::credit_line(t) || inline::find_credits(t).first().is_some_and(|c| c.start == 0 && c.end == t.len())
}

/// The place of a "Reporting from Kyiv, Ukraine" line.
fn reported_from(t: &str) -> Option<&str> {
    let place = t.strip_prefix("Reporting from ")?.trim();
    let words = word_count(place);
    ((1..=8).contains(&words) && !inline::ends_sentence(place) && place.starts_with(char::is_uppercase)).then_some(place)
}

/// "Updated 10:12 a.m. ET" read against the date already in the header.
fn revision_time(b: &mut Builder, t: &str) -> Option<Field<crate::document::Timestamp>> {
    if !t.to_ascii_lowercase().starts_with("updated") {
        return None;
    }
    let published = b.cur().meta.published.as_ref()?;
    let date = published.evidence.clone()?;
    let combined = format!("{date} {t}");
    if let Some(ts) = parse_timestamp_line(&combined) {
        return Some(Field::text(ts, &combined));
    }
    // "Updated 09:40" under "Tuesday 18 May 2027, 07:15", which has a time already: the
    // same day, the new time.
    let v = &published.value;
    let month = crate::dates::MONTHS_FULL.get(usize::from(v.month).checked_sub(1)?)?;
    let ts = parse_timestamp_line(&format!("{} {month} {} {t}", v.day, v.year?))?;
    Some(Field::text(ts, &combined))
}

/// A paragraph that opens with a byline author's name and a biography verb.
fn is_author_bio(b: &mut Builder, t: &str) -> bool {
    let Some(authors) = b.cur().meta.authors.as_ref() else { return false };
    t.len() < 400
        && authors.value.iter().any(|name| {
            t.strip_prefix(name.as_str()).is_some_and(|rest| super::rules::AUTHOR_BIO_VERBS.iter().any(|v| rest.starts_with(v)))
        })
}

/// A cut inside a line.
#[derive(Debug, Clone, Copy)]
enum Cut {
    Chrome(Reason),
    Credit,
    Signature,
}

/// Cuts one body line into passages around credits, footers, signatures and notes.
fn cut_line(b: &mut Builder, span: Span, signature: Option<Span>) {
    let base = span.start as usize;
    let t = b.slice(span);
    let mut cuts: Vec<(Span, Cut)> = Vec::new();
    for c in inline::find_credits(t) {
        cuts.push((Span::new(base + c.start, base + c.end), Cut::Credit));
    }
    if let Some(at) = inline::find_footer(t) {
        cuts.push((Span::new(base + at, span.end as usize), Cut::Chrome(Reason::AuthorFooter)));
    }
    if let Some(sig) = signature {
        cuts.push((sig, Cut::Signature));
        for (s, e, r) in inline::find_repost_chrome(t) {
            cuts.push((Span::new(base + s, base + e), Cut::Chrome(r)));
        }
    }
    cuts.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    // Drop cuts that overlap an earlier one.
    let mut kept: Vec<(Span, Cut)> = Vec::new();
    for (s, c) in cuts {
        if kept.last().is_some_and(|(k, _)| s.start < k.end) {
            continue;
        }
        kept.push((s, c));
    }

    let before_signature = signature.map(|s| s.start);
    let mut pos = base;
    for (s, cut) in kept {
        let region = Span::new(pos, s.start as usize);
        let pre = before_signature.is_some_and(|at| (s.start as usize) <= at as usize);
        match cut {
            Cut::Credit => {
                // A line of its own that ends in a credit is the picture's caption, all of
                // it ("Ships wait off the coast during the strike. At its peak, 146 vessels
                // were at anchor. Photograph: …"); in running text, only the sentence
                // before the credit is.
                let whole_line = region.start as usize == base && b.slice(Span::new(s.end as usize, span.end as usize)).trim().is_empty();
                let short = segment::sentences(b.slice(region)).len() <= 3 && b.slice(region).chars().count() <= 300;
                let caption_start =
                    if whole_line && short && signature.is_none() { region.start as usize } else { region_with_caption(b, region, pre) };
                b.passage(Span::new(caption_start, s.start as usize), PassageKind::Caption);
                b.chrome(s, Reason::PhotoCredit);
            }
            Cut::Chrome(reason) => {
                region_text(b, region, pre);
                b.chrome(s, reason);
            }
            Cut::Signature => {
                region_text(b, region, true);
                b.meta(s);
            }
        }
        pos = s.end as usize;
    }
    region_text(b, Span::new(pos, span.end as usize), false);
}

/// Emits the part of `region` before its last sentence (the caption); returns where the
/// caption starts.
fn region_with_caption(b: &mut Builder, region: Span, pre_signature: bool) -> usize {
    let text = b.slice(region);
    let sentences = segment::sentences(text);
    let Some(last) = sentences.last() else {
        return region.end as usize;
    };
    let caption_start = region.start as usize + last.start as usize;
    region_text(b, Span::new(region.start as usize, caption_start), pre_signature);
    caption_start
}

/// Emits running text: a dateline if it opens the document's first paragraph, an
/// in-line summary list, or plain paragraphs. Text before an excerpt's signature is its dek.
fn region_text(b: &mut Builder, region: Span, pre_signature: bool) {
    let Some(region) = b.trim(region) else { return };
    let text = b.slice(region);
    let base = region.start as usize;
    if pre_signature
        && b.cur().meta.dek.is_none()
        && b.cur().passages.is_empty()
        && segment::sentences(text).len() <= 2
        && text.chars().count() <= 400
    {
        b.set_meta(|m| m.dek = Some(field(text, text)));
        b.meta(region);
        return;
    }
    let mut start = base;
    // The first paragraph of the story: no paragraph of sentences before it (summary
    // points above it do not end like sentences: "Shares fall as much as 7.8%").
    let source = b.text;
    let first_paragraph = !b.cur().passages.iter().any(|p| {
        p.0 == PassageKind::Paragraph && inline::ends_sentence(source.get(p.2.start as usize..p.2.end as usize).unwrap_or("").trim())
    });
    if first_paragraph && b.cur().meta.dateline.is_none() {
        if let Some(d) = inline::dateline_at(text) {
            let evidence = &text[..d.len];
            let (place, agency) = (d.place.clone(), d.agency.clone());
            b.set_meta(|m| {
                m.dateline = Some(field(place, evidence));
                if let (None, Some(a)) = (&m.outlet, agency) {
                    m.outlet = Some(field(a, evidence));
                }
            });
            b.meta(Span::new(base, base + d.len));
            start = base + d.len;
        }
    }
    let rest = &b.text[start..region.end as usize];
    if let Some(used) = inline::summary_heading_at(rest, true) {
        b.markup(Span::new(start, start + used));
        let item_start = start + used;
        let body = &b.text[item_start..region.end as usize];
        let mut offset = 0;
        for piece in body.split(" -- ") {
            let s = item_start + offset;
            b.passage(Span::new(s, s + piece.len()), PassageKind::Summary);
            offset += piece.len();
            if offset < body.len() {
                b.markup(Span::new(item_start + offset, item_start + offset + 4));
                offset += 4;
            }
        }
        return;
    }
    b.passage(Span::new(start, region.end as usize), PassageKind::Paragraph);
}

#[cfg(test)]
mod tests {
    use super::{copyright_holder, dated_link, inline, opens_with_name, signed_box};

    #[test]
    fn a_copyright_notice_names_its_holder() {
        assert_eq!(copyright_holder("© 2027 Sentinel News & Media Limited"), Some("Sentinel News & Media Limited"));
        assert_eq!(copyright_holder("Copyright 2019-2026 The Loadline. All rights reserved."), Some("Loadline. All rights reserved."));
        assert_eq!(copyright_holder("The Sentinel"), None);
        assert!(opens_with_name("Sentinel News & Media Limited", "Sentinel"));
        assert_eq!(inline::without_logo_link("The Courier - Back to home"), "The Courier");
        assert_eq!(inline::without_logo_link("The Courier"), "The Courier");
        assert_eq!(inline::without_logo_link("Home"), "Home");
        assert!(signed_box("Tom Ashby, Europe reporter"));
        assert!(signed_box("Jana Novak, Central Europe correspondent"));
        assert!(!signed_box("Kovačič, the party's leader and former reporter"));
        assert!(!signed_box("Tom Ashby, Europe reporter, said the vote was close."));
        assert!(!signed_box("The court, the editor"));
        assert!(dated_link("Slovenia's centre-right wins snap vote; Žnidaršič concedes (April 12, 2027)"));
        assert!(!dated_link("The court ruled on the appeal, which was filed last spring (April 12, 2027)."));
        assert!(!dated_link("Prices rose sharply in the third quarter, the report said. (April 12, 2027)"));
        assert!(!dated_link("The vote was held on Sunday (the second round)"));
        assert!(!opens_with_name("Sentinels Ltd", "Sentinel"));
    }

    use crate::clean::parse_file;

    /// A page from a site no table knows: its menus, banner, share controls, topic list,
    /// related headlines and footer are found from the page's shape.
    #[test]
    fn the_frame_of_an_unknown_site() {
        let page = "Accept cookies\nThe Harbour Gazette\nOur journalism since 1872\nPorts\nShipping lines\nWeather\nLearn more about\n\
            Ferry operators settle pay dispute after long night of talks\n\
            By Jane Holt\n\
            June 3, 2027\n\
            Ferry operators and the crew union agreed a pay deal early on Friday after eleven hours of talks in Dover.\n\
            The agreement gives crews a 6% rise over two years and ends a week of cancelled sailings.\n\
            \"This is a fair settlement for everyone who works on the ships,\" the union's leader said outside the hall.\n\
            Sailings will resume on Saturday morning, the operators said in a statement.\n\
            Shipping\n\
            Unions\n\
            Ferries\n\
            Storm closes harbour for second day\n\
            Container rates climb again in May\n\
            Terms of use\n\
            Privacy\n\
            All content is the property of its owners.\n";
        let d = parse_file("gazette.txt", page).documents.remove(0);
        assert_eq!(
            d.meta.headline.as_ref().map(|h| h.value.as_str()),
            Some("Ferry operators settle pay dispute after long night of talks")
        );
        assert_eq!(d.meta.authors.as_ref().map(|a| a.value.clone()), Some(vec!["Jane Holt".to_string()]));
        // The masthead names the outlet no table knows.
        assert_eq!(d.meta.outlet.as_ref().map(|o| o.value.as_str()), Some("The Harbour Gazette"));
        let texts: Vec<&str> = d.passages.iter().map(|p| d.passage_text(p)).collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        // A call to act over the headline is no masthead.
        let promo = page.replace("The Harbour Gazette", "Try Gazette Premium");
        let d = parse_file("gazette.txt", &promo).documents.remove(0);
        assert_eq!(d.meta.outlet, None);
        assert!(texts[0].starts_with("Ferry operators and the crew union"), "{texts:?}");
        assert!(texts[3].starts_with("Sailings will resume"), "{texts:?}");
        // An article with no frame at all loses nothing to it (its first short sentence
        // is read as the dek, as before).
        let bare =
            "Ferry operators settle pay dispute\n\nFerry operators and the crew union agreed a pay deal early on Friday after talks.\n\
            The agreement gives crews a 6% rise over two years and ends a week of cancelled sailings.\n\
            Sailings will resume on Saturday morning, the operators said in a statement today.\n";
        let d = parse_file("bare.txt", bare).documents.remove(0);
        assert!(d.removed.is_empty(), "{:?}", d.removed);
        assert_eq!(d.passages.len() + usize::from(d.meta.dek.is_some()), 3);
    }

    #[test]
    fn a_name_given_twice_over_the_headline_is_the_masthead() {
        let page = "Get all your news in one place.\n100's of premium titles.\nOne app.\nStart reading\nGist\nGist\nWorld\n\n\
            Velesia and Ardania strike prisoner deal, squabble over water numbers\n\nJordan Ellery\nNov 14, 2027 - World\n\n\
            Velesia and Ardania agreed Sunday to swap every prisoner taken in their border war, after talks in Vienna.\n\n\
            Why it matters: It's the first real breakthrough between the two neighbours since the fighting.\n\n\
            The two delegations negotiated face-to-face for the first time, officials said.\n\n\
            The exchange will take place at the border crossing within two weeks, the mediators said.\n";
        let d = parse_file("gist.txt", page).documents.remove(0);
        assert_eq!(d.meta.outlet.as_ref().map(|o| o.value.as_str()), Some("Gist"));
        assert_eq!(
            d.meta.headline.as_ref().map(|h| h.value.as_str()),
            Some("Velesia and Ardania strike prisoner deal, squabble over water numbers")
        );
        // Said once, the same line is a menu's.
        let d = parse_file("gist.txt", &page.replacen("Gist\nGist\n", "Gist\n", 1)).documents.remove(0);
        assert_eq!(d.meta.outlet, None);
    }
}
