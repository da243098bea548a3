//! What a call tells the application's observability: the fields of the `pocketsflow.request` span, named
//! after OpenTelemetry's HTTP client conventions, and the request id of an answer.
//!
//! | field | value |
//! |---|---|
//! | `otel.name` | `GET /orders/{id}`: the method and the route template |
//! | `otel.kind` | `client` |
//! | `http.request.method` | `GET`, `POST`, ... |
//! | `url.template` | the operation's path template (`/orders/{id}`), never the raw path: ids never become labels |
//! | `server.address`, `server.port` | where the call went |
//! | `pocketsflow.operation` | the operationId (`orders_get`) |
//! | `http.response.status_code` | the final answer's status, when there was one |
//! | `http.request.resend_count` | attempts after the first (0 when one attempt was enough) |
//! | `error.type` | on failure: the status code, `timeout`, `connection` or `response_too_large` |
//! | `pocketsflow.request_id` | the answer's `x-request-id`, when it has one (also [`Error::request_id`]) |
//! | `elapsed_ms` | the whole call, retries and waits included |
//!
//! [`Error::request_id`]: crate::Error::request_id

use reqwest::header::HeaderMap;

include!(concat!(env!("OUT_DIR"), "/sdk_routes.rs"));

/// The header an answer names its request by.
pub(crate) const REQUEST_ID_HEADER: &str = "x-request-id";

/// The request id of an answer, redacted and on one line like every text of an error (it is the server's).
pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(REQUEST_ID_HEADER)?;
    let text = String::from_utf8_lossy(value.as_bytes());
    let text: String = text.trim().chars().take(200).collect();
    (!text.is_empty()).then(|| crate::redact::redact(&text))
}
