//! The explorer page: a thin Yew layer over the `report` core.
//!
//! - [`data`]: the report embedded at build time and its index.
//! - [`state`]: the reducer that owns the filter state (no web APIs).
//! - [`browser`]: address bar, history, storage.
//! - [`fetch`]: files of the site fetched beside the page.
//! - [`context`]: what components read (state, results) and the
//!   dispatcher they send actions with.
//! - [`app`], [`components`] and [`views`]: rendering; [`markup`] draws
//!   what the core describes as markup (a card, the footnotes).

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod data;
pub mod fetch;
pub mod i18n;
pub mod markup;
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
/// address chooses: the embedded newest report at once, its texts read
/// back from the prerendered view (and where the reader was in it);
/// another report once its file has arrived, several in one list once
/// their outlines have (their texts follow)
/// (the prerendered page says it is loading, or why it failed); an address
/// with a search, once the search lexicon has arrived. Should the
/// prerendered texts have been changed, the newest report's own file is
/// fetched too, while the prerendered view stays.
pub fn run() {
    use report::site::series::Choice;
    report::text::fold::set_unicode(browser::unicode());
    let catalog = data::catalog();
    let (chosen, notices) = catalog.choose(&browser::search());
    let reports: Vec<&'static report::site::series::ReportInfo> = match chosen {
        Some(Choice::One(r)) => vec![r],
        Some(Choice::Several(rs)) => rs,
        None => Vec::new(),
    };
    let newest = catalog.newest().into_iter().collect::<Vec<_>>();
    let reports = if reports.is_empty() { newest.clone() } else { reports };
    // The newest report is put together (decoded, its texts read from the
    // page) only where it is shown, alone or in a list of several.
    if reports.iter().any(|r| newest.contains(r)) {
        if let Err(e) = data::complete_newest(browser::prerendered_texts()) {
            web_sys::console::warn_1(&format!("{e}: fetching the report").into());
        }
    }
    // The prerendered view is the newest report's: where the reader was in
    // it carries over to the app showing the same.
    let same = reports == newest;
    // An address with a search waits for the search lexicon, so its first
    // answer is the whole one (a traditional or English term).
    let searching = report::site::params::pairs(&browser::search()).any(|(k, v)| k == "q" && !v.trim().is_empty());
    if same && !searching && reports.first().is_some_and(|r| data::loaded(&r.id).is_some()) {
        let resume = browser::take_prerendered();
        yew::Renderer::<App>::with_props(app::AppProps { resume, notices }).render();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        // A list of several is drawn from their outlines (its texts follow,
        // see `App`), unless the address searches or goes to a paragraph:
        // then, and offline, from their whole files. (A site of one report
        // carries none of a list's code, and fetches its one file.)
        #[cfg(series)]
        let loaded = if reports.len() > 1
            && !searching
            && !browser::has_fragment()
            && data::load_outlines(&reports).await.is_ok()
        {
            Ok(())
        } else {
            data::load(&reports, || {}).await
        };
        #[cfg(not(series))]
        let loaded = data::load(&reports, || {}).await;
        match loaded {
            Ok(()) => {
                data::show(reports);
                if searching {
                    if let Err(e) = data::load_lexicon().await {
                        web_sys::console::warn_1(&format!("{e}: searching without the lexicon").into());
                    }
                }
                let resume = browser::take_prerendered();
                let resume = if same { resume } else { Default::default() };
                yew::Renderer::<App>::with_props(app::AppProps { resume, notices }).render();
            }
            Err(e) => browser::report_failed(&e),
        }
    });
}
