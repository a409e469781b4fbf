//! Contacts, agents and phone numbers against a running sandbox: envelopes, filters, status
//! codes and error bodies.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{Harness, KEY};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn requests_without_a_valid_key_get_401_with_the_documented_body() {
    let h = Harness::start().await;
    for key in [None, Some("wrong-key"), Some("")] {
        let a = h.send_with_key(Method::GET, "/v1/agents", None, key).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED);
        assert_eq!(
            a.json,
            json!({"statusCode": 401, "message": "Invalid or missing API key"})
        );
    }
    let ok = h
        .send_with_key(Method::GET, "/v1/agents", None, Some(KEY))
        .await;
    assert_eq!(ok.status, StatusCode::OK);
}

#[tokio::test]
async fn unknown_routes_and_methods_are_404() {
    let h = Harness::start().await;
    assert_eq!(h.get("/v1/voices").await.status, StatusCode::NOT_FOUND);
    assert_eq!(h.get("/v2/contacts").await.status, StatusCode::NOT_FOUND);
    let put = h
        .send_with_key(Method::PUT, "/v1/contacts", Some(&json!({})), Some(KEY))
        .await;
    assert_eq!(put.status, StatusCode::NOT_FOUND);
    assert_eq!(put.json["statusCode"], 404);
}

#[tokio::test]
async fn contacts_list_is_a_bare_array_of_sixty_plus_seeded_contacts() {
    let h = Harness::start().await;
    let a = h.get("/v1/contacts").await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a
        .content_type
        .unwrap_or_default()
        .starts_with("application/json"));
    let list = a.json.as_array().cloned().unwrap_or_default();
    assert!(list.len() >= 60);
    let first = &list[0];
    for field in [
        "id",
        "created_at",
        "phone_number",
        "full_name",
        "country",
        "email",
        "additional_data",
        "organization_id",
    ] {
        assert!(first.get(field).is_some(), "missing {field}");
    }
    let extra = first["additional_data"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(extra
        .iter()
        .any(|f| f["field"] == "plan" && f["type"] == "text"));
    assert!(extra.iter().any(|f| f["field"] == "amount_debt"));
}

#[tokio::test]
async fn seeded_numbers_are_valid_for_their_country() {
    let h = Harness::start().await;
    let list = h.get("/v1/contacts").await.json;
    let expected = [
        ("México", "MX"),
        ("Colombia", "CO"),
        ("Argentina", "AR"),
        ("España", "ES"),
        ("United States", "US"),
        ("Brasil", "BR"),
    ];
    for c in list.as_array().cloned().unwrap_or_default() {
        let number = c["phone_number"].as_str().unwrap_or_default();
        let parsed = phonenumber::parse(None, number).expect("parses as E.164");
        assert!(
            phonenumber::is_valid(&parsed),
            "{number} is not a valid number"
        );
        let region = expected
            .iter()
            .find(|(name, _)| c["country"] == *name)
            .map(|(_, r)| *r);
        let actual = parsed.country().id().map(|id| format!("{id:?}"));
        assert_eq!(actual.as_deref(), region, "{number} for {}", c["country"]);
    }
    let numbers = h.get("/v1/phone-numbers?limit=100").await.json;
    for n in numbers["data"].as_array().cloned().unwrap_or_default() {
        let number = n["phone_number"].as_str().unwrap_or_default();
        let parsed = phonenumber::parse(None, number).expect("parses");
        assert!(phonenumber::is_valid(&parsed), "{number}");
    }
}

#[tokio::test]
async fn contact_filters_match_partially_and_ignore_case() {
    let h = Harness::start().await;
    let names = h.get("/v1/contacts?full_name=GARC").await.json;
    let names = names.as_array().cloned().unwrap_or_default();
    assert!(!names.is_empty());
    assert!(names.iter().all(|c| c["full_name"]
        .as_str()
        .unwrap_or_default()
        .to_lowercase()
        .contains("garc")));

    let gmail = h.get("/v1/contacts?email=GMAIL").await.json;
    let gmail = gmail.as_array().cloned().unwrap_or_default();
    assert!(!gmail.is_empty());
    assert!(gmail
        .iter()
        .all(|c| c["email"].as_str().unwrap_or_default().contains("gmail")));

    let mexico = h.get("/v1/contacts?phone_number=%2B52").await.json;
    let mexico = mexico.as_array().cloned().unwrap_or_default();
    // Eleven generated Mexican contacts and the documentation examples' one.
    assert_eq!(mexico.len(), 12);
    assert!(mexico.iter().all(|c| c["country"] == "México"));

    let none = h.get("/v1/contacts?full_name=zzzz-nobody").await.json;
    assert_eq!(none, json!([]));
}

