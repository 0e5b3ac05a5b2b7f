//! The tables that recognise page chrome and article furniture. Data, not code: to
//! teach Parallax a new site, add a row here and a test beside the rule that reads it.
//!
//! Sources: the wording of share bars, paywalls and comment widgets was collected from
//! the public pages of Blogger, inkl, WordPress, Disqus, Reuters, AP, BBC, the Guardian,
//! the New York Times, the Washington Post and CNN as they print them into plain text;
//! the section labels are Axios's "Smart Brevity" axioms as published in its style
//! guide; the agency names are the photo agencies credited in English-language news.

use crate::document::Reason;

/// Whole lines that are chrome, compared after `normalize_line` (lowercase, straight
/// quotes, single spaces).
pub const CHROME_LINES: &[(&str, Reason)] = &[
    // Aggregator wrappers (inkl and similar apps).
    ("get all your news in one place.", Reason::AggregatorPromo),
    ("100's of premium titles.", Reason::AggregatorPromo),
    ("one app.", Reason::AggregatorPromo),
    ("start reading", Reason::AggregatorPromo),
    ("read news from 100's of titles, curated specifically for you.", Reason::AggregatorPromo),
    ("related stories", Reason::AggregatorPromo),
    ("top stories on inkl right now", Reason::AggregatorPromo),
    ("one subscription that gives you access to news from hundreds of sites", Reason::AggregatorPromo),
    ("our picks", Reason::AggregatorPromo),
    ("fourteen days free", Reason::AggregatorPromo),
    ("download the app", Reason::AggregatorPromo),
    ("one app. one membership.", Reason::AggregatorPromo),
    ("100+ trusted global sources.", Reason::AggregatorPromo),
    ("get the app", Reason::AggregatorPromo),
    // Paywalls and sign-in prompts.
    ("sign up to read this article", Reason::PaywallPrompt),
    ("already a member? sign in here", Reason::PaywallPrompt),
    ("already a subscriber? sign in", Reason::PaywallPrompt),
    ("subscribe to continue reading", Reason::PaywallPrompt),
    ("continue reading your article with a wsj subscription", Reason::PaywallPrompt),
    ("this article is for subscribers only", Reason::PaywallPrompt),
    ("create a free account to continue reading", Reason::PaywallPrompt),
    ("subscribe now", Reason::PaywallPrompt),
    ("sign in", Reason::PaywallPrompt),
    ("log in", Reason::PaywallPrompt),
    ("subscribe", Reason::PaywallPrompt),
    // Share bars (Blogger, WordPress, news sites).
    ("get link", Reason::ShareBar),
    ("facebook", Reason::ShareBar),
    ("x", Reason::ShareBar),
    ("twitter", Reason::ShareBar),
    ("pinterest", Reason::ShareBar),
    ("email", Reason::ShareBar),
    ("other apps", Reason::ShareBar),
    ("whatsapp", Reason::ShareBar),
    ("linkedin", Reason::ShareBar),
    ("reddit", Reason::ShareBar),
    ("flipboard", Reason::ShareBar),
    ("share full article", Reason::ShareBar),
    ("click here to share on social media", Reason::ShareBar),
    ("hide caption", Reason::PhotoCredit),
    ("toggle caption", Reason::PhotoCredit),
    ("copy link", Reason::ShareBar),
    ("link", Reason::ShareBar),
    ("link copied", Reason::ShareBar),
    ("copy", Reason::ShareBar),
    ("share", Reason::ShareBar),
    ("save", Reason::ShareBar),
    ("print", Reason::ShareBar),
    ("share this article", Reason::ShareBar),
    ("social sharing", Reason::ShareBar),
    ("see all updates", Reason::Navigation),
    ("share this story", Reason::ShareBar),
    ("share on facebook", Reason::ShareBar),
    ("share on x", Reason::ShareBar),
    ("share on twitter", Reason::ShareBar),
    ("messenger", Reason::ShareBar),
    ("bluesky", Reason::ShareBar),
    ("reuse this content", Reason::ShareBar),
    ("gift this article", Reason::ShareBar),
    ("print this page", Reason::ShareBar),
    ("print this article", Reason::ShareBar),
    ("listen to this article", Reason::ShareBar),
    ("listen", Reason::ShareBar),
    ("share page", Reason::ShareBar),
    ("gift article", Reason::ShareBar),
    ("licensing", Reason::ShareBar),
    ("save to my list", Reason::ShareBar),
    // Comment widgets.
    ("comments", Reason::CommentWidget),
    ("comment", Reason::CommentWidget),
    ("post a comment", Reason::CommentWidget),
    ("leave a comment", Reason::CommentWidget),
    ("show comments", Reason::CommentWidget),
    ("view comments", Reason::CommentWidget),
    ("add a comment", Reason::CommentWidget),
    ("join the conversation", Reason::CommentWidget),
    ("popular comments", Reason::CommentWidget),
    // Navigation and publisher boilerplate.
    ("advertisement", Reason::Navigation),
    ("skip advertisement", Reason::Navigation),
    ("skip to main content", Reason::Navigation),
    ("skip to content", Reason::Navigation),
    ("skip to navigation", Reason::Navigation),
    ("skip links", Reason::Navigation),
    ("navigation menu", Reason::Navigation),
    ("watch live", Reason::Navigation),
    ("live", Reason::Navigation),
    ("today's paper", Reason::Navigation),
    ("skip to key events", Reason::Navigation),
    ("print subscriptions", Reason::PaywallPrompt),
    ("continue reading the main story", Reason::Navigation),
    ("story continues below advertisement", Reason::Navigation),
    ("continue reading below", Reason::Navigation),
    ("story continues below", Reason::Navigation),
    ("article continues below", Reason::Navigation),
    ("supported by", Reason::Navigation),
    ("most read", Reason::Navigation),
    ("most viewed", Reason::Navigation),
    ("most popular", Reason::Navigation),
    ("read more", Reason::Navigation),
    ("related", Reason::Navigation),
    ("related articles", Reason::Navigation),
    ("related content", Reason::Navigation),
    ("related coverage", Reason::Navigation),
    ("about the author", Reason::AuthorFooter),
    ("about the authors", Reason::AuthorFooter),
    ("sign up", Reason::Navigation),
    ("more on this story", Reason::Navigation),
    ("explore more on these topics", Reason::Navigation),
    ("topics", Reason::Navigation),
    ("menu", Reason::Navigation),
    ("search", Reason::Navigation),
    ("home", Reason::Navigation),
    ("homepage", Reason::Navigation),
    ("watch", Reason::Navigation),
    ("our standards: the thomson reuters trust principles.", Reason::Boilerplate),
    ("our standards: the thomson reuters trust principles., opens new tab", Reason::Boilerplate),
    ("suggested topics:", Reason::Navigation),
    ("share full article", Reason::ShareBar),
    ("link copied!", Reason::ShareBar),
    ("follow:", Reason::ShareBar),
    ("click here to share on social media", Reason::ShareBar),
    ("become a member", Reason::PaywallPrompt),
    ("note from the author:", Reason::PaywallPrompt),
    ("support our journalism", Reason::PaywallPrompt),
    ("exclusive news, data and analytics for financial market professionals", Reason::Navigation),
    // Newsletter promotions inside the header (the Financial Times).
    ("unlock the editor's digest for free", Reason::PaywallPrompt),
    ("roula khalaf, editor of the ft, selects her favourite stories in this weekly newsletter.", Reason::PaywallPrompt),
];

