//! Generates `ui/src/lib/licenses.json`, the list the About panel shows: the name, version
//! and license of every component bundled into the app. Run as a test, like the bindings
//! export: `cargo test -p callboard --lib licenses` regenerates the file and fails when the
//! committed one was stale, so CI catches a dependency change without a regenerated list.
//!
//! What counts as bundled:
//! - **Rust**: every crate the `callboard` package depends on through normal dependencies,
//!   for every target platform (the same list on every machine that generates it), read from
//!   `cargo metadata --locked`; build scripts' and tests' dependencies are not shipped. The
//!   workspace's own crates are not listed (they are the app).
//! - **npm**: the UI's production dependencies with everything they depend on, plus Svelte
//!   and its dependencies (its runtime is compiled into the bundle) and Paraglide (which copies
//!   its runtime into `src/paraglide`), read from `ui/package-lock.json`.
//!
//! A license is the package's SPDX expression as published; "unknown" when it gives none.
//! (Simpler than `cargo about`, which needs a `cargo install` and a template, and than
//! `license-checker`, which needs `node_modules`: both files read here are committed.)

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One bundled component.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
struct Component {
    name: String,
    version: String,
    license: String,
}

fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").to_owned()
}

/// The crates `callboard` ships, from `cargo metadata`.
fn rust_components() -> BTreeSet<Component> {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata's JSON");
    let packages: HashMap<String, &Value> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| (text(p, "id"), p))
        .collect();
    let ours: HashSet<String> = meta["workspace_members"]
        .as_array()
        .expect("members")
        .iter()
        .filter_map(|m| m.as_str().map(str::to_owned))
        .collect();
    let nodes: HashMap<String, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .expect("the resolved graph")
        .iter()
        .map(|n| (text(n, "id"), n))
        .collect();
    let root = packages
        .values()
        .find(|p| text(p, "name") == "callboard" && ours.contains(&text(p, "id")))
        .map(|p| text(p, "id"))
        .expect("the callboard package");
    let mut seen = HashSet::from([root.clone()]);
    let mut todo = vec![root];
    while let Some(id) = todo.pop() {
        for dep in nodes[&id]["deps"].as_array().into_iter().flatten() {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            let pkg = text(dep, "pkg");
            if normal && seen.insert(pkg.clone()) {
                todo.push(pkg);
            }
        }
    }
    seen.iter()
        .filter(|id| !ours.contains(*id))
        .map(|id| {
            let p = packages[id];
            let license = p["license"].as_str().map(str::to_owned);
            Component {
                name: text(p, "name"),
                version: text(p, "version"),
                license: license.unwrap_or_else(|| "unknown".into()),
            }
        })
        .collect()
}

/// Where npm resolved `name` for the package installed at `from` (a lock key).
fn resolve_npm(lock: &serde_json::Map<String, Value>, from: &str, name: &str) -> Option<String> {
    let mut base = from.to_owned();
    loop {
        let candidate = if base.is_empty() {
            format!("node_modules/{name}")
        } else {
            format!("{base}/node_modules/{name}")
        };
        if lock.contains_key(&candidate) {
            return Some(candidate);
        }
        if base.is_empty() {
            return None;
        }
        // Up one package: strip the last `node_modules/<name>` (scoped names have a slash).
        base = match base.rfind("node_modules/") {
            Some(0) | None => String::new(),
            Some(i) => base[..i].trim_end_matches('/').to_owned(),
        };
    }
}

