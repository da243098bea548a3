//! The fake server run as a program: what its two front ends, the `pocketsflow-mock` binary and the CLI's
//! `pocketsflow mock`, both take and do. They only read their flags into a [`Standalone`], so every option is
//! the same in both and they cannot drift.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use super::{Fixtures, MockError, MockOptions, MockServer, Seed};

/// How a standalone fake server is set up, from the flags of either front end. The default is the demo seed
/// on port 12111, with nothing else.
#[derive(Debug, Clone)]
pub struct Standalone {
    /// Port on 127.0.0.1 (`--port`, 0 picks a free one) and seed (`--seed demo|empty`).
    pub options: MockOptions,
    /// `--fixtures PATH`: serve the objects of this JSON file (`GET /__mock/fixtures`'s shape) instead of the
    /// seed's.
    pub fixtures: Option<PathBuf>,
    /// `--extra-orders N`: add N completed orders (through checkout) before serving.
    pub extra_orders: u32,
    /// `--strict`: refuse body fields and query parameters the spec does not name
    /// ([`MockServer::strict`]).
    pub strict: bool,
    /// `--javascript-amounts`: answer amounts as the API's JavaScript backend computes them
    /// ([`MockServer::javascript_amounts`]).
    pub javascript_amounts: bool,
    /// `--violations-file PATH`: write each request refused for not matching the spec to this file
    /// ([`MockServer::log_spec_violations`]).
    pub violations_file: Option<PathBuf>,
    /// `--port-file PATH`: once serving, write the port here ([`super::write_port_file`]).
    pub port_file: Option<PathBuf>,
}

impl Default for Standalone {
    fn default() -> Self {
        Standalone {
            options: MockOptions { seed: Seed::Demo, port: 12111 },
            fixtures: None,
            extra_orders: 0,
            strict: false,
            javascript_amounts: false,
            violations_file: None,
            port_file: None,
        }
    }
}

impl Standalone {
    /// Starts the server and sets it up as asked: fixtures, modes, the violations file. The extra orders are
    /// [`Standalone::add_extra_orders`].
    ///
    /// # Errors
    /// When the port cannot be bound, the fixtures cannot be read or loaded, or the violations file cannot be
    /// created; the message names the flag's value.
    pub async fn start(&self) -> Result<MockServer, MockError> {
        let port = self.options.port;
        let server = MockServer::start_with(self.options)
            .await
            .map_err(|e| MockError(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
        if let Some(path) = &self.fixtures {
            let fixtures = std::fs::read(path).map_err(|e| e.to_string()).and_then(|json| Fixtures::from_json(&json));
            let fixtures =
                fixtures.map_err(|e| MockError(format!("cannot load the fixtures {}: {e}", path.display())))?;
            server.load_fixtures(fixtures);
        }
        server.strict(self.strict);
        server.javascript_amounts(self.javascript_amounts);
        if let Some(path) = &self.violations_file {
            server
                .log_spec_violations(path)
                .map_err(|e| MockError(format!("cannot write the violations file {}: {e}", path.display())))?;
        }
        Ok(server)
    }

    /// Adds the extra orders to `server`, if any were asked for, saying on stderr how long they took.
    ///
    /// # Errors
    /// When the server's own checkout refuses one (a fault of the fake, not of the flags).
    pub async fn add_extra_orders(&self, server: &MockServer) -> Result<(), MockError> {
        if self.extra_orders > 0 {
            let started = Instant::now();
            let _ = writeln!(std::io::stderr().lock(), "Adding {} orders...", self.extra_orders);
            server.add_paid_orders(self.extra_orders).await?;
            let seconds = started.elapsed().as_secs_f64();
            let _ = writeln!(std::io::stderr().lock(), "Added {} orders in {seconds:.1}s", self.extra_orders);
        }
        Ok(())
    }

    /// Says where the server is: its URL, its key and `try_line` (a command that uses them) on stdout, then
    /// writes the port file. Nobody reading stdout (a closed pipe) is no reason to stop serving: its write
    /// errors are ignored.
    ///
    /// # Errors
    /// When the port file cannot be written.
    pub fn announce(&self, server: &MockServer, try_line: &str) -> Result<(), MockError> {
        {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "Pocketsflow fake server listening on {}", server.url());
            let _ = writeln!(out, "API key: {}", server.api_key());
            let _ = writeln!(out, "Try: {try_line}");
            let _ = out.flush();
        }
        if let Some(path) = &self.port_file {
            super::write_port_file(path, server.addr().port())
                .map_err(|e| MockError(format!("cannot write the port file {}: {e}", path.display())))?;
        }
        Ok(())
    }
}
