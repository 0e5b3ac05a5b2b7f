//! Recognisers that read one line or phrase: chrome lines, outlets, bylines,
//! datelines, section labels, bullets, photo credits, footers and reposting notes.
//!
//! Each returns byte offsets into the string it was given and never panics on any
//! input: every index it slices with comes from `char_indices` or a matched prefix.

use super::rules::*;
use crate::date::{self, parse_timestamp};
use crate::document::{Reason, Timestamp};

/// Lowercase, straight quotes, single spaces: the form the tables are written in.
pub fn normalize_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        let c = match c {
            '’' | '‘' | '`' => '\'',
            '“' | '”' => '"',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if space {
                continue;
            }
            space = true;
        } else {
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Whether the whole line is page chrome, and why.
pub fn chrome_line(line: &str) -> Option<Reason> {
    let n = normalize_line(line);
    if n.is_empty() {
        return None;
    }
    if let Some((_, r)) = CHROME_LINES.iter().find(|(t, _)| *t == n) {
        return Some(*r);
    }
    if let Some((_, r)) = CHROME_PREFIXES.iter().find(|(p, _)| n.starts_with(p)) {
        return Some(*r);
    }
    // "LIVE Follow updates on the Ostrevia earthquake": a link to the outlet's live page,
    // its badge in capitals, over the story's own headline.
    if line.trim_start().strip_prefix("LIVE ").is_some_and(|rest| rest.starts_with(char::is_uppercase)) && n.split(' ').count() <= 14 {
        return Some(Reason::Navigation);
    }
    // "Follow Sky News on WhatsApp": a link to the outlet's channel.
    const CHANNELS: &[&str] =
        &["whatsapp", "x", "twitter", "facebook", "instagram", "telegram", "threads", "bluesky", "linkedin", "youtube", "tiktok"];
    if n.starts_with("follow ") && n.split(' ').count() <= 8 && n.rsplit_once(" on ").is_some_and(|(_, c)| CHANNELS.contains(&c)) {
        return Some(Reason::Navigation);
    }
    // "Share: Facebook | X | LinkedIn | WhatsApp | Email": the share buttons on one line.
    let buttons: Vec<&str> = n.split(['|', '·', ',', ' ']).filter(|w| !w.is_empty()).collect();
    let button = |w: &str| {
        CHANNELS.contains(&w) || ["email", "e-mail", "link", "copy", "print", "share", "share:", "reddit", "messenger"].contains(&w)
    };
    if buttons.len() >= 3 && buttons.iter().all(|w| button(w)) {
        return Some(Reason::ShareBar);
    }
    // "share2", "Share 14": a share button with its counter.
    if n.strip_prefix("share").is_some_and(|rest| !rest.trim().is_empty() && rest.trim().chars().all(|c| c.is_ascii_digit())) {
        return Some(Reason::ShareBar);
    }
    // "12 comments", "Comments (12)".
    let words: Vec<&str> = n.split(' ').collect();
    // A site's controls: "Open side navigation menu", "Search the FT", "Add to myFT".
    let control = CONTROL_WORDS.iter().any(|w| words.windows(w.split(' ').count()).any(|x| x.join(" ") == *w));
    let verb = ["open", "close", "toggle", "show", "hide", "skip", "add", "go"].contains(&words[0]);
    if control && (words.len() <= 3 || verb && words.len() <= 5) || words.len() <= 4 && words[0] == "search" && words.get(1) == Some(&"the")
    {
        return Some(Reason::Navigation);
    }
    // A reading time: "6 min", "5 min read", "4 minute read".
    if words.len() <= 3
        && words[0].chars().all(|c| c.is_ascii_digit())
        && words.get(1).is_some_and(|w| ["min", "mins", "minute", "minutes"].contains(w))
        && words.get(2).is_none_or(|w| *w == "read")
    {
        return Some(Reason::Navigation);
    }
    if words.len() <= 3
        && words.iter().any(|w| w.trim_matches(|c: char| !c.is_alphabetic()) == "comments")
        // "Comments1,482": the counter glued on.
        && words.iter().all(|w| w.len() <= 16)
    {
        return Some(Reason::CommentWidget);
    }
    // A bar of counters: "♥ 204 · 💬 63 comments", "1.2K likes · 340 shares".
    const COUNTED: &[&str] = &["comments", "comment", "likes", "like", "shares", "reactions", "views", "replies"];
    let counter = |w: &&str| !w.chars().any(char::is_alphabetic) || w.chars().next().is_some_and(|c| c.is_ascii_digit()) && w.len() <= 6;
    if words.len() <= 10
        && words.iter().any(|w| COUNTED.contains(w))
        && words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        && words.iter().all(|w| COUNTED.contains(w) || counter(w))
    {
        return Some(Reason::CommentWidget);
    }
    for (suffix, r) in CHROME_SUFFIXES {
        let limit = if *r == Reason::AuthorFooter { 240 } else { 40 };
        // Not a date with its reading time ("Jul 11, 2027, 5:34 PM EDT · 4 min read").
        if n.len() <= limit && n.ends_with(suffix) && date::parse_timestamp_line(line.trim()).is_none() {
            return Some(*r);
        }
    }
    // A metered paywall's count, wherever it stands in its short line ("You have two
    // free articles left this month. Subscribe for unlimited access.").
    if n.len() <= 160 && !n.contains(['"', '“', '”']) && PAYWALL_PHRASES.iter().any(|p| n.contains(p)) {
        return Some(Reason::PaywallPrompt);
    }
    if n.len() <= 200 && !n.contains(['"', '“', '”']) && COOKIE_PHRASES.iter().any(|p| n.contains(p)) {
        return Some(Reason::Boilerplate);
    }
    None
}

/// Whether a line is set in capitals: three letters at least, every one upper case
/// ("BY THE NUMBERS", "WHAT'S NEXT"; not "CCTV footage").
pub fn in_capitals(t: &str) -> bool {
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
}

/// Whether a line ends like a sentence.
pub fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', '…'])
}

