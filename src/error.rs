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

use crate::redact::{excerpt, redact};

/// The error codes the API documents (`x-error-codes` in openapi.yaml), each with the status it comes with, to
/// compare with [`Error::code`]. Every refusal of a well-formed request by the state of an object is a `400` with
/// its own code.
///
/// ```no_run
/// use pocketsflow::codes;
/// # async fn run(pf: pocketsflow::Pocketsflow) {
/// let refund = pocketsflow::types::CreateRefundParams::builder().order_id("65f1c0ffee0000000000beef");
/// match pf.refunds().create(refund).await {
///     Ok(refund) => println!("refunded {}", refund.amount),
///     Err(e) if e.code() == Some(codes::ORDER_FULLY_REFUNDED) => println!("nothing left to refund"),
///     Err(e) => eprintln!("{e}"),
/// }
/// # }
/// ```
pub mod codes {
    include!(concat!(env!("OUT_DIR"), "/sdk_error_codes.rs"));
}

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
    request_id: Option<String>,
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
    /// The answer was larger than the client's limit
    /// ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)); reading stopped there.
    ResponseTooLarge {
        /// HTTP status of the answer.
        status: StatusCode,
        /// The limit in force, in bytes.
        limit: u64,
    },
    /// A listing's answers contradict themselves (pages that never end, repeat, or run past the largest
    /// page number): [`list_all`](crate::paginate::ListAll) stopped rather than loop or drop items silently.
    Pagination {
        /// What the API did.
        message: String,
    },
}

impl ErrorKind {
    /// This kind with every text it holds passed through [`redact`].
    fn redacted(self) -> ErrorKind {
        match self {
            ErrorKind::Api(api) => ErrorKind::Api(api.redacted()),
            ErrorKind::Connection { message } => ErrorKind::Connection { message: redact(&message) },
            ErrorKind::Decode { status, message, excerpt } => {
                ErrorKind::Decode { status, message: redact(&message), excerpt: redact(&excerpt) }
            }
            ErrorKind::InvalidInput { message } => ErrorKind::InvalidInput { message: redact(&message) },
            ErrorKind::Config { message } => ErrorKind::Config { message: redact(&message) },
            ErrorKind::Pagination { message } => ErrorKind::Pagination { message: redact(&message) },
            other @ (ErrorKind::Timeout | ErrorKind::ResponseTooLarge { .. }) => other,
        }
    }
}

/// A non-2xx answer from the API: status, message, code, raw body and `Retry-After`.
///
/// Its `Debug` shows the body as a redacted excerpt, and its message is redacted too: a server that echoes a
/// key or a webhook secret never puts it in a log through this type.
#[derive(Clone)]
#[non_exhaustive]
pub struct ApiError {
    status: StatusCode,
    message: String,
    code: Option<String>,
    body: Bytes,
    retry_after: Option<std::time::Duration>,
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("message", &self.message)
            .field("code", &self.code)
            .field("body", &excerpt(&self.body))
            .field("retry_after", &self.retry_after)
            .finish()
    }
}

impl ApiError {
    /// Reads an error answer. The body is decoded with the spec's `Error` schema when it is JSON; any other
    /// body (an HTML page from a proxy, nothing at all) still gives an error with the status.
    pub(crate) fn from_parts(status: StatusCode, headers: &reqwest::header::HeaderMap, body: Bytes) -> Self {
        let parsed: Option<crate::types::ErrorBody> = serde_json::from_slice(&body).ok();
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
            .and_then(crate::retry::parse_retry_after);
        ApiError { status, message, code, body, retry_after }
    }

    /// Its message and code through [`redact`] (the body stays as received; `Debug` shows a redacted excerpt).
    fn redacted(self) -> ApiError {
        ApiError { message: redact(&self.message), code: self.code.map(|code| redact(&code)), ..self }
    }

    /// HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The body's `message`, else its `error`, else a default naming the status (secrets redacted).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The body's `code`, when present (secrets redacted, on one line).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The raw body, as received (it may hold anything the server sent: it is not redacted).
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// `Retry-After` (seconds or an HTTP date), when the API sent one.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        self.retry_after
    }
}

