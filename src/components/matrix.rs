//! The speaker × topic matrix (`report::page::overview::matrix`): a cell with
//! paragraphs is a button that shows them; every cell is labelled for a
//! screen reader.

use crate::context::{use_dispatch, Dispatch};
use crate::i18n;
use crate::state::Action;
use report::page::i18n::Lang;
use report::page::overview::Matrix;
use report::query::Facet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    pub matrix: std::rc::Rc<Matrix>,
    pub lang: Lang,
}

#[component]
pub fn MatrixTable(props: &MatrixProps) -> Html {
    let dispatch = use_dispatch();
    let site = dispatch.site;
    let r = site.report();
    let (m, lang) = (&props.matrix, props.lang);
    let topic_names: Vec<String> = m.topics.iter().map(|t| i18n::value_name(r, Facet::Topic, t, lang).0).collect();
    let cell = |dispatch: &Dispatch, row: usize, col: usize| {
        let speaker = &m.rows[row].speaker;
        let n = m.rows[row].cells[col];
        let label = format!("{} × {}: {n}", i18n::entity_name(r, speaker, lang).0, topic_names[col]);
        html! {
            <td data-count={n.to_string()}>
                if n > 0 {
                    <button type="button" class="cell" aria-label={label} data-speaker={speaker.clone()} data-topic={m.topics[col].clone()}
                        onclick={dispatch.on(Action::SetFilter(m.filter(row, col)))}>{ n }</button>
                } else {
                    <span class="muted" aria-label={label}>{ "·" }</span>
                }
            </td>
        }
    };
    html! {
        <div class="matrix-wrap">
        <table class="matrix" data-testid="matrix">
            <caption>{ i18n::MATRIX.get(lang) }</caption>
            <thead><tr>
                <td></td>
                { for topic_names.iter().map(|t| html! { <th scope="col">{ t }</th> }) }
            </tr></thead>
            <tbody>
            { for m.rows.iter().enumerate().map(|(i, row)| html! {
                <tr>
                    <th scope="row">{ i18n::entity_name(r, &row.speaker, lang).0 }</th>
                    { for (0..m.topics.len()).map(|j| cell(&dispatch, i, j)) }
                </tr>
            }) }
            </tbody>
        </table>
        </div>
    }
}
