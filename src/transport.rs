//! The transport seam: progenitor's `ClientHooks`, implemented once for the generated client.
//!
//! Every one of the 41 operations goes through [`ClientHooks::pre`] and [`ClientHooks::exec`] here, and only
//! here: this is where the request gets the headers a caller-supplied `reqwest::Client` lacks, where each call
//! gets its tracing span, and where the answer is observed so that errors can be mapped faithfully (the status
//! and raw body of an error answer, even an HTML page the spec does not describe). Nothing in this module
//! knows about individual operations.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo, ResponseValue};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use tracing::Instrument;

use crate::error::{excerpt, from_reqwest, ApiError, Error, ErrorKind, Result};

/// Settings every request of one [`Pocketsflow`](crate::Pocketsflow) shares.
#[derive(Clone, Default)]
pub(crate) struct Shared {
    /// Headers added to each request: empty when the SDK built the `reqwest::Client` (it carries them as
    /// default headers); the API key and User-Agent when the caller handed in a client of their own.
    pub(crate) request_headers: HeaderMap,
    /// A per-request timeout, set when the caller's own `reqwest::Client` cannot carry ours.
    pub(crate) request_timeout: Option<Duration>,
}

/// The `inner` value of the generated [`raw::Client`](crate::raw::Client): what one call shares with the hooks.
///
/// A fresh context is made for every call, so observations never leak between concurrent calls.
/// `CallContext::default()` gives the plain behaviour, for those who build a `raw::Client` themselves.
#[derive(Clone, Default)]
pub struct CallContext {
    shared: Arc<Shared>,
    observed: Arc<Mutex<Observed>>,
}

impl std::fmt::Debug for CallContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The request headers may hold the API key: never print them.
        f.debug_struct("CallContext").finish_non_exhaustive()
    }
}

/// What the hooks saw of the answer.
#[derive(Default)]
struct Observed {
    operation: Option<&'static str>,
    status: Option<StatusCode>,
    failure: Option<(StatusCode, HeaderMap, Bytes)>,
}

impl CallContext {
    pub(crate) fn new(shared: Arc<Shared>) -> Self {
        CallContext { shared, observed: Arc::default() }
    }

    fn observe(&self, update: impl FnOnce(&mut Observed)) {
        update(&mut self.observed.lock().unwrap_or_else(PoisonError::into_inner));
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
        Err(mapped.with_operation(observed.operation))
    }

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
            elapsed_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = async {
            let response = client.execute(request).await?;
            let status = response.status();
            let headers = response.headers().clone();
            let version = response.version();
            // Read the whole body here, once: an error body is kept for the error, and an empty 2xx body
            // (valid for this API) is presented as `{}`, as the Node SDK does.
            let body = response.bytes().await?;
            let body = if status.is_success() && body.iter().all(u8::is_ascii_whitespace) {
                Bytes::from_static(b"{}")
            } else {
                body
            };
            self.observe(|o| {
                o.status = Some(status);
                if !status.is_success() {
                    o.failure = Some((status, headers.clone(), body.clone()));
                }
            });
            let mut rebuilt = http::Response::new(body);
            *rebuilt.status_mut() = status;
            *rebuilt.headers_mut() = headers;
            *rebuilt.version_mut() = version;
            Ok(reqwest::Response::from(rebuilt))
        }
        .instrument(span.clone())
        .await;
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        match &result {
            Ok(response) => {
                span.record("status", response.status().as_u16());
                tracing::debug!(parent: &span, status = response.status().as_u16(), "pocketsflow response");
            }
            Err(error) => {
                tracing::debug!(parent: &span, error = %error, "pocketsflow request failed")
            }
        }
        result
    }
}

impl ClientHooks<CallContext> for crate::raw::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> std::result::Result<(), progenitor_client::Error<E>> {
        let shared = &self.inner().shared;
        for (name, value) in &shared.request_headers {
            request.headers_mut().insert(name, value.clone());
        }
        if let Some(timeout) = shared.request_timeout {
            *request.timeout_mut() = Some(timeout);
        }
        Ok(())
    }

    async fn exec(&self, request: reqwest::Request, info: &OperationInfo) -> reqwest::Result<reqwest::Response> {
        self.inner().exec(self.client(), request, info).await
    }
}
