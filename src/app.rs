//! The screens and their flow: welcome → language → questions → result, with
//! an error screen instead of a blank page. Holds no assessment logic: the
//! engine's `Session` decides which item comes next and what the result is.

use crate::browser;
use crate::config::{AppMode, UrlConfig};
use crate::content;
use crate::i18n::{self, use_i18n, I18n};
use crate::item_view::ItemView;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_engine::{Mode, Response, Session};

/// Which screen is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Welcome,
    Language,
    Question,
    Result,
    /// A kind error screen; the string is a Fluent key.
    Error(String),
}

/// Shared state of the app, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub screen: RwSignal<Screen>,
    pub session: RwSignal<Option<Session>>,
    pub config: StoredValue<UrlConfig>,
}

impl AppState {
    /// Start a new test with a fresh session.
    pub fn start(&self) {
        let config = self.config.get_value();
        match content::bank() {
            Ok(bank) => {
                let mode = match config.mode {
                    AppMode::Kiosk => Mode::Profile,
                    AppMode::Aidant => Mode::Screening,
                };
                let seed = config.seed.unwrap_or_else(browser::random_seed);
                self.session.set(Some(Session::new(bank, mode, seed)));
                self.screen.set(Screen::Question);
            }
            Err(e) => {
                browser::log_warning(&format!("Repère: the embedded bank cannot be read: {e}"));
                self.screen.set(Screen::Error("error-bank".into()));
            }
        }
    }

    /// Forward an answer to the engine; show the result when it is finished.
    pub fn answer(&self, response: Response) {
        let mut finished = false;
        self.session.update(|s| {
            if let Some(s) = s {
                let _ = s.answer(response);
                finished = s.is_finished();
            }
        });
        if finished {
            self.screen.set(Screen::Result);
        }
    }

    /// Forget everything about the current person and go back to welcome.
    pub fn reset(&self) {
        self.session.set(None);
        self.screen.set(Screen::Welcome);
    }
}

#[component]
pub fn App() -> impl IntoView {
    let config = UrlConfig::parse(&browser::query_string());
    if !config.ignored.is_empty() {
        browser::log_warning(&format!("Repère: ignored URL parameters: {}", config.ignored.join(", ")));
    }
    let lang = RwSignal::new(config.lang.clone().unwrap_or_else(|| i18n::DEFAULT_LANGUAGE.to_string()));
    let i18n = I18n { lang };
    provide_context(i18n);
    let state = AppState {
        screen: RwSignal::new(Screen::Welcome),
        session: RwSignal::new(None),
        config: StoredValue::new(config),
    };
    provide_context(state);

    Effect::new(move |_| {
        let lang = i18n.lang.get();
        browser::set_document_language(&lang, i18n::translate(&lang, "language-direction", None) == "rtl");
    });
    Effect::new(move |_| {
        let key = match state.screen.get() {
            Screen::Welcome => "title-welcome",
            Screen::Language => "title-language",
            Screen::Question => "title-question",
            Screen::Result => "title-result",
            Screen::Error(_) => "title-error",
        };
        browser::set_title(&format!("{} · Repère", i18n.t(key)));
    });

    view! {
        <header class="topbar">
            <span class="brand">"Repère"</span>
            <LanguageSwitcher/>
        </header>
        <main id="main" class="screen">
            {move || match state.screen.get() {
                Screen::Welcome => view! { <Welcome/> }.into_any(),
                Screen::Language => view! { <LanguageChoice/> }.into_any(),
                Screen::Question => view! { <QuestionScreen/> }.into_any(),
                Screen::Result => view! { <ResultScreen/> }.into_any(),
                Screen::Error(key) => view! { <ErrorScreen key=key/> }.into_any(),
            }}
        </main>
    }
}