fn at_word_boundary(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

fn match_ci(s: &str, at: usize, pat: &str) -> bool {
    s.get(at..at + pat.len()).is_some_and(|t| t.eq_ignore_ascii_case(pat))
}

/// An outlet name at the start of `s` (capitalised, ending at a word boundary):
/// its display form and the bytes it used.
pub fn outlet_at(s: &str) -> Option<(&'static str, usize)> {
    if !s.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    OUTLETS
        .iter()
        .filter(|(name, _)| match_ci(s, 0, name) && s[name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
        .max_by_key(|(name, _)| name.len())
        .map(|(name, display)| (*display, name.len()))
}

/// The outlet a reposting site names as its source ("Reposted from The Wall Street
/// Journal for readers without a subscription.").
pub fn repost_source(line: &str) -> Option<&'static str> {
    let t = line.trim();
    let lower = t.to_lowercase();
    let intro = super::rules::REPOST_SOURCES.iter().find(|i| lower.starts_with(*i))?;
    // The intro is ASCII, so its length is a char boundary of the line too.
    outlet_at(t.get(intro.len()..)?).map(|(outlet, _)| outlet)
}

/// A line that announces appended excerpts of other outlets ("Also from around the web:").
pub fn excerpt_leadin(line: &str) -> bool {
    let n = normalize_line(line);
    super::rules::EXCERPT_LEADINS.iter().any(|l| n.trim_end_matches(':').trim() == *l)
}

/// The headline that opens an appended excerpt, before " -- " ("Airbus Lifts 2027
/// Delivery Goal as Engine Bottlenecks Ease -- Airbus raised …"): its length.
pub fn excerpt_headline(line: &str) -> Option<usize> {
    let (head, rest) = line.split_once(" -- ")?;
    let words = head.split_whitespace().count();
    ((3..=25).contains(&words) && !ends_sentence(head) && !rest.trim().is_empty()).then_some(head.len())
}

/// A line that is only an outlet name (a masthead), or the name and the link home that
/// a copied logo brings with it ("The Guardian - Back to home").
pub fn outlet_line(line: &str) -> Option<&'static str> {
    let t = line.trim();
    if let Some((_, outlet)) = MASTHEAD_SLOGANS.iter().find(|(slogan, _)| normalize_line(t) == *slogan) {
        return Some(outlet);
    }
    let t = without_logo_link(t);
    let (display, len) = outlet_at(t)?;
    (len == t.len()).then_some(display)
}

/// A masthead line without the link home that a copied logo brings with it: "The
/// Courier - Back to home" → "The Courier".
pub fn without_logo_link(line: &str) -> &str {
    const SEPARATORS: [char; 6] = [' ', '-', '\u{2013}', '\u{2014}', '|', ':'];
    for link in MASTHEAD_LINKS {
        let at = line.len().saturating_sub(link.len());
        if line.is_char_boundary(at) && line[at..].eq_ignore_ascii_case(link) && line[..at].ends_with(SEPARATORS) {
            let head = line[..at].trim_end_matches(SEPARATORS);
            if !head.is_empty() {
                return head;
            }
        }
    }
    line
}

/// A person named in a byline.
fn name_token(t: &str) -> bool {
    let t = t.trim_end_matches([',', ';']);
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return ["de", "van", "von", "der", "den", "al", "bin", "da", "di", "la", "le", "du"].contains(&t);
    }
    t.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// Words that end a list of names in a byline.
const NAME_STOPS: &[&str] = &["Reporting", "Updated", "Published", "Posted", "Analysis", "Column", "Opinion", "In", "And", "The", "By"];

/// "HANNA ARHIROVA" → "Hanna Arhirova"; mixed-case names are kept as written.
fn tidy_name(name: &str) -> String {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if c.is_alphabetic() {
            if start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = matches!(c, ' ' | '-' | '\'' | '’');
        }
    }
    out
}

/// Parses "Deborah Acosta and Robbie Gramer" at the start of `s`.
fn names_at(s: &str) -> (Vec<String>, usize) {
    let mut names = Vec::new();
    let mut pos = 0;
    loop {
        let mut end = pos;
        let mut count = 0;
        let mut cursor = pos;
        while count < 5 {
            let rest = &s[cursor..];
            let lead = rest.len() - rest.trim_start_matches(' ').len();
            let word_start = cursor + lead;
            let word_end = s[word_start..].find([' ', ',', ';']).map_or(s.len(), |k| word_start + k);
            let word = &s[word_start..word_end];
            if word.is_empty()
                || !name_token(word)
                || NAME_STOPS.contains(&word)
                || outlet_at(&s[word_start..]).is_some()
                || date::month_number(word).is_some()
            {
                break;
            }
            count += 1;
            end = word_end;
            cursor = word_end;
        }
        // A job title glued after the name ("Kathryn Doyle Health Reporter"): the name is
        // its first two words, the rest up to the title's noun is the title.
        let words: Vec<&str> = s[pos..end].split_whitespace().collect();
        if let Some(k) = words.iter().position(|w| JOURNALIST_ROLES.contains(w)).filter(|&k| k >= 2) {
            let title_end = s[pos..end].find(words[k]).map_or(end, |at| pos + at + words[k].len());
            names.push(tidy_name(&words[..2].join(" ")));
            pos = title_end;
            break;
        }
        if count < 2 || !s[pos..end].trim().starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        names.push(tidy_name(s[pos..end].trim()));
        pos = end;
        // "Clara Whitlock, Science Editor, and Peter Lindgren": the name's job title after
        // a comma.
        pos += role_after(&s[pos..]);
        let rest = &s[pos..];
        let sep = [" and ", ", and ", ", ", " & "].iter().find(|sep| rest.starts_with(**sep));
        match sep {
            Some(sep) if names_at_one(&rest[sep.len()..]) => pos += sep.len(),
            _ => break,
        }
    }
    (names, pos)
}

/// A journalist's job title after a name and a comma (", Science Editor", ", Europe
/// correspondent"): its length, or 0.
fn role_after(s: &str) -> usize {
    let Some(rest) = s.strip_prefix(", ") else { return 0 };
    let len = rest.find([',', ';', '|', '\u{b7}']).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..len].split_whitespace().collect();
    let titled = (1..=4).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.last().is_some_and(|w| JOURNALIST_ROLES.iter().any(|r| r.eq_ignore_ascii_case(w)));
    if titled {
        2 + rest[..len].trim_end().len()
    } else {
        0
    }
}

fn names_at_one(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').take(2).collect();
    words.len() == 2 && words.iter().all(|w| name_token(w) && !NAME_STOPS.contains(w)) && outlet_at(s).is_none()
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Byline {
    pub authors: Vec<String>,
    pub outlet: Option<&'static str>,
    /// An outlet no table knows, named after a separator ("Natasha Pereira · CPBC News ·").
    pub outlet_named: Option<String>,
    pub place: Option<String>,
    pub timestamp: Option<(Timestamp, String)>,
    /// Bytes used.
    pub len: usize,
}

fn skip_glue(s: &str, mut pos: usize) -> usize {
    while let Some(c) = s[pos..].chars().next() {
        if c == ' ' || c == ',' || c == '|' || c == '\u{b7}' {
            pos += c.len_utf8();
        } else {
            break;
        }
    }
    pos
}

/// A byline at the start of `s`: "By A and B, The Wall Street Journal,",
/// "Column by X The Washington Post , August 14, 2024", "Dan Sabbagh in Kyiv".
/// With `need_intro`, it must open with "By", "Column by", … .
pub fn byline_at(s: &str, need_intro: bool) -> Option<Byline> {
    let intro = BYLINE_INTRODUCERS
        .iter()
        .filter(|w| {
            match_ci(s, 0, w)
                && s[w.len()..].starts_with(' ')
                // "By", or "by" when a capitalised name follows ("by Martin Fornusek").
                && (s.starts_with(|c: char| c.is_uppercase()) || !need_intro_upper(s))
        })
        .max_by_key(|w| w.len());
    if need_intro && intro.is_none() {
        return None;
    }
    let mut pos = intro.map_or(0, |w| w.len() + 1);
    let (authors, used) = names_at(&s[pos..]);
    if authors.is_empty() {
        return None;
    }
    pos += used;
    let mut b = Byline { authors, ..Byline::default() };
    let (mut end, place) = place_after(s, pos);
    b.place = place;
    // "Hannah Kwok in Singapore and Tom Aldous in Bangkok": each name with its place (the
    // byline keeps the first).
    while b.place.is_some() {
        let Some(rest) = s[end..].strip_prefix(" and ").filter(|rest| names_at_one(rest)) else { break };
        let start = s.len() - rest.len();
        let (more, used) = names_at(rest);
        if more.is_empty() {
            break;
        }
        b.authors.extend(more);
        end = place_after(s, start + used).0;
    }
    let p = skip_glue(s, end);
    if let Some((outlet, len)) = outlet_at(&s[p..]) {
        b.outlet = Some(outlet);
        end = p + len;
    } else if let Some(len) = s[end..p].contains(['\u{b7}', '|']).then(|| named_outlet(&s[p..])).flatten() {
        // "Natasha Pereira · CPBC News · Posted: …": after a separator, a short name of
        // capitalised words up to the next separator or the end is the outlet.
        b.outlet_named = Some(s[p..p + len].to_string());
        end = p + len;
    }
    let p = skip_glue(s, end);
    if let Some((ts, len)) = parse_timestamp(&s[p..]) {
        b.timestamp = Some((ts, s[p..p + len].to_string()));
        end = p + len;
    }
    b.len = end;
    Some(b)
}

/// The length of an outlet's name at the start of `s` that ends at a separator or at the
/// end: one to four capitalised words, the first of them not a date's ("CPBC News").
fn named_outlet(s: &str) -> Option<usize> {
    let len = s.find(['\u{b7}', '|']).unwrap_or(s.len());
    let name = s[..len].trim_end();
    let words: Vec<&str> = name.split_whitespace().collect();
    ((1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || c == '&'))
        && parse_timestamp(name).is_none()
        && !words[0].ends_with(':'))
    .then_some(name.len())
}

