//! Start-up off the main thread, and the readiness every command waits on.
//!
//! The shell registers a [`Startup`] and opens the window at once; the slow part of start-up
//! (opening the call log, probing the keychain, starting the in-process sandbox, restoring the
//! last connection) runs as a background task through [`Startup::run`]. Commands call
//! [`Startup::ready`], which waits for that task and then hands out the [`AppState`], or the
//! start-up error as the same sentence the user would otherwise have seen.
//!
//! Why: that work used to run inside Tauri's `setup()`, on the GTK main thread. WebKitGTK
//! paints from that thread too, and a trace of slow starts showed it parked ~500 ms in the
//! web view's draw while the web process waited, in every start with a large call log.

use crate::error::AppError;
use crate::state::AppState;
use std::future::Future;
use std::sync::Arc;
use tokio::sync::watch;

/// Where start-up stands.
#[derive(Clone)]
enum Phase {
    Starting,
    Ready(Arc<AppState>),
    Failed(AppError),
}

/// The app's state once start-up has finished; managed by the shell before the window exists.
pub struct Startup {
    phase: watch::Sender<Phase>,
}

impl Default for Startup {
    fn default() -> Self {
        Self::new()
    }
}

impl Startup {
    /// Nothing started yet: [`ready`](Self::ready) waits.
    pub fn new() -> Self {
        Self {
            phase: watch::Sender::new(Phase::Starting),
        }
    }

    /// Runs `start` as its own task and records how it ended for every waiter. A task that
    /// panics ends start-up with an internal error rather than leaving the UI waiting forever.
    /// Returns the state when start-up succeeded (the shell starts the status loop with it).
    pub async fn run<F>(&self, start: F) -> Option<Arc<AppState>>
    where
        F: Future<Output = Result<AppState, AppError>> + Send + 'static,
    {
        let outcome = match tokio::spawn(start).await {
            Ok(outcome) => outcome,
            Err(e) => Err(AppError::internal(format!("start-up task failed: {e}"))),
        };
        self.finish(outcome)
    }

    /// Records the outcome of start-up. Only the first outcome counts: start-up happens once.
    pub fn finish(&self, outcome: Result<AppState, AppError>) -> Option<Arc<AppState>> {
        let next = match outcome {
            Ok(state) => Phase::Ready(Arc::new(state)),
            Err(e) => {
                // Also on stderr, where a terminal user saw this sentence before.
                tracing::error!("Callboard could not start: {e}");
                Phase::Failed(e)
            }
        };
        let mut taken = false;
        self.phase.send_if_modified(|phase| {
            taken = matches!(phase, Phase::Starting);
            if taken {
                *phase = next.clone();
            }
            taken
        });
        match next {
            Phase::Ready(state) if taken => Some(state),
            _ => None,
        }
    }

    /// Waits until start-up has finished; the state, or why Callboard could not start.
    pub async fn ready(&self) -> Result<Arc<AppState>, AppError> {
        let mut phase = self.phase.subscribe();
        let finished = phase
            .wait_for(|p| !matches!(p, Phase::Starting))
            .await
            .map_err(AppError::internal)?;
        match &*finished {
            Phase::Ready(state) => Ok(state.clone()),
            Phase::Failed(e) => Err(e.clone()),
            Phase::Starting => Err(AppError::internal("start-up is still running")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::flow_tests::harness;

    fn already_open() -> AppError {
        AppError::new(
            ErrorCode::AlreadyOpen,
            "Callboard is already open on this computer (process 42). Close the other window first.",
        )
    }

    /// Polls `ready()` once: `None` while it is still waiting.
    async fn ready_now(startup: &Startup) -> Option<Result<Arc<AppState>, AppError>> {
        tokio::select! {
            biased;
            outcome = startup.ready() => Some(outcome),
            () = std::future::ready(()) => None,
        }
    }

    #[tokio::test]
    async fn commands_wait_while_start_up_is_still_running() {
        let startup = Startup::new();
        assert!(ready_now(&startup).await.is_none());
    }

    #[tokio::test]
    async fn a_waiting_command_gets_the_state_once_start_up_finishes() {
        let startup = Arc::new(Startup::new());
        let waiter = tokio::spawn({
            let startup = startup.clone();
            async move { startup.ready().await.map(|s| s.data_dir.clone()) }
        });
        let h = harness(None);
        let dir = h.state.data_dir.clone();
        let started = startup.finish(Ok(h.state));
        assert!(started.is_some(), "the first outcome is taken");
        let waited = waiter.await.expect("waiter task");
        assert_eq!(waited, Ok(dir));
    }

    #[tokio::test]
    async fn every_command_shares_the_one_state() {
        let startup = Startup::new();
        let started = startup.finish(Ok(harness(None).state));
        let (a, b) = (startup.ready().await, startup.ready().await);
        match (started, a, b) {
            (Some(s), Ok(a), Ok(b)) => assert!(Arc::ptr_eq(&s, &a) && Arc::ptr_eq(&a, &b)),
            _ => panic!("start-up succeeded, so every command gets the state"),
        }
    }

    #[tokio::test]
    async fn a_start_up_error_reaches_every_command_as_the_same_sentence() {
        let startup = Startup::new();
        assert!(startup.finish(Err(already_open())).is_none());
        assert_eq!(startup.ready().await.err(), Some(already_open()));
        assert_eq!(startup.ready().await.err(), Some(already_open()));
    }

    #[tokio::test]
    async fn start_up_happens_once_and_a_later_outcome_is_ignored() {
        let startup = Startup::new();
        startup.finish(Err(already_open()));
        assert!(startup.finish(Ok(harness(None).state)).is_none());
        assert_eq!(startup.ready().await.err(), Some(already_open()));
    }

    #[tokio::test]
    async fn run_records_the_outcome_of_the_background_task() {
        let startup = Startup::new();
        let h = harness(None);
        let dir = h.state.data_dir.clone();
        let started = startup.run(async move { Ok(h.state) }).await;
        assert_eq!(started.map(|s| s.data_dir.clone()), Some(dir));
        assert!(ready_now(&startup).await.is_some_and(|r| r.is_ok()));
    }

    #[tokio::test]
    async fn a_start_up_task_that_panics_ends_with_an_internal_error_instead_of_waiting_forever() {
        let startup = Startup::new();
        let started = startup
            .run(async {
                if true {
                    panic!("simulated start-up bug");
                }
                Err(already_open())
            })
            .await;
        assert!(started.is_none());
        let outcome = ready_now(&startup).await;
        let code = outcome.and_then(|r| r.err()).map(|e| e.code);
        assert_eq!(code, Some(ErrorCode::Internal));
    }
}
