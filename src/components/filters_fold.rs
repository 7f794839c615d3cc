//! The facet groups behind one control on narrow screens: a button that
//! says how many filters are active opens and closes them (on wide
//! screens the stylesheet hides the button and always shows the groups).

use crate::i18n;
use report::page::i18n::Lang;
use report::site::markup::frame;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Filters in use (`report::query::Filter::active`).
    pub active: usize,
    pub lang: Lang,
    pub children: Html,
}

#[component]
pub fn FiltersFold(props: &Props) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let lang = props.lang;
    let word = if *open { i18n::FILTERS_HIDE } else { i18n::FILTERS_SHOW };
    let label =
        if props.active > 0 { format!("{} ({})", word.get(lang), props.active) } else { word.get(lang).to_string() };
    html! {
        <>
            <button type="button" class={frame::FILTERS_TOGGLE} data-testid="filters-toggle" aria-expanded={open.to_string()}
                aria-controls="facets" onclick={toggle}>{ label }</button>
            <div id="facets" class={classes!("facets", open.then_some("open"))}>{ props.children.clone() }</div>
        </>
    }
}
