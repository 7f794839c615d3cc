//! The site's reports: the catalog and the newest report, embedded at
//! build time (see `build.rs`) but for the paragraph texts its prerendered
//! page holds, which are read back from the page (`report::page::page_text`);
//! the other reports, fetched as their compact files when the page needs
//! them. A list of several reports fetches their outlines (models without
//! paragraph texts) first, and their texts after: the list and its counts
//! are drawn from the outlines; a search and the exports wait for the
//! texts, and a card drawn before its text says so. What the page shows
//! (one report, or several in one list) is fixed before the app mounts,
//! then decoded, indexed and shared for the page's lifetime; the texts
//! arriving for a list complete it (the list and its index are made
//! again, once).

use crate::fetch::Requested;
use report::query::{lexicon, Index, Lexicon};
use report::site::series::{Catalog, ReportInfo};
use report::Report;
use std::cell::RefCell;
use std::sync::OnceLock;

static CATALOG: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));
static NEWEST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"));
static TAKEN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/taken.bin"));
/// The newest report with all its texts, once put together or fetched.
static NEWEST_REPORT: OnceLock<Report> = OnceLock::new();

/// What this page shows.
struct Shown {
    /// The reports, newest first (one, or those of the list).
    reports: Vec<&'static ReportInfo>,
    /// The report, or the list of several made into one (`series::merge`).
    report: &'static Report,
}

thread_local! {
    /// Reports fetched so far (kept for the page's lifetime).
    static FETCHED: RefCell<Vec<(String, &'static Report)>> = const { RefCell::new(Vec::new()) };
    /// Outlines of reports whose texts have not arrived, with their bytes
    /// (decoded again, owned, when the texts come).
    static OUTLINES: RefCell<Vec<(String, &'static Report, Vec<u8>)>> = const { RefCell::new(Vec::new()) };
    /// What this page shows, once fixed (made again when a list's texts
    /// arrive), and its index.
    static SHOWN: RefCell<Option<(&'static Shown, Option<&'static Index>)>> = const { RefCell::new(None) };
    /// The search lexicon, once fetched (an index made again gets it too).
    static LEXICON: RefCell<Option<Lexicon>> = const { RefCell::new(None) };
    /// Why the texts of a list's reports could not be fetched, if so.
    static TEXTS_FAILED: RefCell<Option<String>> = const { RefCell::new(None) };
}

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

fn newest_report() -> &'static Report {
    NEWEST_REPORT.get().unwrap_or_else(|| wasm_bindgen::throw_str("the newest report was not put together"))
}

/// Puts the newest report together from what the wasm embeds and `texts`,
/// the paragraph texts of its prerendered page in order (read before the
/// app mounts). If they are not the texts the build took out (a
/// translator rewrote the page), says why: then [`load`] fetches the
/// report's own file.
pub fn complete_newest(texts: Vec<String>) -> Result<(), String> {
    let mut report = decode(NEWEST)?;
    let taken = postcard::from_bytes(TAKEN).map_err(|_| "the embedded digest does not decode".to_string())?;
    report::page::page_text::restore(&mut report, taken, texts).map_err(|e| e.to_string())?;
    let _ = NEWEST_REPORT.set(report);
    Ok(())
}

/// Whether the site holds several reports (then a chooser is shown and
/// links name their report). Fixed by the build (`cfg(series)`, set by
/// build.rs), so a site of one report carries none of a series' code.
pub const fn is_series() -> bool {
    cfg!(series)
}

/// Decodes a report's compact file (`report::site::publish`).
pub fn decode(bytes: &[u8]) -> Result<Report, String> {
    postcard::from_bytes(bytes).map_err(|_| "not a report file (it does not decode as this build's model)".to_string())
}

/// The newest report put together for a native test, which has no page to
/// read its texts from: with the texts build.rs wrote for tests.
#[cfg(test)]
pub(crate) fn ready_for_tests() {
    let texts: Vec<String> =
        postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/texts.bin"))).expect("build.rs wrote the texts");
    complete_newest(texts).expect("the texts are the ones build.rs took out");
}

/// Report `id` of the catalog, if this page has it decoded (the embedded
/// newest once [`complete_newest`] or [`load`] put it together).
pub fn loaded(id: &str) -> Option<&'static Report> {
    if id == newest().id {
        return NEWEST_REPORT.get();
    }
    FETCHED.with(|f| f.borrow().iter().find(|(i, _)| i == id).map(|(_, r)| *r))
}

