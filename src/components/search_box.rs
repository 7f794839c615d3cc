//! The search box. `/` focuses it from anywhere; `Esc` clears it. While an
//! input method is composing (pinyin letters before the characters are
//! chosen) nothing is searched; the search follows `compositionend`. Enter
//! or leaving the box settles the query, so the next one gets its own
//! history entry.

use crate::context::use_app;
use crate::i18n;
use crate::state::Action;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

#[component]
pub fn SearchBox() -> Html {
    let app = use_app();
    let lang = app.lang();
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            let doc = gloo::utils::document();
            let opts = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = gloo::events::EventListener::new_with_options(&doc, "keydown", opts, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                let typing = gloo::utils::document()
                    .active_element()
                    .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
                if e.key() == "/" && !typing && !e.ctrl_key() && !e.meta_key() && !e.alt_key() {
                    if let Some(i) = input.cast::<HtmlInputElement>() {
                        e.prevent_default();
                        let _ = i.focus();
                    }
                }
            });
            move || drop(listener)
        });
    }
    let oninput = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            if e.is_composing() {
                return;
            }
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                app.dispatch(Action::Search(i.value()));
            }
        })
    };
    // yew has no typed `oncompositionend`: listen on the element.
    {
        let input = input.clone();
        let app = app.clone();
        use_effect_with(input, move |input| {
            let listener = input.cast::<HtmlInputElement>().map(|el| {
                let target = el.clone();
                gloo::events::EventListener::new(&el, "compositionend", move |_| {
                    app.dispatch(Action::Search(target.value()));
                })
            });
            move || drop(listener)
        });
    }
    let onchange = app.on(Action::SettleSearch);
    let onkeydown = {
        let app = app.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                app.dispatch(Action::Search(String::new()));
            }
        })
    };
    html! {
        <div class="search" role="search">
            <label for="search-input">{ i18n::SEARCH.get(lang) }<kbd aria-hidden="true">{ "/" }</kbd></label>
            <input id="search-input" type="search" ref={input} data-testid="search"
                value={app.state.page.filter.query.clone()}
                placeholder={i18n::SEARCH_HINT.get(lang)}
                autocomplete="off" spellcheck="false"
                {oninput} {onchange} {onkeydown} />
        </div>
    }
}
