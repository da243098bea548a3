//! An embedded, stateful fake of the Pocketsflow API, for offline work and integration tests
//! (feature `mock`).
//!
//! It serves every operation of openapi.yaml on 127.0.0.1 from an in-memory store, with the API's authentication,
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
//! assert_eq!(refund.amount, pocketsflow::money!(20));
//! assert!(pf.orders().get(&order.id).await?.is_refunded);
//! # Ok(()) }
//! ```
//!
//! The same server runs standalone for curl or the Node SDK:
//! `cargo run --features mock --bin pocketsflow-mock -- --port 12111 --seed demo`.
//!
//! Whatever clients send, its memory stays bounded apart from the objects they create: request targets and
//! bodies have size limits, and what it remembers of requests and webhook deliveries is bounded too (see
//! [`limits`]). Every error it answers has the API's JSON error shape, `{"message": ..., "code": ...}`, also
//! for unknown routes, refused methods and bodies or URIs too large (the buyer's pages below excepted).
//!
//! # The hosted checkout, in a browser
//!
//! A session's `url`, `<server url>/checkout/<session id>`, is the buyer's page, as on Pocketsflow, so a shop's
//! whole checkout loop (redirect the buyer, the buyer pays, the buyer comes back, the webhook arrives) runs
//! offline, by hand or in browser tests:
//!
//! - **`GET`** from a browser (an `Accept` that ranks `text/html` above `application/json`) answers the
//!   checkout page: the product or subscription offer and its price, the discount code and what it takes off,
//!   the total, a test-mode badge, an email field prefilled with `customerEmail`, and Pay and Cancel buttons.
//!   A plain HTML form, no JavaScript; everything users wrote is escaped. Other clients (no `Accept`, `*/*`,
//!   JSON) get the session as JSON: `id`, `productId`, `customerEmail`, `completed`, `orderId`, `expired`,
//!   `expiresAt`.
//! - **Pay** (a form `POST` of `email` and `action=pay`; `pay` is also the default) does what
//!   [`MockServer::complete_checkout`] does (order, customer, subscription for an offer, signed webhooks) and
//!   answers `303 See Other` to the session's `successUrl` with **`session_id` and `order_id` appended to its
//!   query**. **Cancel** (`action=cancel`) creates nothing and answers `303` to `cancelUrl` with
//!   **`session_id` appended**; the session stays payable. What the shop's URLs already carry is kept:
//!   `https://shop.example/thanks?cart=7#top` becomes
//!   `https://shop.example/thanks?cart=7&session_id=cs_test_...&order_id=65f0...#top`. (This return query is
//!   the fake's contract; treat it as a hint and confirm the order with `orders().get` or its webhook, as
//!   anyone can type such a URL.)
//! - **Refusals store nothing** and answer a page that says why, with a status the API documents: a session
//!   already paid (`400`), expired (`400`, after [`CHECKOUT_SESSION_LIFETIME`] or
//!   [`MockServer::expire_checkout_session`]), its product removed (`400`), unknown (`404`), or a missing or
//!   malformed email (`400`: the form again, the reason next to the field).
//!
//! A `POST` of JSON to the same URL, `{"email": "..."}` or no body, completes the session and answers the
//! order, or the API's JSON error.

mod checkout_page;
mod control;
mod dates;
mod faults;
mod lifecycle;
mod routes;
mod seed;
mod spec;
mod store;

use std::collections::HashMap;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::http::Method;

pub use control::{Fixtures, PREFIX as CONTROL_PREFIX};
pub use dates::{iso, iso_date};
pub use faults::Faults;
pub(crate) use faults::{Fault, FaultState};
pub use store::Delivery;
use store::{Weigh, Window};

use crate::types::{Order, Subscription};
use crate::Pocketsflow;

/// The test-mode API key every fake server accepts (any `pk_test_...` or `pk_live_...` key works).
pub const TEST_API_KEY: &str = "pk_test_mock_0123456789abcdef";

/// How long a checkout session can be paid after it was created: 24 hours. After that its page says it has
/// expired and paying it is refused; [`MockServer::expire_checkout_session`] ends it early, for tests.
pub const CHECKOUT_SESSION_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

