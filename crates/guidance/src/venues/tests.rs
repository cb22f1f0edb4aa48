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
        courriels: Multi::parse("contact@exemple.fr|accueil@exemple.fr"),
        site_web: Multi::parse("https://exemple.fr"),
        horaires: Some("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00".into()),
        frais_a_charge: Multi::parse("Gratuit sous condition|Gratuit"),
        itinerance: Multi::parse("Fixe"),
        typologie: Multi::parse("TIERS_LIEUX|ASSO"),
        prise_en_charge_specifique: Multi::parse("Illettrisme|Déficience visuelle"),
        modalites_acces: Multi::parse("Se présenter|Téléphoner"),
        modalites_accompagnement: Multi::parse("À distance|En autonomie"),
        formations_labels: Multi::parse("Formé à « Mon Espace Santé »"),
        presentation_resume: Some("é".repeat(280)),
        ..with("a", "Aide aux démarches administratives", "Aidants Connect|France Services")
    };
    let others = [
        Venue { pivot: "W9R2003255".into(), ..venue("rna") },
        Venue { pivot: "434933123".into(), ..venue("siren") },
        Venue { services: Multi::default(), ..venue("no-services") },
        Venue { telephone: Some("+687241541".into()), ..venue("nc") },
        Venue { latitude: Some(43.5), ..venue("lone-latitude") },
    ];
    let mut all = vec![v, venue("b")];
    all.extend(others);
    assert_eq!(texts(&validate_venues(&all)), Vec::<String>::new());
    assert_eq!(
        texts(&venue_warnings(&all)),
        [
            "venue[3].pivot: 9 digits: a SIREN names the company, not this venue, and the ANCT library (the national map) rejects it; give the establishment's 14-digit SIRET if it has one",
            "venue[6].longitude: missing while latitude is given: the venue cannot be placed on a map or found by distance; add it",
        ]
    );
}

#[test]
fn every_constraint_is_reported_with_its_field() {
    let bad = Venue {
        id: "a".into(),
        pivot: "434 933 123".into(),
        nom: " ".into(),
        code_postal: "6940".into(),
        date_maj: "2021-02-30".into(),
        services: Multi::parse("Cours de cuisine"),
        code_insee: Some("20004".into()),
        latitude: Some(95.0),
        telephone: Some("+442079460000".into()),
        courriels: Multi::parse("contact@laquincaillerie"),
        site_web: Multi::parse("www.exemple.fr"),
        prise_rdv: Some("ftp://x".into()),
        presentation_resume: Some("x".repeat(281)),
        frais_a_charge: Multi::parse("Gratuit sous condition : Pass numérique"),
        itinerance: Multi::parse("Mobile"),
        typologie: Multi::parse("MAIRIE"),
        formations_labels: Multi::parse("Nièvre formation"),
        modalites_accompagnement: Multi::parse("À distance (par téléphone ou en visioconférence)"),
        modalites_acces: Multi::parse("Se présenter| Téléphoner||Contacter par mail"),
        publics_specifiquement_adresses: Multi::parse("Jeunes;Seniors"),
        dispositif_programmes_nationaux: Multi::parse("Aidants Connect|Pass numérique"),
        ..Venue::default()
    };
    let p = texts(&validate_venues(&[venue("a"), bad]));
    let all = p.join("\n");
    for needle in [
        "venue[1].id: 'a' is already the id of venue[0]",
        "venue[1].pivot: '434 933 123' must be 9 to 14 letters or digits, no spaces",
        "venue[1].nom: required field is missing or empty",
        "venue[1].commune: required field",
        "venue[1].adresse: required field",
        "venue[1].code_postal: '6940' must be exactly 5 digits",
        "venue[1].date_maj: '2021-02-30' must be a real date",
        "venue[1].services: 'Cours de cuisine' is not in the standard's list",
        "venue[1].code_insee: '20004' is not an INSEE town code",
        "venue[1].latitude: 95 is outside",
        "venue[1].telephone: '+442079460000' must be in international format",
        "venue[1].courriels: 'contact@laquincaillerie' is not an e-mail address",
        "venue[1].site_web: 'www.exemple.fr' must be a full address starting with https://",
        "venue[1].prise_rdv: 'ftp://x'",
        "venue[1].presentation_resume: 281 characters",
        "venue[1].frais_a_charge: 'Gratuit sous condition : Pass numérique' is not a value of the standard: write exactly \"Gratuit sous condition\"",
        "venue[1].itinerance: 'Mobile'",
        "venue[1].typologie: 'MAIRIE' is not in the standard's list",
        "venue[1].formations_labels: 'Nièvre formation' is not in the standard's list",
        "venue[1].modalites_accompagnement: 'À distance (par téléphone ou en visioconférence)' is not a value of the standard: write exactly \"À distance\"",
        "venue[1].modalites_acces: ' Téléphoner' has spaces around it",
        "venue[1].modalites_acces: an empty value in the list",
        "venue[1].publics_specifiquement_adresses: 'Jeunes;Seniors': several values are separated by '|', not ';' — write \"Jeunes|Seniors\"",
        "venue[1].dispositif_programmes_nationaux: 'Pass numérique'",
    ] {
        assert!(all.contains(needle), "missing '{needle}' in:\n{all}");
    }
    assert!(!all.contains("venue[1].services: required"), "services is optional:\n{all}");
    let missing = texts(&validate_venues(&[Venue::default()]));
    assert_eq!(missing.len(), 7, "{missing:?}");
}

