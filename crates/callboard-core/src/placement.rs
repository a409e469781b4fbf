//! Placing a call without ever dialing twice.
//!
//! [`CallPlacer::place`] validates the request, gives it a fresh UUIDv4 request id,
//! writes a durable "sending" record to the [`CallStore`] and only then sends the POST,
//! with the id in `metadata.callboard_request_id`. The result is classified exactly as
//! STYLE.md §5 says (see [`PlacementResult`]) and recorded. Only a request that provably
//! never left this computer (DNS failure, connection refused, connect timeout) is retried
//! automatically, at most twice; anything that may have reached Contactship is reported as
//! "outcome unknown" and is never re-sent. [`CallPlacer::reconcile`] can then look the
//! call up, and [`CallPlacer::refresh_status`] follows a placed call to its end.

pub mod duplicate_guard;
mod error;
mod reconcile;
mod request;
mod result;
pub mod retry_policy;
mod status;
pub mod status_poll;
mod timing;

pub use error::PlacementError;
pub use request::{CallRequest, PHONE_KEY_PREFIX};
pub use result::PlacementResult;
pub use retry_policy::{JitteredBackoff, NoDelay, RetryDelay, MAX_NOT_SENT_RETRIES};

use crate::calls::{CallLabels, JournalRecord, Outcome, RequestSummary};
use crate::clock::Clock;
use crate::error_code::ErrorCode;
use crate::store::{CallStore, StoreError};
use contactship::{Client, Delivery};
use std::sync::Arc;
use uuid::Uuid;

/// The metadata key that ties a server call to our stored attempt.
pub const REQUEST_ID_METADATA_KEY: &str = contactship::validate::REQUEST_ID_KEY;

/// Places calls and follows them up, recording everything in the store.
#[derive(Clone)]
pub struct CallPlacer {
    client: Client,
    store: Arc<CallStore>,
    clock: Arc<dyn Clock>,
    retry_delay: Arc<dyn RetryDelay>,
}

impl CallPlacer {
    /// A placer with jittered retry backoff.
    pub fn new(client: Client, store: Arc<CallStore>, clock: Arc<dyn Clock>) -> Self {
        Self {
            client,
            store,
            clock,
            retry_delay: Arc::new(JitteredBackoff::default()),
        }
    }

    /// Replaces the wait between automatic retries (tests use [`NoDelay`]).
    pub fn with_retry_delay(mut self, retry_delay: Arc<dyn RetryDelay>) -> Self {
        self.retry_delay = retry_delay;
        self
    }

    /// The store this placer records into.
    pub fn store(&self) -> &Arc<CallStore> {
        &self.store
    }

    /// Writes `record` durably without holding up the async runtime: an fsync can take
    /// seconds on a busy disk, and a blocked worker would stall every other command (the
    /// Call screen's previews among them) until it returns.
    pub(crate) async fn record(&self, record: JournalRecord) -> Result<(), StoreError> {
        let store = Arc::clone(&self.store);
        tokio::task::spawn_blocking(move || store.append(&record))
            .await
            .unwrap_or_else(|e| {
                Err(StoreError::Write {
                    source: Box::new(e),
                })
            })
    }

    /// Places one call. Never sends before the attempt is on disk, and never sends twice
    /// unless the earlier tries provably never left this computer.
    pub async fn place(
        &self,
        request: impl Into<CallRequest>,
        labels: CallLabels,
    ) -> PlacementResult {
        let prepared = match self.prepare(request, labels, None) {
            Ok(p) => p,
            Err(refused) => return refused,
        };
        if let Err(e) = self.record(prepared.sending.clone()).await {
            tracing::error!(error = %e, source = ?std::error::Error::source(&e), "could not record a call attempt; not sending");
            return not_recorded(&e);
        }
        let (placement, outcome) = self.send(&prepared).await;
        if let Err(e) = self.record(outcome).await {
            tracing::error!(error = %e, request_id = %prepared.request_id, "could not record a call outcome");
        }
        placement
    }

    /// Gives `request` a fresh request id and checks it exactly as it will be sent; the
    /// attempt's "sending" record is returned for the caller to store before [`Self::send`].
    /// A request that can't be sent is refused here, before anything is recorded.
    pub fn prepare(
        &self,
        request: impl Into<CallRequest>,
        labels: CallLabels,
        campaign_id: Option<String>,
    ) -> Result<Prepared, PlacementResult> {
        let mut request: CallRequest = request.into();
        let request_id = Uuid::new_v4();
        request.metadata_mut().insert(
            REQUEST_ID_METADATA_KEY.into(),
            serde_json::Value::String(request_id.to_string()),
        );
        if let Err(invalid) = request.validate() {
            return Err(PlacementResult::NotSent {
                request_id: None,
                code: "validation".into(),
                error: ErrorCode::Validation,
                message: crate::words::validation(&invalid, None),
                field: Some(invalid.field.clone()),
                attempts: 0,
            });
        }
        let now = self.clock.now();
        let summary = RequestSummary {
            contact_id: request.contact_key(),
            agent_id: request.agent_id().to_owned(),
            from_number_id: request.from_key().to_owned(),
            body: request.body(),
            labels,
            due_at: timing::due_at(request.timing(), now),
            campaign_id,
        };
        let sending = JournalRecord::Sending {
            request_id,
            at: now,
            request: summary,
        };
        Ok(Prepared {
            request_id,
            request,
            sending,
        })
    }

