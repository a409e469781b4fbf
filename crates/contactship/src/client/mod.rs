//! [`Client`]: one shared HTTP connection pool, the API key, the base URL and the
//! timeouts/retry settings ([`ClientOptions`], [`RetryPolicy`]).

mod endpoints;
mod http;
mod http_error;
mod retry;
mod transport_error;

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

pub use retry::RetryPolicy;

use crate::{ApiKey, BaseUrl, Error};

/// Timeouts, body cap and GET retry settings.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientOptions {
    /// Longest wait for a connection to open (default 10 s).
    pub connect_timeout: Duration,
    /// Longest wait for a whole request, connect to last byte (default 30 s).
    pub timeout: Duration,
    /// Largest response body read, in bytes (default 1 MiB); bigger bodies are cut off.
    pub max_body_bytes: usize,
    /// Retries for GET requests (POST/PATCH/DELETE are never retried by the client).
    pub get_retry: RetryPolicy,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_body_bytes: 1024 * 1024,
            get_retry: RetryPolicy::default(),
        }
    }
}

/// A Contactship API client. Cheap to clone (all clones share one connection pool).
///
/// ```no_run
/// # async fn demo() -> Result<(), contactship::Error> {
/// use contactship::{ApiKey, BaseUrl, Client};
/// let client = Client::new(BaseUrl::default(), ApiKey::new("sk_live_...")?)?;
/// for agent in client.list_agents().await? {
///     println!("{} {:?}", agent.id, agent.name);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base: BaseUrl,
    key: ApiKey,
    key_header: HeaderValue,
    opts: ClientOptions,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base)
            .field("key", &self.inner.key)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client with the default options (10 s connect, 30 s total, 1 MiB, 3 GET attempts).
    pub fn new(base: BaseUrl, key: ApiKey) -> Result<Client, Error> {
        Client::with_options(base, key, ClientOptions::default())
    }

    /// A client with explicit options.
    pub fn with_options(base: BaseUrl, key: ApiKey, opts: ClientOptions) -> Result<Client, Error> {
        let mut key_header =
            HeaderValue::from_str(key.expose()).map_err(|_| Error::ClientInit {
                detail: "the API key is not a valid header value".to_owned(),
            })?;
        // Keeps the value out of HTTP/2 header compression tables and debug output.
        key_header.set_sensitive(true);

        let mut builder = reqwest::Client::builder()
            .connect_timeout(opts.connect_timeout)
            .timeout(opts.timeout)
            // A redirect would carry our custom x-api-key header to wherever it points;
            // reqwest only strips standard auth headers. Never follow one.
            .redirect(reqwest::redirect::Policy::none())
            // The only automatic retries allowed are our own, for GETs.
            .retry(reqwest::retry::never())
            .user_agent(concat!("contactship-rs/", env!("CARGO_PKG_VERSION")));
        if base.is_loopback() {
            // The sandbox on this computer must never be sent through a proxy.
            builder = builder.no_proxy();
        }
        let http = builder.build().map_err(|e| Error::ClientInit {
            detail: e.to_string(),
        })?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                key,
                key_header,
                opts,
            }),
        })
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &BaseUrl {
        &self.inner.base
    }

    /// The options this client was built with.
    pub fn options(&self) -> &ClientOptions {
        &self.inner.opts
    }
}
