//! The deep property tests' shared parts (issue 24): a value changed to
//! arbitrary Unicode, and a runner that counts what the reader accepted and
//! refused. Used by `crates/content/tests/readers_deep.rs` and
//! `crates/records/tests/deep.rs` through `#[path = …] mod one_field;`.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Cases per reader: `REPERE_DEEP_CASES`, else `short`.
pub fn cases(short: u32) -> u32 {
    std::env::var("REPERE_DEEP_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(short)
}

/// Arbitrary Unicode in place of `original`: any characters; the value with
/// one character replaced, inserted or removed (the "1é23" kind, where
/// lengths still match); the format's own separators (`structural`); empty
/// or blank.
pub fn unicode_value(original: String, structural: &'static [char]) -> BoxedStrategy<String> {
    let near = original.clone();
    prop_oneof![
        3 => prop::collection::vec(any::<char>(), 0..24).prop_map(|c| c.into_iter().collect::<String>()),
        4 => (any::<Index>(), any::<char>(), 0u8..3).prop_map(move |(at, c, op)| {
            let mut chars: Vec<char> = near.chars().collect();
            let i = at.index(chars.len() + 1);
            match op {
                0 if i < chars.len() => chars[i] = c,
                1 if i < chars.len() => {
                    chars.remove(i);
                }
                _ => chars.insert(i, c),
            }
            chars.into_iter().collect()
        }),
        2 => prop::collection::vec(prop::sample::select(structural), 0..8).prop_map(|c| c.into_iter().collect()),
        1 => prop::sample::select(vec![String::new(), " ".into(), "\u{a0}".into(), original.clone() + " "]),
    ]
    .boxed()
}

/// Runs `check` on `cases(short)` generated cases (`check` says whether the
/// reader accepted the input) and prints how many were accepted and refused;
/// fails on the first case that breaks the promise.
pub fn run<S: Strategy>(name: &str, short: u32, strategy: S, check: impl Fn(S::Value) -> Result<bool, TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let n = cases(short);
    let config = Config { cases: n, failure_persistence: None, max_shrink_iters: 2000, ..Config::default() };
    let (accepted, refused, failed) = (std::cell::Cell::new(0u64), std::cell::Cell::new(0u64), std::cell::Cell::new(false));
    let result = TestRunner::new(config).run(&strategy, |input| {
        // Cases tried while shrinking a failure are not counted.
        let ok = check(input).inspect_err(|_| failed.set(true))?;
        let c = if ok { &accepted } else { &refused };
        if !failed.get() {
            c.set(c.get() + 1);
        }
        Ok(())
    });
    println!("{name}: {} cases, {} accepted, {} refused with a precise error", accepted.get() + refused.get(), accepted.get(), refused.get());
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}
