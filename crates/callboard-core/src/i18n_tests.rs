#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Message id → the variables its text uses, for one language's files.
fn catalogue(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in SOURCES[locale.index()] {
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with('#') {
                current = None;
                continue;
            }
            let starts_message =
                line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains(" =");
            if starts_message {
                let id = line.split(" =").next().unwrap().trim().to_owned();
                assert!(
                    out.insert(id.clone(), BTreeSet::new()).is_none(),
                    "{} {file}: {id} is defined twice",
                    locale.tag()
                );
                current = Some(id);
            }
            if let Some(id) = &current {
                let vars = out.get_mut(id).unwrap();
                for part in line.split('$').skip(1) {
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    vars.insert(name);
                }
            }
        }
    }
    out
}

#[test]
fn every_file_parses_in_every_language() {
    for l in Locale::ALL {
        for (file, text) in SOURCES[l.index()] {
            let parsed = FluentResource::try_new((*text).to_owned());
            assert!(
                parsed.is_ok(),
                "{} {file}: {:?}",
                l.tag(),
                parsed.err().map(|e| e.1)
            );
        }
    }
}

#[test]
fn every_language_has_the_same_messages_with_the_same_variables() {
    let en = catalogue(Locale::En);
    for l in [Locale::Es, Locale::PtBr] {
        let other = catalogue(l);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}",
            l.tag()
        );
        for (id, vars) in &en {
            assert_eq!(&other[id], vars, "{}: variables of {id}", l.tag());
        }
    }
}

fn rust_sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs") {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_message_is_used_by_some_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..");
    let mut code = String::new();
    for dir in ["crates", "src-tauri/src"] {
        rust_sources(&root.join(dir), &mut code);
    }
    let unused: Vec<_> = catalogue(Locale::En)
        .into_keys()
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn tags_map_to_the_nearest_language() {
    assert_eq!(Locale::from_tag("es_MX.UTF-8"), Locale::Es);
    assert_eq!(Locale::from_tag("es-419"), Locale::Es);
    assert_eq!(Locale::from_tag("pt-PT"), Locale::PtBr);
    assert_eq!(Locale::from_tag("pt_BR"), Locale::PtBr);
    assert_eq!(Locale::from_tag("en-GB"), Locale::En);
    assert_eq!(Locale::from_tag("C"), Locale::En);
    assert_eq!(Locale::from_tag("fr-FR"), Locale::En);
}

#[test]
fn a_thread_can_speak_another_language_without_changing_the_process() {
    let es = with_locale(Locale::Es, || crate::t!("not-connected"));
    let en = crate::t!("not-connected");
    assert_ne!(es, en);
    assert!(es.contains("Contactship"), "{es}");
    assert_eq!(locale(), Locale::En);
}

#[test]
fn plurals_follow_each_language() {
    let one = with_locale(Locale::Es, || {
        crate::t!("lookup-none-matched", count = 1, span = "")
    });
    let many = with_locale(Locale::Es, || {
        crate::t!("lookup-none-matched", count = 712, span = "")
    });
    assert!(one.contains("1 llamada"), "{one}");
    assert!(many.contains("712 llamadas"), "{many}");
}
