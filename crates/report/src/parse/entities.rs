//! The name dictionary: States, groups and organisations, and a
//! leftmost-longest matcher over running Chinese text.
//!
//! Built from the reference tables in `data/reference/` (compiled in).
//! Entries of kind `none` are words that must not match anything (发展中国家
//! contains 中国); because the matcher takes the longest entry at the
//! leftmost position, such a word hides the shorter name inside it.
//!
//! A name is a mention only where it is a word of its own: [`Dictionary::mentions`]
//! segments the text into words (jieba, with every dictionary name added as
//! a word) and keeps the matches that start and end at word boundaries, so
//! 加纳 inside 增加纳入 or 印度 inside 印度洋 is not a State, whatever the
//! longer word is. [`Dictionary::split_list`] reads a list of names
//! (`A、B和C`, `B以及C`) by tiling it with whole names, so names that
//! contain 和 or 及 come out whole.

use crate::model::{Entity, SpeakerKind, Special};
use jieba_rs::Jieba;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

const UN_STATES: &str = include_str!("../../../../data/reference/un-states.tsv");
const ALIASES: &str = include_str!("../../../../data/reference/aliases.tsv");
const PROJECT_ALIASES: &str = include_str!("../../../../data/reference/project-aliases.tsv");
const ARTICLES: &str = include_str!("../../../../data/reference/uncac-articles.tsv");
const BODIES: &str = include_str!("../../../../data/reference/bodies.tsv");

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
    /// Word segmentation with every name as a word.
    words: Arc<Jieba>,
}

/// Words that join the last two names of a list.
const CONNECTORS: &[&str] = &["以及", "和", "及", "与"];

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn kind_of(s: &str) -> Option<SpeakerKind> {
    match s {
        "state" => Some(SpeakerKind::State),
        "regional-organization" => Some(SpeakerKind::RegionalOrganization),
        "group" => Some(SpeakerKind::Group),
        "organization" => Some(SpeakerKind::Organization),
        _ => Special::of(s).filter(|&sp| sp != Special::Unattributed).map(Special::kind),
    }
}

impl Dictionary {
    /// The dictionary of the compiled-in reference tables.
    pub fn builtin() -> Self {
        let mut d = Dictionary {
            entities: Vec::new(),
            by_id: HashMap::new(),
            by_first: BTreeMap::new(),
            words: Arc::new(Jieba::empty()),
        };
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
        d.add_entity(Entity {
            id: UNATTRIBUTED.into(),
            kind: SpeakerKind::Unattributed,
            zh: "未具名发言者".into(),
            en: "Unattributed speakers".into(),
            group: None,
            m49: None,
        });
        for list in d.by_first.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.text.len()));
        }
        let mut words = Jieba::new();
        for e in d.by_first.values().flatten() {
            if !words.has_word(&e.text) {
                let freq = words.suggest_freq(&e.text);
                words.add_word(&e.text, Some(freq), None);
            }
        }
        d.words = Arc::new(words);
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

    /// The names in `text` that are words of their own there: the
    /// matches of [`Dictionary::find_all`] that start and end where the
    /// text's words do.
    pub fn mentions(&self, text: &str) -> Vec<Match> {
        let found = self.find_all(text);
        if found.is_empty() {
            return found;
        }
        let mut bounds: Vec<usize> = vec![0];
        bounds.extend(self.words.cut(text, true).iter().map(|t| t.byte_end));
        found
            .into_iter()
            .filter(|m| bounds.binary_search(&m.start).is_ok() && bounds.binary_search(&m.end).is_ok())
            .collect()
    }

    /// Reads one item of a list (`津巴布韦和特立尼达和多巴哥`,
    /// `刚果以及刚果民主共和国`) as whole names joined by 和, 以及, 及 or 与:
    /// the tiling with the fewest names, each an entity. `None` when the
    /// item cannot be read that way; byte offsets are within `item`.
    pub fn split_list(&self, item: &str) -> Option<Vec<Match>> {
        // best[i]: the fewest names tiling item[..i], with the last one.
        let mut best: Vec<Option<(usize, Match)>> = vec![None; item.len() + 1];
        let mut reach = vec![false; item.len() + 1];
        reach[0] = true;
        let mut count = vec![0usize; item.len() + 1];
        for at in 0..item.len() {
            if !reach[at] || !item.is_char_boundary(at) {
                continue;
            }
            // After a name, a connector may come before the next.
            // (A list's last item may also start with one: `、以及C`.)
            let mut starts: Vec<usize> =
                CONNECTORS.iter().filter(|c| item[at..].starts_with(**c)).map(|c| at + c.len()).collect();
            if at == 0 {
                starts.push(0);
            }
            for start in starts {
                let Some(c) = item[start..].chars().next() else { continue };
                for e in self.by_first.get(&c).into_iter().flatten() {
                    let (Some(len), Some(entity)) = (covers(&item[start..], &e.text), e.entity) else { continue };
                    let end = start + len;
                    let n = count[at] + 1;
                    if !reach[end] || n < count[end] {
                        reach[end] = true;
                        count[end] = n;
                        best[end] = Some((at, Match { start, end, entity }));
                    }
                }
            }
        }
        let mut out = Vec::new();
        let mut at = item.len();
        while at > 0 {
            let (prev, m) = best[at]?;
            out.push(m);
            at = prev;
        }
        out.reverse();
        (!out.is_empty()).then_some(out)
    }

    /// The entity whose name is exactly `name`.
    pub fn resolve_exact(&self, name: &str) -> Option<usize> {
        match self.longest_at(name, 0) {
            Some((len, Some(e))) if len == name.len() => Some(e),
            _ => None,
        }
    }
}

