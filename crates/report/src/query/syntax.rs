//! The search box's query language, read into terms before anything is
//! folded or looked up.
//!
//! - words separated by spaces must all be in a paragraph (AND);
//! - `"a quoted phrase"` is one term, its spaces kept;
//! - `-word` or `-"a phrase"` asks for paragraphs without it;
//! - `OR` (upper case, as search engines write it) or `|` between two
//!   terms asks for either; it binds tighter than the spaces between
//!   terms, so `a b OR c` is a AND (b OR c).
//!
//! A space between a digit and a CJK character is the PDF's spacing, not a
//! separator: `第 90 段` is one word, as folding reads it.
//!
//! Nothing fails: an unclosed quote runs to the end, a lone `-` or an `OR`
//! with nothing on one side is ignored, and a query of only such pieces
//! has no terms (no search). Full-width quotes, minus signs and bars
//! (`＂`, `－`, `｜`), and the curly quotes of Chinese input methods count as
//! theirs.

use crate::text::fold::is_cjk;

/// One term as typed: a word or a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The text of the term, unfolded (a phrase without its quotes).
    pub text: String,
    /// `-term`: the paragraph must not hold it.
    pub negated: bool,
    /// Written in quotes: never merged with its neighbours.
    pub quoted: bool,
}

/// A piece of the query in order: a term, or the `OR` between two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Term(Term),
    Or,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\u{FF02}' | '\u{201C}' | '\u{201D}' | '\u{300C}' | '\u{300D}')
}

fn is_minus(c: char) -> bool {
    matches!(c, '-' | '\u{FF0D}' | '\u{2212}')
}

fn is_bar(c: char) -> bool {
    matches!(c, '|' | '\u{FF5C}')
}

/// Whether white space between `a` and `b` is the PDF's spacing inside one
/// expression (`第 90 段`, `2017 年`) rather than between two words: a
/// digit beside a CJK character.
fn joins(a: char, b: char) -> bool {
    (is_cjk(a) && b.is_ascii_digit()) || (a.is_ascii_digit() && is_cjk(b))
}

/// The query's pieces in order. A word is a run of characters up to white
/// space (but for the space between a digit and a CJK character), a quote
/// or a bar. A phrase's inner spaces are kept as typed (folding makes one
/// of each run).
pub fn tokens(query: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = query;
    loop {
        rest = rest.trim_start();
        let Some(c) = rest.chars().next() else { break };
        if is_bar(c) {
            rest = &rest[c.len_utf8()..];
            out.push(Token::Or);
            continue;
        }
        let negated = is_minus(c);
        if negated {
            rest = &rest[c.len_utf8()..];
            // A lone `-` (or one before a space or a bar) is no term.
            if rest.chars().next().is_none_or(|n| n.is_whitespace() || is_bar(n)) {
                continue;
            }
        }
        let (text, quoted, len) = match rest.chars().next() {
            Some(q) if is_quote(q) => {
                let inner = &rest[q.len_utf8()..];
                let end = inner.find(is_quote).unwrap_or(inner.len());
                let close = inner[end..].chars().next().map_or(0, char::len_utf8);
                (inner[..end].trim().to_string(), true, q.len_utf8() + end + close)
            }
            _ => word(rest),
        };
        rest = &rest[len..];
        if !quoted && !negated && text == "OR" {
            out.push(Token::Or);
        } else if !text.is_empty() {
            out.push(Token::Term(Term { text, negated, quoted }));
        }
    }
    out
}

/// The word `rest` starts with, without the spaces it joins across, and
/// the bytes it takes.
fn word(rest: &str) -> (String, bool, usize) {
    let mut text = String::new();
    let mut len = 0;
    let mut prev = None;
    let mut space = None;
    for (at, c) in rest.char_indices() {
        if c.is_whitespace() {
            space.get_or_insert(at);
            continue;
        }
        if is_quote(c) || is_bar(c) {
            break;
        }
        if let Some(at) = space.take() {
            if !prev.is_some_and(|p| joins(p, c)) {
                len = at;
                return (text, false, len);
            }
        }
        text.push(c);
        prev = Some(c);
        len = at + c.len_utf8();
    }
    (text, false, len)
}

