//! The overview's world map: States that spoke, States that attended and
//! States only named, shaded, hatched or dotted (readable without colour),
//! with dots for States too small to draw; a click filters. Who stands
//! where comes from `report::page::overview::map_states`; the outlines are a
//! separate file fetched when the map is first shown. Screen readers get
//! the same facts as a table, whose names are buttons that filter too.

use crate::context::{use_dispatch, Dispatch};
use crate::i18n;
use crate::state::Action;
use report::page::i18n::Lang;
use report::page::map::WorldMap;
use report::page::overview::{map_states, status_counts, MapState, StateStatus};
use std::rc::Rc;
use yew::prelude::*;

/// The map file, next to index.html.
const MAP_FILE: &str = "world.txt";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

async fn load() -> Result<WorldMap, String> {
    let text = crate::fetch::fetch_text(MAP_FILE).await?;
    WorldMap::parse(&text).map_err(|e| e.to_string())
}

/// Filters by the State: as a speaker if it spoke, else where it is named.
fn filter_by(dispatch: &Dispatch, s: &MapState) -> Callback<MouseEvent> {
    dispatch.on(Action::Only(s.status.facet(), s.iso3.clone()))
}

/// The legend's and the table's words for a status.
fn status_name(s: StateStatus) -> i18n::T {
    match s {
        StateStatus::Spoke => i18n::MAP_SPOKE,
        StateStatus::Attended => i18n::MAP_ATTENDED,
        StateStatus::Named => i18n::MAP_NAMED,
    }
}

#[component]
pub fn WorldMapView(props: &Props) -> Html {
    let dispatch = use_dispatch();
    let site = dispatch.site;
    let r = site.report();
    let lang = props.lang;
    let map = use_state(|| None::<Rc<Result<WorldMap, String>>>);
    {
        let map = map.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { map.set(Some(Rc::new(load().await))) });
        });
    }
    // The States by ISO3, and (M49, index) sorted for the shapes.
    let states = use_memo(site, |site| {
        let states = map_states(site.report());
        let mut by_m49: Vec<(u16, usize)> =
            states.iter().enumerate().filter_map(|(i, s)| s.m49.map(|m| (m, i))).collect();
        report::text::order::sort_by_key(&mut by_m49, |e| *e);
        (states, by_m49)
    });
    let (states, by_m49) = &*states;
    let known = |m49: u16| -> Option<&MapState> {
        let k = by_m49.binary_search_by_key(&m49, |e| e.0).ok()?;
        Some(&states[by_m49[k].1])
    };
    let drawing = match map.as_deref() {
        None => html! { <p class="muted">{ i18n::MAP_LOADING.get(lang) }</p> },
        Some(Err(e)) => html! { <p class="muted" role="alert">{ format!("{} ({e})", i18n::MAP_FAILED.get(lang)) }</p> },
        Some(Ok(m)) => {
            let shapes = m.shapes.iter().map(|shape| {
                let known = known(shape.m49);
                html! {
                    <path d={shape.path.clone()} class={known.map_or("other", |k| k.status.class())}
                        data-iso={known.map(|k| k.iso3.clone())}
                        onclick={known.map(|k| filter_by(&dispatch, k))}>
                        if let Some(k) = known { <title>{ i18n::entity_name(r, &k.iso3, lang).0 }</title> }
                    </path>
                }
            });
            let dots = m.dots.iter().filter_map(|d| known(d.m49).map(|k| (d, k))).map(|(d, k)| {
                html! {
                    <circle cx={d.x.to_string()} cy={d.y.to_string()} r="4" class={classes!("dot", k.status.class())}
                        data-iso={k.iso3.clone()} onclick={filter_by(&dispatch, k)}>
                        <title>{ i18n::entity_name(r, &k.iso3, lang).0 }</title>
                    </circle>
                }
            });
            html! {
                <svg viewBox={format!("0 0 {} {}", m.width, m.height)} class="world" aria-hidden="true" focusable="false" data-testid="map-svg">
                    <defs>
                        <pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect width="4" height="4" class="hatch-bg" />
                            <line x1="0" y1="0" x2="0" y2="4" class="hatch-line" />
                        </pattern>
                        <pattern id="dots" width="4" height="4" patternUnits="userSpaceOnUse">
                            <rect width="4" height="4" class="dots-bg" />
                            <circle cx="2" cy="2" r="0.9" class="dots-dot" />
                        </pattern>
                    </defs>
                    { for shapes }
                    { for dots }
                </svg>
            }
        }
    };
    let swatch = |c: &'static str| {
        html! {
            <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect width="16" height="16" class={c} /></svg>
        }
    };
    let mut rows: Vec<&MapState> = states.iter().collect();
    report::text::order::sort_by_key(&mut rows, |s| (s.status, i18n::entity_name(r, &s.iso3, lang).0));
    let (spoke, attended, named) = status_counts(states);
    html! {
        <figure class="map" data-testid="map">
            <figcaption>
                <strong>{ i18n::MAP_TITLE.get(lang) }</strong>
                <ul class="legend">
                    <li>{ swatch("spoke") }{ format!("{} ({spoke})", i18n::MAP_SPOKE.get(lang)) }</li>
                    <li>{ swatch("attended") }{ format!("{} ({attended})", i18n::MAP_ATTENDED.get(lang)) }</li>
                    if named > 0 {
                        <li>{ swatch("named") }{ format!("{} ({named})", i18n::MAP_NAMED.get(lang)) }</li>
                    }
                    <li>{ swatch("other") }{ i18n::MAP_OTHER.get(lang) }</li>
                </ul>
            </figcaption>
            { drawing }
            <details class="map-table">
                <summary>{ i18n::MAP_AS_TABLE.get(lang) }</summary>
                <table data-testid="map-table">
                    <caption>{ i18n::MAP_TITLE.get(lang) }</caption>
                    <thead><tr><th scope="col">{ i18n::STATE.get(lang) }</th><th scope="col">{ i18n::MAP_STATUS.get(lang) }</th></tr></thead>
                    <tbody>
                    { for rows.iter().map(|s| html! {
                        <tr data-iso={s.iso3.clone()}>
                            <th scope="row"><button type="button" class="link-button" onclick={filter_by(&dispatch, s)}>{ i18n::entity_name(r, &s.iso3, lang).0 }</button></th>
                            <td>{ status_name(s.status).get(lang) }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
