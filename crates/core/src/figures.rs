//! Figures as ranges with units and qualifiers: "five-hour meeting" is exactly 5 hours,
//! "more than four hours" is above 4, "a nearly 10-hour air assault" just under 10,
//! "$106 billion" is 106e9 US dollars, "19 points", "one million soldiers".
//!
//! A range says what the text commits to, so figures from two outlets can be compared:
//! "more than four hours" is compatible with "five hours"; 19 points is not 20.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::document::{Document, Span};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub doc: u32,
    pub passage: u32,
    /// Byte span of the figure's words (qualifier, number and unit) in the document's text.
    pub span: Span,
    pub text: String,
    /// The number as written, scaled ("one million" → 1e6).
    pub value: f64,
    /// The range the wording allows; `None` is unbounded on that side.
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub low_inclusive: bool,
    pub high_inclusive: bool,
    /// Singular unit or counted noun ("hour", "point", "soldier", "USD", "percent").
    pub unit: String,
    pub qualifier: Option<String>,
}

impl Figure {
    /// Whether the wording leaves the range open on one side ("more than 40", "up to
    /// 48,000 tonnes", "80+").
    pub fn is_open(&self) -> bool {
        self.low.is_none() || self.high.is_none()
    }

    /// Whether the figure is one number, not a range ("41 people"; not "nearly 150").
    pub fn is_exact(&self) -> bool {
        self.low.is_some() && self.low == self.high
    }

    /// Whether the range the wording allows holds the number `v` ("more than 40" holds
    /// 43, not 40).
    pub fn holds(&self, v: f64) -> bool {
        let above = self.low.is_none_or(|l| v > l || v == l && self.low_inclusive);
        let below = self.high.is_none_or(|h| v < h || v == h && self.high_inclusive);
        above && below
    }

    /// Whether two figures of the same unit can both be true.
    pub fn compatible(&self, other: &Figure) -> bool {
        same_unit(&self.unit, &other.unit) && self.ranges_agree(other)
    }

    /// Whether the ranges two figures' wordings allow can both be true, their units
    /// aside (`compatible` checks the unit; `same_count` compares counts of two nouns).
    fn ranges_agree(&self, other: &Figure) -> bool {
        if self.unit == TIME_OF_DAY {
            let bounds = |f: &Figure| (f.low.unwrap_or(f.value), f.high.unwrap_or(f.value));
            let ((a0, a1), (b0, b1)) = (bounds(self), bounds(other));
            return [-DAY_MINUTES, 0.0, DAY_MINUTES].iter().any(|shift| a0 <= b1 + shift && b0 + shift <= a1);
        }
        let below = |a: &Figure, b: &Figure| match (a.high, b.low) {
            (Some(h), Some(l)) => h < l || (h == l && !(a.high_inclusive && b.low_inclusive)),
            _ => false,
        };
        // Two floors ("more than 6,400 incidents" / "more than 7,000 incidents") or two
        // ceilings could both hold, but an outlet gives the floor it was told: floors
        // more than 5% apart are two counts, made at two times, unless the looser one is
        // the other rounded ("more than 50 people" for "at least 58").
        let significant = significant_digits;
        let apart = |looser: f64, tighter: f64| {
            (looser - tighter).abs() > 0.05 * looser.abs().max(tighter.abs()) && significant(looser) >= significant(tighter)
        };
        let open_above = |f: &Figure| f.high.is_none();
        let open_below = |f: &Figure| f.low.is_none_or(|l| l == 0.0);
        let floors = match (self.low, other.low) {
            (Some(x), Some(y)) if open_above(self) && open_above(other) => apart(x.min(y), x.max(y)),
            _ => false,
        };
        let ceilings = match (self.high, other.high) {
            (Some(x), Some(y)) if open_below(self) && open_below(other) => apart(x.max(y), x.min(y)),
            _ => false,
        };
        // "More than" a share is the share rounded down to its last written digit: "more
        // than 40%" is 41% or 46%, not the 52% another outlet gives ("more than 50%" would
        // be written). A count may have grown between two reports ("more than 130
        // vessels" / "146 vessels"), and "at least 25" is a count so far.
        let rounded_floor = |open: &Figure, exact: &Figure| match (open.low, open.high, exact.low, exact.high) {
            (Some(x), None, Some(l), Some(_)) if x > 0.0 && l > x && !open.low_inclusive && open.unit == "percent" => {
                l > x + last_digit_step(x)
            }
            _ => false,
        };
        !(below(self, other) || below(other, self) || floors || ceilings || rounded_floor(self, other) || rounded_floor(other, self))
    }
}

/// The digits a number is given to, trailing zeros left out: 2,850,000 → 3, 4,000 → 1,
/// 146 → 3, 67.3 → 3, 0.05 → 1. Decimals count up to the third (a value a scale was
/// multiplied into, "£2.85m", is read as the whole number it is).
pub fn significant_digits(v: f64) -> u32 {
    let v = v.abs();
    let whole = (0..=3)
        .map(|k| v * 10f64.powi(k))
        .find(|x| (x - x.round()).abs() <= 1e-6 * x.abs().max(1.0))
        .unwrap_or(v.round());
    let mut n = whole.round() as u64;
    let mut digits = 0;
    while n > 0 && n.is_multiple_of(10) {
        n /= 10;
    }
    while n > 0 {
        n /= 10;
        digits += 1;
    }
    digits
}

/// The value of a figure's last written digit: 40 → 10, 6,400 → 100, 4 → 1, 2.5 → 0.1.
fn last_digit_step(x: f64) -> f64 {
    let x = x.abs();
    if x.fract() != 0.0 {
        let written = format!("{x}");
        let decimals = written.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
        return 10f64.powi(-decimals);
    }
    let mut n = x.round() as u64;
    let mut step = 1.0;
    while n >= 10 && n.is_multiple_of(10) {
        n /= 10;
        step *= 10.0;
    }
    step
}

const SMALL: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("a hundred", 100.0),
    ("hundred", 100.0),
    ("a dozen", 12.0),
    ("dozen", 12.0),
];

/// Tens and units joined ("twenty-seven", "forty-five"), lowercase.
fn tens_and_units(word: &str) -> Option<f64> {
    let (t, u) = word.split_once('-')?;
    let (t, u) = (small_number(t)?, small_number(u)?);
    ((20.0..=90.0).contains(&t) && t % 10.0 == 0.0 && (1.0..=9.0).contains(&u)).then_some(t + u)
}

