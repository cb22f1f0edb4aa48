//! Tests of the venue model: the standard's constraints and the matching.

use super::*;
use crate::referral::Reason;

fn venue(id: &str) -> Venue {
    Venue {
        id: id.into(),
        pivot: "12345678901234".into(),
        nom: format!("Lieu {id}"),
        commune: "Villefranche".into(),
        code_postal: "69400".into(),
        adresse: "1 rue de la Mairie".into(),
        date_maj: "2021-09-30".into(),
        services: Multi::parse("Maîtrise des outils numériques du quotidien"),
        ..Venue::default()
    }
}

fn with(id: &str, services: &str, programmes: &str) -> Venue {
    Venue {
        services: Multi::parse(services),
        dispositif_programmes_nationaux: Multi::parse(programmes),
        ..venue(id)
    }
}

fn referral(main: Path, complements: &[Path], topics: &[&str], pass: bool) -> Referral {
    Referral {
        main,
        complements: complements.to_vec(),
        reasons: vec![Reason {
            id: "reason-x".into(),
            args: Default::default(),
        }],
        topics: topics.iter().map(|t| t.to_string()).collect(),
        pass_numerique: pass,
    }
}

fn topics() -> Vec<Topic> {
    [
        ("email-send", "Maîtrise des outils numériques du quotidien"),
        ("job-cv", "Insertion professionnelle via le numérique"),
        ("privacy-scams", "Utilisation sécurisée du numérique"),
    ]
    .iter()
    .map(|(id, s)| Topic {
        id: id.to_string(),
        service: s.to_string(),
    })
    .collect()
}

