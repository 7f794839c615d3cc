//! One facet group: its values with live counts, sortable by count or by
//! name (which values, in which order: `report::query::listed`). Long
//! groups show their first values and a control for the rest. It draws
//! the counts it is given, so it re-renders only when they change.

use crate::context::{use_dispatch, Dispatch};
use crate::i18n;
use crate::state::Action;
use report::page::i18n::Lang;
use report::query::{listed, Facet, FacetCount, ValueOrder};
use report::site::params::View;
use std::rc::Rc;
use yew::prelude::*;

/// How many values a long group shows before "show all".
const FIRST: usize = 12;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub facet: Facet,
    /// The facet's values with their counts under the current filter.
    pub counts: Rc<[FacetCount]>,
    pub lang: Lang,
}

#[component]
pub fn FacetPanel(props: &Props) -> Html {
    let dispatch = use_dispatch();
    let site = dispatch.site;
    let (facet, lang) = (props.facet, props.lang);
    let order = use_state(|| if facet == Facet::Article { ValueOrder::ByName } else { ValueOrder::ByCount });
    let expanded = use_state(|| false);
    let values = listed(&props.counts, *order);
    let total = values.len();
    let shown = if *expanded { &values[..] } else { &values[..total.min(FIRST)] };
    let id = format!("facet-{}", facet.param());
    let (sort_label, other_order) = match *order {
        ValueOrder::ByName => (i18n::SORT_COUNT, ValueOrder::ByCount),
        ValueOrder::ByCount => (i18n::SORT_NAME, ValueOrder::ByName),
    };
    let toggle_sort = {
        let order = order.clone();
        Callback::from(move |_| order.set(other_order))
    };
    let toggle_more = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };
    html! {
        <section class="facet" aria-labelledby={id.clone()} data-testid={id.clone()}>
            <div class="facet-head">
                <h2 id={id.clone()}>{ i18n::facet_title(facet).get(lang) }</h2>
                <button type="button" class="link-button" onclick={toggle_sort}>{ sort_label.get(lang) }</button>
            </div>
            <ul class="facet-values">
                { for shown.iter().map(|c| value(&dispatch, site.report(), facet, c, lang)) }
            </ul>
            if total > FIRST {
                <button type="button" class="link-button" aria-expanded={expanded.to_string()} onclick={toggle_more}>
                    { if *expanded { "−".to_string() } else { format!("{} ({total})", i18n::SHOW_MORE.get(lang)) } }
                </button>
            }
        </section>
    }
}

fn value(dispatch: &Dispatch, report: &report::Report, facet: Facet, c: &FacetCount, lang: Lang) -> Html {
    let (name, other) = i18n::value_name(report, facet, &c.value, lang);
    let id = format!("f-{}-{}", facet.param(), c.value.replace(':', "-"));
    html! {
        <li key={id.clone()}>
            <input type="checkbox" id={id.clone()} checked={c.selected}
                data-value={c.value.clone()}
                onchange={dispatch.on(Action::Toggle(facet, c.value.clone()))} />
            <label for={id} title={other}>
                <span class="name">{ name.clone() }</span>
                <span class="count" aria-label={format!("({})", c.count)}>{ c.count }</span>
            </label>
            if matches!(facet, Facet::Speaker | Facet::Mention) && report::has_page(&c.value) {
                <button type="button" class="info" data-testid="facet-info"
                    aria-label={format!("{name}: {}", i18n::DETAILS.get(lang))}
                    onclick={dispatch.on(Action::SetView(View::Entity(c.value.clone())))}>{ "ⓘ" }</button>
            }
        </li>
    }
}