impl Error {
    /// The one constructor: every text of `kind` is redacted and kept to one line here ([`redact`]).
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error {
            inner: Box::new(Inner {
                kind: kind.redacted(),
                operation: None,
                attempts: 0,
                request_id: None,
                source: None,
            }),
        }
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

    /// The request id of the final answer (already redacted by [`crate::telemetry::request_id`]).
    pub(crate) fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.inner.request_id = request_id;
        self
    }

    /// The request id the API's final answer carried (its `x-request-id` header), for a support ticket; it is
    /// also on the call's tracing span.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    pub(crate) fn config(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Config { message: message.into() })
    }

    pub(crate) fn invalid_input(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidInput { message: message.into() })
    }

    pub(crate) fn pagination(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Pagination { message: message.into() })
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
            ErrorKind::ResponseTooLarge { status, .. } => Some(*status),
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
            ErrorKind::ResponseTooLarge { status, limit } => {
                format!("the answer (status {}) is larger than the {limit}-byte limit", status.as_u16())
            }
            ErrorKind::Pagination { message } => format!("pagination stopped: {message}"),
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

    /// `true` when the answer was larger than the client's limit.
    pub fn is_response_too_large(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::ResponseTooLarge { .. })
    }

    /// `true` when a listing stopped because the API's pages contradicted themselves.
    pub fn is_pagination(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Pagination { .. })
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
        if let Some(id) = &self.inner.request_id {
            write!(f, " (request id {id})")?;
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
            .field("request_id", &self.inner.request_id)
            // The source's own Debug may quote what a peer sent: its account, redacted, instead.
            .field("source", &self.inner.source.as_deref().map(|source| redact(&describe(source))))
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Under the `axum` feature a handler can return `pocketsflow::Result<T>` (with `T: IntoResponse`) and use `?` on
/// every call. The status is what the handler's own client should see, never the API's status passed through:
///
/// | The SDK's error | Answer |
/// |---|---|
/// | the API's `404` (the object looked up does not exist) | `404` |
/// | the API's `400`, or `InvalidInput` (refused before sending: an empty id, ...) | `400` |
/// | the API's `429` | `503` with the API's `Retry-After` |
/// | `Timeout` | `504` |
/// | `Config` | `500` |
/// | the API's `401` (this server's key), another status, `Connection`, `Decode`, `ResponseTooLarge`, `Pagination` | `502` |
///
/// The body is JSON, `{"message": ..., "code": ...}`: the error's one-line, redacted `Display` and its code.
///
/// ```no_run
/// # #[cfg(feature = "axum")]
/// async fn order(
///     axum::extract::State(pf): axum::extract::State<pocketsflow::Pocketsflow>,
///     axum::extract::Path(id): axum::extract::Path<String>,
/// ) -> pocketsflow::Result<String> {
///     let order = pf.orders().get(&id).await?; // a missing order answers 404
///     Ok(format!("{} paid {}", order.buyer_email, order.gross_amount))
/// }
/// ```
#[cfg(feature = "axum")]
impl axum::response::IntoResponse for Error {
    fn into_response(self) -> axum::response::Response {
        use axum::http::{header, HeaderValue};
        let (status, retry_after) = match self.kind() {
            ErrorKind::Api(api) => match api.status().as_u16() {
                404 => (StatusCode::NOT_FOUND, None),
                400 => (StatusCode::BAD_REQUEST, None),
                429 => (StatusCode::SERVICE_UNAVAILABLE, api.retry_after()),
                _ => (StatusCode::BAD_GATEWAY, None),
            },
            ErrorKind::InvalidInput { .. } => (StatusCode::BAD_REQUEST, None),
            ErrorKind::Timeout => (StatusCode::GATEWAY_TIMEOUT, None),
            ErrorKind::Config { .. } => (StatusCode::INTERNAL_SERVER_ERROR, None),
            _ => (StatusCode::BAD_GATEWAY, None),
        };
        let body = serde_json::json!({"message": self.to_string(), "code": self.code()}).to_string();
        let mut response = (status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
        if let Some(wait) = retry_after {
            let seconds = wait.as_secs().max(1).to_string();
            if let Ok(value) = HeaderValue::from_str(&seconds) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        response
    }
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
pub(crate) fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
