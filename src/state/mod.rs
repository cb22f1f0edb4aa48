//! The app's state, the layer under the screens: which screen is shown, and
//! everything about the current person (in memory only), with what it is
//! built from. `AppState::reset` forgets all of it. Calls only
//! `crate::platform` below it, never a screen, `app` or `embed`.
//!
//! - `config`: URL parameters, with safe fallbacks.
//! - `content`: the fetched bank, the embedded rules and venue files.
//! - `i18n`: Fluent texts (each language fetched when needed) and the language signal.
//! - `offers`: the venue offers (embedded, or a same-origin file), validated.
//! - `stats`: anonymous venue statistics (off unless the venue's file turns them on).
//! - this module: `AppState`, `Screen`, the outcome of a finished test
//!   (`repere_guidance::outcome`, computed once when the test ends) and `reset`.

pub mod config;
pub mod content;
pub mod i18n;
pub mod offers;
pub mod stats;

use crate::platform::browser;
use crate::state::config::{AppMode, UrlConfig};
use leptos::prelude::*;
use repere_engine::session::SessionError;
use repere_engine::{Mode, Response, Session};
use repere_guidance::outcome::Outcome;
use repere_guidance::referral::Declarative;
use repere_guidance::result_code::day_number;

/// Which screen is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Welcome,
    Language,
    HowItWorks,
    Consent,
    Declarative,
    Question,
    /// Kiosk and embed, after the last answer: the two optional questions
    /// (1: a procedure to do? 2: learn to do it?), before the result.
    Situation(u8),
    Result,
    /// One item alone, for authors (`?preview=<id>`); answers are not scored.
    Preview(String),
    /// A kind error screen; the string is a Fluent key.
    Error(String),
    /// The conseiller's fiche of a result code (`?code=`, or typed).
    Fiche(String),
    /// Aidant mode: type a result code.
    ReadCode,
    /// The venue's statistics, behind the venue code.
    Venue,
}

/// The host page that will receive the result (embedded only).
#[derive(Debug, Clone, PartialEq)]
pub struct ResultReceiver {
    /// Its exact origin (`https://mediatheque.example`).
    pub origin: String,
    /// Its name as it declares it (`data-host-name`), already checked; shown
    /// instead of the origin when given.
    pub name: Option<String>,
}

/// Shared state of the app, provided as context. Everything about the person
/// lives here, in memory only, and `reset` forgets all of it.
#[derive(Clone, Copy)]
pub struct AppState {
    pub screen: RwSignal<Screen>,
    pub session: RwSignal<Option<Session>>,
    pub declarative: RwSignal<Declarative>,
    /// The outcome of the finished test, computed once when it ends (`None`
    /// before, or if the embedded rules could not be read).
    pub outcome: RwSignal<Option<Outcome>>,
    /// Embedded with a result receiver: what the host page receives — the
    /// same session's outcome without the declarative answers, so nothing
    /// the person declared (equipment, connection, a procedure) reaches the
    /// host, not even through the path or the code.
    pub shared_outcome: RwSignal<Option<Outcome>>,
    /// Embedded: the host that will receive the result, set by the embed
    /// glue; named on the consent screen.
    pub result_receiver: RwSignal<Option<ResultReceiver>>,
    pub config: StoredValue<UrlConfig>,
    pub read_aloud: RwSignal<bool>,
    pub paused: RwSignal<bool>,
    pub idle_warning: RwSignal<bool>,
    /// The venue offers configured for this kiosk or site (not personal).
    pub offers: RwSignal<offers::Offers>,
    /// Anonymous venue statistics (off unless the venue's configuration says so).
    pub stats: stats::Stats,
    /// The language shown (the same signal as `I18n::lang`): the person's
    /// choice, which `reset` puts back to the page's (`?lang=` or the default).
    pub language: RwSignal<String>,
}

impl AppState {
    pub fn mode(&self) -> AppMode {
        self.config.with_value(|c| c.mode)
    }

    /// The test's length: the page's choice, else the mode's own.
    pub fn engine_mode(&self) -> Mode {
        self.config.with_value(|c| {
            c.test.unwrap_or(match c.mode {
                AppMode::Kiosk => Mode::Profile,
                AppMode::Aidant => Mode::Screening,
            })
        })
    }

    /// The screen after the language choice. Aidant mode has no consent
    /// screen, unless a host will receive the result: then the person is
    /// told who before answering anything.
    pub fn after_language(&self) {
        self.screen.set(match self.mode() {
            AppMode::Kiosk => Screen::HowItWorks,
            AppMode::Aidant if self.result_receiver.get_untracked().is_some() => Screen::Consent,
            AppMode::Aidant => Screen::Declarative,
        });
    }

    /// The consent was accepted: the aidant's declarative part, or the test.
    pub fn after_consent(&self) {
        match self.mode() {
            AppMode::Aidant => self.screen.set(Screen::Declarative),
            AppMode::Kiosk => self.start(),
        }
    }

    /// Whether the person has begun answering (the declarative part or the
    /// test): what would change who gets the result may no longer change.
    pub fn answering(&self) -> bool {
        self.session.with_untracked(Option::is_some) || self.screen.get_untracked() == Screen::Declarative
    }

    /// Start a new test with a fresh session.
    pub fn start(&self) {
        let config = self.config.get_value();
        match content::bank() {
            Ok(bank) => {
                let mode = self.engine_mode();
                let seed = config.seed.unwrap_or_else(browser::random_seed);
                self.session.set(Some(Session::new(bank, mode, seed)));
                self.paused.set(false);
                self.screen.set(Screen::Question);
            }
            Err(e) => {
                browser::log_warning(&format!("Repère: the bank cannot be read: {e}"));
                self.screen.set(Screen::Error("error-bank".into()));
            }
        }
    }

