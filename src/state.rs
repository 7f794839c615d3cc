//! The page's one piece of state and the actions that change it.
//!
//! No web APIs here: the reducer is plain Rust and tested natively. The
//! URL mirrors [`AppState::page`]; `url_write` tells the shell how the
//! change should reach the browser history, and `focus` where focus goes
//! once the change is on screen (the app applies it in an effect, which
//! runs after the render of every component it touched).

use crate::data::{Arrival, Site};
use report::page::i18n::Lang;
use report::query::Facet;
use report::site::params::{Notice, PageState, View};
use std::rc::Rc;
use yew::Reducible;

/// How a state change is written to the address bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlWrite {
    /// A new history entry (Back returns to the previous state).
    Push,
    /// Replace the current entry (typing in the search box).
    Replace,
    /// The change came from the history itself (Back/Forward).
    None,
}

/// Cards the list shows at first, and adds per step. Six reach past the
/// first two screens at 1280×800 and on a phone (cards are 200–400 px
/// tall), so the list needs no second step before the reader scrolls;
/// each card fewer is less for a keystroke or a click to draw and lay out
/// (against 12: app drawn 270/249 against 320/290 ms, a facet click
/// 17.2/14.1 against 21.0/23.3 ms, bench-browser.mjs alternated).
pub const PAGE: usize = 6;

/// A list length of whole pages, at least `limit`, that renders the card
/// at position `at`.
fn covering(limit: usize, at: usize) -> usize {
    limit.max((at / PAGE + 1) * PAGE)
}

/// How far past the cards drawn (or before them) a paragraph revealed must
/// be for the list to start at its page instead of drawing every card
/// between (a link deep into a list of several reports drew thousands).
#[cfg(series)]
const FAR: usize = 20 * PAGE;

/// Where focus goes after a render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Focus {
    /// Scroll the card of the paragraph at this place of the page's report
    /// into view and focus it.
    Paragraph(usize),
    /// Put the reader back where they were in the prerendered page.
    Resume(Resume),
    /// Focus stays where it was; if the render removed the focused
    /// control, it goes to the element with this id (empty: none), else
    /// the first filter chip, else the results.
    Keep(String),
}

/// Where the reader was in the prerendered view when the app took it
/// over (`browser::take_prerendered`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resume {
    /// The first card on screen (its id, which the app's card has too) and
    /// its top's distance from the top of the screen, if the reader had
    /// scrolled.
    pub scroll: Option<(String, i32)>,
    /// The element the reader had focused.
    pub focused: Option<Place>,
    /// What the reader typed into the prerendered search box (it takes
    /// keystrokes before the app has come).
    pub query: String,
}

/// An element of one render found again in another, which has none of the
/// same nodes: the link to `href` inside the element with id `within`, the
/// element with id `within` itself (no `href`), or the first link to
/// `href` on the page (no `within`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub within: Option<String>,
    pub href: Option<String>,
    /// The id of the card that holds it, if a card does (the list must
    /// render down to that card for the place to be there).
    pub card: Option<String>,
}

/// A focus request; `serial` tells two equal requests apart, so asking
/// for the same place again moves focus again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusRequest {
    pub focus: Focus,
    pub serial: u32,
}

/// Everything the page shows depends on this.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub page: PageState,
    /// The interface language actually in use.
    pub lang: Lang,
    /// What the URL held that could not be used.
    pub notices: Rc<[Notice]>,
    /// How the last change that moved the page reaches the history.
    pub url_write: UrlWrite,
    /// History entries asked for so far (each [`UrlWrite::Push`]). Several
    /// changes can land in one render; the shell pushes once if this grew
    /// since it last wrote the URL, so no new entry is lost to a later
    /// `Replace` in the same render.
    pub pushes: u32,
    /// Where the cards of the list rendered end (a multiple of [`PAGE`]);
    /// starts again at [`PAGE`] whenever the filter changes.
    pub limit: usize,
    /// The first card rendered (a multiple of [`PAGE`], at most `limit`):
    /// 0 but after a paragraph far down a list of several reports was
    /// revealed (see [`AppState::start`]).
    #[cfg(series)]
    start: usize,
    /// Where focus goes after the render of this state.
    pub focus: Option<FocusRequest>,
    /// A search is being typed: its keystrokes share one history entry,
    /// until it settles (Enter, leaving the box) or another action comes.
    pub typing: bool,
    /// What the page shows and the reports decoded so far.
    pub site: &'static Site,
    /// Why the texts of a list's reports could not be fetched, if so (a
    /// search then says so instead of waiting).
    pub texts_failed: Option<Rc<str>>,
    /// How many times the data grew since the app started (the search
    /// lexicon; reports fetched): the results and the cards are read again
    /// when it grows.
    pub arrivals: u8,
}

