//! One method per API endpoint. Each validates its input, builds the URL, sends through
//! [`Client::send`](super::Client) and decodes with the matching envelope rule.

use reqwest::Method;
use serde::Serialize;

use super::http::Route;
use super::Client;
use crate::envelope;
use crate::types::{
    Agent, Call, CallListQuery, Contact, ContactCallRequest, ContactFilter, ContactUpdate,
    CreatedCall, GetCallOptions, IdentifierType, NewContact, Page, PhoneCallRequest, PhoneNumber,
    PhoneNumberQuery, PhoneNumberType,
};
use crate::{validate, Error};

/// Page size used by [`Client::list_phone_numbers`].
pub const PHONE_NUMBER_PAGE_SIZE: u32 = 100;
/// Safety stop for automatic paging against a server whose `count` never is reached.
const MAX_PAGES: usize = 1_000;

fn route(method: Method, label: &'static str, what: Option<&'static str>) -> Route {
    Route {
        method,
        label,
        what,
    }
}

fn json<T: Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    // Our request types only hold strings, numbers and JSON maps: this cannot fail, but
    // a failure must still not panic.
    serde_json::to_vec(value).map_err(|e| Error::ClientInit {
        detail: e.to_string(),
    })
}

impl Client {
    // ---------------------------------------------------------------- contacts

    /// `GET /v1/contacts`: every contact, optionally filtered by partial name, e-mail or
    /// phone-number prefix.
    pub async fn list_contacts(&self, filter: &ContactFilter) -> Result<Vec<Contact>, Error> {
        let mut q = Vec::new();
        for (k, v) in [
            ("full_name", &filter.full_name),
            ("email", &filter.email),
            ("phone_number", &filter.phone_number),
        ] {
            if let Some(v) = v {
                q.push((k, v.clone()));
            }
        }
        let url = self.url(&["contacts"], &q)?;
        let raw = self
            .send(route(Method::GET, "GET /contacts", None), url, None)
            .await?;
        envelope::list(&self.body(&raw))
    }

    /// `GET /v1/contacts/{identifier}?identifierType=...`: one contact by id, phone number
    /// or e-mail (the identifier is URL-encoded, so `+` and `@` are safe).
    pub async fn get_contact(
        &self,
        identifier: &str,
        kind: IdentifierType,
    ) -> Result<Contact, Error> {
        validate::id("identifier", identifier)?;
        let q = [("identifierType", kind.as_str().to_owned())];
        let url = self.url(&["contacts", identifier], &q)?;
        let raw = self
            .send(
                route(Method::GET, "GET /contacts/{identifier}", Some("contact")),
                url,
                None,
            )
            .await?;
        envelope::one(&self.body(&raw))
    }

    /// `POST /v1/contacts`. A phone number that already exists gives [`Error::Conflict`].
    /// Sent exactly once, like every non-GET: creating is not idempotent, so a retry after
    /// the request may have arrived could only come back as that 409 (see [`Error::delivery`]).
    pub async fn create_contact(&self, c: &NewContact) -> Result<Contact, Error> {
        c.validate()?;
        let url = self.url(&["contacts"], &[])?;
        let raw = self
            .send(
                route(Method::POST, "POST /contacts", None),
                url,
                Some(json(c)?),
            )
            .await?;
        envelope::one(&self.body(&raw))
    }

    /// `PATCH /v1/contacts/{id}`: changes only the fields that are set.
    pub async fn update_contact(&self, id: &str, u: &ContactUpdate) -> Result<Contact, Error> {
        validate::id("contact_id", id)?;
        u.validate()?;
        let url = self.url(&["contacts", id], &[])?;
        let raw = self
            .send(
                route(Method::PATCH, "PATCH /contacts/{id}", Some("contact")),
                url,
                Some(json(u)?),
            )
            .await?;
        envelope::one(&self.body(&raw))
    }

    /// `DELETE /v1/contacts/{id}`: permanent.
    pub async fn delete_contact(&self, id: &str) -> Result<(), Error> {
        validate::id("contact_id", id)?;
        let url = self.url(&["contacts", id], &[])?;
        let raw = self
            .send(
                route(Method::DELETE, "DELETE /contacts/{id}", Some("contact")),
                url,
                None,
            )
            .await?;
        envelope::unit(&self.body(&raw))
    }

    // ------------------------------------------------------------------ agents

    /// `GET /v1/agents`. Also the cheapest way to check that an API key works.
    pub async fn list_agents(&self) -> Result<Vec<Agent>, Error> {
        let url = self.url(&["agents"], &[])?;
        let raw = self
            .send(route(Method::GET, "GET /agents", None), url, None)
            .await?;
        envelope::list(&self.body(&raw))
    }

    /// `GET /v1/agents/{id}`.
    pub async fn get_agent(&self, id: &str) -> Result<Agent, Error> {
        validate::id("agent_id", id)?;
        let url = self.url(&["agents", id], &[])?;
        let raw = self
            .send(
                route(Method::GET, "GET /agents/{id}", Some("agent")),
                url,
                None,
            )
            .await?;
        envelope::one(&self.body(&raw))
    }

