//! Seeded contacts: eleven per country, with valid E.164 numbers built from each country's
//! real numbering plan (US numbers use the fictional 555-01XX range).

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::ids::{digits, hash64, stable_uuid};
use crate::model::{iso, Contact, ContactField, ORGANIZATION_ID};

/// A country's numbering and language conventions.
struct Country {
    name: &'static str,
    lang: Lang,
    domains: &'static [&'static str],
    people: &'static [(&'static str, &'static str, &'static str)],
    /// Digits allowed as the first subscriber digit.
    first_digits: &'static str,
}

#[derive(Clone, Copy)]
enum Lang {
    Es,
    En,
    Pt,
}

/// (full name, city, number prefix up to the subscriber part; the rest is filled to `len`).
const MEXICO: &[(&str, &str, &str)] = &[
    ("María Fernanda López García", "Ciudad de México", "+5255"),
    ("José Luis Hernández Ruiz", "Guadalajara", "+5233"),
    ("Guadalupe Martínez Soto", "Monterrey", "+5281"),
    ("Alejandro Ramírez Torres", "Puebla", "+52222"),
    ("Ximena Castillo Vargas", "Querétaro", "+52442"),
    ("Juan Carlos Mendoza Flores", "Ciudad de México", "+5255"),
    ("Daniela Ortiz Navarro", "Mérida", "+52999"),
    ("Ricardo Gutiérrez Peña", "Monterrey", "+5281"),
    ("Sofía Morales Aguilar", "Guadalajara", "+5233"),
    ("Luis Ángel Reyes Cruz", "Tijuana", "+52664"),
    ("Valeria Jiménez Delgado", "Ciudad de México", "+5255"),
];
const COLOMBIA: &[(&str, &str, &str)] = &[
    ("Andrés Felipe Restrepo", "Medellín", "+57300"),
    ("Laura Valentina Gómez", "Bogotá", "+57310"),
    ("Juan David Ospina", "Pereira", "+57311"),
    ("Carolina Rojas Mejía", "Cali", "+57312"),
    ("Santiago Cárdenas Pardo", "Bogotá", "+57313"),
    ("Natalia Muñoz Zapata", "Medellín", "+57315"),
    ("Camilo Andrés Quintero", "Barranquilla", "+57316"),
    ("Paula Andrea Salazar", "Cartagena", "+57317"),
    ("Sebastián Arango Vélez", "Bucaramanga", "+57318"),
    ("Mariana Londoño Ríos", "Bogotá", "+57320"),
    ("Diego Alejandro Patiño", "Cali", "+57301"),
];
const ARGENTINA: &[(&str, &str, &str)] = &[
    ("Martín Fernández", "Buenos Aires", "+54911"),
    ("Lucía Romero", "Córdoba", "+549351"),
    ("Facundo Benítez", "Rosario", "+549341"),
    ("Agustina Sosa", "Buenos Aires", "+54911"),
    ("Gonzalo Álvarez", "Mendoza", "+549261"),
    ("Florencia Acosta", "La Plata", "+549221"),
    ("Matías Giménez", "Buenos Aires", "+54911"),
    ("Camila Pereyra", "Mar del Plata", "+549223"),
    ("Nicolás Medina", "Córdoba", "+549351"),
    ("Julieta Herrera", "Buenos Aires", "+54911"),
    ("Tomás Aguirre", "Rosario", "+549341"),
];
const SPAIN: &[(&str, &str, &str)] = &[
    ("Javier García Martín", "Madrid", "+346"),
    ("Lucía Fernández Sánchez", "Barcelona", "+346"),
    ("Pablo Rodríguez Gómez", "Valencia", "+346"),
    ("Carmen López Díaz", "Sevilla", "+346"),
    ("Sergio Martínez Pérez", "Bilbao", "+346"),
    ("Elena Sánchez Romero", "Zaragoza", "+346"),
    ("Álvaro Navarro Gil", "Málaga", "+346"),
    ("Marta Torres Ruiz", "Madrid", "+346"),
    ("Jorge Domínguez Vázquez", "Barcelona", "+346"),
    ("Irene Moreno Blanco", "Valencia", "+346"),
    ("Raúl Jiménez Ortega", "Madrid", "+346"),
];
const UNITED_STATES: &[(&str, &str, &str)] = &[
    ("Emily Johnson", "New York", "+121255501"),
    ("Michael Carter", "Miami", "+130555501"),
    ("Jessica Nguyen", "San Francisco", "+141555501"),
    ("David Miller", "Austin", "+151255501"),
    ("Ashley Thompson", "Chicago", "+131255501"),
    ("Christopher Lee", "Seattle", "+120655501"),
    ("Sarah Williams", "Boston", "+161755501"),
    ("Daniel Rodriguez", "Houston", "+171355501"),
    ("Megan O'Brien", "Boston", "+161755501"),
    ("Kevin Patel", "New York", "+121255501"),
    ("Rachel Kim", "Los Angeles", "+121355501"),
];
const BRAZIL: &[(&str, &str, &str)] = &[
    ("João Pedro Silva", "São Paulo", "+55119"),
    ("Ana Clara Souza", "Rio de Janeiro", "+55219"),
    ("Lucas Oliveira", "Belo Horizonte", "+55319"),
    ("Mariana Costa", "São Paulo", "+55119"),
    ("Gabriel Santos", "Porto Alegre", "+55519"),
    ("Beatriz Almeida", "Curitiba", "+55419"),
    ("Rafael Pereira", "Salvador", "+55719"),
    ("Larissa Rodrigues", "Recife", "+55819"),
    ("Felipe Carvalho", "São Paulo", "+55119"),
    ("Juliana Ribeiro", "Rio de Janeiro", "+55219"),
    ("Thiago Lima", "Belo Horizonte", "+55319"),
];