/// Words of a site's controls: a short line holding one ("Open side navigation menu",
/// "Accessibility help", "Open search bar") is a button or a link, not the headline.
pub const CONTROL_WORDS: &[&str] = &["menu", "navigation", "accessibility", "sidebar", "search bar", "myft", "my ft", "newsletters"];

/// Words that open a call to act, not a masthead ("Try Meridian Terminal", "Sign In").
pub const MASTHEAD_NOT_FIRST: &[&str] = &[
    "try",
    "get",
    "sign",
    "subscribe",
    "download",
    "follow",
    "join",
    "read",
    "watch",
    "listen",
    "log",
    "skip",
    "open",
    "more",
    "top",
    "latest",
    "most",
];

/// Buttons a page copy keeps as lines of their own, by a column's name or over the
/// headline ("Follow"): never a section.
pub const BUTTONS: &[&str] = &["follow", "following", "subscribe", "share", "save", "print", "listen", "sign in", "log in", "register"];

/// Slogans that stand for a masthead, with the outlet they name.
pub const MASTHEAD_SLOGANS: &[(&str, &str)] =
    &[("democracy dies in darkness", "The Washington Post"), ("all the news that's fit to print", "The New York Times")];

/// Line prefixes that mark a whole line as chrome.
pub const CHROME_PREFIXES: &[(&str, Reason)] = &[
    ("skip to ", Reason::Navigation),
    // A reposting app's call to carry on in the app ("Keep reading in Newsfold", "Get the
    // full story and more from Signal Toronto and 300+ other sources in one app.").
    ("keep reading in ", Reason::AggregatorPromo),
    ("continue reading in ", Reason::AggregatorPromo),
    ("get the full story", Reason::AggregatorPromo),
    ("start your free trial", Reason::PaywallPrompt),
    ("already a subscriber?", Reason::PaywallPrompt),
    ("listen to this article", Reason::ShareBar),
    // "Listen to article (6 min)".
    ("listen to article", Reason::ShareBar),
    ("listen to the article", Reason::ShareBar),
    // "Listen (5 min)", "Read aloud (4 min)".
    ("listen (", Reason::ShareBar),
    ("read aloud", Reason::ShareBar),
    // "From the section Tennis" (a broadcaster's sport pages): the menu's trail.
    ("from the section ", Reason::Navigation),
    // "Originally published on Courtside Brief." under a reposted story.
    ("originally published on ", Reason::Boilerplate),
    ("originally published by ", Reason::Boilerplate),
    // "Free newsletter: The Launch Window".
    ("free newsletter", Reason::PaywallPrompt),
    ("jump to comments", Reason::CommentWidget),
    ("a version of this article appears in print", Reason::Boilerplate),
    ("order reprints", Reason::Boilerplate),
    ("go deeper:", Reason::RelatedLink),
    ("go deeper (", Reason::RelatedLink),
    ("read more:", Reason::RelatedLink),
    ("read also:", Reason::RelatedLink),
    ("also read:", Reason::RelatedLink),
    ("related:", Reason::RelatedLink),
    ("see also:", Reason::RelatedLink),
    ("more from ", Reason::RelatedLink),
    ("more stories from ", Reason::RelatedLink),
    ("why you can trust ", Reason::Boilerplate),
    ("read the full story", Reason::RelatedLink),
    ("sign up for ", Reason::PaywallPrompt),
    ("subscribe to ", Reason::PaywallPrompt),
    ("this article is more than ", Reason::Boilerplate),
    ("copyright ", Reason::Boilerplate),
    ("© ", Reason::Boilerplate),
    ("(c) ", Reason::Boilerplate),
    ("all rights reserved", Reason::Boilerplate),
    ("reporting by ", Reason::AuthorFooter),
    ("(reporting by ", Reason::AuthorFooter),
    ("additional reporting by ", Reason::AuthorFooter),
    ("(additional reporting by ", Reason::AuthorFooter),
    // The exchange rate an agency appends to a story with money in it: "($1 = 0.9189 euros)".
    ("($1 = ", Reason::Boilerplate),
    ("(£1 = ", Reason::Boilerplate),
    ("(€1 = ", Reason::Boilerplate),
    ("follow ap's coverage", Reason::RelatedLink),
    ("editing by ", Reason::AuthorFooter),
    ("writing by ", Reason::AuthorFooter),
    ("write to ", Reason::AuthorFooter),
    ("contact the author", Reason::AuthorFooter),
    ("image source, ", Reason::PhotoCredit),
    ("image source: ", Reason::PhotoCredit),
    ("photo credit:", Reason::PhotoCredit),
    // An advertisement's slot in running text ("Advertisement · Scroll to continue",
    // Reuters) and a blog's topic list ("Labels: Europe logistics …", Blogger).
    ("advertisement · ", Reason::Navigation),
    ("advertisement - ", Reason::Navigation),
    ("report this ad", Reason::Navigation),
    ("purchase licensing rights", Reason::PhotoCredit),
    ("buy licensing rights", Reason::PhotoCredit),
    ("labels: ", Reason::Navigation),
    ("share on ", Reason::ShareBar),
    ("share by ", Reason::ShareBar),
    ("share via ", Reason::ShareBar),
    ("tags: ", Reason::Navigation),
];

