//! What a finished simulated call sounds like: short scripts in each agent's language, with
//! the summary the post-call analysis would write. Placeholders: `{first}` (callee's first
//! name), `{agent}` (agent's person name), `{company}` and `{debt}` (" de $1234" or empty).

/// The scripts of one language.
pub(crate) struct Script {
    /// A successful conversation.
    pub positive: &'static [(&'static str, &'static str)],
    /// A conversation where the callee declines.
    pub negative: &'static [(&'static str, &'static str)],
    /// The voicemail greeting and the agent's message.
    pub voicemail: &'static [(&'static str, &'static str)],
    /// Summaries: positive, negative, voicemail, no answer, busy, failed, dropped mid-call.
    pub summaries: [&'static str; 7],
}

const ES_419: Script = Script {
    positive: &[
        ("agent", "Hola, buenas tardes. ¿Hablo con {first}?"),
        ("user", "Sí, soy yo. ¿Quién habla?"),
        ("agent", "Le saluda {agent}, de {company}. Le llamo para recordarle que tiene un saldo pendiente{debt}. ¿Podríamos acordar una fecha de pago?"),
        ("user", "Ah, sí, lo tenía pendiente. Puedo pagar este viernes."),
        ("agent", "Perfecto, {first}. Dejo registrado su compromiso de pago para el viernes. ¡Muchas gracias y que tenga buen día!"),
        ("user", "Gracias, igualmente."),
    ],
    negative: &[
        ("agent", "Hola, buenas tardes. ¿Hablo con {first}?"),
        ("user", "Sí, ¿quién habla?"),
        ("agent", "Le saluda {agent}, de {company}. Le llamo por un saldo pendiente{debt}. ¿Podríamos acordar una fecha de pago?"),
        ("user", "Ahora no puedo hablar, estoy trabajando. Por favor no me llamen en este horario."),
        ("agent", "Entiendo, disculpe la molestia. Le enviaremos la información por correo. ¡Que tenga buen día!"),
    ],
    voicemail: &[
        ("user", "El número que usted marcó no está disponible. Deje su mensaje después del tono."),
        ("agent", "Hola {first}, le habla {agent} de {company}. Le llamaba por un tema de su cuenta. Por favor devuélvanos la llamada cuando pueda. ¡Gracias!"),
    ],
    summaries: [
        "{first} reconoció el saldo pendiente y se comprometió a pagar el viernes.",
        "{first} no pudo atender y pidió que no lo llamen en ese horario; no se acordó fecha de pago.",
        "La llamada llegó al buzón de voz; {agent} dejó un mensaje pidiendo que devuelvan la llamada.",
        "Nadie contestó la llamada.",
        "La línea estaba ocupada.",
        "No se pudo establecer la llamada.",
        "La llamada se cortó antes de terminar la conversación con {first}.",
    ],
};

const EN_US: Script = Script {
    positive: &[
        ("agent", "Hi, is this {first}?"),
        ("user", "Yes, speaking."),
        ("agent", "Hi {first}, this is {agent} from {company}. Thanks for joining our demo last week! Do you have a minute to talk about next steps?"),
        ("user", "Sure, we liked it. We'd like to see pricing for our team."),
        ("agent", "Great! I can set up a 30-minute call with our sales team. Does Thursday at 10 AM or Friday at 2 PM work better?"),
        ("user", "Thursday at 10 works."),
        ("agent", "Perfect, you're booked for Thursday at 10 AM. You'll get an email confirmation shortly. Have a great day!"),
    ],
    negative: &[
        ("agent", "Hi, is this {first}?"),
        ("user", "Yes, who's calling?"),
        ("agent", "This is {agent} from {company}, following up on the demo you attended. Would you like to schedule a call with our sales team?"),
        ("user", "Not right now, thanks. We went with another vendor."),
        ("agent", "Understood, thanks for letting me know. Have a great day!"),
    ],
    voicemail: &[
        ("user", "Hi, you've reached my voicemail. Please leave a message after the beep."),
        ("agent", "Hi {first}, this is {agent} from {company} following up on your demo. Give us a call back when you have a moment. Thanks!"),
    ],
    summaries: [
        "{first} was interested in pricing for their team and booked a meeting for Thursday at 10 AM.",
        "{first} declined a follow-up meeting because they chose another vendor.",
        "Reached voicemail; {agent} left a message asking for a call back.",
        "No one answered the call.",
        "The line was busy.",
        "The call could not be connected.",
        "The line dropped before the conversation with {first} ended.",
    ],
};

const PT_BR: Script = Script {
    positive: &[
        ("agent", "Olá, boa tarde! Falo com {first}?"),
        ("user", "Sim, sou eu."),
        ("agent", "Aqui é a {agent}, da {company}. Estou ligando para confirmar sua consulta de amanhã às 15h. Podemos confirmar?"),
        ("user", "Pode confirmar, sim. Estarei lá."),
        ("agent", "Perfeito, {first}! Sua consulta está confirmada. Até amanhã!"),
        ("user", "Obrigado, até mais."),
    ],
    negative: &[
        ("agent", "Olá, boa tarde! Falo com {first}?"),
        ("user", "Sim, quem fala?"),
        ("agent", "Aqui é a {agent}, da {company}. Estou ligando para confirmar sua consulta de amanhã às 15h."),
        ("user", "Ah, não vou conseguir ir amanhã. Depois eu remarco."),
        ("agent", "Sem problemas, vou liberar o horário. Quando quiser remarcar é só nos chamar. Tenha um bom dia!"),
    ],
    voicemail: &[
        ("user", "Deixe sua mensagem após o sinal."),
        ("agent", "Olá {first}, aqui é a {agent}, da {company}. Estou ligando sobre sua consulta de amanhã. Por favor, retorne a ligação. Obrigada!"),
    ],
    summaries: [
        "{first} confirmou a consulta de amanhã às 15h.",
        "{first} não poderá comparecer à consulta e disse que vai remarcar depois.",
        "A chamada caiu na caixa postal; {agent} deixou um recado pedindo retorno.",
        "Ninguém atendeu a chamada.",
        "A linha estava ocupada.",
        "Não foi possível completar a chamada.",
        "A ligação caiu antes do fim da conversa com {first}.",
    ],
};

const ES_ES: Script = Script {
    positive: &[
        ("agent", "Hola, buenas tardes. ¿Hablo con {first}?"),
        ("user", "Sí, dígame."),
        ("agent", "Le llamo de {company}, soy {agent}. Quería confirmar su cita del jueves a las diez y media. ¿Podrá venir?"),
        ("user", "Sí, allí estaré."),
        ("agent", "Estupendo, {first}. Queda confirmada. ¡Hasta el jueves!"),
        ("user", "Gracias, hasta luego."),
    ],
    negative: &[
        ("agent", "Hola, buenas tardes. ¿Hablo con {first}?"),
        ("user", "Sí, ¿quién es?"),
        ("agent", "Soy {agent}, de {company}. Le llamaba para confirmar su cita del jueves a las diez y media."),
        ("user", "Uy, el jueves no puedo. Y ahora mismo no tengo la agenda a mano."),
        ("agent", "No se preocupe. Le anulo la cita y puede llamarnos para buscar otra hora. ¡Que vaya bien!"),
    ],
    voicemail: &[
        ("user", "Ha llamado al buzón de voz. Deje su mensaje después de la señal."),
        ("agent", "Hola {first}, soy {agent}, de {company}. Le llamaba para confirmar su cita del jueves. Devuélvanos la llamada, por favor. ¡Gracias!"),
    ],
    summaries: [
        "{first} confirmó su cita del jueves a las 10:30.",
        "{first} no puede asistir el jueves; se anuló la cita y llamará para buscar otra hora.",
        "La llamada llegó al buzón de voz; {agent} dejó un mensaje para confirmar la cita.",
        "Nadie contestó la llamada.",
        "La línea estaba ocupada.",
        "No se pudo establecer la llamada.",
        "La llamada se cortó antes de terminar la conversación con {first}.",
    ],
};

/// The script for an agent language (English for languages without one).
pub(crate) fn script(language: &str) -> &'static Script {
    match language {
        "es-419" => &ES_419,
        "es-ES" => &ES_ES,
        "pt-BR" | "pt-PT" => &PT_BR,
        _ => &EN_US,
    }
}

