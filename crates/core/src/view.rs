//! The state of the screen as data, and its printed form: the part of the URL after `#`.
//!
//! `#/` is the corpus, `#/read/<doc-id>` an article (`?p=3` focuses a passage,
//! `?chrome=shown` reveals the removed page chrome in place), `#/entity/<id>` the card of
//! a person, organisation or place. Parsing never fails: what it cannot read is dropped and
//! reported in `ParsedView::notices`, so any URL gives a sane screen.

/// Longest hash the parser reads; the rest of a longer one is ignored (and reported).
pub const MAX_HASH_LEN: usize = 2048;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Corpus,
    Read {
        doc: String,
    },
    Entity {
        id: String,
    },
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    pub screen: Screen,
    /// Show the removed chrome in place (reading view only).
    pub show_chrome: bool,
    /// The passage in focus (reading view only).
    pub passage: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedView {
    pub view: View,
    /// What was dropped, in words a reader understands.
    pub notices: Vec<String>,
}

impl View {
    pub fn corpus() -> Self {
        View::default()
    }

    pub fn read(doc: &str) -> Self {
        View { screen: Screen::Read { doc: doc.to_string() }, show_chrome: false, passage: None }
    }

    pub fn entity(id: &str) -> Self {
        View { screen: Screen::Entity { id: id.to_string() }, ..View::default() }
    }

    /// The reading view of `doc` focused on passage `passage`.
    pub fn passage(doc: &str, passage: u32) -> Self {
        View { passage: Some(passage), ..View::read(doc) }
    }

    /// The URL fragment, with the leading `#`.
    pub fn to_hash(&self) -> String {
        match &self.screen {
            Screen::Corpus => "#/".to_string(),
            Screen::Read { doc } => {
                let mut out = format!("#/read/{}", encode(doc));
                let mut query = Vec::new();
                if let Some(p) = self.passage {
                    query.push(format!("p={p}"));
                }
                if self.show_chrome {
                    query.push("chrome=shown".to_string());
                }
                if !query.is_empty() {
                    out.push('?');
                    out.push_str(&query.join("&"));
                }
                out
            }
            Screen::Entity { id } => format!("#/entity/{}", encode(id)),
        }
    }

    /// Reads a URL fragment (with or without the leading `#`).
    pub fn parse(hash: &str) -> ParsedView {
        let mut notices = Vec::new();
        let mut hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash.len() > MAX_HASH_LEN {
            notices.push(format!("The link was {} characters long; only the first {MAX_HASH_LEN} were read.", hash.len()));
            let mut cut = MAX_HASH_LEN;
            while !hash.is_char_boundary(cut) {
                cut -= 1;
            }
            hash = &hash[..cut];
        }
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let screen = match parts.as_slice() {
            [] => Screen::Corpus,
            ["read", doc] => match decode(doc) {
                Some(doc) if !doc.is_empty() => Screen::Read { doc },
                _ => {
                    notices.push("The article name in the link is not readable; showing the corpus.".to_string());
                    Screen::Corpus
                }
            },
            ["entity", id] => match decode(id) {
                Some(id) if !id.is_empty() => Screen::Entity { id },
                _ => {
                    notices.push("The name in the link is not readable; showing the corpus.".to_string());
                    Screen::Corpus
                }
            },
            _ => {
                notices.push(format!("“{}” is not a page of Parallax; showing the corpus.", crate::document::shorten(path, 60)));
                Screen::Corpus
            }
        };
        let mut show_chrome = false;
        let mut passage = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("chrome", "shown")) => show_chrome = true,
                Some(("chrome", "hidden")) => show_chrome = false,
                Some(("p", n)) => match n.parse::<u32>() {
                    Ok(n) => passage = Some(n),
                    Err(_) => notices.push(format!("Ignored “p={}”: a passage is a number.", crate::document::shorten(n, 20))),
                },
                _ => notices.push(format!("Ignored “{}” in the link: Parallax does not know it.", crate::document::shorten(pair, 40))),
            }
        }
        let reading = matches!(screen, Screen::Read { .. });
        let view = View { show_chrome: show_chrome && reading, passage: passage.filter(|_| reading), screen };
        ParsedView { view, notices }
    }
}

/// Percent-encodes what is not safe in a fragment path segment.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decodes; `None` for broken escapes or bytes that are not UTF-8.
fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_and_reader_round_trip() {
        for v in [
            View::corpus(),
            View::read("004_22fc1bf83a374540~1"),
            View { show_chrome: true, ..View::read("000_x") },
            View { show_chrome: true, ..View::passage("000_x", 3) },
            View::entity("rustem-umerov"),
        ] {
            assert_eq!(View::parse(&v.to_hash()), ParsedView { view: v, notices: vec![] });
        }
    }

    #[test]
    fn percent_encoded_ids_are_read() {
        assert_eq!(View::parse("#/read/004_22fc1bf83a374540%7E1").view, View::read("004_22fc1bf83a374540~1"));
    }

    #[test]
    fn junk_gives_the_corpus_with_notices() {
        let p = View::parse("#/read/%E0%A4%A");
        assert_eq!(p.view, View::corpus());
        assert_eq!(p.notices.len(), 1);
        let p = View::parse("#/nowhere?x=1");
        assert_eq!(p.view, View::corpus());
        assert_eq!(p.notices.len(), 2);
        let long = "a".repeat(100_000);
        let p = View::parse(&format!("#/read/{long}"));
        assert!(p.notices[0].contains("100006"));
    }

    #[test]
    fn chrome_flag_only_applies_to_the_reader() {
        assert!(!View::parse("#/?chrome=shown").view.show_chrome);
    }
}
