//! One facet group: its values with live counts, sortable by count or by
//! name. Values with no paragraph under the current filter are hidden
//! unless chosen; long groups show their first values and a control for
//! the rest.

use crate::app::use_app;
use crate::i18n;
use crate::state::Action;
use report::params::{Lang, View};
use report::query::{Facet, FacetCount};
use yew::prelude::*;

/// How many values a long group shows before "show all".
const FIRST: usize = 12;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub facet: Facet,
}

#[component]
pub fn FacetPanel(props: &Props) -> Html {
    let app = use_app();
    let lang = app.lang();
    let facet = props.facet;
    let by_name = use_state(|| facet == Facet::Article);
    let expanded = use_state(|| false);
    let mut values: Vec<&FacetCount> =
        app.results.counts.get(facet).iter().filter(|c| c.count > 0 || c.selected).collect();
    if !*by_name {
        report::order::sort_by(&mut values, |a, b| b.count.cmp(&a.count));
    }
    let total = values.len();
    let shown: Vec<&FacetCount> = if *expanded { values } else { values.into_iter().take(FIRST).collect() };
    let id = format!("facet-{}", facet.param());
    let sort_label = if *by_name { i18n::SORT_COUNT } else { i18n::SORT_NAME };
    let toggle_sort = {
        let by_name = by_name.clone();
        Callback::from(move |_| by_name.set(!*by_name))
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
                { for shown.iter().map(|c| value(&app, facet, c, lang)) }
            </ul>
            if total > FIRST {
                <button type="button" class="link-button" aria-expanded={expanded.to_string()} onclick={toggle_more}>
                    { if *expanded { "−".to_string() } else { format!("{} ({total})", i18n::SHOW_MORE.get(lang)) } }
                </button>
            }
        </section>
    }
}

fn value(app: &crate::app::AppContext, facet: Facet, c: &FacetCount, lang: Lang) -> Html {
    let (name, other) = i18n::value_name(facet, &c.value, lang);
    let id = format!("f-{}-{}", facet.param(), c.value.replace(':', "-"));
    html! {
        <li key={id.clone()}>
            <input type="checkbox" id={id.clone()} checked={c.selected}
                data-value={c.value.clone()}
                onchange={app.on(Action::Toggle(facet, c.value.clone()))} />
            <label for={id} title={other}>
                <span class="name">{ name.clone() }</span>
                <span class="count" aria-label={format!("({})", c.count)}>{ c.count }</span>
            </label>
            if matches!(facet, Facet::Speaker | Facet::Mention) && !["chair", "secretariat", "unattributed"].contains(&c.value.as_str()) {
                <button type="button" class="info" data-testid="facet-info"
                    aria-label={format!("{name}: {}", i18n::DETAILS.get(lang))}
                    onclick={app.on(Action::SetView(View::Entity(c.value.clone())))}>{ "ⓘ" }</button>
            }
        </li>
    }
}
