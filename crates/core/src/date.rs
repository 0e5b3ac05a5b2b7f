//! Reading the timestamps outlets print ("Updated Nov. 30, 2025 6:19 pm ET",
//! "Sun 30 Nov 2025 18.19 GMT", "4:12 PM GMT, November 30, 2025", "March 18").
//!
//! Never guesses: a missing year stays missing, a zone it does not know gives no offset.

use crate::document::Timestamp;

pub const MONTH_SHORT: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Month names and the abbreviations English-language outlets use (AP style and others).
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Whether `word` names a time zone ("GMT", "et", "CEST"), in any case.
pub fn is_zone_name(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    ZONES.iter().chain(US_ZONES).any(|(z, _)| *z == w)
}

/// Whether `word` names a weekday or a month, in any case, with or without its full
/// stop ("Friday", "Nov.", "march").
pub fn is_day_or_month_name(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    WEEKDAYS.contains(&w.as_str()) || MONTHS.iter().any(|(m, _)| *m == w)
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
];

/// Zone abbreviations with a fixed offset (minutes east of UTC).
const ZONES: &[(&str, i16)] = &[
    ("gmt", 0),
    ("utc", 0),
    ("edt", -240),
    ("est", -300),
    ("cdt", -300),
    ("cst", -360),
    ("mdt", -360),
    ("mst", -420),
    ("pdt", -420),
    ("pst", -480),
    ("bst", 60),
    ("cet", 60),
    ("cest", 120),
    ("eet", 120),
    ("eest", 180),
    ("msk", 180),
];

/// US zones whose offset depends on daylight saving time: (name, standard offset).
const US_ZONES: &[(&str, i16)] = &[("et", -300), ("ct", -360), ("mt", -420), ("pt", -480)];

/// Words that say the time is a revision, not the first publication.
const UPDATED_PREFIXES: &[&str] =
    &["updated", "last updated", "last updated on", "updated on", "modified", "modified on", "last modified", "last modified on"];
const PUBLISHED_PREFIXES: &[&str] = &["published", "published on", "first published", "first published on", "posted", "posted on"];

pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS.iter().find(|(name, _)| *name == w).map(|(_, n)| *n)
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Word,
    Num,
    Comma,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    kind: Kind,
    text: &'a str,
    end: usize,
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some(&(i, c)) = it.peek() {
        if c.is_whitespace() {
            it.next();
            continue;
        }
        let kind = if c.is_ascii_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Num
        } else if c == ',' {
            Kind::Comma
        } else {
            Kind::Other
        };
        let mut end = i + c.len_utf8();
        it.next();
        match kind {
            Kind::Word => {
                while let Some(&(j, d)) = it.peek() {
                    if d.is_ascii_alphabetic() || d == '.' {
                        end = j + 1;
                        it.next();
                    } else {
                        break;
                    }
                }
            }
            Kind::Num => {
                while let Some(&(j, d)) = it.peek() {
                    // "6:19", "18.19", but not the "." that ends "2025."
                    let joins = (d == ':' || d == '.') && s[j + 1..].starts_with(|x: char| x.is_ascii_digit());
                    if d.is_ascii_digit() || joins {
                        end = j + 1;
                        it.next();
                    } else {
                        break;
                    }
                }
            }
            _ => {}
        }
        toks.push(Tok { kind, text: &s[i..end], end });
        if toks.len() > 24 {
            break;
        }
    }
    toks
}

