//! The page's default view as static HTML, written into `index.html` at
//! build time so the report can be read before (and without) WebAssembly:
//! the header with the meeting facts, the table of contents, the cards in
//! report order (number, text with its links, speakers, articles and
//! topics as text), the footnotes and the attendance list.
//!
//! The markup is the app's own (same elements, classes and ids: `#p39`
//! works with no script), with its controls present but disabled, so the
//! app replaces it without moving anything on screen. The search box alone
//! takes keystrokes: what the reader types before the app has come is
//! searched when it does (without script the box is hidden). The cards, the
//! section headings, the contents' list and the footnotes are written
//! from the trees the app draws ([`crate::site::markup`]); the frame
//! around them is written here, with the classes and ids
//! [`markup::frame`] names for both.
//! Interface text is written in both languages; the page's head script
//! picks one before the first paint (`html.en`), and without script the
//! Chinese shows.

use crate::model::Report;
use crate::page::i18n::Lang;
use crate::page::i18n::{self, T};
use crate::page::meeting;
use crate::page::views::footnote_backlinks;
use crate::query::{Bits, Index};
use crate::site::markup::frame::*;
use crate::site::markup::{self, Both, Node, Words};
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

/// Writes a tree of [`markup`] as HTML: interface text in both languages
/// (attributes in Chinese), every control disabled.
fn write_node(out: &mut String, node: &Node) {
    match node {
        Node::Text(Words::One(s)) => out.push_str(&escape(s)),
        Node::Text(Words::Two(zh, en)) => out.push_str(&both(zh, en)),
        Node::Mark(s) => {
            let _ = write!(out, "<mark>{}</mark>", escape(s));
        }
        Node::CopyCitation(_) => {
            let _ = write!(
                out,
                r#"<span class="{COPY}"><button class="link-button" disabled>{}</button><span class="{COPY_STATUS}"></span></span>"#,
                t(i18n::COPY_CITATION)
            );
        }
        Node::Element(e) => {
            let _ = write!(out, "<{}", e.tag);
            // Test ids are the app's: tests find its elements, not these.
            // A control is a disabled placeholder until the app's arrives:
            // it keeps what shows (its class and text), not its title,
            // label or type (outside a form, disabled, a button's type
            // does nothing).
            let written = |k: &str| k != "data-testid" && (e.act.is_none() || k == "class");
            for (k, v) in e.keys.iter().zip(&e.values).filter(|(k, _)| written(k)) {
                if let Some(v) = v {
                    let _ = write!(out, r#" {k}="{}""#, escape(v.get(Lang::Zh)));
                }
            }
            if e.act.is_some() {
                out.push_str(" disabled");
            }
            out.push('>');
            for c in &e.children {
                write_node(out, c);
            }
            let _ = write!(out, "</{}>", e.tag);
        }
    }
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
        r#"<details class="{REPORT_CHOICE}"><summary>{}: {}</summary><ul>"#,
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
        r#"<header class="{PAGE_HEADER}"><div class="{TITLES}"><p class="{APP_NAME}">{}</p><h1><span class="ui-zh">{}</span><span class="ui-en" lang="en">{}</span></h1>"#,
        t(i18n::APP_NAME),
        escape(&r.title),
        escape(&en_title),
    );
    if en_title != r.title {
        let _ = write!(out, r#"<p class="{ORIGINAL_TITLE} ui-en" lang="zh-Hans">{}</p>"#, escape(&r.title));
    }
    let _ = write!(
        out,
        r#"<p class="{MEETING}">{}</p></div><div class="{HEADER_TOOLS}">"#,
        each(|l| meeting::facts_line(r, l)),
    );
    chooser(out, site);
    let _ = write!(
        out,
        r#"<p class="{SHOWN}">{} <strong>{total}</strong> {} {total}</p><button class="{LANG_SWITCH}" disabled>{}</button></div></header>"#,
        t(i18n::SHOWN),
        t(i18n::OF),
        t(i18n::LANG_SWITCH),
    );
}

/// The search box's `/` is the paint the head script waits for when it has
/// the header painted first (`elementtiming`, `assets/pre.js`): it is on
/// the first screen in every layout.
fn sidebar(out: &mut String, r: &Report) {
    let _ = write!(
        out,
        r#"<aside class="{SIDEBAR}"><div class="{SEARCH}"><label for="{SEARCH_INPUT}">{}<kbd aria-hidden="true" elementtiming="second-frame">/</kbd></label><input id="{SEARCH_INPUT}" type="search" placeholder="{}"></div><button class="{FILTERS_TOGGLE}" disabled>{}</button>"#,
        t(i18n::SEARCH),
        escape(i18n::SEARCH_HINT.zh),
        t(i18n::FILTERS),
    );
    let a = &r.attendance;
    if !a.states.is_empty() || !a.observers.is_empty() {
        let _ = write!(
            out,
            r#"<section class="{ATTENDANCE}"><details><summary>{} ({})</summary><h3>{}</h3><ul class="{ATTENDEES}" lang="zh-Hans">"#,
            t(i18n::ATTENDANCE),
            a.states.len(),
            t(i18n::ATTENDED_STATES),
        );
        attendees(out, r, &a.states.iter().map(|s| s.iso3.as_str()).collect::<Vec<_>>());
        let _ = write!(out, r#"<h3>{}</h3><ul class="{ATTENDEES}" lang="zh-Hans">"#, t(i18n::OBSERVERS));
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
/// [`MAX_ATTENDEES`] names and a count of the rest. The names are the
/// report's, in Chinese as it lists them (like the paragraph texts): the
/// list is folded, and the app says them in the reader's language when it
/// takes over. (Their English names cost 1.3 kB gzip of the first load.)
fn attendees(out: &mut String, r: &Report, ids: &[&str]) {
    let total = ids.len();
    for id in ids.iter().take(MAX_ATTENDEES) {
        let _ = write!(out, "<li>{}</li>", escape(&i18n::entity_name(r, id, Lang::Zh).0));
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
        r#"<div class="{TOOLBAR}"><nav class="{TABS}"><button class="{TAB}" aria-pressed="true" disabled>{}</button><button class="{TAB}" aria-pressed="false" disabled>{}</button></nav><div class="{EXPORTS}"><span class="muted">{}:</span><button class="link-button" disabled>CSV</button><button class="link-button" disabled>JSON</button><button class="link-button" disabled>Markdown</button><a class="link-button" href="{}" download>{}</a></div></div>"#,
        t(i18n::VIEW_LIST),
        t(i18n::VIEW_OVERVIEW),
        t(i18n::EXPORT),
        escape(&crate::site::series::json_file(site.id)),
        t(i18n::EXPORT_ALL),
    );
}

/// The contents, open on wide screens and folded on phones (as the app
/// draws them): two copies, the stylesheet shows the one for the width.
/// A report longer than the page holds lists the sections of the
/// paragraphs written, each with its number of paragraphs in the whole
/// report.
fn toc(out: &mut String, r: &Report, index: &Index, max: usize) {
    let counts = index.section_counts(&Bits::full(index.len()));
    let mut written: Vec<&str> = Vec::new();
    for p in r.paragraphs.iter().take(max) {
        for s in r.section_path(&p.section) {
            if !written.contains(&s.id.as_str()) {
                written.push(&s.id);
            }
        }
    }
    let whole = r.paragraphs.len() <= max;
    let mut list = String::new();
    write_node(&mut list, &markup::contents(r, &counts, |s| whole || written.contains(&s.id.as_str())).into());
    let _ = write!(
        out,
        r#"<nav class="{TOC}" aria-labelledby="{TOC_TITLE}"><details class="toc-wide" open><summary id="{TOC_TITLE}">{0}</summary>{1}</details><details class="toc-narrow"><summary>{0}</summary>{1}</details></nav>"#,
        t(i18n::CONTENTS),
        list
    );
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
    let _ = write!(out, r##"<div id="{PRERENDER}"><a class="{SKIP_LINK}" href="#{RESULTS}">{}</a>"##, t(i18n::SKIP));
    header(&mut out, r, site);
    let _ = write!(out, r#"<div class="{LAYOUT}">"#);
    sidebar(&mut out, r);
    let _ = write!(out, r#"<main id="{RESULTS}" tabindex="-1">"#);
    toolbar(&mut out, site);
    let _ = write!(out, r#"<p class="pre-loading" role="status">{}</p>"#, t(i18n::LOADING));
    let _ = write!(out, r#"<p class="pre-report" role="status">{}</p>"#, t(i18n::LOADING_REPORT));
    toc(&mut out, r, &index, max);
    let _ = write!(out, r#"<section class="{PARAGRAPHS}"><div class="{CARDS}">"#);
    let mut last_section = None;
    for (i, p) in r.paragraphs.iter().enumerate().take(max) {
        if last_section != Some(&p.section) {
            let start = markup::section_start(r, last_section.map(String::as_str), &p.section);
            for (_, anchor) in start.anchors {
                write_node(&mut out, &anchor.into());
            }
            write_node(&mut out, &start.heading.into());
            last_section = Some(&p.section);
        }
        write_node(&mut out, &markup::card(r, i, &r.paragraphs[i].text, &[], Both).into());
    }
    out.push_str("</div>");
    let rest = r.paragraphs.len().saturating_sub(max);
    if rest > 0 {
        let _ = write!(
            out,
            r#"<p class="{MORE}">{}</p>"#,
            each(|l| i18n::REST_NEEDS_APP.get(l).replace("{}", &rest.to_string()))
        );
    }
    out.push_str("</section>");
    if let Some(f) = markup::footnotes(r, &footnote_backlinks(r), max, Both) {
        write_node(&mut out, &f.into());
    }
    out.push_str("</main></div></div>");
    out
}
