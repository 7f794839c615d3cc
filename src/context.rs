//! What components read and how they send actions: the app's context (the
//! state and the results of its filter) and the dispatcher with the site
//! shown, with the hooks that fetch them. Views and cards that only need
//! the language take it as a prop, and read the site and send actions
//! through [`use_dispatch`].

use crate::browser;
use crate::data::Site;
use crate::state::{Action, AppState};
use report::page::i18n::Lang;
use report::query::{Bits, Counts, Search};
use std::rc::Rc;
use yew::prelude::*;

/// Hits and counts for the current filter.
#[derive(Debug)]
pub struct Results {
    pub hits: Bits,
    pub counts: Counts,
    /// The search as the engine read it (for highlights).
    pub search: Rc<Search>,
    /// Some report of the list shown has no texts yet (it was drawn from
    /// outlines).
    pub texts_pending: bool,
    /// What the search waits for in such a list (meanwhile the hits and
    /// counts are those of the other filters).
    #[cfg(series)]
    pub needs: crate::data::Needs,
}

impl Results {
    /// Whether the search waits (see `needs`).
    pub fn search_waits(&self) -> bool {
        #[cfg(series)]
        return !matches!(self.needs, crate::data::Needs::Ready);
        #[cfg(not(series))]
        false
    }
}

/// Sends actions to the reducer, and holds what the page shows. It
/// changes only when reports arrive (a new site), so components that only
/// read the site and send actions (paragraph cards, views) re-render only
/// when their props change, not on every filter change.
#[derive(Clone)]
pub struct Dispatch {
    d: UseReducerDispatcher<AppState>,
    /// What the page shows.
    pub site: &'static Site,
}

impl PartialEq for Dispatch {
    fn eq(&self, other: &Self) -> bool {
        self.d == other.d && std::ptr::eq(self.site, other.site)
    }
}

/// Dispatches an action, noting which control had focus: if the render
/// takes it away, focus goes to its replacement or a neighbour.
fn send(d: &UseReducerDispatcher<AppState>, a: Action) {
    match browser::focused_id() {
        Some(id) => d.dispatch(Action::Keeping(id, Box::new(a))),
        None => d.dispatch(a),
    }
}

impl Dispatch {
    /// The dispatcher of `state`, with its site.
    pub fn new(state: &UseReducerHandle<AppState>) -> Self {
        Dispatch { d: state.dispatcher(), site: state.site }
    }

    /// See [`send`].
    pub fn dispatch(&self, a: Action) {
        send(&self.d, a)
    }

    /// A callback that dispatches a fixed action (see [`Self::dispatch`]).
    pub fn on<E>(&self, a: Action) -> Callback<E> {
        on(self.d.clone(), a)
    }
}

/// A callback that sends a fixed action (see [`send`]).
fn on<E>(d: UseReducerDispatcher<AppState>, a: Action) -> Callback<E> {
    Callback::from(move |_| send(&d, a.clone()))
}

/// The dispatcher and the site, for components that do not read the
/// filter state.
#[hook]
pub fn use_dispatch() -> Dispatch {
    use_context::<Dispatch>().expect("components are rendered inside <App>")
}

/// What the filter-dependent components read: the state and the results.
#[derive(Clone)]
pub struct AppContext {
    pub state: UseReducerHandle<AppState>,
    pub results: Rc<Results>,
}

impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state && Rc::ptr_eq(&self.results, &other.results)
    }
}

impl AppContext {
    pub fn lang(&self) -> Lang {
        self.state.lang
    }

    /// What the page shows.
    pub fn site(&self) -> &'static Site {
        self.state.site
    }

    /// See [`Dispatch::dispatch`].
    pub fn dispatch(&self, a: Action) {
        send(&self.state.dispatcher(), a)
    }

    /// See [`Dispatch::on`].
    pub fn on<E>(&self, a: Action) -> Callback<E> {
        on(self.state.dispatcher(), a)
    }

    /// See [`fetch_texts`].
    #[cfg(series)]
    pub fn fetch_texts(&self, reports: Vec<&'static report::site::series::ReportInfo>) {
        fetch_texts(self.state.dispatcher(), self.site(), reports)
    }
}

/// Asks for the search keys' `shards` (of `site`'s library, none asked for
/// before), which arrive as an action, or why they could not.
#[cfg(series)]
pub fn fetch_keys(d: UseReducerDispatcher<AppState>, site: &'static Site, shards: &[u32]) {
    use crate::data::Arrival;
    if shards.is_empty() {
        return;
    }
    let load = crate::data::load_keys(site, shards);
    wasm_bindgen_futures::spawn_local(async move {
        d.dispatch(Action::Arrived(match load.await {
            Ok(()) => Arrival::Keys,
            Err(e) => Arrival::TextsFailed(e.into()),
        }));
    });
}

/// Asks for the texts of `reports` (shown by `site` from their outlines,
/// none asked for before), which arrive as an action (`Action::Arrived`),
/// or why they could not.
#[cfg(series)]
pub fn fetch_texts(
    d: UseReducerDispatcher<AppState>,
    site: &'static Site,
    reports: Vec<&'static report::site::series::ReportInfo>,
) {
    use crate::data::{load_texts, Arrival};
    if reports.is_empty() {
        return;
    }
    let load = load_texts(site, reports);
    wasm_bindgen_futures::spawn_local(async move {
        d.dispatch(Action::Arrived(match load.await {
            Ok(whole) => Arrival::Reports(whole.into()),
            Err(e) => Arrival::TextsFailed(e.into()),
        }));
    });
}

/// The app's context; components never reach for it raw.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside <App>")
}