#[tokio::test]
async fn a_contact_can_be_found_by_id_phone_or_email() {
    let h = Harness::start().await;
    let c = h.contact_in("Colombia").await;
    let id = c["id"].as_str().unwrap_or_default();
    let by_id = h.get(&format!("/v1/contacts/{id}")).await;
    assert_eq!(by_id.status, StatusCode::OK);
    assert_eq!(by_id.json, c);

    let phone = c["phone_number"]
        .as_str()
        .unwrap_or_default()
        .replace('+', "%2B");
    let by_phone = h
        .get(&format!("/v1/contacts/{phone}?identifierType=phone_number"))
        .await;
    assert_eq!(by_phone.json["id"], c["id"]);

    let email = c["email"].as_str().unwrap_or_default().replace('@', "%40");
    let by_email = h
        .get(&format!("/v1/contacts/{email}?identifierType=email"))
        .await;
    assert_eq!(by_email.json["id"], c["id"]);

    // Without identifierType the phone number is treated as an id.
    let as_id = h.get(&format!("/v1/contacts/{phone}")).await;
    assert_eq!(as_id.status, StatusCode::NOT_FOUND);
    assert_eq!(as_id.json["message"], "Contact not found");

    let bad = h
        .get(&format!("/v1/contacts/{id}?identifierType=nickname"))
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.json["field"], "identifierType");
}

#[tokio::test]
async fn creating_a_contact_returns_201_and_a_duplicate_phone_is_409() {
    let h = Harness::start().await;
    let body = json!({
        "phone_number": "+525598765432",
        "full_name": "Renata Ibarra Solís",
        "country": "México",
        "email": "renata.ibarra@example.com",
        "additional_data": [{"type": "text", "field": "plan", "value": "Plus"}]
    });
    let created = h.post("/v1/contacts", &body).await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_eq!(created.json["full_name"], "Renata Ibarra Solís");
    assert_eq!(created.json["additional_data"][0]["value"], "Plus");
    let id = created.json["id"].as_str().unwrap_or_default().to_owned();
    assert!(!id.is_empty());
    assert_eq!(
        h.get(&format!("/v1/contacts/{id}")).await.json,
        created.json
    );

    let duplicate = h
        .post(
            "/v1/contacts",
            &json!({"phone_number": "+525598765432", "full_name": "Otra"}),
        )
        .await;
    assert_eq!(duplicate.status, StatusCode::CONFLICT);
    assert_eq!(
        duplicate.json,
        json!({"statusCode": 409, "error": "Conflict",
               "message": "A contact with this phone number already exists"})
    );

    // The new contact is found like a seeded one: listed, searched, looked up by phone/e-mail.
    let all = h.get("/v1/contacts").await.json;
    assert!(all.as_array().is_some_and(|a| a.contains(&created.json)));
    let search = h.get("/v1/contacts?full_name=renata%20ib").await.json;
    assert_eq!(search, json!([created.json]));
    let by_phone = h
        .get("/v1/contacts/%2B525598765432?identifierType=phone_number")
        .await;
    assert_eq!(by_phone.json, created.json);
    let by_email = h
        .get("/v1/contacts/renata.ibarra%40example.com?identifierType=email")
        .await;
    assert_eq!(by_email.json, created.json);
    assert_eq!(
        h.post("/v1/contacts", &body).await.status,
        StatusCode::CONFLICT,
        "the same body twice is a conflict, not a second contact"
    );
}

