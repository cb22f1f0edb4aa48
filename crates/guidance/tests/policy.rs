//! The written referral policy (`docs/referral.md`) is what the shipped rules
//! (`assessments/referral.toml`) do: every row of the policy table, in every
//! combination its cells list, gives the stated main path, complements,
//! deciding rule and reasons; and every rule that can decide a main path is
//! named by a row. The table is read from the document itself: one source of truth.

use repere_engine::levels::SkillPath;
use repere_guidance::referral::{evaluate, Declarative, DomainLevel, Path, ReferralInput, RuleSet, Urgency};

const DOC: &str = include_str!("../../../docs/referral.md");
const RULES: &str = include_str!("../../../assessments/referral.toml");
const MARKER: &str = "<!-- policy-table";
const DOMAINS: [&str; 7] = ["device", "email", "job", "privacy", "facts", "shopping", "procedures"];

/// One row of the table, its cells as written.
#[derive(Debug)]
struct Row {
    number: String,
    skills: Vec<String>,
    procedure: Vec<String>,
    learn: Vec<String>,
    equipment: Vec<String>,
    franceconnect: Vec<String>,
    main: String,
    complements: Vec<String>,
    rule: String,
    says: Vec<String>,
}

fn list(cell: &str, any: &[&str]) -> Vec<String> {
    let cell = cell.trim();
    if cell == "—" || cell.is_empty() {
        return Vec::new();
    }
    if cell == "any" {
        return any.iter().map(|s| s.to_string()).collect();
    }
    cell.split(',').map(|s| s.trim().to_string()).collect()
}