/// A number written as a word of `SMALL` ("five", "a dozen"), lowercase.
fn small_number(word: &str) -> Option<f64> {
    SMALL.iter().find(|(x, _)| *x == word).map(|(_, v)| *v)
}
/// Fractions of a measure ("half a percentage point", "a quarter-point rise").
const FRACTIONS: &[(&str, f64)] = &[("half", 0.5), ("quarter", 0.25)];
pub(crate) const SCALES: &[(&str, f64)] = &[("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];
/// A wire's abbreviations of the scale words, as a word of their own ("40 mln euro", "1.2
/// bln florin"); glued to a sum they are `MONEY_SCALES`.
const SCALE_ABBREVIATIONS: &[(&str, f64)] = &[("mln", 1e6), ("mn", 1e6), ("bln", 1e9), ("bn", 1e9), ("trn", 1e12)];
/// Vague quantities as ranges: "dozens of drones", "hundreds of missiles".
const VAGUE: &[(&str, f64, f64)] = &[
    ("dozens", 24.0, 144.0),
    ("scores", 40.0, 200.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2000.0, 9999.0),
    ("millions", 2e6, 9.99e6),
];
const CURRENCIES: &[(&str, &str)] = &[("$", "USD"), ("€", "EUR"), ("£", "GBP")];
/// The short scales newsrooms glue to a sum of money ("€90m", "$5bn", "£3.4tn", "$40k").
/// "$1.3B", "$845M": the capitals of a newsletter's bullet figures, read lowercase;
/// "€720mn", as some broadsheets write a million.
const MONEY_SCALES: &[(&str, f64)] = &[("bn", 1e9), ("tn", 1e12), ("mn", 1e6), ("b", 1e9), ("m", 1e6), ("k", 1e3)];
/// Scales glued to a count, in capitals ("110K", "4.3M", "2B"): in lower case they are a
/// distance or a race ("100m", "5k").
const COUNT_SCALES: &[(&str, f64)] = &[("K", 1e3), ("M", 1e6), ("B", 1e9)];
/// Units written two ways, as outlets do ("90 million euros" / "€90m"; "436 million
/// tonnes" / "436 million metric tons"): the word as `singular` gives it, and the unit it
/// is compared as. Dollars are US dollars, as the "$" of `CURRENCIES` is; "pound" is left
/// out (a weight as often as a currency).
const UNIT_ALIASES: &[(&str, &str)] = &[
    ("euro", "EUR"),
    ("dollar", "USD"),
    ("tonne", "ton"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("kilogram", "kg"),
    ("kilogramme", "kg"),
    ("metre", "meter"),
    ("millimetre", "mm"),
    ("millimeter", "mm"),
    ("centimetre", "cm"),
    ("centimeter", "cm"),
    ("mi", "mile"),
    ("ft", "foot"),
    ("feet", "foot"),
    // Members of a parliament, as outlets count them: "78 lawmakers", "78 MPs",
    // "Seventy-eight deputies", "78 legislators".
    ("mp", "lawmaker"),
    ("mep", "lawmaker"),
    ("deputy", "lawmaker"),
    ("legislator", "lawmaker"),
    ("parliamentarian", "lawmaker"),
];

/// Days in each unit of time a span is given in ("828 days", "27 months", "just over two
/// years").
const DAYS_PER: &[(&str, f64)] =
    &[("minute", 1.0 / 1440.0), ("hour", 1.0 / 24.0), ("day", 1.0), ("week", 7.0), ("month", 30.44), ("year", 365.25)];

/// Measures an outlet may give in another unit ("11,000 square kilometres (4,250 square
/// miles)", "40 metres" / "131 feet"): what each is in its kind's base unit.
const MEASURE_UNITS: &[(&str, &str, f64)] = &[
    ("km", "length", 1000.0),
    ("mile", "length", 1609.344),
    ("meter", "length", 1.0),
    ("foot", "length", 0.3048),
    ("inch", "length", 0.0254),
    ("mm", "length", 0.001),
    ("cm", "length", 0.01),
    ("m2", "area", 1.0),
    ("km2", "area", 1e6),
    ("mi2", "area", 2_589_988.0),
    ("hectare", "area", 1e4),
    ("acre", "area", 4046.856),
    ("kmh", "speed", 1.0),
    ("mph", "speed", 1.609344),
];

/// Units glued to the number they follow, as written ("41C", "106°F", "85km/h",
/// "53mph"), and the unit each is compared as. A temperature in Celsius is "degree", as
/// most of the world writes it ("41 degrees"); Fahrenheit is its own unit.
const GLUED_MEASURES: &[(&str, &str)] = &[
    ("°C", "degree"),
    ("°F", "fahrenheit"),
    ("°", "degree"),
    ("C", "degree"),
    ("F", "fahrenheit"),
    ("kph", "kmh"),
    ("kmh", "kmh"),
    ("km", "km"),
    ("mm", "mm"),
    ("cm", "cm"),
    ("mph", "mph"),
];

/// Dollars to one unit of each currency Parallax converts, as a band wide enough for the
/// years a corpus may span (the euro between $0.95 and $1.25, the pound between $1.15
/// and $1.45): an outlet that converts a figure uses the rate of its day.
const DOLLARS_PER: &[(&str, f64, f64)] = &[("USD", 1.0, 1.0), ("EUR", 0.95, 1.25), ("GBP", 1.15, 1.45)];

impl Figure {
    /// A span of time as the days it may cover (low, high) and the days it says: its
    /// range, and a whole number of a unit is that number rounded ("two years" is from
    /// 1.7 years to 2.3, so 828 days can be "two years", "27 months" and "just over two
    /// years", but 18 months is not "two years").
    fn in_days(&self) -> Option<(f64, f64, f64)> {
        let (_, days) = DAYS_PER.iter().find(|(u, _)| *u == self.unit)?;
        let rounding = if self.value.fract() == 0.0 { 0.3 } else { 0.05 };
        let low = self.low.unwrap_or(0.0).min(self.value) - rounding;
        let high = self.high.unwrap_or(f64::INFINITY).max(self.value) + rounding;
        Some((low.max(0.0) * days, high * days, self.value * days))
    }

    /// Whether two counts of two nouns are one count: "about 480,000 people" / "roughly
    /// 480,000 residents" (people, from ten up), "420 licences" / "Four hundred and twenty
    /// boats" (any two nouns that count, from 20 up and given to two digits or more: in
    /// one story, 240 of one thing and 240 of another are one 240; 5 or 100 of each are
    /// not). Two ranges of people in digits whose numbers are within `NEAR_COUNT` meet
    /// where they overlap ("Some 2,400 people … were forced to leave" / "More than 2,000
    /// residents … were evacuated"); not a word ("dozens of divers"), nor an exact
    /// number, which another outlet would give as it is. Not a measure, a sum, a share, a
    /// moment, an age, a rank or a score. Never a difference: "27 people" and "14
    /// patients" may count two groups.
    pub fn same_count(&self, other: &Figure) -> bool {
        // Two rounded counts of one crowd are this near ("some 2,400" / "more than 2,000").
        const NEAR_COUNT: f64 = 1.25;
        let people = |u: &str| u == "people" || u == "person";
        let counted = |u: &str| {
            u.chars().all(char::is_alphabetic)
                && !MEASURES.contains(&u)
                && !DAYS_PER.iter().any(|(d, _)| *d == u)
                && u.chars().next().is_some_and(char::is_lowercase)
                && ![AGE, RANK, SCORE, "percent"].contains(&u)
        };
        if !counted(&self.unit) || !counted(&other.unit) {
            return false;
        }
        let of_people = people(&self.unit) != people(&other.unit);
        if self.value != other.value {
            let (lo, hi) = (self.value.min(other.value), self.value.max(other.value));
            let told = |f: &Figure| !f.is_exact() && f.text.contains(|c: char| c.is_ascii_digit());
            return of_people && lo >= 10.0 && hi <= lo * NEAR_COUNT && told(self) && told(other) && self.ranges_agree(other);
        }
        of_people && self.value >= 10.0 || self.value >= 20.0 && significant_digits(self.value) >= 2
    }

    /// Whether two sums in two currencies can be one sum converted ("€720m" / "$845
    /// million" / "£620m"): the sums as written, each in dollars at any rate of its
    /// band, can meet (a qualifier's range would widen the band too far: "~$17.3B" is
    /// not "around €21bn"). Never a difference: sums in two currencies are compared only
    /// this way. So are spans of time in two units (`Figure::in_days`).
    pub fn converted(&self, other: &Figure) -> bool {
        if let (Some(a), Some(b)) = (self.in_days(), other.in_days()) {
            // Of one size, too: "over 47 sitting days" is not "seven years".
            let (x, y) = (a.2.min(b.2), a.2.max(b.2));
            return self.unit != other.unit && a.0 <= b.1 && b.0 <= a.1 && x > 0.0 && y <= x * 1.5;
        }
        // A measure in two units: the two of one kind, and one within 5% of the other once
        // converted (a converted figure is rounded: 11,000 km² is 4,247 square miles).
        // A temperature in Celsius and in Fahrenheit, within a degree once converted
        // ("41C" / "106°F").
        let celsius = |f: &Figure| match f.unit.as_str() {
            "degree" => Some(f.value),
            "fahrenheit" => Some((f.value - 32.0) * 5.0 / 9.0),
            _ => None,
        };
        if let (Some(a), Some(b)) = (celsius(self), celsius(other)) {
            return self.unit != other.unit && (a - b).abs() <= 1.0;
        }
        let measure = |f: &Figure| MEASURE_UNITS.iter().find(|(u, _, _)| *u == f.unit).map(|&(_, kind, base)| (kind, f.value * base));
        if let (Some((ka, a)), Some((kb, b))) = (measure(self), measure(other)) {
            return ka == kb && self.unit != other.unit && a > 0.0 && b > 0.0 && (a - b).abs() <= 0.05 * a.max(b);
        }
        let band = |f: &Figure| DOLLARS_PER.iter().find(|(c, _, _)| *c == f.unit).map(|&(_, lo, hi)| (lo, hi));
        let (Some((alo, ahi)), Some((blo, bhi))) = (band(self), band(other)) else { return false };
        if self.unit == other.unit {
            return false;
        }
        let ((a0, a1), (b0, b1)) = ((self.value * alo, self.value * ahi), (other.value * blo, other.value * bhi));
        self.value > 0.0 && other.value > 0.0 && a0 <= b1 && b0 <= a1
    }
}

/// Whether a unit is a currency (`DOLLARS_PER`).
pub fn is_money(unit: &str) -> bool {
    DOLLARS_PER.iter().any(|(c, _, _)| *c == unit)
}

/// Which figures are an outlet's own conversion of the sum just before them, in another
/// currency: "40 million euro ($43 million)", "€720m ($845m)". Such a sum says nothing
/// of its own, and compared across currencies it could meet a changed sum ("42 mln
/// euros" two days later) that the sum it converts differs from.
pub fn conversions(figures: &[Figure]) -> Vec<bool> {
    let currency = |f: &Figure| is_money(&f.unit);
    let ends: HashMap<(u32, u32), usize> =
        figures.iter().enumerate().filter(|(_, f)| currency(f)).map(|(i, f)| ((f.doc, f.span.end), i)).collect();
    figures
        .iter()
        .map(|f| {
            currency(f)
                && (1..=2).any(|gap| {
                    f.span.start.checked_sub(gap).and_then(|end| ends.get(&(f.doc, end))).is_some_and(|&j| figures[j].unit != f.unit)
                })
        })
        .collect()
}

/// Whether two units count one thing: the same word, or a closed compound and its head
/// ("dockworker" / "worker", "warship" / "ship"), as outlets write "9,000 dockworkers"
/// and "some 9,000 dock workers". The head must be a word of four letters at least, and
/// what comes before it three ("seaman" is no "man").
pub fn same_unit(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || short.len() >= 4
            && long.len() >= short.len() + 3
            && long.ends_with(short)
            && long.is_char_boundary(long.len() - short.len())
            && long.chars().all(char::is_alphabetic)
}

/// Words that measure rather than count, after which a plural noun is not a head
/// ("a 4 percent rise", "three hours talks"): a figure of them keeps them as its unit.
const MEASURES: &[&str] = &[
    "percent", "per", "cent", "point", "hour", "minute", "second", "day", "week", "month", "year", "mile", "km", "meter", "ton", "kg",
    "EUR", "USD", "GBP", "pound", "degree", "foot", "feet", "inch", "acre", "hectare", "time", "fahrenheit", "kmh", "mph", "mm", "cm",
];

/// The unit of a change in a rate: "half a percentage point", "50 basis points".
const PERCENTAGE_POINT: &str = "percentage point";

/// A unit written in two words, or in a scale of another unit, at word `k`: its unit,
/// its last word, and what the number is multiplied by ("1.75 per cent" is 1.75
/// percent, "50 basis points" 0.5 percentage points).
fn unit_phrase(ws: &[Word], k: usize) -> Option<(String, usize, f64)> {
    let word = |at: usize| ws.get(at).map(|w| w.text.to_lowercase());
    let (first, second) = (word(k)?, word(k + 1));
    let point = second.as_deref().is_some_and(|w| w == "point" || w == "points");
    match first.as_str() {
        "per" if second.as_deref() == Some("cent") => Some(("percent".to_string(), k + 1, 1.0)),
        "percentage" if point => Some((PERCENTAGE_POINT.to_string(), k + 1, 1.0)),
        "basis" if point => Some((PERCENTAGE_POINT.to_string(), k + 1, 0.01)),
        "bp" | "bps" => Some((PERCENTAGE_POINT.to_string(), k, 0.01)),
        // Areas: "11,000 square kilometres", "11,000 sq km", "4,250 square miles", "sq mi".
        "square" | "sq" => {
            let unit = match second.as_deref()? {
                "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => "km2",
                "mi" | "miles" | "mile" => "mi2",
                "metres" | "meters" | "m" => "m2",
                _ => return None,
            };
            Some((unit.to_string(), k + 1, 1.0))
        }
        "km²" | "km2" => Some(("km2".to_string(), k, 1.0)),
        // Speeds: "85 km/h", "85 km per hour", "53 miles an hour", "85 kph", "53 mph".
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" | "mile" | "miles" => {
            let unit = if first.starts_with('k') { "kmh" } else { "mph" };
            let hour = |at: usize| word(at).is_some_and(|w| w == "hour");
            if second.as_deref() == Some("h") {
                Some((unit.to_string(), k + 1, 1.0))
            } else if second.as_deref().is_some_and(|w| ["per", "an", "a"].contains(&w)) && hour(k + 2) {
                Some((unit.to_string(), k + 2, 1.0))
            } else {
                None
            }
        }
        "kph" | "kmh" => Some(("kmh".to_string(), k, 1.0)),
        // Temperatures: "41 degrees Celsius", "106 degrees Fahrenheit", "41 °C".
        "degree" | "degrees" => match second.as_deref()? {
            "celsius" | "centigrade" | "c" | "°c" => Some(("degree".to_string(), k + 1, 1.0)),
            "fahrenheit" | "f" | "°f" => Some(("fahrenheit".to_string(), k + 1, 1.0)),
            _ => None,
        },
        "°c" | "°" => Some(("degree".to_string(), k, 1.0)),
        "°f" | "fahrenheit" => Some(("fahrenheit".to_string(), k, 1.0)),
        // A rate: "24.76 per euro", "112 km per hour" is read as km.
        "per" if second.as_deref().is_some_and(|w| w.chars().all(char::is_alphabetic) && w != "cent") => {
            Some((format!("per {}", unit_of(second.as_deref()?)), k + 1, 1.0))
        }
        // Thousands of tonnes: "48 kt", "48 kilotonnes".
        "kt" | "kilotonne" | "kilotonnes" | "kiloton" | "kilotons" => Some(("ton".to_string(), k, 1000.0)),
        _ => None,
    }
}

/// The unit a word names, through `UNIT_ALIASES`.
fn unit_of(word: &str) -> String {
    // "420 licences" and "420 fishing licenses" count one thing.
    let w = crate::search::us_spelling(&singular(word)).into_owned();
    UNIT_ALIASES.iter().find(|(a, _)| *a == w).map_or(w, |(_, u)| u.to_string())
}

/// Qualifiers and the range they make of a value `v`: (low, high, low inclusive, high inclusive).
#[allow(clippy::type_complexity)]
const QUALIFIERS: &[(&str, fn(f64) -> Range)] = &[
    ("more than", |v| (Some(v), None, false, false)),
    ("over", |v| (Some(v), None, false, false)),
    ("just over", |v| (Some(v), Some(v * 1.1), false, true)),
    ("at least", |v| (Some(v), None, true, false)),
    // "nearly three weeks" and "three weeks" are one figure rounded two ways.
    ("nearly", |v| (Some(v * 0.9), Some(v), true, true)),
    ("close to", |v| (Some(v * 0.9), Some(v), true, true)),
    ("just shy of", |v| (Some(v * 0.9), Some(v), true, false)),
    ("almost", |v| (Some(v * 0.9), Some(v), true, true)),
    ("just under", |v| (Some(v * 0.9), Some(v), true, false)),
    ("less than", |v| (Some(0.0), Some(v), true, false)),
    ("fewer than", |v| (Some(0.0), Some(v), true, false)),
    ("under", |v| (Some(0.0), Some(v), true, false)),
    ("up to", |v| (Some(0.0), Some(v), true, true)),
    ("as many as", |v| (Some(0.0), Some(v), true, true)),
    ("at most", |v| (Some(0.0), Some(v), true, true)),
    ("upwards of", |v| (Some(v), None, false, false)),
    ("in excess of", |v| (Some(v), None, false, false)),
    ("about", |v| (Some(v * 0.9), Some(v * 1.1), true, true)),
    ("around", |v| (Some(v * 0.9), Some(v * 1.1), true, true)),
    ("roughly", |v| (Some(v * 0.9), Some(v * 1.1), true, true)),
    ("approximately", |v| (Some(v * 0.9), Some(v * 1.1), true, true)),
    ("some", |v| (Some(v * 0.9), Some(v * 1.1), true, true)),
    ("an estimated", |v| (Some(v * 0.9), Some(v * 1.1), true, true)),
];

/// Verbs that take "over" or "under" as their particle ("handed over 133 prisoners",
/// "took over 40% of the market", "came under 12 attacks"), in their forms: "turnout
/// over 60%" keeps its floor.
const PARTICLE_VERBS: &[&str] = &[
    "hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking", "turn", "turns", "turned", "turning", "sign",
    "signs", "signed", "signing", "win", "wins", "won", "winning", "give", "gives", "gave", "given", "giving", "bring", "brings",
    "brought", "bringing", "come", "comes", "came", "coming",
];

/// Words after a number that are not what it counts: function words and the verbs that
/// follow a subject ("the toll rose to 13 after…", "two have been flown…").
const NOT_UNITS: &[&str] = &[
    "of", "and", "or", "to", "the", "a", "an", "in", "on", "at", "by", "for", "with", "as", "is", "was", "were", "are", "more", "than",
    "after", "before", "since", "from", "into", "who", "which", "that", "when", "while", "have", "has", "had", "be", "been", "will",
    "would", "could", "can", "may", "also", "still", "remain", "remained",
];

/// Adjectives allowed between a number and what it counts ("50 Ukrainian civilians").
/// A capitalised plural is what is counted, not an adjective ("146 Velesians held by
/// Ardania", "50 US Marines").
fn skippable(word: &str) -> bool {
    let adjective = ["ic", "al", "ian", "ese", "ish", "ary"].iter().any(|suffix| word.len() > 4 && word.ends_with(suffix));
    let capital = word.starts_with(|c: char| c.is_uppercase());
    // "MPs", "MEPs", "CEOs": an abbreviation's plural.
    let abbreviation = word.strip_suffix('s').is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
    let plural = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") || abbreviation;
    adjective
        || capital && !plural
        || [
            "new",
            "additional",
            "more",
            "other",
            "key",
            "main",
            "senior",
            "top",
            "former",
            "separate",
            "consecutive",
            "straight",
            "missing",
            "current",
            "past",
            "existing",
            "young",
            "old",
            "elderly",
            "small",
            "smaller",
            "large",
            "larger",
            "big",
            "bigger",
            "little",
            "masked",
            "armed",
            "unidentified",
        ]
        .contains(&word)
}

fn singular(word: &str) -> String {
    let w = word.to_lowercase();
    // "men", "women", "gunmen", "policemen", "chairmen" (not "specimen", "omen").
    if w == "men" || w == "women" || ["nmen", "smen", "emen", "rmen"].iter().any(|e| w.ends_with(e)) {
        return format!("{}man", &w[..w.len() - 3]);
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if w.ends_with("ss") {
        return w;
    }
    // "sketches", "crashes", "taxes", "losses" (not "cases").
    if ["ches", "shes", "xes", "sses"].iter().any(|e| w.ends_with(e)) {
        return w[..w.len() - 2].to_string();
    }
    w.strip_suffix('s').map_or(w.clone(), str::to_string)
}

struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        // "106°F", "41 °C": the degree sign belongs to its unit.
        let part = c.is_alphanumeric()
            || matches!(c, '$' | '€' | '£' | '%' | '-' | '.' | ',') && start.is_some()
            || matches!(c, '$' | '€' | '£' | '°');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word { start: s, end: i, text: &text[s..i] });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word { start: s, end: text.len(), text: &text[s..] });
    }
    // Trailing punctuation is not part of a word.
    for w in &mut out {
        let trimmed = w.text.trim_end_matches(['.', ',', '-']);
        w.end = w.start + trimmed.len();
        w.text = trimmed;
    }
    out.retain(|w| !w.text.is_empty());
    out
}

/// Who a story is about, counted in words ("two men", "two sides"): a reference, not a
/// figure (`extract`), as `unit_of` gives them.
const REFERENCES: &[&str] =
    &["man", "woman", "side", "country", "nation", "leader", "president", "government", "neighbour", "neighbor", "rival", "delegation"];

/// What a maturity before it names ("10-year bond", "two-year notes", "30-year
/// mortgage"), singular and lowercase.
const MATURITY_OF: &[&str] =
    &["bond", "note", "yield", "treasury", "bill", "gilt", "bund", "mortgage", "loan", "swap", "paper", "debt", "bobl", "schatz"];

