//! The page's one piece of state and the actions that change it.
//!
//! No web APIs here: the reducer is plain Rust and tested natively. The
//! URL mirrors [`AppState::page`]; `url_write` tells the shell how the
//! change should reach the browser history.

use report::params::{Lang, Notice, PageState, View};
use report::query::Facet;
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

/// Everything the page shows depends on this.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub page: PageState,
    /// The interface language actually in use.
    pub lang: Lang,
    /// What the URL held that could not be used.
    pub notices: Rc<[Notice]>,
    pub url_write: UrlWrite,
    /// A paragraph to scroll to and mark (`#p39`).
    pub target: Option<u32>,
    /// A search is being typed: its keystrokes share one history entry,
    /// until it settles (Enter, leaving the box) or another action comes.
    pub typing: bool,
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
    /// Back/Forward restored an earlier URL.
    Restore(PageState),
    DismissNotices,
    /// Show a paragraph: drop the filters if they hide it.
    Reveal(u32),
}

impl AppState {
    pub fn new(page: PageState, fallback_lang: Lang, notices: Vec<Notice>, target: Option<u32>) -> Self {
        let lang = page.lang.unwrap_or(fallback_lang);
        AppState { page, lang, notices: notices.into(), url_write: UrlWrite::Replace, target, typing: false }
    }

    fn with(self: &Rc<Self>, page: PageState, url_write: UrlWrite) -> Rc<Self> {
        if page == self.page {
            return self.clone();
        }
        let lang = page.lang.unwrap_or(self.lang);
        Rc::new(AppState { page, lang, notices: self.notices.clone(), url_write, target: None, typing: false })
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
                page.filter.query = q.chars().take(report::params::MAX_SEARCH_CHARS).collect();
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
                Rc::new(AppState { typing: false, url_write: UrlWrite::None, ..(*self).clone() })
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
            Action::Restore(p) => self.with(p, UrlWrite::None),
            Action::DismissNotices => {
                if self.notices.is_empty() {
                    return self;
                }
                Rc::new(AppState { notices: Rc::from(Vec::new()), ..(*self).clone() })
            }
            Action::Reveal(number) => {
                if !crate::is_visible(number, &page.filter) {
                    page.filter = Default::default();
                }
                page.view = View::List;
                let mut next = (*self.with(page, UrlWrite::Push)).clone();
                next.target = Some(number);
                Rc::new(next)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Rc<AppState> {
        Rc::new(AppState::new(PageState::default(), Lang::Zh, vec![], None))
    }

    #[test]
    fn toggling_pushes_and_a_no_op_keeps_the_same_state() {
        let s = start().reduce(Action::Toggle(Facet::Speaker, "CHN".into()));
        assert_eq!(s.page.filter.speakers, ["CHN"]);
        assert_eq!(s.url_write, UrlWrite::Push);
        let same = s.clone().reduce(Action::Restore(s.page.clone()));
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
        let s = s.reduce(Action::SettleSearch);
        assert_eq!(s.url_write, UrlWrite::None, "settling writes nothing");
        let s = s.reduce(Action::Search("教".into()));
        assert_eq!(s.url_write, UrlWrite::Push);
        let s = s.reduce(Action::Search("教育".into()));
        assert_eq!(s.url_write, UrlWrite::Replace);
        // The same text again (compositionend after the last input) is no change.
        let same = s.clone().reduce(Action::Search("教育".into()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn language_and_reveal() {
        let s = start().reduce(Action::SetLang(Lang::En));
        assert_eq!((s.lang, s.page.lang), (Lang::En, Some(Lang::En)));
        let s = s.reduce(Action::Toggle(Facet::Speaker, "CHN".into()));
        let s = s.reduce(Action::Reveal(90));
        assert!(s.page.filter.is_empty());
        assert_eq!(s.target, Some(90));
        assert_eq!(s.lang, Lang::En);
    }
}