/// Decodes report `info`'s compact file (`file`) and keeps it.
fn keep(info: &ReportInfo, file: &str, bytes: &[u8]) -> Result<(), String> {
    let report = decode(bytes).map_err(|e| format!("{file}: {e}"))?;
    // Another caller may have fetched it meanwhile.
    if info.id == newest().id {
        let _ = NEWEST_REPORT.set(report);
    } else if loaded(&info.id).is_none() {
        FETCHED.with(|f| f.borrow_mut().push((info.id.clone(), Box::leak(Box::new(report)))));
    }
    Ok(())
}

/// Fetches and decodes those of `reports` this page does not have yet,
/// calling `progress` after each. A site of one report has one file to
/// fetch, and fetches it; a site of several asks for all at once (below).
/// (One shape for both cost the site of one report 0.5 kB gzip.)
#[cfg(not(series))]
pub async fn load(reports: &[&ReportInfo], progress: impl Fn()) -> Result<(), String> {
    for info in reports {
        if loaded(&info.id).is_some() {
            continue;
        }
        let file = info.data_file();
        keep(info, &file, &crate::fetch::fetch_bytes(&file).await?)?;
        progress();
    }
    Ok(())
}

/// Asks for `file` of each of `reports` at once (one round trip for
/// them all, not one each), to be read in order.
fn request_all<'a>(reports: Vec<&'a ReportInfo>, file: fn(&ReportInfo) -> String) -> Vec<(&'a ReportInfo, Requested)> {
    reports.into_iter().map(|i| (i, crate::fetch::request(file(i)))).collect()
}

/// Fetches and decodes those of `reports` this page does not have yet,
/// asked for at once and decoded in order, calling `progress` after each.
#[cfg(series)]
pub async fn load(reports: &[&ReportInfo], progress: impl Fn()) -> Result<(), String> {
    let missing = reports.iter().copied().filter(|i| loaded(&i.id).is_none()).collect();
    for (info, request) in request_all(missing, ReportInfo::data_file) {
        let file = request.file.clone();
        keep(info, &file, &request.bytes().await?)?;
        progress();
    }
    Ok(())
}

/// Shows `reports` (loaded, or outlined for a list, newest first) on this
/// page: one report, or several in one list. Before anything has read the
/// page's report, or when the texts of a list's reports have arrived.
// (One copy of the merge: it is called from the start and when texts arrive.)
#[inline(never)]
pub fn show(reports: Vec<&'static ReportInfo>) {
    let pairs: Vec<(&ReportInfo, &Report)> = reports.iter().filter_map(|&i| Some((i, shown_form(&i.id)?))).collect();
    let report = match pairs.as_slice() {
        [(_, r)] => *r,
        several if is_series() => Box::leak(Box::new(report::site::series::merge(several))),
        _ => newest_report(),
    };
    let shown: &'static Shown = Box::leak(Box::new(Shown { reports, report }));
    SHOWN.with(|s| *s.borrow_mut() = Some((shown, None)));
}

fn shown() -> &'static Shown {
    SHOWN.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| {
                (Box::leak(Box::new(Shown { reports: vec![newest()], report: newest_report() })), None)
            })
            .0
    })
}

/// The report this page shows (several reports made into one list, if
/// it shows several).
pub fn report() -> &'static Report {
    shown().report
}

/// The catalog entry of the report this page shows, unless it shows
/// several.
pub fn info() -> Option<&'static ReportInfo> {
    match shown().reports.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// The reports this page shows, newest first.
pub fn shown_reports() -> &'static [&'static ReportInfo] {
    &shown().reports
}

/// Where paragraph `number` of the page comes from: its report and its
/// number there.
pub fn source(number: u32) -> (&'static Report, u32) {
    match report().origin(number).and_then(|o| Some((shown_form(&o.report)?, o.number))) {
        Some(found) => found,
        None => (report(), number),
    }
}

/// The shown report's facet and search index.
pub fn index() -> &'static Index {
    let shown = shown();
    SHOWN.with(|s| {
        let mut s = s.borrow_mut();
        let slot = &mut s.as_mut().expect("shown() fixed it").1;
        *slot.get_or_insert_with(|| {
            let index = Index::new(shown.report);
            if let Some(l) = LEXICON.with(|l| l.borrow().clone()) {
                index.add_lexicon(l);
            }
            Box::leak(Box::new(index))
        })
    })
}