struct Cursor<'a> {
    toks: Vec<Tok<'a>>,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<Tok<'a>> {
        self.toks.get(self.pos).copied()
    }
    fn peek_at(&self, k: usize) -> Option<Tok<'a>> {
        self.toks.get(self.pos + k).copied()
    }
    fn word_is(&self, k: usize, w: &str) -> bool {
        self.peek_at(k).is_some_and(|t| t.kind == Kind::Word && t.text.trim_end_matches('.').eq_ignore_ascii_case(w))
    }
    fn skip_comma(&mut self) {
        if self.peek().is_some_and(|t| t.kind == Kind::Comma) {
            self.pos += 1;
        }
    }
    fn consumed(&self) -> usize {
        if self.pos == 0 {
            return 0;
        }
        self.toks[self.pos - 1].end
    }
    /// Consumes a multi-word phrase from `table` if the next words spell one (longest first).
    fn phrase(&mut self, table: &[&str]) -> bool {
        let mut best = 0;
        for p in table {
            let words: Vec<&str> = p.split(' ').collect();
            if words.iter().enumerate().all(|(k, w)| self.word_is(k, w)) {
                best = best.max(words.len());
            }
        }
        self.pos += best;
        best > 0
    }
    fn number(&mut self, max_len: usize) -> Option<u32> {
        let t = self.peek()?;
        if t.kind != Kind::Num || t.text.len() > max_len || !t.text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.pos += 1;
        t.text.parse().ok()
    }
    /// ", 2025" or " 2025"; nothing is consumed when no plausible year follows.
    fn year(&mut self) -> Option<u16> {
        let save = self.pos;
        self.skip_comma();
        match self.number(4) {
            Some(y) if (1900..=2100).contains(&y) => Some(y as u16),
            _ => {
                self.pos = save;
                None
            }
        }
    }

    fn month(&mut self) -> Option<u8> {
        let t = self.peek()?;
        if t.kind != Kind::Word {
            return None;
        }
        let m = month_number(t.text)?;
        self.pos += 1;
        Some(m)
    }
    fn day_suffix(&mut self) {
        // "30th", "1st" arrive as Num then Word.
        if let Some(t) = self.peek() {
            if t.kind == Kind::Word && ["st", "nd", "rd", "th"].contains(&t.text) {
                self.pos += 1;
            }
        }
    }
    /// "6:19 pm", "12:00 a.m.", "18.19", "6 pm", "9:19 PM".
    fn time(&mut self) -> Option<(u8, u8)> {
        let start = self.pos;
        let t = self.peek()?;
        if t.kind != Kind::Num {
            return None;
        }
        let (h, m) = match t.text.split_once([':', '.']) {
            Some((h, m)) => (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?),
            None => (t.text.parse::<u8>().ok()?, 0),
        };
        let had_minutes = t.text.contains([':', '.']);
        self.pos += 1;
        let meridiem = self.peek().and_then(|w| match w.text.to_ascii_lowercase().replace('.', "").as_str() {
            "am" => Some(false),
            "pm" => Some(true),
            _ => None,
        });
        if meridiem.is_some() {
            self.pos += 1;
        } else if !had_minutes {
            self.pos = start;
            return None;
        }
        let h = match meridiem {
            Some(pm) if (1..=12).contains(&h) => (h % 12) + if pm { 12 } else { 0 },
            Some(_) => {
                self.pos = start;
                return None;
            }
            None => h,
        };
        if h > 23 || m > 59 {
            self.pos = start;
            return None;
        }
        Some((h, m))
    }
    fn zone(&mut self) -> Option<Zone> {
        let t = self.peek()?;
        if t.kind != Kind::Word {
            return None;
        }
        let w = t.text.trim_end_matches('.').to_ascii_lowercase();
        if let Some((_, off)) = ZONES.iter().find(|(z, _)| *z == w) {
            self.pos += 1;
            // "GMT+1", "UTC-05:00": an offset from universal time.
            if *off == 0 {
                if let Some(shift) = self.utc_offset() {
                    return Some(Zone::Fixed(shift));
                }
            }
            return Some(Zone::Fixed(*off));
        }
        if let Some((_, std)) = US_ZONES.iter().find(|(z, _)| *z == w) {
            self.pos += 1;
            return Some(Zone::Us(*std));
        }
        // "19:35, UK": local time in a country that changes its clocks; the offset is
        // not stated, so none is guessed.
        if w == "uk" {
            self.pos += 1;
            return Some(Zone::Unstated);
        }
        None
    }
}

impl Cursor<'_> {
    /// "+1", "-5", "+05:30", "+0100" after "GMT" or "UTC", in minutes (at most 14 hours).
    fn utc_offset(&mut self) -> Option<i16> {
        let (sign, num) = (self.peek()?, self.peek_at(1)?);
        let sign = match (sign.kind, sign.text) {
            (Kind::Other, "+") => 1,
            (Kind::Other, "-" | "\u{2212}") => -1,
            _ => return None,
        };
        if num.kind != Kind::Num {
            return None;
        }
        let (h, m) = match num.text.split_once([':', '.']) {
            Some((h, m)) => (h.parse::<i16>().ok()?, m.parse::<i16>().ok()?),
            None if num.text.len() == 4 => (num.text[..2].parse().ok()?, num.text[2..].parse().ok()?),
            None if num.text.len() <= 2 => (num.text.parse().ok()?, 0),
            None => return None,
        };
        if h > 14 || m > 59 {
            return None;
        }
        self.pos += 2;
        Some(sign * (h * 60 + m))
    }
}

