//! What components read and how they send actions: the app's context (the
//! state and the results of its filter) and the dispatcher, with the hooks
//! that fetch them. Views and cards that only need the language take it
//! as a prop and send actions through [`use_dispatch`].

use crate::browser;
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
    /// outlines): a search waits for them.
    pub texts_pending: bool,
}

impl Results {
    /// Whether `filter`'s search waits for the list's texts (meanwhile the
    /// hits and counts are those of the other filters).
    pub fn search_waits(&self, filter: &report::query::Filter) -> bool {
        search_waits(self.texts_pending, filter)
    }
}

/// Whether `filter`'s search waits, when texts are pending.
pub fn search_waits(texts_pending: bool, filter: &report::query::Filter) -> bool {
    texts_pending && !filter.query.trim().is_empty()
}

/// Sends actions to the reducer. It never changes, so components that only
/// send actions (paragraph cards, views) re-render only when their props
/// change, not on every filter change.
#[derive(Clone)]
pub struct Dispatch(UseReducerDispatcher<AppState>);

impl PartialEq for Dispatch {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Dispatch {
    pub fn new(d: UseReducerDispatcher<AppState>) -> Self {
        Dispatch(d)
    }

    /// Dispatches an action, noting which control had focus: if the render
    /// takes it away, focus goes to its replacement or a neighbour.
    pub fn dispatch(&self, a: Action) {
        match browser::focused_id() {
            Some(id) => self.0.dispatch(Action::Keeping(id, Box::new(a))),
            None => self.0.dispatch(a),
        }
    }

    /// A callback that dispatches a fixed action (see [`Self::dispatch`]).
    pub fn on<E>(&self, a: Action) -> Callback<E> {
        let d = self.clone();
        Callback::from(move |_| d.dispatch(a.clone()))
    }
}

/// The dispatcher, for components that only send actions.
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

    fn dispatcher(&self) -> Dispatch {
        Dispatch(self.state.dispatcher())
    }

    /// See [`Dispatch::dispatch`].
    pub fn dispatch(&self, a: Action) {
        self.dispatcher().dispatch(a)
    }

    /// See [`Dispatch::on`].
    pub fn on<E>(&self, a: Action) -> Callback<E> {
        self.dispatcher().on(a)
    }
}

/// The app's context; components never reach for it raw.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside <App>")
}
