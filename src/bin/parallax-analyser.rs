//! The analyser: a web worker that reads the articles a reader adds in the browser
//! (`added`). Once it listens it says so (`READY`); then it receives every added file as `[name, bytes]` pairs, adds them to the
//! corpus as built with the core crate's pipeline, and sends back the encoded result
//! (`parallax_core::bundle::Added`): the corpus, and what became of each file.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let files = parallax_web::added::files_from_js(&event.data());
        let encoded = parallax_web::added::analyse(&files);
        // The page hears of a failure to post from the worker's error event.
        let _ = reply.post_message(&js_sys::Uint8Array::from(encoded.as_slice()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its one listener.
    on_message.forget();
    // Files posted before this line would have been lost: the page waits for it.
    let _ = scope.post_message(&parallax_web::added::READY.into());
}
