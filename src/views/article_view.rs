//! An article's page: its chapter and titles, the paragraphs citing it
//! explicitly or through a heading, finer citations, and who spoke there.

use super::entity_view::paragraph_links;
use crate::context::use_dispatch;
use crate::i18n;
use crate::state::Action;
use report::page::i18n::Lang;
use report::query::Facet;
use report::site::params::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub article: u8,
}

#[component]
pub fn ArticleView(props: &Props) -> Html {
    let app = use_dispatch();
    let lang = props.lang;
    let a = props.article;
    let r = app.site.report();
    let info = r.article_info(a);
    let s = report::page::views::article(r, a);
    let zh =
        format!("第{}条 {}", report::text::numerals::chinese_numeral(a as u32), info.map_or("", |i| i.zh.as_str()));
    let en = format!("Article {a}. {}", info.map_or("", |i| i.en.as_str()));
    let (first, second, second_lang) = match lang {
        Lang::Zh => (zh, en, "en"),
        Lang::En => (en, zh, "zh-Hans"),
    };
    html! {
        <section class="view article-view" aria-labelledby="view-title" data-testid="article-view">
            <button type="button" class="link-button" onclick={app.on(Action::SetView(View::List))}>{ format!("← {}", i18n::BACK_TO_LIST.get(lang)) }</button>
            <h2 id="view-title">{ first }</h2>
            <p class="other" lang={second_lang}>{ second }</p>
            <p>{ format!("{} {}", i18n::CHAPTER.get(lang), info.map_or("", |i| i.chapter.as_str())) }</p>
            <h3>{ format!("{} ({})", i18n::EXPLICIT_IN.get(lang), s.explicit.len()) }</h3>
            <div data-testid="explicit">{ paragraph_links(r, lang, &s.explicit) }</div>
            <h3>{ format!("{} ({})", i18n::INHERITED_IN.get(lang), s.inherited.len()) }</h3>
            <div data-testid="inherited">{ paragraph_links(r, lang, &s.inherited) }</div>
            if !s.finer.is_empty() {
                <h3>{ i18n::FINER.get(lang) }</h3>
                <ul data-testid="finer">
                    { for s.finer.iter().map(|(c, ps)| html! {
                        <li><strong>{ c.to_string() }</strong>{ ": " }{ for ps.iter().map(|&at| html! {
                            <><a href={format!("#{}", r.anchor(at))}>{ i18n::card_label(r, at, lang) }</a>{ " " }</>
                        }) }</li>
                    }) }
                </ul>
            }
            <h3>{ i18n::WHO_SPOKE.get(lang) }</h3>
            <ul class="chips" data-testid="article-speakers">
                { for s.speakers.iter().map(|(id, n)| html! {
                    <li><button type="button" class="chip" onclick={app.on(Action::SetView(View::Entity(id.clone())))}>
                        { format!("{} ({n})", i18n::entity_name(r, id, lang).0) }</button></li>
                }) }
            </ul>
            <button type="button" class="clear-all" onclick={app.on(Action::Only(Facet::Article, a.to_string()))}>{ i18n::FILTER_THESE.get(lang) }</button>
        </section>
    }
}
