//! Markup described once and drawn twice: a paragraph's card (its number
//! and permalink, its text with links and search highlights, its chips),
//! the headings a list opens sections with, the contents' list and the
//! footnotes, as small trees of elements. The prerendered page writes a
//! tree as HTML ([`crate::site::prerender`], every control disabled,
//! interface text in both languages); the app draws the same tree as Yew
//! nodes in the reader's language, wiring each control's [`Act`]. Their
//! elements, classes, ids and attributes are written here and nowhere
//! else.
//!
//! The frame around them (header, sidebar, toolbar) holds the app's own
//! controls, so each side writes its elements; the classes and ids both
//! use are named once, in [`frame`].

use crate::model::{Paragraph, Report, Section, Span};
use crate::page::i18n::{self, Lang, T};
use crate::page::segments::{segments, Link};
use crate::page::views::{card_speakers, opened_sections, section_heading, Backlinks};
use crate::query::Facet;
use crate::site::params::View;
use crate::site::series::link_href;
use std::borrow::Cow;

/// The classes and ids of the page's frame that the prerendered page and
/// the app both write (and the stylesheet and the tests find): each named
/// here once. The stylesheet's utility classes (`muted`, `link-button`)
/// are written where they are used.
pub mod frame {
    /// The prerendered view's root, which the app takes over.
    pub const PRERENDER: &str = "prerender";
    /// The prerendered view once the app has taken over, hidden until the
    /// browser has timed its first paint (`assets/pre.js`); and the root's
    /// class saying that it has.
    pub const TAKEN: &str = "taken";
    pub const PAINTED: &str = "painted";
    /// The element the app draws into (`index.html`), before the
    /// prerendered view.
    pub const APP: &str = "app";
    /// The results' region, the skip link's target.
    pub const RESULTS: &str = "results";
    pub const SKIP_LINK: &str = "skip-link";
    pub const PAGE_HEADER: &str = "page-header";
    pub const TITLES: &str = "titles";
    pub const APP_NAME: &str = "app-name";
    pub const ORIGINAL_TITLE: &str = "original-title";
    pub const MEETING: &str = "meeting";
    pub const HEADER_TOOLS: &str = "header-tools";
    pub const REPORT_CHOICE: &str = "report-choice";
    pub const SHOWN: &str = "shown";
    pub const LANG_SWITCH: &str = "lang-switch";
    pub const LAYOUT: &str = "layout";
    pub const SIDEBAR: &str = "sidebar";
    pub const SEARCH: &str = "search";
    pub const SEARCH_INPUT: &str = "search-input";
    pub const FILTERS_TOGGLE: &str = "filters-toggle";
    pub const ATTENDANCE: &str = "attendance";
    pub const ATTENDEES: &str = "attendees";
    pub const TOOLBAR: &str = "toolbar";
    pub const TABS: &str = "tabs";
    pub const TAB: &str = "tab";
    pub const EXPORTS: &str = "exports";
    pub const TOC: &str = "toc";
    pub const TOC_TITLE: &str = "toc-title";
    pub const PARAGRAPHS: &str = "paragraphs";
    pub const CARDS: &str = "cards";
    pub const MORE: &str = "more";
    /// A card's "copy citation" control and its status.
    pub const COPY: &str = "copy";
    pub const COPY_STATUS: &str = "copy-status";

    /// Every name above (for the test that no other file writes one).
    pub const ALL: &[&str] = &[
        PRERENDER,
        TAKEN,
        PAINTED,
        APP,
        RESULTS,
        SKIP_LINK,
        PAGE_HEADER,
        TITLES,
        APP_NAME,
        ORIGINAL_TITLE,
        MEETING,
        HEADER_TOOLS,
        REPORT_CHOICE,
        SHOWN,
        LANG_SWITCH,
        LAYOUT,
        SIDEBAR,
        SEARCH,
        SEARCH_INPUT,
        FILTERS_TOGGLE,
        ATTENDANCE,
        ATTENDEES,
        TOOLBAR,
        TABS,
        TAB,
        EXPORTS,
        TOC,
        TOC_TITLE,
        PARAGRAPHS,
        CARDS,
        MORE,
        COPY,
        COPY_STATUS,
    ];
}

