//! The matching paragraphs in report order, under their section headings.
//!
//! Renders the first [`PAGE`] cards and more as the reader reaches the
//! end (an observer on a sentinel, and a button for keyboards), so a
//! report of 10,000 paragraphs costs no more to filter than a short one.

use super::paragraph_card::ParagraphCard;
use crate::context::{use_app, use_dispatch};
use crate::data;
use crate::i18n;
use crate::state::Action;
use report::query::Facet;
use report::site::markup::{frame, section_start};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Cards rendered at first and added per step.
pub use crate::state::PAGE;

#[component]
pub fn ParagraphList() -> Html {
    let app = use_app();
    let dispatch = use_dispatch();
    let lang = app.lang();
    let r = app.site().report();
    let sentinel = use_node_ref();
    let hits: Vec<usize> = app.results.hits.iter().collect();
    // The reducer sets the limit: back to the first page on a new filter,
    // down to a paragraph it reveals.
    let wanted = app.state.limit;
    // Load more when the sentinel comes within a screen of the view: the
    // next cards are there before the reader reaches the end, and cards
    // laid out larger than their placeholder (content-visibility) cannot
    // push the sentinel just out of reach.
    {
        let app = app.clone();
        let more = wanted < hits.len();
        use_effect_with((sentinel.clone(), more, wanted), move |(sentinel, more, wanted)| {
            let mut observer = None;
            if *more {
                if let Some(el) = sentinel.cast::<web_sys::Element>() {
                    let wanted = *wanted;
                    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let hit = entries
                            .iter()
                            .any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
                        if hit {
                            app.dispatch(Action::ShowMore { from: wanted, focus: None });
                        }
                    });
                    let init = web_sys::IntersectionObserverInit::new();
                    init.set_root_margin("0px 0px 100% 0px");
                    if let Ok(o) = web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &init) {
                        o.observe(&el);
                        observer = Some((o, cb));
                    }
                }
            }
            move || {
                if let Some((o, _cb)) = observer {
                    o.disconnect();
                }
            }
        });
    }

    if hits.is_empty() {
        let f = &app.state.page.filter;
        let relax = Facet::ALL.iter().flat_map(|&facet| {
            let app = app.clone();
            f.values(facet).into_iter().map(move |v| {
                let (name, _) = i18n::value_name(r, facet, &v, lang);
                html! { <li><button type="button" class="chip chip-remove" onclick={app.on(Action::Toggle(facet, v.clone()))}>
                    { format!("{}: {name} ×", i18n::facet_title(facet).get(lang)) }</button></li> }
            })
        });
        return html! {
            <section class="empty" data-testid="empty">
                <p><strong>{ i18n::NO_RESULTS.get(lang) }</strong>{ " " }{ i18n::RELAX.get(lang) }</p>
                <ul class="chips">
                    { for relax }
                    if !f.query.trim().is_empty() {
                        <li><button type="button" class="chip chip-remove" onclick={app.on(Action::Search(String::new()))}>
                            { format!("{} “{}” ×", i18n::REMOVE_SEARCH.get(lang), f.query) }</button></li>
                    }
                </ul>
            </section>
        };
    }

    let search = app.results.search.clone();
    let mut last_section = None;
    let mut items = Vec::with_capacity(wanted.min(hits.len()) * 2);
    let drawn = hits.iter().take(wanted);
    // (A list of several reports can start further down: `AppState::start`.)
    #[cfg(series)]
    let drawn = {
        let start = app.state.start();
        if start > 0 {
            items.push(earlier(&app, start));
        }
        drawn.skip(start)
    };
    for &i in drawn {
        let p = &r.paragraphs[i];
        if last_section != Some(&p.section) {
            let start = section_start(r, last_section.map(String::as_str), &p.section);
            for (id, anchor) in start.anchors {
                items.push(crate::markup::keyed(anchor, format!("a-{id}"), lang, &dispatch));
            }
            items.push(crate::markup::keyed(start.heading, format!("s-{}", p.section), lang, &dispatch));
            last_section = Some(&p.section);
        }
        items.push(html! { <ParagraphCard key={format!("p{i}")} position={i} {lang} search={search.clone()} /> });
    }
    let rest = hits.len().saturating_sub(wanted);
    // Focus goes to the first card added (the button may go away).
    let more = app.on(Action::ShowMore { from: wanted, focus: hits.get(wanted).copied() });
    html! {
        <section class={frame::PARAGRAPHS} aria-label={i18n::SHOWN.get(lang)}>
            if data::is_series() && app.results.texts_pending {
                if let Some(e) = &app.state.texts_failed {
                    <p class="notice" role="status" data-testid="texts-failed">{ format!("{}{e}", i18n::TEXTS_MISSING.get(lang)) }</p>
                }
            }
            // The cards in their own element: yew diffs a fully keyed list
            // by key, so a card (and the focus in it) stays in place when
            // more are added; mixed with the unkeyed control below, every
            // card would be replaced.
            <div class={frame::CARDS}>{ for items }</div>
            if rest > 0 {
                <div ref={sentinel} class={frame::MORE}>
                    <button type="button" onclick={more}>{ format!("{} ({rest})", i18n::SHOW_MORE.get(lang)) }</button>
                </div>
            }
        </section>
    }
}

/// Above a list that starts further down than its first card (a paragraph
/// far down it was revealed): a control for the cards before, which keeps
/// focus while there are more (keyed, among the cards).
#[cfg(series)]
fn earlier(app: &crate::context::AppContext, start: usize) -> Html {
    html! {
        <div key="show-earlier" class={frame::MORE}>
            <button type="button" id="show-earlier" data-testid="show-earlier" onclick={app.on(Action::ShowEarlier)}>
                { format!("{} ({start})", i18n::SHOW_EARLIER.get(app.lang())) }</button>
        </div>
    }
}
