//! The corpus page's form for adding one's own articles: .txt files or pasted text,
//! read in the browser (`added`), with a line on what became of each file.

use parallax_core::bundle::FileReport;
use parallax_core::corpus::MAX_FILE_BYTES;
use parallax_core::view::View;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::added::File;
use crate::app::AddContext;

/// The name pasted text is read under (a second paste becomes "pasted-2.txt").
const PASTED: &str = "pasted.txt";

/// Reads the picked files' bytes; a file over the size limit is not read at all, and is
/// reported as the core crate reports one.
async fn read_picked(picked: Vec<web_sys::File>) -> (Vec<File>, Vec<FileReport>) {
    let (mut files, mut refused) = (Vec::new(), Vec::new());
    for file in picked {
        let name = file.name();
        let size = file.size();
        if size > MAX_FILE_BYTES as f64 {
            let message = format!("not added: {} bytes is over the {MAX_FILE_BYTES} byte limit", size as u64);
            refused.push(FileReport { file: name, documents: Vec::new(), message: Some(message) });
            continue;
        }
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => files.push((name, js_sys::Uint8Array::new(&buffer).to_vec())),
            Err(_) => refused.push(FileReport { file: name, documents: Vec::new(), message: Some("not added: the browser could not read the file".into()) }),
        }
    }
    (files, refused)
}

fn report_line(r: &FileReport) -> Html {
    let ok = !r.documents.is_empty();
    let read = |id: &String| html! { <a class="add-read" href={View::read(id).to_hash()}>{ id }</a> };
    html! {
        <li class={classes!("add-report", if ok { "ok" } else { "refused" })}>
            <span class="file-name">{ &r.file }</span>
            { ": " }
            if ok {
                { "added as " }
                { for r.documents.iter().enumerate().map(|(k, id)| html! { <>{ if k > 0 { ", " } else { "" } }{ read(id) }</> }) }
                if let Some(m) = &r.message { { format!(" ({m})") } }
            } else {
                { r.message.clone().unwrap_or_else(|| "not added".into()) }
            }
        </li>
    }
}

#[component]
pub fn AddForm() -> Html {
    let context = use_context::<AddContext>();
    // Files refused before reading (over the size limit), and a note on the paste box.
    let refused = use_state(Vec::<FileReport>::new);
    let paste_note = use_state(|| None::<&'static str>);
    let pasted = use_node_ref();
    let Some(context) = context else { return html! {} };
    let state = &context.state;

    // Files from the picker or dropped on the form: read, then added.
    let take = {
        let (add, refused) = (context.add.clone(), refused.clone());
        Callback::from(move |list: web_sys::FileList| {
            // A picker's list is live: taken before the input is emptied.
            let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
            let (add, refused) = (add.clone(), refused.clone());
            yew::platform::spawn_local(async move {
                let (files, too_large) = read_picked(picked).await;
                refused.set(too_large);
                if !files.is_empty() {
                    add.emit(files);
                }
            });
        })
    };
    let on_files = {
        let take = take.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let Some(list) = input.files() else { return };
            take.emit(list);
            // Picking the same file again is a new change.
            input.set_value("");
        })
    };
    let dragging = use_state(|| false);
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser opens the file instead of dropping it here.
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (dragging, busy) = (dragging.clone(), state.busy > 0);
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()).filter(|l| l.length() > 0 && !busy) {
                take.emit(list);
            }
        })
    };
    let on_paste = {
        let (add, pasted, note, refused) = (context.add.clone(), pasted.clone(), paste_note.clone(), refused.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = pasted.cast::<web_sys::HtmlTextAreaElement>() else { return };
            let text = area.value();
            refused.set(Vec::new());
            if text.trim().is_empty() {
                note.set(Some("Paste the text of an article into the box first."));
                return;
            }
            note.set(None);
            area.set_value("");
            add.emit(vec![(PASTED.to_string(), text.into_bytes())]);
        })
    };
    let on_clear = {
        let clear = context.clear.clone();
        Callback::from(move |_: MouseEvent| clear.emit(()))
    };

    let reports: Vec<&FileReport> = refused.iter().chain(state.reports.iter()).collect();
    let open = state.busy > 0 || !reports.is_empty() || state.error.is_some() || !state.files.is_empty() || paste_note.is_some();
    let added_docs = state.ids.len();
    html! {
        <details id="add-articles" class={classes!("add-articles", dragging.then_some("dragging"))} open={open}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <summary>{ "Add your own articles" }</summary>
            <p class="add-help">
                { "Pick .txt files of article text (as copied from a news page) or drop them here, or paste an article. \
                   Parallax reads them here, in your browser, with the rest of the corpus, and compares them like any other; \
                   nothing is sent anywhere. They are kept in this browser for your next visit: a link to them works only here." }
            </p>
            <div class="add-controls">
                <label class="add-files-label" for="add-files">{ "Article files (.txt)" }</label>
                <input id="add-files" type="file" multiple=true accept=".txt,text/plain" onchange={on_files} disabled={state.busy > 0} />
                <label class="add-paste-label" for="add-paste">{ "Or paste an article" }</label>
                <textarea id="add-paste" rows="5" ref={pasted} placeholder="Headline, byline and text of one article" />
                <button id="add-paste-button" class="button" type="button" onclick={on_paste} disabled={state.busy > 0}>{ "Add the pasted article" }</button>
                if let Some(note) = *paste_note { <p class="add-note" role="alert">{ note }</p> }
            </div>
            <div id="add-status" class="add-status" role="status" aria-live="polite">
                if state.busy > 0 {
                    <p class="add-busy">
                        { if state.restoring {
                            format!("Reading again the {} articles you added on an earlier visit…", state.busy)
                        } else {
                            format!("Reading {} {} with the rest of the corpus…", state.busy, if state.busy == 1 { "article" } else { "articles" })
                        } }
                    </p>
                }
                if let Some(e) = &state.error {
                    <p class="add-error" role="alert">{ format!("Nothing was added: {e}. The corpus is as it was.") }</p>
                }
                if !reports.is_empty() {
                    <ul class="add-reports">{ for reports.iter().map(|r| report_line(r)) }</ul>
                }
                if state.not_kept {
                    <p class="add-error">{ "This browser would not keep the added articles (storage is off or full): they are gone on your next visit." }</p>
                }
            </div>
            if !state.files.is_empty() {
                <p class="add-summary">
                    { format!("{added_docs} {} you added {} in the corpus. ", if added_docs == 1 { "article" } else { "articles" }, if added_docs == 1 { "is" } else { "are" }) }
                    if added_docs >= 2 {
                        <a id="add-compare" class="button" href={View::compare(&state.ids.iter().map(String::as_str).collect::<Vec<_>>()).to_hash()}>
                            { "Compare them" }
                        </a>
                        { " " }
                    }
                    <button id="add-clear" class="button" type="button" onclick={on_clear} disabled={state.busy > 0}>{ "Remove the articles you added" }</button>
                </p>
            }
        </details>
    }
}
