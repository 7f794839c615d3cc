//! The report's footnotes, targets of the markers in the text.

use crate::app::use_app;
use crate::data::report;
use crate::i18n;
use yew::prelude::*;

#[component]
pub fn Footnotes() -> Html {
    let app = use_app();
    let r = report();
    let notes = &r.footnotes;
    let lang = app.lang();
    // The paragraph whose marker leads to each footnote, to go back to
    // (found once: the list re-renders on every filter change).
    let from = use_memo((), |_| {
        let r = report();
        r.footnotes
            .iter()
            .map(|f| r.paragraphs.iter().find(|p| p.footnotes.contains(&f.number)).map(|p| p.number))
            .collect::<Vec<_>>()
    });
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <section class="footnotes" aria-labelledby="fn-title">
            <h2 id="fn-title">{ i18n::FOOTNOTES.get(lang) }</h2>
            <ol>
                { for notes.iter().zip(from.iter()).map(|(f, from)| {
                    let url = f.text.trim_end_matches('。');
                    let href = if url.starts_with("http") { url.to_string() } else { format!("https://{url}") };
                    html! {
                        <li id={format!("fn{}", f.number)} value={f.number.to_string()} tabindex="-1">
                            <a href={href} rel="noopener noreferrer external" target="_blank">{ &f.text }</a>
                            if let Some(n) = *from {
                                { " " }
                                <a class="back" href={format!("#p{n}")}
                                    aria-label={i18n::BACK_TO.get(lang).replace("{}", &n.to_string())}>{ "↩" }</a>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
