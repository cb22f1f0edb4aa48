//! How an item is laid out on screen for one session: the order of a choice's
//! options and the starting order of an order item's steps.
//!
//! Pure and deterministic: the layout depends only on the session seed and the
//! item id, so a session replays identically, two sessions differ, and a
//! person who always taps the same place is right only by chance. "I don't
//! know" is not an option: the UI always shows it last and apart. Hotspot
//! regions are drawn screens and are never moved.

use crate::bank::{order_is_correct, Interaction, Item};

/// A permutation of `0..n` for this session and item (uniform over all
/// permutations as the seed varies): `result[position] = index in the file`.
pub fn permutation(seed: u64, item_id: &str, n: usize) -> Vec<usize> {
    let mut out: Vec<usize> = (0..n).collect();
    let mut rng = Mix::new(seed, item_id);
    for i in (1..n).rev() {
        out.swap(i, rng.below(i as u64 + 1) as usize);
    }
    out
}

/// The options of a choice item in the order shown in this session; other
/// kinds give an empty list.
pub fn choice_options(item: &Item, seed: u64) -> Vec<String> {
    match &item.interaction {
        Interaction::Choice { options, .. } => {
            permutation(seed, &item.id, options.len()).into_iter().map(|i| options[i].clone()).collect()
        }
        _ => Vec::new(),
    }
}

/// The starting order of an order item's steps in this session: shuffled,
/// and never already correct (counting the steps that may swap), so the
/// person always has something to do. Other kinds give an empty list.
pub fn order_start(item: &Item, seed: u64) -> Vec<String> {
    let Interaction::Order { steps, free } = &item.interaction else { return Vec::new() };
    let shown = |salt: u64| -> Vec<String> {
        permutation(seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15), &item.id, steps.len())
            .into_iter()
            .map(|i| steps[i].clone())
            .collect()
    };
    for salt in 0..16 {
        let out = shown(salt);
        if !order_is_correct(steps, free, &out) {
            return out;
        }
    }
    // Practically unreachable (each try is correct with probability ≤ 1/2):
    // the listed order reversed is wrong whenever anything is left to order.
    let mut out = steps.clone();
    out.reverse();
    out
}

/// Where the right answer of a choice item is shown in this session (0 = top).
pub fn key_position(item: &Item, seed: u64) -> Option<usize> {
    match &item.interaction {
        Interaction::Choice { answer, .. } => choice_options(item, seed).iter().position(|o| o == answer),
        _ => None,
    }
}

/// SplitMix64 seeded by the session seed and an FNV-1a hash of the item id:
/// stable across platforms and Rust versions (unlike `std`'s hasher).
struct Mix(u64);

