//! The page header: title, meeting facts, the count of paragraphs shown,
//! and the language switch.

use crate::app::use_app;
use crate::data::report;
use crate::i18n;
use crate::state::Action;
use report::params::Lang;
use yew::prelude::*;

fn meeting_line(lang: Lang) -> String {
    let m = &report().meeting;
    let venue = m.venue.as_ref().map(|v| match lang {
        Lang::Zh => v.zh.clone(),
        Lang::En => v.en.clone().unwrap_or_else(|| v.zh.clone()),
    });
    let dates = match (&m.first_day, &m.last_day) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (Some(a), _) => a.clone(),
        _ => String::new(),
    };
    let session = m.session.map(|s| match lang {
        Lang::Zh => format!("第{}次会议", report::numerals::chinese_numeral(s)),
        Lang::En => format!("Meeting {s}"),
    });
    [session, venue, Some(dates)].into_iter().flatten().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
}

#[component]
pub fn Header() -> Html {
    let app = use_app();
    let lang = app.lang();
    let shown = app.results.hits.count();
    let total = report().paragraphs.len();
    let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
    html! {
        <header class="page-header">
            <div class="titles">
                <p class="app-name">{ i18n::APP_NAME.get(lang) }</p>
                <h1 lang="zh-Hans">{ &report().title }</h1>
                <p class="meeting" data-testid="meeting">{ meeting_line(lang) }</p>
            </div>
            <div class="header-tools">
                <p class="shown" data-testid="shown" role="status" aria-live="polite" aria-atomic="true">
                    { i18n::SHOWN.get(lang) }{ " " }<strong>{ shown }</strong>{ " " }{ i18n::OF.get(lang) }{ " " }{ total }
                </p>
                <button type="button" class="lang-switch" data-testid="lang-switch"
                    lang={if other == Lang::Zh { "zh-Hans" } else { "en" }}
                    aria-label={i18n::LANG_LABEL.get(lang)}
                    onclick={app.on(Action::SetLang(other))}>
                    { i18n::LANG_SWITCH.get(lang) }
                </button>
            </div>
        </header>
    }
}
