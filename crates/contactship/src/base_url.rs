//! [`BaseUrl`]: where the API lives. Only `https://` is accepted, except plain `http://`
//! on this computer (loopback) for the sandbox simulator and tests.

use std::fmt;
use std::net::IpAddr;

use url::{Host, Url};

use crate::{Error, DEFAULT_BASE_URL};

/// A validated API base URL such as `https://api.contactship.ai/v1` (no trailing slash).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct BaseUrl {
    url: Url,
    text: String,
}

impl BaseUrl {
    /// Parses and checks a base URL: `https://` with a host, or `http://` whose host is
    /// `localhost`, `127.0.0.0/8` or `::1`. User names, passwords, queries and fragments
    /// are refused (credentials never belong in a URL).
    pub fn parse(raw: &str) -> Result<BaseUrl, Error> {
        let bad = |reason: &str| Error::InvalidBaseUrl {
            reason: reason.to_owned(),
        };
        let url = Url::parse(raw.trim()).map_err(|_| bad("it is not a web address."))?;
        if url.host().is_none() {
            return Err(bad("it has no host name."));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad("it must not contain a user name or password."));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(bad("it must not contain ? or # parts."));
        }
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            "http" => return Err(bad(
                "it must start with https:// (plain http:// is allowed only for this computer).",
            )),
            _ => return Err(bad("it must start with https://.")),
        }
        let text = url.as_str().trim_end_matches('/').to_owned();
        Ok(BaseUrl { url, text })
    }

    /// The URL as text, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// True when the host is this computer (the sandbox). Such URLs bypass proxies.
    pub fn is_loopback(&self) -> bool {
        is_loopback(&self.url)
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

impl Default for BaseUrl {
    fn default() -> Self {
        let url = Url::parse(DEFAULT_BASE_URL).unwrap_or_else(|_| unreachable!("constant URL"));
        BaseUrl {
            url,
            text: DEFAULT_BASE_URL.to_owned(),
        }
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BaseUrl({})", self.text)
    }
}

impl std::str::FromStr for BaseUrl {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        BaseUrl::parse(s)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn https_and_loopback_http_are_accepted() {
        let cases = [
            (
                "https://api.contactship.ai/v1",
                "https://api.contactship.ai/v1",
            ),
            (
                "https://api.contactship.ai/v1/",
                "https://api.contactship.ai/v1",
            ),
            ("http://127.0.0.1:8787/v1", "http://127.0.0.1:8787/v1"),
            ("http://127.1.2.3:1/v1", "http://127.1.2.3:1/v1"),
            ("http://localhost:9/v1", "http://localhost:9/v1"),
            ("http://[::1]:9/v1", "http://[::1]:9/v1"),
        ];
        for (raw, text) in cases {
            let url = BaseUrl::parse(raw).unwrap();
            assert_eq!(url.as_str(), text);
            assert_eq!(url.to_string(), text);
        }
        assert!(BaseUrl::parse("http://127.0.0.1:1/v1")
            .unwrap()
            .is_loopback());
        assert!(!BaseUrl::default().is_loopback());
    }

    #[test]
    fn non_loopback_http_and_other_schemes_are_rejected() {
        for raw in [
            "http://api.contactship.ai/v1",
            "http://10.0.0.1/v1",
            "http://128.0.0.1/v1",
            "ftp://localhost/v1",
            "file:///etc/passwd",
            "api.contactship.ai/v1",
            "",
            "https://user:pw@api.contactship.ai/v1",
            "https://api.contactship.ai/v1?x-api-key=1",
            "https://api.contactship.ai/v1#frag",
        ] {
            let err = BaseUrl::parse(raw).unwrap_err();
            assert_eq!(err.code(), "invalid_base_url", "input {raw:?}");
            assert_eq!(err.delivery(), crate::Delivery::NotSent);
        }
    }

    #[test]
    fn default_is_the_public_api() {
        assert_eq!(BaseUrl::default().as_str(), DEFAULT_BASE_URL);
        assert_eq!(
            BaseUrl::parse(DEFAULT_BASE_URL).unwrap(),
            BaseUrl::default()
        );
    }
}