const COUNTRIES: &[Country] = &[
    Country {
        name: "México",
        lang: Lang::Es,
        domains: &["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"],
        people: MEXICO,
        first_digits: "23456789",
    },
    Country {
        name: "Colombia",
        lang: Lang::Es,
        domains: &["gmail.com", "hotmail.com", "outlook.es", "yahoo.com"],
        people: COLOMBIA,
        first_digits: "23456789",
    },
    Country {
        name: "Argentina",
        lang: Lang::Es,
        domains: &["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "outlook.com"],
        people: ARGENTINA,
        first_digits: "3456",
    },
    Country {
        name: "España",
        lang: Lang::Es,
        domains: &["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
        people: SPAIN,
        first_digits: "0123456789",
    },
    Country {
        name: "United States",
        lang: Lang::En,
        domains: &["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
        people: UNITED_STATES,
        first_digits: "0123456789",
    },
    Country {
        name: "Brasil",
        lang: Lang::Pt,
        domains: &["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
        people: BRAZIL,
        first_digits: "6789",
    },
];

/// Total digits after `+` per prefix length family.
fn national_length(prefix: &str) -> usize {
    match prefix {
        p if p.starts_with("+52") => 12,
        p if p.starts_with("+57") => 12,
        p if p.starts_with("+549") => 13,
        p if p.starts_with("+34") => 11,
        p if p.starts_with("+1") => 11,
        _ => 13, // Brazil: 55 + 2-digit area + 9 digits
    }
}

fn phone_for(name: &str, prefix: &str, first_digits: &str) -> String {
    let total = national_length(prefix);
    let missing = total - (prefix.len() - 1);
    let mut rest = digits(name, missing);
    let pick = (hash64(name, 7) % first_digits.len() as u64) as usize;
    if let Some(first) = first_digits.chars().nth(pick) {
        rest.replace_range(0..1, &first.to_string());
    }
    format!("{prefix}{rest}")
}

/// Lowercase ASCII version of a name part, for email addresses.
fn fold(part: &str) -> String {
    part.chars()
        .filter_map(|c| match c {
            'á' | 'à' | 'ã' | 'â' | 'Á' | 'Â' => Some('a'),
            'é' | 'ê' | 'É' => Some('e'),
            'í' | 'Í' => Some('i'),
            'ó' | 'ô' | 'õ' | 'Ó' => Some('o'),
            'ú' | 'ü' | 'Ú' => Some('u'),
            'ñ' | 'Ñ' => Some('n'),
            'ç' => Some('c'),
            c if c.is_ascii_alphabetic() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

fn email_for(name: &str, domains: &[&str]) -> String {
    let parts: Vec<&str> = name.split_whitespace().collect();
    let first = parts.first().copied().unwrap_or("contacto");
    // Four-part Hispanic names: first name + paternal surname.
    let last = if parts.len() == 4 {
        parts[2]
    } else {
        parts.last().copied().unwrap_or("")
    };
    let h = hash64(name, 11);
    let domain = domains[(h % domains.len() as u64) as usize];
    let suffix = if h.is_multiple_of(3) {
        format!("{}", 70 + h % 30)
    } else {
        String::new()
    };
    format!("{}.{}{}@{}", fold(first), fold(last), suffix, domain)
}

fn extra_fields(name: &str, city: &str, lang: Lang, index: usize) -> Vec<ContactField> {
    let h = hash64(name, 23);
    let plans: [&str; 3] = match lang {
        Lang::En => ["Basic", "Plus", "Premium"],
        Lang::Es | Lang::Pt => ["Básico", "Plus", "Premium"],
    };
    let field = |kind: &str, field: &str, value: String| ContactField {
        kind: kind.to_owned(),
        field: field.to_owned(),
        value,
    };
    let mut out = vec![
        field("text", "plan", plans[(h % 3) as usize].to_owned()),
        field(
            "number",
            "amount_debt",
            format!("{}", 350 + (h / 3) % 24_650),
        ),
        field("location", "city", city.to_owned()),
    ];
    if index.is_multiple_of(3) {
        let year = 2019 + (h / 7) % 6;
        let month = 1 + (h / 11) % 12;
        let day = 1 + (h / 13) % 28;
        out.push(field(
            "date",
            "customer_since",
            format!("{year}-{month:02}-{day:02}"),
        ));
    }
    out
}

fn description(lang: Lang, h: u64) -> String {
    let options: [&str; 4] = match lang {
        Lang::Es => [
            "Prefiere que lo llamen por la tarde.",
            "Cliente frecuente; pidió recordatorio de pago.",
            "Solicitó información sobre el plan Premium.",
            "Atendido por última vez en sucursal.",
        ],
        Lang::En => [
            "Prefers calls in the afternoon.",
            "Asked for a payment reminder.",
            "Interested in upgrading to Premium.",
            "Requested a product demo last month.",
        ],
        Lang::Pt => [
            "Prefere ligações à tarde.",
            "Pediu lembrete de pagamento.",
            "Interessado no plano Premium.",
            "Último atendimento na loja física.",
        ],
    };
    options[(h % 4) as usize].to_owned()
}

fn seed_start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 3, 15, 0, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

/// The seeded contacts, oldest first.
pub(crate) fn contacts() -> Vec<Contact> {
    let mut out = Vec::new();
    let mut index = 0usize;
    // Interleave countries so the default list order looks like a real CRM import history.
    let rounds = COUNTRIES.iter().map(|c| c.people.len()).max().unwrap_or(0);
    for round in 0..rounds {
        for country in COUNTRIES {
            let Some((name, city, prefix)) = country.people.get(round) else {
                continue;
            };
            let h = hash64(name, 31);
            let created = seed_start() + Duration::minutes(index as i64 * (2 * 24 * 60 + 37));
            out.push(Contact {
                id: stable_uuid(&format!("seed/contact/{name}")),
                created_at: iso(created),
                phone_number: phone_for(name, prefix, country.first_digits),
                full_name: (*name).to_owned(),
                country: Some(country.name.to_owned()),
                email: (index % 12 != 7).then(|| email_for(name, country.domains)),
                description: Some(description(country.lang, h)),
                additional_data: extra_fields(name, city, country.lang, index),
                organization_id: ORGANIZATION_ID.to_owned(),
            });
            index += 1;
        }
    }
    out
}
