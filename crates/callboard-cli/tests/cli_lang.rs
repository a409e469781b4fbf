//! The language `callboard-cli` speaks: the system's (`LC_ALL`, then `LC_MESSAGES`, then
//! `LANG`, the first that is set and not empty), unless `--lang` says otherwise.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;
use std::process::{Command, Output};

/// The same list as tests/cli.rs: row 3's phone is too short, row 4 repeats row 2.
const LIST: &[u8] = b"Nombre;Tel\xe9fono;Pa\xeds;Plan\r\n\
Mar\xeda Pe\xf1a;301 444 5709;Colombia;oro\r\n\
Jos\xe9;12;Colombia;\r\n\
Mar\xeda otra vez;+57 301 444 5709;;plata\r\n\
Dario;+61 412 345 678;;\r\n";

/// Runs the CLI with only the language variables in `env` set (none from this machine).
fn cli(data_dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_callboard-cli"));
    cmd.env("CALLBOARD_DATA_DIR", data_dir)
        .env_remove("CONTACTSHIP_API_KEY")
        .env_remove("CALLBOARD_API_URL")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied())
        .args(args)
        .output()
        .expect("callboard-cli runs")
}

fn check(env: &[(&str, &str)], extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("clientes.csv");
    std::fs::write(&file, LIST).unwrap();
    let mut args = vec!["campaign", "check", "--csv", file.to_str().unwrap()];
    args.extend(extra);
    let out = cli(dir.path(), env, &args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_spanish_lang_makes_the_check_speak_spanish() {
    let stdout = check(&[("LANG", "es_MX.UTF-8")], &["--zone", "Australia/Sydney"]);
    for line in [
        "Se revisaron 4 filas de",
        "(CSV separado por ';', Windows-1252 (Latin-1); encabezados en la fila 1)",
        "columna B (Teléfono) → teléfono",
        "columna D (Plan) → datos adicionales \"plan\"",
        "Se puede llamar a 2; a 1 no.",
        "  Fila 3: \"12\" no es un número de teléfono para el país CO.",
        "La fila 4 es la misma persona que la fila 2: se combinaron.",
        "No se contaron los contactos nuevos",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in:\n{stdout}");
    }
}

#[test]
fn lc_all_comes_before_lang_and_an_empty_one_is_skipped() {
    let pt = check(&[("LC_ALL", "pt_BR.UTF-8"), ("LANG", "es_ES.UTF-8")], &[]);
    assert!(pt.contains("Foram verificadas 4 linhas de"), "{pt}");
    assert!(
        pt.contains("1 pessoa não tem um fuso horário claro"),
        "a Fluent plural, not a hand-made one:\n{pt}"
    );
    let es = check(
        &[("LC_ALL", ""), ("LC_MESSAGES", "es_AR"), ("LANG", "pt_BR")],
        &[],
    );
    assert!(es.contains("Se revisaron 4 filas de"), "{es}");
    let c = check(&[("LANG", "C")], &[]);
    assert!(c.contains("Checked 4 rows of"), "{c}");
}

#[test]
fn the_lang_option_wins_over_the_system_language() {
    let en = check(&[("LANG", "es_MX.UTF-8")], &["--lang", "en"]);
    assert!(en.contains("2 can be called; 1 cannot."), "{en}");
    let dir = tempfile::tempdir().unwrap();
    let out = cli(
        dir.path(),
        &[("LANG", "en_US.UTF-8")],
        &[
            "--lang", "pt-BR", "campaign", "status", "--name", "Dezembro",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("callboard-cli: ainda não há campanhas em "),
        "{stderr}"
    );
}
