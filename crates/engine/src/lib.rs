//! Repère's assessment engine.
//!
//! Pure and deterministic: no web, no clock, no I/O. Given a [`bank::Bank`] and
//! a seed, a [`session::Session`] chooses items, updates a joint posterior over
//! the domains after each answer, stops when its mode's rule is met, and
//! reports levels and the skill-based path: measurement only. Everything here is tested natively.
//!
//! - [`bank`]: the item bank model and its consistency checks.
//! - [`irt`]: the item response function and its information.
//! - [`estimate`]: the joint posterior over domains (general-factor prior, exact quadrature).
//! - [`select`]: choosing the next item (content rules, preposterior criterion, exposure control).
//! - [`levels`]: θ → plain levels and skill paths.
//! - [`evidence`]: the evidence rule — when a domain's level may be shown at all.
//! - [`presentation`]: the per-session order of options and starting order of steps.
//! - [`session`]: one person's test, the surface the UI sees.
//! - [`simulate`]: simulated examinees with known θ, and the figures that judge the engine.
//! - [`synthetic`]: synthetic banks built in code (tests, CI simulation, benchmarks).
//!
//! What to *do* with a measurement (referral rules, venues, the result code)
//! is the guidance policy, in `repere-guidance`; this crate must not know it.

pub mod bank;
pub mod estimate;
pub mod evidence;
pub mod irt;
pub mod levels;
pub mod presentation;
pub mod select;
pub mod session;
pub mod simulate;
pub mod synthetic;

pub use bank::{Bank, Item, Response};
pub use levels::SkillPath;
pub use session::{DomainEstimate, EngineOptions, ExposureMethod, Mode, Session};
