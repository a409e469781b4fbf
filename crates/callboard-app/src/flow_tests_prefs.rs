//! Preference updates: changes merge with what is saved, concurrent saves of different
//! fields all land, and a wrong field saves nothing and is named.

use crate::flow_tests::harness;
use crate::ipc::{PrefChange, Theme};
use crate::preferences;
use std::sync::Arc;

#[test]
fn a_change_keeps_every_other_saved_field() {
    let h = harness(None);
    let hours = PrefChange::CallingHours {
        start: "09:00".into(),
        end: "18:00".into(),
    };
    preferences::update(&h.state, vec![hours]).expect("hours saved");
    let saved =
        preferences::update(&h.state, vec![PrefChange::Theme(Theme::Dark)]).expect("theme saved");
    assert_eq!(saved.theme, Theme::Dark);
    assert_eq!(
        (
            saved.calling_hours_start.as_str(),
            saved.calling_hours_end.as_str()
        ),
        ("09:00", "18:00")
    );
    assert_eq!(preferences::get(&h.state), saved);
}

#[test]
fn saves_from_two_screens_at_once_never_undo_each_other() {
    let h = Arc::new(harness(None));
    let threads: Vec<_> = (0..8)
        .map(|i| {
            let h = Arc::clone(&h);
            std::thread::spawn(move || {
                let change = if i % 2 == 0 {
                    PrefChange::Theme(Theme::Light)
                } else {
                    PrefChange::LastChoices {
                        agent_id: Some(format!("agent-{i}")),
                        from_number_id: None,
                        time_zone: Some("Europe/Madrid".into()),
                    }
                };
                preferences::update(&h.state, vec![change]).expect("saved");
            })
        })
        .collect();
    for t in threads {
        t.join().expect("no panic");
    }
    let saved = preferences::get(&h.state);
    assert_eq!(
        saved.theme,
        Theme::Light,
        "the theme change survived the other saves"
    );
    assert!(saved.last_agent_id.is_some_and(|a| a.starts_with("agent-")));
    assert_eq!(saved.last_time_zone.as_deref(), Some("Europe/Madrid"));
}

#[test]
fn remembered_choices_keep_what_the_last_call_did_not_say() {
    let h = harness(None);
    let first = PrefChange::LastChoices {
        agent_id: Some("agent-1".into()),
        from_number_id: Some("pn-1".into()),
        time_zone: Some("America/Bogota".into()),
    };
    preferences::update(&h.state, vec![first]).expect("saved");
    let now = PrefChange::LastChoices {
        agent_id: Some("agent-2".into()),
        from_number_id: None,
        time_zone: None,
    };
    let saved = preferences::update(&h.state, vec![now]).expect("saved");
    assert_eq!(saved.last_agent_id.as_deref(), Some("agent-2"));
    assert_eq!(saved.last_from_number_id.as_deref(), Some("pn-1"));
    assert_eq!(saved.last_time_zone.as_deref(), Some("America/Bogota"));
}

#[test]
fn a_wrong_field_saves_nothing_and_is_named() {
    let h = harness(None);
    let before = preferences::get(&h.state);
    let bad = vec![
        PrefChange::Theme(Theme::Dark),
        PrefChange::CallingHours {
            start: "21:00".into(),
            end: "08:00".into(),
        },
    ];
    let err = preferences::update(&h.state, bad).expect_err("an overnight window is refused");
    assert!(
        err.field
            .as_deref()
            .is_some_and(|f| f.starts_with("calling_hours")),
        "{err:?}"
    );
    assert_eq!(
        preferences::get(&h.state),
        before,
        "not even the theme was saved"
    );
}
