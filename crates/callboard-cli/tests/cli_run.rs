//! `campaign run` and `campaign resume` as a user runs them: the built binary against the
//! API simulator on loopback (its clock moves only when a test says so), a temp data folder,
//! the simulator's request log as the witness of what was dialled.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use contactship::{ApiKey, BaseUrl, Client, ContactFilter};
use contactship_sandbox::{Sandbox, SandboxOptions};
use std::collections::HashMap;
use std::process::{Child, Command, Output, Stdio};

const CREATE: &str = "/v1/calls/single-contact-call";

struct Sim {
    sandbox: Sandbox,
    agent: String,
    number: String,
    data: tempfile::TempDir,
}

async fn sim() -> Sim {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = Client::new(
        BaseUrl::parse(&sandbox.base_url()).unwrap(),
        ApiKey::new(sandbox.api_key()).unwrap(),
    )
    .unwrap();
    let agent = client.list_agents().await.unwrap().remove(0).id;
    let number = client
        .list_phone_numbers(None)
        .await
        .unwrap()
        .into_iter()
        .find(|n| matches!(n.kind, Some(contactship::PhoneNumberType::Outbound)))
        .unwrap()
        .id;
    // Three of the sandbox's own people, one new, one bad row.
    let mut csv = String::from("nombre,teléfono\n");
    for c in client
        .list_contacts(&ContactFilter::default())
        .await
        .unwrap()
        .iter()
        .take(3)
    {
        let name = c.full_name.clone().unwrap_or_default();
        csv.push_str(&format!("{name},{}\n", c.phone_number.clone().unwrap()));
    }
    csv.push_str("Persona Nueva,+52 55 1234 5678\nSin Número,12\n");
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("lista.csv"), csv).unwrap();
    Sim {
        sandbox,
        agent,
        number,
        data,
    }
}