#[tokio::test]
async fn creating_a_contact_without_required_fields_names_the_field() {
    let h = Harness::start().await;
    let cases: [(Value, &str); 4] = [
        (json!({"full_name": "Ana"}), "phone_number"),
        (json!({"phone_number": "+525512340000"}), "full_name"),
        (
            json!({"phone_number": "5512340000", "full_name": "Ana"}),
            "phone_number",
        ),
        (
            json!({"phone_number": "+525512340000", "full_name": "Ana", "email": "not-an-email"}),
            "email",
        ),
    ];
    for (body, field) in cases {
        let a = h.post("/v1/contacts", &body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(a.json["statusCode"], 400);
        assert_eq!(a.json["error"], "Bad Request");
        assert_eq!(a.json["field"], field);
        assert!(a.json["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with(field));
    }
}

#[tokio::test]
async fn updating_a_contact_replaces_additional_data_and_rejects_duplicate_phones() {
    let h = Harness::start().await;
    let c = h.contact_in("Argentina").await;
    let other = h.contact_in("España").await;
    let id = c["id"].as_str().unwrap_or_default();
    let patched = h
        .patch(
            &format!("/v1/contacts/{id}"),
            &json!({"description": "Llamar después de las 18 h", "additional_data": [{"type": "text", "field": "segmento", "value": "VIP"}]}),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK);
    assert_eq!(patched.json["description"], "Llamar después de las 18 h");
    assert_eq!(patched.json["full_name"], c["full_name"]);
    assert_eq!(
        patched.json["additional_data"],
        json!([{"type": "text", "field": "segmento", "value": "VIP"}])
    );

    let clash = h
        .patch(
            &format!("/v1/contacts/{id}"),
            &json!({"phone_number": other["phone_number"]}),
        )
        .await;
    assert_eq!(clash.status, StatusCode::CONFLICT);
    let missing = h
        .patch("/v1/contacts/does-not-exist", &json!({"full_name": "X"}))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn deleting_a_contact_answers_204_with_an_empty_body() {
    let h = Harness::start().await;
    let c = h.contact_in("Brasil").await;
    let path = format!("/v1/contacts/{}", c["id"].as_str().unwrap_or_default());
    let deleted = h.delete(&path).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    assert_eq!(deleted.text, "");
    assert_eq!(h.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(h.delete(&path).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn agents_are_wrapped_in_status_code_and_data() {
    let h = Harness::start().await;
    let list = h.get("/v1/agents").await;
    assert_eq!(list.json["statusCode"], 200);
    let agents = list.json["data"].as_array().cloned().unwrap_or_default();
    // Four generated agents, then the documentation examples' (a second es-419 one).
    assert_eq!(agents.len(), 5);
    let mut languages: Vec<_> = agents
        .iter()
        .filter_map(|a| a["language"].as_str())
        .collect();
    languages.sort_unstable();
    assert_eq!(languages, ["en-US", "es-419", "es-419", "es-ES", "pt-BR"]);
    assert_eq!(agents[4]["id"], DOCS_AGENT);
    for field in [
        "id",
        "name",
        "person_name",
        "conversation_purpose",
        "voice_id",
        "created_at",
    ] {
        assert!(agents.iter().all(|a| a.get(field).is_some()), "{field}");
    }
    let id = agents[0]["id"].as_str().unwrap_or_default();
    let one = h.get(&format!("/v1/agents/{id}")).await;
    assert_eq!(one.json, json!({"statusCode": 200, "data": agents[0]}));
    let missing = h.get("/v1/agents/nope").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json["message"], "Agent not found");
}

#[tokio::test]
async fn phone_numbers_default_to_a_page_of_five_with_a_count_of_seven() {
    let h = Harness::start().await;
    let first = h.get("/v1/phone-numbers").await.json;
    // Six generated numbers and the documentation examples' one.
    assert_eq!(first["count"], 7);
    let page = first["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(page.len(), 5);
    for field in [
        "id",
        "phone_number",
        "type",
        "organization_id",
        "created_at",
    ] {
        assert!(page.iter().all(|n| n.get(field).is_some()), "{field}");
    }
    // Default order is newest first.
    let created: Vec<_> = page
        .iter()
        .filter_map(|n| n["created_at"].as_str())
        .collect();
    assert!(created.windows(2).all(|w| w[0] >= w[1]));

    let rest = h.get("/v1/phone-numbers?offset=5").await.json;
    assert_eq!(rest["data"].as_array().map(Vec::len), Some(2));
    assert_eq!(rest["count"], 7);
    // The docs' number is the oldest: last newest-first, so it is nobody's default.
    assert_eq!(rest["data"][1]["id"], DOCS_NUMBER_ID);

    let all_asc = h.get("/v1/phone-numbers?order=asc&limit=100").await.json;
    let asc: Vec<_> = all_asc["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(asc.len(), 7);
    assert!(asc
        .windows(2)
        .all(|w| w[0]["created_at"].as_str() <= w[1]["created_at"].as_str()));
    assert_eq!(asc[6], page[0]);
    let inbound = h.get("/v1/phone-numbers?type=inbound").await.json;
    assert_eq!(inbound["count"], 2);
    assert!(inbound["data"]
        .as_array()
        .is_some_and(|d| d.iter().all(|n| n["type"] == "inbound")));
    let bad = h.get("/v1/phone-numbers?type=sideways").await;
    assert_eq!(bad.json["field"], "type");
}

const DOCS_AGENT: &str = "agent-a1b2c3d4-e5f6-7890-abcd-ef1234567890";
const DOCS_NUMBER_ID: &str = "pn-a1b2c3d4-e5f6-7890-abcd-ef1234567890";