    // ----------------------------------------------------------- phone numbers

    /// Every phone number of the organization (optionally only one `type`), paging with
    /// `limit`/`offset` until the reply's `count` is reached.
    pub async fn list_phone_numbers(
        &self,
        kind: Option<PhoneNumberType>,
    ) -> Result<Vec<PhoneNumber>, Error> {
        self.list_phone_numbers_paged(kind, PHONE_NUMBER_PAGE_SIZE)
            .await
    }

    /// Like [`Client::list_phone_numbers`] with an explicit page size (the server's
    /// default is 5 and it may cap larger values; paging copes with either).
    pub async fn list_phone_numbers_paged(
        &self,
        kind: Option<PhoneNumberType>,
        page_size: u32,
    ) -> Result<Vec<PhoneNumber>, Error> {
        let mut all = Vec::new();
        for _ in 0..MAX_PAGES {
            let q = PhoneNumberQuery {
                limit: Some(page_size.max(1)),
                offset: Some(u32::try_from(all.len()).unwrap_or(u32::MAX)),
                order: None,
                kind: kind.clone(),
            };
            let page = self.list_phone_numbers_page(&q).await?;
            let got = page.data.len();
            all.extend(page.data);
            let done = match page.count {
                Some(count) => all.len() as u64 >= count,
                // No count: a short page is the last one.
                None => got < page_size.max(1) as usize,
            };
            if done || got == 0 {
                break;
            }
        }
        Ok(all)
    }

    /// `GET /v1/phone-numbers`: one page.
    pub async fn list_phone_numbers_page(
        &self,
        q: &PhoneNumberQuery,
    ) -> Result<Page<PhoneNumber>, Error> {
        let mut pairs = Vec::new();
        if let Some(l) = q.limit {
            pairs.push(("limit", l.to_string()));
        }
        if let Some(o) = q.offset {
            pairs.push(("offset", o.to_string()));
        }
        if let Some(o) = q.order {
            pairs.push(("order", o.as_str().to_owned()));
        }
        if let Some(k) = &q.kind {
            pairs.push(("type", k.as_str().to_owned()));
        }
        let url = self.url(&["phone-numbers"], &pairs)?;
        let raw = self
            .send(route(Method::GET, "GET /phone-numbers", None), url, None)
            .await?;
        envelope::page(&self.body(&raw))
    }

    // ------------------------------------------------------------------- calls

    /// `POST /v1/calls/single-contact-call`: validates, then sends exactly one request
    /// (never retried; see [`Error::delivery`] to classify a failure).
    pub async fn call_contact(&self, r: &ContactCallRequest) -> Result<CreatedCall, Error> {
        r.validate()?;
        let url = self.url(&["calls", "single-contact-call"], &[])?;
        let route = route(
            Method::POST,
            "POST /calls/single-contact-call",
            Some("contact, agent or phone number"),
        );
        let raw = self.send(route, url, Some(json(r)?)).await?;
        envelope::one(&self.body(&raw))
    }

    /// `POST /v1/calls/single-phone-call`: validates (E.164 `to_number` and `from_number`,
    /// ...), then sends exactly one request, never retried, as [`Client::call_contact`].
    /// Both reply shapes are read: the bare `{call_id, agent_id, contact_id, created_at}` and
    /// the older `{statusCode, data: {call_id, contact_id, ...}}`.
    pub async fn call_phone_number(&self, r: &PhoneCallRequest) -> Result<CreatedCall, Error> {
        r.validate()?;
        let url = self.url(&["calls", "single-phone-call"], &[])?;
        let route = route(
            Method::POST,
            "POST /calls/single-phone-call",
            Some("agent or phone number"),
        );
        let raw = self.send(route, url, Some(json(r)?)).await?;
        envelope::one(&self.body(&raw))
    }

    /// `GET /v1/calls`: one page of the call log with the given filters.
    pub async fn list_calls(&self, q: &CallListQuery) -> Result<Page<Call>, Error> {
        if let Some(a) = &q.agent_id {
            validate::id("agent_id", a)?;
        }
        if let Some(c) = &q.campaign_id {
            validate::id("campaign_id", c)?;
        }
        let url = self.url(&["calls"], &q.pairs())?;
        let raw = self
            .send(route(Method::GET, "GET /calls", None), url, None)
            .await?;
        envelope::page(&self.body(&raw))
    }

    /// `GET /v1/calls/{id}`: status, result, analysis and (by default) the transcript.
    pub async fn get_call(&self, id: &str, opts: &GetCallOptions) -> Result<Call, Error> {
        validate::id("call_id", id)?;
        let url = self.url(&["calls", id], &opts.pairs())?;
        let raw = self
            .send(
                route(Method::GET, "GET /calls/{id}", Some("call")),
                url,
                None,
            )
            .await?;
        envelope::one(&self.body(&raw))
    }
}
