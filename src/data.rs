//! The site's reports as values: the catalog and the newest report,
//! embedded at build time (see `build.rs`) but for the paragraph texts its
//! prerendered page holds, which are read back from the page
//! (`report::page::page_text`); the other reports, fetched when the page
//! needs them: whole (their compact files) to show one, as outlines (no
//! texts) for the views across meetings and for a list of several.
//!
//! [`Site`] is what the page shows (one report, or several in one list)
//! with its index, and the reports decoded so far ([`Library`]). `run()`
//! makes the first one before the app mounts; it then lives in the
//! reducer's state, and a report fetched later enters through an action
//! (`Action::Arrived`), which makes the next one ([`Site::with`]).
//! Nothing here is global. Reports and sites are kept for the page's
//! lifetime (leaked, [`keep`]): a site is made once, and again only when a
//! list's texts or the reports of a view across meetings arrive, so values
//! borrowed from one are plain `&'static` references (no reference counts
//! to carry, and less code).
//!
//! A list of several reports fetches their outlines (models without
//! paragraph texts) first, and their texts when the page needs them: a
//! report's texts when one of its cards is drawn, every report's when a
//! search or an export asks ([`Site::texts_for`]).
//! The list and its counts are drawn from the outlines; a card drawn
//! before its text says so, and shows it from its own report once that
//! has come ([`Site::text`]). A search fetches the search keys' files
//! its terms fall in, then only the texts of the reports that can hold
//! one of its terms (`report::query::keys`), and waits for them
//! ([`Site::search_needs`]): the list and its index are then made again
//! with the texts here. A later search that needs more waits for every
//! text, so a list is made again at most twice. The exports wait for
//! every text. Once they have all arrived, the list is made whole.

use report::page::i18n::Lang;
#[cfg(series)]
use report::page::meeting;
#[cfg(not(series))]
use report::page::meeting::Names;
#[cfg(series)]
use report::query::keys::{self, Shard};
use report::query::{lexicon, Filter, Index, Lexicon};
use report::site::series::{Catalog, ReportInfo};
use report::Report;
use std::borrow::Cow;
use std::cell::Cell;
use std::rc::Rc;

static CATALOG: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));
static NEWEST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"));
static TAKEN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/taken.bin"));
#[cfg(not(series))]
static NAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.bin"));

/// A report of the catalog with its model.
pub type Decoded = (&'static ReportInfo, &'static Report);

/// Keeps `value` for the page's lifetime.
pub fn keep<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// Decodes the embedded catalog: every report of the site, newest first.
/// Called once, by `run()`: the catalog lives as long as the page.
pub fn catalog() -> &'static Catalog {
    // build.rs wrote these bytes; should they ever fail to decode, the page
    // stops with the reason in the console.
    keep(
        postcard::from_bytes(CATALOG)
            .unwrap_or_else(|_| wasm_bindgen::throw_str("the embedded catalog does not decode")),
    )
}

/// Whether the site holds several reports (then a chooser is shown and
/// links name their report). Fixed by the build (`cfg(series)`, set by
/// build.rs), so a site of one report carries none of a series' code.
pub const fn is_series() -> bool {
    cfg!(series)
}

/// Decodes a report's compact file (`report::site::publish`).
pub fn decode(bytes: &[u8]) -> Result<Report, String> {
    postcard::from_bytes(bytes).map_err(|_| "not a report file (it does not decode as this build's model)".to_string())
}

/// Puts the newest report of `catalog` together from what the wasm embeds
/// and `texts`, the paragraph texts of its prerendered page in order (read
/// before the app mounts). If they are not the texts the build took out (a
/// translator rewrote the page), says why: then [`load`] fetches the
/// report's own file.
pub fn newest(catalog: &'static Catalog, texts: Vec<String>) -> Result<Decoded, String> {
    let info = catalog.newest().ok_or("the embedded catalog is empty")?;
    let mut report = decode(NEWEST)?;
    let taken = postcard::from_bytes(TAKEN).map_err(|_| "the embedded digest does not decode".to_string())?;
    report::page::page_text::restore(&mut report, taken, texts).map_err(|e| e.to_string())?;
    Ok((info, keep(report)))
}

