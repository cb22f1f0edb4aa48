//! The result code: a short, versioned, checksummed text that carries one
//! person's result — levels, precision, referral, nothing personal — from a
//! kiosk to a conseiller numérique without a server (printed, or in a QR code).
//!
//! A code looks like `R1-B9KPGW0B0X9B9MV02970` and uses only characters of
//! the QR *alphanumeric* mode (`0-9`, `A-Z`, `-`), so its QR code stays small.
//!
//! # Format, version 2 (written) and version 1 (still read)
//!
//! Text: `R` + the format version in decimal + `-` + the payload bytes in
//! Crockford base 32 (alphabet `0123456789ABCDEFGHJKMNPQRSTVWXYZ`, most
//! significant bit first, the last character padded with zero bits).
//! Reading is forgiving: case is ignored, spaces and `-` inside the payload are
//! ignored, and `I`/`L` read as `1`, `O` as `0` (Crockford's rule for codes
//! typed by hand). [`encode`] always writes the canonical upper-case form.
//!
//! Payload bytes (`n` = number of domains of the bank):
//!
//! | offset      | size      | field |
//! |-------------|-----------|-------|
//! | 0           | 2         | bank fingerprint, big-endian (see [`bank_fingerprint`]) |
//! | 2           | 1         | flags: bit 7 mode (0 screening, 1 profile); bit 6 Pass numérique; bits 5–4 main path; bits 3–2 number of complements (0–3); bits 1–0 zero |
//! | 3           | 1         | complements in order: bits 7–6 first, 5–4 second, 3–2 third; unused bits zero |
//! | 4           | 1         | items answered (0–255, saturated) |
//! | 5           | 1         | `n`, the number of domains (0–255) |
//! | 6           | ⌈n/2⌉     | one nibble per domain in bank order, high nibble first: bits 3–2 level − 1, bits 1–0 precision; an odd `n` leaves the last low nibble zero |
//! | 6 + ⌈n/2⌉   | 2         | CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), big-endian, over the version byte followed by every payload byte before it |
//!
//! Version 2 adds, between the domain nibbles and the checksum:
//!
//! | size      | field |
//! |-----------|-------|
//! | ⌈n/8⌉     | which domains were **measured** (the engine's evidence rule, `repere_engine::evidence`): one bit per domain in bank order, most significant bit first; unused bits zero. An unmeasured domain's nibble is written as level 1, precision rough, and must be shown as "not assessed". |
//! | 1         | the overall position: bit 3 set when there is one, then bits 7–6 level − 1, bits 5–4 precision; bits 2–0 zero |
//! | 2         | the day of the test, days since 2024-01-01, big-endian (0: unknown) |
//!
//! A version 1 code (before the evidence rule) still decodes: its domains
//! count as measured unless their precision is rough, it has no overall
//! position and no day, and [`ResultSummary::format_version`] says 1 so that
//! readers can mark it as an older code.
//!
//! Path codes: 0 autonomous, 1 training, 2 aidants_connect, 3 equipment_first.
//! Precision codes: see [`Precision`]. With the 7 domains of the shipped bank
//! the payload is 12 bytes, 20 characters: the whole code is 23 characters.
//!
//! The checksum covers the version, so a code relabelled `R2-` is refused;
//! CRC-16 detects every mistyped character and every swap of two neighbours.
//! The fingerprint lets a decoder refuse a code made with another bank, since
//! levels are stored by position, not by domain id.
//!
//! # No personal data, by construction
//!
//! A [`ResultSummary`] holds only the fields listed above: no name, no typed
//! answer, no declarative answer, no time, no venue. The code's length depends
//! only on the number of domains, so nothing else can travel in it.

use repere_engine::bank::LEVEL_COUNT;
use crate::referral::{Path, Referral};
use repere_engine::session::{Mode, Session};
use serde::{Deserialize, Serialize};

/// The format version [`encode`] writes and [`decode`] reads.
pub const FORMAT_VERSION: u8 = 2;
/// The oldest version [`decode`] still reads.
pub const OLDEST_READ_VERSION: u8 = 1;

