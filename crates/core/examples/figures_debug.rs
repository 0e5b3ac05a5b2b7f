//! Prints the figures found in a corpus folder (a development aid).
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "corpus".into());
    let docs = if std::path::Path::new(&arg).is_dir() {
        parallax_core::load_dir(std::path::Path::new(&arg)).map(|c| c.documents).unwrap_or_default()
    } else {
        parallax_core::clean::parse_file("arg.txt", &arg).documents
    };
    for f in parallax_core::figures::extract(&docs) {
        println!("{:<24} {:<40} {:>14} [{:?}, {:?}] {}", docs[f.doc as usize].id, f.text, f.value, f.low, f.high, f.unit);
    }
}
