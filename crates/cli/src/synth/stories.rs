//! The kinds of story the synthetic corpus tells and the sentences it tells them with.
//!
//! Sentences are templates with slots in braces, filled per article (`synth.rs`):
//!
//! - people of the story's cast `{A}` `{B}` `{C}` `{D}` and the article's commentator
//!   `{X}`: the first mention gets a title or a description, later ones the surname;
//!   `{A.he}` `{A.He}` `{A.his}` `{A.His}` `{A.him}`, `{A.role}` ("the minister"),
//!   `{A.country}`, `{A.full}` (the bare full name);
//! - the story: `{place}`, `{country}`, `{country's}`, `{org}`, `{org2}`, `{topic}`,
//!   `{day}` ("on Tuesday") and `{day-}` ("Tuesday");
//! - the story's figures: `{small}` (in words up to nine), `{small#}`, `{small2}`,
//!   `{small2#}`, `{medium}`, `{medium2}`, `{mag}` (medium in tenths), `{large}`,
//!   `{large~}` (rounded, with "about", "more than"…), `{bn}`, `{bn~}`, `{pct}`, `{pct2}`;
//! - `{said}` (a speech verb) and `{w:list}` (a word from one of `WORDS`).
//!
//! A story keeps its figures, people and place in every article, so outlets covering
//! the same event share facts and differ in wording. Sentences never open with a
//! capitalised common noun followed by "said" ("Officials said"): the extractor would
//! take the noun for a speaker's name.

use super::world::Part;

/// Where a story happens.
pub enum Venue {
    /// In the home city of the cast member at this index.
    Home(usize),
    /// In one of these cities (keys of `world::CITIES`).
    Cities(&'static [&'static str]),
}

/// The ranges a story's figures are drawn from, inclusive. Money and percentages are in
/// tenths ("24" is $2.4 billion or 2.4%).
#[derive(Clone, Copy)]
pub struct Numbers {
    pub small: (u32, u32),
    pub small2: (u32, u32),
    pub medium: (u32, u32),
    pub medium2: (u32, u32),
    pub large: (u32, u32),
    pub money: (u32, u32),
    pub pct: (u32, u32),
    pub pct2: (u32, u32),
}

const NUMBERS: Numbers = Numbers {
    small: (2, 9),
    small2: (2, 6),
    medium: (12, 60),
    medium2: (60, 240),
    large: (2_000, 40_000),
    money: (12, 90),
    pct: (15, 95),
    pct2: (15, 95),
};

pub struct Kind {
    pub cast: [Part; 4],
    /// The second member of the cast comes from the first one's country when possible.
    pub same_country: bool,
    pub venue: Venue,
    /// Organisations: the first is the story's main body ("according to {org}"), the
    /// second one of the others.
    pub orgs: &'static [&'static str],
    /// Noun phrases for the story, used as objects ("the talks", "the ruling").
    pub topic: &'static [&'static str],
    pub numbers: Numbers,
    pub headlines: &'static [&'static str],
    pub leads: &'static [&'static str],
    pub facts: &'static [&'static str],
    /// What the cast says: the index of the speaker in the cast, and the words.
    pub quotes: &'static [(usize, &'static str)],
    pub next: &'static [&'static str],
}

