//! The pickers' lists: contacts, agents and phone numbers, fetched from the API.

use crate::error::AppError;
use crate::ipc::{Agent, Contact, PhoneNumber};
use crate::state::AppState;
use crate::views;
use callboard_core::display::contact_filter_for;

/// How many contacts the search shows at most.
const MAX_RESULTS: usize = 50;

/// Contacts whose name, phone or email matches `query` ("" lists the first ones).
pub async fn search_contacts(state: &AppState, query: &str) -> Result<Vec<Contact>, AppError> {
    let client = state.client().await?;
    let contacts = client.list_contacts(&contact_filter_for(query)).await?;
    Ok(contacts
        .iter()
        .take(MAX_RESULTS)
        .map(views::contact)
        .collect())
}

/// The organisation's AI agents.
pub async fn list_agents(state: &AppState) -> Result<Vec<Agent>, AppError> {
    let client = state.client().await?;
    Ok(client
        .list_agents()
        .await?
        .iter()
        .map(views::agent)
        .collect())
}

/// The organisation's numbers (every page), outbound first.
pub async fn list_phone_numbers(state: &AppState) -> Result<Vec<PhoneNumber>, AppError> {
    let client = state.client().await?;
    let mut numbers: Vec<PhoneNumber> = client
        .list_phone_numbers(None)
        .await?
        .iter()
        .map(views::phone_number)
        .collect();
    numbers.sort_by_key(|n| views::number_rank(n.kind));
    Ok(numbers)
}
