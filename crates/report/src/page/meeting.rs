//! How a meeting is named on the page, in both interface languages: the
//! line of facts under the title, the English title, the page's `<title>`
//! and description. The build writes the same `<title>` and description
//! into `index.html` (`report meta`), and the page keeps them in the
//! interface language.

use crate::model::{Meeting, Report, Sitting};
use crate::page::i18n::Lang;
use crate::text::numerals::{chinese_numeral, MONTHS};
use serde::{Deserialize, Serialize};

fn ymd(date: &str) -> Option<(u32, u32, u32)> {
    let mut it = date.split('-').map(|x| x.parse::<u32>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    ((1..=12).contains(&m)).then_some((y, m, d))
}

/// The meeting's days: `21–23 August 2017`, `2017年8月21日至23日`; a
/// session held in parts, each part's (`4–6 June 2018 and 12–14 November
/// 2018`).
pub fn dates(m: &Meeting, lang: Lang) -> Option<String> {
    let first = m.first_day.as_deref()?;
    let spans: Vec<(&str, &str)> = match m.parts.as_slice() {
        [_, _, ..] => m.parts.iter().map(|p| (p.first_day.as_str(), p.last_day.as_str())).collect(),
        _ => vec![(first, m.last_day.as_deref().unwrap_or(first))],
    };
    let mut out = String::new();
    for (i, (a, b)) in spans.into_iter().enumerate() {
        if i > 0 {
            out.push_str(if lang == Lang::Zh { "和" } else { " and " });
        }
        out.push_str(&span(a, b, lang)?);
    }
    Some(out)
}

fn span(first: &str, last: &str, lang: Lang) -> Option<String> {
    let (y1, m1, d1) = ymd(first)?;
    let (y2, m2, d2) = ymd(last).unwrap_or((y1, m1, d1));
    let month = |m: u32| MONTHS[(m - 1) as usize];
    Some(match lang {
        Lang::En if (y1, m1, d1) == (y2, m2, d2) => format!("{d1} {} {y1}", month(m1)),
        Lang::En if (y1, m1) == (y2, m2) => format!("{d1}–{d2} {} {y1}", month(m1)),
        Lang::En if y1 == y2 => format!("{d1} {} – {d2} {} {y1}", month(m1), month(m2)),
        Lang::En => format!("{d1} {} {y1} – {d2} {} {y2}", month(m1), month(m2)),
        Lang::Zh if (y1, m1, d1) == (y2, m2, d2) => format!("{y1}年{m1}月{d1}日"),
        Lang::Zh if (y1, m1) == (y2, m2) => format!("{y1}年{m1}月{d1}日至{d2}日"),
        Lang::Zh if y1 == y2 => format!("{y1}年{m1}月{d1}日至{m2}月{d2}日"),
        Lang::Zh => format!("{y1}年{m1}月{d1}日至{y2}年{m2}月{d2}日"),
    })
}

/// `8th`, `21st`.
fn ordinal_en(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `第八次会议`, `8th meeting`; `第十届会议`, `10th session`;
/// `第十届会议续会`, `resumed 10th session`.
pub fn session(m: &Meeting, lang: Lang) -> Option<String> {
    let n = m.session?;
    let (zh, before, after) = match m.sitting {
        Sitting::Meeting => ("次会议", "", " meeting"),
        Sitting::Session => ("届会议", "", " session"),
        Sitting::ResumedSession => ("届会议续会", "resumed ", " session"),
    };
    Some(match lang {
        Lang::Zh => format!("第{}{zh}", chinese_numeral(n)),
        Lang::En => format!("{before}{}{after}", ordinal_en(n)),
    })
}

/// `维也纳`, `Vienna` (the Chinese name where no English one is known).
pub fn venue(m: &Meeting, lang: Lang) -> Option<String> {
    m.venue.as_ref().map(|v| match lang {
        Lang::Zh => v.zh.clone(),
        Lang::En => v.en.clone().unwrap_or_else(|| v.zh.clone()),
    })
}

/// The facts under the title: `8th meeting · Vienna · 21–23 August 2017`.
pub fn facts_line(r: &Report, lang: Lang) -> String {
    let m = &r.meeting;
    [session(m, lang), venue(m, lang), dates(m, lang)].into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

/// The report's title in the interface language: as printed in Chinese;
/// in English made from the body, venue and dates (the Chinese title when
/// the body is not known).
pub fn title(r: &Report, lang: Lang) -> String {
    let m = &r.meeting;
    match (lang, &m.body) {
        (Lang::En, Some(b)) => {
            let mut t = match (m.sitting, session(m, Lang::En)) {
                (Sitting::Session | Sitting::ResumedSession, Some(s)) => format!("Report of the {} on its {s}", b.en),
                _ => format!("Report on the meeting of the {}", b.en),
            };
            if let Some(v) = venue(m, Lang::En) {
                t.push_str(&format!(" held in {v}"));
            }
            if let Some(d) = dates(m, Lang::En) {
                t.push_str(&format!(", {d}"));
            }
            t
        }
        _ => r.title.clone(),
    }
}

/// The page's `<title>`: body, meeting, venue and dates, then the app.
pub fn page_title(r: &Report, lang: Lang) -> String {
    let m = &r.meeting;
    let app = crate::page::i18n::APP_NAME.get(lang);
    let body = m.body.as_ref().map(|b| if lang == Lang::Zh { b.short_zh.clone() } else { b.short_en.clone() });
    let head = match (body, session(m, lang)) {
        (Some(b), Some(s)) if lang == Lang::Zh => format!("{b}{s}"),
        (Some(b), Some(s)) => format!("{b}, {s}"),
        (Some(b), None) => b,
        (None, _) if !r.origins.is_empty() => return list_page_title(lang),
        (None, _) => r.title.clone(),
    };
    let place: Vec<String> = [venue(m, lang), dates(m, lang)].into_iter().flatten().collect();
    match (place.is_empty(), lang) {
        (true, _) => format!("{head} · {app}"),
        (false, Lang::Zh) => format!("{head}（{}）· {app}", place.join("，")),
        (false, Lang::En) => format!("{head} ({}) · {app}", place.join(", ")),
    }
}

/// What the page calls a report in each interface language: its title,
/// the facts under it and the page's `<title>`. A site of one report has
/// its report's written at build time (`names.bin`, embedded), so its page
/// carries the names and not the rules that make them (1.2 kB gzip); a
/// site of several makes them in the page, which costs it less than
/// fifty reports' names would.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    /// [`title`] in Chinese and in English.
    title: [String; 2],
    /// [`facts_line`] in Chinese and in English.
    facts: [String; 2],
    /// [`page_title`] in Chinese and in English.
    page_title: [String; 2],
}

impl Names {
    pub fn of(r: &Report) -> Self {
        let each = |f: fn(&Report, Lang) -> String| [f(r, Lang::Zh), f(r, Lang::En)];
        Names { title: each(title), facts: each(facts_line), page_title: each(page_title) }
    }

    pub fn title(&self, lang: Lang) -> &str {
        &self.title[lang as usize]
    }

    pub fn facts(&self, lang: Lang) -> &str {
        &self.facts[lang as usize]
    }

    pub fn page_title(&self, lang: Lang) -> &str {
        &self.page_title[lang as usize]
    }
}

/// The page's `<title>` for a list of several reports.
pub fn list_page_title(lang: Lang) -> String {
    format!("{} · {}", crate::page::i18n::ALL_MEETINGS.get(lang), crate::page::i18n::APP_NAME.get(lang))
}

/// The page's description, in both languages (search engines show it
/// whatever the interface language).
pub fn description(r: &Report) -> String {
    let m = &r.meeting;
    let en_body = m.body.as_ref().map_or("a UNCAC body".to_string(), |b| format!("the {}", b.en));
    let place: Vec<String> = [venue(m, Lang::En), dates(m, Lang::En)].into_iter().flatten().collect();
    let place = if place.is_empty() { String::new() } else { format!(" ({})", place.join(", ")) };
    let zh_name = match (&m.body, session(m, Lang::Zh)) {
        (Some(b), Some(s)) => format!("{}{s}报告", b.zh),
        _ => format!("《{}》", r.title),
    };
    format!(
        "Explore the report of the meeting of {en_body}{place} by topic, speaker country and Convention article. \
         按议题、发言国家和《公约》条款浏览{zh_name}。"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        let m =
            |a: &str, b: &str| Meeting { first_day: Some(a.into()), last_day: Some(b.into()), ..Meeting::default() };
        assert_eq!(dates(&m("2017-08-21", "2017-08-23"), Lang::En).unwrap(), "21–23 August 2017");
        assert_eq!(dates(&m("2017-08-21", "2017-08-23"), Lang::Zh).unwrap(), "2017年8月21日至23日");
        assert_eq!(dates(&m("2019-08-30", "2019-09-02"), Lang::En).unwrap(), "30 August – 2 September 2019");
        assert_eq!(dates(&m("2019-08-30", "2019-09-02"), Lang::Zh).unwrap(), "2019年8月30日至9月2日");
        assert_eq!(dates(&m("2019-12-30", "2020-01-02"), Lang::Zh).unwrap(), "2019年12月30日至2020年1月2日");
        assert_eq!(ordinal_en(8), "8th");
        assert_eq!(ordinal_en(11), "11th");
        assert_eq!(ordinal_en(21), "21st");
        assert_eq!(ordinal_en(22), "22nd");
        let parts = Meeting {
            parts: vec![
                crate::model::Part { first_day: "2018-06-04".into(), last_day: "2018-06-06".into() },
                crate::model::Part { first_day: "2018-11-12".into(), last_day: "2018-11-14".into() },
            ],
            ..m("2018-06-04", "2018-11-14")
        };
        assert_eq!(dates(&parts, Lang::En).unwrap(), "4–6 June 2018 and 12–14 November 2018");
        assert_eq!(dates(&parts, Lang::Zh).unwrap(), "2018年6月4日至6日和2018年11月12日至14日");
    }

    #[test]
    fn meetings_sessions_and_resumed_sessions() {
        let m = |sitting| Meeting { session: Some(10), sitting, ..Meeting::default() };
        let both = |m: &Meeting| (session(m, Lang::Zh).unwrap(), session(m, Lang::En).unwrap());
        assert_eq!(both(&m(Sitting::Meeting)), ("第十次会议".into(), "10th meeting".into()));
        assert_eq!(both(&m(Sitting::Session)), ("第十届会议".into(), "10th session".into()));
        assert_eq!(both(&m(Sitting::ResumedSession)), ("第十届会议续会".into(), "resumed 10th session".into()));
    }
}
