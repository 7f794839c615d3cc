//! Errors that stop a parse, each naming the place: what is wrong with the
//! input as a whole or at which line, and the file it came from. (What
//! does not stop a parse is a [`crate::model::Warning`].)

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
    Pdf(super::pdf::PdfError),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            FileErrorKind::Io(e) => write!(f, "{}: cannot read: {e}", self.path),
            FileErrorKind::Parse(e) => write!(f, "{}: {e}", self.path),
            FileErrorKind::Pdf(e) => write!(f, "{}: {e}", self.path),
        }
    }
}

impl std::error::Error for FileError {}
