//! A typed client for the [Contactship](https://contactship.ai) AI phone-call REST API.
//!
//! - Every documented endpoint: contacts, agents, phone numbers (auto-paged) and calls.
//! - Strict validation before sending ([`validate`]), with a stable rule code and a
//!   sentence naming the field.
//! - One [`Error`] enum with stable codes, plain-language messages, and a [`Delivery`]
//!   verdict saying whether a failed request can have reached the server, so callers can
//!   make sure a phone call is never placed twice.
//! - The API key ([`ApiKey`]) is only ever sent as the `x-api-key` header.
//!
//! ```no_run
//! # async fn demo() -> Result<(), contactship::Error> {
//! use contactship::{ApiKey, BaseUrl, CallTiming, Client, ContactCallRequest};
//!
//! let client = Client::new(BaseUrl::default(), ApiKey::new("sk_live_...")?)?;
//! let created = client
//!     .call_contact(&ContactCallRequest {
//!         contact_id: "c1d2e3f4".into(),
//!         agent_id: "agent-a1b2".into(),
//!         from_number_id: "pn-a1b2".into(),
//!         timing: CallTiming::Delay { minutes: 5 },
//!         ..Default::default()
//!     })
//!     .await?;
//! println!("placed call {}", created.call_id);
//! # Ok(()) }
//! ```

mod base_url;
mod client;
pub mod envelope;
mod error;
mod redact;
mod secret;
mod types;
pub mod validate;

pub use base_url::BaseUrl;
pub use client::{Client, ClientOptions, RetryPolicy};
pub use error::{rejected_fields, ConnectFailure, Delivery, Error, FieldProblem, LISTED_FIELDS};
pub use redact::scrub_lines;
pub use secret::ApiKey;
pub use types::*;
pub use validate::ValidationError;

/// The public API's base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.contactship.ai/v1";
