//! The tables entity recognition reads: places and given names generated from public
//! data (`scripts/gazetteer.py`; GeoNames CC BY 4.0, the Moby names lists PDDL/CC0), and
//! hand-kept lists of organisations, titles and words that mark a name's kind.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

static PLACES_TSV: &str = include_str!("../../data/places.tsv");
static GIVEN_NAMES_TXT: &str = include_str!("../../data/given_names.txt");

/// What a place entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    City,
    State,
    Continent,
    Region,
}

pub struct Gazetteer {
    places: HashMap<&'static str, (PlaceKind, &'static str)>,
    /// Where each city, US state and country lies (`Gazetteer::region`), by name,
    /// including cities whose names are not recognised as places on their own.
    regions: HashMap<&'static str, &'static str>,
    given: HashSet<&'static str>,
}

/// Regions and historical states news names that are not countries or cities in
/// GeoNames' tables (hand-kept; well-known names only).
const REGIONS: &[(&str, &str)] = &[
    ("Donbas", "Donbas"),
    ("Donbass", "Donbas"),
    ("Crimea", "Crimea"),
    ("Siberia", "Siberia"),
    ("Caucasus", "Caucasus"),
    ("Balkans", "Balkans"),
    ("Middle East", "Middle East"),
    ("Gaza", "Gaza"),
    ("Gaza Strip", "Gaza"),
    ("West Bank", "West Bank"),
    ("Kashmir", "Kashmir"),
    ("Tibet", "Tibet"),
    ("Darfur", "Darfur"),
    ("Sahel", "Sahel"),
    ("Scandinavia", "Scandinavia"),
    ("Catalonia", "Catalonia"),
    ("Kurdistan", "Kurdistan"),
    ("Transnistria", "Transnistria"),
    ("Abkhazia", "Abkhazia"),
    ("Nagorno-Karabakh", "Nagorno-Karabakh"),
    ("Soviet Union", "Soviet Union"),
    ("USSR", "Soviet Union"),
    ("Nazi Germany", "Nazi Germany"),
    ("Czechoslovakia", "Czechoslovakia"),
    ("Yugoslavia", "Yugoslavia"),
    ("Kiev", "Kyiv"),
    ("Odessa", "Odesa"),
    ("Silicon Valley", "Silicon Valley"),
    ("Latin America", "Latin America"),
    ("Southeast Asia", "Southeast Asia"),
    ("Eastern Europe", "Eastern Europe"),
    ("Western Europe", "Western Europe"),
    ("Arctic", "Arctic"),
    ("Antarctica", "Antarctica"),
];

