//! Tests of the referral rules: the shipped rules file over many profiles
//! (table-driven), the rule-set checks, and property tests of the invariants.

use super::*;
use repere_engine::bank::Response;
use repere_engine::bank::{Interaction, Item, ModeSettings, Settings, Topic};
use proptest::prelude::*;

const DOMAINS: [&str; 7] = [
    "device",
    "email",
    "job",
    "privacy",
    "facts",
    "shopping",
    "procedures",
];

fn shipped() -> RuleSet {
    toml::from_str(include_str!("../../../../assessments/referral.toml"))
        .expect("the shipped rules parse")
}

/// A profile: every domain at `level` unless overridden, confidence 0.9.
fn profile(
    skill: SkillPath,
    level: u8,
    overrides: &[(&str, u8)],
    declarative: Declarative,
) -> ReferralInput {
    let mut p = [0.05; 3];
    p[skill.rank()] = 0.9;
    ReferralInput {
        domains: DOMAINS
            .iter()
            .map(|d| DomainLevel {
                domain: d.to_string(),
                level: overrides
                    .iter()
                    .find(|(o, _)| o == d)
                    .map_or(level, |o| o.1),
                se: 0.5,
            })
            .collect(),
        skill_path: skill,
        path_probabilities: p,
        declarative,
        topics: vec!["job-cv".into(), "privacy-scams".into()],
    }
}

fn reason_ids(r: &Referral) -> Vec<&str> {
    r.reasons.iter().map(|x| x.id.as_str()).collect()
}

fn decl() -> Declarative {
    Declarative::default()
}

// The shipped rules over every situation of the written policy:
// tests/policy.rs walks the table of docs/referral.md.

#[test]
fn domain_reasons_carry_the_domain() {
    let r = evaluate(
        &shipped(),
        &profile(SkillPath::Train, 2, &[("email", 1)], decl()),
    );
    let email = r
        .reasons
        .iter()
        .find(|x| x.id == "reason-email-hard")
        .unwrap();
    assert_eq!(email.args.get("domain").map(String::as_str), Some("email"));
    let r = evaluate(
        &shipped(),
        &profile(
            SkillPath::Autonomous,
            4,
            &[("procedures", 1)],
            Declarative {
                procedure: Some(Urgency::ThisMonth),
                ..decl()
            },
        ),
    );
    assert_eq!(
        r.reasons[0].args.get("domain").map(String::as_str),
        Some("procedures")
    );
}

#[test]
fn shipped_rules_pass_their_checks() {
    let topics = ["email-read", "email-send"];
    assert_eq!(shipped().check(Some(&DOMAINS), Some(&topics)), vec![]);
}

#[test]
fn empty_rules_fall_back_on_skills() {
    let r = evaluate(
        &RuleSet::default(),
        &profile(SkillPath::Train, 2, &[], decl()),
    );
    assert_eq!(r.main, Path::Training);
    assert_eq!(reason_ids(&r), ["reason-skills-training"]);
    assert!(RuleSet::default()
        .reason_ids()
        .contains("reason-skills-aidants_connect"));
}

fn rule(id: &str) -> Rule {
    Rule {
        id: id.into(),
        reason: format!("reason-{id}"),
        ..Rule::default()
    }
}

fn messages(rules: Vec<Rule>) -> Vec<String> {
    RuleSet { version: 1, rules, ..RuleSet::default() }
        .check(Some(&DOMAINS), None)
        .into_iter()
        .map(|p| format!("{}: {}", p.rule.unwrap_or_default(), p.message))
        .collect()
}

fn default_rule() -> Rule {
    Rule {
        main: Some(Path::Autonomous),
        ..rule("default")
    }
}

#[test]
fn check_finds_a_missing_default() {
    let r = Rule {
        skill_path: Some(OneOf(vec![SkillPath::Train])),
        main: Some(Path::Training),
        ..rule("train")
    };
    let m = messages(vec![r]);
    assert!(
        m.iter()
            .any(|m| m.contains("last rule must be the default")),
        "{m:?}"
    );
    assert!(messages(vec![]).iter().any(|m| m.contains("no [[rule]]")));
}