/// Phrases of a metered paywall that mark a short line as chrome wherever they stand in
/// it (hand-kept from news sites' paywall banners).
pub const PAYWALL_PHRASES: &[&str] = &[
    "free articles left",
    "free article left",
    "free articles remaining",
    "free article remaining",
    "free stories left",
    "articles left this month",
    "subscribe for unlimited access",
    "for unlimited access",
    "you've reached your limit",
    "you have reached your limit",
    // A newsletter's sign-up blurb ("Roula Khalaf, Editor of the FT, selects her
    // favourite stories in this weekly newsletter.").
    "in this weekly newsletter",
    "in this daily newsletter",
    "in this newsletter",
    "straight to your inbox",
    "in your inbox",
];

/// Phrases of a cookie banner ("This site uses cookies for analytics and advertising. By
/// continuing you accept our cookie policy."), on a short line.
pub const COOKIE_PHRASES: &[&str] = &["uses cookies", "use cookies", "cookie policy", "cookie settings"];

/// Line suffixes that mark a whole line as chrome ("Associated Press writer … contributed to this report.").
pub const CHROME_SUFFIXES: &[(&str, Reason)] = &[
    ("contributed to this report.", Reason::AuthorFooter),
    ("contributed reporting.", Reason::AuthorFooter),
    ("min read", Reason::Navigation),
    ("ago", Reason::Navigation),
];

