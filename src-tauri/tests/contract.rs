//! The contract between UI and shell is generated, not typed by hand: the TypeScript
//! in `ui/src/lib/bindings.ts` must be what the Rust types produce now, every command
//! in it must be in exactly the window lists of `names.rs` (and so in the ACL), and
//! every command a window's UI imports must be allowed to that window.
//!
//! `BK_WRITE_BINDINGS=1 cargo test -p buergerkoffer --test contract` writes the file anew.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use buergerkoffer_lib::{DISPLAY_COMMANDS, KIOSK_COMMANDS, SHARED_COMMANDS, STAFF_COMMANDS};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn bindings_path() -> PathBuf {
    repo().join("ui/src/lib/bindings.ts")
}

/// The bindings as the Rust types produce them.
fn generated() -> String {
    buergerkoffer_lib::typescript().expect("the contract exports")
}

#[test]
fn the_bindings_in_the_repository_are_what_the_rust_types_produce() {
    let generated = generated();
    if std::env::var_os("BK_WRITE_BINDINGS").is_some() {
        std::fs::write(bindings_path(), &generated).unwrap();
    }
    let committed = std::fs::read_to_string(bindings_path()).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/lib/bindings.ts is out of date: run BK_WRITE_BINDINGS=1 cargo test -p buergerkoffer --test contract"
    );
}

/// The command names the bindings invoke (`__TAURI_INVOKE<Result>("name", …)`).
fn invoked(bindings: &str) -> BTreeSet<String> {
    bindings
        .match_indices("__TAURI_INVOKE<")
        .filter_map(|(at, _)| bindings[at..].split_once("(\"")?.1.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// Every command of the window lists.
fn listed() -> BTreeSet<String> {
    KIOSK_COMMANDS
        .iter()
        .chain(STAFF_COMMANDS)
        .chain(SHARED_COMMANDS)
        .chain(DISPLAY_COMMANDS)
        .map(|name| name.to_string())
        .collect()
}

#[test]
fn the_bindings_hold_exactly_the_commands_of_the_window_lists() {
    assert_eq!(invoked(&generated()), listed());
}

/// The permissions of `capabilities/<window>.json`, as command names.
fn allowed(window: &str) -> BTreeSet<String> {
    let path = repo().join(format!("src-tauri/capabilities/{window}.json"));
    let capability: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|permission| permission.as_str()?.strip_prefix("allow-"))
        .map(|name| name.replace('-', "_"))
        .collect()
}

/// `ticketCallNext` → `ticket_call_next`.
fn snake_case(name: &str) -> String {
    let mut snake = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            snake.push('_');
        }
        snake.push(c.to_ascii_lowercase());
    }
    snake
}

/// The commands the UI files below `ui/src/<dir>` import from `lib/ipc` (values, not types).
fn imported_commands(dir: &str) -> BTreeSet<String> {
    fn files(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, found);
            } else if path.extension().is_some_and(|e| e == "svelte" || e == "ts") {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    files(&repo().join("ui/src").join(dir), &mut found);
    let mut commands = BTreeSet::new();
    for file in found {
        let source = std::fs::read_to_string(&file).unwrap();
        for (at, opening) in source.match_indices("import {") {
            let import = &source[at + opening.len()..];
            let Some((names, rest)) = import.split_once('}') else {
                continue;
            };
            let from = rest.lines().next().unwrap_or_default().trim();
            if !(from.starts_with("from") && from.ends_with("lib/ipc';")) {
                continue;
            }
            for name in names.split(',').map(str::trim) {
                if !name.is_empty() && !name.starts_with("type ") {
                    commands.insert(snake_case(name));
                }
            }
        }
    }
    commands
}

#[test]
fn every_command_a_window_imports_is_allowed_to_it() {
    let listed = listed();
    for window in ["kiosk", "staff", "display"] {
        let imported = imported_commands(window);
        assert!(!imported.is_empty(), "{window}: {imported:?}");
        let unknown: Vec<_> = imported.difference(&listed).collect();
        assert!(
            unknown.is_empty(),
            "{window} imports no command: {unknown:?}"
        );
        let allowed = allowed(window);
        let refused: Vec<_> = imported.difference(&allowed).collect();
        assert!(
            refused.is_empty(),
            "{window} calls what its capability refuses: {refused:?}"
        );
    }
}
