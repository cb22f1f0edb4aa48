//! The versioned `postMessage` protocol. Every message is a JSON object
//! `{ "repere": 1, "type": …, … }`.
//!
//! Widget → host: `ready`, `resize`, `progress`, `completed` (only to a
//! declared result origin), `error`. Host → widget: `configure`, `reset`.
//! A host message is parsed strictly: anything malformed, unknown or refused
//! is an [`Error`], which the widget sends back as an `error` message and
//! otherwise ignores: the person's session never breaks.

use crate::origin::OriginList;
use crate::theme::Theme;
use crate::{quoted, Error, ErrorCode};
use serde_json::{json, Map, Value};

/// The protocol version this widget speaks (`"repere": 1`).
pub const PROTOCOL_VERSION: u64 = 1;
/// Longest host message accepted, as JSON text.
pub const MAX_MESSAGE_BYTES: usize = 8 * 1024;

/// The engine's two test lengths, as a venue chooses them (`data-mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestMode {
    /// Short: decides the referral path.
    Screening,
    /// Longer: a level in every domain.
    Profile,
}

impl TestMode {
    pub fn parse(text: &str) -> Option<TestMode> {
        match text {
            "screening" => Some(TestMode::Screening),
            "profile" => Some(TestMode::Profile),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TestMode::Screening => "screening",
            TestMode::Profile => "profile",
        }
    }
}

/// What a declared result origin receives at the end: levels, the referral
/// path and the result code; nothing else (no answer, no time, no name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completed {
    /// Domain id → level 1 to 4, for the measured domains only (a domain
    /// the test did not measure is absent).
    pub levels: Vec<(String, u8)>,
    /// The main referral path (`autonomous`, `training`, `aidants_connect`,
    /// `equipment_first`).
    pub path: String,
    /// The result code (`R2-…`, see docs/result-code.md).
    pub code: String,
}

/// A message from the widget to its host page.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetMessage {
    /// The widget runs; `results` says whether this host will get `completed`.
    Ready { mode: TestMode, lang: String, results: bool },
    /// The content's height in CSS pixels: size the iframe to it.
    Resize { height: u32 },
    /// The person is on item `item` of at most `max`.
    Progress { item: usize, max: usize },
    Completed(Completed),
    Error(Error),
}

impl WidgetMessage {
    pub fn type_name(&self) -> &'static str {
        match self {
            WidgetMessage::Ready { .. } => "ready",
            WidgetMessage::Resize { .. } => "resize",
            WidgetMessage::Progress { .. } => "progress",
            WidgetMessage::Completed(_) => "completed",
            WidgetMessage::Error(_) => "error",
        }
    }

    /// The message as a JSON value.
    pub fn to_value(&self) -> Value {
        let mut message = json!({ "repere": PROTOCOL_VERSION, "type": self.type_name() });
        let fields = match self {
            WidgetMessage::Ready { mode, lang, results } => json!({ "mode": mode.as_str(), "lang": lang, "results": results }),
            WidgetMessage::Resize { height } => json!({ "height": height }),
            WidgetMessage::Progress { item, max } => json!({ "item": item, "max": max }),
            WidgetMessage::Completed(c) => {
                let levels: Map<String, Value> = c.levels.iter().map(|(d, l)| (d.clone(), json!(l))).collect();
                json!({ "levels": levels, "path": c.path, "code": c.code })
            }
            WidgetMessage::Error(e) => json!({ "code": e.code.as_str(), "message": e.message }),
        };
        if let (Some(m), Value::Object(f)) = (message.as_object_mut(), fields) {
            m.extend(f);
        }
        message
    }

    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }
}

/// Settings a host may change with `configure`: the same as the attributes.
/// Each one is optional; a message applies all of them or none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    pub lang: Option<String>,
    pub mode: Option<TestMode>,
    pub venues: Option<String>,
    pub theme: Option<Theme>,
    pub result_origins: Option<OriginList>,
}

impl Settings {
    /// Refuse settings that would change a test under way: the test mode, the
    /// venue offers and who receives the result are fixed once the person has
    /// started (the consent screen told them who gets the result).
    pub fn check_timing(&self, test_under_way: bool) -> Result<(), Error> {
        let fixed: Vec<&str> = [
            self.mode.is_some().then_some("mode"),
            self.venues.is_some().then_some("venues"),
            self.result_origins.is_some().then_some("resultOrigins"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if test_under_way && !fixed.is_empty() {
            return Err(Error::new(
                ErrorCode::SessionInProgress,
                format!("configure: {} cannot change while a person is taking the test; send reset first, or only lang and theme", fixed.join(", ")),
            ));
        }
        Ok(())
    }
}

/// A message from the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum HostMessage {
    Configure(Settings),
    /// Forget the person now and show the welcome screen.
    Reset,
}

/// What the app knows and this crate does not: which languages and venue
/// files exist.
pub struct Checks<'a> {
    pub language: &'a dyn Fn(&str) -> bool,
    pub venues: &'a dyn Fn(&str) -> bool,
}

