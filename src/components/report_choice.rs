//! The report chooser of a site of several reports (the header draws it
//! only there): the report shown, and a link to each report of the
//! catalog, newest first, named by body, meeting, year and venue, and to
//! all of them in one list (`?report=all`). Each opens as a page of its
//! own.

use crate::data::Site;
use crate::i18n;
use report::page::i18n::Lang;
use report::site::markup::frame;
use report::site::series;
use yew::prelude::*;

/// The chooser of `site` in `lang`; its links keep the language the
/// address names (`asked`).
pub fn report_choice(site: &Site, lang: Lang, asked: Option<Lang>) -> Html {
    let shown = site.info();
    let all = series::address(series::ALL, asked);
    html! {
        <details class={frame::REPORT_CHOICE} data-testid="report-choice">
            <summary>{ i18n::REPORT_CHOICE.get(lang) }{ ": " }
                { shown.map_or_else(|| i18n::ALL_MEETINGS.get(lang).to_string(), |s| s.label(lang)) }</summary>
            <ul>
                { for site.catalog.reports.iter().map(|r| html! {
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
