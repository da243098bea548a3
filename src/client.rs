//! The [`Pocketsflow`] client and its [`ClientBuilder`]: configuration, defaults, and the one place where a
//! call is handed to the generated client.

use std::sync::Arc;
use std::time::Duration;

use progenitor_client::ResponseValue;
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, USER_AGENT};

use crate::error::{Error, Result};
use crate::options::RequestOptions;
use crate::pacing::{Pacer, Pacing};
use crate::raw;
use crate::retry::RetryPolicy;
use crate::transport::{CallContext, ClientState, Settings, DEFAULT_MAX_RESPONSE_BYTES};

/// Production base URL, the default.
pub const DEFAULT_BASE_URL: &str = "https://api.pocketsflow.com";
/// Default timeout of a whole call, retries and their waits included: 30 seconds, as in the Node SDK.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The `User-Agent` the SDK sends.
pub const USER_AGENT_VALUE: &str = concat!("pocketsflow-rust/", env!("CARGO_PKG_VERSION"));
/// Environment variable read by [`Pocketsflow::from_env`] for the API key.
pub const ENV_API_KEY: &str = "POCKETSFLOW_API_KEY";
/// Environment variable read by [`Pocketsflow::from_env`] for the base URL, when set.
pub const ENV_BASE_URL: &str = "POCKETSFLOW_BASE_URL";

/// A client of the Pocketsflow API.
///
/// Cloning is cheap and shares the connection pool. Resources hang off it with the Node SDK's names:
/// `pf.products()`, `pf.orders()`, `pf.subscription_offers()`, ...
///
/// ```no_run
/// # async fn run() -> pocketsflow::Result<()> {
/// let pf = pocketsflow::Pocketsflow::new("pk_test_your_api_key")?;
/// let products = pf.products().list().await?;
/// println!("{} products", products.len());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Pocketsflow {
    inner: Arc<ClientInner>,
    options: Option<Arc<RequestOptions>>,
}

struct ClientInner {
    base_url: String,
    http: reqwest::Client,
    shared: Arc<ClientState>,
    test_mode: bool,
}

impl std::fmt::Debug for Pocketsflow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pocketsflow")
            .field("base_url", &self.inner.base_url)
            .field("settings", &self.inner.shared.settings)
            .field("options", &self.options)
            .field("api_key", &"[redacted]")
            .finish()
    }
}

impl Pocketsflow {
    /// A client with the given API key and every default (see [`ClientBuilder`]).
    ///
    /// Fails with a configuration error when the key is empty or cannot travel in an HTTP header.
    pub fn new(api_key: impl Into<String>) -> Result<Self> {
        Self::builder().api_key(api_key).build()
    }

    /// A builder to set the base URL, timeout or HTTP client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `POCKETSFLOW_API_KEY` and, when set, `POCKETSFLOW_BASE_URL`.
    pub fn from_env() -> Result<Self> {
        let api_key = std::env::var(ENV_API_KEY)
            .map_err(|_| Error::config(format!("{ENV_API_KEY} is not set (or not valid Unicode)")))?;
        let mut builder = Self::builder().api_key(api_key);
        if let Ok(base_url) = std::env::var(ENV_BASE_URL) {
            if !base_url.trim().is_empty() {
                builder = builder.base_url(base_url);
            }
        }
        builder.build()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The timeout of a whole call (retries and their waits included), per-request options applied.
    pub fn timeout(&self) -> Duration {
        self.settings().timeout
    }

    fn settings(&self) -> Settings {
        self.inner.shared.settings.with(self.options.as_deref())
    }

    /// `true` when the API key is a test-mode key (`pk_test_...`).
    pub fn is_test_mode(&self) -> bool {
        self.inner.test_mode
    }

    /// The generated client, configured like this one (auth, User-Agent, timeout): the escape hatch for
    /// anything the ergonomic layer does not cover. See [`crate::raw`].
    pub fn raw(&self) -> raw::Client {
        self.generated(CallContext::new(self.inner.shared.clone(), self.options.clone()))
    }

    /// The generated client of this one, with `context` for its calls.
    fn generated(&self, context: CallContext) -> raw::Client {
        raw::Client::new_with_client(&self.inner.base_url, self.inner.http.clone(), context)
    }

    /// A client whose calls use `options` (timeout, retries, extra headers); it shares this one's connection
    /// pool, pacing and configuration. Options merge field by field over the client's settings, and over
    /// options this client already has (see [`RequestOptions`]).
    pub fn with_options(&self, options: RequestOptions) -> Pocketsflow {
        let options = match &self.options {
            Some(current) => current.merged(options),
            None => options,
        };
        Pocketsflow { inner: self.inner.clone(), options: Some(Arc::new(options)) }
    }

    /// The retry policy of this client, per-request options applied.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.settings().retry
    }

    /// Runs one generated call and maps its result. Every resource method ends here.
    pub(crate) async fn call<T>(
        &self,
        send: impl AsyncFnOnce(&raw::Client) -> std::result::Result<ResponseValue<T>, raw::Error<crate::types::ErrorBody>>,
    ) -> Result<T> {
        let raw = self.generated(CallContext::for_call(self.inner.shared.clone(), self.options.clone()));
        let result = send(&raw).await;
        raw.inner.finish(result)
    }

