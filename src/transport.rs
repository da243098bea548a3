//! The transport seam: progenitor's `ClientHooks`, implemented once for the generated client.
//!
//! Every one of the spec's operations goes through [`ClientHooks::pre`] and [`ClientHooks::exec`] here, and
//! only here. `pre` attaches the API key, the User-Agent and the per-request headers; `exec` runs the
//! attempts within the call's deadline: pacing, the retry policy (see [`RetryPolicy`]), one tracing span per
//! call, a size cap on every answer, and the observation of the final answer so that errors can be mapped
//! faithfully (status and raw body of an error answer, even an HTML page the spec does not describe).
//! Nothing in this module knows about individual operations.
//!
//! ## What a call costs
//!
//! The SDK's own work per call is measured against a bare `reqwest` call decoding into the same types
//! (`scripts/bench-cost.sh`; the README's Performance section has the ratios). What keeps it small:
//! - when the SDK builds the `reqwest::Client`, the call's timeout is its timeout, as a bare `reqwest` user
//!   would configure it; a first attempt then needs no timeout of its own (one that waited for pacing, a
//!   retry, or a call with other timeouts gets one). The key is not one of its default headers on purpose:
//!   the client is reachable through [`raw`](crate::raw), and would send the key to any host it is pointed at;
//! - the copy kept for a retry holds the method, URL, headers and body only, not `reqwest`'s extension maps;
//! - the whole answer is read once here, and handed on with its own URL (nothing is parsed again); the SDK's
//!   own calls, which never read an answer's headers, hand them on only inside an error.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo, ResponseValue};
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use tracing::Instrument;

use crate::error::{from_reqwest, ApiError, Error, ErrorKind, Result};
use crate::options::RequestOptions;
use crate::pacing::Pacer;
use crate::redact::{excerpt, redact};
use crate::retry::{parse_retry_after, RetryPolicy};

/// The default cap on the size of one answer: 16 MiB. The largest paged answer is a page of 100 orders
/// (about 45 KB); the unpaged lists (products, refunds, discounts...) of a large account stay within a few
/// MB, so the cap leaves room while bounding what a broken or hostile server can make the client hold.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

/// Settings every request of one [`Pocketsflow`](crate::Pocketsflow) shares.
pub(crate) struct ClientState {
    /// Headers added to each request: the API key and the User-Agent.
    pub(crate) headers: HeaderMap,
    /// Default settings of a call.
    pub(crate) settings: Settings,
    /// Client-side pacing, when enabled.
    pub(crate) pacer: Option<Pacer>,
    /// Set when the SDK built the `reqwest::Client`: it applies this timeout to each request that sets none.
    pub(crate) client_timeout: Option<Duration>,
}

impl Default for ClientState {
    fn default() -> Self {
        ClientState { headers: HeaderMap::new(), settings: Settings::default(), pacer: None, client_timeout: None }
    }
}

/// What governs one call: the client's settings with the per-request options merged over them, field by
/// field, in [`Settings::with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Settings {
    /// The whole call: every attempt, backoff and `Retry-After` wait.
    pub(crate) timeout: Duration,
    /// One attempt, when set (always within what is left of `timeout`).
    pub(crate) attempt_timeout: Option<Duration>,
    /// The retry policy.
    pub(crate) retry: RetryPolicy,
    /// The largest answer read, in bytes.
    pub(crate) max_response_bytes: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            timeout: crate::DEFAULT_TIMEOUT,
            attempt_timeout: None,
            retry: RetryPolicy::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

impl Settings {
    /// These settings with `options` merged over them: each field the options set wins, the rest stays.
    pub(crate) fn with(self, options: Option<&RequestOptions>) -> Settings {
        let Some(options) = options else { return self };
        let mut retry = options.retry.unwrap_or(self.retry);
        if let Some(max_retries) = options.max_retries {
            retry.max_retries = max_retries;
        }
        Settings {
            timeout: options.timeout.unwrap_or(self.timeout),
            attempt_timeout: options.attempt_timeout.or(self.attempt_timeout),
            retry,
            max_response_bytes: self.max_response_bytes,
        }
    }
}

/// The `inner` value of the generated [`raw::Client`](crate::raw::Client): what one call shares with the hooks.
///
/// A fresh context is made for every call, so observations never leak between concurrent calls; a clone
/// starts with a fresh observation too. `CallContext::default()` gives the plain behaviour, for those who build
/// a `raw::Client` themselves.
pub struct CallContext {
    shared: Arc<ClientState>,
    options: Option<Arc<RequestOptions>>,
    settings: Settings,
    /// Whether the caller of the generated code reads the answer's headers: `true` for the [`raw`](crate::raw)
    /// client (its `ResponseValue` carries them), `false` for the SDK's own calls.
    keep_headers: bool,
    observed: Mutex<Observed>,
}

