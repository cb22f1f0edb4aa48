//! Repère's assessment engine.
//!
//! Pure and deterministic: no web, no clock, no I/O. Given a [`bank::Bank`] and
//! a seed, a [`session::Session`] chooses items, updates a joint posterior over
//! the domains after each answer, stops when its mode's rule is met, and
//! reports levels and the skill-based path. Everything here is tested natively.
//!
//! - [`bank`]: the item bank model and its consistency checks.
//! - [`irt`]: the item response function and its information.
//! - [`estimate`]: the joint posterior over domains (general-factor prior, exact quadrature).
//! - [`select`]: choosing the next item (content rules, preposterior criterion, exposure control).
//! - [`levels`]: θ → plain levels and skill paths.
//! - [`session`]: one person's test, the surface the UI sees.
//! - [`simulate`]: simulated examinees with known θ, and the figures that judge the engine.
//! - [`synthetic`]: synthetic banks built in code (tests, CI simulation, benchmarks).
//! - [`referral`]: levels + declarative answers → paths, reasons and topics, by rules in data.
//! - [`venues`]: the national venue data model, its checks, and matching a referral to venues.

pub mod bank;
pub mod estimate;
pub mod irt;
pub mod levels;
pub mod referral;
pub mod result_code;
pub mod select;
pub mod session;
pub mod simulate;
pub mod synthetic;
pub mod venues;

pub use bank::{Bank, Item, Response};
pub use levels::SkillPath;
pub use session::{DomainEstimate, EngineOptions, ExposureMethod, Mode, Session};
pub use referral::{evaluate, Declarative, Referral, ReferralInput, RuleSet};
