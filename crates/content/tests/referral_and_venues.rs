//! Loading the referral rules and venue files: each problem with its file,
//! line and path (`venue[i].field`), and the whole tree through `load_content`.

use repere_content::{
    load_content, load_referral, load_venue_dir, load_venues, ContentRoot, Diagnostic,
};
use repere_guidance::referral::{evaluate, Declarative, DomainLevel, Path as RefPath, ReferralInput};
use repere_guidance::venues::{match_venues, MatchOptions};
use repere_engine::SkillPath;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn texts(problems: &[Diagnostic]) -> Vec<String> {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.line, p.message))
        .collect()
}

#[test]
fn unknown_field_in_rules_points_at_its_line() {
    let err = load_referral(&fixture("referral_unknown_field.toml"), None).unwrap_err();
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].line, 6, "{err:?}");
    assert!(
        err[0].message.contains("unknown field `mian`"),
        "{}",
        err[0]
    );
    assert!(err[0]
        .to_string()
        .contains("referral_unknown_field.toml:6: "));
}

#[test]
fn unknown_path_value_points_at_its_line() {
    let err = load_referral(&fixture("referral_bad_value.toml"), None).unwrap_err();
    assert_eq!(err[0].line, 5, "{err:?}");
    assert!(
        err[0].message.contains("unknown variant `formation`"),
        "{}",
        err[0]
    );
}

#[test]
fn rule_checks_point_at_each_rule() {
    let err = load_referral(&fixture("referral_bad_rules.toml"), None).unwrap_err();
    let t = texts(&err).join("\n");
    // The second rule is shadowed by the first (same condition, fewer).
    assert!(t.contains("10: rule 'not-willing-train': its main path can never apply: it is shadowed by rule 'not-willing'"), "{t}");
    assert!(
        t.contains(
            "17: rule 'low-email': domain 'email' cannot be at least level 3 and at most level 1"
        ),
        "{t}"
    );
    assert!(
        t.contains("23: rule 'training': the last rule must be the default"),
        "{t}"
    );
    assert!(
        !t.contains("unknown domain"),
        "no bank given, domains unchecked: {t}"
    );
}

#[test]
fn broken_venue_file_lists_each_field() {
    let err = load_venues(&fixture("venues_broken.json")).unwrap_err();
    let all: Vec<String> = err.iter().map(ToString::to_string).collect();
    let joined = all.join("\n");
    for (line, needle) in [
        (27, "venue[2].code_postal: '6903' must be exactly 5 digits"),
        (
            29,
            "venue[2].date_maj: '15/10/2021' must be a real date written YYYY-MM-DD",
        ),
        (
            30,
            "venue[2].services: 'Cours de cuisine' is not in the standard's list",
        ),
        (
            31,
            "venue[2].latitude: '45.7' is not a number: write WGS84 degrees with a decimal point",
        ),
        (33, "venue[2].telephone: '04 78 00 00 00'"),
        (34, "venue[2].horaire: unknown field"),
        (37, "venue[3].id: 'ok-1' is already the id of venue[0]"),
        (36, "venue[3].pivot: required field is missing or empty"),
    ] {
        let found = err.iter().find(|d| d.message.starts_with(needle));
        assert!(found.is_some(), "missing '{needle}' in:\n{joined}");
        assert_eq!(found.unwrap().line, line, "{needle}");
        assert!(
            found.unwrap().to_string().contains("venues_broken.json:"),
            "{}",
            found.unwrap()
        );
    }
    assert!(
        !err.iter()
            .any(|d| d.message.starts_with("venue[0]") || d.message.starts_with("venue[1]")),
        "{joined}"
    );
    assert!(
        joined.contains("venue[2].horaire: unknown field: did you mean 'horaires'?"),
        "{joined}"
    );
    // A badly typed field is reported once, not also as missing.
    assert_eq!(
        all.iter()
            .filter(|m| m.contains("venue[2].latitude"))
            .count(),
        1,
        "{joined}"
    );
}

#[test]
fn json_syntax_errors_have_their_line() {
    let err = load_venues(&fixture("venues_syntax.json")).unwrap_err();
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].line, 5, "{}", err[0]);
    assert!(err[0].message.starts_with("JSON syntax error"));
}