/// Crockford base 32: digits and upper-case letters without I, L, O, U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Payload bytes before the domain nibbles.
const HEADER_BYTES: usize = 6;
/// Checksum bytes at the end of the payload.
const CRC_BYTES: usize = 2;
/// Most domains a code can hold.
pub const MAX_DOMAINS: usize = 255;

/// How precise a domain's level is: the posterior SD of θ, in four buckets.
/// The bounds are part of the format (version 1); they refine the app's three
/// words (`precision-good` below 0.45, `-fair` below 0.7, `-rough`), see
/// [`Precision::message_id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// Code 0: SE below 0.3.
    High,
    /// Code 1: SE from 0.3 to below 0.45.
    Good,
    /// Code 2: SE from 0.45 to below 0.7.
    Fair,
    /// Code 3: SE 0.7 or more (barely measured: close to the prior).
    Rough,
}

impl Precision {
    /// Every precision, by code.
    pub const ALL: [Precision; 4] = [
        Precision::High,
        Precision::Good,
        Precision::Fair,
        Precision::Rough,
    ];

    /// Upper bounds of the SE buckets (version 1).
    pub const SE_BOUNDS: [f64; 3] = [0.3, 0.45, 0.7];

    /// The bucket of a posterior SD (a NaN SE counts as rough).
    pub fn from_se(se: f64) -> Precision {
        let bucket = Self::SE_BOUNDS.iter().filter(|&&b| se < b).count();
        Self::ALL[3 - bucket]
    }

    /// The 2-bit code.
    pub fn code(self) -> u8 {
        self as u8
    }

    /// Stable id, e.g. `high`.
    pub fn id(self) -> &'static str {
        match self {
            Precision::High => "high",
            Precision::Good => "good",
            Precision::Fair => "fair",
            Precision::Rough => "rough",
        }
    }

    /// The app's Fluent message for it: `precision-good` (high or good),
    /// `precision-fair` or `precision-rough`.
    pub fn message_id(self) -> &'static str {
        match self {
            Precision::High | Precision::Good => "precision-good",
            Precision::Fair => "precision-fair",
            Precision::Rough => "precision-rough",
        }
    }

    /// The SE range `[low, high)` of the bucket (`high` infinite for the last).
    pub fn se_range(self) -> (f64, f64) {
        let i = self as usize;
        let low = if i == 0 { 0.0 } else { Self::SE_BOUNDS[i - 1] };
        let high = Self::SE_BOUNDS.get(i).copied().unwrap_or(f64::INFINITY);
        (low, high)
    }
}

/// One domain's result in a code: level and precision, and whether the
/// engine measured it at all (its evidence rule), nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DomainSummary {
    /// Plain level 1..=4 (meaningless when not `measured`).
    pub level: u8,
    /// How precise the level is.
    pub precision: Precision,
    /// Whether the domain was measured (enough answers, precise enough).
    pub measured: bool,
}

impl DomainSummary {
    /// The summary of an unmeasured domain, as a code stores it.
    pub const UNMEASURED: DomainSummary = DomainSummary { level: 1, precision: Precision::Rough, measured: false };
}

/// The overall position: one plain level over all domains, with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Overall {
    pub level: u8,
    pub precision: Precision,
}

/// Everything a result code carries. Only non-personal data: adding a field
/// here is a format change (new version) and needs a privacy review.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ResultSummary {
    /// The engine mode the test ran in.
    pub mode: Mode,
    /// Fingerprint of the bank's domain list (see [`bank_fingerprint`]).
    pub bank_fingerprint: u16,
    /// Per-domain level and precision, in bank domain order.
    pub domains: Vec<DomainSummary>,
    /// The referral's main path.
    pub main: Path,
    /// The referral's complements, in order (never the main path, never twice).
    pub complements: Vec<Path>,
    /// Eligible for Pass numérique vouchers.
    pub pass_numerique: bool,
    /// Items answered, skipped ones included (saturates at 255).
    pub items_answered: u8,
    /// The overall position (`None` in version 1 codes).
    pub overall: Option<Overall>,
    /// The day of the test, in days since 2024-01-01 (`None`: unknown, and
    /// always in version 1 codes). Never a time of day.
    pub day: Option<u16>,
    /// The format version the code was written in ([`FORMAT_VERSION`] for
    /// every summary made here; 1 for an older code).
    pub format_version: u8,
}

