//! Every integration test of this crate, one module per file, in ONE test binary: each
//! binary links the crate and all its dependencies again, so 5 of them cost CI
//! minutes of linking for nothing. The shared helpers are declared once here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod calls;
mod contacts;
mod failures;
mod hostile_server;
mod ids_in_paths;
mod posts_sent_once;
