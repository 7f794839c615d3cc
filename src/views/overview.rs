//! The overview: the world map, paragraphs per topic and per article as
//! bar charts, and the speaker × topic matrix (all computed by
//! `report::page::overview`); in a series, the State × meeting matrix and the
//! articles × meeting counts first. Every chart is a table with its numbers, so it
//! reads without colour and to a screen reader.

use crate::components::{across::SeriesOverview, matrix::MatrixTable, world_map::WorldMapView};
use crate::context::{use_dispatch, Dispatch};
use crate::i18n;
use crate::state::Action;
use report::page::i18n::Lang;
use report::page::overview::Bar;
use report::query::Facet;
use report::Report;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

/// A bar chart of `facet`'s values; a value's name filters by it.
fn bars(
    dispatch: &Dispatch,
    r: &Report,
    facet: Facet,
    bars: &[Bar],
    caption: &str,
    testid: &'static str,
    lang: Lang,
) -> Html {
    html! {
        <table class="bars" data-testid={testid}>
            <caption>{ caption }</caption>
            <tbody>
            { for bars.iter().map(|b| html! {
                <tr>
                    <th scope="row"><button type="button" class="link-button" onclick={dispatch.on(Action::Only(facet, b.value.clone()))}>
                        { i18n::value_name(r, facet, &b.value, lang).0 }</button></th>
                    <td class="bar-cell">
                        <svg class="bar" aria-hidden="true" focusable="false"><rect width={b.width()} height="100%" rx="2" /></svg>
                        <span class="bar-value">{ b.count }</span>
                    </td>
                </tr>
            }) }
            </tbody>
        </table>
    }
}

#[component]
pub fn Overview(props: &Props) -> Html {
    let lang = props.lang;
    let dispatch = use_dispatch();
    let site = dispatch.site;
    let r = site.report();
    let charts = use_memo(site, |site| {
        (
            report::page::overview::bars(site.index(), Facet::Topic),
            report::page::overview::bars(site.index(), Facet::Article),
            std::rc::Rc::new(report::page::overview::matrix(site.index())),
        )
    });
    let (topics, articles, matrix) = &*charts;
    html! {
        <section class="view overview" aria-labelledby="view-title" data-testid="overview">
            <h2 id="view-title">{ i18n::VIEW_OVERVIEW.get(lang) }</h2>
            if crate::data::is_series() { <SeriesOverview {lang} /> }
            <WorldMapView {lang} />
            { bars(&dispatch, r, Facet::Topic, topics, i18n::PER_TOPIC.get(lang), "topic-bars", lang) }
            { bars(&dispatch, r, Facet::Article, articles, i18n::PER_ARTICLE.get(lang), "article-bars", lang) }
            <MatrixTable matrix={matrix.clone()} {lang} />
            <p class="muted">{ format!("{} · {}", r.paragraphs.len(), r.title) }</p>
        </section>
    }
}