#[derive(Clone, Copy)]
enum Zone {
    Fixed(i16),
    /// A US zone named without saying standard or daylight time ("ET").
    Us(i16),
    /// A place whose offset the text does not give ("UK").
    Unstated,
}

/// Parses a timestamp at the start of `s`. Returns it and the number of bytes it used.
pub fn parse_timestamp(s: &str) -> Option<(Timestamp, usize)> {
    let mut c = Cursor { toks: tokenize(s), pos: 0 };
    let mut updated = false;
    if c.phrase(UPDATED_PREFIXES) {
        updated = true;
    } else {
        c.phrase(PUBLISHED_PREFIXES);
    }
    if c.peek().is_some_and(|t| t.kind == Kind::Other && t.text == ":") {
        c.pos += 1;
    }
    // ISO form.
    if let Some(ts) = iso_date(&mut c) {
        return Some((Timestamp { updated, ..ts }, c.consumed()));
    }
    // A leading time: "4:12 PM GMT, November 30, 2025".
    let mut time = c.time();
    let mut zone = if time.is_some() { c.zone() } else { None };
    c.skip_comma();
    if c.peek()
        .is_some_and(|t| t.kind == Kind::Word && WEEKDAYS.contains(&t.text.trim_end_matches(['.', ',']).to_ascii_lowercase().as_str()))
    {
        c.pos += 1;
        c.skip_comma();
    }
    let (month, day) = match c.month() {
        // Month first: "Nov. 30, 2025".
        Some(m) => {
            let d = c.number(2)?;
            c.day_suffix();
            (m, d)
        }
        // Day first: "30 November 2025".
        None => {
            let d = c.number(2)?;
            c.day_suffix();
            (c.month()?, d)
        }
    };
    let year = c.year();
    let day = u8::try_from(day).ok()?;
    if day == 0 || day > days_in_month(year, month) {
        return None;
    }
    if time.is_none() {
        // A trailing time: "…, 2025 6:19 pm ET", "… at 12:00 a.m. EDT", "… Updated 8:49 a.m. ET".
        let save = c.pos;
        c.skip_comma();
        let mut revised = false;
        if c.word_is(0, "at") {
            c.pos += 1;
        } else if c.phrase(UPDATED_PREFIXES) {
            revised = true;
        }
        match c.time() {
            Some(t) => {
                time = Some(t);
                zone = c.zone();
                // "19:35, UK"
                if zone.is_none() && c.peek().is_some_and(|t| t.kind == Kind::Comma) {
                    let at = c.pos;
                    c.skip_comma();
                    zone = c.zone();
                    if zone.is_none() {
                        c.pos = at;
                    }
                }
                updated |= revised;
            }
            None => c.pos = save,
        }
    }
    let offset_minutes = match zone {
        Some(Zone::Fixed(off)) => Some(off),
        Some(Zone::Us(std)) => year.map(|y| if us_daylight_time(y, month, day) { std + 60 } else { std }),
        Some(Zone::Unstated) | None => None,
    };
    let ts = Timestamp { year, month, day, time, offset_minutes, updated };
    Some((ts, c.consumed()))
}

/// Parses `s` only if the whole of it (bar trailing punctuation) is a timestamp.
pub fn parse_timestamp_line(s: &str) -> Option<Timestamp> {
    let (ts, used) = parse_timestamp(s)?;
    let rest = s[used..].trim().trim_matches(|c: char| c == '.' || c == ',' || c == '|');
    (rest.is_empty() || is_date_tail(rest) || is_section_after(rest)).then_some(ts)
}

