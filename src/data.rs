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

/// A report of the catalog if this page has it decoded: the shown one,
/// the embedded newest, or one fetched by [`load_all`].
fn loaded(id: &str) -> Option<&'static Report> {
    static NEWEST_REPORT: OnceLock<Option<Report>> = OnceLock::new();
    if id == info().id {
        return Some(report());
    }
    if id == newest().id {
        return NEWEST_REPORT.get_or_init(|| decode(NEWEST).ok()).as_ref();
    }
    FETCHED.with(|f| f.borrow().iter().find(|(i, _)| i == id).map(|(_, r)| *r))
}

thread_local! {
    /// Reports fetched for the views across meetings (kept for the page's
    /// lifetime, as the shown one is).
    static FETCHED: std::cell::RefCell<Vec<(String, &'static Report)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Every report of the catalog with its entry, newest first, if all are
/// decoded.
pub fn all() -> Option<Vec<(&'static ReportInfo, &'static Report)>> {
    catalog().reports.iter().map(|i| loaded(&i.id).map(|r| (i, r))).collect()
}

/// How many reports of the catalog this page has decoded.
pub fn loaded_count() -> usize {
    catalog().reports.iter().filter(|i| loaded(&i.id).is_some()).count()
}

/// Fetches and decodes every report of the catalog this page does not
/// have yet, one after another, calling `progress` after each.
pub async fn load_all(progress: impl Fn()) -> Result<(), String> {
    for info in &catalog().reports {
        if loaded(&info.id).is_some() {
            continue;
        }
        let file = info.data_file();
        let bytes = crate::browser::fetch_bytes(&file).await?;
        let report = decode(&bytes).map_err(|e| format!("{file}: {e}"))?;
        // A second caller may have fetched it meanwhile.
        if loaded(&info.id).is_none() {
            FETCHED.with(|f| f.borrow_mut().push((info.id.clone(), Box::leak(Box::new(report)))));
        }
        progress();
    }
    Ok(())
}
