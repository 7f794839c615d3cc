//! Switches between the paragraph list and the overview, and exports the
//! paragraphs shown (CSV, JSON, Markdown) or the whole dataset, all made
//! in the browser.

use crate::context::use_app;
use crate::data::report;
use crate::state::Action;
use crate::{browser, i18n};
use report::params::View;
use yew::prelude::*;

#[component]
pub fn Toolbar() -> Html {
    let app = use_app();
    let lang = app.lang();
    let view = &app.state.page.view;
    let export = |kind: &'static str| {
        let app = app.clone();
        Callback::from(move |_| {
            let r = report();
            let shown: Vec<usize> = app.results.hits.iter().collect();
            let query = app.state.page.to_query();
            match kind {
                "csv" => browser::download("paragraphs.csv", "text/csv;charset=utf-8", &report::export::csv(r, &shown)),
                "json" => browser::download("paragraphs.json", "application/json", &report::export::json(r, &shown)),
                "md" => browser::download(
                    "paragraphs.md",
                    "text/markdown;charset=utf-8",
                    &report::export::markdown(r, &shown, &query),
                ),
                _ => browser::download("report.json", "application/json", &report::export::report_json(r)),
            }
        })
    };
    let tab = |v: View, label: i18n::T, testid: &'static str| {
        let current = std::mem::discriminant(view) == std::mem::discriminant(&v);
        html! {
            <button type="button" class="tab" aria-pressed={current.to_string()} data-testid={testid}
                onclick={app.on(Action::SetView(v))}>{ label.get(lang) }</button>
        }
    };
    html! {
        <div class="toolbar">
            <nav aria-label={i18n::VIEWS.get(lang)} class="tabs">
                { tab(View::List, i18n::VIEW_LIST, "tab-list") }
                { tab(View::Overview, i18n::VIEW_OVERVIEW, "tab-overview") }
            </nav>
            <div class="exports" role="group" aria-label={i18n::EXPORT.get(lang)}>
                <span class="muted">{ i18n::EXPORT.get(lang) }{ ":" }</span>
                <button type="button" class="link-button" data-testid="export-csv" onclick={export("csv")}>{ "CSV" }</button>
                <button type="button" class="link-button" data-testid="export-json" onclick={export("json")}>{ "JSON" }</button>
                <button type="button" class="link-button" data-testid="export-md" onclick={export("md")}>{ "Markdown" }</button>
                <button type="button" class="link-button" data-testid="export-all" onclick={export("all")}>{ i18n::EXPORT_ALL.get(lang) }</button>
            </div>
        </div>
    }
}
