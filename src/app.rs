//! The top layer: the app's flow, the top bar (read-aloud, language), the
//! kiosk's inactivity reset, and the screen switch (each screen is a module
//! of `crate::screens`). Holds no assessment logic: the engine's `Session`
//! decides which item comes next, the guidance's `Outcome` what the result is.
//!
//! Kiosk (and embed): welcome → language → how it works → consent → questions →
//! two optional questions about the person's situation → result.
//! Aidant: welcome → language → declarative part → questions → result sheet.

use crate::platform::browser;
use crate::state::config::UrlConfig;
use crate::state::{AppState, Screen};
use crate::state::i18n::{self, use_i18n, I18n};
use crate::screens::intro::{Consent, DeclarativeForm, HowItWorks, LanguageButton, LanguageChoice, Welcome};
use crate::screens::question::{ErrorScreen, Preview, QuestionScreen};
use crate::screens::result::ResultScreen;
use leptos::ev;
use leptos::prelude::*;
use repere_guidance::referral::Declarative;
use std::time::Duration;

/// The language the page opens in: `?lang=`; for a fiche opened from a QR
/// code, the reader's browser language; else the reference language.
pub fn initial_language(config: &UrlConfig) -> String {
    let reader_lang = config.code.as_ref().and_then(|_| browser::preferred_language(i18n::is_supported));
    config.lang.clone().or(reader_lang).unwrap_or_else(|| i18n::DEFAULT_LANGUAGE.to_string())
}

