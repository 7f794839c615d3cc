//! The root component: owns the reducer, derives hits and counts from it,
//! keeps the URL, the title and focus in step, and lays out the page.

use crate::browser;
use crate::components::{
    active_filters::active_filters, attendance::AttendancePanel, facet_panel::FacetPanel, filters_fold::FiltersFold,
    footnotes::Footnotes, header::header, notices::notices, paragraph_list::ParagraphList, search_box::SearchBox,
    toc::Toc, toolbar::Toolbar,
};
use crate::context::{AppContext, Dispatch, Results};
use crate::data::{self, Site};
use crate::i18n;
use crate::later::use_after_paint;
use crate::state::{Action, AppState, Resume, UrlWrite};
use crate::views::{article_view::ArticleView, entity_view::EntityView, overview::Overview};
use report::page::meeting;
use report::query::Facet;
use report::site::markup::frame;
use report::site::params::View;
use report::site::params::{Notice, PageState};
use std::borrow::Cow;
use std::rc::Rc;
use yew::prelude::*;
use yew::Reducible;

/// The state the URL describes; a paragraph in the fragment (`#p39`) is
/// revealed, scrolled to and focused after the first render.
///
/// Otherwise the page resumes where the reader was in the prerendered view
/// (`resume`): the card at the top of the screen stays where it was, and
/// the element they had focused has focus again.
fn initial_state(resume: Resume, mut notices: Vec<Notice>, site: &'static Site) -> Rc<AppState> {
    let (page, more) = PageState::from_query(&browser::search(), site.index());
    notices.extend(more);
    let state = Rc::new(AppState::new(page, browser::preferred_lang(), notices, site));
    match browser::fragment().filter(|f| site.report().by_anchor(f).is_some()) {
        Some(f) => state.reduce(Action::Reveal(f)),
        None => state.reduce(Action::Resume(resume)),
    }
}

/// The line printed above the paragraphs: the report, the active filters
/// and the address of this view.
fn print_line(state: &AppState) -> String {
    let lang = state.lang;
    let mut parts = vec![state.site.report().title.clone()];
    for f in Facet::ALL {
        for v in state.page.filter.values(f) {
            parts.push(format!(
                "{}: {}",
                i18n::facet_title(f).get(lang),
                i18n::value_name(state.site.report(), f, &v, lang).0
            ));
        }
    }
    if !state.page.filter.query.is_empty() {
        parts.push(format!("“{}”", state.page.filter.query));
    }
    parts.push(browser::page_url(&state.page, state.site));
    parts.join(" · ")
}

