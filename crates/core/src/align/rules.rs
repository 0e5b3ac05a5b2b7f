//! Data tables for alignment: the words that say nothing about which fact a sentence
//! reports. No logic lives here.

/// English function words. Source: the NLTK English stop-word list (Bird, Klein and
/// Loper, *Natural Language Processing with Python*; BSD-style licence), folded to lower
/// case without apostrophes, plus the contraction pieces that `search::words` splits
/// off ("don" + "t", "there" + "s").
pub const STOP_WORDS: &[&str] = &[
    "i",
    "me",
    "my",
    "myself",
    "we",
    "our",
    "ours",
    "ourselves",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "what",
    "which",
    "who",
    "whom",
    "this",
    "that",
    "these",
    "those",
    "am",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "doing",
    "a",
    "an",
    "the",
    "and",
    "but",
    "if",
    "or",
    "because",
    "as",
    "until",
    "while",
    "of",
    "at",
    "by",
    "for",
    "with",
    "about",
    "against",
    "between",
    "into",
    "through",
    "during",
    "before",
    "after",
    "above",
    "below",
    "to",
    "from",
    "up",
    "down",
    "in",
    "out",
    "on",
    "off",
    "over",
    "under",
    "again",
    "further",
    "then",
    "once",
    "here",
    "there",
    "when",
    "where",
    "why",
    "how",
    "all",
    "any",
    "both",
    "each",
    "few",
    "more",
    "most",
    "other",
    "some",
    "such",
    "no",
    "nor",
    "not",
    "only",
    "own",
    "same",
    "so",
    "than",
    "too",
    "very",
    "s",
    "t",
    "can",
    "will",
    "just",
    "don",
    "should",
    "now",
    "d",
    "ll",
    "m",
    "o",
    "re",
    "ve",
    "y",
    "ain",
    "aren",
    "couldn",
    "didn",
    "doesn",
    "hadn",
    "hasn",
    "haven",
    "isn",
    "ma",
    "mightn",
    "mustn",
    "needn",
    "shan",
    "shouldn",
    "wasn",
    "weren",
    "won",
    "wouldn",
    "also",
    "would",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "one",
    "upon",
    "per",
    "via",
    "yet",
    "whether",
    "though",
    "although",
    "however",
    "since",
    "still",
    "even",
    "well",
    "much",
    "many",
    "like",
    "whose",
];

/// Words news writing uses in almost every sentence about anything: attribution
/// ("said", "according") and vague time words. Weekdays are kept: "on Tuesday" in two
/// sentences is evidence, weighed by how rare it is like any word. Hand-kept from the seeds' and fixtures' most frequent words that carry no
/// fact (checked against the AP style book's attribution verbs).
pub const NEWS_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "tells",
    "telling",
    "according",
    "reported",
    "reports",
    "report",
    "wrote",
    "writes",
    "noted",
    "added",
    "stated",
    "asked",
    "senior",
    "source",
    "sources",
    "familiar",
    "mr",
    "mrs",
    "ms",
    "dr",
    "week",
    "weeks",
    "day",
    "days",
    "today",
    "yesterday",
    "tomorrow",
    "year",
    "years",
    "month",
    "months",
    "later",
    "earlier",
    "last",
    "next",
    "new",
    "first",
    // How a statement was made, not what it says ("said in a statement").
    "statement",
    // The clock's zone, not what happened at that time ("03:30 local time (02:30 GMT)").
    "local",
    "time",
    "gmt",
    "utc",
    "cet",
    "bst",
];

/// Words for a party to talks ("the U.S. side", "the Ukrainian delegation", "their
/// teams"): like titles, they say who acts, which names and demonyms already carry, and
/// nearly every sentence about a negotiation has one, so they are not evidence of a fact.
pub const PARTY_WORDS: &[&str] =
    &["side", "sides", "team", "teams", "delegation", "delegations", "contingent", "contingents", "counterpart", "counterparts"];

/// Words that put what a sentence reports in the future, as a plan or an expectation
/// ("Witkoff plans to depart…", "are expected to present…", "will fly…"); a word in the
/// second list counts only before "to" ("set to return"). They tell a plan from its
/// outcome rather than one fact from another, so they are not content words. Hand-kept
/// from the future and intention constructions of English grammars (will / shall, be
/// going to, be to, be set / due / scheduled / expected to, plan / intend to).
pub const PLAN_WORDS: &[&str] = &["will", "ll", "shall", "expected", "expects", "scheduled", "likely", "intends", "planned", "plans"];
pub const PLAN_BEFORE_TO: &[&str] = &["set", "going", "is", "are", "plan", "intend", "due", "poised"];

/// Number words: figures are compared as ranges by `figures`, not as words.
pub const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
];

/// Honorifics that outlets print before a name but that are not a title: "Mr. Witkoff"
/// says nothing about his office (New York Times and Wall Street Journal house style).
pub const HONORIFICS: &[&str] = &["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Messrs."];

