//! The venue screen, behind the venue code: counts by skill path, level
//! distributions per domain and the evolution by week, as SVG charts (no
//! `style` attribute: classes only, for the strict CSP) each followed by its
//! numbers in a table; CSV and JSON exports; purge; and what happened to the
//! records (storage unavailable, full, nearly full or corrupted).
//!
//! Only what `repere_records::publishable` lets out is shown or exported:
//! past weeks of at least K = 5 records, every count under 5 hidden. The
//! screen closes itself after the page's inactivity time, in every mode.

use crate::state::i18n::use_i18n;
use crate::state::AppState;
use crate::state::stats::{self, Stored, StoreProblem, VenueCode, MAX_CODE_ATTEMPTS};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_records::{publishable, to_csv, to_json, Path, Record, Shown, Summary, K};
use std::time::Duration;

#[component]
pub fn VenueScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let unlocked = RwSignal::new(false);
    // Close after the page's inactivity time, whatever the mode (an aidant's
    // unlocked screen must not stay open for the next person).
    let idle = state.config.with_value(|c| c.idle_seconds).max(10);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let restart = move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        timer.set_value(set_timeout_with_handle(move || state.reset(), Duration::from_secs(u64::from(idle))).ok());
    };
    restart();
    on_cleanup(move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
    });
    view! {
        <section class="venue" aria-labelledby="venue-title" on:pointerdown=move |_| restart() on:keydown=move |_| restart() on:input=move |_| restart()>
            <h1 id="venue-title">{move || i18n.t("venue-title")}</h1>
            {move || {
                if !state.stats.enabled() {
                    view! { <p class="venue-off">{move || i18n.t("venue-off")}</p> }.into_any()
                } else if unlocked.get() {
                    view! { <VenueData/> }.into_any()
                } else {
                    view! { <VenueGate unlocked=unlocked/> }.into_any()
                }
            }}
            <button class="big quit" on:click=move |_| state.reset()>{move || i18n.t("venue-leave")}</button>
        </section>
    }
}

#[component]
fn VenueGate(unlocked: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let typed = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    // Wrong codes survive a reload (kept in this venue's lock key).
    state.stats.load_failures();
    let locked = move || state.stats.locked();
    let submit = move || {
        if locked() {
            return;
        }
        let ok = state.stats.code.with_untracked(|c| c.as_ref().is_some_and(|c| c.matches(&typed.get_untracked())));
        typed.set(String::new());
        if ok {
            state.stats.clear_failures();
            unlocked.set(true);
        } else {
            state.stats.add_failure();
            wrong.set(true);
        }
    };
    view! {
        <form class="venue-gate" on:submit=move |ev| {
            ev.prevent_default();
            submit();
        }>
            <label for="venue-code-input">{move || i18n.t("venue-code-label")}</label>
            <input
                id="venue-code-input"
                type="password"
                autocomplete="off"
                aria-describedby="venue-code-error"
                prop:value=move || typed.get()
                prop:disabled=locked
                on:input=move |ev| typed.set(event_target_value(&ev))
            />
            <p id="venue-code-error" class="code-error" role="alert">
                {move || {
                    if locked() {
                        Some(i18n.t("venue-code-locked"))
                    } else if wrong.get() {
                        let left = MAX_CODE_ATTEMPTS.saturating_sub(state.stats.failures.get());
                        Some(i18n.t_with("venue-code-wrong", &[("left", FluentValue::from(left))]))
                    } else {
                        None
                    }
                }}
            </p>
            <button type="submit" class="primary big next" prop:disabled=locked>{move || i18n.t("venue-code-submit")}</button>
        </form>
    }
}

