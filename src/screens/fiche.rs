//! The conseiller's fiche: a result read from its code alone (the QR link
//! `…/?code=R2-…`, or a code typed in aidant mode), with the embedded bank and
//! no request, rendered from the same `Outcome` as the result: the decision
//! and the date first, then the measured levels, the topics, and the
//! thematics to record in the activity report. Reflows at 360 px (no table)
//! and prints on one page.

use crate::platform::browser;
use crate::screens::outcome::{grouped_code, Advice, KeyList, LevelList, OverallLine, TestLine};
use crate::state::content;
use crate::state::i18n::{use_i18n, I18n};
use crate::state::{AppState, Screen};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_guidance::outcome::Outcome;
use repere_guidance::referral::Path;
use repere_guidance::result_code::ResultCodeError;

/// A kind, translated message for a code that cannot be read.
fn error_text(i18n: &I18n, error: &ResultCodeError) -> String {
    match error {
        ResultCodeError::NotAResultCode => i18n.t("fiche-error-not-code"),
        ResultCodeError::UnknownVersion { .. } | ResultCodeError::VersionTooLarge => i18n.t("fiche-error-version"),
        ResultCodeError::BadCharacter { character, position } => i18n.t_with(
            "fiche-error-character",
            &[("character", FluentValue::from(character.escape_debug().to_string())), ("position", FluentValue::from(*position))],
        ),
        ResultCodeError::WrongLength { .. } => i18n.t("fiche-error-length"),
        ResultCodeError::BadChecksum => i18n.t("fiche-error-checksum"),
        ResultCodeError::OtherBank { .. } => i18n.t("fiche-error-other-bank"),
        ResultCodeError::Invalid(_) => i18n.t("fiche-error-invalid"),
    }
}

fn read(code: &str) -> Result<Outcome, ResultCodeError> {
    let bank = content::bank().map_err(ResultCodeError::Invalid)?;
    let rules = content::rules().map_err(ResultCodeError::Invalid)?;
    Outcome::of_code(code, &bank, &rules)
}

#[component]
pub fn FicheScreen(code: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let body = match read(&code) {
        Ok(outcome) => view! { <FicheBody outcome=outcome/> }.into_any(),
        Err(error) => {
            let kind = match error {
                ResultCodeError::OtherBank { .. } | ResultCodeError::UnknownVersion { .. } => "other_bank",
                _ => "bad_code",
            };
            view! {
                <div class="fiche-error notice" role="alert" data-error=kind>
                    <p>{move || error_text(&i18n, &error)}</p>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section class="fiche" aria-labelledby="fiche-title">
            <h1 id="fiche-title">{move || i18n.t("fiche-title")}</h1>
            {body}
            <div class="actions">
                <button class="big print" on:click=move |_| browser::print()>{move || i18n.t("result-print")}</button>
                <button class="primary big finish" on:click=move |_| state.reset()>{move || i18n.t("fiche-close")}</button>
            </div>
        </section>
    }
}

#[component]
fn FicheBody(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    let older = outcome.summary.is_older_format();
    let themes = outcome.report_themes.join(" · ");
    view! {
        <section class="fiche-decision" aria-labelledby="fiche-decision-title" data-path=outcome.summary.main.id()>
            <h2 id="fiche-decision-title">{move || i18n.t("fiche-decision")}</h2>
            <Advice main=outcome.summary.main complements=outcome.summary.complements.clone()/>
            <TestLine outcome=outcome.clone()/>
            <p class="fiche-code">{move || i18n.t("fiche-code")} " " <code class="result-code">{grouped_code(&outcome.code)}</code></p>
            {older.then(|| view! { <p class="notice older-code">{move || i18n.t("fiche-older-code")}</p> })}
        </section>
        {outcome.summary.paths().any(|p| p == Path::AidantsConnect).then(|| view! { <AidantsConnectPreconditions/> })}
        <h2>{move || i18n.t("result-position")}</h2>
        <OverallLine outcome=outcome.clone() precision=true/>
        <LevelList outcome=outcome.clone() open=true precision=true/>
        <KeyList title="fiche-topics" class="topics" keys=outcome.topics.iter().map(|t| format!("topic-{t}")).collect()/>
        <h2>{move || i18n.t("fiche-report")}</h2>
        <p class="report-themes">{themes}</p>
        <p class="fiche-declarative">{move || i18n.t("fiche-declarative-note")}</p>
    }
}

/// Whenever Aidants Connect is proposed (main path or complement): what it
/// needs, for the professional (docs/referral.md). From the paths alone: the
/// code carries no declarative answer (a FranceConnect account, say).
#[component]
fn AidantsConnectPreconditions() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="ac-preconditions" aria-labelledby="ac-preconditions-title">
            <h2 id="ac-preconditions-title">{move || i18n.t("fiche-ac-title")}</h2>
            <ul>
                {["fiche-ac-professional", "fiche-ac-present", "fiche-ac-franceconnect", "fiche-ac-no-account"]
                    .into_iter()
                    .map(|key| view! { <li data-precondition=key>{move || i18n.t(key)}</li> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// Aidant mode: type a result code (case, spaces and dashes do not matter).
#[component]
pub fn ReadCodeScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ResultCodeError>);
    let submit = move || {
        let code = typed.get_untracked();
        match read(&code) {
            Ok(_) => state.screen.set(Screen::Fiche(code)),
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section class="read-code" aria-labelledby="read-code-title">
            <h1 id="read-code-title">{move || i18n.t("read-code-title")}</h1>
            <form on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }>
                <label for="read-code-input">{move || i18n.t("read-code-label")}</label>
                <input
                    id="read-code-input"
                    class="code-input"
                    type="text"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    aria-describedby="read-code-error"
                    prop:value=move || typed.get()
                    on:input=move |ev| {
                        typed.set(event_target_value(&ev));
                        error.set(None);
                    }
                />
                <p id="read-code-error" class="code-error" role="alert">
                    {move || error.get().map(|e| error_text(&i18n, &e))}
                </p>
                <button type="submit" class="primary big next">{move || i18n.t("read-code-submit")}</button>
            </form>
            <button class="big quit" on:click=move |_| state.reset()>{move || i18n.t("read-code-back")}</button>
        </section>
    }
}
