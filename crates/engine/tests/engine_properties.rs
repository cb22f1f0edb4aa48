//! Properties of the engine on synthetic banks: estimation (monotone,
//! normalised, honest SE), determinism, stopping, content rules, and the bank
//! checks that reject contradictory rules.

use proptest::prelude::*;
use repere_engine::bank::{Bank, ModeSettings};
use repere_engine::estimate::Posterior;
use repere_engine::simulate::{correct_response, TruthModel};
use repere_engine::synthetic::SyntheticBank;
use repere_engine::{EngineOptions, Mode, Response, Session};
use std::collections::BTreeSet;
use std::sync::Arc;

fn bank(items_per_domain: usize) -> Arc<Bank> {
    Arc::new(SyntheticBank::new(items_per_domain).build())
}

/// Answer a session to the end: `right(k)` says whether the k-th answer is correct.
fn run(session: &mut Session, right: impl Fn(usize) -> bool) -> Vec<String> {
    let mut shown = Vec::new();
    let mut k = 0;
    while let Some(item) = session.current_item() {
        shown.push(item.id.clone());
        let response = if right(k) { correct_response(item) } else { Response::DontKnow };
        session.answer(response).unwrap();
        k += 1;
        assert!(k <= 200, "the session never stops");
    }
    shown
}

fn domain_of(bank: &Bank, item: usize) -> usize {
    bank.domain_index(&bank.items[item].domain).unwrap()
}

