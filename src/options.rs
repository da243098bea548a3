//! Per-request options: a timeout, a retry policy or extra headers for some calls, without rebuilding the
//! client.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::retry::RetryPolicy;

/// Options that override the client's settings for the calls made through
/// [`Pocketsflow::with_options`](crate::Pocketsflow::with_options).
///
/// They merge field by field: what an option sets wins, everything else stays the client's (a
/// [`max_retries`](RequestOptions::max_retries) keeps the client's delays and `POST` rule), and options given
/// again on a client that already has some are merged over them the same way.
///
/// ```no_run
/// # async fn run(pf: pocketsflow::Pocketsflow) -> pocketsflow::Result<()> {
/// use std::time::Duration;
/// use pocketsflow::{retry::RetryPolicy, RequestOptions};
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
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) max_retries: Option<u32>,
    pub(crate) headers: HeaderMap,
}

impl RequestOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Timeout of the whole call, retries and their waits included.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Timeout of each attempt (within what is left of the call's timeout).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// The whole retry policy for these calls.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self.max_retries = None;
        self
    }

    /// Retries after the first attempt; the delays and the `POST` rule stay those of the client (or of
    /// [`retry`](RequestOptions::retry), when given).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = Some(max_retries);
        self
    }

    /// `other` merged over these options: each field `other` sets wins; headers are added.
    pub(crate) fn merged(&self, other: RequestOptions) -> RequestOptions {
        let mut headers = self.headers.clone();
        let mut last = None;
        for (name, value) in other.headers {
            // `None` continues the values of the previous name.
            if let Some(name) = name {
                headers.remove(&name);
                last = Some(name);
            }
            if let Some(name) = &last {
                headers.append(name.clone(), value);
            }
        }
        let (retry, max_retries) = match (other.retry, other.max_retries) {
            (Some(retry), max_retries) => (Some(retry), max_retries),
            (None, Some(max_retries)) => (self.retry, Some(max_retries)),
            (None, None) => (self.retry, self.max_retries),
        };
        RequestOptions {
            timeout: other.timeout.or(self.timeout),
            attempt_timeout: other.attempt_timeout.or(self.attempt_timeout),
            retry,
            max_retries,
            headers,
        }
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