/// The newest report put together for a test, which has no page to read
/// its texts from: with the texts build.rs wrote for tests. Shown alone.
#[cfg(test)]
pub fn site_for_tests() -> &'static Site {
    let texts: Vec<String> =
        postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/texts.bin"))).expect("build.rs wrote the texts");
    let catalog = catalog();
    let newest = newest(catalog, texts).expect("the texts are the ones build.rs took out");
    let reports = vec![newest.0];
    Site::new(catalog, Library::default().adding(vec![newest]), reports).expect("the newest report is decoded")
}

/// A report's outline (its model without paragraph texts), with the
/// bytes of its file: decoded again, owned, when its texts come (a copy
/// of the model would take the model's whole `Clone` into the wasm).
#[cfg(series)]
#[derive(Clone, Copy)]
pub struct Outline {
    pub info: &'static ReportInfo,
    pub report: &'static Report,
    bytes: &'static [u8],
}

/// Decodes report `info`'s outline file (`bytes`, named `file`).
#[cfg(series)]
pub fn outline(info: &'static ReportInfo, bytes: Vec<u8>, file: &str) -> Result<Outline, String> {
    let report = keep(decode(&bytes).map_err(|e| format!("{file}: {e}"))?);
    Ok(Outline { info, report, bytes: Box::leak(bytes.into_boxed_slice()) })
}

/// A search keys' shard asked for, with its keys once they have come.
#[cfg(series)]
type KnownShard = (u32, Option<&'static Shard>);

/// The reports this page has decoded so far: whole, and (a list drawn
/// before its texts) as outlines.
#[derive(Clone, Default)]
pub struct Library {
    whole: Vec<Decoded>,
    /// Outlines of reports whose texts have not arrived.
    #[cfg(series)]
    outlines: Vec<Outline>,
    /// The reports whose texts have been asked for (shared by the
    /// library's later copies, so each is asked for once).
    #[cfg(series)]
    texts_asked: Rc<std::cell::RefCell<Vec<&'static str>>>,
    /// The search keys' shards asked for, each with its keys once they
    /// have come (shared likewise).
    #[cfg(series)]
    keys: Rc<std::cell::RefCell<Vec<KnownShard>>>,
}

impl Library {
    /// Report `id`, if decoded whole.
    pub fn whole(&self, id: &str) -> Option<&'static Report> {
        self.whole.iter().find(|(i, _)| i.id == id).map(|(_, r)| *r)
    }

    /// Report `id` as a list can show it: whole, or its outline.
    fn shown_form(&self, id: &str) -> Option<&'static Report> {
        #[cfg(series)]
        return self.whole(id).or_else(|| self.outlines.iter().find(|o| o.info.id == id).map(|o| o.report));
        #[cfg(not(series))]
        self.whole(id)
    }

    /// This library with the outlines `more` (of reports it does not have
    /// whole).
    #[cfg(series)]
    pub fn outlining(mut self, more: Vec<Outline>) -> Library {
        let whole = &self.whole;
        self.outlines.extend(more.into_iter().filter(|o| whole.iter().all(|(w, _)| w.id != o.info.id)));
        self
    }

    /// This library with `more` reports decoded whole (one it has whole
    /// already is kept as it was).
    pub fn adding(mut self, more: Vec<Decoded>) -> Library {
        for (info, report) in more {
            if self.whole(&info.id).is_none() {
                self.whole.push((info, report));
            }
        }
        self
    }
}

/// What arrives after the page has started (an action carries it into
/// the state: `Action::Arrived`). Compared by identity: each is made once.
#[derive(Clone)]
pub enum Arrival {
    /// The search lexicon (traditional characters, terms in both languages).
    Lexicon(Rc<Lexicon>),
    /// Reports decoded whole (fetched, or a list's outlines with their
    /// texts). Only a site of several fetches reports after it started
    /// (a site of one ignores them).
    Reports(Rc<[Decoded]>),
    /// Why the texts of a list's reports could not be fetched.
    TextsFailed(Rc<str>),
    /// Outlines of reports the page has in no form (the views across
    /// meetings read no text: [`load_across`]).
    #[cfg(series)]
    Outlines(Rc<[Outline]>),
    /// Search keys' shards (the library holds them: [`load_keys`]).
    #[cfg(series)]
    Keys,
}