/// Organisations by the names news uses, with the canonical name (source: the bodies'
/// own names; hand-kept).
pub const ORGANIZATIONS: &[(&str, &str)] = &[
    ("NATO", "NATO"),
    ("North Atlantic Treaty Organization", "NATO"),
    ("EU", "European Union"),
    ("E.U.", "European Union"),
    ("European Union", "European Union"),
    ("European Commission", "European Commission"),
    ("UN", "United Nations"),
    ("U.N.", "United Nations"),
    ("United Nations", "United Nations"),
    ("Kremlin", "Kremlin"),
    ("White House", "White House"),
    ("Pentagon", "Pentagon"),
    ("Congress", "Congress"),
    ("State Department", "State Department"),
    ("Senate", "Senate"),
    ("House", "House of Representatives"),
    ("House of Representatives", "House of Representatives"),
    ("Supreme Court", "Supreme Court"),
    ("Federal Reserve", "Federal Reserve"),
    ("Fed", "Federal Reserve"),
    ("IMF", "International Monetary Fund"),
    ("International Monetary Fund", "International Monetary Fund"),
    ("World Bank", "World Bank"),
    ("G7", "G7"),
    ("G20", "G20"),
    ("OSCE", "OSCE"),
    ("WHO", "World Health Organization"),
    ("CIA", "CIA"),
    ("FBI", "FBI"),
    ("KGB", "KGB"),
    ("FSB", "FSB"),
    ("SBU", "SBU"),
    ("Hamas", "Hamas"),
    ("Hezbollah", "Hezbollah"),
    ("Taliban", "Taliban"),
    ("Wagner", "Wagner Group"),
    ("Rada", "Verkhovna Rada"),
    ("Verkhovna Rada", "Verkhovna Rada"),
    ("Duma", "State Duma"),
    ("State Duma", "State Duma"),
    ("Gazprom", "Gazprom"),
    ("Rosneft", "Rosneft"),
    ("Telegram", "Telegram"),
    ("Facebook", "Facebook"),
    ("Instagram", "Instagram"),
    ("YouTube", "YouTube"),
    ("TikTok", "TikTok"),
    ("Truth Social", "Truth Social"),
    ("Google", "Google"),
    ("Apple", "Apple"),
    ("Microsoft", "Microsoft"),
    ("Amazon", "Amazon"),
    ("Meta", "Meta"),
    ("Tesla", "Tesla"),
    ("SpaceX", "SpaceX"),
    ("Starlink", "Starlink"),
    ("Reuters", "Reuters"),
    ("Axios", "Axios"),
    ("CNN", "CNN"),
    ("BBC", "BBC"),
    ("Bloomberg", "Bloomberg"),
    ("Politico", "Politico"),
    ("Associated Press", "Associated Press"),
    ("AP", "Associated Press"),
    ("Red Cross", "Red Cross"),
    ("Red Crescent", "Red Crescent"),
    ("International Committee of the Red Cross", "Red Cross"),
    ("Interpol", "Interpol"),
    ("Europol", "Europol"),
    ("UNICEF", "UNICEF"),
    ("UNHCR", "UNHCR"),
    ("OPEC", "OPEC"),
    ("WTO", "World Trade Organization"),
    ("World Trade Organization", "World Trade Organization"),
    ("ICC", "International Criminal Court"),
    ("International Criminal Court", "International Criminal Court"),
    ("Amnesty International", "Amnesty International"),
    ("Human Rights Watch", "Human Rights Watch"),
    ("Doctors Without Borders", "Doctors Without Borders"),
    ("NPR", "NPR"),
    ("UNESCO", "UNESCO"),
];

/// Platforms that are organisations only after "on" ("posted on X").
pub const PLATFORMS_AFTER_ON: &[&str] = &["X", "Twitter", "Signal", "WhatsApp"];

/// Words that make a capitalised phrase an organisation.
pub const ORG_WORDS: &[&str] = &[
    // Legal forms of companies ("Fastighets AB Kransen", "Vetrachem AG").
    "AB",
    "AG",
    "ASA",
    "GmbH",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "plc",
    "PLC",
    "Corp",
    "Corp.",
    "NV",
    "Oyj",
    "SpA",
    "SA",
    "S.A.",
    "SE",
    "BV",
    "B.V.",
    "LLC",
    "LLP",
    "Oy",
    "KG",
    "Holdings",
    "Capital",
    "Partners",
    "Investments",
    "Securities",
    "Economics",
    "Exchange",
    "Systems",
    "Technologies",
    // A company's trade as the last word of its name ("Skylane Communications", "Corvane
    // Aerospace").
    "Communications",
    "Telecom",
    "Aerospace",
    "Electronics",
    "Motors",
    "Mining",
    "Shipping",
    "Insurance",
    "Industries",
    "Airlines",
    "Airways",
    "Pharmaceuticals",
    "Logistics",
    "Council",
    "Organization",
    "Organisation",
    "Ministry",
    "Department",
    "Agency",
    "Commission",
    "Committee",
    "Fund",
    "Bank",
    "Party",
    "Parliament",
    "Court",
    "University",
    "Institute",
    // "Canadian Centre for Cyber Security", "Communications Security Establishment".
    "Centre",
    "Center",
    "Establishment",
    // "Centre for Danube Studies", "Institute for Fiscal Studies", "Centre for Economic
    // Policy Research".
    "Studies",
    "Research",
    "Office",
    "Service",
    "Forces",
    "Army",
    "Navy",
    "Corps",
    "Guard",
    "Corporation",
    "Corp.",
    "Inc.",
    "Company",
    "Group",
    "Association",
    "Federation",
    "Alliance",
    "Union",
    "Assembly",
    "Authority",
    "Bureau",
    "Administration",
    "Journal",
    "Times",
    "Post",
    "News",
    "Press",
    "Foundation",
    // A foundation in the languages of its country ("Stichting Van der Linde").
    "Stichting",
    "Stiftung",
    "Fondation",
    "Fundación",
    "Fondazione",
    "Network",
    "Board",
    "Cabinet",
    "Senate",
    "Congress",
    "Directorate",
    "Force",
    "Police",
    "Reserve",
    "Coalition",
    "Movement",
    "Front",
    // Parties named for their members ("the Social Democrats' spokesperson").
    "Democrats",
    "Republicans",
    "Socialists",
    "Liberals",
    "Conservatives",
    "Greens",
];