/// Lines after which everything short is trailer chrome (paywalls, aggregator promos).
pub const TRAILER_REASONS: &[Reason] = &[
    Reason::PaywallPrompt,
    Reason::AggregatorPromo,
    Reason::CommentWidget,
    Reason::Navigation,
    Reason::Boilerplate,
    Reason::AuthorFooter,
    Reason::RelatedLink,
];

/// A trailer line longer than this is treated as article text, not promo.
pub const TRAILER_MAX_LINE: usize = 110;

/// Section labels that open a paragraph ("Why it matters: …"). Compared lowercase,
/// with straight apostrophes. Axios's axioms plus the common ones of other outlets.
pub const SECTION_LABELS: &[&str] = &[
    "why it matters",
    "behind the scenes",
    "between the lines",
    "what they're saying",
    "what's next",
    "the latest",
    "driving the news",
    "what to watch",
    "the other side",
    "friction point",
    "the big picture",
    "zoom in",
    "zoom out",
    "state of play",
    "by the numbers",
    "yes, but",
    "the bottom line",
    "bottom line",
    "catch up quick",
    "flashback",
    "context",
    "reality check",
    "details",
    "key quote",
    "the intrigue",
    "what we're watching",
    "the backstory",
    "go deeper",
    "our thought bubble",
    "the fine print",
    "between the lines",
    "what's happening",
    "what happened",
    "the key figures",
    "background",
    "analysis",
    "why now",
    "where it stands",
    "the stakes",
    "what we know",
    "what we don't know",
    "threat level",
    "case in point",
    "the response",
    "the other view",
    "worth noting",
    "for the record",
    "editor's note",
];

/// Verbs that make "X said: …" a quote introduction, not a section label.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "wrote",
    "writes",
    "added",
    "adds",
    "noted",
    "asked",
    "asks",
    "replied",
    "stated",
    "posted",
    "tweeted",
    "declared",
    "explained",
    "warned",
    "argued",
    "insisted",
    "announced",
    "continued",
    "recalled",
];