/// " in Kyiv" (Guardian), " at Kingsmere" (Guardian sport, at the event), " Reporting
/// from Kyiv, Ukraine" (NYT) after a name ending at `pos`: where the byline goes on, and
/// the place.
fn place_after(s: &str, pos: usize) -> (usize, Option<String>) {
    // "…, and Peter Lindgren, Zurich": a known place after a comma ends the byline.
    if let Some(place) = s[pos..].strip_prefix(", ").map(str::trim_end) {
        if crate::entities::gazetteer::gazetteer().place(place).is_some() {
            return (s.len(), Some(place.to_string()));
        }
    }
    let after = skip_glue(s, pos);
    for intro in ["in ", "at ", "Reporting from ", "reporting from "] {
        if s[after..].starts_with(intro) {
            let start = after + intro.len();
            let mut p = start;
            let mut words = 0;
            while p < s.len() && words < 5 && outlet_at(&s[p..]).is_none() {
                let w_end = s[p..].find(' ').map_or(s.len(), |k| p + k);
                let word = &s[p..w_end];
                if !word.starts_with(|c: char| c.is_uppercase()) {
                    break;
                }
                words += 1;
                p = skip_glue(s, w_end);
            }
            if words > 0 {
                let place = s[start..p].trim().trim_end_matches(',').trim().to_string();
                return (s[..p].trim_end_matches([' ', ',']).len(), Some(place));
            }
            break;
        }
    }
    (pos, None)
}

/// A lowercase introducer is accepted only when a capitalised name follows at once.
fn need_intro_upper(s: &str) -> bool {
    let after = s.split_once(' ').map_or("", |(_, rest)| rest);
    !after.starts_with(|c: char| c.is_uppercase())
}

/// A photo caption that is a line of its own ("Photo: Rescuers work … (State Emergency
/// Service)", a slideshow's "Item 1 of 3 Mojca Kovačič gestures…"): the length of the
/// opening, and the credit at its end if any.
pub fn caption_line(s: &str) -> Option<(usize, Option<Credit>)> {
    let prefix = CAPTION_PREFIXES.iter().find(|p| match_ci(s, 0, p)).map(|p| p.len()).or_else(|| carousel_counter(s))?;
    Some((prefix, caption_credit(s, prefix)))
}

/// The credit at the end of a caption that opens at byte `prefix` of `s` (after its
/// label, or at 0 when the label stood on the line before: "Image caption,").
pub fn caption_credit(s: &str, prefix: usize) -> Option<Credit> {
    let rest = s.get(prefix..)?;
    let credit = find_credits(rest).into_iter().next().map(|c| Credit { start: c.start + prefix, end: c.end + prefix });
    credit.or_else(|| {
        let t = rest.trim_end();
        let open = t.strip_suffix(')').and_then(|_| t.rfind('('))?;
        (t.len() - open <= 80 && t[..open].trim_end().ends_with(['.', '”', '"']))
            .then(|| Credit { start: prefix + open, end: prefix + t.len() })
    })
}

/// The counter a slideshow puts before each caption ("Item 1 of 3 ", "[1/3]"): its
/// length, spaces after it included.
pub fn carousel_counter(s: &str) -> Option<usize> {
    let digits = |t: &str| t.find(|c: char| !c.is_ascii_digit()).filter(|&n| n > 0);
    let n = if let Some(rest) = s.strip_prefix("Item ") {
        let a = digits(rest)?;
        let rest = rest[a..].strip_prefix(" of ")?;
        let b = digits(rest)?;
        s.len() - rest.len() + b
    } else {
        let rest = s.strip_prefix('[')?;
        let a = digits(rest)?;
        let rest = rest[a..].strip_prefix('/')?;
        let b = digits(rest)?;
        let rest = rest[b..].strip_prefix(']')?;
        s.len() - rest.len()
    };
    let rest = &s[n..];
    let spaced = rest.trim_start();
    // A caption follows: a capital after the counter, and a line long enough to be one.
    (spaced.starts_with(char::is_uppercase) && spaced.split_whitespace().count() >= 4).then(|| s.len() - spaced.len())
}

/// A byline that is the whole line (bar trailing commas and spaces).
pub fn byline_line(line: &str, need_intro: bool) -> Option<Byline> {
    let t = line.trim();
    let b = byline_at(t, need_intro)?;
    let rest = t[b.len..].trim_matches(|c: char| c == ',' || c == ' ' || c == '|' || c == '.' || c == '\u{b7}');
    // What follows the date says only when the page was changed or read ("| Last
    // Updated: 2 hours ago").
    if !(rest.is_empty() || b.timestamp.is_some() && crate::date::is_date_tail(rest)) {
        return None;
    }
    // Without "By", a name line needs a short line so that a sentence is never a byline.
    // (A date it ends with may make it longer.)
    let own = b.timestamp.as_ref().map_or(t.len(), |(_, date)| t.len() - date.len());
    if !need_intro && byline_at(t, true).is_none() && (own > 80 || b.timestamp.is_none() && ends_sentence(t)) {
        return None;
    }
    Some(b)
}

