//! `/v1/contacts`: list with partial-match filters, get by id/phone/email, create, update, delete.
//! Contacts are returned bare (no envelope); the phone number is the uniqueness key.

use serde_json::{Map, Value};

use super::input::{digits_only, is_e164, json_object, optional_string, required_string};
use super::{ApiError, Ctx, Reply};
use crate::model::{iso, Contact, ContactField, ORGANIZATION_ID};
use crate::state::lock;

fn contact_not_found() -> ApiError {
    ApiError::NotFound("Contact not found".to_owned())
}

fn duplicate_phone() -> ApiError {
    ApiError::Conflict("A contact with this phone number already exists".to_owned())
}

fn to_json(contact: &Contact) -> Value {
    serde_json::to_value(contact).unwrap_or(Value::Null)
}

/// `GET /v1/contacts`: bare array; `full_name`, `email` and `phone_number` match partially,
/// ignoring case.
pub(super) fn list(ctx: &Ctx<'_>) -> Result<Reply, ApiError> {
    let lower = |name: &str| ctx.query.get(name).map(|v| v.trim().to_lowercase());
    let name = lower("full_name");
    let email = lower("email");
    // "+1212" means "starts with +1212"; an unencoded "+" arrives as a space.
    let phone = ctx
        .query
        .get("phone_number")
        .map(|p| (p.starts_with(['+', ' ']), digits_only(p)));
    let store = lock(&ctx.shared.store);
    let found: Vec<Value> = store
        .contacts
        .iter()
        .filter(|c| {
            name.as_ref()
                .is_none_or(|n| c.full_name.to_lowercase().contains(n))
        })
        .filter(|c| {
            email.as_ref().is_none_or(|e| {
                c.email
                    .as_ref()
                    .is_some_and(|ce| ce.to_lowercase().contains(e))
            })
        })
        .filter(|c| {
            phone.as_ref().is_none_or(|(prefix, p)| {
                let number = digits_only(&c.phone_number);
                if *prefix {
                    number.starts_with(p.as_str())
                } else {
                    number.contains(p.as_str())
                }
            })
        })
        .map(to_json)
        .collect();
    Ok(Reply::ok(Value::Array(found)))
}

/// `GET /v1/contacts/{identifier}?identifierType=id|phone_number|email`: bare object.
pub(super) fn get(ctx: &Ctx<'_>, identifier: &str) -> Result<Reply, ApiError> {
    let identifier = identifier.trim();
    let kind = ctx.query.get("identifierType").unwrap_or("id");
    let store = lock(&ctx.shared.store);
    let found = match kind {
        "id" => store.contacts.iter().find(|c| c.id == identifier),
        "phone_number" => {
            if !is_e164(identifier) {
                return Err(ApiError::invalid(
                    "identifier",
                    "must be a phone number in international format, e.g. +12124567890",
                ));
            }
            store.contacts.iter().find(|c| c.phone_number == identifier)
        }
        "email" => {
            if !identifier.contains('@') {
                return Err(ApiError::invalid("identifier", "must be an email address"));
            }
            store.contacts.iter().find(|c| {
                c.email
                    .as_ref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(identifier))
            })
        }
        _ => {
            return Err(ApiError::invalid(
                "identifierType",
                "must be one of the following values: id, phone_number, email",
            ))
        }
    };
    found
        .map(|c| Reply::ok(to_json(c)))
        .ok_or_else(contact_not_found)
}

/// `POST /v1/contacts`: 201 + bare contact; 409 when the phone number is taken.
pub(super) fn create(ctx: &Ctx<'_>) -> Result<Reply, ApiError> {
    let body = json_object(ctx.body)?;
    let phone_number =
        phone_field(&body)?.ok_or_else(|| ApiError::invalid("phone_number", "is required"))?;
    let full_name = required_string(&body, "full_name")?;
    let country = optional_string(&body, "country")?;
    let email = email_field(&body)?;
    let description = optional_string(&body, "description")?;
    let additional_data = contact_fields(&body)?.unwrap_or_default();

    let now = ctx.shared.now();
    let mut store = lock(&ctx.shared.store);
    if store
        .contacts
        .iter()
        .any(|c| c.phone_number == phone_number)
    {
        return Err(duplicate_phone());
    }
    let (id, _) = store.next_id(&ctx.shared.id_seed, "contact");
    let contact = Contact {
        id,
        created_at: iso(now),
        phone_number,
        full_name,
        country,
        email,
        description,
        additional_data,
        organization_id: ORGANIZATION_ID.to_owned(),
    };
    let body = to_json(&contact);
    store.contacts.push(contact);
    Ok(Reply::created(body))
}

