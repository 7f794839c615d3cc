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

/// Mounts the app on the page's body, which it empties, over the report
/// the address chooses: the embedded newest one at once (where the reader
/// was in the prerendered view is read first), another one once its file
/// has arrived (the prerendered page says it is loading, or why it failed).
pub fn run() {
    let catalog = data::catalog();
    let (chosen, notices) = catalog.choose(&browser::search());
    let other = chosen.filter(|c| Some(c.id.as_str()) != catalog.newest().map(|n| n.id.as_str())).cloned();
    let Some(info) = other else {
        let resume = browser::take_prerendered();
        yew::Renderer::<App>::with_props(app::AppProps { resume, notices }).render();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let file = info.data_file();
        match browser::fetch_bytes(&file).await.and_then(|b| data::decode(&b).map_err(|e| format!("{file}: {e}"))) {
            Ok(report) => {
                data::show(info, report);
                browser::take_prerendered();
                yew::Renderer::<App>::with_props(app::AppProps { resume: Default::default(), notices }).render();
            }
            Err(e) => browser::report_failed(&e),
        }
    });
}