/// A signature inside running text, as reposting sites glue them between a dek and the
/// body: it needs an introducer, an outlet and a date. Returns where it starts.
pub fn find_signature(s: &str) -> Option<(usize, Byline)> {
    for (i, _) in s.char_indices() {
        if !at_word_boundary(s, i) || !s[i..].starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        if let Some(b) = byline_at(&s[i..], true) {
            if b.outlet.is_some() && b.timestamp.is_some() {
                return Some((i, b));
            }
        }
    }
    None
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dateline {
    pub place: String,
    /// The agency or outlet in parentheses: a known wire's name as it calls itself, or
    /// the name as written ("(Meridian)").
    pub agency: Option<String>,
    /// Bytes used, with the dash after it.
    pub len: usize,
}

/// A dateline at the start of a first paragraph: "HALLANDALE BEACH, Fla.—",
/// "KYIV, Nov 30 (Reuters) - ", "KYIV, Ukraine (AP) — ".
pub fn dateline_at(s: &str) -> Option<Dateline> {
    let mut pos = 0;
    let mut letters = 0;
    // Capitalised place words.
    loop {
        let word_end =
            s[pos..].find(|c: char| !(c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-' | '/'))).map_or(s.len(), |k| pos + k);
        let word = &s[pos..word_end];
        if word.is_empty() || !word.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        letters += word.chars().filter(|c| c.is_alphabetic()).count();
        pos = word_end;
        if s[pos..].starts_with(' ') && s[pos + 1..].starts_with(|c: char| c.is_uppercase()) {
            let next_end =
                s[pos + 1..].find(|c: char| !(c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))).map_or(s.len(), |k| pos + 1 + k);
            // The next word must be all capitals too (and not the first word of the sentence).
            let next = &s[pos + 1..next_end];
            let after = s[next_end..].chars().next();
            if next.chars().filter(|c| c.is_alphabetic()).count() >= 2 && after.is_none_or(|c| !c.is_lowercase()) {
                pos += 1;
                continue;
            }
        }
        break;
    }
    if letters < 3 {
        return None;
    }
    let place_end = pos;
    let mut region: Option<String> = None;
    // Up to two parts after the place: a region, a date ("BRENNFELD, Germany, Dec 7").
    for _ in 0..2 {
        if !s[pos..].starts_with(", ") {
            break;
        }
        let start = pos + 2;
        let mut p = start;
        let mut words = 0;
        while words < 3 {
            let w_end = s[p..].find(|c: char| !(c.is_alphanumeric() || c == '.')).map_or(s.len(), |k| p + k);
            let w = &s[p..w_end];
            if w.is_empty() || !(w.starts_with(|c: char| c.is_uppercase()) || (words > 0 && w.chars().all(|c| c.is_ascii_digit()))) {
                break;
            }
            words += 1;
            p = w_end;
            if s[p..].starts_with(' ')
                && s[p + 1..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && dash_at(&s[p..]).is_none()
            {
                p += 1;
            } else {
                break;
            }
        }
        if words == 0 {
            break;
        }
        let part = s[start..p].trim();
        region = Some(match region {
            Some(r) => format!("{r}, {part}"),
            None => part.to_string(),
        });
        pos = p;
    }
    let mut agency = None;
    let paren_start = if s[pos..].starts_with(" (") {
        pos + 2
    } else if s[pos..].starts_with('(') {
        pos + 1
    } else {
        usize::MAX
    };
    if paren_start != usize::MAX {
        if let Some(close) = s[paren_start..].find(')') {
            let written = &s[paren_start..paren_start + close];
            let inner = written.to_ascii_lowercase();
            // A wire no table knows, named as wires name themselves before the dash: one
            // to three capitalised words ("STOCKHOLM, Sept 23 (Meridian) - ").
            let named = || {
                let words: Vec<&str> = written.split_whitespace().collect();
                (1..=3).contains(&words.len())
                    && written.chars().count() <= 30
                    && words
                        .iter()
                        .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '&' | '.' | '-')))
                    && dash_at(&s[paren_start + close + 1..]).is_some()
            };
            if let Some((_, name)) = DATELINE_AGENCIES.iter().find(|(a, _)| *a == inner) {
                agency = Some(name.to_string());
                pos = paren_start + close + 1;
            } else if named() {
                agency = Some(written.to_string());
                pos = paren_start + close + 1;
            }
        }
    }
    let dash = dash_at(&s[pos..])?;
    pos += dash;
    if !s[pos..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')) {
        return None;
    }
    if region.is_none() && agency.is_none() && letters < 4 {
        return None;
    }
    let mut place = s[..place_end].to_string();
    if let Some(r) = region {
        place = format!("{place}, {r}");
    }
    Some(Dateline { place, agency, len: pos })
}

/// A dash that ends a dateline, with the spaces around it: bytes used.
fn dash_at(s: &str) -> Option<usize> {
    let t = s.trim_start_matches(' ');
    let lead = s.len() - t.len();
    for d in ["—", "–", "--", "-"] {
        if let Some(rest) = t.strip_prefix(d) {
            if d == "-" && (lead == 0 || !rest.starts_with(' ')) {
                continue;
            }
            let trail = rest.len() - rest.trim_start_matches(' ').len();
            return Some(lead + d.len() + trail);
        }
    }
    None
}

/// A section label opening a paragraph ("Why it matters: "): the label and the bytes
/// used with the colon and the space after it.
pub fn label_at(s: &str) -> Option<(String, usize)> {
    let colon = s.char_indices().take(48).find(|(_, c)| *c == ':').map(|(i, _)| i)?;
    let label = &s[..colon];
    let after = &s[colon + 1..];
    if !after.starts_with(' ') {
        return None;
    }
    let next = after.trim_start();
    let used = s.len() - next.len();
    let norm = normalize_line(label);
    if SECTION_LABELS.contains(&norm.as_str()) {
        return Some((label.trim().to_string(), used));
    }
    // A short capitalised phrase that is not "Zelensky said:": a phrase, not a name
    // ("Stellmark CEO Annelies Verbruggen: "Not for sale."", the speaker) nor a clause
    // ("Italy's government is cheering: …", what the outlet says).
    let words: Vec<&str> = norm.split(' ').collect();
    const VERBS: &[&str] = &["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does"];
    let a_name = label.split_whitespace().skip(1).any(|w| w.starts_with(char::is_uppercase));
    let a_clause = words.iter().any(|w| VERBS.contains(w));
    let plain = !a_name && !a_clause && label.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '’');
    let capital_next = next.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“'));
    // One capitalised word before a quotation is who speaks ("Stanek: "I respect the
    // decision.""), not a section's label.
    let speaker = words.len() == 1 && next.starts_with(['"', '“']);
    if plain
        && !speaker
        && words.len() <= 4
        && label.starts_with(|c: char| c.is_uppercase())
        && capital_next
        && !words.iter().any(|w| SPEECH_VERBS.contains(w))
    {
        return Some((label.trim().to_string(), used));
    }
    None
}

/// A bullet marker at the start of `s` (after indentation): bytes used with the space.
pub fn bullet_at(s: &str) -> Option<usize> {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let c = t.chars().next()?;
    if !BULLET_MARKERS.contains(&c) {
        return None;
    }
    let rest = &t[c.len_utf8()..];
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let spaces = rest.len() - rest.trim_start().len();
    Some(lead + c.len_utf8() + spaces)
}

/// A summary-list heading at the start of `s` followed by its first separator
/// ("Quick Summary -- "): bytes used. `inline` asks for the in-line form.
pub fn summary_heading_at(s: &str, inline: bool) -> Option<usize> {
    let heading = SUMMARY_HEADINGS.iter().filter(|h| match_ci(s, 0, h)).max_by_key(|h| h.len())?;
    let rest = &s[heading.len()..];
    if !inline {
        let tail = rest.trim_end_matches([':', ' ']);
        return tail.is_empty().then_some(s.len());
    }
    for sep in [" -- ", " — ", ": "] {
        if rest.starts_with(sep) {
            return Some(heading.len() + sep.len());
        }
    }
    None
}

