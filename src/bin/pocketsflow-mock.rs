//! The embedded fake Pocketsflow server, standalone: point curl, the Node SDK or this SDK at it.
//!
//! ```sh
//! cargo run --features mock --bin pocketsflow-mock -- --port 12111 --seed demo
//! ```
//!
//! It never fails for its output: a closed stdout or stderr (say, `| head -1`) leaves it serving.

use std::io::Write;
use std::path::PathBuf;

use pocketsflow::mock::{Fixtures, MockOptions, MockServer, Seed};

const USAGE: &str = "usage: pocketsflow-mock [--port PORT] [--seed demo|empty] [--fixtures PATH] [--port-file PATH]
                        [--strict] [--violations-file PATH] [--javascript-amounts]

Serves every operation of the Pocketsflow API on 127.0.0.1 from memory.
  --port PORT        port to listen on (default 12111; 0 picks a free one)
  --seed NAME        demo: products, 260 orders, customers, reviews...; empty: nothing (default demo)
  --fixtures PATH    replace the seed's objects by those of a JSON file (the shape GET /__mock/fixtures
                     answers: {\"products\": [...], \"orders\": [...], ...})
  --port-file PATH   once listening, write the port (digits and a newline) to PATH, for scripts that use
                     --port 0; the file appears complete (written aside, then renamed)
  --strict           also refuse body fields and query parameters openapi.yaml does not name (by default
                     they are ignored, as the API ignores them)
  --violations-file PATH
                     write each request refused for not matching openapi.yaml to PATH, one JSON line each
                     (operationId, method, path, message), before the refusal is answered
  --javascript-amounts
                     answer order fees and nets as the API's JavaScript backend computes them, in binary
                     floating point and unrounded (a fee on 99.99 is 3.1997099999999996)

It prints the URL and the key on stdout, and keeps serving if nobody reads them. Besides the API it serves a
control plane under /__mock, with the same key (reset, fixtures, faults, checkout, clock, requests,
deliveries; described by src/mock/control.yaml).";

fn main() {
    let mut options = MockOptions { seed: Seed::Demo, port: 12111 };
    let mut port_file: Option<PathBuf> = None;
    let mut strict = false;
    let mut javascript_amounts = false;
    let mut violations_file: Option<PathBuf> = None;
    let mut fixtures_file: Option<PathBuf> = None;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str().unwrap_or_default() {
            "--port" => match args.next().and_then(|p| p.to_str()?.parse().ok()) {
                Some(port) => options.port = port,
                None => fail("--port takes a number from 0 to 65535"),
            },
            "--seed" => match args.next().as_ref().and_then(|s| s.to_str()) {
                Some("demo") => options.seed = Seed::Demo,
                Some("empty") => options.seed = Seed::Empty,
                _ => fail("--seed takes demo or empty"),
            },
            "--port-file" => match args.next() {
                Some(path) => port_file = Some(path.into()),
                None => fail("--port-file takes a path"),
            },
            "--fixtures" => match args.next() {
                Some(path) => fixtures_file = Some(path.into()),
                None => fail("--fixtures takes a path"),
            },
            "--strict" => strict = true,
            "--javascript-amounts" => javascript_amounts = true,
            "--violations-file" => match args.next() {
                Some(path) => violations_file = Some(path.into()),
                None => fail("--violations-file takes a path"),
            },
            "-h" | "--help" => {
                say(format_args!("{USAGE}"));
                return;
            }
            _ => fail(&format!("unknown argument {arg:?}")),
        }
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => fail(&format!("cannot start the runtime: {e}")),
    };
    runtime.block_on(async {
        let server = match MockServer::start_with(options).await {
            Ok(server) => server,
            Err(e) => fail(&format!("cannot listen on 127.0.0.1:{}: {e}", options.port)),
        };
        if let Some(path) = &fixtures_file {
            let fixtures = std::fs::read(path).map_err(|e| e.to_string()).and_then(|json| Fixtures::from_json(&json));
            match fixtures {
                Ok(fixtures) => server.load_fixtures(fixtures),
                Err(e) => fail(&format!("cannot load the fixtures {}: {e}", path.display())),
            }
        }
        server.strict(strict);
        server.javascript_amounts(javascript_amounts);
        if let Some(path) = &violations_file {
            if let Err(e) = server.log_spec_violations(path) {
                fail(&format!("cannot write the violations file {}: {e}", path.display()));
            }
        }
        say(format_args!("Pocketsflow fake server listening on {}", server.url()));
        say(format_args!("API key: {}", server.api_key()));
        say(format_args!("Try: curl -H 'Authorization: Bearer {}' {}/products", server.api_key(), server.url()));
        if let Some(path) = &port_file {
            if let Err(e) = pocketsflow::mock::write_port_file(path, server.addr().port()) {
                fail(&format!("cannot write the port file {}: {e}", path.display()));
            }
        }
        std::future::pending::<()>().await;
    });
}

/// A line on stdout. Nobody reading it (a closed pipe) is no reason to stop serving: errors are ignored,
/// where `println!` would panic.
fn say(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

fn fail(message: &str) -> ! {
    let _ = writeln!(std::io::stderr().lock(), "pocketsflow-mock: {message}\n\n{USAGE}");
    std::process::exit(2);
}
