//! What the parser removed as layout debris and what it warned about: part
//! of the model, so that `report check`, the build and the published JSON
//! say where a report needs a look. A warning carries the 1-based source
//! line.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What the parser removed as layout debris and what it warned about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostics {
    /// Removed debris by kind, with counts.
    pub removed: Vec<Removed>,
    pub warnings: Vec<Warning>,
}

/// A kind of removed debris and how many lines of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub kind: String,
    pub lines: u32,
}

/// What a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// A paragraph number was skipped.
    NumberingGap,
    /// A paragraph number appears twice.
    DuplicateParagraph,
    /// A name in a place where a State or organisation is expected that
    /// the reference tables do not know.
    UnknownName,
    /// The text ends inside a paragraph or heading.
    Truncated,
    /// A footnote marker or reference without its footnote.
    MissingFootnote,
    /// A cross-reference to a paragraph that does not exist.
    DanglingXref,
    /// Text before the first heading or paragraph that is not the title.
    Unplaced,
    /// Text that looks like a citation, a statement, a session number or
    /// page furniture but was not read as one, or an agenda item with no
    /// English name.
    Unread,
}

/// Something the parser could not make sense of; the rest is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub line: u32,
    pub kind: WarningKind,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}
