//! An embedded, stateful fake of the Pocketsflow API, for offline work and integration tests
//! (feature `mock`).
//!
//! It serves all 41 operations on 127.0.0.1 from an in-memory store, with the API's authentication,
//! validation, 404s, pagination and filters; checkout sessions that turn into orders, customers and
//! subscriptions; refunds; signed webhook deliveries; and faults on demand (latency, error statuses,
//! dropped connections, a rate limit). Each instance has its own state, so parallel tests never meet.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use pocketsflow::mock::MockServer;
//! use pocketsflow::types::{CreateCheckoutParams, CreateProductParams, CreateRefundParams};
//!
//! let server = MockServer::start().await;
//! let pf = server.client();
//! let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(20.0)).await?;
//! let session = pf.checkout().create(
//!     CreateCheckoutParams::builder()
//!         .product_id(product.id.clone())
//!         .success_url("https://shop.example/ok")
//!         .cancel_url("https://shop.example/cancel"),
//! ).await?;
//! let order = server.complete_checkout(&session.id, "buyer@example.com")?;
//! let refund = pf.refunds().create(CreateRefundParams::builder().order_id(order.id.clone())).await?;
//! assert_eq!(refund.amount, 20.0);
//! assert!(pf.orders().get(&order.id).await?.is_refunded);
//! # Ok(()) }
//! ```
//!
//! The same server runs standalone for curl or the Node SDK:
//! `cargo run --features mock --bin pocketsflow-mock -- --port 12111 --seed demo`.

mod routes;
mod seed;
mod store;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::pacing::TokenBucket;

pub use store::Delivery;

use crate::types::Order;
use crate::Pocketsflow;

/// The test-mode API key every fake server accepts (any `pk_test_...` or `pk_live_...` key works).
pub const TEST_API_KEY: &str = "pk_test_mock_0123456789abcdef";

/// What a new server starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Seed {
    /// Nothing but the account.
    #[default]
    Empty,
    /// Deterministic demo data: products, subscription offers, 260 orders, customers, reviews, discounts,
    /// upsells and subscriptions, all in test mode.
    Demo,
}

/// Settings of [`MockServer::start_with`].
#[derive(Debug, Clone, Copy, Default)]
pub struct MockOptions {
    /// Initial data.
    pub seed: Seed,
    /// Port on 127.0.0.1; 0 (the default) picks a free one.
    pub port: u16,
}

/// Why a server-side helper failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockError(pub String);

impl std::fmt::Display for MockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MockError {}

/// A running fake server. Dropping it stops it.
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

pub(crate) struct Shared {
    pub(crate) store: Mutex<store::Store>,
    pub(crate) faults: Mutex<FaultState>,
    pub(crate) base_url: String,
    pub(crate) http: reqwest::Client,
    pub(crate) requests: Mutex<RequestLog>,
}

impl Shared {
    pub(crate) fn store(&self) -> std::sync::MutexGuard<'_, store::Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Requests seen: exact counts per route, and a bounded window of the latest, so that a server under load
/// for hours keeps a constant footprint.
#[derive(Default)]
pub(crate) struct RequestLog {
    counts: std::collections::HashMap<(String, String), usize>,
    recent: VecDeque<RecordedRequest>,
}

impl RequestLog {
    const RECENT: usize = 10_000;

    pub(crate) fn record(&mut self, method: &str, path: &str) {
        *self.counts.entry((method.to_owned(), path.to_owned())).or_default() += 1;
        if self.recent.len() == Self::RECENT {
            self.recent.pop_front();
        }
        self.recent.push_back(RecordedRequest { method: method.to_owned(), path: path.to_owned() });
    }
}

/// A request the server received (before faults were applied).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// HTTP method.
    pub method: String,
    /// Path, without the query string.
    pub path: String,
}

impl MockServer {
    /// Starts an empty server on a free port of 127.0.0.1.
    ///
    /// # Panics
    /// When no port on 127.0.0.1 can be bound, which leaves a test nothing to run against.
    pub async fn start() -> MockServer {
        Self::start_with(MockOptions::default()).await.expect("bind a port on 127.0.0.1")
    }