#[component]
pub fn App() -> impl IntoView {
    let config = UrlConfig::parse(&browser::query_string());
    if !config.ignored.is_empty() {
        browser::log_warning(&format!("Repère: ignored URL parameters: {}", config.ignored.join(", ")));
    }
    let i18n = I18n::new(&initial_language(&config));
    let lang = i18n.lang;
    // The current screen's copy of the language, kept in step by one effect.
    let screen_i18n: StoredValue<Option<I18n>> = StoredValue::new(None);
    Effect::new(move |_| i18n.follow(screen_i18n.get_value()));
    let inactivity_reset = config.inactivity_reset().map(|idle| (idle, config.result_idle_seconds()));
    provide_context(i18n);
    let first_screen = config.preview.clone().map_or(Screen::Welcome, Screen::Preview);
    let first_screen = config.code.clone().map_or(first_screen, Screen::Fiche);
    let stats = crate::state::stats::Stats::new();
    let offers = crate::state::offers::load(config.venues.clone(), stats.code);
    let state = AppState {
        screen: RwSignal::new(first_screen),
        session: RwSignal::new(None),
        declarative: RwSignal::new(Declarative::default()),
        outcome: RwSignal::new(None),
        shared_outcome: RwSignal::new(None),
        result_receiver: RwSignal::new(None),
        config: StoredValue::new(config),
        read_aloud: RwSignal::new(false),
        paused: RwSignal::new(false),
        idle_warning: RwSignal::new(false),
        offers,
        stats,
        language: lang,
    };
    provide_context(state);

    Effect::new(move |_| {
        let lang = i18n.lang.get();
        browser::set_document_language(&lang, i18n::is_right_to_left(&lang));
    });
    Effect::new(move |_| {
        let key = match state.screen.get() {
            Screen::Welcome => "title-welcome",
            Screen::Language => "title-language",
            Screen::HowItWorks => "title-how",
            Screen::Consent => "title-consent",
            Screen::Declarative => "title-declarative",
            Screen::Question => "title-question",
            Screen::Situation(_) => "title-situation",
            Screen::Result => "title-result",
            Screen::Preview(_) => "title-question",
            Screen::Error(_) => "title-error",
            Screen::Fiche(_) => "title-fiche",
            Screen::ReadCode => "title-read-code",
            Screen::Venue => "title-venue",
        };
        browser::set_title(&format!("{} · Repère", i18n.t(key)));
    });
    // A new screen starts at its heading: screen readers announce it, the
    // keyboard starts there, and a key held down or pressed twice cannot go
    // on to the next screen's button (the framework may keep a button element
    // from one screen to the next). The question screen focuses its own
    // question (item_view.rs).
    Effect::new(move |previous: Option<()>| {
        let screen = state.screen.get();
        if previous.is_some() && !matches!(screen, Screen::Question | Screen::Preview(_)) {
            request_animation_frame(browser::focus_screen_heading);
        }
    });
    // Read aloud each new screen or question while the option is on.
    Effect::new(move |_| {
        let on = state.read_aloud.get();
        state.screen.track();
        state.paused.track();
        state.session.with(|s| s.as_ref().map(|s| s.progress().answered));
        let lang = i18n.lang.get();
        if on {
            request_animation_frame(move || browser::speak(&browser::main_text(), &lang));
        } else {
            browser::stop_speaking();
        }
    });
    // A fiche opened from a QR link is on the conseiller's own device: no reset.
    // When the inactivity reset will happen (ms since the epoch), for the warning's countdown.
    let reset_at = StoredValue::new(0.0);
    if let Some((idle, result_idle)) = inactivity_reset.filter(|_| state.config.with_value(|c| c.code.is_none())) {
        watch_inactivity(state, idle, result_idle, reset_at);
    }
    forget_on_leaving(state);
    crate::embed::init(state, i18n);

    view! {
        <a class="skip" href="#main">{move || i18n.t("skip-to-content")}</a>
        <header class="topbar">
            <span class="brand">"Repère"</span>
            <div class="tools">
                <ReadAloudToggle/>
                <LanguageSwitcher/>
            </div>
        </header>
        <main id="main" class="screen" tabindex="-1">
            {move || {
                // Each screen reads its own copy of the language (see `I18n`).
                let screen = state.screen.get();
                let scoped = i18n.scoped();
                screen_i18n.set_value(Some(scoped));
                provide_context(scoped);
                match screen {
                Screen::Welcome => view! { <Welcome/> }.into_any(),
                Screen::Language => view! { <LanguageChoice/> }.into_any(),
                Screen::HowItWorks => view! { <HowItWorks/> }.into_any(),
                Screen::Consent => view! { <Consent/> }.into_any(),
                Screen::Declarative => view! { <DeclarativeForm/> }.into_any(),
                Screen::Question => view! { <QuestionScreen/> }.into_any(),
                Screen::Situation(step) => view! { <crate::screens::situation::SituationScreen step=step/> }.into_any(),
                Screen::Result => view! { <ResultScreen/> }.into_any(),
                Screen::Preview(id) => view! { <Preview id=id/> }.into_any(),
                Screen::Error(key) => view! { <ErrorScreen key=key/> }.into_any(),
                Screen::Fiche(code) => view! { <crate::screens::fiche::FicheScreen code=code/> }.into_any(),
                Screen::ReadCode => view! { <crate::screens::fiche::ReadCodeScreen/> }.into_any(),
                Screen::Venue => view! { <crate::screens::venue::VenueScreen/> }.into_any(),
                }
            }}
        </main>
        <Show when=move || state.idle_warning.get()>
            <IdleWarning reset_at=reset_at/>
        </Show>
    }
}

/// Leaving the page forgets the person: the back/forward cache must never
/// bring a result back. On `pagehide` the screen is hidden and reset; on a
/// `pageshow` from that cache it is reset again before being shown.
fn forget_on_leaving(state: AppState) {
    let _ = window_event_listener(ev::pagehide, move |_| {
        browser::set_leaving(true);
        state.reset();
    });
    let _ = window_event_listener(ev::pageshow, move |e| {
        if e.persisted() {
            state.reset();
        }
        request_animation_frame(|| browser::set_leaving(false));
    });
}

