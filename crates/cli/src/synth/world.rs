//! The invented world of the synthetic corpus: people, the cities where stories happen,
//! and the outlets that cover them. Every person and outlet is made up; the places are
//! real, so that the gazetteer (`crates/core/data/places.tsv`) knows them.
//!
//! The names are chosen for what the entity extractor reads: every given name is in the
//! given-name table, no name is also a place, every title is made of the title words in
//! `entities/gazetteer.rs`, and every organisation named in a description is either a
//! known body or ends in an organisation word ("Institute", "Union", "Company"). The unit
//! tests in `synth.rs` check this against the core's tables.

/// What a person does in a story; each story asks for people by part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Leader,
    Diplomat,
    Envoy,
    Finance,
    CentralBank,
    Trade,
    Lawmaker,
    Opposition,
    Local,
    Weather,
    Quake,
    Climate,
    Epidemic,
    Water,
    Space,
    Military,
    Police,
    Cyber,
    Emergency,
    Shipping,
    Energy,
    Mining,
    Fisheries,
    Farming,
    Pharma,
    Utility,
    Union,
    Miners,
    Activist,
    Watchdog,
    Judge,
    Prosecutor,
    Accused,
    Health,
    Who,
    Analyst,
}

/// An invented person.
pub struct Person {
    pub given: &'static str,
    pub family: &'static str,
    pub she: bool,
    /// Words that may stand before the full name: titles the extractor reads as titles
    /// ("Moldovan Foreign Minister") or lowercase roles ("opposition leader").
    pub before: &'static [&'static str],
    /// The description set beside the name ("Moldova's foreign minister").
    pub about: &'static str,
    /// How a later sentence refers to them without the name ("the minister").
    pub short: &'static str,
    /// The rank an outlet that uses honorifics puts before the surname, instead of Mr. or Ms.
    pub rank: Option<&'static str>,
    pub country: &'static str,
    /// The home city (a key of `CITIES`) for people whose stories happen at home.
    pub city: &'static str,
    pub part: Part,
}

macro_rules! person {
    ($given:literal $family:literal, $she:expr, $part:ident, [$($before:literal),*], $about:literal, $short:literal, $country:literal, $city:literal $(, $rank:literal)?) => {
        Person {
            given: $given,
            family: $family,
            she: $she,
            before: &[$($before),*],
            about: $about,
            short: $short,
            rank: person!(@rank $($rank)?),
            country: $country,
            city: $city,
            part: Part::$part,
        }
    };
    (@rank) => { None };
    (@rank $rank:literal) => { Some($rank) };
}

const F: bool = true;
const M: bool = false;

