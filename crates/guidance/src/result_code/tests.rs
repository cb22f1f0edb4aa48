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
                measured: true,
            })
            .collect(),
        main: Path::AidantsConnect,
        complements: vec![Path::Training, Path::EquipmentFirst],
        pass_numerique: true,
        items_answered: 11,
        overall: Some(Overall { level: 2, precision: Precision::Good }),
        day: Some(1067),
        format_version: FORMAT_VERSION,
    }
}

/// A summary written as version 1 wrote it (before the evidence rule).
fn encode_v1(s: &ResultSummary) -> String {
    let mut bytes = s.bank_fingerprint.to_be_bytes().to_vec();
    let mode = u8::from(s.mode == Mode::Profile);
    bytes.push(mode << 7 | u8::from(s.pass_numerique) << 6 | path_code(s.main) << 4 | (s.complements.len() as u8) << 2);
    let mut complements = 0u8;
    for (i, &p) in s.complements.iter().enumerate() {
        complements |= path_code(p) << (6 - 2 * i);
    }
    bytes.extend([complements, s.items_answered, s.domains.len() as u8]);
    for pair in s.domains.chunks(2) {
        let nibble = |d: &DomainSummary| (d.level - 1) << 2 | d.precision.code();
        bytes.push(nibble(&pair[0]) << 4 | pair.get(1).map_or(0, nibble));
    }
    let crc = crc16(1, &bytes);
    bytes.extend(crc.to_be_bytes());
    format!("R1-{}", to_base32(&bytes))
}

#[test]
fn a_version_1_code_still_decodes_and_says_so() {
    let code = encode_v1(&sample());
    assert_eq!(code.len(), 23);
    let read = decode(&code, &SHIPPED).expect("a version 1 code is still read");
    assert!(read.is_older_format());
    assert_eq!(read.format_version, 1);
    assert_eq!((read.overall, read.day), (None, None));
    assert_eq!((read.main, &read.complements), (sample().main, &sample().complements));
    // Without the evidence rule's flags, a rough level counts as not measured.
    for (read, written) in read.domains.iter().zip(&sample().domains) {
        assert_eq!(read.measured, written.precision != Precision::Rough);
        assert_eq!((read.level, read.precision), (written.level, written.precision));
    }
    // A version 1 code relabelled as version 2 is refused.
    assert!(decode(&code.replacen("R1-", "R2-", 1), &SHIPPED).is_err());
}

#[test]
fn an_unmeasured_domain_carries_no_level() {
    let mut s = sample();
    s.domains[2] = DomainSummary { level: 4, precision: Precision::High, measured: false };
    let read = decode(&encode(&s), &SHIPPED).unwrap();
    assert_eq!(read.domains[2], DomainSummary::UNMEASURED);
    assert_eq!(read, s.normalised());
}

fn body(code: &str) -> &str {
    code.strip_prefix("R2-").expect("a version 2 code")
}

