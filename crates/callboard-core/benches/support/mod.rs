//! What the campaign benchmarks (and the `campaign_memory` example) share: a list as
//! salespeople bring them, and a campaign of it run on the in-process sandbox with the store
//! in a folder of the caller's choosing (the real disk, or tmpfs to take the fsyncs out).
#![allow(dead_code, clippy::expect_used)] // each user takes part of it; no data, nothing to measure

use callboard_core::campaign::list::{self, CheckOptions, CheckedList};
use callboard_core::campaign::{
    create_campaign, CallingWindow, CampaignSettings, Days, Pace, RetryRules,
};
use callboard_core::clock::{Clock, FixedClock};
use callboard_core::placement::CallPlacer;
use callboard_core::schedule::CallingHours;
use callboard_core::store::{CallStore, StoreOptions};
use chrono::NaiveTime;
use contactship::{ApiKey, BaseUrl, Client, ClientOptions, PhoneNumberType};
use contactship_sandbox::{Sandbox, SandboxOptions};
use std::path::Path;
use std::sync::Arc;
use uuid::Uuid;

/// A list as salespeople bring them: six countries, national and international numbers,
/// a few bad rows and duplicates, three extra columns. Nobody in it is a sandbox contact.
pub fn list_csv(rows: usize) -> Vec<u8> {
    let mut text = String::from("Nombre;Teléfono;País;Plan;Monto;Notas\r\n");
    // (country, how its numbers are written from a serial number)
    type Writer = fn(usize) -> String;
    let countries: [(&str, Writer); 6] = [
        ("Colombia", |n| format!("30{:08}", n)),
        ("México", |n| format!("55 {:08}", n)),
        ("España", |n| format!("6{:08}", n)),
        ("Argentina", |n| format!("11 4{:07}", n)),
        ("Brasil", |n| format!("(11) 9{:08}", n)),
        // US exchange codes start with 2–9.
        ("United States", |n| {
            format!("+1 212 {} {:04}", 200 + n % 800, n / 800)
        }),
    ];
    for i in 0..rows {
        let (country, phone_of) = countries[i % countries.len()];
        let phone = match i % 50 {
            0 => "12".to_owned(),          // bad
            7 if i > 6 => phone_of(i - 6), // the same person as six rows before
            _ => phone_of(i),
        };
        text.push_str(&format!(
            "Persona {i};{phone};{country};plan {};{};\"nota, con coma\"\r\n",
            i % 3,
            i * 7 % 100_000
        ));
    }
    text.into_bytes()
}

/// The check of `bytes` with its guessed columns, no default country and no do-not-call list.
pub fn check(bytes: &[u8]) -> CheckedList {
    let sheet = list::read(bytes).expect("a list");
    let mapping = list::guess(&sheet);
    let nobody = |_: &str| None;
    list::check(
        &sheet,
        &mapping,
        CheckOptions {
            default_country: None,
            fallback_zone: None,
            do_not_call: &nobody,
        },
    )
}

/// The in-process sandbox (manual clock, no concurrency limit), a client for it and a clock
/// pinned to the sandbox's, as the core's tests use them.
pub struct Rig {
    pub sandbox: Sandbox,
    pub client: Client,
    pub clock: Arc<FixedClock>,
    agent_id: String,
    from_number_id: String,
}

impl Rig {
    pub async fn start() -> Rig {
        let sandbox = Sandbox::start(SandboxOptions::default())
            .await
            .expect("sandbox");
        let client = Client::with_options(
            BaseUrl::parse(&sandbox.base_url()).expect("base url"),
            ApiKey::new(sandbox.api_key()).expect("key"),
            ClientOptions::default(),
        )
        .expect("client");
        let agent_id = client.list_agents().await.expect("agents")[0].id.clone();
        let from_number_id = client
            .list_phone_numbers(Some(PhoneNumberType::Outbound))
            .await
            .expect("numbers")[0]
            .id
            .clone();
        let clock = Arc::new(FixedClock::new(sandbox.now()));
        Rig {
            sandbox,
            client,
            clock,
            agent_id,
            from_number_id,
        }
    }

    /// A store at `path` (created with its folders) and a placer on it.
    pub fn placer(&self, path: &Path) -> CallPlacer {
        let options = StoreOptions {
            clock: self.clock.clone(),
            ..StoreOptions::default()
        };
        let (store, _) = CallStore::open(path, options).expect("a store");
        CallPlacer::new(self.client.clone(), Arc::new(store), self.clock.clone())
    }

    /// Any day, any hour, no retries, at `pace` (which may exceed what the settings form
    /// allows: a bench of the runner's own cost wants every row due in one tick).
    pub fn settings(&self, pace: Pace) -> CampaignSettings {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("a time");
        CampaignSettings {
            name: format!("Bench {}", Uuid::new_v4()),
            agent_id: self.agent_id.clone(),
            from_number_ids: vec![self.from_number_id.clone()],
            window: CallingWindow {
                days: Days::ALL,
                hours: CallingHours::new(t(0, 0), t(23, 59)).expect("hours"),
            },
            outside_hours_confirmed: true,
            start_at: None,
            stop_by: None,
            pace,
            retry: RetryRules {
                no_answer: false,
                busy: false,
                voicemail: false,
                after_minutes: 5,
                max_attempts: 1,
            },
            additional_data: vec![("campana".into(), "diciembre".into())],
            metadata: vec![("source".into(), "bench".into())],
        }
    }

    /// A campaign of `rows` rows of [`list_csv`] stored in `store`; returns it and how many
    /// callees the check kept.
    pub fn campaign(&self, store: &CallStore, rows: usize, pace: Pace) -> (Uuid, usize) {
        let bytes = list_csv(rows);
        let sheet = list::read(&bytes).expect("a list");
        let checked = check(&bytes);
        let id = create_campaign(
            store,
            &self.settings(pace),
            &sheet,
            &checked,
            "bench.csv",
            Clock::now(&*self.clock),
        )
        .expect("stored");
        (id, checked.callees.len())
    }
}