/// A number at word `i`: its value, the index of its last word, a currency and a hyphenated unit.
fn number_at(ws: &[Word], i: usize) -> Option<(f64, usize, Option<&'static str>, Option<String>)> {
    let mut text = ws[i].text;
    let mut currency = None;
    for (sym, code) in CURRENCIES {
        if let Some(rest) = text.strip_prefix(sym) {
            currency = Some(*code);
            text = rest;
        }
    }
    let lower = text.to_lowercase();
    let compound = tens_and_units(&lower);
    // "five-hour", "28-point", "10-hour".
    let (num_part, hyphen_unit) = match lower.split_once('-') {
        _ if compound.is_some() => (lower.clone(), None),
        Some((n, u))
            if !u.is_empty()
                && u.chars().all(char::is_alphabetic)
                && !["on", "in", "year-old", "old", "way", "most", "term", "fold"].contains(&u) =>
        {
            (n.to_string(), Some(u.to_string()))
        }
        Some(_) => return None,
        None => (lower.clone(), None),
    };
    // "the 10-year bond", "the 10-year government bond yield", "a 30-year mortgage": a
    // maturity names the instrument, it measures nothing the article reports.
    if hyphen_unit.as_deref().is_some_and(|u| ["year", "month", "week", "day"].contains(&u)) {
        let word = |at: usize| ws.get(at).map(|w| singular(w.text)).unwrap_or_default();
        let names = |at: usize| MATURITY_OF.contains(&word(at).as_str());
        let modifier = ["government", "sovereign", "benchmark", "treasury"].contains(&word(i + 1).as_str());
        if names(i + 1) || modifier && names(i + 2) {
            return None;
        }
    }
    // "€90m", "$5bn": a sum of money with its scale glued on.
    // "110K visitors", "4.3M customers": a count's scale glued on, in capitals ("5k" is
    // a race, "100m" a distance).
    let glued = currency
        .and_then(|_| MONEY_SCALES.iter().find_map(|(suffix, scale)| Some((num_part.strip_suffix(suffix)?, *scale))))
        .or_else(|| {
            let at = text.len().checked_sub(1)?;
            let scale = COUNT_SCALES.iter().find(|(suffix, _)| text.get(at..) == Some(*suffix))?.1;
            if hyphen_unit.is_some() || !text[..at].chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',')) {
                return None;
            }
            Some((num_part.get(..at)?, scale))
        });
    // "41C", "106°F", "85km/h", "53mph": a measure's unit glued on, as written (a
    // lowercase "c" or "f" is no temperature).
    let measure = (currency.is_none() && hyphen_unit.is_none() && glued.is_none())
        .then(|| {
            GLUED_MEASURES.iter().find_map(|(suffix, unit)| {
                let digits = text.strip_suffix(suffix)?;
                let number = digits.starts_with(|c: char| c.is_ascii_digit()) && digits.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
                number.then_some((digits, *unit))
            })
        })
        .flatten();
    if let Some((digits, unit)) = measure {
        let value = digits.chars().filter(|c| *c != ',').collect::<String>().parse::<f64>().ok()?;
        // "85km/h": the hour is the next word.
        let per_hour = unit == "km" && ws.get(i + 1).is_some_and(|w| w.text == "h");
        let (unit, last) = if per_hour { ("kmh", i + 1) } else { (unit, i) };
        return Some((value, last, None, Some(unit.to_string())));
    }
    let mut value = if let Some(v) = compound {
        v
    } else if let Some((digits, scale)) = glued.filter(|(d, _)| d.starts_with(|c: char| c.is_ascii_digit())) {
        let digits: String = digits.chars().filter(|c| *c != ',').collect();
        digits.parse::<f64>().ok()? * scale
    } else if num_part.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let digits: String = num_part.chars().filter(|c| *c != ',').collect();
        let digits = digits.trim_end_matches('%');
        digits.parse::<f64>().ok()?
    } else if let Some(v) = small_number(&num_part) {
        v
    } else if let Some((_, v)) = FRACTIONS.iter().find(|(w, _)| *w == num_part) {
        // "a half-point cut", "a quarter-hour", and "half a percentage point", "a quarter
        // of a point", "half an hour": the fraction of a measure, never of a count
        // ("half of Swedish homeowners").
        if hyphen_unit.is_some() {
            *v
        } else {
            let word = |at: usize| ws.get(at).map(|w| w.text.to_lowercase()).unwrap_or_default();
            let skip = if ["a", "an"].contains(&word(i + 1).as_str()) {
                1
            } else if word(i + 1) == "of" && ["a", "an"].contains(&word(i + 2).as_str()) {
                2
            } else {
                return None;
            };
            let unit = singular(&word(i + skip + 1));
            if !(MEASURES.contains(&unit.as_str()) || unit == "percentage" || unit == "basis") {
                return None;
            }
            return Some((*v, i + skip, None, None));
        }
    } else {
        return None;
    };
    let mut last = i;
    let percent = text.ends_with('%');
    // "Four hundred and twenty boats", "a hundred and eighty", "three hundred thousand":
    // hundreds in words, with what follows them.
    let in_words = compound.is_some() || small_number(&num_part).is_some();
    if in_words && hyphen_unit.is_none() && currency.is_none() {
        let word = |at: usize| ws.get(at).map(|w| w.text.to_lowercase()).unwrap_or_default();
        if value < 10.0 && word(i + 1) == "hundred" {
            value *= 100.0;
            last = i + 1;
        }
        // "six point four": a decimal in words, digit by digit after the point (not "at
        // one point two gunmen").
        let digit = |w: &str| small_number(w).filter(|v| *v < 10.0);
        let at_one_point = i >= 1 && word(i - 1) == "at" && value == 1.0;
        if value < 100.0 && !at_one_point && word(last + 1) == "point" && digit(&word(last + 2)).is_some() {
            let mut place = 0.1;
            last += 1;
            while let Some(d) = digit(&word(last + 1)) {
                value += d * place;
                place /= 10.0;
                last += 1;
            }
            value = (value * 1e6).round() / 1e6;
        }
        if value >= 100.0 && value % 100.0 == 0.0 && value < 1000.0 {
            let below_hundred = |w: &str| tens_and_units(w).or_else(|| small_number(w).filter(|v| *v < 100.0));
            let skip = usize::from(word(last + 1) == "and");
            if let Some(rest) = below_hundred(&word(last + 1 + skip)) {
                value += rest;
                last += 1 + skip;
            }
        }
    }
    if hyphen_unit.is_none() && glued.is_none() {
        if let Some(next) = ws.get(last + 1) {
            let word = next.text.to_lowercase();
            if let Some((_, scale)) = SCALES.iter().chain(SCALE_ABBREVIATIONS).find(|(w, _)| *w == word) {
                value *= scale;
                last += 1;
            }
        }
    }
    let unit = if percent { Some("percent".to_string()) } else { hyphen_unit.map(|u| unit_of(&u)) };
    Some((value, last, currency, unit))
}

/// Whether the number at word `i` (of value `value`) is a year or a clock time.
fn is_year_or_time(text: &str, ws: &[Word], i: usize, value: f64) -> bool {
    let raw = ws[i].text;
    let four_digits = raw.len() == 4 && raw.chars().all(|c| c.is_ascii_digit());
    // "03:30", "9:40": the colon splits the clock into two words.
    let (before, after) = (&text[..ws[i].start], &text[ws[i].end..]);
    // An older year where a year is said: "in 1821", "a 1714 portrait" (a count of
    // them is plural: "1500 troops").
    let previous = i.checked_sub(1).map(|k| ws[k].text.to_lowercase()).unwrap_or_default();
    let singular_next = ws.get(i + 1).is_none_or(|w| !w.text.ends_with('s')) && !after.starts_with(|c: char| c.is_alphanumeric());
    let older = (1000.0..1900.0).contains(&value)
        && (["in", "since", "from", "of", "by", "until", "a", "an", "the", "circa", "c"].contains(&previous.as_str()) || singular_next);
    let is_year = four_digits && ((1900.0..=2100.0).contains(&value) || older);
    let clock = before.strip_suffix(':').is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
        || after.strip_prefix(':').is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    let next = ws.get(i + 1).map(|w| w.text.to_lowercase());
    // "2140 GMT", "2140 local time", "0945 hrs".
    let military = four_digits && next.as_deref().is_some_and(|n| crate::date::is_zone_name(n) || ["local", "hrs", "hours"].contains(&n));
    // "March 3, 2027", "Nov. 30", "3 March": a day of a month.
    let month = |w: Option<&Word>| w.is_some_and(|w| crate::date::month_number(w.text).is_some() && w.text.starts_with(char::is_uppercase));
    let day = raw.len() <= 2 && (1.0..=31.0).contains(&value) && (month(i.checked_sub(1).and_then(|k| ws.get(k))) || month(ws.get(i + 1)));
    is_year || day || raw.contains(':') || clock || military || next.as_deref().is_some_and(|n| ["a.m", "p.m", "am", "pm"].contains(&n))
}

/// The unit of a clock time ("9:40 p.m.", "2140 GMT", "shortly before 5am"), whose
/// value is minutes after midnight. "Midnight" and "noon" stay words: shared, they
/// are already a shared word.
pub const TIME_OF_DAY: &str = "time of day";

/// The unit of a person's age ("the 22-year-old", "aged 22", "Lindqvist, 25,"): a
/// figure of who someone is, equal or not the same.
pub const AGE: &str = "age";

/// The unit of a score or a tally ("won 7-6", "a 6-3 ruling", "voted 4-1"), whose value
/// is 1000 × the larger number + the smaller: a 4-1 win is a 1-4 defeat.
pub const SCORE: &str = "score";

/// The unit of a place in a ranking ("world No. 74", "No 1", "ranked 74th", "the
/// 74th-ranked Hungarian"): who someone is, like an age.
pub const RANK: &str = "rank";

/// Shares said in words, and what they are as a percentage: "a third of the vote",
/// "two-thirds of voters", "half of Swedish homeowners" (`share_at`).
const DENOMINATORS: &[(&str, f64)] =
    &[("half", 2.0), ("third", 3.0), ("quarter", 4.0), ("fourth", 4.0), ("fifth", 5.0), ("tenth", 10.0)];

/// Words before a fraction that make it a part of a time or a place, not a share ("the
/// first half of 2028", "the third quarter", "the riverfront quarter of restaurants").
const NOT_SHARES_AFTER: &[&str] = &[
    "first", "second", "third", "fourth", "final", "last", "latter", "former", "opening", "closing", "same", "next", "previous",
    "past", "and",
];

/// A share said in words at word `i`, as a percentage: its value, and the words of the
/// fraction (first, last). "a third of the vote", "two-thirds of voters", "three
/// quarters of", "half of", "half the staff", "one in ten", "nine out of 10", and a
/// change by a share ("jumped by more than a quarter"). A fraction of a measure or a
/// count ("a quarter of a million", "half a percentage point") is not a share, nor a
/// part of a time ("the first half of 2028").
fn share_at(text: &str, ws: &[Word], i: usize) -> Option<(f64, usize, usize)> {
    let lower = |at: usize| ws.get(at).map(|w| w.text.to_lowercase()).unwrap_or_default();
    let small = |w: &str| small_number(w).filter(|v| *v <= 10.0);
    let count = |w: &str| small(w).or_else(|| w.chars().all(|c| c.is_ascii_digit()).then(|| w.parse::<f64>().ok()).flatten());
    let denominator = |w: &str| {
        let w = w.strip_suffix('s').unwrap_or(w);
        DENOMINATORS.iter().find(|(d, _)| *d == w).map(|(_, v)| *v)
    };
    if i > 0 && NOT_SHARES_AFTER.contains(&lower(i - 1).as_str()) {
        return None;
    }
    // "one in ten", "nine out of 10", "1 in 4".
    if let Some(n) = count(&lower(i)) {
        let over = if lower(i + 1) == "in" { i + 2 } else if lower(i + 1) == "out" && lower(i + 2) == "of" { i + 3 } else { i };
        if over > i {
            // "5 in 10 minutes" is a pace, not a share.
            let m = count(&lower(over)).filter(|m| (2.0..=100.0).contains(m) && n >= 1.0 && n <= *m)?;
            if MEASURES.contains(&singular(&lower(over + 1)).as_str()) {
                return None;
            }
            return Some((tenths(100.0 * n / m), i, over));
        }
    }
    // The fraction: "half", "a third", "one quarter", "two thirds", "two-thirds".
    let word = lower(i);
    // "a half", "one and a half": read at the article, or no share.
    if word == "half" && i > 0 && ["a", "an", "one"].contains(&lower(i - 1).as_str()) {
        return None;
    }
    let (value, last) = if word == "half" {
        (50.0, i)
    } else if let Some((n, d)) = word.split_once('-') {
        let (n, d) = (small(n)?, denominator(d)?);
        (100.0 * n / d, i)
    } else {
        let n = if word == "a" { 1.0 } else { small(&word)? };
        let d = denominator(&lower(i + 1)).filter(|d| *d > n && *d > 2.0 || n == 1.0 && *d >= 2.0)?;
        (100.0 * n / d, i + 1)
    };
    if value >= 100.0 {
        return None;
    }
    let value = tenths(value);
    // What it is a share of: "of" and a whole that is no measure ("of a million", "of
    // an hour", "of 2028"), or, for half, "half the staff", "half its members".
    let next = lower(last + 1);
    let after_of = lower(last + 2);
    let of_whole = next == "of"
        && !["a", "an"].contains(&after_of.as_str())
        && !(after_of.len() == 4 && after_of.chars().all(|c| c.is_ascii_digit()))
        && !after_of.is_empty();
    let half_whole = word == "half" && ["the", "its", "their", "his", "her", "all"].contains(&next.as_str());
    // A change by a share: "by a third", "by more than a quarter on Monday", "by half."
    // ("by a third party" is no share).
    let (start, _, _) = qualified(ws, i, value);
    let ends = ws.get(last + 1).is_none_or(|w| !text[ws[last].end..w.start].trim().is_empty())
        || ["on", "in", "to", "from", "since", "after", "over", "this", "last", "and", "or", "but", "as", "while", "compared", "than", "at", "during", "within", "between", "against", "year", "week"].contains(&next.as_str());
    let by = start > 0 && lower(start - 1) == "by" && ends;
    (of_whole || half_whole || by).then_some((value, i, last))
}