impl Default for CallContext {
    fn default() -> Self {
        CallContext::new(Arc::default(), None)
    }
}

impl Clone for CallContext {
    fn clone(&self) -> Self {
        CallContext {
            shared: self.shared.clone(),
            options: self.options.clone(),
            settings: self.settings,
            keep_headers: self.keep_headers,
            observed: Mutex::default(),
        }
    }
}

impl std::fmt::Debug for CallContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The request headers hold the API key: never print them.
        f.debug_struct("CallContext").field("settings", &self.settings).finish_non_exhaustive()
    }
}

/// What the hooks saw of the call.
#[derive(Default)]
struct Observed {
    operation: Option<&'static str>,
    attempts: u32,
    /// Status of the final answer, when there was one.
    status: Option<StatusCode>,
    /// The final answer's request id (`x-request-id`), when it had one.
    request_id: Option<String>,
    /// How the final attempt failed, when the SDK itself must say it (the generated code sees only a
    /// placeholder answer then, or an error answer it may not decode).
    verdict: Option<Verdict>,
}

/// A failure the transport decided, which wins over whatever the generated code made of the answer.
enum Verdict {
    /// A non-2xx answer, as received.
    Failure(StatusCode, HeaderMap, Bytes),
    /// The call's deadline passed while it waited to be paced.
    Timeout,
    /// The answer was larger than the limit.
    TooLarge(StatusCode, u64),
}

/// A whole answer, read within the size cap.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    version: http::Version,
    /// The URL that answered, handed on so that `reqwest` need not parse a stand-in.
    url: Option<reqwest::Url>,
    body: Bytes,
}

impl Answer {
    fn into_response(self) -> reqwest::Response {
        use reqwest::ResponseBuilderExt;
        let Answer { status, headers, version, url, body } = self;
        // The builder is the one way to hand `reqwest` the URL; it fails only on a part given untyped, and the
        // URL is typed already.
        let head = match url {
            Some(url) => http::Response::builder().url(url).body(()).unwrap_or_default(),
            None => http::Response::default(),
        };
        let mut response = head.map(|()| body);
        *response.status_mut() = status;
        *response.version_mut() = version;
        *response.headers_mut() = headers;
        reqwest::Response::from(response)
    }

    /// A stand-in handed to the generated code when the transport's [`Verdict`] decides the error.
    fn placeholder() -> reqwest::Response {
        Answer {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            headers: HeaderMap::new(),
            version: http::Version::HTTP_11,
            url: None,
            body: Bytes::from_static(b"{}"),
        }
        .into_response()
    }
}

/// What another attempt needs, copied before a request is sent (sending consumes it): its method, URL,
/// headers, version and body. `reqwest::Request::try_clone` would also create and copy the request's extension
/// maps, which hold nothing the SDK sets before this copy.
struct Spare {
    method: Method,
    url: reqwest::Url,
    headers: HeaderMap,
    version: http::Version,
    body: Option<Bytes>,
}

impl Spare {
    /// `None` when the body is a stream, which cannot be sent twice: then there is no retry. The SDK's bodies
    /// are always in memory.
    fn of(request: &reqwest::Request) -> Option<Spare> {
        let body = match request.body() {
            Some(body) => Some(Bytes::copy_from_slice(body.as_bytes()?)),
            None => None,
        };
        Some(Spare {
            method: request.method().clone(),
            url: request.url().clone(),
            headers: request.headers().clone(),
            version: request.version(),
            body,
        })
    }

    fn into_request(self) -> reqwest::Request {
        let mut request = reqwest::Request::new(self.method, self.url);
        *request.headers_mut() = self.headers;
        *request.version_mut() = self.version;
        *request.body_mut() = self.body.map(reqwest::Body::from);
        request
    }
}

/// How one attempt ended.
// Every call ends with an `Answer`: boxing it would cost each call an allocation to save stack space.
#[allow(clippy::large_enum_variant)]
enum Outcome {
    Answer(Answer),
    TooLarge(StatusCode),
    Failed(reqwest::Error),
}