/// Kiosk (or any mode with `?idle=`): after `idle` seconds without a touch, a
/// key, the wheel, a scroll or typing, warn with a countdown, then reset. The
/// result, which is read, shown at the desk or copied, waits `result_idle`
/// seconds and warns a minute ahead (questions: 20 s); either warning lasts
/// at most half the wait. The end of printing counts as activity (the timers
/// start again once the print dialog closes).
fn watch_inactivity(state: AppState, idle: u32, result_idle: u32, reset_at: StoredValue<f64>) {
    let timers: StoredValue<Vec<TimeoutHandle>> = StoredValue::new(Vec::new());
    let restart = move || {
        timers.update_value(|t| t.drain(..).for_each(|h| h.clear()));
        state.idle_warning.set(false);
        let screen = state.screen.get_untracked();
        if screen == Screen::Welcome {
            return;
        }
        // The result of a finished test is read, shown at the desk or copied: it waits longer.
        let on_result = screen == Screen::Result || state.outcome.with_untracked(Option::is_some);
        let (idle, grace) = if on_result { (result_idle, 60) } else { (idle, 20) };
        let grace = (idle / 2).min(grace);
        reset_at.set_value(browser::now_ms() + f64::from(idle) * 1000.0);
        let warn = set_timeout_with_handle(
            move || state.idle_warning.set(true),
            Duration::from_secs(u64::from(idle - grace)),
        );
        // The timeout wipes in place (no reload: the person may be back any moment,
        // and a reload there would cost them the warm start); "Terminer" reloads.
        let reset = set_timeout_with_handle(move || state.reset(), Duration::from_secs(u64::from(idle)));
        timers.update_value(|t| t.extend(warn.into_iter().chain(reset)));
    };
    Effect::new(move |_| {
        state.screen.track();
        restart();
    });
    let _ = window_event_listener(ev::pointerdown, move |_| restart());
    let _ = window_event_listener(ev::keydown, move |_| restart());
    let _ = window_event_listener(ev::wheel, move |_| restart());
    let _ = window_event_listener(ev::input, move |_| restart());
    let _ = window_event_listener(ev::afterprint, move |_| restart());
    browser::on_any_scroll(restart);
}

/// "Are you still there?", with the seconds left before the reset. The
/// visible count changes each second; screen readers hear it when the
/// warning opens (its description), then every 10 seconds and each of the
/// last 5, politely (so it never cuts off what is being read).
#[component]
fn IdleWarning(reset_at: StoredValue<f64>) -> impl IntoView {
    let i18n = use_i18n();
    let left = move || ((reset_at.get_value() - browser::now_ms()) / 1000.0).ceil().max(0.0) as u32;
    let seconds = RwSignal::new(left());
    let announced = RwSignal::new(seconds.get_untracked());
    if let Ok(tick) = set_interval_with_handle(
        move || {
            let now = left();
            seconds.set(now);
            if now % 10 == 0 || now <= 5 {
                announced.set(now);
            }
        },
        Duration::from_millis(1000),
    ) {
        on_cleanup(move || tick.clear());
    }
    let text = move |n: u32| i18n.t_with("idle-text", &[("seconds", fluent_bundle::FluentValue::from(n))]);
    view! {
        <div class="overlay" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
            <div class="dialog">
                <h2 id="idle-title">{move || i18n.t("idle-title")}</h2>
                <p id="idle-text" class="idle-countdown" data-seconds=move || seconds.get() aria-hidden="true">{move || text(seconds.get())}</p>
                <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || text(announced.get())}</p>
                // Any touch restarts the timer; this button makes it obvious.
                <button class="primary big" autofocus>{move || i18n.t("idle-continue")}</button>
            </div>
        </div>
    }
}

/// Read-aloud switch, shown only where the browser can speak.
#[component]
fn ReadAloudToggle() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    browser::speech_available().then(|| {
        view! {
            <button
                class="read-aloud"
                aria-pressed=move || state.read_aloud.get().to_string()
                on:click=move |_| state.read_aloud.update(|on| *on = !*on)
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor"></path>
                    <path d="M16 8a5 5 0 0 1 0 8M18.5 5.5a8.5 8.5 0 0 1 0 13" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>
                </svg>
                <span class="label">{move || i18n.t("read-aloud")}</span>
            </button>
        }
    })
}

/// Buttons to switch language at any time, each named in its own language.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="languages" aria-label=move || i18n.t("language-switcher")>
            {i18n::languages()
                .into_iter()
                .map(|lang| view! { <LanguageButton lang=lang with_flag=false/> })
                .collect_view()}
        </nav>
    }
}
