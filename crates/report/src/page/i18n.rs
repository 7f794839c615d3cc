//! Interface text in Chinese and English, shared by the page and the
//! prerendered HTML. The report's own text stays in Chinese; names of
//! States, organisations and articles are shown in the chosen language
//! with the other beside them where useful.

use crate::model::{Report, Role};
use crate::query::Facet;

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Every `?lang=` value and stored choice the page reads, with its
    /// language: the one rule for the app and the head script (which gets
    /// it from [`head_script_rule`]).
    pub const CODES: [(&'static str, Lang); 4] =
        [("zh", Lang::Zh), ("zh-CN", Lang::Zh), ("zh-Hans", Lang::Zh), ("en", Lang::En)];

    pub fn from_code(s: &str) -> Option<Lang> {
        Lang::CODES.iter().find(|(c, _)| *c == s).map(|(_, l)| *l)
    }

    /// The language for a browser's own (`navigator.language`), when the
    /// address and the stored choice name none: Chinese for `zh…` or none.
    pub fn of_browser(language: &str) -> Lang {
        if language.is_empty() || language.starts_with(BROWSER_ZH) {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// Where the page stores the reader's choice of language.
pub const LANG_KEY: &str = "report-explorer.lang";

/// A browser language starting with this is Chinese.
const BROWSER_ZH: &str = "zh";

/// The language rule as the head script reads it (JSON):
/// `{"codes":[["zh","zh"],…],"key":"report-explorer.lang","browser":"zh"}`,
/// written into `pre.js` by the build, so that the first paint and the app
/// choose the same language.
pub fn head_script_rule() -> String {
    let codes: Vec<String> = Lang::CODES.iter().map(|(c, l)| format!("[\"{c}\",\"{}\"]", l.code())).collect();
    format!("{{\"codes\":[{}],\"key\":\"{LANG_KEY}\",\"browser\":\"{BROWSER_ZH}\"}}", codes.join(","))
}

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
pub const SEARCH_SYNTAX: T = T::new("搜索语法", "Search syntax");
/// The search box's help: the query language by example.
pub const SEARCH_HELP: T = T::new(
    "教育 廉正：两个词都有 · \"中小学和大学\"：整个短语 · 刑事司法 -教育：有前者、没有后者 · 举报人 OR 利益冲突（或 |）：任一个 · 也可用繁体字（腐敗）和《公约》英文术语（conflict of interest）",
    "教育 廉正: both words · \"中小学和大学\": the exact phrase · 刑事司法 -教育: the first, not the second · 举报人 OR 利益冲突 (or |): either · traditional characters (腐敗) and the Convention's English terms (conflict of interest) work too",
);
pub const ALSO_SEARCHED: T = T::new("同时搜索了：", "Also searched: ");
/// A list of several reports is searched once their texts have arrived.
pub const SEARCH_WAITS: T = T::new(
    "正在加载各次会议的全文，加载后即显示搜索结果…",
    "Loading the meetings' texts; the search answers once they are here…",
);
/// The texts of a list's reports could not be fetched (then the reason).
pub const TEXTS_FAILED: T = T::new(
    "无法加载各次会议的全文，暂不能搜索：",
    "Could not load the meetings' texts, so the list cannot be searched: ",
);
/// Above a list some of whose reports' texts could not be fetched (then
/// the reason): their cards stay without text.
pub const TEXTS_MISSING: T = T::new(
    "部分会议的全文无法加载，其段落暂不能显示全文：",
    "Some meetings' texts could not be loaded, so their paragraphs show no text: ",
);
/// A card whose report's text has not arrived yet.
pub const TEXT_LOADING: T = T::new("正在加载全文…", "Loading the text…");
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
/// Above a list drawn from a paragraph far down it (a link into a list of
/// several reports): the cards before it.
pub const SHOW_EARLIER: T = T::new("显示前面的段落", "Show earlier paragraphs");
pub const SPOKE: T = T::new("发言", "Speakers");
pub const ARTICLES: T = T::new("条款", "Articles");
pub const VIA_HEADING: T = T::new("经标题", "via heading");
pub const EXPLICIT: T = T::new("明确引用", "cited");
pub const FOOTNOTES: T = T::new("脚注", "Footnotes");
pub const BACK_TO: T = T::new("返回第 {} 段", "Back to paragraph {}");
pub const NOTICE: T =
    T::new("链接中有部分内容无法使用，已忽略：", "Parts of the link could not be used and were ignored:");
pub const DISMISS: T = T::new("关闭", "Dismiss");
pub const LANG_SWITCH: T = T::new("English", "中文");
/// The switch's description; its name is its visible text.
pub const LANG_LABEL: T = T::new("切换到英文界面", "Switch to the Chinese interface");
pub const PARAGRAPH: T = T::new("第 {} 段", "Para. {}");
pub const TOPICS: T = T::new("议题", "Topics");
pub const SPOKE_AS: T = T::new("发言", "spoke");

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

/// The heading of the card of the paragraph at place `at`: `Para. 39`, or
/// in a list of several reports the meeting too (`8th meeting · 2017 ·
/// Para. 39`).
pub fn card_label(r: &Report, at: usize, lang: Lang) -> String {
    let n = r.number_at(at);
    match r.origin(at) {
        Some(o) => {
            let meeting =
                if lang == Lang::En { o.meeting.en.as_deref().unwrap_or(&o.meeting.zh) } else { &o.meeting.zh };
            format!("{meeting} · {}", paragraph_label(lang, n))
        }
        None => paragraph_label(lang, n),
    }
}

/// The display name of a facet value in the chosen language, and the name
/// in the other language (for a title or a second line).
pub fn value_name(r: &Report, facet: Facet, value: &str, lang: Lang) -> (String, String) {
    match facet {
        Facet::Topic => match r.topic(value) {
            Some(t) => pair(lang, &t.zh, &t.en),
            None => (value.to_string(), String::new()),
        },
        Facet::Speaker | Facet::Mention => entity_name(r, value, lang),
        Facet::Article => {
            let a: u8 = value.parse().unwrap_or(0);
            article_name(r, a, lang)
        }
    }
}

/// An entity's name: (chosen language, other language).
pub fn entity_name(r: &Report, id: &str, lang: Lang) -> (String, String) {
    match r.entity(id) {
        Some(e) => pair(lang, &e.zh, &e.en),
        None => (id.to_string(), String::new()),
    }
}

/// `第十一条 与审判和检察机关有关的措施` / `Art. 11 Measures relating to …`.
pub fn article_name(r: &Report, a: u8, lang: Lang) -> (String, String) {
    let info = r.article_info(a);
    let zh = format!("第{}条 {}", crate::text::numerals::chinese_numeral(a as u32), info.map_or("", |i| i.zh.as_str()));
    let en = format!("Art. {a} {}", info.map_or("", |i| i.en.as_str()));
    pair(lang, &zh, &en)
}

fn pair(lang: Lang, zh: &str, en: &str) -> (String, String) {
    match lang {
        Lang::Zh => (zh.to_string(), en.to_string()),
        Lang::En => (en.to_string(), zh.to_string()),
    }
}

pub const VIEW_LIST: T = T::new("段落", "Paragraphs");
pub const VIEW_OVERVIEW: T = T::new("概览", "Overview");
pub const VIEWS: T = T::new("视图", "Views");
pub const EXPORT: T = T::new("导出所显示的段落", "Export the paragraphs shown");
pub const EXPORT_FAILED: T = T::new("无法导出：", "Could not export: ");
pub const EXPORT_WAITS: T = T::new(
    "正在加载各次会议的全文，加载后即导出…",
    "Loading the meetings' texts; the export follows once they are here…",
);
pub const EXPORT_ALL: T = T::new("全部数据 JSON", "All data (JSON)");
pub const COPY_CITATION: T = T::new("复制引文", "Copy citation");
pub const COPIED: T = T::new("引文已复制", "Citation copied");
pub const COPY_FAILED: T = T::new("无法复制，请手动选择", "Could not copy; select it by hand");
pub const DETAILS: T = T::new("详情", "details");
pub const BACK_TO_LIST: T = T::new("返回段落列表", "Back to the paragraphs");
pub const ATTENDED: T = T::new("出席了会议", "Attended the meeting");
pub const NOT_ATTENDED: T = T::new("未列入出席名单", "Not in the attendance list");
pub const SPOKE_IN: T = T::new("发言的段落", "Paragraphs where it spoke");
pub const NAMED_IN: T = T::new("仅被提及的段落", "Paragraphs where it is only named");
pub const NONE: T = T::new("无", "None");
pub const ON_BEHALF: T = T::new("代表", "on behalf of");
pub const SPOKEN_FOR_BY: T = T::new("由其发言", "spoken for by");
pub const EXPLICIT_IN: T = T::new("明确引用的段落", "Paragraphs citing it");
pub const INHERITED_IN: T = T::new("标题引用的段落", "Paragraphs under a heading citing it");
pub const FINER: T = T::new("具体款项", "Finer citations");
pub const WHO_SPOKE: T = T::new("在这些段落中发言的", "Who spoke in those paragraphs");
pub const CHAPTER: T = T::new("章", "Chapter");
pub const PER_TOPIC: T = T::new("各议题段落数", "Paragraphs per topic");
pub const PER_ARTICLE: T = T::new("各条款段落数", "Paragraphs per article");
pub const MATRIX: T = T::new("发言者 × 议题", "Speakers × topics");
pub const MAP_TITLE: T = T::new("发言和出席的国家", "States that spoke and States that attended");
pub const MAP_SPOKE: T = T::new("发言（并出席）", "Spoke (and attended)");
pub const MAP_ATTENDED: T = T::new("仅出席", "Attended only");
pub const MAP_NAMED: T = T::new("仅被提及", "Named only");
pub const MAP_OTHER: T = T::new("其他", "Other");
pub const MAP_AS_TABLE: T = T::new("以表格显示地图内容", "The map as a table");
pub const MAP_STATUS: T = T::new("在会议中", "At the meeting");
pub const MAP_LOADING: T = T::new("正在加载地图…", "Loading the map…");
pub const MAP_FAILED: T =
    T::new("地图无法加载，下表列出同样内容", "The map could not be loaded; the table below has the same facts");
pub const STATE: T = T::new("国家", "State");
pub const ALL_MEETINGS: T = T::new("历次会议", "All meetings");
pub const ACROSS_MEETINGS: T = T::new("历次会议中的情况", "Across meetings");
pub const LOADING_MEETINGS: T =
    T::new("正在加载其他会议的报告…（{n}/{total}）", "Loading the other meetings' reports… ({n} of {total})");
pub const STATES_BY_MEETING: T = T::new("各国在历次会议中的情况", "States by meeting");
pub const ARTICLES_BY_MEETING: T = T::new("各条款在历次会议中的段落数", "Paragraphs per article by meeting");
pub const ABSENT: T = T::new("未出席", "Absent");
pub const YES: T = T::new("出席", "Attended");
pub const NO: T = T::new("未出席", "Did not attend");
pub const REPORT_CHOICE: T = T::new("报告", "Report");
pub const LOADING_REPORT: T = T::new("正在加载所选报告…", "Loading the report you chose…");
pub const REPORT_FAILED: T = T::new("无法加载所选报告：", "Could not load the report you chose: ");
pub const NEWEST_REPORT: T = T::new("打开最新的报告", "Open the newest report");
pub const LOADING: T = T::new("正在加载所选视图…", "Loading the view you asked for…");
pub const REST_NEEDS_APP: T =
    T::new("其余 {} 段需在交互页面中查看。", "The other {} paragraphs need the interactive page.");
pub const REST_ATTENDEES: T = T::new("另有 {} 个，见交互页面。", "{} more in the interactive page.");
pub const FILTERS_SHOW: T = T::new("显示筛选", "Show filters");
pub const FILTERS_HIDE: T = T::new("隐藏筛选", "Hide filters");
pub const FILTER_THESE: T = T::new("筛选这些段落", "Filter these paragraphs");

/// How someone speaks in a paragraph (cards, entity pages).
pub fn role_label(role: Role, lang: Lang) -> &'static str {
    let t = match role {
        Role::Representative => T::new("代表", "representative"),
        Role::Panelist => T::new("讨论小组成员", "panelist"),
        Role::OnBehalfOf => T::new("由成员代表发言", "spoken for"),
        Role::Chair => T::new("主席", "Chair"),
        Role::Secretariat => T::new("秘书处", "Secretariat"),
        Role::Unattributed => T::new("未具名", "unattributed"),
    };
    t.get(lang)
}
