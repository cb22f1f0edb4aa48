//! After a kiosk or embed test: at most two short, optional questions — "a
//! procedure to do at the moment?" then "learn to do it yourself?" — one per
//! screen, read aloud like every screen, each skippable. An answer moves on at
//! once; a skipped question stays unknown, and the referral then offers both
//! kinds of help rather than guessing (docs/referral.md). The answers live in
//! `AppState::declarative` only (memory, forgotten at the reset), like the
//! aidant's declarative part: never in a record, a result code or a message.

use crate::state::i18n::use_i18n;
use crate::state::{AppState, Screen};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_guidance::referral::{Declarative, Urgency};

/// One answer button: its Fluent key, and what it records.
type Answer = (&'static str, fn(&mut Declarative));

#[component]
pub fn SituationScreen(step: u8) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let has_procedure = state
        .declarative
        .with_untracked(|d| matches!(d.procedure, Some(Urgency::ThisWeek | Urgency::ThisMonth | Urgency::Later)));
    let (question, answers): (&'static str, Vec<Answer>) = if step == 1 {
        (
            "situation-procedure",
            vec![
                ("situation-procedure-week", |d| d.procedure = Some(Urgency::ThisWeek)),
                ("situation-procedure-later", |d| d.procedure = Some(Urgency::Later)),
                ("situation-procedure-none", |d| d.procedure = Some(Urgency::NoProcedure)),
            ],
        )
    } else {
        let (question, no) = if has_procedure {
            ("situation-learn-procedure", "situation-learn-no-procedure")
        } else {
            ("situation-learn", "situation-learn-no")
        };
        (question, vec![("situation-learn-yes", |d| d.wants_to_learn = Some(true)), (no, |d| d.wants_to_learn = Some(false))])
    };
    // The step on screen when a button is pressed. The framework may keep
    // this screen's elements (and their handlers) from one step to the next,
    // so the handlers read the step at press time, never the one they were
    // made for: "Passer" on the second question must lead to the result.
    let current = move || match state.screen.get_untracked() {
        Screen::Situation(s) => Some(s),
        _ => None,
    };
    // The first question leads to the second; the second to the result.
    let next = move || match current() {
        Some(1) => state.screen.set(Screen::Situation(2)),
        Some(_) => state.conclude(),
        None => {}
    };
    let skip = move |_| {
        // Skipped: unknown (the default), even if tapped back and forth.
        match current() {
            Some(1) => state.declarative.update(|d| d.procedure = None),
            Some(_) => state.declarative.update(|d| d.wants_to_learn = None),
            None => return,
        }
        next();
    };
    view! {
        <section class="situation" aria-labelledby="situation-title" data-step=step>
            <h1 id="situation-title">{move || i18n.t("situation-title")}</h1>
            <p class="lead">{move || i18n.t("situation-lead")}</p>
            <p class="situation-step">{move || i18n.t_with("situation-step", &[("step", FluentValue::from(step))])}</p>
            <fieldset class="decl" data-question=question>
                <legend>{move || i18n.t(question)}</legend>
                <div class="decl-answers">
                    {answers
                        .into_iter()
                        .map(|(key, record)| {
                            view! {
                                <button
                                    class="choice decl-answer situation-answer big"
                                    data-value=key
                                    on:click=move |_| {
                                        state.declarative.update(record);
                                        next();
                                    }
                                >
                                    {move || i18n.t(key)}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <button class="big situation-skip" on:click=skip>{move || i18n.t("situation-skip")}</button>
        </section>
    }
}