/// The id of the Chair, the Secretariat and speakers the report does not
/// name (`一名发言者`).
pub const CHAIR: &str = Special::Chair.id();
pub const SECRETARIAT: &str = Special::Secretariat.id();
pub const UNATTRIBUTED: &str = Special::Unattributed.id();

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

/// The Chinese names of the bodies in `bodies.tsv`.
pub fn body_names() -> Vec<&'static str> {
    rows(BODIES).filter_map(|r| r.first().copied()).collect()
}

/// The body a report's title names (`bodies.tsv`): the longest name the
/// title contains.
pub fn body_of(title: &str) -> Option<crate::model::Body> {
    let squeezed: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    rows(BODIES).filter(|r| r.len() >= 5 && squeezed.contains(r[0])).max_by_key(|r| r[0].len()).map(|r| {
        crate::model::Body {
            id: r[1].into(),
            zh: r[0].into(),
            en: r[2].into(),
            short_en: r[3].into(),
            short_zh: r[4].into(),
        }
    })
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
    fn a_name_is_a_mention_only_as_a_word_of_its_own() {
        let d = Dictionary::builtin();
        let mentions = |t: &str| d.mentions(t).iter().map(|m| d.entities[m.entity].id.clone()).collect::<Vec<_>>();
        // Longer words no table lists: 加纳 (Ghana) in 增加纳入, 印度 in
        // 印度洋, 美国 in 北美国家, 乍得 in 乍得湖, 法国 in 做法国际.
        assert!(mentions("各国增加纳入课程的内容").is_empty());
        assert!(mentions("印度洋沿岸国家").is_empty());
        assert!(mentions("北美国家和南美国家").is_empty());
        assert!(mentions("乍得湖流域").is_empty());
        assert!(mentions("良好做法国际观察站").is_empty());
        assert_eq!(mentions("加纳代表指出"), ["GHA"]);
        assert_eq!(mentions("印度和印度尼西亚代表"), ["IND", "IDN"]);
        assert_eq!(mentions("德国国际合作机构"), ["ORG:GIZ"]);
        assert_eq!(mentions("在卡塔尔国的协助下"), ["QAT"]);
        assert_eq!(mentions("主席回顾了；副主席"), ["chair"]);
    }

    #[test]
    fn lists_are_read_with_whole_names() {
        let d = Dictionary::builtin();
        let split =
            |t: &str| d.split_list(t).map(|ms| ms.iter().map(|m| d.entities[m.entity].id.clone()).collect::<Vec<_>>());
        assert_eq!(split("津巴布韦和特立尼达和多巴哥").unwrap(), ["ZWE", "TTO"]);
        assert_eq!(split("特立尼达和多巴哥").unwrap(), ["TTO"]);
        assert_eq!(split("波斯尼亚和黑塞哥维那以及安提瓜和巴布达").unwrap(), ["BIH", "ATG"]);
        assert_eq!(split("圣多美和普林西比和圣基茨和尼维斯").unwrap(), ["STP", "KNA"]);
        assert_eq!(split("圣文森特和格林纳丁斯").unwrap(), ["VCT"]);
        assert_eq!(split("刚果和刚果民主共和国").unwrap(), ["COG", "COD"]);
        assert_eq!(split("刚果民主共和国及刚果").unwrap(), ["COD", "COG"]);
        assert_eq!(split("以及大不列颠及北爱尔兰联合王国").unwrap(), ["GBR"]);
        assert_eq!(
            split("关于常规武器和两用物品及技术出口控制的瓦森纳安排以及世界海关组织").unwrap(),
            ["ORG:WA", "ORG:WCO"]
        );
        assert!(split("津巴布韦和某个未知国").is_none());
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
