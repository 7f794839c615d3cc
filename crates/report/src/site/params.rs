//! The page's state as URL query parameters, read and written in one place.
//!
//! `?topic=education&speaker=CHN&speaker=MYS&article=11&named=QAT&q=教育&lang=en&view=country:CHN`.
//! Reading never fails: what cannot be used is dropped and reported as a
//! [`Notice`], so a bad link still opens the page. Input is bounded: long
//! query strings, long values and many repeats are cut, with a notice.

use crate::page::i18n::Lang;
use crate::query::{Facet, Filter, Index};

/// Longest query string read, in bytes; the rest is ignored.
pub const MAX_QUERY_BYTES: usize = 16 * 1024;
/// Most values read per facet.
pub const MAX_VALUES: usize = 64;
/// Most notices reported for one URL.
pub const MAX_NOTICES: usize = 12;
/// The query parameter that chooses the report (`?report=ID`, repeated,
/// or `all`).
pub const REPORT_PARAM: &str = "report";

/// Longest search text, in characters.
pub const MAX_SEARCH_CHARS: usize = 200;

/// Which view is open.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum View {
    /// The filtered paragraph list.
    #[default]
    List,
    /// A State's, group's or organisation's page.
    Entity(String),
    /// An article's page.
    Article(u8),
    /// Charts, matrix and map.
    Overview,
}

/// Everything the URL holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageState {
    /// The reports the address names (`report=ID`, repeated, or `all`;
    /// checked against the site's catalog by
    /// [`crate::site::series::Catalog::choose`]), kept so the address goes on
    /// naming them. None: the newest report.
    pub report: Vec<String>,
    pub filter: Filter,
    pub lang: Option<Lang>,
    pub view: View,
}

/// Why part of a URL was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    UnknownParam(String),
    UnknownValue { param: String, value: String },
    TooMany { param: String, kept: usize },
    TooLong { param: String },
}

fn clip(s: &str, chars: usize) -> String {
    s.chars().take(chars).collect()
}

impl PageState {
    /// Reads a query string (with or without the leading `?`).
    pub fn from_query(query: &str, index: &Index) -> (PageState, Vec<Notice>) {
        let mut state = PageState::default();
        let mut notices = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        let query = if query.len() > MAX_QUERY_BYTES {
            notices.push(Notice::TooLong { param: "?".into() });
            let mut end = MAX_QUERY_BYTES;
            while !query.is_char_boundary(end) {
                end -= 1;
            }
            &query[..end]
        } else {
            query
        };
        let mut repeats = [0usize; 4];
        for (k, v) in pairs(query) {
            let (k, v) = (k.as_str(), v.trim());
            let facet = Facet::ALL.into_iter().find(|f| f.param() == k);
            if let Some(f) = facet {
                let v = clip(v, 64);
                let seen = &mut repeats[f.position()];
                *seen += 1;
                if *seen > MAX_VALUES {
                    if *seen == MAX_VALUES + 1 {
                        notices.push(Notice::TooMany { param: k.into(), kept: MAX_VALUES });
                    }
                    continue;
                }
                let v = if f == Facet::Speaker || f == Facet::Mention { canonical_id(&v) } else { v };
                if !index.knows(f, &v) {
                    notices.push(Notice::UnknownValue { param: k.into(), value: v });
                } else if !state.filter.has(f, &v) {
                    state.filter.toggle(f, &v);
                }
                continue;
            }
            match k {
                // Read by `series::Catalog::choose`, which knows the reports.
                REPORT_PARAM => {
                    let v = clip(v, 64);
                    if !state.report.contains(&v) && state.report.len() < MAX_VALUES {
                        state.report.push(v);
                    }
                }
                "q" => {
                    if v.chars().count() > MAX_SEARCH_CHARS {
                        notices.push(Notice::TooLong { param: "q".into() });
                    }
                    state.filter.query = clip(v, MAX_SEARCH_CHARS);
                }
                "lang" => match Lang::from_code(v) {
                    Some(l) => state.lang = Some(l),
                    None => notices.push(Notice::UnknownValue { param: k.into(), value: clip(v, 64) }),
                },
                "view" => match parse_view(v, index) {
                    Some(view) => state.view = view,
                    None => notices.push(Notice::UnknownValue { param: k.into(), value: clip(v, 64) }),
                },
                _ => {
                    if notices.iter().filter(|n| matches!(n, Notice::UnknownParam(_))).count() < 8 {
                        notices.push(Notice::UnknownParam(clip(k, 64)));
                    }
                }
            }
        }
        notices.truncate(MAX_NOTICES);
        (state, notices)
    }

    /// Writes the state as a query string (with `?`, or empty).
    pub fn to_query(&self) -> String {
        let mut s = Query::default();
        for r in &self.report {
            s.append_pair(REPORT_PARAM, r);
        }
        for f in Facet::ALL {
            for v in self.filter.values(f) {
                s.append_pair(f.param(), &v);
            }
        }
        if !self.filter.query.trim().is_empty() {
            s.append_pair("q", self.filter.query.trim());
        }
        match &self.view {
            View::List => {}
            View::Entity(id) => {
                s.append_pair("view", &format!("entity:{id}"));
            }
            View::Article(a) => {
                s.append_pair("view", &format!("article:{a}"));
            }
            View::Overview => {
                s.append_pair("view", "overview");
            }
        }
        if let Some(l) = self.lang {
            s.append_pair("lang", l.code());
        }
        let q = s.0;
        if q.is_empty() {
            q
        } else {
            format!("?{q}")
        }
    }
}

/// The decoded key–value pairs of a query string (with or without the
/// leading `?`), in order.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.strip_prefix('?').unwrap_or(query).split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(k), decode(v))
    })
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a
/// byte; bytes that are not UTF-8 become U+FFFD.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(b[i + 1]), hex(b[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => e.into_bytes().utf8_chunks().fold(String::new(), |mut acc, c| {
            acc.push_str(c.valid());
            if !c.invalid().is_empty() {
                acc.push('\u{FFFD}');
            }
            acc
        }),
    }
}

/// A query string being written: pairs percent-encoded, `&`-separated.
#[derive(Default)]
struct Query(String);

impl Query {
    fn append_pair(&mut self, k: &str, v: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        encode_into(&mut self.0, k);
        self.0.push('=');
        encode_into(&mut self.0, v);
    }
}

/// Percent-encodes all but unreserved characters; a space becomes `+`.
/// Chinese text stays readable in the address bar only when the browser
/// decodes it, so it is encoded like everything else.
fn encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' | b':' => out.push(b as char),
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
}

/// Entity ids are upper case (`chn` → `CHN`, `org:iaca` → `ORG:IACA`),
/// except the lower-case ids `chair`, `secretariat`, `unattributed`.
fn canonical_id(v: &str) -> String {
    match crate::model::Special::of(v) {
        Some(s) => s.id().to_string(),
        None => v.to_ascii_uppercase(),
    }
}

fn parse_view(v: &str, index: &Index) -> Option<View> {
    if v == "overview" {
        return Some(View::Overview);
    }
    if v == "list" {
        return Some(View::List);
    }
    let (kind, arg) = v.split_once(':')?;
    match kind {
        "entity" => {
            let id = canonical_id(arg);
            (index.knows(Facet::Speaker, &id) || index.knows(Facet::Mention, &id)).then_some(View::Entity(id))
        }
        "article" => arg.parse::<u8>().ok().filter(|a| (1..=71).contains(a)).map(View::Article),
        _ => None,
    }
}