impl ResultSummary {
    /// The summary of a finished (or stopped) session and its referral:
    /// domains that fail the engine's evidence rule are stored unmeasured.
    /// `day`: days since 2024-01-01, from the caller's clock.
    pub fn from_session(session: &Session, referral: &Referral, day: Option<u16>) -> ResultSummary {
        let ids: Vec<&str> = session.bank().domains.iter().map(|d| d.id.as_str()).collect();
        let (theta, se) = session.overall();
        ResultSummary {
            mode: session.mode(),
            bank_fingerprint: bank_fingerprint(&ids),
            domains: session
                .estimates()
                .iter()
                .map(|e| {
                    if e.is_measured() {
                        DomainSummary { level: e.level, precision: Precision::from_se(e.se), measured: true }
                    } else {
                        DomainSummary::UNMEASURED
                    }
                })
                .collect(),
            main: referral.main,
            complements: referral.complements.clone(),
            pass_numerique: referral.pass_numerique,
            items_answered: u8::try_from(session.history().len()).unwrap_or(u8::MAX),
            overall: Some(Overall {
                level: repere_engine::levels::level_of(theta, &session.bank().settings.level_cuts),
                precision: Precision::from_se(se),
            }),
            day: day.filter(|&d| d > 0),
            format_version: FORMAT_VERSION,
        }
        .normalised()
    }

    /// The summary as [`encode`] writes it: levels clamped to 1..=4, at most
    /// [`MAX_DOMAINS`] domains, complements without the main path or repeats.
    /// `decode(encode(s)) == s.normalised()` for every summary.
    pub fn normalised(&self) -> ResultSummary {
        let mut complements = Vec::new();
        for &p in &self.complements {
            if p != self.main && !complements.contains(&p) {
                complements.push(p);
            }
        }
        ResultSummary {
            domains: self
                .domains
                .iter()
                .take(MAX_DOMAINS)
                .map(|d| if d.measured { DomainSummary { level: d.level.clamp(1, LEVEL_COUNT as u8), ..*d } } else { DomainSummary::UNMEASURED })
                .collect(),
            complements,
            overall: self.overall.map(|o| Overall { level: o.level.clamp(1, LEVEL_COUNT as u8), ..o }),
            day: self.day.filter(|&d| d > 0),
            format_version: FORMAT_VERSION,
            ..self.clone()
        }
    }

    /// The main path followed by the complements.
    pub fn paths(&self) -> impl Iterator<Item = Path> + '_ {
        std::iter::once(self.main).chain(self.complements.iter().copied())
    }

    /// Whether the code is of an older version (before the evidence rule).
    pub fn is_older_format(&self) -> bool {
        self.format_version < FORMAT_VERSION
    }
}

/// The day number of a date (days since 2024-01-01), as a code stores it;
/// `None` before 2024-01-02 or after the format's range (year 2203).
pub fn day_number(year: i32, month: u32, day: u32) -> Option<u16> {
    // Days from the civil date (Howard Hinnant's algorithm), 1970-01-01 = 0.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468 - 19_723;
    u16::try_from(days).ok().filter(|&d| d > 0 && (1..=12).contains(&month) && (1..=31).contains(&day))
}

/// The date (year, month, day) of a day number (see [`day_number`]).
pub fn civil_date(day: u16) -> (i32, u32, u32) {
    let z = i64::from(day) + 19_723 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((yoe + era * 400 + i64::from(m <= 2)) as i32, m, d)
}