#[test]
fn check_finds_unreachable_and_shadowed_rules() {
    let broad = Rule {
        wants_to_learn: Some(OneOf(vec![Answer::No])),
        main: Some(Path::AidantsConnect),
        ..rule("broad")
    };
    let narrow = Rule {
        wants_to_learn: Some(OneOf(vec![Answer::No])),
        skill_path: Some(OneOf(vec![SkillPath::Train])),
        main: Some(Path::Training),
        ..rule("narrow")
    };
    let m = messages(vec![broad.clone(), narrow, default_rule()]);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].starts_with("narrow: its main path can never apply: it is shadowed by rule 'broad'"),
        "{m:?}"
    );

    let same = Rule {
        main: Some(Path::Training),
        ..broad.clone()
    };
    let m = messages(vec![
        broad.clone(),
        Rule {
            id: "same".into(),
            ..same
        },
        default_rule(),
    ]);
    assert!(m[0].contains("contradicts rule 'broad'"), "{m:?}");

    let after = Rule {
        main: Some(Path::Training),
        ..rule("after")
    };
    let m = messages(vec![default_rule(), after]);
    assert!(
        m.iter().any(|m| m.starts_with("after: never used")),
        "{m:?}"
    );

    // Narrower level bounds are shadowed by wider ones; the reverse is fine.
    let wide = Rule {
        level_at_most: [("email".to_string(), 2)].into(),
        main: Some(Path::Training),
        ..rule("wide")
    };
    let tight = Rule {
        level_at_most: [("email".to_string(), 1)].into(),
        main: Some(Path::AidantsConnect),
        ..rule("tight")
    };
    assert_eq!(
        messages(vec![tight.clone(), wide.clone(), default_rule()]),
        Vec::<String>::new()
    );
    assert_eq!(messages(vec![wide, tight, default_rule()]).len(), 1);

    // Complement-only rules are never shadowed, but exact duplicates are reported.
    let c = Rule {
        internet_at_home: Some(OneOf(vec![Answer::No])),
        complement: Some(OneOf(vec![Path::EquipmentFirst])),
        ..rule("c")
    };
    let m = messages(vec![
        c.clone(),
        Rule {
            id: "c2".into(),
            ..c
        },
        default_rule(),
    ]);
    assert!(m[0].starts_with("c2: duplicates rule 'c'"), "{m:?}");
}

#[test]
fn check_finds_contradictions_and_bad_names() {
    let bad = Rule {
        id: "Bad Id".into(),
        reason: "reason with spaces".into(),
        level_at_most: [("email".to_string(), 1), ("nowhere".to_string(), 2)].into(),
        level_at_least: [("email".to_string(), 3)].into(),
        any_level_at_most: Some(5),
        confidence_below: Some(1.5),
        skill_path: Some(OneOf(vec![])),
        main: Some(Path::Training),
        complement: Some(OneOf(vec![
            Path::Training,
            Path::EquipmentFirst,
            Path::EquipmentFirst,
        ])),
        ..Rule::default()
    };
    let pass = Rule {
        pass_numerique: true,
        complement: Some(OneOf(vec![Path::EquipmentFirst])),
        ..rule("pass")
    };
    let m = messages(vec![bad, pass, default_rule()]).join("\n");
    for needle in [
        "rule id 'Bad Id'",
        "reason 'reason with spaces' is not a valid message id",
        "cannot be at least level 3 and at most level 1",
        "unknown domain 'nowhere'",
        "any_level_at_most = 5: levels go from 1 to 4",
        "confidence_below = 1.5",
        "'skill_path' lists no value",
        "'training' is both the main path and a complement",
        "complement 'equipment_first' is listed twice",
        "pass_numerique = true needs main or complement",
    ] {
        assert!(m.contains(needle), "missing '{needle}' in:\n{m}");
    }
}

#[test]
fn rules_accept_one_value_or_a_list_and_reject_unknown_fields() {
    let rs: RuleSet = toml::from_str(
        "version = 1\n[[rule]]\nid = \"a\"\nprocedure = \"this_week\"\nskill_path = [\"train\", \"accompany\"]\nmain = \"aidants_connect\"\nreason = \"r\"\n",
    )
    .unwrap();
    assert_eq!(
        rs.rules[0].procedure,
        Some(OneOf(vec![UrgencyAnswer::ThisWeek]))
    );
    assert_eq!(
        rs.rules[0].skill_path,
        Some(OneOf(vec![SkillPath::Train, SkillPath::Accompany]))
    );
    let err = toml::from_str::<RuleSet>(
        "version = 1\n[[rule]]\nid = \"a\"\nreason = \"r\"\nmian = \"training\"\n",
    )
    .unwrap_err();
    assert!(err.to_string().contains("unknown field `mian`"), "{err}");
    let err = toml::from_str::<RuleSet>(
        "version = 1\n[[rule]]\nid = \"a\"\nreason = \"r\"\nmain = \"train\"\n",
    )
    .unwrap_err();
    assert!(err.to_string().contains("unknown variant `train`"), "{err}");
}

