//! The report's sections with the number of matching paragraphs in each;
//! a link jumps to the section in the list. Open for the whole report on
//! a wide screen; folded under a filter and on a phone, so the paragraphs
//! chosen are on the first screen.

use super::paragraph_list::section_anchor;
use crate::context::use_app;
use crate::i18n;
use yew::prelude::*;

#[component]
pub fn Toc() -> Html {
    let app = use_app();
    let lang = app.lang();
    // Folded on a phone from the start (as in the prerendered page).
    let narrow = use_memo((), |_| crate::browser::narrow());
    let r = app.site().report();
    // Paragraphs per section, counted up the tree.
    let counts = app.site().index().section_counts(&app.results.hits);
    html! {
        <nav class="toc" aria-labelledby="toc-title" data-testid="toc">
            <details open={app.state.page.filter.is_empty() && !*narrow}>
                <summary id="toc-title">{ i18n::CONTENTS.get(lang) }</summary>
                <ol>
                    { for r.sections.iter().zip(&counts).map(|(s, &n)| {
                        let depth = format!("depth-{}", s.id.matches('.').count());
                        let label = format!("{} {}", s.label, s.title);
                        html! {
                            <li class={depth}>
                                if n > 0 {
                                    <a href={format!("#{}", section_anchor(&s.id))} lang="zh-Hans">{ label }</a>
                                } else {
                                    <span class="muted" lang="zh-Hans">{ label }</span>
                                }
                                <span class="count">{ n }</span>
                            </li>
                        }
                    }) }
                </ol>
            </details>
        </nav>
    }
}
