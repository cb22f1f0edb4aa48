//! The screens before the questions: welcome, language, how it works (with a
//! practice question that does not count), consent (kiosk), and the
//! declarative part (aidant).

use crate::state::{content, embed_worded, worded, AppState, Screen};
use crate::state::i18n::{self, use_i18n};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_engine::Session;
use repere_guidance::referral::{Declarative, Urgency};

#[component]
pub fn Welcome() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let mode = state.mode();
    let title = worded(mode, "welcome-title");
    let lead = worded(mode, "welcome-lead");
    let start = worded(mode, "welcome-start");
    // The engine's real range for this test, from the bank's settings.
    let length = content::bank().ok().map(|bank| {
        let (min, max) = Session::length_range(&bank, state.engine_mode());
        let key = worded(mode, "welcome-length");
        move || i18n.t_with(&key, &[("min", FluentValue::from(min)), ("max", FluentValue::from(max))])
    });
    view! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{move || i18n.t(&title)}</h1>
            <p class="lead">{move || i18n.t(&lead)}</p>
            {length.map(|text| view! { <p class="length">{text}</p> })}
            <button class="primary big start" on:click=move |_| state.screen.set(Screen::Language)>
                {move || i18n.t(&start)}
            </button>
            {(mode == crate::state::config::AppMode::Aidant).then(|| view! {
                <button class="big read-code-entry" on:click=move |_| state.screen.set(Screen::ReadCode)>
                    {move || i18n.t("read-code-entry")}
                </button>
            })}
            <crate::screens::venue::VenueEntry/>
        </section>
    }
}

#[component]
pub fn LanguageChoice() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    view! {
        <section aria-labelledby="language-title">
            <h1 id="language-title">{move || i18n.t("language-title")}</h1>
            <div class="choices" role="group" aria-labelledby="language-title">
                {i18n::languages()
                    .into_iter()
                    .map(|lang| view! { <LanguageButton lang=lang with_flag=true/> })
                    .collect_view()}
            </div>
            <button class="primary big next" on:click=move |_| state.after_language()>
                {move || i18n.t("language-continue")}
            </button>
        </section>
    }
}

/// A button that switches to `lang`, named in that language; with its flag on
/// the language screen, plain in the top bar.
#[component]
pub fn LanguageButton(lang: &'static str, with_flag: bool) -> impl IntoView {
    let i18n = use_i18n();
    let name = i18n::language_name(lang);
    view! {
        <button
            class=if with_flag { "choice language" } else { "lang" }
            lang=lang
            aria-pressed=move || (i18n.lang.get() == lang).to_string()
            on:click=move |_| i18n.set_language(lang)
        >
            {with_flag.then(|| view! { <img class="flag" src=format!("img/flags/{lang}.svg") alt="" aria-hidden="true"/> })}
            // On a phone's top bar the name is read by screen readers and the
            // two-letter tag is shown (one row, see style.css).
            <span class="lang-name">{name}</span>
            {(!with_flag).then(|| view! { <span class="lang-tag" aria-hidden="true">{lang.to_uppercase()}</span> })}
        </button>
    }
}

