//! The question screen (progress, pause), the author's preview of one item,
//! and the kind error screen.

use crate::screens::item::ItemView;
use crate::state::content;
use crate::state::i18n::use_i18n;
use crate::state::AppState;
use fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn QuestionScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let progress = move || state.session.with(|s| s.as_ref().map(|s| s.progress()));
    view! {
        <section class="question-screen">
            <div class="question-tools">
                {move || {
                    progress()
                        .map(|p| {
                            let number = p.answered + 1;
                            // The engine's bound: the most questions after this one.
                            let left = p.left_at_most().saturating_sub(1);
                            view! {
                                <div class="progress">
                                    <p class="progress-label" data-left=left>
                                        {move || {
                                            i18n.t_with(
                                                "question-progress-left",
                                                &[("number", FluentValue::from(number)), ("left", FluentValue::from(left))],
                                            )
                                        }}
                                    </p>
                                    <progress max=p.max value=p.answered aria-hidden="true"></progress>
                                </div>
                            }
                        })
                }}
                <button class="pause" on:click=move |_| state.paused.set(true)>{move || i18n.t("pause")}</button>
            </div>
            <Show
                when=move || state.paused.get()
                fallback=move || {
                    state
                        .session
                        .with(|s| s.as_ref().and_then(|s| Some((s.current_item().cloned()?, s.seed()))))
                        .map(|(item, seed)| view! { <ItemView item=item seed=seed on_answer=Callback::new(move |r| state.answer(r))/> })
                }
            >
                <PausePanel/>
            </Show>
        </section>
    }
}

#[component]
fn PausePanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    view! {
        <div class="pause-panel" role="group" aria-labelledby="pause-title">
            <h1 id="pause-title">{move || i18n.t("pause-title")}</h1>
            <p>{move || i18n.t("pause-text")}</p>
            <button class="primary big resume" on:click=move |_| state.paused.set(false)>{move || i18n.t("pause-resume")}</button>
            <button class="big finish-now" on:click=move |_| state.finish_now()>{move || i18n.t("pause-finish")}</button>
            <button class="big quit" on:click=move |_| state.end()>{move || i18n.t("pause-quit")}</button>
        </div>
    }
}

#[component]
pub fn ErrorScreen(key: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    view! {
        <section class="error" role="alert">
            <h1>{move || i18n.t("error-title")}</h1>
            <p>{move || i18n.t(&key)}</p>
            <button class="primary big" on:click=move |_| state.end()>{move || i18n.t("error-restart")}</button>
        </section>
    }
}

/// One item alone, as the test would show it; the answer is only acknowledged.
#[component]
pub fn Preview(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let answered = RwSignal::new(false);
    match content::bank().ok().and_then(|bank| bank.items.iter().find(|i| i.id == id).cloned()) {
        Some(item) => view! {
            <section class="question-screen preview">
                <ItemView item=item seed=0 on_answer=Callback::new(move |_| answered.set(true))/>
                <p class="preview-answered" aria-live="polite">{move || answered.get().then(|| i18n.t("preview-answered"))}</p>
            </section>
        }
        .into_any(),
        None => view! { <ErrorScreen key="error-preview".to_string()/> }.into_any(),
    }
}
