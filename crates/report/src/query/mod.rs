//! The query engine: facets, counts and search over a [`Report`].
//!
//! Each facet value maps to the sorted list of paragraphs that carry it
//! (postings). A [`Filter`] combines the values chosen in one facet with OR
//! and the facets (and the search) with AND. The count shown next to a
//! value is the number of paragraphs the filter would give if that value
//! were added: the postings of the value intersected with the hits of every
//! *other* facet. Sets are bitsets over paragraph positions, so a filter or
//! count costs one pass over the postings involved, whatever the number of
//! paragraphs.
//!
//! Search reads the query language of [`syntax`] (words that must all
//! occur, `"phrases"`, `-exclusions`, `OR`), then matches each term by a
//! substring scan (Chinese has no word breaks, so 廉正 must match
//! anywhere) over text folded by [`crate::text::fold`] on both sides, so
//! `第90段` finds `第 90 段`. A term also matches its simplified form when
//! typed in traditional characters and the Convention's term in the other
//! language ([`Lexicon`]); a term that is the Chinese or English name or
//! the code of an entity (`China`, `CHN`, `秘书处`) also finds where that
//! entity speaks or is named, adding to the text hits, never replacing
//! them.

pub mod keys;
pub mod lexicon;
pub mod syntax;

pub use lexicon::Lexicon;

use crate::model::{Paragraph, Report, SpanKind, SpeakerKind};
use crate::text::fold::{fold, fold_mapped};
use crate::text::order;
use std::rc::Rc;

/// The facet groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Topic,
    Speaker,
    Article,
    /// Entities named in a paragraph, whether they spoke or not.
    Mention,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::Topic, Facet::Speaker, Facet::Article, Facet::Mention];

    /// Position of the facet in [`Facet::ALL`] (its declaration order).
    pub fn position(self) -> usize {
        self as usize
    }

    /// The URL parameter of the facet.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Topic => "topic",
            Facet::Speaker => "speaker",
            Facet::Article => "article",
            Facet::Mention => "named",
        }
    }
}

/// A set of paragraph positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bits {
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    pub fn empty(len: usize) -> Self {
        Bits { words: vec![0; len.div_ceil(64)], len }
    }

    pub fn full(len: usize) -> Self {
        let mut b = Bits { words: vec![u64::MAX; len.div_ceil(64)], len };
        if len % 64 != 0 {
            if let Some(last) = b.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
        b
    }

    /// The set of the given positions.
    pub fn from_positions(len: usize, positions: &[u32]) -> Self {
        let mut b = Bits::empty(len);
        for &i in positions {
            b.insert(i as usize);
        }
        b
    }

    pub fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub fn contains(&self, i: usize) -> bool {
        self.words.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn and(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn or(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// Every position not in the set, and none in it.
    pub fn not(&mut self) {
        let full = Bits::full(self.len);
        for (a, b) in self.words.iter_mut().zip(&full.words) {
            *a = !*a & b;
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Positions in the set, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let t = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(wi * 64 + t)
            })
        })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// The filter state: chosen values per facet and a search text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub topics: Vec<String>,
    pub speakers: Vec<String>,
    pub articles: Vec<u8>,
    pub mentions: Vec<String>,
    pub query: String,
}

impl Filter {
    /// The chosen values of a facet, as strings.
    pub fn values(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Topic => self.topics.clone(),
            Facet::Speaker => self.speakers.clone(),
            Facet::Article => self.articles.iter().map(u8::to_string).collect(),
            Facet::Mention => self.mentions.clone(),
        }
    }

    /// Whether `value` is chosen in `facet`.
    pub fn has(&self, facet: Facet, value: &str) -> bool {
        match facet {
            Facet::Topic => self.topics.iter().any(|v| v == value),
            Facet::Speaker => self.speakers.iter().any(|v| v == value),
            Facet::Article => value.parse::<u8>().is_ok_and(|a| self.articles.contains(&a)),
            Facet::Mention => self.mentions.iter().any(|v| v == value),
        }
    }

    /// Adds or removes a value.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        fn flip<T: PartialEq>(v: &mut Vec<T>, x: T) {
            match v.iter().position(|y| *y == x) {
                Some(i) => {
                    v.remove(i);
                }
                None => v.push(x),
            }
        }
        match facet {
            Facet::Topic => flip(&mut self.topics, value.to_string()),
            Facet::Speaker => flip(&mut self.speakers, value.to_string()),
            Facet::Article => {
                if let Ok(a) = value.parse() {
                    flip(&mut self.articles, a)
                }
            }
            Facet::Mention => flip(&mut self.mentions, value.to_string()),
        }
    }

    /// How many filters are in use: chosen values, and the search if any.
    pub fn active(&self) -> usize {
        Facet::ALL.iter().map(|&f| self.values(f).len()).sum::<usize>() + usize::from(!self.query.trim().is_empty())
    }

    /// True when nothing is chosen and nothing searched.
    pub fn is_empty(&self) -> bool {
        self.topics.is_empty()
            && self.speakers.is_empty()
            && self.articles.is_empty()
            && self.mentions.is_empty()
            && self.query.trim().is_empty()
    }
}