/// How it works, with one practice question that does not count.
#[component]
pub fn HowItWorks() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let picked = RwSignal::new(None::<&'static str>);
    view! {
        <section class="how" aria-labelledby="how-title">
            <h1 id="how-title">{move || i18n.t("how-title")}</h1>
            <ul class="how-steps">
                <li>{move || i18n.t("how-step-one")}</li>
                <li>{move || i18n.t("how-step-dont-know")}</li>
                <li>{move || i18n.t("how-step-pause")}</li>
            </ul>
            <div class="practice" role="group" aria-labelledby="practice-question">
                <p id="practice-question" class="stem">{move || i18n.t("practice-question")}</p>
                <div class="choices">
                    {["sun", "moon"]
                        .into_iter()
                        .map(|option| {
                            let key = format!("practice-opt-{option}");
                            view! {
                                <button
                                    class="choice practice-choice"
                                    aria-pressed=move || (picked.get() == Some(option)).to_string()
                                    on:click=move |_| picked.set(Some(option))
                                >
                                    {move || i18n.t(&key)}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <p class="practice-feedback" aria-live="polite">
                    {move || picked.get().map(|_| i18n.t("practice-feedback"))}
                </p>
            </div>
            <button class="primary big next" on:click=move |_| state.screen.set(Screen::Consent)>
                {move || i18n.t("how-continue")}
            </button>
        </section>
    }
}

#[component]
pub fn Consent() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    view! {
        <section class="consent" aria-labelledby="consent-title">
            <h1 id="consent-title">{move || i18n.t("consent-title")}</h1>
            <ul class="consent-points">
                <li>{move || i18n.t("consent-nothing-kept")}</li>
                <li>{move || i18n.t(&embed_worded("consent-no-name"))}</li>
                <li>{move || i18n.t(&embed_worded("consent-finish-wipes"))}</li>
                <SharingNotice/>
            </ul>
            <crate::screens::venue::StatsNotice/>
            <button class="primary big next" on:click=move |_| state.after_consent()>{move || i18n.t("consent-accept")}</button>
            <button class="big quit" on:click=move |_| state.end()>{move || i18n.t(&embed_worded("consent-decline"))}</button>
        </section>
    }
}

/// One yes / no / don't know question of the declarative part.
#[component]
fn YesNo(
    id: &'static str,
    get: fn(&Declarative) -> Option<bool>,
    set: fn(&mut Declarative, Option<bool>),
) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let label_id = format!("decl-{id}");
    let label_key = format!("decl-{id}");
    view! {
        <fieldset class="decl" data-question=id>
            <legend id=label_id>{move || i18n.t(&label_key)}</legend>
            <div class="decl-answers">
                {[(Some(true), "decl-yes"), (Some(false), "decl-no"), (None, "decl-unknown")]
                    .into_iter()
                    .map(|(value, key)| {
                        let answered = RwSignal::new(false);
                        view! {
                            <button
                                class="choice decl-answer"
                                data-value=key
                                aria-pressed=move || {
                                    (state.declarative.with(|d| get(d) == value) && (value.is_some() || answered.get())).to_string()
                                }
                                on:click=move |_| {
                                    answered.set(true);
                                    state.declarative.update(|d| set(d, value));
                                }
                            >
                                {move || i18n.t(key)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// Aidant mode: equipment, connection, email, procedure and its urgency, wish to learn.
#[component]
pub fn DeclarativeForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let urgencies = [
        (Urgency::NoProcedure, "decl-procedure-none"),
        (Urgency::Later, "decl-procedure-later"),
        (Urgency::ThisMonth, "decl-procedure-month"),
        (Urgency::ThisWeek, "decl-procedure-week"),
    ];
    view! {
        <section class="declarative" aria-labelledby="decl-title">
            <h1 id="decl-title">{move || i18n.t("decl-title")}</h1>
            <p class="lead">{move || i18n.t("decl-lead")}</p>
            <crate::screens::venue::StatsNotice/>
            <YesNo id="smartphone" get=|d| d.has_smartphone set=|d, v| d.has_smartphone = v/>
            <YesNo id="computer" get=|d| d.has_computer set=|d, v| d.has_computer = v/>
            <YesNo id="internet" get=|d| d.internet_at_home set=|d, v| d.internet_at_home = v/>
            <YesNo id="email" get=|d| d.email_usable set=|d, v| d.email_usable = v/>
            <fieldset class="decl" data-question="procedure">
                <legend>{move || i18n.t("decl-procedure")}</legend>
                <div class="decl-answers">
                    {urgencies
                        .into_iter()
                        .map(|(urgency, key)| {
                            view! {
                                <button
                                    class="choice decl-answer"
                                    data-value=key
                                    aria-pressed=move || state.declarative.with(|d| d.procedure == Some(urgency)).to_string()
                                    on:click=move |_| state.declarative.update(|d| d.procedure = Some(urgency))
                                >
                                    {move || i18n.t(key)}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <YesNo id="learn" get=|d| d.wants_to_learn set=|d, v| d.wants_to_learn = v/>
            <YesNo id="help" get=|d| d.help_received set=|d, v| d.help_received = v/>
            <YesNo id="franceconnect" get=|d| d.franceconnect_account set=|d, v| d.franceconnect_account = v/>
            <button class="primary big next" on:click=move |_| state.start()>{move || i18n.t("decl-continue")}</button>
        </section>
    }
}

/// On the consent screen, when embedded: who will receive the result (the
/// host's declared name, else its origin), and in aidant mode that the
/// declarative answers are not part of it.
#[component]
fn SharingNotice() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let aidant = state.mode() == crate::state::config::AppMode::Aidant;
    move || {
        let receiver = state.result_receiver.get()?;
        let text = match receiver.name {
            Some(name) => i18n.t_with("embed-shares-result-named", &[("name", FluentValue::from(name))]),
            None => i18n.t_with("embed-shares-result", &[("site", FluentValue::from(receiver.origin))]),
        };
        Some(view! {
            <li class="shares-result">{text}</li>
            {aidant.then(|| view! { <li class="shares-no-declarative">{move || i18n.t("embed-shares-no-declarative")}</li> })}
        })
    }
}
