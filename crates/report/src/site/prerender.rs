//! The page's default view as static HTML, written into `index.html` at
//! build time so the report can be read before (and without) WebAssembly:
//! the header with the meeting facts, the table of contents, the cards in
//! report order (number, text with its links, speakers, articles and
//! topics as text), the footnotes and the attendance list.
//!
//! The markup is the app's own (same elements, classes and ids: `#p39`
//! works with no script), with its controls present but disabled, so the
//! app replaces it without moving anything on screen. Interface text is
//! written in both languages; the page's head script picks one before the
//! first paint (`html.en`), and without script the Chinese shows.

use crate::model::{has_page, Report};
use crate::page::i18n::Lang;
use crate::page::i18n::{self, T};
use crate::page::meeting;
use crate::page::segments::{segments, Link};
use crate::page::views::{card_speakers, footnote_backlinks, opened_sections, section_heading};
use crate::query::{Bits, Facet, Index};
use crate::site::series::Catalog;
use std::fmt::Write;

/// Paragraphs written into the page at most; a longer report says that
/// the rest needs the interactive page.
pub const MAX_PARAGRAPHS: usize = 100;

/// Names of each attendance list written at most (a real list has about
/// 190 States); the rest are counted.
pub const MAX_ATTENDEES: usize = 400;

