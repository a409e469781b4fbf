//! Deterministic identifiers and hashes.
//!
//! Seed data and created objects get UUIDs derived from fixed strings so ids are stable across
//! runs, and call outcomes are picked from a hash of the call id so tests are reproducible.

/// A 64-bit FNV-1a hash finished with a splitmix64 mix so nearby keys spread well.
pub(crate) fn hash64(key: &str, seed: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in key.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    splitmix(h)
}

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A UUID (version 4 layout) derived only from `key`: the same key always gives the same id.
pub(crate) fn stable_uuid(key: &str) -> String {
    let a = hash64(key, 0x5eed_0001);
    let b = hash64(key, 0x5eed_0002);
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a.to_be_bytes());
    bytes[8..].copy_from_slice(&b.to_be_bytes());
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// `n` decimal digits derived from `key` (used to build realistic seed phone numbers).
pub(crate) fn digits(key: &str, n: usize) -> String {
    let mut out = String::with_capacity(n);
    let mut round = 0u64;
    while out.len() < n {
        let mut h = hash64(key, round);
        for _ in 0..16 {
            if out.len() == n {
                break;
            }
            out.push(char::from(b'0' + (h % 10) as u8));
            h /= 10;
        }
        round += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_uuids_are_stable_and_distinct() {
        assert_eq!(stable_uuid("contact/1"), stable_uuid("contact/1"));
        assert_ne!(stable_uuid("contact/1"), stable_uuid("contact/2"));
        let parsed =
            uuid::Uuid::parse_str(&stable_uuid("agent/es-419")).map(|u| u.get_version_num());
        assert_eq!(parsed.ok(), Some(4));
    }

    #[test]
    fn digits_have_the_requested_length() {
        assert_eq!(digits("x", 23).len(), 23);
        assert!(digits("y", 8).chars().all(|c| c.is_ascii_digit()));
        assert_eq!(digits("z", 8), digits("z", 8));
    }
}