/// What a page prints after an article's date that says nothing of the article: when it
/// was read ("2 hours ago", "3 min read") or changed ("Last Updated: 2 hours ago",
/// "Updated: Mar 3, 2027 6:40 PM EST").
pub fn is_date_tail(rest: &str) -> bool {
    // Past a separator: "Jul 11, 2027, 5:34 PM EDT · 4 min read".
    let rest = rest.trim_start_matches(['|', ' ', '\u{b7}', '\u{2022}']);
    if is_relative_age(rest) {
        return true;
    }
    let lower = rest.to_ascii_lowercase();
    let Some(after) = ["last updated", "updated"].iter().find_map(|p| lower.strip_prefix(p)) else { return false };
    let after = &rest[rest.len() - after.len()..];
    let after = after.trim_start_matches(':').trim();
    is_relative_age(after) || parse_timestamp(after).is_some_and(|(_, used)| after[used..].trim().is_empty())
}

/// A section a page sets after the date, past a separator: "Nov 14, 2027 - World",
/// "14 November 2027 · Europe" (one to three capitalised words).
fn is_section_after(rest: &str) -> bool {
    let Some(section) = rest.strip_prefix(['-', '\u{2013}', '\u{2014}', '\u{b7}', '|']).map(str::trim) else { return false };
    let words: Vec<&str> = section.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '&'))
}

/// What a page prints after a date, relative to when it was read: "Updated 2 hours
/// ago", "an hour ago", "3 min read". It says nothing the date does not.
fn is_relative_age(rest: &str) -> bool {
    let lower = rest.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(&"updated") => &words[1..],
        _ => &words[..],
    };
    let count = |w: &str| w.parse::<u32>().is_ok() || ["a", "an", "one"].contains(&w);
    const UNITS: &[&str] = &["second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "day", "days"];
    match words {
        [n, unit, "ago"] => count(n) && UNITS.contains(unit),
        [n, unit, "read"] => n.parse::<u32>().is_ok() && ["min", "minute"].contains(unit),
        _ => false,
    }
}

fn iso_date(c: &mut Cursor) -> Option<Timestamp> {
    let t = c.peek()?;
    if t.kind != Kind::Num || t.text.len() != 4 {
        return None;
    }
    // "2025-11-30" tokenizes as Num Other Num Other Num.
    let (y, d1, m, d2, d) = (c.peek_at(0)?, c.peek_at(1)?, c.peek_at(2)?, c.peek_at(3)?, c.peek_at(4)?);
    if d1.text != "-" || d2.text != "-" {
        return None;
    }
    let year: u16 = y.text.parse().ok()?;
    let month: u8 = m.text.parse().ok()?;
    let day: u8 = d.text.get(..2.min(d.text.len()))?.parse().ok()?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(Some(year), month) {
        return None;
    }
    c.pos += 5;
    Some(Timestamp { year: Some(year), month, day, time: None, offset_minutes: None, updated: false })
}

