//! The explorer page: a thin Yew layer over the `report` core.
//!
//! - [`data`]: the site's reports (embedded, fetched) and what the page
//!   shows, as values `run()` makes and the reducer's state keeps.
//! - [`state`]: the reducer that owns the filter state (no web APIs).
//! - [`browser`]: address bar, history, storage.
//! - [`fetch`]: files of the site fetched beside the page.
//! - [`context`]: what components read (state, results) and the
//!   dispatcher they send actions with, which holds the site.
//! - [`app`], [`components`] and [`views`]: rendering; [`markup`] draws
//!   what the core describes as markup (a card, the footnotes); [`later`]
//!   holds a value back until the browser has painted (a keystroke's
//!   facet counts).

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod data;
pub mod fetch;
pub mod i18n;
pub mod later;
pub mod markup;
pub mod state;
pub mod views;

pub use app::App;

/// Mounts the app on the page's `#app` element, over the site the
/// address chooses (made here, once, and handed to the app as a value):
/// the embedded newest report in the next task (the site is made in this
/// one), its texts read back from the prerendered view (and where the
/// reader was in it);
/// another report once its file has arrived, several in one list once
/// their outlines have (their texts when it needs them)
/// (the prerendered page says it is loading, or why it failed); an address
/// with a search, once the search lexicon has arrived. Should the
/// prerendered texts have been changed, the newest report's own file is
/// fetched too, while the prerendered view stays.
pub fn run() {
    use data::{Library, Site};
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
    let mut library = Library::default();
    if reports.iter().any(|r| newest.contains(r)) {
        match data::newest(catalog, browser::prerendered_texts()) {
            Ok(n) => library = library.adding(vec![n]),
            Err(e) => web_sys::console::warn_1(&format!("{e}: fetching the report").into()),
        }
    }
    // The prerendered view is the newest report's: where the reader was in
    // it carries over to the app showing the same.
    let same = reports == newest;
    // An address with a search waits for the search lexicon, so its first
    // answer reads a traditional or English term as it would typed.
    let searching = report::site::params::pairs(&browser::search()).any(|(k, v)| k == "q" && !v.trim().is_empty());
    if same && !searching && reports.first().is_some_and(|r| library.whole(&r.id).is_some()) {
        // The site is made in the task that started the wasm and the app
        // drawn in the next: two shorter tasks block the page less than
        // one (a keystroke or a frame can come between them).
        let site = Site::new(catalog, library, reports);
        return browser::after_this_task(move || mount(site, same, notices));
    }
    wasm_bindgen_futures::spawn_local(async move {
        // A list of several is drawn from their outlines (texts as it needs
        // them, see `App`: a paragraph the address goes to asks for its
        // report's; a search, its search keys and the texts they say it
        // needs, the page saying it waits); offline, from their whole
        // files. (A site of one report carries none of a list's code, and
        // fetches its one file.)
        #[cfg(series)]
        let outlined = if reports.len() > 1 {
            data::load_outlines(&library, &reports, |_| {}).await.ok().map(|o| library.clone().outlining(o))
        } else {
            None
        };
        #[cfg(not(series))]
        let outlined: Option<Library> = None;
        let library = match outlined {
            Some(l) => Ok(l),
            None => data::load(&library, &reports, |_| {}).await.map(|more| library.adding(more)),
        };
        let site = library.and_then(|l| Site::new(catalog, l, reports));
        if let (true, Ok(site)) = (searching, &site) {
            match data::load_lexicon().await {
                Ok(l) => site.index().add_lexicon(l),
                Err(e) => web_sys::console::warn_1(&format!("{e}: searching without the lexicon").into()),
            }
        }
        mount(site, same, notices);
    });
}

/// Mounts the app over `site`, taking the prerendered view away (where
/// the reader was in it carries over if the app shows the `same` report),
/// or says in that view why the site could not be made.
fn mount(site: Result<&'static data::Site, String>, same: bool, notices: Vec<report::site::params::Notice>) {
    match site {
        Ok(site) => {
            let resume = browser::take_prerendered();
            let resume = if same { resume } else { Default::default() };
            let props = app::AppProps { resume, notices, site };
            if let Some(root) = browser::app_root() {
                yew::Renderer::<App>::with_root_and_props(root, props).render();
            }
        }
        Err(e) => browser::report_failed(&e),
    }
}
