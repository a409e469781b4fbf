//! The public documentation's examples, run verbatim against the sandbox binary with only the
//! host swapped: the "Call a Contact" cURL (immediate and scheduled), JavaScript and Python
//! examples and the "Make AI Phone Call" cURL. The texts are in `tests/docs_examples/`, each
//! naming its page; the binary is started as the README says
//! (`contactship-sandbox --port 0 --api-key your-api-key`), so the examples' key is the
//! sandbox's. Each example runs as a subprocess (curl, node, python3 with requests); a missing
//! tool fails the test with the way to install it, never skips it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::BufRead;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::{json, Value};

const HOST_PLACEHOLDER: &str = "{{CONTACTSHIP_HOST}}";
const DOCS_CONTACT: &str = "c1d2e3f4-a5b6-7890-cdef-123456789012";
const DOCS_AGENT: &str = "agent-a1b2c3d4-e5f6-7890-abcd-ef1234567890";
const DOCS_FROM_NUMBER: &str = "+12025551234";
/// The scheduled example's time, as written on the page (Mexico City).
const DOCS_SCHEDULE: &str = "2026-06-15 10:00:00";

/// The sandbox binary, stopped when dropped.
struct Binary {
    child: Child,
    /// `http://127.0.0.1:PORT`, what replaces `https://api.contactship.ai`.
    host: String,
}