/// A share to a tenth of a point, as outlets print it (a third is 33.3%).
fn tenths(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The range a share said in words allows (`share_at`), by its qualifier: a fraction
/// is a rounded share ("a third of the vote" is 31% or 35%), "more than a quarter" is
/// short of the next fraction up, "almost a third" short of it from below.
fn share_range(qualifier: Option<&str>, v: f64) -> Range {
    match qualifier {
        Some("more than" | "over" | "just over" | "upwards of" | "in excess of") => (Some(v), Some(v * 1.35), false, true),
        Some("at least") => (Some(v), Some(v * 1.35), true, true),
        Some("nearly" | "almost" | "close to" | "just under" | "just shy of") => (Some(v * 0.85), Some(v), true, false),
        Some("less than" | "fewer than" | "under" | "up to" | "as many as" | "at most") => (Some(0.0), Some(v), true, true),
        _ => (Some(v * 0.9), Some(v * 1.1), true, true),
    }
}

/// Whether two figures of a unit that differ are two things, never one figure given
/// two ways: two clock times are two moments, two ages two people, two scores two
/// points of a match (or two matches), two ranks two players.
pub fn never_differs(unit: &str) -> bool {
    unit == TIME_OF_DAY || unit == AGE || unit == SCORE || unit == RANK
}

/// Words before a score ("won 7-6", "at 8-8", "voted 4-1", "by a 5-4 vote").
const SCORE_BEFORE: &[&str] = &[
    "won", "win", "wins", "winning", "beat", "beats", "beating", "lost", "lose", "loses", "losing", "defeated", "voted", "vote",
    "votes", "at", "led", "leading", "trailed", "trailing", "drew", "tied", "score", "scored", "scoreline", "was", "finished",
    "ended", "a",
];

/// Words after a score ("a 6-3 ruling", "the 2-1 win", "7-6 in the fifth").
const SCORE_AFTER: &[&str] = &[
    "win", "victory", "defeat", "loss", "vote", "votes", "ruling", "decision", "majority", "lead", "draw", "scoreline", "tie-break",
    "tiebreak", "margin", "split", "verdict", "in", "to", "after", "with", "against", "over", "on", "and", "but", "as", "when",
    "before", "for", "at", "from",
];

/// A score at word `i` ("7-6", "217-213", "4–1"; "four to one" after "voted"): its value
/// (`SCORE`) and the index of its last word. A score stands after a word of winning,
/// voting or standing ("won", "voted", "at"), before one of its result or a preposition
/// ("ruling", "win", "in"), or after another score ("7-6 (7-5) 4-6"); a range is not
/// one ("10-15 people", "rose by 10-15 percent": a noun follows).
fn score_at(text: &str, ws: &[Word], i: usize) -> Option<(f64, usize)> {
    let w = ws[i].text;
    let word_is = |k: Option<usize>, x: &str| k.and_then(|k| ws.get(k)).is_some_and(|v| v.text.eq_ignore_ascii_case(x));
    let voted = word_is(i.checked_sub(1), "voted");
    // Only a word that opens with a digit, or one after "voted", is looked at further.
    if !voted && !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lower = |k: Option<usize>| k.and_then(|k| ws.get(k)).map(|x| x.text.to_lowercase()).unwrap_or_default();
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit());
    let shaped = |s: &str| s.split_once('-').is_some_and(|(a, b)| digits(a) && digits(b));
    if voted && word_is(Some(i + 1), "to") {
        // "voted four to one".
        let (x, _, _, _) = number_at(ws, i).filter(|(_, l, c, u)| *l == i && c.is_none() && u.is_none())?;
        let (y, l, _, _) = number_at(ws, i + 2).filter(|(_, l, c, u)| *l == i + 2 && c.is_none() && u.is_none())?;
        return (x.fract() == 0.0 && y.fract() == 0.0 && x < 1000.0 && y < 1000.0).then(|| (x.max(y) * 1000.0 + x.min(y), l));
    }
    let (a, b, last) = match w.split_once('-') {
        Some((a, b)) => (a, b, i),
        // "4–1": an en dash is no part of a word.
        None => {
            let next = ws.get(i + 1)?;
            if text.get(ws[i].end..next.start)? != "\u{2013}" {
                return None;
            }
            (w, next.text, i + 1)
        }
    };
    if !digits(a) || !digits(b) {
        return None;
    }
    let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
    let (before, after) = (lower(i.checked_sub(1)), lower(Some(last + 1)));
    let cue = SCORE_BEFORE.contains(&before.as_str())
        || SCORE_AFTER.contains(&after.as_str())
        || shaped(&before)
        || i.checked_sub(1).is_some_and(|k| text[ws[k].end..ws[i].start].contains('('));
    // What follows says what the numbers count: "10-15 people" is a range.
    let counted = after.chars().next().is_some_and(char::is_alphabetic) && !SCORE_AFTER.contains(&after.as_str());
    let closes = text[ws[last].end..].trim_start().starts_with([',', '.', ')', ';', ':']) || last + 1 == ws.len();
    (cue && (!counted || closes)).then_some((a.max(b) * 1000.0 + a.min(b), last))
}

/// A place in a ranking at word `i`: "No. 74", "No 1" (with "world" before it), "ranked
/// 74th", "74th-ranked": the place, and the first and last words. Not "No 10 Downing
/// Street", nor an ordinal that ranks nothing ("his 31st ace").
fn rank_at(ws: &[Word], i: usize) -> Option<(f64, usize, usize)> {
    let ordinal = |w: &str| -> Option<f64> {
        let digits = w.strip_suffix("st").or_else(|| w.strip_suffix("nd")).or_else(|| w.strip_suffix("rd")).or_else(|| w.strip_suffix("th"))?;
        digits.chars().all(|c| c.is_ascii_digit()).then(|| digits.parse().ok()).flatten()
    };
    let place = |v: f64| (v >= 1.0).then_some(v);
    let w = ws[i].text;
    if w == "No." || w == "No" {
        let next = ws.get(i + 1)?;
        let v = place(next.text.trim_end_matches('.').parse::<f64>().ok()?)?;
        if !next.text.trim_end_matches('.').chars().all(|c| c.is_ascii_digit()) || ws.get(i + 2).is_some_and(|w| w.text == "Downing") {
            return None;
        }
        let first = if i > 0 && ws[i - 1].text.eq_ignore_ascii_case("world") { i - 1 } else { i };
        return Some((v, first, i + 1));
    }
    // "world number one", "the number one ranking": in words, only where a ranking is said.
    if w.eq_ignore_ascii_case("number") {
        let next = ws.get(i + 1)?;
        let lower = next.text.to_lowercase();
        let v = small_number(&lower).or_else(|| lower.parse().ok()).and_then(place)?;
        let world = i > 0 && ws[i - 1].text.eq_ignore_ascii_case("world");
        let ranking = ws.get(i + 2).is_some_and(|w| ["ranking", "spot", "seed", "position", "place"].contains(&w.text));
        return (world || ranking).then_some((v, if world { i - 1 } else { i }, i + 1));
    }
    if let Some(v) = w.strip_suffix("-ranked").and_then(ordinal).and_then(place) {
        return Some((v, i, i));
    }
    if w.eq_ignore_ascii_case("ranked") {
        let v = ws.get(i + 1).and_then(|n| ordinal(n.text)).and_then(place)?;
        return Some((v, i, i + 1));
    }
    None
}

/// An age at word `i`: "22-year-old" (and "22-year-old's"), "aged 22", or a number set
/// between commas after a capitalised name ("Lindqvist, 25, is No 1"): the age, and the
/// index of the first word of the figure.
fn age_at(text: &str, ws: &[Word], i: usize) -> Option<(f64, usize)> {
    let w = ws[i].text.to_lowercase();
    let young = |v: f64| (1.0..=120.0).contains(&v);
    if let Some(n) = w.strip_suffix("-year-old").or_else(|| w.strip_suffix("-year-old's")).or_else(|| w.strip_suffix("-year-olds")) {
        let v = n.parse::<f64>().ok().filter(|v| young(*v))?;
        return Some((v, i));
    }
    let v = w.parse::<f64>().ok().filter(|v| young(*v) && w.chars().all(|c| c.is_ascii_digit()))?;
    let prev = i.checked_sub(1).map(|k| &ws[k])?;
    if prev.text == "aged" || prev.text == "Aged" {
        return Some((v, i - 1));
    }
    let between_commas = text[prev.end..ws[i].start] == *", " && text[ws[i].end..].starts_with(',');
    let named = prev.text.starts_with(char::is_uppercase)
        && prev.text.chars().all(char::is_alphabetic)
        && !crate::date::is_day_or_month_name(prev.text)
        && crate::entities::gazetteer::gazetteer().place(prev.text).is_none();
    (between_commas && named).then_some((v, i))
}

/// Minutes in a day: clock times are compared around the clock ("shortly before
/// midnight" and "23:50").
const DAY_MINUTES: f64 = 1440.0;

/// What a clock time says, as the words before it qualify it, in minutes either side:
/// "shortly before 5am" is the half hour before five, "by 3:15 a.m." the hour and a half
/// before, "about 9:40 p.m." a quarter of an hour either way. A time given to the minute
/// ("9.47pm") allows five minutes, a round hour ("at 10pm") fifteen: outlets round.
fn clock_range(ws: &[Word], text: &str, i: usize, t: f64, to_the_minute: bool) -> (f64, f64, usize) {
    let word = |k: Option<usize>| k.and_then(|k| ws.get(k)).map(|w| w.text.to_lowercase()).unwrap_or_default();
    let (p1, p2) = (word(i.checked_sub(1)), word(i.checked_sub(2)));
    let close = ["shortly", "just", "soon", "minutes", "moments", "right"].contains(&p2.as_str());
    let tolerance = if to_the_minute { 5.0 } else { 15.0 };
    match p1.as_str() {
        "before" if close => (t - 30.0, t, i - 2),
        "after" if close => (t, t + 30.0, i - 2),
        "before" | "by" | "until" | "till" => (t - 90.0, t, i - 1),
        "after" | "since" => (t, t + 90.0, i - 1),
        "about" | "around" | "approximately" | "roughly" | "circa" | "some" => (t - 15.0, t + 15.0, i - 1),
        "nearly" | "almost" => (t - 20.0, t, i - 1),
        _ if text[..ws[i].start].ends_with('~') => (t - 15.0, t + 15.0, i),
        _ => (t - tolerance, t + tolerance, i),
    }
}

/// Whether the part of the day named in the few words after word `last` is after noon
/// ("2:40 in the morning", "9:40 on Friday night", "six o'clock in the evening"), if one
/// is named.
fn afternoon_after(ws: &[Word], last: usize) -> Option<bool> {
    ws.iter().skip(last + 1).take(4).find_map(|w| match w.text.to_lowercase().as_str() {
        "morning" => Some(false),
        "afternoon" | "evening" | "night" | "tonight" => Some(true),
        _ => None,
    })
}

/// An hour "o'clock" at word `i` ("six o'clock in the evening", "at 7 o'clock"): minutes
/// after midnight and the index of its last word. The part of the day after it says
/// which half ("in the evening", "at night"); without one the hour stands as written.
fn oclock_at(ws: &[Word], i: usize) -> Option<(f64, usize)> {
    let lower = |k: usize| ws.get(k).map(|x| x.text.to_lowercase().replace('’', "'")).unwrap_or_default();
    let w = lower(i);
    let hour = if w.chars().all(|c| c.is_ascii_digit()) { w.parse::<f64>().ok()? } else { small_number(&w)? };
    if !(1.0..=12.0).contains(&hour) {
        return None;
    }
    let last = match (lower(i + 1).as_str(), lower(i + 2).as_str()) {
        ("o'clock", _) => i + 1,
        ("o", "clock" | "'clock") => i + 2,
        _ => return None,
    };
    let hour = match afternoon_after(ws, last) {
        Some(true) if hour < 12.0 => hour + 12.0,
        Some(false) if hour == 12.0 => 0.0,
        _ => hour,
    };
    Some((hour * 60.0, last))
}

/// A clock time at word `i` ("9:40 p.m.", "9.40pm", "10pm", "21:47", "2147 local time",
/// "0047 GMT"): minutes after midnight, whether the minutes were written,
/// and the index of its last word (a time zone after it included). "2:01:09", a race's
/// time, is no clock time, nor is "9.40" without "pm" or a zone (a decimal).
fn clock_at(text: &str, ws: &[Word], i: usize) -> Option<(f64, bool, usize)> {
    let w = ws[i].text.to_lowercase();
    let lower = |k: usize| ws.get(k).map(|x| x.text.to_lowercase()).unwrap_or_default();
    let meridiem = |s: &str| match s {
        "am" | "a.m" => Some(false),
        "pm" | "p.m" => Some(true),
        _ => None,
    };
    let zone_at = |k: usize| {
        let n = lower(k);
        if crate::date::is_zone_name(&n) || n == "hrs" {
            Some(k)
        } else if n == "local" && lower(k + 1) == "time" {
            Some(k + 1)
        } else {
            None
        }
    };
    let digits = w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len());
    // The minutes or seconds of a time begun before ("00:01:48", a video's length).
    if digits == 0 || text[..ws[i].start].strip_suffix(':').is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let (hour_text, mut rest) = w.split_at(digits);
    let mut last = i;
    let mut minutes = None;
    if let Some(m) = rest.strip_prefix('.').filter(|m| m.len() >= 2 && m.as_bytes()[..2].iter().all(u8::is_ascii_digit)) {
        minutes = m[..2].parse::<f64>().ok();
        rest = &m[2..];
    } else if rest.is_empty() && ws.get(i + 1).is_some_and(|n| &text[ws[i].end..n.start] == ":") {
        let next = &ws[i + 1];
        let m = next.text;
        if m.len() < 2 || !m.as_bytes()[..2].iter().all(u8::is_ascii_digit) || m.as_bytes().get(2).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        // "2:01:09": a race's time.
        if ws.get(i + 2).is_some_and(|n| &text[next.end..n.start] == ":") {
            return None;
        }
        minutes = m[..2].parse::<f64>().ok();
        rest = &ws[i + 1].text[2..];
        last = i + 1;
    }
    let rest = rest.to_lowercase();
    let pm = if rest.is_empty() {
        let m = meridiem(&lower(last + 1));
        if m.is_some() {
            last += 1;
        }
        m
    } else {
        Some(meridiem(&rest)?)
    };
    // "2:40 in the morning", "at 9:40 on Friday night": the part of the day says which half.
    let day_part = || afternoon_after(ws, last);
    let zone = zone_at(last + 1);
    // "21:47", "03:30", and "at 2:40": a one-digit hour with a colon and nothing else
    // may be a length ("(1:42)", a video's).
    let timed = ["at", "about", "around", "by", "before", "after", "until", "since", "from"].contains(&lower(i.wrapping_sub(1)).as_str());
    let colon = last == i + 1 && pm.is_none() && (hour_text.len() == 2 || timed || day_part().is_some());
    let (hour, minute) = match (hour_text.len(), minutes) {
        // "2147 local time", "0047 GMT".
        (4, None) if zone.is_some() && pm.is_none() => (hour_text[..2].parse::<f64>().ok()?, hour_text[2..].parse::<f64>().ok()?),
        (1 | 2, Some(m)) if pm.is_some() || colon || zone.is_some() => (hour_text.parse::<f64>().ok()?, m),
        (1 | 2, None) if pm.is_some() => (hour_text.parse::<f64>().ok()?, 0.0),
        _ => return None,
    };
    let hour = match pm {
        Some(_) if !(1.0..=12.0).contains(&hour) => return None,
        Some(true) if hour < 12.0 => hour + 12.0,
        Some(false) if hour == 12.0 => 0.0,
        Some(_) => hour,
        // "9:40 on Friday night" is 21:40, "2:40 on Tuesday night" still 2:40.
        None if minutes.is_some() && (6.0..12.0).contains(&hour) && day_part() == Some(true) => hour + 12.0,
        None => hour,
    };
    if hour > 23.0 || minute > 59.0 {
        return None;
    }
    Some((hour * 60.0 + minute, minute != 0.0, zone.unwrap_or(last)))
}

/// Words that stand, capitalised, at the start of a sentence before a number ("About
/// 2,300 people", "Some 600 soldiers", "Only 12 seats"): not a name the number belongs to.
const BEFORE_NUMBERS: &[&str] = &[
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "under",
    "more",
    "fewer",
    "less",
    "only",
    "just",
    "at",
    "by",
    "in",
    "on",
    "of",
    "from",
    "to",
    "with",
    "and",
    "but",
    "or",
    "the",
    "all",
    "top",
    "no",
    "every",
    "another",
    "those",
    "these",
    "its",
    "their",
    "his",
    "her",
    "our",
    "up",
    "down",
    "since",
    "until",
    "after",
    "before",
    "between",
    "exactly",
    "precisely",
    "perhaps",
    "barely",
    "fully",
    "for",
    "than",
    "like",
    "including",
    "per",
    "plus",
    "minus",
    "even",
    "still",
    "already",
    "well",
    "once",
    "then",
    "now",
    "today",
    "yesterday",
    "a",
    "an",
    "each",
    "both",
    "when",
    "while",
    "as",
    "if",
    "where",
    "what",
    "who",
    "why",
    "how",
    "so",
    "yet",
    "also",
    "not",
    "into",
    "onto",
    "across",
    "through",
    "during",
    "against",
    "among",
    "within",
    "without",
    "beyond",
    "near",
    "towards",
    "toward",
    "upon",
    "via",
];