/// `PATCH /v1/contacts/{id}`: omitted fields untouched, `additional_data` replaced whole.
pub(super) fn update(ctx: &Ctx<'_>, id: &str) -> Result<Reply, ApiError> {
    let body = json_object(ctx.body)?;
    let phone_number = phone_field(&body)?;
    let full_name = match body.get("full_name") {
        None => None,
        Some(_) => Some(required_string(&body, "full_name")?),
    };
    let country = optional_string(&body, "country")?;
    let email = email_field(&body)?;
    let description = optional_string(&body, "description")?;
    let additional_data = contact_fields(&body)?;

    let mut store = lock(&ctx.shared.store);
    let index = store
        .contacts
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(contact_not_found)?;
    if let Some(phone) = &phone_number {
        if store
            .contacts
            .iter()
            .any(|c| c.id != id && &c.phone_number == phone)
        {
            return Err(duplicate_phone());
        }
    }
    let contact = &mut store.contacts[index];
    if let Some(v) = phone_number {
        contact.phone_number = v;
    }
    if let Some(v) = full_name {
        contact.full_name = v;
    }
    if body.contains_key("country") {
        contact.country = country;
    }
    if body.contains_key("email") {
        contact.email = email;
    }
    if body.contains_key("description") {
        contact.description = description;
    }
    if let Some(v) = additional_data {
        contact.additional_data = v;
    }
    Ok(Reply::ok(to_json(contact)))
}

/// `DELETE /v1/contacts/{id}`: 204 with an empty body.
pub(super) fn delete(ctx: &Ctx<'_>, id: &str) -> Result<Reply, ApiError> {
    let mut store = lock(&ctx.shared.store);
    let index = store
        .contacts
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(contact_not_found)?;
    store.contacts.remove(index);
    Ok(Reply::no_content())
}

fn phone_field(body: &Map<String, Value>) -> Result<Option<String>, ApiError> {
    if !body.contains_key("phone_number") {
        return Ok(None);
    }
    let phone = required_string(body, "phone_number")?;
    if !is_e164(&phone) {
        return Err(ApiError::invalid(
            "phone_number",
            "must be in international format, e.g. +12124567890",
        ));
    }
    Ok(Some(phone))
}

fn email_field(body: &Map<String, Value>) -> Result<Option<String>, ApiError> {
    let email = optional_string(body, "email")?;
    match email {
        Some(e) if e.is_empty() => Ok(None),
        Some(e) if !e.contains('@') || e.contains(' ') => {
            Err(ApiError::invalid("email", "must be an email"))
        }
        other => Ok(other),
    }
}

fn contact_fields(body: &Map<String, Value>) -> Result<Option<Vec<ContactField>>, ApiError> {
    match body.get("additional_data") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let obj = item.as_object().ok_or_else(|| {
                    ApiError::invalid(&format!("additional_data[{i}]"), "must be an object")
                })?;
                let text = |key: &str| match obj.get(key) {
                    Some(Value::String(s)) => Ok(s.clone()),
                    Some(Value::Number(n)) => Ok(n.to_string()),
                    Some(Value::Bool(b)) => Ok(b.to_string()),
                    _ => Err(ApiError::BadRequest {
                        field: Some("additional_data".to_owned()),
                        message: format!("additional_data[{i}].{key} is required"),
                    }),
                };
                let field = text("field")?;
                if field.trim().is_empty() {
                    return Err(ApiError::BadRequest {
                        field: Some("additional_data".to_owned()),
                        message: format!("additional_data[{i}].field should not be empty"),
                    });
                }
                Ok(ContactField {
                    kind: text("type").unwrap_or_else(|_| "text".to_owned()),
                    field,
                    value: text("value")?,
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(ApiError::invalid("additional_data", "must be an array")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn contact_fields_default_type_to_text_and_require_value() {
        let body = json!({"additional_data": [{"field": "plan", "value": "Plus"}]});
        let fields = body.as_object().map(contact_fields);
        assert_eq!(
            fields
                .and_then(|r| r.ok())
                .flatten()
                .map(|f| f[0].kind.clone())
                .as_deref(),
            Some("text")
        );
        let bad = json!({"additional_data": [{"field": "plan"}]});
        let err = bad.as_object().map(contact_fields).and_then(|r| r.err());
        assert_eq!(
            err.map(|e| e.to_string()).as_deref(),
            Some("additional_data[0].value is required")
        );
    }
}