/// Values substituted into a script.
pub(crate) struct Fill<'a> {
    pub first: &'a str,
    pub agent: &'a str,
    pub company: &'a str,
    pub debt: Option<&'a str>,
}

impl Fill<'_> {
    /// `template` with every placeholder replaced.
    pub(crate) fn render(&self, template: &str) -> String {
        let debt = self.debt.map(|d| format!(" de ${d}")).unwrap_or_default();
        template
            .replace("{first}", self.first)
            .replace("{agent}", self.agent)
            .replace("{company}", self.company)
            .replace("{debt}", &debt)
    }
}

/// Encodes a transcript in TOON (`[N]{role,content}:` then one indented row per turn).
pub(crate) fn to_toon(turns: &[(String, String)]) -> String {
    let mut out = format!("[{}]{{role,content}}:", turns.len());
    for (role, content) in turns {
        out.push_str("\n  ");
        out.push_str(&toon_value(role));
        out.push(',');
        out.push_str(&toon_value(content));
    }
    out
}

fn toon_value(s: &str) -> String {
    let needs_quotes = s.is_empty()
        || s.trim() != s
        || s.contains([',', ':', '"', '\\', '\n', '[', ']', '{', '}']);
    if needs_quotes {
        serde_json::Value::String(s.to_owned()).to_string()
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_fill_every_placeholder() {
        let fill = Fill {
            first: "Ana",
            agent: "Sofía",
            company: "Financiera Aurora",
            debt: Some("1200"),
        };
        for lang in ["es-419", "es-ES", "en-US", "pt-BR"] {
            let s = script(lang);
            for (_, line) in s.positive.iter().chain(s.negative).chain(s.voicemail) {
                assert!(!fill.render(line).contains('{'), "{lang}: {line}");
            }
            for summary in s.summaries {
                assert!(!fill.render(summary).contains('{'));
            }
        }
        assert!(fill
            .render(ES_419.positive[2].1)
            .contains("saldo pendiente de $1200"));
    }

    #[test]
    fn toon_quotes_values_with_delimiters() {
        let toon = to_toon(&[
            ("agent".to_owned(), "Hola, Ana".to_owned()),
            ("user".to_owned(), "Sí".to_owned()),
        ]);
        assert_eq!(toon, "[2]{role,content}:\n  agent,\"Hola, Ana\"\n  user,Sí");
    }
}