/// A facet value with its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    /// The value as it appears in URLs: topic id, entity id, article number.
    pub value: String,
    /// Paragraphs the filter would give with this value added.
    pub count: usize,
    pub selected: bool,
}

/// How a paragraph matches an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleMatch {
    Explicit,
    Inherited,
}

/// Every facet's values with their counts, by facet. Each facet's list is
/// shared, so a facet panel can hold it without a copy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts([Rc<[FacetCount]>; 4]);

impl Counts {
    /// The values of `facet` with their counts, in display order.
    pub fn get(&self, facet: Facet) -> &[FacetCount] {
        &self.0[facet.position()]
    }

    /// The same list, shared.
    pub fn shared(&self, facet: Facet) -> Rc<[FacetCount]> {
        self.0[facet.position()].clone()
    }
}

/// The order a facet panel lists its values in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueOrder {
    /// Most paragraphs first; ties keep the display order.
    ByCount,
    /// The facet's display order (names, article numbers).
    ByName,
}

/// The values a facet panel lists: those with paragraphs under the
/// current filter, and those chosen even if they have none, in `order`.
pub fn listed(counts: &[FacetCount], order: ValueOrder) -> Vec<&FacetCount> {
    let mut out: Vec<&FacetCount> = counts.iter().filter(|c| c.count > 0 || c.selected).collect();
    if order == ValueOrder::ByCount {
        order::sort_by(&mut out, |a, b| b.count.cmp(&a.count));
    }
    out
}

/// The values of one facet with their postings.
#[derive(Debug, Clone, Default)]
struct Values {
    /// Values in display order.
    names: Vec<String>,
    /// The postings of each value (same order as `names`).
    postings: Vec<Vec<u32>>,
    /// Positions in `names`, sorted by value, for lookups.
    sorted: Vec<u32>,
}

impl Values {
    fn find(&self, value: &str) -> Option<usize> {
        self.sorted
            .binary_search_by(|&k| self.names[k as usize].as_str().cmp(value))
            .ok()
            .map(|k| self.sorted[k] as usize)
    }
}

/// Postings and folded text of a report.
#[derive(Debug, Clone)]
pub struct Index {
    n: usize,
    /// Each facet's values and postings (by [`Facet::position`]).
    facets: [Values; 4],
    /// Paragraph texts, folded for search.
    folded: Vec<String>,
    /// Lowercased names and codes of entities → entity id.
    names: Vec<(String, String)>,
    /// Each paragraph's section (index into `Report::sections`).
    section_of: Vec<Option<u16>>,
    /// Each section's chain from the chapter down (indices).
    section_chain: Vec<Vec<u16>>,
    /// Traditional characters and terms in both languages, once known
    /// (the page fetches them when a search is first made).
    lexicon: std::sync::OnceLock<Lexicon>,
}

/// One term of a search as the engine reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needle {
    /// The term folded as typed, then the other forms it also matches (its
    /// simplified form, its equivalents in the other language), folded.
    pub texts: Vec<String>,
    /// Ids of the entities whose name or code the term is.
    pub entities: Vec<String>,
    /// `-term`: a paragraph matches when it holds none of it.
    pub negated: bool,
}

/// A search as the engine reads it: every group must match, a group when
/// one of its terms does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub groups: Vec<Vec<Needle>>,
}

