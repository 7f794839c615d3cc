//! The world map of the overview: country outlines and dots, keyed by UN
//! M49 code, read from the text file `scripts/build-map.mjs` writes
//! (`data/map/world.txt`). The site fetches that file when the overview
//! opens, so the map costs nothing on first load.

use std::fmt;

/// A projected world map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorldMap {
    pub width: u16,
    pub height: u16,
    /// Outlines as SVG path data.
    pub shapes: Vec<Shape>,
    /// Countries too small to see (or missing) at the outlines' scale.
    pub dots: Vec<Dot>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub m49: u16,
    pub path: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dot {
    pub m49: u16,
    pub x: i16,
    pub y: i16,
}

/// A line of the map file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapError {
    pub line: u32,
    pub message: String,
}

impl fmt::Display for MapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "map line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for MapError {}

impl WorldMap {
    /// Reads the map file: `size W H`, `shape M49 PATH`, `dot M49 X Y`;
    /// `#` starts a comment line.
    pub fn parse(text: &str) -> Result<WorldMap, MapError> {
        let mut map = WorldMap::default();
        for (i, line) in text.lines().enumerate() {
            let err = |message: &str| MapError { line: i as u32 + 1, message: message.to_string() };
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.splitn(3, ' ');
            let (kind, a, rest) = (parts.next(), parts.next(), parts.next());
            let num = |s: Option<&str>| s.and_then(|s| s.parse::<i32>().ok());
            match kind {
                Some("size") => {
                    let (w, h) = (num(a), num(rest));
                    match (w, h) {
                        (Some(w @ 1..=4096), Some(h @ 1..=4096)) => (map.width, map.height) = (w as u16, h as u16),
                        _ => return Err(err("expected `size W H` with sizes from 1 to 4096")),
                    }
                }
                Some("shape") => {
                    let m49 = num(a).and_then(|n| u16::try_from(n).ok()).ok_or_else(|| err("expected an M49 code"))?;
                    let path = rest.filter(|p| p.starts_with('M')).ok_or_else(|| err("expected SVG path data"))?;
                    if !path.bytes().all(|b| b.is_ascii_digit() || b"MLZ,-.".contains(&b)) {
                        return Err(err("path data may hold only M, L, Z, numbers and commas"));
                    }
                    map.shapes.push(Shape { m49, path: path.to_string() });
                }
                Some("dot") => {
                    let m49 = num(a).and_then(|n| u16::try_from(n).ok()).ok_or_else(|| err("expected an M49 code"))?;
                    let mut xy = rest.unwrap_or("").split(' ').map(|s| s.parse::<i16>().ok());
                    match (xy.next().flatten(), xy.next().flatten(), xy.next()) {
                        (Some(x), Some(y), None) => map.dots.push(Dot { m49, x, y }),
                        _ => return Err(err("expected `dot M49 X Y`")),
                    }
                }
                _ => return Err(err("expected `size`, `shape` or `dot`")),
            }
        }
        if map.width == 0 {
            return Err(MapError { line: 0, message: "no `size` line".into() });
        }
        Ok(map)
    }

    /// Whether a country is drawn (as an outline or a dot).
    pub fn has(&self, m49: u16) -> bool {
        self.shapes.iter().any(|s| s.m49 == m49) || self.dots.iter().any(|d| d.m49 == m49)
    }
}
