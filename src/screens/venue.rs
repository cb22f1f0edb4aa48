//! The venue screen, behind the venue code: counts by referral path, level
//! distributions per domain and the evolution by week, as SVG charts (no
//! `style` attribute: classes only, for the strict CSP) each followed by its
//! numbers in a table; CSV and JSON exports; purge; and what happened to the
//! records of this page (storage unavailable, full or corrupted).

use crate::state::i18n::use_i18n;
use crate::state::AppState;
use crate::state::stats::{self, Stored, StoreProblem, MAX_CODE_ATTEMPTS};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_records::{to_csv, to_json, Path, Record, Summary};

#[component]
pub fn VenueScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let unlocked = RwSignal::new(false);
    view! {
        <section class="venue" aria-labelledby="venue-title">
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
    let locked = move || state.stats.failures.get() >= MAX_CODE_ATTEMPTS;
    let submit = move || {
        if locked() {
            return;
        }
        let ok = state.stats.code.with_untracked(|c| c.as_ref().is_some_and(|c| c.matches(&typed.get_untracked())));
        typed.set(String::new());
        if ok {
            unlocked.set(true);
        } else {
            state.stats.failures.update(|f| *f += 1);
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
                        let left = MAX_CODE_ATTEMPTS - state.stats.failures.get();
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
    let stored = RwSignal::new(stats::load());
    let confirming = RwSignal::new(false);
    let purged = RwSignal::new(None::<bool>);
    let purge = move |_| {
        if confirming.get_untracked() {
            purged.set(Some(stats::purge().is_ok()));
            confirming.set(false);
            stored.set(stats::load());
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
        <div class="actions">
            <button class="big purge" on:click=purge>
                {move || i18n.t(if confirming.get() { "venue-purge-confirm" } else { "venue-purge" })}
            </button>
        </div>
        <p class="venue-purged" role="status">
            {move || purged.get().map(|ok| i18n.t(if ok { "venue-purged" } else { "venue-problem-unavailable" }))}
        </p>
    }
}

/// A `data:` link that downloads `text` (no request, no script).
fn data_link(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", String::from(js_sys::encode_uri_component(text)))
}

#[component]
fn Figures(records: Vec<Record>) -> impl IntoView {
    let i18n = use_i18n();
    let summary = Summary::of(&records);
    let total = summary.total;
    let csv = data_link("text/csv", &to_csv(&records));
    let json = data_link("application/json", &to_json(&records));
    let path_rows: Vec<(String, usize)> = Path::ALL
        .iter()
        .zip(summary.by_path)
        .map(|(p, n)| (p.message_id(), n))
        .collect();
    let week_rows: Vec<(String, usize)> = summary.weeks.iter().map(|(w, c)| (w.to_string(), c.total)).collect();
    let levels = summary.levels.clone();
    view! {
        <p class="venue-total" data-total=total>{move || i18n.t_with("venue-total", &[("count", FluentValue::from(total))])}</p>
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

/// Horizontal bars with their count, then the same numbers as a table.
#[component]
fn BarChart(title: &'static str, rows: Vec<(String, usize)>, translate_labels: bool) -> impl IntoView {
    let i18n = use_i18n();
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
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
                        let w = n * span / max;
                        let class = format!("bar bar-{}", i % 4);
                        view! {
                            <text x="0" y=y + 23 class="chart-label">{move || label(&key)}</text>
                            <rect x=LABEL_WIDTH y=y width=w height=ROW_HEIGHT - 8 class=class></rect>
                            <text x=LABEL_WIDTH + w + 8 y=y + 23 class="chart-value">{n}</text>
                        }
                    })
                    .collect_view()}
            </svg>
            <table class="chart-table">
                <caption>{move || i18n.t(title)}</caption>
                <tbody>
                    {table_rows
                        .into_iter()
                        .map(|(key, n)| view! { <tr><th scope="row">{move || label(&key)}</th><td>{n}</td></tr> })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

/// Per domain, one bar split by level (shares of the records), then a table.
#[component]
fn LevelChart(levels: std::collections::BTreeMap<String, [usize; 4]>) -> impl IntoView {
    let i18n = use_i18n();
    let height = levels.len() * ROW_HEIGHT + 8;
    let span = CHART_WIDTH - LABEL_WIDTH - 10;
    let rows: Vec<(String, [usize; 4])> = levels.into_iter().collect();
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
                        let sum = counts.iter().sum::<usize>().max(1);
                        let key = format!("domain-{domain}");
                        let mut x = LABEL_WIDTH;
                        let segments: Vec<_> = counts
                            .iter()
                            .enumerate()
                            .map(|(l, &n)| {
                                let w = n * span / sum;
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
                                    {counts.into_iter().map(|n| view! { <td>{n}</td> }).collect_view()}
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
/// part): shown only when the venue's configuration turns statistics on.
#[component]
pub fn StatsNotice() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    move || state.stats.code.with(Option::is_some).then(|| view! { <p class="stats-notice">{move || i18n.t("consent-stats")}</p> })
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