/// Seventy-odd people across the parts the stories need.
pub const PEOPLE: &[Person] = &[
    // Heads of government.
    person!("Elena" "Marquez", F, Leader, ["President"], "Chile's president", "the president", "Chile", "Santiago"),
    person!("Tomas" "Wierzbicki", M, Leader, ["Prime Minister", "Polish Prime Minister"], "Poland's prime minister", "the prime minister", "Poland", "Warsaw"),
    person!("Ingrid" "Haugland", F, Leader, ["Prime Minister", "Norwegian Prime Minister"], "Norway's prime minister", "the prime minister", "Norway", "Oslo"),
    person!("Daniel" "Okafor", M, Leader, ["President"], "Nigeria's president", "the president", "Nigeria", "Abuja"),
    person!("Markus" "Feldmann", M, Leader, ["Chancellor", "Austrian Chancellor"], "Austria's chancellor", "the chancellor", "Austria", "Vienna"),
    person!("Yoko" "Kuroda", F, Leader, ["Prime Minister", "Japanese Prime Minister"], "Japan's prime minister", "the prime minister", "Japan", "Tokyo"),
    // Diplomats and envoys.
    person!("Anna" "Kovalenko", F, Diplomat, ["Foreign Minister", "Moldovan Foreign Minister"], "Moldova's foreign minister", "the minister", "Moldova", "Chisinau"),
    person!("Rafael" "Olmedo", M, Diplomat, ["Foreign Minister", "Spanish Foreign Minister"], "Spain's foreign minister", "the minister", "Spain", "Madrid"),
    person!("Leila" "Haddad", F, Diplomat, ["Foreign Minister", "Egyptian Foreign Minister"], "Egypt's top diplomat", "the minister", "Egypt", "Cairo"),
    person!("Henrik" "Lindqvist", M, Diplomat, ["Foreign Minister", "Swedish Foreign Minister"], "Sweden's foreign minister", "the minister", "Sweden", "Stockholm"),
    person!("Ibrahim" "Aydin", M, Diplomat, ["Foreign Minister", "Turkish Foreign Minister"], "Turkey's foreign minister", "the minister", "Turkey", "Ankara"),
    person!("Javier" "Quintero", M, Diplomat, ["Foreign Minister", "Mexican Foreign Minister"], "Mexico's foreign minister", "the minister", "Mexico", "Mexico City"),
    person!("Martin" "Achterberg", M, Envoy, ["Special Envoy", "special envoy"], "the United Nations special envoy", "the envoy", "Netherlands", ""),
    person!("Grace" "Whitaker", F, Envoy, ["Ambassador", "U.S. Ambassador"], "the U.S. ambassador to the United Nations", "the ambassador", "United States", ""),
    person!("Nadia" "Rahman", F, Envoy, ["special envoy"], "the African Union's special envoy", "the envoy", "Kenya", ""),
    // Money and trade.
    person!("Lena" "Hartmann", F, Finance, ["Finance Minister", "German Finance Minister"], "Germany's finance minister", "the minister", "Germany", "Berlin"),
    person!("Paulo" "Medeiros", M, Finance, ["Finance Minister", "Brazilian Finance Minister"], "Brazil's finance minister", "the minister", "Brazil", "Brasilia"),
    person!("Robert" "Ashworth", M, Finance, ["Treasury Secretary", "U.S. Treasury Secretary"], "the U.S. treasury secretary", "the secretary", "United States", "Washington"),
    person!("Beatriz" "Andrade", F, Trade, ["Economy Minister", "Argentine Economy Minister"], "Argentina's economy minister", "the minister", "Argentina", "Buenos Aires"),
    person!("Ravi" "Mehta", M, Trade, ["Commerce Minister", "Indian Commerce Minister"], "India's commerce minister", "the minister", "India", "Mumbai"),
    person!("Mikkel" "Dahl", M, Trade, ["Commerce Minister", "Danish Commerce Minister"], "Denmark's commerce minister", "the minister", "Denmark", "Copenhagen"),
    person!("Claire" "Dubois", F, CentralBank, ["Bank of Canada Governor", "central bank governor"], "the governor of the Bank of Canada", "the governor", "Canada", "Ottawa"),
    person!("Ingmar" "Berg", M, CentralBank, ["Central Bank Governor", "central bank governor"], "the governor of Sweden's central bank", "the governor", "Sweden", "Stockholm"),
    // Lawmakers.
    person!("Mark" "Ellison", M, Lawmaker, ["Senator", "Sen."], "a Republican senator from Ohio", "the senator", "United States", "", "Sen."),
    person!("Rachel" "Dunmore", F, Lawmaker, ["Senator", "Sen."], "the top Democrat on the Senate Foreign Relations Committee", "the senator", "United States", "", "Sen."),
    person!("Jonas" "Eriksen", M, Lawmaker, ["Speaker", "Parliament Speaker"], "the speaker of Denmark's parliament", "the speaker", "Denmark", "Copenhagen"),
    person!("Liam" "Moore", M, Lawmaker, ["Rep.", "Representative"], "a Democratic congressman from Texas", "the congressman", "United States", "", "Rep."),
    person!("Miriam" "Castellanos", F, Opposition, ["opposition leader"], "the leader of the opposition Civic Renewal Party", "the opposition leader", "Chile", "Santiago"),
    person!("Hannah" "Albrecht", F, Opposition, ["opposition leader"], "the leader of the opposition Progress Alliance", "the opposition leader", "Germany", "Berlin"),
    person!("Peter" "Lindahl", M, Opposition, ["opposition leader"], "the leader of the opposition Labour Coalition", "the opposition leader", "Norway", "Oslo"),
    // Mayors and governors: their stories happen in their cities.
    person!("Lucia" "Reyes", F, Local, ["Mayor"], "the mayor of Valparaiso", "the mayor", "Chile", "Valparaiso"),
    person!("Carlos" "Echeverria", M, Local, ["Governor", "Gov."], "the governor of Veracruz state", "the governor", "Mexico", "Veracruz", "Gov."),
    person!("Jenna" "Caldwell", F, Local, ["Governor", "Gov."], "the governor of Florida", "the governor", "United States", "Tampa", "Gov."),
    person!("Nikos" "Papadakis", M, Local, ["Mayor"], "the mayor of Thessaloniki", "the mayor", "Greece", "Thessaloniki"),
    person!("Isabel" "Fonseca", F, Local, ["Mayor"], "the mayor of Porto", "the mayor", "Portugal", "Porto"),
    person!("Ramon" "Villanueva", M, Local, ["Mayor"], "the mayor of Cebu City", "the mayor", "Philippines", "Cebu City"),
    person!("Leyla" "Arslan", F, Local, ["Mayor"], "the mayor of Izmir", "the mayor", "Turkey", "Izmir"),
    person!("Ken" "Morita", M, Local, ["Governor"], "the governor of Okinawa", "the governor", "Japan", "Okinawa"),
    // Scientists.
    person!("Helen" "Marsh", F, Weather, ["Dr."], "a meteorologist at the World Meteorological Organization", "the meteorologist", "United States", "", "Dr."),
    person!("Omar" "Farahani", M, Quake, ["Dr."], "a seismologist at the University of Athens", "the seismologist", "Greece", "", "Dr."),
    person!("Julia" "Brandt", F, Climate, ["Prof."], "a climate scientist at the University of Hamburg", "the scientist", "Germany", "", "Prof."),
    person!("Samuel" "Adeyemi", M, Epidemic, ["Dr."], "an epidemiologist at the University of Lagos", "the epidemiologist", "Nigeria", "", "Dr."),
    person!("Teresa" "Ferrante", F, Water, ["Dr."], "a hydrologist at the Polytechnic University of Milan", "the hydrologist", "Italy", "", "Dr."),
    person!("Owen" "Pritchard", M, Space, ["Dr."], "the mission director at the European Space Agency", "the mission director", "United Kingdom", "", "Dr."),
    // Security and emergencies.
    person!("Piotr" "Zielinski", M, Military, ["Gen.", "General"], "the chief of Poland's general staff", "the general", "Poland", "", "Gen."),
    person!("Karen" "Holt", F, Military, ["Adm."], "the commander of the allied naval task force", "the admiral", "United States", "", "Adm."),
    person!("Andre" "Moreau", M, Police, ["Police Chief", "police chief"], "the city's police chief", "the police chief", "France", ""),
    person!("Erik" "Saar", M, Cyber, ["Director"], "the head of Estonia's Information System Authority", "the agency chief", "Estonia", "Tallinn"),
    person!("Irene" "Walsh", F, Emergency, ["Director"], "the head of the National Emergency Management Agency", "the emergency chief", "", ""),
    person!("Colin" "Barrett", M, Emergency, ["fire chief"], "the regional fire chief", "the fire chief", "", ""),
    // Business.
    person!("Helena" "Lang", F, Shipping, [], "the chief executive of Northstar Shipping Company", "the shipping executive", "", ""),
    person!("Hugo" "Lambert", M, Energy, [], "the chief executive of Baltic Energy Corporation", "the energy executive", "", ""),
    person!("Stefan" "Kohler", M, Mining, [], "the chairman of Vantage Mining Corporation", "the mining chairman", "", ""),
    person!("Ines" "Carvalho", F, Fisheries, [], "the president of the Atlantic Fisheries Association", "the fisheries leader", "", ""),
    person!("Joaquin" "Herrera", M, Farming, [], "the president of the National Farmers Federation", "the farmers' leader", "", ""),
    person!("Naomi" "Raman", F, Pharma, [], "the chief executive of Helix Health Group", "the health executive", "", ""),
    person!("Noel" "Sutherland", M, Utility, [], "the chief executive of Coastal Power Company", "the utility chief", "", ""),
    // Unions and campaigners.
    person!("Bruno" "Salles", M, Union, ["union leader"], "the leader of the National Dockworkers Union", "the union leader", "Brazil", "Santos"),
    person!("Fiona" "Gallagher", F, Union, ["union leader"], "the president of the Rail Workers Federation", "the union leader", "Ireland", "Dublin"),
    person!("Mateo" "Rojas", M, Miners, ["union leader"], "the head of the Copper Miners Union", "the union leader", "Chile", "Antofagasta"),
    person!("Lucas" "Ferreira", M, Activist, [], "a spokesman for the Fair Fuel Coalition", "the campaigner", "Portugal", "Lisbon"),
    person!("Zara" "Ahmed", F, Activist, [], "an organizer with the Green Future Movement", "the campaigner", "", "Lisbon"),
    person!("Irina" "Munteanu", F, Watchdog, [], "the director of the Clean Government Association", "the campaigner", "Romania", ""),
    // Courts and prosecutors.
    person!("Eleanor" "Whitfield", F, Judge, ["Justice"], "a justice of the Supreme Court", "the justice", "United States", "Washington", "Justice"),
    person!("Patricia" "Navarro", F, Judge, ["Judge"], "a judge of the Constitutional Court", "the judge", "Spain", "Madrid", "Judge"),
    person!("Andrei" "Popescu", M, Prosecutor, ["chief prosecutor"], "the head of Romania's National Anticorruption Directorate", "the prosecutor", "Romania", "Bucharest"),
    person!("Adrian" "Stoica", M, Accused, ["Deputy Minister"], "a deputy transport minister", "the deputy minister", "Romania", "Bucharest"),
    // Health.
    person!("Ana" "Ribeiro", F, Health, ["Health Minister"], "Portugal's health minister", "the minister", "Portugal", "Lisbon"),
    person!("Lars" "Jansen", M, Health, ["Health Minister", "Dutch Health Minister"], "the Dutch health minister", "the minister", "Netherlands", "Amsterdam"),
    person!("Joseph" "Mensah", M, Who, ["Dr."], "a senior official at the World Health Organization", "the official", "", "", "Dr."),
    // Commentators: analysts, economists, pollsters.
    person!("Dana" "Mercer", F, Analyst, [], "a senior fellow at the Kestrel Institute", "the analyst", "", ""),
    person!("Oliver" "Grant", M, Analyst, [], "an analyst at the Halden Institute for Strategic Studies", "the analyst", "", ""),
    person!("Nora" "Lindgren", F, Analyst, [], "a political scientist at the University of Oslo", "the political scientist", "", ""),
    person!("Felix" "Baumann", M, Analyst, [], "an economist at Rhein Bank", "the economist", "", ""),
    person!("Alicia" "Benavides", F, Analyst, [], "a pollster at Civica Polling Group", "the pollster", "", ""),
    person!("Ethan" "Cole", M, Analyst, [], "a former diplomat now at the Atlantic Policy Council", "the former diplomat", "", ""),
    person!("Simone" "Laurent", F, Analyst, [], "an energy analyst at the Nordic Energy Institute", "the analyst", "", ""),
    person!("Neil" "Kapoor", M, Analyst, [], "the chief economist at Sterling Bank", "the economist", "", ""),
    person!("Marta" "Kowalska", F, Analyst, [], "a researcher at the Vistula Policy Institute", "the researcher", "", ""),
    person!("Benjamin" "Osei", M, Analyst, [], "a security analyst at the Accra Institute for Policy Studies", "the analyst", "", ""),
    person!("Tobias" "Brenner", M, Analyst, [], "a senior director at the International Monetary Fund", "the fund official", "", ""),
];

