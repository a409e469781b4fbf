//! Shared set-up for the campaign runner tests: a list stored as a campaign in the
//! placement fixture's store, and a loop that runs it on the simulated clocks.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use crate::placement_support::{Fixture, CREATE_CALL_PATH};
use callboard_core::campaign::list::{self, CheckOptions, CheckedList, Sheet};
use callboard_core::campaign::{
    create_campaign, CallingWindow, CampaignSettings, Days, Pace, RetryRules, Runner, Tick,
};
use callboard_core::clock::Clock;
use callboard_core::schedule::CallingHours;
use callboard_core::store::{RowState, StoredRow};
use chrono::{Duration, NaiveTime};
use contactship::ContactFilter;
use std::collections::BTreeMap;
use uuid::Uuid;

/// A list of `new` people unknown to the sandbox (Mexico City mobiles) after `existing`
/// of the sandbox's own contacts, by phone.
pub async fn list(fx: &Fixture, existing: usize, new: usize) -> String {
    let mut csv = String::from("nombre,teléfono,plan\n");
    let contacts = fx
        .client
        .list_contacts(&ContactFilter::default())
        .await
        .unwrap();
    for c in contacts.iter().take(existing) {
        let name = c.full_name.clone().unwrap_or_default();
        csv.push_str(&format!("{name},{},oro\n", c.phone_number.clone().unwrap()));
    }
    for n in 0..new {
        csv.push_str(&format!("Persona {n},+52 55 1234 {:04},plata\n", 5600 + n));
    }
    csv
}

/// Calls any time of any day, `pace` fast, retrying as `retry` says.
pub fn settings(fx: &Fixture, pace: Pace, retry: RetryRules) -> CampaignSettings {
    named_settings(fx, "Prueba", pace, retry)
}

/// [`settings`] with another campaign name.
pub fn named_settings(fx: &Fixture, name: &str, pace: Pace, retry: RetryRules) -> CampaignSettings {
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    CampaignSettings {
        name: name.into(),
        agent_id: fx.agent_id.clone(),
        from_number_ids: vec![fx.from_number_id.clone()],
        window: CallingWindow {
            days: Days::ALL,
            hours: CallingHours::new(t(0, 0), t(23, 59)).unwrap(),
        },
        outside_hours_confirmed: true,
        start_at: None,
        stop_by: None,
        pace,
        retry,
        additional_data: vec![("campana".into(), "diciembre".into())],
        metadata: vec![("source".into(), "test".into())],
    }
}

/// Checks `csv` and stores it as a campaign with `settings`.
pub fn store(fx: &Fixture, csv: &str, settings: &CampaignSettings) -> Uuid {
    let (campaign, checked) = store_file(fx, csv.as_bytes(), "list.csv", settings);
    assert!(checked.invalid.is_empty(), "{:?}", checked.invalid);
    campaign
}

/// Checks the file `bytes` (numbers without `+` are Mexican) and stores its callees as a
/// campaign with `settings`, whatever rows the check turned down; returns the check too.
pub fn store_file(
    fx: &Fixture,
    bytes: &[u8],
    source: &str,
    settings: &CampaignSettings,
) -> (Uuid, CheckedList) {
    let sheet = list::read(bytes).unwrap();
    let checked = check_mexican(&sheet);
    let campaign = create_campaign(
        &fx.store,
        settings,
        &sheet,
        &checked,
        source,
        Clock::now(&*fx.clock),
    )
    .unwrap();
    (campaign, checked)
}

/// The check of `sheet` with its guessed columns and MX as the default country.
pub fn check_mexican(sheet: &Sheet) -> CheckedList {
    let mapping = list::guess(sheet);
    let nobody = |_: &str| None;
    list::check(
        sheet,
        &mapping,
        CheckOptions {
            default_country: Some("MX"),
            fallback_zone: None,
            do_not_call: &nobody,
        },
    )
}

/// Moves both clocks (ours and the sandbox's) forward together.
pub fn advance(fx: &Fixture, by: Duration) {
    fx.clock.advance(by);
    fx.sandbox.advance_clock(by);
}

/// Ticks `runner` every `step` of simulated time until it finishes (at most `max` ticks).
pub async fn run_to_end(fx: &Fixture, runner: &mut Runner, step: Duration, max: usize) -> Tick {
    for _ in 0..max {
        let tick = runner.tick().await.unwrap();
        if tick.finished {
            return tick;
        }
        advance(fx, step);
    }
    panic!("the campaign did not finish in {max} ticks");
}

/// Every row of the campaign as stored.
pub fn rows(fx: &Fixture, campaign: Uuid) -> Vec<StoredRow> {
    fx.store.campaign_rows(campaign, 0, 100_000).unwrap()
}

/// The create-call POSTs the sandbox received, by the row named in their metadata.
pub fn posts_by_row(fx: &Fixture, campaign: Uuid) -> BTreeMap<u32, usize> {
    let mut by_row = BTreeMap::new();
    for post in fx.create_posts() {
        let meta = &post.body.as_ref().unwrap()["metadata"];
        if meta["callboard_campaign_id"] != campaign.to_string() {
            continue;
        }
        let row = u32::try_from(meta["callboard_campaign_row"].as_u64().unwrap()).unwrap();
        *by_row.entry(row).or_insert(0) += 1;
    }
    by_row
}

/// The POSTs creating contacts.
pub fn contact_posts(fx: &Fixture) -> usize {
    fx.sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == "/v1/contacts")
        .count()
}

pub fn create_call_path() -> &'static str {
    CREATE_CALL_PATH
}

pub fn count(rows: &[StoredRow], state: RowState) -> usize {
    rows.iter().filter(|r| r.state == state).count()
}
