//! The sample list behind "Try with 50 sample contacts": a sales team's spreadsheet, as such
//! files come (Spanish headers `nombre,teléfono,email,país,empresa,plan`, numbers typed every
//! way people type them), to run a real campaign in Sandbox mode without a file of one's own.
//!
//! Built from the sandbox's seeded contacts, so most rows are people the sandbox already
//! knows (matched by phone, not created again); six are new people in the sandbox's countries,
//! whom the campaign adds as contacts. It also carries the problems a real list has, so the
//! check has something to report: a number too short to be one, a row with no phone, and the
//! same person entered twice (once in local format). Numbers without `+` are Mexican local
//! numbers, so the list is meant to be checked with MX as the default country; two rows leave
//! the country empty and rely on it.
//!
//! The file is static (`assets/sample-contacts.csv`) and embedded in the binary; the counts it
//! must give are pinned by `tests/campaign_sample.rs`.

/// The sample list's bytes (UTF-8 CSV with CRLF line ends, as Excel saves it).
pub const SAMPLE_CSV: &[u8] = include_bytes!("../../assets/sample-contacts.csv");

/// The name to show for it, and to record as the campaign's source.
pub const SAMPLE_FILE_NAME: &str = "sample-contacts.csv";
