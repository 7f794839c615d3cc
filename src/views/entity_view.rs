//! A State's, group's or organisation's page: attended or not, where it
//! spoke (role, topics, on whose behalf) and where it is only named; in a
//! series, the same meeting by meeting.

use crate::components::across::EntityAcross;
use crate::context::use_dispatch;
use crate::i18n;
use crate::state::Action;
use report::page::i18n::Lang;
use report::query::Facet;
use report::site::params::View;
use report::Report;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub id: AttrValue,
}

/// Links to paragraphs (by place) in the list view.
pub fn paragraph_links(r: &Report, lang: Lang, places: &[usize]) -> Html {
    if places.is_empty() {
        return html! { <p class="muted">{ i18n::NONE.get(lang) }</p> };
    }
    html! {
        <ul class="chips">
            { for places.iter().map(|&at| html! {
                <li><a class="chip" href={format!("#{}", r.anchor(at))}>{ i18n::card_label(r, at, lang) }</a></li>
            }) }
        </ul>
    }
}

#[component]
pub fn EntityView(props: &Props) -> Html {
    let app = use_dispatch();
    let lang = props.lang;
    let id = props.id.to_string();
    let r = app.site.report();
    let summary = report::page::views::entity(r, &id);
    let (name, other) = i18n::entity_name(r, &id, lang);
    let iso = r.entity(&id).filter(|e| e.kind == report::SpeakerKind::State).map(|e| e.id.clone());
    html! {
        <section class="view entity-view" aria-labelledby="view-title" data-testid="entity-view">
            <button type="button" class="link-button" onclick={app.on(Action::SetView(View::List))}>{ format!("← {}", i18n::BACK_TO_LIST.get(lang)) }</button>
            <h2 id="view-title">{ &name }{ " " }<span class="other" lang={if lang == Lang::Zh { "en" } else { "zh-Hans" }}>{ format!("/ {other}") }</span>
                if let Some(code) = iso { <span class="code">{ format!(" ({code})") }</span> }
            </h2>
            <p data-testid="attended">{ if summary.attended { i18n::ATTENDED.get(lang) } else { i18n::NOT_ATTENDED.get(lang) } }</p>
            <h3>{ format!("{} ({})", i18n::SPOKE_IN.get(lang), summary.spoke.len()) }</h3>
            if summary.spoke.is_empty() {
                <p class="muted">{ i18n::NONE.get(lang) }</p>
            } else {
                <table class="data" data-testid="spoke-table">
                    <thead><tr>
                        <th scope="col">{ i18n::paragraph_label(lang, 0).replace('0', "#") }</th>
                        <th scope="col">{ i18n::facet_title(Facet::Speaker).get(lang) }</th>
                        <th scope="col">{ i18n::facet_title(Facet::Topic).get(lang) }</th>
                    </tr></thead>
                    <tbody>
                    { for summary.spoke.iter().map(|s| {
                        let behalf = s.on_behalf_of.as_ref().map(|g| {
                            let word = if r.entity(&id).is_some_and(|e| e.kind == report::SpeakerKind::Group) { i18n::SPOKEN_FOR_BY } else { i18n::ON_BEHALF };
                            format!(" ({} {})", word.get(lang), i18n::entity_name(r, g, lang).0)
                        }).unwrap_or_default();
                        let topics: Vec<String> = s.topics.iter().map(|t| i18n::value_name(r, Facet::Topic, t, lang).0).collect();
                        html! {
                            <tr>
                                <td><a href={format!("#{}", r.anchor(s.at))}>{ i18n::card_label(r, s.at, lang) }</a></td>
                                <td>{ i18n::role_label(s.role, lang) }{ behalf }</td>
                                <td>{ topics.join("; ") }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                <button type="button" class="clear-all" onclick={app.on(Action::Only(Facet::Speaker, id.clone()))}>{ i18n::FILTER_THESE.get(lang) }</button>
            }
            <h3>{ format!("{} ({})", i18n::NAMED_IN.get(lang), summary.named_only.len()) }</h3>
            <div data-testid="named-only">{ paragraph_links(r, lang, &summary.named_only) }</div>
            if crate::data::is_series() { <EntityAcross id={props.id.clone()} {lang} /> }
        </section>
    }
}
