//! The content the web app fetches when it needs it instead of carrying it in
//! its wasm: the bank (JSON) and each language's Fluent text (all of that
//! language's `.ftl` files in one). Each file's name holds a hash of its bytes,
//! so a browser or the service worker never mixes a new version with an old
//! cached copy.
//!
//! The app's build script bakes the names into the app and `repere
//! web-assets` writes the files next to the built app: both call
//! [`web_assets`] on the same content tree, so they always agree.

use crate::Content;
use fluent_syntax::ast::{Entry, PatternElement};

/// One file of the built app: its path under the app's root, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAsset {
    /// E.g. `content/bank-0a1b2c3d4e5f6071.json`.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A language: its tag, what the language picker shows before its text is
/// loaded (its own name, its direction), and its Fluent text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageAsset {
    pub lang: String,
    /// The value of its `language-name` message (e.g. "Français").
    pub name: String,
    /// The value of its `language-direction` message: `ltr` or `rtl`.
    pub direction: String,
    pub text: WebAsset,
}

/// Everything the app fetches at run time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAssets {
    pub bank: WebAsset,
    /// In the order of `locales/` (sorted by tag).
    pub languages: Vec<LanguageAsset>,
}

impl WebAssets {
    /// Every file, for writing them out.
    pub fn files(&self) -> impl Iterator<Item = &WebAsset> {
        std::iter::once(&self.bank).chain(self.languages.iter().map(|l| &l.text))
    }
}

/// The run-time files of a validated content tree.
pub fn web_assets(content: &Content) -> WebAssets {
    let bank = serde_json::to_vec(&content.bank).expect("a bank always serialises");
    let languages = content
        .locales
        .locales
        .iter()
        .map(|locale| {
            let text = locale.files.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n");
            let message = |id: &str| locale.files.iter().find_map(|(_, t)| plain_message(t, id));
            LanguageAsset {
                lang: locale.lang.clone(),
                name: message("language-name").unwrap_or_else(|| locale.lang.clone()),
                direction: message("language-direction").unwrap_or_else(|| "ltr".into()),
                text: hashed(&format!("content/{}", locale.lang), "ftl", text.into_bytes()),
            }
        })
        .collect();
    WebAssets { bank: hashed("content/bank", "json", bank), languages }
}

/// `stem-<16 hex digits of FNV-1a 64>.ext`: a name that changes with the bytes
/// (for cache busting, not security).
fn hashed(stem: &str, ext: &str, bytes: Vec<u8>) -> WebAsset {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    WebAsset { path: format!("{stem}-{hash:016x}.{ext}"), bytes }
}

/// The value of message `id` in a Fluent source when it is plain text.
fn plain_message(source: &str, id: &str) -> Option<String> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    resource.body.into_iter().find_map(|entry| match entry {
        Entry::Message(m) if m.id.name == id => {
            let mut text = String::new();
            for element in m.value?.elements {
                match element {
                    PatternElement::TextElement { value } => text.push_str(value),
                    PatternElement::Placeable { .. } => return None,
                }
            }
            Some(text.trim().to_string())
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_change_with_the_bytes_only() {
        let a = hashed("content/bank", "json", b"{\"a\":1}".to_vec());
        let same = hashed("content/bank", "json", b"{\"a\":1}".to_vec());
        let other = hashed("content/bank", "json", b"{\"a\":2}".to_vec());
        assert_eq!(a, same);
        assert_ne!(a.path, other.path);
        assert!(a.path.starts_with("content/bank-") && a.path.ends_with(".json"), "{}", a.path);
        assert_eq!(a.path.len(), "content/bank-".len() + 16 + ".json".len());
    }

    #[test]
    fn a_plain_message_is_read_and_a_placeable_is_not() {
        let source = "language-name = Français\nlanguage-direction = ltr\nhello = Bonjour { $name }\n";
        assert_eq!(plain_message(source, "language-name").as_deref(), Some("Français"));
        assert_eq!(plain_message(source, "language-direction").as_deref(), Some("ltr"));
        assert_eq!(plain_message(source, "hello"), None);
        assert_eq!(plain_message(source, "missing"), None);
    }

    #[test]
    fn the_shipped_content_gives_one_text_per_language_holding_every_file() {
        let root = crate::ContentRoot::find(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")));
        let content = crate::load_content(&root).expect("the shipped content is valid");
        let assets = web_assets(&content);
        let tags: Vec<&str> = assets.languages.iter().map(|l| l.lang.as_str()).collect();
        assert_eq!(tags, ["en", "fr"]);
        let fr = &assets.languages[1];
        assert_eq!((fr.name.as_str(), fr.direction.as_str()), ("Français", "ltr"));
        let text = String::from_utf8(fr.text.bytes.clone()).unwrap();
        for (_, file) in &content.locales.locales[1].files {
            assert!(text.contains(file.as_str()));
        }
        let bank: repere_engine::bank::Bank = serde_json::from_slice(&assets.bank.bytes).unwrap();
        assert_eq!(bank.items.len(), content.bank.items.len());
        assert_eq!(assets.files().count(), 3);
    }
}