#[component]
fn VenueData() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let Some(code) = state.stats.code.get_untracked() else { return ().into_any() };
    let load = move |code: &VenueCode| stats::load(code);
    let stored = RwSignal::new(load(&code));
    let nearly_full = RwSignal::new(stats::nearly_full());
    let confirming = RwSignal::new(false);
    let purged = RwSignal::new(None::<bool>);
    let purge = move |_| {
        if confirming.get_untracked() {
            purged.set(Some(stats::purge(&code).is_ok()));
            confirming.set(false);
            stored.set(load(&code));
            nearly_full.set(stats::nearly_full());
        } else {
            confirming.set(true);
        }
    };
    let log = move || {
        let log = state.stats.log.get();
        let saved = log.saved;
        view! {
            <p class="venue-log" data-saved=saved data-dropped=log.dropped.len()>
                {move || i18n.t_with("venue-log-saved", &[("count", FluentValue::from(saved))])}
            </p>
            <ul class="venue-dropped">
                {log
                    .dropped
                    .iter()
                    .map(|p| {
                        let key = p.message_id();
                        view! { <li class="notice">{move || i18n.t("venue-log-dropped")} " " {move || i18n.t(key)}</li> }
                    })
                    .collect_view()}
            </ul>
        }
    };
    view! {
        {log}
        {move || nearly_full.get().then(|| view! { <p class="notice venue-nearly-full" role="status">{move || i18n.t("venue-nearly-full")}</p> })}
        {move || match stored.get() {
            Err(problem) => view! { <p class="notice venue-problem" data-problem=format!("{problem:?}")>{move || i18n.t(problem.message_id())}</p> }.into_any(),
            Ok(Stored::Corrupted(detail)) => {
                crate::platform::browser::log_warning(&format!("Repère: stored records unreadable: {detail}"));
                let problem = StoreProblem::Corrupted;
                view! { <p class="notice venue-problem" data-problem="Corrupted">{move || i18n.t(problem.message_id())}</p> }.into_any()
            }
            Ok(Stored::Records { records, migrated_from }) => view! {
                {migrated_from.map(|v| view! {
                    <p class="notice venue-migrated">{move || i18n.t_with("venue-migrated", &[("version", FluentValue::from(v))])}</p>
                })}
                <Figures records=records/>
            }.into_any(),
        }}
        <p class="venue-purge-exports">{move || i18n.t("venue-purge-exports")}</p>
        <div class="actions">
            <button class="big purge" on:click=purge>
                {move || i18n.t(if confirming.get() { "venue-purge-confirm" } else { "venue-purge" })}
            </button>
        </div>
        <p class="venue-purged" role="status">
            {move || purged.get().map(|ok| i18n.t(if ok { "venue-purged" } else { "venue-problem-unavailable" }))}
        </p>
    }
    .into_any()
}

/// A `data:` link that downloads `text` (no request, no script).
fn data_link(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", String::from(js_sys::encode_uri_component(text)))
}

#[component]
fn Figures(records: Vec<Record>) -> impl IntoView {
    let i18n = use_i18n();
    // Only past weeks of at least K records, rare languages pooled; every
    // count under K hidden.
    let rows = publishable(&records, Some(stats::this_week()));
    let summary = Summary::of(&rows).published(Some(stats::this_week()));
    let withheld = rows.len() < records.len();
    let total = summary.total;
    let csv = data_link("text/csv", &to_csv(&rows));
    let json = data_link("application/json", &to_json(&rows));
    let path_rows: Vec<(String, Shown)> = Path::ALL
        .iter()
        .zip(summary.by_path)
        .filter(|(p, n)| **p != Path::EquipmentFirst || *n != Some(0))
        .map(|(p, n)| (p.message_id(), n))
        .collect();
    let week_rows: Vec<(String, Shown)> = summary.weeks.iter().map(|(w, c)| (w.to_string(), Some(c.total))).collect();
    let levels = summary.levels.clone();
    view! {
        <p class="venue-total" data-total=total>{move || i18n.t_with("venue-total", &[("count", FluentValue::from(total))])}</p>
        {withheld.then(|| view! { <p class="venue-withheld">{move || i18n.t_with("venue-withheld", &[("k", FluentValue::from(K))])}</p> })}
        <div class="actions">
            <a class="button big export-csv" href=csv download="repere_records.csv">{move || i18n.t("venue-export-csv")}</a>
            <a class="button big export-json" href=json download="repere_records.json">{move || i18n.t("venue-export-json")}</a>
        </div>
        {(total > 0).then(|| view! {
            <BarChart title="venue-by-path" rows=path_rows translate_labels=true/>
            <LevelChart levels=levels/>
            <BarChart title="venue-by-week" rows=week_rows translate_labels=false/>
        })}
    }
}

const CHART_WIDTH: usize = 640;
const LABEL_WIDTH: usize = 250;
const ROW_HEIGHT: usize = 36;

/// A count as shown: the number, or "fewer than 5" when it is hidden.
fn shown(i18n: crate::state::i18n::I18n, n: Shown) -> String {
    n.map_or_else(|| i18n.t_with("venue-hidden", &[("k", FluentValue::from(K))]), |n| n.to_string())
}