/// Why an attempt is worth repeating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RetryReason {
    /// The connection could not be established: the request never reached the server.
    NotSent,
    /// 429: the server refused the request without processing it.
    RateLimited,
    /// A timeout, a dropped connection or a 5xx: the server may have processed the request.
    MaybeProcessed,
}

impl RetryReason {
    fn as_str(self) -> &'static str {
        match self {
            RetryReason::NotSent => "connection failed before sending",
            RetryReason::RateLimited => "rate limited (429)",
            RetryReason::MaybeProcessed => "timeout, dropped connection or server error",
        }
    }
}

impl CallContext {
    /// The context of the [`raw`](crate::raw) client: answers keep their headers.
    pub(crate) fn new(shared: Arc<ClientState>, options: Option<Arc<RequestOptions>>) -> Self {
        let settings = shared.settings.with(options.as_deref());
        CallContext { shared, options, settings, keep_headers: true, observed: Mutex::default() }
    }

    /// The context of one of the SDK's own calls, whose answers' headers nobody reads.
    pub(crate) fn for_call(shared: Arc<ClientState>, options: Option<Arc<RequestOptions>>) -> Self {
        CallContext { keep_headers: false, ..CallContext::new(shared, options) }
    }

    fn observe(&self, update: impl FnOnce(&mut Observed)) {
        update(&mut self.observed.lock().unwrap_or_else(PoisonError::into_inner));
    }

    /// Turns what the generated method returned into the SDK's result.
    pub(crate) fn finish<T>(
        &self,
        result: std::result::Result<ResponseValue<T>, progenitor_client::Error<crate::types::ErrorBody>>,
    ) -> Result<T> {
        let error = match result {
            Ok(value) => return Ok(value.into_inner()),
            Err(error) => error,
        };
        let observed = std::mem::take(&mut *self.observed.lock().unwrap_or_else(PoisonError::into_inner));
        let mapped = match (observed.verdict, error) {
            // A non-2xx answer: read from what exec saw, so the status and raw body survive whatever the
            // generated code managed to decode (an HTML error page fails the `Error` schema).
            (Some(Verdict::Failure(status, headers, body)), _) => {
                Error::new(ErrorKind::Api(ApiError::from_parts(status, &headers, body)))
            }
            (Some(Verdict::Timeout), _) => Error::new(ErrorKind::Timeout),
            (Some(Verdict::TooLarge(status, limit)), _) => Error::new(ErrorKind::ResponseTooLarge { status, limit }),
            (None, progenitor_client::Error::InvalidRequest(message)) => Error::invalid_input(message),
            // The decoder's own error is not kept as the source: its text quotes values of the body, which
            // may be secrets; the redacted message says the same (with line and column).
            (None, progenitor_client::Error::InvalidResponsePayload(body, source)) => Error::new(ErrorKind::Decode {
                status: observed.status,
                message: redact(&source.to_string()),
                excerpt: excerpt(&body),
            }),
            (None, progenitor_client::Error::CommunicationError(e))
            | (None, progenitor_client::Error::ResponseBodyError(e))
            | (None, progenitor_client::Error::InvalidUpgrade(e)) => from_reqwest(e),
            (None, progenitor_client::Error::ErrorResponse(value)) => {
                let body = serde_json::to_vec(value.as_ref()).map(Bytes::from).unwrap_or_default();
                Error::new(ErrorKind::Api(ApiError::from_parts(value.status(), value.headers(), body)))
            }
            (None, progenitor_client::Error::UnexpectedResponse(response)) => Error::new(ErrorKind::Decode {
                status: Some(response.status()),
                message: "the API answered with a status the spec does not describe".to_owned(),
                excerpt: String::new(),
            }),
            (None, progenitor_client::Error::Custom(message)) => Error::new(ErrorKind::Connection { message }),
        };
        Err(mapped
            .with_operation(observed.operation)
            .with_attempts(observed.attempts)
            .with_request_id(observed.request_id))
    }

