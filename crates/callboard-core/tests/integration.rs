//! Every integration test of this crate, one module per file, in ONE test binary: each
//! binary links the crate and all its dependencies again, so 15 of them cost CI
//! minutes of linking for nothing. The shared helpers are declared once here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod campaign_support;
mod fake_api;
mod placement_support;
mod store_support;

mod campaign_kill;
mod campaign_runner;
mod campaign_sample;
mod double_dial;
mod placement_lifecycle;
mod reconcile_claims;
mod reconcile_hostile;
mod reconcile_window;
mod schedule_hours;
mod schedule_rules;
mod status_follow;
mod store_import;
mod store_kill;
mod store_queries;
mod store_records;
mod store_recovery;
mod store_single_writer;
