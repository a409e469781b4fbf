#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::i18n::{with_locale, Locale};

#[test]
fn every_api_error_reads_the_same_in_english_as_the_client_says_it() {
    let errors = [
        Error::Unauthorized { status: 401 },
        Error::Timeout,
        Error::TlsFailed,
        Error::ConnectionLost,
        Error::Server { status: 502 },
        Error::ConnectFailed {
            reason: ConnectFailure::Dns,
        },
        Error::RateLimited {
            retry_after: Some(Duration::from_millis(2500)),
        },
        Error::Conflict {
            field: None,
            detail: None,
            problems: vec![],
        },
    ];
    for e in &errors {
        assert_eq!(with_locale(Locale::En, || api_error(e)), e.to_string());
    }
}

#[test]
fn api_errors_speak_spanish_and_portuguese() {
    let e = Error::Unauthorized { status: 401 };
    let es = with_locale(Locale::Es, || api_error(&e));
    let pt = with_locale(Locale::PtBr, || api_error(&e));
    assert!(es.contains("clave de API"), "{es}");
    assert!(pt.contains("chave de API"), "{pt}");
}

#[test]
fn a_validation_rule_names_the_field_in_the_persons_language() {
    let err = contactship::validate::e164("to_number", "+1 555").unwrap_err();
    let es = with_locale(Locale::Es, || validation(&err, None));
    assert!(es.starts_with("El número de teléfono"), "{es}");
    let err = contactship::validate::key("additional_data[0].key", "monto deuda").unwrap_err();
    let pt = with_locale(Locale::PtBr, || validation(&err, Some("O nome")));
    assert!(pt.contains("monto deuda") && pt.contains("espaço"), "{pt}");
}
