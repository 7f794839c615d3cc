//! Which reports of a series a search can match in, known before their
//! texts are fetched: the build writes, for every character and every
//! pair of neighbouring characters of the reports' folded texts, which
//! reports hold it ([`shards`]), split into [`SHARDS`] small files by a
//! hash of the key. A page listing several reports from their outlines
//! fetches the files its search's keys fall in ([`shards_for`]), and then
//! only the texts of the reports that hold every key of some form of some
//! term ([`reports_for`]).
//!
//! That is exact: a text holding a term holds each of its characters and
//! pairs, so a report left out holds no form of any term, and its
//! paragraphs match the search as they would with no text at all (a
//! negated term is then absent from them, as it is). Terms that name an
//! entity match through the outlines' postings, which need no text.
//!
//! Keys are made of characters whose folding does not depend on the
//! Unicode tables of the side that folds (ASCII and CJK): the build folds
//! with Rust's, the page with the browser's. A form with no such character
//! keeps every report.

use crate::query::Search;
use crate::text::fold::is_cjk;
use std::collections::BTreeMap;

/// How many files the keys are split into.
pub const SHARDS: u32 = 128;

/// The keys of one file, sorted, each with the reports holding it: a
/// bitset over the reports' places in the catalog (newest first).
pub type Shard = Vec<(String, Vec<u8>)>;

/// The name of shard `n`'s file beside the page.
pub fn file(n: u32) -> String {
    format!("keys-{n}.bin")
}

/// The shard key `key` is in (FNV-1a of its bytes).
pub fn shard_of(key: &str) -> u32 {
    let hash = key.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    hash % SHARDS
}

/// The runs of key characters of `folded`.
fn runs(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !(c.is_ascii() || is_cjk(c))).filter(|r| !r.is_empty())
}

/// The keys a text must hold to hold `form` (folded): each pair of
/// neighbouring characters of its runs, or a run's one character. Empty
/// if it has no key character.
pub fn form_keys(form: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for run in runs(form) {
        let starts: Vec<usize> = run.char_indices().map(|(i, _)| i).chain([run.len()]).collect();
        if starts.len() == 2 {
            out.push(run);
        }
        for w in starts.windows(3) {
            out.push(&run[w[0]..w[2]]);
        }
    }
    out
}

/// Every key `folded` holds: each character and each pair of neighbouring
/// characters of its runs.
fn text_keys<'a>(folded: &'a str, out: &mut impl FnMut(&'a str)) {
    for run in runs(folded) {
        let starts: Vec<usize> = run.char_indices().map(|(i, _)| i).chain([run.len()]).collect();
        for w in starts.windows(2) {
            out(&run[w[0]..w[1]]);
        }
        for w in starts.windows(3) {
            out(&run[w[0]..w[2]]);
        }
    }
}

/// The shards of a series whose reports (in the catalog's order) have
/// these folded paragraph texts: every shard, empty ones too (a page may
/// ask for any).
pub fn shards<'a>(reports: &[Vec<&'a str>]) -> Vec<Shard> {
    let bytes = reports.len().div_ceil(8);
    let mut keys: BTreeMap<&'a str, Vec<u8>> = BTreeMap::new();
    for (r, texts) in reports.iter().enumerate() {
        for t in texts {
            text_keys(t, &mut |k| keys.entry(k).or_insert_with(|| vec![0; bytes])[r / 8] |= 1 << (r % 8));
        }
    }
    let mut out: Vec<Shard> = vec![Vec::new(); SHARDS as usize];
    for (k, set) in keys {
        out[shard_of(k) as usize].push((k.to_string(), set));
    }
    out
}

/// The shards `search`'s keys fall in, each once, in the order first met.
pub fn shards_for(search: &Search) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for form in search.groups.iter().flatten().flat_map(|n| &n.texts) {
        for n in form_keys(form).into_iter().map(shard_of) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// Which of a series' `count` reports (by place in the catalog) can hold
/// some form of some term of `search`, from the shards `shard` gives; `None`
/// while one it needs is not there.
pub fn reports_for<'s>(search: &Search, count: usize, shard: impl Fn(u32) -> Option<&'s Shard>) -> Option<Vec<bool>> {
    let mut out = vec![false; count];
    for form in search.groups.iter().flatten().flat_map(|n| &n.texts) {
        let mut holding = vec![true; count];
        for key in form_keys(form) {
            let keys = shard(shard_of(key))?;
            let set = keys.binary_search_by(|(k, _)| k.as_str().cmp(key)).map(|i| &keys[i].1);
            for (r, h) in holding.iter_mut().enumerate() {
                *h &= set.is_ok_and(|s| s.get(r / 8).is_some_and(|b| b & (1 << (r % 8)) != 0));
            }
        }
        for (o, h) in out.iter_mut().zip(holding) {
            *o |= h;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    #[test]
    fn a_form_needs_its_pairs_or_its_one_character() {
        assert_eq!(form_keys("廉正"), ["廉正"]);
        assert_eq!(form_keys("刑事司法"), ["刑事", "事司", "司法"]);
        assert_eq!(form_keys("教"), ["教"]);
        assert_eq!(form_keys("第90段"), ["第9", "90", "0段"]);
        // Characters folded by either side's Unicode tables break a form
        // into runs; a form of none keeps every report.
        assert_eq!(form_keys("αβ廉正"), ["廉正"]);
        assert_eq!(form_keys("é"), Vec::<&str>::new());
        assert_eq!(form_keys("éa"), ["a"]);
    }

    /// Two reports' texts, folded, as the build reads them.
    fn series() -> Vec<Vec<String>> {
        vec![
            vec![fold("会议讨论了反腐败教育。"), fold("China 发了言。")],
            vec![fold("各国介绍了廉正措施和利益冲突。"), fold("瓦森纳安排")],
        ]
    }

    fn table(texts: &[Vec<String>]) -> Vec<Shard> {
        let borrowed: Vec<Vec<&str>> = texts.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
        shards(&borrowed)
    }

    #[test]
    fn the_shards_hold_every_key_once_sorted_in_the_shard_of_its_hash() {
        let shards = table(&series());
        assert_eq!(shards.len(), SHARDS as usize);
        for (n, shard) in shards.iter().enumerate() {
            assert!(shard.windows(2).all(|w| w[0].0 < w[1].0), "shard {n} sorted, each key once");
            assert!(shard.iter().all(|(k, _)| shard_of(k) == n as u32));
        }
        let find = |k: &str| shards[shard_of(k) as usize].iter().find(|(x, _)| x == k).map(|(_, s)| s.clone());
        assert_eq!(find("教育"), Some(vec![0b01]));
        assert_eq!(find("廉正"), Some(vec![0b10]));
        assert_eq!(find("了"), Some(vec![0b11]));
        assert_eq!(find("ch"), Some(vec![0b01]), "folded: lowercase");
        assert_eq!(find("育。"), Some(vec![0b01]));
        assert_eq!(find("。c"), None, "no pair across paragraphs");
    }
}