/// Names of a scale whose number is a value compared across outlets ("Category 4",
/// "Level 3", "Phase 2").
const RATING_SCALES: &[&str] = &["Category", "Level", "Phase", "Stage", "Tier", "Grade", "Force", "Alert", "Step", "Round"];

/// A number that is part of a name: digits right after a capitalised word that is
/// not a month, a weekday, a scale or a word that opens a sentence ("Veyra 6", "Skylane 7",
/// "Boeing 737", "FTSE 100"): what it names, not how many.
fn names_a_thing(text: &str, ws: &[Word], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &ws[k]) else { return false };
    let raw = ws[i].text;
    raw.chars().all(|c| c.is_ascii_digit())
        && &text[prev.end..ws[i].start] == " "
        && prev.text.starts_with(char::is_uppercase)
        && prev.text.chars().all(|c| c.is_alphabetic() || c == '&')
        && !BEFORE_NUMBERS.contains(&prev.text.to_lowercase().as_str())
        && !RATING_SCALES.contains(&prev.text)
        && !crate::date::is_day_or_month_name(prev.text)
        && crate::date::month_number(prev.text).is_none()
        // "… holding 31 Cambodian soldiers and Cambodia 19 Thais", "release 146 Velesians
        // and Velesia 112 Ardanians": a verb left out after a place, not a name.
        && crate::entities::gazetteer::gazetteer().place(prev.text).is_none()
        && !(i.checked_sub(2).is_some_and(|k| ["and", "or", "while", "whereas", "but"].contains(&ws[k].text))
            && ws.get(i + 1).is_some_and(|w| w.text.starts_with(char::is_uppercase) && w.text.ends_with('s')))
}

/// The numbers in `text` that no unit follows, in digits (not years, days of a month or
/// clock times) or in words from ten up, each with its value and byte span: what a
/// figure without a unit still says ("injuring 27", "sixty-nine had voted to keep it").
pub fn bare_numbers(text: &str) -> Vec<(f64, usize, usize)> {
    let ws = words(text);
    // Only a word in digits or one that opens with a number word from ten up ("sixty",
    // "sixty-nine") is read: a number is rare among words.
    let from_ten = |w: &str| {
        let head = w.split('-').next().unwrap_or(w);
        SMALL.iter().any(|(x, v)| *v >= 10.0 && head.eq_ignore_ascii_case(x))
    };
    // Or a decimal in words ("six point four").
    let decimal = |i: usize| ws.get(i + 1).is_some_and(|w| w.text == "point") && small_number(&ws[i].text.to_lowercase()).is_some();
    (0..ws.len())
        .filter(|&i| ws[i].text.starts_with(|c: char| c.is_ascii_digit()) || from_ten(ws[i].text) || decimal(i))
        .filter_map(|i| {
            let (value, last, currency, unit) = number_at(&ws, i)?;
            // A number in words from ten up, too: smaller whole ones are in too many
            // sentences to say anything ("three had abstained").
            let digits = ws[i].text.starts_with(|c: char| c.is_ascii_digit());
            let whole_words = value.fract() == 0.0 && (value < 10.0 || ws[i].text.contains(|c: char| c.is_ascii_digit()));
            if !digits && (whole_words || value.fract() != 0.0 && last < i + 2) {
                return None;
            }
            (currency.is_none() && unit.is_none() && !is_year_or_time(text, &ws, i, value) && !names_a_thing(text, &ws, i))
                .then(|| (value, ws[i].start, ws[last].end))
        })
        .collect()
}

/// The unit a number leaves unsaid after the figure it goes from: "from eighteen per
/// cent to six", "cut from 25% to 10,". The number must end its clause (a comma, a
/// sentence's end, or "while"/"and"), and the figure before it be this passage's last,
/// right before "to" and after "from".
fn elided_unit(ws: &[Word], i: usize, found: &[Figure], base: usize) -> Option<String> {
    let previous = found.last()?;
    let to = i.checked_sub(1).filter(|&k| ws[k].text == "to")?;
    let before = ws[..to].iter().rposition(|w| base + w.end <= previous.span.start as usize)?;
    let ends = ws.get(i + 1).is_none_or(|w| ["while", "and", "but", "whereas"].contains(&w.text) || w.start > ws[i].end + 1);
    let adjacent = to > 0 && base + ws[to - 1].end == previous.span.end as usize;
    (adjacent && ws[before].text == "from" && ends && previous.unit != TIME_OF_DAY).then(|| previous.unit.clone())
}

/// A figure's range: low, high, and whether each bound is included.
type Range = (Option<f64>, Option<f64>, bool, bool);

/// Finds the figures of every document.
pub fn extract(docs: &[Document]) -> Vec<Figure> {
    let mut out = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (pi, p) in doc.passages.iter().enumerate() {
            // Where this passage's figures start in `out`.
            let first = out.len();
            let text = doc.passage_text(p);
            let base = p.span.start as usize;
            let ws = words(text);
            // A figure over bytes `from..to` of the passage.
            let figure = |from: usize, to: usize, value: f64, range: Range, unit: String, qualifier: Option<String>| {
                let span = Span::new(base + from, base + to);
                Figure {
                    doc: d as u32,
                    passage: pi as u32,
                    span,
                    text: span.slice(&doc.text).to_string(),
                    value,
                    low: range.0,
                    high: range.1,
                    low_inclusive: range.2,
                    high_inclusive: range.3,
                    unit,
                    qualifier,
                }
            };
            let mut i = 0;
            while i < ws.len() {
                // Clock times and ages open with a digit: other words are not looked at twice.
                let digit = ws[i].text.starts_with(|c: char| c.is_ascii_digit());
                let clock = digit.then(|| clock_at(text, &ws, i)).flatten().or_else(|| oclock_at(&ws, i).map(|(t, last)| (t, false, last)));
                if let Some((t, to_the_minute, last)) = clock {
                    let (low, high, first) = clock_range(&ws, text, i, t, to_the_minute);
                    let from = ws[first].start - usize::from(first == i && text[..ws[i].start].ends_with('~'));
                    let qualifier = (first < i).then(|| ws[first..i].iter().map(|w| w.text.to_lowercase()).collect::<Vec<_>>().join(" "));
                    out.push(figure(from, ws[last].end, t, (Some(low), Some(high), true, true), TIME_OF_DAY.to_string(), qualifier));
                    i = last + 1;
                    continue;
                }
                if let Some((rank, first, last)) = rank_at(&ws, i) {
                    out.push(figure(ws[first].start, ws[last].end, rank, (Some(rank), Some(rank), true, true), RANK.to_string(), None));
                    i = last + 1;
                    continue;
                }
                if let Some((score, last)) = score_at(text, &ws, i) {
                    out.push(figure(ws[i].start, ws[last].end, score, (Some(score), Some(score), true, true), SCORE.to_string(), None));
                    i = last + 1;
                    continue;
                }
                if let Some((age, first)) = digit.then(|| age_at(text, &ws, i)).flatten() {
                    out.push(figure(ws[first].start, ws[i].end, age, (Some(age), Some(age), true, true), AGE.to_string(), None));
                    i += 1;
                    continue;
                }
                if let Some((share, first, last)) = share_at(text, &ws, i) {
                    let (start, qualifier, _) = qualified(&ws, first, share);
                    let range = share_range(qualifier.as_deref(), share);
                    out.push(figure(ws[start].start, ws[last].end, share, range, "percent".to_string(), qualifier));
                    i = last + 1;
                    continue;
                }
                let Some((mut value, last, currency, hyphen_unit)) = number_at(&ws, i) else {
                    if let Some((_, low, high)) = VAGUE.iter().find(|(w, _, _)| *w == ws[i].text.to_lowercase()) {
                        if ws.get(i + 1).is_some_and(|w| w.text == "of") {
                            if let Some(noun) = ws.get(i + 2) {
                                let range = (Some(*low), Some(*high), true, true);
                                let qualifier = Some(ws[i].text.to_lowercase());
                                out.push(figure(ws[i].start, noun.end, *low, range, singular(noun.text), qualifier));
                            }
                        }
                    }
                    i += 1;
                    continue;
                };
                // Years and times are dates, not figures.
                let raw = ws[i].text;
                if is_year_or_time(text, &ws, i, value) || names_a_thing(text, &ws, i) {
                    i = last + 1;
                    continue;
                }
                // "killing 13, officials said": a comma ends what the number counts, and so
                // does a sentence's end ("The vote was four to one. Chelsea beat …").
                let comma_after = text[ws[last].end..].starts_with([',', '.', '!', '?', ';']);
                // "one of the officials", "one-on-one": not a figure.
                if raw.eq_ignore_ascii_case("one") && ws.get(i + 1).is_some_and(|w| w.text == "of" || w.text == "another") {
                    i += 1;
                    continue;
                }
                let counted_noun = hyphen_unit.is_none() && currency.is_none();
                // The unit: a hyphenated one, a currency, or the noun that follows.
                let mut end = last;
                let unit = if let Some(u) = hyphen_unit {
                    u
                } else if let Some(c) = currency {
                    c.to_string()
                } else if let Some(unit) = elided_unit(&ws, i, &out[first..], base) {
                    // "from eighteen per cent to six": the unit of the number it goes from.
                    unit
                } else if comma_after || ws.get(last + 1).is_some_and(|w| crate::date::is_day_or_month_name(w.text)) {
                    // "on 27 January", "by 1 March": a date, not a figure.
                    i = last + 1;
                    continue;
                } else {
                    let mut k = last + 1;
                    // An adjective that ends a clause ("leaving 63 missing, officials said")
                    // is what the number counts, not a word before it.
                    while k < ws.len()
                        && k <= last + 2
                        && skippable(ws[k].text)
                        && !text[ws[k].end..].starts_with([',', '.', ';', ':', '!', '?'])
                        && ws.get(k + 1).is_some_and(|w| !NOT_UNITS.contains(&w.text))
                    {
                        k += 1;
                    }
                    // "four more Veyra 6 flights": the number of a name is part of it.
                    if k > last + 1 && k < ws.len() && names_a_thing(text, &ws, k) {
                        k += 1;
                    }
                    // Two adjectives joined: "1.2 million current and former patients".
                    if k == last + 1
                        && ws.get(k + 1).is_some_and(|w| w.text == "and" || w.text == "or")
                        && skippable(ws[k].text)
                        && ws.get(k + 2).is_some_and(|w| skippable(w.text) && w.text.starts_with(char::is_lowercase))
                        && ws.get(k + 3).is_some_and(|w| !NOT_UNITS.contains(&w.text))
                    {
                        k += 3;
                    }
                    // A past-tense verb is not what is counted ("the three worked together").
                    let noun =
                        |w: &Word| !NOT_UNITS.contains(&w.text) && w.text.chars().all(char::is_alphabetic) && !w.text.ends_with("ed");
                    match (unit_phrase(&ws, k), ws.get(k)) {
                        (Some((unit, last_word, scale)), _) => {
                            end = last_word;
                            value *= scale;
                            unit
                        }
                        // A decimal before a singular noun ("a 5.1 aftershock", "the 6.4
                        // quake") is a magnitude, a number of its own, not a count of them
                        // ("2.3 terabytes" is one).
                        (None, Some(w))
                            if noun(w)
                                && value.fract() != 0.0
                                && !w.text.ends_with('s')
                                && !MEASURES.contains(&unit_of(w.text).as_str()) =>
                        {
                            i = last + 1;
                            continue;
                        }
                        (None, Some(w)) if noun(w) => {
                            end = k;
                            let unit = unit_of(w.text);
                            // A noun before a plural is a modifier, the plural the head that
                            // is counted ("9,000 dock workers", "146 container ships").
                            match ws.get(k + 1) {
                                Some(head)
                                    if !w.text.ends_with('s')
                                        && !MEASURES.contains(&unit.as_str())
                                        && noun(head)
                                        && head.text.starts_with(|c: char| c.is_lowercase())
                                        && head.text.len() >= 4
                                        && head.text.ends_with('s')
                                        && !head.text.ends_with("ss")
                                        && text[w.end..head.start].trim().is_empty() =>
                                {
                                    end = k + 1;
                                    unit_of(head.text)
                                }
                                _ => unit,
                            }
                        }
                        _ => {
                            i = last + 1;
                            continue;
                        }
                    }
                };
                // "the two sides", "Two men whose governments …", "the two countries": the
                // story's actors counted in words are a reference to them, not a figure
                // the article reports ("the two seats reserved for minorities" is one).
                if counted_noun && raw.chars().all(char::is_alphabetic) && REFERENCES.contains(&unit.as_str()) {
                    let before = if i > 0 { ws[i - 1].text.to_lowercase() } else { String::new() };
                    if value <= 3.0 || ["the", "both", "these", "those"].contains(&before.as_str()) {
                        i = end + 1;
                        continue;
                    }
                }
                // A fraction of a point is a fraction of a percentage point ("a quarter-point
                // rise", "half a point"): whole points count the items of a plan.
                let unit = if unit == "point" && value < 1.0 { PERCENTAGE_POINT.to_string() } else { unit };
                // A qualifier just before: "more than", "nearly", "at least".
                // "more than a quarter of a point": the article of a fraction comes first.
                let fraction = FRACTIONS.iter().any(|(w, _)| raw.to_lowercase().starts_with(w));
                let at = if fraction && i > 0 && ws[i - 1].text.eq_ignore_ascii_case("a") { i - 1 } else { i };
                let (start, mut qualifier, mut range) = qualified(&ws, at, value);
                // "~$1.3B": about.
                let mut from = ws[start].start;
                if qualifier.is_none() && text[..from].ends_with('~') {
                    if let Some((q, make)) = QUALIFIERS.iter().find(|(q, _)| *q == "about") {
                        qualifier = Some(q.to_string());
                        range = make(value);
                        from -= 1;
                    }
                }
                // "80+ aftershocks", "9+: people killed": at least.
                if qualifier.is_none() && text[ws[last].end..].starts_with('+') {
                    qualifier = Some("at least".to_string());
                    range = (Some(value), None, true, false);
                }
                // "40 to 50 people", "between 40 and 50 people", "19 or 20 points": a
                // range from the number before.
                let (value, range, from) = match ranged_from(&ws, at, value) {
                    Some((low, first)) if qualifier.is_none() => ((low + value) / 2.0, (Some(low), range.1, true, range.3), ws[first].start),
                    _ => (value, range, from),
                };
                out.push(figure(from, ws[end].end, value, range, unit, qualifier));
                i = end + 1;
            }
            // "31 of the 90 seats", "46 of its 90 members", "31 of the National
            // Assembly's 90 seats": the part counts what the whole counts.
            let parts: Vec<Figure> = out[first..]
                .iter()
                .filter_map(|whole| {
                    let at = ws.iter().position(|w| base + w.start == whole.span.start as usize)?;
                    let of = (at.saturating_sub(5)..at).rev().find(|&k| ws[k].text == "of")?;
                    let between = &ws[of + 1..at];
                    // The words split at the apostrophe: "Assembly", "s".
                    let possessive = |w: &Word| w.text == "s" && (text[..w.start].ends_with('\'') || text[..w.start].ends_with('’'));
                    let leads_to_whole = between.last().is_none_or(|w| OF_WHOLE.contains(&w.text) || possessive(w))
                        && between.iter().all(|w| OF_WHOLE.contains(&w.text) || possessive(w) || w.text.starts_with(char::is_uppercase));
                    let n = of.checked_sub(1)?;
                    if !leads_to_whole || ws[n].text.eq_ignore_ascii_case("one") || !text[ws[n].end..ws[of].start].trim().is_empty() {
                        return None;
                    }
                    let (value, last, currency, hyphen) = number_at(&ws, n)?;
                    let taken = out[first..].iter().any(|f| f.span.start as usize <= base + ws[n].start && base + ws[n].start < f.span.end as usize);
                    let fits = last == n && currency.is_none() && hyphen.is_none() && value < whole.value && value > 0.0;
                    (fits && !taken && !is_year_or_time(text, &ws, n, value)).then(|| {
                        let (start, qualifier, range) = qualified(&ws, n, value);
                        figure(ws[start].start, ws[n].end, value, range, whole.unit.clone(), qualifier)
                    })
                })
                .collect();
            if !parts.is_empty() {
                out.extend(parts);
                out[first..].sort_by_key(|f| f.span.start);
            }
        }
    }
    out
}

