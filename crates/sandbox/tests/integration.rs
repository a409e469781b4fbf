//! Every integration test of this crate, one module per file, in ONE test binary: each
//! binary links the crate and all its dependencies again, so 6 of them cost CI
//! minutes of linking for nothing. The shared helpers are declared once here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod call_lifecycle;
mod call_placement;
mod concurrency_limit;
mod docs_examples;
mod faults;
mod history;
mod resources;
mod saved_state;
