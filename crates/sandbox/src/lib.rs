//! `contactship-sandbox`: a faithful local simulator of the Contactship REST API.
//!
//! It serves every endpoint the `contactship` client covers on a loopback port, with the
//! documented envelopes and status codes, seeded realistic data, calls that live through
//! `scheduled → in-queue → in-progress → final` on a clock tests can advance, and
//! `/__sandbox/` control endpoints for fault injection, the request log, the clock and reset.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use contactship_sandbox::{FaultAction, FaultRule, Sandbox, SandboxOptions};
//! let sandbox = Sandbox::start(SandboxOptions::default()).await?;
//! sandbox.add_fault(FaultRule::new("POST", "/v1/calls/single-contact-call", FaultAction::CloseAfterRead));
//! println!("{}", sandbox.base_url());
//! sandbox.shutdown().await;
//! # Ok(()) }
//! ```

mod clock;
mod control;
mod faults;
mod ids;
mod lifecycle;
mod model;
mod persist;
mod routes;
mod sandbox;
mod seed;
mod server;
mod state;
mod transcripts;

pub use clock::ClockMode;
pub use control::RecordedRequest;
pub use faults::{FaultAction, FaultRule};
pub use sandbox::{Sandbox, SandboxOptions};

/// Metadata key that forces a created call's final status (e.g. `"no-answer"`), for tests and
/// demos that need a particular outcome. Without it the outcome is derived from the call id.
pub const OUTCOME_METADATA_KEY: &str = "sandbox_outcome";
