use super::*;
use proptest::prelude::*;

pub(crate) fn sample() -> Record {
    Record {
        week: Week::parse("2026-W49").unwrap(),
        mode: Mode::Profile,
        language: "fr".into(),
        bank: "0123456789abcdef".into(),
        levels: [("device".to_string(), 2u8), ("email".to_string(), 4u8)].into_iter().collect(),
        path: Some(Path::Training),
        responses: vec![
            Response { item: "device-tap-green".into(), outcome: Outcome::Right },
            Response { item: "email-02".into(), outcome: Outcome::DontKnow },
            Response { item: "email-03".into(), outcome: Outcome::Wrong },
        ],
    }
}

#[test]
fn json_round_trip_and_shape() {
    let records = vec![Record { responses: vec![], path: None, ..sample() }, sample()];
    let text = to_json(&records);
    assert!(text.starts_with("{\"format\":3,\"records\":[\n{"), "{text}");
    assert!(text.contains("\"week\":\"2026-W49\""), "{text}");
    assert!(text.contains("\"path\":null"), "{text}");
    assert!(text.contains("\"responses\":\"device-tap-green:1 email-02:? email-03:0\""), "{text}");
    assert!(!text.contains("complements") && !text.contains("\"day\""), "{text}");
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
    assert_eq!(lines[0], "format,week,mode,language,bank,path,responses,level.admin,level.device,level.email");
    assert_eq!(lines[2], "3,2026-W49,profile,fr,0123456789abcdef,training,device-tap-green:1 email-02:? email-03:0,,2,4");
    assert_eq!(lines.len(), 3);
    // Written in the canonical order, whatever the order given.
    assert_eq!(parse_csv(&text).unwrap(), vec![records[1].clone(), records[0].clone()]);
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
        (good.replace("2026-W49", "2026-W54"), "line 2, column week: week 54 is not between 1 and 53 in 2026"),
        (good.replace("2026-W49", "2026-12-01"), "line 2, column week: '2026-12-01' is not an ISO week"),
        (good.replace(",training,", ",train,"), "line 2, column path: unknown path 'train'"),
        (good.replace("email-02:?", "email-02:x"), "line 2, column responses: response 2: code 'x'"),
        (good.replace(",2,4\n", ",5,4\n"), "line 2, column level.device: '5' is not a level"),
        (good.replace("3,2026", "1,2026"), "line 2, column format: '1' is not format 3"),
        (good.replace(",level.email", ",colour"), "line 1: unknown column 'colour'"),
        (good.replace("format,", ""), "line 1: column 'format' is missing"),
        (good.replace(",2,4\n", ",2\n"), "line 2: 8 fields, the header has 9"),
        (good.replace(",fr,", ",French,"), "line 2, column language: 'French' is not a language tag"),
        (good.replace(",responses,", ",responses,complements,"), "line 1: unknown column 'complements'"),
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
    let second = good.rfind("\"week\":\"2026-W49\"").unwrap();
    let mut bad_week = good.clone();
    bad_week.replace_range(second..second + 17, "\"week\":\"2026-12-01\"");
    let cases = [
        (bad_week, "records[1].week: '2026-12-01' is not an ISO week"),
        (good.replacen("\"email\":4", "\"email\":0", 1), "records[0].levels.email: 0 is not a level"),
        (good.replacen("\"mode\":\"profile\"", "\"mode\":\"kiosk\"", 1), "records[0].mode: unknown mode 'kiosk'"),
        (good.replacen("\"format\":3", "\"format\":4", 1), "format: version 4 is newer than this Repère reads (3)"),
        (good.replacen("\"format\":3", "\"format\":0", 1), "format: version 0 never existed"),
        (good.replacen("\"format\":3,", "", 1), "format: missing"),
        (good.replacen("\"bank\"", "\"name\"", 1), "records[0]: unknown field 'name'"),
        (good.replacen("\"training\"", "\"nowhere\"", 1), "records[0].path: unknown path 'nowhere'"),
        (good.replacen("\"path\"", "\"complements\":[],\"path\"", 1), "records[0]: unknown field 'complements'"),
        (good.replacen("\"fr\"", "\"fr fr\"", 1), "records[0].language: 'fr fr' is not a language tag"),
        ("[1]".to_string(), ": the file must be a JSON object"),
        ("{\"format\": 3, \"records\": [".to_string(), "line 1, column 26: not JSON"),
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
    assert_eq!(first.week.to_string(), "2026-W45");
    assert_eq!(first.language, "fr");
    assert_eq!(first.bank, UNKNOWN_BANK);
    assert_eq!(first.path, None, "the old path could reflect the declarative answers");
    assert_eq!(responses_text(&first.responses), "device-tap-green:1 email-spot-phishing:? admin-franceconnect:0");
    assert_eq!(first.levels.get("email"), Some(&1));
    // Written back, it is the current format and reads the same.
    let again = parse_json(&to_json(&export.records)).unwrap();
    assert_eq!(again.read_format, FORMAT);
    let mut sorted = export.records.clone();
    sort_canonically(&mut sorted);
    assert_eq!(again.records, sorted);
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
    let record = Record::from_session(&session, "fr", "0123456789abcdef", day);
    record.check().unwrap();
    assert_eq!(record.week.to_string(), "2026-W49", "the week, never the day");
    assert_eq!(record.path, Some(Path::from_skills(session.skill_path())), "the skill path only");
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
fn summary_counts_hide_every_cell_under_k() {
    // 6 records in week 49 (one in Ukrainian, one autonomous), 2 in week 50.
    let mut records = vec![sample(); 5];
    let mut rare = sample();
    rare.language = "uk".into();
    rare.path = Some(Path::Autonomous);
    rare.mode = Mode::Screening;
    records.push(rare);
    let mut later = sample();
    later.week = Week::parse("2026-W50").unwrap();
    records.extend([later.clone(), later]);
    let s = Summary::of(&records);
    assert_eq!(s.records(), 8);
    let p = s.published(None);
    assert_eq!(p.total, 6, "week 50 (2 records) is withheld");
    assert!(p.withheld);
    assert_eq!(p.weeks.keys().map(Week::to_string).collect::<Vec<_>>(), ["2026-W49"]);
    // autonomous 1 → hidden; training 5 would give it back: hidden too.
    assert_eq!(p.by_path, [None, None, Some(0), Some(0)]);
    assert_eq!(p.by_mode, [None, None]);
    // uk (1) pooled as und and hidden; fr 5 then hidden so und cannot be recomputed.
    assert_eq!(p.by_language.get("uk"), None);
    assert_eq!(p.by_language.get("und"), Some(&None));
    assert_eq!(p.by_language.get("fr"), Some(&None));
    assert_eq!(p.levels["email"], [Some(0), Some(0), Some(0), Some(6)]);
    // The current week is never shown, whatever its size.
    let now = Week::parse("2026-W49").unwrap();
    assert_eq!(s.published(Some(now)).total, 0);
    let mut big = vec![sample(); 10];
    big.iter_mut().take(5).for_each(|r| r.path = Some(Path::AidantsConnect));
    let p = Summary::of(&big).published(None);
    assert_eq!(p.by_path, [Some(0), Some(5), Some(5), Some(0)]);
}

#[test]
fn suppression_never_leaves_one_hidden_cell_alone() {
    assert_eq!(suppress(&[7, 1, 0, 9], 5), vec![None, None, Some(0), Some(9)]);
    assert_eq!(suppress(&[7, 1, 2, 9], 5), vec![Some(7), None, None, Some(9)]);
    assert_eq!(suppress(&[5, 0, 0, 0], 5), vec![Some(5), Some(0), Some(0), Some(0)]);
    assert_eq!(suppress(&[], 5), Vec::<Shown>::new());
}

#[test]
fn rows_are_published_sorted_by_closed_weeks_of_k_with_rare_languages_pooled() {
    let mut records = Vec::new();
    for (i, lang) in ["fr", "fr", "uk", "fr", "fr", "fr"].into_iter().enumerate() {
        let mut r = sample();
        r.language = lang.into();
        r.levels.insert("device".into(), 1 + (i % 4) as u8);
        records.push(r);
    }
    let mut small = sample();
    small.week = Week::parse("2026-W50").unwrap();
    records.push(small);
    let rows = publishable(&records, None);
    assert_eq!(rows.len(), 6, "the week of 1 record is withheld");
    assert!(rows.iter().all(|r| r.language != "uk"));
    assert_eq!(rows.iter().filter(|r| r.language == UNDETERMINED_LANGUAGE).count(), 1);
    // Not the order of visits: the last visitor is not the last row.
    let mut sorted = rows.clone();
    sort_canonically(&mut sorted);
    assert_eq!(rows, sorted);
    assert_ne!(rows.last().map(|r| r.levels.clone()), records[5].clone().levels.into(), "{rows:?}");
    // The current week is withheld too.
    assert!(publishable(&records, Some(Week::parse("2026-W49").unwrap())).is_empty());
}

#[test]
fn to_json_and_to_csv_never_keep_the_visit_order() {
    let mut a = sample();
    a.levels.insert("device".into(), 4);
    let mut b = sample();
    b.levels.insert("device".into(), 1);
    assert_eq!(to_json(&[a.clone(), b.clone()]), to_json(&[b.clone(), a.clone()]));
    assert_eq!(to_csv(&[a.clone(), b.clone()]), to_csv(&[b, a]));
}

#[test]
fn format_2_exports_migrate_without_the_day_or_the_declared_paths() {
    let v2 = "{\"format\":2,\"records\":[\n{\"day\":\"2026-12-03\",\"mode\":\"screening\",\"language\":\"en\",\"bank\":\"0123456789abcdef\",\"levels\":{\"device\":1},\"path\":\"aidants_connect\",\"complements\":[\"equipment_first\"],\"responses\":\"device-tap-green:0\"}\n]}";
    let export = parse_json(v2).unwrap();
    assert_eq!(export.read_format, 2);
    let r = &export.records[0];
    assert_eq!((r.week.to_string(), r.path), ("2026-W49".to_string(), None));
    let text = to_json(&export.records);
    for kept in ["equipment_first", "aidants_connect", "2026-12-03"] {
        assert!(!text.contains(kept), "{kept} is still in {text}");
    }
    let csv2 = "format,day,mode,language,bank,path,complements,responses,level.device\n2,2026-12-03,screening,en,0123456789abcdef,aidants_connect,equipment_first,device-tap-green:0,1\n";
    assert_eq!(parse_csv(csv2).unwrap(), export.records);
    assert!(parse_csv(&csv2.replace("equipment_first", "nowhere")).unwrap_err().to_string().contains("column complements"));
}

fn arb_id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,20}"
}