/// A city where a story happens: its name as the text writes it, its country (with the
/// article where English uses one), and the second part of a dateline ("TAMPA, Florida —").
pub struct City {
    pub name: &'static str,
    pub country: &'static str,
    pub region: &'static str,
}

macro_rules! city {
    ($name:literal, $country:literal) => {
        City { name: $name, country: $country, region: $country }
    };
    ($name:literal, $country:literal, $region:literal) => {
        City { name: $name, country: $country, region: $region }
    };
}

pub const CITIES: &[City] = &[
    city!("Santiago", "Chile"),
    city!("Valparaiso", "Chile"),
    city!("Antofagasta", "Chile"),
    city!("Warsaw", "Poland"),
    city!("Oslo", "Norway"),
    city!("Abuja", "Nigeria"),
    city!("Vienna", "Austria"),
    city!("Tokyo", "Japan"),
    city!("Okinawa", "Japan"),
    city!("Chisinau", "Moldova"),
    city!("Madrid", "Spain"),
    city!("Cairo", "Egypt"),
    city!("Stockholm", "Sweden"),
    city!("Ankara", "Turkey"),
    city!("Izmir", "Turkey"),
    city!("Istanbul", "Turkey"),
    city!("Mexico City", "Mexico"),
    city!("Veracruz", "Mexico"),
    city!("Berlin", "Germany"),
    city!("Brasilia", "Brazil"),
    city!("Santos", "Brazil"),
    city!("Washington", "the United States", "D.C."),
    city!("Tampa", "the United States", "Florida"),
    city!("Buenos Aires", "Argentina"),
    city!("Mumbai", "India"),
    city!("Copenhagen", "Denmark"),
    city!("Ottawa", "Canada"),
    city!("Thessaloniki", "Greece"),
    city!("Porto", "Portugal"),
    city!("Lisbon", "Portugal"),
    city!("Cebu City", "the Philippines", "Philippines"),
    city!("Tallinn", "Estonia"),
    city!("Dublin", "Ireland"),
    city!("Bucharest", "Romania"),
    city!("Amsterdam", "the Netherlands", "Netherlands"),
    city!("Helsinki", "Finland"),
    city!("Doha", "Qatar"),
    city!("Bern", "Switzerland"),
    city!("Brussels", "Belgium"),
    city!("Nairobi", "Kenya"),
    city!("Singapore", "Singapore"),
    city!("Toulouse", "France"),
    city!("Paris", "France"),
];

