//! The report's footnotes, targets of the markers in the text.

use crate::app::use_app;
use crate::data::report;
use crate::i18n;
use report::segments::{segments, Link};
use yew::prelude::*;

/// A footnote's text, with only its web addresses and document symbols
/// as links.
fn body(text: &str, spans: &[report::Span]) -> Html {
    segments(text, spans, &[])
        .into_iter()
        .map(|s| {
            let t: String = s.parts.iter().map(|&(a, b, _)| &text[a..b]).collect();
            let href = match &s.link {
                Some(Link::Web(url)) => Some(url.clone()),
                Some(Link::Document(sym)) => Some(format!("https://undocs.org/zh/{sym}")),
                _ => None,
            };
            match href {
                Some(href) => html! { <a {href} rel="noopener noreferrer external" target="_blank">{ t }</a> },
                None => html! { { t } },
            }
        })
        .collect()
}

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
                    html! {
                        <li id={format!("fn{}", f.number)} value={f.number.to_string()} tabindex="-1">
                            { body(&f.text, &f.spans) }
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
