//! One paragraph's card, as `report::site::markup::card` describes it
//! (the prerendered page writes the same): number and permalink, the text
//! with its links and search highlights (all text nodes), and chips for
//! its speakers, articles and topics that filter when clicked.

use crate::context::use_dispatch;
use report::page::i18n::Lang;
use report::query::{highlights, Search};
use report::site::markup::{card, In};
use std::rc::Rc;
use yew::prelude::*;

/// Everything a card shows comes from its props and the site, so a filter
/// change that keeps a card on screen does not re-render it (the texts of
/// a list's reports arriving, a new site, does).
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Position of the paragraph in the report.
    pub position: usize,
    pub lang: Lang,
    /// The search, for highlights.
    pub search: Rc<Search>,
}

#[component]
pub fn ParagraphCard(props: &Props) -> Html {
    let app = use_dispatch();
    let r = app.site.report();
    let marks = highlights(&r.paragraphs[props.position], &props.search);
    let lang = props.lang;
    // (In a list drawn from outlines, from its own report once that has come.)
    #[cfg(series)]
    let text = app.site.text(props.position);
    #[cfg(not(series))]
    let text = &r.paragraphs[props.position].text;
    crate::markup::draw(card(r, props.position, text, &marks, In(lang)).into(), lang, &app)
}