#[test]
fn csv_venues_read_quotes_multi_values_and_numbers() {
    let venues = load_venues(&fixture("venues_ok.csv")).unwrap();
    assert_eq!(venues.len(), 2);
    assert_eq!(venues[0].nom, "Espace \"Les Mûriers\"");
    assert_eq!(venues[0].adresse, "5 rue Exemple, bâtiment B");
    assert_eq!(venues[0].services.0.len(), 2);
    assert_eq!(venues[0].latitude, Some(45.76));
    assert_eq!(
        venues[0].presentation_resume.as_deref(),
        Some("Lieu fictif,\nsur deux lignes.")
    );
    assert_eq!(venues[1].latitude, None);
    let err = load_venues(&fixture("venues_broken.csv")).unwrap_err();
    let t = texts(&err).join("\n");
    assert!(
        t.contains("3: venue[1].code_postal: '690' must be exactly 5 digits"),
        "{t}"
    );
    assert!(
        t.contains("3: venue[1].latitude: 'nord' is not a number"),
        "{t}"
    );
}

#[test]
fn the_shipped_sample_is_valid_and_a_venue_file_changes_the_offers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = load_venue_dir(&root.join("assessments/venues")).unwrap();
    let (_, sample) = files
        .iter()
        .find(|(p, _)| p.ends_with("sample.json"))
        .expect("sample.json is shipped");
    assert!((8..=12).contains(&sample.len()));
    assert!(sample.iter().all(|v| v
        .presentation_resume
        .as_deref()
        .unwrap_or("")
        .contains("fictif")));

    let rules = load_referral(&root.join("assessments/referral.toml"), None)
        .unwrap()
        .0;
    let input = ReferralInput {
        domains: ["device", "email", "procedures"]
            .iter()
            .map(|d| DomainLevel {
                domain: d.to_string(),
                level: 1,
                se: 0.5,
            })
            .collect(),
        skill_path: SkillPath::Accompany,
        path_probabilities: [0.9, 0.08, 0.02],
        declarative: Declarative {
            procedure: Some(repere_guidance::referral::Urgency::ThisWeek),
            ..Declarative::default()
        },
        topics: vec![],
    };
    let referral = evaluate(&rules, &input);
    assert_eq!(referral.main, RefPath::AidantsConnect);
    let options = MatchOptions {
        reads_poorly: true,
        postcode: Some("69400".into()),
        limit: 3,
    };
    let sample_offers = match_venues(sample, &referral, &[], &options);
    assert_eq!(sample_offers[0].id, "demo-01", "{sample_offers:?}");
    let csv = load_venues(&fixture("venues_ok.csv")).unwrap();
    let csv_offers = match_venues(&csv, &referral, &[], &options);
    // The Aidants Connect venue first; the policy (docs/referral.md) adds
    // learning as a complement, so the training venue follows it.
    assert_eq!(
        csv_offers.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        ["csv-1", "csv-2"]
    );
    assert!(referral.complements.contains(&RefPath::Training), "{referral:?}");
}

/// A tiny content tree, written to a temporary folder.
struct Tree(PathBuf);