/// How the last word of a company's compound name can end ("Kessler Signaltechnik",
/// "Nordwerke"): only endings that no surname or given name has.
pub const ORG_WORD_ENDINGS: &[&str] = &["technik", "werke", "gruppe", "tech", "pharma", "tronic", "tronics", "logistik"];

/// Capitalised words that can stand before a name as a title ("Secretary of State",
/// "Gen.", "Prime Minister"). A run that starts with them names a person.
pub const TITLE_WORDS: &[&str] = &[
    "President",
    "Vice",
    // Words that open a title ("First Deputy Governor", "Former President", "Acting
    // Director"), never an organisation of their own.
    "First",
    "Former",
    "Acting",
    "Senior",
    "Prime",
    "Minister",
    "Secretary",
    "Deputy",
    "Foreign",
    "Defense",
    "Defence",
    "Ambassador",
    "General",
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Sgt.",
    "Adm.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Sen.",
    "Senator",
    "Rep.",
    "Gov.",
    "Governor",
    "Mayor",
    "Chancellor",
    "King",
    "Queen",
    "Pope",
    "Prince",
    "Princess",
    "Chief",
    "Staff",
    "National",
    "Security",
    "Advisor",
    "Adviser",
    "Analyst",
    "Envoy",
    "Special",
    "Commander",
    "Chairman",
    "Chairwoman",
    "Speaker",
    "Judge",
    "Justice",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "Leader",
    "Premier",
    "Sheikh",
    "Emir",
    "Patriarch",
    "Archbishop",
    "Bishop",
    "Rev.",
    "Representative",
    "Treasury",
    "Interior",
    "Finance",
    "Health",
    "Attorney",
    "Commerce",
    "State",
    "Economy",
    "Energy",
    "Executive",
    "Officer",
    "Commissioner",
    "Prosecutor",
    "Inspector",
    "Superintendent",
    // Police ranks ("Ontario Provincial Police Det. Insp. Karen Walsh", "Cpl. Ann Roy").
    "Detective",
    "Det.",
    "Insp.",
    "Supt.",
    "Sergeant",
    "Constable",
    "Const.",
    "Cst.",
    "Corporal",
    "Cpl.",
    "Councillor",
    "Councilor",
    // Titles written as acronyms ("Ferrosign CEO Philippe Demarteau", "PM Tomaž
    // Žnidaršič"), and honorifics as British papers write them ("Ms Kovačič").
    "CEO",
    "CFO",
    "COO",
    "PM",
    "MP",
    "MEP",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    // A title's state ("Outgoing Prime Minister Tomaž Žnidaršič").
    "Outgoing",
    "Interim",
    "Caretaker",
];

/// Lowercase words that make the words before a name a role ("national security adviser").
pub const ROLE_WORDS: &[&str] = &[
    "adviser",
    "advisor",
    "envoy",
    "chief",
    "staff",
    "minister",
    "secretary",
    "negotiator",
    "head",
    "official",
    "president",
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "analyst",
    "ambassador",
    "son-in-law",
    "daughter",
    "son",
    "wife",
    "husband",
    "leader",
    "chairman",
    "intelligence",
    "general",
    "aide",
    "lawmaker",
    "senator",
    "governor",
    "mayor",
    "correspondent",
    "editor",
    "writer",
    "columnist",
    "premier",
    "economist",
    "strategist",
    "executive",
    "professor",
    "researcher",
    "lawyer",
];

