//! One paragraph: number and permalink, section path, the text with
//! footnote markers, cross-references and document links (all as text
//! nodes), and chips for its speakers, articles and topics that filter
//! when clicked.

use super::copy_citation::CopyCitation;
use crate::context::use_dispatch;
use crate::data::report;
use crate::i18n;
use crate::state::Action;
use report::page::i18n::Lang;
use report::page::segments::{segments, Link};
use report::page::views::card_speakers;
use report::query::{highlights, Facet, Search};
use report::site::params::View;
use report::site::series::link_href;
use report::{Paragraph, Report};
use std::rc::Rc;
use yew::prelude::*;

/// Everything a card shows comes from its props, so a filter change that
/// keeps a card on screen does not re-render it.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Position of the paragraph in the report.
    pub position: usize,
    pub lang: Lang,
    /// The search, for highlights.
    pub search: Rc<Search>,
    /// How often the data grew (`AppState::arrivals`): a card drawn
    /// before its report's text arrived draws it when it has.
    #[prop_or_default]
    pub arrivals: u8,
}

fn text(r: &Report, p: &Paragraph, search: &Search) -> Html {
    let marks = highlights(p, search);
    let segs = segments(&p.text, &p.spans, &marks);
    let pieces = |parts: &[(usize, usize, bool)]| -> Html {
        parts
            .iter()
            .map(|&(a, b, marked)| {
                let t = p.text[a..b].to_string();
                if marked {
                    html! { <mark>{ t }</mark> }
                } else {
                    html! { { t } }
                }
            })
            .collect()
    };
    segs.iter()
        .map(|s| match &s.link {
            None => pieces(&s.parts),
            Some(l @ Link::Footnote(n)) => html! {
                <sup class={l.class()}><a href={link_href(l, r, p.number)} aria-label={format!("footnote {n}")}>{ n }</a></sup>
            },
            Some(l) => {
                let external = l.is_external();
                html! {
                    <a class={l.class()} href={link_href(l, r, p.number)} rel={external.then_some("noopener noreferrer external")}
                        target={external.then_some("_blank")}>{ pieces(&s.parts) }</a>
                }
            }
        })
        .collect()
}

#[component]
pub fn ParagraphCard(props: &Props) -> Html {
    let app = use_dispatch();
    let lang = props.lang;
    let r = report();
    let p = &r.paragraphs[props.position];
    let anchor = r.anchor(p.number);
    let heading_id = format!("{anchor}-h");
    html! {
        <article id={anchor.clone()} class="card" tabindex="-1" aria-labelledby={heading_id.clone()} data-testid="card">
            <header class="card-head">
                <h3 id={heading_id}>
                    <a class="num" href={format!("#{anchor}")}>{ i18n::card_label(r, p.number, lang) }</a>
                </h3>
                <CopyCitation number={p.number} {lang} />
            </header>
            if crate::data::is_series() && p.text.is_empty() {
                <p class="text loading" data-testid="text-loading">{ i18n::TEXT_LOADING.get(lang) }</p>
            } else {
                <p class="text" lang="zh-Hans">{ text(r, p, &props.search) }</p>
            }
            <footer class="card-chips">
                if !p.speakers.is_empty() {
                    <ul class="chips" aria-label={i18n::SPOKE.get(lang)}>
                        { for card_speakers(p).into_iter().map(|c| {
                            let s = c.speaker;
                            let (name, other) = i18n::entity_name(&s.id, lang);
                            let label = if c.as_written { s.name.clone() } else { name };
                            html! {
                                <li class="chip-group"><button type="button" class="chip speaker" title={other} data-testid="speaker-chip"
                                    onclick={app.on(Action::Only(Facet::Speaker, s.id.clone()))}>
                                    { label.clone() }<span class="role">{ format!(" · {}", i18n::role_label(s.role, lang)) }</span>
                                </button>
                                if c.has_page {
                                    <button type="button" class="chip info" data-testid="speaker-info"
                                        aria-label={format!("{label}: {}", i18n::DETAILS.get(lang))}
                                        onclick={app.on(Action::SetView(View::Entity(s.id.clone())))}>{ "ⓘ" }</button>
                                }
                                </li>
                            }
                        }) }
                    </ul>
                }
                if !p.articles.is_empty() {
                    <ul class="chips" aria-label={i18n::ARTICLES.get(lang)}>
                        { for p.articles.iter().map(|c| {
                            let how = if c.inherited { i18n::VIA_HEADING } else { i18n::EXPLICIT };
                            let (_, title) = i18n::article_name(c.article, lang);
                            let cited = c.cited().to_string();
                            let label = match lang { Lang::Zh => format!("第{cited}条"), Lang::En => format!("Art. {cited}") };
                            html! {
                                <li class="chip-group"><button type="button" class={classes!("chip", "article", c.inherited.then_some("inherited"))}
                                    title={title} data-testid="article-chip"
                                    onclick={app.on(Action::Only(Facet::Article, c.article.to_string()))}>
                                    { label.clone() }<span class="how">{ format!(" · {}", how.get(lang)) }</span>
                                </button>
                                <button type="button" class="chip info" data-testid="article-info"
                                    aria-label={format!("{label}: {}", i18n::DETAILS.get(lang))}
                                    onclick={app.on(Action::SetView(View::Article(c.article)))}>{ "ⓘ" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
                if !p.topics.is_empty() {
                    <ul class="chips" aria-label={i18n::TOPICS.get(lang)}>
                        { for p.topics.iter().map(|t| {
                            let (name, _) = i18n::value_name(Facet::Topic, t, lang);
                            html! {
                                <li><button type="button" class="chip topic"
                                    onclick={app.on(Action::Only(Facet::Topic, t.clone()))}>{ name }</button></li>
                            }
                        }) }
                    </ul>
                }
            </footer>
        </article>
    }
}