    /// Sends a prepared attempt whose "sending" record is on disk; returns what came of it
    /// and the outcome record to store.
    pub async fn send(&self, prepared: &Prepared) -> (PlacementResult, JournalRecord) {
        let (result, attempts) = self.send_with_safe_retries(&prepared.request).await;
        let placement = classify(prepared.request_id, result, attempts);
        let outcome = self.outcome_record(prepared.request_id, &placement);
        (placement, outcome)
    }

    /// The clock this placer dates records by.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// The API client it sends with.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends the POST; retries only failures that provably never left this computer.
    async fn send_with_safe_retries(
        &self,
        request: &CallRequest,
    ) -> (Result<contactship::CreatedCall, contactship::Error>, u32) {
        let mut attempts = 0;
        loop {
            attempts += 1;
            let result = request.send_once(&self.client).await;
            match &result {
                Err(e @ contactship::Error::ConnectFailed { .. })
                    if attempts <= MAX_NOT_SENT_RETRIES =>
                {
                    tracing::info!(
                        code = e.code(),
                        attempts,
                        "Couldn't reach Contactship, retrying"
                    );
                    let wait = self.retry_delay.delay(attempts);
                    if !wait.is_zero() {
                        tokio::time::sleep(wait).await;
                    }
                }
                _ => return (result, attempts),
            }
        }
    }

    /// The Outcome record of `placement`. If writing it fails, the attempt stays "sending" on
    /// disk and becomes "outcome unknown" at the next start: safe, never a silent re-dial.
    fn outcome_record(&self, request_id: Uuid, placement: &PlacementResult) -> JournalRecord {
        let outcome = match placement {
            PlacementResult::Placed { call_id, .. } => Outcome::Placed {
                call_id: call_id.clone(),
            },
            PlacementResult::Rejected {
                code,
                message,
                field,
                retry_after,
                ..
            } => Outcome::Rejected {
                code: code.clone(),
                message: message.clone(),
                field: field.clone(),
                retry_after_secs: retry_after
                    .map(|d| u32::try_from(d.as_secs()).unwrap_or(u32::MAX)),
            },
            PlacementResult::NotSent { code, message, .. } => Outcome::NotSent {
                code: code.clone(),
                message: message.clone(),
            },
            PlacementResult::OutcomeUnknown { code, message, .. } => Outcome::OutcomeUnknown {
                code: code.clone(),
                message: message.clone(),
            },
        };
        JournalRecord::Outcome {
            request_id,
            at: self.clock.now(),
            outcome,
        }
    }
}

/// The answer when the attempt could not be recorded: nothing was sent.
pub fn not_recorded(e: &StoreError) -> PlacementResult {
    PlacementResult::NotSent {
        request_id: None,
        code: e.code().into(),
        error: ErrorCode::Storage,
        message: e.to_string(),
        field: None,
        attempts: 0,
    }
}

/// An attempt checked and given its request id, not sent yet.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub request_id: Uuid,
    /// The body as it will be sent (the request id in its metadata).
    pub request: CallRequest,
    /// The record to store before sending.
    pub sending: JournalRecord,
}

/// Maps the POST's result to STYLE.md §5's rows.
fn classify(
    request_id: Uuid,
    result: Result<contactship::CreatedCall, contactship::Error>,
    attempts: u32,
) -> PlacementResult {
    let error = match result {
        Ok(created) => {
            return PlacementResult::Placed {
                request_id,
                call_id: created.call_id,
            }
        }
        Err(e) => e,
    };
    let code = error.code().to_owned();
    let message = crate::words::api_error(&error);
    match error.delivery() {
        Delivery::NotSent => PlacementResult::NotSent {
            request_id: Some(request_id),
            error: ErrorCode::of_api(&error),
            code,
            message,
            field: error.field().map(str::to_owned),
            attempts,
        },
        Delivery::Rejected => PlacementResult::Rejected {
            request_id,
            code,
            message,
            field: error.field().map(str::to_owned),
            retry_after: error.retry_after(),
        },
        Delivery::Unknown => PlacementResult::OutcomeUnknown {
            request_id,
            code,
            message: crate::t!("placement-unknown", detail = message),
        },
    }
}
