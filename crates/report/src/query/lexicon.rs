//! What a search term also means: its simplified form when it is typed in
//! traditional characters (`腐敗` → `腐败`), and the Convention's term in
//! the other language (`conflict of interest` ↔ `利益冲突`).
//!
//! A [`Lexicon`] is made at build time for the texts of a site's reports
//! ([`Lexicon::for_texts`], feature `parse`): the traditional characters
//! come from OpenCC's conversion tables (the `ferrous-opencc` crate), kept
//! only for characters whose simplified form the texts hold; the terms
//! from `data/reference/glossary.tsv` and the article titles of
//! `uncac-articles.tsv`, each term leading only to the equivalents the
//! texts hold. The page fetches it (`lexicon.txt`, written by the build:
//! `site::publish`) when a search is first typed or the address holds
//! one, so it carries only what its reports need and only when it
//! searches.

/// The name of the lexicon's file beside the page.
pub const FILE: &str = "lexicon.txt";

/// Traditional characters and terms in both languages, for the texts it was
/// made for. Its keys are folded ([`crate::text::fold::fold`]). Two plain strings:
/// its file ([`Lexicon::to_text`]) is their lines, read with nothing but
/// string code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    /// Pairs of characters, each a traditional (or variant) one then its
    /// simplified form.
    chars: String,
    /// One line a term: the folded term, then each folded equivalent, all
    /// separated by tabs.
    terms: String,
}

impl Lexicon {
    /// The lexicon that knows nothing.
    pub const EMPTY: Lexicon = Lexicon { chars: String::new(), terms: String::new() };

    /// `text` with each traditional character the lexicon knows replaced by
    /// its simplified form.
    pub fn simplified(&self, text: &str) -> String {
        text.chars().map(|c| self.simplified_char(c).unwrap_or(c)).collect()
    }

    fn simplified_char(&self, c: char) -> Option<char> {
        let mut it = self.chars.chars();
        while let (Some(t), Some(s)) = (it.next(), it.next()) {
            if t == c {
                return Some(s);
            }
        }
        None
    }

    /// The terms that mean what the folded `term` means, in the other
    /// language; none when it is no term the lexicon knows.
    pub fn equivalents<'a>(&'a self, term: &str) -> impl Iterator<Item = &'a str> + 'a {
        let line = self.terms.lines().find(|l| l.split('\t').next() == Some(term));
        line.into_iter().flat_map(|l| l.split('\t').skip(1))
    }

    /// Whether the folded `term` is one the lexicon knows (for reading a
    /// name of several words as one term).
    pub fn knows(&self, term: &str) -> bool {
        self.equivalents(term).next().is_some()
    }

    /// Its file: the pairs of characters on the first line, then a line a
    /// term.
    pub fn to_text(&self) -> String {
        format!("{}\n{}", self.chars, self.terms)
    }

    /// Reads what [`Lexicon::to_text`] wrote. Anything else gives a lexicon
    /// that knows less, never an error: a line that is no term is none.
    pub fn from_text(text: &str) -> Lexicon {
        let (chars, terms) = text.split_once('\n').unwrap_or((text, ""));
        Lexicon { chars: chars.to_string(), terms: terms.to_string() }
    }

    /// How many characters and terms it holds.
    pub fn size(&self) -> (usize, usize) {
        (self.chars.chars().count() / 2, self.terms.lines().count())
    }
}

#[cfg(feature = "parse")]
mod build {
    use super::Lexicon;
    use crate::text::fold::{fold, is_cjk};
    use ferrous_opencc::{config::BuiltinConfig, OpenCC};
    use std::collections::{BTreeMap, BTreeSet};

    const GLOSSARY: &str = include_str!("../../../../data/reference/glossary.tsv");
    const ARTICLES: &str = include_str!("../../../../data/reference/uncac-articles.tsv");

    /// The ideographs a traditional character can be among.
    const IDEOGRAPHS: [std::ops::RangeInclusive<u32>; 3] = [0x3400..=0x4DBF, 0x4E00..=0x9FFF, 0xF900..=0xFAFF];

    /// English–Chinese pairs: the glossary's rows and the articles' titles.
    fn pairs() -> impl Iterator<Item = (&'static str, &'static str)> {
        let rows = |tsv: &'static str| tsv.lines().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.split('\t'));
        let glossary = rows(GLOSSARY).filter_map(|mut c| Some((c.next()?, c.next()?)));
        let articles = rows(ARTICLES).filter_map(|c| {
            let c: Vec<&str> = c.collect();
            Some((*c.get(2)?, *c.get(3)?))
        });
        glossary.chain(articles)
    }