/// Headings that open a summary list, inline ("Quick Summary -- a -- b") or as a line
/// followed by bullets ("Key points").
pub const SUMMARY_HEADINGS: &[&str] = &[
    "quick summary",
    "summary",
    "key points",
    "key takeaways",
    "takeaways",
    "in brief",
    "at a glance",
    "what to know",
    "the short version",
    "highlights",
    "key facts",
];

/// Bullet markers that open a list item.
/// A journalist's job, as a page glues it after the byline's name ("Kathryn Doyle Health
/// Reporter", "Tom Ashby Europe Correspondent").
pub const JOURNALIST_ROLES: &[&str] = &["Reporter", "Correspondent", "Editor", "Writer", "Columnist", "Producer"];

pub const BULLET_MARKERS: &[char] = &['•', '·', '▪', '◦', '‣', '*', '-', '–', '—', '●', '■'];

/// Photo agencies and wire services that appear as the last part of a photo credit
/// ("CHANDAN KHANNA/AFP/GETTY IMAGES", "Viacheslav Ratynskyi/Reuters"). Lowercase.
pub const PHOTO_AGENCIES: &[&str] = &[
    "getty images",
    "afp via getty images",
    "afp",
    "agence france-presse",
    "reuters",
    "ap",
    "ap photo",
    "associated press",
    "the associated press",
    "epa",
    "epa-efe",
    "efe",
    "bloomberg",
    "bloomberg via getty images",
    "shutterstock",
    "rex/shutterstock",
    "sipa",
    "sipa usa",
    "anadolu",
    "anadolu agency",
    "anadolu via getty images",
    "nurphoto",
    "nurphoto via getty images",
    "zuma press",
    "zuma",
    "dpa",
    "picture alliance",
    "ukrinform",
    "tass",
    "ria novosti",
    "sputnik",
    "xinhua",
    "pool",
    "the new york times",
    "the washington post",
    "the wall street journal",
    "wsj",
    "alamy",
    "imago",
    "abaca",
    "presidential press service",
    "handout",
    "white house",
    "kremlin",
    "ukrainian presidential press service",
    "sopa images",
    "lightrocket",
];

/// Line openings that mark the whole line as a photo caption ("Photo: Rescuers work…").
pub const CAPTION_PREFIXES: &[&str] =
    &["image caption, ", "image caption: ", "photo: ", "photograph: ", "image: ", "pictured: ", "caption: "];

/// What follows an author's name in a closing author biography ("X is the Kyiv bureau chief").
pub const AUTHOR_BIO_VERBS: &[&str] = &[" is ", " covers ", " has covered ", " reports ", " writes ", " was ", " has been ", " joined "];

/// Words that introduce a photo credit after a caption ("Credit… X/AFP", "Photograph: X/AP").
pub const CREDIT_INTRODUCERS: &[&str] = &[
    "credit...",
    "credit…",
    "credit:",
    "photograph:",
    "photo:",
    "image:",
    "pool photo by",
    "photo by",
    "photos:",
    "photo illustration by",
];

