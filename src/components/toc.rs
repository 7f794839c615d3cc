//! The report's sections with the number of matching paragraphs in each;
//! a link jumps to the section in the list. Open for the whole report on
//! a wide screen; folded under a filter and on a phone, so the paragraphs
//! chosen are on the first screen.

use crate::context::{use_app, use_dispatch};
use crate::i18n;
use report::site::markup::{contents, frame};
use yew::prelude::*;

#[component]
pub fn Toc() -> Html {
    let app = use_app();
    let dispatch = use_dispatch();
    let lang = app.lang();
    // Folded on a phone from the start (as in the prerendered page).
    let narrow = use_memo((), |_| crate::browser::narrow());
    let r = app.site().report();
    // Paragraphs per section, counted up the tree.
    let counts = app.site().index().section_counts(&app.results.hits);
    html! {
        <nav class={frame::TOC} aria-labelledby={frame::TOC_TITLE} data-testid="toc">
            <details open={app.state.page.filter.is_empty() && !*narrow}>
                <summary id={frame::TOC_TITLE}>{ i18n::CONTENTS.get(lang) }</summary>
                { crate::markup::draw(contents(r, &counts, |_| true).into(), lang, &dispatch) }
            </details>
        </nav>
    }
}
