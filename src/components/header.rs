//! The page header: the report's title and meeting facts in the interface
//! language (`data::Site::title`: written by the build for a site of one
//! report, made by `report::page::meeting` in a series), the report chooser
//! of a series, the count of paragraphs shown, and the language switch.

use crate::components::report_choice::report_choice;
use crate::context::AppContext;
use crate::data;
use crate::i18n;
use crate::markup::text;
use crate::state::Action;
use report::page::i18n::Lang;
use report::site::markup::frame;
use yew::prelude::*;

/// The header, drawn with the page (a part of it, not a component: it
/// reads the app's state, which changes with every render of the page).
pub fn header(app: &AppContext) -> Html {
    let lang = app.lang();
    let shown = app.results.hits.count();
    let site = app.site();
    let r = site.report();
    let total = r.paragraphs.len();
    let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
    // A list of several reports is named by its meetings; one report, by
    // the names the build made for it.
    let several = !r.origins.is_empty();
    let (title, facts) = match (site.title(lang), site.facts(lang)) {
        (Some(title), Some(facts)) if !several => (text(title), text(facts)),
        _ => {
            let meetings: Vec<String> = site.reports().iter().map(|r| r.short_label(lang)).collect();
            (AttrValue::Static(i18n::ALL_MEETINGS.get(lang)), AttrValue::from(meetings.join(" · ")))
        }
    };
    let english_title = !several && *title != *r.title;
    // A list of several is named in the interface language; a report's
    // title is in English only where it was made from the meeting facts.
    let title_lang = match (several, english_title) {
        (true, _) => lang,
        (false, true) => Lang::En,
        (false, false) => Lang::Zh,
    };
    html! {
        <header class={frame::PAGE_HEADER}>
            <div class={frame::TITLES}>
                <p class={frame::APP_NAME}>{ i18n::APP_NAME.get(lang) }</p>
                <h1 lang={if title_lang == Lang::En { "en" } else { "zh-Hans" }}>{ title }</h1>
                if english_title {
                    <p class={frame::ORIGINAL_TITLE} lang="zh-Hans" data-testid="original-title">{ &r.title }</p>
                }
                <p class={frame::MEETING} data-testid="meeting">{ facts }</p>
            </div>
            <div class={frame::HEADER_TOOLS}>
                if data::is_series() { { report_choice(site, lang, app.state.page.lang) } }
                <p class={frame::SHOWN} data-testid="shown" role="status" aria-live="polite" aria-atomic="true">
                    { i18n::SHOWN.get(lang) }{ " " }<strong>{ shown }</strong>{ " " }{ i18n::OF.get(lang) }{ " " }{ total }
                </p>
                <button type="button" class={frame::LANG_SWITCH} data-testid="lang-switch"
                    lang={if other == Lang::Zh { "zh-Hans" } else { "en" }}
                    title={i18n::LANG_LABEL.get(lang)}
                    onclick={app.on(Action::SetLang(other))}>
                    { i18n::LANG_SWITCH.get(lang) }
                </button>
            </div>
        </header>
    }
}
