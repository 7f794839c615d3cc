//! The report's footnotes, targets of the markers in the text, each with
//! links back to the paragraphs that cite it, as
//! `report::site::markup::footnotes` describes them (the prerendered page
//! writes the same).

use crate::context::use_dispatch;
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
    let site = app.site;
    let r = site.report();
    // Which paragraphs lead to each footnote (computed once per site).
    let back = use_memo(site, |s| footnote_backlinks(s.report()));
    match footnotes(r, &back, r.paragraphs.len(), In(props.lang)) {
        Some(section) => crate::markup::draw(section.into(), props.lang, &app),
        None => html! {},
    }
}