/// Outlet names as they appear in mastheads, bylines and signatures, with the form
/// Parallax shows. Longest forms first where one contains another.
pub const OUTLETS: &[(&str, &str)] = &[
    ("the wall street journal", "The Wall Street Journal"),
    ("wall street journal", "The Wall Street Journal"),
    ("the new york times", "The New York Times"),
    ("new york times", "The New York Times"),
    ("the washington post", "The Washington Post"),
    ("washington post", "The Washington Post"),
    ("the associated press", "Associated Press"),
    ("associated press", "Associated Press"),
    ("the guardian", "The Guardian"),
    ("guardian", "The Guardian"),
    ("bbc news", "BBC News"),
    ("bbc", "BBC News"),
    ("reuters", "Reuters"),
    ("axios", "Axios"),
    ("cnn", "CNN"),
    ("bloomberg", "Bloomberg"),
    ("politico", "Politico"),
    ("npr", "NPR"),
    ("al jazeera", "Al Jazeera"),
    ("financial times", "Financial Times"),
    ("the economist", "The Economist"),
    ("fox news", "Fox News"),
    ("nbc news", "NBC News"),
    ("cbs news", "CBS News"),
    ("abc news", "ABC News"),
    ("the kyiv independent", "The Kyiv Independent"),
    ("kyiv independent", "The Kyiv Independent"),
    ("kyiv post", "Kyiv Post"),
    ("ukrainska pravda", "Ukrainska Pravda"),
    ("the moscow times", "The Moscow Times"),
    ("meduza", "Meduza"),
    ("le monde", "Le Monde"),
    ("der spiegel", "Der Spiegel"),
    ("deutsche welle", "Deutsche Welle"),
    ("dw", "Deutsche Welle"),
    ("france 24", "France 24"),
    ("euronews", "Euronews"),
    ("sky news", "Sky News"),
    ("the telegraph", "The Telegraph"),
    ("the independent", "The Independent"),
    ("the times", "The Times"),
    ("usa today", "USA Today"),
    ("los angeles times", "Los Angeles Times"),
    ("the atlantic", "The Atlantic"),
    ("newsweek", "Newsweek"),
    ("the hill", "The Hill"),
    ("semafor", "Semafor"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("ap", "Associated Press"),
    ("ap news", "Associated Press"),
    ("british broadcasting corporation", "BBC News"),
];

/// What a copied logo's link says after the outlet's name ("The Guardian - Back to
/// home"), lowercase.
pub const MASTHEAD_LINKS: &[&str] = &["back to home", "home", "homepage", "home page", "go to homepage", "front page"];

/// Agencies named in datelines: "KYIV, Nov 30 (Reuters) -", "KYIV, Ukraine (AP) —".
pub const DATELINE_AGENCIES: &[(&str, &str)] = &[
    ("reuters", "Reuters"),
    ("ap", "Associated Press"),
    ("afp", "AFP"),
    ("bloomberg", "Bloomberg"),
    ("dpa", "dpa"),
    ("upi", "UPI"),
    ("cnn", "CNN"),
];

/// Words that introduce a byline: "By …", "Column by …", "Analysis by …".
pub const BYLINE_INTRODUCERS: &[&str] =
    &["by", "column by", "analysis by", "opinion by", "commentary by", "review by", "written by", "story by", "words by", "reporting by"];

/// Notes a reposting site leaves between excerpts ("Orig inal article contains …").
pub const REPOST_NOTES: &[&str] = &[
    "original article contains additional links and illustrations",
    "orig inal article contains additional links and illustrations",
    "original article contains",
    "orig inal article contains",
];

/// What a reposting site writes before the outlet it copied ("Reposted from The Wall
/// Street Journal for readers without a subscription."), lowercase.
pub const REPOST_SOURCES: &[&str] =
    &["reposted from ", "republished from ", "originally published by ", "originally published in ", "this article first appeared in "];

/// Lines after which a reposting site appends other outlets' articles, each a line that
/// opens with its headline ("Also from around the web:" / "Brazil's Senate Approves Tax
/// Overhaul -- BRASÍLIA—…"), lowercase, without the colon.
pub const EXCERPT_LEADINS: &[&str] = &[
    "also from around the web",
    "from around the web",
    "elsewhere on the web",
    "more from other outlets",
    "from other outlets",
    "also in the news",
];

/// Sentence starts that introduce a related-story list inside a paragraph.
pub const SEE_ALSO: &[&str] = &["see also", "and also", "read also", "also read"];

/// Abbreviations after which a full stop does not end a sentence when a capitalised
/// word follows: titles, months, name particles (AP and Reuters style books).
pub const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Rev.",
    "Hon.", "Pres.", "Amb.", "Supt.", "St.", "Ft.", "Mt.", "Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "No.", "Nos.", "vs.",
    "v.", "etc.", "approx.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "U.N.",
    "E.U.", "D.C.", "Mt.", "Gens.", "Reps.", "Sens.", "Msgr.", "Fr.", "Det.", "Insp.", "Cpl.", "Const.", "Cst.", "Ch.", "Brig.",
];