fn arb_record() -> impl Strategy<Value = Record> {
    (
        (2000u16..2100, 1u8..=52),
        any::<bool>(),
        prop_oneof![Just("fr".to_string()), Just("en".to_string()), Just("pt-BR".to_string())],
        "[0-9a-f]{16}",
        proptest::collection::btree_map(arb_id(), 1u8..=4, 0..8),
        0usize..5,
        proptest::collection::btree_map(arb_id(), 0u8..3, 0..30),
    )
        .prop_map(|((y, w), profile, language, bank, levels, path, responses)| Record {
            week: Week::parse(&format!("{y:04}-W{w:02}")).unwrap(),
            mode: if profile { Mode::Profile } else { Mode::Screening },
            language,
            bank,
            levels,
            path: Path::ALL.get(path).copied(),
            responses: responses
                .into_iter()
                .map(|(item, o)| Response { item, outcome: [Outcome::Right, Outcome::Wrong, Outcome::DontKnow][usize::from(o)] })
                .collect(),
        })
}

proptest! {
    #[test]
    fn any_records_round_trip(records in proptest::collection::vec(arb_record(), 0..6)) {
        let mut sorted = records.clone();
        sort_canonically(&mut sorted);
        prop_assert_eq!(&parse_json(&to_json(&records)).unwrap().records, &sorted);
        // CSV drops nothing but writes only the domains present; records
        // without any level still read back the same.
        prop_assert_eq!(&parse_csv(&to_csv(&records)).unwrap(), &sorted);
    }

    #[test]
    fn published_counts_are_never_between_1_and_k(records in proptest::collection::vec(arb_record(), 0..40), same_week in any::<bool>()) {
        let records: Vec<Record> = records.into_iter().map(|mut r| { if same_week { r.week = Week::parse("2026-W49").unwrap(); } r }).collect();
        let p = Summary::of(&records).published(None);
        let small = |c: &Shown| c.is_some_and(|n| n > 0 && n < K);
        prop_assert!(!p.by_path.iter().chain(&p.by_mode).chain([&p.unknown_path]).any(small));
        prop_assert!(!p.by_language.values().any(small));
        prop_assert!(!p.levels.values().flatten().any(small));
        prop_assert!(p.weeks.values().all(|w| w.total >= K && !w.by_path.iter().any(small)));
        prop_assert!(p.total == 0 || p.total >= K);
        for (_, group) in publishable(&records, None).chunk_by(|a, b| a.week == b.week).map(|g| (g[0].week, g.len())) {
            prop_assert!(group >= K);
        }
    }

    #[test]
    fn parsers_never_panic_on_any_text(text in "\\PC{0,300}") {
        let _ = parse_json(&text);
        let _ = parse_csv(&text);
        let _ = parse_responses(&text);
        let _ = Day::parse(&text);
        let _ = Week::parse(&text);
    }

    /// One byte changed: refused with an error that says where, or read as
    /// records that the writers write back and the readers read the same (a
    /// damaged file never yields records the format cannot carry). The deep
    /// form, one field changed to any Unicode, is `tests/deep.rs`.
    #[test]
    fn a_damaged_export_is_refused_or_reads_back_the_same(records in proptest::collection::vec(arb_record(), 1..4), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        for text in [to_json(&records), to_csv(&records)] {
            let mut bytes = text.into_bytes();
            let i = at.index(bytes.len());
            bytes[i] = byte;
            if let Ok(damaged) = String::from_utf8(bytes) {
                match parse_any(&damaged) {
                    Ok(export) => {
                        prop_assert_eq!(&parse_json(&to_json(&export.records)).unwrap().records, &export.records);
                        prop_assert_eq!(&parse_csv(&to_csv(&export.records)).unwrap(), &export.records);
                    }
                    Err(e) => prop_assert!(!e.message.is_empty(), "an error without a message"),
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