#[test]
fn small_checks() {
    assert!(
        is_date("2024-02-29")
            && !is_date("2023-02-29")
            && !is_date("2021-13-01")
            && !is_date("21-01-01")
            && !is_date("2024-10-08T00:00:00.000Z")
    );
    assert!(
        is_postcode("01000")
            && !is_postcode("1000")
            && !is_postcode("1000a")
            && !is_postcode("123456")
    );
    for good in ["+33180059880", "+687241541", "+590590123456", "+262123456"] {
        assert!(is_phone(good), "{good}");
    }
    for bad in ["0180059880", "+33 1 80", "+331800598801", "+44207946000", "+3312345", "+33"] {
        assert!(!is_phone(bad), "{bad}");
    }
    for good in ["51454", "2A004", "2B033", "21001", "97411", "01001"] {
        assert!(is_insee_code(good), "{good}");
    }
    for bad in ["20004", "2C004", "5145", "514540", "2a004", "A1001"] {
        assert!(!is_insee_code(bad), "{bad}");
    }
    for good in ["43493312300029", "W9R2003255", "W512003255", "434933123", "00000000000000"] {
        assert!(is_pivot(good), "{good}");
    }
    for bad in ["42", "434 933 123 00029", "434933123000291", "W-12345678"] {
        assert!(!is_pivot(bad), "{bad}");
    }
    assert!(
        is_url("http://a.fr") && is_url("https://a.fr/x") && !is_url("https://") && !is_url("a.fr")
    );
    assert!(is_email("a@b.fr") && !is_email("a@b") && !is_email("a b@c.fr") && !is_email("@b.fr"));
}

/// Every validator reads bytes: a value whose byte positions fall inside a
/// multibyte character is refused, never a panic (issue 24: `"1é23"` as a
/// `code_insee` crashed `repere validate` and the app).
#[test]
fn validators_refuse_non_ascii_without_panicking() {
    // 5, 10, 4, 9… bytes long, so that every length check passes and the byte
    // tests land inside a character.
    let cousins = [
        "1é23", "aé12", "1€2", "𝄞1", "2é45", "12é4", "é123", "€12", "1\u{301}234", "٠١٢٣٤", "１２３",
        "2024-é-01", "2024-01-é", "20é4-01-01", "2024-0€01", "2€24-01-01", "2024-01-0é",
        "+33é1234567", "+33１２３４５６", "+3318005988é", "é@b.fr", "a@é", "a\u{a0}b@c.fr",
        "https://\u{3000}", "éééééé", "W9R20032é5", "4349331230002é",
    ];
    for s in cousins {
        assert!(!is_postcode(s), "postcode {s:?}");
        assert!(!is_insee_code(s), "insee {s:?}");
        assert!(!is_date(s), "date {s:?}");
        assert!(!is_phone(s), "phone {s:?}");
        assert!(!is_pivot(s), "pivot {s:?}");
        // Accepted or not, but no panic.
        let _ = (is_email(s), is_url(s), opening_hours_problem(s), with_short_day_names(s));
    }
    // The few non-ASCII values the standard does allow.
    assert!(is_email("élise@mairie-évry.fr") && is_url("https://mairie-évry.fr/é"));
    assert!(!is_email("a\u{a0}b@c.fr") && !is_url("https://\u{3000}"));
    assert_eq!(with_short_day_names("Mon-Fri 09:00-12:00 é"), "Mo-Fr 09:00-12:00 é");
    let v = Venue { code_insee: Some("1é23".into()), date_maj: "2024-é-01".into(), ..venue("a") };
    let problems = check_venue(&v);
    assert!(problems.iter().any(|(f, m)| *f == "code_insee" && m.contains("'1é23' is not an INSEE town code")), "{problems:?}");
    assert!(problems.iter().any(|(f, m)| *f == "date_maj" && m.contains("'2024-é-01' must be a real date")), "{problems:?}");
}

