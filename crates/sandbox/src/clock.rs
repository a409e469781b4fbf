//! The simulated clock that drives call lifecycles.
//!
//! Tests use [`ClockMode::Manual`] so time only moves when they say so; the desktop app's
//! Sandbox mode uses [`ClockMode::Realtime`] so calls progress on their own.

use chrono::{DateTime, Duration, Utc};

/// How the sandbox's clock moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClockMode {
    /// Starts at the real current time and then only moves through `advance_clock`.
    #[default]
    Manual,
    /// Follows the wall clock, plus every advance made so far.
    Realtime,
}

/// The clock state shared by the server and the [`crate::Sandbox`] handle.
#[derive(Debug, Clone)]
pub(crate) struct SimClock {
    mode: ClockMode,
    /// The frozen instant in manual mode (advances are added to it directly).
    manual_now: DateTime<Utc>,
    /// Total time advanced in realtime mode.
    offset: Duration,
}

impl SimClock {
    /// A clock in `mode` starting now.
    pub(crate) fn new(mode: ClockMode) -> Self {
        Self {
            mode,
            manual_now: Utc::now(),
            offset: Duration::zero(),
        }
    }

    /// Everything advanced so far in realtime mode (what a saved state keeps).
    pub(crate) fn offset(&self) -> Duration {
        self.offset
    }

    /// A realtime clock already `offset` ahead of the wall clock (a restored state).
    pub(crate) fn restored(mode: ClockMode, offset: Duration) -> Self {
        let mut clock = Self::new(mode);
        clock.offset = offset.max(Duration::zero());
        clock
    }

    /// The simulated current instant.
    pub(crate) fn now(&self) -> DateTime<Utc> {
        match self.mode {
            ClockMode::Manual => self.manual_now,
            ClockMode::Realtime => Utc::now() + self.offset,
        }
    }

    /// Moves the clock forward; negative durations are ignored because time never runs backwards
    /// for a call that is already in progress.
    pub(crate) fn advance(&mut self, by: Duration) -> DateTime<Utc> {
        let by = by.max(Duration::zero());
        match self.mode {
            ClockMode::Manual => self.manual_now += by,
            ClockMode::Realtime => self.offset += by,
        }
        self.now()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_advanced() {
        let mut clock = SimClock::new(ClockMode::Manual);
        let start = clock.now();
        assert_eq!(clock.now(), start);
        let later = clock.advance(Duration::seconds(90));
        assert_eq!(later - start, Duration::seconds(90));
        assert_eq!(clock.now(), later);
    }

    #[test]
    fn negative_advances_are_ignored() {
        let mut clock = SimClock::new(ClockMode::Manual);
        let start = clock.now();
        assert_eq!(clock.advance(Duration::seconds(-30)), start);
    }

    #[test]
    fn realtime_clock_includes_advances() {
        let mut clock = SimClock::new(ClockMode::Realtime);
        let before = Utc::now();
        let now = clock.advance(Duration::hours(1));
        assert!(now >= before + Duration::hours(1));
    }
}
