//! The parts of an outcome that the result screen and the conseiller's fiche
//! both render, from the one `repere_guidance::outcome::Outcome`: the advice,
//! where to go (venues worded for people: hours, phone links, what the data
//! says each one offers), the levels (measured or "not assessed"), topics,
//! the code in groups and its QR link.

use crate::platform::browser;
use crate::state::i18n::{use_i18n, I18n};
use crate::state::offers::Offers;
use crate::state::AppState;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_guidance::hours::{self, Time, Week};
use repere_guidance::outcome::Outcome;
use repere_guidance::places::{phone, where_to_go, Offered, Place};
use repere_guidance::referral::Path;
use repere_guidance::result_code::civil_date;
use repere_guidance::venues::Venue;

/// Most venues a result lists (*here* included).
const MAX_PLACES: usize = 3;

/// The link a result's QR code holds: this page's own origin and path, with
/// only the code (no other parameter, nothing personal).
pub fn fiche_link(code: &str) -> String {
    format!("{}?code={code}", browser::page_base())
}

/// The code as people copy it: the prefix, then groups of four.
pub fn grouped_code(code: &str) -> String {
    let (prefix, body) = code.split_once('-').unwrap_or(("", code));
    let groups: Vec<String> = body.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    format!("{prefix}-{}", groups.join(" "))
}

/// The main path (title and one sentence) and the complements.
#[component]
pub fn Advice(main: Path, complements: Vec<Path>) -> impl IntoView {
    let i18n = use_i18n();
    let main_key = main.message_id();
    let main_detail = format!("{main_key}.detail");
    view! {
        <p class="path-title">{move || i18n.t(&main_key)}</p>
        <p class="path-detail">{move || i18n.t(&main_detail)}</p>
        {complements
            .into_iter()
            .map(|p| {
                // "And also:" and the path as a complement (e.g. Aidants Connect
                // "if a procedure cannot wait").
                let key = format!("{}.also", p.message_id());
                view! { <p class="complement" data-path=p.id()>{move || i18n.t("result-also")} " " {move || i18n.t(&key)}</p> }
            })
            .collect_view()}
    }
}

