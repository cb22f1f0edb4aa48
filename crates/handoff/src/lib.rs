//! The QR code of a result code, as an SVG string: what a conseiller numérique
//! scans from the kiosk screen or the printed sheet (see `docs/result-code.md`).
//!
//! Pure and small (no image crate, builds for `wasm32-unknown-unknown`): the
//! [`qrcode`] crate computes the modules, this crate writes them as one SVG
//! path. Result codes use only QR alphanumeric characters, so the encoder's
//! mode choice keeps them in alphanumeric (or numeric) segments: a code of the
//! shipped bank fits a version 2 symbol (25 × 25 modules) at level Q.

use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write;

/// Light modules around the symbol, as the QR specification asks (4).
pub const QUIET_ZONE: usize = 4;

/// Error correction level Q: about 25 % of the symbol can be damaged (a
/// crumpled sheet, a glare on the tablet) and the code still reads.
pub const EC_LEVEL: EcLevel = EcLevel::Q;

fn symbol(code: &str) -> Option<QrCode> {
    QrCode::with_error_correction_level(code.as_bytes(), EC_LEVEL).ok()
}

/// The QR version (1..=40) the code needs at [`EC_LEVEL`], or `None` when the
/// text is too long for any QR symbol.
pub fn qr_version(code: &str) -> Option<u8> {
    match symbol(code)?.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => u8::try_from(v).ok(),
    }
}

/// The QR code of `code` as a standalone SVG element: `viewBox` in modules
/// (symbol plus a [`QUIET_ZONE`] on each side), a white background, the dark
/// modules in black as one path, `shape-rendering="crispEdges"`, no width or
/// height (size it with CSS). Accessibility attributes (`role="img"`, a label)
/// are the caller's, as is any text beside it.
///
/// Text too long for any QR symbol (thousands of characters; a result code is
/// about 25) gives an empty string.
pub fn qr_svg(code: &str) -> String {
    let Some(qr) = symbol(code) else {
        return String::new();
    };
    let width = qr.width();
    let size = width + 2 * QUIET_ZONE;
    let colors = qr.to_colors();
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d=""##
    );
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|&&c| c == Color::Dark).count();
            let _ = write!(
                svg,
                "M{} {}h{run}v1h-{run}z",
                x + QUIET_ZONE,
                y + QUIET_ZONE
            );
            x += run;
        }
    }
    svg.push_str(r#""/></svg>"#);
    svg
}
