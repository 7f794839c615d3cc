//! Errors that stop a parse and warnings that do not.
//!
//! Both name the place: an error says what is wrong with the input as a
//! whole or at which line; a warning carries the 1-based source line.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a file could not be parsed at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The input has no text (or only whitespace).
    Empty,
    /// The input is not valid UTF-8; `line` is where the first bad byte is.
    NotUtf8 { line: u32, byte_offset: usize, likely_gbk: bool },
    /// No numbered paragraph (`1. …`) was found.
    NoParagraphs,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "the file is empty"),
            ParseError::NotUtf8 { line, byte_offset, likely_gbk } => {
                write!(f, "line {line}: the file is not UTF-8 (invalid byte at offset {byte_offset})")?;
                if *likely_gbk {
                    write!(f, "; it looks GBK/GB18030-encoded: convert it with `iconv -f GB18030 -t UTF-8`")?;
                }
                Ok(())
            }
            ParseError::NoParagraphs => {
                write!(f, "no numbered paragraphs (lines such as `1. …`) were found")
            }
        }
    }
}

impl std::error::Error for ParseError {}

/// A [`ParseError`] together with the file it came from.
#[derive(Debug)]
pub struct FileError {
    pub path: String,
    pub kind: FileErrorKind,
}

/// What went wrong with a file.
#[derive(Debug)]
pub enum FileErrorKind {
    Io(std::io::Error),
    Parse(ParseError),
    /// A PDF whose text could not be extracted.
    #[cfg(feature = "parse")]
    Pdf(crate::parse::pdf::PdfError),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            FileErrorKind::Io(e) => write!(f, "{}: cannot read: {e}", self.path),
            FileErrorKind::Parse(e) => write!(f, "{}: {e}", self.path),
            #[cfg(feature = "parse")]
            FileErrorKind::Pdf(e) => write!(f, "{}: {e}", self.path),
        }
    }
}

impl std::error::Error for FileError {}

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