#[test]
fn serde_ids_are_stable() {
    assert_eq!(
        serde_json::to_string(&Path::AidantsConnect).unwrap(),
        "\"aidants_connect\""
    );
    assert_eq!(
        serde_json::to_string(&Path::EquipmentFirst).unwrap(),
        "\"equipment_first\""
    );
    assert_eq!(
        serde_json::to_string(&Urgency::NoProcedure).unwrap(),
        "\"none\""
    );
    assert_eq!(
        serde_json::to_string(&Urgency::ThisWeek).unwrap(),
        "\"this_week\""
    );
    for p in Path::ALL {
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            format!("\"{}\"", p.id())
        );
        assert!(is_fluent_id(&p.message_id()));
    }
    // The rule set survives a JSON round trip (the web app embeds it as JSON).
    let rules = shipped();
    let json = serde_json::to_string(&rules).unwrap();
    assert_eq!(serde_json::from_str::<RuleSet>(&json).unwrap(), rules);
}

fn tiny_bank() -> Bank {
    let mode = ModeSettings {
        min_items: 1,
        max_items: 5,
        se_target: 0.5,
        ..ModeSettings::default()
    };
    let item = |id: &str, tags: &[&str]| Item {
        id: id.into(),
        domain: "email".into(),
        level: 1,
        a: 1.0,
        b: -1.5,
        c: 0.0,
        interaction: Interaction::Choice {
            options: vec!["a".into(), "b".into()],
            answer: "a".into(),
        },
        tags: tags.iter().map(|t| t.to_string()).collect(),
        image: None,
        enemies: vec![],
        family: None,
        prerequisite: false,
    };
    Bank {
        settings: Settings {
            level_cuts: [-1.0, 0.0, 1.0],
            referral_cuts: [-1.0, 0.5],
            screening: mode.clone(),
            profile: mode,
            randomesque: 1,
        },
        domains: vec![],
        topics: ["email-read", "email-send", "email-attach"]
            .iter()
            .map(|t| Topic {
                id: t.to_string(),
                service: "Maîtrise des outils numériques du quotidien".into(),
            })
            .collect(),
        items: vec![
            item("i1", &["email-send"]),
            item("i2", &["email-read", "email-send"]),
            item("i3", &["email-attach"]),
            item("i4", &[]),
        ],
    }
}

#[test]
fn missed_topics_follow_wrong_and_dont_know_answers() {
    let bank = tiny_bank();
    let h = |item: &str, response: Response, correct: Option<bool>| Answered {
        item: item.into(),
        response,
        correct,
    };
    let history = vec![
        h("i3", Response::Pick("a".into()), Some(true)),
        h("i2", Response::DontKnow, Some(false)),
        h("i1", Response::Pick("b".into()), Some(false)),
        h("i3", Response::Skipped, None),
        h("i4", Response::Pick("b".into()), Some(false)),
        h("gone", Response::Pick("b".into()), Some(false)),
    ];
    assert_eq!(missed_topics(&bank, &history), ["email-read", "email-send"]);
    assert!(missed_topics(&bank, &[]).is_empty());
}

// ---------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------

fn opt_bool() -> impl Strategy<Value = Option<bool>> {
    prop_oneof![Just(None), Just(Some(true)), Just(Some(false))]
}