fn is_leap(y: u16) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(year: Option<u16>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// Days since 1970-01-01 of a calendar date (Hinnant's `days_from_civil`), to tell how
/// far apart two dates are.
pub fn day_number(y: u16, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Day of week, 0 = Sunday (Sakamoto's method).
pub fn weekday(y: u16, m: u8, d: u8) -> u8 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let mut y = i32::from(y);
    if m < 3 {
        y -= 1;
    }
    ((y + y / 4 - y / 100 + y / 400 + T[usize::from(m - 1) % 12] + i32::from(d)) % 7) as u8
}

/// US daylight saving time: from the second Sunday of March to the first Sunday of November.
fn us_daylight_time(y: u16, m: u8, d: u8) -> bool {
    let nth_sunday = |month: u8, n: u8| {
        let first = weekday(y, month, 1);
        1 + (7 - first) % 7 + 7 * (n - 1)
    };
    match m {
        4..=10 => true,
        3 => d >= nth_sunday(3, 2),
        11 => d < nth_sunday(11, 1),
        _ => false,
    }
}

/// A resolved day, month or range of days (`DateMention::resolved`: "2025-11-30",
/// "2025-11", "2025-11-24/2025-11-30") as a reader writes it: "30 Nov 2025", "Nov 2025",
/// "24–30 Nov 2025", "27 Oct – 2 Nov 2025". Anything else comes back as it is.
pub fn describe_iso(iso: &str) -> String {
    const SHORT: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let parse = |part: &str| -> Option<(u16, usize, Option<u8>)> {
        let mut it = part.split('-');
        let y: u16 = it.next()?.parse().ok()?;
        let m: usize = it.next()?.parse().ok()?;
        let d: Option<u8> = match it.next() {
            Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        (it.next().is_none() && (1..=12).contains(&m)).then_some((y, m, d))
    };
    let month = |m: usize| SHORT[m - 1];
    match iso.split_once('/') {
        None => match parse(iso) {
            Some((y, m, Some(d))) => format!("{d} {} {y}", month(m)),
            Some((y, m, None)) => format!("{} {y}", month(m)),
            None => iso.to_string(),
        },
        Some((a, b)) => match (parse(a), parse(b)) {
            (Some((y1, m1, Some(d1))), Some((y2, m2, Some(d2)))) if (y1, m1) == (y2, m2) => format!("{d1}\u{2013}{d2} {} {y1}", month(m1)),
            (Some((y1, m1, Some(d1))), Some((y2, m2, Some(d2)))) if y1 == y2 => {
                format!("{d1} {} \u{2013} {d2} {} {y1}", month(m1), month(m2))
            }
            (Some((y1, m1, Some(d1))), Some((y2, m2, Some(d2)))) => format!("{d1} {} {y1} \u{2013} {d2} {} {y2}", month(m1), month(m2)),
            _ => iso.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_date_line_may_carry_an_offset_and_an_age() {
        use super::parse_timestamp_line;
        let ap = parse_timestamp_line("Updated 4:52 PM GMT+1, November 29, 2026").expect("AP's revision line");
        assert_eq!((ap.year, ap.month, ap.day, ap.offset_minutes, ap.updated), (Some(2026), 11, 29, Some(60), true));
        let reuters = parse_timestamp_line("November 30, 2026 10:24 AM GMT Updated 2 hours ago").expect("Reuters' date line");
        assert_eq!((reuters.year, reuters.month, reuters.day, reuters.offset_minutes), (Some(2026), 11, 30, Some(0)));
        assert_eq!(parse_timestamp_line("December 7, 2026 3:05 PM GMT Updated an hour ago").map(|t| t.day), Some(7));
        let cbc = parse_timestamp_line("Posted: Mar 03, 2027 4:15 PM EST | Last Updated: 2 hours ago").expect("CBC's date line");
        assert_eq!((cbc.month, cbc.day, cbc.updated), (3, 3, false));
        assert!(parse_timestamp_line("Posted: Mar 03, 2027 4:15 PM EST | Last Updated: Mar 4, 2027 9:00 AM EST").is_some());
        // An aggregator's date and reading time, past a middle dot.
        let skimr = parse_timestamp_line("Jul 11, 2027, 5:34 PM EDT · 4 min read").expect("an aggregator's date line");
        assert_eq!((skimr.day, skimr.time, skimr.offset_minutes), (11, Some((17, 34)), Some(-240)));
        assert!(parse_timestamp_line("Jul 11, 2027 · The final that ended in a row").is_none());
        assert!(parse_timestamp_line("Posted: Mar 03, 2027 4:15 PM EST | Last Updated: by the desk").is_none());
        let sky = parse_timestamp_line("Sunday 14 March 2027 19:35, UK").expect("Sky's date line");
        assert_eq!((sky.year, sky.month, sky.day, sky.offset_minutes), (Some(2027), 3, 14, None));
        assert_eq!(parse_timestamp_line("4:12 PM UTC-05:30, November 30, 2025").and_then(|t| t.offset_minutes), Some(-330));
        // An age that is not one, or a line that goes on, is not a date line.
        assert!(parse_timestamp_line("November 30, 2026 10:24 AM GMT Updated the story").is_none());
        assert!(parse_timestamp_line("November 30, 2026 the talks resumed").is_none());
        // A section after the date, past a separator.
        assert_eq!(parse_timestamp_line("Nov 14, 2027 - World").map(|t| (t.month, t.day)), Some((11, 14)));
        assert_eq!(parse_timestamp_line("14 November 2027 · Central Europe").map(|t| t.day), Some(14));
        assert!(parse_timestamp_line("Nov 14, 2027 - the talks resumed in Vienna").is_none());
        assert!(parse_timestamp_line("4:12 PM GMT+99, November 30, 2025").is_none());
    }

    #[test]
    fn resolved_dates_read_as_a_reader_writes_them() {
        use super::describe_iso;
        assert_eq!(describe_iso("2025-11-30"), "30 Nov 2025");
        assert_eq!(describe_iso("2025-11"), "Nov 2025");
        assert_eq!(describe_iso("2025-11-24/2025-11-30"), "24\u{2013}30 Nov 2025");
        assert_eq!(describe_iso("2025-10-27/2025-11-02"), "27 Oct \u{2013} 2 Nov 2025");
        assert_eq!(describe_iso("2025-12-29/2026-01-04"), "29 Dec 2025 \u{2013} 4 Jan 2026");
        for odd in ["", "2025-13-01", "2025-11-40", "x/y", "2025-11-30/", "2025-11-30-01"] {
            assert_eq!(describe_iso(odd), odd);
        }
    }

    use super::*;

    #[test]
    fn day_numbers_count_days() {
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(2025, 11, 30) - day_number(2025, 11, 24), 6);
        assert_eq!(day_number(2025, 3, 1) - day_number(2025, 2, 28), 1);
        assert_eq!(day_number(2024, 3, 1) - day_number(2024, 2, 28), 2);
        assert_eq!(day_number(2026, 1, 1) - day_number(2025, 12, 31), 1);
        // Every day of a weekday cycle agrees with `weekday` (1970-01-01 was a Thursday).
        for d in 1..=28u8 {
            assert_eq!((day_number(2025, 11, d) + 4).rem_euclid(7) as u8, weekday(2025, 11, d));
        }
    }

    fn iso(s: &str) -> Option<String> {
        parse_timestamp_line(s).and_then(|t| t.iso())
    }

    #[test]
    fn wsj_updated_line_with_eastern_time_in_winter() {
        let ts = parse_timestamp_line("Updated Nov. 30, 2025 6:19 pm ET").unwrap();
        assert!(ts.updated);
        assert_eq!(ts.iso().unwrap(), "2025-11-30T18:19:00-05:00");
    }

    #[test]
    fn eastern_time_in_summer_is_daylight_time() {
        assert_eq!(iso("Aug. 14, 2024 9:00 am ET").unwrap(), "2024-08-14T09:00:00-04:00");
        assert_eq!(iso("March 9, 2025 3:00 pm ET").unwrap(), "2025-03-09T15:00:00-04:00");
        assert_eq!(iso("March 8, 2025 3:00 pm ET").unwrap(), "2025-03-08T15:00:00-05:00");
    }

    #[test]
    fn midnight_at_form() {
        assert_eq!(iso("August 14, 2024 at 12:00 a.m. EDT").unwrap(), "2024-08-14T00:00:00-04:00");
    }

    #[test]
    fn day_first_with_weekday_and_dot_time() {
        assert_eq!(iso("Sun 30 Nov 2025 18.19 GMT").unwrap(), "2025-11-30T18:19:00Z");
        assert_eq!(iso("30 November 2025").unwrap(), "2025-11-30");
    }

    #[test]
    fn time_first_ap_style() {
        let ts = parse_timestamp_line("Updated 4:12 PM GMT, November 30, 2025").unwrap();
        assert!(ts.updated);
        assert_eq!(ts.iso().unwrap(), "2025-11-30T16:12:00Z");
    }

    #[test]
    fn missing_year_has_no_iso_form() {
        let ts = parse_timestamp_line("Updated 9:19 PM EDT, March 18").unwrap();
        assert_eq!(ts.year, None);
        assert_eq!(ts.iso(), None);
        assert!(ts.display().contains("year not stated"));
    }

    #[test]
    fn iso_dates() {
        assert_eq!(iso("2025-12-01").unwrap(), "2025-12-01");
        assert_eq!(iso("2025-02-30"), None);
    }

    #[test]
    fn prefix_parse_reports_length() {
        let s = "Sept. 11, 2025 Updated 8:49 a.m. ET An American factory";
        let (ts, used) = parse_timestamp(s).unwrap();
        assert_eq!(&s[used..], " An American factory");
        assert_eq!(ts.iso().unwrap(), "2025-09-11T08:49:00-04:00");
        assert!(ts.updated);
    }

    #[test]
    fn not_dates() {
        assert_eq!(parse_timestamp_line("2 hours ago"), None);
        assert_eq!(parse_timestamp_line("May the talks succeed"), None);
        assert_eq!(parse_timestamp_line("Nov. 31, 2025"), None);
        assert_eq!(parse_timestamp_line("13:75"), None);
    }
}
