//! `repere venue-code`: a new venue code (80 random bits) and the
//! `statistics` entry of the venue file that it opens (a random salt and the
//! salted hash). The code is shown once: give it to the venue's staff; only
//! the entry goes into the (public) venue file. See
//! `repere_records::venue_code` for why a generated code.

use repere_records::venue_code::{code_hash, format_code, normalise};
use std::io::Read;
use std::process::ExitCode;

pub const USAGE: &str = "  repere venue-code               a new venue code (80 random bits) and the venue file's \"statistics\" entry for it";

/// `n` bytes from the operating system's random source.
fn random<const N: usize>() -> Result<[u8; N], String> {
    let mut bytes = [0u8; N];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| format!("cannot read /dev/urandom: {e}"))?;
    Ok(bytes)
}

pub fn main(words: &[&str]) -> ExitCode {
    if !words.is_empty() {
        eprintln!("repere: venue-code takes no argument\n\nusage:\n{USAGE}");
        return ExitCode::from(2);
    }
    let (code, salt) = match (random::<10>(), random::<16>()) {
        (Ok(code), Ok(salt)) => (format_code(&code), salt.iter().map(|b| format!("{b:02x}")).collect::<String>()),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("repere: {e}");
            return ExitCode::from(1);
        }
    };
    let hash = code_hash(&salt, &normalise(&code).unwrap_or_default());
    crate::write_stdout(&format!(
        "venue code (give it to the venue's staff; it is not stored anywhere): {code}\n\
         the venue file's entry (the file is public: only this goes in it):\n\
         \"statistics\": {{\"code_salt\": \"{salt}\", \"code_sha256\": \"{hash}\"}}\n"
    ))
}