    /// Starts a server with the given seed and port.
    pub async fn start_with(options: MockOptions) -> std::io::Result<MockServer> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", options.port)).await?;
        let addr = listener.local_addr()?;
        let base_url = format!("http://{addr}");
        let mut store = store::Store::new();
        if options.seed == Seed::Demo {
            seed::demo(&mut store);
        }
        let shared = Arc::new(Shared {
            store: Mutex::new(store),
            faults: Mutex::new(FaultState::default()),
            base_url,
            http: reqwest::Client::builder().timeout(Duration::from_secs(5)).build().map_err(std::io::Error::other)?,
            requests: Mutex::new(RequestLog::default()),
        });
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let app = routes::router(shared.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(MockServer { addr, shared, shutdown: Some(tx) })
    }

    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> &str {
        &self.shared.base_url
    }

    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A test-mode key the server accepts.
    pub fn api_key(&self) -> &'static str {
        TEST_API_KEY
    }

    /// A client of this server, with the test key.
    pub fn client(&self) -> Pocketsflow {
        Pocketsflow::builder().api_key(TEST_API_KEY).base_url(self.url()).build().expect("a valid mock configuration")
    }

    /// Completes a checkout session as the buyer `email` would: creates the order, the customer (or updates
    /// it), a subscription for a subscription offer, applies the discount, and sends the webhooks.
    /// The same happens on `POST <session url>` with `{"email": "..."}`.
    pub fn complete_checkout(&self, session_id: &str, email: &str) -> Result<Order, MockError> {
        routes::complete_checkout(&self.shared, session_id, Some(email)).map_err(|e| MockError(e.message))
    }

    /// Adds a review from a buyer (the API has no endpoint for it) and sends `review.created`.
    pub fn add_review(
        &self,
        product_id: &str,
        email: &str,
        rating: f64,
        text: &str,
    ) -> Result<crate::types::Review, MockError> {
        routes::add_review(&self.shared, product_id, email, rating, text).map_err(|e| MockError(e.message))
    }

    /// Webhook deliveries attempted so far, in order of completion.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.store().deliveries.clone()
    }

    /// Waits until at least `count` deliveries completed, or `timeout` passed; returns them.
    pub async fn wait_for_deliveries(&self, count: usize, timeout: Duration) -> Vec<Delivery> {
        let deadline = Instant::now() + timeout;
        loop {
            let deliveries = self.deliveries();
            if deliveries.len() >= count || Instant::now() >= deadline {
                return deliveries;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// The most recent requests received (up to 10,000), oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.requests.lock().unwrap_or_else(PoisonError::into_inner).recent.iter().cloned().collect()
    }

    /// How many requests with this method and path were received, since the start.
    pub fn request_count(&self, method: &str, path: &str) -> usize {
        let log = self.shared.requests.lock().unwrap_or_else(PoisonError::into_inner);
        log.counts.get(&(method.to_ascii_uppercase(), path.to_owned())).copied().unwrap_or(0)
    }

    /// The fault knobs of this server.
    pub fn faults(&self) -> Faults<'_> {
        Faults { shared: &self.shared }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer").field("url", &self.shared.base_url).finish_non_exhaustive()
    }
}

/// Faults on demand: the testbed for retries and timeouts.
#[derive(Clone, Copy)]
pub struct Faults<'a> {
    shared: &'a Shared,
}

#[derive(Default)]
pub(crate) struct FaultState {
    pub(crate) latency: Duration,
    pub(crate) fail_next: VecDeque<(u16, Option<u64>)>,
    pub(crate) drop_next: u32,
    pub(crate) reset_next: u32,
    pub(crate) bucket: Option<TokenBucket>,
}

/// What the fault layer decided for one request.
pub(crate) enum Fault {
    None,
    Status(u16, Option<u64>),
    Drop,
    Reset,
}

impl FaultState {
    pub(crate) fn next(&mut self) -> Fault {
        if let Some(bucket) = &mut self.bucket {
            if let Err(wait) = bucket.take() {
                return Fault::Status(429, Some(wait.as_secs().max(1)));
            }
        }
        if self.drop_next > 0 {
            self.drop_next -= 1;
            return Fault::Drop;
        }
        if self.reset_next > 0 {
            self.reset_next -= 1;
            return Fault::Reset;
        }
        match self.fail_next.pop_front() {
            Some((status, retry_after)) => Fault::Status(status, retry_after),
            None => Fault::None,
        }
    }
}

impl Faults<'_> {
    fn with(&self, f: impl FnOnce(&mut FaultState)) {
        f(&mut self.shared.faults.lock().unwrap_or_else(PoisonError::into_inner));
    }

    /// Adds `latency` before every answer.
    pub fn latency(&self, latency: Duration) {
        self.with(|s| s.latency = latency);
    }

    /// Answers the next `count` requests with `status` (and `Retry-After: 1` for 429 and 503).
    pub fn fail_next(&self, count: usize, status: u16) {
        let retry_after = matches!(status, 429 | 503).then_some(1);
        self.with(|s| s.fail_next.extend(std::iter::repeat_n((status, retry_after), count)));
    }

    /// Answers the next `count` requests with `status` and the given `Retry-After` (or none).
    pub fn fail_next_with_retry_after(&self, count: usize, status: u16, retry_after: Option<u64>) {
        self.with(|s| s.fail_next.extend(std::iter::repeat_n((status, retry_after), count)));
    }

    /// Drops the connection of the next `count` requests before any answer: the client sees the connection
    /// closed (the request did reach the server).
    pub fn drop_next(&self, count: u32) {
        self.with(|s| s.drop_next += count);
    }

    /// Answers the next `count` requests with `200` and the start of a JSON body, then cuts the connection.
    pub fn reset_next(&self, count: u32) {
        self.with(|s| s.reset_next += count);
    }

    /// Limits requests as the API does: `per_minute` sustained, bursts up to `burst`; beyond it, 429.
    pub fn rate_limit(&self, per_minute: u32, burst: u32) {
        self.with(|s| s.bucket = Some(TokenBucket::new(crate::pacing::RateLimit { per_minute, burst })));
    }

    /// Removes every fault.
    pub fn clear(&self) {
        self.with(|s| *s = FaultState::default());
    }
}
