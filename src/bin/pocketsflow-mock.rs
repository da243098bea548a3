//! The embedded fake Pocketsflow server, standalone: point curl, the Node SDK or this SDK at it.
//!
//! ```sh
//! cargo run --features mock --bin pocketsflow-mock -- --port 12111 --seed demo
//! ```

use pocketsflow::mock::{MockOptions, MockServer, Seed};

const USAGE: &str = "usage: pocketsflow-mock [--port PORT] [--seed demo|empty]

Serves the 41 operations of the Pocketsflow API on 127.0.0.1 from memory.
  --port PORT   port to listen on (default 12111; 0 picks a free one)
  --seed NAME   demo: products, 260 orders, customers, reviews...; empty: nothing (default demo)";

fn main() {
    let mut options = MockOptions { seed: Seed::Demo, port: 12111 };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => match args.next().and_then(|p| p.parse().ok()) {
                Some(port) => options.port = port,
                None => fail("--port takes a number from 0 to 65535"),
            },
            "--seed" => match args.next().as_deref() {
                Some("demo") => options.seed = Seed::Demo,
                Some("empty") => options.seed = Seed::Empty,
                _ => fail("--seed takes demo or empty"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            other => fail(&format!("unknown argument {other:?}")),
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
        println!("Pocketsflow fake server listening on {}", server.url());
        println!("API key: {}", server.api_key());
        println!("Try: curl -H 'Authorization: Bearer {}' {}/products", server.api_key(), server.url());
        std::future::pending::<()>().await;
    });
}

fn fail(message: &str) -> ! {
    eprintln!("pocketsflow-mock: {message}\n\n{USAGE}");
    std::process::exit(2);
}
