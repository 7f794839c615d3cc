//! The overview: paragraphs per topic and per article as bar charts, and a
//! speaker × topic matrix whose cells filter. Every chart is a table with
//! its numbers, so it reads without colour and to a screen reader.

use crate::app::use_app;
use crate::data::{index, report};
use crate::i18n;
use crate::state::Action;
use report::query::{Bits, Facet};
use yew::prelude::*;

fn bars(app: &crate::app::AppContext, facet: Facet, caption: &str, testid: &str) -> Html {
    let lang = app.lang();
    let all = Bits::full(index().len());
    let rows: Vec<(String, usize)> =
        index().values(facet).iter().map(|v| (v.clone(), index().count_within(facet, v, &all))).collect();
    let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1);
    html! {
        <table class="bars" data-testid={testid.to_string()}>
            <caption>{ caption }</caption>
            <tbody>
            { for rows.iter().map(|(v, n)| {
                let (name, _) = i18n::value_name(facet, v, lang);
                // Tenths of a percent in integers (no float formatting in the wasm).
                let tenths = *n as u64 * 1000 / (max as u64).max(1);
                let width = format!("{}.{}%", tenths / 10, tenths % 10);
                html! {
                    <tr>
                        <th scope="row"><button type="button" class="link-button" onclick={app.on(Action::Only(facet, v.clone()))}>{ name }</button></th>
                        <td class="bar-cell">
                            <svg class="bar" aria-hidden="true" focusable="false"><rect width={width} height="100%" rx="2" /></svg>
                            <span class="bar-value">{ n }</span>
                        </td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
    }
}

#[component]
pub fn Overview() -> Html {
    let app = use_app();
    let lang = app.lang();
    let topics = index().values(Facet::Topic);
    let speakers: Vec<&String> =
        index().values(Facet::Speaker).iter().filter(|id| id.as_str() != "unattributed").collect();
    html! {
        <section class="view overview" aria-labelledby="view-title" data-testid="overview">
            <h2 id="view-title">{ i18n::VIEW_OVERVIEW.get(lang) }</h2>
            <crate::components::world_map::WorldMapView />
            { bars(&app, Facet::Topic, i18n::PER_TOPIC.get(lang), "topic-bars") }
            { bars(&app, Facet::Article, i18n::PER_ARTICLE.get(lang), "article-bars") }
            <div class="matrix-wrap">
            <table class="matrix" data-testid="matrix">
                <caption>{ i18n::MATRIX.get(lang) }</caption>
                <thead><tr>
                    <td></td>
                    { for topics.iter().map(|t| html! { <th scope="col">{ i18n::value_name(Facet::Topic, t, lang).0 }</th> }) }
                </tr></thead>
                <tbody>
                { for speakers.iter().map(|sp| {
                    let spoke = Bits::from_positions(index().len(), index().postings(Facet::Speaker, sp));
                    html! {
                        <tr>
                            <th scope="row">{ i18n::entity_name(sp, lang).0 }</th>
                            { for topics.iter().map(|t| {
                                let n = index().count_within(Facet::Topic, t, &spoke);
                                let mut filter = report::query::Filter::default();
                                filter.toggle(Facet::Speaker, sp);
                                filter.toggle(Facet::Topic, t);
                                let label = format!("{} × {}: {n}", i18n::entity_name(sp, lang).0, i18n::value_name(Facet::Topic, t, lang).0);
                                html! {
                                    <td data-count={n.to_string()}>
                                        if n > 0 {
                                            <button type="button" class="cell" aria-label={label} data-speaker={(*sp).clone()} data-topic={t.clone()}
                                                onclick={app.on(Action::SetFilter(filter))}>{ n }</button>
                                        } else {
                                            <span class="muted" aria-label={label}>{ "·" }</span>
                                        }
                                    </td>
                                }
                            }) }
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
            <p class="muted">{ format!("{} · {}", report().paragraphs.len(), report().title) }</p>
        </section>
    }
}
