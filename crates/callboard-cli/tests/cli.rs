//! `callboard-cli` as a user runs it: the built binary, real files, its stdout, stderr and
//! exit code.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;
use std::process::{Command, Output};

/// Runs the CLI on an empty data folder of its own (never this user's real one).
fn cli(args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    cli_in(data.path(), args)
}

fn cli_in(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_callboard-cli"))
        .env("CALLBOARD_DATA_DIR", data_dir)
        // Never this machine's key or API: no key in the environment, no keychain reachable.
        .env_remove("CONTACTSHIP_API_KEY")
        .env_remove("CALLBOARD_API_URL")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        // English whatever this machine's language (tests/cli_lang.rs checks the others).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .args(args)
        .output()
        .expect("callboard-cli runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn list(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("the list is written");
    path.to_string_lossy().into_owned()
}

const LIST: &[u8] = b"Nombre;Tel\xe9fono;Pa\xeds;Plan\r\n\
Mar\xeda Pe\xf1a;301 444 5709;Colombia;oro\r\n\
Jos\xe9;12;Colombia;\r\n\
Mar\xeda otra vez;+57 301 444 5709;;plata\r\n\
Dario;+61 412 345 678;;\r\n";

#[test]
fn campaign_check_json_counts_every_row_and_names_each_problem() {
    let dir = tempfile::tempdir().unwrap();
    let file = list(dir.path(), "clientes.csv", LIST);
    let out = cli(&["campaign", "check", "--csv", &file, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(json["rows"], 4);
    assert_eq!(json["valid"], 2);
    assert_eq!(
        json["invalid"],
        serde_json::json!([{"row": 3, "reason": "Row 3: \"12\" is not a phone number for country CO."}])
    );
    assert_eq!(
        json["duplicates"],
        serde_json::json!([{"row": 4, "same_as": 2}])
    );
    assert_eq!(json["dnc"], serde_json::json!([]));
    assert_eq!(json["needs_zone"], 1, "an Australian mobile gives no zone");
    assert_eq!(json["callees"][0]["phone"], "+573014445709");
    assert_eq!(json["callees"][0]["name"], "María Peña");
    assert_eq!(
        json["callees"][0]["data"],
        serde_json::json!([["plan", "oro"]])
    );
}

#[test]
fn campaign_check_speaks_to_a_person_without_json() {
    let dir = tempfile::tempdir().unwrap();
    let file = list(dir.path(), "clientes.csv", LIST);
    let out = cli(&[
        "campaign",
        "check",
        "--csv",
        &file,
        "--zone",
        "Australia/Sydney",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for line in [
        "Checked 4 rows of",
        "(CSV separated by ';', Windows-1252 (Latin-1); headers on row 1)",
        "column B (Teléfono) → phone",
        "column D (Plan) → additional data \"plan\"",
        "2 can be called; 1 cannot.",
        "  Row 3: \"12\" is not a phone number for country CO.",
        "Row 4 is the same person as row 2: merged.",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in:\n{stdout}");
    }
    assert!(
        !stdout.contains("no clear time zone"),
        "--zone answered it:\n{stdout}"
    );
}

#[test]
fn bad_arguments_and_files_end_with_one_sentence_and_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = list(dir.path(), "ok.csv", LIST);
    let empty = list(dir.path(), "empty.csv", b"\n\n");
    let no_phone = list(dir.path(), "names.csv", b"name,city\nAna,Cali\n");
    let missing = dir
        .path()
        .join("nowhere.csv")
        .to_string_lossy()
        .into_owned();
    let cases: [(Vec<&str>, &str); 5] = [
        (vec!["--csv", &missing], "could not be read"),
        (vec!["--csv", &empty], "The file is empty"),
        (
            vec!["--csv", &no_phone],
            "Choose which column holds the phone number",
        ),
        (
            vec!["--csv", &good, "--default-country", "Narnia"],
            "\"Narnia\" is not a country",
        ),
        (
            vec!["--csv", &good, "--zone", "Mars/Base"],
            "\"Mars/Base\" is not a time zone",
        ),
    ];
    for (args, sentence) in cases {
        let out = cli(&[&["campaign", "check"][..], &args].concat());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(stderr.contains(sentence), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one sentence: {stderr}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn campaign_check_skips_numbers_on_the_apps_do_not_call_list_even_while_the_app_is_open() {
    use callboard_core::store::CallStore;
    let data = tempfile::tempdir().unwrap();
    // The "app": the store open, its writer lock held, one number listed.
    let (store, _) = CallStore::open_default(data.path().join("calls.sqlite3")).unwrap();
    store
        .add_do_not_call(
            &[("+573014445709".into(), "Asked not to be called".into())],
            chrono::Utc::now(),
        )
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = list(dir.path(), "clientes.csv", LIST);
    let out = cli_in(
        data.path(),
        &["campaign", "check", "--csv", &file, "--json"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["dnc"],
        serde_json::json!([{"row": 2, "phone": "+573014445709", "reason": "Asked not to be called"}])
    );
    assert_eq!(
        json["valid"], 1,
        "row 4 is merged into row 2, which is skipped"
    );
    drop(store);
}

/// Stores a campaign of `csv` called `name` in `data_dir`, as the app or `campaign run` do.
fn stored_campaign(data_dir: &Path, name: &str, csv: &str) -> uuid::Uuid {
    use callboard_core::campaign::list::{self, CheckOptions};
    use callboard_core::store::{CallStore, NewCampaign, STORE_FILE_NAME};
    let (store, _) = CallStore::open_default(data_dir.join(STORE_FILE_NAME)).unwrap();
    let sheet = list::read(csv.as_bytes()).unwrap();
    let nobody = |_: &str| None;
    let checked = list::check(
        &sheet,
        &list::guess(&sheet),
        CheckOptions {
            default_country: Some("CO"),
            fallback_zone: None,
            do_not_call: &nobody,
        },
    );
    let rows: Vec<_> = checked
        .callees
        .into_iter()
        .map(|c| (c, Vec::new()))
        .collect();
    let id = uuid::Uuid::new_v4();
    store
        .create_campaign(&NewCampaign {
            id,
            name,
            created_at: chrono::Utc::now(),
            source: "clientes.csv",
            settings: &serde_json::json!({}),
            rows: &rows,
        })
        .unwrap();
    id
}

#[test]
fn campaign_status_counts_people_by_state_in_words_and_in_json_while_the_store_is_held() {
    let dir = tempfile::tempdir().unwrap();
    stored_campaign(
        dir.path(),
        "Diciembre",
        "nombre,teléfono\nAna,301 444 5709\nBeto,301 444 5710\n",
    );
    // A writer holds the store, as a running campaign does: status still reads it.
    let (_held, _) = callboard_core::store::CallStore::open_default(
        dir.path().join(callboard_core::store::STORE_FILE_NAME),
    )
    .unwrap();
    let words = cli_in(dir.path(), &["campaign", "status", "--name", "diciembre"]);
    assert!(words.status.success(), "{}", text(&words.stderr));
    let said = text(&words.stdout);
    assert!(
        said.starts_with("Campaign \"Diciembre\" is ready (2 people from clientes.csv"),
        "{said}"
    );
    assert!(said.trim_end().ends_with(": 2 waiting."), "{said}");
    let json = cli_in(
        dir.path(),
        &["campaign", "status", "--name", "Diciembre", "--json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["state"], "ready");
    assert_eq!(v["rows"], 2);
    assert_eq!(v["by_state"]["waiting"], 2);
    assert_eq!(v["by_state"]["done"], 0);
}

#[test]
fn campaign_status_of_a_name_nobody_used_lists_the_campaigns_there_are() {
    let dir = tempfile::tempdir().unwrap();
    let empty = cli_in(dir.path(), &["campaign", "status", "--name", "Enero"]);
    assert_eq!(empty.status.code(), Some(2));
    assert!(text(&empty.stderr).contains("there are no campaigns in"));
    stored_campaign(
        dir.path(),
        "Diciembre",
        "nombre,teléfono\nAna,301 444 5709\n",
    );
    let wrong = cli_in(dir.path(), &["campaign", "status", "--name", "Enero"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert_eq!(
        text(&wrong.stderr).trim(),
        "callboard-cli: there is no campaign called \"Enero\"; the campaigns are: Diciembre."
    );
}

/// Records an attempt at `contact` that never left this computer, from `campaign` if given.
fn stored_call(data_dir: &Path, contact: &str, campaign: Option<uuid::Uuid>) {
    use callboard_core::calls::{CallLabels, JournalRecord, Outcome, RequestSummary};
    use callboard_core::store::{CallStore, STORE_FILE_NAME};
    let (store, _) = CallStore::open_default(data_dir.join(STORE_FILE_NAME)).unwrap();
    let request_id = uuid::Uuid::new_v4();
    let at = chrono::Utc::now();
    let request = RequestSummary {
        contact_id: format!("contact-{contact}"),
        agent_id: "agent-1".into(),
        from_number_id: "number-1".into(),
        body: serde_json::json!({}),
        labels: CallLabels {
            contact_name: contact.into(),
            contact_phone: "+573014445709".into(),
            agent_name: "Sofía".into(),
            when_label: "Now".into(),
            ..CallLabels::default()
        },
        due_at: None,
        campaign_id: campaign.map(|c| c.to_string()),
    };
    store
        .append_all(&[
            JournalRecord::Sending {
                request_id,
                at,
                request,
            },
            JournalRecord::Outcome {
                request_id,
                at,
                outcome: Outcome::NotSent {
                    code: "connect_failed".into(),
                    message: "Couldn't reach Contactship.".into(),
                },
            },
        ])
        .unwrap();
}

#[test]
fn calls_list_filters_by_campaign_and_state_and_prints_lines_or_json() {
    let dir = tempfile::tempdir().unwrap();
    let campaign = stored_campaign(
        dir.path(),
        "Diciembre",
        "nombre,teléfono\nAna,301 444 5709\n",
    );
    stored_call(dir.path(), "Ana", Some(campaign));
    stored_call(dir.path(), "Beto", None);
    let all = cli_in(dir.path(), &["calls", "list"]);
    assert!(all.status.success(), "{}", text(&all.stderr));
    let lines = text(&all.stdout);
    assert_eq!(lines.lines().count(), 2, "{lines}");
    assert!(
        lines.lines().next().unwrap().contains("not_sent"),
        "{lines}"
    );
    let mine = cli_in(
        dir.path(),
        &[
            "calls",
            "list",
            "--campaign",
            "diciembre",
            "--status",
            "not-sent",
            "--json",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&mine.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["contact"], "Ana");
    assert_eq!(list[0]["campaign_id"], campaign.to_string());
    let none = cli_in(dir.path(), &["calls", "list", "--status", "completed"]);
    assert_eq!(text(&none.stdout).trim(), "No calls match.");
    let limited = cli_in(dir.path(), &["calls", "list", "--limit", "1", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&limited.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn calls_list_refuses_an_unknown_state_a_bad_limit_and_an_unknown_campaign_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let bad_state = cli_in(dir.path(), &["calls", "list", "--status", "ringing"]);
    assert_eq!(bad_state.status.code(), Some(2));
    let said = text(&bad_state.stderr);
    assert!(
        said.starts_with(
            "callboard-cli: \"ringing\" is not a call state; give --status one of: sending,"
        ),
        "{said}"
    );
    let bad_limit = cli_in(dir.path(), &["calls", "list", "--limit", "0"]);
    assert_eq!(bad_limit.status.code(), Some(2));
    assert!(text(&bad_limit.stderr).contains("--limit a number from 1 to 500"));
    stored_call(dir.path(), "Ana", None);
    let unknown = cli_in(dir.path(), &["calls", "list", "--campaign", "Enero"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(
        text(&unknown.stderr).trim(),
        "callboard-cli: there is no campaign called \"Enero\"."
    );
}
