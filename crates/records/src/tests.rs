use super::*;
use proptest::prelude::*;

pub(crate) fn sample() -> Record {
    Record {
        day: Day::parse("2026-12-01").unwrap(),
        mode: Mode::Profile,
        language: "fr".into(),
        bank: "0123456789abcdef".into(),
        levels: [("device".to_string(), 2u8), ("email".to_string(), 4u8)].into_iter().collect(),
        path: Path::Training,
        complements: vec![Path::EquipmentFirst],
        responses: vec![
            Response { item: "device-tap-green".into(), outcome: Outcome::Right },
            Response { item: "email-02".into(), outcome: Outcome::DontKnow },
            Response { item: "email-03".into(), outcome: Outcome::Wrong },
        ],
    }
}

#[test]
fn json_round_trip_and_shape() {
    let records = vec![sample(), Record { responses: vec![], complements: vec![], ..sample() }];
    let text = to_json(&records);
    assert!(text.starts_with("{\"format\":2,\"records\":[\n{"), "{text}");
    assert!(text.contains("\"responses\":\"device-tap-green:1 email-02:? email-03:0\""), "{text}");
    let back = parse_json(&text).unwrap();
    assert_eq!(back.read_format, FORMAT);
    assert_eq!(back.records, records);
    assert_eq!(parse_json(&to_json(&[])).unwrap().records, vec![]);
}

#[test]
fn csv_round_trip_and_shape() {
    let mut other = sample();
    other.levels = [("admin".to_string(), 1u8)].into_iter().collect();
    let records = vec![sample(), other];
    let text = to_csv(&records);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "format,day,mode,language,bank,path,complements,responses,level.admin,level.device,level.email");
    assert_eq!(lines[1], "2,2026-12-01,profile,fr,0123456789abcdef,training,equipment_first,device-tap-green:1 email-02:? email-03:0,,2,4");
    assert_eq!(lines.len(), 3);
    assert_eq!(parse_csv(&text).unwrap(), records);
}

#[test]
fn csv_as_a_spreadsheet_saves_it() {
    let text = to_csv(&[sample()]);
    let quoted: String = text
        .lines()
        .map(|l| l.split(',').map(|f| format!("\"{f}\"")).collect::<Vec<_>>().join(",") + "\r\n")
        .collect();
    let resaved = format!("\u{feff}{quoted}\r\n");
    assert_eq!(parse_csv(&resaved).unwrap(), vec![sample()]);
}

#[test]
fn csv_errors_name_line_and_column() {
    let good = to_csv(&[sample()]);
    let cases = [
        (good.replace("2026-12-01", "2026-02-30"), "line 2, column day: day 30 is not between 1 and 28 in 2026-02"),
        (good.replace(",training,", ",train,"), "line 2, column path: unknown path 'train'"),
        (good.replace("email-02:?", "email-02:x"), "line 2, column responses: response 2: code 'x'"),
        (good.replace(",2,4\n", ",5,4\n"), "line 2, column level.device: '5' is not a level"),
        (good.replace("2,2026", "1,2026"), "line 2, column format: '1' is not format 2"),
        (good.replace(",level.email", ",colour"), "line 1: unknown column 'colour'"),
        (good.replace("format,", ""), "line 1: column 'format' is missing"),
        (good.replace(",2,4\n", ",2\n"), "line 2: 9 fields, the header has 10"),
        (good.replace(",fr,", ",French,"), "line 2, column language: 'French' is not a language tag"),
        (good.replace("equipment_first", "training"), "line 2, column complements: 'training' repeats the main path"),
        (String::new(), "line 1: the file is empty"),
    ];
    for (text, expected) in cases {
        let err = parse_csv(&text).unwrap_err().to_string();
        assert!(err.starts_with(expected), "expected '{expected}', got '{err}'");
    }
}

#[test]
fn json_errors_name_the_field() {
    let good = to_json(&[sample(), sample()]);
    let second = good.rfind("\"day\":\"2026-12-01\"").unwrap();
    let mut bad_day = good.clone();
    bad_day.replace_range(second..second + 18, "\"day\":\"2026-12-01T10:00\"");
    let cases = [
        (bad_day, "records[1].day: '2026-12-01T10:00' is not a day"),
        (good.replacen("\"email\":4", "\"email\":0", 1), "records[0].levels.email: 0 is not a level"),
        (good.replacen("\"mode\":\"profile\"", "\"mode\":\"kiosk\"", 1), "records[0].mode: unknown mode 'kiosk'"),
        (good.replacen("\"format\":2", "\"format\":3", 1), "format: version 3 is newer than this Repère reads (2)"),
        (good.replacen("\"format\":2", "\"format\":0", 1), "format: version 0 never existed"),
        (good.replacen("\"format\":2,", "", 1), "format: missing"),
        (good.replacen("\"bank\"", "\"name\"", 1), "records[0]: unknown field 'name'"),
        (good.replacen("[\"equipment_first\"]", "[\"nowhere\"]", 1), "records[0].complements[0]: unknown path 'nowhere'"),
        (good.replacen("\"fr\"", "\"fr fr\"", 1), "records[0].language: 'fr fr' is not a language tag"),
        ("[1]".to_string(), ": the file must be a JSON object"),
        ("{\"format\": 2, \"records\": [".to_string(), "line 1, column 26: not JSON"),
    ];
    for (text, expected) in cases {
        let err = parse_json(&text).unwrap_err().to_string();
        assert!(err.starts_with(expected), "expected '{expected}', got '{err}'");
    }
}