    /// Forward an answer to the engine; show the result when it is finished.
    pub fn answer(&self, response: Response) {
        let mut finished = false;
        self.session.update(|s| {
            if let Some(s) = s {
                // A response the item cannot take is a bug of the view: the
                // engine records nothing and the item stays on screen, so the
                // person can answer again; a late second tap after the end is
                // harmless.
                match s.answer(response) {
                    Ok(()) | Err(SessionError::Finished) => {}
                    Err(e) => browser::log_warning(&format!("Repère: answer not recorded: {e}")),
                }
                finished = s.is_finished();
            }
        });
        if finished {
            self.after_test();
        }
    }

    /// The person chose to stop: show the result of what was answered.
    pub fn finish_now(&self) {
        self.session.update(|s| {
            if let Some(s) = s {
                s.finish_now();
            }
        });
        self.paused.set(false);
        self.after_test();
    }

    /// The questions are over: the kiosk and the embed ask their two optional
    /// questions (the aidant's declarative part came before the test), then
    /// the result.
    fn after_test(&self) {
        // A late second tap after the end changes nothing.
        if self.outcome.with_untracked(Option::is_some) || matches!(self.screen.get_untracked(), Screen::Situation(_)) {
            return;
        }
        match self.mode() {
            AppMode::Kiosk => self.screen.set(Screen::Situation(1)),
            AppMode::Aidant => self.conclude(),
        }
    }

    /// The test has ended: compute its outcome once, keep the anonymous
    /// record if the venue's configuration turns statistics on (never fails),
    /// and show the result. The declarative answers only shape the referral:
    /// neither the record, the code nor the embed's message carries them.
    pub fn conclude(&self) {
        if self.outcome.with_untracked(Option::is_some) {
            return; // once per person
        }
        let declarative = self.declarative.get_untracked();
        let for_record = declarative.clone();
        let (year, month, day) = browser::local_date();
        let day = day_number(year, month, day);
        let shared = self.result_receiver.get_untracked().is_some();
        let (outcome, shared_outcome) = match content::rules() {
            Ok(rules) => self.session.with_untracked(|s| match s {
                Some(s) => (
                    Some(Outcome::of_session(s, declarative, &rules, day)),
                    shared.then(|| Outcome::of_session(s, Declarative::default(), &rules, day)),
                ),
                None => (None, None),
            }),
            Err(e) => {
                browser::log_warning(&format!("Repère: the referral rules cannot be read: {e}"));
                (None, None)
            }
        };
        let language = browser::document_language();
        self.session.with_untracked(|s| {
            if let (Some(s), Some(_)) = (s, &outcome) {
                self.stats.completed(s, &for_record, &language);
            }
        });
        self.outcome.set(outcome);
        self.shared_outcome.set(shared_outcome);
        self.screen.set(Screen::Result);
    }

    /// The language the page was opened with: `?lang=`, or the default.
    pub fn page_language(&self) -> String {
        self.config.with_value(|c| c.lang.clone()).unwrap_or_else(|| i18n::DEFAULT_LANGUAGE.to_string())
    }

    /// A person's session is over ("Terminer" confirmed, quit, declined, the
    /// inactivity timeout): forget everything, then, on a kiosk, start the
    /// page afresh. Leptos 0.8 keeps detached nodes of every session's
    /// screens alive (about 140 live DOM nodes and 6 KB of JS heap per
    /// session, issue 25; `bash scripts/bench-web.sh`, kiosk soak); a reload,
    /// served by the offline worker, gives the next person a new page
    /// instead. Never embedded (the host page owns the frame: its widget is
    /// reset, not reloaded), nor for a fiche or a preview (their page would
    /// open the same fiche or item again), nor in aidant mode (one
    /// conseiller's device, not a day of strangers).
    pub fn end(&self) {
        self.reset();
        let fresh_start = self.mode() == AppMode::Kiosk
            && self.config.with_value(|c| c.code.is_none() && c.preview.is_none())
            && !browser::embed_requested();
        if fresh_start {
            // The welcome just drawn stays hidden until the new page's.
            browser::set_leaving(true);
            if !browser::reload() {
                browser::set_leaving(false);
            }
        }
    }

    /// Forget everything about the current person and go back to welcome.
    /// Every piece of state is cleared first; the browser is called last,
    /// best-effort, so a failing browser API cannot stop the wipe.
    pub fn reset(&self) {
        self.session.set(None);
        self.outcome.set(None);
        self.shared_outcome.set(None);
        self.declarative.set(Declarative::default());
        self.read_aloud.set(false);
        self.paused.set(false);
        self.idle_warning.set(false);
        self.language.set(self.page_language());
        self.screen.set(Screen::Welcome);
        browser::stop_speaking();
        // A new version of the app waiting? This is the moment to start it.
        crate::platform::offline::at_reset();
    }
}

/// The key of a text worded for a person on their own device when embedded
/// (`embed-<key>`: no tablet, no next person, no printing).
pub fn embed_worded(key: &str) -> String {
    if browser::embed_requested() {
        format!("embed-{key}")
    } else {
        key.to_string()
    }
}

/// The key of a text that differs between kiosk and aidant wording.
pub fn worded(mode: AppMode, key: &str) -> String {
    match mode {
        AppMode::Kiosk => key.to_string(),
        AppMode::Aidant => format!("aidant-{key}"),
    }
}

