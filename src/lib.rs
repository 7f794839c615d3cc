//! The explorer page: a thin Yew layer over the `report` core.
//!
//! - [`data`]: the report embedded at build time and its index.
//! - [`state`]: the reducer that owns the filter state (no web APIs).
//! - [`browser`]: address bar, history, storage.
//! - [`app`] and [`components`]: rendering.

pub mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod i18n;
pub mod state;
pub mod views;

pub use app::App;

/// Whether paragraph `number` is among the hits of `filter`.
pub fn is_visible(number: u32, filter: &report::query::Filter) -> bool {
    let r = data::report();
    let hits = data::index().hits(filter);
    r.paragraphs.iter().position(|p| p.number == number).is_some_and(|i| hits.contains(i))
}

/// Mounts the app on the page's body.
pub fn run() {
    yew::Renderer::<App>::new().render();
}
