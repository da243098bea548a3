//! The README's first command, run: `cargo run --example quickstart` walks the whole documented flow against
//! the embedded fake server without a key, and with `POCKETSFLOW_API_KEY` set it talks to the API it is
//! pointed at and only reads.
//!
//! It runs the example binary `cargo test` builds with the suite (`target/<profile>/examples/quickstart`).

use std::path::PathBuf;
use std::process::Command;

use pocketsflow::mock::{MockOptions, MockServer, Seed};

/// The example binary, next to this test binary's `deps` directory.
fn quickstart() -> Command {
    let exe = std::env::current_exe().expect("the test binary's path");
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).expect("target/<profile>/deps/<test>");
    let binary: PathBuf = profile_dir.join("examples").join(format!("quickstart{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.exists(),
        "{} is missing: the suite's command (bash scripts/test.sh) builds the examples; alone, run \
         `cargo build --example quickstart --features mock` first",
        binary.display()
    );
    let mut command = Command::new(binary);
    command.env_remove("POCKETSFLOW_API_KEY").env_remove("POCKETSFLOW_BASE_URL");
    command
}

#[test]
fn without_a_key_the_quickstart_walks_the_whole_flow_on_the_fake_server() {
    let output = quickstart().output().expect("the quickstart runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    for step in [
        "No POCKETSFLOW_API_KEY set: using the embedded fake server at http://127.0.0.1:",
        "Signed in as",
        "Created product",
        "Created discount",
        "Checkout session cs_",
        "/checkout/cs_",
        "paid: order",
        "Found 261 orders; page 1 of 53",
        "Page 2 starts with order",
        "Refunded $79.99",
        "Looking up a missing product: products_get: API error 404",
        "Done.",
    ] {
        assert!(stdout.contains(step), "{step:?} missing from:\n{stdout}");
    }
}

#[test]
fn with_a_key_the_quickstart_only_reads() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(MockServer::start_with(MockOptions { seed: Seed::Demo, port: 0 })).unwrap();
    let output = quickstart()
        .env("POCKETSFLOW_API_KEY", server.api_key())
        .env("POCKETSFLOW_BASE_URL", server.url())
        .output()
        .expect("the quickstart runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains(&format!("Using the real API at {} (read only)", server.url())), "{stdout}");
    assert!(stdout.contains("260 orders; page 1 of 52"), "{stdout}");
    let requests = server.requests();
    assert!(requests.len() >= 3, "{requests:?}");
    assert!(requests.iter().all(|r| r.method == "GET"), "the read-only tour wrote: {requests:?}");
}