/// Why a text is not a result code this bank can read. The messages say what
/// to do, for a conseiller typing a code by hand.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResultCodeError {
    #[error("not a Repère result code: it must start with 'R{FORMAT_VERSION}-' (or 'R1-' for an older code)")]
    NotAResultCode,
    #[error("result code version {found} is unknown: this Repère reads version {FORMAT_VERSION} (update Repère to read newer codes)")]
    UnknownVersion { found: u32 },
    #[error("result code version number is too large: this Repère reads version {FORMAT_VERSION}")]
    VersionTooLarge,
    /// The character is shown escaped (`\u{1b}`), never raw: a scanned code may hold terminal escapes.
    #[error("character '{}' at position {position} cannot be in a result code (digits and letters except U)", character.escape_debug())]
    BadCharacter { character: char, position: usize },
    #[error("the code has {found} characters after the prefix, {expected} were expected: a character is missing or extra")]
    WrongLength { expected: usize, found: usize },
    #[error("the checksum does not match: a character was mistyped or misread")]
    BadChecksum,
    #[error("this code was made with another question bank ({code_domains} domains, fingerprint {code_fingerprint:04X}); the bank given has {bank_domains} domains (fingerprint {bank_fingerprint:04X}): decode it with the bank it was made with")]
    OtherBank {
        code_domains: usize,
        code_fingerprint: u16,
        bank_domains: usize,
        bank_fingerprint: u16,
    },
    #[error("the code is well formed but holds an impossible value: {0}")]
    Invalid(String),
}