fn any_input() -> impl Strategy<Value = ReferralInput> {
    let decl = (
        opt_bool(),
        opt_bool(),
        opt_bool(),
        opt_bool(),
        prop_oneof![
            Just(None),
            Just(Some(Urgency::NoProcedure)),
            Just(Some(Urgency::Later)),
            Just(Some(Urgency::ThisMonth)),
            Just(Some(Urgency::ThisWeek))
        ],
        opt_bool(),
        opt_bool(),
    )
        .prop_map(|(s, c, i, e, p, w, h)| Declarative {
            has_smartphone: s,
            has_computer: c,
            internet_at_home: i,
            email_usable: e,
            procedure: p,
            wants_to_learn: w,
            help_received: h,
            franceconnect_account: None,
        });
    (
        proptest::collection::vec((0..DOMAINS.len(), 1u8..=4, 0.1f64..1.5), 0..8),
        0usize..3,
        (0.0f64..1.0, 0.0f64..1.0, 0.0f64..1.0),
        decl,
        proptest::collection::vec(
            prop_oneof![Just("job-cv"), Just("email-send"), Just("facts-sources")],
            0..4,
        ),
    )
        .prop_map(|(domains, skill, (a, b, c), declarative, topics)| {
            let total = a + b + c + 1e-9;
            ReferralInput {
                domains: domains
                    .into_iter()
                    .map(|(d, level, se)| DomainLevel {
                        domain: DOMAINS[d].into(),
                        level,
                        se,
                    })
                    .collect(),
                skill_path: SkillPath::ALL[skill],
                path_probabilities: [a / total, b / total, c / total],
                declarative,
                topics: topics.into_iter().map(String::from).collect(),
            }
        })
}

fn any_path() -> impl Strategy<Value = Path> {
    prop_oneof![
        Just(Path::Autonomous),
        Just(Path::Training),
        Just(Path::AidantsConnect),
        Just(Path::EquipmentFirst)
    ]
}

/// Arbitrary (possibly broken) rule sets: the evaluator must stay total.
fn any_rules() -> impl Strategy<Value = RuleSet> {
    let one_rule = (
        proptest::option::of(prop_oneof![
            Just(Answer::Yes),
            Just(Answer::No),
            Just(Answer::Unknown)
        ]),
        proptest::option::of(prop_oneof![
            Just(SkillPath::Accompany),
            Just(SkillPath::Train),
            Just(SkillPath::Autonomous)
        ]),
        proptest::option::of(1u8..=4),
        proptest::option::of(any_path()),
        proptest::collection::vec(any_path(), 0..3),
        any::<bool>(),
    )
        .prop_map(|(wants, skill, any_low, main, complement, pass)| Rule {
            id: "r".into(),
            wants_to_learn: wants.map(|a| OneOf(vec![a])),
            skill_path: skill.map(|s| OneOf(vec![s])),
            any_level_at_most: any_low,
            main,
            complement: if complement.is_empty() {
                None
            } else {
                Some(OneOf(complement))
            },
            reason: "reason-x".into(),
            pass_numerique: pass,
            ..Rule::default()
        });
    proptest::collection::vec(one_rule, 0..6).prop_map(|rules| RuleSet { version: 1, rules, ..RuleSet::default() })
}

fn assert_invariants(r: &Referral) -> Result<(), TestCaseError> {
    prop_assert!(!r.reasons.is_empty(), "no reason: {r:?}");
    prop_assert!(
        !r.complements.contains(&r.main),
        "complement repeats main: {r:?}"
    );
    let unique: BTreeSet<_> = r.complements.iter().collect();
    prop_assert_eq!(unique.len(), r.complements.len());
    if r.pass_numerique {
        prop_assert!(r.includes(Path::Training));
    }
    if !r.includes(Path::Training) {
        prop_assert!(r.topics.is_empty());
    }
    Ok(())
}

proptest! {
    #[test]
    fn shipped_rules_keep_invariants(input in any_input()) {
        let rules = shipped();
        let r = evaluate(&rules, &input);
        assert_invariants(&r)?;
        prop_assert_eq!(&r, &evaluate(&rules, &input), "not deterministic");
    }

    #[test]
    fn any_rules_keep_invariants(rules in any_rules(), input in any_input()) {
        let r = evaluate(&rules, &input);
        assert_invariants(&r)?;
        prop_assert_eq!(&r, &evaluate(&rules, &input), "not deterministic");
    }

    #[test]
    fn unknown_answers_leave_it_to_the_skills(input in any_input()) {
        let input = ReferralInput { declarative: Declarative::default(), ..input };
        let r = evaluate(&shipped(), &input);
        prop_assert_eq!(r.main, Path::from_skills(input.skill_path));
        prop_assert_ne!(r.main, Path::AidantsConnect, "nothing said: never Aidants Connect as the main path");
    }
}
