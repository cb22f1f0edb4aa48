//! Repère's embedding protocol, as pure functions (tested natively; the
//! browser glue is `src/embed.rs` of the web app, the host side
//! `public/embed.js`, the reference `docs/embed.md`).
//!
//! - [`origin`]: exact web origins (`scheme://host[:port]`) and the lists of
//!   origins a venue declares to receive results.
//! - [`theme`]: the light theme (accent colour, font scale) and its WCAG AA
//!   contrast check.
//! - [`params`]: the embed URL parameters (`embed=1`, `theme=`,
//!   `result-origin=`, `host=`), strictly percent-decoded.
//! - [`message`]: the versioned messages, `{ "repere": 1, "type": … }`: what
//!   the widget sends, and the strict parser of what a host sends.
//!
//! Every refusal is an [`Error`] with a stable code and an English message
//! that names the field and the fix.

pub mod message;
pub mod origin;
pub mod params;
pub mod theme;

pub use message::{parse_host_message, Checks, Completed, HostMessage, Settings, TestMode, WidgetMessage, PROTOCOL_VERSION};
pub use origin::{Origin, OriginList};
pub use params::EmbedParams;
pub use theme::{Color, Theme};

/// A refusal: a stable machine code and a precise English message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
}

/// The error codes of the protocol (sent to the host as `error.code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// Not JSON, not an object, or a field of the wrong type.
    Malformed,
    /// Larger than [`message::MAX_MESSAGE_BYTES`].
    TooLarge,
    /// `repere` is missing or is not a version this widget speaks.
    UnsupportedVersion,
    /// `type` is not a host message this widget knows.
    UnknownType,
    /// A setting is unknown or its value is refused (language, mode, venue
    /// file, theme, origin).
    InvalidSetting,
    /// A setting that would change the current person's test (mode, venues,
    /// result origins) was sent while a test is under way.
    SessionInProgress,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Malformed => "malformed",
            ErrorCode::TooLarge => "too-large",
            ErrorCode::UnsupportedVersion => "unsupported-version",
            ErrorCode::UnknownType => "unknown-type",
            ErrorCode::InvalidSetting => "invalid-setting",
            ErrorCode::SessionInProgress => "session-in-progress",
        }
    }
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Error {
        Error { code, message: message.into() }
    }

    pub(crate) fn setting(message: impl Into<String>) -> Error {
        Error::new(ErrorCode::InvalidSetting, message)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for Error {}

/// At most this many characters of untrusted text are echoed in a message.
pub(crate) fn quoted(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    let more = if text.chars().count() > 40 { "…" } else { "" };
    format!("{:?}{more}", short)
}
