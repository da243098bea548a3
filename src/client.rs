//! The [`Pocketsflow`] client and its [`ClientBuilder`]: configuration, defaults, and the one place where a
//! call is handed to the generated client.

use std::sync::Arc;
use std::time::Duration;

use progenitor_client::ResponseValue;
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, USER_AGENT};

use crate::error::{Error, Result};
use crate::options::RequestOptions;
use crate::pacing::{Pacer, RateLimit, RetryPolicy};
use crate::raw;
use crate::transport::{CallContext, Shared};

/// Production base URL, the default.
pub const DEFAULT_BASE_URL: &str = "https://api.pocketsflow.com";
/// Default total timeout of a request: 30 seconds, as in the Node SDK.
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
    shared: Arc<Shared>,
    timeout: Duration,
    test_mode: bool,
}

impl std::fmt::Debug for Pocketsflow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pocketsflow")
            .field("base_url", &self.inner.base_url)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.shared.retry)
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

    /// The total timeout of a request.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// `true` when the API key is a test-mode key (`pk_test_...`).
    pub fn is_test_mode(&self) -> bool {
        self.inner.test_mode
    }

    /// The generated client, configured like this one (auth, User-Agent, timeout): the escape hatch for
    /// anything the ergonomic layer does not cover. See [`crate::raw`].
    pub fn raw(&self) -> raw::Client {
        raw::Client::new_with_client(
            &self.inner.base_url,
            self.inner.http.clone(),
            CallContext::new(self.inner.shared.clone(), self.options.clone()),
        )
    }

    /// A client whose calls use `options` (timeout, retries, extra headers); it shares this one's connection
    /// pool, pacing and configuration. Options given again replace the previous ones.
    pub fn with_options(&self, options: RequestOptions) -> Pocketsflow {
        Pocketsflow { inner: self.inner.clone(), options: Some(Arc::new(options)) }
    }

    /// The retry policy of this client.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.options.as_ref().and_then(|o| o.retry).unwrap_or(self.inner.shared.retry)
    }

    /// Runs one generated call and maps its result. Every resource method ends here.
    pub(crate) async fn call<T>(
        &self,
        send: impl AsyncFnOnce(&raw::Client) -> std::result::Result<ResponseValue<T>, raw::Error<crate::types::Error>>,
    ) -> Result<T> {
        let raw = self.raw();
        let result = send(&raw).await;
        raw.inner.finish(result)
    }

    /// Like [`Pocketsflow::call`], for operations on one object: rejects an id that would address another
    /// route before anything is sent. (Ids are percent-encoded by the generated code, but an empty id, `.`
    /// or `..` would still change the path.)
    pub(crate) async fn call_id<T>(
        &self,
        what: &str,
        id: &str,
        send: impl AsyncFnOnce(&raw::Client, &str) -> std::result::Result<ResponseValue<T>, raw::Error<crate::types::Error>>,
    ) -> Result<T> {
        check_id(what, id)?;
        self.call(async |raw| send(raw, id).await).await
    }
}

fn check_id(what: &str, id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::invalid_input(format!("{what} must not be empty")));
    }
    if id == "." || id == ".." {
        return Err(Error::invalid_input(format!("{what} {id:?} is not a valid id")));
    }
    Ok(())
}

/// Configures a [`Pocketsflow`] client.
///
/// | setting | default |
/// |---|---|
/// | [`api_key`](ClientBuilder::api_key) | required |
/// | [`base_url`](ClientBuilder::base_url) | `https://api.pocketsflow.com` |
/// | [`timeout`](ClientBuilder::timeout) | 30 s, the whole request |
/// | [`connect_timeout`](ClientBuilder::connect_timeout) | 10 s |
/// | [`user_agent`](ClientBuilder::user_agent) | `pocketsflow-rust/<version>` |
/// | [`retry`](ClientBuilder::retry) / [`max_retries`](ClientBuilder::max_retries) | 2 retries, 0.5 s base, 8 s cap, safe for `POST` ([`RetryPolicy`]) |
/// | [`rate_limit`](ClientBuilder::rate_limit) | off; [`RateLimit::DOCUMENTED`] paces to 100 a minute |
/// | [`http_client`](ClientBuilder::http_client) | a `reqwest::Client` built from the above |
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
    connect_timeout: Option<Duration>,
    user_agent: Option<String>,
    http_client: Option<reqwest::Client>,
    retry: RetryPolicy,
    rate_limit: Option<RateLimit>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
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

    /// Total timeout of a request, from sending to the end of the body. Default 30 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
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

    /// Uses your own `reqwest::Client` (proxies, TLS settings, a shared pool). The SDK then adds the API key,
    /// the User-Agent and the timeout to each request instead of building a client; `connect_timeout` is
    /// yours to set on it.
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
    /// rate limit. Off by default; [`RateLimit::DOCUMENTED`] is the API's published limit.
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
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
        let user_agent = self.user_agent.as_deref().unwrap_or(USER_AGENT_VALUE);
        let user_agent = HeaderValue::from_str(user_agent)
            .map_err(|_| Error::config("the User-Agent contains characters that cannot be sent in an HTTP header"))?;
        let base_url = normalize_base_url(self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?;
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        if timeout.is_zero() {
            return Err(Error::config("the timeout must be greater than zero"));
        }

        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, auth);
        headers.insert(USER_AGENT, user_agent);
        let (http, shared) = match self.http_client {
            Some(client) => {
                (client, Shared { request_headers: headers, request_timeout: Some(timeout), ..Shared::default() })
            }
            None => {
                let client = reqwest::Client::builder()
                    .default_headers(headers)
                    .timeout(timeout)
                    .connect_timeout(self.connect_timeout.unwrap_or(Duration::from_secs(10)))
                    .build()
                    .map_err(|e| Error::config(format!("cannot build the HTTP client: {e}")))?;
                (client, Shared::default())
            }
        };
        if self.retry.base_delay > self.retry.max_delay {
            return Err(Error::config("the retry base delay must not exceed its cap"));
        }
        if let Some(limit) = self.rate_limit {
            if limit.per_minute == 0 || limit.burst == 0 {
                return Err(Error::config("a rate limit needs at least 1 request a minute and a burst of 1"));
            }
        }
        let shared = Shared { retry: self.retry, pacer: self.rate_limit.map(Pacer::new), ..shared };
        Ok(Pocketsflow {
            inner: Arc::new(ClientInner {
                base_url,
                http,
                shared: Arc::new(shared),
                timeout,
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
