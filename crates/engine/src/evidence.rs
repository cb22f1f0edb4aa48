//! The evidence rule: when a domain's level may be shown at all.
//!
//! A level is a claim made to a person and to the professional who helps
//! them. A domain counts as **measured** only when the person answered at
//! least [`MIN_ITEMS`] scored items in it *and* the level is precise enough:
//! either its posterior SD is below [`MAX_SE`] (the edge of the "rough"
//! precision bucket, where the estimate is still close to what the prior
//! says of everybody), or — at the floor or the ceiling, where the
//! posterior stays wide on the side that does not change the level — the
//! posterior probability that θ lies inside the shown level's band, widened
//! by [`LEVEL_MARGIN`] on each side, is at least [`LEVEL_CONFIDENCE`] (the
//! same kind of test as the profile's stopping rule). Otherwise the result
//! says "not assessed" and draws no strength, weakness or topic from that
//! domain. Skipped items carry no information and do not count.
//!
//! The rule is the engine's, so that every reader (the result screen, the
//! fiche, the result code, the embed message, the simulation's claim count)
//! applies the same one.

/// Fewest scored answers in a domain before its level may be shown.
pub const MIN_ITEMS: usize = 2;

/// A domain's posterior SD must be below this for its level to be shown.
pub const MAX_SE: f64 = 0.7;

/// How far outside its band θ may lie and the level still count as right.
pub const LEVEL_MARGIN: f64 = 0.5;

/// The probability, within the widened band, that makes a level settled.
pub const LEVEL_CONFIDENCE: f64 = 0.8;

/// Whether a domain with `items` scored answers, posterior SD `se` and
/// probability `in_band` of lying within its level's widened band is
/// measured (a NaN never counts).
pub fn is_measured(items: usize, se: f64, in_band: f64) -> bool {
    items >= MIN_ITEMS && (se < MAX_SE || in_band >= LEVEL_CONFIDENCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_conditions_are_needed() {
        assert!(is_measured(2, 0.5, 0.0));
        assert!(!is_measured(1, 0.1, 1.0), "one answer is never enough");
        assert!(!is_measured(5, 0.7, 0.5), "the rough bucket is not measured, unless settled");
        assert!(is_measured(5, 0.9, 0.85), "a settled level at the ceiling is measured");
        assert!(!is_measured(5, f64::NAN, f64::NAN));
        assert!(is_measured(MIN_ITEMS, MAX_SE - 1e-9, 0.0));
    }
}