/// The end of a photo credit starting at `start`: a run of words that ends with a photo
/// agency ("CHANDAN KHANNA/AFP/GETTY IMAGES"), with continuations ("— Getty Images").
fn credit_end(s: &str, start: usize, require_slash: bool) -> Option<usize> {
    let mut ends = Vec::new();
    let mut p = start;
    for _ in 0..8 {
        let rest = &s[p..];
        let lead = rest.len() - rest.trim_start().len();
        if lead == rest.len() {
            break;
        }
        let w_end = s[p + lead..].find(char::is_whitespace).map_or(s.len(), |k| p + lead + k);
        ends.push(w_end);
        p = w_end;
    }
    let agency_suffix = |text: &str| {
        let lower = text.to_lowercase();
        let lower = lower.trim_end_matches([')', ',', '.']);
        PHOTO_AGENCIES.iter().any(|a| {
            lower.ends_with(a) && {
                let before = &lower[..lower.len() - a.len()];
                before.is_empty() || before.ends_with(['/', ' ', '('])
            }
        })
    };
    let mut end = None;
    for e in ends {
        let text = &s[start..e];
        if agency_suffix(text) && (!require_slash || text.contains('/')) {
            end = Some(e);
            break;
        }
    }
    let mut end = end?;
    // Continuations: " — Getty Images", " via Getty Images".
    loop {
        let rest = &s[end..];
        let Some(sep) = [" — ", " - ", " via ", "/"].iter().find(|sep| rest.starts_with(**sep)) else {
            break;
        };
        let after = end + sep.len();
        let lower = s[after..].to_lowercase();
        let Some(a) = PHOTO_AGENCIES
            .iter()
            .filter(|a| lower.starts_with(**a) && lower[a.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
            .max_by_key(|a| a.len())
        else {
            break;
        };
        end = after + a.len();
    }
    Some(end)
}

/// A staff photographer's credit, "X for The New York Times": the words before "for"
/// and the outlet.
pub fn credited_outlet(s: &str) -> Option<(&str, &'static str)> {
    let (name, outlet) = s.rsplit_once(" for ")?;
    Some((name, outlet_line(outlet)?))
}

/// The section a line states ("From the section Tennis"): one to four words, no sentence.
pub fn section_statement(line: &str) -> Option<&str> {
    const PREFIX: &str = "from the section ";
    let t = line.trim();
    if !match_ci(t, 0, PREFIX) {
        return None;
    }
    let rest = t[PREFIX.len()..].trim();
    let words = rest.split_whitespace().count();
    ((1..=4).contains(&words) && !ends_sentence(rest) && rest.starts_with(char::is_uppercase)).then_some(rest)
}

/// A line that is only a photo agency's name ("Getty Images", "EPA"): the credit of the
/// picture whose caption follows (BBC).
pub fn agency_line(line: &str) -> bool {
    let n = normalize_line(line);
    !n.is_empty() && PHOTO_AGENCIES.contains(&n.as_str())
}

/// A line that is only a photo credit ("Chandan Khanna/AFP/Getty Images").
pub fn credit_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || !t.contains('/') {
        return false;
    }
    // "Photo: Port of Rotterdam Authority / Pieter Moerman": an introduced credit on a
    // line of its own.
    let introduced = CREDIT_INTRODUCERS.iter().filter(|p| p.ends_with(':')).any(|p| match_ci(t, 0, p) && ends_in_credit(&t[p.len()..]));
    introduced || credit_end(t, 0, true) == Some(t.len())
}

/// What follows "Photo:" to the end of a line is a credit: names parted by slashes
/// ("Port of Rotterdam Authority / Pieter Moerman"), short, no sentence.
fn ends_in_credit(rest: &str) -> bool {
    let rest = rest.trim();
    // Or one name without a slash: "Photo: Astrelle Launch Systems", "Photo: Ana Lopes
    // for Reuters".
    let one_name = || {
        let words: Vec<&str> = rest.split_whitespace().collect();
        (1..=6).contains(&words.len())
            && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.iter().all(|w| w.starts_with(char::is_uppercase) || ["of", "for", "and", "de", "van", "von", "del"].contains(w))
    };
    rest.chars().count() <= 80
        && !ends_sentence(rest)
        && (rest.contains('/') && rest.split('/').all(|part| part.trim().starts_with(char::is_uppercase)) || one_name())
}

/// A photo credit found in running text; the caption is the sentence before `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Credit {
    pub start: usize,
    pub end: usize,
}

/// Photo credits in `s`: glued after a caption's full stop ("Florida.CHANDAN KHANNA/AFP/GETTY
/// IMAGES"), in parentheses after it ("(Viacheslav Ratynskyi/Reuters)"), or introduced
/// ("Credit… X/Agence France-Presse — Getty Images", "Photograph: X/AP").
pub fn find_credits(s: &str) -> Vec<Credit> {
    let mut out: Vec<Credit> = Vec::new();
    // The wire's licensing link ends the line it credits ("Meridian/Jure Makovec Purchase
    // Licensing Rights, opens new tab"): looked for once per line, not per position.
    let licensed_line = s.contains('/') && {
        let lower = s.to_lowercase();
        ["purchase licensing rights", "buy licensing rights", "license this image"].iter().any(|l| lower.contains(l))
            || lower.trim_end().ends_with(" licensing")
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if out.last().is_some_and(|last| i < last.end) {
            continue;
        }
        let prev = k.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(k + 1).map(|x| x.1);
        // Glued: "Florida.CHANDAN…", "delegation.AFP/Getty Images".
        if matches!(c, '.' | '!' | '?' | '”' | '"')
            && prev.is_some_and(|p| p.is_lowercase() || p == '.' || p == '”')
            && next.is_some_and(|n| n.is_uppercase())
        {
            let start = i + c.len_utf8();
            if let Some(end) = credit_end(s, start, true) {
                out.push(Credit { start, end });
                continue;
            }
        }
        // In parentheses or brackets after a sentence ("on Sunday. (Viacheslav
        // Ratynskyi/Reuters)"), or at the very end of a caption line ("in Florida
        // [Chandan Khanna/AFP]").
        if matches!(c, '(' | '[') {
            let closer = if c == '(' { ')' } else { ']' };
            let Some(close) = s[i..].char_indices().take(100).find(|(_, x)| *x == closer).map(|(j, _)| i + j) else { continue };
            let after_sentence = s[..i].trim_end().ends_with(['.', '”', '"']);
            let ends_line = s[close + 1..].trim().is_empty();
            if after_sentence || ends_line {
                let inner = &s[i + 1..close];
                let lower = inner.to_lowercase();
                let has_agency = lower.split(['/', ',']).any(|part| {
                    let part = part.trim().trim_start_matches("photo by ").trim_start_matches("photo:").trim();
                    PHOTO_AGENCIES.contains(&part)
                });
                // "(Arun Wattana for The Washington Post)": a staff photographer's credit.
                let staff = credited_outlet(inner).is_some_and(|(name, _)| {
                    name.split_whitespace().count() <= 4 && name.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
                });
                // "(Mark Tessier/CPBC)" ending a caption: a photographer's name, a slash and
                // an outlet no table knows, each in capitalised words.
                let capitalised = |part: &str, words: std::ops::RangeInclusive<usize>| {
                    words.contains(&part.split_whitespace().count())
                        && part.split_whitespace().all(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ',', ':']))
                };
                let photographer = inner
                    .split_once('/')
                    .is_some_and(|(name, outlet)| capitalised(name, 2..=3) && capitalised(outlet, 1..=4) && !outlet.contains('/'));
                // "(Photo by Graham Pellow/Tessera)": introduced, whatever the agency.
                let introduced = CREDIT_INTRODUCERS.iter().any(|p| match_ci(inner, 0, p) && ends_in_credit(&inner[p.len()..]));
                if inner.contains('/') && has_agency || staff && ends_line || photographer && after_sentence && ends_line || introduced {
                    out.push(Credit { start: i, end: close + 1 });
                    continue;
                }
            }
        }
        // After a copyright sign: "arrives for the talks © Daniel Lim/Bloomberg" (FT).
        if c == '©' {
            if let Some(end) = credit_end(s, i + c.len_utf8(), false) {
                out.push(Credit { start: i, end });
                continue;
            }
            // "… loaded on to ships © Pieter Bos/Lombard Review": a photographer and an
            // outlet no table knows, in capitalised words, to the end of the line.
            let rest = s[i + c.len_utf8()..].trim();
            let words: Vec<&str> = rest.split(|c: char| c.is_whitespace() || c == '/').filter(|w| !w.is_empty()).collect();
            if !s[..i].trim().is_empty() && (2..=8).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase)) {
                out.push(Credit { start: i, end: s.len() });
                continue;
            }
        }
        // Introduced: "Credit… X/Y", "Photograph: X/Y", "… | Pool photo by X".
        if at_word_boundary(s, i) && c.is_alphabetic() {
            let before = s[..i].trim_end();
            let piped = before.ends_with('|');
            if before.is_empty() || piped || before.ends_with(['.', '”', '"', '?', '!']) {
                // "… April 12, 2027. REUTERS/Marten Kooij Purchase Licensing Rights, opens
                // new tab": an agency, a slash and the photographer, to the end of a line.
                let rest = &s[i..];
                // An agency no table knows is written in capitals, as the wires write their
                // own ("MERIDIAN/Karl Nyström License this image").
                let shouted = |agency: &str, name: &str| {
                    agency.chars().count() >= 3
                        && agency.chars().all(|c| c.is_uppercase())
                        && name.starts_with(char::is_uppercase)
                        && name.split_whitespace().nth(1).is_some_and(|w| w.starts_with(char::is_uppercase))
                };
                // Or any agency named in capitalised words, on a line with the licensing link.
                let named = |agency: &str| {
                    let words: Vec<&str> = agency.split_whitespace().collect();
                    (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
                };
                let agency_slash = rest.split_once('/').is_some_and(|(agency, name)| {
                    agency.len() <= 30
                        && (PHOTO_AGENCIES.contains(&agency.trim().to_lowercase().as_str())
                            || shouted(agency, name)
                            || licensed_line && named(agency) && name.starts_with(char::is_uppercase))
                });
                let tail = rest.trim_end();
                if !before.is_empty()
                    && agency_slash
                    && tail.chars().count() <= 90
                    && !tail.trim_end_matches([')', ']']).ends_with(['.', '!', '?', '"', '”'])
                {
                    out.push(Credit { start: i, end: i + tail.len() });
                    continue;
                }
                if let Some(intro) = CREDIT_INTRODUCERS.iter().find(|w| match_ci(s, i, w)) {
                    let start = if piped { before.len() - 1 } else { i };
                    let rest = &s[i + intro.len()..];
                    if let Some(end) = credit_end(s, i + intro.len(), false) {
                        out.push(Credit { start, end });
                    } else if intro.ends_with(':') && ends_in_credit(rest) {
                        // "… resumed. Photo: Port of Rotterdam Authority / Pieter Moerman".
                        out.push(Credit { start, end: s.len() });
                    } else if intro.contains(' ') && rest.trim().chars().count() <= 60 && !rest.contains(['.', '!', '?']) {
                        // "Pool photo by Ludovic Marin": a named photographer to the end of the line.
                        out.push(Credit { start, end: s.len() });
                    }
                }
            }
        }
    }
    out
}

