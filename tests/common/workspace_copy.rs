//! What the two generation proofs share (`tests/generation.rs` for the SDK, `cli/tests/generation.rs` for the
//! CLI): copying the workspace's files, an edit at an anchor that must still be there, and cargo run offline in
//! the proofs' own target directory (`target/generation-proof`: a build inside the running `cargo test` cannot
//! share the workspace's).

use std::path::Path;
use std::process::{Command, Output};

/// Copies the directory `from` to `to`, without any `target` directory in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != "target" {
                copy_dir(&entry.path(), &target);
            }
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Replaces the first `anchor` of `text` (the file `what`); the anchor must be there.
pub fn edit(text: &mut String, anchor: &str, replacement: &str, what: &str) {
    assert!(text.contains(anchor), "{what} no longer has {anchor:?}: update this test");
    *text = text.replacen(anchor, replacement, 1);
}

/// `cargo <args[0]> --offline <args[1..]>` in `copy`, building in `<workspace>/target/generation-proof`.
/// Offline: the suite runs where nothing leaves 127.0.0.1 (scripts/test.sh), and the copy's lock file names only
/// crates the workspace has fetched.
pub fn cargo_offline(copy: &Path, workspace: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .arg(args[0])
        .arg("--offline")
        .args(&args[1..])
        .current_dir(copy)
        .env("CARGO_TARGET_DIR", workspace.join("target").join("generation-proof"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs")
}