/// What can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Toggle(Facet, String),
    /// Keep only this value in its facet and clear the others there.
    Only(Facet, String),
    ClearAll,
    /// Replace the whole filter (a matrix cell) and show the list.
    SetFilter(report::query::Filter),
    Search(String),
    /// The search box committed its text (Enter or leaving it): the next
    /// keystroke starts a new history entry.
    SettleSearch,
    SetLang(Lang),
    SetView(View),
    /// Back/Forward restored an earlier URL: its query string (`?…`), read
    /// against the site shown.
    Restore(String),
    DismissNotices,
    /// Show the paragraph a fragment names (`p39`; `<report>-p39` in a list
    /// of several reports): drop the filters if they hide it, render the
    /// list down to it, scroll to it and focus it.
    Reveal(String),
    /// The page starts where the reader was in the prerendered view: what
    /// they typed in its search box is searched, the list renders down to
    /// the card on screen (kept `top` pixels from the top of the screen)
    /// if the search shows it, and to the card holding the focused
    /// element, which has focus again.
    Resume(Resume),
    /// Render the next [`PAGE`] cards after the first `from` (ignored if
    /// the list has moved on: a second report of the same sentinel); focus
    /// the first new card (its paragraph's place) if given (the control
    /// that asked may go away).
    ShowMore {
        from: usize,
        focus: Option<usize>,
    },
    /// Render the [`PAGE`] cards before the first rendered.
    #[cfg(series)]
    ShowEarlier,
    /// The search lexicon arrived (traditional characters, terms in both
    /// languages), or reports (the texts of a list's reports; every report,
    /// for a view across meetings): the same filter may now give more.
    Arrived(Arrival),
    /// An action sent while the element with this id had focus (empty if
    /// it has no id): focus stays there, or is repaired if the render
    /// removes that element (see [`Focus::Keep`]).
    Keeping(String, Box<Action>),
}

impl AppState {
    pub fn new(page: PageState, fallback_lang: Lang, notices: Vec<Notice>, site: &'static Site) -> Self {
        let lang = page.lang.unwrap_or(fallback_lang);
        AppState {
            page,
            lang,
            notices: notices.into(),
            url_write: UrlWrite::Replace,
            pushes: 0,
            typing: false,
            limit: PAGE,
            #[cfg(series)]
            start: 0,
            focus: None,
            site,
            texts_failed: None,
            arrivals: 0,
        }
    }

    /// The state showing `page`; a new filter starts the list from the top.
    fn with(self: &Rc<Self>, page: PageState, url_write: UrlWrite) -> Rc<Self> {
        if page == self.page {
            return self.clone();
        }
        let lang = page.lang.unwrap_or(self.lang);
        let same = page.filter == self.page.filter;
        let limit = if same { self.limit } else { PAGE };
        Rc::new(AppState {
            page,
            lang,
            notices: self.notices.clone(),
            url_write,
            pushes: self.pushes + u32::from(url_write == UrlWrite::Push),
            typing: false,
            limit,
            #[cfg(series)]
            start: if same { self.start } else { 0 },
            focus: self.focus.clone(),
            site: self.site,
            texts_failed: self.texts_failed.clone(),
            arrivals: self.arrivals,
        })
    }

    /// The first card the list renders: its cards are those from `start()`
    /// up to `limit`. A site of one report renders from the first.
    pub fn start(&self) -> usize {
        #[cfg(series)]
        return self.start;
        #[cfg(not(series))]
        0
    }