/// Where an author-contact footer starts ("Write to X at x@wsj.com").
pub fn find_footer(s: &str) -> Option<usize> {
    for pat in ["Write to ", "Contact the author", "Email the author"] {
        let mut from = 0;
        while let Some(k) = s[from..].find(pat) {
            let i = from + k;
            let before = s[..i].trim_end();
            if (before.is_empty() || before.ends_with(['.', '”', '"', '?', '!'])) && s[i..].contains('@') {
                return Some(i);
            }
            from = i + pat.len();
        }
    }
    None
}

/// Notes a reposting site put in the text ("Orig inal article contains additional links
/// and illustrations ."), and lists of links to other stories ("See also …; and also").
pub fn find_repost_chrome(s: &str) -> Vec<(usize, usize, Reason)> {
    // ASCII lowercasing keeps every byte offset where it was.
    let lower = s.to_ascii_lowercase();
    let mut out = Vec::new();
    for note in REPOST_NOTES {
        if let Some(i) = lower.find(note) {
            if out.iter().any(|(a, b, _)| i >= *a && i < *b) {
                continue;
            }
            let end = lower[i..].find('.').map_or(i + note.len(), |k| i + k + 1);
            out.push((i, end, Reason::RepostNote));
        }
    }
    for phrase in SEE_ALSO {
        let mut from = 0;
        while let Some(k) = lower[from..].find(phrase) {
            let i = from + k;
            from = i + phrase.len();
            if !at_word_boundary(s, i) || out.iter().any(|(a, b, _)| i >= *a && i < *b) {
                continue;
            }
            let mut start = i;
            let before = s[..i].trim_end();
            if before.ends_with(';') {
                start = before.len() - 1;
            }
            let mut window_end = (i + 400).min(s.len());
            while !s.is_char_boundary(window_end) {
                window_end -= 1;
            }
            let window = &lower[i..window_end];
            if let Some(k) = window.find("; and also") {
                out.push((start, i + k + "; and also".len(), Reason::RelatedLink));
                from = i + k + "; and also".len();
            } else if *phrase == "see also" {
                out.push((start, i + phrase.len(), Reason::RepostNote));
            }
        }
    }
    out.sort_by_key(|(a, b, _)| (*a, *b));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slideshow_counter_opens_a_caption() {
        assert_eq!(carousel_counter("Item 1 of 3 Mojca Kovačič gestures to supporters in Ljubljana."), Some(12));
        assert_eq!(carousel_counter("[1/3]Mojca Kovačič gestures to supporters in Ljubljana."), Some(5));
        assert_eq!(carousel_counter("[12/30] Mojca Kovačič gestures to supporters."), Some(8));
        assert_eq!(carousel_counter("Item 4 on the agenda was the budget."), None);
        assert_eq!(carousel_counter("[1/3]"), None);
        assert_eq!(carousel_counter("[a/3] Mojca Kovačič gestures to supporters."), None);
    }

    #[test]
    fn reposting_notes_and_appended_excerpts() {
        assert_eq!(
            repost_source("Reposted from The Wall Street Journal for readers without a subscription."),
            Some("The Wall Street Journal")
        );
        assert_eq!(repost_source("Reposted from a friend's feed."), None);
        assert!(excerpt_leadin("Also from around the web:"));
        assert!(!excerpt_leadin("Also from around the web, a strike ended."));
        let line = "Airbus Lifts 2027 Delivery Goal as Engine Bottlenecks Ease -- Airbus raised its delivery target.";
        assert_eq!(excerpt_headline(line).map(|n| &line[..n]), Some("Airbus Lifts 2027 Delivery Goal as Engine Bottlenecks Ease"));
        assert_eq!(excerpt_headline("He said so. -- Then he left."), None);
        assert_eq!(excerpt_headline("no separator here"), None);
    }

    #[test]
    fn chrome_lines_are_recognised() {
        assert_eq!(chrome_line("Get all your news in one place."), Some(Reason::AggregatorPromo));
        // A live page's link, its badge in capitals; not a headline about live music.
        assert_eq!(chrome_line("LIVE Follow updates on the Ostrevia earthquake"), Some(Reason::Navigation));
        assert_eq!(chrome_line("Live music returns to the Dolmir square"), None);
        assert_eq!(chrome_line("100’s of premium titles."), Some(Reason::AggregatorPromo));
        assert_eq!(chrome_line("Other Apps"), Some(Reason::ShareBar));
        assert_eq!(chrome_line("Post a Comment"), Some(Reason::CommentWidget));
        // A bar of counters; not a sentence that counts comments.
        assert_eq!(chrome_line("♥ 204 · 💬 63 comments"), Some(Reason::CommentWidget));
        assert_eq!(chrome_line("1.2K likes · 340 shares"), Some(Reason::CommentWidget));
        assert_eq!(chrome_line("The post drew 204 likes and 63 comments."), None);
        assert_eq!(chrome_line("You have two free articles left this month. Subscribe for unlimited access."), Some(Reason::PaywallPrompt));
        // Not a quote that happens to say it.
        assert_eq!(chrome_line("\"We want unlimited access to the port,\" she said."), None);
        // A site's controls and reading times; a headline that names a menu is kept.
        assert_eq!(chrome_line("Open side navigation menu"), Some(Reason::Navigation));
        assert_eq!(chrome_line("Accessibility help"), Some(Reason::Navigation));
        assert_eq!(chrome_line("Search the FT"), Some(Reason::Navigation));
        assert_eq!(chrome_line("6 min"), Some(Reason::Navigation));
        assert_eq!(chrome_line("4 minute read"), Some(Reason::Navigation));
        assert_eq!(chrome_line("Jul 11, 2027, 5:34 PM EDT · 4 min read"), None);
        assert_eq!(chrome_line("Restaurant menu prices soar"), None);
        assert_eq!(chrome_line("6 minutes of terror"), None);
        assert_eq!(chrome_line("12 Comments"), Some(Reason::CommentWidget));
        assert_eq!(chrome_line("Go deeper: Inside the White House meeting"), Some(Reason::RelatedLink));
        assert_eq!(chrome_line("Reporting by Tom Balmforth; Editing by Alex Richardson"), Some(Reason::AuthorFooter));
        assert_eq!(chrome_line("(Reporting by Sabine Kroll; Editing by Alison Marsh)"), Some(Reason::AuthorFooter));
        assert_eq!(chrome_line("($1 = 0.9189 euros)"), Some(Reason::Boilerplate));
        assert_eq!(chrome_line("Follow Sky News on WhatsApp"), Some(Reason::Navigation));
        assert_eq!(chrome_line("Follow the money, investigators say, on Sunday"), None);
        assert_eq!(chrome_line("Why you can trust Sky News"), Some(Reason::Boilerplate));
        assert_eq!(chrome_line("hide caption"), Some(Reason::PhotoCredit));
        assert_eq!(chrome_line("2 hours ago"), Some(Reason::Navigation));
        assert_eq!(chrome_line("Keep reading in Newsfold"), Some(Reason::AggregatorPromo));
        assert_eq!(
            chrome_line("Get the full story and more from Signal Toronto and 300+ other sources in one app."),
            Some(Reason::AggregatorPromo)
        );
        assert_eq!(chrome_line("Already a subscriber? Log in"), Some(Reason::PaywallPrompt));
        assert_eq!(chrome_line("Social Sharing"), Some(Reason::ShareBar));
        assert_eq!(chrome_line("The war began three years ago, and it goes on."), None);
        assert_eq!(chrome_line("Rubio said the talks were productive."), None);
    }

    #[test]
    fn a_photographers_credit_in_parentheses_ends_a_caption() {
        let caption = "Paramedics wheel a patient into a hospital on Wednesday. (Mark Tessier/CPBC)";
        assert_eq!(find_credits(caption).iter().map(|c| &caption[c.start..c.end]).collect::<Vec<_>>(), vec!["(Mark Tessier/CPBC)"]);
        // Not inside a sentence, nor a ratio or a pair of places.
        assert!(find_credits("The talks (Kyiv/Moscow) went on.").is_empty());
        assert!(find_credits("It was a draw. (Home/Away)").is_empty());
    }

    #[test]
    fn a_byline_set_with_dots_names_an_outlet_no_table_knows() {
        let b = byline_line("Natasha Pereira · CPBC News ·", false).expect("name · outlet ·");
        assert_eq!((b.authors, b.outlet_named.as_deref()), (vec!["Natasha Pereira".to_string()], Some("CPBC News")));
        let b = byline_line("Natasha Pereira · CPBC News · Posted: Mar 03, 2027 4:15 PM EST | Last Updated: 2 hours ago", false)
            .expect("with the date");
        assert_eq!(b.timestamp.map(|(t, _)| (t.month, t.day)), Some((3, 3)));
        // No separator, or more than a name after it: no byline.
        assert!(byline_line("Natasha Pereira · CPBC News reported it first", false).is_none());
        assert!(byline_line("Natasha Pereira · the network said on Tuesday", false).is_none());
        let b = byline_line("Kathryn Doyle Health Reporter", false).expect("a name and its job");
        assert_eq!(b.authors, vec!["Kathryn Doyle".to_string()]);
    }

    #[test]
    fn a_byline_gives_each_name_its_job_after_a_comma_and_ends_on_a_place() {
        let b = byline_line("Clara Whitlock, Science Editor, and Peter Lindgren, Zurich", false).expect("names, jobs, place");
        assert_eq!((b.authors, b.place.as_deref()), (vec!["Clara Whitlock".to_string(), "Peter Lindgren".to_string()], Some("Zurich")));
        let b = byline_line("Eleanor Whitcombe, European Business Correspondent, Lisbon", false).expect("name, job, place");
        assert_eq!((b.authors, b.place.as_deref()), (vec!["Eleanor Whitcombe".to_string()], Some("Lisbon")));
        let b = byline_line("Clara Whitlock, Science Editor", false).expect("a name and its job");
        assert_eq!(b.authors, vec!["Clara Whitlock".to_string()]);
        // After a comma, what is no job and no known place is no byline's.
        assert!(byline_line("Clara Whitlock, Velmora's chief executive", false).is_none());
        assert!(byline_line("Clara Whitlock, Springfield Gazette reported", false).is_none());
    }

    #[test]
    fn bylines() {
        let b = byline_line("By Deborah Acosta and Robbie Gramer, The Wall Street Journal,", true).unwrap();
        assert_eq!(b.authors, vec!["Deborah Acosta", "Robbie Gramer"]);
        assert_eq!(b.outlet, Some("The Wall Street Journal"));
        let b = byline_line("By HANNA ARHIROVA and ILLIA NOVIKOV", true).unwrap();
        assert_eq!(b.authors, vec!["Hanna Arhirova", "Illia Novikov"]);
        let b = byline_line("Dan Sabbagh in Kyiv", false).unwrap();
        assert_eq!(b.authors, vec!["Dan Sabbagh"]);
        assert_eq!(b.place.as_deref(), Some("Kyiv"));
        let b = byline_line("Hannah Kwok in Singapore and Tom Aldous in Bangkok", false).unwrap();
        assert_eq!(b.authors, vec!["Hannah Kwok", "Tom Aldous"]);
        assert_eq!(b.place.as_deref(), Some("Singapore"));
        assert!(byline_line("Steve Witkoff and Jared Kushner plan to travel to Moscow", false).is_none());
        assert!(byline_line("By the numbers, the war is costly.", true).is_none());
    }

    #[test]
    fn signatures_inside_text() {
        let s =
            "A bold operation upended the war. Column by Ishaan Tharoor The Washington Post , August 14, 2024 at 12:00 a.m. EDT; see also";
        let (at, b) = find_signature(s).unwrap();
        assert!(s[at..].starts_with("Column by"));
        assert_eq!(b.authors, vec!["Ishaan Tharoor"]);
        assert_eq!(b.outlet, Some("The Washington Post"));
        assert_eq!(b.timestamp.unwrap().0.iso().unwrap(), "2024-08-14T00:00:00-04:00");
        let s = "Getty Images By Andrew E. Kramer Reporting from Kyiv, Ukraine The New York Times , Sept. 11, 2025 Updated 8:49 a.m. ET An American";
        let (_, b) = find_signature(s).unwrap();
        assert_eq!(b.authors, vec!["Andrew E. Kramer"]);
        assert_eq!(b.place.as_deref(), Some("Kyiv, Ukraine"));
        assert_eq!(b.outlet, Some("The New York Times"));
        let s = "Analysis by Nick Paton Walsh , CNN Updated 9:19 PM EDT, March 18 Orig inal";
        let (_, b) = find_signature(s).unwrap();
        assert_eq!(b.authors, vec!["Nick Paton Walsh"]);
        assert_eq!(b.outlet, Some("CNN"));
        assert_eq!(b.timestamp.unwrap().0.year, None);
        assert!(find_signature("Trump said on Sunday that Witkoff will meet Putin.").is_none());
    }

    #[test]
    fn datelines() {
        let d = dateline_at("HALLANDALE BEACH, Fla.—U.S. and Ukrainian negotiators said").unwrap();
        assert_eq!(d.place, "HALLANDALE BEACH, Fla.");
        let d = dateline_at("KYIV, Nov 30 (Reuters) - Ukraine's top negotiator said").unwrap();
        assert_eq!(d.agency.as_deref(), Some("Reuters"));
        assert_eq!(d.place, "KYIV, Nov 30");
        let d = dateline_at("KYIV, Ukraine (AP) — Ukraine's president said").unwrap();
        assert_eq!((d.place.as_str(), d.agency.as_deref()), ("KYIV, Ukraine", Some("Associated Press")));
        // A region and a date; two places of filing.
        let d = dateline_at("BRENNFELD, Germany, Dec 7 (Reuters) - German prosecutors searched").unwrap();
        assert_eq!((d.place.as_str(), d.agency.as_deref()), ("BRENNFELD, Germany, Dec 7", Some("Reuters")));
        let d = dateline_at("FRANKFURT/BRENNFELD, Germany, Nov 30 (Reuters) - Shares in German").unwrap();
        assert_eq!((d.place.as_str(), d.agency.as_deref()), ("FRANKFURT/BRENNFELD, Germany, Nov 30", Some("Reuters")));
        // A wire no table knows, named before the dash; a parenthesis in a sentence is none.
        let d = dateline_at("STOCKHOLM, Sept 23 (Meridian) - Sweden's central bank raised rates.").expect("dateline");
        assert_eq!((d.place.as_str(), d.agency.as_deref()), ("STOCKHOLM, Sept 23", Some("Meridian")));
        assert!(dateline_at("NATO (the alliance) said on Monday it would meet.").is_none());
        assert!(dateline_at("U.S. officials said on Sunday").is_none());
        assert!(dateline_at("NATO allies met on Sunday").is_none());
        assert!(dateline_at("KYIV, Ukraine, Poland, Germany and France met").is_none());
    }

    #[test]
    fn labels() {
        assert_eq!(label_at("Why it matters: Russian President").unwrap().0, "Why it matters");
        assert_eq!(label_at("What they’re saying: At the end").unwrap().0, "What they’re saying");
        assert_eq!(label_at("Friction point: The U.S. side").unwrap().0, "Friction point");
        assert!(label_at("A senior official said: \"The Ukrainians know.\"").is_none());
        assert!(label_at("At 10:30 the talks began").is_none());
        // A speaker before a quote and a clause that leads into one are the sentence's.
        assert!(label_at("Stellmark CEO Annelies Verbruggen: \"Stellmark is not for sale.\"").is_none());
        assert!(label_at("Italy's government is cheering: Industry Minister Giorgio Landi").is_none());
        assert!(label_at("Stanek: \"I respect the decision of the Zbor.\"").is_none());
        assert!(label_at("Holub: “Morvania deserves a clean start.”").is_none());
        assert_eq!(label_at("Context: \"Nobody saw it coming,\" one aide said.").unwrap().0, "Context");
    }

    #[test]
    fn credits() {
        // The first credit found in a line, as its words.
        let first_credit = |s: &'static str| find_credits(s).first().map_or("", |c| &s[c.start..c.end]);
        let s = "in South Florida.CHANDAN KHANNA/AFP/GETTY IMAGES Quick Summary -- U.S.";
        let c = find_credits(s);
        assert_eq!(c.len(), 1);
        assert_eq!(&s[c[0].start..c[0].end], "CHANDAN KHANNA/AFP/GETTY IMAGES");
        assert_eq!(
            first_credit("Neither took questions. Umerov speaks with the U.S. delegation.AFP/Getty Images Sunday’s negotiations"),
            "AFP/Getty Images"
        );
        assert_eq!(
            first_credit("on Wednesday. Credit... Wojtek Radwanski/Agence France-Presse — Getty Images By Andrew"),
            "Credit... Wojtek Radwanski/Agence France-Presse — Getty Images"
        );
        assert_eq!(
            first_credit("Pornthip Chaiyawan arrives for the talks in Singapore on Tuesday © Daniel Lim/Bloomberg"),
            "© Daniel Lim/Bloomberg"
        );
        assert_eq!(
            first_credit("A soldier stands guard on Tuesday. (Arun Wattana for The Washington Post)"),
            "(Arun Wattana for The Washington Post)"
        );
        assert_eq!(
            first_credit("near the border on Sunday. (Viacheslav Ratynskyi/Reuters) Russia’s Kursk"),
            "(Viacheslav Ratynskyi/Reuters)"
        );
        assert!(find_credits("The U.S.-Ukraine talks (and Russia/Ukraine) went on. The U.S. said so.").is_empty());
        assert_eq!(section_statement("From the section Tennis"), Some("Tennis"));
        assert_eq!(section_statement("from the section Rugby Union "), Some("Rugby Union"));
        assert_eq!(section_statement("From the section where the rules are set out."), None);
        assert_eq!(section_statement("Tennis"), None);
        // Introduced in parentheses, by an agency no table knows.
        assert_eq!(
            first_credit("Levente Orbányi of Hungary kisses the Kingsmere trophy on Sunday. (Photo by Graham Pellow/Tessera)"),
            "(Photo by Graham Pellow/Tessera)"
        );
        assert!(find_credits("He said so (photo by the police, he added, was fake). Then he left.").is_empty());
        assert!(credit_line("Photo: Port of Rotterdam Authority / Pieter Moerman"));
        assert!(!credit_line("Photo: Rescuers work at the site in Brennfeld on Sunday."));
        assert_eq!(first_credit("Stellmark’s cable tower at Zwijndrecht © Pieter Bos/Lombard Review"), "© Pieter Bos/Lombard Review");
        assert_eq!(
            first_credit("Ships wait near Hoek van Holland, April 12, 2027. REUTERS/Marten Kooij Purchase Licensing Rights, opens new tab"),
            "REUTERS/Marten Kooij Purchase Licensing Rights, opens new tab"
        );
        assert_eq!(first_credit("Governor Annika Strandberg attends a news conference, September 23, 2027. MERIDIAN/Karl Nyström License this image, opens new tab"), "MERIDIAN/Karl Nyström License this image, opens new tab");
        // An agency written like any name, known by the licensing link after it.
        assert_eq!(
            first_credit("Mojca Kovačič gestures to supporters in Ljubljana, Slovenia, April 11, 2027. Meridian/Jure Makovec Purchase Licensing Rights, opens new tab"),
            "Meridian/Jure Makovec Purchase Licensing Rights, opens new tab"
        );
        // Capitals and a slash in running text are no credit.
        assert!(find_credits("Talks resumed. NATO/EU officials met again on Tuesday in Brussels").is_empty());
        // An agency and a slash in running text, with more sentences after, is no credit.
        assert!(find_credits("Talks ended. Reuters/Ipsos polls show support. Then it rained.").is_empty());
    }

    #[test]
    fn see_also_window_ends_on_a_char_boundary() {
        // Found by the property tests: the 400-byte window ended inside a 4-byte char.
        let s = format!("see also x , y{}; and also z", "𐀀".repeat(120));
        let _ = find_repost_chrome(&s);
        let s = format!("see also {}", "é".repeat(300));
        assert_eq!(find_repost_chrome(&s).len(), 1);
    }

    #[test]
    fn footers_and_repost_notes() {
        let s = "pushed Yermak to resign. Write to Deborah Acosta at deborah.acosta@wsj.com";
        assert_eq!(&s[find_footer(s).unwrap()..], "Write to Deborah Acosta at deborah.acosta@wsj.com");
        let s = "March 18 Orig inal article contains additional links and illustrations . See also Thomas L. Friedman , I Don’t Believe It, The New York Times , March 18; and also A “no” is not";
        let found: Vec<(&str, Reason)> = find_repost_chrome(s).into_iter().map(|(a, b, r)| (&s[a..b], r)).collect();
        assert_eq!(found[0], ("Orig inal article contains additional links and illustrations .", Reason::RepostNote));
        assert_eq!(found[1].1, Reason::RelatedLink);
        assert!(found[1].0.starts_with("See also Thomas L. Friedman") && found[1].0.ends_with("; and also"));
    }
}
