//! Ids placed in URL paths: refused locally when they would change the path (empty,
//! dots, control or invisible characters), and otherwise sent as exactly one
//! percent-encoded segment of the intended endpoint.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use contactship::{
    CallListQuery, ContactCallRequest, ContactUpdate, Error, GetCallOptions, IdentifierType,
};

/// Calls every endpoint that takes an id with `id`; returns (endpoint, field, result).
async fn every_id_endpoint(
    env: &crate::common::Env,
    id: &str,
) -> Vec<(&'static str, &'static str, Result<(), Error>)> {
    let c = &env.client;
    let update = ContactUpdate {
        full_name: Some("Ana".into()),
        ..Default::default()
    };
    let call = ContactCallRequest {
        contact_id: id.into(),
        agent_id: "agent-1".into(),
        from_number_id: "pn-1".into(),
        ..Default::default()
    };
    vec![
        ("DELETE contact", "contact_id", c.delete_contact(id).await),
        (
            "PATCH contact",
            "contact_id",
            c.update_contact(id, &update).await.map(drop),
        ),
        (
            "GET contact",
            "identifier",
            c.get_contact(id, IdentifierType::Id).await.map(drop),
        ),
        ("GET agent", "agent_id", c.get_agent(id).await.map(drop)),
        (
            "GET call",
            "call_id",
            c.get_call(id, &GetCallOptions::default()).await.map(drop),
        ),
        (
            "POST call",
            "contact_id",
            c.call_contact(&call).await.map(drop),
        ),
        (
            "GET calls",
            "agent_id",
            c.list_calls(&CallListQuery {
                agent_id: Some(id.into()),
                ..Default::default()
            })
            .await
            .map(drop),
        ),
    ]
}

#[tokio::test]
async fn ids_that_would_change_the_path_are_refused_before_any_request() {
    let env = crate::common::start().await;
    for id in [
        "",
        " ",
        "\t",
        ".",
        "..",
        "...",
        "%2e%2e",
        "%2E.",
        ".%2e",
        "%252e%252e",
        "a\u{0}b",
        "a\nb",
        "\u{200B}",
        "a\u{200D}b",
        "\u{FEFF}abc",
        "abc\u{202E}",
        "\u{2066}x",
        "a\u{AD}b",
        "\u{A0}abc",
        "abc\u{A0}",
        "a\u{2060}b",
        "a\u{E0041}",
    ] {
        for (endpoint, field, result) in every_id_endpoint(&env, id).await {
            let err = result.unwrap_err();
            assert_eq!(err.code(), "validation", "{endpoint} {id:?}: {err:?}");
            assert_eq!(err.field(), Some(field), "{endpoint} {id:?}");
            assert!(err.to_string().contains(field), "{endpoint} {id:?}: {err}");
        }
    }
    assert!(
        env.sandbox.requests().is_empty(),
        "{:?}",
        env.sandbox.requests()
    );
}

#[tokio::test]
async fn invisible_characters_are_named_as_such() {
    let env = crate::common::start().await;
    for id in [
        "a\u{200B}b",
        "\u{FEFF}c1",
        "c1\u{200E}",
        "c\u{2069}1",
        "c1\u{A0}",
        "c\u{AD}1",
    ] {
        for (endpoint, _, result) in every_id_endpoint(&env, id).await {
            let err = result.unwrap_err();
            assert!(
                err.to_string().contains("invisible character"),
                "{endpoint} {id:?}: {err}"
            );
        }
    }
}

#[tokio::test]
async fn path_like_ids_stay_one_encoded_segment_of_the_intended_endpoint() {
    let env = crate::common::start().await;
    for (id, encoded) in [
        ("a/b", "a%2Fb"),
        ("../x", "..%2Fx"),
        ("?x=1", "%3Fx%3D1"),
        ("#", "%23"),
        ("a%2Fb", "a%252Fb"),
        ("..%2F", "..%252F"),
        ("a\\b", "a%5Cb"),
        ("+12025550123", "%2B12025550123"),
    ] {
        env.sandbox.reset();
        let _ = env.client.delete_contact(id).await;
        let _ = env.client.get_agent(id).await;
        let _ = env.client.get_call(id, &GetCallOptions::default()).await;
        let paths: Vec<String> = env
            .sandbox
            .requests()
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect();
        assert_eq!(
            paths,
            [
                format!("DELETE /v1/contacts/{encoded}"),
                format!("GET /v1/agents/{encoded}"),
                format!("GET /v1/calls/{encoded}"),
            ],
            "id {id:?}"
        );
    }
}
