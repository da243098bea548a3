//! `pocketsflow mock`: the SDK's embedded fake server ([`pocketsflow::mock`]) run as the `pocketsflow-mock`
//! binary runs it: both read their flags into a [`Standalone`], which does the rest.

use std::path::Path;

use pocketsflow::mock::Standalone;

use crate::error::CliError;

/// Writes `port` to `path` with the SDK's one port-file writer ([`pocketsflow::mock::write_port_file`]).
pub fn write_port_file(path: &Path, port: u16) -> Result<(), CliError> {
    pocketsflow::mock::write_port_file(path, port)
        .map_err(|e| CliError::usage(format!("cannot write the port file {}: {e}", path.display())))
}

/// Runs until interrupted.
pub async fn run(standalone: Standalone) -> Result<(), CliError> {
    let server = standalone.start().await.map_err(|e| CliError::usage(e.to_string()))?;
    standalone.add_extra_orders(&server).await.map_err(|e| CliError::internal(e.to_string()))?;
    let try_line =
        format!("POCKETSFLOW_API_KEY={} pocketsflow --base-url {} products list", server.api_key(), server.url());
    standalone.announce(&server, &try_line).map_err(|e| CliError::usage(e.to_string()))?;
    let _ = tokio::signal::ctrl_c().await;
    Ok(())
}