impl PartialEq for Arrival {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Arrival::Lexicon(a), Arrival::Lexicon(b)) => Rc::ptr_eq(a, b),
            (Arrival::Reports(a), Arrival::Reports(b)) => Rc::ptr_eq(a, b),
            (Arrival::TextsFailed(a), Arrival::TextsFailed(b)) => Rc::ptr_eq(a, b),
            #[cfg(series)]
            (Arrival::Outlines(a), Arrival::Outlines(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl std::fmt::Debug for Arrival {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Arrival::Lexicon(_) => f.write_str("Lexicon"),
            Arrival::Reports(r) => write!(f, "Reports({})", r.len()),
            Arrival::TextsFailed(e) => write!(f, "TextsFailed({e})"),
            #[cfg(series)]
            Arrival::Keys => f.write_str("Keys"),
            #[cfg(series)]
            Arrival::Outlines(o) => write!(f, "Outlines({})", o.len()),
        }
    }
}

/// What the page shows, and the reports decoded so far.
pub struct Site {
    /// Every report of the site, newest first.
    pub catalog: &'static Catalog,
    library: Library,
    /// The reports shown, newest first (one, or those of the list).
    reports: Vec<&'static ReportInfo>,
    /// The report, or the list of several made into one (`series::merge`).
    report: &'static Report,
    /// Its facet and search index.
    index: &'static Index,
    /// What the page calls its one report ([`Site::title`]).
    #[cfg(not(series))]
    names: &'static Names,
    /// Whether the search lexicon was asked for.
    lexicon_asked: Cell<bool>,
    /// For each report shown, whether the list holds its texts (it was
    /// whole when the list was made).
    #[cfg(series)]
    texted: Vec<bool>,
    /// Whether the list was made again for a search with some of its
    /// texts: a search that needs more waits for them all.
    #[cfg(series)]
    remade: Cell<bool>,
}

/// What a search in a list drawn from outlines waits for
/// ([`Site::search_needs`]).
#[cfg(series)]
#[derive(Debug, Clone)]
pub enum Needs {
    /// Nothing: the list holds every text it can match in.
    Ready,
    /// The search keys of these shards (none: those asked for are coming).
    Keys(Vec<u32>),
    /// The texts of these reports (none: those asked for are coming).
    Texts(Vec<&'static ReportInfo>),
    /// The list made again: the texts it needs are here.
    Remake,
}

impl std::fmt::Debug for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.reports.iter().map(|r| r.id.as_str()).collect();
        f.debug_struct("Site").field("reports", &ids).finish_non_exhaustive()
    }
}

/// A site is the same only as itself: each is made once, from the last.
impl PartialEq for Site {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Site {
    /// Shows `reports` (newest first) from `library`, whole or outlined:
    /// one report, or several in one list. Says so if one of them is not
    /// in the library.
    // (One copy of the merge: it is called at the start and when texts arrive.)
    #[inline(never)]
    pub fn new(
        catalog: &'static Catalog,
        library: Library,
        reports: Vec<&'static ReportInfo>,
    ) -> Result<&'static Site, String> {
        let mut parts = Vec::new();
        for info in &reports {
            parts.push((*info, library.shown_form(&info.id).ok_or_else(|| format!("{}: not loaded", info.id))?));
        }
        let report = match parts.as_slice() {
            [(_, one)] => *one,
            several if is_series() && !several.is_empty() => keep(report::site::series::merge(several)),
            _ => return Err("no report to show".to_string()),
        };
        let index = keep(Index::new(report));
        #[cfg(not(series))]
        let names = keep(postcard::from_bytes(NAMES).map_err(|_| "the embedded names do not decode")?);
        #[cfg(series)]
        let texted = reports.iter().map(|i| library.whole(&i.id).is_some()).collect();
        Ok(keep(Site {
            catalog,
            library,
            reports,
            report,
            index,
            #[cfg(not(series))]
            names,
            lexicon_asked: Cell::new(false),
            #[cfg(series)]
            texted,
            #[cfg(series)]
            remade: Cell::new(false),
        }))
    }

