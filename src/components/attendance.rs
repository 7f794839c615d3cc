//! Who attended (the attendance paragraphs), apart from who spoke: each
//! State with whether it spoke; choosing one filters the paragraphs that
//! name it. The lists are built only while the panel is open, so a filter
//! change costs nothing here when it is closed.

use crate::context::use_app;
use crate::i18n;
use crate::state::Action;
use report::query::Facet;
use report::site::markup::frame;
use yew::prelude::*;

#[component]
pub fn AttendancePanel() -> Html {
    let app = use_app();
    let lang = app.lang();
    let (r, index) = (app.site().report(), app.site().index());
    let a = &r.attendance;
    let spoke_only = use_state(|| false);
    let open = use_state(|| false);
    if a.states.is_empty() && a.observers.is_empty() {
        return html! {};
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: Option<web_sys::HtmlDetailsElement> = e.target_dyn_into();
            open.set(details.is_some_and(|d| d.open()));
        })
    };
    let states: Vec<_> = if *open {
        a.states.iter().filter(|s| !*spoke_only || !index.postings(Facet::Speaker, &s.iso3).is_empty()).collect()
    } else {
        Vec::new()
    };
    let toggle = {
        let spoke_only = spoke_only.clone();
        Callback::from(move |_| spoke_only.set(!*spoke_only))
    };
    let entry = |id: &str| {
        let (name, other) = i18n::entity_name(r, id, lang);
        let spoke = !index.postings(Facet::Speaker, id).is_empty();
        html! {
            <li>
                <button type="button" class={classes!("link-button", spoke.then_some("spoke"))} title={other}
                    aria-pressed={app.state.page.filter.has(Facet::Mention, id).to_string()}
                    onclick={app.on(Action::Toggle(Facet::Mention, id.to_string()))}>
                    { name }
                    if spoke { <span class="badge">{ i18n::SPOKE_AS.get(lang) }</span> }
                </button>
            </li>
        }
    };
    html! {
        <section class={frame::ATTENDANCE} aria-labelledby="attendance-title" data-testid="attendance">
            <details {ontoggle}>
                <summary id="attendance-title">{ format!("{} ({})", i18n::ATTENDANCE.get(lang), a.states.len()) }</summary>
                if *open {
                <h3>{ i18n::ATTENDED_STATES.get(lang) }</h3>
                <label class="inline"><input type="checkbox" checked={*spoke_only} onchange={toggle} />
                    { format!(" {}", i18n::SPOKE_AS.get(lang)) }</label>
                <ul class={frame::ATTENDEES}>{ for states.iter().map(|s| entry(&s.iso3)) }</ul>
                <h3>{ i18n::OBSERVERS.get(lang) }</h3>
                <ul class={frame::ATTENDEES}>
                    { for a.regional_organizations.iter().chain(&a.observers).map(|o| entry(&o.id)) }
                </ul>
                }
            </details>
        </section>
    }
}
