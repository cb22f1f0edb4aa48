//! `repere venues extract NATIONAL.csv --near PLACE`: from a national export
//! of the venue standard (the standard's CSV, tens of thousands of rows) to
//! the local offers file the app reads (a JSON array of venues).
//!
//! The file is streamed twice, one row at a time (memory holds at most the
//! `--max` nearest venues and the ids seen): the first pass places a postcode
//! or INSEE code, the second validates each row, skips and counts the bad
//! ones with their reasons, and keeps the nearest venues. There is no
//! geocoder (Repère sends no request anywhere): a postcode or INSEE code is
//! placed at the mean position of the file's own valid rows with that code.

use crate::escape::{escape, escape_lines};
use repere_content::{csv_row_value, header_problems, row_problem, CsvRecords};
use repere_guidance::venues::{check_venue, distance_km, is_insee_code, is_postcode, validate_venues, Venue};
use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub const USAGE: &str = "  repere venues extract NATIONAL.csv --near PLACE [--radius KM] [--max N] [--out FILE]
                                 keep the venues of a national export (the standard's CSV) near PLACE — a postcode,
                                 an INSEE code (placed at the mean position of the file's own venues with that code:
                                 no geocoder) or LAT,LON — and write them as the offers file the app reads
                                 (JSON; default: standard output); --radius 20 km, --max 30 venues by default";

const NO_PUBLIC: &str = "Ce lieu n'accueille pas de public";

/// Where to look around.
#[derive(Debug, Clone, PartialEq)]
pub enum Near {
    /// A postcode or an INSEE code, placed with the file's own venues.
    Code(String),
    /// Latitude, longitude.
    Point(f64, f64),
}

impl Near {
    pub fn parse(text: &str) -> Result<Near, String> {
        let text = text.trim();
        if let Some((lat, lon)) = text.split_once(',') {
            let (lat, lon) = (lat.trim().parse::<f64>(), lon.trim().parse::<f64>());
            return match (lat, lon) {
                (Ok(lat), Ok(lon)) if lat.abs() <= 90.0 && lon.abs() <= 180.0 => Ok(Near::Point(lat, lon)),
                _ => Err(format!("'{text}' is not LAT,LON in WGS84 degrees with decimal points, e.g. 45.9897,4.7189")),
            };
        }
        if is_postcode(text) || is_insee_code(text) {
            return Ok(Near::Code(text.to_string()));
        }
        Err(format!("'{text}' is neither a postcode (5 digits), an INSEE code (e.g. 2A004) nor LAT,LON (e.g. 45.9897,4.7189)"))
    }
}

/// The options of `venues extract`.
#[derive(Debug, Clone, PartialEq)]
pub struct Extract {
    pub input: PathBuf,
    pub near: Near,
    pub radius_km: f64,
    pub max: usize,
    pub out: Option<PathBuf>,
}

impl Extract {
    pub fn parse(words: &[&str]) -> Result<Extract, String> {
        let mut input = None;
        let (mut near, mut radius_km, mut max, mut out) = (None, 20.0, 30usize, None);
        let mut i = 0;
        while i < words.len() {
            let word = words[i];
            let mut value = || {
                i += 1;
                words.get(i).copied().ok_or_else(|| format!("option '{word}' needs a value"))
            };
            match word {
                "--near" => near = Some(Near::parse(value()?)?),
                "--radius" => {
                    let v = value()?;
                    radius_km = v.parse().ok().filter(|r: &f64| *r > 0.0 && *r <= 1000.0).ok_or_else(|| format!("--radius: expected kilometres between 0 and 1000, got '{v}'"))?
                }
                "--max" => {
                    let v = value()?;
                    max = v.parse().ok().filter(|m: &usize| *m >= 1).ok_or_else(|| format!("--max: expected a number of venues, at least 1, got '{v}'"))?
                }
                "--out" | "-o" => out = Some(PathBuf::from(value()?)),
                w if w.starts_with('-') => return Err(format!("unknown option '{w}'")),
                w if input.is_none() => input = Some(PathBuf::from(w)),
                w => return Err(format!("one national file only (got a second one, '{w}')")),
            }
            i += 1;
        }
        Ok(Extract {
            input: input.ok_or("give the national file (the standard's CSV)")?,
            near: near.ok_or("give --near: a postcode, an INSEE code or LAT,LON")?,
            radius_km,
            max,
            out,
        })
    }
}

/// What happened to the rows, for the summary.
#[derive(Debug, Default)]
pub struct Tally {
    pub rows: usize,
    pub invalid: usize,
    /// Per field: how many rows it made invalid, and the first few messages.
    pub reasons: BTreeMap<String, (usize, Vec<String>)>,
    pub no_public: usize,
    pub no_position: usize,
    pub far: usize,
    pub within: usize,
}

/// A kept venue: its distance (none: same code, no coordinates) and row order.
struct Kept {
    distance: Option<f64>,
    row: usize,
    venue: Venue,
}

/// The result of an extraction.
pub struct Extraction {
    pub centre: (f64, f64),
    /// How the centre was found, in words.
    pub centre_from: String,
    pub venues: Vec<(Option<f64>, Venue)>,
    pub tally: Tally,
}

type Row = Result<(usize, Venue), (usize, Vec<(String, String)>)>;

/// Stream the venues of a national CSV: each row with its line, valid or
/// with its problems (field, message). A bad header fails the whole file.
fn rows(path: &Path) -> Result<impl Iterator<Item = Row>, String> {
    let file = File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut records = CsvRecords::new(BufReader::with_capacity(1 << 16, file));
    let header = match records.next() {
        Some(Ok((_, header))) => header,
        Some(Err((line, m))) => return Err(format!("{}:{line}: {m}", path.display())),
        None => return Err(format!("{}: empty file", path.display())),
    };
    let problems = header_problems(&header);
    if !problems.is_empty() {
        return Err(format!(
            "{} is not a CSV of the national venue standard:\n{}",
            path.display(),
            problems.iter().map(|p| format!("  {}:1: {p}", path.display())).collect::<Vec<_>>().join("\n")
        ));
    }
    Ok(records.map(move |record| match record {
        Err((line, m)) => Err((line, vec![(String::new(), m)])),
        Ok((line, cells)) => {
            let (value, mut problems) = csv_row_value(&header, &cells);
            match serde_json::from_value::<Venue>(value) {
                Ok(venue) => {
                    let reported: Vec<String> = problems.iter().map(|(f, _)| f.clone()).collect();
                    problems.extend(
                        check_venue(&venue).into_iter().filter(|(f, _)| !reported.iter().any(|r| r == f)).map(|(f, m)| (f.to_string(), m)),
                    );
                    if problems.is_empty() {
                        Ok((line, venue))
                    } else {
                        Err((line, problems))
                    }
                }
                Err(e) => {
                    problems.push((String::new(), e.to_string()));
                    Err((line, problems))
                }
            }
        }
    }))
}

/// Where `code` is: the mean position of the file's valid venues with that
/// postcode or INSEE code.
fn place_code(path: &Path, code: &str) -> Result<((f64, f64), String), String> {
    let (mut lat, mut lon, mut n) = (0.0, 0.0, 0usize);
    for (_, venue) in rows(path)?.flatten() {
        if venue.code_postal == code || venue.code_insee.as_deref() == Some(code) {
            if let Some((a, b)) = venue.position() {
                lat += a;
                lon += b;
                n += 1;
            }
        }
    }
    if n == 0 {
        return Err(format!(
            "no valid venue with coordinates has the postcode or INSEE code {code} in {}: Repère has no geocoder (it sends no request anywhere), so give the place as --near LAT,LON",
            path.display()
        ));
    }
    let centre = (lat / n as f64, lon / n as f64);
    Ok((centre, format!("{code}: the mean position of the {n} valid venue{} with this postcode or INSEE code in the file (no geocoder)", if n == 1 { "" } else { "s" })))
}

/// Run an extraction (without writing anything).
pub fn extract(options: &Extract) -> Result<Extraction, String> {
    let (centre, centre_from) = match &options.near {
        Near::Point(lat, lon) => ((*lat, *lon), format!("{lat},{lon} (given)")),
        Near::Code(code) => place_code(&options.input, code)?,
    };
    let code = match &options.near {
        Near::Code(code) => Some(code.as_str()),
        Near::Point(..) => None,
    };
    let mut tally = Tally::default();
    let mut ids: HashSet<String> = HashSet::new();
    let mut kept: Vec<Kept> = Vec::new();
    let order = |a: &Kept, b: &Kept| {
        let key = |k: &Kept| k.distance.unwrap_or(f64::INFINITY);
        key(a).total_cmp(&key(b)).then(a.row.cmp(&b.row))
    };
    for row in rows(&options.input)? {
        tally.rows += 1;
        let index = tally.rows - 1;
        let venue = match row {
            Ok((line, venue)) if !ids.insert(venue.id.clone()) => {
                let message = format!("'{}' is already the id of an earlier row: each venue needs its own id", venue.id);
                tally.invalid += 1;
                count(&mut tally, "id", format!("line {line}: {}", row_problem(index, "id", &message)));
                continue;
            }
            Ok((_, venue)) => venue,
            Err((line, problems)) => {
                tally.invalid += 1;
                let field = problems.first().map_or(String::new(), |(f, _)| f.clone());
                let text = problems.iter().map(|(f, m)| row_problem(index, f, m)).collect::<Vec<_>>().join("; ");
                count(&mut tally, if field.is_empty() { "(row)" } else { &field }, format!("line {line}: {text}"));
                continue;
            }
        };
        if venue.modalites_acces.has(NO_PUBLIC) {
            tally.no_public += 1;
            continue;
        }
        let distance = match venue.position() {
            Some(p) => Some(distance_km(centre, p)),
            None if code.is_some_and(|c| venue.code_postal == c || venue.code_insee.as_deref() == Some(c)) => None,
            None => {
                tally.no_position += 1;
                continue;
            }
        };
        if distance.is_some_and(|d| d > options.radius_km) {
            tally.far += 1;
            continue;
        }
        tally.within += 1;
        kept.push(Kept { distance, row: index, venue });
        if kept.len() >= 2 * options.max {
            kept.sort_by(order);
            kept.truncate(options.max);
        }
    }
    kept.sort_by(order);
    kept.truncate(options.max);
    let venues: Vec<(Option<f64>, Venue)> = kept.into_iter().map(|k| (k.distance, k.venue)).collect();
    Ok(Extraction { centre, centre_from, venues, tally })
}

fn count(tally: &mut Tally, field: &str, example: String) {
    let entry = tally.reasons.entry(field.to_string()).or_default();
    entry.0 += 1;
    if entry.1.len() < 3 {
        entry.1.push(example);
    }
}

/// The summary printed after an extraction.
pub fn summary(options: &Extract, x: &Extraction) -> String {
    let t = &x.tally;
    let mut s = format!(
        "{}: {} rows read, {} valid, {} skipped as invalid\n",
        options.input.display(),
        t.rows,
        t.rows - t.invalid,
        t.invalid
    );
    let mut reasons: Vec<(&String, &(usize, Vec<String>))> = t.reasons.iter().collect();
    reasons.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    for (field, (n, examples)) in reasons {
        s += &format!("  invalid {field}: {n} row{}\n", if *n == 1 { "" } else { "s" });
        for e in examples {
            s += &format!("    e.g. {e}\n");
        }
    }
    s += &format!("place: {:.5},{:.5}, from {}\n", x.centre.0, x.centre.1, x.centre_from);
    s += &format!(
        "{} valid venue{} within {} km",
        t.within,
        if t.within == 1 { "" } else { "s" },
        options.radius_km
    );
    s += &format!(
        " ({} farther, {} without coordinates, {} not open to the public: left out)\n",
        t.far, t.no_position, t.no_public
    );
    s += &format!(
        "kept {} (the nearest, --max {}):\n",
        x.venues.len(),
        options.max
    );
    for (d, v) in &x.venues {
        let d = d.map_or("same code, no coordinates".to_string(), |d| format!("{d:.1} km"));
        s += &format!("  {d:>8}  {}  {} ({} {})\n", escape(&v.id), escape(&v.nom), escape(&v.code_postal), escape(&v.commune));
    }
    s
}

/// `repere venues …`.
pub fn main(words: &[&str]) -> ExitCode {
    let options = match words {
        ["extract", rest @ ..] => Extract::parse(rest),
        _ => Err("unknown venues command".to_string()),
    };
    let options = match options {
        Ok(o) => o,
        Err(e) => {
            eprintln!("repere: {}\n\nusage:\n{USAGE}", escape_lines(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    let extraction = match extract(&options) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("repere: {}", escape_lines(&e.to_string()));
            return ExitCode::from(1);
        }
    };
    let venues: Vec<Venue> = extraction.venues.iter().map(|(_, v)| v.clone()).collect();
    // Every kept venue passed the checks one by one; the list passes them too.
    let problems = validate_venues(&venues);
    if let Some(p) = problems.first() {
        eprintln!("repere: internal error, the extracted list does not validate: {}", escape_lines(&p.to_string()));
        return ExitCode::from(1);
    }
    let json = serde_json::to_string_pretty(&venues).expect("venues serialise") + "\n";
    let written = match &options.out {
        Some(path) => std::fs::write(path, &json).map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => std::io::stdout().write_all(json.as_bytes()).map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        eprintln!("repere: {}", escape_lines(&e.to_string()));
        return ExitCode::from(1);
    }
    eprint!("{}", summary(&options, &extraction));
    match &options.out {
        Some(path) => eprintln!(
            "wrote {} ({} venues): serve it beside the app and open ?venues={}, or put it in assessments/venues/ and open ?venues=NAME",
            path.display(),
            venues.len(),
            path.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned())
        ),
        None => eprintln!("wrote {} venues to standard output", venues.len()),
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_checked() {
        let o = Extract::parse(&["n.csv", "--near", "69400", "--radius", "5", "--max", "3", "--out", "x.json"]).unwrap();
        assert_eq!(o.near, Near::Code("69400".into()));
        assert_eq!((o.radius_km, o.max, o.out), (5.0, 3, Some(PathBuf::from("x.json"))));
        assert_eq!(Extract::parse(&["n.csv", "--near", "2A004"]).unwrap().near, Near::Code("2A004".into()));
        assert_eq!(Extract::parse(&["n.csv", "--near", "45.98, 4.72"]).unwrap().near, Near::Point(45.98, 4.72));
        for (words, error) in [
            (&["n.csv"][..], "give --near"),
            (&["--near", "69400"][..], "give the national file"),
            (&["n.csv", "--near", "Lyon"][..], "'Lyon' is neither a postcode"),
            // Byte 2 inside a character (issue 24): refused, not a panic.
            (&["n.csv", "--near", "1é23"][..], "'1é23' is neither a postcode"),
            (&["n.csv", "--near", "𝄞1"][..], "'𝄞1' is neither a postcode"),
            (&["n.csv", "--near", "95,200"][..], "not LAT,LON"),
            (&["n.csv", "--near", "69400", "--radius", "-1"][..], "--radius: expected kilometres"),
            (&["n.csv", "--near", "69400", "--max", "0"][..], "--max: expected a number"),
            (&["n.csv", "--near"][..], "option '--near' needs a value"),
            (&["n.csv", "--near", "69400", "--nearby"][..], "unknown option '--nearby'"),
        ] {
            let e = Extract::parse(words).unwrap_err();
            assert!(e.contains(error), "{words:?}: {e}");
        }
    }
}
