//! Articles in the style of outlets the rules were not written from (Reuters, AP, BBC,
//! the Guardian): metadata read, chrome gone, body intact.

use parallax_core::clean::parse_file;
use parallax_core::document::{Document, PassageKind};

fn parse(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut docs = parse_file(name, &text).documents;
    assert_eq!(docs.len(), 1, "{name}: no excerpts expected");
    docs.remove(0)
}

/// The page `name` of the held-out story in `eval/DIR`.
fn held_out(dir: &str, name: &str) -> Document {
    let path = format!("{}/../../eval/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_file(name, &text).documents.remove(0)
}

fn texts(d: &Document) -> Vec<&str> {
    d.passages.iter().map(|p| d.passage_text(p)).collect()
}

fn assert_clean(d: &Document, chrome: &[&str]) {
    for t in texts(d) {
        for c in chrome {
            assert!(!t.contains(c), "{}: chrome {c:?} left in {t:?}", d.file);
        }
    }
    for p in d.passages.iter().filter(|p| p.kind != PassageKind::Heading) {
        let t = d.passage_text(p);
        assert!(t.split_whitespace().count() >= 4, "{}: a stray short passage {t:?}", d.file);
    }
}

#[test]
fn reuters() {
    let d = parse("reuters.txt");
    let m = &d.meta;
    assert_eq!(m.outlet.as_ref().unwrap().value, "Reuters");
    assert_eq!(m.headline.as_ref().unwrap().value, "Ukraine's Umerov says Geneva talks with U.S. delegation were 'substantive'");
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Tom Balmforth", "Max Hunder"]);
    assert_eq!(m.published.as_ref().unwrap().value.iso().unwrap(), "2025-11-24T19:04:00Z");
    assert_eq!(m.dateline.as_ref().unwrap().value, "KYIV, Nov 24");
    assert_eq!(d.passages.len(), 5);
    assert!(texts(&d)[0].starts_with("Ukraine's top negotiator Rustem Umerov said on Monday"));
    assert_clean(&d, &["Reporting by", "Thomson Reuters", "Suggested Topics", "Skip to main", "hours ago"]);
}

#[test]
fn associated_press() {
    let d = parse("ap.txt");
    let m = &d.meta;
    assert_eq!(m.outlet.as_ref().unwrap().value, "Associated Press");
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Hanna Arhirova", "Illia Novikov"]);
    assert_eq!(m.published.as_ref().unwrap().value.iso().unwrap(), "2025-12-14T16:12:00Z");
    assert_eq!(m.dateline.as_ref().unwrap().value, "KYIV, Ukraine");
    assert_eq!(d.passages.len(), 4);
    assert_clean(&d, &["Link copied", "contributed to this report", "Reddit"]);
}

#[test]
fn bbc() {
    let d = parse("bbc.txt");
    let m = &d.meta;
    assert_eq!(m.outlet.as_ref().unwrap().value, "BBC News");
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Paul Kirby"]);
    assert!(m.published.is_none(), "\"2 hours ago\" is not a date");
    assert_eq!(d.passages[0].kind, PassageKind::Caption);
    assert_eq!(texts(&d)[0], "Rustem Umerov led Ukraine's delegation at the talks in Geneva");
    assert_eq!(d.passages.len(), 5);
    assert_clean(&d, &["Image source", "Europe digital editor", "Where do things stand", "Save"]);
}

#[test]
fn guardian() {
    let d = parse("guardian.txt");
    let m = &d.meta;
    assert!(m.outlet.is_none(), "the copy never names the Guardian");
    assert_eq!(m.section.as_ref().unwrap().value, "Ukraine");
    assert_eq!(
        m.dek.as_ref().unwrap().value,
        "Ukrainian president says negotiators made progress on security guarantees while territory remains the sticking point"
    );
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Dan Sabbagh"]);
    assert_eq!(m.published.as_ref().unwrap().value.iso().unwrap(), "2025-11-30T18:19:00Z");
    assert_eq!(d.passages[0].kind, PassageKind::Caption);
    assert_eq!(texts(&d)[0], "Volodymyr Zelenskyy at a press conference in Kyiv last week.");
    assert_eq!(d.passages.len(), 4);
    assert_clean(&d, &["Photograph:", "Explore more", "Reuse this content", "more than 1 month old", "Most viewed"]);
}

#[test]
fn new_york_times_page_copy() {
    let d = parse("nyt.txt");
    let m = &d.meta;
    // No masthead; the photo credit "Nicole Tung for The New York Times" names it (the
    // biography's "for The Times." does not: a sentence is not a credit).
    assert_eq!(m.outlet.as_ref().map(|f| f.value.as_str()), Some("The New York Times"));
    assert_eq!(m.section.as_ref().unwrap().value, "Europe");
    assert_eq!(m.headline.as_ref().unwrap().value, "Zelensky Says Peace Plan Talks Are ‘Moving Forward’");
    assert_eq!(
        m.dek.as_ref().unwrap().value,
        "Ukraine’s president spoke after a second day of meetings in Florida with Trump administration envoys."
    );
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Andrew E. Kramer", "Maria Varenikova"]);
    assert_eq!(m.published.as_ref().unwrap().value.iso().unwrap(), "2025-12-01T10:12:00-05:00");
    assert_eq!(m.dateline.as_ref().unwrap().value, "Kyiv, Ukraine");
    assert_eq!(d.passages[0].kind, PassageKind::Caption);
    assert_eq!(d.passages.len(), 4);
    assert!(d.removed.iter().any(|r| r.text.starts_with("Andrew E. Kramer is the Kyiv bureau chief")));
    assert_clean(
        &d,
        &["Skip to", "Listen to this article", "Share full article", "Credit", "ADVERTISEMENT", "appears in print", "bureau chief"],
    );
}

/// A dek too long to pass for one on its own, over the lead picture, its credit, the
/// byline, "Reporting from …", the date and "Updated …" (the second story's Times page).
#[test]
fn a_long_dek_over_the_lead_picture_and_its_credit() {
    let d = held_out("heldout2", "nytimes.txt");
    let m = &d.meta;
    assert!(m.dek.as_ref().unwrap().value.starts_with("At least nine people died as Storm Hélio"), "{:?}", m.dek);
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Isabel Quintela", "Mark Halloran"]);
    assert_eq!(m.dateline.as_ref().unwrap().value, "Ponte de Lima and Porto, Portugal");
    assert_eq!(m.published.as_ref().unwrap().value.iso().unwrap(), "2027-03-15T07:48:00-04:00");
    assert_eq!(d.passages[0].kind, PassageKind::Caption);
    assert!(texts(&d)[0].starts_with("Firefighters searched the Lima River"));
    assert!(texts(&d)[1].starts_with("By dawn on Saturday, Nuno Pires"), "{:?}", &texts(&d)[..3]);
    assert!(d.removed.iter().any(|r| r.text.starts_with("Credit...")));
    // The picture's credit under another outlet's caption stays a credit, not a caption,
    // and a broadcaster's role line over an agency's name is no caption.
    let npr = held_out("heldout2", "npr.txt");
    assert!(texts(&npr).iter().all(|t| !t.contains("Getty Images")), "{:?}", &texts(&npr)[..3]);
    let bbc = held_out("heldout", "bbc.txt");
    assert!(texts(&bbc).iter().all(|t| *t != "BBC News, Brennfeld"), "{:?}", &texts(&bbc)[..3]);
}

#[test]
fn kyiv_independent_news_feed() {
    let d = parse("kyivind.txt");
    let m = &d.meta;
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Martin Fornusek"]);
    assert_eq!(m.published.as_ref().unwrap().value.iso().unwrap(), "2025-11-29T23:47:00");
    assert_eq!(texts(&d)[0], "Ukrainian rescuers work at the site of a drone strike in Kyiv on Nov. 29, 2025.");
    assert_eq!(d.passages.iter().filter(|p| p.kind == PassageKind::Bullet).count(), 2);
    assert_clean(&d, &["min read", "State Emergency Service", "Note from the author", "Support our journalism", "Become a member"]);
    assert_eq!(d.passages.len(), 6);
}

#[test]
fn cnn_page_copy() {
    let d = parse("cnn.txt");
    let m = &d.meta;
    assert_eq!(m.outlet.as_ref().unwrap().value, "CNN");
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Christian Edwards"]);
    assert_eq!(m.published.as_ref().unwrap().value.iso().unwrap(), "2025-12-01T07:41:00-05:00");
    assert_eq!(m.dateline.as_ref().unwrap().value, "Kyiv, Ukraine");
    assert_eq!(d.passages[0].kind, PassageKind::Caption, "the line above a credit line is its caption");
    assert_eq!(d.passages.len(), 4);
    assert_clean(&d, &["Link Copied", "Follow:", "Getty Images", "contributed reporting", "min read"]);
}

#[test]
fn al_jazeera_page_copy() {
    let d = parse("aljazeera.txt");
    let m = &d.meta;
    assert_eq!(m.outlet.as_ref().unwrap().value, "Al Jazeera", "read from the closing \"Source:\" line");
    assert_eq!(m.published.as_ref().unwrap().value.iso().unwrap(), "2025-11-30");
    assert_eq!(texts(&d)[0], "Ukrainian negotiator Rustem Umerov speaks to the media in Florida");
    assert_eq!(d.passages[0].kind, PassageKind::Caption);
    assert_eq!(d.passages.len(), 3);
    assert_clean(&d, &["[Chandan", "Published On", "share2", "Click here", "Source:"]);
}

#[test]
fn politico_page_copy() {
    let d = parse("politico.txt");
    let m = &d.meta;
    assert_eq!(m.outlet.as_ref().unwrap().value, "Politico");
    assert_eq!(m.section.as_ref().unwrap().value, "Ukraine");
    assert_eq!(m.dek.as_ref().unwrap().value, "Kyiv hopes Washington will accept changes to security guarantees.");
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Veronika Melkozerova"]);
    assert_eq!(m.published.as_ref().unwrap().value.iso().unwrap(), "2025-11-29T06:00:00+01:00");
    assert_eq!(m.dateline.as_ref().unwrap().value, "KYIV");
    assert_eq!(texts(&d)[0], "Rustem Umerov will lead the Ukrainian delegation.");
    assert_eq!(d.passages.len(), 3);
    assert_clean(&d, &["Pool photo", "Ludovic Marin", "KYIV —"]);
}

/// The held-out pages (`eval/heldout/`, written by someone who had not seen the rules):
/// breadcrumb trails, a masthead with its link home, a date line with an offset or an
/// age, a dateline with two places and a date, agency trailers.
fn heldout(name: &str) -> Document {
    let path = format!("{}/../../eval/heldout/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_file(name, &text).documents.remove(0)
}

#[test]
fn pages_the_rules_were_not_written_from() {
    let cases = [
        ("apnews.txt", "Associated Press", "2026-11-29T16:52:00+01:00", Some("BRENNFELD, Germany"), "Death toll in German chemical plant"),
        ("reuters.txt", "Reuters", "2026-11-30T10:24:00Z", Some("FRANKFURT/BRENNFELD, Germany, Nov 30"), "Vetrachem shares slide"),
        ("bbc.txt", "BBC News", "2026-11-29", None, "Germany chemical plant blast: Death toll rises to 13"),
        ("guardian.txt", "The Guardian", "2026-11-30T06:00:00Z", None, "‘It felt like an earthquake’"),
        ("followup.txt", "Reuters", "2026-12-07T15:05:00Z", Some("BRENNFELD, Germany, Dec 7"), "German prosecutors search"),
    ];
    for (name, outlet, published, dateline, headline) in cases {
        let d = heldout(name);
        let m = &d.meta;
        assert_eq!(m.outlet.as_ref().map(|f| f.value.as_str()), Some(outlet), "{name}");
        assert_eq!(m.published.as_ref().and_then(|f| f.value.iso()).as_deref(), Some(published), "{name}");
        assert_eq!(m.dateline.as_ref().map(|f| f.value.as_str()), dateline, "{name}");
        assert!(m.headline.as_ref().is_some_and(|h| h.value.starts_with(headline)), "{name}: {:?}", m.headline);
        for t in texts(&d) {
            for chrome in ["Skip to", "Print subscriptions", "Back to home", "World News", "Reporting by", "($1 =", "___", "Follow AP"] {
                assert!(!t.contains(chrome), "{name}: chrome {chrome:?} left in {t:?}");
            }
        }
        // "at about 9:40 p.m. Friday." is one sentence.
        assert!(d.sentences.iter().all(|s| d.sentence_text(s) != "Friday."), "{name}");
    }
}

#[test]
fn pages_of_the_second_held_out_story() {
    for name in ["npr.txt", "nytimes.txt", "skynews.txt", "aljazeera.txt", "later.txt"] {
        let path = format!("{}/../../eval/heldout2/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let d = parse_file(name, &text).documents.remove(0);
        assert!(d.meta.headline.is_some() && d.meta.published.is_some(), "{name}: {:?}", d.meta);
        for t in texts(&d) {
            for chrome in [
                "Flipboard",
                "hide caption",
                "Skip links",
                "Watch Live",
                "Why you can trust",
                "Follow Sky News",
                "Related Stories",
                "More Stories",
            ] {
                assert!(!t.contains(chrome), "{name}: chrome {chrome:?} left in {t:?}");
            }
        }
    }
    let sky = std::fs::read_to_string(format!("{}/../../eval/heldout2/skynews.txt", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let sky = parse_file("skynews.txt", &sky).documents.remove(0);
    assert_eq!(sky.meta.published.as_ref().and_then(|p| p.value.iso()).as_deref(), Some("2027-03-14T19:35:00"));
    // No masthead: the staff photographer's credit names the outlet.
    let nyt = std::fs::read_to_string(format!("{}/../../eval/heldout2/nytimes.txt", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let nyt = parse_file("nytimes.txt", &nyt).documents.remove(0);
    assert_eq!(nyt.meta.outlet.as_ref().map(|f| f.value.as_str()), Some("The New York Times"));
}

/// The third held-out story (`eval/heldout3/`): a menu button, a slogan or a capitalised
/// menu is not the headline; a headline may end with a full stop; bylines set one name
/// to a line, or each name with its place; a credit after a copyright sign.
#[test]
fn pages_of_the_third_held_out_story() {
    let cases: [(&str, &str, &str, &[&str]); 5] = [
        ("ap.txt", "Associated Press", "Thailand and Cambodia agree to a ceasefire", &["Martin Ellery", "Sokha Phal"]),
        ("bbc.txt", "BBC News", "Thailand and Cambodia agree ceasefire after Singapore talks", &["Rachel Tan", "Nopparat Chaiyasit"]),
        (
            "wapo.txt",
            "The Washington Post",
            "Thailand and Cambodia agree to a truce. The hard part comes next.",
            &["Lena Marsh", "Kittiya Boonmee"],
        ),
        (
            "ft.txt",
            "Financial Times",
            "Thailand and Cambodia agree ceasefire as border closure hits $5bn trade",
            &["Hannah Kwok", "Tom Aldous"],
        ),
        ("followup.txt", "The Guardian", "Thailand and Cambodia complete prisoner swap", &["Helen Ashby"]),
    ];
    for (name, outlet, headline, authors) in cases {
        let path = format!("{}/../../eval/heldout3/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let d = parse_file(name, &text).documents.remove(0);
        let m = &d.meta;
        assert_eq!(m.outlet.as_ref().map(|f| f.value.as_str()), Some(outlet), "{name}");
        assert!(m.headline.as_ref().is_some_and(|h| h.value.starts_with(headline)), "{name}: {:?}", m.headline);
        assert_eq!(m.authors.as_ref().map(|a| a.value.clone()), Some(authors.iter().map(|a| a.to_string()).collect()), "{name}");
        assert!(m.published.is_some(), "{name}");
        // The lead picture's caption (after "Getty Images", or with "(X for The
        // Washington Post)") is a caption, and the lede the first paragraph.
        assert_eq!(d.passages[0].kind, PassageKind::Caption, "{name}: {:?}", texts(&d)[0]);
        assert!(d.passage_text(&d.passages[1]).starts_with("Thailand and Cambodia"), "{name}: {:?}", texts(&d)[1]);
        for t in texts(&d) {
            for chrome in [
                "navigation menu",
                "Search the FT",
                "myFT",
                "Editor’s Digest",
                "6 min",
                "Daniel Lim/Bloomberg",
                "BBC Thai",
                "HTSI",
                "Getty Images",
                "Arun Wattana",
            ] {
                assert!(!t.contains(chrome), "{name}: chrome {chrome:?} left in {t:?}");
            }
        }
    }
}

/// The fourth held-out story (`eval/heldout4/`), whose sites' menus, banners and link
/// lists are in no table: the page's frame is found from its shape. The headline is the
/// line over the byline and date (not "Learn more about", a cookie banner or a blog's
/// name), the menus above it and the lists of links, topics and footer lines below the
/// last paragraph are chrome.
#[test]
fn pages_of_the_fourth_held_out_story() {
    let cases: [(&str, &str, &[&str]); 5] = [
        ("wire.txt", "Dutch dockworkers end 12-day port strike after overnight wage deal", &["Sophie Mertens", "Daan Visser"]),
        ("aggregator.txt", "Dutch port strike ends with a deal on robots and raises", &["Mira Castellanos"]),
        ("broadsheet.txt", "Dutch dockers end strike after all-night talks win pay rise and shield from automation", &["Marieke de Wit"]),
        ("repost.txt", "Dutch Dockworkers Agree to End Strike That Choked Europe's Largest Port", &["Eliza Brandt"]),
        ("followup.txt", "Dutch dockers back port deal as Rotterdam races to clear backlog", &["Hannah Verbeek"]),
    ];
    for (name, headline, authors) in cases {
        let path = format!("{}/../../eval/heldout4/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let d = parse_file(name, &text).documents.remove(0);
        let m = &d.meta;
        assert_eq!(m.headline.as_ref().map(|h| h.value.as_str()), Some(headline), "{name}");
        let found = m.authors.as_ref().map(|a| a.value.clone()).unwrap_or_default();
        assert_eq!(found, authors.iter().map(|a| a.to_string()).collect::<Vec<_>>(), "{name}");
        let texts = texts(&d);
        for t in &texts {
            for chrome in [
                "Learn more about",
                "Search jobs",
                "Support the Guardian",
                "trusted sources",
                "Get started",
                "Search This Blog",
                "Share on LinkedIn",
                "Report This Ad",
                "Scroll to continue",
                "Supply Chain",
                "Container Shipping",
                "Read Next",
                "Euro zone bond yields",
                "Rotterdam’s robot cranes",
                "betting on automation",
                "Privacy policy",
                "All quotes delayed",
                "Labels:",
                "Accept all",
            ] {
                assert!(!t.contains(chrome), "{name}: chrome {chrome:?} left in {t:?}");
            }
        }
        if name == "repost.txt" {
            // The outlet the blog names as its source; the two excerpts it appended after
            // "Also from around the web:" are documents of their own.
            assert_eq!(m.outlet.as_ref().map(|f| f.value.as_str()), Some("The Wall Street Journal"));
            let parse = parse_file(name, &text);
            let heads: Vec<_> = parse.documents[1..].iter().filter_map(|d| d.meta.headline.as_ref().map(|h| h.value.clone())).collect();
            assert_eq!(
                heads,
                ["Brazil's Senate Approves Tax Overhaul in Late-Night Vote", "Airbus Lifts 2027 Delivery Goal as Engine Bottlenecks Ease"]
            );
            assert!(texts.iter().all(|t| !t.contains("Airbus") && !t.contains("around the web")), "{texts:?}");
        }
        // The last paragraph is kept.
        let last = ["The previous agreement", "the automation fight", "“without hesitation”", "VWR, which represents", "European terminal"];
        assert!(texts.iter().any(|t| last.iter().any(|l| t.contains(l))), "{name}: last paragraph lost");
    }
}

/// The sixth held-out story (a bribery verdict): the broadcaster's explainer ends with a
/// question answered in short sentences, just above its links to earlier coverage; the
/// answers are the article's, the links are not.
#[test]
fn pages_of_the_sixth_held_out_story() {
    let read = |name: &str| held_out("heldout6", name);
    let d = read("broadcaster.txt");
    let body = texts(&d);
    for answer in ["The trial lasted four months.", "More than 40 witnesses gave evidence.", "It took the judge nearly three hours"] {
        assert!(body.iter().any(|t| t.contains(answer)), "{answer:?} lost: {body:?}");
    }
    for chrome in ["Earlier coverage", "Belgian minister quits after police raid", "Most read", "You may also like"] {
        assert!(!body.iter().any(|t| t.contains(chrome)), "chrome {chrome:?} left in {body:?}");
    }
    // Each page names its outlet, though no table knows them: a wire's dateline
    // ("(Atlas)"), a masthead at the top, a name over the headline that the copyright
    // notice at the foot repeats ("The Sentinel" / "© 2027 Sentinel News & Media
    // Limited"), or the name a reposting app's page gives twice over the headline ("The
    // Rundown" / "The Rundown" under Feedline's wrapper, as "Axios" under inkl's).
    let outlets = [
        ("wire.txt", "Atlas"),
        ("broadcaster.txt", "NPB News"),
        ("broadsheet.txt", "The Sentinel"),
        ("aggregator.txt", "The Rundown"),
        ("followup.txt", "Capital Post"),
    ];
    for (name, outlet) in outlets {
        let d = read(name);
        assert_eq!(d.meta.outlet.as_ref().map(|o| o.value.as_str()), Some(outlet), "{name}");
    }
    // A promotion at the end of a page is still chrome, though it reads as a sentence.
    let d = read("aggregator.txt");
    // The writer's name over the headline is the byline, not the section.
    assert_eq!(d.meta.authors.as_ref().map(|a| a.value.clone()), Some(vec!["Maya Okafor".to_string()]));
    assert_eq!(d.meta.section, None);
    for t in texts(&d) {
        assert!(!t.contains("Unlimited briefs") && !t.contains("Keep reading with"), "promotion left in {t:?}");
    }
}

/// The seventh held-out story (an election): a wire's slideshow gives its caption twice
/// behind counters ("Item 1 of 3", "[1/3]") with a credit no table knows; a broadsheet
/// sets a newsletter sign-up box between "skip past newsletter promotion" and "after
/// newsletter promotion" and its logo's link after its name ("The Courier - Back to
/// home"); a follow-up lists related stories as headlines with their dates in
/// parentheses.
#[test]
fn pages_of_the_seventh_held_out_story() {
    let read = |name: &str| held_out("heldout7", name);
    let wire = read("wire.txt");
    let captions: Vec<&str> = wire.passages.iter().filter(|p| p.kind == PassageKind::Caption).map(|p| wire.passage_text(p)).collect();
    assert_eq!(captions.len(), 1, "{captions:?}");
    assert!(captions[0].starts_with("Mojca Kovačič, leader of the Slovenian Civic Union"), "{captions:?}");
    for chrome in ["Item 1 of 3", "[1/3]", "Jure Makovec", "Purchase Licensing", "Link"] {
        assert!(!texts(&wire).iter().any(|t| t.contains(chrome)), "chrome {chrome:?} left in the wire");
    }
    let broadsheet = read("broadsheet.txt");
    assert_eq!(broadsheet.meta.outlet.as_ref().map(|o| o.value.as_str()), Some("The Courier"));
    let body = texts(&broadsheet);
    for chrome in ["newsletter promotion", "Sign up to This is Europe", "Free weekly newsletter", "Google reCaptcha"] {
        assert!(!body.iter().any(|t| t.contains(chrome)), "chrome {chrome:?} left in {body:?}");
    }
    // The paragraphs on either side of the box are kept.
    assert!(body.iter().any(|t| t.contains("workers with 40 years of contributions")), "{body:?}");
    assert!(body.iter().any(|t| t.contains("The arithmetic of the new parliament is unforgiving.")), "{body:?}");
    // The signature over the broadcaster's analysis box is no paragraph; the box is.
    let broadcaster = read("broadcaster.txt");
    let body = texts(&broadcaster);
    assert!(!body.iter().any(|t| t.contains("Tom Ashby, Europe reporter")), "{body:?}");
    assert!(body.iter().any(|t| t.contains("Many voters I spoke to in Ljubljana and Celje")), "{body:?}");
    let followup = read("followup.txt");
    let body = texts(&followup);
    assert!(body.iter().any(|t| t.contains("with the 10-year yield at 3.19% on Thursday")), "last paragraph lost: {body:?}");
    for chrome in ["Žnidaršič concedes (April 12, 2027)", "Maribor's kingmaker", "The Adriatic Briefing", "Our weekly newsletter"] {
        assert!(!body.iter().any(|t| t.contains(chrome)), "chrome {chrome:?} left in {body:?}");
    }
}

/// The ninth held-out story (a ransomware attack on hospitals): a public broadcaster's
/// page sets its byline with dots and the outlet no table knows ("Natasha Pereira · CPBC
/// News ·"), its date with the last update after a bar, and its photographer's credit in
/// parentheses; a broadsheet glues the writer's job to the name; a reposting app ends
/// with its own calls to carry on in the app.
#[test]
fn pages_of_the_ninth_held_out_story() {
    let read = |name: &str| held_out("heldout9", name);
    let d = read("broadcaster.txt");
    let meta = &d.meta;
    assert_eq!(
        meta.headline.as_ref().map(|h| h.value.as_str()),
        Some("Hackers demand millions after cyberattack shuts down 7 Ontario hospitals")
    );
    assert_eq!(meta.outlet.as_ref().map(|o| o.value.as_str()), Some("CPBC News"));
    assert_eq!(meta.authors.as_ref().map(|a| a.value.clone()), Some(vec!["Natasha Pereira".to_string()]));
    assert_eq!(meta.published.as_ref().map(|p| (p.value.year, p.value.month, p.value.day)), Some((Some(2027), 3, 3)));
    let body = texts(&d);
    assert!(!body.iter().any(|t| t.contains("(Mark Tessier/CPBC)") || t.contains("Social Sharing")), "{body:?}");
    assert!(body.iter().any(|t| t.starts_with("The health records of more than a million patients")), "lede lost: {body:?}");
    let d = read("broadsheet.txt");
    assert_eq!(d.meta.authors.as_ref().map(|a| a.value.clone()), Some(vec!["Kathryn Doyle".to_string()]));
    let d = read("aggregator.txt");
    for t in texts(&d) {
        assert!(
            !t.contains("Keep reading in") && !t.contains("Get the full story") && !t.contains("free trial"),
            "promotion left in {t:?}"
        );
    }
}

/// The tenth held-out story's pages (a hostile takeover bid, `eval/heldout10/`): a
/// caption credited to an outlet no table knows between the dek and the byline, key
/// points without bullets over a wire's dateline, a time of revision without a date,
/// share buttons on one line, a newsletter's blurb, and a speaker before a colon.
#[test]
fn pages_of_the_tenth_held_out_story() {
    let read = |name: &str| held_out("heldout10", name);
    let d = read("broadsheet.txt");
    let meta = &d.meta;
    assert_eq!(
        meta.headline.as_ref().map(|h| h.value.as_str()),
        Some("Vantorra’s raid on Stellmark tests how far the Dutch will go to protect a national champion")
    );
    assert!(meta.dek.as_ref().is_some_and(|k| k.value.starts_with("Italian group’s €36.40-a-share hostile offer")), "{:?}", meta.dek);
    assert_clean(&d, &["Jump to comments", "Print this page", "weekly newsletter", "© Pieter Bos"]);
    assert!(d.passages.iter().any(|p| p.kind == PassageKind::Caption && d.passage_text(p).starts_with("Stellmark’s cable tower")));

    let d = read("wire.txt");
    assert_eq!(d.meta.dateline.as_ref().map(|p| p.value.as_str()), Some("AMSTERDAM/MILAN, May 10"));
    assert_clean(&d, &["Listen to article", "Licensing Rights", "AMSTERDAM/MILAN"]);
    let points = d.passages.iter().filter(|p| p.kind == PassageKind::Summary).count();
    assert_eq!(points, 4, "{:?}", texts(&d));
    let captions = texts(&d).iter().filter(|t| t.starts_with("Workers walk past a drum")).count();
    assert_eq!(captions, 1, "the caption given twice is kept once");

    let d = read("followup.txt");
    let published = d.meta.published.as_ref().map(|p| (p.value.day, p.value.time, p.value.updated));
    assert_eq!(published, Some((18, Some((9, 40)), true)));
    assert!(!texts(&d).iter().any(|t| t.contains("Updated 09:40") || t.contains("WhatsApp")), "{:?}", texts(&d));
    // Its crossheads are headings, and only they.
    let headings: Vec<&str> = d.passages.iter().filter(|p| p.kind == PassageKind::Heading).map(|p| d.passage_text(p)).collect();
    assert_eq!(headings, ["Screening office steps in", "Commitments on jobs and headquarters", "Shareholders split", "Workers rally"]);

    let d = read("aggregator.txt");
    assert!(
        texts(&d).contains(&"Stellmark CEO Annelies Verbruggen: \"Stellmark is not for sale at this price.\""),
        "the speaker is the sentence's: {:?}",
        texts(&d)
    );
}

/// The eleventh held-out story (a rocket's launch failure): credits no table knows, a
/// bare "Licensing" link, a newsletter's blurb, an author's biography and a cookie
/// banner at the foot of the page.
#[test]
fn pages_of_the_eleventh_held_out_story() {
    let read = |name: &str| held_out("heldout11", name);
    let d = read("wire.txt");
    assert_eq!(d.meta.outlet.as_ref().map(|o| o.value.as_str()), Some("Sextant"));
    assert_eq!(d.meta.dateline.as_ref().map(|p| p.value.as_str()), Some("KOUROU, French Guiana, Sept 15"));
    assert_clean(&d, &["Listen (5 min)", "Licensing", "KOUROU"]);
    let captions = texts(&d).iter().filter(|t| t.starts_with("Europe's Veyra 6 rocket lifts off")).count();
    assert_eq!(captions, 1, "the caption given twice is kept once: {:?}", texts(&d));
    assert_eq!(d.passages[0].kind, PassageKind::Caption);

    // "Astrelle Launch Systems" over the caption is the picture's credit.
    let d = read("broadcaster.txt");
    assert_eq!(d.meta.authors.as_ref().map(|a| a.value.clone()), Some(vec!["Isobel Kerrigan".to_string()]));
    assert_eq!(d.passages[0].kind, PassageKind::Caption);
    assert!(texts(&d)[0].starts_with("The Veyra 6 rocket on the launch pad"));
    assert!(texts(&d)[1].starts_with("Europe's most powerful rocket has failed"));
    assert_clean(&d, &["Share page", "Astrelle Launch Systems\n"]);
    let headings: Vec<&str> = d.passages.iter().filter(|p| p.kind == PassageKind::Heading).map(|p| d.passage_text(p)).collect();
    assert_eq!(headings, ["'Space is unforgiving'", "What was on board?", "Where did it come down?", "'A hard blow'"]);

    let d = read("broadsheet.txt");
    assert_clean(&d, &["Gift article", "Launch Window", "Every Friday"]);
    assert!(texts(&d)[1].starts_with("For the first nine minutes"), "{:?}", &texts(&d)[..3]);

    // "Photo: Astrelle Launch Systems" ends the caption; the foot of the page goes.
    let d = read("followup.txt");
    assert_eq!(d.passages[0].kind, PassageKind::Caption);
    assert_eq!(texts(&d)[0], "A Vesper upper-stage engine on a test stand at Vernon, Normandy.");
    assert_clean(&d, &["Photo:", "Related coverage", "About the author", "in your inbox", "uses cookies", "Manage"]);
    assert!(texts(&d).last().is_some_and(|t| t.starts_with("The upper stage and the two satellites fell")), "{:?}", texts(&d).last());
}

/// The twelfth held-out story's pages: a byline "at" the event under a credited caption
/// (the headline and the dek above them are the header's, not menus), "Last modified on
/// …" a revision, "Read aloud (4 min)" a player, "From the section Tennis" and a glued
/// comment counter ("Comments1,482") menus, "Originally published on …" boilerplate.
#[test]
fn pages_of_the_twelfth_held_out_story() {
    let read = |name: &str| held_out("heldout12", name);
    let d = read("broadsheet.txt");
    assert_eq!(
        d.meta.headline.as_ref().map(|h| h.value.as_str()),
        Some("A mark on the grass and a machine that said no: how Levente Orbányi stole Kingsmere")
    );
    assert!(d.meta.dek.as_ref().is_some_and(|x| x.value.starts_with("The world No 74 from Győr")), "{:?}", d.meta.dek);
    assert_eq!(d.meta.authors.as_ref().map(|a| a.value.clone()), Some(vec!["Julian Treadwell".to_string()]));
    assert_clean(&d, &["Last modified", "Gift this article", "1,206 comments"]);
    assert!(texts(&d)[1].starts_with("At 8-8 in the final-set tie-break"), "{:?}", &texts(&d)[..3]);

    // (Its "Image caption," over the caption, on a line of its own, is still a passage.)
    let absent = |d: &Document, chrome: &[&str]| {
        for t in texts(d) {
            assert!(!chrome.iter().any(|c| t.contains(c)), "{}: chrome left in {t:?}", d.file);
        }
    };
    let d = read("broadcaster.txt");
    assert!(d.meta.published.is_some(), "\"Last updated on 11 July 2027\" dates the page");
    absent(&d, &["Last updated on", "From the section", "Comments1,482"]);

    let d = read("wire.txt");
    assert_eq!(d.meta.outlet.as_ref().map(|o| o.value.as_str()), Some("Tessera"));
    absent(&d, &["Read aloud"]);

    let d = read("aggregator.txt");
    absent(&d, &["Originally published on"]);
}

/// A crosshead is a short line between paragraphs of the story that does not end like a
/// statement; a short quoted sentence, a line above the story and the last line are not.
#[test]
fn crossheads_between_paragraphs() {
    let text = "Rocket fails over the Atlantic after launch from Kourou\n\nOn the pad\n\nThe rocket lifted off on Tuesday night from the spaceport.\n\nWhat went wrong?\n\nThe upper stage shut down early, engineers said.\n\n\u{201c}We will fly again.\u{201d}\n\nThe agency said an inquiry would begin on Thursday.\n\n\u{2018}A hard blow\u{2019}\n\nThe minister called the loss a blow to Europe.\n\nNext steps";
    let d = parse_file("story.txt", text).documents.remove(0);
    let kinds: Vec<(&str, PassageKind)> = d.passages.iter().map(|p| (d.passage_text(p), p.kind)).collect();
    let headings: Vec<&str> = kinds.iter().filter(|(_, k)| *k == PassageKind::Heading).map(|(t, _)| *t).collect();
    assert_eq!(headings, ["What went wrong?", "\u{2018}A hard blow\u{2019}"], "{kinds:?}");
    assert!(kinds.iter().any(|(t, k)| *t == "\u{201c}We will fly again.\u{201d}" && *k == PassageKind::Paragraph), "{kinds:?}");
}

/// An article's last lines are its own however much footer follows: a short last
/// paragraph above the sign-off ("It will remain closed until further notice." /
/// "Reporting by …"), a box of figures and a subhead in capitals over the last
/// sentences, and a caption under "Image caption," at the foot of the page.
#[test]
fn the_last_lines_of_an_article_are_kept() {
    let wire = held_out("heldout14", "wire.txt");
    assert_eq!(texts(&wire).last().map(|t| t.trim()), Some("It will remain closed until further notice."));
    let aggregator = held_out("heldout14", "aggregator.txt");
    let kept = texts(&aggregator);
    for line in ["The museum has not commented.", "5: objects stolen", "110K: visitors last year", "The museum is closed indefinitely."] {
        assert!(kept.iter().any(|t| t.trim() == line), "{line:?} lost");
    }
    assert!(kept.last().is_some_and(|t| t.starts_with("Police are asking anyone who saw a dark station wagon")));
    // The footer still goes (a box of figures has passages of three words: no
    // `assert_clean` here).
    for chrome in ["More from The Gallery Wire", "Gas prices fall", "Originally published", "Flipstream Inc"] {
        assert!(!kept.iter().any(|t| t.contains(chrome)), "{chrome:?} kept");
    }
    let heading = |t: &str| aggregator.passages.iter().any(|p| p.kind == PassageKind::Heading && aggregator.passage_text(p) == t);
    assert!(heading("BY THE NUMBERS") && heading("WHAT'S NEXT"));
    let broadcaster = held_out("heldout14", "broadcaster.txt");
    let captions: Vec<&str> = broadcaster.passages.iter().filter(|p| p.kind == PassageKind::Caption).map(|p| broadcaster.passage_text(p)).collect();
    assert_eq!(
        captions,
        [
            "Police forensic officers examine the forced window at the back of the Thalberg Museum",
            "Anselm Kreuzer's Winter Harbour at Dusk (1868) was cut from its frame by the thieves"
        ]
    );
    for chrome in ["Image caption", "Image source", "Related topics", "More on this story"] {
        assert!(!texts(&broadcaster).iter().any(|t| t.contains(chrome)), "{chrome:?} kept");
    }
}

/// A headline of two short sentences, full stop and all, over the author and the date
/// (an aggregator's page, whose tagline "All the news. None of the fluff." is no
/// headline); a live page's link in capitals over a broadcaster's headline is a link; a
/// dateline over the date ("Owen Sound, Ont.") is no headline.
#[test]
fn headlines_under_taglines_and_live_links() {
    let field = |f: &Option<parallax_core::document::Field<String>>| f.as_ref().map(|f| f.value.clone());
    let d = held_out("heldout19", "aggregator.txt");
    assert_eq!(field(&d.meta.headline).as_deref(), Some("A 6.4 quake hit Ostrevia while people slept. At least 43 are dead."));
    assert_eq!(field(&d.meta.outlet).as_deref(), Some("Pulsefeed"));
    assert_eq!(d.meta.authors.as_ref().map(|a| a.value.clone()), Some(vec!["Jordan Reyes".to_string()]));
    assert!(texts(&d).first().is_some_and(|t| t.starts_with("A girl, 6, is carried from the rubble")), "{:?}", texts(&d).first());
    for (dir, headline) in [
        ("heldout19", "Ostrevia earthquake: More than 40 killed as night-time quake hits mountain towns"),
        ("heldout17", "Velmora train crash: At least nine dead as carriages roll down mountainside"),
    ] {
        let d = held_out(dir, "broadcaster.txt");
        assert_eq!(field(&d.meta.headline).as_deref(), Some(headline));
        assert!(!texts(&d).iter().any(|t| t.contains("Follow updates")));
    }
    let d = held_out("heldout9", "broadsheet.txt");
    assert!(field(&d.meta.headline).is_some_and(|h| h.starts_with("Hospital network")));
}

/// A short quoted sentence under the last paragraph is the speaker's last words, however
/// much footer follows; a quoted headline among the links under it is still a link.
#[test]
fn a_short_quote_closing_the_article_is_kept() {
    let d = held_out("heldout19", "broadsheet.txt");
    assert_eq!(texts(&d).last().map(|t| t.trim()), Some("\"That is what we did last time.\""));
    for chrome in ["Topics", "Reprints & permissions", "Analysis: Why Europe's earthquake zones"] {
        assert!(!texts(&d).iter().any(|t| t.contains(chrome)), "{chrome:?} kept");
    }
    let page = "Dam holds after night of rain\n\nThe dam above Varel held through the night, engineers said on Monday after inspecting the wall.\n\nThe mayor thanked the volunteers who filled sandbags until dawn on Sunday.\n\n\u{201c}We were lucky this time.\u{201d}\n\nTopics\n\nFloods\n\nMore stories\n\n\u{201c}We will rebuild,\u{201d} says mayor of Varel\n\nRain to return at the weekend";
    let d = parse_file("story.txt", page).documents.remove(0);
    let kept = texts(&d);
    assert_eq!(kept.last().map(|t| t.trim()), Some("\u{201c}We were lucky this time.\u{201d}"), "{kept:?}");
    assert!(!kept.iter().any(|t| t.contains("rebuild") || t.contains("Topics")), "{kept:?}");
}

/// A short plain sentence under the last paragraph ("Its capital is Amarel.") is the
/// article's last, over the "Related topics" list; a headline in the link list under it,
/// without a full stop, is still a link.
#[test]
fn a_short_sentence_closing_the_article_is_kept() {
    let d = held_out("heldout20", "broadcaster.txt");
    assert_eq!(texts(&d).last().map(|t| t.trim()), Some("Its capital is Amarel."));
    for chrome in ["Related topics", "Ferry disasters", "More on this story", "Heatwave warning"] {
        assert!(!texts(&d).iter().any(|t| t.contains(chrome)), "{chrome:?} kept");
    }
    let page = "Dam holds after night of rain\n\nThe dam above Varel held through the night, engineers said on Monday after inspecting the wall.\n\nThe mayor thanked the volunteers who filled sandbags until dawn on Sunday.\n\nThe river fell by noon.\n\nTopics\n\nFloods\n\nMore stories\n\nVarel counts the cost of the flood\n\nRain to return at the weekend";
    let kept = texts(&parse_file("story.txt", page).documents.remove(0)).iter().map(|t| t.trim().to_string()).collect::<Vec<_>>();
    assert_eq!(kept.last().map(String::as_str), Some("The river fell by noon."), "{kept:?}");
    assert!(!kept.iter().any(|t| t.contains("Varel counts") || t.contains("Topics")), "{kept:?}");
}

/// The section over the headline ("Asia Pacific", its first word a given name) is not
/// the author when a byline with "By" follows the headline.
#[test]
fn a_section_over_the_headline_is_not_its_author() {
    for (name, authors) in [("wire.txt", &["Devika Raman", "Joel Marsh"][..]), ("followup.txt", &["Devika Raman"][..])] {
        let d = held_out("heldout20", name);
        assert_eq!(d.meta.authors.as_ref().map(|a| a.value.clone()), Some(authors.iter().map(|a| a.to_string()).collect()), "{name}");
        assert_eq!(d.meta.section.as_ref().map(|s| s.value.as_str()), Some("Asia Pacific"), "{name}");
    }
}

/// A broadsheet's byline without "By", each name with its job after a comma and the
/// place last ("Clara Whitlock, Science Editor, and Peter Lindgren, Zurich"), under a dek
/// of three short sentences and the lead picture: the headline and the dek are the
/// page's, not menus, and the first paragraph is the body's, not a dek.
#[test]
fn a_byline_with_jobs_and_a_place_under_a_long_dek() {
    let d = held_out("heldout15", "broadsheet.txt");
    let field = |f: &Option<parallax_core::document::Field<String>>| f.as_ref().map(|f| f.value.clone());
    assert_eq!(field(&d.meta.headline).as_deref(), Some("The drug that was meant to change everything: inside Velmora's Alzheimer's collapse"));
    assert!(field(&d.meta.dek).is_some_and(|t| t.starts_with("A safety board's verdict on dorvanemab")));
    assert_eq!(d.meta.authors.as_ref().map(|a| a.value.clone()), Some(vec!["Clara Whitlock".to_string(), "Peter Lindgren".to_string()]));
    assert!(texts(&d).iter().any(|t| t.starts_with("At half past seven on Tuesday morning")));
    let d = held_out("heldout13", "broadsheet.txt");
    assert_eq!(field(&d.meta.headline).as_deref(), Some("Five days of silence: how Aerlumo's data breach became a test of Europe's 72-hour rule"));
    assert!(field(&d.meta.dek).is_some_and(|t| t.ends_with("a possible fine of up to €152m")));
    assert_eq!(d.meta.authors.as_ref().map(|a| a.value.clone()), Some(vec!["Eleanor Whitcombe".to_string()]));
}

/// A box of figures at the very foot of an article, above "Originally published on …"
/// and the footer's link lists, is the article's.
#[test]
fn a_box_of_figures_at_the_foot_is_kept() {
    let d = held_out("heldout15", "aggregator.txt");
    let kept = texts(&d);
    for line in ["1,876: patients in the trial", "19: countries", "27.4%: brain-swelling rate on the drug", "$6.8B: peak annual sales analysts had hoped for"] {
        assert!(kept.iter().any(|t| t.trim() == line), "{line:?} lost");
    }
    for chrome in ["Originally published", "More from The Dose Report", "Mortgage rates dip", "Help Center"] {
        assert!(!kept.iter().any(|t| t.contains(chrome)), "{chrome:?} kept");
    }
}

/// A speaker's name before a quotation ("Stanek: "I respect the decision of the Zbor."")
/// is who speaks, kept in the sentence, not a section's label.
#[test]
fn a_name_before_a_quotation_is_its_speaker() {
    let d = held_out("heldout16", "aggregator.txt");
    let kept = texts(&d);
    for line in ["Stanek: \"I respect the decision of the Zbor.\"", "Holub: \"Morvania deserves a clean start.\""] {
        assert!(kept.iter().any(|t| t.trim() == line), "{line:?} lost");
    }
}