/// The fake server's limits: what keeps its memory bounded whatever clients send.
pub mod limits {
    /// Longest request target (path and query) the fake reads, in bytes; a longer one is answered `414` with
    /// the API's error shape. (Past 64 KiB, hyper answers `414` itself, with an empty body, before the fake
    /// sees the request.)
    pub const MAX_URI_BYTES: usize = 8 * 1024;
    /// Largest request body the fake reads, in bytes; a larger one is answered `413`.
    pub const MAX_BODY_BYTES: usize = 1024 * 1024;
    /// How many recent requests [`MockServer::requests`](super::MockServer::requests) keeps at most...
    pub const RECENT_REQUESTS: usize = 10_000;
    /// ...and how many bytes of them (methods, paths and bookkeeping): with very long paths it keeps fewer.
    pub const RECENT_REQUEST_BYTES: usize = 2 * 1024 * 1024;
    /// How many distinct method and concrete path pairs
    /// [`MockServer::request_count`](super::MockServer::request_count) counts one by one. Counts by route
    /// template need no limit: there are as many as routes.
    pub const COUNTED_PATHS: usize = 1_024;
    /// How many webhook deliveries [`MockServer::deliveries`](super::MockServer::deliveries) keeps at most,
    /// the latest...
    pub const KEPT_DELIVERIES: usize = 10_000;
    /// ...and how many bytes of them (bodies, URLs, signatures): with large bodies it keeps fewer.
    pub const KEPT_DELIVERY_BYTES: usize = 32 * 1024 * 1024;
}

/// What a new server starts with (`"empty"` or `"demo"` in JSON, as `POST /__mock/reset` takes it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
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

impl From<lifecycle::Refused> for MockError {
    fn from(refused: lifecycle::Refused) -> MockError {
        match refused {
            lifecycle::Refused::Unknown => MockError("Subscription not found".into()),
            lifecycle::Refused::State(_, message) => MockError(message),
        }
    }
}

/// Writes `port` to `path` (digits and a newline) so that a reader never sees it half-written: into a file
/// beside it, then renamed. The one port-file writer of `pocketsflow-mock --port-file`, `pocketsflow mock` and
/// `pocketsflow listen`: a script starts a server on port 0 in the background and waits for the file.
pub fn write_port_file(path: &std::path::Path, port: u16) -> std::io::Result<()> {
    let mut aside = path.as_os_str().to_owned();
    aside.push(".tmp");
    std::fs::write(&aside, format!("{port}\n"))?;
    std::fs::rename(&aside, path)
}

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
    /// What it started with, and goes back to on a reset.
    pub(crate) seed: Seed,
    /// The time the fake reads (the control plane moves it).
    pub(crate) clock: Mutex<store::Clock>,
    strict: AtomicBool,
    /// Whether amounts are answered as a JavaScript backend computes them ([`MockServer::javascript_amounts`]).
    pub(crate) javascript_amounts: AtomicBool,
    violations: Mutex<Violations>,
}

/// The requests refused for not matching openapi.yaml: the latest ones, and the file they go to, if any.
struct Violations {
    kept: Window<SpecViolation>,
    log: Option<std::fs::File>,
}

