//! Shared helpers: a sandbox on a random loopback port and a client pointed at it with
//! instant retries, plus the "the key never leaked" check.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod raw_server;

use std::time::Duration;

use contactship::{ApiKey, BaseUrl, Client, ClientOptions, RetryPolicy};
use contactship_sandbox::{RecordedRequest, Sandbox, SandboxOptions};

/// A distinctive key so any leak is easy to spot.
pub const KEY: &str = "sk_test_Callboard_Integration_7f3a9c";

pub struct Env {
    pub sandbox: Sandbox,
    pub client: Client,
}

/// Test options: no waiting between GET retries; short but safe timeouts.
pub fn options() -> ClientOptions {
    ClientOptions {
        connect_timeout: Duration::from_secs(5),
        timeout: Duration::from_secs(10),
        get_retry: RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::ZERO,
            max_delay: Duration::from_secs(1),
        },
        ..ClientOptions::default()
    }
}

pub async fn start() -> Env {
    start_with(options()).await
}

pub async fn start_with(opts: ClientOptions) -> Env {
    let sandbox = Sandbox::start(SandboxOptions {
        api_key: KEY.to_owned(),
        ..SandboxOptions::default()
    })
    .await
    .expect("sandbox starts");
    let client = client_for(&sandbox, KEY, opts);
    Env { sandbox, client }
}

pub fn client_for(sandbox: &Sandbox, key: &str, opts: ClientOptions) -> Client {
    let base = BaseUrl::parse(&sandbox.base_url()).expect("loopback base url");
    Client::with_options(base, ApiKey::new(key).expect("key"), opts).expect("client")
}

/// The recorded requests for `method path` (path without query).
pub fn recorded<'a>(
    all: &'a [RecordedRequest],
    method: &str,
    path: &str,
) -> Vec<&'a RecordedRequest> {
    all.iter()
        .filter(|r| r.method == method && r.path == path)
        .collect()
}

impl Env {
    pub fn requests(&self, method: &str, path: &str) -> usize {
        recorded(&self.sandbox.requests(), method, path).len()
    }

    /// Every request carried the key only in the (unrecorded) header: never in the path,
    /// query, body or any other header.
    pub fn assert_key_never_leaked(&self) {
        let all = self.sandbox.requests();
        assert!(!all.is_empty(), "the test sent requests");
        for r in &all {
            assert!(
                !r.path.contains(KEY),
                "key in path of {} {}",
                r.method,
                r.path
            );
            assert!(
                !r.query.as_deref().unwrap_or("").contains(KEY),
                "key in query"
            );
            assert!(!r.body_text.contains(KEY), "key in body");
            for (name, value) in &r.headers {
                assert!(!value.contains(KEY), "key in header {name}");
            }
        }
    }

    pub async fn agent_id(&self) -> String {
        self.client.list_agents().await.unwrap()[0].id.clone()
    }

    pub async fn outbound_number(&self) -> contactship::PhoneNumber {
        let numbers = self
            .client
            .list_phone_numbers(Some(contactship::PhoneNumberType::Outbound))
            .await
            .unwrap();
        numbers.into_iter().next().expect("an outbound number")
    }

    pub async fn contact_id(&self) -> String {
        let contacts = self
            .client
            .list_contacts(&Default::default())
            .await
            .unwrap();
        contacts[0].id.clone()
    }
}