    /// This state with a new focus request.
    fn focusing(self: Rc<Self>, focus: Focus) -> Rc<Self> {
        let serial = self.focus.as_ref().map_or(0, |f| f.serial.wrapping_add(1));
        Rc::new(AppState { focus: Some(FocusRequest { focus, serial }), ..(*self).clone() })
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut page = self.page.clone();
        match action {
            Action::Toggle(f, v) => {
                page.filter.toggle(f, &v);
                page.view = View::List;
                self.with(page, UrlWrite::Push)
            }
            Action::Only(f, v) => {
                for old in page.filter.values(f) {
                    page.filter.toggle(f, &old);
                }
                page.filter.toggle(f, &v);
                page.view = View::List;
                self.with(page, UrlWrite::Push)
            }
            Action::SetFilter(f) => {
                page.filter = f;
                page.view = View::List;
                self.with(page, UrlWrite::Push)
            }
            Action::ClearAll => {
                page.filter = Default::default();
                self.with(page, UrlWrite::Push)
            }
            Action::Search(q) => {
                page.filter.query = q.chars().take(report::site::params::MAX_SEARCH_CHARS).collect();
                page.view = View::List;
                if page == self.page {
                    return self;
                }
                let write = if self.typing { UrlWrite::Replace } else { UrlWrite::Push };
                let mut next = (*self.with(page, write)).clone();
                next.typing = true;
                Rc::new(next)
            }
            Action::SettleSearch => {
                if !self.typing {
                    return self;
                }
                // The page does not change: nothing to write (and what the
                // last keystroke asked for still stands).
                Rc::new(AppState { typing: false, ..(*self).clone() })
            }
            Action::SetLang(l) => {
                page.lang = Some(l);
                let mut next = (*self.with(page, UrlWrite::Replace)).clone();
                next.lang = l;
                Rc::new(next)
            }
            Action::SetView(v) => {
                page.view = v;
                self.with(page, UrlWrite::Push)
            }
            Action::Restore(query) => self.with(PageState::from_query(&query, self.site.index()).0, UrlWrite::None),
            Action::Arrived(a) => Rc::new(AppState {
                texts_failed: match &a {
                    Arrival::TextsFailed(reason) => Some(reason.clone()),
                    _ => self.texts_failed.clone(),
                },
                site: self.site.with(a, &self.page.filter.query),
                arrivals: self.arrivals.saturating_add(1),
                ..(*self).clone()
            }),
            Action::DismissNotices => {
                if self.notices.is_empty() {
                    return self;
                }
                Rc::new(AppState { notices: Rc::from(Vec::new()), ..(*self).clone() })
            }
            Action::Reveal(anchor) => {
                let Some(paragraph) = self.site.report().by_anchor(&anchor) else {
                    return self; // no such paragraph
                };
                let at = match self.site.position_in_hits(paragraph, &page.filter) {
                    Some(at) => at,
                    None => {
                        page.filter = Default::default();
                        let Some(at) = self.site.position_in_hits(paragraph, &page.filter) else {
                            return self; // no such paragraph
                        };
                        at
                    }
                };
                page.view = View::List;
                let mut next = (*self.with(page, UrlWrite::Push)).clone();
                // Far from the cards rendered, the list starts at the
                // paragraph's page; near, it grows to reach it.
                #[cfg(series)]
                if at >= next.limit + FAR || at + FAR < next.start {
                    (next.start, next.limit) = (at / PAGE * PAGE, at / PAGE * PAGE);
                } else if at < next.start {
                    next.start = at / PAGE * PAGE;
                }
                next.limit = covering(next.limit, at);
                Rc::new(next).focusing(Focus::Paragraph(paragraph))
            }
            Action::Resume(mut resume) => {
                // A query typed before the app came is searched as a
                // keystroke here is (the address follows, no new entry).
                if !resume.query.is_empty() {
                    let query = std::mem::take(&mut resume.query);
                    let typing = Rc::new(AppState { typing: true, ..(*self).clone() });
                    return typing.reduce(Action::Search(query)).reduce(Action::Resume(resume));
                }
                let shown = |card: &str| {
                    let paragraph = self.site.report().by_anchor(card)?;
                    self.site.position_in_hits(paragraph, &page.filter)
                };
                let resume = Resume {
                    scroll: resume.scroll.filter(|(card, _)| shown(card).is_some()),
                    focused: resume.focused.filter(|p| p.card.as_deref().is_none_or(|card| shown(card).is_some())),
                    query: String::new(),
                };
                if resume == Resume::default() {
                    return self;
                }
                let cards = [
                    resume.scroll.as_ref().map(|(card, _)| card),
                    resume.focused.as_ref().and_then(|p| p.card.as_ref()),
                ];
                let limit = cards.into_iter().flatten().filter_map(|card| shown(card)).fold(self.limit, covering);
                Rc::new(AppState { limit, ..(*self).clone() }).focusing(Focus::Resume(resume))
            }
            Action::ShowMore { from, focus } => {
                if from != self.limit {
                    return self;
                }
                let next = Rc::new(AppState { limit: self.limit + PAGE, ..(*self).clone() });
                match focus {
                    Some(n) => next.focusing(Focus::Paragraph(n)),
                    None => next,
                }
            }
            #[cfg(series)]
            Action::ShowEarlier => match self.start {
                0 => self,
                start => Rc::new(AppState { start: start - PAGE, ..(*self).clone() }),
            },
            Action::Keeping(id, action) => {
                let before = self.focus.clone();
                let next = self.clone().reduce(*action);
                if Rc::ptr_eq(&next, &self) || next.focus != before {
                    next // nothing changed, or the action placed focus itself
                } else {
                    next.focusing(Focus::Keep(id))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Rc<AppState> {
        Rc::new(AppState::new(PageState::default(), Lang::Zh, vec![], crate::data::site_for_tests()))
    }

    /// A file the build wrote beside the page (of the series fixture's
    /// site: `REPORT_FILE=tests/fixtures/series`).
    #[cfg(series)]
    fn site_file(name: String) -> Vec<u8> {
        std::fs::read(format!("{}/site/{name}", env!("OUT_DIR"))).expect("build.rs wrote it")
    }

    /// The outline of every report of `catalog`, newest first, as the page
    /// decodes it.
    #[cfg(series)]
    fn outlines(catalog: &'static report::site::series::Catalog) -> Vec<crate::data::Outline> {
        let file = |i: &report::site::series::ReportInfo| site_file(i.outline_file());
        catalog.reports.iter().map(|i| crate::data::outline(i, file(i), &i.outline_file()).unwrap()).collect()
    }

    /// A page listing every report of the catalog, from `library`.
    #[cfg(series)]
    fn list_of_all(library: crate::data::Library) -> Rc<AppState> {
        let catalog = crate::data::catalog();
        let site = Site::new(catalog, library, catalog.reports.iter().collect()).unwrap();
        Rc::new(AppState::new(PageState::default(), Lang::Zh, vec![], site))
    }

    /// The report of `outline` made whole with its texts file.
    #[cfg(series)]
    fn whole(outline: &crate::data::Outline) -> crate::data::Decoded {
        let file = outline.info.texts_file();
        crate::data::with_texts(*outline, &site_file(file.clone()), &file).unwrap()
    }

    #[test]
    fn the_lexicon_arriving_reads_the_same_page_again_and_writes_no_url() {
        let s = start().reduce(Action::Search("腐敗".into()));
        let hits = |s: &AppState| s.site.index().hits(&s.page.filter).count();
        assert_eq!(hits(&s), 0, "a traditional term finds nothing before the lexicon");
        let lexicon = report::query::Lexicon::from_text(include_str!(concat!(env!("OUT_DIR"), "/site/lexicon.txt")));
        let arrived = s.clone().reduce(Action::Arrived(Arrival::Lexicon(Rc::new(lexicon))));
        assert_eq!(arrived.arrivals, s.arrivals + 1, "the results' key changes");
        assert!(std::ptr::eq(arrived.site, s.site), "the same site, its index now reading with the lexicon");
        assert!(hits(&arrived) > 0, "腐敗 now finds 腐败");
        assert_eq!((&arrived.page, arrived.pushes, arrived.url_write), (&s.page, s.pushes, s.url_write));
    }

    /// A list of the series fixture's reports (`REPORT_FILE=tests/fixtures/
    /// series`: the test command runs these), drawn from their outlines;
    /// their texts arrive as the page receives them, from the files the
    /// build wrote.
    #[cfg(series)]
    #[test]
    fn a_list_drawn_from_outlines_is_made_whole_when_its_texts_arrive() {
        use crate::data::{catalog, Library};
        let catalog = catalog();
        let reports: Vec<_> = catalog.reports.iter().collect();
        assert!(reports.len() > 1, "the series fixture has several reports");
        let outlines = outlines(catalog);
        let s = list_of_all(Library::default().outlining(outlines.clone())).reduce(Action::Search("腐败".into()));
        assert!(s.site.texts_pending(), "drawn from outlines");
        let total = s.site.report().paragraphs.len();
        let lexicon = report::query::Lexicon::from_text(include_str!(concat!(env!("OUT_DIR"), "/site/lexicon.txt")));
        let s = s.reduce(Action::Arrived(Arrival::Lexicon(Rc::new(lexicon))));

        // The texts wanted: those of the reports of the cards drawn (the
        // first page, all of the newest report), or every report's.
        let first_page: Vec<usize> = s.site.index().hits(&Default::default()).iter().take(PAGE).collect();
        let ids =
            |v: Vec<&'static report::site::series::ReportInfo>| v.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(s.site.texts_for(Some(&first_page))), [reports[0].id.clone()]);
        assert_eq!(
            ids(s.site.texts_for(Some(&[total - 1, 0, total - 2]))),
            [reports[1].id.clone(), reports[0].id.clone()]
        );
        assert_eq!(ids(s.site.texts_for(None)), ids(reports.clone()));
        assert_eq!(s.site.text(0), "", "no text before its report's");

        // One report's texts first: still waiting, the same list and index;
        // its cards have their texts, from their own report.
        let asked = s.site.ask_texts(&s.site.texts_for(Some(&first_page)));
        assert_eq!(asked.len(), 1);
        assert!(s.site.texts_for(Some(&first_page)).is_empty(), "asked for once");
        assert_eq!(ids(s.site.texts_for(None)), [reports[1].id.clone()]);
        let first = s.clone().reduce(Action::Arrived(Arrival::Reports(Rc::from(vec![whole(&asked[0])]))));
        assert!(first.site.texts_pending());
        assert!(std::ptr::eq(first.site.index(), s.site.index()), "not indexed again before all are whole");
        let (own, number) = first.site.source(0);
        assert_eq!(first.site.text(0), own.paragraph(number).unwrap().text);
        assert!(!first.site.text(0).is_empty());
        assert_eq!(first.site.text(total - 1), "", "the other report's texts are not here");

        // All of them: the list is made again, whole, with the lexicon.
        let rest: Vec<_> = outlines[1..].iter().map(whole).collect();
        let done = first.clone().reduce(Action::Arrived(Arrival::Reports(Rc::from(rest))));
        assert!(!done.site.texts_pending());
        assert_eq!(done.site.report().paragraphs.len(), total, "the same paragraphs");
        assert!(done.site.report().paragraphs.iter().all(|p| !p.text.is_empty()), "every paragraph has its text");
        assert!(done.site.index().given_lexicon().is_some(), "the lexicon carried over");
        assert!(done.site.index().hits(&done.page.filter).count() > 0, "the search now answers");
        let (source, number) = done.site.source(total - 1);
        let last = &done.site.report().paragraphs[total - 1];
        assert_eq!(
            source.paragraph(number).map(|p| &p.text),
            Some(&last.text),
            "the last card comes from its own report"
        );
        assert!(!std::ptr::eq(source, done.site.report()), "which is not the list");
        assert_eq!((&done.page, done.url_write), (&s.page, s.url_write), "the page and the address stay");

        // Texts that could not come are said, and nothing else changes.
        let failed = s.clone().reduce(Action::Arrived(Arrival::TextsFailed(Rc::from("texts.bin: HTTP 404"))));
        assert_eq!(failed.texts_failed.as_deref(), Some("texts.bin: HTTP 404"));
        assert!(failed.site.texts_pending());
    }

    /// A search in a list drawn from outlines (the newest report whole, as
    /// in the page): its search keys first, then only the texts of the
    /// reports that can hold its terms (第九次 is in the newest report only,
    /// 第八次 in the older one only); with those here, the list is made
    /// again and the search answers as the whole reports do.
    #[cfg(series)]
    #[test]
    fn a_search_in_a_list_asks_for_its_keys_then_only_the_texts_it_needs() {
        use crate::data::{catalog, Library, Needs};
        use report::query::keys;
        let catalog = catalog();
        let reports: Vec<_> = catalog.reports.iter().collect();
        let outlines = outlines(catalog);
        let s = list_of_all(Library::default().adding(vec![whole(&outlines[0])]).outlining(outlines[1..].to_vec()));
        let keys_come = |site: &Site, shards: &[u32]| {
            for n in site.ask_keys(shards) {
                site.keys_arrived(n, &site_file(keys::file(n))).unwrap();
            }
        };
        assert!(matches!(s.site.search_needs(""), Needs::Ready));
        // 第九次: its keys, and then nothing more (the newest report is whole).
        let Needs::Keys(shards) = s.site.search_needs("第九次") else { panic!("the search keys first") };
        assert!(!shards.is_empty() && shards.len() <= 2, "two pairs of characters: {shards:?}");
        keys_come(s.site, &shards);
        assert!(s.site.ask_keys(&shards).is_empty(), "asked for once");
        assert!(matches!(s.site.search_needs("第九次"), Needs::Ready));
        let answer = |site: &Site, q: &str| {
            site.index().hits(&report::query::Filter { query: q.into(), ..Default::default() }).count()
        };
        let all = Library::default().adding(outlines.iter().map(whole).collect());
        let whole_site = Site::new(catalog, all, reports.clone()).unwrap();
        assert_eq!(answer(s.site, "第九次"), answer(whole_site, "第九次"), "exact without the older texts");
        assert!(answer(s.site, "第九次") > 0);
        // 第八次: its keys, then the older report's texts, then the list made again.
        let s = s.reduce(Action::Search("第八次".into()));
        let Needs::Keys(more) = s.site.search_needs("第八次") else { panic!("its own keys") };
        keys_come(s.site, &more);
        let Needs::Texts(wanted) = s.site.search_needs("第八次") else { panic!("the texts it needs") };
        assert_eq!(wanted.iter().map(|i| &i.id).collect::<Vec<_>>(), [&reports[1].id]);
        let asked = s.site.ask_texts(&wanted);
        assert!(matches!(s.site.search_needs("第八次"), Needs::Texts(v) if v.is_empty()), "asked for: it waits");
        let done = s.clone().reduce(Action::Arrived(Arrival::Reports(Rc::from(vec![whole(&asked[0])]))));
        assert!(matches!(done.site.search_needs("第八次"), Needs::Ready));
        assert_eq!(answer(done.site, "第八次"), answer(whole_site, "第八次"));
        assert!(answer(done.site, "第八次") > 0);
    }

    /// The views across meetings read outlines: the outlines of the
    /// reports a page has in no form arrive into its library, with the
    /// same view, and then it has every report the views read.
    #[cfg(series)]
    #[test]
    fn the_views_across_meetings_read_the_other_reports_outlines() {
        let s = start();
        assert!(s.site.all().is_none(), "the older report is not here");
        assert_eq!(s.site.loaded_count(), 1);
        let older = &s.site.catalog.reports[1];
        let o = crate::data::outline(older, site_file(older.outline_file()), &older.outline_file()).unwrap();
        let s2 = s.clone().reduce(Action::Arrived(Arrival::Outlines(Rc::from(vec![o]))));
        let all = s2.site.all().expect("every report, whole or outlined");
        assert_eq!(all.len(), s2.site.catalog.reports.len());
        assert!(s2.site.library().whole(&older.id).is_none(), "outlined, not whole");
        assert!(std::ptr::eq(s2.site.report(), s.site.report()), "the same view");
        assert_eq!(s2.page, s.page);
        let records = report::site::across::record(&all, "CHN");
        assert_eq!(records.len(), 2);
        assert!(records.iter().all(|r| !r.summary.spoke.is_empty()), "China spoke at both meetings");
    }

    /// A paragraph far down a list of several reports is revealed from its
    /// page, not by rendering every card before it; the cards before come
    /// a page at a time; a paragraph near the cards rendered grows the
    /// list; a new filter starts from the top.
    #[cfg(series)]
    #[test]
    fn a_paragraph_far_down_a_list_is_rendered_from_its_page() {
        use crate::data::{catalog, Library};
        let catalog = catalog();
        let reports: Vec<_> = catalog.reports.iter().collect();
        let s = list_of_all(Library::default().outlining(outlines(catalog)));
        let old = &reports[1].id;
        let place = |s: &AppState, anchor: &str| {
            let p = s.site.report().by_anchor(anchor).unwrap();
            s.site.position_in_hits(p, &s.page.filter).unwrap()
        };
        let far = s.clone().reduce(Action::Reveal(format!("{old}-p39")));
        let at = place(&far, &format!("{old}-p39"));
        assert!(at >= PAGE + FAR, "the fixture's older report starts far down: {at}");
        assert_eq!((far.start(), far.limit), (at / PAGE * PAGE, (at / PAGE + 1) * PAGE));
        let earlier = far.clone().reduce(Action::ShowEarlier);
        assert_eq!((earlier.start(), earlier.limit), (far.start() - PAGE, far.limit));
        let near = far.clone().reduce(Action::Reveal(format!("{old}-p50")));
        assert_eq!(near.start(), far.start(), "near: the list grows");
        assert_eq!(near.limit, (place(&near, &format!("{old}-p50")) / PAGE + 1) * PAGE);
        let newest = &reports[0].id;
        let top = far.clone().reduce(Action::Reveal(format!("{newest}-p2")));
        assert_eq!((top.start(), top.limit), (0, PAGE), "far above: the list starts at its page");
        let filtered = far.clone().reduce(Action::Toggle(Facet::Speaker, "CHN".into()));
        assert_eq!((filtered.start(), filtered.limit), (0, PAGE), "a new filter starts from the top");
        let mut first = filtered.clone();
        for _ in 0..3 {
            first = first.reduce(Action::ShowEarlier);
        }
        assert_eq!(first.start(), 0);
    }

    #[test]
    fn toggling_pushes_and_a_no_op_keeps_the_same_state() {
        let s = start().reduce(Action::Toggle(Facet::Speaker, "CHN".into()));
        assert_eq!(s.page.filter.speakers, ["CHN"]);
        assert_eq!(s.url_write, UrlWrite::Push);
        let same = s.clone().reduce(Action::Restore(s.page.to_query()));
        assert!(Rc::ptr_eq(&s, &same), "an identical state skips the render");
        let cleared = s.reduce(Action::ClearAll);
        assert!(cleared.page.filter.is_empty());
    }

    #[test]
    fn one_history_entry_per_settled_query() {
        let s = start().reduce(Action::Search("廉".into()));
        assert_eq!(s.url_write, UrlWrite::Push, "the first keystroke on a fresh page");
        let s = start().reduce(Action::Toggle(Facet::Topic, "education".into()));
        let s = s.reduce(Action::Search("廉".into()));
        assert_eq!(s.url_write, UrlWrite::Push);
        let s = s.reduce(Action::Search("廉正".into()));
        assert_eq!(s.url_write, UrlWrite::Replace);
        assert_eq!(s.page.filter.query, "廉正");
        // Enter settles it: the next query is a new entry, its keystrokes one.
        let settled = s.clone().reduce(Action::SettleSearch);
        assert_eq!((settled.page == s.page, settled.pushes), (true, s.pushes), "settling writes nothing");
        let s = settled;
        let s = s.reduce(Action::Search("教".into()));
        assert_eq!(s.url_write, UrlWrite::Push);
        let s = s.reduce(Action::Search("教育".into()));
        assert_eq!(s.url_write, UrlWrite::Replace);
        // Three entries asked for: the topic, 廉正, 教育. Should the last two
        // keystrokes land in one render, the count still says a push is due.
        assert_eq!(s.pushes, 3);
        // The same text again (compositionend after the last input) is no change.
        let same = s.clone().reduce(Action::Search("教育".into()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn language_and_reveal() {
        let s = start().reduce(Action::SetLang(Lang::En));
        assert_eq!((s.lang, s.page.lang), (Lang::En, Some(Lang::En)));
        let s = s.reduce(Action::Toggle(Facet::Speaker, "CHN".into()));
        let s = s.reduce(Action::Reveal("p90".into()));
        assert!(s.page.filter.is_empty());
        assert_eq!(s.lang, Lang::En);
        // Paragraph 90 is the 90th card (place 89): the list renders down
        // to it and focus goes there after that render.
        assert_eq!(s.limit, 90);
        assert_eq!(s.focus.as_ref().map(|f| &f.focus), Some(&Focus::Paragraph(89)));
        assert_eq!(s.site.report().anchor(89), "p90");
        // A filter that keeps it visible stays.
        let s = start().reduce(Action::Toggle(Facet::Speaker, "CHN".into())).reduce(Action::Reveal("p39".into()));
        assert_eq!((s.page.filter.speakers.as_slice(), s.limit), (&["CHN".to_string()][..], PAGE));
        // No such paragraph: nothing happens.
        for missing in ["p9999", "p0", "39", "s-1"] {
            let same = s.clone().reduce(Action::Reveal(missing.into()));
            assert!(Rc::ptr_eq(&s, &same), "{missing}");
        }
    }

    #[test]
    fn the_page_starts_where_the_prerendered_view_was_scrolled_to() {
        let scrolled = Resume { scroll: Some(("p40".into(), 120)), focused: None, ..Default::default() };
        let s = start().reduce(Action::Resume(scrolled.clone()));
        assert_eq!(s.limit, 42, "paragraph 40 is the 40th card");
        assert_eq!(s.focus.as_ref().unwrap().focus, Focus::Resume(scrolled));
        assert_eq!(s.url_write, UrlWrite::Replace, "nothing new in the history");
        let same = s.clone().reduce(Action::Resume(Resume {
            scroll: Some(("p9999".into(), 0)),
            focused: None,
            ..Default::default()
        }));
        assert!(Rc::ptr_eq(&s, &same));
        // A focused link in card 70 renders the list down to that card.
        let link = Place { within: Some("p70-h".into()), href: Some("#p70".into()), card: Some("p70".into()) };
        let s = start().reduce(Action::Resume(Resume {
            scroll: Some(("p40".into(), 120)),
            focused: Some(link.clone()),
            ..Default::default()
        }));
        assert_eq!(s.limit, 72);
        // Under a filter that hides card 70 the focus is not resumed there.
        let filtered = start().reduce(Action::Only(Facet::Speaker, "CHN".into()));
        let same =
            filtered.clone().reduce(Action::Resume(Resume { scroll: None, focused: Some(link), ..Default::default() }));
        assert!(Rc::ptr_eq(&filtered, &same));
        // A place outside the cards (the skip link) needs no card.
        let skip = Place { within: None, href: Some("#results".into()), card: None };
        let s =
            start().reduce(Action::Resume(Resume { scroll: None, focused: Some(skip.clone()), ..Default::default() }));
        assert_eq!(
            (s.limit, &s.focus.as_ref().unwrap().focus),
            (PAGE, &Focus::Resume(Resume { scroll: None, focused: Some(skip), ..Default::default() }))
        );
    }

    #[test]
    fn a_query_typed_before_the_app_came_is_searched_as_if_typed_in_it() {
        let in_box = Place { within: Some(report::site::markup::frame::SEARCH_INPUT.into()), href: None, card: None };
        let typed = Resume { query: "教育".into(), focused: Some(in_box.clone()), ..Default::default() };
        let s = start().reduce(Action::Resume(typed));
        let typed_here = start().reduce(Action::Search("教育".into()));
        assert_eq!(s.page, typed_here.page, "the same page as the query typed in the app");
        let hits = s.site.index().hits(&s.page.filter).count();
        assert!(hits > 0 && hits < s.site.report().paragraphs.len(), "{hits} paragraphs");
        assert_eq!((s.url_write, s.pushes, s.typing), (UrlWrite::Replace, 0, true), "no new history entry; typing on");
        assert_eq!(
            s.focus.as_ref().unwrap().focus,
            Focus::Resume(Resume { focused: Some(in_box), ..Default::default() })
        );
        // The next keystroke replaces the address too; leaving the box
        // settles the query.
        let next = s.clone().reduce(Action::Search("教育 廉正".into()));
        assert_eq!((next.url_write, next.pushes), (UrlWrite::Replace, 0));
        assert!(!next.reduce(Action::SettleSearch).typing);
        // A card scrolled to that the query hides is not scrolled to.
        let hidden = (1..=s.site.report().paragraphs.len())
            .map(|n| format!("p{n}"))
            .find(|card| {
                let p = s.site.report().by_anchor(card).unwrap();
                s.site.position_in_hits(p, &s.page.filter).is_none()
            })
            .expect("a paragraph without 教育");
        let scrolled = Resume { query: "教育".into(), scroll: Some((hidden, 0)), focused: None };
        let s = start().reduce(Action::Resume(scrolled));
        assert_eq!((s.page.filter.query.as_str(), s.focus.is_none()), ("教育", true));
    }

    #[test]
    fn the_list_grows_by_pages_and_starts_again_when_the_filter_changes() {
        let s = start().reduce(Action::ShowMore { from: PAGE, focus: Some(PAGE) });
        assert_eq!(s.limit, 2 * PAGE);
        let first = s.focus.clone().unwrap();
        assert_eq!(first.focus, Focus::Paragraph(PAGE), "focus goes to the first new card");
        // The sentinel reporting the same page again does nothing.
        let same = s.clone().reduce(Action::ShowMore { from: PAGE, focus: None });
        assert!(Rc::ptr_eq(&s, &same));
        let s = s.reduce(Action::ShowMore { from: 2 * PAGE, focus: Some(2 * PAGE) });
        assert_eq!(s.limit, 3 * PAGE);
        assert_ne!(s.focus.as_ref().unwrap().serial, first.serial, "each request is new");
        // The language is not a filter: the list keeps its length.
        let s = s.reduce(Action::SetLang(Lang::En));
        assert_eq!(s.limit, 3 * PAGE);
        let s = s.reduce(Action::Toggle(Facet::Topic, "education".into()));
        assert_eq!(s.limit, PAGE, "a new filter starts from the top");
        let s = s.reduce(Action::ShowMore { from: PAGE, focus: None });
        let s = s.reduce(Action::SetView(View::Overview));
        assert_eq!(s.limit, 2 * PAGE, "changing the view keeps it");
        let s = s.reduce(Action::Search("教育".into()));
        assert_eq!(s.limit, PAGE);
    }

    #[test]
    fn focus_is_kept_through_an_action_unless_the_action_places_it() {
        let s = start()
            .reduce(Action::Keeping("f-speaker-CHN".into(), Box::new(Action::Toggle(Facet::Speaker, "CHN".into()))));
        assert_eq!(s.page.filter.speakers, ["CHN"]);
        assert_eq!(s.focus.as_ref().unwrap().focus, Focus::Keep("f-speaker-CHN".into()));
        // The same control used again with a change: a new request.
        let serial = s.focus.as_ref().unwrap().serial;
        let s =
            s.reduce(Action::Keeping("f-speaker-CHN".into(), Box::new(Action::Toggle(Facet::Speaker, "CHN".into()))));
        assert!(s.page.filter.is_empty());
        assert_ne!(s.focus.as_ref().unwrap().serial, serial);
        // An action that changes nothing requests nothing.
        let same = s.clone().reduce(Action::Keeping("x".into(), Box::new(Action::ClearAll)));
        assert!(Rc::ptr_eq(&s, &same));
        // "Show more" from its button: focus goes to the new card, not back.
        let s = s.reduce(Action::Keeping("more".into(), Box::new(Action::ShowMore { from: PAGE, focus: Some(PAGE) })));
        assert_eq!(s.focus.as_ref().unwrap().focus, Focus::Paragraph(PAGE));
    }
}