    /// Like [`Pocketsflow::call`], for operations on one object: rejects an id that would address another
    /// route before anything is sent (see [`check_id`]).
    pub(crate) async fn call_id<T>(
        &self,
        what: &str,
        id: &str,
        send: impl AsyncFnOnce(
            &raw::Client,
            &str,
        ) -> std::result::Result<ResponseValue<T>, raw::Error<crate::types::ErrorBody>>,
    ) -> Result<T> {
        check_id(what, id)?;
        self.call(async |raw| send(raw, id).await).await
    }
}

/// Refuses an id that would not arrive as exactly one path segment holding the id.
///
/// The generated code percent-encodes ids, but leaves characters a URL parser still acts on (`\\` is a `/`
/// in `http` URLs; `.` and `..` are dot segments). So the check asks the same URL parser reqwest uses: the
/// encoded id must stay one segment that percent-decodes back to the id. Plain ids take a fast path.
pub(crate) fn check_id(what: &str, id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::invalid_input(format!("{what} must not be empty")));
    }
    if id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        return Ok(());
    }
    let encoded = progenitor_client::encode_path(id);
    let stays = reqwest::Url::parse(&format!("http://id.invalid/p/{encoded}")).ok().is_some_and(|url| {
        let mut segments = url.path_segments().into_iter().flatten();
        segments.next() == Some("p")
            && segments.next().is_some_and(|segment| {
                percent_encoding::percent_decode_str(segment).decode_utf8().ok().as_deref() == Some(id)
            })
            && segments.next().is_none()
    });
    if stays {
        Ok(())
    } else {
        Err(Error::invalid_input(format!("{what} {id:?} cannot be sent as one path segment")))
    }
}

/// Configures a [`Pocketsflow`] client.
///
/// | setting | default |
/// |---|---|
/// | [`api_key`](ClientBuilder::api_key) | required |
/// | [`base_url`](ClientBuilder::base_url) | `https://api.pocketsflow.com` |
/// | [`timeout`](ClientBuilder::timeout) | 30 s, the whole call: every attempt, backoff and `Retry-After` wait |
/// | [`attempt_timeout`](ClientBuilder::attempt_timeout) | none: an attempt may use all that is left of `timeout` |
/// | [`connect_timeout`](ClientBuilder::connect_timeout) | 10 s |
/// | [`max_response_bytes`](ClientBuilder::max_response_bytes) | 16 MiB ([`DEFAULT_MAX_RESPONSE_BYTES`](crate::transport::DEFAULT_MAX_RESPONSE_BYTES)) |
/// | [`user_agent`](ClientBuilder::user_agent) | `pocketsflow-rust/<version>` |
/// | [`retry`](ClientBuilder::retry) / [`max_retries`](ClientBuilder::max_retries) | 2 retries, 0.5 s base, 8 s cap, safe for `POST` ([`RetryPolicy`]) |
/// | [`rate_limit`](ClientBuilder::rate_limit) | off; [`RateLimit::DOCUMENTED`](crate::pacing::RateLimit::DOCUMENTED) paces to 100 a minute |
/// | [`http_client`](ClientBuilder::http_client) | a `reqwest::Client` built from the above, following no redirect |
///
/// ```no_run
/// use std::time::Duration;
/// # fn run() -> pocketsflow::Result<()> {
/// let pf = pocketsflow::Pocketsflow::builder()
///     .api_key("pk_live_your_api_key")
///     .base_url("https://api.pocketsflow.com")
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Default)]
pub struct ClientBuilder {
    api_key: Option<String>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    attempt_timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    max_response_bytes: Option<u64>,
    user_agent: Option<String>,
    http_client: Option<reqwest::Client>,
    retry: RetryPolicy,
    rate_limit: Option<Pacing>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("user_agent", &self.user_agent)
            .field("http_client", &self.http_client.is_some())
            .field("retry", &self.retry)
            .field("rate_limit", &self.rate_limit)
            .finish()
    }
}

impl ClientBuilder {
    /// The API key: `pk_live_...` (live mode) or `pk_test_...` (test mode). Required.
    pub fn api_key(mut self, api_key: impl Into<String>) -> Self {
        self.api_key = Some(api_key.into());
        self
    }

