//! The name dictionary: States, groups and organisations, and a
//! leftmost-longest matcher over running Chinese text.
//!
//! Built from the reference tables in `data/reference/` (compiled in).
//! Entries of kind `none` are words that must not match anything (发展中国家
//! contains 中国); because the matcher takes the longest entry at the
//! leftmost position, such a word hides the shorter name inside it.

use crate::model::{Entity, SpeakerKind};
use std::collections::{BTreeMap, HashMap};

const UN_STATES: &str = include_str!("../../../data/reference/un-states.tsv");
const ALIASES: &str = include_str!("../../../data/reference/aliases.tsv");
const PROJECT_ALIASES: &str = include_str!("../../../data/reference/project-aliases.tsv");
const ARTICLES: &str = include_str!("../../../data/reference/uncac-articles.tsv");

/// One name in the dictionary.
#[derive(Debug, Clone)]
struct Entry {
    text: String,
    /// Index into `Dictionary::entities`, or `None` for a blocking word.
    entity: Option<usize>,
}

/// A match of a dictionary name in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Index into [`Dictionary::entities`].
    pub entity: usize,
}

/// Names of States, groups and organisations.
#[derive(Debug, Clone)]
pub struct Dictionary {
    pub entities: Vec<Entity>,
    by_id: HashMap<String, usize>,
    /// Entries by first character, longest first. (Looked up for every
    /// character of the report: an ordered map of chars is faster here
    /// than hashing each one.)
    by_first: BTreeMap<char, Vec<Entry>>,
}

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn kind_of(s: &str) -> Option<SpeakerKind> {
    match s {
        "state" => Some(SpeakerKind::State),
        "regional-organization" => Some(SpeakerKind::RegionalOrganization),
        "group" => Some(SpeakerKind::Group),
        "organization" => Some(SpeakerKind::Organization),
        _ => None,
    }
}

impl Dictionary {
    /// The dictionary of the compiled-in reference tables.
    pub fn builtin() -> Self {
        let mut d = Dictionary { entities: Vec::new(), by_id: HashMap::new(), by_first: BTreeMap::new() };
        for r in rows(UN_STATES) {
            if r.len() < 7 {
                continue;
            }
            let id = d.add_entity(Entity {
                id: r[2].to_string(),
                kind: SpeakerKind::State,
                zh: r[0].to_string(),
                en: r[4].to_string(),
                group: Some(r[5].to_string()),
                m49: r[3].parse().ok(),
            });
            d.add_name(r[0], Some(id));
        }
        for r in rows(ALIASES).chain(rows(PROJECT_ALIASES)) {
            if r.len() < 3 {
                continue;
            }
            let (text, target) = (r[0], r[1]);
            match kind_of(r[2]) {
                None => d.add_name(text, None),
                Some(kind) => {
                    let id = match d.by_id.get(target) {
                        Some(&i) => i,
                        None => d.add_entity(Entity {
                            id: target.to_string(),
                            kind,
                            zh: text.to_string(),
                            en: r.get(3).unwrap_or(&"").to_string(),
                            group: target.strip_prefix("GROUP:").map(str::to_string),
                            m49: None,
                        }),
                    };
                    d.add_name(text, Some(id));
                }
            }
        }
        for list in d.by_first.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.text.len()));
        }
        d
    }

    fn add_entity(&mut self, e: Entity) -> usize {
        let i = self.entities.len();
        self.by_id.insert(e.id.clone(), i);
        self.entities.push(e);
        i
    }

    fn add_name(&mut self, text: &str, entity: Option<usize>) {
        if let Some(c) = text.chars().next() {
            self.by_first.entry(c).or_default().push(Entry { text: text.to_string(), entity });
        }
    }

    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// The longest entry starting at byte `at` of `text`, with the byte
    /// length it covers there.
    fn longest_at(&self, text: &str, at: usize) -> Option<(usize, Option<usize>)> {
        let c = text[at..].chars().next()?;
        let list = self.by_first.get(&c)?;
        list.iter().find_map(|e| covers(&text[at..], &e.text).map(|len| (len, e.entity)))
    }

    /// All names in `text`, leftmost-longest, without overlaps; blocking
    /// words are consumed and not reported.
    pub fn find_all(&self, text: &str) -> Vec<Match> {
        let mut out = Vec::new();
        let mut at = 0;
        while at < text.len() {
            match self.longest_at(text, at) {
                Some((len, entity)) => {
                    if let Some(entity) = entity {
                        out.push(Match { start: at, end: at + len, entity });
                    }
                    at += len;
                }
                None => at += text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    /// The entity whose name is exactly `name`.
    pub fn resolve_exact(&self, name: &str) -> Option<usize> {
        match self.longest_at(name, 0) {
            Some((len, Some(e))) if len == name.len() => Some(e),
            _ => None,
        }
    }
}

/// Name separators inside transliterated names (拉乌尔·沃伦贝格), which
/// the tables write without.
fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '‧' | '•' | '・')
}

/// The byte length of `text`'s prefix that spells `name`, skipping name
/// separators in `text`.
fn covers(text: &str, name: &str) -> Option<usize> {
    let mut t = text.char_indices().peekable();
    for n in name.chars() {
        loop {
            let (_, c) = t.next()?;
            if c == n {
                break;
            }
            if !is_name_dot(c) {
                return None;
            }
        }
    }
    Some(t.peek().map_or(text.len(), |&(i, _)| i))
}

/// The Convention's articles from `uncac-articles.tsv`.
pub fn articles() -> Vec<crate::model::ArticleInfo> {
    rows(ARTICLES)
        .filter(|r| r.len() >= 4)
        .filter_map(|r| {
            Some(crate::model::ArticleInfo {
                article: r[0].parse().ok()?,
                chapter: r[1].to_string(),
                en: r[2].to_string(),
                zh: r[3].to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(d: &Dictionary, text: &str) -> Vec<String> {
        d.find_all(text).iter().map(|m| d.entities[m.entity].id.clone()).collect()
    }

    #[test]
    fn a_name_inside_a_longer_word_is_not_a_mention() {
        let d = Dictionary::builtin();
        assert!(ids(&d, "特别是在发展中国家提供技术援助").is_empty());
        assert_eq!(ids(&d, "印度、印度尼西亚"), ["IND", "IDN"]);
        assert_eq!(ids(&d, "良好做法国际观察站"), Vec::<String>::new());
        assert_eq!(ids(&d, "一名来自中国的讨论小组成员"), ["CHN"]);
    }

    #[test]
    fn aliases_and_organisations_resolve() {
        let d = Dictionary::builtin();
        assert_eq!(ids(&d, "多米尼加共和国"), ["DOM"]);
        assert_eq!(ids(&d, "欧洲联盟代表"), ["EU"]);
        assert_eq!(ids(&d, "欧洲委员会反腐败国家集团的一名代表"), ["ORG:GRECO"]);
        assert_eq!(ids(&d, "研究所拉乌尔·沃伦贝格人权和人道主义法研究所派"), ["ORG:RWI"]);
        assert_eq!(d.entities.iter().filter(|e| e.kind == SpeakerKind::State).count(), 195);
    }
}
