//! The meeting's topics and how paragraphs are tagged with them.
//!
//! A section is about a topic when its title contains one of the topic's
//! title words; a paragraph belongs to the topics of the innermost section
//! above it that has any, and also to every topic whose content words it
//! contains (so the conclusions in chapter II about education are found
//! under `education`). The agenda and attendance list only name topics,
//! so content words are not applied there.

use crate::model::Topic;

/// A topic with the words that assign it.
pub struct TopicRule {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub procedural: bool,
    /// A section whose title contains one of these is about the topic.
    pub title_words: &'static [&'static str],
    /// A paragraph containing one of these discusses the topic.
    pub content_words: &'static [&'static str],
}

/// Topics in agenda order. Ids are stable: they appear in URLs.
pub const RULES: &[TopicRule] = &[
    TopicRule {
        id: "opening",
        zh: "会议开幕",
        en: "Opening of the meeting",
        procedural: true,
        title_words: &["会议开幕"],
        content_words: &[],
    },
    TopicRule {
        id: "agenda",
        zh: "通过议程和工作安排",
        en: "Adoption of the agenda and organization of work",
        procedural: true,
        title_words: &["通过议程"],
        content_words: &[],
    },
    TopicRule {
        id: "attendance",
        zh: "出席情况",
        en: "Attendance",
        procedural: true,
        title_words: &["出席情况"],
        content_words: &[],
    },
    TopicRule {
        id: "education",
        zh: "反腐败教育（第十三条第一款第㈢项）",
        en: "Anti-corruption education (art. 13(1)(c))",
        procedural: false,
        title_words: &["教育"],
        content_words: &["教育"],
    },
    TopicRule {
        id: "criminal-justice",
        zh: "刑事司法机构中的廉正（第七、八、十一条）",
        en: "Integrity in criminal justice institutions (arts. 7, 8, 11)",
        procedural: false,
        title_words: &["刑事司法"],
        content_words: &["刑事司法", "司法廉正", "检察"],
    },
    TopicRule {
        id: "other-recommendations",
        zh: "第 6/6 号决议和其他建议的执行",
        en: "Implementation of resolution 6/6 and other recommendations",
        procedural: false,
        title_words: &["其他建议"],
        content_words: &["第 6/6 号决议", "观察站"],
    },
    TopicRule {
        id: "future-priorities",
        zh: "今后的优先事项",
        en: "Future priorities",
        procedural: false,
        title_words: &["今后的优先事项"],
        content_words: &["多年期工作计划", "今后的优先事项"],
    },
    TopicRule {
        id: "report-adoption",
        zh: "通过报告",
        en: "Adoption of the report",
        procedural: true,
        title_words: &["通过报告"],
        content_words: &[],
    },
];

/// Topics that only name other topics (no content tagging inside).
const LISTING: &[&str] = &["agenda", "attendance"];

/// The topic list of the model.
pub fn topics() -> Vec<Topic> {
    RULES
        .iter()
        .map(|r| Topic { id: r.id.into(), zh: r.zh.into(), en: r.en.into(), procedural: r.procedural })
        .collect()
}

/// Topics a section title is about.
pub fn of_title(title: &str) -> Vec<String> {
    RULES.iter().filter(|r| r.title_words.iter().any(|w| title.contains(w))).map(|r| r.id.to_string()).collect()
}

/// A paragraph's topics from its section's topics and its text.
pub fn of_paragraph(section_topics: &[String], text: &str) -> Vec<String> {
    let mut out: Vec<String> = section_topics.to_vec();
    if !section_topics.iter().any(|t| LISTING.contains(&t.as_str())) {
        for r in RULES {
            if r.content_words.iter().any(|w| text.contains(w)) && !out.iter().any(|t| t == r.id) {
                out.push(r.id.to_string());
            }
        }
    }
    // Agenda order.
    out.sort_by_key(|t| RULES.iter().position(|r| r.id == t));
    out
}