/// A 16-bit fingerprint of a bank's domain ids in order: FNV-1a (32 bits)
/// over the ids each followed by a `\n` byte, high and low halves XORed.
pub fn bank_fingerprint<S: AsRef<str>>(domain_ids: &[S]) -> u16 {
    let mut hash: u32 = 0x811c_9dc5;
    for id in domain_ids {
        for &b in id.as_ref().as_bytes().iter().chain(b"\n") {
            hash ^= u32::from(b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    ((hash >> 16) ^ (hash & 0xffff)) as u16
}

/// Characters after the prefix of a code (current version) for a bank of
/// `domains` domains.
pub fn payload_chars(domains: usize) -> usize {
    payload_chars_of(FORMAT_VERSION, domains)
}

/// Characters after the prefix of a code of `version` for `domains` domains.
pub fn payload_chars_of(version: u8, domains: usize) -> usize {
    (payload_bytes(version, domains) * 8).div_ceil(5)
}

fn payload_bytes(version: u8, domains: usize) -> usize {
    let extra = if version >= 2 { domains.div_ceil(8) + 1 + 2 } else { 0 };
    HEADER_BYTES + domains.div_ceil(2) + extra + CRC_BYTES
}

/// The code for a summary (written from [`ResultSummary::normalised`]).
pub fn encode(summary: &ResultSummary) -> String {
    let s = summary.normalised();
    let mut bytes = Vec::with_capacity(payload_bytes(FORMAT_VERSION, s.domains.len()));
    bytes.extend_from_slice(&s.bank_fingerprint.to_be_bytes());
    let mode = match s.mode {
        Mode::Screening => 0,
        Mode::Profile => 1,
    };
    let count = s.complements.len().min(3) as u8;
    bytes.push(mode << 7 | u8::from(s.pass_numerique) << 6 | path_code(s.main) << 4 | count << 2);
    let mut complements = 0u8;
    for (i, &p) in s.complements.iter().take(3).enumerate() {
        complements |= path_code(p) << (6 - 2 * i);
    }
    bytes.push(complements);
    bytes.push(s.items_answered);
    bytes.push(s.domains.len() as u8);
    for pair in s.domains.chunks(2) {
        let nibble = |d: &DomainSummary| (d.level - 1) << 2 | d.precision.code();
        bytes.push(nibble(&pair[0]) << 4 | pair.get(1).map_or(0, nibble));
    }
    for chunk in s.domains.chunks(8) {
        bytes.push(chunk.iter().enumerate().fold(0u8, |acc, (i, d)| acc | u8::from(d.measured) << (7 - i)));
    }
    bytes.push(s.overall.map_or(0, |o| (o.level - 1) << 6 | o.precision.code() << 4 | 1 << 3));
    bytes.extend_from_slice(&s.day.unwrap_or(0).to_be_bytes());
    let crc = crc16(FORMAT_VERSION, &bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    format!("R{FORMAT_VERSION}-{}", to_base32(&bytes))
}

/// Read a code made with the bank whose domain ids are `domain_ids` (in bank
/// order). Forgiving about case, spaces, `-` and I/L/O (see the module doc).
pub fn decode<S: AsRef<str>>(
    code: &str,
    domain_ids: &[S],
) -> Result<ResultSummary, ResultCodeError> {
    let text = code.trim();
    let (version, body_start) = prefix(text)?;
    if !(u32::from(OLDEST_READ_VERSION)..=u32::from(FORMAT_VERSION)).contains(&version) {
        return Err(ResultCodeError::UnknownVersion { found: version });
    }
    let version = version as u8;
    let mut values = Vec::new();
    for (position, c) in text.chars().enumerate().skip(body_start) {
        if c == '-' || c == ' ' {
            continue;
        }
        let value = symbol_value(c).ok_or(ResultCodeError::BadCharacter {
            character: c,
            position: position + 1,
        })?;
        values.push(value);
    }
    let bank_fp = bank_fingerprint(domain_ids);
    let other_bank = |bytes: &[u8]| ResultCodeError::OtherBank {
        code_domains: usize::from(bytes[5]),
        code_fingerprint: u16::from_be_bytes([bytes[0], bytes[1]]),
        bank_domains: domain_ids.len(),
        bank_fingerprint: bank_fp,
    };
    let expected = payload_chars_of(version, domain_ids.len());
    if values.len() != expected {
        // A well-formed code of another length comes from another bank; anything else lacks or has extra characters.
        return match from_base32(&values).filter(|b| is_well_formed(version, b)) {
            Some(bytes) => Err(other_bank(&bytes)),
            None => Err(ResultCodeError::WrongLength {
                expected,
                found: values.len(),
            }),
        };
    }
    let bytes = from_base32(&values).ok_or(ResultCodeError::BadChecksum)?;
    if !checksum_ok(version, &bytes) {
        return Err(ResultCodeError::BadChecksum);
    }
    let fingerprint = u16::from_be_bytes([bytes[0], bytes[1]]);
    if fingerprint != bank_fp || usize::from(bytes[5]) != domain_ids.len() {
        return Err(other_bank(&bytes));
    }
    parse(version, &bytes)
}

/// `R<version>-`: the version and the char index where the payload starts.
/// Typed by hand, the dash may be a space or missing (`R2 B9K…`, `R2B9K…`):
/// without a separator the version is the first digit alone.
fn prefix(text: &str) -> Result<(u32, usize), ResultCodeError> {
    let mut chars = text.chars();
    if !matches!(chars.next(), Some('R' | 'r')) {
        return Err(ResultCodeError::NotAResultCode);
    }
    let digits: String = chars.clone().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Err(ResultCodeError::NotAResultCode);
    }
    match chars.nth(digits.len()) {
        Some('-' | ' ') => {
            let version = digits.parse().map_err(|_| ResultCodeError::VersionTooLarge)?;
            Ok((version, 1 + digits.len() + 1))
        }
        _ if digits.len() > 1 || text.chars().count() > 2 => Ok((digits[..1].parse().unwrap_or(0), 2)),
        _ => Err(ResultCodeError::NotAResultCode),
    }
}

fn symbol_value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|&a| char::from(a) == c)
        .map(|i| i as u8)
}

fn path_code(path: Path) -> u8 {
    match path {
        Path::Autonomous => 0,
        Path::Training => 1,
        Path::AidantsConnect => 2,
        Path::EquipmentFirst => 3,
    }
}

fn path_of(code: u8) -> Path {
    match code & 3 {
        0 => Path::Autonomous,
        1 => Path::Training,
        2 => Path::AidantsConnect,
        _ => Path::EquipmentFirst,
    }
}

/// CRC-16/CCITT-FALSE over the version byte then `bytes`.
fn crc16(version: u8, bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xffff;
    for &b in std::iter::once(&version).chain(bytes) {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

fn checksum_ok(version: u8, bytes: &[u8]) -> bool {
    let (data, crc) = bytes.split_at(bytes.len() - CRC_BYTES);
    crc16(version, data) == u16::from_be_bytes([crc[0], crc[1]])
}

/// A valid checksum and a domain count that matches the length.
fn is_well_formed(version: u8, bytes: &[u8]) -> bool {
    bytes.len() >= HEADER_BYTES + CRC_BYTES
        && checksum_ok(version, bytes)
        && payload_bytes(version, usize::from(bytes[5])) == bytes.len()
}

fn to_base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity((bytes.len() * 8).div_ceil(5));
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = acc << 8 | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[(acc >> bits & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[(acc << (5 - bits) & 31) as usize]));
    }
    out
}

/// Bytes from 5-bit values; `None` unless the count is exactly what whole
/// bytes need and the padding bits are zero.
fn from_base32(values: &[u8]) -> Option<Vec<u8>> {
    let len = values.len() * 5 / 8;
    if len.saturating_mul(8).div_ceil(5) != values.len() {
        return None;
    }
    let mut out = Vec::with_capacity(len);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &v in values {
        acc = (acc << 5 | u32::from(v)) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    (acc & ((1 << bits) - 1) == 0).then_some(out)
}

/// Fields of a payload whose checksum, length and bank are already checked.
fn parse(version: u8, bytes: &[u8]) -> Result<ResultSummary, ResultCodeError> {
    let invalid = |m: &str| Err(ResultCodeError::Invalid(m.to_string()));
    let flags = bytes[2];
    if flags & 0b11 != 0 {
        return invalid("reserved flag bits are set");
    }
    let main = path_of(flags >> 4);
    let count = usize::from(flags >> 2 & 3);
    let mut complements = Vec::with_capacity(count);
    for i in 0..4 {
        let code = bytes[3] >> (6 - 2 * i) & 3;
        if i < count {
            let path = path_of(code);
            if path == main || complements.contains(&path) {
                return invalid("a complement repeats the main path or another complement");
            }
            complements.push(path);
        } else if code != 0 {
            return invalid("unused complement bits are set");
        }
    }
    let n = usize::from(bytes[5]);
    let nibbles = &bytes[HEADER_BYTES..HEADER_BYTES + n.div_ceil(2)];
    if n % 2 == 1 && nibbles[n / 2] & 0x0f != 0 {
        return invalid("the padding nibble after the last domain is set");
    }
    let mut at = HEADER_BYTES + n.div_ceil(2);
    let mask = if version >= 2 {
        let mask = &bytes[at..at + n.div_ceil(8)];
        at += mask.len();
        if n % 8 != 0 && mask[n / 8] & (0xff >> (n % 8)) != 0 {
            return invalid("the padding bits after the last domain's measured flag are set");
        }
        Some(mask)
    } else {
        None
    };
    let mut domains = Vec::with_capacity(n);
    for i in 0..n {
        let nibble = nibbles[i / 2] >> (if i % 2 == 0 { 4 } else { 0 }) & 0x0f;
        let precision = Precision::ALL[usize::from(nibble & 3)];
        let measured = match mask {
            Some(mask) => mask[i / 8] >> (7 - i % 8) & 1 == 1,
            None => precision != Precision::Rough,
        };
        let domain = DomainSummary { level: (nibble >> 2) + 1, precision, measured };
        if mask.is_some() && !measured && domain != DomainSummary::UNMEASURED {
            return invalid("an unmeasured domain carries a level");
        }
        domains.push(domain);
    }
    let (overall, day) = if version >= 2 {
        let o = bytes[at];
        if o & 0b111 != 0 || (o & 1 << 3 == 0 && o != 0) {
            return invalid("reserved bits of the overall position are set");
        }
        let day = u16::from_be_bytes([bytes[at + 1], bytes[at + 2]]);
        let overall = (o & 1 << 3 != 0).then(|| Overall { level: (o >> 6) + 1, precision: Precision::ALL[usize::from(o >> 4 & 3)] });
        (overall, (day > 0).then_some(day))
    } else {
        (None, None)
    };
    Ok(ResultSummary {
        mode: if flags & 0x80 != 0 {
            Mode::Profile
        } else {
            Mode::Screening
        },
        bank_fingerprint: u16::from_be_bytes([bytes[0], bytes[1]]),
        domains,
        main,
        complements,
        pass_numerique: flags & 0x40 != 0,
        items_answered: bytes[4],
        overall,
        day,
        format_version: version,
    })
}

#[cfg(test)]
mod tests;