thread_local! {
    /// Whether the search lexicon was asked for.
    static LEXICON_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Fetches the search lexicon (`lexicon.txt`, written by the build:
/// `report::site::publish`) once, and gives it to the index; `arrived` is
/// called when it has it. Until then, and if it cannot be fetched, a
/// search reads its terms as typed (the console says why).
pub fn request_lexicon(arrived: impl FnOnce() + 'static) {
    if index().has_lexicon() || LEXICON_ASKED.with(|a| a.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match load_lexicon().await {
            Ok(()) => arrived(),
            Err(e) => web_sys::console::warn_1(&format!("{e}: searching without the lexicon").into()),
        }
    });
}

/// Fetches the search lexicon and gives it to the index.
pub async fn load_lexicon() -> Result<(), String> {
    let text = crate::fetch::fetch_text(lexicon::FILE).await?;
    let lexicon = Lexicon::from_text(&text);
    // (Only a list is made again, when its texts arrive.)
    if is_series() {
        LEXICON.with(|l| *l.borrow_mut() = Some(lexicon.clone()));
    }
    index().add_lexicon(lexicon);
    Ok(())
}

/// Report `id` as a list can show it: decoded whole, or its outline.
fn shown_form(id: &str) -> Option<&'static Report> {
    loaded(id).or_else(|| OUTLINES.with(|o| o.borrow().iter().find(|(i, ..)| i == id).map(|(_, r, _)| *r)))
}

/// Fetches the outlines of those of `reports` this page has neither whole
/// nor outlined (asked for at once, as [`load`] asks for whole files).
pub async fn load_outlines(reports: &[&ReportInfo]) -> Result<(), String> {
    let missing = reports.iter().copied().filter(|i| shown_form(&i.id).is_none()).collect();
    for (info, request) in request_all(missing, ReportInfo::outline_file) {
        let file = request.file.clone();
        let bytes = request.bytes().await?;
        let outline = decode(&bytes).map_err(|e| format!("{file}: {e}"))?;
        OUTLINES.with(|o| o.borrow_mut().push((info.id.clone(), Box::leak(Box::new(outline)), bytes)));
    }
    Ok(())
}

/// Whether some report this page shows has no texts yet (a list drawn from
/// outlines): a search waits for them.
pub fn texts_pending() -> bool {
    shown_reports().iter().any(|i| loaded(&i.id).is_none())
}

/// Fetches the texts of `reports` that are outlined, not yet whole (asked
/// for at once, read in order), and makes each whole.
pub async fn load_texts(reports: &[&ReportInfo]) -> Result<(), String> {
    let outlined = |id: &str| OUTLINES.with(|o| o.borrow().iter().any(|(i, ..)| i == id));
    let missing = reports.iter().copied().filter(|i| loaded(&i.id).is_none() && outlined(&i.id)).collect();
    for (info, request) in request_all(missing, ReportInfo::texts_file) {
        let file = request.file.clone();
        let outline = OUTLINES.with(|o| o.borrow().iter().find(|(i, ..)| *i == info.id).map(|(.., b)| decode(b)));
        let Some(outline) = outline else { continue };
        let bytes = request.bytes().await?;
        let texts: Vec<String> = postcard::from_bytes(&bytes).map_err(|_| format!("{file}: not a texts file"))?;
        let mut whole = outline?;
        report::page::page_text::put_all(&mut whole, texts).map_err(|e| format!("{file}: {e}"))?;
        FETCHED.with(|f| f.borrow_mut().push((info.id.clone(), Box::leak(Box::new(whole)))));
    }
    Ok(())
}

/// Fetches the texts of every report the list shows that has none, then
/// shows the list again, whole; `arrived` is called when it is, or when
/// they could not be fetched ([`texts_failed`] says why).
pub fn request_texts(arrived: impl FnOnce() + 'static) {
    if !texts_pending() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let reports = shown_reports().to_vec();
        match load_texts(&reports).await {
            Ok(()) => show(reports),
            Err(e) => TEXTS_FAILED.with(|f| *f.borrow_mut() = Some(e)),
        }
        arrived();
    });
}

/// Why the texts of the list's reports could not be fetched, if so.
pub fn texts_failed() -> Option<String> {
    TEXTS_FAILED.with(|f| f.borrow().clone())
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

/// Fetches every report of the catalog this page does not have yet.
pub async fn load_all(progress: impl Fn()) -> Result<(), String> {
    let all: Vec<&ReportInfo> = catalog().reports.iter().collect();
    load(&all, progress).await
}
