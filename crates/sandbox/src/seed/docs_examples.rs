//! The ids the public documentation's examples use (docs.contactship.ai, "Call a Contact" and
//! "Make AI Phone Call"), so those examples run verbatim against the sandbox with only the
//! host changed: a contact, an agent, and an outbound number (the id the contact call sends as
//! `from_number_id`, the E.164 number the phone call sends as `from_number`).
//!
//! The docs' ids are not UUIDs (`agent-…`, `pn-…`); they are kept exactly as written, since
//! ids are opaque strings. These three are added after the generated seed and its call
//! history, so the history, the generated ids and the first contact, agent and outbound
//! number every listing starts with stay as they were. The number is the organisation's
//! oldest, so it comes last in the default newest-first listing.

use crate::lifecycle::OutcomeShares;
use crate::model::{
    Agent, AnalysisItem, Contact, ContactField, PhoneNumber, Tool, ORGANIZATION_ID,
};

/// `contact_id` in the "Call a Contact" examples.
pub(crate) const CONTACT_ID: &str = "c1d2e3f4-a5b6-7890-cdef-123456789012";
/// `agent_id` in the "Call a Contact" and "Make AI Phone Call" examples.
pub(crate) const AGENT_ID: &str = "agent-a1b2c3d4-e5f6-7890-abcd-ef1234567890";
/// `from_number_id` in the "Call a Contact" examples.
pub(crate) const PHONE_NUMBER_ID: &str = "pn-a1b2c3d4-e5f6-7890-abcd-ef1234567890";
/// `from_number` in the "Make AI Phone Call" example: the same number, as E.164.
pub(crate) const PHONE_NUMBER: &str = "+12025551234";

/// The contact the "Call a Contact" examples call. The docs give only its id; the rest fits
/// their `amount_debt` of 14058 (a collections call in Mexico).
pub(crate) fn contact() -> Contact {
    let field = |kind: &str, field: &str, value: &str| ContactField {
        kind: kind.to_owned(),
        field: field.to_owned(),
        value: value.to_owned(),
    };
    Contact {
        id: CONTACT_ID.to_owned(),
        created_at: "2025-01-08T16:00:00.000Z".to_owned(),
        phone_number: "+525521436587".to_owned(),
        full_name: "Laura Méndez Ortega".to_owned(),
        country: Some("México".to_owned()),
        email: Some("laura.mendez@ejemplo.com".to_owned()),
        description: Some(
            "Contacto de los ejemplos de la documentación de Contactship.".to_owned(),
        ),
        additional_data: vec![
            field("text", "plan", "Premium"),
            field("number", "amount_debt", "14058"),
            field("location", "city", "Ciudad de México"),
        ],
        organization_id: ORGANIZATION_ID.to_owned(),
    }
}

/// The agent both examples use: a collections agent, as the contact call's `amount_debt`
/// suggests, with the shares of the seeded collections agent.
pub(crate) fn agent() -> Agent {
    Agent {
        id: AGENT_ID.to_owned(),
        name: "Ejemplo de la documentación",
        person_name: "Valeria",
        language: "es-419",
        timezone: "America/Mexico_City",
        webhook_url: None,
        conversation_purpose: "Recordar pagos pendientes y acordar una fecha de pago.",
        prompt: "Eres Valeria, asesora de Financiera Aurora. Saluda por su nombre, menciona el saldo pendiente con respeto y ayuda a acordar una fecha de pago.",
        volume: 1.0,
        voice_id: "11labs-valeria-es-419",
        interruption_sensitivity: 0.8,
        ambient_sound: None,
        voice_speed: 1.0,
        voice_temperature: 0.7,
        post_call_analysis_data: vec![AnalysisItem {
            name: "promesa_de_pago",
            kind: "boolean",
            description: "¿El cliente se comprometió a pagar?",
        }],
        tools: vec![Tool {
            name: "end_call",
            kind: "function",
            description: "Hang up politely once the conversation is over.",
        }],
        created_at: "2025-01-08T15:30:00.000Z".to_owned(),
        updated_at: "2025-01-08T15:30:00.000Z".to_owned(),
        company: "Financiera Aurora",
        outcome_shares: OutcomeShares::REFERENCE,
    }
}

/// The number both examples call from, outbound, older than every generated one.
pub(crate) fn phone_number() -> PhoneNumber {
    PhoneNumber {
        id: PHONE_NUMBER_ID.to_owned(),
        phone_number: PHONE_NUMBER.to_owned(),
        kind: "outbound",
        organization_id: ORGANIZATION_ID.to_owned(),
        created_at: "2024-11-04T15:00:00.000Z".to_owned(),
    }
}