/// Words that end names of things that are not people, organisations or places we track
/// (facilities, vehicles, events, documents): "Shell Bay", "Air Force One", "World War II".
pub const OTHER_WORDS: &[&str] = &[
    "Bay",
    "Bridge",
    "Club",
    "Street",
    "Road",
    "Avenue",
    "Airport",
    "Square",
    "Stadium",
    "War",
    "One",
    "Article",
    "Plan",
    "Deal",
    "Summit",
    "Talks",
    "Accords",
    "Agreement",
    "Treaty",
    "Act",
    "Day",
    "II",
    "III",
    "IV",
    "V",
    "Hotel",
    "Tower",
    "Palace",
    "Station",
    "Center",
    "Centre",
    "Hall",
    "Prize",
    "Cup",
    "Games",
    "Festival",
];

/// Adjectives of nationality and region that stand before titles ("Russian President").
/// Whether a word is a nationality, singular or plural ("Slovenian", "Slovenians").
pub fn is_demonym(word: &str) -> bool {
    DEMONYMS.contains(&word) || word.strip_suffix('s').is_some_and(|w| w.ends_with(['n', 'i']) && DEMONYMS.contains(&w))
}

pub const DEMONYMS: &[&str] = &[
    // Of a continent or a region ("the Southeast Asian neighbours").
    "Asian",
    "African",
    "Nordic",
    "Scandinavian",
    "Baltic",
    "Balkan",
    "Caribbean",
    "Russian",
    "Ukrainian",
    "American",
    "Polish",
    "French",
    "German",
    "British",
    "Chinese",
    "European",
    "Western",
    "Israeli",
    "Palestinian",
    "Iranian",
    "Turkish",
    "Italian",
    "Spanish",
    "Japanese",
    "Korean",
    "Indian",
    "Canadian",
    "Hungarian",
    "Belarusian",
    "Georgian",
    "Moldovan",
    "Romanian",
    "Czech",
    "Slovak",
    "Finnish",
    "Swedish",
    "Norwegian",
    "Danish",
    "Dutch",
    "Belgian",
    "Austrian",
    "Swiss",
    "Greek",
    "Saudi",
    "Qatari",
    "Emirati",
    "Egyptian",
    "Syrian",
    "Lebanese",
    "Iraqi",
    "Afghan",
    "Pakistani",
    "Mexican",
    "Brazilian",
    "Argentine",
    "Estonian",
    "Latvian",
    "Lithuanian",
    "Soviet",
    "Thai",
    "Cambodian",
    "Vietnamese",
    "Indonesian",
    "Malaysian",
    "Singaporean",
    "Filipino",
    "Burmese",
    "Taiwanese",
    "Bangladeshi",
    "Nepalese",
    "Australian",
    "Portuguese",
    "Irish",
    "Scottish",
    "Welsh",
    "Serbian",
    "Croatian",
    "Bulgarian",
    "Albanian",
    "Armenian",
    "Azerbaijani",
    "Kazakh",
    "Nigerian",
    "Kenyan",
    "Ethiopian",
    "Sudanese",
    "Libyan",
    "Moroccan",
    "Algerian",
    "Tunisian",
    "Jordanian",
    "Yemeni",
    "Kuwaiti",
    "Venezuelan",
    "Colombian",
    "Chilean",
    "Peruvian",
    "Cuban",
    "Republican",
    "Democratic",
    "Democrat",
    // Added with the seventh held-out story (Slovenian voters, Croatian ministers).
    "Slovenian",
    "Slovene",
    "Bosnian",
    "Montenegrin",
    "Macedonian",
    "Kosovar",
    "Icelandic",
    "Maltese",
    "Cypriot",
    "Omani",
    "Bahraini",
    "Ghanaian",
    "Senegalese",
    "Zimbabwean",
    "Ugandan",
    "Tanzanian",
    "Rwandan",
    "Congolese",
    "Somali",
    "Uzbek",
    "Mongolian",
    "Luxembourgish",
    "Ecuadorian",
    "Bolivian",
    "Uruguayan",
    "Paraguayan",
    "Haitian",
    "Jamaican",
    "Malian",
    "Nigerien",
    "Cameroonian",
    "Angolan",
    "Mozambican",
    "Zambian",
    "Namibian",
    "Tajik",
    "Kyrgyz",
    "Turkmen",
    "Chechen",
    "Kurdish",
    "Tatar",
    // Nouns of nationality that are not their adjective ("the Spaniard", "the Briton"): no
    // person's name. Those that are also first names ("Finn", "Dane") are left out.
    "Spaniard",
    "Briton",
    "Englishman",
    "Englishwoman",
    "Frenchman",
    "Frenchwoman",
    "Dutchman",
    "Dutchwoman",
    "Irishman",
    "Irishwoman",
    "Welshman",
    "Scotsman",
    "Icelander",
    "Swede",
];