    /// The report this page shows (several reports made into one list, if
    /// it shows several).
    pub fn report(&self) -> &'static Report {
        self.report
    }

    /// The shown report's facet and search index.
    pub fn index(&self) -> &'static Index {
        self.index
    }

    /// The reports this page shows, newest first.
    pub fn reports(&self) -> &[&'static ReportInfo] {
        &self.reports
    }

    /// What the page calls the report it shows in `lang`, unless it shows
    /// several: its title, the facts under it and the page's `<title>`
    /// (`Names`). A site of one report has them from the build; a site of
    /// several makes them ([`report::page::meeting`]), for the one report
    /// it shows, in the language it shows.
    pub fn title(&self, lang: Lang) -> Option<Cow<'static, str>> {
        #[cfg(not(series))]
        return Some(Cow::Borrowed(self.names.title(lang)));
        #[cfg(series)]
        return self.info().map(|_| Cow::Owned(meeting::title(self.report, lang)));
    }

    /// See [`Site::title`].
    pub fn facts(&self, lang: Lang) -> Option<Cow<'static, str>> {
        #[cfg(not(series))]
        return Some(Cow::Borrowed(self.names.facts(lang)));
        #[cfg(series)]
        return self.info().map(|_| Cow::Owned(meeting::facts_line(self.report, lang)));
    }

    /// See [`Site::title`].
    pub fn page_title(&self, lang: Lang) -> Option<Cow<'static, str>> {
        #[cfg(not(series))]
        return Some(Cow::Borrowed(self.names.page_title(lang)));
        #[cfg(series)]
        return self.info().map(|_| Cow::Owned(meeting::page_title(self.report, lang)));
    }

    /// The catalog entry of the report this page shows, unless it shows
    /// several.
    pub fn info(&self) -> Option<&'static ReportInfo> {
        match self.reports.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// The reports decoded so far.
    pub fn library(&self) -> &Library {
        &self.library
    }

    /// Where the paragraph at place `at` of the page's report comes from:
    /// its own report and its number there.
    pub fn source(&self, at: usize) -> (&'static Report, u32) {
        let report = self.report;
        let number = report.number_at(at);
        match report.origin(at).and_then(|o| self.library.shown_form(&o.report)) {
            Some(own) => (own, number),
            None => (report, number),
        }
    }

    /// Where the paragraph at place `i` of the page's report is among the
    /// hits of `filter` (0 = first card), if it is one.
    pub fn position_in_hits(&self, i: usize, filter: &Filter) -> Option<usize> {
        let hits = self.index.hits(filter);
        hits.contains(i).then(|| hits.iter().take_while(|&h| h < i).count())
    }

    /// Whether some report this page shows has no texts yet (a list drawn
    /// from outlines): a search waits for them.
    pub fn texts_pending(&self) -> bool {
        self.reports.iter().any(|i| self.library.whole(&i.id).is_none())
    }

    /// The reports of the paragraphs at `places` (of the page's report;
    /// all of them if `None`) whose texts are neither here nor asked for,
    /// in the order first met.
    #[cfg(series)]
    pub fn texts_for(&self, places: Option<&[usize]>) -> Vec<&'static ReportInfo> {
        let asked = self.library.texts_asked.borrow();
        let wanted = |i: &&ReportInfo| self.library.whole(&i.id).is_none() && !asked.contains(&i.id.as_str());
        let Some(places) = places else { return self.reports.iter().copied().filter(wanted).collect() };
        let mut out: Vec<&'static ReportInfo> = Vec::new();
        for &at in places {
            let Some(origin) = self.report.origin(at) else { continue };
            if out.iter().all(|i| i.id != origin.report) {
                out.extend(self.reports.iter().find(|i| i.id == origin.report).copied());
            }
        }
        out.retain(wanted);
        out
    }

    /// What a search for `query` waits for before it can answer from the
    /// list: the search keys' shards its terms fall in, then the texts of
    /// the reports the list lacks that hold every key of some form of
    /// some term (every missing text if the list was made again for a
    /// search already), then the list made again with them.
    #[cfg(series)]
    pub fn search_needs(&self, query: &str) -> Needs {
        if query.trim().is_empty() || self.texted.iter().all(|t| *t) {
            return Needs::Ready;
        }
        let search = self.index.read_search(query);
        let known = self.library.keys.borrow();
        let shard = |n: u32| known.iter().find(|(k, _)| *k == n).and_then(|(_, s)| *s);
        let Some(holding) = keys::reports_for(&search, self.catalog.reports.len(), shard) else {
            let missing = keys::shards_for(&search).into_iter().filter(|n| known.iter().all(|(k, _)| k != n));
            return Needs::Keys(missing.collect());
        };
        let place = |i: &ReportInfo| self.catalog.reports.iter().position(|r| r.id == i.id);
        let needed: Vec<&'static ReportInfo> = (self.reports.iter().zip(&self.texted))
            .filter(|(i, texted)| !**texted && place(i).is_some_and(|p| holding[p]))
            .map(|(i, _)| *i)
            .collect();
        if needed.is_empty() {
            return Needs::Ready;
        }
        if self.remade.get() {
            return Needs::Texts(self.texts_for(None));
        }
        let missing: Vec<&'static ReportInfo> =
            needed.into_iter().filter(|i| self.library.whole(&i.id).is_none()).collect();
        if missing.is_empty() {
            return Needs::Remake;
        }
        let asked = self.library.texts_asked.borrow();
        Needs::Texts(missing.into_iter().filter(|i| !asked.contains(&i.id.as_str())).collect())
    }

    /// Notes the search keys' `shards` as asked for, and gives them.
    #[cfg(series)]
    pub fn ask_keys(&self, shards: &[u32]) -> Vec<u32> {
        let mut known = self.library.keys.borrow_mut();
        let new: Vec<u32> = shards.iter().copied().filter(|n| known.iter().all(|(k, _)| k != n)).collect();
        known.extend(new.iter().map(|&n| (n, None)));
        new
    }

    /// Puts in the library the keys of shard `n` (asked for), from its
    /// file's `bytes`.
    #[cfg(series)]
    pub fn keys_arrived(&self, n: u32, bytes: &[u8]) -> Result<(), &'static str> {
        let shard: Shard = postcard::from_bytes(bytes).map_err(|_| "not a search keys file")?;
        let mut known = self.library.keys.borrow_mut();
        if let Some(slot) = known.iter_mut().find(|(k, _)| *k == n) {
            slot.1 = Some(keep(shard));
        }
        Ok(())
    }

    /// Notes the texts of `reports` as asked for (none is wanted again),
    /// and gives the outlines to make whole with them.
    #[cfg(series)]
    pub fn ask_texts(&self, reports: &[&'static ReportInfo]) -> Vec<Outline> {
        let library = &self.library;
        let outlined: Vec<Outline> =
            reports.iter().filter_map(|i| library.outlines.iter().find(|o| o.info.id == i.id).copied()).collect();
        library.texts_asked.borrow_mut().extend(outlined.iter().map(|o| o.info.id.as_str()));
        outlined
    }

    /// The text of the paragraph at place `at` of the page's report: a
    /// list drawn from outlines has none of its own until every text is
    /// here, so it comes from the paragraph's own report once that report
    /// is whole (empty until then).
    #[cfg(series)]
    pub fn text(&self, at: usize) -> &'static str {
        let p = &self.report.paragraphs[at];
        if !p.text.is_empty() {
            return &p.text;
        }
        let (own, number) = self.source(at);
        own.paragraph(number).map_or("", |p| p.text.as_str())
    }

    /// Every report of the catalog with its model, whole or its outline
    /// (the views across meetings read no text), newest first, if the page
    /// has them all.
    pub fn all(&self) -> Option<Vec<Decoded>> {
        self.catalog.reports.iter().map(|i| self.library.shown_form(&i.id).map(|r| (i, r))).collect()
    }

    /// How many reports of the catalog this page has, whole or outlined.
    pub fn loaded_count(&self) -> usize {
        self.catalog.reports.iter().filter(|i| self.library.shown_form(&i.id).is_some()).count()
    }

    /// Whether the search lexicon is yet to be asked for: true once, unless
    /// the index has it.
    pub fn lexicon_wanted(&self) -> bool {
        self.index.given_lexicon().is_none() && !self.lexicon_asked.replace(true)
    }

    /// The site once `arrival` is in, the page searching for `query`: the
    /// search lexicon goes to the index (the same site); reports decoded
    /// whole make the next site; search keys, and why a list's texts could
    /// not come, change nothing here (the library holds the keys, the
    /// state keeps why).
    #[cfg_attr(not(series), allow(unused_variables))]
    pub fn with(&'static self, arrival: Arrival, query: &str) -> &'static Site {
        match arrival {
            Arrival::Lexicon(l) => {
                self.index.add_lexicon(Rc::unwrap_or_clone(l));
                self
            }
            #[cfg(series)]
            Arrival::Reports(more) => self.with_fetched(more.to_vec(), query),
            // (The state keeps why; the site stays as it is.)
            Arrival::TextsFailed(_) => self,
            #[cfg(series)]
            Arrival::Keys => self,
            #[cfg(series)]
            Arrival::Outlines(more) => self.with_library(self.library.clone().outlining(more.to_vec())),
            #[cfg(not(series))]
            Arrival::Reports(_) => self,
        }
    }

    /// The same view (its report and index shared) over `library`.
    #[cfg(series)]
    fn with_library(&self, library: Library) -> &'static Site {
        keep(Site {
            catalog: self.catalog,
            library,
            reports: self.reports.clone(),
            report: self.report,
            index: self.index,
            lexicon_asked: Cell::new(self.lexicon_asked.get()),
            texted: self.texted.clone(),
            remade: Cell::new(self.remade.get()),
        })
    }

    /// The next site once `more` reports have been decoded whole: the same
    /// view, with a list drawn from outlines made again (and indexed again,
    /// with the lexicon) once all its texts are there, or once the texts
    /// the search for `query` needs are (once: [`Site::search_needs`]).
    #[cfg(series)]
    fn with_fetched(&'static self, more: Vec<Decoded>, query: &str) -> &'static Site {
        let next = self.with_library(self.library.clone().adding(more));
        let whole = next.reports.iter().all(|i| next.library.whole(&i.id).is_some());
        let remake = matches!(next.search_needs(query), Needs::Remake);
        if self.texted.iter().all(|t| *t) || !(whole || remake) {
            return next;
        }
        // (It has every report it shows, whole or outlined: it cannot fail.)
        let Ok(made) = Site::new(self.catalog, next.library.clone(), self.reports.clone()) else { return next };
        if let Some(l) = self.index.given_lexicon() {
            made.index.add_lexicon(l.clone());
        }
        made.remade.set(!whole);
        made
    }
}

