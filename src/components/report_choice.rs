//! The report chooser of a site of several reports (none with one): the
//! report shown, and a link to each report of the catalog, newest first,
//! named by body, meeting, year and venue, and to all of them in one list
//! (`?report=all`). Each opens as a page of its own.

use crate::data;
use crate::i18n;
use report::page::i18n::Lang;
use report::site::series;
use yew::prelude::*;

/// Plain props, so a filter change or a keystroke does not redraw it.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The interface language.
    pub lang: Lang,
    /// The language the address names, kept in the links.
    pub asked: Option<Lang>,
}

#[component]
pub fn ReportChoice(props: &Props) -> Html {
    let (lang, asked) = (props.lang, props.asked);
    if !data::is_series() {
        return html! {};
    }
    let shown = data::info();
    let all = series::address(series::ALL, asked);
    html! {
        <details class="report-choice" data-testid="report-choice">
            <summary>{ i18n::REPORT_CHOICE.get(lang) }{ ": " }
                { shown.map_or_else(|| i18n::ALL_MEETINGS.get(lang).to_string(), |s| s.label(lang)) }</summary>
            <ul>
                { for data::catalog().reports.iter().map(|r| html! {
                    <li>
                        <a href={series::address(&r.id, asked)}
                            aria-current={shown.is_some_and(|s| s.id == r.id).then_some("page")}>{ r.label(lang) }</a>
                    </li>
                }) }
                <li><a href={all} aria-current={shown.is_none().then_some("page")}>{ i18n::ALL_MEETINGS.get(lang) }</a></li>
            </ul>
        </details>
    }
}
