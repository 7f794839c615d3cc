//! Interface text in Chinese and English. The report's own text stays in
//! Chinese; names of States, organisations and articles are shown in the
//! chosen language with the other beside them where useful.

use crate::data::report;
use report::params::Lang;
use report::query::Facet;

/// A piece of interface text in both languages.
#[derive(Clone, Copy)]
pub struct T {
    pub zh: &'static str,
    pub en: &'static str,
}

impl T {
    pub const fn new(zh: &'static str, en: &'static str) -> Self {
        T { zh, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

pub const APP_NAME: T = T::new("报告浏览器", "Report explorer");
pub const SKIP: T = T::new("跳到段落", "Skip to the paragraphs");
pub const FILTERS: T = T::new("筛选", "Filters");
pub const SEARCH: T = T::new("搜索正文", "Search the text");
pub const SEARCH_HINT: T = T::new("例如：廉正、教育、China", "e.g. 廉正, 教育, China");
pub const SHOWN: T = T::new("显示段落", "Paragraphs shown");
pub const OF: T = T::new("/", "of");
pub const CLEAR_ALL: T = T::new("清除全部", "Clear all");
pub const ACTIVE: T = T::new("当前筛选", "Active filters");
pub const REMOVE: T = T::new("移除", "Remove");
pub const SORT_COUNT: T = T::new("按数量排序", "Sort by count");
pub const SORT_NAME: T = T::new("按名称排序", "Sort by name");
pub const CONTENTS: T = T::new("目录", "Contents");
pub const ATTENDANCE: T = T::new("出席情况", "Attendance");
pub const ATTENDED_STATES: T = T::new("出席的国家", "States that attended");
pub const OBSERVERS: T = T::new("观察员及其他", "Observers and others");
pub const NO_RESULTS: T = T::new("没有符合条件的段落。", "No paragraph matches.");
pub const RELAX: T = T::new("请放宽条件：", "Try relaxing:");
pub const REMOVE_SEARCH: T = T::new("清除搜索", "clear the search");
pub const SHOW_MORE: T = T::new("显示更多", "Show more");
pub const SPOKE: T = T::new("发言", "Speakers");
pub const ARTICLES: T = T::new("条款", "Articles");
pub const VIA_HEADING: T = T::new("经标题", "via heading");
pub const EXPLICIT: T = T::new("明确引用", "cited");
pub const FOOTNOTES: T = T::new("脚注", "Footnotes");
pub const NOTICE: T =
    T::new("链接中有部分内容无法使用，已忽略：", "Parts of the link could not be used and were ignored:");
pub const DISMISS: T = T::new("关闭", "Dismiss");
pub const LANG_SWITCH: T = T::new("English", "中文");
pub const LANG_LABEL: T = T::new("切换到英文界面", "Switch to the Chinese interface");
pub const PARAGRAPH: T = T::new("第 {} 段", "Para. {}");
pub const TOPICS: T = T::new("议题", "Topics");
pub const DOWNLOAD_JSON: T = T::new("下载全部数据（JSON）", "Download all data (JSON)");
pub const SPOKE_AS: T = T::new("发言", "spoke");
pub const NAMED_ONLY: T = T::new("仅被提及", "named only");

/// The heading of a facet group.
pub fn facet_title(f: Facet) -> T {
    match f {
        Facet::Topic => T::new("议题", "Topic"),
        Facet::Speaker => T::new("发言者", "Speaker"),
        Facet::Article => T::new("《公约》条款", "Convention article"),
        Facet::Mention => T::new("提及的国家和组织", "States and organisations named"),
    }
}

/// `第 39 段` / `Para. 39`.
pub fn paragraph_label(lang: Lang, n: u32) -> String {
    PARAGRAPH.get(lang).replace("{}", &n.to_string())
}

/// The display name of a facet value in the chosen language, and the name
/// in the other language (for a title or a second line).
pub fn value_name(facet: Facet, value: &str, lang: Lang) -> (String, String) {
    let r = report();
    match facet {
        Facet::Topic => match r.topic(value) {
            Some(t) => pair(lang, &t.zh, &t.en),
            None => (value.to_string(), String::new()),
        },
        Facet::Speaker | Facet::Mention => entity_name(value, lang),
        Facet::Article => {
            let a: u8 = value.parse().unwrap_or(0);
            article_name(a, lang)
        }
    }
}

/// An entity's name: (chosen language, other language).
pub fn entity_name(id: &str, lang: Lang) -> (String, String) {
    match report().entity(id) {
        Some(e) => pair(lang, &e.zh, &e.en),
        None => (id.to_string(), String::new()),
    }
}

/// `第十一条 与审判和检察机关有关的措施` / `Art. 11 Measures relating to …`.
pub fn article_name(a: u8, lang: Lang) -> (String, String) {
    let info = report().article_info(a);
    let zh = format!("第{}条 {}", report::numerals::chinese_numeral(a as u32), info.map_or("", |i| i.zh.as_str()));
    let en = format!("Art. {a} {}", info.map_or("", |i| i.en.as_str()));
    pair(lang, &zh, &en)
}

fn pair(lang: Lang, zh: &str, en: &str) -> (String, String) {
    match lang {
        Lang::Zh => (zh.to_string(), en.to_string()),
        Lang::En => (en.to_string(), zh.to_string()),
    }
}