/// Escapes text for an HTML text node or a quoted attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Both languages of a piece of interface text; the stylesheet shows one.
fn both(zh: &str, en: &str) -> String {
    if zh == en {
        return escape(zh);
    }
    format!(r#"<span class="ui-zh">{}</span><span class="ui-en" lang="en">{}</span>"#, escape(zh), escape(en))
}

fn t(text: T) -> String {
    both(text.zh, text.en)
}

/// A label built per language.
fn each(f: impl Fn(Lang) -> String) -> String {
    both(&f(Lang::Zh), &f(Lang::En))
}

/// The DOM id of a section's heading in the list (the app's too).
pub fn section_anchor(id: &str) -> String {
    format!("s-{}", id.replace('.', "-"))
}

/// A paragraph's text with its footnote markers, cross-references, document
/// symbols and web addresses as links.
fn text(out: &mut String, text: &str, spans: &[crate::Span]) {
    for s in segments(text, spans, &[]) {
        let t: String = s.parts.iter().map(|&(a, b, _)| &text[a..b]).collect();
        let t = escape(&t);
        let _ = match &s.link {
            None => write!(out, "{t}"),
            Some(l @ Link::Footnote(n)) => {
                write!(
                    out,
                    r#"<sup class="{}"><a href="{}" aria-label="footnote {n}">{n}</a></sup>"#,
                    l.class(),
                    l.href()
                )
            }
            Some(l) => write!(
                out,
                r#"<a class="{}" href="{}"{}>{t}</a>"#,
                l.class(),
                escape(&l.href()),
                if l.is_external() { r#" rel="noopener noreferrer external" target="_blank""# } else { "" }
            ),
        };
    }
}

fn card(out: &mut String, r: &Report, i: usize) {
    let p = &r.paragraphs[i];
    let n = p.number;
    let _ = write!(
        out,
        r##"<article id="p{n}" class="card" tabindex="-1" aria-labelledby="p{n}-h"><header class="card-head"><h3 id="p{n}-h"><a class="num" href="#p{n}">{}</a></h3><span class="copy"><button type="button" class="link-button" disabled>{}</button><span class="copy-status"></span></span></header><p class="text" lang="zh-Hans">"##,
        each(|l| i18n::paragraph_label(l, n)),
        t(i18n::COPY_CITATION),
    );
    text(out, &p.text, &p.spans);
    out.push_str(r#"</p><footer class="card-chips">"#);
    let speakers = card_speakers(p);
    if !speakers.is_empty() {
        let _ = write!(out, r#"<ul class="chips">"#);
        for c in speakers {
            let s = c.speaker;
            let name = if c.as_written { escape(&s.name) } else { each(|l| i18n::entity_name(r, &s.id, l).0) };
            let _ = write!(
                out,
                r#"<li class="chip-group"><button type="button" class="chip speaker" disabled>{name}<span class="role"> · {}</span></button>{}</li>"#,
                each(|l| i18n::role_label(s.role, l).to_string()),
                if has_page(&s.id) { r#"<button type="button" class="chip info" disabled>ⓘ</button>"# } else { "" },
            );
        }
        out.push_str("</ul>");
    }
    if !p.articles.is_empty() {
        out.push_str(r#"<ul class="chips">"#);
        for c in &p.articles {
            let how = if c.inherited { i18n::VIA_HEADING } else { i18n::EXPLICIT };
            let cited = c.cited().to_string();
            let label = both(&format!("第{cited}条"), &format!("Art. {cited}"));
            let _ = write!(
                out,
                r#"<li class="chip-group"><button type="button" class="chip article{}" disabled>{label}<span class="how"> · {}</span></button><button type="button" class="chip info" disabled>ⓘ</button></li>"#,
                if c.inherited { " inherited" } else { "" },
                t(how),
            );
        }
        out.push_str("</ul>");
    }
    if !p.topics.is_empty() {
        out.push_str(r#"<ul class="chips">"#);
        for topic in &p.topics {
            let _ = write!(
                out,
                r#"<li><button type="button" class="chip topic" disabled>{}</button></li>"#,
                each(|l| i18n::value_name(r, Facet::Topic, topic, l).0)
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</footer></article>");
}

/// The report chooser of a site of several reports: the app's, a
/// disclosure listing every report as a link to it.
fn chooser(out: &mut String, site: &Site) {
    if site.catalog.reports.len() < 2 {
        return;
    }
    let label = |id: &str| site.catalog.get(id).map(|r| each(|l| r.label(l))).unwrap_or_default();
    let _ = write!(
        out,
        r#"<details class="report-choice"><summary>{}: {}</summary><ul>"#,
        t(i18n::REPORT_CHOICE),
        label(site.id)
    );
    for info in &site.catalog.reports {
        let current = if info.id == site.id { r#" aria-current="page""# } else { "" };
        let _ = write!(
            out,
            r#"<li><a href="{}"{current}>{}</a></li>"#,
            escape(&crate::site::series::address(&info.id, None)),
            label(&info.id)
        );
    }
    let all = crate::site::series::address(crate::site::series::ALL, None);
    let _ = write!(out, r#"<li><a href="{}">{}</a></li></ul></details>"#, escape(&all), t(i18n::ALL_MEETINGS));
}

fn header(out: &mut String, r: &Report, site: &Site) {
    let total = r.paragraphs.len();
    let en_title = meeting::title(r, Lang::En);
    let _ = write!(
        out,
        r#"<header class="page-header"><div class="titles"><p class="app-name">{}</p><h1><span class="ui-zh">{}</span><span class="ui-en" lang="en">{}</span></h1>"#,
        t(i18n::APP_NAME),
        escape(&r.title),
        escape(&en_title),
    );
    if en_title != r.title {
        let _ = write!(out, r#"<p class="original-title ui-en" lang="zh-Hans">{}</p>"#, escape(&r.title));
    }
    let _ = write!(
        out,
        r#"<p class="meeting">{}</p></div><div class="header-tools">"#,
        each(|l| meeting::facts_line(r, l)),
    );
    chooser(out, site);
    let _ = write!(
        out,
        r#"<p class="shown">{} <strong>{total}</strong> {} {total}</p><button type="button" class="lang-switch" disabled>{}</button></div></header>"#,
        t(i18n::SHOWN),
        t(i18n::OF),
        t(i18n::LANG_SWITCH),
    );
}

fn sidebar(out: &mut String, r: &Report) {
    let _ = write!(
        out,
        r#"<aside class="sidebar"><div class="search"><label for="search-input">{}<kbd aria-hidden="true">/</kbd></label><input id="search-input" type="search" disabled placeholder="{}"></div><button type="button" class="filters-toggle" disabled>{}</button>"#,
        t(i18n::SEARCH),
        escape(i18n::SEARCH_HINT.zh),
        t(i18n::FILTERS),
    );
    let a = &r.attendance;
    if !a.states.is_empty() || !a.observers.is_empty() {
        let _ = write!(
            out,
            r#"<section class="attendance"><details><summary>{} ({})</summary><h3>{}</h3><ul class="attendees">"#,
            t(i18n::ATTENDANCE),
            a.states.len(),
            t(i18n::ATTENDED_STATES),
        );
        attendees(out, r, &a.states.iter().map(|s| s.iso3.as_str()).collect::<Vec<_>>());
        let _ = write!(out, r#"<h3>{}</h3><ul class="attendees">"#, t(i18n::OBSERVERS));
        attendees(
            out,
            r,
            &a.regional_organizations.iter().chain(&a.observers).map(|o| o.id.as_str()).collect::<Vec<_>>(),
        );
        out.push_str("</details></section>");
    }
    out.push_str("</aside>");
}

/// One attendance list (the `<ul>` is open), closed after at most
/// [`MAX_ATTENDEES`] names and a count of the rest.
fn attendees(out: &mut String, r: &Report, ids: &[&str]) {
    let total = ids.len();
    for id in ids.iter().take(MAX_ATTENDEES) {
        let _ = write!(out, "<li>{}</li>", each(|l| i18n::entity_name(r, id, l).0));
    }
    out.push_str("</ul>");
    if total > MAX_ATTENDEES {
        let rest = total - MAX_ATTENDEES;
        let _ = write!(
            out,
            r#"<p class="muted">{}</p>"#,
            each(|l| i18n::REST_ATTENDEES.get(l).replace("{}", &rest.to_string()))
        );
    }
}

fn toolbar(out: &mut String, site: &Site) {
    let _ = write!(
        out,
        r#"<div class="toolbar"><nav class="tabs"><button type="button" class="tab" aria-pressed="true" disabled>{}</button><button type="button" class="tab" aria-pressed="false" disabled>{}</button></nav><div class="exports"><span class="muted">{}:</span><button type="button" class="link-button" disabled>CSV</button><button type="button" class="link-button" disabled>JSON</button><button type="button" class="link-button" disabled>Markdown</button><a class="link-button" href="{}" download>{}</a></div></div>"#,
        t(i18n::VIEW_LIST),
        t(i18n::VIEW_OVERVIEW),
        t(i18n::EXPORT),
        escape(&crate::site::series::json_file(site.id)),
        t(i18n::EXPORT_ALL),
    );
}

/// The contents, open on wide screens and folded on phones (as the app
/// draws them): two copies, the stylesheet shows the one for the width.
fn toc(out: &mut String, r: &Report, index: &Index, max: usize) {
    let mut list = String::new();
    toc_list(&mut list, r, index, max);
    let _ = write!(
        out,
        r#"<nav class="toc" aria-labelledby="toc-title"><details class="toc-wide" open><summary id="toc-title">{0}</summary>{1}</details><details class="toc-narrow"><summary>{0}</summary>{1}</details></nav>"#,
        t(i18n::CONTENTS),
        list
    );
}

/// The sections of the paragraphs written (all of them for a report within
/// the bound), each with its number of paragraphs in the whole report.
fn toc_list(out: &mut String, r: &Report, index: &Index, max: usize) {
    let counts = index.section_counts(&Bits::full(index.len()));
    let mut written: Vec<&str> = Vec::new();
    for p in r.paragraphs.iter().take(max) {
        for s in r.section_path(&p.section) {
            if !written.contains(&s.id.as_str()) {
                written.push(&s.id);
            }
        }
    }
    out.push_str("<ol>");
    for (s, n) in r.sections.iter().zip(counts) {
        if r.paragraphs.len() > max && !written.contains(&s.id.as_str()) {
            continue;
        }
        let label = escape(&format!("{} {}", s.label, s.title));
        let depth = s.id.matches('.').count();
        if n > 0 {
            let _ = write!(
                out,
                r##"<li class="depth-{depth}"><a href="#{}" lang="zh-Hans">{label}</a><span class="count">{n}</span></li>"##,
                section_anchor(&s.id)
            );
        } else {
            let _ = write!(
                out,
                r#"<li class="depth-{depth}"><span class="muted" lang="zh-Hans">{label}</span><span class="count">0</span></li>"#
            );
        }
    }
    out.push_str("</ol>");
}

/// Every footnote of a report within the bound; of a longer one, those of
/// the paragraphs written.
fn footnotes(out: &mut String, r: &Report, max: usize) {
    let cited: Vec<u32> = r.paragraphs.iter().take(max).flat_map(|p| p.footnotes.iter().copied()).collect();
    let written = |n: u32| r.paragraphs.len() <= max || cited.contains(&n);
    if !r.footnotes.iter().any(|f| written(f.number)) {
        return;
    }
    let _ = write!(
        out,
        r#"<section class="footnotes" aria-labelledby="fn-title"><h2 id="fn-title">{}</h2><ol>"#,
        t(i18n::FOOTNOTES)
    );
    for (f, back) in r.footnotes.iter().zip(footnote_backlinks(r)) {
        if !written(f.number) {
            continue;
        }
        let _ = write!(out, r#"<li id="fn{0}" value="{0}" tabindex="-1">"#, f.number);
        text(out, &f.text, &f.spans);
        for n in back.paragraphs.iter().filter(|&&n| r.paragraphs.iter().take(max).any(|p| p.number == n)) {
            let mark = if back.paragraphs.len() > 1 { format!("↩ {n}") } else { "↩".to_string() };
            let _ = write!(
                out,
                r##" <a class="back" href="#p{n}" aria-label="{}">{mark}</a>"##,
                escape(&i18n::BACK_TO.zh.replace("{}", &n.to_string()))
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></section>");
}

/// Where the prerendered report sits: its id and the site's catalog.
pub struct Site<'a> {
    pub id: &'a str,
    pub catalog: &'a Catalog,
}

/// The default view of `r` as HTML, for the body of `index.html`, with at
/// most `max` paragraph cards.
pub fn page(r: &Report, site: &Site, max: usize) -> String {
    let index = Index::new(r);
    let mut out = String::with_capacity(r.paragraphs.iter().map(|p| p.text.len() * 2).sum::<usize>() + 8192);
    let _ = write!(out, r##"<div id="prerender"><a class="skip-link" href="#results">{}</a>"##, t(i18n::SKIP));
    header(&mut out, r, site);
    out.push_str(r#"<div class="layout">"#);
    sidebar(&mut out, r);
    out.push_str(r#"<main id="results" tabindex="-1">"#);
    toolbar(&mut out, site);
    let _ = write!(out, r#"<p class="pre-loading" role="status">{}</p>"#, t(i18n::LOADING));
    let _ = write!(out, r#"<p class="pre-report" role="status">{}</p>"#, t(i18n::LOADING_REPORT));
    toc(&mut out, r, &index, max);
    out.push_str(r#"<section class="paragraphs"><div class="cards">"#);
    let mut last_section = None;
    for (i, p) in r.paragraphs.iter().enumerate().take(max) {
        if last_section != Some(&p.section) {
            for id in opened_sections(r, last_section.map(String::as_str), &p.section) {
                let _ = write!(out, r#"<span class="anchor" id="{}"></span>"#, section_anchor(id));
            }
            last_section = Some(&p.section);
            let (up, own) = section_heading(r, &p.section);
            let up = up.map(|u| format!(r#"<span class="up">{}</span>"#, escape(&u))).unwrap_or_default();
            let _ = write!(
                out,
                r#"<h2 class="section-heading" id="{}" lang="zh-Hans">{up}{}</h2>"#,
                section_anchor(&p.section),
                escape(&own)
            );
        }
        card(&mut out, r, i);
    }
    out.push_str("</div>");
    let rest = r.paragraphs.len().saturating_sub(max);
    if rest > 0 {
        let _ = write!(
            out,
            r#"<p class="more">{}</p>"#,
            each(|l| i18n::REST_NEEDS_APP.get(l).replace("{}", &rest.to_string()))
        );
    }
    out.push_str("</section>");
    footnotes(&mut out, r, max);
    out.push_str("</main></div></div>");
    out
}