impl Shared {
    pub(crate) fn store(&self) -> std::sync::MutexGuard<'_, store::Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The server's clock, as it stands.
    pub(crate) fn clock(&self) -> store::Clock {
        *self.clock.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The latest requests of the API, oldest first.
    pub(crate) fn recent_requests(&self) -> Vec<RecordedRequest> {
        self.requests.lock().unwrap_or_else(PoisonError::into_inner).recent.iter().cloned().collect()
    }

    /// Forgets the requests refused for not matching the spec (the log file keeps its lines).
    pub(crate) fn clear_violations(&self) {
        let mut violations = self.violations.lock().unwrap_or_else(PoisonError::into_inner);
        violations.kept = Window::new(limits::RECENT_REQUESTS, limits::RECENT_REQUEST_BYTES);
    }

    /// Whether fields and query parameters the spec does not name are refused too.
    pub(crate) fn is_strict(&self) -> bool {
        self.strict.load(Ordering::Relaxed)
    }

    /// Keeps a request refused for not matching the spec, and writes it to the log file as one JSON line
    /// before the refusal is answered (a client that got the answer finds the line there).
    pub(crate) fn record_violation(&self, operation_id: &str, method: &str, path: &str, message: &str) {
        let violation = SpecViolation {
            operation_id: operation_id.to_owned(),
            method: method.to_owned(),
            path: path.to_owned(),
            message: message.to_owned(),
        };
        let mut violations = self.violations.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(file) = violations.log.as_mut() {
            let line = serde_json::json!({
                "operationId": violation.operation_id,
                "method": violation.method,
                "path": violation.path,
                "message": violation.message,
            });
            // A log that cannot be written loses lines, never the answer.
            let _ = writeln!(file, "{line}").and_then(|()| file.flush());
        }
        violations.kept.push(violation);
    }
}

/// A request the fake refused because it does not match openapi.yaml: its parameters or body break a schema of
/// the operation (in strict mode, also a field or query parameter the spec does not name). See
/// [`MockServer::spec_violations`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecViolation {
    /// The operation the request was for (`products_create`).
    pub operation_id: String,
    /// HTTP method.
    pub method: String,
    /// Path, without the query string.
    pub path: String,
    /// What the fake answered (`400`), naming each field that does not match.
    pub message: String,
}

impl Weigh for SpecViolation {
    fn weight(&self) -> usize {
        std::mem::size_of::<Self>() + self.operation_id.len() + self.method.len() + self.path.len() + self.message.len()
    }
}

/// Which route a request took: a route template of openapi.yaml (`/products/{id}`), or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum RouteKey {
    Route(&'static str),
    Unmatched,
}

/// Requests seen, in a footprint that does not grow with the paths clients send: exact counts per route
/// template (as many as routes and methods, plus one for unknown paths), exact counts per concrete path for
/// the first [`limits::COUNTED_PATHS`] method and path pairs, and a window of the latest requests
/// ([`limits::RECENT_REQUESTS`], [`limits::RECENT_REQUEST_BYTES`]). Paths are at most
/// [`limits::MAX_URI_BYTES`] long and methods are HTTP's own: longer targets and other methods are refused
/// before they are recorded.
pub(crate) struct RequestLog {
    routes: HashMap<(Method, RouteKey), usize>,
    paths: HashMap<(Method, String), usize>,
    recent: Window<RecordedRequest>,
}

impl Default for RequestLog {
    fn default() -> Self {
        RequestLog {
            routes: HashMap::new(),
            paths: HashMap::new(),
            recent: Window::new(limits::RECENT_REQUESTS, limits::RECENT_REQUEST_BYTES),
        }
    }
}

impl RequestLog {
    pub(crate) fn record(&mut self, method: &Method, path: &str, route: RouteKey) {
        *self.routes.entry((method.clone(), route)).or_default() += 1;
        let key = (method.clone(), path.to_owned());
        if let Some(count) = self.paths.get_mut(&key) {
            *count += 1;
        } else if self.paths.len() < limits::COUNTED_PATHS {
            self.paths.insert(key, 1);
        }
        self.recent.push(RecordedRequest { method: method.as_str().to_owned(), path: path.to_owned() });
    }

    fn count(&self, method: &Method, path: &str) -> usize {
        let by_route = self.routes.iter().find_map(|((m, route), count)| match route {
            RouteKey::Route(template) if m == method && *template == path => Some(*count),
            _ => None,
        });
        by_route.or_else(|| self.paths.get(&(method.clone(), path.to_owned())).copied()).unwrap_or(0)
    }
}

impl Weigh for RecordedRequest {
    fn weight(&self) -> usize {
        std::mem::size_of::<Self>() + self.method.len() + self.path.len()
    }
}

/// Sizes of what a server remembers, for tests of its bounds.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Footprint {
    /// Counts by method and route template (plus one for unknown routes).
    pub route_counts: usize,
    /// Counts by method and concrete path.
    pub counted_paths: usize,
    /// Requests in the recent window.
    pub recent_requests: usize,
    /// Their weight in bytes.
    pub recent_request_bytes: usize,
    /// Deliveries kept.
    pub deliveries: usize,
    /// Their weight in bytes.
    pub delivery_bytes: usize,
    /// Deliveries completed since the start, kept or not.
    pub deliveries_completed: u64,
}

