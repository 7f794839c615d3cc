//! The committed world map reads, and draws every State of the reference
//! table: each attending State of the real report and each UN member.

mod common;

use report::page::map::WorldMap;

fn map() -> WorldMap {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/map/world.txt")).unwrap();
    WorldMap::parse(&text).unwrap_or_else(|e| panic!("data/map/world.txt: {e}"))
}

#[test]
fn every_attending_state_is_drawn() {
    let (m, r) = (map(), common::report());
    assert_eq!((m.width, m.height), (960, 470));
    let mut missing = Vec::new();
    for s in &r.attendance.states {
        let code = r.entity(&s.iso3).and_then(|e| e.m49).expect("attending States have an M49 code");
        if !m.has(code) {
            missing.push(&s.iso3);
        }
    }
    assert!(missing.is_empty(), "not on the map: {missing:?}");
}

#[test]
fn every_un_member_is_drawn() {
    let (m, table) = (map(), include_str!("../../../data/reference/un-states.tsv"));
    let missing: Vec<&str> = table
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let code: u16 = f[3].parse().ok()?;
            (!m.has(code)).then_some(f[2])
        })
        .collect();
    assert!(missing.is_empty(), "not on the map: {missing:?}");
    println!("{} outlines, {} dots", m.shapes.len(), m.dots.len());
}

#[test]
fn bad_map_lines_are_named() {
    assert_eq!(WorldMap::parse("size 10 10\nshape 4 <script>").unwrap_err().line, 2);
    assert_eq!(WorldMap::parse("size 10 10\ndot 4 1").unwrap_err().line, 2);
    assert_eq!(WorldMap::parse("hello").unwrap_err().to_string(), "map line 1: expected `size`, `shape` or `dot`");
    assert!(WorldMap::parse("# only a comment").is_err());
}
