//! Prints the entities found in a corpus folder, per document (a development aid).
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "corpus".into());
    let Ok(corpus) = parallax_core::load_dir(std::path::Path::new(&dir)) else { return };
    let index = parallax_core::entities::extract(&corpus.documents);
    for (d, doc) in corpus.documents.iter().enumerate() {
        println!("== {}", doc.id);
        let mut seen = std::collections::BTreeMap::new();
        for m in index.mentions.iter().filter(|m| m.doc as usize == d) {
            let e = &index.entities[m.entity as usize];
            seen.entry((e.kind.code(), e.name.clone())).or_insert_with(Vec::new).push(format!(
                "{}{}",
                m.text,
                m.role.as_ref().map(|r| format!(" [{r}]")).unwrap_or_default()
            ));
        }
        for ((k, n), ms) in seen {
            println!("  {k:12} {n:35} {}", ms.join(" | "));
        }
    }
}