pub const KINDS: &[Kind] = &[
    // Talks
    Kind {
        cast: [Part::Diplomat, Part::Diplomat, Part::Envoy, Part::Lawmaker],
        same_country: false,
        venue: Venue::Cities(&["Vienna", "Oslo", "Doha", "Istanbul", "Helsinki", "Bern"]),
        orgs: &["the United Nations", "the OSCE", "the European Union"],
        topic: &["the talks", "the negotiations", "the ceasefire talks", "the latest round of talks", "the discussions"],
        numbers: Numbers { small: (4, 9), small2: (2, 5), medium: (12, 28), medium2: (30, 90), large: (400, 3_000), ..NUMBERS },
        headlines: &[
            "{A} and {B} hold {w:talks_adj} talks in {place} as {C} presses for a ceasefire",
            "Ceasefire talks in {place} end without a deal, officials say",
            "{A} says talks in {place} made '{w:progress_word}' progress",
            "Envoys meet in {place} for {small}-hour round of ceasefire talks",
            "{C} brings rival delegations back to the table in {place}",
        ],
        leads: &[
            "{A} and {B} met in {place} {day} for {small} hours of {w:talks_adj} talks on a ceasefire, the first direct contact between the two governments in {small2} months.",
            "Negotiators from {A.country} and {B.country} spent {small} hours in {place} {day} trying to agree on a ceasefire, in talks that {w:officials} described as {w:talks_adj} but {w:talks_adj2}.",
            "Talks in {place} between {A} and {B} ended late {day-} without an agreement, though both sides said they would return for another round.",
        ],
        facts: &[
            "The meeting was hosted by {org} and chaired by {C}, who has shuttled between the two capitals for weeks.",
            "According to {w:officials}, the discussion centered on a {medium}-point draft framework that {C} circulated before the talks.",
            "The draft would create a demilitarized buffer zone and provide for the exchange of about {large} prisoners, {w:officials} said.",
            "It was the latest of {small2} rounds of talks since the summer, none of which has produced a signed agreement.",
            "Delegations of about {medium2} officials took part, though the most sensitive issues were discussed by a much smaller group.",
            "{B} told reporters that {B.his} government was ready to sign a ceasefire if the other side pulled its forces back from the border.",
            "{A} said the line of the border remained the main obstacle to a deal.",
            "Diplomats at the talks said the {small}-hour session was the longest since the talks began.",
            "{org2} has offered to send monitors to the region if a truce is agreed.",
            "The two delegations ate lunch separately and met face to face only in the afternoon.",
        ],
        quotes: &[
            (0, "We came to {place} to find a way forward, and we are leaving with more work to do."),
            (0, "Nothing is agreed until everything is agreed."),
            (1, "Our position has not changed. We want a ceasefire that lasts, not a pause that lets the fighting start again."),
            (1, "The talks were difficult, but they were not a waste of time."),
            (2, "Both delegations showed a willingness to listen, and that is where every agreement begins."),
            (3, "I have seen too many rounds of talks end with nothing but a photograph."),
        ],
        next: &[
            "{C} said the delegations would meet again {w:soon}.",
            "A further round is expected in {place} {w:soon}, {w:officials} said.",
            "Both delegations were due to brief their governments before deciding whether to return.",
        ],
    },
    // Sanctions
    Kind {
        cast: [Part::Diplomat, Part::Finance, Part::Lawmaker, Part::Shipping],
        same_country: false,
        venue: Venue::Cities(&["Brussels"]),
        orgs: &["the European Union", "the European Commission", "the G7"],
        topic: &["the sanctions", "the new sanctions package", "the penalties", "the new measures"],
        numbers: Numbers { medium: (12, 60), medium2: (80, 240), money: (15, 90), small: (2, 5), pct: (50, 300), ..NUMBERS },
        headlines: &[
            "{org} agrees new sanctions targeting shipping and banks",
            "New sanctions freeze {bn} in assets, {B} says",
            "{A} defends sanctions package as critics warn of loopholes",
            "Ministers approve {w:sanctions_adj} sanctions after {w:talks_adj} talks in {place}",
        ],
        leads: &[
            "Ministers meeting in {place} {day} approved a new package of sanctions that targets {medium} shipping companies and {medium2} individuals, in what {A} called the toughest measures yet.",
            "{org} agreed {day} to freeze about {bn} in assets and bar {medium} shipping firms from its ports, capping weeks of {w:talks_adj} negotiations among member states.",
        ],
        facts: &[
            "The package adds {medium2} people to the list of those barred from travel and whose assets are frozen.",
            "The measures are aimed at a fleet of aging tankers used to move cargo around existing restrictions, {w:officials} said.",
            "{B} said the frozen assets were worth {bn~}, most of it held in accounts at European banks.",
            "Trade covered by the new rules fell by {pct} last year, according to figures from {org2}.",
            "The sanctions will be reviewed in {small} years, and some of them expire unless they are renewed.",
            "{D} said shipping firms had been given little time to adjust and risked breaking rules they had not yet seen.",
            "{C} said {C.he} would push for the measures to be extended to insurers and brokers.",
            "Two member states held out for exemptions for their fertilizer and steel industries before agreeing to the compromise.",
        ],
        quotes: &[
            (0, "These sanctions are not a gesture. They will be felt in every port and every bank that has looked the other way."),
            (1, "We have closed the gaps that were exploited last year, and we will close the next ones too."),
            (1, "The money will stay frozen until the courts say otherwise."),
            (2, "The package is welcome, but it is late, and it is still full of holes."),
            (3, "Nobody argues with the goal, but companies need rules they can actually follow."),
        ],
        next: &[
            "The measures take effect once they are published in the official journal, expected {w:soon}.",
            "{A} said a further package was already being prepared.",
        ],
    },
    // Election
    Kind {
        cast: [Part::Leader, Part::Opposition, Part::Analyst, Part::Analyst],
        same_country: true,
        venue: Venue::Home(0),
        orgs: &["the National Electoral Commission", "the OSCE"],
        topic: &["the election", "the vote", "the general election", "the result"],
        numbers: Numbers {
            medium: (3, 19),
            medium2: (60, 180),
            small: (3, 6),
            small2: (2, 4),
            large: (9_000, 30_000),
            pct: (380, 560),
            pct2: (550, 790),
            ..NUMBERS
        },
        headlines: &[
            "{A} claims victory as {country} counts votes",
            "{B} concedes after {A} wins by {medium} points",
            "Turnout reaches {pct2} as {country} votes in tight election",
            "{country} election: {A} leads {B} with most ballots counted",
            "{A} returns to office with {pct} of the vote",
        ],
        leads: &[
            "{A} won {country's} election {day} with {pct} of the vote, defeating {B} by {medium} points, according to results published by {org}.",
            "Voters in {country} returned {A} to office {day}, handing {A.him} a margin of {medium} points over {B} in an election that had been expected to be close.",
            "{B} conceded defeat late {day-} as results showed {A} heading for a clear victory in {country's} election.",
        ],
        facts: &[
            "With nearly all ballots counted, {A} had {pct} of the vote, {org} said.",
            "Turnout was {pct2}, the highest in more than a decade.",
            "{B} conceded shortly before midnight, telling supporters in {place} that {B.he} would lead a strong opposition.",
            "The result gives {A.his} coalition about {medium2} seats, enough to govern without the {small} smaller parties that had hoped to act as kingmakers.",
            "Polls had shown the two candidates within a few points of each other in the final week of the campaign.",
            "Observers from {org2} said the vote had been orderly, though they noted long lines at some of the {large} polling stations.",
            "The campaign was dominated by the cost of living, housing and crime.",
            "{C} said the margin reflected a late swing among younger voters in the cities.",
        ],
        quotes: &[
            (0, "The people of {country} chose stability, and I intend to earn that trust every single day."),
            (0, "This is not a victory for one party. It is a mandate to get on with the work."),
            (1, "We did not win tonight, but the questions we raised have not gone away."),
            (1, "I called {A} to congratulate {A.him}. The country needs its institutions to work."),
            (2, "The margin was larger than any of the final polls suggested."),
            (3, "The turnout tells you this election mattered to people in a way the last one did not."),
        ],
        next: &[
            "{A} is expected to name a new cabinet {w:soon}.",
            "Final results will be certified by {org} within {small2} weeks.",
        ],
    },
    // Storm
    Kind {
        cast: [Part::Local, Part::Weather, Part::Emergency, Part::Utility],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the National Weather Service", "the Red Cross Federation", "the National Disaster Agency"],
        topic: &["the storm", "the tropical storm", "the powerful storm", "the storm's aftermath"],
        numbers: Numbers {
            small: (2, 6),
            medium: (110, 160),
            medium2: (8, 40),
            large: (20_000, 400_000),
            money: (5, 60),
            ..NUMBERS
        },
        headlines: &[
            "Storm slams {place} with {medium} mph winds, leaving {large~} without power",
            "{medium2} dead as storm batters {place}",
            "{A} orders evacuations as storm nears {place}",
            "Clean-up begins in {place} after storm kills {medium2}",
        ],
        leads: &[
            "A powerful storm tore through {place} {day}, killing at least {medium2} people and leaving {large~} homes and businesses without power, {w:officials} said.",
            "{A} ordered the evacuation of low-lying neighborhoods in {place} {day} as a storm carrying winds of up to {medium} mph pushed ashore.",
            "Rescue crews in {place} searched flooded streets {day} after a storm with winds of {medium} mph killed at least {medium2} people.",
        ],
        facts: &[
            "The storm made landfall just before dawn with sustained winds of {medium} mph, according to {org}.",
            "At least {medium2} people were killed, most of them by falling trees and floodwater, and rescuers were still searching for others.",
            "About {large} customers lost power at the height of the storm.",
            "{B} said the storm had strengthened unusually fast over warm water in the {small} days before landfall.",
            "Insurers estimated the damage at {bn~}, though officials cautioned that early figures often rise.",
            "{C} said several hundred rescue workers had been sent to the worst-hit districts.",
            "Schools and the airport in {place} were closed, and officials urged residents to stay off flooded roads.",
            "{D} said crews from neighboring regions would help restore power, but warned that some areas could be without electricity for days.",
            "Emergency shelters in schools and churches took in thousands of people overnight.",
        ],
        quotes: &[
            (0, "If you were told to leave, leave now. We cannot reach you once the water rises."),
            (0, "We have lost neighbors tonight, and we will grieve them, but the work starts at first light."),
            (1, "We are seeing storms intensify faster than our models expected even ten years ago."),
            (2, "Our teams are going street by street, and they will keep going until everyone is accounted for."),
            (3, "This is the worst damage to the grid that our crews have seen."),
        ],
        next: &[
            "Forecasters at {org} said heavy rain would continue for another {small} days.",
            "{A} said {A.he} would ask the national government for emergency funding {w:soon}.",
        ],
    },
    // Trade
    Kind {
        cast: [Part::Trade, Part::Trade, Part::Shipping, Part::Union],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the World Trade Organization", "the G20", "the World Bank"],
        topic: &["the trade agreement", "the deal", "the trade pact", "the agreement"],
        numbers: Numbers {
            small: (3, 10),
            small2: (3, 9),
            medium: (12, 40),
            medium2: (100, 400),
            large: (5_000, 80_000),
            money: (30, 400),
            pct: (50, 250),
            ..NUMBERS
        },
        headlines: &[
            "{A.country} and {B.country} sign trade deal cutting tariffs on {w:goods}",
            "{A} hails '{w:deal_word}' trade pact with {B.country}",
            "Trade deal worth {bn} a year wins approval after {small2} years of talks",
            "Unions wary as {A.country} and {B.country} agree to cut tariffs",
        ],
        leads: &[
            "{A.country} and {B.country} signed a trade agreement in {place} {day} that will phase out tariffs of up to {pct} on {w:goods} over {small} years, ending {small2} years of negotiations.",
            "{A} and {B} put their signatures {day} to a deal covering {bn~} in annual trade, the most ambitious agreement either country has struck in a decade.",
        ],
        facts: &[
            "The agreement covers about {medium2} categories of goods, from {w:goods} to {w:goods2}.",
            "Tariffs of as much as {pct} will be cut in stages, with the most sensitive products protected for {small} years.",
            "Trade between the two countries was worth {bn~} last year.",
            "{C} said exporters had waited years for the tariffs to come down and would move quickly to expand.",
            "{D} warned that the deal could cost as many as {large} jobs in manufacturing unless workers were given help to retrain.",
            "The deal still has to be approved by both parliaments, where it faces opposition from farm groups.",
            "The text runs to {medium} chapters, including rules on investment, public procurement and digital services.",
            "Negotiators had to settle a late dispute over food safety standards before the signing could go ahead.",
        ],
        quotes: &[
            (0, "This agreement opens doors for our farmers and our factories at the same time."),
            (1, "It took {small2} years because we refused to sign anything that did not protect our workers."),
            (2, "For exporters, the certainty matters almost as much as the tariff cuts."),
            (3, "Every trade deal is sold with promises. We will hold them to every one."),
        ],
        next: &[
            "Both governments said they hoped the agreement would take effect at the start of next year.",
            "The full text will be published {w:soon}, {A} said.",
        ],
    },
    // Rates
    Kind {
        cast: [Part::CentralBank, Part::Analyst, Part::Analyst, Part::Shipping],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the International Monetary Fund", "the World Bank", "the Federal Reserve"],
        topic: &["the rate cut", "the decision", "the move", "the central bank's decision"],
        numbers: Numbers { small: (2, 6), small2: (4, 8), pct: (200, 450), pct2: (20, 45), ..NUMBERS },
        headlines: &[
            "Central bank cuts rates to {pct} as inflation cools",
            "{A} signals more cuts after lowering rates to {pct}",
            "Rate cut brings relief to borrowers, but {A} warns on prices",
        ],
        leads: &[
            "The central bank cut its benchmark interest rate by a quarter of a percentage point to {pct} {day}, saying inflation had slowed enough to ease the pressure on households.",
            "{A} lowered borrowing costs {day}, cutting the benchmark rate to {pct} and signaling that further cuts were possible if inflation keeps easing.",
        ],
        facts: &[
            "Inflation slowed to {pct2} last month, close to the bank's target.",
            "The decision was unanimous, according to a statement from the bank's governing council.",
            "Markets had expected the cut, and the currency weakened slightly after the announcement.",
            "{B} said the decision was well judged and that lower rates would support investment.",
            "{C} said the bank was likely to cut again early next year.",
            "Mortgage rates have fallen for {small} months in a row, according to industry figures.",
            "{D} said businesses had delayed hiring and investment while borrowing costs were high.",
            "The bank's next rate decision is due in {small2} weeks.",
        ],
        quotes: &[
            (0, "We are not declaring victory over inflation, but the trend is now clearly in the right direction."),
            (0, "Monetary policy works with long lags. We have to look past the next few months."),
            (1, "Families with mortgages will feel this, and that matters."),
            (2, "The language was more cautious than markets wanted, but the direction is clear."),
        ],
        next: &["{A} is due to testify before lawmakers {w:soon}.", "Economists will watch next month's inflation figures for signs of a further slowdown."],
    },
    // Strike
    Kind {
        cast: [Part::Union, Part::Shipping, Part::Finance, Part::Analyst],
        same_country: true,
        venue: Venue::Home(0),
        orgs: &["the Ministry of Labor", "the National Transport Authority", "the Federation of Industries"],
        topic: &["the strike", "the stoppage", "the walkout", "the dispute"],
        numbers: Numbers {
            small: (2, 7),
            medium: (20, 95),
            large: (12_000, 90_000),
            pct: (40, 140),
            pct2: (20, 60),
            ..NUMBERS
        },
        headlines: &[
            "Transport strike halts ports and trains across {country}",
            "{large~} workers walk out as wage talks collapse",
            "Union rejects {pct2} pay offer as strike spreads",
            "{A} vows to keep striking until pay offer improves",
        ],
        leads: &[
            "About {large} port and rail workers walked off the job across {country} {day}, halting cargo traffic and commuter trains after wage talks with employers broke down.",
            "A national transport strike shut down ports and rail lines in and around {place} {day}, as unions demanded a pay rise of {pct} and employers held to an offer of {pct2}.",
        ],
        facts: &[
            "The unions are demanding a raise of {pct} over two years, while employers have offered {pct2}.",
            "Ships were left waiting offshore and containers piled up on the docks in {place}, port officials said.",
            "Business groups estimated the cost of the stoppage at ${medium} million a day.",
            "{B} said the offer on the table was fair and warned that a long strike would push cargo to rival ports.",
            "The strike is the largest in the sector since {w:year_past}.",
            "{C} called on both sides to return to mediation.",
            "Commuters crowded onto buses and ferries as most train services were canceled.",
            "The strike is planned to last {small} days unless a deal is reached sooner.",
        ],
        quotes: &[
            (0, "Our members keep this country moving, and they are asking for wages that keep up with rent and food."),
            (0, "We did not want this strike. We were given no other choice."),
            (1, "Every day ships sit at anchor, we lose customers who may not come back."),
            (2, "Both sides need to get back in a room before the damage becomes permanent."),
        ],
        next: &["Mediators are expected to meet the two sides {w:soon}.", "{A} said the union would decide {w:soon} whether to extend the strike."],
    },
    // Climate
    Kind {
        cast: [Part::Envoy, Part::Climate, Part::Activist, Part::Energy],
        same_country: false,
        venue: Venue::Cities(&["Nairobi", "Lisbon", "Copenhagen", "Santiago"]),
        orgs: &["the World Bank", "the United Nations", "the Green Climate Fund"],
        topic: &["the summit", "the climate talks", "the conference", "the final agreement"],
        numbers: Numbers {
            money: (100, 900),
            medium2: (120, 190),
            large: (8_000, 25_000),
            pct: (300, 600),
            ..NUMBERS
        },
        headlines: &[
            "Climate summit in {place} agrees {bn} fund for vulnerable nations",
            "Negotiators in {place} strike late-night deal on emissions",
            "Climate campaigners say deal in {place} falls short",
            "{medium2} countries back pledge to cut emissions {pct} by 2035",
        ],
        leads: &[
            "Delegates from {medium2} countries agreed in {place} {day} to create a {bn} fund to help poorer nations cope with floods, droughts and rising seas, after talks ran more than a day past their deadline.",
            "A climate summit in {place} ended {day} with a pledge to cut emissions by {pct} by 2035, a target that {C} and other campaigners said fell short of what scientists say is needed.",
        ],
        facts: &[
            "The fund will be managed by {org}, and contributions will be voluntary.",
            "About {large} delegates, campaigners and journalists attended the two-week conference.",
            "{B} said the pledge was a step forward but would still leave the world on course for dangerous warming.",
            "The final text dropped an explicit reference to phasing out coal, after objections from several large producers.",
            "{D} said energy companies were ready to invest but needed clearer rules on carbon prices.",
            "Island nations had pushed for a larger fund, arguing that {bn~} would barely cover the damage from a single major storm.",
            "Negotiators worked through the night, and the final session ended shortly after dawn.",
            "{A}, who chaired the final session, said the agreement was the best that could be reached.",
        ],
        quotes: &[
            (0, "No one got everything they wanted, which is usually the sign of an honest compromise."),
            (1, "The science has not changed since the last summit. Only the window has grown smaller."),
            (2, "They promised to listen to the people living on the front line, and then wrote the text without us."),
            (3, "Investors need to know the rules will still be there in ten years."),
        ],
        next: &["The next summit will be held in {w:next_city} in a year's time, when countries are due to present updated plans."],
    },
    // Court
    Kind {
        cast: [Part::Judge, Part::Lawmaker, Part::Lawmaker, Part::Analyst],
        same_country: true,
        venue: Venue::Home(0),
        orgs: &["the Justice Ministry", "the Bar Association", "the National Assembly"],
        topic: &["the ruling", "the decision", "the judgment", "the court's decision"],
        numbers: Numbers { small: (5, 7), small2: (2, 4), medium: (60, 140), ..NUMBERS },
        headlines: &[
            "Top court strikes down surveillance law in {small#}-{small2#} ruling",
            "Judges rule government overstepped with message monitoring law",
            "{A} writes for majority as court limits state surveillance",
        ],
        leads: &[
            "The country's highest court struck down a law {day} that allowed security agencies to read private messages without a warrant, ruling by {small#} votes to {small2#} that it violated the right to privacy.",
            "In a {small#}-{small2#} decision {day}, judges ruled that a surveillance law passed last year went far beyond what the constitution allows, handing a major defeat to the government.",
        ],
        facts: &[
            "Writing for the majority, {A} said the law gave agencies \"sweeping powers with almost no oversight.\"",
            "The ruling runs to {medium} pages and orders the government to rewrite the law within {small2} months.",
            "{B}, who voted against the law, called the ruling a victory for ordinary citizens.",
            "{C} said lawmakers would study the judgment before deciding how to respond.",
            "The dissenting judges argued that the law contained adequate safeguards and that the court should have deferred to lawmakers.",
            "Civil liberties groups had challenged the law within weeks of its passage.",
            "Technology companies had warned that the law would force them to weaken the encryption that protects their users.",
        ],
        quotes: &[
            (1, "The court has reminded the government that security is not a blank check."),
            (2, "We respect the court, and we will bring back a law that meets its standard."),
            (3, "This ruling will be cited for a generation."),
        ],
        next: &["The government has {small2} months to bring forward a new version of the law."],
    },
    // Earthquake
    Kind {
        cast: [Part::Local, Part::Quake, Part::Emergency, Part::Emergency],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the National Seismological Institute", "the National Disaster Agency", "the Red Cross Federation"],
        topic: &["the earthquake", "the quake", "the disaster"],
        numbers: Numbers { small: (3, 9), small2: (8, 30), medium: (58, 74), medium2: (12, 140), large: (300, 4_000), ..NUMBERS },
        headlines: &[
            "Magnitude {mag} earthquake kills at least {medium2} near {place}",
            "Rescuers dig through rubble after quake strikes {place}",
            "Quake rattles {place}, toppling buildings and cutting power",
        ],
        leads: &[
            "A magnitude {mag} earthquake struck near {place} {day}, killing at least {medium2} people and injuring more than {large}, as buildings collapsed across the city's older districts.",
            "Rescue teams in {place} worked through the night after a powerful earthquake {day} brought down apartment blocks and left thousands of people sleeping outdoors.",
        ],
        facts: &[
            "The quake had a magnitude of {mag} and struck at a depth of about {small2#} kilometers, according to {org}.",
            "At least {medium2} people were confirmed dead, and officials warned that the toll was likely to rise.",
            "More than {large} people were treated for injuries, many of them in field hospitals set up in parks.",
            "{B} said dozens of aftershocks had been recorded, the strongest of them above magnitude five.",
            "{C} said search teams were working at {small} sites where people were believed to be trapped.",
            "Many of the collapsed buildings were built before modern construction codes were introduced.",
            "The city's main hospital moved patients into tents in its parking lot as a precaution.",
        ],
        quotes: &[
            (0, "Every family in this city knows someone who has lost a home tonight."),
            (1, "This fault has been building up stress for decades. It was not a question of if, but when."),
            (2, "We are still hearing voices under the rubble, and as long as we hear them we will keep digging."),
            (3, "The first seventy-two hours are everything. We need more teams and more heavy equipment now."),
        ],
        next: &["Engineers will begin inspecting damaged buildings {w:soon}, {A} said."],
    },
    // Wildfire
    Kind {
        cast: [Part::Local, Part::Climate, Part::Emergency, Part::Analyst],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the National Forest Service", "the Civil Protection Agency"],
        topic: &["the fire", "the wildfire", "the blaze", "the fires"],
        numbers: Numbers { large: (2_000, 40_000), medium: (120, 900), medium2: (300, 1_800), small: (2, 9), pct: (50, 350), ..NUMBERS },
        headlines: &[
            "Wildfire near {place} destroys {medium} homes as winds fan the flames",
            "{medium2} firefighters battle blaze outside {place}",
            "Wildfire forces thousands to flee {place}",
        ],
        leads: &[
            "A wildfire driven by strong winds swept through the hills outside {place} {day}, destroying at least {medium} homes and forcing thousands of residents to flee.",
            "More than {medium2} firefighters were battling a blaze near {place} {day} that had burned {large~} hectares in {small} days.",
        ],
        facts: &[
            "The fire had burned about {large} hectares by evening and was {pct} contained, according to {org}.",
            "{C} said gusts of wind had pushed the flames across two highways in less than an hour.",
            "At least {medium} homes were destroyed, and officials said the number would grow once crews could reach the worst-hit areas.",
            "{B} said months of drought and record heat had left the hillsides unusually dry.",
            "Air quality warnings were issued for {place} and several nearby towns.",
            "Evacuation centers set up in schools and sports halls were full by nightfall.",
            "Water-dropping aircraft from {org2} joined the effort in the afternoon.",
        ],
        quotes: &[
            (0, "We have never seen a fire move this fast. People had minutes, not hours."),
            (1, "Fire seasons are getting longer, and the fires are getting harder to stop."),
            (2, "The wind is our enemy tonight. If it drops, we have a chance."),
            (3, "We need to stop treating these fires as accidents and start treating them as a certainty."),
        ],
        next: &["Forecasters expect the winds to ease {w:soon}, which could give crews a chance to cut firebreaks."],
    },
    // A cyberattack
    Kind {
        cast: [Part::Cyber, Part::Pharma, Part::Analyst, Part::Analyst],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the European Union Agency for Cybersecurity", "NATO", "the Data Protection Authority"],
        topic: &["the attack", "the cyberattack", "the breach", "the ransomware attack"],
        numbers: Numbers { medium: (12, 40), medium2: (5, 50), large: (50_000, 900_000), small: (2, 7), small2: (2, 6), ..NUMBERS },
        headlines: &[
            "Cyberattack disrupts {medium} hospitals, forcing patients to be turned away",
            "Hackers demand ${medium2} million after hospital network breach",
            "{A} says cyberattack on hospitals was 'carefully planned'",
        ],
        leads: &[
            "A cyberattack on a private hospital network disrupted care at {medium} hospitals {day}, forcing doctors to cancel operations and divert ambulances, {w:officials} said.",
            "Hackers stole the records of about {large} patients in an attack that crippled {medium} hospitals, {A} said {day}, as police opened an investigation.",
        ],
        facts: &[
            "The attackers demanded a ransom of ${medium2} million in cryptocurrency, according to {A}.",
            "Records of about {large} patients may have been copied, {w:officials} said.",
            "{B} said the company had not paid the ransom and was restoring its systems from backups.",
            "Several hospitals went back to paper records, and some cancer treatments were postponed.",
            "The government said it would require hospitals to report attacks within {small} days.",
            "Investigators believe the group behind the attack has struck at least {small2} other health providers this year.",
            "{org} offered to send experts to help with the investigation.",
        ],
        quotes: &[
            (0, "This was not a random attack. It was carefully planned and aimed at the weakest point in the system."),
            (1, "Patient safety comes first, and we will not reward criminals by paying them."),
            (2, "Hospitals are infrastructure, and they must be protected like power plants."),
            (3, "Health providers are still spending far too little on security."),
        ],
        next: &["Services should be mostly restored {w:soon}, {B} said."],
    },
    // Budget
    Kind {
        cast: [Part::Finance, Part::Opposition, Part::Analyst, Part::Analyst],
        same_country: true,
        venue: Venue::Home(0),
        orgs: &["the National Assembly", "the Fiscal Council"],
        topic: &["the budget", "the spending plan", "the budget bill", "next year's budget"],
        numbers: Numbers { money: (800, 4_000), pct: (15, 45), pct2: (20, 90), medium: (160, 230), medium2: (120, 159), ..NUMBERS },
        headlines: &[
            "Lawmakers pass {bn} budget after all-night debate",
            "{A} wins budget vote by {medium} to {medium2}",
            "Budget squeaks through as opposition attacks spending cuts",
        ],
        leads: &[
            "Lawmakers approved a {bn} budget {day} by {medium} votes to {medium2}, after a debate that ran through the night.",
            "{A} won approval for next year's budget {day}, securing a majority for a plan that raises defense and health spending while trimming energy subsidies.",
        ],
        facts: &[
            "The budget projects a deficit of {pct} of economic output next year.",
            "Spending on health and defense rises by {pct2}, while energy subsidies will be phased out.",
            "{B} said the plan would hit pensioners and young families hardest.",
            "The vote was {medium} to {medium2}, with several members of the governing coalition abstaining.",
            "{org2} said the deficit target was achievable but warned that the growth forecasts were optimistic.",
            "The speaker suspended the session twice amid shouting from the opposition benches.",
        ],
        quotes: &[
            (0, "This budget is responsible without being cruel. It protects the services people rely on."),
            (1, "They call it responsible. Ask the families who will pay more for heating this winter."),
            (3, "The numbers add up only if growth comes in above what most forecasters expect."),
        ],
        next: &["The budget now goes to the upper chamber, which is expected to approve it {w:soon}."],
    },
    // Protest
    Kind {
        cast: [Part::Activist, Part::Police, Part::Analyst, Part::Union],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the Interior Ministry", "the Transport Workers Union"],
        topic: &["the protests", "the demonstrations", "the fuel protests", "the marches"],
        numbers: Numbers { large: (20_000, 120_000), medium: (40, 300), medium2: (10, 80), pct: (80, 250), small: (2, 6), ..NUMBERS },
        headlines: &[
            "Tens of thousands march in {place} over fuel prices",
            "Police arrest {medium} as fuel protests turn violent in {place}",
            "Protesters block roads in {place} over {pct} fuel price rise",
        ],
        leads: &[
            "Tens of thousands of people marched through {place} {day} to protest a {pct} rise in fuel prices, in the largest demonstrations the city has seen in years.",
            "Police in {place} arrested {medium} people {day} after clashes broke out at the end of a march against rising fuel prices.",
        ],
        facts: &[
            "Organizers put the crowd at {large~}, while police gave a lower figure.",
            "{B} said {medium2} officers had been injured, most of them by thrown bottles and stones.",
            "The protests began after the government raised fuel taxes by {pct} at the start of the month.",
            "Protests have now been held on {small} consecutive weekends.",
            "Shops along the main boulevard closed early, and several metro stations were shut.",
            "{C} said the government had ignored the cost of living for too long and had misjudged the public mood.",
            "{D} said transport workers would join the next march.",
        ],
        quotes: &[
            (0, "People are not asking for luxuries. They are asking to be able to drive to work."),
            (1, "The right to protest is protected. Violence against officers is not."),
            (2, "The government raised the tax and then stopped listening. That is what people are marching about."),
        ],
        next: &["The organizers said they would march again {w:soon}."],
    },
    // Spill
    Kind {
        cast: [Part::Local, Part::Energy, Part::Fisheries, Part::Climate],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the Coast Guard", "the Environment Ministry"],
        topic: &["the spill", "the oil spill", "the leak", "the clean-up"],
        numbers: Numbers { large: (2_000, 30_000), medium: (12, 90), medium2: (200, 900), small: (2, 6), ..NUMBERS },
        headlines: &[
            "Oil spill off {place} fouls {medium} kilometers of coastline",
            "Tanker leak spills {large~} barrels of oil near {place}",
            "Fishermen near {place} count losses as oil slick spreads",
        ],
        leads: &[
            "An oil tanker ran aground off {place} {day}, spilling about {large} barrels of crude and fouling beaches along {medium} kilometers of coastline.",
            "Clean-up crews raced {day} to contain an oil slick off {place} after a tanker leaked {large~} barrels of crude into the sea.",
        ],
        facts: &[
            "{org} said the tanker had lost power in heavy seas before drifting onto rocks.",
            "About {medium2} workers and volunteers were cleaning beaches, and fishing was suspended in the area.",
            "{B} said the company would pay for the clean-up and compensate those affected.",
            "{C} said fishermen faced weeks without income at the height of the season.",
            "Environmental groups said seabirds and a protected seagrass meadow were at risk.",
            "{D} said oil could remain in the sediment for years after the beaches were cleaned.",
            "The tanker had been due to unload its cargo at a refinery {small} days later.",
        ],
        quotes: &[
            (0, "Our beaches are our livelihood. We want every drop of this oil removed, and we want to know how this happened."),
            (1, "We accept our responsibility, and we will stay until the job is finished."),
            (2, "The boats are tied up in the harbor, and nobody can tell us when we will go out again."),
        ],
        next: &["Investigators will board the tanker {w:soon} to examine its engines and records."],
    },
    // Launch
    Kind {
        cast: [Part::Space, Part::Leader, Part::Military, Part::Analyst],
        same_country: false,
        venue: Venue::Cities(&["Toulouse"]),
        orgs: &["the European Space Agency", "the European Commission"],
        topic: &["the launch", "the mission", "the first flight"],
        numbers: Numbers { medium: (4, 24), medium2: (500, 800), money: (50, 300), small2: (2, 5), ..NUMBERS },
        headlines: &[
            "Rocket carries {medium} satellites into orbit on first flight",
            "Europe celebrates successful launch after {small2} delays",
            "New rocket reaches orbit, giving Europe its own way into space",
        ],
        leads: &[
            "A new European rocket lifted off {day} carrying {medium} satellites into orbit, a milestone for {org} after years of delays and cost overruns.",
            "Engineers at mission control in {place} cheered {day} as a new rocket placed {medium} satellites in orbit on its first flight.",
        ],
        facts: &[
            "The rocket placed the satellites in an orbit about {medium2} kilometers up, {A} said.",
            "The program cost about {bn}, according to budget documents.",
            "The launch had been postponed {small2} times because of technical problems and bad weather.",
            "{C} said the satellites would improve communications for the armed forces and emergency services.",
            "{B} watched the launch from mission control in {place} and congratulated the team.",
            "{D} said the real test would be whether the rocket could fly several times a year.",
        ],
        quotes: &[
            (0, "Every second of that flight went the way we had planned."),
            (2, "Independent access to space is no longer a luxury. It is a matter of security."),
            (3, "One successful launch does not make a launch business, but it is a very good start."),
        ],
        next: &["A second flight is planned {w:soon}."],
    },
    // Corruption
    Kind {
        cast: [Part::Prosecutor, Part::Accused, Part::Watchdog, Part::Analyst],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the European Commission", "the National Assembly", "the Court of Auditors"],
        topic: &["the investigation", "the inquiry", "the corruption case", "the case"],
        numbers: Numbers { medium: (4, 40), medium2: (12, 60), small: (2, 9), ..NUMBERS },
        headlines: &[
            "Prosecutors search ministry in ${medium} million contracts inquiry",
            "{B} denies wrongdoing as corruption inquiry widens",
            "{small#} detained in investigation into road contracts",
        ],
        leads: &[
            "Anticorruption prosecutors searched the offices of the transport ministry {day} and detained {small} people in an investigation into road-building contracts worth ${medium} million.",
            "{A} said {day} that prosecutors had detained {small} people, including senior civil servants, in an inquiry into how ${medium} million in road contracts were awarded.",
        ],
        facts: &[
            "{A} said the contracts had been awarded without proper tenders to companies linked to senior officials.",
            "Investigators carried out searches at {medium2} addresses, including private homes and company offices.",
            "{B} said {B.he} had done nothing wrong and would cooperate fully with the investigation.",
            "{C} said the case showed why public procurement needed to be opened to scrutiny.",
            "The opposition called for {B} to resign while the investigation continues.",
            "{org} has repeatedly urged the government to strengthen its anticorruption laws.",
        ],
        quotes: &[
            (0, "No one is above the law, whatever office they hold."),
            (1, "I have nothing to hide, and I will answer every question the prosecutors put to me."),
            (2, "This is exactly the kind of case we have been warning about for years."),
        ],
        next: &["Those detained will appear before a judge {w:soon}, prosecutors said."],
    },
    // Drought
    Kind {
        cast: [Part::Local, Part::Water, Part::Farming, Part::Analyst],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the National Water Authority", "the Ministry of Agriculture"],
        topic: &["the drought", "the water shortage", "the rationing", "the dry spell"],
        numbers: Numbers { pct: (80, 250), small: (4, 9), medium: (12, 40), large: (50_000, 600_000), ..NUMBERS },
        headlines: &[
            "{place} rations water as reservoirs fall to {pct}",
            "Farmers warn of ruined harvest as drought drags on",
            "Drought forces water cuts for {large~} households",
        ],
        leads: &[
            "Authorities in {place} began rationing water {day}, cutting supplies to about {large} households for {small} hours a day as reservoirs fell to {pct} of capacity.",
            "Reservoirs serving {place} have fallen to {pct} of capacity, {A} said {day}, announcing water cuts for {large~} households.",
        ],
        facts: &[
            "The region has had below-average rainfall for {medium} consecutive months, according to {org}.",
            "{B} said groundwater levels were the lowest since records began.",
            "{C} said farmers had already lost much of the season's harvest and many were selling livestock.",
            "Car washes and the filling of swimming pools have been banned.",
            "{A} said {A.he} would ask the national government to declare a water emergency.",
            "Water is being delivered by truck to villages in the hills above {place}.",
        ],
        quotes: &[
            (0, "Nobody wants to turn off the taps, but the alternative is running out entirely."),
            (1, "We are managing a crisis that will return every few years unless we change how water is used."),
            (2, "You cannot grow anything without water, and there is no water."),
        ],
        next: &["Officials will review the rationing schedule {w:soon}."],
    },
    // Outbreak
    Kind {
        cast: [Part::Health, Part::Epidemic, Part::Who, Part::Pharma],
        same_country: false,
        venue: Venue::Home(0),
        orgs: &["the World Health Organization", "the European Medicines Agency"],
        topic: &["the outbreak", "the vaccination campaign", "the measles outbreak", "the epidemic"],
        numbers: Numbers { large: (1_200, 9_000), medium: (3, 30), medium2: (100, 900), pct: (700, 880), small: (3, 8), ..NUMBERS },
        headlines: &[
            "Measles cases top {large} as vaccination drive begins",
            "{A} launches emergency vaccination campaign",
            "Health officials race to contain measles outbreak",
        ],
        leads: &[
            "The government launched an emergency vaccination campaign {day} after measles cases climbed above {large~}, the country's worst outbreak in more than a decade.",
            "{A} announced {day} that mobile clinics would vaccinate children in schools after measles cases rose to {large}.",
        ],
        facts: &[
            "At least {medium} people have died, most of them young children, according to the health ministry.",
            "Vaccination rates among young children have fallen to about {pct}, below the level needed to stop the disease spreading.",
            "{B} said the outbreak had spread fastest in crowded neighborhoods with low vaccination rates.",
            "About {medium2},000 doses have been distributed to clinics and schools.",
            "{C} said {org} would send additional vaccines and staff.",
            "{D} said manufacturers could increase production if governments placed firm orders.",
        ],
        quotes: &[
            (0, "Every one of these deaths could have been prevented."),
            (1, "Measles finds the gaps in immunity, and we have allowed those gaps to grow."),
            (2, "The tools to stop this outbreak exist. What is needed now is speed."),
        ],
        next: &["The campaign will run for {small} weeks, with mobile clinics visiting rural areas."],
    },
    // Mine
    Kind {
        cast: [Part::Miners, Part::Mining, Part::Leader, Part::Emergency],
        same_country: true,
        venue: Venue::Home(0),
        orgs: &["the National Geology and Mining Service", "the Mining Ministry"],
        topic: &["the rescue", "the rescue operation", "the collapse", "the accident"],
        numbers: Numbers { medium: (8, 40), medium2: (300, 900), small: (2, 9), ..NUMBERS },
        headlines: &[
            "{medium} miners trapped after collapse near {place}",
            "Rescuers drill toward trapped miners as families wait near {place}",
            "{A} demands answers after mine collapse",
        ],
        leads: &[
            "Rescue teams were drilling toward {medium} miners trapped about {medium2} meters underground {day} after part of a copper mine collapsed near {place}.",
            "Families gathered at the gates of a copper mine near {place} {day} as rescuers tried to reach {medium} workers trapped by a collapse.",
        ],
        facts: &[
            "The collapse happened during a shift change, when fewer workers were underground than usual, the company said.",
            "{B} said the trapped workers had access to a refuge chamber stocked with food, water and oxygen.",
            "{C} visited the site and promised a full investigation into the accident.",
            "{A} said the union had raised safety concerns about the tunnel months ago.",
            "Rescuers were using a drill normally used for water wells to bore a narrow shaft toward the chamber.",
            "{org} said it would inspect every mine in the region once the rescue was over.",
        ],
        quotes: &[
            (0, "We warned them about this tunnel, in writing, more than once."),
            (1, "Our only priority right now is to bring every one of them home."),
            (2, "When they are out, there will be answers, and there will be consequences."),
            (3, "We are making progress, but the rock is harder than we expected."),
        ],
        next: &["Rescue officials said it could take another {small} days to reach the miners."],
    },
];