impl Search {
    /// True for a query with no term (nothing searched).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The terms searched for that were not typed (a traditional term's
    /// simplified form, an English term's Chinese one), for the page to
    /// say what it searched.
    pub fn also_searched(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for n in self.groups.iter().flatten() {
            for t in n.texts.iter().skip(1) {
                if !out.contains(t) {
                    out.push(t.clone());
                }
            }
        }
        out
    }
}

impl Index {
    /// Builds the index of a report.
    pub fn new(report: &Report) -> Self {
        let mut facets: [Values; 4] = Default::default();
        {
            let mut add = |f: Facet, v: &str, i: usize| {
                let values = &mut facets[f.position()];
                // Insert into the lookup order; display order comes later.
                let k = match values.sorted.binary_search_by(|&k| values.names[k as usize].as_str().cmp(v)) {
                    Ok(k) => values.sorted[k] as usize,
                    Err(at) => {
                        values.sorted.insert(at, values.names.len() as u32);
                        values.names.push(v.to_string());
                        values.postings.push(Vec::new());
                        values.names.len() - 1
                    }
                };
                let list = &mut values.postings[k];
                if list.last() != Some(&(i as u32)) {
                    list.push(i as u32);
                }
            };
            for (i, p) in report.paragraphs.iter().enumerate() {
                for t in &p.topics {
                    add(Facet::Topic, t, i);
                }
                for s in &p.speakers {
                    add(Facet::Speaker, &s.id, i);
                }
                for c in &p.articles {
                    add(Facet::Article, &c.article.to_string(), i);
                }
                for id in &p.mentions {
                    add(Facet::Mention, id, i);
                }
            }
        }
        fn name_of<'a>(report: &'a Report, id: &'a str) -> &'a str {
            report.entity(id).map_or(id, |e| e.zh.as_str())
        }
        let topic_rank = |id: &str| report.topics.iter().position(|t| t.id == id).unwrap_or(usize::MAX);
        let kind_of = |id: &str| report.entity(id).map_or(SpeakerKind::Unattributed, |e| e.kind);
        // Display order: topics as the report lists them, speakers by kind
        // then name, articles by number, named entities by name.
        for f in Facet::ALL {
            let values = &mut facets[f.position()];
            let mut entries: Vec<(String, Vec<u32>)> = values.names.drain(..).zip(values.postings.drain(..)).collect();
            match f {
                Facet::Topic => order::sort_by_key(&mut entries, |(v, _)| topic_rank(v)),
                Facet::Speaker => {
                    order::sort_by_key(&mut entries, |(v, _)| (kind_of(v), name_of(report, v).to_string()))
                }
                Facet::Article => order::sort_by_key(&mut entries, |(v, _)| v.parse::<u32>().unwrap_or(0)),
                Facet::Mention => order::sort_by_key(&mut entries, |(v, _)| name_of(report, v).to_string()),
            }
            (values.names, values.postings) = entries.into_iter().unzip();
            let names = &values.names;
            order::sort_by(&mut values.sorted, |&a, &b| names[a as usize].cmp(&names[b as usize]));
        }
        let mut names = Vec::new();
        for e in &report.entities {
            for n in [&e.zh, &e.en, &e.id] {
                if !n.is_empty() {
                    names.push((fold(n), e.id.clone()));
                }
            }
        }
        let position = |id: &str| report.sections.iter().position(|s| s.id == id).map(|k| k as u16);
        let section_chain = report
            .sections
            .iter()
            .map(|s| report.section_path(&s.id).iter().filter_map(|x| position(&x.id)).collect())
            .collect();
        Index {
            n: report.paragraphs.len(),
            facets,
            folded: report.paragraphs.iter().map(|p| fold(&p.text)).collect(),
            names,
            section_of: report.paragraphs.iter().map(|p| position(&p.section)).collect(),
            section_chain,
            lexicon: std::sync::OnceLock::new(),
        }
    }

    /// The same index reading queries with `lexicon` (traditional
    /// characters, terms in both languages).
    pub fn with_lexicon(self, lexicon: Lexicon) -> Self {
        self.add_lexicon(lexicon);
        self
    }

