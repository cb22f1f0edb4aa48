//! Where to go: the venues a result points to, in the order a person needs
//! them, and what each one's data says it offers.
//!
//! - At a kiosk (or on a venue's site) whose venue file names the venue it
//!   stands in (`here`), that venue comes first: "here, at the desk".
//! - Then the venues that match the referral ([`crate::venues::match_venues`])
//!   within [`NEAR_KM`] of *here*, nearest first (venues without
//!   coordinates count as near only in the same département).
//! - Without *here*, Repère does not know where the person is: the matching
//!   venues are listed in match order and are never called "near you".
//!
//! A service is named for a venue only when its data says so ([`Offered`]):
//! that is the only place where the result may promise Aidants Connect, a
//! conseiller numérique or free help.

use crate::referral::Referral;
use crate::venues::{distance_km, match_venues, MatchOptions, Venue};
use repere_engine::bank::Topic;

/// How far from *here* a venue still counts as near (kilometres).
pub const NEAR_KM: f64 = 30.0;

/// What a venue's data says it offers, among what a result may promise.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Offered {
    /// Programme *Aidants Connect*.
    pub aidants_connect: bool,
    /// Programme *Conseillers numériques*.
    pub conseillers_numeriques: bool,
    /// Programme *France Services*.
    pub france_services: bool,
    /// Fees *Gratuit* (free for everyone; *Gratuit sous condition* is not).
    pub free: bool,
}

impl Offered {
    pub fn of(venue: &Venue) -> Offered {
        Offered {
            aidants_connect: venue.has_programme("Aidants Connect"),
            conseillers_numeriques: venue.has_programme("Conseillers numériques"),
            france_services: venue.has_programme("France Services"),
            free: venue.frais_a_charge.has("Gratuit"),
        }
    }
}

/// One venue to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Index in the venue list.
    pub index: usize,
    /// The venue the kiosk or site stands in.
    pub here: bool,
    /// Distance from *here*, when both have coordinates.
    pub distance_km: Option<f64>,
    pub offered: Offered,
}

/// The venues to show, and whether they may be called near.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhereToGo {
    pub places: Vec<Place>,
    /// Whether the places other than *here* are within [`NEAR_KM`] of it
    /// (false: Repère does not know where the person is).
    pub near: bool,
}

/// The venues for a referral: *here* first, then the nearest matching ones,
/// at most `limit` in all (see the module doc).
pub fn where_to_go(venues: &[Venue], here: Option<&str>, referral: &Referral, bank_topics: &[Topic], limit: usize) -> WhereToGo {
    let here_index = here.and_then(|id| venues.iter().position(|v| v.id == id));
    let options = MatchOptions { reads_poorly: false, postcode: here_index.map(|i| venues[i].code_postal.clone()), limit: venues.len() };
    let matched = match_venues(venues, referral, bank_topics, &options);
    let place = |index: usize, here: bool, distance_km: Option<f64>| Place { index, here, distance_km, offered: Offered::of(&venues[index]) };
    let Some(h) = here_index else {
        let places = matched.iter().take(limit).map(|m| place(m.index, false, None)).collect();
        return WhereToGo { places, near: false };
    };
    let home = &venues[h];
    let department = |v: &Venue| v.code_postal.get(..2).map(str::to_owned);
    let mut near: Vec<(usize, Option<f64>)> = matched
        .iter()
        .filter(|m| m.index != h)
        .filter_map(|m| {
            let v = &venues[m.index];
            match home.position().zip(v.position()) {
                Some((a, b)) => {
                    let d = distance_km(a, b);
                    (d <= NEAR_KM).then_some((m.index, Some(d)))
                }
                None => (department(v) == department(home) && department(v).is_some()).then_some((m.index, None)),
            }
        })
        .collect();
    // Nearest first; venues without a distance after those with one (stable: match order among equals).
    near.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let mut places = vec![place(h, true, None)];
    places.extend(near.into_iter().take(limit.saturating_sub(1)).map(|(i, d)| place(i, false, d)));
    WhereToGo { places, near: true }
}

/// A phone number of the standard (`+33…`) as people read and dial it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// `04 78 00 00 03` (metropolitan numbers in national format), else the
    /// international number in groups (`+590 590 12 34 56`).
    pub display: String,
    /// `tel:+33478000003`.
    pub href: String,
}

