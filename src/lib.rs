//! The explorer page: a thin Yew layer over the `report` core.
//!
//! - [`data`]: the report embedded at build time and its index.
//! - [`state`]: the reducer that owns the filter state (no web APIs).
//! - [`browser`]: address bar, history, storage.
//! - [`context`]: what components read (state, results) and the
//!   dispatcher they send actions with.
//! - [`app`], [`components`] and [`views`]: rendering.

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod data;
pub mod i18n;
pub mod state;
pub mod views;

pub use app::App;

/// Where paragraph `number` is among the hits of `filter` (0 = first
/// card), if it is one.
pub fn position_in_hits(number: u32, filter: &report::query::Filter) -> Option<usize> {
    let i = data::report().paragraphs.iter().position(|p| p.number == number)?;
    let hits = data::index().hits(filter);
    hits.contains(i).then(|| hits.iter().take_while(|&h| h < i).count())
}

/// Mounts the app on the page's body, which it empties, over what the
/// address chooses: the embedded newest report at once (where the reader
/// was in the prerendered view is read first); another report, or several
/// in one list, once their files have arrived (the prerendered page says
/// it is loading, or why it failed).
pub fn run() {
    use report::series::Choice;
    let catalog = data::catalog();
    let (chosen, notices) = catalog.choose(&browser::search());
    let reports: Vec<&'static report::series::ReportInfo> = match chosen {
        Some(Choice::One(r)) => vec![r],
        Some(Choice::Several(rs)) => rs,
        None => Vec::new(),
    };
    let embedded = catalog.newest().map(|n| n.id.as_str());
    if reports.len() == 1 && Some(reports[0].id.as_str()) == embedded || reports.is_empty() {
        let resume = browser::take_prerendered();
        yew::Renderer::<App>::with_props(app::AppProps { resume, notices }).render();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match data::load(&reports, || {}).await {
            Ok(()) => {
                data::show(reports);
                browser::take_prerendered();
                yew::Renderer::<App>::with_props(app::AppProps { resume: Default::default(), notices }).render();
            }
            Err(e) => browser::report_failed(&e),
        }
    });
}