impl Sim {
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_callboard-cli"));
        cmd.env("CALLBOARD_DATA_DIR", self.data.path().join("data"))
            .env("CALLBOARD_API_URL", self.sandbox.base_url())
            .env("CONTACTSHIP_API_KEY", self.sandbox.api_key())
            .env("CALLBOARD_CLI_POLL_MS", "20")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C") // English, whatever this machine speaks (see cli_lang.rs)
            .args(args);
        cmd
    }

    fn run_args(&self, extra: &[&str]) -> Vec<String> {
        let list = self.data.path().join("lista.csv");
        let mut args: Vec<String> = [
            "campaign",
            "run",
            "--csv",
            list.to_str().unwrap(),
            "--agent",
            &self.agent,
            "--from-number",
            &self.number,
            "--name",
            "Diciembre",
            "--window",
            "00:00-23:59",
            "--days",
            "all",
            "--per-minute",
            "60",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        args
    }

    fn output(&self, args: &[String]) -> Output {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        self.command(&refs).output().unwrap()
    }

    fn spawn(&self, args: &[String]) -> Child {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        self.command(&refs)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    /// Create-call POSTs by campaign row.
    fn dials(&self) -> HashMap<String, usize> {
        let mut by_row = HashMap::new();
        for r in self.sandbox.requests() {
            if r.method == "POST" && r.path == CREATE {
                let row = r
                    .body
                    .as_ref()
                    .map(|b| b["metadata"]["callboard_campaign_row"].to_string());
                *by_row.entry(row.unwrap_or_default()).or_insert(0) += 1;
            }
        }
        by_row
    }

    /// Moves the simulator on until `child` exits (bounded), so calls handed over can end.
    fn until_exit(&self, child: &mut Child) -> Output {
        for _ in 0..2000 {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            self.sandbox.advance_clock(chrono::Duration::minutes(10));
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let _ = child.kill();
        std::mem::replace(child, Command::new("true").spawn().unwrap())
            .wait_with_output()
            .unwrap()
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_hands_every_valid_row_over_once_creates_new_contacts_once_and_counts_in_json() {
    let s = sim().await;
    let out = s.output(&s.run_args(&["--max-active", "10", "--json"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("skipped: Row 6"),
        "{}",
        text(&out.stderr)
    );
    let last = text(&out.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned();
    let json: serde_json::Value = serde_json::from_str(&last).unwrap();
    assert_eq!(json["rows"], 4);
    assert_eq!(json["by_state"]["waiting"], 0, "{json}");
    assert_eq!(
        json["state"], "paused",
        "nothing drives it after run returns: {json}"
    );
    assert!(
        text(&out.stderr).contains("--follow"),
        "{}",
        text(&out.stderr)
    );
    let dials = s.dials();
    assert_eq!(dials.len(), 4, "{dials:?}");
    assert!(dials.values().all(|n| *n == 1), "{dials:?}");
    let contacts = s
        .sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == "/v1/contacts")
        .count();
    assert_eq!(contacts, 1, "the new person is created once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_waits_until_every_call_is_final() {
    let s = sim().await;
    let mut child = s.spawn(&s.run_args(&[
        "--max-active",
        "2",
        "--max-attempts",
        "1",
        "--follow",
        "--json",
    ]));
    let out = s.until_exit(&mut child);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let last = text(&out.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned();
    let json: serde_json::Value = serde_json::from_str(&last).unwrap();
    assert_eq!(json["state"], "finished", "{json}");
    assert_eq!(json["by_state"]["done"], 4, "{json}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_options_are_one_sentence_each_naming_the_option_and_nothing_is_dialled() {
    let s = sim().await;
    let list = s.data.path().join("lista.csv");
    let out = s.output(&[
        "campaign".into(),
        "run".into(),
        "--csv".into(),
        list.to_string_lossy().into_owned(),
        "--per-minute".into(),
        "0".into(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    for option in ["--agent", "--from-number", "--per-minute"] {
        assert!(err.contains(&format!("{option}:")), "{option} in {err}");
    }
    for (args, option) in [
        (vec!["--window", "25:00-10:00"], "--window"),
        (vec!["--days", "xyz"], "--days"),
        (vec!["--retry", "never"], "--retry"),
    ] {
        let out = s.output(&s.run_args(&args));
        assert_eq!(out.status.code(), Some(2), "{option}");
        assert!(text(&out.stderr).contains(option), "{}", text(&out.stderr));
    }
    for (args, option) in [
        (
            vec!["--agent".to_owned(), "agent-nobody".to_owned()],
            "--agent: Contactship has no agent",
        ),
        (
            vec!["--from-number".to_owned(), "pn-nobody".to_owned()],
            "--from-number: Contactship has no number",
        ),
    ] {
        let mut all = s.run_args(&[]);
        let at = all.iter().position(|a| *a == args[0]).unwrap();
        all[at + 1] = args[1].clone();
        let out = s.output(&all);
        assert_eq!(out.status.code(), Some(2), "{option}");
        assert!(text(&out.stderr).contains(option), "{}", text(&out.stderr));
    }
    let out = s
        .command(&["campaign", "resume", "--name", "Nadie"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(s.dials().is_empty(), "nothing was dialled");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_mid_run_or_interrupted_it_resumes_where_it_was_and_no_row_is_dialled_twice() {
    let s = sim().await;
    // Two at once and the clock still: the run hands two over and waits for them to end.
    let mut child = s.spawn(&s.run_args(&["--max-active", "2", "--max-attempts", "1"]));
    for _ in 0..2000 {
        if s.dials().len() >= 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(s.dials().len() >= 2, "the run started dialling");
    child.kill().unwrap(); // SIGKILL: no chance to tidy up
    child.wait().unwrap();

    // Resumed, then interrupted with Ctrl-C (SIGINT): paused, exit 130.
    let resume: Vec<String> = ["campaign", "resume", "--name", "diciembre"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let mut child = s.spawn(&resume);
    std::thread::sleep(std::time::Duration::from_millis(300));
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let out = s.until_exit(&mut child);
    if out.status.code() == Some(130) {
        assert!(
            text(&out.stderr).contains("campaign resume --name"),
            "{}",
            text(&out.stderr)
        );
        let status = s
            .command(&["campaign", "status", "--name", "Diciembre", "--json"])
            .output()
            .unwrap();
        assert!(
            text(&status.stdout).contains("\"paused\""),
            "{}",
            text(&status.stdout)
        );
    }

    let mut child = s.spawn(&[resume.clone(), vec!["--follow".into(), "--json".into()]].concat());
    let out = s.until_exit(&mut child);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let dials = s.dials();
    assert_eq!(dials.len(), 4, "every valid row accounted: {dials:?}");
    assert!(
        dials.values().all(|n| *n == 1),
        "no row dialled twice: {dials:?}"
    );
    let out = s
        .command(&["campaign", "resume", "--name", "Diciembre"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a finished campaign can't be resumed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_counts_new_contacts_with_a_key_and_says_null_without_one() {
    let s = sim().await;
    let list = s.data.path().join("lista.csv");
    let list = list.to_str().unwrap();
    let out = s
        .command(&["campaign", "check", "--csv", list, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["new_contacts"], 1, "one person is new to the sandbox");
    let human = s
        .command(&["campaign", "check", "--csv", list])
        .output()
        .unwrap();
    assert!(text(&human.stdout).contains("1 new contact will be added to Contactship."));

    let out = s
        .command(&["campaign", "check", "--csv", list, "--json"])
        .env_remove("CONTACTSHIP_API_KEY")
        // No keychain here either: a session bus that doesn't exist.
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["new_contacts"].is_null(), "{json}");
    assert!(s.dials().is_empty(), "checking dials nobody");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_apps_sample_list_runs_to_the_end_from_the_command_line() {
    let s = sim().await;
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../callboard-core/assets/sample-contacts.csv"
    );
    let mut args = s.run_args(&[
        "--default-country",
        "MX",
        "--max-active",
        "10",
        "--max-attempts",
        "1",
        "--follow",
        "--json",
    ]);
    let at = args.iter().position(|a| a == "--csv").unwrap();
    args[at + 1] = sample.to_owned();
    let mut child = s.spawn(&args);
    let out = s.until_exit(&mut child);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let last = text(&out.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned();
    let json: serde_json::Value = serde_json::from_str(&last).unwrap();
    assert_eq!(
        (json["rows"].as_u64(), json["state"].as_str()),
        (Some(47), Some("finished")),
        "{json}"
    );
    assert!(
        text(&out.stderr).contains("merged: row 38 is the same person as row 25."),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        s.dials().len(),
        47,
        "every callable row of the sample dialled once"
    );
}
