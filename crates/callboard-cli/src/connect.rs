//! Reaching Contactship and the store for `run` and `resume` (and `check`'s count of new
//! contacts): the key from CONTACTSHIP_API_KEY or the app's keychain entry (never printed),
//! the base URL, the agent and numbers confirmed before anything is stored, the store's lock.

use crate::run::Connection;
use crate::Refusal;
use callboard_core::campaign::CampaignSettings;
use callboard_core::secrets::{self, KeychainStore, SecretStore};
use callboard_core::store::{CallStore, StoreError, STORE_FILE_NAME};
use callboard_core::t;
use contactship::{ApiKey, BaseUrl, Client};
use std::path::Path;
use std::sync::Arc;

/// The key from CONTACTSHIP_API_KEY, else the app's keychain entry; never printed.
pub(crate) fn client(c: &Connection) -> Result<Client, Refusal> {
    optional_client(c.api_url.as_deref())?.ok_or_else(|| Refusal(t!("cli-no-api-key")))
}

/// A client when there is a key (`None` without one); a bad URL or key is a refusal.
pub(crate) fn optional_client(api_url: Option<&str>) -> Result<Option<Client>, Refusal> {
    let from_env = std::env::var("CONTACTSHIP_API_KEY")
        .ok()
        .filter(|k| !k.trim().is_empty());
    let key = match from_env {
        Some(raw) => ApiKey::new(raw.trim()).map_err(|_| Refusal(t!("cli-bad-api-key")))?,
        None => match KeychainStore::new(secrets::default_service_name(), secrets::DEFAULT_ACCOUNT)
            .ok()
            .and_then(|k| k.get().ok().flatten())
        {
            Some(key) => key,
            None => return Ok(None),
        },
    };
    let raw = api_url
        .filter(|u| !u.trim().is_empty())
        .unwrap_or(contactship::DEFAULT_BASE_URL);
    let base = BaseUrl::parse(raw.trim()).map_err(|e| Refusal(format!("--api-url: {e}")))?;
    Client::new(base, key)
        .map(Some)
        .map_err(|e| Refusal(e.to_string()))
}

/// The agent and every number exist on Contactship (which also proves the key), before a
/// campaign is stored: a typo is one sentence now, not a refusal for every row later.
pub(crate) fn confirm_on_contactship(client: &Client, s: &CampaignSettings) -> Result<(), Refusal> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Refusal(t!("cli-could-not-start", reason = e.to_string())))?;
    runtime.block_on(async {
        let said = |e: contactship::Error| match e {
            contactship::Error::Unauthorized { .. } => Refusal(t!("cli-key-refused")),
            other => Refusal(t!(
                "cli-contactship-unreachable",
                reason = other.to_string()
            )),
        };
        let agents = client.list_agents().await.map_err(said)?;
        if !agents.iter().any(|a| a.id == s.agent_id) {
            return Err(Refusal(t!(
                "cli-no-such-agent",
                agent = &s.agent_id,
                agents = agents
                    .iter()
                    .map(|a| a.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        let numbers = client.list_phone_numbers(None).await.map_err(said)?;
        for id in &s.from_number_ids {
            if !numbers.iter().any(|n| &n.id == id) {
                return Err(Refusal(t!("cli-no-such-number", number = id)));
            }
        }
        Ok(())
    })
}

pub(crate) fn open_store(data_dir: &Path) -> Result<Arc<CallStore>, Refusal> {
    match CallStore::open_default(data_dir.join(STORE_FILE_NAME)) {
        Ok((store, _)) => Ok(Arc::new(store)),
        Err(StoreError::AlreadyOpen { .. }) => Err(Refusal(t!("cli-store-in-use"))),
        Err(e) => Err(Refusal(e.to_string())),
    }
}
