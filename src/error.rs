//! The one error type of the SDK, and the single place where everything the generated client, the transport
//! and the configuration can fail with is mapped into it.
//!
//! ```no_run
//! # async fn run(pf: pocketsflow::Pocketsflow) {
//! match pf.products().get("65f1c0ffee0000000000beef").await {
//!     Ok(product) => println!("{}", product.name),
//!     Err(e) if e.is_not_found() => println!("no such product"),
//!     Err(e) if e.is_rate_limited() => println!("slow down: {e}"),
//!     Err(e) => eprintln!("status {:?}, code {:?}: {}", e.status(), e.code(), e.message()),
//! }
//! # }
//! ```

use std::fmt;

use bytes::Bytes;
use reqwest::StatusCode;

/// `Result` with the SDK's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything a call can fail with. Cheap to move (one box); [`Error::kind`] tells what happened.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    operation: Option<&'static str>,
    attempts: u32,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

/// What went wrong.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The API answered with a non-2xx status.
    Api(ApiError),
    /// The request took longer than the configured timeout.
    Timeout,
    /// The request could not be sent or the connection failed (refused, reset, DNS, TLS).
    Connection {
        /// What the HTTP stack said.
        message: String,
    },
    /// A 2xx answer whose body is not what the spec promises.
    Decode {
        /// HTTP status of the answer.
        status: Option<StatusCode>,
        /// Why decoding failed.
        message: String,
        /// The start of the body (at most 200 characters).
        excerpt: String,
    },
    /// The input was rejected before anything was sent (an empty id, a missing required field).
    InvalidInput {
        /// What is wrong with it.
        message: String,
    },
    /// The client could not be configured (missing API key, a base URL that does not parse).
    Config {
        /// What is wrong with it.
        message: String,
    },
}

/// A non-2xx answer from the API.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// The body's `message`, else its `error`, else a default naming the status.
    pub message: String,
    /// The body's `code`, when present.
    pub code: Option<String>,
    /// The raw body, as received.
    pub body: Bytes,
    /// `Retry-After` (seconds or an HTTP date), when the API sent one.
    pub retry_after: Option<std::time::Duration>,
}

impl ApiError {
    /// Reads an error answer. The body is decoded with the spec's `Error` schema when it is JSON; any other
    /// body (an HTML page from a proxy, nothing at all) still gives an error with the status.
    pub(crate) fn from_parts(status: StatusCode, headers: &reqwest::header::HeaderMap, body: Bytes) -> Self {
        let parsed: Option<crate::types::Error> = serde_json::from_slice(&body).ok();
        let (message, code) = match parsed {
            Some(e) => (e.message.filter(|m| !m.is_empty()).or(e.error.filter(|m| !m.is_empty())), e.code),
            None => (None, None),
        };
        let message = message.unwrap_or_else(|| {
            format!("request failed with status {}", status.as_u16())
                + status.canonical_reason().map(|r| format!(" ({r})")).as_deref().unwrap_or("")
        });
        let retry_after = headers
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(crate::pacing::parse_retry_after);
        ApiError { status, message, code, body, retry_after }
    }
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error { inner: Box::new(Inner { kind, operation: None, attempts: 0, source: None }) }
    }

    pub(crate) fn with_operation(mut self, operation: Option<&'static str>) -> Self {
        if self.inner.operation.is_none() {
            self.inner.operation = operation;
        }
        self
    }

    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        self.inner.attempts = attempts;
        self
    }

    pub(crate) fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.inner.source = Some(Box::new(source));
        self
    }

    pub(crate) fn config(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Config { message: message.into() })
    }

    pub(crate) fn invalid_input(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidInput { message: message.into() })
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.inner.kind
    }

    /// The operation id of the call (`products_get`, ...), when the error happened in one.
    pub fn operation(&self) -> Option<&'static str> {
        self.inner.operation
    }

    /// How many attempts were made (1 + retries); 0 when nothing was sent.
    pub fn attempts(&self) -> u32 {
        self.inner.attempts
    }

    /// The API error, when the API answered with a non-2xx status.
    pub fn api(&self) -> Option<&ApiError> {
        match &self.inner.kind {
            ErrorKind::Api(api) => Some(api),
            _ => None,
        }
    }

    /// HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match &self.inner.kind {
            ErrorKind::Api(api) => Some(api.status),
            ErrorKind::Decode { status, .. } => *status,
            _ => None,
        }
    }

    /// The API's error code (`code` in the body), when present. A timeout gives `TIMEOUT`, as in the Node SDK.
    pub fn code(&self) -> Option<&str> {
        match &self.inner.kind {
            ErrorKind::Api(api) => api.code.as_deref(),
            ErrorKind::Timeout => Some("TIMEOUT"),
            _ => None,
        }
    }

    /// A human-readable message: the API's own message for API errors.
    pub fn message(&self) -> String {
        match &self.inner.kind {
            ErrorKind::Api(api) => api.message.clone(),
            ErrorKind::Timeout => "request timed out".to_owned(),
            ErrorKind::Connection { message } => format!("connection failed: {message}"),
            ErrorKind::Decode { message, excerpt, .. } => {
                format!("cannot decode the response: {message}; body starts with {excerpt:?}")
            }
            ErrorKind::InvalidInput { message } => format!("invalid input: {message}"),
            ErrorKind::Config { message } => format!("invalid configuration: {message}"),
        }
    }

    /// The raw body of an API error.
    pub fn body(&self) -> Option<&Bytes> {
        self.api().map(|api| &api.body)
    }

    /// `true` when the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Timeout)
    }

    /// `true` when the connection failed before an answer came back.
    pub fn is_connection(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Connection { .. })
    }

    /// `true` for a 404.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(StatusCode::NOT_FOUND)
    }

    /// `true` for a 429.
    pub fn is_rate_limited(&self) -> bool {
        self.status() == Some(StatusCode::TOO_MANY_REQUESTS)
    }

    /// `true` for a 401 (missing or invalid API key).
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(StatusCode::UNAUTHORIZED)
    }

    /// `true` for a 2xx answer that could not be decoded.
    pub fn is_decode(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Decode { .. })
    }

    /// `true` when the input was rejected before sending.
    pub fn is_invalid_input(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::InvalidInput { .. })
    }

    /// `true` for a configuration error.
    pub fn is_config(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Config { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(op) = self.inner.operation {
            write!(f, "{op}: ")?;
        }
        match &self.inner.kind {
            ErrorKind::Api(api) => {
                write!(f, "API error {}: {}", api.status.as_u16(), api.message)?;
                if let Some(code) = &api.code {
                    write!(f, " (code {code})")?;
                }
            }
            _ => f.write_str(&self.message())?,
        }
        if self.inner.attempts > 1 {
            write!(f, " (after {} attempts)", self.inner.attempts)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.inner.kind)
            .field("operation", &self.inner.operation)
            .field("attempts", &self.inner.attempts)
            .field("source", &self.inner.source)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The first 200 characters of a body, for error messages.
pub(crate) fn excerpt(body: &[u8]) -> String {
    String::from_utf8_lossy(body).chars().take(200).collect()
}

/// Maps a reqwest error that happened before or while talking to the server.
pub(crate) fn from_reqwest(error: reqwest::Error) -> Error {
    let kind = if error.is_timeout() {
        ErrorKind::Timeout
    } else if error.is_builder() {
        ErrorKind::InvalidInput { message: describe(&error) }
    } else {
        ErrorKind::Connection { message: describe(&error) }
    };
    // reqwest's Display names the URL; it never holds the API key, which travels in a header.
    Error::new(kind).with_source(error)
}

/// The whole chain of causes on one line.
fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