    /// The API's base URL, `http` or `https`, optionally with a path prefix. A trailing `/` is ignored.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// Timeout of a whole call, from the first attempt to the end of the last answer's body, retries,
    /// backoff and `Retry-After` waits included. Default 30 s. A retry whose wait would end past it is not
    /// made: the call ends at once with the error of the attempt before.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Timeout of each attempt, within what is left of [`timeout`](ClientBuilder::timeout). Default none:
    /// an attempt may take all that is left. Set it to leave time for retries after a stalled attempt.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// The largest answer the client reads, in bytes (default 16 MiB). A larger answer ends the call with
    /// [`ErrorKind::ResponseTooLarge`](crate::ErrorKind::ResponseTooLarge), having held at most this much of it.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Timeout for establishing a connection. Default 10 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Replaces the `User-Agent`, e.g. to name your application.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Uses your own `reqwest::Client` (proxies, TLS settings, a shared pool). The SDK adds the API key, the
    /// User-Agent and the timeouts to each of its requests, as it does with the client it builds;
    /// `connect_timeout` and the redirect policy are yours to set on it (the client the SDK builds follows no
    /// redirect: a 3xx answer is an [`Api`](crate::ErrorKind::Api) error). Start from
    /// [`tls::client_builder`](crate::tls::client_builder) for the SDK's TLS settings (with the lean
    /// `rustls-ring` feature, `reqwest` has no crypto provider of its own).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// The retry policy. See [`RetryPolicy`] for what is retried and when.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Retries after the first attempt (default 2); 0 turns retries off.
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.retry.max_retries = max_retries;
        self
    }

    /// Paces requests on the client side (shared by all clones), so that a bulk job never trips the API's
    /// rate limit. Off by default; [`RateLimit::DOCUMENTED`](crate::pacing::RateLimit::DOCUMENTED) is the API's published limit. A
    /// [`SharedRateLimit`](crate::pacing::SharedRateLimit) such as
    /// [`RedisRateLimit`](crate::redis::RedisRateLimit) (feature `redis`) shares it with every process that
    /// uses the same API key.
    pub fn rate_limit(mut self, limit: impl Into<Pacing>) -> Self {
        self.rate_limit = Some(limit.into());
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Pocketsflow> {
        let api_key = self.api_key.unwrap_or_default();
        let api_key = api_key.trim();
        if api_key.is_empty() {
            return Err(Error::config("an API key is required (pk_live_... or pk_test_...)"));
        }
        let mut auth = HeaderValue::from_str(&format!("Bearer {api_key}"))
            .map_err(|_| Error::config("the API key contains characters that cannot be sent in an HTTP header"))?;
        auth.set_sensitive(true);
        crate::redact::redact_key(api_key);
        let user_agent = self.user_agent.as_deref().unwrap_or(USER_AGENT_VALUE);
        let user_agent = HeaderValue::from_str(user_agent)
            .map_err(|_| Error::config("the User-Agent contains characters that cannot be sent in an HTTP header"))?;
        let base_url = normalize_base_url(self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?;
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        if timeout.is_zero() || self.attempt_timeout.is_some_and(|t| t.is_zero()) {
            return Err(Error::config("a timeout must be greater than zero"));
        }
        let max_response_bytes = self.max_response_bytes.unwrap_or(DEFAULT_MAX_RESPONSE_BYTES);
        if max_response_bytes == 0 {
            return Err(Error::config("max_response_bytes must be greater than zero"));
        }
        if self.retry.base_delay > self.retry.max_delay {
            return Err(Error::config("the retry base delay must not exceed its cap"));
        }
        if let Some(limit) = self.rate_limit.as_ref().and_then(Pacing::local) {
            if limit.per_minute == 0 || limit.burst == 0 {
                return Err(Error::config("a rate limit needs at least 1 request a minute and a burst of 1"));
            }
        }

        // The transport's `pre` hook adds the key and the User-Agent to each of the SDK's requests, whoever built
        // the `reqwest::Client`: never as its default headers, since `raw().client()` hands that client out and
        // it would then send the key to any host. A client the SDK builds applies the call's timeout itself, as
        // a bare `reqwest` user would set it up; with a client handed over, each attempt carries its own.
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, auth);
        headers.insert(USER_AGENT, user_agent);
        let (http, client_timeout) = match self.http_client {
            Some(client) => (client, None),
            None => {
                // The API never redirects: a 3xx is reported as the answer it is, so that no request (with
                // its body) goes where a server, rather than the base URL, says.
                let client = crate::tls::client_builder()?
                    .redirect(reqwest::redirect::Policy::none())
                    .connect_timeout(self.connect_timeout.unwrap_or(Duration::from_secs(10)))
                    .timeout(timeout)
                    .build()
                    .map_err(|e| {
                        Error::config(format!("cannot build the HTTP client: {}", crate::error::describe(&e)))
                    })?;
                (client, Some(timeout))
            }
        };
        let shared = ClientState {
            headers,
            settings: Settings {
                timeout,
                attempt_timeout: self.attempt_timeout,
                retry: self.retry,
                max_response_bytes,
            },
            pacer: self.rate_limit.map(Pacer::new),
            client_timeout,
        };
        Ok(Pocketsflow {
            inner: Arc::new(ClientInner {
                base_url,
                http,
                shared: Arc::new(shared),
                test_mode: api_key.starts_with("pk_test_"),
            }),
            options: None,
        })
    }
}

fn normalize_base_url(base_url: &str) -> Result<String> {
    let trimmed = base_url.trim().trim_end_matches('/');
    let url = reqwest::Url::parse(trimmed)
        .map_err(|e| Error::config(format!("the base URL {trimmed:?} does not parse: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::config(format!("the base URL {trimmed:?} must use http or https")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::config(format!("the base URL {trimmed:?} must not have a query or fragment")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::config("the base URL must not carry credentials"));
    }
    Ok(trimmed.to_owned())
}
