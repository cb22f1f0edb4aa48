//! The QR SVG of real result codes: its structure, its modules against the
//! encoder's matrix, its version, and that a QR reader gets the code back.

use repere_guidance::referral::Path;
use repere_guidance::result_code::{
    bank_fingerprint, encode, DomainSummary, Precision, ResultSummary, FORMAT_VERSION,
};
use repere_engine::Mode;
use repere_handoff::{qr_svg, qr_version, QUIET_ZONE};

/// A result code for a bank of `domains` domains (the shipped bank has 7).
fn result_code(domains: usize) -> String {
    let ids: Vec<String> = (0..domains).map(|i| format!("domain-{i}")).collect();
    encode(&ResultSummary {
        mode: Mode::Profile,
        bank_fingerprint: bank_fingerprint(&ids),
        domains: (0..domains)
            .map(|i| DomainSummary {
                level: 1 + (i % 4) as u8,
                precision: Precision::ALL[(i * 3) % 4],
                measured: true,
            })
            .collect(),
        main: Path::Training,
        complements: vec![Path::AidantsConnect, Path::EquipmentFirst],
        pass_numerique: true,
        items_answered: 23,
        overall: None,
        day: None,
        format_version: FORMAT_VERSION,
    })
}

/// The SVG's side in modules and its dark modules, read back from the path.
fn modules(svg: &str) -> (usize, Vec<Vec<bool>>) {
    let view = svg.split("viewBox=\"0 0 ").nth(1).expect("a viewBox");
    let size: usize = view.split(' ').next().unwrap().parse().unwrap();
    let mut grid = vec![vec![false; size]; size];
    let d = svg
        .split(" d=\"")
        .nth(1)
        .expect("a path")
        .split('"')
        .next()
        .unwrap();
    for run in d.split('M').filter(|r| !r.is_empty()) {
        // "x yhNv1h-Nz"
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let n: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        assert_eq!(rest, format!("{n}v1h-{n}z"));
        for cell in &mut grid[y][x..x + n] {
            assert!(!*cell, "runs never overlap");
            *cell = true;
        }
    }
    (size, grid)
}

#[test]
fn svg_structure_viewbox_background_and_quiet_zone() {
    let code = result_code(7);
    let svg = qr_svg(&code);
    assert!(
        svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 33 33""#),
        "{svg}"
    );
    assert!(svg.contains(r##"<rect width="33" height="33" fill="#fff"/>"##));
    assert!(svg.contains(r##"<path fill="#000" d="M"##));
    assert!(svg.ends_with("\"/></svg>"));
    assert!(
        !svg.contains("width=\"33\" height=\"33\" viewBox"),
        "no fixed size on the svg element"
    );
    let (size, grid) = modules(&svg);
    assert_eq!(size, 25 + 2 * QUIET_ZONE);
    for (y, row) in grid.iter().enumerate() {
        for (x, &dark) in row.iter().enumerate() {
            let inside = (QUIET_ZONE..size - QUIET_ZONE).contains(&x)
                && (QUIET_ZONE..size - QUIET_ZONE).contains(&y);
            assert!(inside || !dark, "quiet zone module ({x}, {y}) is dark");
        }
    }
    // The three finder patterns: a dark 7×7 ring at each corner but bottom-right.
    for (fx, fy) in [(0, 0), (18, 0), (0, 18)] {
        for i in 0..7 {
            for (x, y) in [
                (fx + i, fy),
                (fx + i, fy + 6),
                (fx, fy + i),
                (fx + 6, fy + i),
            ] {
                assert!(
                    grid[y + QUIET_ZONE][x + QUIET_ZONE],
                    "finder module ({x}, {y})"
                );
            }
        }
    }
}

#[test]
fn dark_modules_match_the_encoder() {
    let code = result_code(7);
    let qr =
        qrcode::QrCode::with_error_correction_level(code.as_bytes(), qrcode::EcLevel::Q).unwrap();
    let expected: Vec<bool> = qr
        .to_colors()
        .iter()
        .map(|&c| c == qrcode::Color::Dark)
        .collect();
    let (_, grid) = modules(&qr_svg(&code));
    let w = qr.width();
    let drawn: Vec<bool> = (0..w)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .map(|(x, y)| grid[y + QUIET_ZONE][x + QUIET_ZONE])
        .collect();
    assert_eq!(drawn, expected);
    let dark = drawn.iter().filter(|&&d| d).count();
    println!("{code}: {dark} dark modules of {}", w * w);
    assert!(dark > w * w / 3 && dark < w * w * 2 / 3, "{dark}");
}

#[test]
fn result_codes_fit_small_qr_versions() {
    // Version 2 codes (measured flags, overall position, day): 7 domains still fit version 2.
    for (domains, max_version) in [(7, 2), (12, 3), (20, 3), (40, 4)] {
        let code = result_code(domains);
        let version = qr_version(&code).expect("fits");
        println!(
            "{domains} domains: {code} ({} chars) -> QR version {version} (level Q)",
            code.len()
        );
        assert!(
            version <= max_version,
            "{domains} domains: version {version}"
        );
    }
}

#[test]
fn a_qr_reader_gets_the_code_back() {
    for domains in [7, 20] {
        let code = result_code(domains);
        let (size, grid) = modules(&qr_svg(&code));
        let scale = 4;
        let mut img =
            rqrr::PreparedImage::prepare_from_greyscale(size * scale, size * scale, |x, y| {
                if grid[y / scale][x / scale] {
                    0
                } else {
                    255
                }
            });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        let (meta, content) = grids[0].decode().expect("decodes");
        assert_eq!(content, code);
        assert_eq!(Some(meta.version.0 as u8), qr_version(&code));
    }
}

#[test]
fn text_too_long_for_any_qr_gives_nothing() {
    let long = "A".repeat(5000);
    assert_eq!(qr_svg(&long), "");
    assert_eq!(qr_version(&long), None);
}
