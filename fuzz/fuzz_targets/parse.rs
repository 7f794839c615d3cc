//! Fuzzes the parser with arbitrary bytes: it must return a report or an
//! error, never panic or hang, and a report's spans must lie on character
//! boundaries of their paragraph's text, and every character of the input
//! must be accounted for in the report (`report::parse::integrity`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = report::parse(data) {
        for p in &r.paragraphs {
            for s in &p.spans {
                assert!(s.start <= s.end && (s.end as usize) <= p.text.len());
                assert!(p.text.is_char_boundary(s.start as usize) && p.text.is_char_boundary(s.end as usize));
            }
        }
        let text = std::str::from_utf8(data).expect("a parsed input is UTF-8");
        if let Err(e) = report::parse::integrity::account(text, &r) {
            panic!("{e}");
        }
        let all: Vec<usize> = (0..r.paragraphs.len()).collect();
        let _ = report::page::export::json(&r, &all);
    }
});