/// The policy table of `doc`: the table after the marker line.
fn table(doc: &str) -> Result<Vec<Row>, String> {
    let start = doc.find(MARKER).ok_or("docs/referral.md: the policy-table marker is missing")?;
    let mut rows = Vec::new();
    for line in doc[start..].lines().skip(1) {
        let line = line.trim();
        if !line.starts_with('|') {
            break;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.first().is_none_or(|c| c.parse::<u32>().is_err()) {
            continue; // the header and its rule
        }
        if cells.len() != 11 {
            return Err(format!("docs/referral.md: row {}: {} cells, expected 11", cells[0], cells.len()));
        }
        rows.push(Row {
            number: cells[0].to_string(),
            skills: list(cells[1], &["accompany", "train", "autonomous"]),
            procedure: list(cells[2], &["this_week", "this_month", "later", "none", "unknown"]),
            learn: list(cells[3], &["yes", "no", "unknown"]),
            equipment: list(cells[4], &["ok", "no-device", "no-internet", "no-email", "unknown"]),
            franceconnect: list(cells[5], &["yes", "no", "unknown"]),
            main: cells[6].to_string(),
            complements: list(cells[7], &[]),
            rule: cells[8].to_string(),
            says: list(cells[9], &[]),
        });
    }
    Ok(rows)
}

fn answer(value: &str) -> Result<Option<bool>, String> {
    match value {
        "yes" => Ok(Some(true)),
        "no" => Ok(Some(false)),
        "unknown" => Ok(None),
        other => Err(format!("'{other}' is not yes, no or unknown")),
    }
}

/// The referral input of one combination of a row's cells.
fn situation(skills: &str, procedure: &str, learn: &str, equipment: &str, franceconnect: &str) -> Result<ReferralInput, String> {
    let (path, level, procedures, confidence) = match skills {
        "accompany" => (SkillPath::Accompany, 1, 1, 0.9),
        "train" => (SkillPath::Train, 2, 2, 0.9),
        "autonomous" => (SkillPath::Autonomous, 4, 3, 0.9),
        "autonomous-procedures-hard" => (SkillPath::Autonomous, 4, 2, 0.9),
        "autonomous-uncertain" => (SkillPath::Autonomous, 4, 3, 0.6),
        other => return Err(format!("unknown skills '{other}'")),
    };
    let procedure = match procedure {
        "this_week" => Some(Urgency::ThisWeek),
        "this_month" => Some(Urgency::ThisMonth),
        "later" => Some(Urgency::Later),
        "none" => Some(Urgency::NoProcedure),
        "unknown" => None,
        other => return Err(format!("unknown procedure '{other}'")),
    };
    let (device, internet, email) = match equipment {
        "ok" => (Some(true), Some(true), Some(true)),
        "no-device" => (Some(false), Some(true), Some(true)),
        "no-internet" => (Some(true), Some(false), Some(true)),
        "no-email" => (Some(true), Some(true), Some(false)),
        "unknown" => (None, None, None),
        other => return Err(format!("unknown equipment '{other}'")),
    };
    let mut p = [(1.0 - confidence) / 2.0; 3];
    p[path.rank()] = confidence;
    Ok(ReferralInput {
        domains: DOMAINS
            .iter()
            .map(|d| DomainLevel { domain: d.to_string(), level: if *d == "procedures" { procedures } else { level }, se: 0.4 })
            .collect(),
        skill_path: path,
        path_probabilities: p,
        declarative: Declarative {
            has_smartphone: device,
            has_computer: device,
            internet_at_home: internet,
            email_usable: email,
            procedure,
            wants_to_learn: answer(learn)?,
            help_received: None,
            franceconnect_account: answer(franceconnect)?,
        },
        topics: vec!["email-send".into()],
    })
}

/// Every mismatch between the table's rows and what `rules` do.
fn mismatches(rules: &RuleSet, rows: &[Row]) -> Vec<String> {
    let mut out = Vec::new();
    for row in rows {
        let mut combinations = 0;
        for s in &row.skills {
            for p in &row.procedure {
                for l in &row.learn {
                    for e in &row.equipment {
                        for f in &row.franceconnect {
                            combinations += 1;
                            let at = format!("row {} ({s}, {p}, learn {l}, {e}, FranceConnect {f})", row.number);
                            let input = match situation(s, p, l, e, f) {
                                Ok(i) => i,
                                Err(e) => {
                                    out.push(format!("{at}: {e}"));
                                    continue;
                                }
                            };
                            let r = evaluate(rules, &input);
                            if r.main.id() != row.main {
                                out.push(format!("{at}: main is {}, the table says {}", r.main.id(), row.main));
                            }
                            let complements: Vec<&str> = r.complements.iter().map(|c| c.id()).collect();
                            if complements != row.complements {
                                out.push(format!("{at}: complements are {complements:?}, the table says {:?}", row.complements));
                            }
                            let decider = rules.rules.iter().find(|rule| rule.main.is_some() && rule.matches(&input)).map(|rule| rule.id.as_str());
                            if decider != Some(row.rule.as_str()) {
                                out.push(format!("{at}: decided by {decider:?}, the table says '{}'", row.rule));
                            }
                            let reasons: Vec<&str> = r.reasons.iter().map(|x| x.id.as_str()).collect();
                            for said in &row.says {
                                if !reasons.contains(&said.as_str()) {
                                    out.push(format!("{at}: does not say {said} (it says {reasons:?})"));
                                }
                            }
                        }
                    }
                }
            }
        }
        if combinations == 0 {
            out.push(format!("row {}: a cell lists no value", row.number));
        }
    }
    for rule in rules.rules.iter().filter(|r| r.main.is_some()) {
        if !rows.iter().any(|row| row.rule == rule.id) {
            out.push(format!("rule '{}' decides a main path but no row of the table names it", rule.id));
        }
    }
    out
}

fn shipped() -> RuleSet {
    toml::from_str(RULES).expect("the shipped rules parse")
}

#[test]
fn every_row_of_the_policy_table_is_what_the_rules_do() {
    let rows = table(DOC).unwrap();
    assert!(rows.len() >= 20, "the table has {} rows", rows.len());
    let problems = mismatches(&shipped(), &rows);
    assert!(problems.is_empty(), "docs/referral.md and assessments/referral.toml disagree:\n{}", problems.join("\n"));
}

#[test]
fn the_table_test_fails_when_the_rules_change() {
    let rows = table(DOC).unwrap();
    // The old policy: every low scorer sent to Aidants Connect.
    let mut rules = shipped();
    let low = rules.rules.iter_mut().find(|r| r.id == "low-skills").unwrap();
    low.main = Some(Path::AidantsConnect);
    let problems = mismatches(&rules, &rows);
    assert!(problems.iter().any(|p| p.starts_with("row 9 ") && p.contains("main is aidants_connect")), "{problems:?}");
    // A rule that no row names.
    let mut rules = shipped();
    let extra: RuleSet = toml::from_str("version = 1\n[[rule]]\nid = \"unwritten\"\nprocedure = \"later\"\nmain = \"training\"\nreason = \"reason-x\"").unwrap();
    rules.rules.insert(0, extra.rules[0].clone());
    assert!(mismatches(&rules, &rows).iter().any(|p| p.contains("'unwritten'")));
}

#[test]
fn a_row_that_contradicts_the_rules_is_reported() {
    let doc = DOC.replace("| 9 | accompany | unknown | unknown | ok, unknown | unknown | training |", "| 9 | accompany | unknown | unknown | ok, unknown | unknown | aidants_connect |");
    assert_ne!(doc, DOC, "row 9 is written as the test expects");
    let problems = mismatches(&shipped(), &table(&doc).unwrap());
    assert!(problems.iter().any(|p| p.starts_with("row 9 ") && p.contains("the table says aidants_connect")), "{problems:?}");
    assert!(table("no table here").is_err());
    let broken = DOC.replace("| 1 | accompany, train |", "| 1 | accompany, train | extra |");
    assert!(table(&broken).is_err());
}

/// Nobody who said nothing about a procedure is sent to Aidants Connect as
/// the main path, whatever their skills.
#[test]
fn without_a_procedure_aidants_connect_is_never_the_main_path() {
    let rules = shipped();
    for skills in ["accompany", "train", "autonomous", "autonomous-procedures-hard", "autonomous-uncertain"] {
        for procedure in ["none", "unknown"] {
            for learn in ["yes", "no", "unknown"] {
                for equipment in ["ok", "no-device", "no-internet", "no-email", "unknown"] {
                    for fc in ["yes", "no", "unknown"] {
                        let r = evaluate(&rules, &situation(skills, procedure, learn, equipment, fc).unwrap());
                        assert_ne!(r.main, Path::AidantsConnect, "{skills} {procedure} {learn} {equipment} {fc}");
                        if skills == "accompany" {
                            assert!(r.includes(Path::AidantsConnect), "low skills: Aidants Connect named as a possibility");
                            assert_eq!(r.main, Path::Training);
                        }
                    }
                }
            }
        }
    }
}
