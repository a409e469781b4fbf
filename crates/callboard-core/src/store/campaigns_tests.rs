use super::*;
use crate::campaign::list::{self, CheckOptions};

fn store(dir: &std::path::Path) -> CallStore {
    CallStore::open_default(dir.join("calls.sqlite3"))
        .unwrap()
        .0
}

fn callees(csv: &str) -> Vec<(Callee, Vec<String>)> {
    let sheet = list::read(csv.as_bytes()).unwrap();
    let mapping = list::guess(&sheet);
    let nobody = |_: &str| None;
    let checked = list::check(
        &sheet,
        &mapping,
        CheckOptions {
            default_country: Some("CO"),
            fallback_zone: None,
            do_not_call: &nobody,
        },
    );
    checked
        .callees
        .into_iter()
        .map(|c| {
            let cells = sheet
                .rows
                .iter()
                .find(|r| r.number == c.row as usize)
                .map(|r| r.cells.clone())
                .unwrap();
            (c, cells)
        })
        .collect()
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

const LIST: &str = "nombre,teléfono,zona,plan\n\
Ana Peña,301 444 5709,,oro\n\
Beto,+52 55 1234 5678,,\n\
Dario,+61 412 345 678,,plata\n\
Eva,+34 612 345 678,Atlantic/Canary,\n";

#[test]
fn a_campaign_and_its_rows_come_back_as_they_were_stored() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let rows = callees(LIST);
    assert_eq!(rows.len(), 4);
    let id = Uuid::new_v4();
    let settings = serde_json::json!({"agent_id": "agent-1", "per_minute": 5});
    store
        .create_campaign(&NewCampaign {
            id,
            name: "Cobranza diciembre",
            created_at: at("2026-12-02T15:00:00Z"),
            source: "clientes.csv",
            settings: &settings,
            rows: &rows,
        })
        .unwrap();
    let read = store.campaign_rows(id, 0, 100).unwrap();
    let got: Vec<(Callee, Vec<String>)> = read
        .iter()
        .map(|r| (r.callee.clone(), r.cells.clone()))
        .collect();
    assert_eq!(
        got, rows,
        "every field of every callee, and the cells as read"
    );
    assert!(read
        .iter()
        .all(|r| r.state == RowState::Waiting && r.attempts == 0));
    assert_eq!(
        store
            .campaign_rows(id, 1, 2)
            .unwrap()
            .iter()
            .map(|r| r.callee.row)
            .collect::<Vec<_>>(),
        [3, 4]
    );

    let all = store.campaigns().unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(
        (
            all[0].id,
            all[0].name.as_str(),
            all[0].state,
            all[0].source.as_str()
        ),
        (
            id,
            "Cobranza diciembre",
            CampaignState::Ready,
            "clientes.csv"
        )
    );
    assert_eq!(all[0].settings, settings);
    assert_eq!(all[0].rows_by_state, vec![(RowState::Waiting, 4)]);

    // Reopened, the same.
    drop(store);
    let again = super::super::CallStore::open_default(dir.path().join("calls.sqlite3"))
        .unwrap()
        .0;
    assert_eq!(again.campaign_rows(id, 0, 100).unwrap(), read);
}

#[test]
fn a_name_already_used_in_any_letter_case_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let rows = callees(LIST);
    let settings = serde_json::json!({});
    let new = |id, name| NewCampaign {
        id,
        name,
        created_at: at("2026-12-02T15:00:00Z"),
        source: "clientes.csv",
        settings: &settings,
        rows: &rows,
    };
    let first = Uuid::new_v4();
    store.create_campaign(&new(first, "Renovaciones")).unwrap();
    let second = Uuid::new_v4();
    let err = store
        .create_campaign(&new(second, "RENOVACIONES"))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "A campaign called \"RENOVACIONES\" already exists. Choose another name."
    );
    assert_eq!(err.field(), Some("name"));
    assert_eq!(store.campaigns().unwrap().len(), 1);
    assert!(store.campaign_rows(second, 0, 10).unwrap().is_empty());
}
