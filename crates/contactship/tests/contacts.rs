//! Contact endpoints against the sandbox simulator (list/filter, lookups, create/update/delete).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use contactship::{
    ContactCallRequest, ContactFilter, ContactUpdate, Error, IdentifierType, NewContact,
};
use serde_json::json;

#[tokio::test]
async fn contacts_can_be_listed_and_filtered_by_name_email_and_phone_prefix() {
    let env = crate::common::start().await;
    let all = env
        .client
        .list_contacts(&ContactFilter::default())
        .await
        .unwrap();
    assert!(all.len() >= 60, "seeded contacts: {}", all.len());

    let sample = all
        .iter()
        .find(|c| c.email.is_some() && c.full_name.is_some())
        .unwrap();
    let first_name = sample
        .full_name
        .as_deref()
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_owned();
    let by_name = env
        .client
        .list_contacts(&ContactFilter {
            full_name: Some(first_name.clone()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(!by_name.is_empty() && by_name.len() < all.len());
    assert!(by_name.iter().all(|c| c
        .full_name
        .as_deref()
        .unwrap_or("")
        .to_lowercase()
        .contains(&first_name.to_lowercase())));

    let mexicans = env
        .client
        .list_contacts(&ContactFilter {
            phone_number: Some("+52".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(
        !mexicans.is_empty(),
        "the + in the prefix survives URL encoding"
    );
    assert!(mexicans
        .iter()
        .all(|c| c.phone_number.as_deref().unwrap().starts_with("+52")));

    let domain = sample
        .email
        .as_deref()
        .unwrap()
        .split('@')
        .nth(1)
        .unwrap()
        .to_owned();
    let by_email = env
        .client
        .list_contacts(&ContactFilter {
            email: Some(domain.clone()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(by_email
        .iter()
        .all(|c| c.email.as_deref().unwrap().contains(&domain)));
    env.assert_key_never_leaked();
}

#[tokio::test]
async fn a_contact_can_be_fetched_by_id_phone_number_and_email() {
    let env = crate::common::start().await;
    let all = env
        .client
        .list_contacts(&ContactFilter::default())
        .await
        .unwrap();
    let c = all.iter().find(|c| c.email.is_some()).unwrap();

    let by_id = env
        .client
        .get_contact(&c.id, IdentifierType::Id)
        .await
        .unwrap();
    assert_eq!(by_id, *c);
    let phone = c.phone_number.clone().unwrap();
    let by_phone = env
        .client
        .get_contact(&phone, IdentifierType::PhoneNumber)
        .await
        .unwrap();
    assert_eq!(by_phone.id, c.id);
    let by_email = env
        .client
        .get_contact(c.email.as_deref().unwrap(), IdentifierType::Email)
        .await
        .unwrap();
    assert_eq!(by_email.id, c.id);

    let sent = env.sandbox.requests();
    let phone_lookup = sent
        .iter()
        .find(|r| r.query.as_deref() == Some("identifierType=phone_number"))
        .unwrap();
    assert!(
        phone_lookup.path.contains("%2B") || phone_lookup.path.contains(&phone),
        "path {}",
        phone_lookup.path
    );
    env.assert_key_never_leaked();
}

#[tokio::test]
async fn a_contact_can_be_created_updated_and_deleted() {
    let env = crate::common::start().await;
    let created = env
        .client
        .create_contact(&NewContact {
            phone_number: "+573001234567".into(),
            full_name: "Valentina Ríos".into(),
            country: Some("Colombia".into()),
            email: Some("valentina@example.co".into()),
            description: Some("Prefers mornings".into()),
            additional_data: vec![contactship::ContactField {
                kind: "text".into(),
                field: "plan".into(),
                value: "gold".into(),
            }],
        })
        .await
        .unwrap();
    assert_eq!(created.full_name.as_deref(), Some("Valentina Ríos"));
    assert_eq!(created.additional_data[0].value, "gold");

    let updated = env
        .client
        .update_contact(
            &created.id,
            &ContactUpdate {
                full_name: Some("Valentina Ríos Gómez".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(updated.full_name.as_deref(), Some("Valentina Ríos Gómez"));
    assert_eq!(
        updated.country.as_deref(),
        Some("Colombia"),
        "untouched fields stay"
    );
    let patch = crate::common::recorded(
        &env.sandbox.requests(),
        "PATCH",
        &format!("/v1/contacts/{}", created.id),
    )[0]
    .body
    .clone();
    assert_eq!(
        patch,
        Some(json!({"full_name": "Valentina Ríos Gómez"})),
        "only set fields are sent"
    );

    env.client.delete_contact(&created.id).await.unwrap();
    let gone = env
        .client
        .get_contact(&created.id, IdentifierType::Id)
        .await
        .unwrap_err();
    assert_eq!(gone.code(), "not_found");
    env.assert_key_never_leaked();
}

#[tokio::test]
async fn validation_failures_send_nothing() {
    let env = crate::common::start().await;
    let bad = ContactCallRequest {
        contact_id: "has space".into(),
        agent_id: "a".into(),
        from_number_id: "p".into(),
        ..Default::default()
    };
    let err = env.client.call_contact(&bad).await.unwrap_err();
    assert!(matches!(err, Error::Validation(_)));
    assert_eq!(
        (err.code(), err.field(), err.delivery()),
        (
            "validation",
            Some("contact_id"),
            contactship::Delivery::NotSent
        )
    );
    assert!(env.sandbox.requests().is_empty());
}