/// The qualifier just before the number at word `at` ("more than", "nearly", "at
/// least"): the word where the figure starts, the qualifier, and the range it gives.
fn qualified(ws: &[Word], at: usize, value: f64) -> (usize, Option<String>, Range) {
    let mut start = at;
    let mut qualifier: Option<String> = None;
    let mut range = (Some(value), Some(value), true, true);
    for (q, make) in QUALIFIERS {
        let n = q.split(' ').count();
        if at >= n {
            let before: Vec<String> = ws[at - n..at].iter().map(|w| w.text.to_lowercase()).collect();
            // "a nearly 10-hour assault" as well as "nearly ten hours".
            // "handed over 133 Velesians", "took over 40% of the market": a
            // particle of the verb before, not a qualifier of the number.
            let particle =
                ["over", "under"].contains(q) && at > n && PARTICLE_VERBS.contains(&ws[at - n - 1].text.to_lowercase().as_str());
            if before.join(" ") == *q && !particle && qualifier.as_ref().is_none_or(|old| old.split(' ').count() < n) {
                qualifier = Some(q.to_string());
                range = make(value);
                start = at - n;
            }
        }
    }
    (start, qualifier, range)
}

/// The low end of a range whose high end is the number at word `at` ("40 to 50 people",
/// "between 40 and 50", "19 or 20 points", "two or three hours"), scaled as the high end
/// is ("40 to 50 million"), and the word where the range starts. A change is no range
/// ("rose from 40 to 50"), nor a vote ("4 to 1").
fn ranged_from(ws: &[Word], at: usize, high: f64) -> Option<(f64, usize)> {
    let joint = ws.get(at.checked_sub(1)?)?.text.to_lowercase();
    let n = at.checked_sub(2)?;
    let before = n.checked_sub(1).map(|k| ws[k].text.to_lowercase()).unwrap_or_default();
    let between = before == "between";
    let fits = match joint.as_str() {
        "to" | "or" => !["from", "between"].contains(&before.as_str()),
        "and" => between,
        _ => false,
    };
    let (low, last, currency, hyphen) = number_at(ws, n)?;
    if !fits || last != n || hyphen.is_some() || currency.is_none() && ws[n].text.starts_with(['$', '€', '£']) {
        return None;
    }
    let low = [1.0, 1e3, 1e6, 1e9].iter().map(|s| low * s).find(|l| *l < high && *l * 10.0 >= high)?;
    Some((low, if between { n - 1 } else { n }))
}

