//! Repère's guidance policy: what to do with a measured person.
//!
//! Pure and deterministic, like the engine it reads from: no web, no clock, no
//! I/O. The engine ([`repere_engine`]) measures (levels, precision, the skill
//! path); this crate turns that measurement plus the person's declarative
//! answers into advice, and knows the outside world the advice points to.
//!
//! - [`referral`]: levels + declarative answers → paths, reasons and topics, by rules in data.
//! - [`venues`]: the national venue data model, its checks, and matching a referral to venues.
//! - [`local_schemes`]: local schemes (the Pass numérique) named only where a venue says it takes them.
//! - [`result_code`]: the versioned, checksummed code that carries a result off the device.
//! - [`outcome`]: the outcome of a test, computed once (measured levels, referral, reasons, topics, code) and rendered by every reader.
//! - [`places`]: where to go — *here* first, then the nearest matching venues — and what each one's data says it offers; phone numbers for people.
//! - [`hours`]: opening hours (OSM `opening_hours`) read into a week the app words for people.

pub mod local_schemes;
pub mod referral;
pub mod hours;
pub mod outcome;
pub mod places;
pub mod result_code;
pub mod venues;

pub use referral::{evaluate, Declarative, Referral, ReferralInput, RuleSet};
