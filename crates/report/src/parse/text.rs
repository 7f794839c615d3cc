//! Character classes, Chinese numerals and the one rule for joining wrapped
//! lines, shared by every part of the parser.

/// A CJK ideograph (not punctuation).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// A letter or digit of a Latin-script word (`Konovalov`, `2017`, `é`).
pub fn is_latin_word(c: char) -> bool {
    c.is_alphanumeric() && !is_han(c) && !is_circled(c)
}

/// ㈠ … ㈩.
pub fn is_circled(c: char) -> bool {
    ('\u{3220}'..='\u{3229}').contains(&c)
}

/// The letter a circled numeral stands for: ㈠ → a, ㈢ → c.
pub fn circled_letter(c: char) -> Option<char> {
    is_circled(c).then(|| (b'a' + (c as u32 - 0x3220) as u8) as char)
}

/// The position of a circled numeral: ㈠ → 1.
pub fn circled_value(c: char) -> Option<u32> {
    is_circled(c).then(|| c as u32 - 0x3220 + 1)
}

/// Punctuation that ends a sentence or a clause a list or heading may follow.
pub fn ends_clause(s: &str) -> bool {
    matches!(s.chars().last(), Some('。' | '；' | '：' | '！' | '？' | ';' | ':'))
}

/// Punctuation that ends a sentence (a heading may follow it).
pub fn ends_sentence(s: &str) -> bool {
    matches!(s.chars().last(), Some('。' | '！' | '？'))
}

/// The value of a Chinese numeral from 一 to 九十九 (十三 → 13).
pub fn chinese_number(s: &str) -> Option<u32> {
    fn digit(c: char) -> Option<u32> {
        "〇一二三四五六七八九".chars().position(|d| d == c).map(|p| p as u32)
    }
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [] => None,
        [c] if *c == '十' => Some(10),
        [c] => digit(*c).filter(|&d| d > 0),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}

/// A number in Arabic or Chinese numerals (`13`, `十三`).
pub fn number(s: &str) -> Option<u32> {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        chinese_number(s)
    }
}

pub use crate::text::numerals::chinese_numeral;

/// Roman numerals for section ids (1 → `I`).
pub fn roman(n: u32) -> String {
    const R: [(u32, &str); 9] =
        [(90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"), (0, "")];
    let mut n = n;
    let mut s = String::new();
    for &(v, r) in &R {
        while v > 0 && n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// True when `s` ends with a footnote marker: digits glued to a Chinese
/// character (`官方网站1`). Numbers in running text are set off by spaces
/// (`第 3/2 号`), so a glued number is a marker.
pub fn ends_with_marker(s: &str) -> bool {
    let digits = s.chars().rev().take_while(char::is_ascii_digit).count();
    digits > 0 && s.chars().rev().nth(digits).is_some_and(is_han)
}

/// Whether a space belongs between two wrapped lines `left` and `right`
/// (both trimmed). The line break itself carries no meaning: Chinese joins
/// without a space, Latin words and numbers are set off by one, and a
/// break after `/` (inside a document symbol) joins without one.
pub fn needs_space(left: &str, right: &str) -> bool {
    let (Some(l), Some(r)) = (left.chars().last(), right.chars().next()) else {
        return false;
    };
    if is_latin_word(l) && is_latin_word(r) {
        return true;
    }
    if is_han(l) && is_latin_word(r) {
        return true;
    }
    if is_latin_word(l) && is_han(r) {
        return !ends_with_marker(left);
    }
    false
}

/// Collapses runs of whitespace to one space and trims the ends.
pub fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        assert_eq!(chinese_number("十三"), Some(13));
        assert_eq!(chinese_number("七十一"), Some(71));
        assert_eq!(chinese_number("二十"), Some(20));
        assert_eq!(chinese_number("十"), Some(10));
        assert_eq!(chinese_number("五"), Some(5));
        assert_eq!(chinese_number("十十"), None);
        for n in 1..100 {
            assert_eq!(chinese_number(&chinese_numeral(n)), Some(n));
        }
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(6), "VI");
        assert_eq!(circled_letter('㈢'), Some('c'));
    }

    #[test]
    fn joining_rules() {
        assert!(!needs_space("腐败问题不限成员名额政", "府间工作组"));
        assert!(needs_space("自 2015", "年 11 月"));
        assert!(needs_space("会议主席", "Alexander Konovalov"));
        assert!(needs_space("Alexander", "Konovalov"));
        assert!(!needs_space("（CAC/COSP/WG.4/", "2017/2/Rev.1）"));
        assert!(!needs_space("官方网站1", "和工作组专"));
        assert!(!needs_space("Vargas", "（智利）"));
    }
}
