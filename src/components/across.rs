//! The series across its meetings, for a site of several reports: one
//! State's or organisation's record meeting by meeting (its page), and
//! the State × meeting matrix and the articles × meeting counts (the
//! overview). What they show comes from `report::site::across`; the other
//! reports' outlines (they read no text) are fetched the first time one of
//! them is shown, with a visible count of what has arrived.

use crate::context::use_dispatch;
use crate::data::{self, Site};
use crate::i18n;
use crate::state::Action;
use report::page::i18n::Lang;
use report::page::overview::StateStatus;
use report::query::Facet;
use report::site::across::{article_counts, record, state_matrix, Reports};
use report::site::params::View;
use report::site::series::{self, ReportInfo};
use report::Report;
use yew::prelude::*;

/// Where fetching every report of the site stands, while they are not all
/// in the site.
enum Progress {
    /// This many of the catalog's have arrived.
    Loading(usize),
    /// Why one could not be loaded.
    Failed(String),
}

/// The site, with every report once they have arrived: fetches those the
/// page does not have, the first time a component asks; they enter the
/// state (`Action::Arrived`), so a later view has them.
#[hook]
fn use_all_reports() -> (&'static Site, Progress) {
    let dispatch = use_dispatch();
    let site = dispatch.site;
    let fetched = use_state(|| 0);
    let failed = use_state(|| None::<String>);
    {
        let (fetched, failed) = (fetched.clone(), failed.clone());
        use_effect_with((), move |_| {
            if site.all().is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    let all: Vec<&ReportInfo> = site.catalog.reports.iter().collect();
                    let step = fetched.clone();
                    match data::load_across(site.library(), &all, move |n| step.set(n)).await {
                        Ok(arrival) => dispatch.dispatch(Action::Arrived(arrival)),
                        Err(e) => failed.set(Some(e)),
                    }
                });
            }
        });
    }
    let progress = match &*failed {
        Some(e) => Progress::Failed(e.clone()),
        None => Progress::Loading(site.loaded_count() + *fetched),
    };
    (site, progress)
}

/// The loading line, or why loading failed.
fn waiting(progress: Progress, total: usize, lang: Lang) -> Html {
    html! {
        <p class="muted" role="status" data-testid="across-status">
            { match progress {
                Progress::Loading(n) => i18n::LOADING_MEETINGS.get(lang).replace("{n}", &n.to_string()).replace("{total}", &total.to_string()),
                Progress::Failed(e) => format!("{}{e}", i18n::REPORT_FAILED.get(lang)),
            } }
        </p>
    }
}

/// A link to the paragraph at place `at` of report `id` (`r`): in this
/// page (`site`) if it shows that report, else that report's page.
fn paragraph_link(site: &Site, (id, r): (&str, &Report), at: usize, lang: Lang) -> Html {
    let here = site.report();
    let n = r.number_at(at);
    let href = if here.origins.is_empty() && site.info().is_some_and(|i| i.id == id) {
        format!("#p{n}")
    } else if let Some(shown) = here.place_in_list(id, n) {
        format!("#{}", here.anchor(shown))
    } else {
        format!("{}#p{n}", series::address(id, Some(lang)))
    };
    html! { <a href={href}>{ i18n::paragraph_label(lang, n) }</a> }
}

/// A name from the first report that knows the entity.
fn name(reports: &Reports, id: &str, lang: Lang) -> String {
    reports
        .iter()
        .find(|(_, r)| r.entity(id).is_some())
        .map_or_else(|| id.to_string(), |(_, r)| report::page::i18n::entity_name(r, id, lang).0)
}

#[derive(Properties, PartialEq)]
pub struct EntityProps {
    pub id: AttrValue,
    pub lang: Lang,
}

