//! Agents, phone numbers and calls against the sandbox simulator, plus envelope variants.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use contactship::{
    CallListQuery, CallStatus, CallTiming, ContactCallRequest, ContactFilter, GetCallOptions,
    KeyValue, PhoneCallRequest, PhoneNumberQuery, PhoneNumberType, Schedule,
};
use contactship_sandbox::{FaultAction, FaultRule};
use serde_json::{json, Map, Value};

fn metadata(request_id: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("callboard_request_id".into(), json!(request_id));
    m
}

#[tokio::test]
async fn agents_are_listed_and_fetched_from_the_wrapped_envelope() {
    let env = crate::common::start().await;
    let agents = env.client.list_agents().await.unwrap();
    // The sandbox's four agents and the one the documentation's examples name.
    assert_eq!(agents.len(), 5);
    let languages: std::collections::HashSet<_> =
        agents.iter().filter_map(|a| a.language.clone()).collect();
    assert!(
        languages.len() >= 2,
        "agents speak different languages: {languages:?}"
    );
    let one = env.client.get_agent(&agents[1].id).await.unwrap();
    assert_eq!(one, agents[1]);
    assert_eq!(
        env.client
            .get_agent("no-such-agent")
            .await
            .unwrap_err()
            .code(),
        "not_found"
    );
}

#[tokio::test]
async fn phone_numbers_are_paged_until_the_count_is_reached() {
    let env = crate::common::start().await;
    let first = env
        .client
        .list_phone_numbers_page(&PhoneNumberQuery::default())
        .await
        .unwrap();
    assert_eq!(first.data.len(), 5, "server default page size");
    // Six numbers and the one the documentation's examples name.
    assert_eq!(first.count, Some(7));

    env.sandbox.reset();
    let all = env.client.list_phone_numbers_paged(None, 5).await.unwrap();
    assert_eq!(all.len(), 7);
    let ids: std::collections::HashSet<_> = all.iter().map(|p| p.id.clone()).collect();
    assert_eq!(ids.len(), 7, "no number twice");
    let pages = env.sandbox.requests();
    let queries: Vec<_> = pages.iter().filter_map(|r| r.query.clone()).collect();
    assert_eq!(
        queries,
        vec!["limit=5&offset=0".to_owned(), "limit=5&offset=5".to_owned()]
    );

    assert_eq!(env.client.list_phone_numbers(None).await.unwrap().len(), 7);
    let outbound = env
        .client
        .list_phone_numbers(Some(PhoneNumberType::Outbound))
        .await
        .unwrap();
    assert!(!outbound.is_empty() && outbound.len() < 7);
    assert!(outbound
        .iter()
        .all(|p| p.kind == Some(PhoneNumberType::Outbound)));
}

#[tokio::test]
async fn calling_a_contact_creates_a_call_that_carries_its_metadata() {
    let env = crate::common::start().await;
    let (agent, from, contact) = (
        env.agent_id().await,
        env.outbound_number().await,
        env.contact_id().await,
    );
    let req = ContactCallRequest {
        contact_id: contact.clone(),
        agent_id: agent.clone(),
        from_number_id: from.id.clone(),
        additional_data: vec![KeyValue::new("amount_debt", "14058")],
        timing: CallTiming::Now,
        metadata: metadata("req-contact-1"),
    };
    let created = env.client.call_contact(&req).await.unwrap();
    assert_eq!(created.contact_id.as_deref(), Some(contact.as_str()));
    assert_eq!(env.requests("POST", "/v1/calls/single-contact-call"), 1);

    let call = env
        .client
        .get_call(&created.call_id, &GetCallOptions::status_only())
        .await
        .unwrap();
    assert_eq!(call.id, created.call_id);
    assert_eq!(call.request_id(), Some("req-contact-1"));
    assert_eq!(call.agent_id.as_deref(), Some(agent.as_str()));
    assert!(call.chat_history.is_none(), "no transcript when polling");

    env.sandbox.advance_clock(chrono::Duration::hours(2));
    let done = env
        .client
        .get_call(&created.call_id, &GetCallOptions::default())
        .await
        .unwrap();
    assert!(
        done.call_status.as_ref().is_some_and(CallStatus::is_final),
        "{:?}",
        done.call_status
    );
    assert!(
        done.chat_history.is_some(),
        "transcript by default once finished"
    );
    env.assert_key_never_leaked();
}

