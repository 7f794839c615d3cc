//! The root component: owns the reducer, derives hits and counts from it,
//! keeps the URL in step, and lays out the page.

use crate::browser;
use crate::components::{
    active_filters::ActiveFilters, attendance::AttendancePanel, facet_panel::FacetPanel, footnotes::Footnotes,
    header::Header, notices::Notices, paragraph_list::ParagraphList, search_box::SearchBox, toc::Toc, toolbar::Toolbar,
};
use crate::data::{index, report};
use crate::i18n;
use crate::state::{Action, AppState, UrlWrite};
use crate::views::{article_view::ArticleView, entity_view::EntityView, overview::Overview};
use report::params::PageState;
use report::params::View;
use report::query::{Bits, Counts, Facet, Search};
use std::rc::Rc;
use yew::prelude::*;

/// Hits and counts for the current filter.
#[derive(Debug)]
pub struct Results {
    pub hits: Bits,
    pub counts: Counts,
    /// The search as the engine read it (for highlights).
    pub search: Rc<Search>,
}

/// Sends actions to the reducer. It never changes, so components that only
/// send actions (paragraph cards) take it from their own context and
/// re-render only when their props change, not on every filter change.
#[derive(Clone)]
pub struct Dispatch(UseReducerDispatcher<AppState>);

impl PartialEq for Dispatch {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Dispatch {
    /// Dispatches an action; if the re-render takes away the focused
    /// control, focus goes to its replacement or a sensible neighbour.
    pub fn dispatch(&self, a: Action) {
        let focused = browser::focused_id();
        self.0.dispatch(a);
        browser::restore_focus(focused);
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

/// What every component reads: the state, a dispatcher and the results.
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
    pub fn lang(&self) -> report::params::Lang {
        self.state.lang
    }

    /// See [`Dispatch::dispatch`].
    pub fn dispatch(&self, a: Action) {
        Dispatch(self.state.dispatcher()).dispatch(a)
    }

    /// See [`Dispatch::on`].
    pub fn on<E>(&self, a: Action) -> Callback<E> {
        Dispatch(self.state.dispatcher()).on(a)
    }
}

/// The context of the app; components never reach for it raw.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside <App>")
}

fn initial_state() -> AppState {
    let (page, notices) = PageState::from_query(&browser::search(), index());
    AppState::new(page, browser::preferred_lang(), notices, browser::hash_paragraph())
}

/// The line printed above the paragraphs: the report, the active filters
/// and the address of this view.
fn print_line(state: &AppState) -> String {
    let lang = state.lang;
    let mut parts = vec![report().title.clone()];
    for f in Facet::ALL {
        for v in state.page.filter.values(f) {
            parts.push(format!("{}: {}", i18n::facet_title(f).get(lang), i18n::value_name(f, &v, lang).0));
        }
    }
    if !state.page.filter.query.is_empty() {
        parts.push(format!("“{}”", state.page.filter.query));
    }
    parts.push(browser::page_url(&state.page));
    parts.join(" · ")
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let filter = state.page.filter.clone();
    let results = use_memo(filter, |f| {
        let (hits, counts, search) = index().results(f);
        Rc::new(Results { hits, counts, search: Rc::new(search) })
    });
    let results: Rc<Results> = (*results).clone();

    // The URL follows the state.
    {
        let s = state.clone();
        use_effect_with(state.page.clone(), move |page| match s.url_write {
            UrlWrite::Push => browser::write_url(page, true),
            UrlWrite::Replace => browser::write_url(page, false),
            UrlWrite::None => {}
        });
    }
    // <html lang>, storage and the document title follow the language.
    use_effect_with(state.lang, |lang| {
        browser::apply_lang(*lang);
        browser::set_title(&report::meeting::page_title(report(), *lang));
    });
    // Back/Forward and fragment changes.
    {
        let s = state.clone();
        use_effect_with((), move |_| {
            let win = gloo::utils::window();
            let s1 = s.clone();
            let pop = gloo::events::EventListener::new(&win, "popstate", move |_| {
                let (page, _) = PageState::from_query(&browser::search(), index());
                s1.dispatch(Action::Restore(page));
            });
            let s2 = s.clone();
            let hash = gloo::events::EventListener::new(&win, "hashchange", move |_| {
                if let Some(n) = browser::hash_paragraph() {
                    s2.dispatch(Action::Reveal(n));
                }
            });
            move || drop((pop, hash))
        });
    }
    // A target paragraph from the fragment: make sure filters do not hide it.
    {
        let s = state.clone();
        use_effect_with((), move |_| {
            if let Some(n) = s.target {
                s.dispatch(Action::Reveal(n));
            }
        });
    }

    let ctx = AppContext { state: state.clone(), results };
    let lang = state.lang;
    let dispatch = Dispatch(state.dispatcher());
    html! {
        <ContextProvider<Dispatch> context={dispatch}>
        <ContextProvider<AppContext> context={ctx}>
            <a class="skip-link" href="#results">{ i18n::SKIP.get(lang) }</a>
            <Header />
            <Notices />
            <div class="layout">
                <aside class="sidebar" aria-label={i18n::FILTERS.get(lang)}>
                    <SearchBox />
                    <ActiveFilters />
                    <FacetPanel facet={Facet::Topic} />
                    <FacetPanel facet={Facet::Speaker} />
                    <FacetPanel facet={Facet::Article} />
                    <FacetPanel facet={Facet::Mention} />
                    <AttendancePanel />
                </aside>
                <main id="results" tabindex="-1">
                    <p class="print-only" data-testid="print-line">{ print_line(&state) }</p>
                    <Toolbar />
                    { match &state.page.view {
                        View::List => html! { <><Toc /><ParagraphList /><Footnotes /></> },
                        View::Entity(id) => html! { <EntityView id={AttrValue::from(id.clone())} /> },
                        View::Article(a) => html! { <ArticleView article={*a} /> },
                        View::Overview => html! { <Overview /> },
                    } }
                </main>
            </div>
        </ContextProvider<AppContext>>
        </ContextProvider<Dispatch>>
    }
}
