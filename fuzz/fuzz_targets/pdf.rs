//! Fuzzes the PDF path with arbitrary bytes written as a `.pdf` file: its
//! text comes through pdftotext, and whatever the bytes, reading it must
//! give a report or an error (not a PDF, damaged, encrypted, no text),
//! never a panic or a hang; a report accounts for every character of the
//! extracted text. Start it from a real PDF (tests/fixtures/pdf/typeset.mjs
//! writes one) in fuzz/corpus/pdf.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("report-fuzz-{}.pdf", std::process::id()));
    std::fs::write(&path, data).expect("the temporary folder is writable");
    let path = path.display().to_string();
    if let Ok(r) = report::parse_file(&path) {
        let source = report::parse::source(&path).expect("it was read a moment ago");
        let text = String::from_utf8(source).expect("a parsed input is UTF-8");
        if let Err(e) = report::parse::integrity::account(&text, &r) {
            panic!("{e}");
        }
    }
});