    /// Runs the attempts of one call inside one span, all within the call's deadline.
    async fn exec(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        // OpenTelemetry's HTTP client conventions (src/telemetry.rs): the route template, never the raw path.
        let template = crate::telemetry::route_template(info.operation_id).unwrap_or("unknown");
        let span = tracing::debug_span!(
            "pocketsflow.request",
            otel.name = %format_args!("{} {template}", request.method()),
            otel.kind = "client",
            http.request.method = %request.method(),
            url.template = template,
            server.address = request.url().host_str().unwrap_or_default(),
            server.port = request.url().port_or_known_default().unwrap_or_default(),
            pocketsflow.operation = info.operation_id,
            http.response.status_code = tracing::field::Empty,
            http.request.resend_count = tracing::field::Empty,
            error.type = tracing::field::Empty,
            pocketsflow.request_id = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let settings = self.settings;
        let deadline = started + settings.timeout;
        let policy = settings.retry;
        let idempotent = matches!(*request.method(), Method::GET | Method::PUT | Method::DELETE | Method::HEAD);
        let mut request = request;
        let mut attempt = 0u32;
        // A first attempt that did not wait needs no timeout of its own when the client applies the call's.
        let mut needs_timeout =
            settings.attempt_timeout.is_some() || self.shared.client_timeout != Some(settings.timeout);
        // `None` when the deadline passed before an attempt could be made.
        let attempts = async {
            loop {
                if let Some(pacer) = &self.shared.pacer {
                    let left = deadline.saturating_duration_since(Instant::now());
                    match pacer.acquire(left).await {
                        Some(waited) if !waited.is_zero() => {
                            needs_timeout = true;
                            tracing::debug!(
                                waited_ms = waited.as_millis() as u64,
                                "paced by the client-side rate limit"
                            )
                        }
                        Some(_) => {}
                        None => return None,
                    }
                }
                attempt += 1;
                // A copy for the next attempt, only while one is possible. Bodies here are in memory, so a
                // clone always succeeds; without one, there is no retry.
                let spare = if attempt <= policy.max_retries { Spare::of(&request) } else { None };
                if needs_timeout || attempt > 1 {
                    let left = deadline.saturating_duration_since(Instant::now());
                    *request.timeout_mut() = Some(settings.attempt_timeout.map_or(left, |limit| limit.min(left)));
                }
                let outcome = attempt_once(client, request, settings.max_response_bytes).await;
                let Some(reason) = retry_reason(&outcome, idempotent, policy.retry_non_idempotent) else {
                    return Some(outcome);
                };
                let Some(spare) = spare else { return Some(outcome) };
                let retry_after = match &outcome {
                    Outcome::Answer(answer) => answer
                        .headers
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(parse_retry_after),
                    _ => None,
                };
                let delay = policy.delay(attempt, retry_after);
                let status = match &outcome {
                    Outcome::Answer(answer) => Some(answer.status.as_u16()),
                    _ => None,
                };
                if delay >= deadline.saturating_duration_since(Instant::now()) {
                    tracing::debug!(
                        attempt,
                        status,
                        delay_ms = delay.as_millis() as u64,
                        "not retrying: the wait would pass the call's deadline"
                    );
                    return Some(outcome);
                }
                tracing::debug!(
                    attempt,
                    reason = reason.as_str(),
                    status,
                    delay_ms = delay.as_millis() as u64,
                    "retrying pocketsflow request"
                );
                tokio::time::sleep(delay).await;
                request = spare.into_request();
            }
        };
        // A span no subscriber wants is not entered at every poll.
        let outcome = if span.is_disabled() { attempts.await } else { attempts.instrument(span.clone()).await };
        span.record("http.request.resend_count", attempt.saturating_sub(1));
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        let mut request_id = None;
        let (verdict, status, result) = match outcome {
            None => (Some(Verdict::Timeout), None, Ok(Answer::placeholder())),
            Some(Outcome::Failed(error)) => (None, None, Err(error)),
            Some(Outcome::TooLarge(status)) => {
                (Some(Verdict::TooLarge(status, settings.max_response_bytes)), Some(status), Ok(Answer::placeholder()))
            }
            Some(Outcome::Answer(mut answer)) => {
                let status = answer.status;
                request_id = crate::telemetry::request_id(&answer.headers);
                // An error answer is kept for the error (the body is shared, not copied). The generated code
                // gets the headers only when its caller reads them.
                let taken = (!self.keep_headers).then(|| std::mem::take(&mut answer.headers));
                let verdict = (!status.is_success()).then(|| {
                    Verdict::Failure(status, taken.unwrap_or_else(|| answer.headers.clone()), answer.body.clone())
                });
                (verdict, Some(status), Ok(answer.into_response()))
            }
        };
        if let Some(id) = &request_id {
            span.record("pocketsflow.request_id", id.as_str());
        }
        match (&result, status) {
            (Ok(_), Some(status)) => {
                span.record("http.response.status_code", status.as_u16());
                if !status.is_success() {
                    span.record("error.type", status.as_str());
                }
                if let Some(Verdict::TooLarge(..)) = verdict {
                    span.record("error.type", "response_too_large");
                }
                tracing::debug!(parent: &span, status = status.as_u16(), attempts = attempt, "pocketsflow response");
            }
            (Ok(_), None) => {
                span.record("error.type", "timeout");
                tracing::debug!(parent: &span, attempts = attempt, "pocketsflow request timed out")
            }
            (Err(error), _) => {
                span.record("error.type", if error.is_timeout() { "timeout" } else { "connection" });
                // Formatted only when a subscriber wants the event.
                tracing::debug!(
                    parent: &span,
                    error = %crate::redact::redact(&crate::error::describe(error)),
                    attempts = attempt,
                    "pocketsflow request failed"
                )
            }
        }
        self.observe(|o| {
            o.operation = Some(info.operation_id);
            o.attempts = attempt;
            o.status = status;
            o.verdict = verdict;
            o.request_id = request_id;
        });
        result
    }
}

/// One attempt: send, then read the whole body within `limit` bytes.
async fn attempt_once(client: &reqwest::Client, request: reqwest::Request, limit: u64) -> Outcome {
    let mut response = match client.execute(request).await {
        Ok(response) => response,
        Err(error) => return Outcome::Failed(error),
    };
    let status = response.status();
    if response.content_length().is_some_and(|declared| declared > limit) {
        return Outcome::TooLarge(status);
    }
    let headers = std::mem::take(response.headers_mut());
    let version = response.version();
    let url = Some(response.url().clone());
    // Read the whole body here, once, chunk by chunk so that nothing beyond the limit is ever held: an error
    // body is kept for the error, a body cut mid-way is a failed attempt (retryable for idempotent calls),
    // and an empty 2xx body (valid for this API) is presented as `{}`, as the Node SDK does.
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let declared = response.content_length().and_then(|d| usize::try_from(d).ok());
    let mut first: Option<Bytes> = None;
    let mut rest: Vec<u8> = Vec::new();
    loop {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(error) => return Outcome::Failed(error),
        };
        let held = first.as_ref().map_or(0, Bytes::len) + rest.len();
        let needed = held.saturating_add(chunk.len());
        if needed > limit {
            return Outcome::TooLarge(status);
        }
        match &first {
            // The common case, a body in one chunk, is kept without a copy.
            None => first = Some(chunk),
            Some(head) => {
                if rest.capacity() < needed {
                    // Exact growth, never past the limit: the declared length at once, else doubling.
                    let target = declared.unwrap_or(0).max(rest.capacity().saturating_mul(2)).max(needed).min(limit);
                    rest.reserve_exact(target - rest.len());
                }
                if rest.is_empty() {
                    rest.extend_from_slice(head);
                }
                rest.extend_from_slice(&chunk);
            }
        }
    }
    let body = if rest.is_empty() { first.unwrap_or_default() } else { Bytes::from(rest) };
    let body =
        if status.is_success() && body.iter().all(u8::is_ascii_whitespace) { Bytes::from_static(b"{}") } else { body };
    Outcome::Answer(Answer { status, headers, version, url, body })
}

