//! Prints the links alignment proposes for a corpus folder, scored against an annotation
//! when one is given (a development aid): `cargo run --example align_debug corpus eval/links.tsv`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().cloned().unwrap_or_else(|| "corpus".into());
    let Ok(corpus) = parallax_core::load_dir(std::path::Path::new(&dir)) else { return };
    let docs = &corpus.documents;
    let mut config = parallax_core::align::AlignConfig::default();
    for kv in args.iter().skip(2) {
        if let Some((k, v)) = kv.split_once('=') {
            let v: f32 = v.parse().unwrap_or(0.0);
            match k {
                "threshold" => config.threshold = v,
                "tense" => config.tense_conflict_factor = v,
                "names" => config.min_names_alone = v as usize,
                "entity" => config.entity_weight = v,
                "figure" => config.figure_weight = v,
                "quote" => config.quote_bonus = v,
                "second" => config.second_best = v,
                "power" => config.idf_power = v,
                "smooth" => config.smoothing = v,
                "speaker" => config.speaker_conflict_factor = v,
                "smoothx" => config.smoothing = v,
                "short" => config.short_side = v,
                "topic" => config.topic_share = v,
                "support" => config.doc_support = v,
                "supported" => config.supported_threshold = v,
                "supportp" => config.doc_support_power = v,
                "floor" => config.distinct_floor = v,
                "ratio" => config.distinct_ratio = v,
                "keys" => config.block_keys = v as usize,
                "postings" => config.max_postings = v as usize,
                "date" => config.date_conflict_factor = v,
                "moment" => config.moment_factor = v,
                "pmoment" => config.published_moment_factor = v,
                "maxlinks" => config.max_links = v as usize,
                "apart" => config.published_apart_days = v as u32,
                _ => {}
            }
        }
    }
    // `show=ap#11,ft#41`: what alignment reads in those sentences.
    if let Some(list) = args.iter().find_map(|a| a.strip_prefix("show=")) {
        let refs: Vec<parallax_core::align::SentenceRef> = list
            .split(',')
            .filter_map(|r| {
                let (id, n) = r.split_once('#')?;
                let doc = docs.iter().position(|d| d.id.0 == id)? as u32;
                let sentence: u32 = n.parse().ok()?;
                let passage = docs[doc as usize]
                    .passages
                    .iter()
                    .position(|p| (p.first_sentence..p.first_sentence + p.sentence_count).contains(&sentence))?
                    as u32;
                Some(parallax_core::align::SentenceRef { doc, passage, sentence })
            })
            .collect();
        let a = corpus.machine_analysis(&config);
        let shown = parallax_core::align::describe_features(docs, (&a.entities, &a.quotes, &a.figures, &a.dates), &refs);
        for (r, s) in list.split(',').zip(shown) {
            println!("{r}: {s}");
        }
        if let [x, y] = refs[..] {
            let d = parallax_core::align::diagnose(docs, (&a.entities, &a.quotes, &a.figures, &a.dates), &config, &[(x, y)]);
            println!("{:?}", d);
        }
        return;
    }
    if let Some(gold) = args.get(1) {
        let text = std::fs::read_to_string(gold).unwrap_or_default();
        let (report, bad) = parallax_core::align::eval::run(&text, &corpus, &config);
        for b in bad {
            eprintln!("{b}");
        }
        print!("{}", report.text);
    }
    let alignment = corpus.machine_analysis(&config).alignment;
    let reasons: usize = alignment.links.iter().map(|l| l.reason.len()).sum();
    eprintln!(
        "alignment: {} links, {} facts, {} bytes in postcard ({} bytes of reasons)",
        alignment.links.len(),
        alignment.facts.len(),
        postcard::to_allocvec(&alignment).map_or(0, |v| v.len()),
        reasons
    );
    for l in &alignment.links {
        let t = |s: parallax_core::align::SentenceRef| {
            let d = &docs[s.doc as usize];
            let text = d.sentences.get(s.sentence as usize).map(|x| d.sentence_text(x)).unwrap_or("");
            format!("{}#{} {}", d.id, s.sentence, parallax_core::document::shorten(text, 80))
        };
        println!("{:.2} {:?} {}\n   {}\n   {}", l.score, l.relation, l.reason, t(l.a), t(l.b));
    }
}
