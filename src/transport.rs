//! The transport seam: progenitor's `ClientHooks`, implemented once for the generated client.
//!
//! Every one of the 41 operations goes through [`ClientHooks::pre`] and [`ClientHooks::exec`] here, and only
//! here. `pre` adds what a caller-supplied `reqwest::Client` lacks and the per-request options; `exec` runs
//! the attempts: pacing, the retry policy (see [`RetryPolicy`]), one tracing span per call, and the
//! observation of each answer so that errors can be mapped faithfully (status and raw body of an error
//! answer, even an HTML page the spec does not describe). Nothing in this module knows about individual
//! operations.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo, ResponseValue};
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use tracing::Instrument;

use crate::error::{excerpt, from_reqwest, ApiError, Error, ErrorKind, Result};
use crate::options::RequestOptions;
use crate::pacing::{parse_retry_after, Pacer, RetryPolicy};

/// Settings every request of one [`Pocketsflow`](crate::Pocketsflow) shares.
#[derive(Default)]
pub(crate) struct Shared {
    /// Headers added to each request: empty when the SDK built the `reqwest::Client` (it carries them as
    /// default headers); the API key and User-Agent when the caller handed in a client of their own.
    pub(crate) request_headers: HeaderMap,
    /// A per-request timeout, set when the caller's own `reqwest::Client` cannot carry ours.
    pub(crate) request_timeout: Option<Duration>,
    /// The client's retry policy.
    pub(crate) retry: RetryPolicy,
    /// Client-side pacing, when enabled.
    pub(crate) pacer: Option<Pacer>,
}

/// The `inner` value of the generated [`raw::Client`](crate::raw::Client): what one call shares with the hooks.
///
/// A fresh context is made for every call, so observations never leak between concurrent calls.
/// `CallContext::default()` gives the plain behaviour, for those who build a `raw::Client` themselves.
#[derive(Clone, Default)]
pub struct CallContext {
    shared: Arc<Shared>,
    options: Option<Arc<RequestOptions>>,
    observed: Arc<Mutex<Observed>>,
}

impl std::fmt::Debug for CallContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The request headers may hold the API key: never print them.
        f.debug_struct("CallContext").finish_non_exhaustive()
    }
}

/// What the hooks saw of the last attempt.
#[derive(Default)]
struct Observed {
    operation: Option<&'static str>,
    attempts: u32,
    status: Option<StatusCode>,
    failure: Option<(StatusCode, HeaderMap, Bytes)>,
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
    pub(crate) fn new(shared: Arc<Shared>, options: Option<Arc<RequestOptions>>) -> Self {
        CallContext { shared, options, observed: Arc::default() }
    }

    fn observe(&self, update: impl FnOnce(&mut Observed)) {
        update(&mut self.observed.lock().unwrap_or_else(PoisonError::into_inner));
    }

    fn retry_policy(&self) -> RetryPolicy {
        self.options.as_ref().and_then(|o| o.retry).unwrap_or(self.shared.retry)
    }