/// Irregular past forms news uses most, mapped to the base verb so that "met" meets
/// "meeting" and "flew" meets "fly" (from the common English irregular verb lists of
/// grammar references, limited to verbs of reporting events).
pub const IRREGULAR_VERBS: &[(&str, &str)] = &[
    ("met", "meet"),
    ("held", "hold"),
    ("led", "lead"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("left", "leave"),
    ("went", "go"),
    ("gone", "go"),
    ("came", "come"),
    ("took", "take"),
    ("taken", "take"),
    ("gave", "give"),
    ("given", "give"),
    ("sought", "seek"),
    ("fought", "fight"),
    ("struck", "strike"),
    ("brought", "bring"),
    ("began", "begin"),
    ("begun", "begin"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("sent", "send"),
    ("won", "win"),
    ("lost", "lose"),
    ("chose", "choose"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("rose", "rise"),
    ("fell", "fall"),
    ("saw", "see"),
    ("seen", "see"),
    ("kept", "keep"),
    ("built", "build"),
    ("paid", "pay"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("shot", "shoot"),
    ("hit", "hit"),
    ("quit", "resign"),
];

/// Verbs of saying in the past ("reiterated demands", "stressed the need"): a
/// statement, not a deed, so they do not make a sentence report something done (a plan
/// restated is still a plan). Hand-kept from the reporting verbs of English style
/// guides; the commonest ("said", "added", "noted") are in `NEWS_WORDS`.
pub const SPEECH_VERBS: &[&str] = &[
    "reiterated",
    "stressed",
    "insisted",
    "warned",
    "argued",
    "claimed",
    "demanded",
    "urged",
    "emphasized",
    "emphasised",
    "repeated",
    "suggested",
    "acknowledged",
    "confirmed",
    "denied",
    "explained",
    "indicated",
    "maintained",
    "mentioned",
    "remarked",
    "replied",
    "responded",
    "signaled",
    "signalled",
    "underscored",
    "vowed",
    "pledged",
    "promised",
    "threatened",
    "cautioned",
    "complained",
    "declared",
    "predicted",
    "described",
    "announced",
];

/// "Head" is a title ("the head of military intelligence") and, before a direction, a
/// verb of travel ("will head to Moscow", "headed for talks"); as a verb it joins the
/// travel class of `SYNONYMS`.
pub const HEAD_VERB: &[&str] = &["head", "heads", "headed", "heading"];
pub const DIRECTIONS: &[&str] = &["to", "for", "toward", "towards", "back", "home"];

/// Words news uses interchangeably for one happening, mapped to one class, so that
/// "depart for Moscow", "fly to Russia" and "travel to Moscow" share a word (hand-kept;
/// only classes whose members are near-synonyms in news reports of events).
pub const SYNONYMS: &[(&str, &str)] = &[
    ("depart", "travel"),
    ("fly", "travel"),
    ("head", "travel"),
    ("trip", "travel"),
    ("journey", "travel"),
    // "arrived in Miami" and "flew to Miami" report one trip.
    ("arrive", "travel"),
    ("arriv", "travel"),
    ("arrival", "travel"),
    ("travell", "travel"),
    ("resignation", "resign"),
    ("negotiation", "talk"),
    ("meet", "talk"),
    ("meeting", "talk"),
    ("discussion", "talk"),
    ("session", "talk"),
    // Who took part: "was represented by …", "the delegation included …".
    ("represent", "member"),
    ("includ", "member"),
    ("include", "member"),
    ("compris", "member"),
    ("comprise", "member"),
];

/// Prepositions that set something in a place ("talks in Geneva", "arrived at …",
/// "a golf club near Miami"); "to", "from" and "for" name where someone goes or comes
/// from, not where something happened. Hand-kept from English grammars.
pub const LOCATIVES: &[&str] = &["in", "at", "near", "outside", "inside"];

/// Words for a meeting that a place names before ("the Geneva talks", "the Miami
/// meeting"). Hand-kept; they match the talks class of `SYNONYMS`.
pub const EVENT_NOUNS: &[&str] =
    &["talks", "meeting", "meetings", "negotiations", "summit", "consultations", "conference", "round", "session"];

/// Direction words between a locative and its place ("in southern Florida", "in eastern
/// Ukraine").
pub const PLACE_DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// Light verbs: they carry little meaning of their own and leave it to their object
/// ("wants Ukraine to hand over territory", "make Ukraine safe"), so two sentences that
/// share one have not yet shared a fact (`score::Weights::weak`). The common English
/// light and support verbs of the grammars (Jespersen's "light verbs"; Huddleston and
/// Pullum, *The Cambridge Grammar of the English Language*, 2002, §4.7), with "want"
/// and "help", which behave the same way in news copy.
pub const LIGHT_VERBS: &[&str] = &["want", "make", "take", "give", "get", "have", "do", "go", "come", "put", "keep", "let", "seem", "help"];
