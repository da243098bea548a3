//! `pocketsflow mock`: the SDK's embedded fake server ([`pocketsflow::mock`]), with the options of
//! `pocketsflow-mock` (its control plane under `/__mock` included), and `--extra-orders N` to fill it for exports and load tests (through its public API:
//! checkout sessions created over HTTP, completed as a buyer would: `MockServer::add_paid_orders`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use pocketsflow::mock::{Fixtures, MockOptions, MockServer, Seed};

use crate::error::CliError;

/// What `mock` was asked to do.
#[derive(Debug)]
pub struct Options {
    /// Port on 127.0.0.1.
    pub port: u16,
    /// `demo` or `empty`.
    pub demo: bool,
    /// Where to write the port once serving.
    pub port_file: Option<PathBuf>,
    /// Orders to add before serving.
    pub extra_orders: u32,
    /// Refuse body fields and query parameters the spec does not name.
    pub strict: bool,
    /// Where to write each request refused for not matching the spec.
    pub violations_file: Option<PathBuf>,
    /// A JSON file of objects to serve instead of the seed's (`GET /__mock/fixtures`'s shape).
    pub fixtures: Option<PathBuf>,
}

/// Writes `port` to `path` with the SDK's one port-file writer ([`pocketsflow::mock::write_port_file`]).
pub fn write_port_file(path: &Path, port: u16) -> Result<(), CliError> {
    pocketsflow::mock::write_port_file(path, port)
        .map_err(|e| CliError::usage(format!("cannot write the port file {}: {e}", path.display())))
}

/// Runs until interrupted.
pub async fn run(options: Options) -> Result<(), CliError> {
    let seed = if options.demo { Seed::Demo } else { Seed::Empty };
    let server = MockServer::start_with(MockOptions { seed, port: options.port })
        .await
        .map_err(|e| CliError::usage(format!("cannot listen on 127.0.0.1:{}: {e}", options.port)))?;
    if let Some(path) = &options.fixtures {
        let fixtures = std::fs::read(path).map_err(|e| e.to_string()).and_then(|json| Fixtures::from_json(&json));
        let fixtures =
            fixtures.map_err(|e| CliError::usage(format!("cannot load the fixtures {}: {e}", path.display())))?;
        server.load_fixtures(fixtures);
    }
    server.strict(options.strict);
    if let Some(path) = &options.violations_file {
        server
            .log_spec_violations(path)
            .map_err(|e| CliError::usage(format!("cannot write the violations file {}: {e}", path.display())))?;
    }
    if options.extra_orders > 0 {
        let started = Instant::now();
        eprintln!("Adding {} orders...", options.extra_orders);
        server.add_paid_orders(options.extra_orders).await.map_err(|e| CliError::internal(e.to_string()))?;
        eprintln!("Added {} orders in {:.1}s", options.extra_orders, started.elapsed().as_secs_f64());
    }
    {
        // Nobody reading stdout (a closed pipe) is no reason to stop serving: write errors are ignored.
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "Pocketsflow fake server listening on {}", server.url());
        let _ = writeln!(out, "API key: {}", server.api_key());
        let _ = writeln!(
            out,
            "Try: POCKETSFLOW_API_KEY={} pocketsflow --base-url {} products list",
            server.api_key(),
            server.url()
        );
        let _ = out.flush();
    }
    if let Some(path) = &options.port_file {
        write_port_file(path, server.addr().port())?;
    }
    let _ = tokio::signal::ctrl_c().await;
    Ok(())
}