/// Where to go: *here* first when the venue file names it (not when
/// embedded: the person is on their own device), then the nearest
/// venues that match; without venue data, what to ask for and where.
#[component]
pub fn WhereToGo(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let referral = outcome.referral();
    let topics = crate::state::content::bank().map(|b| b.topics.clone()).unwrap_or_default();
    let main = outcome.summary.main;
    move || match state.offers.get() {
        Offers::Ready(local) => {
            // Embedded, the person is at home: no "here, at the desk".
            let here = local.here.as_deref().filter(|_| !crate::platform::browser::embed_requested());
            let found = where_to_go(&local.venues, here, &referral, &topics, MAX_PLACES);
            if found.places.is_empty() {
                return view! { <p class="offers-generic">{move || i18n.t(generic_key(main))}</p> }.into_any();
            }
            let heading = if found.near { "places-near" } else { "places-offering" };
            let has_here = found.places.first().is_some_and(|p| p.here);
            view! {
                {(!has_here || found.places.len() > 1).then(|| view! { <h3 class="places-heading">{move || i18n.t(heading)}</h3> })}
                <ul class="offers">
                    {found
                        .places
                        .into_iter()
                        .filter_map(|p| local.venues.get(p.index).cloned().map(|v| view! { <PlaceView place=p venue=v/> }))
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
        Offers::Unavailable => view! { <p class="offers-generic notice">{move || i18n.t("venues-unavailable")}</p> }.into_any(),
        Offers::Loading => view! { <p class="offers-loading">{move || i18n.t("venues-loading")}</p> }.into_any(),
        Offers::NotConfigured => view! { <p class="offers-generic">{move || i18n.t(generic_key(main))}</p> }.into_any(),
    }
}

/// Without venue data: what to ask for, and where, for this path.
fn generic_key(main: Path) -> &'static str {
    match main {
        Path::Autonomous => "where-generic-autonomous",
        Path::Training => "where-generic-training",
        Path::AidantsConnect => "where-generic-aidants_connect",
        Path::EquipmentFirst => "where-generic-equipment_first",
    }
}

/// One venue: *here* or its name, its address as text, hours and phone
/// written for people, and only the services its data names.
#[component]
fn PlaceView(place: Place, venue: Venue) -> impl IntoView {
    let i18n = use_i18n();
    let name = venue.nom.clone();
    let here_name = name.clone();
    let address = format!("{}, {} {}", venue.adresse, venue.code_postal, venue.commune);
    let week = venue.horaires.as_deref().and_then(hours::read);
    let phone = venue.telephone.as_deref().and_then(phone);
    let distance = place.distance_km.map(|d| if d < 1.0 { "1".to_string() } else { format!("{}", d.round() as i64) });
    let services = offered_keys(place.offered);
    view! {
        <li class=if place.here { "offer here" } else { "offer" } data-venue=venue.id.clone()>
            {if place.here {
                view! {
                    <p class="place-name">
                        <strong>{move || i18n.t_with("place-here", &[("name", FluentValue::from(here_name.clone()))])}</strong>
                    </p>
                    <p class="place-show">{move || i18n.t("place-show-screen")}</p>
                }
                .into_any()
            } else {
                view! { <p class="place-name"><strong>{name}</strong></p> }.into_any()
            }}
            <p class="address">
                {address}
                {distance.map(|d| view! { " · " <span class="distance">{move || i18n.t_with("place-distance", &[("km", FluentValue::from(d.clone()))])}</span> })}
            </p>
            {match week {
                Some(week) => view! { <p class="hours">{move || hours_text(&i18n, &week)}</p> }.into_any(),
                None => view! { <p class="hours hours-unknown">{move || i18n.t("hours-unknown")}</p> }.into_any(),
            }}
            {phone.map(|p| view! { <p class="phone"><a href=p.href>{p.display}</a></p> })}
            {(!services.is_empty()).then(|| view! {
                <ul class="services">
                    {services.into_iter().map(|k| view! { <li>{move || i18n.t(k)}</li> }).collect_view()}
                </ul>
            })}
        </li>
    }
}

/// The Fluent keys of what a venue's data says it offers.
fn offered_keys(o: Offered) -> Vec<&'static str> {
    [
        (o.aidants_connect, "place-offers-aidants-connect"),
        (o.conseillers_numeriques, "place-offers-conseillers"),
        (o.france_services, "place-offers-france-services"),
        (o.free, "place-offers-free"),
    ]
    .into_iter()
    .filter_map(|(on, key)| on.then_some(key))
    .collect()
}

/// A week of opening hours in the person's language: "lundi au jeudi,
/// 9 h – 12 h 30 et 13 h 30 – 17 h ; samedi, 10 h – 12 h".
pub fn hours_text(i18n: &I18n, week: &Week) -> String {
    let time = |t: Time| {
        let hour = FluentValue::from(t.hour().to_string());
        if t.minute() == 0 {
            i18n.t_with("hours-time-hour", &[("hour", hour)])
        } else {
            i18n.t_with("hours-time", &[("hour", hour), ("minutes", FluentValue::from(format!("{:02}", t.minute())))])
        }
    };
    let day = |d: hours::Weekday| i18n.t(&format!("day-{}", d.id()));
    let mut runs: Vec<String> = week
        .runs
        .iter()
        .map(|run| {
            let days = if run.first == run.last {
                day(run.first)
            } else {
                i18n.t_with("hours-days", &[("first", FluentValue::from(day(run.first))), ("last", FluentValue::from(day(run.last)))])
            };
            let spans: Vec<String> = run
                .spans
                .iter()
                .map(|s| {
                    if s.is_all_day() {
                        i18n.t("hours-all-day")
                    } else {
                        i18n.t_with("hours-span", &[("from", FluentValue::from(time(s.from))), ("to", FluentValue::from(time(s.to)))])
                    }
                })
                .collect();
            let spans = spans
                .into_iter()
                .reduce(|a, b| i18n.t_with("hours-and", &[("a", FluentValue::from(a)), ("b", FluentValue::from(b))]))
                .unwrap_or_default();
            i18n.t_with("hours-run", &[("days", FluentValue::from(days)), ("times", FluentValue::from(spans))])
        })
        .collect();
    if week.closed_public_holidays {
        runs.push(i18n.t("hours-closed-holidays"));
    }
    runs.join(&i18n.t("hours-separator"))
}

/// Levels by domain: measured ones with their level (and precision for the
/// aidant), the others "not assessed". Folded unless `open`.
#[component]
pub fn LevelList(outcome: Outcome, open: bool, precision: bool) -> impl IntoView {
    let i18n = use_i18n();
    let measured = outcome.measured_count();
    let total = outcome.domains.len();
    view! {
        <details class="levels-details" open=open>
            <summary>
                {move || i18n.t_with("result-levels-summary", &[("measured", FluentValue::from(measured)), ("total", FluentValue::from(total))])}
            </summary>
            <ul class="levels">
                {outcome
                    .domains
                    .into_iter()
                    .map(|d| {
                        let domain_key = format!("domain-{}", d.domain);
                        match d.measured {
                            Some(m) => {
                                let level_key = format!("level-{}", m.level);
                                let level = m.level;
                                let precision_key = m.precision.message_id();
                                view! {
                                    <li class="level-row" data-domain=d.domain.clone() data-level=level>
                                        <span class="domain-name">{move || i18n.t(&domain_key)}</span>
                                        <span class="level-dots" aria-hidden="true">
                                            {(1..=4u8).map(|k| view! { <span class=if k <= level { "dot on" } else { "dot" }></span> }).collect_view()}
                                        </span>
                                        <span class="level-name">{move || i18n.t(&level_key)}</span>
                                        {precision.then(|| view! { <span class="precision">{move || i18n.t(precision_key)}</span> })}
                                    </li>
                                }
                                .into_any()
                            }
                            None => view! {
                                <li class="level-row not-assessed" data-domain=d.domain.clone() data-level="none">
                                    <span class="domain-name">{move || i18n.t(&domain_key)}</span>
                                    <span class="level-name">{move || i18n.t("level-not-assessed")}</span>
                                </li>
                            }
                            .into_any(),
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// The overall position in one line (when the code carries one).
#[component]
pub fn OverallLine(outcome: Outcome, precision: bool) -> impl IntoView {
    let i18n = use_i18n();
    outcome.overall().map(|o| {
        let level = format!("level-{}", o.level);
        let precision_key = o.precision.message_id();
        view! {
            <p class="overall" data-level=o.level>
                {move || i18n.t_with("result-overall", &[("level", FluentValue::from(i18n.t(&level)))])}
                {precision.then(|| view! { " · " <span class="precision">{move || i18n.t(precision_key)}</span> })}
            </p>
        }
    })
}

/// A titled list of translated texts, or nothing when the list is empty.
#[component]
pub fn KeyList(title: &'static str, class: &'static str, keys: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    (!keys.is_empty()).then(|| {
        view! {
            <h2>{move || i18n.t(title)}</h2>
            <ul class=class>
                {keys.into_iter().map(|key| view! { <li>{move || i18n.t(&key)}</li> }).collect_view()}
            </ul>
        }
    })
}

/// The test line: mode, answers, date (when the code carries one).
#[component]
pub fn TestLine(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    let mode_key = match outcome.summary.mode {
        repere_engine::Mode::Screening => "fiche-mode-screening",
        repere_engine::Mode::Profile => "fiche-mode-profile",
    };
    let items = outcome.summary.items_answered;
    let date = outcome.summary.day.map(civil_date);
    view! {
        <p class="fiche-test">
            {move || i18n.t(mode_key)} " · "
            {move || i18n.t_with("fiche-items", &[("count", FluentValue::from(items))])}
            {date.map(|(y, m, d)| view! {
                " · "
                <span class="date">
                    {move || i18n.t_with("fiche-date", &[
                        ("day", FluentValue::from(d)),
                        ("month", FluentValue::from(i18n.t(&format!("month-{m}")))),
                        ("year", FluentValue::from(y)),
                    ])}
                </span>
            })}
        </p>
    }
}