#[test]
fn format_1_fixture_migrates() {
    let text = include_str!("../tests/fixtures/format1.json");
    let export = parse_json(text).unwrap();
    assert_eq!(export.read_format, 1);
    assert_eq!(export.records.len(), 2);
    let first = &export.records[0];
    assert_eq!(first.day.to_string(), "2026-11-02");
    assert_eq!(first.language, "fr");
    assert_eq!(first.bank, UNKNOWN_BANK);
    assert_eq!(first.path, Path::AidantsConnect);
    assert!(first.complements.is_empty());
    assert_eq!(responses_text(&first.responses), "device-tap-green:1 email-spot-phishing:? admin-franceconnect:0");
    assert_eq!(first.levels.get("email"), Some(&1));
    // Written back, it is the current format and reads the same.
    let again = parse_json(&to_json(&export.records)).unwrap();
    assert_eq!(again.read_format, FORMAT);
    assert_eq!(again.records, export.records);
    // A format-1 error is placed precisely too.
    let bad = text.replace("\"dont_know\"", "\"maybe\"");
    assert_eq!(
        parse_json(&bad).unwrap_err().to_string(),
        "records[0].responses[1].answer: 'maybe' is not right, wrong or dont_know"
    );
}

#[test]
fn parse_any_detects_the_form() {
    let records = vec![sample()];
    assert_eq!(parse_any(&to_json(&records)).unwrap().records, records);
    assert_eq!(parse_any(&to_csv(&records)).unwrap().records, records);
}

#[test]
fn a_session_becomes_a_record_without_what_was_typed() {
    use repere_engine::bank::Interaction;
    use repere_engine::synthetic::SyntheticBank;
    let bank = std::sync::Arc::new(SyntheticBank::new(10).build());
    let mut session = repere_engine::Session::new(bank, Mode::Profile, 3);
    let mut given = Vec::new();
    for i in 0..6 {
        let Some(item) = session.current_item().cloned() else { break };
        let response = match (i % 3, &item.interaction) {
            (0, _) => repere_engine::Response::DontKnow,
            (1, _) => repere_engine::Response::Skipped,
            (_, Interaction::Choice { answer, .. }) => repere_engine::Response::Pick(answer.clone()),
            _ => repere_engine::Response::Entry("secret typed text".into()),
        };
        given.push((item.id.clone(), response.clone()));
        session.answer(response).unwrap();
    }
    let day = Day::parse("2026-12-01").unwrap();
    let record = Record::from_session(&session, Path::Training, &[Path::Training, Path::AidantsConnect], "fr", "0123456789abcdef", day);
    record.check().unwrap();
    assert_eq!(record.complements, [Path::AidantsConnect]);
    assert_eq!(record.levels.len(), 7);
    let expected: Vec<&str> = given.iter().filter(|(_, r)| *r != repere_engine::Response::Skipped).map(|(id, _)| id.as_str()).collect();
    let got: Vec<&str> = record.responses.iter().map(|r| r.item.as_str()).collect();
    assert_eq!(got, expected, "skipped items are left out, the others kept in order");
    assert_eq!(record.responses[0].outcome, Outcome::DontKnow);
    assert!(!to_json(&[record.clone()]).contains("secret"), "nothing typed is recorded");
}

#[test]
fn iso_weeks_at_year_ends() {
    let week = |s: &str| Day::parse(s).unwrap().week().to_string();
    assert_eq!(week("2026-12-01"), "2026-W49");
    assert_eq!(week("2021-01-03"), "2020-W53");
    assert_eq!(week("2024-12-30"), "2025-W01");
    assert_eq!(week("2026-01-01"), "2026-W01");
    assert_eq!(week("2027-01-01"), "2026-W53");
    assert_eq!(Day::parse("2026-12-01").unwrap().weekday(), 2);
    assert!(Day::parse("2024-02-29").is_ok());
    assert!(Day::parse("2100-02-29").is_err());
}