/// Format a phone number of the standard; `None` for anything else (it is
/// then not shown: a number that cannot be dialled helps nobody).
pub fn phone(number: &str) -> Option<Phone> {
    if !crate::venues::is_phone(number) {
        return None;
    }
    let pairs = |digits: &str| -> String {
        let chars: Vec<char> = digits.chars().collect();
        // An odd count starts with a group of three (`590 12 34 56`).
        let first = if chars.len() % 2 == 1 { 3.min(chars.len()) } else { 0 };
        let mut groups: Vec<String> = Vec::new();
        if first > 0 {
            groups.push(chars[..first].iter().collect());
        }
        groups.extend(chars[first..].chunks(2).map(|c| c.iter().collect()));
        groups.join(" ")
    };
    let display = match number.strip_prefix("+33") {
        Some(rest) if rest.len() == 9 => pairs(&format!("0{rest}")),
        _ => {
            let code = crate::venues::PHONE_CODES.iter().find(|c| number.starts_with(**c)).copied().unwrap_or("");
            format!("{code} {}", pairs(&number[code.len()..]))
        }
    };
    Some(Phone { display, href: format!("tel:{number}") })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::{Path, Reason};

    fn venue(id: &str, postcode: &str, position: Option<(f64, f64)>, programmes: &str) -> Venue {
        let mut v: Venue = serde_json::from_value(serde_json::json!({
            "id": id, "nom": format!("Lieu {id}"), "commune": "Ville", "code_postal": postcode, "adresse": "1 rue de la Paix",
            "date_maj": "2026-01-01", "pivot": "12345678900011",
            "dispositif_programmes_nationaux": programmes,
            "services": "Maîtrise des outils numériques du quotidien|Aide aux démarches administratives",
            "frais_a_charge": "Gratuit",
        }))
        .expect("a test venue");
        v.latitude = position.map(|p| p.0);
        v.longitude = position.map(|p| p.1);
        v
    }

    fn referral(main: Path) -> Referral {
        Referral { main, complements: vec![], reasons: vec![Reason { id: "r".into(), args: Default::default() }], topics: vec![], pass_numerique: false }
    }

    #[test]
    fn here_comes_first_then_the_nearest_within_the_radius() {
        let venues = vec![
            venue("far", "67000", Some((48.58, 7.75)), "Conseillers numériques"),
            venue("near", "69003", Some((45.76, 4.86)), "Conseillers numériques"),
            venue("here", "69001", Some((45.767, 4.834)), ""),
            venue("nearer", "69002", Some((45.765, 4.835)), "Conseillers numériques"),
            venue("same-dept-no-gps", "69400", None, "Conseillers numériques"),
            venue("other-dept-no-gps", "13001", None, "Conseillers numériques"),
        ];
        let w = where_to_go(&venues, Some("here"), &referral(Path::Training), &[], 10);
        let ids: Vec<&str> = w.places.iter().map(|p| venues[p.index].id.as_str()).collect();
        assert_eq!(ids, ["here", "nearer", "near", "same-dept-no-gps"]);
        assert!(w.near && w.places[0].here && !w.places[1].here);
        assert!(w.places[1].distance_km.unwrap() < w.places[2].distance_km.unwrap());
        let limited = where_to_go(&venues, Some("here"), &referral(Path::Training), &[], 2);
        assert_eq!(limited.places.len(), 2);
    }

    #[test]
    fn without_here_nothing_is_called_near() {
        let venues = vec![venue("a", "69001", Some((45.7, 4.8)), "Conseillers numériques"), venue("b", "67000", None, "Conseillers numériques")];
        let w = where_to_go(&venues, None, &referral(Path::Training), &[], 10);
        assert!(!w.near);
        assert_eq!(w.places.len(), 2);
        assert!(w.places.iter().all(|p| !p.here && p.distance_km.is_none()));
        // An unknown `here` is the same as none.
        assert_eq!(where_to_go(&venues, Some("nowhere"), &referral(Path::Training), &[], 10), w);
    }

    #[test]
    fn services_are_named_only_from_the_data() {
        let with = venue("a", "69001", None, "Aidants Connect|France Services");
        let o = Offered::of(&with);
        assert!(o.aidants_connect && o.france_services && !o.conseillers_numeriques && o.free);
        let mut paid = venue("b", "69001", None, "");
        paid.frais_a_charge = crate::venues::Multi::parse("Gratuit sous condition");
        assert_eq!(Offered::of(&paid), Offered::default());
    }

    #[test]
    fn phones_are_written_for_people() {
        assert_eq!(phone("+33478000003"), Some(Phone { display: "04 78 00 00 03".into(), href: "tel:+33478000003".into() }));
        assert_eq!(phone("+590590123456").unwrap().display, "+590 590 12 34 56");
        assert_eq!(phone("+2621234567").unwrap().display, "+262 123 45 67");
        for bad in ["0478000003", "+33 4 78 00 00 03", "+3347800000é", "", "+1555123456"] {
            assert_eq!(phone(bad), None, "{bad:?}");
        }
    }
}
