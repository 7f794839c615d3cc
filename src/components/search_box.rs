//! The search box. `/` focuses it from anywhere; `Esc` clears it. While an
//! input method is composing (pinyin letters before the characters are
//! chosen) nothing is searched; the search follows `compositionend`. Enter
//! or leaving the box settles the query, so the next one gets its own
//! history entry. A folded help lists the query language; under the box,
//! the page says which forms it searched beyond those typed.

use crate::context::{use_app, use_dispatch};
use crate::data;
use crate::i18n;
use crate::state::Action;
use report::site::markup::frame;
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
    // The box shows the query. It is drawn with it as its default value,
    // which shows until the box is typed into, so it is there in the first
    // frame: yew lets the browser run between a render and its effects (it
    // yields when a render takes long, as the first does). From then on it
    // is written when the query changes (Escape, a chip removed, Back), and
    // on no other render. A `value` attribute would be written back on
    // every render that finds the box different, and so wipe out an input
    // method's letters whenever anything renders while they compose (the
    // search lexicon arriving just after the box was focused, say). Nor is
    // it written if the box has changed since this render (empty before
    // its first): the reader may have typed there between them, which is
    // searched next. Written regardless, an older keystroke's render would
    // take back the letter after it.
    let at_render = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
    {
        let input = input.clone();
        use_effect_with(app.state.page.filter.query.clone(), move |query| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                let now = i.value();
                if now == at_render && now != *query {
                    i.set_value(query);
                }
            }
        });
    }
    // Someone about to search: the lexicon is fetched while they type.
    let onfocus = {
        let d = use_dispatch();
        let site = app.state.site;
        Callback::from(move |_: FocusEvent| {
            if !site.lexicon_wanted() {
                return;
            }
            let d = d.clone();
            // Until it arrives, and if it cannot be fetched, a search reads
            // its terms as typed (the console says why).
            wasm_bindgen_futures::spawn_local(async move {
                match data::load_lexicon().await {
                    Ok(l) => d.dispatch(Action::Arrived(data::Arrival::Lexicon(l.into()))),
                    Err(e) => web_sys::console::warn_1(&format!("{e}: searching without the lexicon").into()),
                }
            });
        })
    };
    let onchange = app.on(Action::SettleSearch);
    let onkeydown = {
        let app = app.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                app.dispatch(Action::Search(String::new()));
            }
        })
    };
    // The forms the engine searched beyond those typed (a traditional
    // term's simplified form, an English term's Chinese one).
    let also = app.results.search.also_searched().join("、");
    html! {
        <div class={frame::SEARCH} role="search">
            <div class="search-head">
                <label for={frame::SEARCH_INPUT}>{ i18n::SEARCH.get(lang) }<kbd aria-hidden="true">{ "/" }</kbd></label>
                <details class="search-help">
                    <summary>{ i18n::SEARCH_SYNTAX.get(lang) }</summary>
                    <p>{ i18n::SEARCH_HELP.get(lang) }</p>
                </details>
            </div>
            <input id={frame::SEARCH_INPUT} type="search" ref={input} data-testid="search"
                ~defaultValue={app.state.page.filter.query.clone()}
                placeholder={i18n::SEARCH_HINT.get(lang)}
                aria-describedby={(!also.is_empty()).then_some("search-also")}
                autocomplete="off" spellcheck="false"
                {oninput} {onchange} {onkeydown} {onfocus} />
            if app.results.search_waits() {
                <p class="search-also" role="status" data-testid="search-waits">
                    { match &app.state.texts_failed {
                        Some(e) => format!("{}{e}", i18n::TEXTS_FAILED.get(lang)),
                        None => i18n::SEARCH_WAITS.get(lang).to_string(),
                    } }
                </p>
            }
            if !also.is_empty() {
                <p id="search-also" class="search-also" data-testid="also-searched">
                    { i18n::ALSO_SEARCHED.get(lang) }<span lang="zh-Hans">{ also }</span>
                </p>
            }
        </div>
    }
}
