//! The create-call retry policy (STYLE.md §5, "a real person answers every call").
//!
//! Only a request that provably never left this computer (DNS failure, connection refused,
//! connect timeout: `Delivery::NotSent`) is retried automatically, at most
//! [`MAX_NOT_SENT_RETRIES`] times, with a jittered wait that tests replace with [`NoDelay`].
//! Anything that may have reached Contactship is never re-sent: it becomes "outcome unknown"
//! and is reconciled (see `reconcile.rs`). GET requests retry inside the API client instead.

use rand::Rng;
use std::time::Duration;

/// Automatic retries allowed when the request provably never left.
pub const MAX_NOT_SENT_RETRIES: u32 = 2;

/// How long to wait before automatic retry number `retry` (1 or 2) of a create-call
/// request that provably never reached Contactship.
pub trait RetryDelay: Send + Sync {
    /// The wait before retry `retry` (1-based).
    fn delay(&self, retry: u32) -> Duration;
}

/// Exponential backoff with ±50 % jitter (so many clients coming back online do not
/// retry in lockstep): about 0.5 s, then 1 s, capped at `max`.
#[derive(Debug, Clone, Copy)]
pub struct JitteredBackoff {
    /// The first delay before jitter.
    pub base: Duration,
    /// The longest delay.
    pub max: Duration,
}

impl Default for JitteredBackoff {
    fn default() -> Self {
        Self {
            base: Duration::from_millis(500),
            max: Duration::from_secs(5),
        }
    }
}

impl RetryDelay for JitteredBackoff {
    fn delay(&self, retry: u32) -> Duration {
        let exp = self
            .base
            .saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let jitter = rand::rng().random_range(0.5..1.5);
        exp.mul_f64(jitter).min(self.max)
    }
}

/// No wait at all (tests).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoDelay;

impl RetryDelay for NoDelay {
    fn delay(&self, _retry: u32) -> Duration {
        Duration::ZERO
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jittered_backoff_stays_within_half_and_one_and_a_half_times_the_step() {
        let b = JitteredBackoff::default();
        for _ in 0..100 {
            let first = b.delay(1);
            assert!(first >= Duration::from_millis(250) && first <= Duration::from_millis(750));
            let second = b.delay(2);
            assert!(second >= Duration::from_millis(500) && second <= Duration::from_millis(1500));
        }
        assert_eq!(NoDelay.delay(2), Duration::ZERO);
    }
}