/// An entity's record in every meeting of the series.
#[component]
pub fn EntityAcross(props: &EntityProps) -> Html {
    let lang = props.lang;
    let (site, progress) = use_all_reports();
    let body = match site.all() {
        Some(reports) => {
            let rows = record(&reports, &props.id);
            let links = |of: (&str, &Report), places: &[usize]| -> Html {
                html! { <>{ for places.iter().map(|&at| html! { <>{ paragraph_link(site, of, at, lang) }{ " " }</> }) }</> }
            };
            html! {
                <table class="data" data-testid="across-table">
                    <thead><tr>
                        <th scope="col">{ i18n::REPORT_CHOICE.get(lang) }</th>
                        <th scope="col">{ i18n::ATTENDANCE.get(lang) }</th>
                        <th scope="col">{ i18n::SPOKE_IN.get(lang) }</th>
                        <th scope="col">{ i18n::NAMED_IN.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                    { for rows.iter().zip(&reports).map(|(m, (info, r))| {
                        let of = (m.report.as_str(), *r);
                        let spoke: Vec<Html> = m.summary.spoke.iter().map(|s| html! {
                            <>{ paragraph_link(site, of, s.at, lang) }{ format!(" ({}) ", i18n::role_label(s.role, lang)) }</>
                        }).collect();
                        html! {
                            <tr>
                                <th scope="row"><a href={series::address(&info.id, Some(lang))}>{ info.label(lang) }</a></th>
                                <td>{ if m.summary.attended { i18n::YES.get(lang) } else { i18n::NO.get(lang) } }</td>
                                <td>{ for spoke }</td>
                                <td>{ links(of, &m.summary.named_only) }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            }
        }
        None => waiting(progress, site.catalog.reports.len(), lang),
    };
    html! {
        <section class="across" aria-labelledby="across-title" data-testid="entity-across">
            <h3 id="across-title">{ i18n::ACROSS_MEETINGS.get(lang) }</h3>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub lang: Lang,
}

/// A status's word, its mark in a cell, and its class.
fn status(s: Option<StateStatus>) -> (i18n::T, &'static str, &'static str) {
    match s {
        Some(StateStatus::Spoke) => (i18n::MAP_SPOKE, "●", "spoke"),
        Some(StateStatus::Attended) => (i18n::MAP_ATTENDED, "○", "attended"),
        Some(StateStatus::Named) => (i18n::MAP_NAMED, "·", "named"),
        None => (i18n::ABSENT, "–", "absent"),
    }
}

/// The State × meeting matrix and the articles × meeting counts.
#[component]
pub fn SeriesOverview(props: &OverviewProps) -> Html {
    let lang = props.lang;
    let dispatch = use_dispatch();
    let (site, progress) = use_all_reports();
    let Some(reports) = site.all() else {
        let waiting = waiting(progress, site.catalog.reports.len(), lang);
        return html! { <section class="across" data-testid="series-overview">{ waiting }</section> };
    };
    let matrix = state_matrix(&reports);
    let articles = article_counts(&reports);
    let heads = || html! { <>{ for reports.iter().map(|(info, _)| html! { <th scope="col" title={info.label(lang)}>{ info.short_label(lang) }</th> }) }</> };
    html! {
        <section class="across" aria-labelledby="series-title" data-testid="series-overview">
            <h3 id="series-title">{ i18n::ACROSS_MEETINGS.get(lang) }</h3>
            <div class="table-scroll">
            <table class="data series-matrix" data-testid="state-meeting-matrix">
                <caption>{ i18n::STATES_BY_MEETING.get(lang) }</caption>
                <thead><tr><th scope="col">{ i18n::facet_title(Facet::Speaker).get(lang) }</th>{ heads() }</tr></thead>
                <tbody>
                { for matrix.rows.iter().map(|row| html! {
                    <tr>
                        <th scope="row"><button type="button" class="link-button"
                            onclick={dispatch.on(Action::SetView(View::Entity(row.iso3.clone())))}>{ name(&reports, &row.iso3, lang) }</button></th>
                        { for row.cells.iter().zip(&matrix.reports).map(|(cell, rid)| {
                            let (word, mark, class) = status(*cell);
                            let href = cell.map(|s| series::filtered_address(rid, Some(lang), s.facet(), &row.iso3));
                            html! {
                                <td class={classes!("cell", class)}>
                                    <a {href}><span aria-hidden="true">{ mark }</span><span class="sr-only">{ word.get(lang) }</span></a>
                                </td>
                            }
                        }) }
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
            <div class="table-scroll">
            <table class="data" data-testid="article-meeting-counts">
                <caption>{ i18n::ARTICLES_BY_MEETING.get(lang) }</caption>
                <thead><tr><th scope="col">{ i18n::facet_title(Facet::Article).get(lang) }</th>{ heads() }</tr></thead>
                <tbody>
                { for articles.iter().map(|(a, counts)| html! {
                    <tr>
                        <th scope="row">{ i18n::article_name(site.report(), *a, lang).0 }</th>
                        { for counts.iter().zip(&matrix.reports).map(|(n, rid)| html! {
                            <td class="num">
                                if *n > 0 { <a href={series::filtered_address(rid, Some(lang), Facet::Article, &a.to_string())}>{ n }</a> } else { { "0" } }
                            </td>
                        }) }
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
