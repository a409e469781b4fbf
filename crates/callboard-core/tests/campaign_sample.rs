//! The sample list shipped with the app ("Try with 50 sample contacts"): what its check
//! reports, row by row; that its people are the sandbox's contacts plus six new ones; and
//! that run as a campaign on the sandbox it hands every valid row over exactly once.

use crate::campaign_support::*;
use crate::placement_support::Fixture;
use callboard_core::campaign::list::{self, ColumnUse, Field, RowProblem};
use callboard_core::campaign::sample::{SAMPLE_CSV, SAMPLE_FILE_NAME};
use callboard_core::campaign::{Pace, RetryRules, Runner};
use callboard_core::store::RowState;
use chrono::Duration;
use contactship::ContactFilter;
use std::collections::{BTreeSet, HashSet};

/// The rows of people the sandbox does not know yet.
const NEW_PEOPLE: [(u32, &str); 6] = [
    (8, "Rodrigo Salinas Ochoa"),
    (19, "Valentina Cárdenas Ruiz"),
    (26, "Hugo Ferrer Blasco"),
    (33, "Brenda Kowalski"),
    (41, "Renata Duarte"),
    (47, "Ignacio Paz"),
];

#[test]
fn the_sample_has_47_people_to_call_two_rows_that_cannot_be_and_one_repeat() {
    let sheet = list::read(SAMPLE_CSV).unwrap();
    let mapping = list::guess(&sheet);
    let field = |f: Field| ColumnUse::Field { field: f };
    let data = |key: &str| ColumnUse::Data { key: key.into() };
    assert_eq!(mapping.header_row, Some(1));
    assert_eq!(
        mapping.columns,
        [
            field(Field::Name),
            field(Field::Phone),
            field(Field::Email),
            field(Field::Country),
            data("empresa"),
            data("plan"),
        ]
    );

    let checked = check_mexican(&sheet);
    assert_eq!(checked.rows, 50);
    assert_eq!(checked.callees.len(), 47);
    let invalid: Vec<(u32, &RowProblem, &str)> = checked
        .invalid
        .iter()
        .map(|i| (i.row, &i.problem, i.reason.as_str()))
        .collect();
    assert_eq!(
        invalid,
        [
            (
                14,
                &RowProblem::BadPhone {
                    value: "55 1234 567".into(),
                    hint: " for country MX".into()
                },
                "Row 14: \"55 1234 567\" is not a phone number for country MX."
            ),
            (29, &RowProblem::NoPhone, "Row 29: it has no phone number."),
        ]
    );
    let repeats: Vec<(u32, u32)> = checked
        .duplicates
        .iter()
        .map(|d| (d.row, d.same_as))
        .collect();
    assert_eq!(
        repeats,
        [(38, 25)],
        "Juan Carlos, typed again in local format"
    );
    assert!(checked.dnc.is_empty());
    // Every callee's zone comes from their country or area code: no question to ask.
    assert_eq!(checked.needs_zone, 0, "{:?}", checked.callees);
    // The two rows without a country were read as Mexican numbers.
    for row in [18, 32] {
        let callee = checked.callees.iter().find(|c| c.row == row).unwrap();
        assert_eq!(callee.country, Some("MX"), "row {row}");
        assert!(callee.phone.as_deref().unwrap().starts_with("+52"));
    }
    assert_eq!(SAMPLE_FILE_NAME, "sample-contacts.csv");
}

#[tokio::test]
async fn every_person_in_the_sample_is_a_sandbox_contact_by_phone_or_one_of_six_new_ones() {
    let fx = Fixture::start().await;
    let known: HashSet<String> = fx
        .client
        .list_contacts(&ContactFilter::default())
        .await
        .unwrap()
        .into_iter()
        .filter_map(|c| c.phone_number)
        .collect();
    let checked = check_mexican(&list::read(SAMPLE_CSV).unwrap());
    let (matched, new): (Vec<_>, Vec<_>) = checked
        .callees
        .iter()
        .partition(|c| known.contains(c.phone.as_deref().unwrap()));
    assert_eq!(matched.len(), 41);
    let new: Vec<(u32, &str)> = new
        .iter()
        .map(|c| (c.row, c.name.as_deref().unwrap()))
        .collect();
    assert_eq!(new, NEW_PEOPLE);
}

#[tokio::test]
async fn run_as_a_campaign_the_sample_hands_every_valid_row_over_once_and_adds_six_contacts() {
    let fx = Fixture::start().await;
    let pace = Pace {
        per_minute: 60,
        max_active: 10,
    };
    let retry = RetryRules {
        no_answer: false,
        busy: false,
        voicemail: false,
        after_minutes: 5,
        max_attempts: 1,
    };
    let settings = settings(&fx, pace, retry);
    let (campaign, checked) = store_file(&fx, SAMPLE_CSV, SAMPLE_FILE_NAME, &settings);
    let mut runner = Runner::open(fx.placer.clone(), campaign).await.unwrap();
    run_to_end(&fx, &mut runner, Duration::seconds(20), 500).await;

    let valid: BTreeSet<u32> = checked.callees.iter().map(|c| c.row).collect();
    let posts = posts_by_row(&fx, campaign);
    assert_eq!(posts.keys().copied().collect::<BTreeSet<_>>(), valid);
    assert!(posts.values().all(|n| *n == 1), "{posts:?}");
    let rows = rows(&fx, campaign);
    assert_eq!(rows.len(), 47);
    assert_eq!(count(&rows, RowState::Done), 47, "{rows:#?}");
    assert_eq!(contact_posts(&fx), NEW_PEOPLE.len());
}
