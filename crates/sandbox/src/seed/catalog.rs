//! Seeded agents (one per language) and the organization's phone numbers.
//!
//! Each agent's calls end in their own shares, as that kind of calling does (used for calls
//! created without `metadata.sandbox_outcome`, and for the seeded history):
//!
//! | agent | calls | completed | no-answer | voice mail | busy | failed |
//! |---|---|---|---|---|---|---|
//! | Cobranza amable MX | payment reminders to customers | 50 % | 15 % | 15 % | 10 % | 10 % |
//! | Demo follow-up US | sales follow-ups to leads | 30 % | 30 % | 25 % | 10 % | 5 % |
//! | Confirmação de consultas BR | patients expecting the call | 65 % | 15 % | 10 % | 5 % | 5 % |
//! | Citas clínica Madrid | patients expecting the call | 70 % | 10 % | 10 % | 5 % | 5 % |
//!
//! The collections agent keeps [`OutcomeShares::REFERENCE`], the shares every call had before
//! agents had their own, so tests and demos placing calls with it see the same outcomes.

use crate::ids::stable_uuid;
use crate::lifecycle::OutcomeShares;
use crate::model::{Agent, AnalysisItem, PhoneNumber, Tool, ORGANIZATION_ID};

/// Leads from a demo: many don't pick up a number they don't know, or let it go to voice mail.
const SALES_FOLLOW_UP: OutcomeShares = OutcomeShares::new(6, 6, 5, 2, 1);
/// Patients confirming a visit they booked: most answer.
const APPOINTMENTS_BR: OutcomeShares = OutcomeShares::new(13, 3, 2, 1, 1);
const APPOINTMENTS_ES: OutcomeShares = OutcomeShares::new(14, 2, 2, 1, 1);