pub fn city(name: &str) -> Option<&'static City> {
    CITIES.iter().find(|c| c.name == name)
}

/// How an outlet lays out its pages, copied as plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A news agency: byline, time in GMT, "CITY, Nov 24 -" dateline, an editing credit.
    Wire,
    /// Another agency: capitalised byline, share bar, "CITY, Country —", a contributor line.
    Agency,
    /// A British daily: section, headline, standfirst, share bar, captioned photograph,
    /// topics at the foot.
    Broadsheet,
    /// An American daily: standfirst, advertisements between paragraphs, a print note.
    Newspaper,
    /// A short-form site: labels ("Why it matters:") and bullets.
    Digital,
    /// A broadcaster: "2 hours ago", author's job under the byline, an image caption.
    Broadcaster,
    /// A weekly magazine: long paragraphs, reading time, an author's note at the end.
    Magazine,
    /// A copy from a news aggregator: its promotions above and below the article.
    Aggregated,
}

/// The time zone an outlet prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    Gmt,
    Eastern,
}

pub struct Outlet {
    pub name: &'static str,
    pub slug: &'static str,
    pub domain: &'static str,
    pub layout: Layout,
    /// Typographic quotes and apostrophes (“ ” ’) instead of straight ones.
    pub curly: bool,
    /// British conventions: "3 November", "per cent", "$2.4bn", "neighbour".
    pub british: bool,
    /// "Ms. Kovalenko" on second reference instead of "Kovalenko".
    pub honorifics: bool,
    pub zone: Zone,
    pub sections: &'static [&'static str],
}

