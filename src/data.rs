//! The report embedded at build time (see `build.rs`) and its index,
//! decoded once on first use and shared for the page's lifetime.

use report::query::Index;
use report::Report;
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"));

/// The report.
pub fn report() -> &'static Report {
    static R: OnceLock<Report> = OnceLock::new();
    // build.rs wrote these bytes from the parsed report; should they ever
    // fail to decode, the page stops with the reason in the console.
    R.get_or_init(|| {
        postcard::from_bytes(BYTES).unwrap_or_else(|_| wasm_bindgen::throw_str("the embedded report does not decode"))
    })
}

/// The report's facet and search index.
pub fn index() -> &'static Index {
    static I: OnceLock<Index> = OnceLock::new();
    I.get_or_init(|| Index::new(report()))
}