/// Horizontal bars with their count, then the same numbers as a table.
#[component]
fn BarChart(title: &'static str, rows: Vec<(String, Shown)>, translate_labels: bool) -> impl IntoView {
    let i18n = use_i18n();
    let max = rows.iter().filter_map(|r| r.1).max().unwrap_or(0).max(1);
    let height = rows.len() * ROW_HEIGHT + 8;
    let span = CHART_WIDTH - LABEL_WIDTH - 60;
    let label = move |key: &String| if translate_labels { i18n.t(key) } else { key.clone() };
    let table_rows = rows.clone();
    view! {
        <figure class="chart">
            <figcaption>{move || i18n.t(title)}</figcaption>
            <svg
                viewBox=format!("0 0 {CHART_WIDTH} {height}")
                role="img"
                aria-label=move || format!("{} — {}", i18n.t(title), i18n.t("venue-chart-table"))
            >
                {rows
                    .into_iter()
                    .enumerate()
                    .map(|(i, (key, n))| {
                        let y = i * ROW_HEIGHT + 4;
                        let w = n.unwrap_or(0) * span / max;
                        let class = format!("bar bar-{}", i % 4);
                        view! {
                            <text x="0" y=y + 23 class="chart-label">{move || label(&key)}</text>
                            <rect x=LABEL_WIDTH y=y width=w height=ROW_HEIGHT - 8 class=class></rect>
                            <text x=LABEL_WIDTH + w + 8 y=y + 23 class="chart-value">{move || shown(i18n, n)}</text>
                        }
                    })
                    .collect_view()}
            </svg>
            <table class="chart-table">
                <caption>{move || i18n.t(title)}</caption>
                <tbody>
                    {table_rows
                        .into_iter()
                        .map(|(key, n)| view! { <tr><th scope="row">{move || label(&key)}</th><td data-count=n.map(|n| n.to_string())>{move || shown(i18n, n)}</td></tr> })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

/// Per domain, one bar split by level (shares of the records), then a table.
#[component]
fn LevelChart(levels: std::collections::BTreeMap<String, [Shown; 4]>) -> impl IntoView {
    let i18n = use_i18n();
    let height = levels.len() * ROW_HEIGHT + 8;
    let span = CHART_WIDTH - LABEL_WIDTH - 10;
    let rows: Vec<(String, [Shown; 4])> = levels.into_iter().collect();
    let table_rows = rows.clone();
    view! {
        <figure class="chart">
            <figcaption>{move || i18n.t("venue-by-level")}</figcaption>
            <p class="chart-legend">
                {(1..=4)
                    .map(|l| {
                        let key = format!("level-{l}");
                        view! { <span class=format!("legend seg-{l}")>{l} " " {move || i18n.t(&key)}</span> " " }
                    })
                    .collect_view()}
            </p>
            <svg
                viewBox=format!("0 0 {CHART_WIDTH} {height}")
                role="img"
                aria-label=move || format!("{} — {}", i18n.t("venue-by-level"), i18n.t("venue-chart-table"))
            >
                {rows
                    .into_iter()
                    .enumerate()
                    .map(|(i, (domain, counts))| {
                        let y = i * ROW_HEIGHT + 4;
                        let sum = counts.iter().flatten().sum::<usize>().max(1);
                        let key = format!("domain-{domain}");
                        let mut x = LABEL_WIDTH;
                        let segments: Vec<_> = counts
                            .iter()
                            .enumerate()
                            .map(|(l, &n)| {
                                let w = n.unwrap_or(0) * span / sum;
                                let seg = view! { <rect x=x y=y width=w height=ROW_HEIGHT - 8 class=format!("seg seg-{}", l + 1)></rect> };
                                x += w;
                                seg
                            })
                            .collect();
                        view! {
                            <text x="0" y=y + 23 class="chart-label">{move || i18n.t(&key)}</text>
                            {segments}
                        }
                    })
                    .collect_view()}
            </svg>
            <table class="chart-table levels-table">
                <caption>{move || i18n.t("venue-by-level")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t("fiche-domain")}</th>
                        {(1..=4).map(|l| { let key = format!("level-{l}"); view! { <th scope="col">{move || i18n.t(&key)}</th> } }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table_rows
                        .into_iter()
                        .map(|(domain, counts)| {
                            let key = format!("domain-{domain}");
                            view! {
                                <tr data-domain=domain.clone()>
                                    <th scope="row">{move || i18n.t(&key)}</th>
                                    {counts.into_iter().map(|n| view! { <td data-count=n.map(|n| n.to_string())>{move || shown(i18n, n)}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

/// The stats notice of the consent screen (and the aidant's declarative
/// part), shown only when the venue's configuration turns statistics on: it
/// says exactly what is kept, and lets the person decline the record and
/// still take the test (each new person starts with the record accepted).
#[component]
pub fn StatsNotice() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let declined = state.stats.declined;
    declined.set(false);
    move || {
        state.stats.code.with(Option::is_some).then(|| {
            view! {
                <div class="stats-notice">
                    <p>{move || i18n.t("consent-stats")}</p>
                    <button
                        type="button"
                        class="big stats-decline"
                        aria-pressed=move || declined.get().to_string()
                        on:click=move |_| declined.update(|d| *d = !*d)
                    >
                        {move || i18n.t("stats-decline")}
                    </button>
                    <p class="stats-declined" role="status">{move || declined.get().then(|| i18n.t("stats-declined"))}</p>
                </div>
            }
        })
    }
}

/// The discreet venue entry on the welcome screen, when statistics are on.
#[component]
pub fn VenueEntry() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    move || {
        state.stats.code.with(Option::is_some).then(|| {
            view! {
                <button class="venue-entry" on:click=move |_| state.screen.set(crate::state::Screen::Venue)>
                    {move || i18n.t("venue-entry")}
                </button>
            }
        })
    }
}