    /// Turns what the generated method returned into the SDK's result.
    pub(crate) fn finish<T>(
        &self,
        result: std::result::Result<ResponseValue<T>, progenitor_client::Error<crate::types::Error>>,
    ) -> Result<T> {
        let error = match result {
            Ok(value) => return Ok(value.into_inner()),
            Err(error) => error,
        };
        let observed = std::mem::take(&mut *self.observed.lock().unwrap_or_else(PoisonError::into_inner));
        let mapped = match (observed.failure, error) {
            // A non-2xx answer: read from what exec saw, so the status and raw body survive whatever the
            // generated code managed to decode (an HTML error page fails the `Error` schema).
            (Some((status, headers, body)), _) => {
                Error::new(ErrorKind::Api(ApiError::from_parts(status, &headers, body)))
            }
            (None, progenitor_client::Error::InvalidRequest(message)) => Error::invalid_input(message),
            (None, progenitor_client::Error::InvalidResponsePayload(body, source)) => Error::new(ErrorKind::Decode {
                status: observed.status,
                message: source.to_string(),
                excerpt: excerpt(&body),
            })
            .with_source(source),
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
        Err(mapped.with_operation(observed.operation).with_attempts(observed.attempts))
    }

    /// Runs the attempts of one call inside one span.
    async fn exec(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        self.observe(|o| o.operation = Some(info.operation_id));
        let span = tracing::debug_span!(
            "pocketsflow.request",
            operation = info.operation_id,
            method = %request.method(),
            path = request.url().path(),
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let policy = self.retry_policy();
        let idempotent = matches!(*request.method(), Method::GET | Method::PUT | Method::DELETE | Method::HEAD);
        let mut pending = Some(request);
        let mut attempt = 0u32;
        let result = async {
            loop {
                attempt += 1;
                let original = pending.take().expect("a request is pending at each attempt");
                // A copy for the next attempt, only while one is possible. Bodies here are in memory, so a
                // clone always succeeds; without one, there is no retry.
                let spare = if attempt <= policy.max_retries { original.try_clone() } else { None };
                if let Some(pacer) = &self.shared.pacer {
                    let waited = pacer.acquire().await;
                    if !waited.is_zero() {
                        tracing::debug!(waited_ms = waited.as_millis() as u64, "paced by the client-side rate limit");
                    }
                }
                let outcome = self.attempt(client, original).await;
                let reason = retry_reason(&outcome, idempotent, policy.retry_non_idempotent);
                match (reason, spare) {
                    (Some(reason), Some(spare)) if attempt <= policy.max_retries => {
                        let retry_after = match &outcome {
                            Ok(response) => response
                                .headers()
                                .get(reqwest::header::RETRY_AFTER)
                                .and_then(|v| v.to_str().ok())
                                .and_then(parse_retry_after),
                            Err(_) => None,
                        };
                        let delay = policy.delay(attempt, retry_after);
                        tracing::debug!(
                            attempt,
                            reason = reason.as_str(),
                            status = outcome.as_ref().ok().map(|r| r.status().as_u16()),
                            delay_ms = delay.as_millis() as u64,
                            "retrying pocketsflow request"
                        );
                        tokio::time::sleep(delay).await;
                        pending = Some(spare);
                    }
                    _ => return outcome,
                }
            }
        }
        .instrument(span.clone())
        .await;
        self.observe(|o| o.attempts = attempt);
        span.record("attempts", attempt);
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        match &result {
            Ok(response) => {
                span.record("status", response.status().as_u16());
                tracing::debug!(parent: &span, status = response.status().as_u16(), attempts = attempt, "pocketsflow response");
            }
            Err(error) => {
                tracing::debug!(parent: &span, error = %error, attempts = attempt, "pocketsflow request failed")
            }
        }
        result
    }

    /// One attempt: send, read the whole body, observe.
    async fn attempt(&self, client: &reqwest::Client, request: reqwest::Request) -> reqwest::Result<reqwest::Response> {
        let mut response = client.execute(request).await?;
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let version = response.version();
        // Read the whole body here, once: an error body is kept for the error, a body cut mid-way is a
        // failed attempt (retryable for idempotent calls), and an empty 2xx body (valid for this API) is
        // presented as `{}`, as the Node SDK does.
        let body = response.bytes().await?;
        let body = if status.is_success() && body.iter().all(u8::is_ascii_whitespace) {
            Bytes::from_static(b"{}")
        } else {
            body
        };
        self.observe(|o| {
            o.status = Some(status);
            // Copies (cheap: `Bytes` is shared) only for an error answer.
            o.failure = (!status.is_success()).then(|| (status, headers.clone(), body.clone()));
        });
        let mut rebuilt = http::Response::new(body);
        *rebuilt.status_mut() = status;
        *rebuilt.headers_mut() = headers;
        *rebuilt.version_mut() = version;
        Ok(reqwest::Response::from(rebuilt))
    }
}

/// Whether an attempt's outcome may be retried, and why. The heart of the retry safety rules.
fn retry_reason(
    outcome: &reqwest::Result<reqwest::Response>,
    idempotent: bool,
    retry_non_idempotent: bool,
) -> Option<RetryReason> {
    let maybe_processed = (idempotent || retry_non_idempotent).then_some(RetryReason::MaybeProcessed);
    match outcome {
        Ok(response) => match response.status().as_u16() {
            429 => Some(RetryReason::RateLimited),
            500 | 502 | 503 | 504 => maybe_processed,
            _ => None,
        },
        // Connect errors (refused, DNS, TLS handshake, connect timeout) happen before the request is written.
        Err(e) if e.is_connect() => Some(RetryReason::NotSent),
        Err(_) => maybe_processed,
    }
}

impl ClientHooks<CallContext> for crate::raw::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> std::result::Result<(), progenitor_client::Error<E>> {
        let context = self.inner();
        for (name, value) in &context.shared.request_headers {
            request.headers_mut().insert(name, value.clone());
        }
        if let Some(timeout) = context.shared.request_timeout {
            *request.timeout_mut() = Some(timeout);
        }
        if let Some(options) = &context.options {
            for (name, value) in &options.headers {
                request.headers_mut().insert(name, value.clone());
            }
            if let Some(timeout) = options.timeout {
                *request.timeout_mut() = Some(timeout);
            }
        }
        Ok(())
    }

    async fn exec(&self, request: reqwest::Request, info: &OperationInfo) -> reqwest::Result<reqwest::Response> {
        self.inner().exec(self.client(), request, info).await
    }
}
