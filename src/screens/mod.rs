//! The screens, one module each. They read and change `crate::state` and call
//! `crate::platform`; they never import `crate::app` or `crate::embed`.
//!
//! - `intro`: welcome, language, how it works (practice item), consent, the
//!   aidant's declarative part.
//! - `question`: the question screen (progress, pause), the author's preview,
//!   the error screen.
//! - `item`: one item of any kind (choice, hotspot, order, entry).
//! - `outcome`: the parts of an outcome shared by the result and the fiche
//!   (advice, places, levels, hand-off).
//! - `situation`: after a kiosk or embed test, two optional questions (a
//!   procedure to do, the wish to learn), never stored or sent.
//! - `result`: the result of a finished test.
//! - `fiche`: the conseiller's fiche of a result code, and typing a code.
//! - `venue`: the venue's statistics screen behind its code.

pub mod fiche;
pub mod intro;
pub mod item;
pub mod outcome;
pub mod question;
pub mod result;
pub mod situation;
pub mod venue;