fn analysis(items: &[(&'static str, &'static str, &'static str)]) -> Vec<AnalysisItem> {
    items
        .iter()
        .map(|&(name, kind, description)| AnalysisItem {
            name,
            kind,
            description,
        })
        .collect()
}

fn end_call_tool() -> Tool {
    Tool {
        name: "end_call",
        kind: "function",
        description: "Hang up politely once the conversation is over.",
    }
}

/// The seeded agents, one per language.
pub(crate) fn agents() -> Vec<Agent> {
    vec![
        Agent {
            id: stable_uuid("seed/agent/cobranza-mx"),
            name: "Cobranza amable MX",
            person_name: "Sofía",
            language: "es-419",
            timezone: "America/Mexico_City",
            webhook_url: None,
            conversation_purpose: "Recordar pagos pendientes y acordar una fecha de pago.",
            prompt: "Eres Sofía, asesora de Financiera Aurora. Saluda por su nombre, menciona el saldo pendiente con respeto y ayuda a acordar una fecha de pago. Nunca presiones ni amenaces.",
            volume: 1.0,
            voice_id: "11labs-sofia-es-419",
            interruption_sensitivity: 0.8,
            ambient_sound: Some("call-center"),
            voice_speed: 1.0,
            voice_temperature: 0.7,
            post_call_analysis_data: analysis(&[
                ("promesa_de_pago", "boolean", "¿El cliente se comprometió a pagar?"),
                ("fecha_de_pago", "string", "Fecha acordada para el pago, si la hubo."),
            ]),
            tools: vec![end_call_tool()],
            created_at: "2025-01-14T16:20:00.000Z".to_owned(),
            updated_at: "2025-09-02T18:05:31.000Z".to_owned(),
            company: "Financiera Aurora",
            outcome_shares: OutcomeShares::REFERENCE,
        },
        Agent {
            id: stable_uuid("seed/agent/sales-us"),
            name: "Demo follow-up US",
            person_name: "Emma",
            language: "en-US",
            timezone: "America/New_York",
            webhook_url: Some("https://hooks.example.com/contactship/emma"),
            conversation_purpose: "Follow up after a product demo and book a meeting with sales.",
            prompt: "You are Emma from Brightline Software. Thank the lead for attending the demo, answer short questions and offer two meeting slots. Keep it under two minutes.",
            volume: 1.1,
            voice_id: "11labs-emma-en-us",
            interruption_sensitivity: 0.9,
            ambient_sound: None,
            voice_speed: 1.05,
            voice_temperature: 0.8,
            post_call_analysis_data: analysis(&[
                ("meeting_booked", "boolean", "Did the lead agree to a meeting?"),
                ("interest_level", "number", "Interest from 1 (none) to 5 (ready to buy)."),
            ]),
            tools: vec![
                end_call_tool(),
                Tool {
                    name: "book_meeting",
                    kind: "function",
                    description: "Books a 30-minute meeting in the sales calendar.",
                },
            ],
            created_at: "2025-02-03T14:02:11.000Z".to_owned(),
            updated_at: "2025-10-21T09:45:00.000Z".to_owned(),
            company: "Brightline Software",
            outcome_shares: SALES_FOLLOW_UP,
        },
        Agent {
            id: stable_uuid("seed/agent/atendimento-br"),
            name: "Confirmação de consultas BR",
            person_name: "Camila",
            language: "pt-BR",
            timezone: "America/Sao_Paulo",
            webhook_url: None,
            conversation_purpose: "Confirmar consultas agendadas e oferecer remarcação.",
            prompt: "Você é a Camila, da Clínica Sorriso. Confirme a consulta do paciente, ofereça remarcar se necessário e agradeça com cordialidade.",
            volume: 1.0,
            voice_id: "11labs-camila-pt-br",
            interruption_sensitivity: 0.7,
            ambient_sound: Some("coffee-shop"),
            voice_speed: 1.0,
            voice_temperature: 0.6,
            post_call_analysis_data: analysis(&[(
                "consulta_confirmada",
                "boolean",
                "O paciente confirmou a consulta?",
            )]),
            tools: vec![end_call_tool()],
            created_at: "2025-03-18T12:30:00.000Z".to_owned(),
            updated_at: "2025-08-11T20:14:09.000Z".to_owned(),
            company: "Clínica Sorriso",
            outcome_shares: APPOINTMENTS_BR,
        },
        Agent {
            id: stable_uuid("seed/agent/citas-es"),
            name: "Citas clínica Madrid",
            person_name: "Lucía",
            language: "es-ES",
            timezone: "Europe/Madrid",
            webhook_url: None,
            conversation_purpose: "Confirmar citas de la clínica y gestionar cambios de hora.",
            prompt: "Eres Lucía, de Clínica Dental Sonrisa. Confirma la cita del paciente, ofrece otra hora si no puede asistir y despídete con amabilidad.",
            volume: 0.9,
            voice_id: "11labs-lucia-es-es",
            interruption_sensitivity: 0.6,
            ambient_sound: None,
            voice_speed: 0.95,
            voice_temperature: 0.5,
            post_call_analysis_data: analysis(&[(
                "cita_confirmada",
                "boolean",
                "¿El paciente confirmó la cita?",
            )]),
            tools: vec![end_call_tool()],
            created_at: "2025-04-07T08:15:42.000Z".to_owned(),
            updated_at: "2025-11-03T10:00:00.000Z".to_owned(),
            company: "Clínica Dental Sonrisa",
            outcome_shares: APPOINTMENTS_ES,
        },
    ]
}

/// The organization's six numbers, four that place calls and two that only receive them.
pub(crate) fn phone_numbers() -> Vec<PhoneNumber> {
    [
        ("+16465550100", "outbound", "2025-01-10T15:00:00.000Z"),
        ("+14155550188", "inbound", "2025-01-22T17:30:00.000Z"),
        ("+525541702300", "outbound", "2025-02-05T16:45:00.000Z"),
        ("+576015081200", "outbound", "2025-03-12T14:10:00.000Z"),
        ("+34910123456", "outbound", "2025-04-02T09:00:00.000Z"),
        ("+551130045500", "inbound", "2025-05-20T13:25:00.000Z"),
    ]
    .into_iter()
    .map(|(number, kind, created_at)| PhoneNumber {
        id: stable_uuid(&format!("seed/phone-number/{number}")),
        phone_number: number.to_owned(),
        kind,
        organization_id: ORGANIZATION_ID.to_owned(),
        created_at: created_at.to_owned(),
    })
    .collect()
}
