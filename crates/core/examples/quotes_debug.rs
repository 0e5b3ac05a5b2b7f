//! Prints the quotes found in a corpus folder with their speakers (a development aid).
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "corpus".into());
    let Ok(corpus) = parallax_core::load_dir(std::path::Path::new(&dir)) else { return };
    let index = parallax_core::entities::extract(&corpus.documents);
    for q in parallax_core::quotes::extract(&corpus.documents, &index) {
        let who = q
            .speaker
            .map(|e| index.entities[e as usize].name.clone())
            .unwrap_or_else(|| format!("({})", q.speaker_text.clone().unwrap_or_default()));
        println!(
            "{} p{} {:<22} {:<6} {}{}",
            corpus.documents[q.doc as usize].id,
            q.passage,
            who,
            q.verb.unwrap_or_default(),
            if q.partial { "[partial] " } else { "" },
            parallax_core::document::shorten(&q.text, 70)
        );
    }
}