/// Sentences that fit any story: reaction, background, the scene.
pub const CONTEXT: &[&str] = &[
    "Much of the debate over {topic} has centered on {w:debate_focus}.",
    "In {place}, where {topic} has dominated conversation for days, many residents said they were {w:mood}.",
    "The government has faced {w:pressure} over its handling of {topic}.",
    "{org} said in a statement that it was following the situation closely.",
    "Details of {topic} were confirmed by {w:sources}.",
    "It was not immediately clear how {topic} would affect {w:affected}.",
    "On social media, reaction to {topic} was swift and sharply divided.",
    "{A} spoke to reporters briefly in {place}.",
    "{B} declined to answer questions from reporters about {topic}.",
    "{C} did not respond to a request for comment.",
    "A spokesperson for {org} declined to comment on the details.",
    "Some of the figures could not be independently verified.",
    "The episode has become a test of {w:test_of}.",
    "Business groups in {country} have warned that uncertainty is already weighing on investment.",
    "Television footage showed {w:footage}.",
    "Newspapers in {country} devoted their front pages to {topic}.",
    "Reaction in financial markets was muted, with {w:market_move}.",
    "Opposition figures said {topic} raised questions the government had yet to answer.",
    "Local officials said they had been preparing for weeks, though residents complained that information had been slow to arrive.",
    "The mood in {place} was {w:mood2} as the news spread.",
    "Several people interviewed in {place} said they had followed {topic} closely.",
    "A senior official in {place} said the government had {w:gov_action}.",
    "{A} has said little in public about {topic} beyond a short written statement.",
    "Some lawmakers have called for an independent review of {topic}.",
    "Few expect the arguments over {topic} to end soon.",
];

