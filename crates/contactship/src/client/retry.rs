//! [`RetryPolicy`] for GET requests: capped exponential backoff with jitter.

use std::time::Duration;

use rand::Rng;

/// How GET requests are retried after a 5xx, timeout, lost connection or connect failure
/// (and after a 429 whose `Retry-After` is at most `max_delay`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Total attempts including the first (default 3; 1 means no retry).
    pub max_attempts: u32,
    /// Delay before the first retry, doubled each time (default 250 ms).
    pub base_delay: Duration,
    /// Upper bound for any delay, including a server's `Retry-After` (default 2 s).
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(2),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            base_delay: Duration::ZERO,
            max_delay: Duration::ZERO,
        }
    }

    /// The wait before retry number `retry` (1-based): `base * 2^(retry-1)`, capped at
    /// `max_delay`, then scaled by a random factor in [0.5, 1] so many clients that failed
    /// together do not come back together.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)));
        let capped = exp.min(self.max_delay);
        capped.mul_f64(rand::rng().random_range(0.5..=1.0))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_stays_under_the_cap() {
        let p = RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(300),
        };
        for _ in 0..50 {
            let first = p.backoff(1);
            assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
            let second = p.backoff(2);
            assert!(second >= Duration::from_millis(100) && second <= Duration::from_millis(200));
            assert!(p.backoff(10) <= Duration::from_millis(300));
        }
        assert_eq!(RetryPolicy::none().max_attempts, 1);
        assert_eq!(RetryPolicy::none().backoff(1), Duration::ZERO);
    }
}