fn texts(problems: &[VenueProblem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

#[test]
fn a_good_venue_passes() {
    let v = Venue {
        code_insee: Some("2A004".into()),
        latitude: Some(45.98),
        longitude: Some(4.72),
        telephone: Some("+33474000000".into()),
        courriels: Multi::parse("contact@exemple.fr;accueil@exemple.fr"),
        site_web: Multi::parse("https://exemple.fr"),
        horaires: Some("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00".into()),
        frais_a_charge: Multi::parse("Gratuit sous condition : avec un Pass numérique;Gratuit"),
        itinerance: Multi::parse("Fixe"),
        prise_en_charge_specifique: Multi::parse("Illettrisme;Surdité"),
        modalites_acces: Multi::parse("Se présenter;Téléphoner"),
        presentation_resume: Some("é".repeat(280)),
        ..with(
            "a",
            "Aide aux démarches administratives",
            "Aidants Connect;France Services",
        )
    };
    assert_eq!(
        texts(&validate_venues(&[v, venue("b")])),
        Vec::<String>::new()
    );
    assert_eq!(
        texts(&validate_venues(&[Venue {
            pivot: "W123456789".into(),
            ..venue("c")
        }])),
        Vec::<String>::new()
    );
}

#[test]
fn every_constraint_is_reported_with_its_field() {
    let bad = Venue {
        id: "a".into(),
        pivot: "123".into(),
        nom: " ".into(),
        code_postal: "6940".into(),
        date_maj: "2021-02-30".into(),
        services: Multi::parse("Cours de cuisine"),
        code_insee: Some("ABCDE".into()),
        latitude: Some(95.0),
        telephone: Some("04 74 00 00 00".into()),
        courriels: Multi::parse("pas-une-adresse"),
        site_web: Multi::parse("www.exemple.fr"),
        prise_rdv: Some("ftp://x".into()),
        horaires: Some("Mo-Fr 25:00-12:00".into()),
        presentation_resume: Some("x".repeat(281)),
        frais_a_charge: Multi::parse("Gratuitement"),
        itinerance: Multi::parse("Mobile"),
        dispositif_programmes_nationaux: Multi::parse("Aidants Connect;Pass numérique"),
        ..Venue::default()
    };
    let p = texts(&validate_venues(&[venue("a"), bad]));
    let all = p.join("\n");
    for needle in [
        "venue[1].id: id 'a' is already used by venue[0]",
        "venue[1].pivot: '123' is neither a SIRET",
        "venue[1].nom: required field is missing or empty",
        "venue[1].commune: required field",
        "venue[1].adresse: required field",
        "venue[1].code_postal: '6940' must be exactly 5 digits",
        "venue[1].date_maj: '2021-02-30' must be a date",
        "venue[1].services: 'Cours de cuisine' is not in the standard's list",
        "venue[1].code_insee: 'ABCDE'",
        "venue[1].latitude: 95 is outside",
        "venue[1].longitude: latitude and longitude go together",
        "venue[1].telephone: '04 74 00 00 00' must be in international format",
        "venue[1].courriels: 'pas-une-adresse'",
        "venue[1].site_web: 'www.exemple.fr' must start with http",
        "venue[1].prise_rdv: 'ftp://x'",
        "venue[1].horaires: '25:00' is not a time of day",
        "venue[1].presentation_resume: 281 characters",
        "venue[1].frais_a_charge: 'Gratuitement'",
        "venue[1].itinerance: 'Mobile'",
        "venue[1].dispositif_programmes_nationaux: 'Pass numérique'",
    ] {
        assert!(all.contains(needle), "missing '{needle}' in:\n{all}");
    }
    let missing = texts(&validate_venues(&[Venue::default()]));
    assert_eq!(missing.len(), 8, "{missing:?}");
    assert!(missing
        .contains(&"venue[0].services: required field: list at least one service".to_string()));
}

#[test]
fn small_checks() {
    assert!(
        is_date("2024-02-29")
            && !is_date("2023-02-29")
            && !is_date("2021-13-01")
            && !is_date("21-01-01")
    );
    assert!(
        is_postcode("01000")
            && !is_postcode("1000")
            && !is_postcode("1000a")
            && !is_postcode("123456")
    );
    assert!(is_phone("+33180059880") && !is_phone("0180059880") && !is_phone("+33 1 80"));
    assert!(
        is_url("http://a.fr") && is_url("https://a.fr/x") && !is_url("https://") && !is_url("a.fr")
    );
    assert!(vocabulary_match(
        "Gratuit sous condition : Pass numérique",
        "Gratuit sous condition"
    ));
    assert!(vocabulary_match("Payant: 10 €", "Payant"));
    assert!(!vocabulary_match("Gratuit sous condition", "Gratuit"));
    assert!(opening_hours_problem("24/7").is_none());
    assert!(opening_hours_problem("Mo-Fr 09:00-24:00; PH off").is_none());
}

#[test]
fn multi_values_read_both_forms() {
    let a: Venue = serde_json::from_str(
        r#"{"services": "Aide aux démarches administratives;Loisirs et créations numériques"}"#,
    )
    .unwrap();
    let b: Venue = serde_json::from_str(r#"{"services": ["Aide aux démarches administratives", "Loisirs et créations numériques"]}"#).unwrap();
    assert_eq!(a.services, b.services);
    assert_eq!(a.services.0.len(), 2);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(
        json["services"],
        "Aide aux démarches administratives;Loisirs et créations numériques"
    );
    assert!(serde_json::from_str::<Venue>(r#"{"nom_du_lieu": "x"}"#).is_err());
    let c: Venue = serde_json::from_str(r#"{"courriels": null, "telephone": null}"#).unwrap();
    assert!(c.courriels.is_empty() && c.telephone.is_none());
}

#[test]
fn aidants_connect_prefers_the_programme_then_france_services() {
    let venues = vec![
        with(
            "training",
            "Maîtrise des outils numériques du quotidien",
            "Conseillers numériques",
        ),
        with(
            "fs",
            "Aide aux démarches administratives",
            "France Services",
        ),
        with(
            "ac",
            "Aide aux démarches administratives",
            "Aidants Connect",
        ),
        with("demarches", "Aide aux démarches administratives", ""),
    ];
    let m = match_venues(
        &venues,
        &referral(Path::AidantsConnect, &[], &[], false),
        &topics(),
        &MatchOptions::default(),
    );
    let ids: Vec<&str> = m.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["ac", "fs", "demarches"]);
    assert_eq!(
        m[0].reasons,
        [
            MatchReason::Programme("Aidants Connect".into()),
            MatchReason::Service("Aide aux démarches administratives".into())
        ]
    );
}

#[test]
fn training_follows_topics_and_pass_numerique() {
    let venues = vec![
        with("cv", "Insertion professionnelle via le numérique", ""),
        Venue {
            frais_a_charge: Multi::parse("Gratuit sous condition : Pass numérique"),
            ..with(
                "cn-pass",
                "Maîtrise des outils numériques du quotidien",
                "Conseillers numériques",
            )
        },
        with(
            "cn",
            "Maîtrise des outils numériques du quotidien",
            "Conseillers numériques",
        ),
        with("leisure", "Loisirs et créations numériques", ""),
    ];
    let r = referral(Path::Training, &[], &["job-cv", "email-send"], true);
    let m = match_venues(&venues, &r, &topics(), &MatchOptions::default());
    let ids: Vec<&str> = m.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["cn-pass", "cn", "cv"]);
    assert!(m[0]
        .reasons
        .contains(&MatchReason::Fees("Gratuit sous condition".into())));
    // Without Pass numérique the fee does not count.
    let m = match_venues(
        &venues,
        &referral(Path::Training, &[], &["job-cv", "email-send"], false),
        &topics(),
        &MatchOptions::default(),
    );
    assert_eq!(m[0].score, m[1].score);
}

#[test]
fn equipment_complements_and_the_main_path_weighs_more() {
    let venues = vec![
        with("device", "Acquisition de matériel informatique à prix solidaire;Accès internet et matériel informatique", "Emmaüs Connect"),
        with("ac", "Aide aux démarches administratives", "Aidants Connect"),
    ];
    let r = referral(Path::AidantsConnect, &[Path::EquipmentFirst], &[], false);
    let m = match_venues(&venues, &r, &topics(), &MatchOptions::default());
    assert_eq!(
        m.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        ["ac", "device"]
    );
    let r = referral(Path::EquipmentFirst, &[Path::AidantsConnect], &[], false);
    let m = match_venues(&venues, &r, &topics(), &MatchOptions::default());
    assert_eq!(m[0].id, "device");
}

#[test]
fn illiteracy_support_nearby_limit_and_closed_venues() {
    let venues = vec![
        with("a", "Aide aux démarches administratives", "Aidants Connect"),
        Venue {
            prise_en_charge_specifique: Multi::parse("Illettrisme"),
            ..with("b", "Aide aux démarches administratives", "Aidants Connect")
        },
        Venue {
            modalites_acces: Multi::parse("Ce lieu n'accueille pas de public"),
            ..with(
                "closed",
                "Aide aux démarches administratives",
                "Aidants Connect",
            )
        },
        Venue {
            code_postal: "17000".into(),
            ..with("c", "Aide aux démarches administratives", "Aidants Connect")
        },
    ];
    let r = referral(Path::AidantsConnect, &[], &[], false);
    let ids = |o: MatchOptions| {
        match_venues(&venues, &r, &topics(), &o)
            .into_iter()
            .map(|m| m.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(MatchOptions::default()), ["a", "b", "c"]);
    assert_eq!(
        ids(MatchOptions {
            reads_poorly: true,
            ..MatchOptions::default()
        }),
        ["b", "a", "c"]
    );
    assert_eq!(
        ids(MatchOptions {
            postcode: Some("17000".into()),
            ..MatchOptions::default()
        }),
        ["c", "a", "b"]
    );
    assert_eq!(
        ids(MatchOptions {
            limit: 1,
            ..MatchOptions::default()
        }),
        ["a"]
    );
    // A person who reads poorly is not sent to a venue for its support alone.
    let other = vec![Venue {
        prise_en_charge_specifique: Multi::parse("Illettrisme"),
        ..with("x", "Loisirs et créations numériques", "")
    }];
    assert!(match_venues(
        &other,
        &r,
        &topics(),
        &MatchOptions {
            reads_poorly: true,
            ..MatchOptions::default()
        }
    )
    .is_empty());
}

#[test]
fn autonomous_looks_for_pix() {
    let venues = vec![
        with(
            "pix",
            "Compréhension du monde numérique",
            "Certification PIX",
        ),
        with(
            "ac",
            "Aide aux démarches administratives",
            "Aidants Connect",
        ),
    ];
    let m = match_venues(
        &venues,
        &referral(Path::Autonomous, &[], &[], false),
        &topics(),
        &MatchOptions::default(),
    );
    assert_eq!(m.len(), 1);
    assert_eq!(
        m[0].reasons,
        [MatchReason::Programme("Certification PIX".into())]
    );
}

#[test]
fn free_text_is_capped_and_plain() {
    let bad = Venue {
        nom: "Espace\u{202E}lanoitan".into(),
        adresse: "1 rue\u{7} de la Gare".into(),
        commune: "x".repeat(101),
        complement_adresse: Some("bâtiment\u{2066}B".into()),
        presentation_detail: Some("Ligne 1\nLigne 2\r\nLigne 3".into()),
        presentation_resume: Some("Tab\tici".into()),
        source: Some("\u{200F}source".into()),
        courriels: Multi(vec!["a@b.fr".into(), format!("{}@b.fr", "a".repeat(260))]),
        ..venue("a")
    };
    let all = texts(&validate_venues(&[bad])).join("\n");
    for needle in [
        "venue[0].nom: contains the invisible text-direction character U+202E (character 7)",
        "venue[0].adresse: contains the control character U+0007 (character 6): remove it",
        "venue[0].commune: 101 characters: at most 100; shorten it",
        "venue[0].complement_adresse: contains the invisible text-direction character U+2066",
        "venue[0].presentation_resume: contains the control character U+0009 (character 4): remove it (only line breaks",
        "venue[0].source: contains the invisible text-direction character U+200F (character 1)",
        "venue[0].courriels: 265 characters: at most 254",
    ] {
        assert!(all.contains(needle), "missing '{needle}' in:\n{all}");
    }
    assert!(!all.contains("presentation_detail"), "line breaks are allowed in a presentation:\n{all}");
    assert!(validate_venues(&[Venue { nom: "é".repeat(250), ..venue("b") }]).is_empty());
}

proptest::proptest! {
    /// No text with a control or bidi character other than a line break in a
    /// presentation passes, whatever the field; every other short text does.
    #[test]
    fn text_problem_flags_exactly_the_unsafe_characters(s in "\\PC{0,40}", c in proptest::char::any(), at in 0usize..40) {
        let mut text: Vec<char> = s.chars().collect();
        let at = at.min(text.len());
        text.insert(at, c);
        let text: String = text.into_iter().collect();
        let unsafe_char = |field: &str, c: char| is_bidi_control(c)
            || (c.is_control() && !(field == "presentation_detail" && (c == '\n' || c == '\r')));
        for field in ["nom", "presentation_detail"] {
            let expected = text.chars().any(|c| unsafe_char(field, c));
            proptest::prop_assert_eq!(text_problem(field, &text).is_some(), expected, "{:?} in {}", text, field);
        }
    }
}
