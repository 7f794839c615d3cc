//! A report given as the PDF the UN publishes: its text is extracted at
//! build time by poppler's `pdftotext` (Debian's `poppler-utils`, which
//! `scripts/setup.sh` installs), the extractor whose output the parser and
//! its page-furniture rule are tested on. The browser never sees the PDF.
//!
//! A file that is not a PDF, is encrypted, damaged, holds no text (a
//! scanned report) or makes the extractor run too long or write too much
//! gives a [`PdfError`] saying what to do; nothing panics or hangs.

use std::fmt;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The longest the extractor may run.
const TIME_LIMIT: Duration = Duration::from_secs(120);
/// The most text it may write (a report is well under 1 MB).
const TEXT_LIMIT: u64 = 64 << 20;

/// Why a PDF gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// The file does not start as a PDF does (`%PDF-`).
    NotPdf,
    /// `pdftotext` is not installed.
    NoExtractor,
    /// The PDF is encrypted (it needs a password).
    Encrypted,
    /// The extractor could not read it; its message.
    Damaged(String),
    /// Pages but no text: a scanned report.
    NoText,
    /// The extractor wrote more than [`TEXT_LIMIT`] bytes.
    TooLarge,
    /// The extractor ran longer than [`TIME_LIMIT`].
    TimedOut,
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::NotPdf => {
                write!(f, "not a PDF (it does not start with %PDF-); give the report's PDF or its text as .zh.txt")
            }
            PdfError::NoExtractor => {
                write!(
                    f,
                    "reading a PDF needs poppler's pdftotext (apt-get install poppler-utils, or run scripts/setup.sh)"
                )
            }
            PdfError::Encrypted => {
                write!(f, "the PDF is encrypted; save an unencrypted copy or extract its text to .zh.txt")
            }
            PdfError::Damaged(m) => write!(f, "the PDF cannot be read ({m}); download it again"),
            PdfError::NoText => write!(
                f,
                "the PDF holds no text (a scanned report?); give its text as .zh.txt, from the UN's text version or OCR"
            ),
            PdfError::TooLarge => {
                write!(f, "the PDF's text is larger than {} MB; is this one report?", TEXT_LIMIT >> 20)
            }
            PdfError::TimedOut => write!(f, "extracting the PDF's text took over {} s", TIME_LIMIT.as_secs()),
        }
    }
}

impl std::error::Error for PdfError {}

/// Whether a file name is a PDF's (`.pdf`, any case).
pub fn is_pdf(path: &str) -> bool {
    path.rsplit_once('.').is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("pdf"))
}

/// The text of the PDF at `path`, as `pdftotext` extracts it (UTF-8, page
/// breaks as form feeds).
pub fn text_of(path: &str) -> Result<String, PdfError> {
    let mut head = [0u8; 5];
    let read =
        std::fs::File::open(path).and_then(|mut f| f.read(&mut head)).map_err(|e| PdfError::Damaged(e.to_string()))?;
    if &head[..read] != b"%PDF-" {
        return Err(PdfError::NotPdf);
    }
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-eol", "unix", "-q", path, "-"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| PdfError::NoExtractor)?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let read = stdout.take(TEXT_LIMIT + 1).read_to_end(&mut text);
        (read, text)
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIME_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PdfError::TimedOut);
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(PdfError::Damaged(e.to_string())),
        }
    };
    let (read, text) = reader.join().map_err(|_| PdfError::Damaged("the extractor's output was lost".into()))?;
    read.map_err(|e| PdfError::Damaged(e.to_string()))?;
    if text.len() as u64 > TEXT_LIMIT {
        return Err(PdfError::TooLarge);
    }
    if !status.success() {
        // pdftotext says 1 for a file it cannot open (damaged, or locked
        // by a password) and 3 for one whose permissions forbid copying.
        return Err(if encrypted(path) {
            PdfError::Encrypted
        } else {
            PdfError::Damaged(format!("pdftotext: {status}"))
        });
    }
    let text = String::from_utf8(text).map_err(|_| PdfError::Damaged("the extracted text is not UTF-8".into()))?;
    if text.chars().all(char::is_whitespace) {
        return Err(if encrypted(path) { PdfError::Encrypted } else { PdfError::NoText });
    }
    Ok(text)
}

/// Whether the PDF has an encryption dictionary (`/Encrypt` in its
/// trailer), read from its last 64 kB.
fn encrypted(path: &str) -> bool {
    let Ok(bytes) = std::fs::read(path) else { return false };
    let tail = &bytes[bytes.len().saturating_sub(64 << 10)..];
    tail.windows(8).any(|w| w == b"/Encrypt")
}