#[test]
fn summary_counts() {
    let mut later = sample();
    later.day = Day::parse("2026-12-08").unwrap();
    later.path = Path::Autonomous;
    later.mode = Mode::Screening;
    let records = [sample(), sample(), later];
    let s = Summary::of(&records);
    assert_eq!(s.total, 3);
    assert_eq!(s.by_path, [1, 2, 0, 0]);
    assert_eq!(s.by_mode, [1, 2]);
    assert_eq!(s.levels["email"], [0, 0, 0, 3]);
    assert_eq!(s.weeks.len(), 2);
    let weeks: Vec<String> = s.weeks.keys().map(Week::to_string).collect();
    assert_eq!(weeks, ["2026-W49", "2026-W50"]);
    assert_eq!(s.weeks.values().map(|w| w.total).collect::<Vec<_>>(), [2, 1]);
}

fn arb_id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,20}"
}

fn arb_record() -> impl Strategy<Value = Record> {
    (
        (2000u16..2100, 1u8..=12, 1u8..=28),
        any::<bool>(),
        prop_oneof![Just("fr".to_string()), Just("en".to_string()), Just("pt-BR".to_string())],
        "[0-9a-f]{16}",
        proptest::collection::btree_map(arb_id(), 1u8..=4, 0..8),
        0usize..4,
        proptest::collection::btree_map(arb_id(), 0u8..3, 0..30),
        proptest::collection::vec(0usize..4, 0..4),
    )
        .prop_map(|((y, m, d), profile, language, bank, levels, path, responses, complements)| {
            let path = Path::ALL[path];
            let mut comps = Vec::new();
            for c in complements.into_iter().map(|i| Path::ALL[i]) {
                if c != path && !comps.contains(&c) {
                    comps.push(c);
                }
            }
            Record {
                day: Day::new(y, m, d).unwrap(),
                mode: if profile { Mode::Profile } else { Mode::Screening },
                language,
                bank,
                levels,
                path,
                complements: comps,
                responses: responses
                    .into_iter()
                    .map(|(item, o)| Response { item, outcome: [Outcome::Right, Outcome::Wrong, Outcome::DontKnow][usize::from(o)] })
                    .collect(),
            }
        })
}

proptest! {
    #[test]
    fn any_records_round_trip(records in proptest::collection::vec(arb_record(), 0..6)) {
        prop_assert_eq!(&parse_json(&to_json(&records)).unwrap().records, &records);
        // CSV drops nothing but writes only the domains present; records
        // without any level still read back the same.
        prop_assert_eq!(&parse_csv(&to_csv(&records)).unwrap(), &records);
    }

    #[test]
    fn parsers_never_panic_on_any_text(text in "\\PC{0,300}") {
        let _ = parse_json(&text);
        let _ = parse_csv(&text);
        let _ = parse_responses(&text);
        let _ = Day::parse(&text);
    }

    #[test]
    fn a_damaged_export_is_refused_or_still_valid(records in proptest::collection::vec(arb_record(), 1..4), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        for text in [to_json(&records), to_csv(&records)] {
            let mut bytes = text.into_bytes();
            let i = at.index(bytes.len());
            bytes[i] = byte;
            if let Ok(damaged) = String::from_utf8(bytes) {
                // Whatever is accepted passes every check: nothing invalid gets in.
                if let Ok(export) = parse_any(&damaged) {
                    for r in &export.records {
                        prop_assert!(r.check().is_ok());
                    }
                }
            }
        }
    }

    #[test]
    fn week_is_consistent_with_weekdays(y in 2001u16..2099, m in 1u8..=12, d in 1u8..=28) {
        let day = Day::new(y, m, d).unwrap();
        let next = Day::new(y, m, d + 1).ok();
        if let Some(next) = next {
            let (a, b) = (day.week(), next.week());
            if next.weekday() == 1 { prop_assert!(b > a) } else { prop_assert_eq!(a, b) }
        }
    }
}

#[test]
fn an_item_listed_twice_or_an_id_outside_the_banks_rule_is_refused() {
    let good = to_csv(&[sample()]);
    let twice = good.replace("email-03:0", "device-tap-green:0");
    assert!(parse_csv(&twice).unwrap_err().to_string().contains("'device-tap-green' is listed twice"));
    let json = to_json(&[sample()]).replace("email-03:0", "email-02:1");
    assert!(parse_json(&json).unwrap_err().to_string().contains("'email-02' is listed twice"));
    // A cell a spreadsheet would compute (`-2-3` → −5), upper case, '.': refused.
    for bad in ["-2-3", "Email-02", "email.02", "_x"] {
        let text = good.replace("email-02", bad);
        assert!(parse_csv(&text).is_err(), "{bad} accepted");
    }
    for bad in ["-2-3", "0123456789ABCDEF", "abc"] {
        let text = good.replace("0123456789abcdef", bad);
        assert!(parse_csv(&text).unwrap_err().to_string().contains("column bank"), "{bad} accepted");
    }
    // More than MAX_RESPONSES is refused before the rest is read.
    let many: Vec<String> = (0..=MAX_RESPONSES).map(|i| format!("item-{i}:1")).collect();
    assert!(parse_responses(&many.join(" ")).unwrap_err().contains("more than 255"));
}
