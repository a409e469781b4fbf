//! The do-not-call list through the app's flows: added in any way of writing a number, a
//! single call to a listed number asks first naming the reason (nothing sent until yes),
//! exported and imported again, bad numbers refused naming the field.

use crate::calls::{self, Confirmations};
use crate::connection;
use crate::do_not_call;
use crate::flow_tests::{first_ids, form, harness};
use crate::ipc::{Confirmation, OutcomeKind, When};

struct Downloads(std::path::PathBuf);

impl crate::host::Host for Downloads {
    fn calls_changed(&self, _: Vec<String>) {}
    fn campaign_changed(&self, _: String) {}
    fn open_url(&self, _: &str) -> Result<(), String> {
        Ok(())
    }
    fn downloads_dir(&self) -> Option<std::path::PathBuf> {
        Some(self.0.clone())
    }
    fn show_in_folder(&self, _: &std::path::Path) -> Result<(), String> {
        Ok(())
    }
}

#[tokio::test]
async fn a_call_to_a_listed_number_asks_first_with_the_reason_and_sends_nothing_until_yes() {
    let h = harness(None);
    connection::start_sandbox(&h.state).await.expect("sandbox");
    let (contact, name, agent, from) = first_ids(&h.state).await;
    // The form's phone is +525512345678; listed as a person would type it, nationally.
    let listed =
        do_not_call::add(&h.state, "55 1234 5678", Some("MX"), "Pidió no llamar").expect("added");
    assert_eq!(listed[0].phone, "+525512345678");
    let f = form(&contact, &name, &agent, &from, When::Now);
    let asked = calls::place_call(&h.state, f.clone(), Confirmations::default())
        .await
        .expect("answered");
    assert_eq!(asked.kind, OutcomeKind::NeedsConfirmation);
    assert_eq!(asked.confirm, Some(Confirmation::DoNotCall));
    assert!(
        asked.message.contains("Pidió no llamar"),
        "{}",
        asked.message
    );
    assert!(h.state.store.is_empty(), "nothing recorded or sent");
    let yes = Confirmations {
        do_not_call: true,
        ..Confirmations::default()
    };
    let placed = calls::place_call(&h.state, f, yes).await.expect("placed");
    assert_eq!(placed.kind, OutcomeKind::Placed, "{}", placed.message);
}

#[tokio::test]
async fn the_list_is_exported_imported_and_edited_and_a_bad_number_names_the_field() {
    let h = harness(None);
    let bad = do_not_call::add(&h.state, "12", None, "").expect_err("refused");
    assert_eq!(bad.field.as_deref(), Some("phone"));
    do_not_call::add(&h.state, "+57 301 444 5709", None, "").expect("added");
    let host = Downloads(h.dir.path().join("Downloads"));
    let path = do_not_call::export(&h.state, &host).expect("exported");
    let shown = do_not_call::remove(&h.state, "+573014445709").expect("removed");
    assert!(shown.is_empty());
    let imported = do_not_call::import(&h.state, std::path::Path::new(&path)).expect("imported");
    assert_eq!((imported.added, imported.updated), (1, 0), "{imported:?}");
    let back = do_not_call::list(&h.state).expect("listed");
    assert_eq!(back[0].reason, do_not_call::DEFAULT_REASON);
}
