//! The site's reports: the catalog and the newest report, embedded at
//! build time (see `build.rs`), or another report of the catalog fetched
//! as its compact file before the app mounts. Whichever the page shows is
//! decoded once, indexed once, and shared for the page's lifetime.

use report::query::Index;
use report::series::{Catalog, ReportInfo};
use report::Report;
use std::sync::OnceLock;

static CATALOG: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));
static NEWEST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"));

static SHOWN: OnceLock<(ReportInfo, Report)> = OnceLock::new();

/// Every report of the site, newest first.
pub fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    // build.rs wrote these bytes; should they ever fail to decode, the page
    // stops with the reason in the console.
    C.get_or_init(|| {
        postcard::from_bytes(CATALOG)
            .unwrap_or_else(|_| wasm_bindgen::throw_str("the embedded catalog does not decode"))
    })
}

fn newest() -> &'static ReportInfo {
    catalog().newest().unwrap_or_else(|| wasm_bindgen::throw_str("the embedded catalog is empty"))
}

/// Whether the site holds several reports (then a chooser is shown and
/// links name their report).
pub fn is_series() -> bool {
    catalog().reports.len() > 1
}

/// Decodes a report's compact file (`report publish`).
pub fn decode(bytes: &[u8]) -> Result<Report, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("not a report file ({e})"))
}

/// Shows `report` (another report of the catalog, fetched) on this page.
/// Only before anything has read the page's report.
pub fn show(info: ReportInfo, report: Report) {
    let _ = SHOWN.set((info, report));
}

fn shown() -> &'static (ReportInfo, Report) {
    SHOWN.get_or_init(|| {
        let report = decode(NEWEST).unwrap_or_else(|_| wasm_bindgen::throw_str("the embedded report does not decode"));
        (newest().clone(), report)
    })
}

/// The report this page shows.
pub fn report() -> &'static Report {
    &shown().1
}

/// The catalog entry of the report this page shows.
pub fn info() -> &'static ReportInfo {
    &shown().0
}

/// The shown report's facet and search index.
pub fn index() -> &'static Index {
    static I: OnceLock<Index> = OnceLock::new();
    I.get_or_init(|| Index::new(report()))
}
