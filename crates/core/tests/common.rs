//! Shared by the integration tests: a readable outline of a parsed document, for
//! snapshots a person can review by eye.

use parallax_core::document::Document;

pub fn outline(doc: &Document) -> String {
    let m = &doc.meta;
    let mut out = String::new();
    let field = |name: &str, v: Option<String>| format!("{name}: {}\n", v.unwrap_or_else(|| "(unknown)".into()));
    out += &format!("id: {}\nfile: {}\n", doc.id, doc.file);
    if let Some(h) = &doc.appended_to {
        out += &format!("appended_to: {h}\n");
    }
    out += &field("outlet", m.outlet.as_ref().map(|f| format!("{} [{}]", f.value, f.provenance.code())));
    out += &field("headline", m.headline.as_ref().map(|f| f.value.clone()));
    out += &field("dek", m.dek.as_ref().map(|f| f.value.clone()));
    out += &field("authors", m.authors.as_ref().map(|f| f.value.join("; ")));
    out += &field(
        "published",
        m.published
            .as_ref()
            .map(|f| format!("{} ({})", f.value.iso().unwrap_or_else(|| "no year".into()), f.evidence.clone().unwrap_or_default())),
    );
    out += &field("dateline", m.dateline.as_ref().map(|f| f.value.clone()));
    out += &field("section", m.section.as_ref().map(|f| f.value.clone()));
    let (title, derived) = doc.display_title();
    out += &format!("title: {title}{}\n", if derived { " (derived)" } else { "" });
    if doc.truncated {
        out += "truncated: yes\n";
    }
    out += "\n";
    for (i, p) in doc.passages.iter().enumerate() {
        for r in doc.removed.iter().filter(|r| r.before as usize == i) {
            out += &format!("  [removed {}] {}\n", r.reason.code(), r.text);
        }
        let label = p.label.as_ref().map(|l| format!(" «{l}»")).unwrap_or_default();
        out += &format!("p{i} {}{label}\n", p.kind.code());
        for s in doc.sentences_of(p) {
            out += &format!("    | {}\n", doc.sentence_text(s));
        }
    }
    for r in doc.removed.iter().filter(|r| r.before as usize >= doc.passages.len()) {
        out += &format!("  [removed {}] {}\n", r.reason.code(), r.text);
    }
    out
}
