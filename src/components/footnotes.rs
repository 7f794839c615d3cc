//! The report's footnotes, targets of the markers in the text.

use crate::app::use_app;
use crate::data::report;
use crate::i18n;
use yew::prelude::*;

#[component]
pub fn Footnotes() -> Html {
    let app = use_app();
    let notes = &report().footnotes;
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <section class="footnotes" aria-labelledby="fn-title">
            <h2 id="fn-title">{ i18n::FOOTNOTES.get(app.lang()) }</h2>
            <ol>
                { for notes.iter().map(|f| {
                    let url = f.text.trim_end_matches('。');
                    let href = if url.starts_with("http") { url.to_string() } else { format!("https://{url}") };
                    html! {
                        <li id={format!("fn{}", f.number)} value={f.number.to_string()}>
                            <a href={href} rel="noopener noreferrer external" target="_blank">{ &f.text }</a>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