/// What the article's commentator says (in quotes).
pub const ANALYST_QUOTES: &[&str] = &[
    "The real test comes in the weeks after the headlines fade.",
    "Everyone involved has an incentive to claim success, so look closely at the details.",
    "This was always going to be harder than the politicians admitted.",
    "What matters now is whether the promises survive contact with the budget.",
    "The public mood has shifted faster than most of the people in charge realized.",
    "It is a significant moment, but it is not the end of the story.",
    "We have seen this pattern before, and it rarely ends where people expect.",
    "The details will matter far more than the announcement.",
    "There is a gap between what was promised and what can actually be delivered.",
    "Nobody should be surprised by this. The warning signs were there for months.",
];

/// The commentator's view in the writer's words.
pub const COMMENTARY: &[&str] = &[
    "{X} said {topic} showed that {w:lesson}.",
    "{X} said {topic} was {w:significance}.",
    "{X} said the coming weeks would show whether {topic} marked a real shift or only a pause.",
    "According to {X}, {topic} will be remembered less for its details than for its timing.",
];

/// How a quote is attributed: `{S}` is the speaker, `{q}` the words.
pub const QUOTE_FORMS: &[&str] = &[
    "\"{q}\" {S} {said}.",
    "\"{q}\" {S} {said}.",
    "\"{q}\" said {S}.",
    "\"{q}\" {S} said, adding that {w:adding}.",
    "{S} told reporters in {place}: \"{q}\"",
];