/// Text of the tree: the same in both languages (the report's own, a
/// number), or interface text in each.
#[derive(Clone, Debug, PartialEq)]
pub enum Words {
    One(Cow<'static, str>),
    /// Chinese, then English.
    Two(Cow<'static, str>, Cow<'static, str>),
}

impl Words {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &Cow<'static, str> {
        match (self, lang) {
            (Words::One(s), _) | (Words::Two(s, _), Lang::Zh) | (Words::Two(_, s), Lang::En) => s,
        }
    }

    /// The text in `lang`, taken (not copied).
    pub fn into_lang(self, lang: Lang) -> Cow<'static, str> {
        match (self, lang) {
            (Words::One(s), _) | (Words::Two(s, _), Lang::Zh) | (Words::Two(_, s), Lang::En) => s,
        }
    }
}

/// What a control does when pressed; the app turns it into its action.
#[derive(Clone, Debug, PartialEq)]
pub enum Act {
    /// Show only the paragraphs with this value.
    Only(Facet, String),
    /// Go to a view (an entity's or an article's page).
    Show(View),
}

/// One element: its tag, attribute names (a fixed list for each kind of
/// element) and values in the same order (`None`: not set), the action of
/// a button, and its children.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub tag: &'static str,
    pub keys: &'static [&'static str],
    pub values: Vec<Option<Words>>,
    /// Set on buttons only.
    pub act: Option<Act>,
    pub children: Vec<Node>,
}

/// A node of the tree.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(Words),
    Element(Element),
    /// A search match inside the text (`<mark>`).
    Mark(String),
    /// The card's "copy citation" control for the paragraph at this place
    /// of the report: a stateful control of the app's own, disabled in the
    /// prerendered page.
    CopyCitation(usize),
}

/// Which language(s) a tree is said in: the app draws one ([`In`]), the
/// prerendered page holds both ([`Both`]; its stylesheet shows one). A
/// type, not a value, so the app's code holds only its own case.
pub trait Said: Copy {
    /// The text `f` says in each language said.
    fn each(self, f: impl Fn(Lang) -> String) -> Words;

    /// Interface text of the tables in `page::i18n`.
    fn t(self, text: T) -> Words;
}

/// One language: the app's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct In(pub Lang);

/// Both languages: the prerendered page's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Both;

impl Said for In {
    fn each(self, f: impl Fn(Lang) -> String) -> Words {
        Words::One(f(self.0).into())
    }

    fn t(self, text: T) -> Words {
        Words::One(text.get(self.0).into())
    }
}

impl Said for Both {
    fn each(self, f: impl Fn(Lang) -> String) -> Words {
        let (zh, en) = (f(Lang::Zh), f(Lang::En));
        if zh == en {
            Words::One(zh.into())
        } else {
            Words::Two(zh.into(), en.into())
        }
    }

    fn t(self, text: T) -> Words {
        Words::Two(text.zh.into(), text.en.into())
    }
}

/// An attribute value the same in both languages.
fn one(value: impl Into<Cow<'static, str>>) -> Option<Words> {
    Some(Words::One(value.into()))
}

/// The attributes of a card's buttons.
const BUTTON: &[&str] = &["type", "class", "title", "aria-label", "data-testid"];
/// The attributes of elements that have only a class.
const CLASS: &[&str] = &["class"];

