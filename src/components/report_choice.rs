//! The report chooser of a site of several reports (none with one): the
//! report shown, and a link to each report of the catalog, newest first,
//! named by body, meeting, year and venue, and to all of them in one list
//! (`?report=all`). Each opens as a page of its own.

use crate::context::use_app;
use crate::data;
use crate::i18n;
use report::series;
use yew::prelude::*;

#[component]
pub fn ReportChoice() -> Html {
    let app = use_app();
    let lang = app.lang();
    if !data::is_series() {
        return html! {};
    }
    let shown = data::info();
    let all = series::address(series::ALL, app.state.page.lang);
    html! {
        <details class="report-choice" data-testid="report-choice">
            <summary>{ i18n::REPORT_CHOICE.get(lang) }{ ": " }
                { shown.map_or_else(|| i18n::ALL_MEETINGS.get(lang).to_string(), |s| s.label(lang)) }</summary>
            <ul>
                { for data::catalog().reports.iter().map(|r| html! {
                    <li>
                        <a href={series::address(&r.id, app.state.page.lang)}
                            aria-current={shown.is_some_and(|s| s.id == r.id).then_some("page")}>{ r.label(lang) }</a>
                    </li>
                }) }
                <li><a href={all} aria-current={shown.is_none().then_some("page")}>{ i18n::ALL_MEETINGS.get(lang) }</a></li>
            </ul>
        </details>
    }
}
