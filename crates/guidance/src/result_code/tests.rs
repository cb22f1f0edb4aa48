//! Tests of the result code: round trips (property), each error, the checksum
//! catching typing mistakes, and that nothing personal can travel in a code.

use super::*;
use crate::referral::{evaluate, Declarative, ReferralInput, RuleSet, Urgency};
use repere_engine::synthetic::SyntheticBank;
use repere_engine::Response;
use proptest::prelude::*;
use std::sync::Arc;

const SHIPPED: [&str; 7] = [
    "device",
    "email",
    "job",
    "privacy",
    "facts",
    "shopping",
    "procedures",
];

fn ids(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            SHIPPED
                .get(i)
                .map_or_else(|| format!("domain-{i}"), |s| s.to_string())
        })
        .collect()
}

fn sample() -> ResultSummary {
    ResultSummary {
        mode: Mode::Screening,
        bank_fingerprint: bank_fingerprint(&SHIPPED),
        domains: [(2, 1), (1, 2), (3, 3), (2, 0), (4, 1), (1, 3), (2, 2)]
            .iter()
            .map(|&(level, p)| DomainSummary {
                level,
                precision: Precision::ALL[p],
            })
            .collect(),
        main: Path::AidantsConnect,
        complements: vec![Path::Training, Path::EquipmentFirst],
        pass_numerique: true,
        items_answered: 11,
    }
}

fn body(code: &str) -> &str {
    code.strip_prefix("R1-").expect("a version 1 code")
}

#[test]
fn a_shipped_bank_code_is_short_and_qr_alphanumeric() {
    let code = encode(&sample());
    println!("example code: {code}");
    assert_eq!(code.len(), 3 + payload_chars(7));
    assert_eq!(code.len(), 23);
    let qr_alphanumeric =
        |c: char| c.is_ascii_digit() || c.is_ascii_uppercase() || " $%*+-./:".contains(c);
    assert!(code.chars().all(qr_alphanumeric), "{code}");
    assert_eq!(decode(&code, &SHIPPED), Ok(sample()));
}

#[test]
fn reading_is_forgiving_about_case_separators_and_look_alikes() {
    let code = encode(&sample());
    let b = body(&code);
    let grouped: Vec<String> = b
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    let typed = format!("  r1-{}  ", grouped.join(" ").to_lowercase());
    assert_eq!(decode(&typed, &SHIPPED), Ok(sample()));
    let dashed = format!("R1-{}", grouped.join("-"));
    assert_eq!(decode(&dashed, &SHIPPED), Ok(sample()));
    let look_alikes = code[..3].to_string() + &b.replace('0', "O").replace('1', "l");
    assert_eq!(decode(&look_alikes, &SHIPPED), Ok(sample()));
}

#[test]
fn precision_buckets_follow_the_se_bounds() {
    assert_eq!(Precision::from_se(0.2), Precision::High);
    assert_eq!(Precision::from_se(0.3), Precision::Good);
    assert_eq!(Precision::from_se(0.44), Precision::Good);
    assert_eq!(Precision::from_se(0.45), Precision::Fair);
    assert_eq!(Precision::from_se(0.7), Precision::Rough);
    assert_eq!(Precision::from_se(f64::NAN), Precision::Rough);
    // The app's three words: good below 0.45, fair below 0.7, rough.
    for (se, key) in [
        (0.1, "precision-good"),
        (0.4, "precision-good"),
        (0.5, "precision-fair"),
        (0.9, "precision-rough"),
    ] {
        assert_eq!(Precision::from_se(se).message_id(), key);
    }
    for p in Precision::ALL {
        let (low, high) = p.se_range();
        assert_eq!(Precision::from_se(low), p);
        assert!(high > low);
    }
}

