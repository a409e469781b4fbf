//! "Add a contact" when the search finds nobody: name, phone, email, country →
//! `POST /v1/contacts`. A phone number Contactship already has (409) is not an error for
//! the person: the existing contact is offered instead, so nobody is created twice.

use crate::error::{AppError, ErrorCode};
use crate::ipc::Contact;
use crate::state::AppState;
use crate::views;
use callboard_core::campaign::list::e164;
use callboard_core::draft::region_of;
use callboard_core::t;
use contactship::{IdentifierType, NewContact};
use serde::{Deserialize, Serialize};
use specta::Type;

/// The form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Type)]
pub struct NewContactForm {
    pub full_name: String,
    /// Any common way of writing it; without `+` it is read in `country`.
    pub phone: String,
    pub email: String,
    /// ISO country code (`MX`).
    pub country: Option<String>,
}

/// What came of it: the contact to call, and whether it already existed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct AddedContact {
    pub contact: Contact,
    pub existed: bool,
}

/// Checks the form (each problem names its field), creates the contact, or finds the one
/// that already has this number.
pub async fn add(state: &AppState, form: NewContactForm) -> Result<AddedContact, AppError> {
    let name = form.full_name.trim();
    if name.is_empty() {
        return Err(
            AppError::new(ErrorCode::Validation, t!("phone-enter-name-contact"))
                .with_field("full_name"),
        );
    }
    let country = form
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_ascii_uppercase);
    let phone = e164(&form.phone, country.as_deref()).map_err(|_| {
        let message = if form.phone.trim().is_empty() {
            t!("phone-enter-number-contact")
        } else {
            t!("phone-not-valid", number = form.phone.trim())
        };
        AppError::new(ErrorCode::Validation, message).with_field("phone")
    })?;
    let email = form.email.trim();
    if !email.is_empty() {
        contactship::validate::email("email", email).map_err(AppError::from)?;
    }
    let new = NewContact {
        phone_number: phone.clone(),
        full_name: name.to_owned(),
        // The country's code from the number itself when none was chosen.
        country: country.or_else(|| region_of(&phone)),
        email: (!email.is_empty()).then(|| email.to_owned()),
        description: None,
        additional_data: Vec::new(),
    };
    let client = state.client().await?;
    match client.create_contact(&new).await {
        Ok(c) => Ok(AddedContact {
            contact: views::contact(&c),
            existed: false,
        }),
        Err(contactship::Error::Conflict { .. }) => {
            let existing = client
                .get_contact(&phone, IdentifierType::PhoneNumber)
                .await?;
            Ok(AddedContact {
                contact: views::contact(&existing),
                existed: true,
            })
        }
        Err(e) => Err(AppError::from(e).with_field("phone")),
    }
}