impl Element {
    fn new(tag: &'static str, keys: &'static [&'static str], values: Vec<Option<Words>>) -> Self {
        debug_assert_eq!(keys.len(), values.len(), "<{tag}>");
        Element { tag, keys, values, act: None, children: Vec::new() }
    }

    /// An element with a class and no other attribute.
    fn class(tag: &'static str, class: &'static str) -> Self {
        Element::new(tag, CLASS, vec![one(class)])
    }

    /// A `<button type="button">` that does `act`, with its class, title,
    /// label and test id.
    fn button(
        act: Act,
        class: &'static str,
        title: Option<Words>,
        label: Option<Words>,
        testid: Option<&'static str>,
    ) -> Self {
        let mut b = Element::new("button", BUTTON, vec![one("button"), one(class), title, label, testid.and_then(one)]);
        b.act = Some(act);
        b
    }

    fn child(mut self, node: impl Into<Node>) -> Self {
        self.children.push(node.into());
        self
    }

    fn text(self, words: Words) -> Self {
        self.child(Node::Text(words))
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Node {
        Node::Element(e)
    }
}

/// A text cut into plain and marked runs and links, as `href` says:
/// the address of a link, or `None` to leave it plain text. A footnote
/// marker is a superscript link; the others are links around their text.
fn linked_text(
    text: &str,
    spans: &[Span],
    marks: &[(usize, usize)],
    href: impl Fn(&Link) -> Option<String>,
) -> Vec<Node> {
    let runs = |parts: &[(usize, usize, bool)]| -> Vec<Node> {
        parts
            .iter()
            .map(|&(a, b, marked)| {
                let t = text[a..b].to_string();
                if marked {
                    Node::Mark(t)
                } else {
                    Node::Text(Words::One(t.into()))
                }
            })
            .collect()
    };
    let mut out = Vec::new();
    for s in segments(text, spans, marks) {
        match s.link.as_ref().and_then(|l| Some((l, href(l)?))) {
            None => out.extend(runs(&s.parts)),
            Some((l @ Link::Footnote(n), href)) => out.push(
                Element::class("sup", l.class())
                    .child(
                        Element::new("a", &["href", "aria-label"], vec![one(href), one(format!("footnote {n}"))])
                            .text(Words::One(n.to_string().into())),
                    )
                    .into(),
            ),
            Some((l, href)) => {
                let external = l.is_external();
                let mut a = Element::new(
                    "a",
                    &["class", "href", "rel", "target"],
                    vec![
                        one(l.class()),
                        one(href),
                        external.then(|| Words::One("noopener noreferrer external".into())),
                        external.then(|| Words::One("_blank".into())),
                    ],
                );
                a.children = runs(&s.parts);
                out.push(a.into());
            }
        }
    }
    out
}

/// The card of the paragraph at `position` in the report, with `text`, its
/// text (the report's own, or in a list drawn from its reports' outlines,
/// its own report's once that has come): `marks` are the byte ranges of it
/// to highlight (none in the prerendered page). A paragraph whose text has
/// not arrived yet (empty) says so in its place.
pub fn card(r: &Report, position: usize, text: &str, marks: &[(usize, usize)], said: impl Said) -> Element {
    let p = &r.paragraphs[position];
    let anchor = r.anchor(position);
    let heading = format!("{anchor}-h");
    let head = Element::class("header", "card-head")
        .child(
            Element::new("h3", &["id"], vec![one(heading.clone())]).child(
                Element::new("a", &["class", "href"], vec![one("num"), one(format!("#{anchor}"))])
                    .text(said.each(|l| i18n::card_label(r, position, l))),
            ),
        )
        .child(Node::CopyCitation(position));
    const TEXT: &[&str] = &["class", "lang", "data-testid"];
    let text = if text.is_empty() {
        Element::new("p", TEXT, vec![one("text loading"), None, one("text-loading")]).text(said.t(i18n::TEXT_LOADING))
    } else {
        let mut t = Element::new("p", TEXT, vec![one("text"), one("zh-Hans"), None]);
        t.children = linked_text(text, &p.spans, marks, |l| Some(link_href(l, r, position)));
        t
    };
    Element::new(
        "article",
        &["id", "class", "tabindex", "aria-labelledby", "data-testid"],
        vec![one(anchor), one("card"), one("-1"), one(heading), one("card")],
    )
    .child(head)
    .child(text)
    .child(chips(r, p, said))
}

/// A card's footer: chips for its speakers, articles and topics, each of
/// which filters the list; speakers with a page and articles have an ⓘ
/// button to it.
fn chips(r: &Report, p: &Paragraph, said: impl Said) -> Element {
    let list = |label: T| Element::new("ul", &["class", "aria-label"], vec![one("chips"), Some(said.t(label))]);
    let info = |label: &Words, act: Act, testid: &'static str| {
        let aria = said.each(|l| format!("{}: {}", label.get(l), i18n::DETAILS.get(l)));
        Element::button(act, "chip info", None, Some(aria), Some(testid)).text(Words::One("ⓘ".into()))
    };
    let mut footer = Element::class("footer", "card-chips");
    let speakers = card_speakers(p);
    if !speakers.is_empty() {
        let mut ul = list(i18n::SPOKE);
        for c in speakers {
            let s = c.speaker;
            let label = if c.as_written {
                Words::One(s.name.clone().into())
            } else {
                said.each(|l| i18n::entity_name(r, &s.id, l).0)
            };
            let other = said.each(|l| i18n::entity_name(r, &s.id, l).1);
            let chip = Element::button(
                Act::Only(Facet::Speaker, s.id.clone()),
                "chip speaker",
                Some(other),
                None,
                Some("speaker-chip"),
            )
            .text(label.clone())
            .child(Element::class("span", "role").text(said.each(|l| format!(" · {}", i18n::role_label(s.role, l)))));
            let mut li = Element::class("li", "chip-group").child(chip);
            if c.has_page {
                li = li.child(info(&label, Act::Show(View::Entity(s.id.clone())), "speaker-info"));
            }
            ul = ul.child(li);
        }
        footer = footer.child(ul);
    }
    if !p.articles.is_empty() {
        let mut ul = list(i18n::ARTICLES);
        for c in &p.articles {
            let how = if c.inherited { i18n::VIA_HEADING } else { i18n::EXPLICIT };
            let cited = c.cited().to_string();
            let label = said.each(|l| match l {
                Lang::Zh => format!("第{cited}条"),
                Lang::En => format!("Art. {cited}"),
            });
            let class = if c.inherited { "chip article inherited" } else { "chip article" };
            let title = said.each(|l| i18n::article_name(r, c.article, l).1);
            let chip = Element::button(
                Act::Only(Facet::Article, c.article.to_string()),
                class,
                Some(title),
                None,
                Some("article-chip"),
            )
            .text(label.clone())
            .child(Element::class("span", "how").text(said.each(|l| format!(" · {}", how.get(l)))));
            let li = Element::class("li", "chip-group").child(chip).child(info(
                &label,
                Act::Show(View::Article(c.article)),
                "article-info",
            ));
            ul = ul.child(li);
        }
        footer = footer.child(ul);
    }
    if !p.topics.is_empty() {
        let mut ul = list(i18n::TOPICS);
        for t in &p.topics {
            let name = said.each(|l| i18n::value_name(r, Facet::Topic, t, l).0);
            let chip = Element::button(Act::Only(Facet::Topic, t.clone()), "chip topic", None, None, None).text(name);
            ul = ul.child(Element::new("li", &[], Vec::new()).child(chip));
        }
        footer = footer.child(ul);
    }
    footer
}

/// The DOM id of a section's heading in the list, which the contents
/// link to.
pub fn section_anchor(id: &str) -> String {
    format!("s-{}", id.replace('.', "-"))
}

/// What a list writes before its first card of a section.
pub struct SectionStart<'a> {
    /// An empty anchor for each enclosing section the list opens (the
    /// contents link to a chapter with no paragraph of its own), with the
    /// id of its section.
    pub anchors: Vec<(&'a str, Element)>,
    /// The section's heading: its enclosing sections' path above its own
    /// label and title.
    pub heading: Element,
}

/// What a list writes before its first card of section `section`, coming
/// from a card of section `last` (`None`: the first card).
pub fn section_start<'a>(r: &'a Report, last: Option<&str>, section: &str) -> SectionStart<'a> {
    let anchors = opened_sections(r, last, section)
        .into_iter()
        .map(|id| (id, Element::new("span", &["class", "id"], vec![one("anchor"), one(section_anchor(id))])))
        .collect();
    let (up, own) = section_heading(r, section);
    let mut heading = Element::new(
        "h2",
        &["class", "id", "lang"],
        vec![one("section-heading"), one(section_anchor(section)), one("zh-Hans")],
    );
    if let Some(up) = up {
        heading = heading.child(Element::class("span", "up").text(Words::One(up.into())));
    }
    SectionStart { anchors, heading: heading.text(Words::One(own.into())) }
}

