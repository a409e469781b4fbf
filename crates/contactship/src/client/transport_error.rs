//! Mapping a transport failure (no HTTP status to go by) to an [`Error`], and with it the
//! one rule that decides whether a request can be reported as never sent.
//!
//! The rule: a failure is "not sent" only when reqwest says it happened while *opening the
//! connection* (DNS lookup, TCP connect, connect timeout, TLS handshake, proxy tunnel) and
//! nothing says a request or reply was already under way. Request bytes are written only
//! after the connection (and, for https, the TLS handshake) is complete, so those failures
//! cannot have reached Contactship. Everything else — a TLS alert or bad record after the
//! handshake, a reset or close after sending, a body error, a timeout that was not a connect
//! timeout, garbage instead of an HTTP reply — may have been acted on and is
//! [`Delivery::Unknown`](crate::Delivery::Unknown). A create-call POST reported as "not
//! sent" is retried automatically and skipped by the duplicate guard, so being wrong in the
//! "not sent" direction can dial someone twice; being wrong the other way only asks the user
//! to check.

use std::error::Error as _;

use crate::error::ConnectFailure;
use crate::Error;

/// The facts about a transport failure that the verdict depends on, read off a
/// [`reqwest::Error`] by [`TransportFacts::of`]. Kept separate so the rule can be tested
/// case by case without provoking each failure on a real network.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct TransportFacts {
    /// reqwest classifies the failure as a connect failure (`is_connect()`).
    pub connecting: bool,
    /// Something in the chain shows a request or reply was under way (a body, decode,
    /// status or redirect error): overrides `connecting`.
    pub sent_evidence: bool,
    /// A timeout anywhere in the chain.
    pub timeout: bool,
    /// A DNS resolution error in the chain.
    pub dns: bool,
    /// An I/O "connection refused" in the chain.
    pub refused: bool,
    /// A rustls error in the chain.
    pub tls: bool,
}

impl TransportFacts {
    /// Reads the facts off a reqwest error (walking its `source()` chain).
    pub(crate) fn of(err: &reqwest::Error) -> Self {
        TransportFacts {
            connecting: err.is_connect(),
            sent_evidence: err.is_body() || err.is_decode() || err.is_status() || err.is_redirect(),
            timeout: err.is_timeout(),
            dns: err.is_dns(),
            refused: has_io_kind(err, std::io::ErrorKind::ConnectionRefused),
            tls: is_tls(err),
        }
    }

    /// The error for these facts; see the module doc for the rule.
    pub(crate) fn verdict(self) -> Error {
        if self.connecting && !self.sent_evidence {
            if self.tls {
                return Error::TlsFailed;
            }
            let reason = if self.timeout {
                ConnectFailure::TimedOut
            } else if self.dns {
                ConnectFailure::Dns
            } else if self.refused {
                ConnectFailure::Refused
            } else {
                ConnectFailure::Other
            };
            return Error::ConnectFailed { reason };
        }
        after_connect(self.timeout)
    }
}

/// Classifies an error from sending a request (before any reply arrived).
pub(crate) fn classify_send(err: &reqwest::Error) -> Error {
    TransportFacts::of(err).verdict()
}

/// Classifies an error while reading a reply's body: a status line already arrived, so the
/// request was certainly sent, whatever the error chain looks like.
pub(crate) fn classify_body(err: &reqwest::Error) -> Error {
    after_connect(err.is_timeout())
}

fn after_connect(timeout: bool) -> Error {
    if timeout {
        Error::Timeout
    } else {
        Error::ConnectionLost
    }
}

fn is_tls(err: &reqwest::Error) -> bool {
    let mut source = err.source();
    while let Some(e) = source {
        if e.is::<rustls::Error>() {
            return true;
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            if io
                .get_ref()
                .is_some_and(|inner| inner.is::<rustls::Error>())
            {
                return true;
            }
        }
        source = e.source();
    }
    false
}

fn has_io_kind(err: &reqwest::Error, kind: std::io::ErrorKind) -> bool {
    let mut source = err.source();
    while let Some(e) = source {
        if e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == kind)
        {
            return true;
        }
        source = e.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Delivery;

    fn facts(connecting: bool, sent_evidence: bool, timeout: bool, tls: bool) -> TransportFacts {
        TransportFacts {
            connecting,
            sent_evidence,
            timeout,
            tls,
            ..TransportFacts::default()
        }
    }

    #[test]
    fn only_failures_while_connecting_are_not_sent_and_tls_after_the_handshake_is_unknown() {
        // (connecting, sent evidence, timeout, tls) -> (code, delivery)
        let cases = [
            (
                (true, false, false, false),
                ("connect_failed", Delivery::NotSent),
            ),
            (
                (true, false, true, false),
                ("connect_failed", Delivery::NotSent),
            ),
            (
                (true, false, false, true),
                ("tls_failed", Delivery::NotSent),
            ),
            // A rustls error outside the connect phase: the request may have been written.
            (
                (false, false, false, true),
                ("connection_lost", Delivery::Unknown),
            ),
            ((false, false, true, true), ("timeout", Delivery::Unknown)),
            // Evidence of a request under way beats a connect flag.
            (
                (true, true, false, true),
                ("connection_lost", Delivery::Unknown),
            ),
            (
                (true, true, false, false),
                ("connection_lost", Delivery::Unknown),
            ),
            ((true, true, true, false), ("timeout", Delivery::Unknown)),
            ((false, false, true, false), ("timeout", Delivery::Unknown)),
            (
                (false, false, false, false),
                ("connection_lost", Delivery::Unknown),
            ),
            (
                (false, true, false, false),
                ("connection_lost", Delivery::Unknown),
            ),
        ];
        for ((c, s, t, tls), want) in cases {
            let err = facts(c, s, t, tls).verdict();
            assert_eq!(
                (err.code(), err.delivery()),
                want,
                "facts {c} {s} {t} {tls}"
            );
        }
    }

    #[test]
    fn connect_failures_keep_their_reason() {
        let dns = TransportFacts {
            connecting: true,
            dns: true,
            ..Default::default()
        };
        let refused = TransportFacts {
            connecting: true,
            refused: true,
            ..Default::default()
        };
        let timed_out = TransportFacts {
            connecting: true,
            timeout: true,
            dns: true,
            ..Default::default()
        };
        for (f, want) in [
            (dns, ConnectFailure::Dns),
            (refused, ConnectFailure::Refused),
            (timed_out, ConnectFailure::TimedOut),
        ] {
            assert!(
                matches!(f.verdict(), Error::ConnectFailed { reason } if reason == want),
                "{f:?}"
            );
        }
    }
}
