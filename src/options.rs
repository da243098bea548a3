//! Per-request options: a timeout, a retry policy or extra headers for some calls, without rebuilding the
//! client.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::pacing::RetryPolicy;

/// Options that override the client's settings for the calls made through
/// [`Pocketsflow::with_options`](crate::Pocketsflow::with_options).
///
/// ```no_run
/// # async fn run(pf: pocketsflow::Pocketsflow) -> pocketsflow::Result<()> {
/// use std::time::Duration;
/// use pocketsflow::{RequestOptions, RetryPolicy};
///
/// let patient = pf.with_options(RequestOptions::new().timeout(Duration::from_secs(120)));
/// let report = patient.orders().list(Default::default()).await?;
///
/// let once = pf.with_options(RequestOptions::new().retry(RetryPolicy::none()).header("x-request-id", "abc-123")?);
/// once.products().list().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) headers: HeaderMap,
}

impl RequestOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Total timeout of each attempt.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Retry policy for these calls.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Shorthand for a retry policy with `max_retries` retries and the client's other settings.
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.retry = Some(RetryPolicy { max_retries, ..self.retry.unwrap_or_default() });
        self
    }

    /// Adds a header to each request. `Authorization` cannot be overridden here. Fails with an
    /// invalid-input error when the name or value cannot be sent.
    pub fn header(mut self, name: &str, value: &str) -> crate::Result<Self> {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| crate::Error::invalid_input(format!("{name:?} is not a valid header name")))?;
        if name == reqwest::header::AUTHORIZATION {
            return Err(crate::Error::invalid_input("the Authorization header is set by the client's API key"));
        }
        let value = HeaderValue::from_str(value)
            .map_err(|_| crate::Error::invalid_input(format!("the value of header {name} cannot be sent")))?;
        self.headers.insert(name, value);
        Ok(self)
    }
}
