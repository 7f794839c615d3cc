//! A report given as a PDF: its text comes from poppler's pdftotext, and a
//! file that is no PDF, an empty (scanned) one, a damaged or an encrypted
//! one gives an error naming the file and what to do, never a panic. The
//! PDFs are written here, byte by byte; the typeset report itself is
//! tested end to end in tests/e2e/pdf-extraction.test.mjs.

use report::parse::error::FileErrorKind;
use report::parse::pdf::PdfError;

/// A one-page PDF whose page shows `text` (nothing if empty), with
/// `trailer_extra` added to its trailer.
fn pdf(text: &str, trailer_extra: &str) -> Vec<u8> {
    let content = if text.is_empty() { String::new() } else { format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET") };
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!("trailer\n<< /Size {} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
            .as_bytes(),
    );
    out
}

/// Writes `bytes` as `name` in `dir` (a test's own scratch folder, gone
/// with it), giving its path.
fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

fn pdf_error(path: &str) -> PdfError {
    match report::parse_file(path) {
        Err(e) => match (e.to_string(), e.kind) {
            (shown, FileErrorKind::Pdf(p)) => {
                assert!(shown.starts_with(path), "the error names the file: {shown}");
                p
            }
            (shown, _) => panic!("{path}: not a PDF error: {shown}"),
        },
        Ok(_) => panic!("{path} parsed"),
    }
}

#[test]
fn a_pdf_s_text_is_what_pdftotext_extracts() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "hello.pdf", &pdf("Hello report", ""));
    let text = report::parse::pdf::text_of(&path).expect("pdftotext reads it");
    assert_eq!(text.trim_end_matches(['\n', '\u{c}']), "Hello report");
    // The text is no report: the parser says so, naming the file.
    let e = report::parse_file(&path).unwrap_err();
    assert!(matches!(e.kind, FileErrorKind::Parse(_)), "{e}");
}

#[test]
fn a_file_that_is_no_pdf_a_scanned_a_damaged_or_an_encrypted_one_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let not = write(&dir, "not.pdf", "第一段。".as_bytes());
    assert_eq!(pdf_error(&not), PdfError::NotPdf);
    assert!(PdfError::NotPdf.to_string().contains(".zh.txt"));
    let scanned = write(&dir, "scanned.pdf", &pdf("", ""));
    assert_eq!(pdf_error(&scanned), PdfError::NoText);
    assert!(PdfError::NoText.to_string().contains("scanned"));
    let full = pdf("Hello report", "");
    for cut in [10, full.len() / 3, full.len() / 2] {
        let damaged = write(&dir, &format!("damaged-{cut}.pdf"), &full[..cut]);
        assert!(matches!(pdf_error(&damaged), PdfError::Damaged(_) | PdfError::NoText), "cut at {cut}");
    }
    let encrypted = write(
        &dir,
        "encrypted.pdf",
        &pdf("Hello report", "/Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >> /ID [<00> <00>] "),
    );
    assert_eq!(pdf_error(&encrypted), PdfError::Encrypted);
    assert!(PdfError::Encrypted.to_string().contains("unencrypted"));
    assert!(PdfError::NoExtractor.to_string().contains("poppler-utils"));
}
