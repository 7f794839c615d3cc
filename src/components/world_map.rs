//! The overview's world map: States that spoke, States that attended and
//! the rest, shaded and hatched (readable without colour), with dots for
//! States too small to draw; a click filters. The outlines are a separate
//! file fetched when the map is first shown. Screen readers get the same
//! facts as a table, whose names are buttons that filter too.

use crate::app::{use_app, AppContext};
use crate::data::report;
use crate::i18n;
use crate::state::Action;
use report::map::WorldMap;
use report::query::Facet;
use report::SpeakerKind;
use std::rc::Rc;
use yew::prelude::*;

/// The map file, next to index.html.
const MAP_FILE: &str = "world.txt";

/// What the report says of a State.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Spoke,
    Attended,
}

/// (ISO3, status) of the States that spoke or attended, by ISO3. (Plain
/// vectors: the map is small, and each map type costs code size.)
fn statuses() -> Vec<(&'static str, Status)> {
    let r = report();
    let mut out: Vec<(&str, Status)> =
        r.attendance.states.iter().map(|s| (s.iso3.as_str(), Status::Attended)).collect();
    for s in r.paragraphs.iter().flat_map(|p| &p.speakers).filter(|s| s.kind == SpeakerKind::State) {
        out.push((s.id.as_str(), Status::Spoke));
    }
    // Spoke sorts before Attended: keep the first of each State.
    report::order::sort_by(&mut out, |a, b| a.0.cmp(b.0).then((a.1 != Status::Spoke).cmp(&(b.1 != Status::Spoke))));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

async fn load() -> Result<WorldMap, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let win = web_sys::window().ok_or("no window")?;
    let resp = JsFuture::from(win.fetch_with_str(MAP_FILE)).await.map_err(|_| format!("{MAP_FILE}: not loaded"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_string())?;
    if !resp.ok() {
        return Err(format!("{MAP_FILE}: HTTP {}", resp.status()));
    }
    let text =
        JsFuture::from(resp.text().map_err(|_| "no body".to_string())?).await.map_err(|_| "no body".to_string())?;
    WorldMap::parse(&text.as_string().unwrap_or_default()).map_err(|e| e.to_string())
}

/// Filters by the State: as a speaker if it spoke, else where it is named.
fn filter_by(app: &AppContext, iso3: &str, status: Status) -> Callback<MouseEvent> {
    let facet = if status == Status::Spoke { Facet::Speaker } else { Facet::Mention };
    app.on(Action::Only(facet, iso3.to_string()))
}

#[component]
pub fn WorldMapView() -> Html {
    let app = use_app();
    let lang = app.lang();
    let map = use_state(|| None::<Rc<Result<WorldMap, String>>>);
    {
        let map = map.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { map.set(Some(Rc::new(load().await))) });
        });
    }
    let status = use_memo((), |_| statuses());
    let r = report();
    // M49 → (ISO3, status) for the States the report knows.
    let known = |m49: u16| -> Option<(&str, Status)> {
        let e = r.entities.iter().find(|e| e.m49 == Some(m49))?;
        let i = status.binary_search_by(|s| s.0.cmp(e.id.as_str())).ok()?;
        Some(status[i])
    };
    let class = |s: Option<Status>| match s {
        Some(Status::Spoke) => "spoke",
        Some(Status::Attended) => "attended",
        None => "other",
    };
    let drawing = match map.as_deref() {
        None => html! { <p class="muted">{ i18n::MAP_LOADING.get(lang) }</p> },
        Some(Err(e)) => html! { <p class="muted" role="alert">{ format!("{} ({e})", i18n::MAP_FAILED.get(lang)) }</p> },
        Some(Ok(m)) => {
            let shapes = m.shapes.iter().map(|s| {
                let known = known(s.m49);
                let title = known.map(|(id, _)| i18n::entity_name(id, lang).0);
                html! {
                    <path d={s.path.clone()} class={class(known.map(|k| k.1))}
                        data-iso={known.map(|k| k.0.to_string())}
                        onclick={known.map(|(id, st)| filter_by(&app, id, st))}>
                        if let Some(t) = title { <title>{ t }</title> }
                    </path>
                }
            });
            let dots = m.dots.iter().filter_map(|d| known(d.m49).map(|k| (d, k))).map(|(d, (id, st))| {
                html! {
                    <circle cx={d.x.to_string()} cy={d.y.to_string()} r="4" class={if st == Status::Spoke { "dot spoke" } else { "dot attended" }}
                        data-iso={id.to_string()} onclick={filter_by(&app, id, st)}>
                        <title>{ i18n::entity_name(id, lang).0 }</title>
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
    let mut rows: Vec<(&str, Status)> = status.to_vec();
    report::order::sort_by_key(&mut rows, |(id, s)| (*s != Status::Spoke, i18n::entity_name(id, lang).0));
    let spoke_n = rows.iter().filter(|r| r.1 == Status::Spoke).count();
    html! {
        <figure class="map" data-testid="map">
            <figcaption>
                <strong>{ i18n::MAP_TITLE.get(lang) }</strong>
                <ul class="legend">
                    <li>{ swatch("spoke") }{ format!("{} ({spoke_n})", i18n::MAP_SPOKE.get(lang)) }</li>
                    <li>{ swatch("attended") }{ format!("{} ({})", i18n::MAP_ATTENDED.get(lang), rows.len() - spoke_n) }</li>
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
                    { for rows.iter().map(|(id, st)| html! {
                        <tr data-iso={id.to_string()}>
                            <th scope="row"><button type="button" class="link-button" onclick={filter_by(&app, id, *st)}>{ i18n::entity_name(id, lang).0 }</button></th>
                            <td>{ if *st == Status::Spoke { i18n::MAP_SPOKE.get(lang) } else { i18n::MAP_ATTENDED.get(lang) } }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
