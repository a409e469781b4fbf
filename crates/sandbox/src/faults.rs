//! Fault injection: rules queued by tests (or the Sandbox-mode UI) that make the next matching
//! requests misbehave the way real networks and servers do.

use serde::{Deserialize, Serialize};

/// A queued fault. Rules are matched in the order they were added, by method (any when `None`)
/// and exact path (including `/v1`, without the query string); each rule is consumed after
/// `times` matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaultRule {
    /// HTTP method to match, case-insensitive; `None` matches every method.
    #[serde(default)]
    pub method: Option<String>,
    /// Exact request path, e.g. `/v1/calls/single-contact-call`.
    pub path: String,
    /// How many matching requests this rule affects (default 1).
    #[serde(default = "one")]
    pub times: u32,
    /// When true the request is first processed for real (e.g. the call IS created) and only the
    /// response is replaced by the fault; when false (default) the request has no effect.
    #[serde(default)]
    pub apply: bool,
    /// What happens to the matching requests.
    pub action: FaultAction,
}

fn one() -> u32 {
    1
}

impl FaultRule {
    /// A rule matching `method` and `path` once, without processing the request.
    pub fn new(method: &str, path: &str, action: FaultAction) -> Self {
        Self {
            method: Some(method.to_owned()),
            path: path.to_owned(),
            times: 1,
            apply: false,
            action,
        }
    }

    /// The same rule, matching `times` requests.
    pub fn times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }

    /// The same rule, but the request is processed for real before the fault hits the response.
    pub fn applied(mut self) -> Self {
        self.apply = true;
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        let method_ok = self
            .method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method));
        method_ok && self.path == path
    }
}

/// The misbehaviour a [`FaultRule`] injects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultAction {
    /// Answer with this status and body (default: a JSON error body for the status) and
    /// content type (default `application/json; charset=utf-8`).
    Status {
        /// HTTP status code.
        status: u16,
        /// Raw response body.
        #[serde(default)]
        body: Option<String>,
        /// Content type of `body`.
        #[serde(default)]
        content_type: Option<String>,
    },
    /// Answer with an nginx-like HTML error page, as a misbehaving proxy does.
    Html {
        /// HTTP status code (e.g. 502).
        status: u16,
    },
    /// Answer 429 with a `Retry-After` header.
    RateLimited {
        /// Value of the `Retry-After` header, in seconds.
        retry_after_secs: u32,
    },
    /// Wait this long before answering normally. With `apply` the request takes effect at once and
    /// only the response is delayed; without it the request is processed after the wait.
    Latency {
        /// Delay in milliseconds.
        ms: u64,
    },
    /// Read the whole request, then close the connection without sending any response.
    CloseAfterRead,
    /// Answer 200 with a truncated, unparseable JSON body.
    Unparseable200,
}

/// The ordered queue of pending fault rules.
#[derive(Debug, Default)]
pub(crate) struct FaultQueue {
    rules: Vec<FaultRule>,
}

impl FaultQueue {
    /// Queues a rule; rules with `times == 0` never match and are dropped.
    pub(crate) fn push(&mut self, rule: FaultRule) {
        if rule.times > 0 {
            self.rules.push(rule);
        }
    }

    /// Takes one use of the first rule matching the request, if any.
    pub(crate) fn take(&mut self, method: &str, path: &str) -> Option<FaultRule> {
        let index = self.rules.iter().position(|r| r.matches(method, path))?;
        let rule = &mut self.rules[index];
        rule.times -= 1;
        let taken = rule.clone();
        if rule.times == 0 {
            self.rules.remove(index);
        }
        Some(taken)
    }

    /// Number of rules still queued.
    pub(crate) fn len(&self) -> usize {
        self.rules.len()
    }

    /// Drops every queued rule.
    pub(crate) fn clear(&mut self) {
        self.rules.clear();
    }
}

/// The nginx-style HTML page returned by [`FaultAction::Html`].
pub(crate) fn html_page(status: u16, reason: &str) -> String {
    format!(
        "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n"
    )
}

/// A body cut in the middle of a JSON object, as a dropped proxy stream would leave it.
pub(crate) fn truncated_body(real: Option<&[u8]>) -> Vec<u8> {
    match real {
        Some(body) if body.len() > 2 => body[..body.len() / 2].to_vec(),
        _ => br#"{"call_id":"3f1c2a9e-7b"#.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_match_in_order_and_are_consumed() {
        let mut q = FaultQueue::default();
        q.push(FaultRule::new("POST", "/v1/calls", FaultAction::Unparseable200).times(2));
        q.push(FaultRule::new(
            "GET",
            "/v1/calls",
            FaultAction::CloseAfterRead,
        ));
        assert_eq!(q.take("GET", "/v1/agents"), None);
        assert_eq!(
            q.take("get", "/v1/calls").map(|r| r.action),
            Some(FaultAction::CloseAfterRead)
        );
        assert!(q.take("POST", "/v1/calls").is_some());
        assert!(q.take("POST", "/v1/calls").is_some());
        assert_eq!(q.take("POST", "/v1/calls"), None);
        assert_eq!(q.len(), 0);
    }

    #[test]
    fn a_rule_without_method_matches_any_method() {
        let mut q = FaultQueue::default();
        let mut rule = FaultRule::new("GET", "/v1/agents", FaultAction::Html { status: 502 });
        rule.method = None;
        q.push(rule);
        assert!(q.take("DELETE", "/v1/agents").is_some());
    }

    #[test]
    fn fault_rules_deserialize_with_defaults() {
        let rule: Result<FaultRule, _> = serde_json::from_str(
            r#"{"path":"/v1/agents","action":{"kind":"rate_limited","retry_after_secs":7}}"#,
        );
        let rule = rule.ok();
        assert_eq!(rule.as_ref().map(|r| r.times), Some(1));
        assert_eq!(rule.as_ref().map(|r| r.apply), Some(false));
        assert_eq!(
            rule.map(|r| r.action),
            Some(FaultAction::RateLimited {
                retry_after_secs: 7
            })
        );
    }

    #[test]
    fn fault_kinds_use_their_wire_names() {
        let kinds = [
            (
                FaultAction::CloseAfterRead,
                r#"{"kind":"close_after_read"}"#,
            ),
            (FaultAction::Unparseable200, r#"{"kind":"unparseable200"}"#),
            (
                FaultAction::Html { status: 502 },
                r#"{"kind":"html","status":502}"#,
            ),
            (
                FaultAction::Latency { ms: 5 },
                r#"{"kind":"latency","ms":5}"#,
            ),
        ];
        for (action, wire) in kinds {
            assert_eq!(serde_json::to_string(&action).ok().as_deref(), Some(wire));
            assert_eq!(serde_json::from_str::<FaultAction>(wire).ok(), Some(action));
        }
    }

    #[test]
    fn truncated_bodies_are_not_json() {
        let cut = truncated_body(Some(br#"{"call_id":"abc","agent_id":"def"}"#));
        assert!(serde_json::from_slice::<serde_json::Value>(&cut).is_err());
        assert!(serde_json::from_slice::<serde_json::Value>(&truncated_body(None)).is_err());
    }
}
