//! The search keys of a series (`report::query::keys`) on real text: which
//! reports a search needs the texts of, and that answering with the others'
//! texts left out changes no answer.

mod common;

use report::query::keys::{reports_for, shard_of, shards, shards_for, Shard};
use report::query::{Index, Search};
use report::text::fold::fold;
use report::Report;

/// The shards of reports with these folded texts.
fn table(texts: &[Vec<String>]) -> Vec<Shard> {
    let borrowed: Vec<Vec<&str>> = texts.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    shards(&borrowed)
}

fn folded(r: &Report) -> Vec<String> {
    r.paragraphs.iter().map(|p| fold(&p.text)).collect()
}

/// The real report in two: its first paragraphs, and the rest.
fn halves() -> (Report, [Report; 2]) {
    let report = common::report();
    let half = report.paragraphs.len() / 2;
    let mut parts = [report.clone(), report.clone()];
    parts[0].paragraphs.truncate(half);
    parts[1].paragraphs.drain(..half);
    (report, parts)
}

#[test]
fn a_search_needs_the_reports_that_hold_every_key_of_one_of_its_forms() {
    let (report, parts) = halves();
    let index = Index::new(&report);
    let read = |q: &str| index.read_search(q);
    let shards = table(&[folded(&parts[0]), folded(&parts[1])]);
    let get = |n: u32| Some(&shards[n as usize]);
    let holds = |part: &Report, s: &str| part.paragraphs.iter().any(|p| fold(&p.text).contains(s));
    // 中国 is in both halves; each of these in one.
    let only = |k: usize| {
        ["瓦森纳", "新加坡", "科学", "儿童", "议程", "私营部门", "利益冲突", "公约"]
            .into_iter()
            .find(|w| holds(&parts[k], w) && !holds(&parts[1 - k], w))
            .unwrap_or_else(|| panic!("a word only the half {k} holds"))
    };
    let (first, second) = (only(0), only(1));
    assert_eq!(reports_for(&read("中国"), 2, get), Some(vec![true, true]));
    assert_eq!(reports_for(&read(first), 2, get), Some(vec![true, false]), "{first}");
    assert_eq!(reports_for(&read(second), 2, get), Some(vec![false, true]), "{second}");
    assert_eq!(reports_for(&read(&format!("{first} OR {second}")), 2, get), Some(vec![true, true]));
    // Every term counts, a negated one too: a report without it answers
    // as if its texts were empty.
    assert_eq!(reports_for(&read(&format!("-{second}")), 2, get), Some(vec![false, true]));
    // Both characters of 育教 are there, the pair nowhere.
    assert_eq!(reports_for(&read("育教"), 2, get), Some(vec![false, false]));
    // A form of no key character (folded by either side's tables): every
    // report.
    assert_eq!(reports_for(&read("éé"), 2, get), Some(vec![true, true]));
    // A shard that has not come: not known yet.
    let missing = shard_of(report::query::keys::form_keys(&fold(first))[0]);
    assert_eq!(reports_for(&read(first), 2, |n| (n != missing).then(|| &shards[n as usize])), None);
    let (a, b) = (shard_of("教育"), shard_of("廉正"));
    assert_eq!(shards_for(&read("教育 教育 -廉正")), if a == b { vec![a] } else { vec![a, b] });
}

/// For a spread of searches (words, phrases, exclusions, OR, numbers,
/// Latin letters, entity names, one character), answering with the texts
/// of the reports a search does not need emptied gives the same
/// paragraphs; and some searches do leave a report out.
#[test]
fn leaving_out_the_reports_a_search_cannot_match_in_changes_no_answer() {
    let (report, parts) = halves();
    let half = parts[0].paragraphs.len();
    let shards = table(&[folded(&parts[0]), folded(&parts[1])]);
    let whole = Index::new(&report);
    let mut left_out = 0;
    for q in [
        "教育",
        "中国",
        "China",
        "瓦森纳",
        "利益冲突 -教育",
        "公约 OR 决议",
        "\"私营部门\"",
        "第90段",
        "UNODC",
        "科学",
        "-的",
        "教育 廉正",
        "育",
        "2017",
        "-中国 -教育",
        "新加坡 OR 儿童",
    ] {
        let search: Search = whole.read_search(q);
        let needed = reports_for(&search, 2, |n| Some(&shards[n as usize])).expect("every shard is here");
        left_out += needed.iter().filter(|n| !**n).count();
        let mut emptied = report.clone();
        for (i, p) in emptied.paragraphs.iter_mut().enumerate() {
            if !needed[usize::from(i >= half)] {
                p.text.clear();
            }
        }
        let answer = |r: &Report| Index::new(r).search(&search).map(|b| b.iter().collect::<Vec<_>>());
        assert_eq!(answer(&emptied), answer(&report), "{q}: needs {needed:?}");
    }
    assert!(left_out >= 2, "some searches need one half only ({left_out})");
}