const CONFIGURE_KEYS: [&str; 5] = ["lang", "mode", "venues", "theme", "resultOrigins"];

/// Parse a host message given as JSON text (the glue stringifies
/// `event.data`).
pub fn parse_host_message(text: &str, checks: &Checks) -> Result<HostMessage, Error> {
    if text.len() > MAX_MESSAGE_BYTES {
        return Err(Error::new(ErrorCode::TooLarge, format!("message of {} bytes; at most {MAX_MESSAGE_BYTES}", text.len())));
    }
    let malformed = |why: String| Error::new(ErrorCode::Malformed, why);
    let value: Value = serde_json::from_str(text).map_err(|e| malformed(format!("not JSON: {e}")))?;
    let Value::Object(object) = value else {
        return Err(malformed("expected an object { \"repere\": 1, \"type\": … }".into()));
    };
    match object.get("repere") {
        None => return Err(malformed("no \"repere\" field: expected { \"repere\": 1, \"type\": … }".into())),
        Some(v) if v.as_u64() == Some(PROTOCOL_VERSION) => {}
        Some(v) => {
            return Err(Error::new(
                ErrorCode::UnsupportedVersion,
                format!("protocol version {v} is not supported; this widget speaks \"repere\": {PROTOCOL_VERSION}"),
            ))
        }
    }
    let kind = match object.get("type") {
        Some(Value::String(kind)) => kind.as_str(),
        _ => return Err(malformed("\"type\" must be a string: configure or reset".into())),
    };
    let fields = object.iter().filter(|(k, _)| *k != "repere" && *k != "type");
    match kind {
        "reset" => match fields.map(|(k, _)| k).next() {
            None => Ok(HostMessage::Reset),
            Some(k) => Err(malformed(format!("reset takes no field, got {}", quoted(k)))),
        },
        "configure" => {
            let mut settings = Settings::default();
            for (key, value) in fields {
                configure_field(&mut settings, key, value, checks)?;
            }
            if settings == Settings::default() {
                return Err(Error::setting(format!("configure without any setting (known: {})", CONFIGURE_KEYS.join(", "))));
            }
            Ok(HostMessage::Configure(settings))
        }
        other => Err(Error::new(ErrorCode::UnknownType, format!("unknown type {} (a host sends configure or reset)", quoted(other)))),
    }
}

fn configure_field(settings: &mut Settings, key: &str, value: &Value, checks: &Checks) -> Result<(), Error> {
    let text = |value: &Value| -> Result<String, Error> {
        match value {
            Value::String(s) => Ok(s.clone()),
            other => Err(Error::new(ErrorCode::Malformed, format!("configure.{key}: expected a string, got {}", type_of(other)))),
        }
    };
    match key {
        "lang" => {
            let lang = text(value)?;
            if !(checks.language)(&lang) {
                return Err(Error::setting(format!("configure.lang {}: not a language of this widget", quoted(&lang))));
            }
            settings.lang = Some(lang);
        }
        "mode" => {
            let mode = text(value)?;
            settings.mode = Some(
                TestMode::parse(&mode)
                    .ok_or_else(|| Error::setting(format!("configure.mode {}: expected screening or profile", quoted(&mode))))?,
            );
        }
        "venues" => {
            let venues = text(value)?;
            if !(checks.venues)(&venues) {
                return Err(Error::setting(format!(
                    "configure.venues {}: expected an embedded venue file name or a .json path on the widget's own origin",
                    quoted(&venues)
                )));
            }
            settings.venues = Some(venues);
        }
        "theme" => {
            settings.theme = Some(match value {
                Value::String(s) => Theme::parse(s)?,
                Value::Object(parts) => {
                    if let Some(k) = parts.keys().find(|k| *k != "accent" && *k != "scale") {
                        return Err(Error::setting(format!("configure.theme: unknown setting {} (known: accent, scale)", quoted(k))));
                    }
                    let accent = match parts.get("accent") {
                        None => None,
                        Some(Value::String(a)) => Some(a.as_str()),
                        Some(other) => return Err(Error::new(ErrorCode::Malformed, format!("configure.theme.accent: expected a string, got {}", type_of(other)))),
                    };
                    let scale = match parts.get("scale") {
                        None => None,
                        Some(Value::Number(n)) => n.as_f64(),
                        Some(other) => return Err(Error::new(ErrorCode::Malformed, format!("configure.theme.scale: expected a number, got {}", type_of(other)))),
                    };
                    Theme::from_parts(accent, scale)?
                }
                other => return Err(Error::new(ErrorCode::Malformed, format!("configure.theme: expected a string or an object, got {}", type_of(other)))),
            });
        }
        "resultOrigins" => {
            settings.result_origins = Some(match value {
                Value::String(s) => OriginList::parse(s)?,
                Value::Array(items) => {
                    let texts = items.iter().map(|v| v.as_str()).collect::<Option<Vec<&str>>>().ok_or_else(|| {
                        Error::new(ErrorCode::Malformed, "configure.resultOrigins: expected an array of strings")
                    })?;
                    OriginList::from_items(texts)?
                }
                other => {
                    return Err(Error::new(ErrorCode::Malformed, format!("configure.resultOrigins: expected an array of origins, got {}", type_of(other))))
                }
            });
        }
        other => {
            return Err(Error::setting(format!("configure: unknown setting {} (known: {})", quoted(other), CONFIGURE_KEYS.join(", "))))
        }
    }
    Ok(())
}

