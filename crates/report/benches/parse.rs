//! Parser and query-engine benchmarks on the real report (93 paragraphs)
//! and on a synthetic one of 10,000 paragraphs made from it.
//!
//! `cargo bench -p report` prints the median time of each.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use report::query::{Facet, Filter, Index};
use std::hint::black_box;

const SOURCE: &str = include_str!("../../../data/reports/wg-prevention-2017-08.zh.txt");

fn sizes() -> Vec<(u32, String)> {
    vec![(93, SOURCE.to_string()), (10_000, report::parse::synth::synthesize(SOURCE, 10_000).expect("synthesize"))]
}

fn parse(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse");
    g.sample_size(20);
    for (n, text) in sizes() {
        g.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, t| {
            b.iter(|| report::parse(black_box(t.as_bytes())).unwrap())
        });
    }
    g.finish();
}

fn query(c: &mut Criterion) {
    let mut g = c.benchmark_group("query");
    for (n, text) in sizes() {
        let r = report::parse(text.as_bytes()).unwrap();
        let index = Index::new(&r);
        let mut f = Filter::default();
        f.toggle(Facet::Topic, "education");
        f.toggle(Facet::Speaker, "unattributed");
        g.bench_with_input(BenchmarkId::new("index", n), &r, |b, r| b.iter(|| Index::new(black_box(r))));
        g.bench_with_input(BenchmarkId::new("hits+counts", n), &f, |b, f| {
            b.iter(|| {
                let hits = index.hits(black_box(f));
                (hits.count(), index.counts(f))
            })
        });
        let mut s = f.clone();
        s.query = "廉正".into();
        g.bench_with_input(BenchmarkId::new("search+counts", n), &s, |b, s| {
            b.iter(|| {
                let hits = index.hits(black_box(s));
                (hits.count(), index.counts(s))
            })
        });
    }
    g.finish();
}

criterion_group!(benches, parse, query);
criterion_main!(benches);