/// A request the server received (before faults were applied); serialized as `GET /__mock/requests` lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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
            // The SDK's own TLS set-up (src/tls.rs): webhook endpoints may be https.
            http: crate::tls::client_builder()
                .map_err(std::io::Error::other)?
                .timeout(Duration::from_secs(5))
                .build()
                .map_err(std::io::Error::other)?,
            requests: Mutex::new(RequestLog::default()),
            seed: options.seed,
            clock: Mutex::default(),
            strict: AtomicBool::new(false),
            javascript_amounts: AtomicBool::new(false),
            violations: Mutex::new(Violations {
                kept: Window::new(limits::RECENT_REQUESTS, limits::RECENT_REQUEST_BYTES),
                log: None,
            }),
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
    /// The same happens on `POST <session url>` with `{"email": "..."}`, and when a buyer pays on the hosted
    /// checkout page (see the [module documentation](self)).
    ///
    /// Refused, storing nothing, when the session is unknown, already completed or expired, its product was
    /// deleted, or `email` is not an email address.
    pub fn complete_checkout(&self, session_id: &str, email: &str) -> Result<Order, MockError> {
        routes::complete_checkout(&self.shared, session_id, Some(email)).map_err(|e| MockError(e.to_string()))
    }

    /// Fills the server with `count` paid orders of one new product ("Load Test Ebook", 9.99), by up to 1,000
    /// distinct buyers, as a shop's buyers would make them: checkout sessions created over HTTP (16 at a time),
    /// each completed. For exports, load tests and benchmarks (`pocketsflow mock --extra-orders N`).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), pocketsflow::mock::MockError> {
    /// let server = pocketsflow::mock::MockServer::start().await;
    /// server.add_paid_orders(10_000).await?;
    /// # Ok(()) }
    /// ```
    pub async fn add_paid_orders(&self, count: u32) -> Result<(), MockError> {
        use crate::types::{CreateCheckoutParams, CreateProductParams};
        use futures_util::stream::{self, StreamExt};
        if count == 0 {
            return Ok(());
        }
        let pf = self.client();
        let product = pf
            .products()
            .create(CreateProductParams::builder().name("Load Test Ebook").price(9.99))
            .await
            .map_err(|e| MockError(format!("cannot create the product: {e}")))?;
        let sessions = stream::iter(0..count)
            .map(|_| {
                let (pf, product_id) = (pf.clone(), product.id.clone());
                async move {
                    let params = CreateCheckoutParams::builder()
                        .product_id(product_id)
                        .success_url("https://shop.example/ok")
                        .cancel_url("https://shop.example/cancel");
                    pf.checkout().create(params).await
                }
            })
            .buffer_unordered(16)
            .enumerate();
        futures_util::pin_mut!(sessions);
        while let Some((i, session)) = sessions.next().await {
            let session = session.map_err(|e| MockError(format!("cannot create a checkout session: {e}")))?;
            self.complete_checkout(&session.id, &format!("buyer{}@example.com", i % 1000))
                .map_err(|e| MockError(format!("cannot complete a checkout: {e}")))?;
        }
        Ok(())
    }

    /// Ends a checkout session's lifetime now, as if [`CHECKOUT_SESSION_LIFETIME`] had passed: its page then
    /// says it has expired, and paying it is refused. Fails for an unknown or already completed session.
    /// (`POST /__mock/checkout/{id}/expire`.)
    pub fn expire_checkout_session(&self, session_id: &str) -> Result<(), MockError> {
        routes::expire_checkout(&self.shared, session_id).map(drop).map_err(|e| MockError(e.to_string()))
    }

    /// The buyer's payment of a checkout session fails (a declined card): nothing is stored, the session stays
    /// open, and `payment_intent.payment_failed` is sent. Fails for an unknown, completed or expired session.
    /// (`POST /__mock/checkout/{id}/decline`.)
    pub fn decline_checkout(&self, session_id: &str) -> Result<(), MockError> {
        routes::decline_checkout(&self.shared, session_id).map(drop).map_err(|e| MockError(e.to_string()))
    }

    /// Empties the server and loads `seed` again (the one it started with when `None`): every object,
    /// checkout session, delivery, recorded request, spec violation and fault goes, and the clock is real time
    /// again. (`POST /__mock/reset`.)
    pub fn reset(&self, seed: Option<Seed>) {
        control::reset(&self.shared, seed);
    }

    /// Every object the server holds, in the API's shapes. (`GET /__mock/fixtures`.)
    pub fn fixtures(&self) -> Fixtures {
        control::export(&self.shared)
    }

    /// Replaces every object the server holds by `fixtures` (the seller's account stays, checkout sessions go).
    /// (`PUT /__mock/fixtures`, `pocketsflow-mock --fixtures FILE`.)
    pub fn load_fixtures(&self, fixtures: Fixtures) {
        control::load(&self.shared, fixtures);
    }

    /// Moves the server's clock forward by `by` (it never goes back): timestamps it writes, checkout session
    /// lifetimes and discount expirations follow it. (`POST /__mock/clock`.)
    ///
    /// What time makes happen is sent then: renewals (`invoice.upcoming`, `invoice.created`, `invoice.paid`,
    /// `invoice.payment_succeeded`, or `invoice.payment_failed` while the buyer's card declines), trials ending
    /// (`customer.subscription.trial_will_end`), each with `customer.subscription.updated`.
    pub fn advance_clock(&self, by: Duration) {
        control::move_clock(&self.shared, Some(by), None);
    }

    /// Pauses a buyer's subscription (by its `_id`), as the buyer's account can: it is not billed until
    /// resumed. Sends `customer.subscription.pause` and `customer.subscription.updated`.
    pub fn pause_subscription(&self, id: &str) -> Result<Subscription, MockError> {
        lifecycle::pause(&self.shared, id).map_err(MockError::from)
    }

    /// Resumes a paused subscription: a new period starts now. Sends `customer.subscription.resumed` and
    /// `customer.subscription.updated`.
    pub fn resume_subscription(&self, id: &str) -> Result<Subscription, MockError> {
        lifecycle::resume(&self.shared, id).map_err(MockError::from)
    }

    /// Whether the buyer's card declines the renewals of a subscription from now on (its next renewal then
    /// sends `invoice.payment_failed` and makes it `past_due`; accepted again, the next advance of the clock
    /// pays it).
    pub fn decline_renewals(&self, id: &str, declines: bool) -> Result<(), MockError> {
        lifecycle::set_declines(&self.shared, id, declines).map_err(MockError::from)
    }

    /// The seller's identity verification reaches `status` (`verified`, `processing` or `requires_input`):
    /// sends `identity.verification_session.<status>` to the test mode's endpoints.
    pub fn verify_identity(&self, status: &str) -> Result<(), MockError> {
        let event = lifecycle::identity_event(status)
            .ok_or_else(|| MockError(format!("{status:?} is not verified, processing or requires_input")))?;
        lifecycle::verify_identity(&self.shared, true, event, status);
        Ok(())
    }

    /// Stops the server's clock where it stands (`true`), or lets it run again from there (`false`).
    /// (`POST /__mock/clock`.)
    pub fn freeze_clock(&self, frozen: bool) {
        control::move_clock(&self.shared, None, Some(frozen));
    }

    /// The server's time, since the Unix epoch. (`GET /__mock/clock`.)
    pub fn now(&self) -> Duration {
        self.shared.clock().now()
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

    /// Webhook deliveries attempted so far, in order of completion: the latest 10,000
    /// ([`limits::KEPT_DELIVERIES`]), fewer when they are large (32 MiB of them at most,
    /// [`limits::KEPT_DELIVERY_BYTES`]); older ones are let go.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.store().deliveries.iter().cloned().collect()
    }

    /// Waits until at least `count` deliveries are kept (see [`MockServer::deliveries`]), or `timeout`
    /// passed; returns them.
    pub async fn wait_for_deliveries(&self, count: usize, timeout: Duration) -> Vec<Delivery> {
        let deadline = Instant::now() + timeout;
        while self.shared.store().deliveries.len() < count && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        self.deliveries()
    }

    /// The most recent requests received, oldest first: up to 10,000 ([`limits::RECENT_REQUESTS`]), fewer
    /// when their paths are very long (2 MiB of them at most, [`limits::RECENT_REQUEST_BYTES`]).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.recent_requests()
    }

    /// How many requests with this method and path were received since the start, faulted or not.
    ///
    /// `path` is a concrete path (`/products/65f0...`) or a route template as openapi.yaml writes it
    /// (`/products/{id}`, every request that route received, whatever the id; also those with a method the
    /// route does not have). Counts by template are always exact. Concrete paths are counted one by one for the first
    /// 1,024 distinct method and path pairs the server sees ([`limits::COUNTED_PATHS`]); a pair first seen
    /// after that is only counted under its template, and reads 0 here. For a route without parameters,
    /// such as `/products`, the path is its template: exact whatever came before. Requests refused before
    /// routing (a URI longer than [`limits::MAX_URI_BYTES`], a method that is not HTTP's) are not counted.
    pub fn request_count(&self, method: &str, path: &str) -> usize {
        let Ok(method) = Method::from_bytes(method.to_ascii_uppercase().as_bytes()) else {
            return 0;
        };
        self.shared.requests.lock().unwrap_or_else(PoisonError::into_inner).count(&method, path)
    }

    /// Requests refused since the start because they do not match openapi.yaml, oldest first (the latest
    /// 10,000 at most, like [`MockServer::requests`]). Every request is checked against its operation in the
    /// spec the crate carries (path and query parameters, JSON body) before the route sees it; one that does
    /// not match is answered `400` naming each field, and stores nothing. A client that keeps to the spec
    /// leaves this empty.
    pub fn spec_violations(&self) -> Vec<SpecViolation> {
        self.shared.violations.lock().unwrap_or_else(PoisonError::into_inner).kept.iter().cloned().collect()
    }

    /// Strict mode, off by default: requests must also name nothing the spec does not, so a body field or a
    /// query parameter openapi.yaml does not know is refused (`400`) and recorded as a spec violation, where
    /// by default it is ignored as the API ignores it. This is how a client is held to the spec (the official
    /// Node SDK's documented calls are, in CI).
    pub fn strict(&self, on: bool) {
        self.shared.strict.store(on, Ordering::Relaxed);
    }

    /// Answers amounts as the real API's JavaScript backend computes them, off by default: an order's
    /// `stripeFee` is `grossAmount * 0.029 + 0.3` and its `netAmount` `grossAmount - stripeFee`, in binary
    /// floating point and unrounded, so a fee on 99.99 travels as `3.1997099999999996`. What is stored does not
    /// change; a client's decoding meets what production sends (the SDK reads it as 3.19971, see
    /// [`Money`](crate::types::Money)).
    pub fn javascript_amounts(&self, on: bool) {
        self.shared.javascript_amounts.store(on, Ordering::Relaxed);
    }

    /// Also appends each spec violation to the file at `path` (created or truncated) as one JSON line, written
    /// before the refusal is answered: `{"operationId", "method", "path", "message"}`.
    ///
    /// # Errors
    /// When the file cannot be created.
    pub fn log_spec_violations(&self, path: &std::path::Path) -> std::io::Result<()> {
        let file = std::fs::File::create(path)?;
        self.shared.violations.lock().unwrap_or_else(PoisonError::into_inner).log = Some(file);
        Ok(())
    }

    /// Sizes of what this server remembers, to check its bounds.
    #[doc(hidden)]
    pub fn footprint(&self) -> Footprint {
        let (route_counts, counted_paths, recent_requests, recent_request_bytes) = {
            let log = self.shared.requests.lock().unwrap_or_else(PoisonError::into_inner);
            (log.routes.len(), log.paths.len(), log.recent.len(), log.recent.bytes())
        };
        let store = self.shared.store();
        Footprint {
            route_counts,
            counted_paths,
            recent_requests,
            recent_request_bytes,
            deliveries: store.deliveries.len(),
            delivery_bytes: store.deliveries.bytes(),
            deliveries_completed: store.deliveries.pushed(),
        }
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
