//! The report chooser of a site of several reports (none with one): the
//! report shown, and a link to each report of the catalog, newest first,
//! named by body, meeting, year and venue. A report opens as a page of
//! its own.

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
    html! {
        <details class="report-choice" data-testid="report-choice">
            <summary>{ i18n::REPORT_CHOICE.get(lang) }{ ": " }{ shown.label(lang) }</summary>
            <ul>
                { for data::catalog().reports.iter().map(|r| html! {
                    <li>
                        <a href={series::address(&r.id, app.state.page.lang)}
                            aria-current={(r.id == shown.id).then_some("page")}>{ r.label(lang) }</a>
                    </li>
                }) }
            </ul>
        </details>
    }
}