/// What may stand between "of" and a whole whose part a number counts ("31 of the 90
/// seats", "46 of its 90 members").
const OF_WHOLE: [&str; 3] = ["the", "its", "their"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::parse_file;

    /// The text as a body paragraph (a line without a full stop would read as a headline).
    fn figures(text: &str) -> Vec<Figure> {
        extract(&parse_file("t.txt", &format!("{text} The talks went on.")).documents)
    }

    /// The value and text of each figure of `unit` in `text`.
    fn of_unit(text: &str, unit: &str) -> Vec<(f64, String)> {
        figures(text).into_iter().filter(|f| f.unit == unit).map(|f| (f.value, f.text)).collect()
    }

    fn one(text: &str) -> Figure {
        let f = figures(text);
        assert_eq!(f.len(), 1, "{f:?}");
        f.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    /// "More than" a share is that share rounded down; a verb's particle is no
    /// qualifier ("handed over 133 Velesians").
    #[test]
    fn a_floor_is_a_rounded_share_and_a_particle_no_floor() {
        let over = one("The offer is a premium of more than 40% to Friday's close.");
        assert!(!over.compatible(&one("The price is a 52% premium to the average.")));
        assert!(over.compatible(&one("The price is a 41% premium to the close.")));
        assert!(one("The meeting lasted more than four hours.").compatible(&one("They held a five-hour meeting.")));
        // A count may have grown between two reports.
        assert!(one("More than 130 vessels were waiting.").compatible(&one("At its peak, 146 vessels were waiting.")));
        // Not a verb's particle where only the start of a word is a verb's.
        let turnout = one("Turnout was over 60% in the capital.");
        assert_eq!((turnout.low, turnout.high), (Some(60.0), None));
        let handed = one("Ardania handed over 133 Velesians on Friday.");
        assert_eq!((handed.low, handed.high), (Some(133.0), Some(133.0)));
    }

    /// Clock times as ranges of minutes after midnight, as the words before them
    /// qualify them; lengths, race times and decimals are none.
    #[test]
    fn clock_times_are_ranges_of_the_day() {
        let blast = one("The blast happened at about 9:40 p.m. on Friday.");
        assert_eq!((blast.unit.as_str(), blast.value, blast.low, blast.high), (TIME_OF_DAY, 1300.0, Some(1285.0), Some(1315.0)));
        assert_eq!(blast.text, "about 9:40 p.m");
        let launch = figures("The rocket lifted off at 2147 local time (0047 GMT on Wednesday).");
        assert_eq!(launch.iter().map(|f| f.value).collect::<Vec<_>>(), vec![1307.0, 47.0], "{launch:?}");
        assert_eq!(launch[0].text, "2147 local time");
        assert!(one("It cleared its tower at 9.47pm on Tuesday.").compatible(&one("It took off just before 10pm local time.")));
        assert!(!one("It cleared its tower at 9.15pm on Tuesday.").compatible(&one("It took off just before 10pm local time.")));
        let deal = one("The deal was struck shortly before 5am.");
        assert!(deal.compatible(&one("The deal was reached at about 4:30 a.m. on Wednesday.")));
        assert!(!deal.compatible(&one("Work resumes with the 6 a.m. shift.")));
        // The part of the day says which half: "at 9:40 on Friday night" is 21:40.
        assert_eq!(one("It happened at 9:40 on Friday night.").value, 1300.0);
        assert_eq!(one("At 2:40 on Tuesday morning, the screens went black.").value, 160.0);
        assert_eq!(one("Officials met at 12 p.m. in the hall.").value, 720.0);
        assert_eq!(one("Officials met at 12 a.m. in the hall.").value, 0.0);
        // Around the clock.
        assert!(one("The ship sank at 23:55 local time.").compatible(&one("The ship sank at about 00:05 local time.")));
        // An hour o'clock, the part of the day after it saying which half.
        let six = one("The result was read out just before six o'clock in the evening.");
        assert_eq!((six.unit.as_str(), six.value), (TIME_OF_DAY, 1080.0));
        assert!(six.compatible(&one("The speaker announced it at 5:42 p.m. on Wednesday.")));
        assert_eq!(one("They met at 7 o’clock in the morning.").value, 420.0);
        // None of these is a clock time.
        for text in [
            "Watch: The minister leaves court. Video, 00:01:48",
            "Watch: Rival negotiators shake hands (1:42)",
            "She won the marathon in 2:03:45 on Sunday.",
            "The index closed at 9.40 on Friday.",
            "The plan has 28 points and 4,000 pages.",
        ] {
            assert!(figures(text).iter().all(|f| f.unit != TIME_OF_DAY), "{text}: {:?}", figures(text));
        }
    }

    /// A person's age, however written, is one figure; a number between commas after a
    /// place or a weekday is none.
    #[test]
    fn ages_are_figures_of_who_someone_is() {
        let age = |text: &str| of_unit(text, AGE);
        assert_eq!(age("The 22-year-old won on Sunday."), vec![(22.0, "22-year-old".to_string())]);
        assert_eq!(age("Kasper Lindqvist, 25, is No 1 for the first time."), vec![(25.0, "25".to_string())]);
        assert_eq!(age("A woman aged 63 died in Braga."), vec![(63.0, "aged 63".to_string())]);
        assert!(one("The 22-year-old won.").compatible(&one("A man aged 22 won.")));
        assert!(!one("The 22-year-old won.").compatible(&one("The 28-year-old lost.")));
        for text in ["The storm hit Braga, 12, and Porto.", "It was on Monday, 12, that they met.", "He was given a 10-year sentence."] {
            assert!(age(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn scores_and_tallies_are_figures_and_ranges_are_not() {
        let scores = |text: &str| -> Vec<(String, f64)> {
            figures(text).into_iter().filter(|f| f.unit == SCORE).map(|f| (f.text, f.value)).collect()
        };
        assert_eq!(
            scores("Orbanyi won 7-6 (7-5), 4-6, 6-3 after saving a match point at 8-8."),
            [("7-6".into(), 7006.0), ("7-5".into(), 7005.0), ("4-6".into(), 6004.0), ("6-3".into(), 6003.0), ("8-8".into(), 8008.0)]
        );
        // A win and the defeat it is; a tally in words after "voted"; an en dash.
        assert_eq!(scores("Chelsea beat Arsenal 2-1 in the final."), [("2-1".into(), 2001.0)]);
        assert_eq!(scores("Arsenal lost 1-2 to Chelsea."), [("1-2".into(), 2001.0)]);
        assert_eq!(scores("The board voted four to one to raise rates."), [("four to one".into(), 4001.0)]);
        assert_eq!(scores("The court issued a 6\u{2013}3 ruling."), [("6\u{2013}3".into(), 6003.0)]);
        assert_eq!(scores("The House passed the bill 217-213 on Tuesday."), [("217-213".into(), 217213.0)]);
        // Ranges, dates and codes are not scores.
        assert!(scores("Between 10-15 people were hurt, and the trial lasted 3-4 days.").is_empty());
        assert!(scores("Prices rose by 10-15 percent on 2025-11-30 under rule 12-4b.").is_empty());
        assert!(never_differs(SCORE));
    }

    #[test]
    fn a_sentences_end_ends_what_a_number_counts() {
        // "one" is not a count of "Chelsea beat …", the next sentence's words.
        assert!(figures("The vote was four to one. Chelsea beat Arsenal.").iter().all(|f| f.unit != "beat" && f.unit != "chelsea"));
        assert_eq!(one("Rescuers found 12 survivors.").unit, "survivor");
    }

    #[test]
    fn significant_digits_leave_out_trailing_zeros() {
        assert_eq!(significant_digits(2_850_000.0), 3);
        assert_eq!(significant_digits(4_000.0), 1);
        assert_eq!(significant_digits(146.0), 3);
        assert_eq!(significant_digits(0.0), 0);
        assert_eq!(significant_digits(67.3), 3);
        assert_eq!(significant_digits(0.05), 1);
        assert_eq!(significant_digits(2.85 * 1e6), 3);
    }

    #[test]
    fn a_maturity_names_a_bond_and_is_no_figure() {
        assert_eq!(one("Slovenia's 10-year government bond yield fell to 3.21%.").unit, "percent");
        assert_eq!(one("The yield on the 10-year bond slipped to 3.19 per cent.").value, 3.19);
        assert!(figures("Investors sold two-year Treasuries and 30-year mortgages.").is_empty());
        // A span of time is still one: "a 10-year sentence", "a five-year plan".
        assert_eq!(one("He was given a 10-year sentence.").unit, "year");
        assert_eq!(one("The five-year plan was approved.").value, 5.0);
    }

    #[test]
    fn the_storys_actors_counted_in_words_are_no_figure() {
        assert!(figures("The two men gave different figures, and the two sides did not agree.").is_empty());
        assert!(figures("Two men whose governments were exchanging fire met. The two countries have no ambassadors.").is_empty());
        // A count the article reports stays one: seats, soldiers, and more than three men.
        assert_eq!(one("The two seats reserved for the minorities could decide it.").unit, "seat");
        assert_eq!(one("Two soldiers were killed.").value, 2.0);
        assert_eq!(one("Police arrested five men.").value, 5.0);
        assert_eq!(one("Police arrested five men.").unit, "man");
        assert_eq!((singular("women"), singular("gunmen"), singular("specimen")), ("woman".into(), "gunman".into(), "specimen".into()));
    }

    #[test]
    fn counts_with_their_scale_glued_on_and_their_adjectives() {
        let f = |text: &str| {
            let f = one(text);
            (f.value, f.unit)
        };
        assert_eq!(f("The museum drew 110K visitors last year."), (110_000.0, "visitor".to_string()));
        assert_eq!(f("Data of 4.3M customers was taken."), (4_300_000.0, "customer".to_string()));
        // Lower case is a distance or a race, not a scale.
        assert!(figures("He ran the 100m and a 5k in the rain.").iter().all(|f| f.value < 1000.0));
        assert_eq!(f("They took two small oil studies."), (2.0, "study".to_string()));
        assert_eq!(f("Police released images of three masked suspects."), (3.0, "suspect".to_string()));
        assert_eq!(f("They took two smaller oil sketches."), (2.0, "sketch".to_string()));
        assert_eq!(f("More than 40 witnesses spoke."), (40.0, "witness".to_string()));
        assert_eq!(f("It was his sixth loss in 12 matches."), (12.0, "match".to_string()));
        // An older year is a year where a year is said, a count where things are counted.
        assert!(figures("They took a 1714 portrait, made in 1683 and set with pearls.").is_empty());
        assert_eq!(f("He sent 1500 troops north."), (1500.0, "troop".to_string()));
    }

    #[test]
    fn places_in_a_ranking_are_ranks() {
        let rank = |text: &str| of_unit(text, RANK);
        assert_eq!(rank("He beat world No. 1 Joaquín Elorriaga."), vec![(1.0, "world No. 1".to_string())]);
        assert_eq!(rank("The world No 74 from Győr won."), vec![(74.0, "world No 74".to_string())]);
        assert_eq!(rank("The 22-year-old, ranked 74th, won."), vec![(74.0, "ranked 74th".to_string())]);
        assert_eq!(rank("The 74th-ranked Hungarian won."), vec![(74.0, "74th-ranked".to_string())]);
        assert_eq!(rank("He will lose the number one ranking."), vec![(1.0, "number one".to_string())]);
        assert_eq!(rank("She is world number 3."), vec![(3.0, "world number 3".to_string())]);
        // Nothing else is read as a figure of them ("1 Kasper Lindqvist", "74 beats").
        assert_eq!(figures("World No 1 Kasper Lindqvist spoke.").len(), 1);
        assert_eq!(figures("World No. 74 beats the champion.").len(), 1);
        // Two places are two players, never one place given two ways.
        assert!(never_differs(RANK));
        for text in ["No 10 Downing Street said so.", "He served his 31st ace.", "No, he said.", "He ranked them all.", "A number two said so."] {
            assert!(rank(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_part_counts_what_its_whole_counts() {
        let all = |text: &str| figures(text).into_iter().map(|f| (f.text, f.value, f.unit)).collect::<Vec<_>>();
        let seats = |t: &str, v: f64| (t.to_string(), v, "seat".to_string());
        assert_eq!(all("It will have 31 of the 90 seats in parliament."), vec![seats("31", 31.0), seats("90 seats", 90.0)]);
        assert_eq!(all("That is 31 of the National Assembly’s 90 seats."), vec![seats("31", 31.0), seats("90 seats", 90.0)]);
        assert_eq!(all("It won 31 of 90 seats."), vec![seats("31", 31.0), seats("90 seats", 90.0)]);
        // The part's own qualifier.
        let part = figures("The union says up to 2,000 of Stellmark's 6,200 Dutch jobs could go.").remove(0);
        assert_eq!((part.text.as_str(), part.unit.as_str(), part.low, part.high), ("up to 2,000", "job", Some(0.0), Some(2000.0)));
        // "One of", a part larger than the whole, a year, words that are not the whole's.
        for text in [
            "It is one of the 28 points in the plan.",
            "It won 120 of the 90 seats.",
            "In 2019 of the 90 seats, few changed hands.",
            "It took 31 of what were 90 seats.",
        ] {
            assert_eq!(figures(text).len(), 1, "{text}: {:?}", figures(text));
        }
    }

    /// A span of time given in two units is one span when the days they cover meet and
    /// are of one size.
    #[test]
    fn a_span_of_time_in_two_units_is_one_span() {
        let days = one("His government lasted 828 days.");
        assert!(days.converted(&one("It lasted just over 27 months.")));
        assert!(days.converted(&one("It lasted two years.")));
        assert!(days.converted(&one("He has been in power for just over two years.")));
        assert!(one("It took three weeks.").converted(&one("It took 21 days.")));
        // Rounded, but not that far; an open range, but not of another size; one unit.
        assert!(!one("Eighteen months are suspended.").converted(&one("He got a two-year sentence.")));
        assert!(!one("The trial stretched over 47 sitting days.").converted(&one("They sought seven years.")));
        assert!(!one("It will happen within two weeks.").converted(&one("The clash lasted over three days.")));
        assert!(!days.converted(&one("It lasted 828 days.")));
    }

    /// A count of people and a count of some people are one count when they give the
    /// same number, and so are two counts of two nouns given to two digits; never two
    /// that differ, and never a measure, an age or a small or round number.
    #[test]
    fn counts_of_one_number_are_one_count() {
        let people = one("It serves about 480,000 people in the region.");
        assert!(people.same_count(&one("It serves roughly 480,000 residents in all.")));
        assert!(one("It employs 1,100 workers there.").same_count(&one("The site employs about 1,100 people.")));
        assert!(!people.same_count(&one("It serves 480,001 residents in all.")));
        assert!(!one("About 27 people were hurt.").same_count(&one("It took 27 hours.")));
        assert!(!one("About 27 people were hurt.").same_count(&one("It cost 27 million euros.")));
        assert!(!one("Five people were hurt.").same_count(&one("Five patients were hurt.")));
        assert!(!one("About 27 people were hurt.").same_count(&one("The 27-year-old was hurt.")));
        // Two nouns that count, from 20 up and to two digits.
        assert!(one("They will issue 420 licences.").same_count(&one("Four hundred and twenty boats will fish there.")));
        assert!(!one("They will issue 400 licences.").same_count(&one("Four hundred boats will fish there.")));
        assert!(!one("They will issue 12 licences.").same_count(&one("Twelve boats will fish there.")));
        // Two ranges of people in digits, near and overlapping.
        let left = one("Some 2,400 people were forced to leave their homes.");
        assert!(left.same_count(&one("More than 2,000 residents were evacuated.")));
        assert!(one("More than 40 people have died.").same_count(&one("At least 43 dead were counted.")));
        assert!(!left.same_count(&one("More than 1,000 residents were evacuated.")));
        assert!(!left.same_count(&one("About 1,800 residents were evacuated.")));
        assert!(!one("More than 40 observers will be deployed.").same_count(&one("At least 58 people have been killed.")));
        assert!(!one("About 30 people are missing.").same_count(&one("Dozens of navy divers searched.")));
        assert!(!left.same_count(&one("Some 2,400 tonnes were shipped.")));
    }

    #[test]
    fn a_sum_and_its_conversion_are_one_sum() {
        let euros = one("It cost €720m and was not insured.");
        assert!(euros.converted(&one("It cost $845M to build.")));
        assert!(euros.converted(&one("It cost £620m to build.")));
        assert!(one("The loss was more than €1.1bn in all.").converted(&one("The loss came to ~$1.3B in all.")));
        // Too far apart for any rate, the same currency, or no currency: not converted.
        assert!(!euros.converted(&one("It was insured for $285m.")));
        assert!(!euros.converted(&one("It cost €790m in the end.")));
        assert!(!euros.converted(&one("It weighed 720 tonnes.")));
        // A qualifier's range does not widen the rate's band.
        assert!(!one("It is worth ~$17.3B with debt.").converted(&one("Sales would be around €21bn a year.")));
        assert_eq!(one("It cost about €720mn in all.").value, 720e6);
        // "~" is "about".
        assert_eq!(one("Stocks fell ~6% on the day.").qualifier.as_deref(), Some("about"));
        assert_eq!(one("Stocks fell ~6% on the day.").text, "~6%");
    }

    #[test]
    fn a_number_in_a_name_is_no_figure() {
        assert!(figures("The Veyra 6 had been planned, and Skylane 7 was lost.").is_empty());
        // What a name's number stands before is counted ("four more Veyra 6 flights").
        assert_eq!(one("Four more Veyra 6 flights had been planned.").unit, "flight");
        assert_eq!(one("The Veyra 6 had flown six times.").value, 6.0);
        assert_eq!(one("Skylane 7 was insured for $285m.").value, 285e6);
        assert!(figures("The benchmark FTSE 100 index and the Boeing 737 fleet were hit.").is_empty());
        assert!(bare_numbers("The Veyra 6 failed.").is_empty());
        // Words that open a sentence, scales, dates and a verb left out are no names.
        assert_eq!(one("About 2,300 people were evacuated.").value, 2300.0);
        assert_eq!(one("Some 600 soldiers helped.").value, 600.0);
        assert_eq!(one("The storm reached Category 4 strength.").value, 4.0);
        assert_eq!(figures("Thailand held 31 Cambodian soldiers and Cambodia 19 Thais.").len(), 2);
        assert_eq!(figures("Ardania will release 146 Velesians and Velesia 112 Ardanians.").len(), 2);
        assert!(figures("The talks on March 4 lasted long.").is_empty());
    }

    #[test]
    fn a_capitalised_plural_is_what_is_counted() {
        assert_eq!(one("146: Velesians held by Ardania").unit, "velesian");
        assert_eq!(one("The figure falls short of the 171 Velesians his government says are held.").unit, "velesian");
        assert_eq!(one("It sent 50 US Marines.").unit, "marine");
        assert_eq!(one("They freed 50 Ukrainian civilians.").unit, "civilian");
        assert_eq!(one("The data of about 1.2 million current and former patients was taken.").unit, "patient");
        assert_eq!(one("It hit 40 young and elderly residents.").unit, "resident");
        // An adjective that closes its clause is what is counted, not the word after it.
        assert_eq!(one("It killed 41 and left 63 missing, officials said.").unit, "missing");
        assert_eq!(one("It left 63 missing people.").unit, "people");
        // An abbreviation's plural is counted too, and members of a parliament are one
        // unit however an outlet calls them.
        assert_eq!(one("Almost 80 MPs voted to remove him.").unit, "lawmaker");
        assert_eq!(one("Seventy-eight deputies had voted to bring it down.").unit, "lawmaker");
        assert_eq!(one("It was backed by 78 lawmakers.").unit, "lawmaker");
    }

    #[test]
    fn sums_of_money_written_two_ways_are_one_unit() {
        let glued = one("The association put the cost at €90m a day.");
        let spelled = one("It cost the economy about 90 million euros a day.");
        assert_eq!((glued.value, glued.unit.as_str()), (90e6, "EUR"));
        assert_eq!((spelled.value, spelled.unit.as_str()), (90e6, "EUR"));
        assert!(glued.compatible(&spelled));
        assert_eq!(one("a border closure that hits $5bn of trade").value, 5e9);
        assert_eq!(one("a 40 million euro fund").unit, "EUR");
        assert_eq!(one("It handled 436 million tonnes of cargo.").unit, one("It moved 436 million metric tons of cargo.").unit);
        // Without a currency a glued letter is no scale ("a 5m wall").
        assert!(figures("They built a 5m wall.").iter().all(|f| f.value != 5e6));
    }

    #[test]
    fn the_issue_examples() {
        let f = one("They described the five-hour meeting as difficult.");
        assert_eq!((f.value, f.low, f.high, f.unit.as_str()), (5.0, Some(5.0), Some(5.0), "hour"));
        let f = one("They met for more than four hours.");
        assert_eq!((f.low, f.high, f.low_inclusive, f.unit.as_str()), (Some(4.0), None, false, "hour"));
        assert_eq!(f.text, "more than four hours");
        let f = one("Russia bombarded Ukraine with a nearly 10-hour air assault.");
        assert_eq!((f.high, f.high_inclusive, f.unit.as_str(), f.qualifier.as_deref()), (Some(10.0), true, "hour", Some("nearly")));
        let f = one("Leaders agreed to pool another $106 billion for Ukraine.");
        assert_eq!((f.value, f.unit.as_str()), (106e9, "USD"));
        assert_eq!(one("the original 28-point U.S. plan").unit, "point");
        assert_eq!(one("was whittled down to 19 points following talks").unit, "point");
        let f = one("more than the one million soldiers he has already lost");
        assert_eq!((f.value, f.unit.as_str()), (1e6, "soldier"));
        assert_eq!(one("the whereabouts of 50 Ukrainian civilians who were moved").unit, "civilian");
    }

    #[test]
    fn ranges_compare() {
        let five = one("a five-hour meeting");
        let more_than_four = one("for more than four hours");
        let nineteen = one("19 points");
        let twenty = one("20 points");
        assert!(five.compatible(&more_than_four));
        assert!(!nineteen.compatible(&twenty));
        assert!(!five.compatible(&nineteen));
        // Rounded: "almost five hours" is the five-hour meeting; "just under" is not.
        assert!(one("after almost five hours").compatible(&five));
        assert!(one("nearly three weeks of fighting").compatible(&one("three weeks of fighting")));
        assert!(!one("just under five hours").compatible(&five));
        // Two floors far apart are two counts; a floor and a figure above it agree.
        assert!(!one("more than 6,400 incidents").compatible(&one("more than 7,000 incidents")));
        assert!(one("more than 300,000 customers").compatible(&one("about 310,000 customers")));
        assert!(one("at least 58 people").compatible(&one("more than 57 people")));
        assert!(one("at least 58 people").compatible(&one("more than 50 people")));
    }

    #[test]
    fn years_and_one_of_are_not_figures_and_times_no_counts() {
        let units = |text: &str| figures(text).into_iter().map(|f| f.unit).collect::<Vec<_>>();
        assert_eq!(units("It launched its invasion in 2022 at 6:19 pm. One of the officials spoke."), vec![TIME_OF_DAY]);
        // Clock times, with or without a colon, are times of day, never counts of "local"
        // or "GMT".
        assert_eq!(units("It was put out at 03:30 local time (02:30 GMT) on Saturday."), vec![TIME_OF_DAY, TIME_OF_DAY]);
        assert_eq!(units("The blast happened at around 2140 local time (2040 GMT) on Friday."), vec![TIME_OF_DAY, TIME_OF_DAY]);
        // A day and a month are a date.
        assert!(figures("Fighting broke out on 27 January and crossings reopen by 1 March.").is_empty());
    }

    #[test]
    fn bare_numbers_leave_out_years_days_times_and_money() {
        let t = "It killed 13 people and injured 27 on Nov. 27, 2026 at 9:40 p.m., costing $5 million and 7.8%.";
        let values: Vec<f64> = bare_numbers(t).into_iter().map(|(v, _, _)| v).collect();
        assert_eq!(values, vec![13.0, 27.0]);
        let t = "An ambulance leaves the hospital in Owen Sound, March 3, 2027, one of 3 sent on 4 March.";
        let values: Vec<f64> = bare_numbers(t).into_iter().map(|(v, _, _)| v).collect();
        assert_eq!(values, vec![3.0]);
        // In words from ten up: "three had abstained" says too little.
        let t = "Seventy-eight had voted for it, sixty-nine against, and three had abstained.";
        let values: Vec<f64> = bare_numbers(t).into_iter().map(|(v, _, _)| v).collect();
        assert_eq!(values, vec![78.0, 69.0]);
        // A decimal in words is read to its last digit; "at one point" is no decimal, and
        // "six points" a count.
        let values = |t: &str| bare_numbers(t).into_iter().map(|(v, _, _)| v).collect::<Vec<f64>>();
        assert_eq!(values("The institute measured the quake at six point four; the survey put it at 6.2."), vec![6.4, 6.2]);
        assert_eq!(values("It was four point one five on the scale."), vec![4.15]);
        assert!(values("At one point two gunmen entered the hall.").is_empty());
        assert_eq!(one("The side won by six points.").value, 6.0);
    }

    /// "80+" is a floor; a decimal before a singular noun is a magnitude, not a count.
    #[test]
    fn a_plus_is_a_floor_and_a_magnitude_no_count() {
        let plus = one("80+ aftershocks and counting.");
        assert_eq!((plus.low, plus.high, plus.unit.as_str()), (Some(80.0), None, "aftershock"));
        assert!(plus.compatible(&one("It recorded more than 80 aftershocks by Sunday.")));
        // A floor holds its own number; "more than" does not.
        assert!(plus.holds(80.0) && plus.holds(312.0) && !plus.holds(79.0));
        let more = one("More than 40 people were hurt.");
        assert!(more.holds(43.0) && !more.holds(40.0));
        // Open on one side, exact, or a closed range.
        assert!(plus.is_open() && more.is_open() && !more.is_exact());
        let exact = one("It killed 41 people.");
        assert!(exact.is_exact() && !exact.is_open());
        let nearly = one("Nearly 150 people were rescued.");
        assert!(!nearly.is_exact() && !nearly.is_open());
        assert!(figures("A 5.1 aftershock hit on Monday.").is_empty());
        assert_eq!(bare_numbers("A 5.1 aftershock hit on Monday.").first().map(|n| n.0), Some(5.1));
        assert_eq!(one("It holds 2.3 terabytes of data.").unit, "terabyte");
    }

    #[test]
    fn spelled_out_numbers_and_what_they_count() {
        let f = one("Twenty-seven people were injured.");
        assert_eq!((f.value, f.unit.as_str()), (27.0, "people"));
        let f = one("Forty-five minutes later it was over.");
        assert_eq!((f.value, f.unit.as_str()), (45.0, "minute"));
        // Not what a number counts: a verb, a function word, or the end of its clause.
        assert!(figures("The toll rose to 13 after the search. Two have been flown to Hamburg.").is_empty());
        assert!(figures("The blast killed 13, officials said.").is_empty());
        let f = one("Rescuers found two missing workers.");
        assert_eq!((f.value, f.unit.as_str()), (2.0, "worker"));
        // A hyphenated unit still reads as one.
        assert_eq!(one("a 28-point plan").unit, "point");
    }

    #[test]
    fn a_compound_counts_its_head() {
        // "dock workers" counts workers, as "dockworkers" does.
        let (open, closed) = (one("Some 9,000 dock workers are covered."), one("About 9,000 dockworkers went back."));
        assert_eq!((open.unit.as_str(), open.text.as_str()), ("worker", "Some 9,000 dock workers"));
        assert!(open.compatible(&closed) && closed.compatible(&open));
        assert_eq!(one("146 container ships were waiting").unit, "ship");
        // A measure keeps its unit: the plural after it is what it measures.
        assert_eq!(one("a 4 percent rise in wages").unit, "percent");
        assert_eq!(one("after 17 hour talks").unit, "hour");
        // A plural is its own head; a head shorter than four letters is no head.
        assert_eq!(one("the 40 ships waiting").unit, "ship");
        assert!(!same_unit("seaman", "man") && !same_unit("day", "holiday") && same_unit("warship", "ship"));
        assert!(!one("9,000 workers").compatible(&one("9,000 ships")));
    }

    #[test]
    fn changes_in_a_rate_are_percentage_points() {
        let pp = |t: &str| {
            let f = one(t);
            (f.value, f.unit)
        };
        let half = (0.5, PERCENTAGE_POINT.to_string());
        assert_eq!(pp("raised its rate by 50 basis points"), half);
        assert_eq!(pp("raised rates by half a percentage point"), half);
        assert_eq!(pp("a surprise half-point hike"), half);
        assert_eq!(pp("a smaller rise of a quarter of a percentage point"), (0.25, PERCENTAGE_POINT.to_string()));
        assert_eq!(pp("a 0.25 percentage point rise"), (0.25, PERCENTAGE_POINT.to_string()));
        // "per cent" is "%"; whole points still count a plan's points.
        assert!(one("to 2.25 per cent").compatible(&one("to 2.25%")));
        assert_eq!(one("the 28-point plan").unit, "point");
        // "more than a quarter of a percentage point" is a floor, and 27 basis points over it.
        let more = one("yields rose by more than a quarter of a percentage point");
        assert_eq!((more.low, more.high, more.text.as_str()), (Some(0.25), None, "more than a quarter of a percentage point"));
        assert!(more.compatible(&one("yields rose 27 basis points")));
        // Half of a count is a share of it, not a count (`shares_in_words_are_percentages`).
        let share = figures("Around half of Swedish homeowners have variable loans.");
        assert_eq!(share.iter().map(|f| (f.unit.as_str(), f.text.as_str())).collect::<Vec<_>>(), [("percent", "Around half")]);
        assert_eq!(pp("talks lasted half an hour"), (0.5, "hour".to_string()));
    }

    #[test]
    fn a_range_is_read_whole() {
        let range = |t: &str| {
            let f = one(t);
            (f.text, f.low, f.high)
        };
        assert_eq!(range("It killed between 40 and 50 people."), ("between 40 and 50 people".to_string(), Some(40.0), Some(50.0)));
        assert_eq!(range("some 40 to 50 people were hurt"), ("40 to 50 people".to_string(), Some(40.0), Some(50.0)));
        assert_eq!(range("the plan was cut to 19 or 20 points"), ("19 or 20 points".to_string(), Some(19.0), Some(20.0)));
        assert_eq!(range("two or three hours of talks"), ("two or three hours".to_string(), Some(2.0), Some(3.0)));
        assert_eq!(range("costs of 60 to 80 million euros"), ("60 to 80 million euros".to_string(), Some(60e6), Some(80e6)));
        // Another outlet's figure inside the range agrees with it; one outside differs.
        assert!(one("between 40 and 50 people").compatible(&one("45 people")));
        assert!(!one("between 40 and 50 people").compatible(&one("60 people")));
        // A change and a vote are no ranges.
        assert_eq!(range("the retirement age rose from 65 to 67 years"), ("67 years".to_string(), Some(67.0), Some(67.0)));
        assert_eq!(one("They voted 4 to 1 to raise rates.").unit, SCORE);
    }

    #[test]
    fn shares_in_words_are_percentages() {
        let share = |t: &str| {
            let f = one(t);
            assert_eq!(f.unit, "percent", "{t}");
            (f.text, f.value)
        };
        assert_eq!(share("won almost a third of the vote"), ("almost a third".to_string(), 33.3));
        assert_eq!(share("About two-thirds of voters turned out"), ("About two-thirds".to_string(), 66.7));
        assert_eq!(share("three quarters of the staff"), ("three quarters".to_string(), 75.0));
        assert_eq!(share("Half the staff left"), ("Half".to_string(), 50.0));
        assert_eq!(share("Fewer than one in 10 stolen artworks are recovered"), ("Fewer than one in 10".to_string(), 10.0));
        assert_eq!(share("nine out of ten doctors"), ("nine out of ten".to_string(), 90.0));
        assert_eq!(share("Shares jumped by more than a quarter on Monday"), ("more than a quarter".to_string(), 25.0));
        assert_eq!(share("It cut costs by a third, the report said"), ("a third".to_string(), 33.3));
        // A fraction is a rounded share: the outlet that prints the figure agrees with it.
        assert!(one("won almost a third of the vote").compatible(&one("took 31.4% of the vote")));
        assert!(one("about a quarter of the vote").compatible(&one("took 24.7% of the vote")));
        assert!(one("Shares jumped by more than a quarter.").compatible(&one("Shares jumped 27%.")));
        assert!(one("About two-thirds of voters").compatible(&one("turnout was 67.3%")));
        assert!(!one("almost a third of the vote").compatible(&one("took 34.1% of the vote")));
        assert!(!one("more than half of the vote").compatible(&one("took 48% of the vote")));
        // "One in five workers" counts no five workers.
        assert!(figures("One in five workers lost their jobs.").iter().all(|f| f.unit == "percent"));
        // A fraction of a time, a measure or a number; a part; a rate: no share.
        for t in [
            "The deal should close in the first half of 2028.",
            "About a quarter of a million people fled.",
            "The third quarter of the year was weak.",
            "He was helped by a third party.",
            "It was one and a half of them.",
            "He scored 5 in 10 minutes.",
            "the riverfront quarter of restaurants and bars",
        ] {
            assert!(figures(t).iter().all(|f| f.unit != "percent"), "{t}: {:?}", figures(t));
        }
    }

    /// Hundreds in words, British ("and") or not, and with a scale after them.
    #[test]
    fn hundreds_in_words() {
        let values = |text: &str| figures(text).into_iter().map(|f| (f.value, f.unit)).collect::<Vec<_>>();
        assert_eq!(values("Four hundred and twenty boats will be licensed."), vec![(420.0, "boat".to_string())]);
        assert_eq!(values("Some one hundred twenty ships sailed."), vec![(120.0, "ship".to_string())]);
        assert_eq!(values("a hundred and eighty trawlers left"), vec![(180.0, "trawler".to_string())]);
        assert_eq!(values("three hundred thousand people fled"), vec![(300_000.0, "people".to_string())]);
        assert_eq!(values("two hundred boats and forty ships"), vec![(200.0, "boat".to_string()), (40.0, "ship".to_string())]);
        assert!(one("Four hundred and twenty boats will be licensed.").compatible(&one("It will issue 420 boats.")));
    }

    /// "from eighteen per cent to six": the second number's unit is the first's, when
    /// nothing follows it in its clause.
    #[test]
    fn a_unit_left_unsaid_after_to_is_the_one_before() {
        let percents = |text: &str| of_unit(text, "percent").into_iter().map(|(v, _)| v).collect::<Vec<_>>();
        assert_eq!(percents("Duties will fall from eighteen per cent to six, while levies rise."), vec![18.0, 6.0]);
        assert_eq!(percents("The levy was cut from 25% to 10."), vec![25.0, 10.0]);
        // A count of something else after "to", or no "from" before: not elided.
        assert_eq!(percents("It rose 5% to 300 ships."), vec![5.0]);
        assert_eq!(percents("A 5% rise to six, the bank said."), vec![5.0]);
    }

    /// Areas and lengths in two units are one figure converted and rounded; thousands
    /// of tonnes as "kt".
    #[test]
    fn measures_in_two_units_meet() {
        let area = one("The zone covers 11,000 square kilometres of sea.");
        assert_eq!((area.unit.as_str(), area.value), ("km2", 11_000.0));
        assert!(area.converted(&one("The zone covers 4,250 sq mi of sea.")));
        assert!(area.converted(&one("The zone covers some 4,200 square miles of sea.")));
        assert!(!area.converted(&one("The zone covers 3,000 square miles of sea.")));
        assert!(one("Boats over 40 metres are barred.").converted(&one("Boats over 131 feet are barred.")));
        // Two kinds never meet, nor one unit with itself (that is `compatible`'s).
        assert!(!area.converted(&one("The zone is 11,000 km long.")));
        assert!(!one("It is 90 km away.").converted(&one("It is 91 km away.")));
        // Millimetres glued or written out, and inches.
        let rain = one("In Braga, 131mm of rain fell.");
        assert_eq!((rain.unit.as_str(), rain.value), ("mm", 131.0));
        assert!(rain.converted(&one("In Braga, more than 5 inches of rain fell.")));
        assert!(one("It was out by 4mm.").compatible(&one("It was out by four millimetres.")));
        assert!(!rain.converted(&one("In Braga, 3 inches of rain fell.")));
        let quota = one("The quota is 48 kt a year.");
        assert_eq!((quota.unit.as_str(), quota.value), ("ton", 48_000.0));
        assert!(quota.compatible(&one("The quota is 48,000 tonnes a year.")));
    }

    /// Temperatures and speeds as outlets write them, glued to their number or in words,
    /// read as one unit each, and meeting across Celsius and Fahrenheit, km/h and mph.
    #[test]
    fn temperatures_and_speeds_in_two_units_meet() {
        let unit = |text: &str| {
            let f = one(text);
            (f.unit, f.value)
        };
        for text in ["It reached 41C.", "It reached 41°C.", "It reached 41 °C.", "It reached 41 degrees Celsius.", "It reached 41 degrees."] {
            assert_eq!(unit(text), ("degree".to_string(), 41.0), "{text}");
        }
        for text in ["It hit 106°F.", "It hit 106F.", "It hit 106 degrees Fahrenheit."] {
            assert_eq!(unit(text), ("fahrenheit".to_string(), 106.0), "{text}");
        }
        for text in ["Gusts hit 85km/h.", "Gusts hit 85 km/h.", "Gusts hit 85 kph.", "Gusts hit 85 km per hour.", "Gusts hit 85 kilometres an hour."] {
            assert_eq!(unit(text), ("kmh".to_string(), 85.0), "{text}");
        }
        for text in ["Gusts hit 53mph.", "Gusts hit 53 mph.", "Gusts hit 53 miles per hour.", "Gusts hit 53 miles an hour."] {
            assert_eq!(unit(text), ("mph".to_string(), 53.0), "{text}");
        }
        // A distance stays a distance, glued or not; a lowercase letter is no temperature.
        assert_eq!(unit("The front is 22km long."), ("km".to_string(), 22.0));
        assert_eq!(unit("The front is 22 km long."), ("km".to_string(), 22.0));
        assert!(figures("Take exit 41c to the town.").iter().all(|f| f.unit != "degree"));
        // Converted, and rounded: 41C is 105.8F; 85 km/h is 52.8 mph.
        let hot = one("It reached 41C on Saturday.");
        assert!(hot.converted(&one("Temperatures hit 106°F on Saturday.")));
        assert!(!hot.converted(&one("Temperatures hit 100°F on Saturday.")));
        assert!(hot.compatible(&one("The thermometer touched forty-one degrees.")));
        let wind = one("Winds of up to 85km/h blew.");
        assert!(wind.converted(&one("Wind gusts of up to 53 mph blew.")));
        assert!(!wind.converted(&one("Wind gusts of up to 40 mph blew.")));
        assert!(!wind.converted(&one("The fire is 85 km wide.")));
    }

    /// A sum in another currency in parentheses after a sum is its conversion.
    #[test]
    fn a_sum_converted_in_parentheses_is_marked() {
        let fs = figures("They set up a 40 million euro ($43 million) fund, and €5 million more, and $2 million.");
        let marked: Vec<(String, bool)> = fs.iter().map(|f| f.text.clone()).zip(conversions(&fs)).collect();
        assert_eq!(
            marked,
            vec![
                ("40 million euro".to_string(), false),
                ("$43 million".to_string(), true),
                ("€5 million".to_string(), false),
                ("$2 million".to_string(), false)
            ]
        );
    }

    /// A wire's abbreviated scales, and a rate per a unit.
    #[test]
    fn abbreviated_scales_and_rates() {
        let fund = one("A 40 mln euro fund was set up.");
        assert_eq!((fund.unit.as_str(), fund.value), ("EUR", 40e6));
        assert!(fund.compatible(&one("A fund of €40 million was set up.")));
        assert_eq!(one("The line costs 1.2 bln florin.").value, 1.2e9);
        let rate = one("The kruna firmed to 24.76 per euro.");
        assert_eq!((rate.unit.as_str(), rate.value), ("per EUR", 24.76));
        assert!(!rate.compatible(&one("The kruna weakened to 24.86 per euro.")));
    }

    /// British and American spellings of a unit are one unit.
    #[test]
    fn spellings_of_a_unit_meet() {
        assert!(one("The two governments will issue 420 licences.").compatible(&one("They get 420 fishing licenses.")));
        assert!(one("a 12-metre boat").compatible(&one("a 12-meter boat")));
    }

    #[test]
    fn more_qualifiers_make_ranges() {
        let close = one("close to 150 ships were waiting");
        assert_eq!((close.low, close.high, close.qualifier.as_deref()), (Some(135.0), Some(150.0), Some("close to")));
        assert!(close.compatible(&one("146 ships were waiting")));
        assert!(!close.compatible(&one("160 ships were waiting")));
        assert!(one("as many as 300 people").compatible(&one("250 people")));
        assert!(!one("upwards of 300 people").compatible(&one("250 people")));
        assert_eq!(one("an estimated 2,000 people fled").high, Some(2200.0));
    }
}
