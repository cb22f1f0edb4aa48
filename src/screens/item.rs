//! One question on screen, for every interaction kind. Selecting never answers
//! by itself (a mistaken tap is undone by tapping something else); "Valider"
//! sends the answer, and "Je ne sais pas" is always there, as large as the rest.

use crate::state::i18n::use_i18n;
use leptos::html;
use leptos::prelude::*;
use repere_engine::bank::{Interaction, Item, Region};
use repere_engine::presentation;
use repere_engine::Response;

/// `seed` is the session's: it lays out the options and steps (see the
/// engine's `presentation`), so every session shows them in its own order.
#[component]
pub fn ItemView(item: Item, seed: u64, on_answer: Callback<Response>) -> impl IntoView {
    let i18n = use_i18n();
    let stem_ref = NodeRef::<html::H1>::new();
    // Move focus to the question so screen readers read it and keyboards start there.
    Effect::new(move |_| {
        if let Some(stem) = stem_ref.get() {
            let _ = stem.focus();
        }
    });
    let id = item.id.clone();
    let stem_key = id.clone();
    let image = item.image.clone().map(|src| {
        let alt_key = format!("{id}.alt");
        (src, alt_key)
    });
    let body = match item.interaction.clone() {
        Interaction::Choice { .. } => {
            let options = presentation::choice_options(&item, seed);
            view! { <ChoiceInput item_id=id.clone() options=options image=image.clone() on_answer=on_answer/> }.into_any()
        }
        Interaction::Hotspot { regions, .. } => {
            let (src, alt_key) = image.clone().unwrap_or_default();
            view! { <HotspotInput item_id=id.clone() regions=regions src=src alt_key=alt_key on_answer=on_answer/> }
                .into_any()
        }
        Interaction::Order { .. } => {
            let steps = presentation::order_start(&item, seed);
            view! { <OrderInput item_id=id.clone() steps=steps image=image.clone() on_answer=on_answer/> }.into_any()
        }
        Interaction::Entry { .. } => {
            view! { <EntryInput image=image.clone() on_answer=on_answer/> }.into_any()
        }
    };
    view! {
        <article class="item" data-item=item.id.clone() data-kind=item.kind_name()>
            <h1 id="item-stem" class="stem" tabindex="-1" node_ref=stem_ref>
                {move || i18n.t(&stem_key)}
            </h1>
            {body}
            <button class="dont-know big" on:click=move |_| on_answer.run(Response::DontKnow)>
                {move || i18n.t("answer-dont-know")}
            </button>
        </article>
    }
}

/// An illustration of a simulated screen with its alternative text.
#[component]
fn Illustration(src: String, alt_key: String) -> impl IntoView {
    let i18n = use_i18n();
    view! { <img class="illustration" src=src alt=move || i18n.t(&alt_key)/> }
}

/// The illustration of an item that has one.
#[component]
fn OptionalIllustration(image: Option<(String, String)>) -> impl IntoView {
    image.map(|(src, alt_key)| view! { <Illustration src=src alt_key=alt_key/> })
}

/// The "Valider" button, enabled once something is chosen.
#[component]
fn Confirm(ready: Signal<bool>, on_confirm: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            class="primary big confirm"
            aria-disabled=move || (!ready.get()).to_string()
            on:click=move |_| {
                if ready.get_untracked() {
                    on_confirm.run(())
                }
            }
        >
            {move || i18n.t("answer-confirm")}
        </button>
    }
}

/// "Valider" for a single pick (an option or a region).
#[component]
fn ConfirmPick(selected: RwSignal<Option<String>>, on_answer: Callback<Response>) -> impl IntoView {
    view! {
        <Confirm
            ready=Signal::derive(move || selected.with(Option::is_some))
            on_confirm=Callback::new(move |_| {
                if let Some(pick) = selected.get_untracked() {
                    on_answer.run(Response::Pick(pick))
                }
            })
        />
    }
}

#[component]
fn ChoiceInput(
    item_id: String,
    /// The options in the order shown.
    options: Vec<String>,
    image: Option<(String, String)>,
    on_answer: Callback<Response>,
) -> impl IntoView {
    let i18n = use_i18n();
    let selected = RwSignal::new(None::<String>);
    view! {
        <OptionalIllustration image=image/>
        <div class="choices" role="group" aria-labelledby="item-stem">
            {options
                .into_iter()
                .map(|option| {
                    let key = format!("{item_id}-opt-{option}");
                    let value = option.clone();
                    let is_selected = move || selected.with(|s| s.as_deref() == Some(option.as_str()));
                    view! {
                        <button
                            class="choice"
                            data-option=value.clone()
                            aria-pressed=move || is_selected().to_string()
                            on:click=move |_| selected.set(Some(value.clone()))
                        >
                            {move || i18n.t(&key)}
                        </button>
                    }
                })
                .collect_view()}
        </div>
        <ConfirmPick selected=selected on_answer=on_answer/>
    }
}

