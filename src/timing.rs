//! Performance marks the browser benchmarks read (`tests/e2e/bench/`): how long a filter
//! takes from the click or keystroke to the rendered page, the query alone, and the text
//! index build. Failing to record is never an error.

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Records a point in time under `name`.
pub fn mark(name: &str) {
    if let Some(p) = performance() {
        let _ = p.mark(name);
    }
}

/// Records the time from the mark `start` to now as `name`, then forgets the mark. Does
/// nothing when there is no such mark.
pub fn measure_since(name: &str, start: &str) {
    if let Some(p) = performance() {
        if p.measure_with_start_mark(name, start).is_ok() {
            p.clear_marks_with_mark_name(start);
        }
    }
}

/// Runs `f` and records how long it took as `name`.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let start = format!("{name}:start");
    mark(&start);
    let out = f();
    measure_since(name, &start);
    out
}
