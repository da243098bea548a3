//! The secrets of one run (API keys, webhook secrets), as they become known, and the redaction of a line by
//! them: every line the CLI writes to stderr goes through it.

use crate::error::redact;

/// The secrets of this run (keys, webhook secrets), shared by the error line and the trace's redactor: a key
/// found late (in a profile) is redacted from what is logged after it was found.
#[derive(Clone, Default)]
pub(crate) struct Secrets(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl Secrets {
    pub(crate) fn push(&self, secret: String) {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(secret);
    }

    /// `text` with every secret known so far redacted.
    pub(crate) fn redact(&self, text: &str) -> String {
        let secrets = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
        redact(text, &refs)
    }
}