/// What the page starts from besides its address.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the reader was in the prerendered view, read before the app
    /// is mounted (the view is hidden then).
    pub resume: Resume,
    /// What the address held that could not be used before the app
    /// started (an unknown `report`).
    pub notices: Vec<Notice>,
    /// What the page shows, as `run()` made it (the state keeps it from
    /// then on).
    pub site: &'static Site,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state =
        use_reducer(|| Rc::unwrap_or_clone(initial_state(props.resume.clone(), props.notices.clone(), props.site)));
    let site = state.site;
    let filter = state.page.filter.clone();
    // Read again when the search lexicon arrives (the search box fetches
    // it when focused; an address with a search has it before the mount),
    // and when reports or search keys arrive (a list drawn from outlines:
    // until its search has the texts it needs, the list shows what the
    // other filters choose, and says it is waiting).
    let results = use_memo((filter, state.arrivals), |(f, _)| {
        let texts_pending = data::is_series() && site.texts_pending();
        #[cfg(series)]
        let needs = site.search_needs(&f.query);
        #[cfg(series)]
        let waiting = !matches!(needs, data::Needs::Ready);
        #[cfg(not(series))]
        let waiting = false;
        let without_query;
        let f = if waiting {
            without_query = report::query::Filter { query: String::new(), ..f.clone() };
            &without_query
        } else {
            f
        };
        let (hits, counts, search) = site.index().results(f);
        Rc::new(Results {
            hits,
            counts,
            search: Rc::new(search),
            texts_pending,
            #[cfg(series)]
            needs,
        })
    });
    let results: Rc<Results> = (*results).clone();
    // A list drawn from its reports' outlines asks for the texts of the
    // reports whose cards it draws (none while another view shows), and
    // for what a search waits for: its search keys, the texts they say it
    // needs, the list made again with them.
    #[cfg(series)]
    {
        use data::Needs;
        let (shards, wanted, remake) = match (&results.needs, results.texts_pending, &state.page.view) {
            (Needs::Keys(shards), ..) => (shards.clone(), Vec::new(), false),
            (Needs::Texts(reports), ..) => (Vec::new(), reports.clone(), false),
            (Needs::Remake, ..) => (Vec::new(), Vec::new(), true),
            (Needs::Ready, true, View::List) => (
                Vec::new(),
                site.texts_for(Some(&results.hits.iter().take(state.limit).skip(state.start()).collect::<Vec<_>>())),
                false,
            ),
            (Needs::Ready, ..) => (Vec::new(), Vec::new(), false),
        };
        let d = state.dispatcher();
        let ids: Vec<&'static str> = wanted.iter().map(|i| i.id.as_str()).collect();
        use_effect_with((ids, shards, remake), move |(_, shards, remake)| {
            crate::context::fetch_keys(d.clone(), site, shards);
            // (The texts the search needs are all here, so no fetch will
            // bring the arrival that makes the list again: an empty one
            // does.)
            if *remake {
                d.dispatch(Action::Arrived(data::Arrival::Reports(Rc::from([]))));
            }
            crate::context::fetch_texts(d, site, wanted)
        });
    }

    // The URL follows the state, a task after the render that shows it:
    // one new history entry if any change since the last write asked for
    // one (several can land in one render, or before the write).
    {
        let s = state.clone();
        let writer = use_memo((), |_| browser::UrlWriter::new(state.pushes));
        use_effect_with(state.page.clone(), move |page| {
            if s.url_write == UrlWrite::None {
                writer.drop_unwritten(s.pushes);
            } else {
                writer.write_after(page, s.pushes);
            }
        });
    }
    // <html lang>, storage and the document title follow the language.
    use_effect_with(state.lang, move |lang| {
        browser::apply_lang(*lang);
        browser::set_title(&site.page_title(*lang).map_or_else(|| meeting::list_page_title(*lang), Cow::into_owned));
    });
    // Back/Forward and fragment changes (the reducer reads them against
    // the site it shows).
    {
        let d = state.dispatcher();
        use_effect_with((), move |_| {
            let win = gloo::utils::window();
            let d1 = d.clone();
            let pop = gloo::events::EventListener::new(&win, "popstate", move |_| {
                d1.dispatch(Action::Restore(browser::search()));
            });
            let hash = gloo::events::EventListener::new(&win, "hashchange", move |_| {
                if let Some(f) = browser::fragment() {
                    d.dispatch(Action::Reveal(f));
                }
            });
            move || drop((pop, hash))
        });
    }
    // Focus goes where the state asks, once its render is in the document
    // (an effect of the root runs after its children have rendered).
    use_effect_with(state.focus.clone(), move |request| {
        if let Some(r) = request {
            browser::apply_focus(&r.focus, site.report());
        }
    });

    // The facet counts: a keystroke's come in a task after the list that
    // answers it has been painted (the latest by then, once for several
    // keystrokes), so a reader typing sees the list no later than on a
    // page without counts; any other change's at once.
    let counts = use_after_paint(results.clone(), !state.typing).counts.clone();
    let ctx = AppContext { state: state.clone(), results };
    let lang = state.lang;
    let dispatch = Dispatch::new(&state);
    html! {
        <ContextProvider<Dispatch> context={dispatch}>
        <ContextProvider<AppContext> context={ctx.clone()}>
            <a class={frame::SKIP_LINK} href={format!("#{}", frame::RESULTS)}>{ i18n::SKIP.get(lang) }</a>
            { header(&ctx) }
            { notices(&ctx) }
            <div class={frame::LAYOUT}>
                <aside class={frame::SIDEBAR} aria-label={i18n::FILTERS.get(lang)}>
                    <SearchBox />
                    { active_filters(&ctx) }
                    <FiltersFold active={state.page.filter.active()} {lang}>
                        <FacetPanel facet={Facet::Topic} counts={counts.shared(Facet::Topic)} {lang} />
                        <FacetPanel facet={Facet::Speaker} counts={counts.shared(Facet::Speaker)} {lang} />
                        <FacetPanel facet={Facet::Article} counts={counts.shared(Facet::Article)} {lang} />
                        <FacetPanel facet={Facet::Mention} counts={counts.shared(Facet::Mention)} {lang} />
                        <AttendancePanel />
                    </FiltersFold>
                </aside>
                <main id={frame::RESULTS} tabindex="-1">
                    <p class="print-only" data-testid="print-line">{ print_line(&state) }</p>
                    <Toolbar />
                    { match &state.page.view {
                        View::List => html! { <><Toc /><ParagraphList /><Footnotes {lang} /></> },
                        View::Entity(id) => html! { <EntityView id={AttrValue::from(id.clone())} {lang} /> },
                        View::Article(a) => html! { <ArticleView article={*a} {lang} /> },
                        View::Overview => html! { <Overview {lang} /> },
                    } }
                </main>
            </div>
        </ContextProvider<AppContext>>
        </ContextProvider<Dispatch>>
    }
}