/// The promised range is tight: people at the floor or the ceiling finish at
/// its lower end (so a welcome screen does not promise more than happens).
#[test]
fn the_promised_length_is_reached() {
    for (mode, per_domain) in [(Mode::Screening, 0), (Mode::Profile, 0), (Mode::Profile, 2)] {
        let mut recipe = SyntheticBank::new(8);
        recipe.settings.profile.min_items_per_domain = per_domain;
        let bank = Arc::new(recipe.build());
        let (fewest, _) = Session::length_range(&bank, mode);
        let shortest = (0..20)
            .flat_map(|seed| [true, false].map(|right| run(&mut Session::new(bank.clone(), mode, seed), |_| right).len()))
            .min();
        assert_eq!(shortest, Some(fewest), "{mode:?}, {per_domain} per domain");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Turning one wrong answer into a right one never lowers the estimate of
    /// its domain, nor overall ability.
    #[test]
    fn estimates_rise_with_more_correct_answers(
        items in proptest::collection::vec(0usize..84, 1..15),
        pattern in proptest::collection::vec(any::<bool>(), 15),
        flip in 0usize..15,
    ) {
        let bank = SyntheticBank::new(12).without_rules().build();
        let flip = flip % items.len();
        prop_assume!(!pattern[flip]);
        let score = |pattern: &[bool]| {
            let mut post = Posterior::new(&bank, true);
            for (k, &i) in items.iter().enumerate() {
                post.update(&bank, i, pattern[k]);
            }
            post
        };
        let before = score(&pattern);
        let mut better = pattern.clone();
        better[flip] = true;
        let after = score(&better);
        let d = domain_of(&bank, items[flip]);
        prop_assert!(after.domain(d).0 >= before.domain(d).0 - 1e-9);
        prop_assert!(after.overall().0 >= before.overall().0 - 1e-9);
        for k in 0..bank.domains.len() {
            prop_assert!(after.domain(k).0 >= before.domain(k).0 - 1e-9, "domain {k} went down");
        }
    }

    /// Probabilities over paths and over levels sum to one, whatever the answers.
    #[test]
    fn posteriors_normalise(
        answers in proptest::collection::vec((0usize..84, any::<bool>()), 0..30),
        correlated in any::<bool>(),
    ) {
        let bank = SyntheticBank::new(12).without_rules().build();
        let mut post = Posterior::new(&bank, correlated);
        for (i, right) in answers {
            post.update(&bank, i, right);
        }
        let paths = post.path_probabilities(&bank.settings.referral_cuts);
        prop_assert!((paths.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        prop_assert!(paths.iter().all(|p| (0.0..=1.0).contains(p)));
        let view = post.view();
        for d in 0..bank.domains.len() {
            let levels = view.level_probabilities(d, &bank.settings.level_cuts);
            prop_assert!((levels.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            let (theta, se) = post.domain(d);
            prop_assert!(theta.is_finite() && se.is_finite() && se > 0.0);
        }
        // The two futures of an item are a probability distribution.
        let item = &bank.items[5];
        let [(p_right, _), (p_wrong, _)] = post.outlook(domain_of(&bank, 5), item.a, item.b, item.c);
        prop_assert!((p_right + p_wrong - 1.0).abs() < 1e-9);
    }

    /// With 2PL items (log-concave likelihood) and a normal prior, no answer
    /// pattern leaves any domain less precise than the prior.
    #[test]
    fn se_never_exceeds_the_prior_sd_for_2pl(
        answers in proptest::collection::vec((0usize..84, any::<bool>()), 1..30),
    ) {
        let mut bank = SyntheticBank::new(12).without_rules().build();
        for item in &mut bank.items {
            item.c = 0.0;
        }
        let prior = Posterior::new(&bank, true);
        let mut post = prior.clone();
        for (i, right) in answers {
            post.update(&bank, i, right);
        }
        for d in 0..bank.domains.len() {
            prop_assert!(post.domain(d).1 <= prior.domain(d).1 + 1e-6);
        }
    }

    /// Both modes stop, never beyond their maximum, whatever the answers.
    #[test]
    fn stopping_rules_stop(seed in any::<u64>(), pattern in any::<u64>(), max in 1usize..30, profile in any::<bool>()) {
        let bank = bank(10);
        let mode = if profile { Mode::Profile } else { Mode::Screening };
        for options in [EngineOptions::default(), EngineOptions { max_items: Some(max), ..EngineOptions::default() }] {
            let mut session = Session::with_options(bank.clone(), mode, seed, options);
            let limit = session.mode_settings().max_items;
            let shown = run(&mut session, |k| pattern >> (k % 64) & 1 == 1);
            prop_assert!(shown.len() <= limit);
            prop_assert!(session.is_finished());
            prop_assert!(session.answer(Response::DontKnow).is_err());
        }
    }

    /// A test answered to the end asks a number of items within the range a
    /// welcome screen promises (`Session::length_range`).
    #[test]
    fn the_promised_length_holds(seed in any::<u64>(), pattern in any::<u64>(), profile in any::<bool>(), per_domain in 0usize..3) {
        let mut recipe = SyntheticBank::new(8);
        recipe.settings.profile.min_items_per_domain = per_domain;
        let bank = Arc::new(recipe.build());
        let mode = if profile { Mode::Profile } else { Mode::Screening };
        let (fewest, most) = Session::length_range(&bank, mode);
        prop_assert!(fewest <= most);
        let asked = run(&mut Session::new(bank.clone(), mode, seed), |k| pattern >> (k % 64) & 1 == 1).len();
        prop_assert!((fewest..=most).contains(&asked), "{asked} items, promised {fewest} to {most}");
    }

    /// Content rules hold in every session.
    #[test]
    fn content_rules_hold(seed in any::<u64>(), pattern in any::<u64>(), profile in any::<bool>()) {
        let mut recipe = SyntheticBank::new(10);
        recipe.settings.profile.min_items_per_domain = 2;
        recipe.settings.profile.max_items = 20;
        let bank = Arc::new(recipe.build());
        prop_assert_eq!(bank.check(), vec![]);
        let mode = if profile { Mode::Profile } else { Mode::Screening };
        let mut session = Session::new(bank.clone(), mode, seed);
        let shown = run(&mut session, |k| pattern >> (k % 64) & 1 == 1);
        let items: Vec<_> = shown.iter().map(|id| &bank.items[bank.item_index(id).unwrap()]).collect();
        // Prerequisites first, then an easy first item.
        let prereqs = items.iter().take_while(|i| i.prerequisite).count();
        prop_assert_eq!(prereqs, bank.items.iter().filter(|i| i.prerequisite).count());
        prop_assert!(items.iter().skip(prereqs).all(|i| !i.prerequisite));
        if let Some(first) = items.get(prereqs) {
            prop_assert_eq!(first.level, 1, "first item {} is not easy", first.id);
        }
        // No item twice, no enemies together, one clone per family.
        let ids: BTreeSet<_> = shown.iter().collect();
        prop_assert_eq!(ids.len(), shown.len());
        for i in &items {
            for e in &i.enemies {
                prop_assert!(!ids.contains(e), "{} and its enemy {} together", i.id, e);
            }
        }
        let families: Vec<_> = items.iter().filter_map(|i| i.family.as_ref()).collect();
        let distinct: BTreeSet<_> = families.iter().collect();
        prop_assert_eq!(distinct.len(), families.len());
        // Profile: the minimum per domain is met when the test ends.
        if profile {
            for d in &bank.domains {
                prop_assert!(items.iter().filter(|i| i.domain == d.id).count() >= 2, "domain {} under its minimum", d.id);
            }
        }
    }
}

#[test]
fn same_seed_same_test_and_different_seeds_different_tests() {
    let bank = bank(25);
    for mode in [Mode::Screening, Mode::Profile] {
        let tests: Vec<Vec<String>> =
            (0..12).map(|seed| run(&mut Session::new(bank.clone(), mode, seed), |k| k % 3 != 0)).collect();
        let again: Vec<Vec<String>> =
            (0..12).map(|seed| run(&mut Session::new(bank.clone(), mode, seed), |k| k % 3 != 0)).collect();
        assert_eq!(tests, again, "{mode:?}: same seed, same test");
        let distinct: BTreeSet<_> = tests.iter().collect();
        assert!(distinct.len() >= 10, "{mode:?}: only {} distinct tests out of 12 seeds", distinct.len());
    }
}

#[test]
fn se_shrinks_as_information_accumulates() {
    // Average SE over simulated people after 5, 15 and 30 items (stopping rule off).
    let bank = bank(25);
    let model = TruthModel::default();
    let mut mean_se = [0.0; 3];
    for person in 0..40 {
        let truth = model.draw(&bank, 3, person);
        for (slot, len) in [5, 15, 30].into_iter().enumerate() {
            let options = EngineOptions { max_items: Some(len), early_stop: false, ..EngineOptions::default() };
            let mut session = Session::with_options(bank.clone(), Mode::Profile, person as u64, options);
            while let Some(item) = session.current_item() {
                let i = bank.item_index(&item.id).unwrap();
                let right = repere_engine::simulate::answers_correctly(&bank, &truth, 3, person, i);
                session.answer(if right { correct_response(item) } else { Response::DontKnow }).unwrap();
            }
            let e = session.estimates();
            mean_se[slot] += e.iter().map(|e| e.se).sum::<f64>() / e.len() as f64 / 40.0;
        }
    }
    assert!(mean_se[0] > mean_se[1] && mean_se[1] > mean_se[2], "mean SE {mean_se:?}");
    assert!(mean_se[2] < 0.6, "mean SE after 30 items {mean_se:?}");
}

#[test]
fn screening_stops_early_when_the_decision_is_clear() {
    let bank = bank(25);
    let mut session = Session::new(bank.clone(), Mode::Screening, 1);
    let shown = run(&mut session, |_| true);
    assert!(shown.len() < bank.settings.screening.max_items, "all right took {} items", shown.len());
    assert_eq!(session.skill_path(), repere_engine::SkillPath::Autonomous);
    let mut session = Session::new(bank.clone(), Mode::Screening, 1);
    let shown = run(&mut session, |_| false);
    assert!(shown.len() < bank.settings.screening.max_items, "all wrong took {} items", shown.len());
    assert_eq!(session.skill_path(), repere_engine::SkillPath::Accompany);
}

#[test]
fn profile_stops_once_levels_and_path_are_settled() {
    let bank = bank(25);
    let settings = &bank.settings.profile;
    // A person who can answer nothing finishes at (or near) the minimum.
    let mut floor = Session::new(bank.clone(), Mode::Profile, 4);
    let floor_items = run(&mut floor, |_| false).len();
    assert!(floor_items <= settings.min_items + 2, "all wrong took {floor_items} items");
    assert!(floor.estimates().iter().all(|e| e.level == 1 && e.items >= settings.min_items_per_domain));
    // When it stops early, every level and the path are settled by the rule.
    let view_settled = |s: &Session| {
        let post = s.estimates();
        let p = s.progress();
        (p.settled, p.domains, post.len())
    };
    let (settled, domains, n) = view_settled(&floor);
    assert_eq!((settled, domains), (n, n), "every domain settled at the stop");
    // A person near the cuts (alternating answers) needs more items.
    let mut middle = Session::new(bank.clone(), Mode::Profile, 4);
    let middle_items = run(&mut middle, |k| k % 2 == 0).len();
    assert!(middle_items > floor_items, "middle {middle_items} vs floor {floor_items}");
    assert!(middle_items <= settings.max_items);
}

/// The floor stop (`floor_confidence`): people at the floor overall — true
/// θ = −1.8 in every domain, answering by the model, lucky guesses included —
/// finish sooner with it than without it, every domain at its stop is one of
/// the two lowest levels (within one of their true découverte) and counts as
/// settled; away from the floor it changes nothing, item for item.
#[test]
fn the_floor_stop_shortens_the_profile_at_the_floor_only() {
    use repere_engine::simulate::{run_adaptive, Truth};
    let with_floor = |confidence: f64| {
        let mut recipe = SyntheticBank::new(25);
        recipe.settings.profile.floor_confidence = confidence;
        Arc::new(recipe.build())
    };
    let (on, off) = (with_floor(0.9), with_floor(0.0));
    let sessions = 60;
    let outcomes = |b: &Arc<Bank>, theta: f64| {
        let truth = Truth::new(b, vec![theta; b.domains.len()]);
        (0..sessions)
            .map(|k| run_adaptive(b, b, &truth, Mode::Profile, EngineOptions::default(), 11, k, false))
            .collect::<Vec<_>>()
    };
    let mean = |o: &[repere_engine::simulate::Outcome]| o.iter().map(|x| x.items.len()).sum::<usize>() as f64 / o.len() as f64;
    let (floor_on, floor_off) = (outcomes(&on, -1.8), outcomes(&off, -1.8));
    assert!(
        mean(&floor_on) + 1.0 <= mean(&floor_off),
        "at the floor: {} items with the floor stop, {} without",
        mean(&floor_on),
        mean(&floor_off)
    );
    assert!(floor_on.iter().all(|o| o.items.len() >= on.settings.profile.min_items));
    let cuts = &on.settings.level_cuts;
    let levels_ok = floor_on.iter().flat_map(|o| &o.theta).filter(|t| repere_engine::levels::level_of(**t, cuts) <= 2).count();
    assert!(levels_ok as f64 >= 0.97 * (sessions * on.domains.len()) as f64, "{levels_ok} domains within one");
    // A session the floor stop ended reports every domain as settled.
    let mut session = Session::new(on.clone(), Mode::Profile, 3);
    let truth = Truth::new(&on, vec![-1.8; on.domains.len()]);
    let mut k = 0;
    while let Some(item) = session.current_item() {
        let i = on.item_index(&item.id).unwrap();
        let right = repere_engine::simulate::answers_correctly(&on, &truth, 11, 3, i);
        session.answer(if right { correct_response(item) } else { Response::DontKnow }).unwrap();
        k += 1;
    }
    let p = session.progress();
    assert_eq!((p.settled, p.answered), (p.domains, k));
    // Away from the floor, the same tests item for item.
    for theta in [0.0, 1.0] {
        let (a, b) = (outcomes(&on, theta), outcomes(&off, theta));
        assert!(a.iter().zip(&b).all(|(x, y)| x.items == y.items), "θ = {theta}: the floor stop changed a test");
    }
}

#[test]
fn the_optional_se_target_lengthens_the_profile() {
    let mut recipe = SyntheticBank::new(25);
    recipe.settings.profile.se_target = 0.45;
    let strict = Arc::new(recipe.build());
    let plain = bank(25);
    let length = |b: &Arc<Bank>| run(&mut Session::new(b.clone(), Mode::Profile, 4), |_| false).len();
    assert!(length(&strict) > length(&plain), "{} vs {}", length(&strict), length(&plain));
}

#[test]
fn progress_promises_an_upper_bound_that_holds() {
    let bank = bank(12);
    for mode in [Mode::Screening, Mode::Profile] {
        let mut session = Session::new(bank.clone(), mode, 5);
        let first = session.progress();
        let mut answered = 0;
        while session.current_item().is_some() {
            let p = session.progress();
            assert_eq!(p.answered, answered);
            assert!(p.answered + p.left_at_most() <= first.max);
            assert!(p.settled <= p.domains);
            session.answer(Response::DontKnow).unwrap();
            answered += 1;
        }
        let done = session.progress();
        assert!(answered <= first.max, "{answered} items, promised at most {}", first.max);
        assert_eq!((done.max, done.left_at_most()), (answered, 0), "a finished test says so");
    }
}

#[test]
fn a_response_of_the_wrong_kind_is_an_error_and_records_nothing() {
    use repere_engine::bank::{Interaction, ScoreError};
    use repere_engine::session::SessionError;
    let bank = bank(10);
    let mut session = Session::new(bank.clone(), Mode::Screening, 3);
    let item = session.current_item().unwrap().clone();
    assert!(matches!(item.interaction, Interaction::Choice { .. }));
    for wrong in [Response::Order(vec!["right".into()]), Response::Entry("right".into())] {
        let err = session.answer(wrong).unwrap_err();
        assert!(matches!(err, SessionError::Response(ScoreError::WrongKind { .. })), "{err}");
        assert!(err.to_string().contains(&item.id), "{err}");
    }
    let err = session.answer(Response::Pick("nonexistent".into())).unwrap_err();
    assert!(matches!(err, SessionError::Response(ScoreError::UnknownChoice { .. })), "{err}");
    assert!(session.history().is_empty());
    assert_eq!(session.current_item().map(|i| i.id.clone()), Some(item.id.clone()));
    session.answer(Response::Pick("wrong".into())).unwrap();
    assert_eq!(session.history().len(), 1);
}

#[test]
fn an_order_must_be_a_permutation_of_the_steps() {
    use repere_engine::bank::{Interaction, ScoreError};
    let mut item = bank(6).items[3].clone();
    item.interaction = Interaction::Order { steps: vec!["a".into(), "b".into(), "c".into()], free: vec![] };
    let order = |s: &[&str]| Response::Order(s.iter().map(|x| x.to_string()).collect());
    assert_eq!(item.score(&order(&["a", "b", "c"])), Ok(Some(true)));
    assert_eq!(item.score(&order(&["b", "a", "c"])), Ok(Some(false)));
    for bad in [&["a", "b"][..], &["a", "b", "b"], &["a", "b", "c", "d"]] {
        assert!(matches!(item.score(&order(bad)), Err(ScoreError::NotAnOrder { .. })), "{bad:?}");
    }
    item.interaction = Interaction::Entry { accept: vec!["Mot".into()] };
    assert_eq!(item.score(&Response::Entry("  mot ".into())), Ok(Some(true)));
    assert_eq!(item.score(&Response::Entry("   ".into())), Ok(Some(false)));
}

#[test]
fn estimates_report_items_per_domain() {
    let bank = bank(10);
    let mut session = Session::new(bank.clone(), Mode::Profile, 9);
    let shown = run(&mut session, |k| k % 2 == 0);
    let total: usize = session.estimates().iter().map(|e| e.items).sum();
    assert_eq!(total, shown.len());
}

fn messages(bank: &Bank) -> Vec<String> {
    bank.check().into_iter().map(|p| p.message).collect()
}

#[test]
fn contradictory_rules_are_rejected_with_a_clear_message() {
    let base = SyntheticBank::new(10).build();
    assert_eq!(base.check(), vec![]);

    // Two prerequisites that are enemies.
    let mut bank = base.clone();
    bank.items[1].prerequisite = true;
    bank.items[0].enemies = vec![bank.items[1].id.clone()];
    assert!(
        messages(&bank).iter().any(|m| m.contains("both prerequisites") && m.contains("enemies")),
        "{:?}",
        messages(&bank)
    );

    // An item that is the enemy of a prerequisite can never be shown.
    let mut bank = base.clone();
    bank.items[20].enemies = vec![bank.items[0].id.clone()];
    assert!(messages(&bank).iter().any(|m| m.contains("could never be shown")), "{:?}", messages(&bank));

    // Two prerequisites in one family (only one clone is ever asked).
    let mut bank = base.clone();
    for i in [0, 1] {
        bank.items[i].prerequisite = true;
        bank.items[i].family = Some("same".into());
    }
    assert!(messages(&bank).iter().any(|m| m.contains("family 'same' has 2 prerequisite")), "{:?}", messages(&bank));

    // A minimum per domain that the maximum length cannot hold.
    let mut bank = base.clone();
    bank.settings.profile.min_items_per_domain = 5;
    assert!(messages(&bank).iter().any(|m| m.contains("cannot fit in max_items")), "{:?}", messages(&bank));

    // An accepted answer that is empty would make an empty entry correct.
    let mut bank = base.clone();
    bank.items[5].interaction = repere_engine::bank::Interaction::Entry { accept: vec!["ok".into(), " ".into()] };
    assert!(messages(&bank).iter().any(|m| m.contains("accepted answer is empty")), "{:?}", messages(&bank));

    // A loading too high for the engine's grid.
    let mut bank = base.clone();
    bank.domains[2].loading = 0.95;
    assert!(messages(&bank).iter().any(|m| m.contains("loading must be in [0, 0.9]")), "{:?}", messages(&bank));

    // Stopping confidences outside their range.
    let mut bank = base.clone();
    bank.settings.profile.level_confidence = 0.3;
    bank.settings.screening.decision_confidence = 1.0;
    let m = messages(&bank);
    assert!(m.iter().any(|m| m.contains("profile.level_confidence")), "{m:?}");
    assert!(m.iter().any(|m| m.contains("screening.decision_confidence")), "{m:?}");

    // The floor stop: 0 (unused) or a real confidence, and only in profile.
    let mut bank = base.clone();
    bank.settings.profile.floor_confidence = 0.3;
    bank.settings.screening.floor_confidence = 0.9;
    let m = messages(&bank);
    assert!(m.iter().any(|m| m.contains("profile.floor_confidence must be 0 (unused) or in [0.5, 1)")), "{m:?}");
    assert!(m.iter().any(|m| m.contains("screening.floor_confidence is a profile setting")), "{m:?}");

    // A minimum per domain above what a domain holds.
    let mut bank = base.clone();
    bank.settings.profile = ModeSettings { min_items_per_domain: 9, max_items: 70, ..bank.settings.profile };
    assert!(messages(&bank).iter().any(|m| m.contains("distinct items")), "{:?}", messages(&bank));

    // min_items above max_items.
    let mut bank = base.clone();
    bank.settings.screening.min_items = 20;
    assert!(messages(&bank).iter().any(|m| m.contains("screening: min_items")), "{:?}", messages(&bank));

    // More prerequisites than the screening length.
    let mut bank = base;
    for item in bank.items.iter_mut().filter(|i| i.level == 1).take(12) {
        item.prerequisite = true;
        item.family = None;
        item.enemies.clear();
    }
    assert!(messages(&bank).iter().any(|m| m.contains("leave no room")), "{:?}", messages(&bank));
}

/// Every exposure-control method keeps the content rules (prerequisites first,
/// no enemies together, one clone per family, the minimum per domain), stays
/// deterministic per seed, and still varies the test between seeds.
#[test]
fn exposure_control_methods_keep_content_rules_and_determinism() {
    use repere_engine::ExposureMethod;
    let bank = bank(25);
    // A bank with a calibrated-looking eligibility table, so that
    // `Eligibility` really withholds items (an empty table falls back to `Strata`).
    let mut with_table = (*bank).clone();
    for m in [&mut with_table.settings.screening, &mut with_table.settings.profile] {
        m.eligibility = with_table.items.iter().filter(|i| !i.prerequisite).step_by(2).map(|i| (i.id.clone(), 0.5)).collect();
    }
    let with_table = Arc::new(with_table);
    for method in [ExposureMethod::Strata, ExposureMethod::Progressive, ExposureMethod::Eligibility] {
        let bank = if method == ExposureMethod::Eligibility { with_table.clone() } else { bank.clone() };
        for mode in [Mode::Screening, Mode::Profile] {
            let options = EngineOptions { exposure_control: true, exposure_method: method, ..EngineOptions::default() };
            let test = |seed: u64| {
                run(&mut Session::with_options(bank.clone(), mode, seed, options), |k| (k * 7 + seed as usize) % 3 != 0)
            };
            let tests: Vec<Vec<String>> = (0..12).map(test).collect();
            assert_eq!(tests, (0..12).map(test).collect::<Vec<_>>(), "{method:?} {mode:?}: same seed, same test");
            let distinct: BTreeSet<_> = tests.iter().collect();
            assert!(distinct.len() >= 10, "{method:?} {mode:?}: {} distinct tests of 12", distinct.len());
            for shown in &tests {
                let items: Vec<usize> = shown.iter().map(|id| bank.item_index(id).unwrap()).collect();
                let prerequisites = items.iter().take_while(|&&i| bank.items[i].prerequisite).count();
                assert!(items[prerequisites..].iter().all(|&i| !bank.items[i].prerequisite), "prerequisites first");
                let mut families = BTreeSet::new();
                for (k, &i) in items.iter().enumerate() {
                    let item = &bank.items[i];
                    if let Some(f) = &item.family {
                        assert!(families.insert(f.clone()), "{method:?}: two clones of family {f}");
                    }
                    for &j in &items[..k] {
                        let other = &bank.items[j];
                        assert!(
                            !item.enemies.contains(&other.id) && !other.enemies.contains(&item.id),
                            "{method:?}: enemies {} and {} together",
                            item.id,
                            other.id
                        );
                    }
                }
                assert!(shown.len() <= bank.settings.profile.max_items.max(bank.settings.screening.max_items));
                if mode == Mode::Profile {
                    let mut per_domain = vec![0usize; bank.domains.len()];
                    for &i in &items {
                        per_domain[domain_of(&bank, i)] += 1;
                    }
                    let min = bank.settings.profile.min_items_per_domain;
                    assert!(per_domain.iter().all(|&n| n >= min), "{method:?}: per domain {per_domain:?}");
                }
            }
        }
    }
}

/// "I don't know" is exactly a wrong answer, a skip changes nothing, and the
/// futures `outlook` predicts are what a real update gives (audit L9).
#[test]
fn dont_know_is_wrong_skip_is_nothing_and_outlook_is_update() {
    use repere_engine::estimate::Posterior;
    let bank = bank(12);
    let mut session_dk = Session::new(bank.clone(), Mode::Profile, 21);
    let mut session_wrong = Session::new(bank.clone(), Mode::Profile, 21);
    for _ in 0..6 {
        session_dk.answer(Response::DontKnow).unwrap();
        session_wrong.answer(Response::Pick("wrong".into())).unwrap();
    }
    assert_eq!(session_dk.estimates(), session_wrong.estimates());
    let before = session_dk.estimates();
    session_dk.answer(Response::Skipped).unwrap();
    for (a, b) in session_dk.estimates().iter().zip(&before) {
        assert_eq!((a.theta, a.se), (b.theta, b.se));
    }
    let mut posterior = Posterior::new(&bank, true);
    posterior.update(&bank, 3, true);
    posterior.update(&bank, 40, false);
    let i = 17;
    let item = &bank.items[i];
    let d = bank.domain_index(&item.domain).unwrap();
    let futures = posterior.outlook(d, item.a, item.b, item.c);
    let mut p_right = 0.0;
    for (k, (p, view)) in futures.iter().enumerate() {
        let mut real = posterior.clone();
        real.update(&bank, i, k == 0);
        for dom in 0..bank.domains.len() {
            let (m, s) = real.domain(dom);
            let (fm, fs) = view.domain(dom);
            assert!((m - fm).abs() < 1e-9 && (s - fs).abs() < 1e-9, "domain {dom}: {m} {s} vs {fm} {fs}");
        }
        if k == 0 {
            p_right = *p;
        }
        assert!((0.0..=1.0).contains(p));
    }
    assert!((futures[0].0 + futures[1].0 - 1.0).abs() < 1e-9);
    assert!(p_right > 0.0);
}

/// Eligibility (Sympson–Hetter, once per session): an item of eligibility 0
/// is never shown, one of eligibility 1 may be; an empty table falls back to
/// stratum withholding (an uncalibrated bank still has exposure control); the
/// bank check rejects eligibilities outside [0, 1] and unknown item ids.
#[test]
fn eligibility_withholds_what_the_table_says() {
    use repere_engine::ExposureMethod;
    let base = bank(12);
    let options = EngineOptions { exposure_control: true, exposure_method: ExposureMethod::Eligibility, ..EngineOptions::default() };
    // The items the engine shows most without any table.
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    for seed in 0..40 {
        for id in run(&mut Session::with_options(base.clone(), Mode::Profile, seed, options), |k| k % 2 == 0) {
            *counts.entry(id).or_default() += 1;
        }
    }
    let mut popular: Vec<(String, usize)> = counts.into_iter().filter(|(id, _)| !base.items[base.item_index(id).unwrap()].prerequisite).collect();
    popular.sort_by(|x, y| y.1.cmp(&x.1));
    let banned: Vec<String> = popular.iter().take(5).map(|(id, _)| id.clone()).collect();
    let mut restricted = (*base).clone();
    restricted.settings.profile.eligibility = banned.iter().map(|id| (id.clone(), 0.0)).collect();
    assert!(restricted.check().is_empty(), "{:?}", restricted.check());
    let restricted = Arc::new(restricted);
    for seed in 0..40 {
        let shown = run(&mut Session::with_options(restricted.clone(), Mode::Profile, seed, options), |k| k % 2 == 0);
        assert!(shown.iter().all(|id| !banned.contains(id)), "seed {seed}: a withheld item was shown: {shown:?}");
    }
    // Empty table: the same tests as stratum withholding.
    let strata = EngineOptions { exposure_method: ExposureMethod::Strata, ..options };
    for seed in 0..5 {
        assert_eq!(
            run(&mut Session::with_options(base.clone(), Mode::Profile, seed, options), |k| k % 3 == 0),
            run(&mut Session::with_options(base.clone(), Mode::Profile, seed, strata), |k| k % 3 == 0)
        );
    }
    let mut bad = (*base).clone();
    bad.settings.screening.eligibility.insert("no-such-item".into(), 0.5);
    bad.settings.profile.eligibility.insert(base.items[3].id.clone(), 1.5);
    let problems: Vec<String> = bad.check().iter().map(|p| p.message.clone()).collect();
    assert!(problems.iter().any(|m| m.contains("no-such-item")), "{problems:?}");
    assert!(problems.iter().any(|m| m.contains("must be in [0, 1]")), "{problems:?}");
}
