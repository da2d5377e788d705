//! Embeds the SQL files of `migrations/station/` into the crate at compile time.
//!
//! Each file must be named `NNNN_name.sql` (four digits, then a lower-case name);
//! the generated `migrations.rs` lists them as `(number, name, sql)` in ascending order.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = manifest_dir.join("../../migrations/station");
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut found: Vec<(u32, String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "sql"))
        .map(|path| parse_name(&path))
        .collect();
    found.sort_by_key(|(number, _, _)| *number);
    for pair in found.windows(2) {
        assert!(
            pair[0].0 != pair[1].0,
            "two migrations share number {:04}",
            pair[0].0
        );
    }

    let mut code = String::from("/// Embedded migrations `(number, name, sql)`, ascending.\npub(crate) const MIGRATIONS: &[(u32, &str, &str)] = &[\n");
    for (number, name, path) in &found {
        println!("cargo:rerun-if-changed={}", path.display());
        let absolute = path.canonicalize().expect("migration path resolves");
        writeln!(
            code,
            "    ({number}, {name:?}, include_str!({:?})),",
            absolute.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("migrations.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

/// Splits `0002_tickets.sql` into `(2, "tickets")`; any other shape stops the build.
fn parse_name(path: &Path) -> (u32, String, PathBuf) {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let (digits, name) = stem
        .split_once('_')
        .unwrap_or_else(|| panic!("migration {} is not named NNNN_name.sql", path.display()));
    let valid = digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    assert!(
        valid,
        "migration {} is not named NNNN_name.sql",
        path.display()
    );
    let number: u32 = digits.parse().expect("four ASCII digits parse");
    assert!(
        number > 0,
        "migration numbers start at 0001 ({})",
        path.display()
    );
    (number, name.to_owned(), path.to_path_buf())
}
