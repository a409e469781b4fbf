//! Delays: between automatic retries of a request that never left (injectable, so tests
//! do not sleep), and between status polls.

use contactship::CallStatus;
use rand::Rng;
use std::time::Duration;

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

/// The first poll interval.
const FIRST_POLL: Duration = Duration::from_secs(5);
/// The longest interval between polls of a live call.
const MAX_POLL: Duration = Duration::from_secs(300);
/// How early before its due time a scheduled call is polled.
const SCHEDULED_LEAD: Duration = Duration::from_secs(30);

/// When to poll a call's status next, or `None` once it is final (stop polling).
///
/// Live calls: 5 s, 10 s, 20 s, ... doubling per `attempt` (0-based), capped at 5 min.
/// Scheduled calls whose due time is known (`due_in`): shortly before it is due, then as
/// live; without a due time, every 5 min.
pub fn next_poll_delay(
    attempt: u32,
    status: &CallStatus,
    due_in: Option<Duration>,
) -> Option<Duration> {
    if status.is_final() {
        return None;
    }
    let live = FIRST_POLL
        .saturating_mul(1u32 << attempt.min(16))
        .min(MAX_POLL);
    if *status == CallStatus::Scheduled {
        return Some(match due_in {
            Some(due) if due > SCHEDULED_LEAD + FIRST_POLL => due - SCHEDULED_LEAD,
            Some(_) => FIRST_POLL,
            None => MAX_POLL,
        });
    }
    Some(live)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_calls_are_polled_with_doubling_delays_capped_at_five_minutes() {
        let delays: Vec<_> = (0..9)
            .map(|a| next_poll_delay(a, &CallStatus::InProgress, None).map(|d| d.as_secs()))
            .collect();
        let expected = [5, 10, 20, 40, 80, 160, 300, 300, 300].map(Some);
        assert_eq!(delays, expected);
        assert_eq!(
            next_poll_delay(40, &CallStatus::InQueue, None),
            Some(MAX_POLL)
        );
    }

    #[test]
    fn final_calls_are_not_polled_again() {
        for status in [
            CallStatus::Completed,
            CallStatus::NoAnswer,
            CallStatus::VoiceMail,
        ] {
            assert_eq!(next_poll_delay(0, &status, None), None);
        }
    }

    #[test]
    fn scheduled_calls_are_polled_shortly_before_they_are_due() {
        let hour = Duration::from_secs(3600);
        let s = CallStatus::Scheduled;
        assert_eq!(
            next_poll_delay(0, &s, Some(hour)),
            Some(hour - SCHEDULED_LEAD)
        );
        assert_eq!(
            next_poll_delay(3, &s, Some(Duration::from_secs(10))),
            Some(FIRST_POLL)
        );
        assert_eq!(next_poll_delay(0, &s, None), Some(MAX_POLL));
    }

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
