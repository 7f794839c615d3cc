//! Switches between the paragraph list and the overview, and exports the
//! paragraphs shown (CSV and Markdown made in the browser; JSON cut from
//! the report's published JSON file) or links to that file.

use crate::context::{use_app, AppContext};
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

/// Makes export `kind` of the paragraphs `app` shows (a download), or
/// says in `failed` why it could not.
fn run(app: &AppContext, kind: Export, failed: &UseStateHandle<Option<String>>) {
    let r = app.site().report();
    let info = app.site().info();
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
}

#[component]
pub fn Toolbar() -> Html {
    let app = use_app();
    let failed = use_state(|| None::<String>);
    let lang = app.lang();
    let view = &app.state.page.view;
    let info = app.site().info();
    // An export asked for while a list drawn from outlines has not every
    // text: it asks for them, and is made when they are here.
    #[cfg(series)]
    let waiting = use_state(|| None::<Export>);
    #[cfg(series)]
    {
        let (app, failed, w) = (app.clone(), failed.clone(), waiting.clone());
        use_effect_with((app.results.texts_pending, *waiting), move |&(pending, kind)| {
            if let (false, Some(kind)) = (pending, kind) {
                w.set(None);
                run(&app, kind, &failed);
            }
        });
    }
    let export = |kind: Export| {
        let app = app.clone();
        let failed = failed.clone();
        #[cfg(series)]
        let waiting = waiting.clone();
        Callback::from(move |_| {
            #[cfg(series)]
            if app.results.texts_pending {
                app.fetch_texts(app.site().texts_for(None));
                waiting.set(Some(kind));
                return;
            }
            run(&app, kind, &failed)
        })
    };
    #[cfg(series)]
    let status = match (*waiting, &app.state.texts_failed) {
        (Some(_), Some(e)) => Some(format!("{}{e}", i18n::EXPORT_FAILED.get(lang))),
        (Some(_), None) => Some(i18n::EXPORT_WAITS.get(lang).to_string()),
        (None, _) => (*failed).as_ref().map(|e| format!("{}{e}", i18n::EXPORT_FAILED.get(lang))),
    };
    #[cfg(not(series))]
    let status = (*failed).as_ref().map(|e| format!("{}{e}", i18n::EXPORT_FAILED.get(lang)));
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
                <button type="button" class="link-button" data-testid="export-csv" onclick={export(Export::Csv)}>{ "CSV" }</button>
                // (A list of several reports has no JSON of its own: each report has.)
                if info.is_some() {
                    <button type="button" class="link-button" data-testid="export-json" onclick={export(Export::Json)}>{ "JSON" }</button>
                }
                <button type="button" class="link-button" data-testid="export-md" onclick={export(Export::Markdown)}>{ "Markdown" }</button>
                if let Some(info) = info {
                    <a class="link-button" href={info.json_file()} download="" data-testid="export-all">{ i18n::EXPORT_ALL.get(lang) }</a>
                }
                <span role="status" class="export-status" data-testid="export-status">{ status }</span>
            </div>
        </div>
    }
}