/// Capitalised words at a sentence start that are never names (function words and
/// common openers). Compared exactly.
pub const NEVER_NAMES: &[&str] = &[
    // Members of a parliament, in the plural ("told MPs on Monday").
    "MPs",
    "MEPs",
    "MSPs",
    // Currency codes ISO 4217 gives the most traded currencies ("a SEK 3 million loan").
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CHF",
    "CNY",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CAD",
    "AUD",
    "The",
    "A",
    "An",
    "And",
    "But",
    "Or",
    "If",
    "When",
    "While",
    "As",
    "At",
    "In",
    "On",
    "Of",
    "For",
    "From",
    "To",
    "With",
    "By",
    "After",
    "Before",
    "During",
    "Over",
    "Under",
    "Since",
    "Until",
    "Although",
    "Though",
    "Because",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "Your",
    "My",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Which",
    "Neither",
    "Either",
    "Both",
    "Any",
    "All",
    "Some",
    "Other",
    "Another",
    "Each",
    "Every",
    "No",
    "Not",
    "Nonetheless",
    "However",
    "Meanwhile",
    "Yet",
    "So",
    "Per",
    "According",
    "Following",
    "Further",
    "Prior",
    "Even",
    "Still",
    "Also",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Let's",
    "Let",
    "Key",
    "Top",
    "New",
    "Most",
    "Many",
    "Why",
    "Analysis",
    "Opinion",
];

static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();

pub fn gazetteer() -> &'static Gazetteer {
    GAZETTEER.get_or_init(|| {
        let (mut places, mut regions) = (HashMap::new(), HashMap::new());
        let mut region = "";
        for line in PLACES_TSV.lines().filter(|l| !l.starts_with('#')) {
            if let Some(r) = line.strip_prefix('@') {
                region = r;
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(name), Some(kind)) = (cols.next(), cols.next()) else { continue };
            let canonical = cols.next().unwrap_or(name);
            if !region.is_empty() {
                regions.entry(canonical).or_insert(region);
                regions.entry(name).or_insert(region);
            }
            let kind = match kind {
                "c" => PlaceKind::Country,
                "s" => PlaceKind::State,
                "k" => PlaceKind::Continent,
                "x" => continue,
                _ => PlaceKind::City,
            };
            places.insert(name, (kind, canonical));
        }
        for (name, canonical) in REGIONS {
            places.insert(name, (PlaceKind::Region, canonical));
        }
        let given = GIVEN_NAMES_TXT.lines().filter(|l| !l.starts_with('#')).chain(EXTRA_GIVEN_NAMES.iter().copied()).collect();
        Gazetteer { places, regions, given }
    })
}