/// The UI's bundled packages, from `ui/package-lock.json`.
fn npm_components() -> BTreeSet<Component> {
    let raw = std::fs::read_to_string(repo("../ui/package-lock.json")).expect("the UI lock file");
    let lock: Value = serde_json::from_str(&raw).expect("the lock file's JSON");
    let packages = lock["packages"].as_object().expect("lockfile v3 packages");
    let root = &packages[""];
    let mut start: Vec<String> = root["dependencies"]
        .as_object()
        .map(|d| d.keys().cloned().collect())
        .unwrap_or_default();
    start.push("svelte".into());
    let mut todo: Vec<String> = start
        .iter()
        .filter_map(|n| resolve_npm(packages, "", n))
        .collect();
    let mut seen: HashSet<String> = todo.iter().cloned().collect();
    // Paraglide's runtime is copied into the app; its tooling is not shipped.
    seen.extend(resolve_npm(packages, "", "@inlang/paraglide-js"));
    while let Some(key) = todo.pop() {
        let deps = packages[&key]["dependencies"].as_object();
        for name in deps.into_iter().flat_map(|d| d.keys()) {
            if let Some(found) = resolve_npm(packages, &key, name) {
                if seen.insert(found.clone()) {
                    todo.push(found);
                }
            }
        }
    }
    seen.iter()
        .map(|key| {
            let p = &packages[key];
            let name = key
                .rsplit_once("node_modules/")
                .map_or(key.as_str(), |(_, n)| n);
            let license = p["license"].as_str().unwrap_or("unknown");
            Component {
                name: name.to_owned(),
                version: text(p, "version"),
                license: license.to_owned(),
            }
        })
        .collect()
}

/// The file's text: one component a line, so a dependency change is a readable diff.
fn render(rust: &BTreeSet<Component>, npm: &BTreeSet<Component>) -> String {
    let list = |items: &BTreeSet<Component>| {
        items
            .iter()
            .map(|c| format!("    {}", serde_json::to_string(c).unwrap_or_default()))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    format!(
        "{{\n  \"rust\": [\n{}\n  ],\n  \"npm\": [\n{}\n  ]\n}}\n",
        list(rust),
        list(npm)
    )
}

/// Where the About panel reads the list.
const LICENSES_PATH: &str = "../ui/src/lib/licenses.json";

#[test]
fn licenses_json_lists_what_is_bundled_now() {
    let rust = rust_components();
    let npm = npm_components();
    let names = |set: &BTreeSet<Component>| -> HashSet<String> {
        set.iter().map(|c| c.name.clone()).collect()
    };
    for expected in ["tauri", "serde", "rusqlite", "tauri-plugin-notification"] {
        assert!(names(&rust).contains(expected), "{expected} is bundled");
    }
    for not_shipped in ["callboard-app", "tauri-build", "criterion"] {
        assert!(!names(&rust).contains(not_shipped), "{not_shipped} is not");
    }
    for expected in [
        "chart.js",
        "@tauri-apps/api",
        "svelte",
        "@inlang/paraglide-js",
    ] {
        assert!(names(&npm).contains(expected), "{expected} is bundled");
    }
    for not_shipped in ["vite", "vitest", "typescript"] {
        assert!(!names(&npm).contains(not_shipped), "{not_shipped} is not");
    }
    let fresh = render(&rust, &npm);
    let path = repo(LICENSES_PATH);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != fresh {
        std::fs::write(&path, &fresh).expect("licenses.json written");
        panic!(
            "{} was stale; it has been regenerated: commit it",
            path.display()
        );
    }
}

#[test]
fn npm_resolution_prefers_the_nested_copy_then_walks_up() {
    let lock: Value = serde_json::json!({
        "node_modules/a": {},
        "node_modules/b": {},
        "node_modules/a/node_modules/b": {},
        "node_modules/@s/c": {},
        "node_modules/@s/c/node_modules/d": {},
    });
    let lock = lock.as_object().expect("an object");
    let nested = resolve_npm(lock, "node_modules/a", "b");
    assert_eq!(nested.as_deref(), Some("node_modules/a/node_modules/b"));
    let up = resolve_npm(lock, "node_modules/@s/c/node_modules/d", "b");
    assert_eq!(up.as_deref(), Some("node_modules/b"));
    assert_eq!(
        resolve_npm(lock, "node_modules/@s/c", "d").as_deref(),
        Some("node_modules/@s/c/node_modules/d")
    );
    assert_eq!(resolve_npm(lock, "node_modules/a", "zzz"), None);
}
