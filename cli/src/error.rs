//! Errors, exit codes, and the redaction every line written to stderr goes through.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | the API (or a webhook receiver) answered with an error, or with an answer the tool cannot read |
//! | 2 | usage error: bad flags or arguments, input refused before sending, missing key, bad configuration |
//! | 3 | network error: the connection failed or timed out |

use std::fmt;

/// Success.
pub const EXIT_OK: i32 = 0;
/// The API answered with an error.
pub const EXIT_API: i32 = 1;
/// Bad usage (clap uses 2 for its own usage errors too).
pub const EXIT_USAGE: i32 = 2;
/// The network failed: connection refused, reset, DNS, TLS, timeout.
pub const EXIT_NETWORK: i32 = 3;

/// What went wrong, and so which exit code it gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Exit 1.
    Api,
    /// Exit 2.
    Usage,
    /// Exit 3.
    Network,
    /// Exit 1: a bug or an unexpected local failure (writing the output, ...).
    Internal,
    /// Exit 0, silently: the reader of the output went away (`| head`), which is no failure.
    BrokenPipe,
}

/// An error of the command line tool: one line, already free of secrets once printed through [`redact`].
#[derive(Debug)]
pub struct CliError {
    category: Category,
    message: String,
}

impl CliError {
    /// A usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        CliError { category: Category::Usage, message: message.into() }
    }

    /// A network error (exit 3).
    pub fn network(message: impl Into<String>) -> Self {
        CliError { category: Category::Network, message: message.into() }
    }

    /// An error answer from a server (exit 1).
    pub fn api(message: impl Into<String>) -> Self {
        CliError { category: Category::Api, message: message.into() }
    }

    /// A local failure (exit 1).
    pub fn internal(message: impl Into<String>) -> Self {
        CliError { category: Category::Internal, message: message.into() }
    }

    /// The reader of stdout closed it.
    pub fn broken_pipe() -> Self {
        CliError { category: Category::BrokenPipe, message: String::new() }
    }

    /// The category.
    pub fn category(&self) -> Category {
        self.category
    }

    /// The exit code of this error.
    pub fn exit_code(&self) -> i32 {
        match self.category {
            Category::Api | Category::Internal => EXIT_API,
            Category::Usage => EXIT_USAGE,
            Category::Network => EXIT_NETWORK,
            Category::BrokenPipe => EXIT_OK,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

impl From<pocketsflow::Error> for CliError {
    /// The SDK's one-line `Display` (`products_get: API error 404: Product not found (code NOT_FOUND)`), with
    /// the category its kind calls for.
    fn from(error: pocketsflow::Error) -> Self {
        use pocketsflow::ErrorKind;
        let category = match error.kind() {
            ErrorKind::Timeout | ErrorKind::Connection { .. } => Category::Network,
            ErrorKind::InvalidInput { .. } | ErrorKind::Config { .. } => Category::Usage,
            _ => Category::Api,
        };
        CliError { category, message: error.to_string() }
    }
}

/// The SDK's one redaction, which every line the CLI writes to stderr goes through.
pub use pocketsflow::redact::secrets as redact;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_hides_keys_and_webhook_secrets() {
        assert_eq!(
            redact("key pk_live_AbC9_x, secret \"whsec_5f2b\" end", &[]),
            "key pk_live_[redacted], secret \"whsec_[redacted]\" end"
        );
        assert_eq!(redact("token sk_custom_key_123 here", &["sk_custom_key_123"]), "token [redacted] here");
        assert_eq!(redact("pk_test_", &[]), "pk_test_[redacted]");
        assert_eq!(redact("héllo", &[]), "héllo");
    }

    #[test]
    fn exit_codes_follow_the_category() {
        assert_eq!(CliError::usage("x").exit_code(), 2);
        assert_eq!(CliError::network("x").exit_code(), 3);
        assert_eq!(CliError::api("x").exit_code(), 1);
    }
}
