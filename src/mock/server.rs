//! The handle of a running fake server: start it, point a client at it, drive its lifecycle and read what it
//! saw. Dropping it stops the server.

use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::{Arc, PoisonError};
use std::time::{Duration, Instant};

use axum::http::Method;

use super::state::{Footprint, RecordedRequest, Shared, SpecViolation};
use super::{control, lifecycle, routes, Delivery, Faults, Fixtures, MockError, MockOptions, Seed, TEST_API_KEY};
#[cfg(doc)]
use super::{limits, CHECKOUT_SESSION_LIFETIME};
use crate::types::{Order, Subscription};
use crate::Pocketsflow;

/// A running fake server. Dropping it stops it.
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
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
        let shared = Arc::new(Shared::new(base_url, options.seed)?);
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
    /// checkout page (see the [module documentation](super)).
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
        self.shared.spec_violations()
    }

    /// Strict mode, off by default: requests must also name nothing the spec does not, so a body field or a
    /// query parameter openapi.yaml does not know is refused (`400`) and recorded as a spec violation, where
    /// by default it is ignored as the API ignores it. This is how a client is held to the spec (the official
    /// Node SDK's documented calls are, in CI).
    pub fn strict(&self, on: bool) {
        self.shared.set_strict(on);
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
        self.shared.log_violations_to(file);
        Ok(())
    }

    /// Sizes of what this server remembers, to check its bounds.
    #[doc(hidden)]
    pub fn footprint(&self) -> Footprint {
        let (route_counts, counted_paths, recent_requests, recent_request_bytes) =
            self.shared.requests.lock().unwrap_or_else(PoisonError::into_inner).sizes();
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