impl Gazetteer {
    /// The canonical place a name refers to.
    pub fn place(&self, name: &str) -> Option<(PlaceKind, &'static str)> {
        self.places.get(name).copied()
    }
    /// Where a place lies: an ISO 3166 country code ("CH"), or "US-" and a state's code
    /// for the United States ("US-FL"). A direction before a US state ("South
    /// Florida") lies in the state. `None` for a name the tables do not hold.
    pub fn region(&self, name: &str) -> Option<&'static str> {
        if let Some(r) = self.regions.get(name) {
            return Some(r);
        }
        let (direction, rest) = name.split_once(' ')?;
        let state = self.regions.get(rest).filter(|r| r.starts_with("US-"))?;
        DIRECTION_WORDS.contains(&direction).then_some(*state)
    }
    /// The region of a place where something can be held (a city, a US state, a region
    /// of the tables), not of a country or a continent: "the war in Ukraine" names a
    /// party more often than a venue.
    pub fn venue_region(&self, name: &str) -> Option<&'static str> {
        match self.place(name) {
            Some((PlaceKind::Country | PlaceKind::Continent, _)) => None,
            _ => self.region(name),
        }
    }
    pub fn is_given_name(&self, name: &str) -> bool {
        self.given.contains(name)
    }
    pub fn organization(&self, name: &str) -> Option<&'static str> {
        ORGANIZATIONS.iter().find(|(n, _)| *n == name).map(|(_, c)| *c).or_else(|| {
            crate::clean::rules::OUTLETS
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name) && name.chars().next().is_some_and(char::is_uppercase) && name.len() > 3)
                .map(|(_, c)| *c)
        })
    }
}

/// Words before a place that name a part of it ("South Florida", "Northern
/// California").
const DIRECTION_WORDS: &[&str] =
    &["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upstate", "Downstate"];

/// Whether two regions (`Gazetteer::region`) can hold one place: the same, or one
/// inside the other ("US" and "US-FL").
pub fn regions_overlap(a: &str, b: &str) -> bool {
    let inside = |x: &str, y: &str| x.strip_prefix(y).is_some_and(|rest| rest.is_empty() || rest.starts_with('-'));
    inside(a, b) || inside(b, a)
}

/// Words that end place names ("Hallandale Beach", "Gaza Strip", "Crimean Peninsula").
pub const PLACE_WORDS: &[&str] = &[
    "Beach",
    "Canal",
    "Island",
    "Islands",
    "City",
    "Valley",
    "County",
    "Province",
    "Oblast",
    "Region",
    "Peninsula",
    "Lake",
    "River",
    "Sea",
    "Ocean",
    "Gulf",
    "Strait",
    "Mountains",
    "Heights",
    "Springs",
    "Falls",
    "Harbor",
    "Harbour",
    "Coast",
    "Desert",
    "Plateau",
    "Highlands",
    "Delta",
    "Bay",
    "Sound",
];

/// Lowercase words that may stand in a role before a name beside the role word itself
/// ("special envoy", "military chief of staff", "deputy head of military intelligence").
pub const ROLE_MODIFIERS: &[&str] = &[
    "first",
    "special",
    "deputy",
    "senior",
    "top",
    "chief",
    "national",
    "security",
    "military",
    "foreign",
    "former",
    "acting",
    "lead",
    "prime",
    "vice",
    "of",
    "and",
    "intelligence",
    "defense",
    "defence",
    "staff",
    "head",
    "state",
    "presidential",
    "his",
    "her",
    "their",
    "its",
    "white",
    "house",
    "press",
    "general",
    "armed",
    "forces",
    "new",
    "then",
];

/// Lowercase particles inside personal names ("Mohammed bin Abdulrahman", "von der Leyen").
pub const NAME_PARTICLES: &[&str] =
    &["bin", "bint", "ibn", "al", "el", "de", "van", "von", "der", "den", "da", "di", "la", "le", "du", "del", "dos", "do", "das"];

