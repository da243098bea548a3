//! The embedded fake Pocketsflow server, standalone: point curl, the Node SDK or this SDK at it.
//!
//! ```sh
//! cargo run --features mock --bin pocketsflow-mock -- --port 12111 --seed demo
//! ```
//!
//! It never fails for its output: a closed stdout or stderr (say, `| head -1`) leaves it serving.

use std::io::Write;

use pocketsflow::mock::{Seed, Standalone};

const USAGE: &str = "usage: pocketsflow-mock [--port PORT] [--seed demo|empty] [--fixtures PATH] [--extra-orders N]
                        [--port-file PATH] [--strict] [--violations-file PATH] [--javascript-amounts]

Serves every operation of the Pocketsflow API on 127.0.0.1 from memory.
  --port PORT        port to listen on (default 12111; 0 picks a free one)
  --seed NAME        demo: products, 260 orders, customers, reviews...; empty: nothing (default demo)
  --fixtures PATH    replace the seed's objects by those of a JSON file (the shape GET /__mock/fixtures
                     answers: {\"products\": [...], \"orders\": [...], ...})
  --extra-orders N   add N completed orders (through checkout) before serving, for exports and load tests
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
deliveries; described by src/mock/control.yaml). `pocketsflow mock` takes the same options.";

fn main() {
    let mut standalone = Standalone::default();
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let mut path =
            |flag: &str| args.next().map(Into::into).unwrap_or_else(|| fail(&format!("{flag} takes a path")));
        match arg.to_str().unwrap_or_default() {
            "--port" => match args.next().and_then(|p| p.to_str()?.parse().ok()) {
                Some(port) => standalone.options.port = port,
                None => fail("--port takes a number from 0 to 65535"),
            },
            "--seed" => match args.next().as_ref().and_then(|s| s.to_str()) {
                Some("demo") => standalone.options.seed = Seed::Demo,
                Some("empty") => standalone.options.seed = Seed::Empty,
                _ => fail("--seed takes demo or empty"),
            },
            "--extra-orders" => match args.next().and_then(|n| n.to_str()?.parse().ok()) {
                Some(count) if count <= 2_000_000 => standalone.extra_orders = count,
                _ => fail("--extra-orders takes a number from 0 to 2000000"),
            },
            "--port-file" => standalone.port_file = Some(path("--port-file")),
            "--fixtures" => standalone.fixtures = Some(path("--fixtures")),
            "--violations-file" => standalone.violations_file = Some(path("--violations-file")),
            "--strict" => standalone.strict = true,
            "--javascript-amounts" => standalone.javascript_amounts = true,
            "-h" | "--help" => {
                let _ = writeln!(std::io::stdout().lock(), "{USAGE}");
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
        let server = standalone.start().await.unwrap_or_else(|e| fail(&e.to_string()));
        if let Err(e) = standalone.add_extra_orders(&server).await {
            let _ = writeln!(std::io::stderr().lock(), "pocketsflow-mock: {e}");
            std::process::exit(1);
        }
        let try_line = format!("curl -H 'Authorization: Bearer {}' {}/products", server.api_key(), server.url());
        standalone.announce(&server, &try_line).unwrap_or_else(|e| fail(&e.to_string()));
        std::future::pending::<()>().await;
    });
}

fn fail(message: &str) -> ! {
    let _ = writeln!(std::io::stderr().lock(), "pocketsflow-mock: {message}\n\n{USAGE}");
    std::process::exit(2);
}
