//! The chosen values as removable chips, and one control to clear all.

use crate::context::AppContext;
use crate::i18n;
use crate::state::Action;
use report::query::Facet;
use yew::prelude::*;

/// The chips, drawn with the page (a part of it, not a component: it
/// reads the app's state, which changes with every render of the page).
pub fn active_filters(app: &AppContext) -> Html {
    let lang = app.lang();
    let f = &app.state.page.filter;
    if f.is_empty() {
        return html! {};
    }
    let r = app.site().report();
    let chips = Facet::ALL.iter().flat_map(|&facet| {
        let app = app.clone();
        f.values(facet).into_iter().map(move |v| {
            let (name, _) = i18n::value_name(r, facet, &v, lang);
            let label = format!("{}: {name}", i18n::facet_title(facet).get(lang));
            html! {
                <li>
                    <button type="button" class="chip chip-remove" data-testid="active-chip"
                        aria-label={format!("{} {label}", i18n::REMOVE.get(lang))}
                        onclick={app.on(Action::Toggle(facet, v.clone()))}>
                        { label }<span aria-hidden="true">{ " ×" }</span>
                    </button>
                </li>
            }
        })
    });
    let query = (!f.query.trim().is_empty()).then(|| {
        html! {
            <li>
                <button type="button" class="chip chip-remove" data-testid="active-chip"
                    aria-label={format!("{} {}", i18n::REMOVE.get(lang), f.query)}
                    onclick={app.on(Action::Search(String::new()))}>
                    { format!("“{}”", f.query) }<span aria-hidden="true">{ " ×" }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="active-filters" aria-label={i18n::ACTIVE.get(lang)}>
            <ul class="chips">{ for chips }{ for query }</ul>
            <button type="button" class="clear-all" data-testid="clear-all" onclick={app.on(Action::ClearAll)}>
                { i18n::CLEAR_ALL.get(lang) }
            </button>
        </section>
    }
}
