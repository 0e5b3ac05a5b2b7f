//! Dates in running text: explicit ("Nov. 30, 2025", "Aug. 14", "mid-November", "in
//! October") and relative ("on Sunday", "last week", "on Tuesday", "earlier this week"),
//! resolved against the article's own date when it states one, else left unresolved.

use serde::{Deserialize, Serialize};

use crate::date::{month_number, parse_timestamp, weekday};
use crate::document::{Document, Span};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub doc: u32,
    pub passage: u32,
    pub span: Span,
    pub text: String,
    /// "explicit", "month", "weekday", "relative".
    pub kind: String,
    /// The resolved day or range as ISO 8601 ("2025-11-30", "2025-11", "2025-11-24/2025-11-30"),
    /// or `None` when the article's date is unknown or the words do not fix one.
    pub resolved: Option<String>,
}

pub(crate) const MONTHS_FULL: &[&str] =
    &["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS: &[&str] = &["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/// Words that put a weekday in the future ("Witkoff will fly to Moscow on Monday").
const FUTURE_MARKERS: &[&str] =
    &[" will ", " plans to ", " plan to ", " expected to ", " set to ", " scheduled to ", " is to ", " are to ", " due to ", " would "];
const RELATIVE: &[&str] = &[
    "last week",
    "next week",
    "this week",
    "earlier this week",
    "later this week",
    "last month",
    "next month",
    "this month",
    "last year",
    "next year",
    "this year",
    "yesterday",
    "today",
    "tomorrow",
    "this weekend",
    "last weekend",
];

/// Whether a word of a sentence, as written ("produced,", "Began"), is a verb in the
/// past tense (`align::is_past`, and "was", "were"): not a verb of saying, whose past is
/// the telling's, not the event's ("said it would step up sales, starting in January").
fn is_past_form(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    w == "was" || w == "were" || crate::align::is_past(&w)
}

/// A day as (year, month, day) with arithmetic by days (proleptic Gregorian).
fn to_days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn iso(days: i64) -> String {
    let (y, m, d) = from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Finds the dates of every document, resolved against each one's stated date.
pub fn extract(docs: &[Document]) -> Vec<DateMention> {
    let mut out = Vec::new();
    for (di, doc) in docs.iter().enumerate() {
        let anchor = doc
            .meta
            .published
            .as_ref()
            .and_then(|f| f.value.year.map(|y| (i64::from(y), i64::from(f.value.month), i64::from(f.value.day))));
        let anchor_days = anchor.map(|(y, m, d)| to_days(y, m, d));
        for (pi, p) in doc.passages.iter().enumerate() {
            let text = doc.passage_text(p);
            let base = p.span.start as usize;
            let mut taken: Vec<(usize, usize)> = Vec::new();
            let mut push = |s: usize, e: usize, kind: &str, resolved: Option<String>, taken: &mut Vec<(usize, usize)>| {
                if taken.iter().any(|(a, b)| s < *b && *a < e) {
                    return;
                }
                taken.push((s, e));
                out.push(DateMention {
                    doc: di as u32,
                    passage: pi as u32,
                    span: Span::new(base + s, base + e),
                    text: text[s..e].to_string(),
                    kind: kind.to_string(),
                    resolved,
                });
            };
            // The sentence around byte `i` of the passage, as a range of the passage.
            let sentence_of = |i: usize| {
                let s = doc.sentences.iter().map(|s| s.span).find(|s| s.start as usize <= base + i && base + i < s.end as usize);
                s.map_or((0, text.len()), |s| {
                    ((s.start as usize).saturating_sub(base), (s.end as usize).saturating_sub(base).min(text.len()))
                })
            };
            // Whether the sentence is in the future tense before byte `i` ("will fly to
            // Russia on Monday").
            let future = |i: usize| {
                let clause = text.get(sentence_of(i).0..i).unwrap_or("");
                FUTURE_MARKERS.iter().any(|m| clause.contains(m))
            };
            // The same, for a month or a day ahead: the future's verb close before it, in
            // its clause, and no past form between ("will return to Vienna in January";
            // not "whose plan to automate the quay triggered the conflict in January", nor
            // "will return troops to the positions they held before Jan. 27").
            let future_near = |i: usize| {
                let before = text.get(sentence_of(i).0..i).unwrap_or("");
                let Some((at, marker)) = FUTURE_MARKERS.iter().filter_map(|m| before.rfind(m).map(|at| (at, *m))).max_by_key(|x| x.0)
                else {
                    return false;
                };
                let between = &before[at + marker.len()..];
                let words: Vec<&str> = between.split_whitespace().collect();
                words.len() <= 8 && !between.contains([',', ';', '\u{2014}']) && !words.iter().any(|w| is_past_form(w))
            };
            // Whether the sentence around byte `i` tells of the past ("The first round in
            // September produced nothing", "In March, the two countries fought").
            let past_sentence = |i: usize| {
                let (start, end) = sentence_of(i);
                text.get(start..end).is_some_and(|t| t.split_whitespace().any(is_past_form))
            };
            // Whether a past form stands close before byte `i`, in its clause, with no
            // infinitive between ("The trial opened on Oct. 5"; not "was on course to
            // reopen to lorries on 1 March").
            let past_near = |i: usize| {
                let before = text.get(sentence_of(i).0..i).unwrap_or("");
                let clause = before.rsplit([',', ';', '\u{2014}']).next().unwrap_or("");
                let words: Vec<&str> = clause.split_whitespace().collect();
                let Some(k) = words.iter().rposition(|w| is_past_form(w)) else { return false };
                words.len() - k <= 6 && !words[k..].contains(&"to")
            };
            // The year of a month and day (day 0: the month as a whole) written without
            // one at byte `i`: in the future tense close before it, the coming one ("ministers
            // will return to Vienna in January", in a November article); when the sentence
            // tells of the past (a month) or a past form stands close before it (a day), the
            // last one ("The first round in September produced nothing", "The trial opened
            // on Oct. 5"); with no tense to go by ("Water experts meet in Graz in early
            // December", "to reopen border crossings by March 1"), the nearest one.
            let year_of = |i: usize, month: i64, day: i64| {
                anchor.map(|(y, am, ad)| {
                    let ahead = if day == 0 { month > am } else { (month, day) > (am, ad) };
                    let behind = if day == 0 { month < am } else { (month, day) < (am, ad) };
                    let past = if day == 0 { past_sentence(i) } else { past_near(i) };
                    if future_near(i) {
                        if behind {
                            y + 1
                        } else {
                            y
                        }
                    } else if past && !(ahead && future(i)) {
                        // A month ahead after a future in the past ("said the board would
                        // meet on Thursday and report by the end of November") is ahead.
                        if ahead {
                            y - 1
                        } else {
                            y
                        }
                    } else {
                        match month - am {
                            d if d > 6 => y - 1,
                            d if d < -6 => y + 1,
                            _ => y,
                        }
                    }
                })
            };
            for (i, _) in text.char_indices() {
                let at_word = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                if !at_word {
                    continue;
                }
                let rest = &text[i..];
                // Explicit dates: "Nov. 30, 2025", "Aug. 14", "30 November".
                if rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
                    if let Some((ts, used)) = parse_timestamp(rest) {
                        // Without a year, the year `year_of` gives ("will meet again on
                        // January 20" in a November article is the next such day; "The
                        // trial opened on Oct. 5" in a March article, the last one).
                        let (month, day) = (i64::from(ts.month), i64::from(ts.day));
                        let year = ts.year.map(i64::from).or_else(|| year_of(i, month, day));
                        let resolved = year.map(|y| iso(to_days(y, month, day)));
                        push(i, i + used, "explicit", resolved, &mut taken);
                        continue;
                    }
                }
                // "the first of July", "the 21st of March", "the twenty-second of May 2028".
                if let Some((month, day, year, used)) = ordinal_of_month(rest) {
                    let (month, day) = (i64::from(month), i64::from(day));
                    let year = year.or_else(|| year_of(i, month, day));
                    let resolved = year.map(|y| iso(to_days(y, month, day)));
                    push(i, i + used, "explicit", resolved, &mut taken);
                    continue;
                }
                // "mid-November", "in October".
                let (prefix, word_start) = if rest.starts_with("mid-") { ("mid-", i + 4) } else { ("", i) };
                let word_end = text[word_start..].find(|c: char| !c.is_alphabetic()).map_or(text.len(), |k| word_start + k);
                let word = &text[word_start..word_end];
                if word.len() >= 3 && word.starts_with(|c: char| c.is_uppercase()) {
                    // Full month names only ("Mar-a-Lago" is not March); "May" only after "in".
                    let may_verb = word == "May" && prefix.is_empty() && !text[..i].trim_end().ends_with(" in");
                    if let (Some(m), true, false) = (month_number(word), MONTHS_FULL.contains(&word), may_verb) {
                        // A month: the year written after it ("July 2025"), else `year_of`'s.
                        let written = text[word_end..]
                            .strip_prefix(' ')
                            .and_then(|r| r.get(..4).filter(|d| d.chars().all(|c| c.is_ascii_digit())).map(|d| (d, &r[4..])))
                            .filter(|(_, after)| !after.starts_with(|c: char| c.is_alphanumeric()))
                            .and_then(|(d, _)| d.parse::<i64>().ok());
                        let m = i64::from(m);
                        let year = written.or_else(|| year_of(i, m, 0));
                        let resolved = year.map(|year| format!("{year:04}-{m:02}"));
                        push(i, if written.is_some() { word_end + 5 } else { word_end }, "month", resolved, &mut taken);
                        continue;
                    }
                    if let Some(w) = WEEKDAYS.iter().position(|d| *d == word) {
                        // "on Sunday": the last such day on or before the article's date,
                        // "next Sunday" after it.
                        // "next Sunday", or a future tense earlier in the sentence ("will fly
                        // to Russia on Monday"): the coming day, not the last one. With no
                        // tense to go by, neither a future nor a past form in the sentence
                        // ("The foreign ministers sign on Friday", in a Wednesday article),
                        // the nearer of the two, as for a month.
                        let next = text[..i].trim_end().ends_with("next") || future(i);
                        let untold = !next && !past_sentence(i);
                        let resolved = anchor.and_then(|(y, m, d)| {
                            let today = i64::from(weekday(y as u16, m as u8, d as u8));
                            let days = anchor_days?;
                            let delta = (today - w as i64).rem_euclid(7);
                            let nearer_ahead = untold && delta > 0 && 7 - delta < delta;
                            Some(iso(if next || nearer_ahead {
                                days + (7 - delta) % 7 + if delta == 0 { 7 } else { 0 }
                            } else {
                                days - delta
                            }))
                        });
                        push(i, word_end, "weekday", resolved, &mut taken);
                        continue;
                    }
                }
                let lower = rest.to_ascii_lowercase();
                if let Some(r) = RELATIVE.iter().filter(|r| lower.starts_with(**r)).max_by_key(|r| r.len()) {
                    let end = i + r.len();
                    if text[end..].starts_with(|c: char| c.is_alphanumeric()) {
                        continue;
                    }
                    let resolved = anchor_days.and_then(|days| relative(r, days));
                    push(i, end, "relative", resolved, &mut taken);
                }
            }
        }
    }
    out
}

/// The month and day an explicit date mention names ("Nov. 4", "4 November", "the first
/// of July"), whatever its year.
pub(crate) fn month_and_day(text: &str) -> Option<(u8, u8)> {
    match parse_timestamp(text) {
        Some((ts, _)) => Some((ts.month, ts.day)),
        None => ordinal_of_month(text).map(|(month, day, _, _)| (month, day)),
    }
}

/// A day said as an ordinal of its month at the start of `s`: "first of July", "21st of
/// March", "twenty-second of May 2028" (month, day, year written, bytes used).
fn ordinal_of_month(s: &str) -> Option<(u8, u8, Option<i64>, usize)> {
    const UNITS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    const TEENS: &[&str] =
        &["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
    let end = s.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(s.len());
    let word = s[..end].to_lowercase();
    let position = |list: &[&str], w: &str| list.iter().position(|x| *x == w);
    let day = if word.starts_with(|c: char| c.is_ascii_digit()) {
        let digits = ["st", "nd", "rd", "th"].iter().find_map(|x| word.strip_suffix(x))?;
        digits.parse::<u8>().ok().filter(|_| digits.chars().all(|c| c.is_ascii_digit()))?
    } else if let Some(k) = position(UNITS, &word) {
        k as u8 + 1
    } else if let Some(k) = position(TEENS, &word) {
        k as u8 + 10
    } else {
        match word.split_once('-') {
            Some(("twenty", u)) => 20 + position(UNITS, u)? as u8 + 1,
            Some(("thirty", "first")) => 31,
            _ => match word.as_str() {
                "twentieth" => 20,
                "thirtieth" => 30,
                _ => return None,
            },
        }
    };
    let after = s[end..].strip_prefix(" of ")?;
    let month_end = after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len());
    let name = &after[..month_end];
    if !MONTHS_FULL.contains(&name) || !(1..=31).contains(&day) {
        return None;
    }
    let month = month_number(name)?;
    let used = end + " of ".len() + month_end;
    // A year after it: " 2028" or ", 2028".
    let gap = [", ", " "].iter().find(|g| s[used..].starts_with(**g)).map_or(0, |g| g.len());
    let digits = s.get(used + gap..used + gap + 4).filter(|d| gap > 0 && d.chars().all(|c| c.is_ascii_digit()));
    // Four digits, all ASCII: the byte after them is a character's start.
    let alone = |_: &&str| !s[used + gap + 4..].starts_with(|c: char| c.is_alphanumeric());
    match digits.filter(alone).and_then(|d| d.parse::<i64>().ok()) {
        Some(year) => Some((month, day, Some(year), used + gap + 4)),
        None => Some((month, day, None, used)),
    }
}

/// A relative expression as a day or an ISO interval around `days`.
fn relative(words: &str, days: i64) -> Option<String> {
    let (y, m, d) = from_days(days);
    let wd = i64::from(weekday(y as u16, m as u8, d as u8));
    // Weeks run Monday to Sunday.
    let monday = days - (wd + 6) % 7;
    let week = |start: i64| format!("{}/{}", iso(start), iso(start + 6));
    Some(match words {
        "yesterday" => iso(days - 1),
        "today" => iso(days),
        "tomorrow" => iso(days + 1),
        "this week" | "earlier this week" | "later this week" => week(monday),
        "last week" => week(monday - 7),
        "next week" => week(monday + 7),
        "this weekend" => format!("{}/{}", iso(monday + 5), iso(monday + 6)),
        "last weekend" => format!("{}/{}", iso(monday - 2), iso(monday - 1)),
        "this month" => format!("{y:04}-{m:02}"),
        "last month" => {
            if m == 1 {
                format!("{:04}-12", y - 1)
            } else {
                format!("{y:04}-{:02}", m - 1)
            }
        }
        "next month" => {
            if m == 12 {
                format!("{:04}-01", y + 1)
            } else {
                format!("{y:04}-{:02}", m + 1)
            }
        }
        "this year" => format!("{y:04}"),
        "last year" => format!("{:04}", y - 1),
        "next year" => format!("{:04}", y + 1),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::parse_file;

    fn dates(text: &str) -> Vec<(String, Option<String>)> {
        let docs = parse_file("t.txt", text).documents;
        extract(&docs).into_iter().map(|d| (d.text, d.resolved)).collect()
    }

    /// A weekday in a sentence with no tense to go by is the nearer one; a past form
    /// makes it the last, a future the coming one.
    #[test]
    fn a_weekday_without_a_tense_is_the_nearer() {
        let article = "Deal struck\nJune 14, 2028\nThe foreign ministers sign on Friday in Lismaro. \
                       The talks ended on Friday. Ministers will meet on Monday. Critics say on Monday it is weak.";
        assert_eq!(
            dates(article),
            vec![
                ("Friday".into(), Some("2028-06-16".into())),
                ("Friday".into(), Some("2028-06-09".into())),
                ("Monday".into(), Some("2028-06-19".into())),
                ("Monday".into(), Some("2028-06-12".into())),
            ]
        );
    }

    #[test]
    fn a_day_said_as_an_ordinal_of_its_month() {
        let article = "Tariffs fall\nJune 14, 2028\nThe lower taxes will start on the first of July. \
                       The vote is due on the 27th of June, and the review on the twenty-second of May 2029. \
                       It was the first time in years, and the second of the three rounds.";
        assert_eq!(
            dates(article),
            vec![
                ("first of July".into(), Some("2028-07-01".into())),
                ("27th of June".into(), Some("2028-06-27".into())),
                ("twenty-second of May 2029".into(), Some("2029-05-22".into())),
            ]
        );
        // Whatever follows the month, nothing is cut inside a character.
        assert_eq!(dates("Talks\nJune 14, 2028\nOn the first of July ééé it ends.").len(), 1);
        assert_eq!(dates("Talks\nJune 14, 2028\nOn the 3rd of July 20€ it ends.").len(), 1);
    }

    #[test]
    fn resolved_against_the_article_date() {
        let article = "Talks end in Florida\nUpdated Nov. 30, 2025 6:19 pm ET\nThe talks on Sunday followed a meeting last week and a plan leaked in mid-November. Witkoff met Putin on Tuesday. They met in October and will meet next Sunday. Witkoff will fly to Moscow on Monday.";
        assert_eq!(
            dates(article),
            vec![
                ("Sunday".into(), Some("2025-11-30".into())),
                ("last week".into(), Some("2025-11-17/2025-11-23".into())),
                ("mid-November".into(), Some("2025-11".into())),
                ("Tuesday".into(), Some("2025-11-25".into())),
                ("October".into(), Some("2025-10".into())),
                ("Sunday".into(), Some("2025-12-07".into())),
                ("Monday".into(), Some("2025-12-01".into())),
            ]
        );
    }

    #[test]
    fn a_future_in_the_past_is_ahead() {
        let article = "Rocket fails\nSeptember 15, 2027\nHe said they had set up a board, which would meet for the first time on \
                       Thursday and report its conclusions by the end of November. The rocket failed on Tuesday. \
                       The first round had failed in November.";
        assert_eq!(
            dates(article),
            vec![
                ("Thursday".into(), Some("2027-09-16".into())),
                ("November".into(), Some("2027-11".into())),
                ("Tuesday".into(), Some("2027-09-14".into())),
                ("November".into(), Some("2026-11".into())),
            ]
        );
    }

    #[test]
    fn a_month_or_day_ahead_in_the_future_tense_is_the_coming_one() {
        let article = "Talks in Vienna\nNovember 14, 2027\nThe first round was held in September, and the war began in December. \
                       Experts will meet in Graz in December, and ministers will return in January. \
                       The round is scheduled to move to Salzburg on January 20. The fund opened on March 3. The trial opened on Dec. 5. The fund, financed by Japan, must reopen the crossings by Dec. 1. \
                       Both armies will return to the positions they held before Jan. 27, when the war began. \
                       The plan to automate the quay triggered the conflict in January, after a war in July 2025. \
                       Water experts meet in Graz in early December. In June, the first round failed. \
                       The bank said it would step up sales of bonds, starting in January. \
                       It will also speed up sales, selling bonds from January rather than now.";
        assert_eq!(
            dates(article),
            vec![
                ("September".into(), Some("2027-09".into())),
                ("December".into(), Some("2026-12".into())),
                ("December".into(), Some("2027-12".into())),
                ("January".into(), Some("2028-01".into())),
                ("January 20".into(), Some("2028-01-20".into())),
                ("March 3".into(), Some("2027-03-03".into())),
                ("Dec. 5".into(), Some("2026-12-05".into())),
                ("Dec. 1".into(), Some("2027-12-01".into())),
                ("Jan. 27".into(), Some("2027-01-27".into())),
                ("January".into(), Some("2027-01".into())),
                ("July 2025".into(), Some("2025-07".into())),
                ("December".into(), Some("2027-12".into())),
                ("June".into(), Some("2027-06".into())),
                ("January".into(), Some("2028-01".into())),
                ("January".into(), Some("2028-01".into())),
            ]
        );
    }

    #[test]
    fn abbreviations_and_may_are_not_months() {
        assert_eq!(dates("They met at Mar-a-Lago, and he may go to Jan's house."), vec![]);
    }

    #[test]
    fn unknown_article_date_leaves_relative_dates_unresolved() {
        assert_eq!(
            dates("They met on Sunday, and on Nov. 30, 2025 they met again, as in October 2024."),
            vec![
                ("Sunday".into(), None),
                ("Nov. 30, 2025".into(), Some("2025-11-30".into())),
                ("October 2024".into(), Some("2024-10".into())),
            ]
        );
    }

    #[test]
    fn day_arithmetic_round_trips() {
        for days in [-1000, 0, 19_000, 20_422, 40_000] {
            let (y, m, d) = from_days(days);
            assert_eq!(to_days(y, m, d), days);
        }
        assert_eq!(iso(to_days(2025, 11, 30)), "2025-11-30");
    }
}
