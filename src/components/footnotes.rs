//! The report's footnotes, targets of the markers in the text, each with
//! links back to the paragraphs that cite it, as
//! `report::site::markup::footnotes` describes them (the prerendered page
//! writes the same).

use crate::context::use_dispatch;
use crate::data::report;
use report::page::i18n::Lang;
use report::page::views::footnote_backlinks;
use report::site::markup::{footnotes, In};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[component]
pub fn Footnotes(props: &Props) -> Html {
    let app = use_dispatch();
    let r = report();
    // Which paragraphs lead to each footnote (computed once).
    let back = use_memo((), |_| footnote_backlinks(report()));
    match footnotes(r, &back, r.paragraphs.len(), In(props.lang)) {
        Some(section) => crate::markup::draw(section.into(), props.lang, &app),
        None => html! {},
    }
}
