//! The result of a finished test, rendered from its one outcome
//! (`AppState::outcome`, computed when the test ended). The next step comes
//! first — the advice, where to go, the code to show at the desk — then the
//! overall position and the levels (folded for the person, open for the
//! aidant), strengths, topics and reasons. Levels appear only for measured
//! domains.

use crate::platform::browser;
use crate::screens::outcome::{fiche_link, grouped_code, Advice, KeyList, LevelList, OverallLine, WhereToGo};
use crate::state::config::AppMode;
use crate::state::i18n::{use_i18n, I18n};
use crate::state::{embed_worded, worded, AppState};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_guidance::outcome::Outcome;
use repere_guidance::referral::{Declarative, Urgency};

/// The result code, and (where it can serve: not on the person's own device
/// in an embed) its QR code, which links to the fiche: levels and referral
/// only, nothing personal (see docs/result-code.md).
#[component]
fn HandOff(code: String, qr: bool) -> impl IntoView {
    let i18n = use_i18n();
    let svg = qr.then(|| repere_handoff::qr_svg(&fiche_link(&code)));
    let shown = grouped_code(&code);
    view! {
        <div class="handoff">
            {svg.map(|svg| view! { <div class="qr" role="img" aria-label=move || i18n.t("result-qr-label") inner_html=svg></div> })}
            <p>
                {move || i18n.t("result-code")}
                " "
                <code class="result-code" data-code=code>{shown}</code>
            </p>
        </div>
    }
}

/// A reason's Fluent arguments, with domain ids turned into domain names.
fn reason_text(i18n: &I18n, id: &str, args: &std::collections::BTreeMap<String, String>) -> String {
    let args: Vec<(&str, FluentValue<'static>)> = args
        .iter()
        .map(|(k, v)| {
            let value = if k == "domain" { i18n.t(&format!("domain-{v}")) } else { v.clone() };
            (k.as_str(), FluentValue::from(value))
        })
        .collect();
    i18n.t_with(id, &args)
}

#[component]
pub fn ResultScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let mode = state.mode();
    let embedded = browser::embed_requested();
    let Some(outcome) = state.outcome.get_untracked() else {
        return view! { <p class="notice" role="alert">{move || i18n.t("error-bank")}</p> }.into_any();
    };
    let declarative = state.declarative.get_untracked();
    let aidant = mode == AppMode::Aidant;
    let title = worded(mode, "result-title");
    let show_key = if embedded { "result-show-embedded".to_string() } else { worded(mode, "result-show") };
    view! {
        <section class="result" aria-labelledby="result-title">
            <h1 id="result-title">{move || i18n.t(&title)}</h1>
            <section class="advice" aria-labelledby="advice-title" data-path=outcome.summary.main.id()>
                <h2 id="advice-title">{move || i18n.t("result-referral")}</h2>
                <Advice main=outcome.summary.main complements=outcome.summary.complements.clone()/>
                <h3 class="where-title">{move || i18n.t("result-where")}</h3>
                <WhereToGo outcome=outcome.clone()/>
                <p class="show-code">{move || i18n.t(&show_key)}</p>
                <HandOff code=outcome.code.clone() qr=!embedded/>
            </section>
            <FinishActions printable=!embedded/>
            <h2>{move || i18n.t("result-position")}</h2>
            <OverallLine outcome=outcome.clone() precision=aidant/>
            <LevelList outcome=outcome.clone() open=aidant precision=aidant/>
            <KeyList title="result-strengths" class="strengths" keys=outcome.strengths.iter().map(|d| format!("domain-{d}")).collect()/>
            <KeyList title="result-learn-next" class="topics" keys=outcome.topics.iter().map(|t| format!("topic-{t}")).collect()/>
            <Reasons outcome=outcome.clone()/>
            {aidant.then(|| view! { <DeclarativeSummary declarative=declarative/> })}
        </section>
    }
    .into_any()
}

/// Why: the rules' reasons.
#[component]
fn Reasons(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    (!outcome.reasons.is_empty()).then(|| {
        view! {
            <h2>{move || i18n.t("result-why")}</h2>
            <ul class="reasons">
                {outcome
                    .reasons
                    .into_iter()
                    .map(|r| {
                        let (id, args) = (r.id.clone(), r.args.clone());
                        view! { <li data-reason=r.id>{move || reason_text(&i18n, &id, &args)}</li> }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// Print (where it can serve) and "Finish", which asks once before it erases.
#[component]
fn FinishActions(printable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    // "Revenir" takes the focus when the question shows (by script: the
    // `autofocus` attribute is blocked in a cross-origin frame, as embedded).
    let back = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = back.get() {
            let _ = button.focus();
        }
    });
    view! {
        <div class="actions">
            {printable.then(|| view! { <button class="big print" on:click=move |_| browser::print()>{move || i18n.t("result-print")}</button> })}
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button class="primary big finish" on:click=move |_| confirming.set(true)>{move || i18n.t("result-finish")}</button>
                }
            >
                <div class="confirm-finish" role="group" aria-labelledby="confirm-finish-text">
                    <p id="confirm-finish-text">{move || i18n.t(&embed_worded("result-finish-confirm"))}</p>
                    <button class="primary big finish-yes" on:click=move |_| state.end()>{move || i18n.t("result-finish-yes")}</button>
                    <button class="big finish-back" node_ref=back on:click=move |_| confirming.set(false)>{move || i18n.t("result-finish-back")}</button>
                </div>
            </Show>
        </div>
    }
}

#[component]
fn DeclarativeSummary(declarative: Declarative) -> impl IntoView {
    let i18n = use_i18n();
    let yes_no = |v: Option<bool>| match v {
        Some(true) => "decl-yes",
        Some(false) => "decl-no",
        None => "decl-unknown",
    };
    let urgency = match declarative.procedure {
        None => "decl-unknown",
        Some(Urgency::NoProcedure) => "decl-procedure-none",
        Some(Urgency::Later) => "decl-procedure-later",
        Some(Urgency::ThisMonth) => "decl-procedure-month",
        Some(Urgency::ThisWeek) => "decl-procedure-week",
    };
    let rows = [
        ("decl-smartphone", yes_no(declarative.has_smartphone)),
        ("decl-computer", yes_no(declarative.has_computer)),
        ("decl-internet", yes_no(declarative.internet_at_home)),
        ("decl-email", yes_no(declarative.email_usable)),
        ("decl-procedure", urgency),
        ("decl-learn", yes_no(declarative.wants_to_learn)),
        ("decl-help", yes_no(declarative.help_received)),
        ("decl-franceconnect", yes_no(declarative.franceconnect_account)),
    ];
    view! {
        <h2>{move || i18n.t("result-declarative")}</h2>
        <dl class="declared">
            {rows
                .into_iter()
                .map(|(q, a)| view! { <dt>{move || i18n.t(q)}</dt> <dd>{move || i18n.t(a)}</dd> })
                .collect_view()}
        </dl>
    }
}