#[test]
fn fingerprint_depends_on_ids_and_order() {
    let a = bank_fingerprint(&SHIPPED);
    let mut swapped = SHIPPED;
    swapped.swap(0, 1);
    assert_ne!(a, bank_fingerprint(&swapped));
    assert_ne!(a, bank_fingerprint(&SHIPPED[..6]));
    assert_ne!(
        bank_fingerprint(&["ab", "c"]),
        bank_fingerprint(&["a", "bc"])
    );
    assert_eq!(a, bank_fingerprint(&ids(7)));
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

#[test]
fn error_not_a_result_code() {
    for text in ["", "hello", "R-ABC", "RX-ABC", "R1ABC", "Q1-ABC"] {
        assert_eq!(
            decode(text, &SHIPPED),
            Err(ResultCodeError::NotAResultCode),
            "{text:?}"
        );
    }
}

#[test]
fn error_unknown_version() {
    let code = encode(&sample());
    let v2 = code.replacen("R1-", "R2-", 1);
    assert_eq!(
        decode(&v2, &SHIPPED),
        Err(ResultCodeError::UnknownVersion { found: 2 })
    );
    assert_eq!(
        decode("R0-AAAA", &SHIPPED),
        Err(ResultCodeError::UnknownVersion { found: 0 })
    );
    let msg = ResultCodeError::UnknownVersion { found: 2 }.to_string();
    assert!(
        msg.contains("version 2") && msg.contains("reads version 1"),
        "{msg}"
    );
}

#[test]
fn error_bad_character_names_it_and_its_position() {
    let code = encode(&sample());
    let mut chars: Vec<char> = code.chars().collect();
    chars[7] = 'U';
    let bad: String = chars.iter().collect();
    assert_eq!(
        decode(&bad, &SHIPPED),
        Err(ResultCodeError::BadCharacter {
            character: 'U',
            position: 8
        })
    );
    let bad = format!("{code}!");
    assert_eq!(
        decode(&bad, &SHIPPED),
        Err(ResultCodeError::BadCharacter {
            character: '!',
            position: code.len() + 1
        })
    );
}

#[test]
fn error_wrong_length_when_a_character_is_missing_or_extra() {
    let code = encode(&sample());
    let short = &code[..code.len() - 1];
    assert_eq!(
        decode(short, &SHIPPED),
        Err(ResultCodeError::WrongLength {
            expected: 20,
            found: 19
        })
    );
    let long = format!("{code}0");
    assert_eq!(
        decode(&long, &SHIPPED),
        Err(ResultCodeError::WrongLength {
            expected: 20,
            found: 21
        })
    );
    // Nothing at all after the prefix.
    assert_eq!(
        decode("R1-", &SHIPPED),
        Err(ResultCodeError::WrongLength {
            expected: 20,
            found: 0
        })
    );
}

#[test]
fn error_bad_checksum() {
    let code = encode(&sample());
    let mut chars: Vec<char> = code.chars().collect();
    chars[10] = if chars[10] == 'A' { 'B' } else { 'A' };
    let bad: String = chars.iter().collect();
    assert_eq!(decode(&bad, &SHIPPED), Err(ResultCodeError::BadChecksum));
}

#[test]
fn error_other_bank_same_or_other_domain_count() {
    let code = encode(&sample());
    let mut renamed = ids(7);
    renamed[3] = "security".into();
    match decode(&code, &renamed) {
        Err(ResultCodeError::OtherBank {
            code_domains: 7,
            bank_domains: 7,
            code_fingerprint,
            bank_fingerprint: b,
        }) => {
            assert_eq!(code_fingerprint, bank_fingerprint(&SHIPPED));
            assert_eq!(b, bank_fingerprint(&renamed));
        }
        other => panic!("{other:?}"),
    }
    // A bank of 9 domains: the code's length differs, but it is well formed.
    match decode(&code, &ids(9)) {
        Err(ResultCodeError::OtherBank {
            code_domains: 7,
            bank_domains: 9,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn error_invalid_value_behind_a_valid_checksum() {
    // Hand-made payload: complement equal to the main path.
    let mut bytes = bank_fingerprint(&SHIPPED).to_be_bytes().to_vec();
    bytes.extend([1 << 4 | 1 << 2, 1 << 6, 5, 7, 0, 0, 0, 0]);
    let crc = crc16(FORMAT_VERSION, &bytes);
    bytes.extend(crc.to_be_bytes());
    let code = format!("R1-{}", to_base32(&bytes));
    assert!(
        matches!(decode(&code, &SHIPPED), Err(ResultCodeError::Invalid(_))),
        "{code}"
    );
}

// ---------------------------------------------------------------------------
// Sessions and privacy
// ---------------------------------------------------------------------------

fn shipped_rules() -> RuleSet {
    toml::from_str(include_str!("../../../../assessments/referral.toml"))
        .expect("the shipped rules parse")
}

/// A finished session on a synthetic bank with the shipped domain ids, every
/// item answered with `response`.
fn finished(mode: Mode, response: Response) -> Session {
    let bank = Arc::new(SyntheticBank::new(12).build());
    let mut session = Session::new(bank, mode, 7);
    while let Some(item) = session.current_item() {
        // A response of another kind than the item's is an error: answer
        // those items "I don't know" instead.
        let fits = item.score(&response).is_ok();
        session
            .answer(if fits { response.clone() } else { Response::DontKnow })
            .expect("an item is waiting");
    }
    session
}

#[test]
fn from_session_round_trips_with_the_bank_ids() {
    for mode in [Mode::Screening, Mode::Profile] {
        let session = finished(mode, Response::Pick("right".into()));
        let declarative = Declarative {
            procedure: Some(Urgency::ThisWeek),
            ..Declarative::default()
        };
        let referral = evaluate(
            &shipped_rules(),
            &ReferralInput::from_session(&session, declarative),
        );
        let summary = ResultSummary::from_session(&session, &referral);
        assert_eq!(summary.mode, mode);
        assert_eq!(summary.items_answered as usize, session.history().len());
        assert_eq!(summary.main, referral.main);
        assert_eq!(summary.complements, referral.complements);
        let levels: Vec<u8> = session.estimates().iter().map(|e| e.level).collect();
        assert_eq!(
            summary.domains.iter().map(|d| d.level).collect::<Vec<_>>(),
            levels
        );
        let bank_ids: Vec<String> = session
            .bank()
            .domains
            .iter()
            .map(|d| d.id.clone())
            .collect();
        let code = encode(&summary);
        println!("{mode:?}: {code} (main {})", summary.main.id());
        assert_eq!(decode(&code, &bank_ids), Ok(summary));
    }
}

#[test]
fn a_code_carries_no_personal_data_by_construction() {
    // 1. The summary has exactly these fields: adding one breaks this line and
    //    calls for a privacy review and a new format version.
    let ResultSummary {
        mode: _,
        bank_fingerprint: _,
        domains,
        main: _,
        complements: _,
        pass_numerique: _,
        items_answered: _,
    } = sample();
    let DomainSummary {
        level: _,
        precision: _,
    } = domains[0];
    let json = serde_json::to_value(sample()).expect("plain data");
    let mut keys: Vec<&str> = json
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "bank_fingerprint",
            "complements",
            "domains",
            "items_answered",
            "main",
            "mode",
            "pass_numerique"
        ]
    );

    // 2. What a person typed and what they declared never reaches the code:
    //    a typed name scored wrong gives the same code as "I don't know", and
    //    the declarative answers only act through the referral paths.
    let typed = finished(
        Mode::Screening,
        Response::Entry("Marie Dupont 06 12 34 56 78".into()),
    );
    let dont_know = finished(Mode::Screening, Response::DontKnow);
    let referral = |s: &Session, d: Declarative| {
        evaluate(&shipped_rules(), &ReferralInput::from_session(s, d))
    };
    let private = Declarative {
        help_received: Some(true),
        wants_to_learn: Some(false),
        ..Declarative::default()
    };
    let other = Declarative {
        help_received: Some(false),
        wants_to_learn: Some(false),
        ..Declarative::default()
    };
    let a = encode(&ResultSummary::from_session(
        &typed,
        &referral(&typed, private),
    ));
    let b = encode(&ResultSummary::from_session(
        &dont_know,
        &referral(&dont_know, other),
    ));
    assert_eq!(a, b);
    assert!(!a.contains("MARIE") && !a.contains("DUPONT"));
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn any_path() -> impl Strategy<Value = Path> {
    prop::sample::select(Path::ALL.to_vec())
}

prop_compose! {
    fn any_summary()(
        n in 0usize..20,
        mode in prop::sample::select(vec![Mode::Screening, Mode::Profile]),
        main in any_path(),
        others in Just(Path::ALL.to_vec()).prop_shuffle(),
        count in 0usize..4,
        pass_numerique in any::<bool>(),
        items_answered in any::<u8>(),
        nibbles in prop::collection::vec((1u8..=4, 0usize..4), 20),
    ) -> (ResultSummary, Vec<String>) {
        let ids = ids(n);
        let complements = others.into_iter().filter(|&p| p != main).take(count).collect();
        let domains = nibbles[..n].iter().map(|&(level, p)| DomainSummary { level, precision: Precision::ALL[p] }).collect();
        let summary = ResultSummary {
            mode, bank_fingerprint: bank_fingerprint(&ids), domains, main, complements, pass_numerique, items_answered,
        };
        (summary, ids)
    }
}

proptest! {
    #[test]
    fn every_summary_round_trips((summary, ids) in any_summary()) {
        let code = encode(&summary);
        // "R1-", then base32 of 6 header bytes, a nibble per domain, 2 CRC bytes.
        let bytes = 6 + ids.len().div_ceil(2) + 2;
        prop_assert_eq!(code.len(), 3 + (bytes * 8).div_ceil(5));
        prop_assert!(code.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || c == '-'));
        prop_assert_eq!(decode(&code, &ids), Ok(summary));
    }

    #[test]
    fn any_summary_round_trips_after_normalising(
        (mut summary, ids) in any_summary(),
        level in any::<u8>(),
        extra in prop::collection::vec(any_path(), 0..6),
    ) {
        if let Some(d) = summary.domains.first_mut() {
            d.level = level;
        }
        summary.complements.extend(extra);
        // What the code must carry, worked out here: the level clamped to
        // 1..=4, the complements without the main path and without repeats.
        let mut expected = summary.clone();
        if let Some(d) = expected.domains.first_mut() {
            d.level = level.clamp(1, 4);
        }
        expected.complements.clear();
        for &p in &summary.complements {
            if p != summary.main && !expected.complements.contains(&p) {
                expected.complements.push(p);
            }
        }
        prop_assert!(expected.complements.len() <= 3);
        prop_assert_eq!(decode(&encode(&summary), &ids), Ok(expected));
    }

    #[test]
    fn one_mistyped_character_is_always_caught(
        (summary, ids) in any_summary(),
        at in any::<prop::sample::Index>(),
        replacement in 0usize..32,
    ) {
        let code = encode(&summary);
        let mut chars: Vec<char> = code.chars().collect();
        let i = 3 + at.index(chars.len() - 3);
        let new = char::from(ALPHABET[replacement]);
        prop_assume!(new != chars[i]);
        chars[i] = new;
        let typo: String = chars.into_iter().collect();
        prop_assert_eq!(decode(&typo, &ids), Err(ResultCodeError::BadChecksum));
    }

    #[test]
    fn swapped_neighbours_are_always_caught((summary, ids) in any_summary(), at in any::<prop::sample::Index>()) {
        let code = encode(&summary);
        let mut chars: Vec<char> = code.chars().collect();
        let i = 3 + at.index(chars.len() - 4);
        prop_assume!(chars[i] != chars[i + 1]);
        chars.swap(i, i + 1);
        let typo: String = chars.into_iter().collect();
        prop_assert_eq!(decode(&typo, &ids), Err(ResultCodeError::BadChecksum));
    }

    #[test]
    fn decoding_any_text_never_panics(text in "\\PC{0,40}", n in 0usize..9) {
        let _ = decode(&text, &ids(n));
        let _ = decode(&format!("R1-{text}"), &ids(n));
    }
}