/// The contents' list: each section of `r` that `listed` keeps, with the
/// number of paragraphs shown in it (`counts`, in the order of
/// `r.sections`), as a link to its heading, or as plain text when none is
/// shown.
pub fn contents(r: &Report, counts: &[usize], listed: impl Fn(&Section) -> bool) -> Element {
    let mut ol = Element::new("ol", &[], Vec::new());
    for (s, &n) in r.sections.iter().zip(counts).filter(|(s, _)| listed(s)) {
        let label = Words::One(format!("{} {}", s.label, s.title).into());
        let depth = format!("depth-{}", s.id.matches('.').count());
        let name = if n > 0 {
            Element::new("a", &["href", "lang"], vec![one(format!("#{}", section_anchor(&s.id))), one("zh-Hans")])
        } else {
            Element::new("span", &["class", "lang"], vec![one("muted"), one("zh-Hans")])
        };
        let li = Element::new("li", CLASS, vec![one(depth)])
            .child(name.text(label))
            .child(Element::class("span", "count").text(Words::One(n.to_string().into())));
        ol = ol.child(li);
    }
    ol
}

/// The footnotes section, each footnote with its text (web addresses and
/// document symbols as links) and links back to the paragraphs citing it;
/// `back` as `page::views::footnote_backlinks` gives them. Only the first
/// `written` paragraphs are on the page (all of them in the app; a long
/// report's prerendered page holds fewer): a longer report lists the
/// footnotes they cite, with links back to them. `None` if no footnote is
/// listed.
pub fn footnotes(r: &Report, back: &[Backlinks], written: usize, said: impl Said) -> Option<Element> {
    let whole = r.paragraphs.len() <= written;
    let on_page = |at: usize| whole || at < written;
    let cited = |f: u32| whole || r.paragraphs.iter().take(written).any(|p| p.footnotes.contains(&f));
    let mut ol = Element::new("ol", &[], Vec::new());
    for (f, back) in r.footnotes.iter().zip(back).filter(|(f, _)| cited(f.number)) {
        let mut li = Element::new(
            "li",
            &["id", "value", "tabindex"],
            vec![one(format!("fn{}", f.number)), one(f.number.to_string()), one("-1")],
        );
        li.children = linked_text(&f.text, &f.spans, &[], |l| l.is_external().then(|| l.href()));
        let shown: Vec<usize> = back.paragraphs.iter().copied().filter(|&at| on_page(at)).collect();
        for &at in &shown {
            let n = r.paragraphs[at].number;
            let mark = if back.paragraphs.len() > 1 { format!("↩ {n}") } else { "↩".to_string() };
            let label = said.each(|l| i18n::BACK_TO.get(l).replace("{}", &n.to_string()));
            li = li.text(Words::One(" ".into())).child(
                Element::new(
                    "a",
                    &["class", "href", "aria-label"],
                    vec![one("back"), one(format!("#{}", r.anchor(at))), Some(label)],
                )
                .text(Words::One(mark.into())),
            );
        }
        ol = ol.child(li);
    }
    if ol.children.is_empty() {
        return None;
    }
    Some(
        Element::new("section", &["class", "aria-labelledby"], vec![one("footnotes"), one("fn-title")])
            .child(Element::new("h2", &["id"], vec![one("fn-title")]).text(said.t(i18n::FOOTNOTES)))
            .child(ol),
    )
}
