//! How metadata reads on the page: dates, authors, lengths.

use parallax_core::document::{Document, Provenance};

pub fn authors(doc: &Document) -> Option<String> {
    let names = &doc.meta.authors.as_ref()?.value;
    Some(match names.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    })
}

pub fn date(doc: &Document) -> Option<String> {
    let f = doc.meta.published.as_ref()?;
    let prefix = if f.value.updated { "Updated " } else { "" };
    Some(format!("{prefix}{}", f.value.display()))
}

/// The day of publication alone ("30 Nov 2025"), when the year is known.
pub fn day(doc: &Document) -> Option<String> {
    let t = &doc.meta.published.as_ref()?.value;
    let month = parallax_core::date::MONTH_SHORT.get(usize::from(t.month).checked_sub(1)?)?;
    Some(format!("{} {month} {}", t.day, t.year?))
}

/// The machine-readable form for `<time datetime>`, when the year is known.
pub fn iso_date(doc: &Document) -> Option<String> {
    doc.meta.published.as_ref()?.value.iso()
}

pub fn length(doc: &Document) -> String {
    let words = doc.word_count();
    let minutes = words.div_ceil(230).max(1);
    format!("{words} words · {minutes} min read")
}

pub fn outlet(doc: &Document) -> Option<&str> {
    doc.meta.outlet.as_ref().map(|f| f.value.as_str())
}

/// A short note on where a value came from, for the tooltip.
pub fn provenance_note(p: Provenance, evidence: Option<&str>) -> String {
    match (p, evidence) {
        (Provenance::Text, Some(e)) => format!("As printed: “{e}”"),
        (Provenance::Text, None) => "As printed in the article".to_string(),
        (Provenance::Editor, _) => "Given by the corpus editor (corpus.toml)".to_string(),
        (Provenance::Derived, _) => "Derived by Parallax from the text".to_string(),
    }
}
