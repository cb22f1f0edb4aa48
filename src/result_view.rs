//! The result: a level per domain (with its precision for aidants), what the
//! person already does well, what to learn next, the referral with its
//! reasons, matching local offers, and the hand-off (print sheet).

use crate::state::{worded, AppState};
use crate::browser;
use crate::config::AppMode;
use crate::content;
use crate::i18n::{use_i18n, I18n};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use repere_guidance::referral::{evaluate, Declarative, Path, Referral, ReferralInput, Urgency};
use repere_guidance::result_code::{encode, Precision, ResultSummary};
use crate::offers::Offers;
use repere_guidance::local_schemes::accepts_pass_numerique;
use repere_guidance::venues::{match_venues, MatchOptions, Venue};
use repere_engine::{DomainEstimate, Session};

/// The result code and its QR code, for the conseiller numérique to scan:
/// levels and referral only, nothing personal (see docs/result-code.md).
#[component]
fn HandOff(code: String) -> impl IntoView {
    let i18n = use_i18n();
    // The QR holds a link to this app's fiche of the code (nothing personal).
    let svg = repere_handoff::qr_svg(&crate::fiche_view::fiche_link(&code));
    view! {
        <h2>{move || i18n.t("result-handoff")}</h2>
        <div class="handoff">
            <div class="qr" role="img" aria-label=move || i18n.t("result-qr-label") inner_html=svg></div>
            <p>
                {move || i18n.t("result-code")}
                " "
                <code class="result-code">{code}</code>
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
    let declarative = state.declarative.get_untracked();
    let Some((estimates, outcome)) =
        state.session.with_untracked(|s| s.as_ref().map(|s| (s.estimates(), referral_and_code(s, declarative.clone()))))
    else {
        return view! { <p>{move || i18n.t("error-bank")}</p> }.into_any();
    };
    let (referral, code) = outcome.unzip();
    let strengths: Vec<String> = estimates.iter().filter(|e| e.level >= 3).map(|e| format!("domain-{}", e.domain)).collect();
    let title = worded(mode, "result-title");
    view! {
        <section class="result" aria-labelledby="result-title">
            <h1 id="result-title">{move || i18n.t(&title)}</h1>
            <h2>{move || i18n.t("result-levels")}</h2>
            <ul class="levels">
                {estimates.into_iter().map(|e| view! { <LevelRow estimate=e mode=mode/> }).collect_view()}
            </ul>
            <KeyList title="result-strengths" class="strengths" keys=strengths/>
            {referral.map(|r| view! { <ReferralView referral=r/> })}
            {(mode == AppMode::Aidant).then(|| view! { <DeclarativeSummary declarative=declarative/> })}
            {code.map(|code| view! { <HandOff code=code/> })}
            <div class="actions">
                <button class="big print" on:click=move |_| browser::print()>{move || i18n.t("result-print")}</button>
                <button class="primary big finish" on:click=move |_| state.reset()>{move || i18n.t("result-finish")}</button>
            </div>
        </section>
    }
    .into_any()
}

/// The referral and the result code of a session (`None` if the embedded
/// rules cannot be read, which the build prevents).
pub fn referral_and_code(session: &Session, declarative: Declarative) -> Option<(Referral, String)> {
    let rules = content::rules().ok()?;
    let referral = evaluate(&rules, &ReferralInput::from_session(session, declarative));
    let code = encode(&ResultSummary::from_session(session, &referral));
    Some((referral, code))
}

/// A titled list of translated texts, or nothing when the list is empty.
#[component]
fn KeyList(title: &'static str, class: &'static str, keys: Vec<String>) -> impl IntoView {
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

#[component]
fn LevelRow(estimate: DomainEstimate, mode: AppMode) -> impl IntoView {
    let i18n = use_i18n();
    let domain_key = format!("domain-{}", estimate.domain);
    let level_key = format!("level-{}", estimate.level);
    let level = estimate.level;
    let precision = Precision::from_se(estimate.se).message_id();
    view! {
        <li class="level-row" data-domain=estimate.domain.clone() data-level=level>
            <span class="domain-name">{move || i18n.t(&domain_key)}</span>
            <span class="level-dots" aria-hidden="true">
                {(1..=4u8).map(|k| view! { <span class=if k <= level { "dot on" } else { "dot" }></span> }).collect_view()}
            </span>
            <span class="level-name">{move || i18n.t(&level_key)}</span>
            {(mode == AppMode::Aidant).then(|| view! { <span class="precision">{move || i18n.t(precision)}</span> })}
        </li>
    }
}

/// The main path with its detail, the complements, and the free-workshops line (the
/// result screen and the conseiller's fiche).
#[component]
pub fn PathList(main: Path, complements: Vec<Path>, pass_numerique: bool) -> impl IntoView {
    let i18n = use_i18n();
    let main_key = main.message_id();
    let main_detail = format!("{main_key}.detail");
    view! {
        <p class="path-title">{move || i18n.t(&main_key)}</p>
        <p>{move || i18n.t(&main_detail)}</p>
        {complements
            .into_iter()
            .map(|p| {
                let key = p.message_id();
                view! { <p class="complement" data-path=p.id()>{move || i18n.t("result-also")} " " {move || i18n.t(&key)}</p> }
            })
            .collect_view()}
        {pass_numerique.then(|| view! { <p class="free-workshops">{move || i18n.t("free-workshops-nearby")}</p> })}
    }
}

#[component]
fn ReferralView(referral: Referral) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let bank_topics = content::bank().map(|b| b.topics.clone()).unwrap_or_default();
    let for_matching = referral.clone();
    let offers = move || match state.offers.get() {
        Offers::Ready(venues) => {
            let options = MatchOptions { reads_poorly: false, postcode: None, limit: 3 };
            let matched: Vec<Venue> = match_venues(&venues, &for_matching, &bank_topics, &options)
                .into_iter()
                .filter_map(|m| venues.get(m.index).cloned())
                .collect();
            Offers::Ready(matched)
        }
        other => other,
    };
    view! {
        <h2>{move || i18n.t("result-referral")}</h2>
        <div class="referral" data-path=referral.main.id()>
            <PathList main=referral.main complements=referral.complements.clone() pass_numerique=referral.pass_numerique/>
            <h3>{move || i18n.t("result-why")}</h3>
            <ul class="reasons">
                {referral
                    .reasons
                    .iter()
                    .map(|r| {
                        let (id, args) = (r.id.clone(), r.args.clone());
                        let data_id = id.clone();
                        view! { <li data-reason=data_id>{move || reason_text(&i18n, &id, &args)}</li> }
                    })
                    .collect_view()}
            </ul>
        </div>
        <KeyList title="result-learn-next" class="topics" keys=referral.topics.iter().map(|t| format!("topic-{t}")).collect()/>
        <h2>{move || i18n.t("venues-title")}</h2>
        {move || match offers() {
            Offers::Ready(list) if !list.is_empty() => {
                view! {
                    <ul class="offers">
                        {list
                            .into_iter()
                            .map(|v| {
                                view! {
                                    <li class="offer" data-venue=v.id.clone()>
                                        <strong>{v.nom.clone()}</strong>
                                        <br/>
                                        {format!("{}, {} {}", v.adresse, v.code_postal, v.commune)}
                                        {v.horaires.clone().map(|h| view! { <br/> <span class="hours">{h}</span> })}
                                        {v.telephone.clone().map(|t| view! { <br/> <span class="phone">{t}</span> })}
                                        {accepts_pass_numerique(&v).then(|| view! { <br/> <span class="pass">{move || i18n.t("venue-accepts-pass")}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }
            Offers::Unavailable => {
                view! { <p class="offers-generic notice">{move || i18n.t("venues-unavailable")}</p> }.into_any()
            }
            Offers::Loading => view! { <p class="offers-loading">{move || i18n.t("venues-loading")}</p> }.into_any(),
            Offers::Ready(_) | Offers::NotConfigured => view! { <p class="offers-generic">{move || i18n.t("venues-generic")}</p> }.into_any(),
        }}
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
