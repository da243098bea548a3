//! The README's first command, run: `cargo run --example quickstart` walks the whole documented flow against
//! the embedded fake server without a key, and with `POCKETSFLOW_API_KEY` set it talks to the API it is
//! pointed at and only reads.
//!
//! With `--browser` it waits for the buyer to pay in a browser: headless Chromium (`tests/browser`) plays that
//! buyer.
//!
//! It runs the example binary `cargo test` builds with the suite (`target/<profile>/examples/quickstart`).

mod browser;
#[path = "common/example.rs"]
mod example;

use std::process::Command;

use pocketsflow::mock::{MockOptions, MockServer, Seed};

fn quickstart() -> Command {
    example::example("quickstart", "mock")
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

/// `cargo run --example quickstart -- --browser`: it prints the checkout URL and waits; a buyer (headless
/// Chromium) opens it and pays; the page sends the buyer to the stand-in shop, and the quickstart goes on with
/// that order to the end, without the helper that pays for it otherwise.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_browser_the_quickstart_waits_for_the_buyer_to_pay_in_chromium() {
    use std::io::BufRead;
    let Some(chromium) = browser::chromium() else { return };
    let browser = browser::Browser::launch(&chromium, std::path::Path::new(env!("CARGO_TARGET_TMPDIR")))
        .await
        .unwrap_or_else(|e| panic!("cannot start headless Chromium ({}): {e}", chromium.display()));
    let child = quickstart()
        .arg("--browser")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .expect("the quickstart starts");
    // Whatever happens, the quickstart does not outlive the test.
    struct KillOnDrop(std::process::Child);
    impl Drop for KillOnDrop {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let mut child = KillOnDrop(child);
    let (lines_tx, lines_rx) = std::sync::mpsc::channel::<String>();
    let stdout = child.0.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines_tx.send(line);
        }
    });
    let mut seen = Vec::new();
    let url = loop {
        let line = lines_rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no checkout URL printed:\n{}", seen.join("\n")));
        seen.push(line.clone());
        if let Some(url) = line.trim().strip_prefix("http://").filter(|rest| rest.contains("/checkout/cs_")) {
            break format!("http://{url}");
        }
    };
    let waiting = std::iter::from_fn(|| lines_rx.recv_timeout(std::time::Duration::from_secs(10)).ok())
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default();
    assert!(waiting.contains("Open that URL in your browser and pay"), "{waiting:?}");
    // It waits: nothing more is printed until the buyer pays.
    assert!(lines_rx.recv_timeout(std::time::Duration::from_millis(500)).is_err(), "it did not wait for the buyer");

    let page = browser.new_page(800, 900).await.unwrap_or_else(|e| panic!("{e}\n{}", browser.stderr_tail()));
    page.goto(&url).await.unwrap_or_else(|e| panic!("{e}\n{}", browser.stderr_tail()));
    page.click("#pay").await.unwrap_or_else(|e| panic!("{e}\n{}", browser.stderr_tail()));
    page.wait_for("document.querySelector('h1')?.textContent === 'Thank you!'")
        .await
        .unwrap_or_else(|e| panic!("the buyer did not land on the shop's page: {e}\n{}", browser.stderr_tail()));

    let rest: Vec<String> = lines_rx.iter().collect();
    let status = child.0.wait().unwrap();
    let stdout = format!("{}\n{}", seen.join("\n"), rest.join("\n"));
    assert!(status.success(), "{stdout}");
    assert!(stdout.contains("Buyer jane@example.com paid: order"), "{stdout}");
    assert!(stdout.contains("Done."), "{stdout}");
    assert!(!stdout.contains("waits for you to pay it there yourself"), "the helper paid, not the buyer:\n{stdout}");
    browser.close().await;
}
