//! Search folding: the one rule that makes a query and a paragraph's text
//! comparable.
//!
//! Both sides are folded the same way: letters lowercased (by Unicode's
//! tables natively; in the page by the browser's, see [`Unicode`]);
//! full-width forms of ASCII (`２０１７`, `ＣＨＮ`, `（`) and the ideographic
//! space to their ASCII forms; curly quotes to straight ones; every run
//! of white space to one space; and no space at all between a CJK
//! character and a digit or Latin letter, which the PDF's text puts there
//! (`第 90 段`) and a reader does not type (`第90段`). [`fold_mapped`] also says where each
//! folded byte came from, so a match in folded text can be highlighted in
//! the original.

/// A CJK character: ideographs, kana, hangul, and CJK or full-width
/// punctuation (what the PDF separates from digits with a space).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}'   // radicals
        | '\u{3000}'..='\u{303F}' // CJK symbols and punctuation
        | '\u{3040}'..='\u{30FF}' // kana
        | '\u{3100}'..='\u{31FF}' // bopomofo, kana extensions
        | '\u{3200}'..='\u{33FF}' // enclosed (㈠) and compatibility
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' // hangul
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}' // CJK compatibility forms
        | '\u{FF5F}'..='\u{FFEF}' // half-width CJK forms
        | '\u{20000}'..='\u{2FFFF}')
}

/// A digit or letter of a non-CJK script.
fn is_word(c: char, unicode: &Unicode) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !is_cjk(c) && (unicode.is_alphanumeric)(c)
    }
}

/// One character with its width and case differences removed (before
/// lowercasing).
fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        c => c,
    }
}

/// What folding asks of Unicode about a character that is neither ASCII
/// nor CJK: its lower case (each of its characters given to `push`), and
/// whether it is a letter or digit.
#[derive(Debug, Clone, Copy)]
pub struct Unicode {
    pub lower: fn(char, &mut dyn FnMut(char)),
    pub is_alphanumeric: fn(char) -> bool,
}

/// Unicode's own tables (`char::to_lowercase`, `char::is_alphanumeric`).
#[cfg(feature = "unicode-tables")]
fn unicode() -> Unicode {
    Unicode { lower: |c, push| c.to_lowercase().for_each(push), is_alphanumeric: char::is_alphanumeric }
}

/// Without Unicode's tables (the page, where they would weigh 9 kB gzip):
/// what [`set_unicode`] was given (the browser's), else ASCII's rules.
#[cfg(not(feature = "unicode-tables"))]
fn unicode() -> Unicode {
    UNICODE
        .get()
        .copied()
        .unwrap_or(Unicode { lower: |c, push| push(c), is_alphanumeric: |c| c.is_ascii_alphanumeric() })
}

#[cfg(not(feature = "unicode-tables"))]
static UNICODE: std::sync::OnceLock<Unicode> = std::sync::OnceLock::new();

/// Gives folding its answers for characters beyond ASCII and CJK, before
/// anything is folded, where it is built without Unicode's tables (the
/// feature `unicode-tables`), as the page is. With the tables, they answer.
pub fn set_unicode(answers: Unicode) {
    #[cfg(not(feature = "unicode-tables"))]
    let _ = UNICODE.set(answers);
    #[cfg(feature = "unicode-tables")]
    let _ = answers;
}

/// Folds `text` for searching (see the module documentation).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out, &mut |_, _| {});
    out
}

/// A folded text with, for each of its bytes, the byte range of the
/// source character it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// `origin[i]` is the source range behind folded byte `i`.
    pub origin: Vec<(u32, u32)>,
}

impl Folded {
    /// The source byte range behind the folded range `start..end`.
    pub fn source_range(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.origin.get(start)?;
        let last = self.origin.get(end.checked_sub(1)?)?;
        Some((first.0 as usize, last.1 as usize))
    }
}

/// Folds `text` and keeps where each folded byte came from.
pub fn fold_mapped(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    fold_into(text, &mut out, &mut |len, range| {
        origin.extend(std::iter::repeat_n(range, len));
    });
    Folded { text: out, origin }
}

/// The folding loop; `mark(bytes, source range)` is told of every piece
/// written to `out`.
fn fold_into(text: &str, out: &mut String, mark: &mut dyn FnMut(usize, (u32, u32))) {
    // A space seen but not yet written: whether it is kept depends on the
    // next character.
    let mut pending: Option<(u32, u32)> = None;
    let mut prev: Option<char> = None;
    let unicode = unicode();
    for (at, c) in text.char_indices() {
        let range = (at as u32, (at + c.len_utf8()) as u32);
        let c = narrow(c);
        if c.is_whitespace() {
            pending = Some(pending.map_or(range, |p| (p.0, range.1)));
            continue;
        }
        if let (Some(space), Some(p)) = (pending.take(), prev) {
            let joins = (is_cjk(p) && is_word(c, &unicode)) || (is_word(p, &unicode) && is_cjk(c));
            if !joins {
                out.push(' ');
                mark(1, space);
            }
        }
        if c.is_ascii() || is_cjk(c) {
            out.push(c.to_ascii_lowercase());
            mark(c.len_utf8(), range);
        } else {
            (unicode.lower)(c, &mut |l| {
                out.push(l);
                mark(l.len_utf8(), range);
            });
        }
        prev = Some(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_between_cjk_and_digits_or_latin_go() {
        assert_eq!(fold("第 90 段"), "第90段");
        assert_eq!(fold("2017 年 8 月"), "2017年8月");
        assert_eq!(fold("Alexander  Konovalov（俄罗斯"), "alexander konovalov(俄罗斯");
        assert_eq!(fold(" 反腐败  教育 "), "反腐败 教育");
        assert_eq!(fold("ＣＡＣ／ＣＯＳＰ　２０１７"), "cac/cosp 2017");
        assert_eq!(fold("“示范课程”"), "\"示范课程\"");
    }

    #[test]
    fn letters_beyond_ascii_by_unicode_s_tables() {
        // The page asks the browser the same (tests/components.rs).
        assert_eq!(fold("ANDRÉS Lamoliatte"), "andrés lamoliatte");
        assert_eq!(fold("ÀÉÎÕÜ ΩΜΈΓΑ ДЕЛО"), "àéîõü ωμέγα дело");
        assert_eq!(fold("İstanbul"), "i\u{307}stanbul");
        assert_eq!(fold("第 Ω 段"), "第ω段");
        assert_eq!(fold("第 ① 段"), "第①段");
        assert_eq!(fold("第 — 段"), "第 — 段");
    }

    #[test]
    fn folded_ranges_map_back_to_the_source() {
        let src = "于 2017 年 8 月 21 日";
        let f = fold_mapped(src);
        assert_eq!(f.text, "于2017年8月21日");
        assert_eq!(f.origin.len(), f.text.len());
        let at = f.text.find("2017年8月").unwrap();
        let (a, b) = f.source_range(at, at + "2017年8月".len()).unwrap();
        assert_eq!(&src[a..b], "2017 年 8 月");
        // Case folding that changes the length still maps back.
        let f = fold_mapped("İstanbul");
        let at = f.text.find("stanbul").unwrap();
        assert_eq!(f.source_range(at, f.text.len()), Some((2, "İstanbul".len())));
    }
}