/// Closing sentences that fit any story.
pub const CLOSERS: &[&str] = &[
    "Further details are expected {w:soon}.",
    "{A} is due to speak publicly about {topic} {w:soon}.",
    "{org} said it would publish a fuller assessment {w:soon}.",
    "{X} said the coming weeks would be decisive.",
];

/// Word lists for `{w:name}` slots.
pub const WORDS: &[(&str, &[&str])] = &[
    (
        "soon",
        &["in the coming days", "later this week", "next week", "before the end of the month", "within weeks", "as early as next week"],
    ),
    (
        "officials",
        &[
            "officials",
            "two officials familiar with the discussions",
            "diplomats",
            "aides",
            "government officials",
            "people familiar with the matter",
        ],
    ),
    (
        "talks_adj",
        &[
            "difficult",
            "intense",
            "constructive",
            "frank",
            "tense",
            "productive",
            "cordial",
            "businesslike",
            "exhausting",
            "detailed",
            "candid",
        ],
    ),
    ("talks_adj2", &["useful", "serious", "necessary", "encouraging", "respectful", "focused"]),
    ("progress_word", &["substantive", "real", "meaningful", "significant"]),
    ("sanctions_adj", &["sweeping", "tougher", "long-awaited", "wide-ranging"]),
    ("goods", &["beef", "soybeans", "wine", "machinery", "medicines", "steel", "cars", "textiles", "coffee", "fertilizer"]),
    ("goods2", &["software", "financial services", "auto parts", "seafood", "electronics", "chemicals", "furniture"]),
    ("deal_word", &["historic", "landmark", "balanced", "ambitious"]),
    ("mood", &["anxious", "relieved", "angry", "exhausted", "hopeful", "skeptical", "resigned"]),
    ("mood2", &["somber", "tense", "subdued", "grim", "uneasy", "anxious"]),
    ("pressure", &["mounting pressure", "sharp criticism", "growing impatience", "pointed questions", "a barrage of complaints"]),
    (
        "sources",
        &[
            "three officials",
            "a senior government official",
            "two people with knowledge of the matter",
            "documents released by the government",
            "officials in {place}",
        ],
    ),
    (
        "affected",
        &["ordinary households", "exporters", "the government's finances", "next year's budget", "investors", "the country's neighbors"],
    ),
    (
        "significance",
        &["a turning point", "an important signal", "long overdue", "a risky bet", "a modest step", "more symbolic than substantive"],
    ),
    (
        "lesson",
        &[
            "old assumptions no longer held",
            "the government had misread the public mood",
            "institutions were stronger than many had feared",
            "the hardest decisions had only been postponed",
        ],
    ),
    (
        "market_move",
        &[
            "the currency little changed",
            "bond yields edging lower",
            "shares in exporters rising slightly",
            "investors waiting for more detail",
        ],
    ),
    (
        "test_of",
        &[
            "the government's competence",
            "public trust",
            "how far the country's allies are willing to go",
            "the new administration's promises",
        ],
    ),
    (
        "adding",
        &[
            "the government would not be rushed",
            "more details would be released shortly",
            "the door remained open to further talks",
            "nothing had been ruled out",
            "the decision had not been easy",
        ],
    ),
    (
        "debate_focus",
        &[
            "who will pay",
            "how quickly it can happen",
            "whether the promises can be kept",
            "what happens if it fails",
            "the cost to households",
        ],
    ),
    ("year_past", &["1998", "2004", "2011", "2016"]),
    ("next_city", &["Lima", "Accra", "Seoul", "Dublin"]),
    (
        "footage",
        &[
            "crowds gathering in the streets",
            "long lines of traffic leaving the city",
            "officials arriving for the meeting",
            "emergency crews at work through the night",
        ],
    ),
    (
        "gov_action",
        &[
            "acted as quickly as it could",
            "been caught off guard",
            "underestimated the scale of the problem",
            "kept its allies informed throughout",
        ],
    ),
    ("scene", &["speaks to reporters", "arrives for a meeting", "at a news conference", "during a visit", "leaves a government building"]),
];

/// Labels a short-form outlet sets before paragraphs (`clean/rules.rs` knows them).
pub const LABELS: &[&str] =
    &["Why it matters", "Driving the news", "The big picture", "Zoom in", "State of play", "Between the lines", "The other side"];

/// American spellings in the templates and their British forms, for British outlets;
/// replaced where a word starts.
pub const BRITISH: &[(&str, &str)] = &[
    ("neighbor", "neighbour"),
    ("centered", "centred"),
    ("center", "centre"),
    ("organizer", "organiser"),
    ("meters", "metres"),
    ("kilometers", "kilometres"),
    ("defense", "defence"),
    ("harbor", "harbour"),
    ("program ", "programme "),
    ("canceled", "cancelled"),
    ("aging", "ageing"),
    ("demilitarized", "demilitarised"),
    ("signaling", "signalling"),
    ("fertilizer", "fertiliser"),
    ("realized", "realised"),
    ("somber", "sombre"),
    ("skeptical", "sceptical"),
    ("blank check", "blank cheque"),
];