/// Fifteen invented outlets.
pub const OUTLETS: &[Outlet] = &[
    Outlet {
        name: "The Meridian Herald",
        slug: "meridian-herald",
        domain: "www.meridianherald.co.uk",
        layout: Layout::Broadsheet,
        curly: true,
        british: true,
        honorifics: false,
        zone: Zone::Gmt,
        sections: &["World news", "Business", "Environment", "Politics"],
    },
    Outlet {
        name: "Northline Wire",
        slug: "northline-wire",
        domain: "www.northlinewire.com",
        layout: Layout::Wire,
        curly: false,
        british: false,
        honorifics: false,
        zone: Zone::Gmt,
        sections: &["World", "Markets", "Business"],
    },
    Outlet {
        name: "The Capital Ledger",
        slug: "capital-ledger",
        domain: "www.capitalledger.com",
        layout: Layout::Newspaper,
        curly: true,
        british: false,
        honorifics: true,
        zone: Zone::Eastern,
        sections: &["World", "Business", "Climate"],
    },
    Outlet {
        name: "Harbour Post",
        slug: "harbour-post",
        domain: "www.harbourpost.co.uk",
        layout: Layout::Broadsheet,
        curly: true,
        british: true,
        honorifics: false,
        zone: Zone::Gmt,
        sections: &["World", "Europe", "Money"],
    },
    Outlet {
        name: "Atlas Daily",
        slug: "atlas-daily",
        domain: "www.atlasdaily.com",
        layout: Layout::Digital,
        curly: true,
        british: false,
        honorifics: false,
        zone: Zone::Eastern,
        sections: &["World", "Economy", "Politics"],
    },
    Outlet {
        name: "The Continental Review",
        slug: "continental-review",
        domain: "www.continentalreview.eu",
        layout: Layout::Broadsheet,
        curly: false,
        british: true,
        honorifics: false,
        zone: Zone::Gmt,
        sections: &["Europe", "World", "Economy"],
    },
    Outlet {
        name: "Eastbridge Times",
        slug: "eastbridge-times",
        domain: "www.eastbridgetimes.com",
        layout: Layout::Newspaper,
        curly: false,
        british: false,
        honorifics: true,
        zone: Zone::Eastern,
        sections: &["World", "Politics", "Business"],
    },
    Outlet {
        name: "The Evening Courier",
        slug: "evening-courier",
        domain: "www.eveningcourier.com",
        layout: Layout::Agency,
        curly: true,
        british: false,
        honorifics: false,
        zone: Zone::Gmt,
        sections: &["World", "Business"],
    },
    Outlet {
        name: "Polar Star News",
        slug: "polar-star-news",
        domain: "www.polarstarnews.com",
        layout: Layout::Broadcaster,
        curly: false,
        british: true,
        honorifics: false,
        zone: Zone::Gmt,
        sections: &["World", "Business"],
    },
    Outlet {
        name: "Global Dispatch",
        slug: "global-dispatch",
        domain: "www.globaldispatch.com",
        layout: Layout::Wire,
        curly: false,
        british: false,
        honorifics: false,
        zone: Zone::Gmt,
        sections: &["World", "Commodities", "Sustainability"],
    },
    Outlet {
        name: "The Riverside Gazette",
        slug: "riverside-gazette",
        domain: "www.riversidegazette.com",
        layout: Layout::Agency,
        curly: false,
        british: false,
        honorifics: false,
        zone: Zone::Eastern,
        sections: &["Nation", "Business"],
    },
    Outlet {
        name: "Summit Public Radio",
        slug: "summit-public-radio",
        domain: "www.summitpublicradio.org",
        layout: Layout::Broadcaster,
        curly: true,
        british: false,
        honorifics: false,
        zone: Zone::Eastern,
        sections: &["World", "Climate", "Health"],
    },
    Outlet {
        name: "The Lantern",
        slug: "lantern",
        domain: "www.thelantern.news",
        layout: Layout::Digital,
        curly: false,
        british: false,
        honorifics: false,
        zone: Zone::Eastern,
        sections: &["World", "Power", "Money"],
    },
    Outlet {
        name: "Crossroads Weekly",
        slug: "crossroads-weekly",
        domain: "www.crossroadsweekly.com",
        layout: Layout::Magazine,
        curly: true,
        british: false,
        honorifics: true,
        zone: Zone::Eastern,
        sections: &["International", "Economics", "Science"],
    },
    Outlet {
        name: "Pacific Current",
        slug: "pacific-current",
        domain: "www.pacificcurrent.com",
        layout: Layout::Aggregated,
        curly: true,
        british: false,
        honorifics: false,
        zone: Zone::Eastern,
        sections: &["World", "Business"],
    },
];