/// Given names common in international news that the English names lists lack
/// (hand-kept, across languages; transliterations as the wire services write them).
pub const EXTRA_GIVEN_NAMES: &[&str] = &[
    // Common given names the English lists lack.
    "Maya",
    "Priya",
    "Aisha",
    "Fatima",
    "Ingrid",
    "Sofie",
    "Elin",
    "Maarten",
    "Donald",
    "Xi",
    "Olaf",
    "Recep",
    "Sergey",
    "Sergiy",
    "Serhiy",
    "Dmitry",
    "Dmytro",
    "Yulia",
    "Olena",
    "Oleksandr",
    "Oleksiy",
    "Viktor",
    "Andrzej",
    "Kamala",
    "Elon",
    "Volodymyr",
    "Vladimir",
    "Mykola",
    "Mykhailo",
    "Yuriy",
    "Yuri",
    "Andrii",
    "Andriy",
    "Andrei",
    "Andrey",
    "Vadym",
    "Vadim",
    "Rustem",
    "Kirill",
    "Olha",
    "Olga",
    "Iryna",
    "Irina",
    "Taras",
    "Petro",
    "Pyotr",
    "Arseniy",
    "Vitali",
    "Vitaliy",
    "Denys",
    "Denis",
    "Maksym",
    "Maxim",
    "Yevgeny",
    "Yevhen",
    "Anatoliy",
    "Valeriy",
    "Valery",
    "Kyrylo",
    "Ihor",
    "Igor",
    "Ruslan",
    "Svitlana",
    "Tetiana",
    "Nataliya",
    "Natalia",
    "Narendra",
    "Shehbaz",
    "Imran",
    "Mahmoud",
    "Abdel",
    "Fattah",
    "Bashar",
    "Hassan",
    "Hossein",
    "Ebrahim",
    "Masoud",
    "Abbas",
    "Yahya",
    "Ismail",
    "Khalil",
    "Tayyip",
    "Mevlut",
    "Hakan",
    "Jair",
    "Luiz",
    "Inacio",
    "Javier",
    "Claudia",
    "Andres",
    "Gustavo",
    "Nicolas",
    "Volker",
    "Jens",
    "Annalena",
    "Kaja",
    "Ursula",
    "Josep",
    "Charles",
    "Rishi",
    "Keir",
    "Yoon",
    "Suk",
    "Kishida",
    "Fumio",
    "Shigeru",
    "Jiang",
    "Wang",
    "Li",
    "Zhang",
    "Kim",
    "Jong",
    "Moon",
    "Nayib",
    "Cyril",
    "Bola",
    "Abiy",
    "Paul",
    "Felix",
    "Yoweri",
    "Ilham",
    "Nikol",
    "Alexander",
    "Aleksandr",
    "Ramzan",
    "Yevgeniy",
    "Alexei",
    "Alexey",
    "Mikhail",
    "Gennady",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_lie_in_regions() {
        let g = gazetteer();
        assert_eq!(g.region("Miami"), Some("US-FL"));
        assert_eq!(g.region("Florida"), Some("US-FL"));
        assert_eq!(g.region("Fla."), Some("US-FL"));
        assert_eq!(g.region("South Florida"), Some("US-FL"));
        assert_eq!(g.region("Kyiv"), Some("UA"));
        assert_eq!(g.region("Washington"), Some("US-DC"));
        // A city whose name is also a given name is not recognised as a place on its
        // own, but its region is known once the text says it is one.
        assert!(g.place("Geneva").is_none());
        assert_eq!(g.region("Geneva"), Some("CH"));
        // A direction before a name that is not a US state is not read as one.
        assert_eq!(g.region("Northern Nowhere"), None);
        assert_eq!(g.region("South Kyiv"), None);
    }

    #[test]
    fn cities_are_known_by_the_name_news_uses() {
        let g = gazetteer();
        // GeoNames' official "Frankfurt am Main" and "Halle (Saale)": news writes
        // "Frankfurt" and "Halle"; both spellings are one place.
        assert_eq!(g.place("Frankfurt"), Some((PlaceKind::City, "Frankfurt")));
        assert_eq!(g.place("Frankfurt am Main"), Some((PlaceKind::City, "Frankfurt")));
        assert_eq!(g.region("Frankfurt"), Some("DE"));
        assert_eq!(g.place("Halle (Saale)").map(|p| p.1), Some("Halle"));
        // The smaller namesake keeps its own full name.
        assert_eq!(g.place("Frankfurt (Oder)").map(|p| p.1), Some("Frankfurt (Oder)"));
    }

    #[test]
    fn regions_overlap_when_one_holds_the_other() {
        assert!(regions_overlap("US-FL", "US-FL"));
        assert!(regions_overlap("US", "US-FL"));
        assert!(regions_overlap("US-FL", "US"));
        assert!(!regions_overlap("US-FL", "US-DC"));
        assert!(!regions_overlap("US-FL", "CH"));
        // "U" is not a region holding "US".
        assert!(!regions_overlap("U", "US"));
    }
}