#[cfg(feature = "strict-hours")]
#[test]
fn opening_hours_follow_the_osm_grammar() {
    // Accepted by the reference parser (opening_hours.js) and the standard's examples.
    for good in [
        "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00",
        "Fr 18:00-26:00",
        "Mo-Sun 00:00-00:00",
        "Mo-Fr 09:00-12:30,14:00-17:00; Tu,We 09:00-12:30,14:00-18:00",
        "24/7",
        "Mo-Fr 09:00-24:00; PH off",
        "Tu,Th 09:30-12:00",
        "Mo 14:00-17:00; Tu-Fr 09:30-12:00",
        "Mo-Sa 10:00-20:00; Su,PH off",
        "Jan-Mar Mo-Fr 10:00-18:00",
        "Mo-Fr 08:00-12:00 || \"sur rendez-vous\"",
    ] {
        assert_eq!(opening_hours_problem(good), None, "{good}");
    }
    assert!(opening_hours_problem(" ").unwrap().contains("leave the field out"));
    for bad in ["Ouvert du lundi au vendredi", "Mo-Fr 09h00-12h00", "Mo-Fr 09:00-12:60", "Lu-Ve 9:00-12:00;"] {
        let p = opening_hours_problem(bad);
        assert!(p.is_some(), "{bad} should be rejected");
        assert!(p.unwrap().contains("Mo-Fr 09:00-12:00,14:00-18:30"), "the message shows the form");
    }
}

#[test]
fn multi_values_read_both_forms() {
    let a: Venue = serde_json::from_str(
        r#"{"services": "Aide aux démarches administratives|Loisirs et créations numériques"}"#,
    )
    .unwrap();
    let b: Venue = serde_json::from_str(r#"{"services": ["Aide aux démarches administratives", "Loisirs et créations numériques"]}"#).unwrap();
    assert_eq!(a.services, b.services);
    assert_eq!(a.services.0.len(), 2);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(
        json["services"],
        "Aide aux démarches administratives|Loisirs et créations numériques"
    );
    assert!(json.get("telephone").is_none(), "empty fields are left out");
    assert!(serde_json::from_str::<Venue>(r#"{"nom_du_lieu": "x"}"#).is_err());
    let c: Venue = serde_json::from_str(r#"{"courriels": null, "telephone": null}"#).unwrap();
    assert!(c.courriels.is_empty() && c.telephone.is_none());
    assert!(Multi::parse("").is_empty());
    assert!(venue("x").has_programme("") == false);
    let v = with("p", "Aide aux démarches administratives", "Aidants Connect|France Services");
    assert_eq!(v.programmes().collect::<Vec<_>>(), ["Aidants Connect", "France Services"]);
    assert!(v.has_programme("France Services") && !v.has_programme("France"));
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
            frais_a_charge: Multi::parse("Gratuit sous condition"),
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
        with("device", "Acquisition de matériel informatique à prix solidaire|Accès internet et matériel informatique", "Emmaüs Connect"),
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
    /// Any short string of any characters: the validators never panic, and
    /// what they accept is what the standard's patterns say, character by
    /// character (so only ASCII digits, letters and '-').
    #[test]
    fn validators_accept_only_their_pattern(chars in proptest::collection::vec(proptest::char::any(), 0..16)) {
        let s: String = chars.iter().collect();
        let digits = |from: usize| chars.iter().skip(from).all(char::is_ascii_digit);
        proptest::prop_assert_eq!(is_postcode(&s), chars.len() == 5 && digits(0));
        let insee = chars.len() == 5 && digits(2) && match (chars[0], chars[1]) {
            ('2', 'A' | 'B' | '1'..='9') => true,
            ('0' | '1' | '3'..='9', d) => d.is_ascii_digit(),
            _ => false,
        };
        proptest::prop_assert_eq!(is_insee_code(&s), insee);
        proptest::prop_assert_eq!(is_pivot(&s), (9..=14).contains(&chars.len()) && chars.iter().all(char::is_ascii_alphanumeric));
        if is_date(&s) || is_phone(&s) {
            proptest::prop_assert!(s.is_ascii());
        }
        let _ = (is_email(&s), is_url(&s), opening_hours_problem(&s), with_short_day_names(&s));
    }

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

#[test]
fn three_letter_day_names_become_osm_ones() {
    assert_eq!(with_short_day_names("Mo-Sun 00:00-00:00"), "Mo-Su 00:00-00:00");
    assert_eq!(with_short_day_names("Mon,Wed 09:00-12:00; Sunday off"), "Mo,We 09:00-12:00; Sunday off");
    assert_eq!(with_short_day_names("Mo-Fr 09:00-12:00"), "Mo-Fr 09:00-12:00");
    let v = Venue { horaires: Some("Mo-Sun 10:00-12:00".into()), ..venue("a") };
    assert_eq!(
        texts(&venue_warnings(&[v])),
        ["venue[0].horaires: 'Mo-Sun 10:00-12:00' uses three-letter day names: OpenStreetMap writes \"Mo-Su 10:00-12:00\""]
    );
}

#[test]
fn distances_are_great_circle_kilometres() {
    // Paris (Notre-Dame) – Lyon (Bellecour): about 392 km as the crow flies.
    let d = distance_km((48.853, 2.3499), (45.7578, 4.832));
    assert!((d - 392.0).abs() < 3.0, "{d}");
    assert_eq!(distance_km((45.0, 4.0), (45.0, 4.0)), 0.0);
    // One degree of latitude is about 111.2 km anywhere.
    assert!((distance_km((10.0, 0.0), (11.0, 0.0)) - 111.19).abs() < 0.1);
}