/// Given names and surnames the reporters' bylines are drawn from (bylines are metadata,
/// not running text, so these names need not be in the given-name table).
pub const REPORTER_GIVEN: &[&str] = &[
    "Alice", "Ben", "Chloe", "David", "Elise", "Frank", "Gemma", "Harriet", "Isaac", "Jamal", "Katya", "Leon", "Maria", "Nathan", "Olga",
    "Pablo", "Rosa", "Samir", "Tara", "Victor", "Wendy", "Yusuf", "Zoe", "Hamid", "Laura", "Matteo", "Sanna", "Tomasz", "Vera", "Kofi",
];

pub const REPORTER_FAMILY: &[&str] = &[
    "Ashby",
    "Bergstrom",
    "Castillo",
    "Devlin",
    "Eklund",
    "Fontaine",
    "Garrido",
    "Hollis",
    "Iversen",
    "Jaramillo",
    "Kessler",
    "Lowry",
    "Mbeki",
    "Novak",
    "Oyelaran",
    "Pereira",
    "Quist",
    "Rasmussen",
    "Sandoval",
    "Thorne",
    "Udall",
    "Varga",
    "Whitcombe",
    "Yilmaz",
    "Zamora",
    "Brody",
    "Carrick",
    "Dunstan",
    "Ellery",
    "Farrow",
    "Gilchrist",
    "Haddon",
    "Ingram",
    "Keating",
    "Lockwood",
    "Marlow",
];

/// Photo agencies as photo credits name them (`clean/rules.rs` recognises them).
pub const PHOTO_AGENCIES: &[&str] = &["Getty Images", "AFP via Getty Images", "EPA", "Shutterstock", "Anadolu via Getty Images"];