    /// Reads queries with `lexicon` from now on (the first one given stays).
    pub fn add_lexicon(&self, lexicon: Lexicon) {
        let _ = self.lexicon.set(lexicon);
    }

    /// The lexicon queries are read with, if one was given.
    pub fn given_lexicon(&self) -> Option<&Lexicon> {
        self.lexicon.get()
    }

    fn lexicon(&self) -> &Lexicon {
        static NONE: Lexicon = Lexicon::EMPTY;
        self.lexicon.get().unwrap_or(&NONE)
    }

    /// Number of paragraphs.
    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// The values of a facet that occur in the report, in display order.
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.facets[facet.position()].names
    }

    /// The paragraphs (positions) carrying a value.
    pub fn postings(&self, facet: Facet, value: &str) -> &[u32] {
        let values = &self.facets[facet.position()];
        values.find(value).map_or(&[], |k| values.postings[k].as_slice())
    }

    /// Whether a value exists in a facet.
    pub fn knows(&self, facet: Facet, value: &str) -> bool {
        self.facets[facet.position()].find(value).is_some()
    }

    fn union(&self, facet: Facet, values: &[String]) -> Option<Bits> {
        if values.is_empty() {
            return None;
        }
        let mut b = Bits::empty(self.n);
        for v in values {
            for &i in self.postings(facet, v) {
                b.insert(i as usize);
            }
        }
        Some(b)
    }

    /// How the engine reads a query: its terms grouped (see [`syntax`]),
    /// each folded, with the other forms it matches and the entities it
    /// names. Names of several words (`United Kingdom`, `conflict of
    /// interest`) are read as one term.
    pub fn read_search(&self, query: &str) -> Search {
        let known = |s: &str| {
            let f = fold(s);
            self.lexicon().knows(&f) || self.names.iter().any(|(n, _)| *n == f)
        };
        let mut groups = Vec::new();
        for g in syntax::groups(syntax::join_names(syntax::tokens(query), known)) {
            let needles: Vec<Needle> = g.iter().filter_map(|t| self.needle(t)).collect();
            if !needles.is_empty() {
                groups.push(needles);
            }
        }
        Search { groups }
    }

    fn needle(&self, term: &syntax::Term) -> Option<Needle> {
        let typed = fold(&term.text);
        if typed.is_empty() {
            return None;
        }
        let lexicon = self.lexicon();
        let simplified = lexicon.simplified(&typed);
        let mut texts = vec![typed.clone()];
        let mut add = |t: &str| {
            if !texts.iter().any(|x| x == t) {
                texts.push(t.to_string());
            }
        };
        add(&simplified);
        for form in [&typed, &simplified] {
            lexicon.equivalents(form).for_each(&mut add);
        }
        let mut entities: Vec<String> = Vec::new();
        for (name, id) in &self.names {
            if (*name == typed || *name == simplified) && !entities.contains(id) {
                entities.push(id.clone());
            }
        }
        Some(Needle { texts, entities, negated: term.negated })
    }

    /// The paragraphs holding one of a term's forms, or where an entity it
    /// names speaks or is named (before its negation).
    fn holding(&self, n: &Needle) -> Bits {
        let mut b = Bits::empty(self.n);
        for (i, t) in self.folded.iter().enumerate() {
            if n.texts.iter().any(|x| t.contains(x.as_str())) {
                b.insert(i);
            }
        }
        for id in &n.entities {
            for f in [Facet::Speaker, Facet::Mention] {
                for &i in self.postings(f, id) {
                    b.insert(i as usize);
                }
            }
        }
        b
    }

    /// The paragraphs the search gives: those matching every group, a
    /// group matched by one of its terms (a negated term by not holding
    /// it). `None` for an empty search.
    pub fn search(&self, s: &Search) -> Option<Bits> {
        if s.is_empty() {
            return None;
        }
        let mut all = Bits::full(self.n);
        for group in &s.groups {
            let mut any = Bits::empty(self.n);
            for n in group {
                let mut b = self.holding(n);
                if n.negated {
                    b.not();
                }
                any.or(&b);
            }
            all.and(&any);
        }
        Some(all)
    }

    /// The set of each facet's chosen values and of the search.
    fn parts(&self, filter: &Filter, search: &Search) -> Vec<(Option<Facet>, Bits)> {
        let mut parts = Vec::new();
        for f in Facet::ALL {
            if let Some(b) = self.union(f, &filter.values(f)) {
                parts.push((Some(f), b));
            }
        }
        if let Some(b) = self.search(search) {
            parts.push((None, b));
        }
        parts
    }

    fn intersect(&self, parts: &[(Option<Facet>, Bits)], except: Option<Facet>) -> Bits {
        let mut all = Bits::full(self.n);
        for (f, b) in parts {
            if except.is_none() || *f != except {
                all.and(b);
            }
        }
        all
    }

    /// The paragraphs (positions, ascending) the filter gives.
    pub fn hits(&self, filter: &Filter) -> Bits {
        self.intersect(&self.parts(filter, &self.read_search(&filter.query)), None)
    }

    /// Every facet's values with their counts against the filter.
    pub fn counts(&self, filter: &Filter) -> Counts {
        self.counts_of(filter, &self.parts(filter, &self.read_search(&filter.query)))
    }

    /// Hits, counts and the search as read (for highlights) together,
    /// reading the query and searching the text once.
    pub fn results(&self, filter: &Filter) -> (Bits, Counts, Search) {
        let search = self.read_search(&filter.query);
        let parts = self.parts(filter, &search);
        (self.intersect(&parts, None), self.counts_of(filter, &parts), search)
    }

    /// Matching paragraphs per section (by `Report::sections` position),
    /// each counted in its section and every section above it.
    pub fn section_counts(&self, hits: &Bits) -> Vec<usize> {
        let mut counts = vec![0usize; self.section_chain.len()];
        for i in hits.iter() {
            if let Some(s) = self.section_of.get(i).copied().flatten() {
                for &k in &self.section_chain[s as usize] {
                    counts[k as usize] += 1;
                }
            }
        }
        counts
    }

    fn counts_of(&self, filter: &Filter, parts: &[(Option<Facet>, Bits)]) -> Counts {
        Counts(Facet::ALL.map(|f| {
            let base = self.intersect(parts, Some(f));
            let values = &self.facets[f.position()];
            values
                .names
                .iter()
                .zip(&values.postings)
                .map(|(v, postings)| FacetCount {
                    value: v.clone(),
                    count: postings.iter().filter(|&&i| base.contains(i as usize)).count(),
                    selected: filter.has(f, v),
                })
                .collect()
        }))
    }

    /// Paragraph counts per value of `facet` within `within` (for sections,
    /// charts and matrices).
    pub fn count_within(&self, facet: Facet, value: &str, within: &Bits) -> usize {
        self.postings(facet, value).iter().filter(|&&i| within.contains(i as usize)).count()
    }
}

