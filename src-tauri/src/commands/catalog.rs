//! The pickers' lists: contacts, agents and phone numbers, fetched from the API.

use callboard_app::catalog;
use callboard_app::error::AppError;
use callboard_app::ipc::{Agent, Contact, PhoneNumber};
use callboard_app::startup::Startup;
use tauri::State;

/// Contacts whose name, phone or email matches `query` ("" lists the first ones).
#[tauri::command]
#[specta::specta]
pub async fn search_contacts(
    state: State<'_, Startup>,
    query: String,
) -> Result<Vec<Contact>, AppError> {
    catalog::search_contacts(&*state.ready().await?, &query).await
}

/// "Add a contact": creates it, or offers the one that already has this number.
#[tauri::command]
#[specta::specta]
pub async fn add_contact(
    state: State<'_, Startup>,
    form: callboard_app::new_contact::NewContactForm,
) -> Result<callboard_app::new_contact::AddedContact, AppError> {
    callboard_app::new_contact::add(&*state.ready().await?, form).await
}

/// The organisation's AI agents.
#[tauri::command]
#[specta::specta]
pub async fn list_agents(state: State<'_, Startup>) -> Result<Vec<Agent>, AppError> {
    catalog::list_agents(&*state.ready().await?).await
}

/// The organisation's numbers (every page), outbound first.
#[tauri::command]
#[specta::specta]
pub async fn list_phone_numbers(state: State<'_, Startup>) -> Result<Vec<PhoneNumber>, AppError> {
    catalog::list_phone_numbers(&*state.ready().await?).await
}
