//! The shipped content passes validation with no warning (key positions,
//! region names, screen labels: see `advice.rs`), and the warnings fire on a
//! bank that leans one way, so the check can fail.

use repere_content::{key_positions, load_bank, load_content, ContentRoot};
use repere_engine::bank::Interaction;
use std::path::Path;

fn root() -> ContentRoot {
    ContentRoot::find(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

#[test]
fn shipped_content_has_no_warning() {
    let content = load_content(&root()).unwrap_or_else(|p| panic!("{p:#?}"));
    let warnings: Vec<String> = content.warnings.iter().map(ToString::to_string).collect();
    assert!(warnings.is_empty(), "{}", warnings.join("\n"));
}

#[test]
fn a_bank_with_every_answer_first_is_warned() {
    let (mut bank, sources) = load_bank(&root().assessments).unwrap_or_else(|p| panic!("{p:#?}"));
    assert!(key_positions(&bank, &sources).is_empty());
    for item in &mut bank.items {
        if let Interaction::Choice { options, answer } = &mut item.interaction {
            let at = options.iter().position(|o| o == answer).unwrap();
            options.swap(0, at);
        }
    }
    let warnings = key_positions(&bank, &sources);
    assert!(warnings.iter().any(|w| w.message.contains("in the whole bank") && w.message.contains("position 1")), "{warnings:#?}");
}