/// Byte ranges of a paragraph's text to highlight for a search: every
/// occurrence of a form of a term searched for (not excluded) in the
/// folded text, mapped back to the source, and every place that names an
/// entity such a term names. Sorted,
/// possibly overlapping; empty for an empty search.
pub fn highlights(p: &Paragraph, search: &Search) -> Vec<(usize, usize)> {
    if search.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let folded = fold_mapped(&p.text);
    let wanted = || search.groups.iter().flatten().filter(|n| !n.negated);
    for needle in wanted().flat_map(|n| &n.texts) {
        let mut from = 0;
        while let Some(i) = folded.text[from..].find(needle.as_str()) {
            let start = from + i;
            if let Some(r) = folded.source_range(start, start + needle.len()) {
                out.push(r);
            }
            from = start + needle.len();
        }
    }
    for s in &p.spans {
        if let SpanKind::Entity { id } = &s.kind {
            if wanted().any(|n| n.entities.contains(id)) {
                out.push((s.start as usize, s.end as usize));
            }
        }
    }
    order::sort_by(&mut out, |a, b| a.cmp(b));
    out
}

/// How a paragraph matches an article, if it does.
pub fn article_match(report: &Report, paragraph: usize, article: u8) -> Option<ArticleMatch> {
    let p = report.paragraphs.get(paragraph)?;
    let mut found = None;
    for c in p.articles.iter().filter(|c| c.article == article) {
        if !c.inherited {
            return Some(ArticleMatch::Explicit);
        }
        found = Some(ArticleMatch::Inherited);
    }
    found
}
