//! A visible notice listing what the URL held that could not be used.

use crate::context::AppContext;
use crate::i18n;
use crate::state::Action;
use report::page::i18n::Lang;
use report::site::params::Notice;
use yew::prelude::*;

fn describe(n: &Notice, lang: Lang) -> String {
    match (n, lang) {
        (Notice::UnknownParam(p), Lang::Zh) => format!("未知参数 “{p}”"),
        (Notice::UnknownParam(p), Lang::En) => format!("unknown parameter “{p}”"),
        (Notice::UnknownValue { param, value }, Lang::Zh) => format!("{param} 的值 “{value}” 无效"),
        (Notice::UnknownValue { param, value }, Lang::En) => format!("“{value}” is not a valid {param}"),
        (Notice::TooMany { param, kept }, Lang::Zh) => format!("{param} 重复次数过多，仅读取前 {kept} 个"),
        (Notice::TooMany { param, kept }, Lang::En) => format!("too many {param} values; the first {kept} were read"),
        (Notice::TooLong { param }, Lang::Zh) => format!("{param} 过长，已截断"),
        (Notice::TooLong { param }, Lang::En) => format!("{param} is too long and was cut"),
    }
}

/// The notice, drawn with the page (a part of it, not a component: it
/// reads the app's state, which changes with every render of the page).
pub fn notices(app: &AppContext) -> Html {
    let lang = app.lang();
    if app.state.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" role="status" data-testid="notice">
            <p>{ i18n::NOTICE.get(lang) }</p>
            <ul>
                { for app.state.notices.iter().map(|n| html! { <li>{ describe(n, lang) }</li> }) }
            </ul>
            <button type="button" onclick={app.on(Action::DismissNotices)}>{ i18n::DISMISS.get(lang) }</button>
        </div>
    }
}