impl Binary {
    /// Starts it on a free port and waits for its "listening on" line (so no sleep: the
    /// line is printed once the port is bound).
    fn start() -> Binary {
        let mut child = Command::new(env!("CARGO_BIN_EXE_contactship-sandbox"))
            .args(["--port", "0", "--api-key", "your-api-key"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("the sandbox binary starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the listening line");
        let host = line
            .trim_end()
            .strip_prefix("listening on ")
            .and_then(|url| url.strip_suffix("/v1"))
            .unwrap_or_else(|| panic!("unexpected first line: {line}"))
            .to_owned();
        Binary { child, host }
    }

    /// A GET with the examples' key, read as JSON (through curl, the tool the examples use).
    fn get(&self, path: &str) -> Value {
        let out = output(Command::new("curl").args([
            "-sS",
            "-H",
            "x-api-key: your-api-key",
            &format!("{}{path}", self.host),
        ]));
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("GET {path}: {e}: {out}"))
    }

    /// The sandbox's clock.
    fn now(&self) -> DateTime<Utc> {
        let now = self.get("/__sandbox/clock")["now"]
            .as_str()
            .map(str::to_owned);
        now.and_then(|n| DateTime::parse_from_rfc3339(&n).ok())
            .expect("the clock answers")
            .with_timezone(&Utc)
    }

    /// Runs example `file` with the tool it is written for (`curl` examples through bash),
    /// the host swapped (and `edit` applied, if any); returns what it printed.
    fn run(&self, tool: &str, file: &str, edit: Option<(&str, &str)>) -> String {
        require(tool);
        let program = if tool == "curl" { "bash" } else { tool };
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/docs_examples")
            .join(file);
        let mut text = std::fs::read_to_string(&path).expect("the example file");
        assert!(
            text.contains(HOST_PLACEHOLDER),
            "{file} has no host placeholder"
        );
        text = text.replace(HOST_PLACEHOLDER, &self.host);
        if let Some((from, to)) = edit {
            assert!(text.contains(from), "{file} does not contain {from}");
            text = text.replace(from, to);
        }
        let dir = std::env::temp_dir().join(format!("docs-example-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join(file);
        std::fs::write(&script, text).unwrap();
        let printed = output(Command::new(program).arg(&script));
        let _ = std::fs::remove_dir_all(&dir);
        printed
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Fails, naming the fix, when a tool the examples need is missing.
fn require(program: &str) {
    let check = match program {
        "python3" => Command::new("python3")
            .args(["-c", "import requests"])
            .output(),
        other => Command::new(other).arg("--version").output(),
    };
    let what = if program == "python3" {
        "python3 with the requests module"
    } else {
        program
    };
    assert!(
        check.is_ok_and(|o| o.status.success()),
        "{what} is needed to run the documentation's examples: run scripts/install-deps.sh"
    );
}

/// Runs `cmd` to its end and returns its stdout; a failed run fails the test with stderr.
fn output(cmd: &mut Command) -> String {
    require_ok(
        cmd
            // The examples talk to loopback: a proxy from the environment must not catch them.
            .env("NO_PROXY", "127.0.0.1,localhost")
            .env("no_proxy", "127.0.0.1,localhost")
            .output(),
    )
}

fn require_ok(out: std::io::Result<std::process::Output>) -> String {
    let out = out.expect("the program runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "exit {:?}\nstdout: {stdout}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The id in a line the JavaScript and Python examples print.
fn printed_call_id(printed: &str) -> String {
    let id = printed
        .trim_end()
        .strip_prefix("Call created: ")
        .unwrap_or_else(|| panic!("unexpected output: {printed}"));
    assert!(
        !id.is_empty() && id != "undefined" && id != "None",
        "{printed}"
    );
    id.to_owned()
}

/// The call a docs contact call created, as the sandbox shows it.
fn assert_contact_call(sandbox: &Binary, id: &str, status: &str) -> Value {
    let call = sandbox.get(&format!("/v1/calls/{id}"));
    assert_eq!(call["id"], id, "{call}");
    assert_eq!(call["agent_id"], DOCS_AGENT);
    assert_eq!(call["contact"]["id"], DOCS_CONTACT);
    assert_eq!(call["from"], DOCS_FROM_NUMBER);
    assert_eq!(call["call_status"], status);
    call
}

#[test]
fn the_immediate_call_a_contact_curl_example_places_a_call() {
    let sandbox = Binary::start();
    let printed = sandbox.run("curl", "call-a-contact-immediate.sh", None);
    let created: Value = serde_json::from_str(&printed).expect("JSON");
    let id = created["call_id"].as_str().expect("a call id").to_owned();
    assert_eq!(created["agent_id"], DOCS_AGENT);
    assert_eq!(created["contact_id"], DOCS_CONTACT);
    assert_contact_call(&sandbox, &id, "in-queue");
}

#[test]
fn the_scheduled_curl_example_is_refused_for_its_past_date_and_placed_with_a_future_one() {
    let sandbox = Binary::start();
    // 10:00 in Mexico City (UTC-6, no daylight saving) is 16:00 UTC.
    let docs_time = Utc.with_ymd_and_hms(2026, 6, 15, 16, 0, 0).unwrap();
    let now = sandbox.now();
    assert!(
        now > docs_time,
        "the sandbox starts at this machine's time ({now}), which is before the docs' date: check the clock"
    );
    let refused: Value =
        serde_json::from_str(&sandbox.run("curl", "call-a-contact-scheduled.sh", None))
            .expect("JSON");
    assert_eq!(refused["statusCode"], 400, "{refused}");
    assert_eq!(refused["field"], "schedule.scheduled_call_time");
    assert!(
        refused["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("schedule.scheduled_call_time is in the past")),
        "{refused}"
    );
    assert_eq!(sandbox.get("/v1/calls")["count"], 0, "nothing was placed");

    let tomorrow = (now + Duration::days(1))
        .with_timezone(&chrono_tz::America::Mexico_City)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string();
    let edit = Some((DOCS_SCHEDULE, tomorrow.as_str()));
    let printed = sandbox.run("curl", "call-a-contact-scheduled.sh", edit);
    let created: Value = serde_json::from_str(&printed).expect("JSON");
    let id = created["call_id"].as_str().expect("a call id").to_owned();
    assert_eq!(created["contact_id"], DOCS_CONTACT);
    assert_contact_call(&sandbox, &id, "scheduled");
}

#[test]
fn the_javascript_fetch_example_prints_its_call_id() {
    let sandbox = Binary::start();
    let id = printed_call_id(&sandbox.run("node", "call-a-contact.mjs", None));
    assert_contact_call(&sandbox, &id, "in-queue");
}

#[test]
fn the_python_requests_example_prints_its_call_id() {
    let sandbox = Binary::start();
    let id = printed_call_id(&sandbox.run("python3", "call-a-contact.py", None));
    let call = assert_contact_call(&sandbox, &id, "in-queue");
    assert_eq!(call["contact"]["full_name"], "Laura Méndez Ortega");
}

#[test]
fn the_make_ai_phone_call_curl_example_calls_jane_smith() {
    let sandbox = Binary::start();
    let printed = sandbox.run("curl", "make-ai-phone-call.sh", None);
    let created: Value = serde_json::from_str(&printed).expect("JSON");
    let id = created["call_id"].as_str().expect("a call id").to_owned();
    assert_eq!(created["agent_id"], DOCS_AGENT);
    assert_eq!(created["contact_id"], Value::Null, "{created}");
    let call = sandbox.get(&format!("/v1/calls/{id}"));
    assert_eq!(call["from"], DOCS_FROM_NUMBER);
    assert_eq!(
        call["contact"],
        json!({"id": null, "full_name": "Jane Smith", "phone_number": "+14155552678",
               "email": "jane.smith@example.com", "country": "United States"})
    );
    assert_eq!(call["call_status"], "in-queue");
}

/// What the examples rely on, through the library too (the binary serves the same).
#[tokio::test]
async fn the_documentation_examples_ids_are_served_as_written() {
    let h = crate::common::Harness::start().await;
    let contact = h.get(&format!("/v1/contacts/{DOCS_CONTACT}")).await;
    assert_eq!(contact.status, reqwest::StatusCode::OK, "{}", contact.text);
    assert_eq!(contact.json["id"], DOCS_CONTACT);
    let phone = contact.json["phone_number"].as_str().unwrap_or_default();
    let by_phone = h
        .get(&format!("/v1/contacts/{phone}?identifierType=phone_number"))
        .await;
    assert_eq!(by_phone.json["id"], DOCS_CONTACT);

    let agent = h.get(&format!("/v1/agents/{DOCS_AGENT}")).await;
    assert_eq!(agent.status, reqwest::StatusCode::OK, "{}", agent.text);
    assert_eq!(agent.json["data"]["id"], DOCS_AGENT);

    let outbound = h
        .get("/v1/phone-numbers?type=outbound&limit=100")
        .await
        .json;
    let docs = outbound["data"]
        .as_array()
        .and_then(|d| {
            d.iter()
                .find(|n| n["id"] == "pn-a1b2c3d4-e5f6-7890-abcd-ef1234567890")
        })
        .cloned();
    assert_eq!(
        docs.map(|n| n["phone_number"].clone()),
        Some(json!(DOCS_FROM_NUMBER))
    );
}