    impl Lexicon {
        /// The lexicon of a site whose searchable texts are `texts`.
        pub fn for_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Lexicon {
            let folded: Vec<String> = texts.into_iter().map(fold).collect();
            let used: BTreeSet<char> = folded.iter().flat_map(|t| t.chars()).filter(|&c| is_cjk(c)).collect();
            Lexicon { chars: traditional(&used), terms: terms(&folded) }
        }
    }

    /// Pairs of a traditional character the texts do not hold and the
    /// simplified one they hold that OpenCC turns it into (Taiwan's and
    /// Hong Kong's variant forms too).
    fn traditional(used: &BTreeSet<char>) -> String {
        let converters: Vec<OpenCC> = [BuiltinConfig::T2s, BuiltinConfig::Tw2s, BuiltinConfig::Hk2s]
            .into_iter()
            .filter_map(|c| OpenCC::from_config(c).ok())
            .collect();
        let mut out = String::new();
        let mut buf = [0u8; 4];
        for c in IDEOGRAPHS.into_iter().flatten().filter_map(char::from_u32) {
            if used.contains(&c) {
                continue;
            }
            let found = converters.iter().find_map(|cc| {
                let s = cc.convert(c.encode_utf8(&mut buf));
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(s), None) if s != c && used.contains(&s) => Some(s),
                    _ => None,
                }
            });
            if let Some(s) = found {
                out.push(c);
                out.push(s);
            }
        }
        out
    }

    /// Each term of a pair with its equivalents in the other language that
    /// the texts hold (so a term is expanded only into words that can be
    /// found), a line each.
    fn terms(folded: &[String]) -> String {
        let occurs = |t: &str| folded.iter().any(|p| p.contains(t));
        let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (en, zh) in pairs() {
            let (en, zh) = (fold(en), fold(zh));
            if en.is_empty() || zh.is_empty() {
                continue;
            }
            for (from, to) in [(&en, &zh), (&zh, &en)] {
                if occurs(to) {
                    map.entry(from.clone()).or_default().insert(to.clone());
                }
            }
        }
        let mut out = String::new();
        for (term, equivalents) in map {
            out.push_str(&term);
            for e in equivalents {
                out.push('\t');
                out.push_str(&e);
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(all(test, feature = "parse"))]
mod tests {
    use super::*;

    #[test]
    fn traditional_characters_map_to_the_simplified_ones_the_texts_hold() {
        let lex = Lexicon::for_texts(["预防腐败和利益冲突", "台湾的法律里"]);
        assert_eq!(lex.simplified("腐敗"), "腐败");
        assert_eq!(lex.simplified("預防"), "预防");
        assert_eq!(lex.simplified("利益衝突"), "利益冲突");
        // Mixed, and characters of no table, stay as they are.
        assert_eq!(lex.simplified("預防腐败 abc"), "预防腐败 abc");
        // Taiwan's variant forms.
        assert_eq!(lex.simplified("臺灣"), "台湾");
        assert_eq!(lex.simplified("裡"), "里");
        // Only what the texts need: 國 (国) is not in them.
        assert_eq!(lex.simplified("國"), "國");
        // A character the texts hold is never replaced.
        assert_eq!(lex.simplified("台"), "台");
    }

    #[test]
    fn terms_in_both_languages_for_what_the_texts_hold() {
        let lex = Lexicon::for_texts(["防止利益冲突", "保护举报人", "预防性反腐败政策和做法", "(Public sector)"]);
        let eq = |t: &str| lex.equivalents(t).collect::<Vec<_>>();
        assert_eq!(eq("conflict of interest"), ["利益冲突"]);
        assert_eq!(eq("whistle-blower"), ["举报人"]);
        assert_eq!(eq("reporting persons"), ["举报人"]);
        // An article title, either way, when the texts hold the other side.
        assert_eq!(eq("preventive anti-corruption policies and practices"), ["预防性反腐败政策和做法"]);
        assert_eq!(eq("公共部门"), ["public sector"]);
        // Never into a term the texts do not hold.
        assert!(eq("利益冲突").is_empty());
        assert!(eq("money-laundering").is_empty());
        assert!(lex.knows("whistle-blower") && !lex.knows("whistle"));
        // Its file reads back as itself.
        assert_eq!(Lexicon::from_text(&lex.to_text()), lex);
        assert_eq!(Lexicon::from_text("").size(), (0, 0));
        assert_eq!(Lexicon::from_text("敗").simplified("敗"), "敗");
    }
}
