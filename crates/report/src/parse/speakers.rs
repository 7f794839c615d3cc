//! Who speaks in a paragraph, and in which role.
//!
//! A State, group or organisation speaks when the sentence makes it the
//! speaker: `X代表…` (its representative), `一名来自X的讨论小组成员`
//! (a panelist from X), `X代表以Y的名义发言` (X on behalf of group Y).
//! The Chair and the Secretariat speak when they open a clause (`主席回顾`,
//! `。秘书处强调`). Unattributed speakers (`一名发言者`, `许多发言者`,
//! `许多国家…发言`) are recorded under their own id and never as a State.
//! Any other name is a mention.

use crate::model::{Role, Speaker, SpeakerKind};
use crate::model::{Warning, WarningKind};
use crate::parse::entities::{Dictionary, Match};
use regex::Regex;
use std::sync::OnceLock;

use crate::parse::entities::{CHAIR, SECRETARIAT, UNATTRIBUTED};

struct Patterns {
    unattributed: Regex,
    many_states: Regex,
    listed_speakers: Regex,
    clause_subject: Regex,
    panel_name: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        unattributed: Regex::new(r"(该名|其他)?((?:另一名|有几名|一名|几名|许多|一些|另一些|大多数|多数)?发言者们?)")
            .unwrap(),
        many_states: Regex::new(r"(许多国家|一些国家|几个国家)[^。；]{0,20}发言").unwrap(),
        listed_speakers: Regex::new(
            r"下列(?:国家|缔约国|观察员|国家和组织|组织)?(?:的)?代表(?:也|还|亦)?(?:作了|作|做了)?发言\s*[：:]([^。]*)",
        )
        .unwrap(),
        clause_subject: Regex::new(r"(?:^|[。，；：])\s*(主席|秘书处)(?:还|也|又|已)?([^的、和与，。团])").unwrap(),
        panel_name: Regex::new(r"一名来自([\p{Han}]{2,16}?)的讨论小组成员").unwrap(),
    })
}

fn speaker(dict: &Dictionary, m: &Match, text: &str, role: Role, on_behalf_of: Option<String>) -> Speaker {
    let e = &dict.entities[m.entity];
    Speaker {
        id: e.id.clone(),
        name: text[m.start..m.end].to_string(),
        iso3: (e.kind == SpeakerKind::State).then(|| e.id.clone()),
        kind: e.kind,
        role,
        on_behalf_of,
    }
}

/// What separates two names of one list: `、`, `和`, `以及`, `及`, `与`.
fn is_list_joint(between: &str) -> bool {
    matches!(between.trim(), "、" | "和" | "以及" | "及" | "与" | "、和" | "、以及")
}

/// The Chair and the Secretariat speak only as the subject of a clause,
/// never as a name followed by 代表 or in a list of representatives.
fn speaks_as_subject(dict: &Dictionary, m: &Match) -> bool {
    matches!(dict.entities[m.entity].kind, SpeakerKind::Chair | SpeakerKind::Secretariat)
}

fn push(out: &mut Vec<Speaker>, s: Speaker) {
    if !out.iter().any(|o| o.id == s.id && o.role == s.role && o.name == s.name) {
        out.push(s);
    }
}

