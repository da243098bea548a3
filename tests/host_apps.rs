//! Adding the SDK changes nothing else in an application: small applications with their own `reqwest`
//! (`tests/hosts/*`, each its own crate, so that cargo unifies features as it does in a user's graph) are built
//! with the SDK's default features (and one without a TLS feature, whose application brings `native-tls`) and run.
//! Whatever TLS configuration their `reqwest` has (none, its default,
//! native TLS, rustls without a provider) and whether another crate installs a process-level rustls provider
//! before or after the SDK's client is built, their own `reqwest::Client::new()` and the SDK both work.
//!
//! The lean `rustls-ring` feature's caveat is proven too: with it, an application's `reqwest` without a TLS
//! feature panics at `Client::new()` unless a provider is installed first.
//!
//! The applications build offline in `target/nested` (tests/common/nested.rs); `bash scripts/test.sh` fetches
//! their dependencies first (a first run without it fails with that command, never skips).

#[allow(dead_code)]
#[path = "common/nested.rs"]
mod nested;

use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn cargo_build(host: &str) -> PathBuf {
    let dir = Path::new(ROOT).join("tests/hosts").join(host);
    let lock = dir.join("Cargo.lock");
    if !lock.exists() {
        // The workspace's versions, so that the applications build what the suite already built.
        std::fs::copy(Path::new(ROOT).join("Cargo.lock"), &lock).expect("seed the host's lock file");
    }
    let output = nested::nested_cargo(Path::new(ROOT), "build")
        .args(["--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "host application {host} does not build (its dependencies are fetched by `bash scripts/test.sh`):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    nested::nested_target(Path::new(ROOT)).join("debug/host")
}

/// Runs the application with each provider scenario; returns (success, output) for each.
fn run(binary: &Path, scenario: &str) -> (bool, String) {
    let output = Command::new(binary).arg(scenario).output().expect("the host application runs");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

const SCENARIOS: [&str; 3] = ["none", "before", "after"];

/// One test builds them in turn: they share `target/nested`, where cargo holds one lock at a time.
#[test]
fn applications_keep_working_whatever_their_reqwest_and_provider() {
    for host in ["no-tls", "reqwest-defaults", "native-tls", "rustls-no-provider", "sdk-without-tls"] {
        let binary = cargo_build(host);
        for scenario in SCENARIOS {
            let (ok, text) = run(&binary, scenario);
            assert!(ok && text.contains("host application: ok"), "{host}, provider {scenario}:\n{text}");
            assert!(text.contains("own reqwest::Client::new(): ok") && text.contains("SDK: ok"), "{host}:\n{text}");
        }
    }

    // The lean feature's caveat, as the README states it.
    let binary = cargo_build("ring-no-tls");
    let (ok, text) = run(&binary, "none");
    assert!(!ok && text.contains("No rustls crypto provider"), "rustls-ring's caveat no longer holds:\n{text}");
    // ...and the way out the README gives: a client started from the SDK's own TLS settings works.
    assert!(text.contains("tls::client_builder(): ok") && text.contains("SDK: ok"), "{text}");
    for scenario in ["before", "after"] {
        let (ok, text) = run(&binary, scenario);
        assert!(ok && text.contains("host application: ok"), "ring-no-tls, provider {scenario}:\n{text}");
    }
}
