//! Contacts: the [`Contact`] object, lookups ([`IdentifierType`], [`ContactFilter`]) and
//! the bodies for create ([`NewContact`]) and update ([`ContactUpdate`]).

use serde::{Deserialize, Serialize};

use super::de;
use crate::validate::{self, ValidationError};

/// Longest accepted free-text `description` / `country`, in characters.
const MAX_NOTE_CHARS: usize = 5_000;

/// A contact stored in Contactship.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// Contact id (opaque string; the docs say UUID but examples are not).
    pub id: String,
    /// Creation time, ISO 8601.
    #[serde(default)]
    pub created_at: Option<String>,
    /// Phone number in international format, e.g. `+12124567890`.
    #[serde(default)]
    pub phone_number: Option<String>,
    /// Full name.
    #[serde(default)]
    pub full_name: Option<String>,
    /// Country as free text (`México`, `Colombia`, ...).
    #[serde(default)]
    pub country: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Notes.
    #[serde(default)]
    pub description: Option<String>,
    /// Extra profile fields (`{type, field, value}`).
    #[serde(default, deserialize_with = "de::vec_or_null")]
    pub additional_data: Vec<ContactField>,
    /// Owning organization id.
    #[serde(default)]
    pub organization_id: Option<String>,
}

/// One extra profile field of a contact, e.g. `{"type":"text","field":"notas","value":"..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactField {
    /// Kind of value (`text`, `date`, `number`, `location`, ...).
    #[serde(rename = "type", default, deserialize_with = "de::text")]
    pub kind: String,
    /// The field name.
    #[serde(default, deserialize_with = "de::text")]
    pub field: String,
    /// The value, as text (numbers are rendered as text).
    #[serde(default, deserialize_with = "de::text")]
    pub value: String,
}

/// How the identifier passed to `get_contact` should be interpreted (`identifierType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierType {
    /// A contact id (the server's default).
    #[default]
    Id,
    /// A phone number in international format.
    PhoneNumber,
    /// An e-mail address.
    Email,
}

impl IdentifierType {
    /// The value as sent in the `identifierType` query parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            IdentifierType::Id => "id",
            IdentifierType::PhoneNumber => "phone_number",
            IdentifierType::Email => "email",
        }
    }
}

/// Optional partial-match filters for listing contacts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactFilter {
    /// Substring of the full name.
    pub full_name: Option<String>,
    /// Substring of the e-mail address.
    pub email: Option<String>,
    /// Prefix of the phone number (e.g. `+1212`).
    pub phone_number: Option<String>,
}

/// Body of `POST /v1/contacts`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewContact {
    /// Phone number in E.164 form (the per-organization uniqueness key).
    pub phone_number: String,
    /// Full name.
    pub full_name: String,
    /// Country (free text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// E-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Extra profile fields.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub additional_data: Vec<ContactField>,
}

impl NewContact {
    /// Checks the body before sending: E.164 phone number, non-empty name, valid e-mail.
    pub fn validate(&self) -> Result<(), ValidationError> {
        validate::e164("phone_number", &self.phone_number)?;
        validate::required_text("full_name", &self.full_name)?;
        optional_fields(
            &self.country,
            &self.email,
            &self.description,
            &self.additional_data,
        )
    }
}

/// Body of `PATCH /v1/contacts/{id}`: only the fields that are `Some` are changed.
/// `additional_data`, when given, replaces the stored list as a whole.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ContactUpdate {
    /// New phone number (E.164).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// New full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// New country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// New e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// New notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Replacement extra fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_data: Option<Vec<ContactField>>,
}

impl ContactUpdate {
    /// Checks the body: at least one field, and each given field valid.
    pub fn validate(&self) -> Result<(), ValidationError> {
        if *self == ContactUpdate::default() {
            return Err(ValidationError::new(
                "contact",
                "nothing_to_update",
                "contact update changes nothing; set at least one field.",
            ));
        }
        if let Some(p) = &self.phone_number {
            validate::e164("phone_number", p)?;
        }
        if let Some(n) = &self.full_name {
            validate::required_text("full_name", n)?;
        }
        let extra = self.additional_data.as_deref().unwrap_or_default();
        optional_fields(&self.country, &self.email, &self.description, extra)
    }
}

fn optional_fields(
    country: &Option<String>,
    email: &Option<String>,
    description: &Option<String>,
    extra: &[ContactField],
) -> Result<(), ValidationError> {
    if let Some(c) = country {
        validate::optional_text("country", c, validate::MAX_NAME_CHARS)?;
    }
    if let Some(e) = email {
        validate::email("email", e)?;
    }
    if let Some(d) = description {
        validate::optional_text("description", d, MAX_NOTE_CHARS)?;
    }
    for (i, f) in extra.iter().enumerate() {
        if f.field.trim().is_empty() {
            let name = format!("additional_data[{i}].field");
            let msg = format!("{name} is empty; every extra field needs a name.");
            return Err(ValidationError::new(name, "key_empty", msg));
        }
    }
    Ok(())
}