/// Joins runs of plain words (not quoted, not negated, no `OR` between)
/// that together form a name `known` accepts (`United Kingdom`,
/// `conflict of interest`) into one term, longest first, so such a name
/// is read as one thing, as if quoted.
pub fn join_names(tokens: Vec<Token>, known: impl Fn(&str) -> bool) -> Vec<Token> {
    fn plain(t: Option<&Token>) -> Option<&str> {
        match t {
            Some(Token::Term(t)) if !t.negated && !t.quoted => Some(&t.text),
            _ => None,
        }
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let mut name = String::new();
        let mut found = None;
        let mut j = i;
        while let Some(w) = plain(tokens.get(j)) {
            if j > i {
                name.push(' ');
            }
            name.push_str(w);
            j += 1;
            if j - i > 1 && known(&name) {
                found = Some((j, name.clone()));
            }
        }
        match found {
            Some((end, text)) => {
                out.push(Token::Term(Term { text, negated: false, quoted: true }));
                i = end;
            }
            None => {
                out.push(tokens[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// The terms grouped for matching: every group must match (AND), a group
/// matches when one of its terms does (OR). `OR` with nothing on one side
/// is dropped.
pub fn groups(tokens: Vec<Token>) -> Vec<Vec<Term>> {
    let mut out: Vec<Vec<Term>> = Vec::new();
    let mut joined = false;
    for t in tokens {
        match t {
            Token::Or => joined = !out.is_empty(),
            Token::Term(term) => {
                match out.last_mut() {
                    Some(last) if joined => last.push(term),
                    _ => out.push(vec![term]),
                }
                joined = false;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(q: &str) -> Vec<Vec<(String, bool)>> {
        groups(tokens(q)).into_iter().map(|g| g.into_iter().map(|t| (t.text, t.negated)).collect()).collect()
    }

    fn w(s: &str) -> (String, bool) {
        (s.to_string(), false)
    }

    fn not(s: &str) -> (String, bool) {
        (s.to_string(), true)
    }

    #[test]
    fn words_phrases_exclusions_and_either() {
        assert_eq!(read("教育 廉正"), vec![vec![w("教育")], vec![w("廉正")]]);
        assert_eq!(read("  教育\u{3000}廉正 "), vec![vec![w("教育")], vec![w("廉正")]]);
        assert_eq!(read("刑事司法 -教育"), vec![vec![w("刑事司法")], vec![not("教育")]]);
        assert_eq!(read("举报人 OR 利益冲突"), vec![vec![w("举报人"), w("利益冲突")]]);
        assert_eq!(read("举报人|利益冲突"), vec![vec![w("举报人"), w("利益冲突")]]);
        assert_eq!(read("举报人 ｜ 利益冲突"), vec![vec![w("举报人"), w("利益冲突")]]);
        assert_eq!(read("\"中小学和大学\""), vec![vec![w("中小学和大学")]]);
        assert_eq!(read("“中小学 和 大学”"), vec![vec![w("中小学 和 大学")]]);
        assert_eq!(read("\"a  b\"c"), vec![vec![w("a  b")], vec![w("c")]]);
        assert_eq!(read("a b OR c d"), vec![vec![w("a")], vec![w("b"), w("c")], vec![w("d")]]);
        assert_eq!(read("-\"asset declaration\" x"), vec![vec![not("asset declaration")], vec![w("x")]]);
        assert_eq!(read("－教育"), vec![vec![not("教育")]]);
        // Lower-case `or` is a word, as in "conflict or interest".
        assert_eq!(read("a or b"), vec![vec![w("a")], vec![w("or")], vec![w("b")]]);
        // A minus inside a word is part of it.
        assert_eq!(read("anti-corruption whistle-blower"), vec![vec![w("anti-corruption")], vec![w("whistle-blower")]]);
        // The PDF's spaces between digits and CJK characters stay inside a word.
        assert_eq!(read("第 90 段"), vec![vec![w("第90段")]]);
        assert_eq!(read("2017 年 8 月  教育"), vec![vec![w("2017年8月")], vec![w("教育")]]);
        assert_eq!(read("China 教育 90"), vec![vec![w("China")], vec![w("教育90")]]);
    }

    #[test]
    fn what_cannot_be_parsed_is_read_forgivingly() {
        assert_eq!(read("\"unclosed phrase"), vec![vec![w("unclosed phrase")]]);
        assert_eq!(read("-"), Vec::<Vec<(String, bool)>>::new());
        assert_eq!(read("教育 -"), vec![vec![w("教育")]]);
        assert_eq!(read("- 教育"), vec![vec![w("教育")]]);
        assert_eq!(read("OR"), Vec::<Vec<(String, bool)>>::new());
        assert_eq!(read("OR 教育 OR"), vec![vec![w("教育")]]);
        assert_eq!(read("教育 OR OR 廉正"), vec![vec![w("教育"), w("廉正")]]);
        assert_eq!(read("\"\" \"  \" |"), Vec::<Vec<(String, bool)>>::new());
        assert_eq!(read("--教育"), vec![vec![not("-教育")]]);
        assert_eq!(read("-OR"), vec![vec![not("OR")]]);
    }

    #[test]
    fn names_of_several_words_are_read_as_one() {
        let known = |s: &str| ["united kingdom", "conflict of interest"].contains(&s.to_lowercase().as_str());
        let read = |q: &str| -> Vec<Vec<String>> {
            groups(join_names(tokens(q), known)).into_iter().map(|g| g.into_iter().map(|t| t.text).collect()).collect()
        };
        assert_eq!(read("United Kingdom"), vec![vec!["United Kingdom"]]);
        assert_eq!(read("conflict of interest OR 举报人"), vec![vec!["conflict of interest", "举报人"]]);
        assert_eq!(
            read("the conflict of interest rules"),
            vec![vec!["the"], vec!["conflict of interest"], vec!["rules"]]
        );
        // Quoted or negated words are not joined.
        assert_eq!(read("conflict \"of\" interest"), vec![vec!["conflict"], vec!["of"], vec!["interest"]]);
        assert_eq!(read("United -Kingdom"), vec![vec!["United"], vec!["Kingdom"]]);
    }
}