/// Whether an attempt's outcome may be retried, and why. The heart of the retry safety rules.
fn retry_reason(outcome: &Outcome, idempotent: bool, retry_non_idempotent: bool) -> Option<RetryReason> {
    let maybe_processed = (idempotent || retry_non_idempotent).then_some(RetryReason::MaybeProcessed);
    match outcome {
        Outcome::Answer(answer) => match answer.status.as_u16() {
            429 => Some(RetryReason::RateLimited),
            500 | 502 | 503 | 504 => maybe_processed,
            _ => None,
        },
        // An oversized answer would be as large the next time.
        Outcome::TooLarge(_) => None,
        // Connect errors (refused, DNS, TLS handshake, connect timeout) happen before the request is written.
        Outcome::Failed(e) if e.is_connect() => Some(RetryReason::NotSent),
        Outcome::Failed(_) => maybe_processed,
    }
}

impl ClientHooks<CallContext> for crate::raw::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> std::result::Result<(), progenitor_client::Error<E>> {
        let context = self.inner();
        let headers = request.headers_mut();
        for (name, value) in &context.shared.headers {
            headers.insert(name, value.clone());
        }
        if let Some(options) = &context.options {
            for (name, value) in &options.headers {
                headers.insert(name, value.clone());
            }
        }
        Ok(())
    }

    async fn exec(&self, request: reqwest::Request, info: &OperationInfo) -> reqwest::Result<reqwest::Response> {
        self.inner().exec(self.client(), request, info).await
    }
}