impl Tree {
    fn new(name: &str, referral: &str) -> Tree {
        let dir = std::env::temp_dir().join(format!(
            "repere-referral-test-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        let w = |p: &str, text: &str| {
            let path = dir.join(p);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        w(
            "assessments/bank.toml",
            "version = 1\n[settings]\nlevel_cuts = [-1.0, 0.0, 1.0]\nreferral_cuts = [-1.0, 0.5]\nrandomesque = 1\n\
             [settings.screening]\nmin_items = 1\nmax_items = 3\ndecision_confidence = 0.9\n\
             [settings.profile]\nmin_items = 1\nmax_items = 3\nse_target = 0.5\n\
             [[domain]]\nid = \"email\"\nprior_mean = 0.0\nprior_sd = 1.0\nloading = 0.5\n\
             [[topic]]\nid = \"email-send\"\nservice = \"Maîtrise des outils numériques du quotidien\"\n",
        );
        w(
            "assessments/items/email.toml",
            "[[item]]\nid = \"email-q\"\ndomain = \"email\"\nlevel = 1\na = 1.0\nb = -1.5\nkind = \"choice\"\noptions = [\"a\", \"b\"]\nanswer = \"a\"\ntags = [\"email-send\"]\n",
        );
        w("assessments/referral.toml", referral);
        let texts = "domain-email = E\ntopic-email-send = S\nemail-q = Q\n    .explain = X\nemail-q-opt-a = A\nemail-q-opt-b = B\n";
        let referral_texts = "path-autonomous = a\npath-training = t\npath-aidants_connect = c\npath-equipment_first = e\n\
             reason-skills-good = g\nreason-skills-autonomous = a\nreason-skills-training = t\nreason-skills-aidants_connect = c\nreason-skills-equipment_first = e\n";
        for lang in ["fr", "en"] {
            w(&format!("locales/{lang}/bank.ftl"), texts);
            w(&format!("locales/{lang}/referral.ftl"), referral_texts);
            w(&format!("public/img/flags/{lang}.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        }
        Tree(dir)
    }
    fn write(&self, p: &str, text: &str) {
        let path = self.0.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const DEFAULT_ONLY: &str = "version = 1\n[[rule]]\nid = \"default\"\nmain = \"autonomous\"\nreason = \"reason-skills-good\"\n";

#[test]
fn load_content_carries_rules_and_venues() {
    let tree = Tree::new("ok", DEFAULT_ONLY);
    tree.write("assessments/venues/a.json", "[]");
    tree.write(
        "assessments/venues/b.csv",
        &std::fs::read_to_string(fixture("venues_ok.csv")).unwrap(),
    );
    let content = load_content(&ContentRoot::find(&tree.0)).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(content.referral.rules.len(), 1);
    assert_eq!(
        content
            .venue_files
            .iter()
            .map(|(_, v)| v.len())
            .collect::<Vec<_>>(),
        [0, 2]
    );
}

#[test]
fn load_content_checks_rule_domains_topics_and_texts() {
    let rules = "version = 1\n\
        [[rule]]\nid = \"hard\"\nlevel_at_most = { job = 1 }\ntopics = [\"job-cv\"]\nreason = \"reason-job-hard\"\n\
        [[rule]]\nid = \"default\"\nmain = \"autonomous\"\nreason = \"reason-skills-good\"\n";
    let tree = Tree::new("bad", rules);
    let err = load_content(&ContentRoot::find(&tree.0)).unwrap_err();
    let t = err
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        t.contains("referral.toml:3: rule 'hard': unknown domain 'job' (domains: email)"),
        "{t}"
    );
    assert!(
        t.contains("referral.toml:3: rule 'hard': unknown topic 'job-cv'"),
        "{t}"
    );
    // Texts are checked once the rules themselves are sound.
    let rules = rules
        .replace("job = 1", "email = 1")
        .replace("job-cv", "email-send");
    let tree = Tree::new("texts", &rules);
    let err = load_content(&ContentRoot::find(&tree.0)).unwrap_err();
    let t = err
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        t.contains("referral.toml:3: rule 'hard': reason 'reason-job-hard' has no text in en"),
        "{t}"
    );
    assert!(t.contains("has no text in fr"), "{t}");
}

#[test]
fn load_content_reports_bad_venue_files_and_a_missing_rules_file() {
    let tree = Tree::new("venues", DEFAULT_ONLY);
    tree.write(
        "assessments/venues/bad.json",
        &std::fs::read_to_string(fixture("venues_broken.json")).unwrap(),
    );
    let err = load_content(&ContentRoot::find(&tree.0)).unwrap_err();
    assert!(
        err.iter().any(|d| d
            .to_string()
            .contains("bad.json:27: venue[2].code_postal: ")),
        "{err:#?}"
    );
    std::fs::remove_file(tree.0.join("assessments/referral.toml")).unwrap();
    let err = load_content(&ContentRoot::find(&tree.0)).unwrap_err();
    assert!(
        err.iter().any(|d| d
            .to_string()
            .contains("cannot read the referral rules file")),
        "{err:#?}"
    );
}
