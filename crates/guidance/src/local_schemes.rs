//! Local schemes are named only where a venue's own data says so.
//!
//! The Pass numérique has no national operator since APTIC's liquidation
//! (January 2024) and no national replacement; some territories run their own.
//! So the referral promises no voucher: it speaks of free workshops near the
//! person, and names the Pass numérique only beside a venue whose data says it
//! takes it — in `frais_a_charge` (e.g. `Gratuit sous condition : avec un Pass
//! numérique`) or, should a territory's schema list it, in
//! `dispositif_programmes_nationaux`.

use crate::venues::Venue;

/// Whether the venue's data says it accepts the Pass numérique.
pub fn accepts_pass_numerique(venue: &Venue) -> bool {
    venue.frais_a_charge.0.iter().map(String::as_str).chain(venue.programmes()).any(mentions_pass)
}

fn mentions_pass(text: &str) -> bool {
    let t = text.to_lowercase().replace(['-', '\u{a0}'], " ");
    t.contains("pass numérique") || t.contains("pass numerique")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::venues::Multi;

    #[test]
    fn only_a_venue_that_says_so_accepts_the_pass() {
        let mut v = Venue::default();
        assert!(!accepts_pass_numerique(&v));
        v.frais_a_charge = Multi::parse("Gratuit;Payant : 2 € la séance");
        assert!(!accepts_pass_numerique(&v));
        v.frais_a_charge = Multi::parse("Payant : 2 € la séance;Gratuit sous condition : avec un Pass Numérique");
        assert!(accepts_pass_numerique(&v));
        v.frais_a_charge = Multi::default();
        v.dispositif_programmes_nationaux = Multi::parse("Pass-numérique");
        assert!(accepts_pass_numerique(&v));
    }
}
