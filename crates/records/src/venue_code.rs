//! The venue code that opens a venue's screen (statistics, exports, purge).
//!
//! The venue file is public (anyone who can reach the site reads it), so what
//! it holds must not let anyone find the code offline. The choice: a
//! **generated code of 80 bits** (16 characters of Crockford's base 32, typed
//! in four groups: `K7QM-3XD9-PA2F-W8HT`), made by `repere venue-code`, with
//! a **random salt per venue** (128 bits) and SHA-256 of
//! `repere-venue:<salt>:<code>`. Why not a chosen code behind PBKDF2: a
//! chosen code is short or a phrase, and even 600,000 PBKDF2 rounds leave a
//! 6-letter code to a GPU in hours; the WebCrypto PBKDF2 is also missing from
//! pages served over plain HTTP, where the app otherwise works. 2^80 guesses
//! at 10^10 SHA-256 per second is about 4 million years; the salt makes each
//! venue's hash its own search. What it does not protect against: anyone with
//! the device's browser tools reads the stored records directly (the lock is
//! a user-interface lock), see `docs/records.md`.

use sha2::{Digest, Sha256};

/// What is hashed starts with this, then the salt, `:` and the code.
pub const CODE_PREFIX: &str = "repere-venue:";
/// Crockford's base-32 alphabet (no I, L, O, U).
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters of a code: 16 × 5 bits = 80 bits.
pub const CODE_CHARS: usize = 16;
/// Hex digits of a salt: 128 bits.
pub const SALT_HEX: usize = 32;

/// The code made of 10 random bytes (80 bits), in four groups of four.
pub fn format_code(random: &[u8; 10]) -> String {
    let mut bits: u128 = 0;
    for &b in random {
        bits = (bits << 8) | u128::from(b);
    }
    let chars: Vec<char> = (0..CODE_CHARS)
        .map(|i| ALPHABET[((bits >> (5 * (CODE_CHARS - 1 - i))) & 31) as usize] as char)
        .collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// A typed code in its canonical form: spaces and dashes dropped, upper case,
/// the look-alikes read as Crockford does (O → 0, I and L → 1); `None` when
/// it is not 16 characters of the alphabet.
pub fn normalise(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    (code.len() == CODE_CHARS && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// The hash written in the venue file: SHA-256 of `repere-venue:<salt>:<code>`
/// (the code normalised), as 64 lower-case hex digits.
pub fn code_hash(salt: &str, code: &str) -> String {
    let digest = Sha256::digest(format!("{CODE_PREFIX}{salt}:{code}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `hex` is `digits` lower-case hex digits.
pub fn is_hex(hex: &str, digits: usize) -> bool {
    hex.len() == digits && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A venue's lock, as its file declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VenueLock {
    salt: String,
    hash: String,
}

impl VenueLock {
    /// From the venue file's `code_salt` (32 hex digits) and `code_sha256`
    /// (64); the error names the field.
    pub fn new(salt: &str, hash: &str) -> Result<VenueLock, String> {
        if !is_hex(salt, SALT_HEX) {
            return Err(format!(
                "statistics.code_salt: '{}' is not {SALT_HEX} lower-case hex digits (make the entry with `repere venue-code`)",
                salt.chars().take(70).collect::<String>().escape_default()
            ));
        }
        if !is_hex(hash, 64) {
            return Err(format!(
                "statistics.code_sha256: '{}' is not 64 lower-case hex digits (make the entry with `repere venue-code`)",
                hash.chars().take(70).collect::<String>().escape_default()
            ));
        }
        Ok(VenueLock { salt: salt.into(), hash: hash.into() })
    }

    /// Whether a typed code opens this lock.
    pub fn opens(&self, typed: &str) -> bool {
        normalise(typed).is_some_and(|code| code_hash(&self.salt, &code) == self.hash)
    }

    /// The name of this venue's own storage (records and attempts), so that
    /// two venues on one origin never share records.
    pub fn store_id(&self) -> &str {
        &self.hash[..16]
    }
}

/// Wrong codes allowed before the lock waits.
pub const FREE_ATTEMPTS: u32 = 5;
/// The first wait after them; it doubles with each further wrong code, up to
/// a day.
pub const FIRST_WAIT_MS: f64 = 15.0 * 60.0 * 1000.0;
const LONGEST_WAIT_MS: f64 = 24.0 * 3600.0 * 1000.0;

/// When the lock opens again after `failures` wrong codes, the last at
/// `last` (ms since the epoch); `None` while attempts are free.
pub fn locked_until(failures: u32, last: f64) -> Option<f64> {
    (failures >= FREE_ATTEMPTS).then(|| {
        let doublings = (failures - FREE_ATTEMPTS).min(16);
        last + (FIRST_WAIT_MS * f64::from(1u32 << doublings)).min(LONGEST_WAIT_MS)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_code_opens_its_lock_however_it_is_typed() {
        let code = format_code(&[0x9a, 0x31, 0xff, 0x00, 0x42, 0x7e, 0x11, 0xc3, 0x08, 0xd5]);
        assert_eq!(code.len(), 19);
        assert_eq!(code.matches('-').count(), 3);
        let salt = "00112233445566778899aabbccddeeff";
        let lock = VenueLock::new(salt, &code_hash(salt, &normalise(&code).unwrap())).unwrap();
        assert!(lock.opens(&code));
        assert!(lock.opens(&code.to_lowercase().replace('-', " ")));
        assert!(lock.opens(&code.replace('0', "O").replace('1', "l")));
        assert!(!lock.opens("tilleuls du lundi"));
        assert!(!lock.opens(&code[..18]));
        let other = VenueLock::new("ffeeddccbbaa99887766554433221100", &code_hash(salt, &normalise(&code).unwrap())).unwrap();
        assert!(!other.opens(&code), "the salt is part of the hash");
        assert_ne!(format_code(&[0; 10]), format_code(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
    }

    #[test]
    fn a_bad_entry_names_its_field() {
        assert!(VenueLock::new("abc", &"0".repeat(64)).unwrap_err().starts_with("statistics.code_salt"));
        assert!(VenueLock::new(&"0".repeat(32), "xyz").unwrap_err().starts_with("statistics.code_sha256"));
        assert!(VenueLock::new(&"A".repeat(32), &"0".repeat(64)).is_err());
    }

    #[test]
    fn the_lock_waits_longer_after_each_wrong_code() {
        assert_eq!(locked_until(4, 1000.0), None);
        assert_eq!(locked_until(5, 1000.0), Some(1000.0 + FIRST_WAIT_MS));
        assert_eq!(locked_until(6, 1000.0), Some(1000.0 + 2.0 * FIRST_WAIT_MS));
        assert_eq!(locked_until(60, 0.0), Some(LONGEST_WAIT_MS));
    }
}
