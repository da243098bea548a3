//! The trace of `--verbose`: the SDK's request spans and events written to stderr, each line redacted by the
//! run's [`Secrets`].

use std::io::Write;

use crate::secrets::Secrets;

/// The trace of `--verbose`: the SDK's request spans and events, on stderr, every line redacted.
pub(crate) fn init(secrets: Secrets) {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = tracing_subscriber::filter::Targets::new()
        .with_target("pocketsflow", tracing::Level::DEBUG)
        .with_target("pocketsflow_cli", tracing::Level::DEBUG);
    let writer = move || RedactingStderr { secrets: secrets.clone(), line: Vec::new() };
    let _ = tracing_subscriber::registry()
        .with(tracing_subscriber::fmt::layer().with_writer(writer).with_ansi(false).with_target(false))
        .with(filter)
        .try_init();
}

/// Stderr, one redacted line at a time.
struct RedactingStderr {
    secrets: Secrets,
    line: Vec<u8>,
}

impl Write for RedactingStderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.line.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.line.is_empty() {
            return Ok(());
        }
        let text = self.secrets.redact(&String::from_utf8_lossy(&self.line));
        self.line.clear();
        std::io::stderr().lock().write_all(text.as_bytes())
    }
}

impl Drop for RedactingStderr {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}
