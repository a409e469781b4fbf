//! Shared helpers for the sandbox's integration tests: start a simulator on a free loopback
//! port and talk to it with a plain HTTP client.
#![allow(dead_code)]

use contactship_sandbox::{Sandbox, SandboxOptions};
use reqwest::{Method, StatusCode};
use serde_json::Value;

pub const KEY: &str = "test-key-123";

/// A running sandbox plus an HTTP client that never goes through a proxy.
pub struct Harness {
    pub sandbox: Sandbox,
    pub http: reqwest::Client,
}

/// A response reduced to what the tests look at.
pub struct Answer {
    pub status: StatusCode,
    pub content_type: Option<String>,
    /// The `Retry-After` header, when there is one.
    pub retry_after: Option<String>,
    pub text: String,
    pub json: Value,
}

impl Harness {
    pub async fn start() -> Harness {
        Self::start_with(false).await
    }

    /// A simulator that also serves the seeded history of calls placed elsewhere.
    pub async fn with_history() -> Harness {
        Self::start_with(true).await
    }

    /// A simulator that refuses calls above `limit` active ones.
    pub async fn with_max_active_calls(limit: usize) -> Harness {
        Self::start_with_options(SandboxOptions {
            max_active_calls: Some(limit),
            ..SandboxOptions::default()
        })
        .await
    }

    async fn start_with(history: bool) -> Harness {
        Self::start_with_options(SandboxOptions {
            history,
            ..SandboxOptions::default()
        })
        .await
    }

    /// A simulator started with `options` and this harness's API key.
    pub async fn start_with_options(options: SandboxOptions) -> Harness {
        let sandbox = Sandbox::start(SandboxOptions {
            api_key: KEY.to_owned(),
            ..options
        })
        .await
        .expect("sandbox starts");
        let http = reqwest::Client::builder()
            .no_proxy()
            .build()
            .expect("http client");
        Harness { sandbox, http }
    }

    pub fn url(&self, path_and_query: &str) -> String {
        format!("http://{}{}", self.sandbox.addr(), path_and_query)
    }

    /// Sends a request with the API key (`key = None` sends none).
    pub async fn send_with_key(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        key: Option<&str>,
    ) -> Answer {
        let mut req = self.http.request(method, self.url(path));
        if let Some(key) = key {
            req = req.header("x-api-key", key);
        }
        if let Some(body) = body {
            req = req.json(body);
        }
        let resp = req.send().await.expect("request reaches the sandbox");
        let status = resp.status();
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header("content-type");
        let retry_after = header("retry-after");
        let text = resp.text().await.expect("body");
        let json = serde_json::from_str(&text).unwrap_or(Value::Null);
        Answer {
            status,
            content_type,
            retry_after,
            text,
            json,
        }
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.send_with_key(Method::GET, path, None, Some(KEY)).await
    }

    pub async fn post(&self, path: &str, body: &Value) -> Answer {
        self.send_with_key(Method::POST, path, Some(body), Some(KEY))
            .await
    }

    pub async fn patch(&self, path: &str, body: &Value) -> Answer {
        self.send_with_key(Method::PATCH, path, Some(body), Some(KEY))
            .await
    }

    pub async fn delete(&self, path: &str) -> Answer {
        self.send_with_key(Method::DELETE, path, None, Some(KEY))
            .await
    }

    /// The first seeded contact from `country`.
    pub async fn contact_in(&self, country: &str) -> Value {
        let all = self.get("/v1/contacts").await.json;
        all.as_array()
            .and_then(|a| a.iter().find(|c| c["country"] == country))
            .cloned()
            .expect("a seeded contact in that country")
    }

    /// The id of the agent speaking `language`.
    pub async fn agent(&self, language: &str) -> String {
        let agents = self.get("/v1/agents").await.json;
        agents["data"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["language"] == language))
            .and_then(|a| a["id"].as_str())
            .map(str::to_owned)
            .expect("a seeded agent in that language")
    }

    /// The first outbound number: (id, E.164).
    pub async fn outbound_number(&self) -> (String, String) {
        let numbers = self
            .get("/v1/phone-numbers?type=outbound&limit=1")
            .await
            .json;
        let n = &numbers["data"][0];
        (
            n["id"].as_str().expect("id").to_owned(),
            n["phone_number"].as_str().expect("number").to_owned(),
        )
    }

    /// A minimal valid contact-call body for a Mexican contact and the es-419 agent.
    pub async fn contact_call_body(&self) -> Value {
        let contact = self.contact_in("México").await;
        let agent = self.agent("es-419").await;
        let (from, _) = self.outbound_number().await;
        serde_json::json!({
            "contact_id": contact["id"],
            "agent_id": agent,
            "from_number_id": from,
        })
    }
}
