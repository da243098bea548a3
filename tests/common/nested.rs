//! What the tests that run cargo themselves share: the generation proofs (`tests/generation.rs` for the SDK,
//! `cli/tests/generation.rs` for the CLI) copy the workspace's files and edit them at anchors that must still be
//! there; they and the host applications (`tests/host_apps.rs`, `tests/readme_snippets.rs`) build offline in one
//! nested target directory, `target/nested`.
//!
//! A build inside the running `cargo test` cannot share the workspace's target directory (cargo holds its lock),
//! so the nested builds compile their dependencies once more. They share one directory so that they do it once
//! between them, and build without debug info or incremental caches: nothing debugs them, and CI's disk is shared
//! and sometimes nearly full.

use std::path::{Path, PathBuf};
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

/// `cargo <subcommand> --offline`, building in `<workspace>/target/nested` without debug info or incremental
/// caches, and without the caller's `RUSTFLAGS`. Offline: the suite runs where nothing leaves 127.0.0.1
/// (scripts/test.sh), and the lock files of what it builds name only crates `scripts/test.sh` has fetched.
pub fn nested_cargo(workspace: &Path, subcommand: &str) -> Command {
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .args([subcommand, "--offline"])
        .env("CARGO_TARGET_DIR", nested_target(workspace))
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS");
    cargo
}

/// The nested builds' target directory.
pub fn nested_target(workspace: &Path) -> PathBuf {
    workspace.join("target").join("nested")
}

/// `cargo <args[0]> --offline <args[1..]>` in `copy`, as [`nested_cargo`].
pub fn cargo_offline(copy: &Path, workspace: &Path, args: &[&str]) -> Output {
    nested_cargo(workspace, args[0]).args(&args[1..]).current_dir(copy).output().expect("cargo runs")
}
