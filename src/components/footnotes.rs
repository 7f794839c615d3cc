//! The report's footnotes, targets of the markers in the text, each with
//! links back to the paragraphs that cite it (`report::page::views`).

use crate::data::report;
use crate::i18n;
use report::page::i18n::Lang;
use report::page::segments::{segments, Link};
use report::page::views::footnote_backlinks;
use yew::prelude::*;

/// A footnote's text, with only its web addresses and document symbols
/// as links.
fn body(text: &str, spans: &[report::Span]) -> Html {
    segments(text, spans, &[])
        .into_iter()
        .map(|s| {
            let t: String = s.parts.iter().map(|&(a, b, _)| &text[a..b]).collect();
            match s.link.as_ref().filter(|l| l.is_external()).map(Link::href) {
                Some(href) => html! { <a {href} rel="noopener noreferrer external" target="_blank">{ t }</a> },
                None => html! { { t } },
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[component]
pub fn Footnotes(props: &Props) -> Html {
    let lang = props.lang;
    let r = report();
    // Which paragraphs lead to each footnote (computed once: the list
    // re-renders on every filter change).
    let back = use_memo((), |_| footnote_backlinks(report()));
    if r.footnotes.is_empty() {
        return html! {};
    }
    html! {
        <section class="footnotes" aria-labelledby="fn-title">
            <h2 id="fn-title">{ i18n::FOOTNOTES.get(lang) }</h2>
            <ol>
                { for r.footnotes.iter().zip(back.iter()).map(|(f, back)| {
                    html! {
                        <li id={format!("fn{}", f.number)} value={f.number.to_string()} tabindex="-1">
                            { body(&f.text, &f.spans) }
                            { for back.paragraphs.iter().map(|n| html! {
                                <>{ " " }<a class="back" href={format!("#p{n}")}
                                    aria-label={i18n::BACK_TO.get(lang).replace("{}", &n.to_string())}>
                                    { if back.paragraphs.len() > 1 { format!("↩ {n}") } else { "↩".to_string() } }</a></>
                            }) }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
