//! Articles a reader adds in the browser. A web worker (the analyser,
//! `src/bin/parallax-analyser.rs`) reads them with the core crate's own pipeline, the one
//! the build runs, and analyses the whole corpus again: the page stays responsive, and
//! its own code stays small (the pipeline is only in the worker, fetched the first time
//! a reader adds an article). The files that were read are kept in `localStorage`, so
//! the reader finds them on their next visit and links to them keep working here.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use parallax_core::bundle::{Added, FileReport};
use parallax_core::Bundle;
use wasm_bindgen::{JsCast, JsValue};

/// An article file: its name and its bytes.
pub type File = (String, Vec<u8>);

/// Where the added articles are kept between visits.
const STORAGE_KEY: &str = "parallax:added";

/// The analyser's loader, beside the page (Trunk writes it: `index.html`).
const WORKER_URL: &str = "./parallax-analyser_loader.js";

/// What the analyser posts once it listens for files.
pub const READY: &str = "ready";

/// Files as an array of `[name, value]` pairs, each file's bytes made a value by `value`.
fn pairs(files: &[File], value: impl Fn(&[u8]) -> JsValue) -> js_sys::Array {
    files.iter().map(|(name, bytes)| JsValue::from(js_sys::Array::of2(&JsValue::from_str(name), &value(bytes)))).collect()
}

/// Files as they cross to the worker: an array of `[name, Uint8Array]`.
pub fn files_to_js(files: &[File]) -> js_sys::Array {
    pairs(files, |bytes| js_sys::Uint8Array::from(bytes).into())
}

/// The files of a message; anything that is not a `[name, bytes]` pair is skipped.
pub fn files_from_js(value: &JsValue) -> Vec<File> {
    let Some(list) = value.dyn_ref::<js_sys::Array>() else { return Vec::new() };
    list.iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().ok()?;
            let name = pair.get(0).as_string()?;
            let bytes = pair.get(1).dyn_into::<js_sys::Uint8Array>().ok()?.to_vec();
            Some((name, bytes))
        })
        .collect()
}

/// In the worker: the corpus as built with `files` added, encoded for the page.
pub fn analyse(files: &[File]) -> Vec<u8> {
    let empty = Bundle { version: parallax_core::bundle::BUNDLE_VERSION, ..Bundle::default() };
    let base = crate::embedded::built().as_ref().unwrap_or(&empty);
    base.with_added(files).encode()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The articles kept from earlier visits (none when storage is off or holds no list).
pub fn stored() -> Vec<File> {
    let Some(text) = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) else { return Vec::new() };
    let Ok(list) = js_sys::JSON::parse(&text) else { return Vec::new() };
    let Some(list) = list.dyn_ref::<js_sys::Array>() else { return Vec::new() };
    list.iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?.into_bytes()))
        })
        .collect()
}

/// Keeps `files` (each was read, so it is UTF-8 text) for the next visit; `false` when
/// the browser refused (storage off, or over its quota).
pub fn store(files: &[File]) -> bool {
    let Some(s) = storage() else { return false };
    if files.is_empty() {
        return s.remove_item(STORAGE_KEY).is_ok();
    }
    let list = pairs(files, |bytes| JsValue::from_str(&String::from_utf8_lossy(bytes)));
    match js_sys::JSON::stringify(&list).ok().and_then(|t| t.as_string()) {
        Some(text) => s.set_item(STORAGE_KEY, &text).is_ok(),
        None => false,
    }
}

/// A worker at work, and its listeners (dropped with it).
struct Job {
    worker: web_sys::Worker,
    _listeners: [EventListener; 2],
}

thread_local! {
    static JOB: RefCell<Option<Job>> = const { RefCell::new(None) };
}

/// Ends the running job, after the listener that calls this has returned.
fn finish() {
    yew::platform::spawn_local(async {
        if let Some(job) = JOB.with(|j| j.borrow_mut().take()) {
            job.worker.terminate();
        }
    });
}

/// Reads `files` into the corpus as built, in a worker; `done` hears the result, or
/// why there is none. A job still running is stopped: the newest list wins.
pub fn run(files: &[File], done: impl Fn(Result<Added, String>) + 'static) {
    if let Some(old) = JOB.with(|j| j.borrow_mut().take()) {
        old.worker.terminate();
    }
    let worker = match web_sys::Worker::new(WORKER_URL) {
        Ok(w) => w,
        Err(e) => return done(Err(format!("the article reader could not start ({})", describe(&e)))),
    };
    let done = Rc::new(done);
    // The worker says when it listens (a message posted before would be lost); then it
    // gets the files, and answers with the corpus.
    let on_message = {
        let (done, worker, message) = (done.clone(), worker.clone(), files_to_js(files));
        EventListener::new(&worker.clone(), "message", move |event| {
            let data = event.dyn_ref::<web_sys::MessageEvent>().map(|e| e.data()).unwrap_or(JsValue::UNDEFINED);
            if data.as_string().as_deref() == Some(READY) {
                if let Err(e) = worker.post_message(&message) {
                    finish();
                    done(Err(format!("the articles could not be handed to the reader ({})", describe(&e))));
                }
                return;
            }
            let result = match data.dyn_into::<js_sys::Uint8Array>() {
                Ok(bytes) => Added::decode(&bytes.to_vec()).map_err(|e| e.to_string()),
                Err(_) => Err("the article reader sent something other than a corpus".to_string()),
            };
            finish();
            done(result);
        })
    };
    let on_error = {
        let done = done.clone();
        EventListener::new(&worker, "error", move |event| {
            let message = event.dyn_ref::<web_sys::ErrorEvent>().map(|e| e.message()).filter(|m| !m.is_empty());
            finish();
            done(Err(match message {
                Some(m) => format!("the article reader stopped ({m})"),
                None => "the article reader could not be loaded (parallax-analyser_loader.js is missing beside the page)".to_string(),
            }));
        })
    };
    JOB.with(|j| *j.borrow_mut() = Some(Job { worker, _listeners: [on_message, on_error] }));
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| "no reason given".to_string())
}

/// What the reader sees of the last time they added articles.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddState {
    /// The files that were read and are in the corpus now, in the order added.
    pub files: Rc<Vec<File>>,
    /// The ids of the articles read from them.
    pub ids: Rc<Vec<String>>,
    /// How many files are being read now (0: none).
    pub busy: usize,
    /// Those files were kept from an earlier visit (only those not read again are reported).
    pub restoring: bool,
    /// What became of each file of the last batch.
    pub reports: Rc<Vec<FileReport>>,
    /// Why the last batch could not be read at all (the corpus is unchanged).
    pub error: Option<String>,
    /// The added articles could not be kept for the next visit.
    pub not_kept: bool,
    /// Bumped each time the corpus changes: screens are mounted again.
    pub generation: u32,
}