#[tokio::test]
async fn an_any_number_call_sends_country_and_can_be_scheduled() {
    let env = crate::common::start().await;
    let (agent, from) = (env.agent_id().await, env.outbound_number().await);
    let tomorrow = (env.sandbox.now() + chrono::Duration::days(1))
        .format("%Y-%m-%d 15:00:00")
        .to_string();
    let req = PhoneCallRequest {
        from_number: from.phone_number.clone().unwrap(),
        to_number: "+525512345678".into(),
        full_name: "Ana Pérez".into(),
        agent_id: agent.clone(),
        timing: CallTiming::Schedule(Schedule {
            scheduled_call_time: tomorrow.clone(),
            timezone: "America/Mexico_City".into(),
        }),
        metadata: metadata("req-phone-1"),
        ..Default::default()
    };
    let created = env.client.call_phone_number(&req).await.unwrap();
    let sent = crate::common::recorded(
        &env.sandbox.requests(),
        "POST",
        "/v1/calls/single-phone-call",
    )[0]
    .body
    .clone()
    .unwrap();
    assert_eq!(sent["country"], json!("MX"));
    assert_eq!(
        sent["schedule"],
        json!({"scheduled_call_time": tomorrow, "timezone": "America/Mexico_City"})
    );

    let scheduled = env
        .client
        .list_calls(&CallListQuery {
            call_status: Some(CallStatus::Scheduled),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(scheduled.data.iter().any(|c| c.id == created.call_id));
    assert!(scheduled
        .data
        .iter()
        .all(|c| c.call_status == Some(CallStatus::Scheduled)));
    env.assert_key_never_leaked();
}

#[tokio::test]
async fn calls_can_be_listed_with_filters_and_paging() {
    let env = crate::common::start().await;
    let (agent, from) = (env.agent_id().await, env.outbound_number().await);
    let contacts = env
        .client
        .list_contacts(&ContactFilter::default())
        .await
        .unwrap();
    for (i, c) in contacts.iter().take(3).enumerate() {
        let req = ContactCallRequest {
            contact_id: c.id.clone(),
            agent_id: agent.clone(),
            from_number_id: from.id.clone(),
            metadata: metadata(&format!("req-{i}")),
            ..Default::default()
        };
        env.client.call_contact(&req).await.unwrap();
    }
    let target = contacts[1].phone_number.clone().unwrap();
    let by_phone = env
        .client
        .list_calls(&CallListQuery {
            phone_number: Some(target.clone()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(by_phone.count, Some(1));
    assert_eq!(
        by_phone.data[0]
            .contact
            .as_ref()
            .unwrap()
            .phone_number
            .as_deref(),
        Some(target.as_str())
    );

    let page = env
        .client
        .list_calls(&CallListQuery {
            agent_id: Some(agent.clone()),
            limit: Some(2),
            offset: Some(0),
            order: Some(contactship::SortOrder::Asc),
            include_transcript: Some(false),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(page.data.len(), 2);
    assert!(page.count.unwrap() >= 3);
    let today = env.sandbox.now().format("%Y-%m-%d").to_string();
    let dated = env
        .client
        .list_calls(&CallListQuery {
            date_from: Some(today.clone()),
            date_to: Some(today),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(dated.count.unwrap() >= 3);

    let sent = env.sandbox.requests();
    let q = sent
        .iter()
        .filter_map(|r| r.query.clone())
        .find(|q| q.contains("phoneNumber"))
        .unwrap();
    assert!(
        q.contains("phoneNumber=%2B"),
        "E.164 is sent as camelCase phoneNumber, encoded: {q}"
    );
    env.assert_key_never_leaked();
}

#[tokio::test]
async fn unusual_but_documented_envelopes_are_accepted() {
    let env = crate::common::start().await;
    let (agent, from) = (env.agent_id().await, env.outbound_number().await);
    let old = r#"{"statusCode":201,"data":{"id":"x1","created_at":"2026-01-01T00:00:00Z","provider_agent_id":"p",
        "additional_data":{},"webhook_url":null,"call_id":"call-old-shape","contact_id":null}}"#;
    env.sandbox.add_fault(FaultRule::new(
        "POST",
        "/v1/calls/single-phone-call",
        FaultAction::Status {
            status: 200,
            body: Some(old.into()),
            content_type: None,
        },
    ));
    let req = PhoneCallRequest {
        from_number: from.phone_number.unwrap(),
        to_number: "+34912345678".into(),
        full_name: "Lucía".into(),
        agent_id: agent,
        country: Some("Spain".into()),
        ..Default::default()
    };
    assert_eq!(
        env.client.call_phone_number(&req).await.unwrap().call_id,
        "call-old-shape"
    );

    env.sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/agents",
        FaultAction::Status {
            status: 200,
            body: Some(r#"[{"id":"bare-agent","unknown":1}]"#.into()),
            content_type: None,
        },
    ));
    assert_eq!(env.client.list_agents().await.unwrap()[0].id, "bare-agent");

    let contact = env.contact_id().await;
    let path = format!("/v1/contacts/{contact}");
    env.sandbox.add_fault(FaultRule::new(
        "DELETE",
        &path,
        FaultAction::Status {
            status: 200,
            body: Some("true".into()),
            content_type: None,
        },
    ));
    env.client.delete_contact(&contact).await.unwrap();
}
