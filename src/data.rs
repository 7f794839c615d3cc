//! The report embedded at build time (see `build.rs`) and its index,
//! decoded once on first use and shared for the page's lifetime.

use report::query::Index;
use report::Report;
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"));

/// The report.
pub fn report() -> &'static Report {
    static R: OnceLock<Report> = OnceLock::new();
    R.get_or_init(|| postcard::from_bytes(BYTES).expect("build.rs embeds a valid report"))
}

/// The report's facet and search index.
pub fn index() -> &'static Index {
    static I: OnceLock<Index> = OnceLock::new();
    I.get_or_init(|| Index::new(report()))
}