/// Fetches and decodes those of `reports` `library` does not have whole,
/// calling `progress` with how many have arrived after each. A site of one
/// report has one file to fetch, and fetches it; a site of several asks
/// for all at once (below). (One shape for both cost the site of one
/// report 0.5 kB gzip.)
#[cfg(not(series))]
pub async fn load(
    library: &Library,
    reports: &[&'static ReportInfo],
    progress: impl Fn(usize),
) -> Result<Vec<Decoded>, String> {
    let mut out = Vec::new();
    for &info in reports {
        if library.whole(&info.id).is_some() {
            continue;
        }
        let file = info.data_file();
        let bytes = crate::fetch::fetch_bytes(&file).await?;
        out.push((info, keep(decode(&bytes).map_err(|e| format!("{file}: {e}"))?)));
        progress(out.len());
    }
    Ok(out)
}

/// Asks for `file` of each of `reports` at once (one round trip for
/// them all, not one each), to be read in order.
#[cfg(series)]
fn request_all(
    reports: Vec<&'static ReportInfo>,
    file: fn(&ReportInfo) -> String,
) -> Vec<(&'static ReportInfo, crate::fetch::Requested)> {
    reports.into_iter().map(|i| (i, crate::fetch::request(file(i)))).collect()
}

/// Fetches and decodes those of `reports` `library` does not have whole,
/// asked for at once and decoded in order, calling `progress` with how
/// many have arrived after each.
#[cfg(series)]
pub async fn load(
    library: &Library,
    reports: &[&'static ReportInfo],
    progress: impl Fn(usize),
) -> Result<Vec<Decoded>, String> {
    let missing = reports.iter().copied().filter(|i| library.whole(&i.id).is_none()).collect();
    let mut out = Vec::new();
    for (info, request) in request_all(missing, ReportInfo::data_file) {
        let file = request.file.clone();
        out.push((info, keep(decode(&request.bytes().await?).map_err(|e| format!("{file}: {e}"))?)));
        progress(out.len());
    }
    Ok(out)
}

/// Fetches the outlines of those of `reports` `library` has neither whole
/// nor outlined (asked for at once, as [`load`] asks for whole files),
/// calling `progress` with how many have arrived after each.
#[cfg(series)]
pub async fn load_outlines(
    library: &Library,
    reports: &[&'static ReportInfo],
    progress: impl Fn(usize),
) -> Result<Vec<Outline>, String> {
    let missing = reports.iter().copied().filter(|i| library.shown_form(&i.id).is_none()).collect();
    let mut outlines = Vec::new();
    for (info, request) in request_all(missing, ReportInfo::outline_file) {
        let file = request.file.clone();
        outlines.push(outline(info, request.bytes().await?, &file)?);
        progress(outlines.len());
    }
    Ok(outlines)
}

/// Fetches what the views across meetings read of those of `reports`
/// `library` does not have, calling `progress` with how many have arrived
/// after each: their outlines (they read no text).
#[cfg(series)]
pub async fn load_across(
    library: &Library,
    reports: &[&'static ReportInfo],
    progress: impl Fn(usize),
) -> Result<Arrival, String> {
    Ok(Arrival::Outlines(load_outlines(library, reports, progress).await?.into()))
}

/// (A site of one report shows no view across meetings.)
#[cfg(not(series))]
pub async fn load_across(
    library: &Library,
    reports: &[&'static ReportInfo],
    progress: impl Fn(usize),
) -> Result<Arrival, String> {
    Ok(Arrival::Reports(load(library, reports, progress).await?.into()))
}

/// Asks for the texts of `reports` (outlined in `site`'s library, none
/// asked for before: [`Site::texts_for`]) at once, and gives each report whole as they are read in order. The
/// requests are made, and the reports noted as asked for, before this
/// returns.
#[cfg(series)]
pub fn load_texts(
    site: &Site,
    reports: Vec<&'static ReportInfo>,
) -> impl std::future::Future<Output = Result<Vec<Decoded>, String>> {
    let outlined = site.ask_texts(&reports);
    let requests = request_all(outlined.iter().map(|o| o.info).collect(), ReportInfo::texts_file);
    async move {
        let mut out = Vec::new();
        for (outline, (_, request)) in outlined.into_iter().zip(requests) {
            let file = request.file.clone();
            out.push(with_texts(outline, &request.bytes().await?, &file)?);
        }
        Ok(out)
    }
}

/// Asks for the search keys' `shards` (none asked for before:
/// [`Site::ask_keys`]) at once, and puts them in `site`'s library as they
/// are read in order.
#[cfg(series)]
pub fn load_keys(site: &'static Site, shards: &[u32]) -> impl std::future::Future<Output = Result<(), String>> {
    let requests: Vec<(u32, crate::fetch::Requested)> =
        site.ask_keys(shards).into_iter().map(|n| (n, crate::fetch::request(keys::file(n)))).collect();
    async move {
        for (n, request) in requests {
            let file = request.file.clone();
            site.keys_arrived(n, &request.bytes().await?).map_err(|e| format!("{file}: {e}"))?;
        }
        Ok(())
    }
}

/// Report `outline` made whole with its texts file (`bytes`, named `file`).
#[cfg(series)]
pub fn with_texts(outline: Outline, bytes: &[u8], file: &str) -> Result<Decoded, String> {
    let texts: Vec<String> = postcard::from_bytes(bytes).map_err(|_| format!("{file}: not a texts file"))?;
    let mut whole = decode(outline.bytes)?;
    report::page::page_text::put_all(&mut whole, texts).map_err(|e| format!("{file}: {e}"))?;
    Ok((outline.info, keep(whole)))
}

/// Fetches the search lexicon (`lexicon.txt`, written by the build:
/// `report::site::publish`).
pub async fn load_lexicon() -> Result<Lexicon, String> {
    Ok(Lexicon::from_text(&crate::fetch::fetch_text(lexicon::FILE).await?))
}
