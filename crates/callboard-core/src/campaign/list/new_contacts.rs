//! "N new contacts will be added to Contactship": how many callees of a checked list the
//! organisation does not know yet, looked up by phone
//! (`GET /v1/contacts/{phone}?identifierType=phone_number`). Nothing is created here; the
//! runner creates each one when its row is first called.

use super::Callee;
use contactship::{Client, Error, IdentifierType};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Lookups in flight at once: quick for a list of thousands, gentle on the API.
const AT_ONCE: usize = 8;
/// Longer lists are not counted up front (a lookup per person would take minutes and spend
/// the organisation's rate limit before anyone is called); their new people are still
/// created, once each, when first called.
pub const MAX_LOOKUPS: usize = 2_000;

/// How many of `callees` have a phone and no contact on Contactship yet (rows that name a
/// contact id are known). `None` when a lookup failed for another reason than "not found"
/// (offline, key refused): the count would be a guess. `None` too for more than
/// [`MAX_LOOKUPS`] people to look up.
pub async fn count_new_contacts(client: &Client, callees: &[Callee]) -> Option<u32> {
    let to_look_up = callees
        .iter()
        .filter(|c| c.contact_id.is_none() && c.phone.is_some())
        .count();
    if to_look_up > MAX_LOOKUPS {
        return None;
    }
    let gate = Arc::new(Semaphore::new(AT_ONCE));
    let mut lookups = tokio::task::JoinSet::new();
    for phone in callees
        .iter()
        .filter(|c| c.contact_id.is_none())
        .filter_map(|c| c.phone.clone())
    {
        let client = client.clone();
        let gate = Arc::clone(&gate);
        lookups.spawn(async move {
            let _permit = gate.acquire_owned().await.ok()?;
            match client
                .get_contact(&phone, IdentifierType::PhoneNumber)
                .await
            {
                Ok(_) => Some(0),
                Err(Error::NotFound { .. }) => Some(1),
                Err(e) => {
                    tracing::info!("contact lookup failed while counting new contacts: {e}");
                    None
                }
            }
        });
    }
    let mut new = 0;
    while let Some(done) = lookups.join_next().await {
        new += done.ok().flatten()?;
    }
    Some(new)
}