impl Mix {
    fn new(seed: u64, item_id: &str) -> Self {
        let hash = item_id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
        Mix(seed ^ hash.rotate_left(29))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (rejection sampling, no modulo bias).
    fn below(&mut self, n: u64) -> u64 {
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let x = self.next();
            if x < zone {
                return x % n;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Interaction;

    fn choice(id: &str, n: usize) -> Item {
        let options: Vec<String> = (0..n).map(|i| format!("o{i}")).collect();
        Item {
            id: id.into(),
            domain: "d".into(),
            level: 1,
            a: 1.0,
            b: -1.0,
            c: 0.0,
            interaction: Interaction::Choice { answer: options[0].clone(), options },
            tags: vec![],
            image: None,
            enemies: vec![],
            family: None,
            prerequisite: false,
        }
    }

    fn order(steps: &[&str], free: &[&[&str]]) -> Item {
        let mut item = choice("order-item", 2);
        item.interaction = Interaction::Order {
            steps: steps.iter().map(|s| s.to_string()).collect(),
            free: free.iter().map(|g| g.iter().map(|s| s.to_string()).collect()).collect(),
        };
        item
    }

    #[test]
    fn a_permutation_is_one_and_repeats_for_the_same_seed() {
        for n in 0..7 {
            for seed in 0..50 {
                let p = permutation(seed, "x", n);
                let mut sorted = p.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, (0..n).collect::<Vec<_>>());
                assert_eq!(p, permutation(seed, "x", n));
            }
        }
    }

    #[test]
    fn the_key_is_in_each_position_about_equally_often() {
        for n in 2..=4 {
            let item = choice("privacy-password-secret", n);
            let mut counts = vec![0usize; n];
            let sessions = 6000;
            for seed in 0..sessions {
                counts[key_position(&item, seed).unwrap()] += 1;
            }
            let expected = sessions as f64 / n as f64;
            for c in counts {
                assert!((c as f64 - expected).abs() < 0.1 * expected, "n = {n}: {c} vs {expected}");
            }
        }
    }

    #[test]
    fn two_items_of_one_session_are_laid_out_independently() {
        let (a, b) = (choice("item-a", 4), choice("item-b", 4));
        let same = (0..400).filter(|&s| key_position(&a, s) == key_position(&b, s)).count();
        // Independent: about a quarter coincide.
        assert!((60..140).contains(&same), "{same}");
    }

    #[test]
    fn the_starting_order_is_never_a_correct_one() {
        let items = [
            order(&["a", "b"], &[]),
            order(&["a", "b", "c"], &[&["b", "c"]]),
            order(&["site", "job", "city", "search"], &[&["job", "city"]]),
        ];
        for item in &items {
            let Interaction::Order { steps, free } = &item.interaction else { unreachable!() };
            let mut starts = std::collections::BTreeSet::new();
            for seed in 0..300 {
                let start = order_start(item, seed);
                assert!(!order_is_correct(steps, free, &start), "{start:?}");
                starts.insert(start);
            }
            if steps.len() > 2 {
                assert!(starts.len() > 1, "the start should vary with the session");
            }
        }
    }
}

#[cfg(test)]
mod free_steps {
    use crate::bank::{order_is_correct, Interaction};
    use crate::synthetic::SyntheticBank;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn steps_of_a_free_group_may_swap_and_nothing_else() {
        let steps = ids(&["site", "job", "city", "search"]);
        let free = vec![ids(&["job", "city"])];
        assert!(order_is_correct(&steps, &free, &steps));
        assert!(order_is_correct(&steps, &free, &ids(&["site", "city", "job", "search"])));
        assert!(!order_is_correct(&steps, &free, &ids(&["job", "site", "city", "search"])));
        assert!(!order_is_correct(&steps, &[], &ids(&["site", "city", "job", "search"])));
        // Not a permutation: a repeated or missing step is wrong.
        assert!(!order_is_correct(&steps, &free, &ids(&["site", "job", "job", "search"])));
        assert!(!order_is_correct(&steps, &free, &ids(&["site", "job", "city"])));
    }

    fn problems_with(steps: &[&str], free: &[&[&str]]) -> Vec<String> {
        let mut bank = SyntheticBank::with_total(28).build();
        bank.items[0].interaction = Interaction::Order {
            steps: ids(steps),
            free: free.iter().map(|g| ids(g)).collect(),
        };
        let id = bank.items[0].id.clone();
        bank.check().into_iter().filter(|p| p.item.as_deref() == Some(id.as_str())).map(|p| p.message).collect()
    }

    #[test]
    fn free_groups_are_checked() {
        assert!(problems_with(&["a", "b", "c"], &[&["b", "c"]]).is_empty());
        let cases: [(&[&str], &[&[&str]], &str); 5] = [
            (&["a", "b", "c"], &[&["b", "x"]], "'x' is not one of the steps"),
            (&["a", "b", "c"], &[&["a", "c"]], "must follow each other"),
            (&["a", "b", "c"], &[&["b"]], "at least 2 steps"),
            (&["a", "b", "c", "d"], &[&["a", "b"], &["b", "c"]], "in two groups"),
            (&["a", "b", "c"], &[&["a", "b", "c"]], "leave at least two things to order"),
        ];
        for (steps, free, expected) in cases {
            let found = problems_with(steps, free);
            assert!(found.iter().any(|m| m.contains(expected)), "{steps:?} {free:?}: {found:?}");
        }
    }
}
