//! The conseiller's fiche: a result read from its code alone (the QR link
//! `…/?code=R1-…`, or a code typed in aidant mode), with the embedded bank and
//! no request. Levels and precision per domain, the referral, the domains
//! still hard and topics to start from (`repere_guidance::fiche`).

use crate::browser;
use crate::content;
use crate::i18n::{use_i18n, I18n};
use crate::result_view::PathList;
use crate::state::{AppState, Screen};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_guidance::fiche::Fiche;
use repere_guidance::result_code::ResultCodeError;

/// The link a result's QR code holds: this page's own origin and path, with
/// only the code (no other parameter, nothing personal).
pub fn fiche_link(code: &str) -> String {
    format!("{}?code={code}", browser::page_base())
}

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

fn read(code: &str) -> Result<Fiche, ResultCodeError> {
    match content::bank() {
        Ok(bank) => Fiche::read(code, &bank),
        Err(e) => Err(ResultCodeError::Invalid(e)),
    }
}

#[component]
pub fn FicheScreen(code: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let fiche = read(&code);
    let body = match fiche {
        Ok(fiche) => view! { <FicheBody fiche=fiche/> }.into_any(),
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
            <p>{move || i18n.t("fiche-code")} " " <code class="result-code">{code.trim().to_uppercase()}</code></p>
            {body}
            <div class="actions">
                <button class="big print" on:click=move |_| browser::print()>{move || i18n.t("result-print")}</button>
                <button class="primary big finish" on:click=move |_| state.reset()>{move || i18n.t("fiche-close")}</button>
            </div>
        </section>
    }
}

#[component]
fn FicheBody(fiche: Fiche) -> impl IntoView {
    let i18n = use_i18n();
    let s = fiche.summary.clone();
    let mode_key = match s.mode {
        repere_engine::Mode::Screening => "fiche-mode-screening",
        repere_engine::Mode::Profile => "fiche-mode-profile",
    };
    let items = s.items_answered;
    view! {
        <p class="fiche-test">
            {move || i18n.t(mode_key)} " · "
            {move || i18n.t_with("fiche-items", &[("count", FluentValue::from(items))])}
        </p>
        <table class="fiche-levels">
            <caption>{move || i18n.t("result-levels")}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || i18n.t("fiche-domain")}</th>
                    <th scope="col">{move || i18n.t("fiche-level")}</th>
                    <th scope="col">{move || i18n.t("fiche-precision")}</th>
                </tr>
            </thead>
            <tbody>
                {fiche
                    .domains
                    .iter()
                    .map(|d| {
                        let domain_key = format!("domain-{}", d.domain);
                        let level_key = format!("level-{}", d.level);
                        let precision = d.precision.message_id();
                        let level = d.level;
                        view! {
                            <tr class="fiche-row" data-domain=d.domain.clone() data-level=level>
                                <th scope="row">{move || i18n.t(&domain_key)}</th>
                                <td>{level} " – " {move || i18n.t(&level_key)}</td>
                                <td>{move || i18n.t(precision)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        <h2>{move || i18n.t("result-referral")}</h2>
        <div class="referral" data-path=s.main.id()>
            <PathList main=s.main complements=s.complements.clone() pass_numerique=s.pass_numerique/>
        </div>
        <h3>{move || i18n.t("result-why")}</h3>
        <ul class="reasons">
            {fiche
                .hard
                .iter()
                .map(|domain| {
                    let level = fiche.domains.iter().find(|d| &d.domain == domain).map_or(1, |d| d.level);
                    let domain_key = format!("domain-{domain}");
                    let level_key = format!("level-{level}");
                    view! {
                        <li data-domain=domain.clone()>
                            {move || {
                                i18n.t_with(
                                    "fiche-hard-domain",
                                    &[("domain", FluentValue::from(i18n.t(&domain_key))), ("level", FluentValue::from(i18n.t(&level_key)))],
                                )
                            }}
                        </li>
                    }
                })
                .collect_view()}
            <li class="fiche-declarative">{move || i18n.t("fiche-declarative-note")}</li>
        </ul>
        {(!fiche.topics.is_empty())
            .then(|| {
                view! {
                    <h2>{move || i18n.t("result-learn-next")}</h2>
                    <ul class="topics">
                        {fiche
                            .topics
                            .iter()
                            .map(|t| {
                                let key = format!("topic-{t}");
                                view! { <li>{move || i18n.t(&key)}</li> }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
    }
}

/// Aidant mode: type a result code (case and spaces do not matter).
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