fn type_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Origin;
    use proptest::prelude::*;

    fn checks() -> Checks<'static> {
        Checks { language: &|l| l == "fr" || l == "en", venues: &|v| v == "sample" || v.ends_with(".json") }
    }

    fn parse(text: &str) -> Result<HostMessage, Error> {
        parse_host_message(text, &checks())
    }

    fn code(text: &str) -> &'static str {
        parse(text).unwrap_err().code.as_str()
    }

    #[test]
    fn widget_messages_are_versioned_json() {
        let ready = WidgetMessage::Ready { mode: TestMode::Screening, lang: "fr".into(), results: false };
        assert_eq!(ready.to_json(), r#"{"lang":"fr","mode":"screening","repere":1,"results":false,"type":"ready"}"#);
        assert_eq!(WidgetMessage::Resize { height: 812 }.to_json(), r#"{"height":812,"repere":1,"type":"resize"}"#);
        assert_eq!(WidgetMessage::Progress { item: 3, max: 12 }.to_json(), r#"{"item":3,"max":12,"repere":1,"type":"progress"}"#);
        let done = WidgetMessage::Completed(Completed {
            levels: vec![("email".into(), 2), ("device".into(), 3)],
            path: "training".into(),
            code: "R1-ABC".into(),
        });
        assert_eq!(done.to_json(), r#"{"code":"R1-ABC","levels":{"device":3,"email":2},"path":"training","repere":1,"type":"completed"}"#);
        let error = WidgetMessage::Error(Error::new(ErrorCode::UnknownType, "x"));
        assert_eq!(error.to_json(), r#"{"code":"unknown-type","message":"x","repere":1,"type":"error"}"#);
    }

    #[test]
    fn completed_carries_nothing_else() {
        let done = WidgetMessage::Completed(Completed { levels: vec![], path: "autonomous".into(), code: "R1-X".into() });
        let keys: Vec<String> = done.to_value().as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["code", "levels", "path", "repere", "type"]);
    }

    #[test]
    fn reads_configure_and_reset() {
        assert_eq!(parse(r#"{"repere":1,"type":"reset"}"#), Ok(HostMessage::Reset));
        let HostMessage::Configure(s) = parse(
            r##"{"repere":1,"type":"configure","lang":"en","mode":"profile","venues":"sample",
                "theme":{"accent":"#1d5c3a","scale":1.2},"resultOrigins":["https://a.example","https://b.example:8443/"]}"##,
        )
        .unwrap() else {
            panic!("configure expected")
        };
        assert_eq!(s.lang.as_deref(), Some("en"));
        assert_eq!(s.mode, Some(TestMode::Profile));
        assert_eq!(s.venues.as_deref(), Some("sample"));
        assert_eq!(s.theme.unwrap().scale, Some(1.2));
        assert!(s.result_origins.unwrap().contains(&Origin::parse("https://b.example:8443").unwrap()));
        let HostMessage::Configure(s) = parse(r##"{"repere":1,"type":"configure","theme":"accent: #1d5c3a","resultOrigins":"https://a.example"}"##).unwrap() else {
            panic!("configure expected")
        };
        assert!(s.theme.unwrap().accent.is_some());
    }

    #[test]
    fn refuses_with_a_precise_code() {
        assert_eq!(code("not json"), "malformed");
        assert_eq!(code("[1]"), "malformed");
        assert_eq!(code(r#"{"type":"reset"}"#), "malformed");
        assert_eq!(code(r#"{"repere":2,"type":"reset"}"#), "unsupported-version");
        assert_eq!(code(r#"{"repere":"1","type":"reset"}"#), "unsupported-version");
        assert_eq!(code(r#"{"repere":1}"#), "malformed");
        assert_eq!(code(r#"{"repere":1,"type":"ready"}"#), "unknown-type");
        assert_eq!(code(r#"{"repere":1,"type":"reset","now":true}"#), "malformed");
        assert_eq!(code(r#"{"repere":1,"type":"configure"}"#), "invalid-setting");
        assert_eq!(code(r#"{"repere":1,"type":"configure","lang":42}"#), "malformed");
        assert_eq!(code(r#"{"repere":1,"type":"configure","lang":"de"}"#), "invalid-setting");
        assert_eq!(code(r#"{"repere":1,"type":"configure","mode":"kiosk"}"#), "invalid-setting");
        assert_eq!(code(r#"{"repere":1,"type":"configure","venues":"../x"}"#), "invalid-setting");
        assert_eq!(code(r##"{"repere":1,"type":"configure","theme":{"accent":"#eeeeee"}}"##), "invalid-setting");
        assert_eq!(code(r#"{"repere":1,"type":"configure","theme":{"scale":"1.2"}}"#), "malformed");
        assert_eq!(code(r#"{"repere":1,"type":"configure","theme":{"font":"x"}}"#), "invalid-setting");
        assert_eq!(code(r#"{"repere":1,"type":"configure","resultOrigins":["*"]}"#), "invalid-setting");
        assert_eq!(code(r#"{"repere":1,"type":"configure","resultOrigins":[1]}"#), "malformed");
        assert_eq!(code(r#"{"repere":1,"type":"configure","Lang":"en"}"#), "invalid-setting");
        let big = format!(r#"{{"repere":1,"type":"configure","lang":"{}"}}"#, "x".repeat(MAX_MESSAGE_BYTES));
        assert_eq!(code(&big), "too-large");
        // A message is applied whole or not at all: one bad field refuses it.
        assert_eq!(code(r#"{"repere":1,"type":"configure","lang":"en","mode":"long"}"#), "invalid-setting");
    }

    #[test]
    fn session_settings_wait_for_the_next_person() {
        let lang_only = Settings { lang: Some("en".into()), ..Settings::default() };
        assert!(lang_only.check_timing(true).is_ok());
        let origins = Settings { result_origins: Some(OriginList::default()), mode: Some(TestMode::Profile), ..Settings::default() };
        let err = origins.check_timing(true).unwrap_err();
        assert_eq!(err.code, ErrorCode::SessionInProgress);
        assert!(err.message.contains("mode, resultOrigins"), "{err}");
        assert!(origins.check_timing(false).is_ok());
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            (-10.0f64..10.0).prop_map(|n| json!(n)),
            "[a-z#:/. ]{0,24}".prop_map(Value::String),
            prop_oneof![Just("fr"), Just("en"), Just("screening"), Just("sample"), Just("accent: #0b4f9c"), Just("https://a.example")]
                .prop_map(|s| Value::String(s.into())),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::btree_map("[a-zA-Z]{0,12}", inner, 0..4).prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn never_panics_on_any_text(text in ".{0,300}") {
            let _ = parse(&text);
        }

        #[test]
        fn structured_messages_parse_or_fail_precisely(
            version in prop_oneof![Just(json!(1)), Just(json!(2)), Just(json!("1")), Just(Value::Null)],
            kind in prop_oneof![Just("configure"), Just("reset"), Just("ready"), Just("")],
            keys in proptest::collection::vec(prop_oneof![
                Just("lang"), Just("mode"), Just("venues"), Just("theme"), Just("resultOrigins"), Just("other")], 0..4),
            values in proptest::collection::vec(json_value(), 4),
        ) {
            let mut object = Map::new();
            object.insert("repere".into(), version.clone());
            object.insert("type".into(), json!(kind));
            for (k, v) in keys.iter().zip(values) {
                object.insert((*k).into(), v);
            }
            let text = Value::Object(object).to_string();
            match parse(&text) {
                Ok(HostMessage::Reset) => prop_assert!(version == json!(1) && kind == "reset" && keys.is_empty()),
                Ok(HostMessage::Configure(s)) => {
                    prop_assert!(version == json!(1) && kind == "configure" && !keys.contains(&"other"));
                    if let Some(l) = s.lang { prop_assert!(l == "fr" || l == "en"); }
                    if let Some(t) = s.theme { if let Some(a) = t.accent { prop_assert!(crate::theme::tests::reference_worst_contrast(a) >= 4.5 - 1e-6); } }
                    if let Some(list) = s.result_origins { prop_assert!(list.iter().all(|o| Origin::parse(o.as_str()).as_ref() == Ok(o))); }
                }
                Err(e) => {
                    prop_assert!(!e.message.is_empty());
                    if version != json!(1) { prop_assert_eq!(e.code, ErrorCode::UnsupportedVersion); }
                }
            }
        }
    }
}
