//! "Copy citation" for one paragraph, in the interface language's style,
//! through the Clipboard API with a fallback; says when it is done.

use crate::context::use_dispatch;
use crate::{browser, i18n};
use report::page::i18n::Lang;
use report::site::markup::frame;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The paragraph's place in the page's report.
    pub at: usize,
    pub lang: Lang,
}

#[component]
pub fn CopyCitation(props: &Props) -> Html {
    let lang = props.lang;
    let status = use_state(|| None::<bool>);
    let site = use_dispatch().site;
    let onclick = {
        let status = status.clone();
        let at = props.at;
        Callback::from(move |_| {
            let (source, number) = site.source(at);
            let text = report::page::export::citation(source, number, &browser::permalink(at, site), lang == Lang::En);
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(browser::copy_text(&text).await));
            });
        })
    };
    html! {
        <span class={frame::COPY}>
            <button type="button" class="link-button" data-testid="copy-citation" {onclick}>{ i18n::COPY_CITATION.get(lang) }</button>
            <span role="status" class={frame::COPY_STATUS} data-testid="copy-status">
                { match *status { Some(true) => i18n::COPIED.get(lang), Some(false) => i18n::COPY_FAILED.get(lang), None => "" } }
            </span>
        </span>
    }
}