/// Buttons to switch language at any time, each named in its own language.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="languages" aria-label=move || i18n.t("language-switcher")>
            {i18n::languages()
                .into_iter()
                .map(|lang| {
                    let name = i18n::translate(lang, "language-name", None);
                    view! {
                        <button
                            class="lang"
                            lang=lang
                            aria-pressed=move || (i18n.lang.get() == lang).to_string()
                            on:click=move |_| i18n.lang.set(lang.to_string())
                        >
                            {name}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn Welcome() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    view! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{move || i18n.t("welcome-title")}</h1>
            <p class="lead">{move || i18n.t("welcome-lead")}</p>
            <button class="primary big" on:click=move |_| state.screen.set(Screen::Language)>
                {move || i18n.t("welcome-start")}
            </button>
        </section>
    }
}

#[component]
fn LanguageChoice() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    view! {
        <section aria-labelledby="language-title">
            <h1 id="language-title">{move || i18n.t("language-title")}</h1>
            <div class="choices" role="group" aria-labelledby="language-title">
                {i18n::languages()
                    .into_iter()
                    .map(|lang| {
                        let name = i18n::translate(lang, "language-name", None);
                        let flag = i18n::translate(lang, "language-flag", None);
                        view! {
                            <button
                                class="choice language"
                                lang=lang
                                aria-pressed=move || (i18n.lang.get() == lang).to_string()
                                on:click=move |_| i18n.lang.set(lang.to_string())
                            >
                                <span class="flag" aria-hidden="true">{flag}</span>
                                " "
                                {name}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <button class="primary big" on:click=move |_| state.start()>
                {move || i18n.t("language-continue")}
            </button>
        </section>
    }
}

#[component]
fn QuestionScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let progress = move || state.session.with(|s| s.as_ref().map(|s| s.progress()));
    view! {
        <section class="question-screen">
            {move || {
                progress()
                    .map(|p| {
                        let number = p.answered + 1;
                        view! {
                            <div class="progress">
                                <p class="progress-label">
                                    {move || i18n.t_with("question-progress", &[("number", FluentValue::from(number))])}
                                </p>
                                <progress max=p.max value=p.answered aria-hidden="true"></progress>
                            </div>
                        }
                    })
            }}
            {move || {
                state
                    .session
                    .with(|s| s.as_ref().and_then(|s| s.current_item().cloned()))
                    .map(|item| view! { <ItemView item=item on_answer=Callback::new(move |r| state.answer(r))/> })
            }}
        </section>
    }
}

#[component]
fn ResultScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let estimates = state.session.with_untracked(|s| s.as_ref().map(|s| s.estimates()).unwrap_or_default());
    let path = state.session.with_untracked(|s| s.as_ref().map(|s| s.skill_path()));
    view! {
        <section class="result" aria-labelledby="result-title">
            <h1 id="result-title" tabindex="-1">{move || i18n.t("result-title")}</h1>
            <ul class="levels">
                {estimates
                    .into_iter()
                    .map(|e| {
                        let domain_key = format!("domain-{}", e.domain);
                        let level_key = format!("level-{}", e.level);
                        let level = e.level;
                        view! {
                            <li class="level-row" data-domain=e.domain.clone() data-level=level>
                                <span class="domain-name">{move || i18n.t(&domain_key)}</span>
                                <span class="level-dots" aria-hidden="true">
                                    {(1..=4u8)
                                        .map(|k| view! { <span class=if k <= level { "dot on" } else { "dot" }></span> })
                                        .collect_view()}
                                </span>
                                <span class="level-name">{move || i18n.t(&level_key)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {path.map(|p| {
                let key = format!("result-path-{}", p.id());
                view! { <p class="path" data-path=p.id()>{move || i18n.t(&key)}</p> }
            })}
            <button class="primary big" on:click=move |_| state.reset()>{move || i18n.t("result-finish")}</button>
        </section>
    }
}

#[component]
fn ErrorScreen(key: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    view! {
        <section class="error" role="alert">
            <h1>{move || i18n.t("error-title")}</h1>
            <p>{move || i18n.t(&key)}</p>
            <button class="primary big" on:click=move |_| state.reset()>{move || i18n.t("error-restart")}</button>
        </section>
    }
}