#[component]
fn HotspotInput(
    item_id: String,
    regions: Vec<Region>,
    src: String,
    alt_key: String,
    on_answer: Callback<Response>,
) -> impl IntoView {
    let i18n = use_i18n();
    let selected = RwSignal::new(None::<String>);
    view! {
        <div class="hotspot" role="group" aria-labelledby="item-stem">
            <Illustration src=src alt_key=alt_key/>
            {regions
                .into_iter()
                .map(|region| {
                    let key = format!("{item_id}-region-{}", region.id);
                    let value = region.id.clone();
                    let id = region.id.clone();
                    let is_selected = move || selected.with(|s| s.as_deref() == Some(id.as_str()));
                    // Set through the CSSOM (`style:`), which a strict CSP allows;
                    // an inline `style=` attribute would be blocked.
                    let percent = |v: f64| format!("{v}%");
                    view! {
                        <button
                            class="region"
                            style:left=percent(region.x)
                            style:top=percent(region.y)
                            style:width=percent(region.w)
                            style:height=percent(region.h)
                            data-region=value.clone()
                            aria-pressed=move || is_selected().to_string()
                            aria-label=move || i18n.t(&key)
                            on:click=move |_| selected.set(Some(value.clone()))
                        ></button>
                    }
                })
                .collect_view()}
        </div>
        <ConfirmPick selected=selected on_answer=on_answer/>
    }
}

/// After a move the list is redrawn: keep the keyboard focus on the step that
/// moved (on the same arrow, or the other one when it reached an end).
fn refocus(step: String, direction: &'static str) {
    request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        for class in [direction, if direction == "up" { "down" } else { "up" }] {
            let selector = format!("[data-step=\"{step}\"] .move.{class}:not([disabled])");
            if let Ok(Some(el)) = document.query_selector(&selector) {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                    return;
                }
            }
        }
    });
}

#[component]
fn OrderInput(
    item_id: String,
    /// The steps in their starting order (already shuffled).
    steps: Vec<String>,
    image: Option<(String, String)>,
    on_answer: Callback<Response>,
) -> impl IntoView {
    let i18n = use_i18n();
    let order = RwSignal::new(steps);
    let moved = RwSignal::new(false);
    let swap = move |i: usize, j: usize| {
        order.update(|o| {
            if i < o.len() && j < o.len() {
                o.swap(i, j);
            }
        });
        moved.set(true);
    };
    view! {
        <OptionalIllustration image=image/>
        <p class="hint">{move || i18n.t("order-hint")}</p>
        <ol class="order" aria-labelledby="item-stem">
            {move || {
                let current = order.get();
                let count = current.len();
                current
                    .into_iter()
                    .enumerate()
                    .map(|(i, step)| {
                        let key = format!("{item_id}-step-{step}");
                        let key_up = key.clone();
                        let key_down = key.clone();
                        let (step_up, step_down) = (step.clone(), step.clone());
                        view! {
                            <li class="step" data-step=step.clone()>
                                <span class="step-text">{move || i18n.t(&key)}</span>
                                <span class="step-moves">
                                    <button
                                        class="move up"
                                        aria-label=move || i18n.t_with("order-up", &[("step", i18n.t(&key_up).into())])
                                        disabled=i == 0
                                        on:click=move |_| {
                                            if i > 0 {
                                                swap(i, i - 1);
                                                refocus(step_up.clone(), "up");
                                            }
                                        }
                                    >
                                        "▲"
                                    </button>
                                    <button
                                        class="move down"
                                        aria-label=move || i18n.t_with("order-down", &[("step", i18n.t(&key_down).into())])
                                        disabled=i + 1 == count
                                        on:click=move |_| {
                                            if i + 1 < count {
                                                swap(i, i + 1);
                                                refocus(step_down.clone(), "down");
                                            }
                                        }
                                    >
                                        "▼"
                                    </button>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
        <Confirm
            ready=Signal::derive(move || moved.get())
            on_confirm=Callback::new(move |_| on_answer.run(Response::Order(order.get_untracked())))
        />
    }
}

#[component]
fn EntryInput(image: Option<(String, String)>, on_answer: Callback<Response>) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let ready = Signal::derive(move || text.with(|t| !t.trim().is_empty()));
    let submit = move || {
        if ready.get_untracked() {
            on_answer.run(Response::Entry(text.get_untracked()))
        }
    };
    view! {
        <OptionalIllustration image=image/>
        <form class="entry" on:submit=move |ev| {
            ev.prevent_default();
            submit();
        }>
            <label for="entry-input">{move || i18n.t("entry-label")}</label>
            <input
                id="entry-input"
                type="text"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                maxlength="60"
                aria-describedby="item-stem"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            />
        </form>
        <Confirm ready=ready on_confirm=Callback::new(move |_| submit())/>
    }
}