#[test]
fn a_shipped_bank_code_is_short_and_qr_alphanumeric() {
    let code = encode(&sample());
    println!("example code: {code}");
    assert_eq!(code.len(), 3 + payload_chars(7));
    assert_eq!(code.len(), 29);
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
    let typed = format!("  r2-{}  ", grouped.join(" ").to_lowercase());
    assert_eq!(decode(&typed, &SHIPPED), Ok(sample()));
    let dashed = format!("R2-{}", grouped.join("-"));
    assert_eq!(decode(&dashed, &SHIPPED), Ok(sample()));
    let look_alikes = code[..3].to_string() + &b.replace('0', "O").replace('1', "l");
    assert_eq!(decode(&look_alikes, &SHIPPED), Ok(sample()));
    // The dash after the version typed as a space, or left out.
    let spaced = format!("R2 {}", grouped.join(" "));
    assert_eq!(decode(&spaced, &SHIPPED), Ok(sample()));
    let no_dash = format!("r2{}", b.to_lowercase());
    assert_eq!(decode(&no_dash, &SHIPPED), Ok(sample()));
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
    for text in ["", "hello", "R-ABC", "RX-ABC", "R1", "R", "Q1-ABC"] {
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
    let v3 = code.replacen("R2-", "R3-", 1);
    assert_eq!(
        decode(&v3, &SHIPPED),
        Err(ResultCodeError::UnknownVersion { found: 3 })
    );
    assert_eq!(
        decode("R0-AAAA", &SHIPPED),
        Err(ResultCodeError::UnknownVersion { found: 0 })
    );
    let msg = ResultCodeError::UnknownVersion { found: 3 }.to_string();
    assert!(
        msg.contains("version 3") && msg.contains("reads version 2"),
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
            expected: 26,
            found: 25
        })
    );
    let long = format!("{code}0");
    assert_eq!(
        decode(&long, &SHIPPED),
        Err(ResultCodeError::WrongLength {
            expected: 26,
            found: 27
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
    bytes.extend([1 << 4 | 1 << 2, 1 << 6, 5, 7, 0, 0, 0, 0, 0xfe, 0x40, 0, 0]);
    let crc = crc16(FORMAT_VERSION, &bytes);
    bytes.extend(crc.to_be_bytes());
    let code = format!("R{FORMAT_VERSION}-{}", to_base32(&bytes));
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
        let summary = ResultSummary::from_session(&session, &referral, None);
        assert_eq!(summary.mode, mode);
        assert_eq!(summary.items_answered as usize, session.history().len());
        assert_eq!(summary.main, referral.main);
        assert_eq!(summary.complements, referral.complements);
        // Measured domains keep their level; the others are stored unmeasured.
        let levels: Vec<Option<u8>> = session.estimates().iter().map(|e| e.is_measured().then_some(e.level)).collect();
        assert_eq!(
            summary.domains.iter().map(|d| d.measured.then_some(d.level)).collect::<Vec<_>>(),
            levels
        );
        assert!(levels.iter().any(Option::is_some), "{mode:?}: every item right measures some domain");
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
        overall: _,
        day: _,
        format_version: _,
    } = sample();
    let DomainSummary {
        level: _,
        precision: _,
        measured: _,
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
            "day",
            "domains",
            "format_version",
            "items_answered",
            "main",
            "mode",
            "overall",
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
        None,
    ));
    let b = encode(&ResultSummary::from_session(
        &dont_know,
        &referral(&dont_know, other),
        None,
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
        nibbles in prop::collection::vec((1u8..=4, 0usize..4, any::<bool>()), 20),
        overall in prop::option::of((1u8..=4, 0usize..4)),
        day in prop::option::of(1u16..),
    ) -> (ResultSummary, Vec<String>) {
        let ids = ids(n);
        let complements = others.into_iter().filter(|&p| p != main).take(count).collect();
        let domains = nibbles[..n]
            .iter()
            .map(|&(level, p, measured)| if measured { DomainSummary { level, precision: Precision::ALL[p], measured } } else { DomainSummary::UNMEASURED })
            .collect();
        let overall = overall.map(|(level, p)| Overall { level, precision: Precision::ALL[p] });
        let summary = ResultSummary {
            mode, bank_fingerprint: bank_fingerprint(&ids), domains, main, complements, pass_numerique, items_answered,
            overall, day, format_version: FORMAT_VERSION,
        };
        (summary, ids)
    }
}

proptest! {
    #[test]
    fn every_summary_round_trips((summary, ids) in any_summary()) {
        let code = encode(&summary);
        // "R2-", then base32 of 6 header bytes, a nibble per domain, a bit per
        // domain (measured), the overall byte, 2 day bytes, 2 CRC bytes.
        let bytes = 6 + ids.len().div_ceil(2) + ids.len().div_ceil(8) + 1 + 2 + 2;
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
            d.measured = true;
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
        let _ = decode(&format!("R2-{text}"), &ids(n));
    }
}

#[test]
fn day_numbers_round_trip_through_dates() {
    assert_eq!(day_number(2024, 1, 2), Some(1));
    assert_eq!(day_number(2024, 1, 1), None, "day 0 means unknown");
    assert_eq!(civil_date(1), (2024, 1, 2));
    assert_eq!(day_number(2026, 12, 3).map(civil_date), Some((2026, 12, 3)));
    assert_eq!(day_number(2024, 2, 29).map(civil_date), Some((2024, 2, 29)));
    for day in 1..=u16::MAX {
        let (y, m, d) = civil_date(day);
        assert_eq!(day_number(y, m, d), Some(day));
    }
    assert_eq!(day_number(2026, 13, 1), None);
}