/// The speakers of `text`, given the dictionary matches in it. Names in a
/// speaker position that the dictionary does not know are reported with
/// the line `line_of` gives for their offset.
pub fn speakers(
    dict: &Dictionary,
    text: &str,
    matches: &[Match],
    line_of: &dyn Fn(usize) -> u32,
    warnings: &mut Vec<Warning>,
) -> Vec<Speaker> {
    let mut out = Vec::new();
    let p = patterns();
    // The Chair and the Secretariat opening a clause.
    for c in p.clause_subject.captures_iter(text) {
        let who = c.get(1).unwrap();
        let (id, kind, role) = if who.as_str() == "主席" {
            if text[..who.start()].ends_with("副") {
                continue;
            }
            (CHAIR, SpeakerKind::Chair, Role::Chair)
        } else {
            (SECRETARIAT, SpeakerKind::Secretariat, Role::Secretariat)
        };
        push(
            &mut out,
            Speaker { id: id.into(), name: who.as_str().into(), iso3: None, kind, role, on_behalf_of: None },
        );
    }
    // Named speakers.
    for (i, m) in matches.iter().enumerate() {
        if speaks_as_subject(dict, m) {
            continue; // found above
        }
        let after = &text[m.end..];
        let before = &text[..m.start];
        if before.ends_with("一名来自") && after.starts_with("的讨论小组成员") {
            push(&mut out, speaker(dict, m, text, Role::Panelist, None));
            continue;
        }
        let rep = ["代表团", "代表", "的代表", "的一名代表", "的各位代表"].iter().find(|r| after.starts_with(*r));
        let Some(rep) = rep else { continue };
        let rest = &after[rep.len()..];
        // `A代表以G的名义发言`, `A代表代表G发言`, `A代表团代表G及其成员国发言`:
        // A speaks for the group G (one speaker; G's members do not speak).
        let spoken_for = |g: &&Match| {
            let after_lead = ["以", "代表"].iter().find_map(|l| rest.trim_start().strip_prefix(l));
            // `rest` ends the text, so its suffix's offset is the text's.
            // (None if the group starts inside the lead: `代表以色列`.)
            after_lead.is_some_and(|a| text.get(text.len() - a.len()..g.start).is_some_and(|gap| gap.trim().is_empty()))
                && matches!(dict.entities[g.entity].kind, SpeakerKind::Group | SpeakerKind::RegionalOrganization)
                && ["的名义", "发言", "及其成员国"].iter().any(|t| text[g.end..].trim_start().starts_with(t))
        };
        if let Some(group) = matches.get(i + 1).filter(spoken_for) {
            let group_id = dict.entities[group.entity].id.clone();
            push(&mut out, speaker(dict, m, text, Role::Representative, Some(group_id)));
            push(&mut out, speaker(dict, group, text, Role::OnBehalfOf, Some(dict.entities[m.entity].id.clone())));
            continue;
        }
        // `A、B和C代表`: the representatives of every State in the list.
        let mut listed = vec![m];
        for prev in matches[..i].iter().rev() {
            let between = &text[prev.end..listed[listed.len() - 1].start];
            if !is_list_joint(between) || speaks_as_subject(dict, prev) {
                break;
            }
            listed.push(prev);
        }
        for l in listed.into_iter().rev() {
            push(&mut out, speaker(dict, l, text, Role::Representative, None));
        }
    }
    // `下列国家的代表作了发言：A、B和C。`: each State or organisation listed.
    for c in p.listed_speakers.captures_iter(text) {
        let list = c.get(1).expect("the list");
        for m in matches.iter().filter(|m| m.start >= list.start() && m.end <= list.end()) {
            push(&mut out, speaker(dict, m, text, Role::Representative, None));
        }
    }
    // Unattributed speakers.
    for c in p.unattributed.captures_iter(text) {
        if c.get(1).is_some() {
            continue; // 该名发言者 refers back to a named speaker
        }
        let name = c[2].to_string();
        push(
            &mut out,
            Speaker {
                id: UNATTRIBUTED.into(),
                name,
                iso3: None,
                kind: SpeakerKind::Unattributed,
                role: Role::Unattributed,
                on_behalf_of: None,
            },
        );
    }
    for c in p.many_states.captures_iter(text) {
        push(
            &mut out,
            Speaker {
                id: UNATTRIBUTED.into(),
                name: c[1].to_string(),
                iso3: None,
                kind: SpeakerKind::Unattributed,
                role: Role::Unattributed,
                on_behalf_of: None,
            },
        );
    }
    // A panelist from somewhere the dictionary does not know.
    for c in p.panel_name.captures_iter(text) {
        let name = c.get(1).unwrap();
        if dict.resolve_exact(name.as_str()).is_none() {
            warnings.push(Warning {
                line: line_of(name.start()),
                kind: WarningKind::UnknownName,
                message: format!("unknown State or organisation `{}` (a panelist's origin)", name.as_str()),
            });
        }
    }
    out
}
