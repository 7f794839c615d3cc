//! Switches between the paragraph list and the overview, and exports the
//! paragraphs shown (CSV and Markdown made in the browser; JSON cut from
//! the report's published JSON file) or links to that file.

use crate::context::use_app;
use crate::data;
use crate::state::Action;
use crate::{browser, i18n};
use report::site::markup::frame;
use report::site::params::View;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Export {
    Csv,
    Json,
    Markdown,
}

#[component]
pub fn Toolbar() -> Html {
    let app = use_app();
    let failed = use_state(|| None::<String>);
    let lang = app.lang();
    let view = &app.state.page.view;
    let pending = data::is_series() && app.results.texts_pending;
    let info = app.site().info();
    let export = |kind: Export| {
        let app = app.clone();
        let failed = failed.clone();
        Callback::from(move |_| {
            let r = app.site().report();
            let shown: Vec<usize> = app.results.hits.iter().collect();
            failed.set(None);
            match kind {
                Export::Csv => browser::download(
                    "paragraphs.csv",
                    "text/csv;charset=utf-8",
                    &report::page::export::csv(r, &shown, info.filter(|_| data::is_series()).map(|i| i.id.as_str())),
                ),
                Export::Markdown => browser::download(
                    "paragraphs.md",
                    "text/markdown;charset=utf-8",
                    &report::page::export::markdown(r, &shown, &app.state.page.to_query()),
                ),
                Export::Json => {
                    let numbers: Vec<u32> = shown.iter().map(|&i| r.paragraphs[i].number).collect();
                    let failed = failed.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let Some(file) = info.map(|i| i.json_file()) else { return };
                        match crate::fetch::chosen_json(&file, &numbers).await {
                            Ok(json) => browser::download("paragraphs.json", "application/json", &json),
                            Err(e) => failed.set(Some(e)),
                        }
                    });
                }
            }
        })
    };
    let tab = |v: View, label: i18n::T, testid: &'static str| {
        let current = std::mem::discriminant(view) == std::mem::discriminant(&v);
        html! {
            <button type="button" class={frame::TAB} aria-pressed={current.to_string()} data-testid={testid}
                onclick={app.on(Action::SetView(v))}>{ label.get(lang) }</button>
        }
    };
    html! {
        <div class={frame::TOOLBAR}>
            <nav aria-label={i18n::VIEWS.get(lang)} class={frame::TABS}>
                { tab(View::List, i18n::VIEW_LIST, "tab-list") }
                { tab(View::Overview, i18n::VIEW_OVERVIEW, "tab-overview") }
            </nav>
            <div class={frame::EXPORTS} role="group" aria-label={i18n::EXPORT.get(lang)}>
                <span class="muted">{ i18n::EXPORT.get(lang) }{ ":" }</span>
                // (A list drawn from outlines exports once its texts are here.)
                <button type="button" class="link-button" data-testid="export-csv" disabled={pending} onclick={export(Export::Csv)}>{ "CSV" }</button>
                // (A list of several reports has no JSON of its own: each report has.)
                if info.is_some() {
                    <button type="button" class="link-button" data-testid="export-json" onclick={export(Export::Json)}>{ "JSON" }</button>
                }
                <button type="button" class="link-button" data-testid="export-md" disabled={pending} onclick={export(Export::Markdown)}>{ "Markdown" }</button>
                if let Some(info) = info {
                    <a class="link-button" href={info.json_file()} download="" data-testid="export-all">{ i18n::EXPORT_ALL.get(lang) }</a>
                }
                <span role="status" class="export-status" data-testid="export-status">
                    if let Some(e) = &*failed { { i18n::EXPORT_FAILED.get(lang) }{ e.clone() } }
                </span>
            </div>
        </div>
    }
}
