//! Receiving webhooks: verify a delivery's signature, refuse replays, and parse it into a typed [`Event`].
//!
//! Pocketsflow signs each delivery: `X-Pocketsflow-Signature` is the hex HMAC-SHA256 of the raw request body,
//! keyed with the endpoint's signing secret (`whsec_...`, the `secret` of the [`Webhook`](crate::types::Webhook),
//! a [`WebhookSecret`]). `X-Pocketsflow-Timestamp` (Unix seconds or milliseconds) tells when it was sent;
//! deliveries older or newer than the tolerance (5 minutes by default) are refused, and so is a delivery
//! without the header (unless you opt out with [`Verifier::allow_missing_timestamp`]).
//! `X-Pocketsflow-Event` names the event when the body does not.
//!
//! # Replays
//!
//! **Pocketsflow signs only the body, not the timestamp.** Whoever captures one delivery can send the same
//! body again with a fresh `X-Pocketsflow-Timestamp`, and the signature still matches: the timestamp window
//! alone cannot stop a replay (it stops only one that keeps the original timestamp, once the window is
//! over). The defence is a [`ReplayGuard`]: a bounded, shared memory of the deliveries accepted recently,
//! keyed by the body's HMAC (which identifies the body), that refuses the same body a second time with
//! [`WebhookError::Replayed`] (409). Its memory lasts the tolerance window, so a body replayed after the
//! window is accepted again: make handlers idempotent on the ids the event carries (order id, ...) as the
//! last line of defence, and widen [`Verifier::tolerance`] to remember longer (with a capacity to match).
//! Two genuine deliveries with byte-identical bodies inside the window (two `webhooks().test()` calls, say)
//! look exactly like a replay: the second is refused.
//!
//! The one call for the common case takes the raw body and the headers, so it fits any framework:
//!
//! ```
//! use std::time::{SystemTime, UNIX_EPOCH};
//! use pocketsflow::events::{sign, Event, ReplayGuard, Verifier, WebhookError, WebhookSecret};
//!
//! let secret = WebhookSecret::new("whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e");
//! // Build it once and share it (it is cheap to clone): the guard remembers across requests.
//! let verifier = Verifier::new(secret.clone()).replay_guard(ReplayGuard::new(10_000));
//!
//! let body = br#"{"event":"order.completed","order":{"id":"order_xyz123"},"amount":64.99,"currency":"usd"}"#;
//! // What Pocketsflow sends (here made up with `sign`, as a test would):
//! let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
//! let mut headers = http::HeaderMap::new();
//! headers.insert("x-pocketsflow-signature", sign(&secret, body).parse().unwrap());
//! headers.insert("x-pocketsflow-timestamp", now.to_string().parse().unwrap());
//!
//! match verifier.construct_event(body, &headers).unwrap() {
//!     Event::OrderCompleted(order) => assert_eq!(order.amount, Some(pocketsflow::money!(64.99))),
//!     other => println!("unhandled {}", other.name()),
//! }
//! // The same delivery again (a fresh timestamp would not help) is a replay.
//! assert_eq!(verifier.construct_event(body, &headers), Err(WebhookError::Replayed));
//! ```
//!
//! With the `axum` feature, `VerifiedEvent` does this as an axum extractor.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::Sha256;

/// Header carrying the hex HMAC-SHA256 of the body.
pub const SIGNATURE_HEADER: &str = "x-pocketsflow-signature";
/// Header carrying the send time, in Unix seconds or milliseconds.
pub const TIMESTAMP_HEADER: &str = "x-pocketsflow-timestamp";
/// Header carrying the event name.
pub const EVENT_HEADER: &str = "x-pocketsflow-event";
/// Default tolerance between the delivery's timestamp and now.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// A webhook signing secret (`whsec_...`): what [`Webhook::secret`](crate::types::Webhook) holds, and what a
/// [`Verifier`] takes.
///
/// It never prints: `Debug` shows `WebhookSecret([redacted])` (so no model holding one ever shows it), and
/// there is no `Display`; [`expose_secret`](Self::expose_secret) is the one way to read it. It serializes as
/// the plain string, as the API sends it. Equality takes the same time whatever the contents (only the lengths
/// may tell).
///
/// ```
/// use pocketsflow::events::{Verifier, WebhookSecret};
///
/// let webhook: pocketsflow::types::Webhook = serde_json::from_str(r#"{"_id":"w1","userId":"u1",
///     "url":"https://example.com/hook","events":["order.completed"],"active":true,
///     "secret":"whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e","testMode":true,"createdAt":"2024-03-01"}"#).unwrap();
/// assert!(!format!("{webhook:?}").contains("5f2b8c"));
/// let _verifier = Verifier::new(webhook.secret.clone());
/// assert!(webhook.secret.expose_secret().starts_with("whsec_"));
/// ```
#[derive(Clone, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct WebhookSecret(String);

impl WebhookSecret {
    /// Wraps a secret, as shown in the dashboard or returned by `webhooks().create()`.
    pub fn new(secret: impl Into<String>) -> Self {
        WebhookSecret(secret.into())
    }

    /// The secret itself. Keep it out of logs: this is the only way to read it.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    fn mac(&self) -> Hmac<Sha256> {
        // HMAC accepts keys of any length; this cannot fail.
        Hmac::<Sha256>::new_from_slice(self.0.as_bytes()).expect("HMAC takes keys of any length")
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret([redacted])")
    }
}

impl PartialEq for WebhookSecret {
    /// Compares every byte whatever the first difference, so the time taken does not tell where it is.
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len() && std::hint::black_box(a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y))) == 0
    }
}

impl Eq for WebhookSecret {}

impl From<&str> for WebhookSecret {
    fn from(secret: &str) -> Self {
        WebhookSecret::new(secret)
    }
}

impl From<String> for WebhookSecret {
    fn from(secret: String) -> Self {
        WebhookSecret::new(secret)
    }
}

impl From<&WebhookSecret> for WebhookSecret {
    fn from(secret: &WebhookSecret) -> Self {
        secret.clone()
    }
}

/// The signature Pocketsflow puts in `X-Pocketsflow-Signature` for `body`: lower-case hex HMAC-SHA256.
/// Useful to test a receiver, or for a fake server to sign its deliveries.
pub fn sign(secret: &WebhookSecret, body: &[u8]) -> String {
    let mut mac = secret.mac();
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Why a delivery was refused. Each case is worded for the log of the receiver.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// A required header is absent (`X-Pocketsflow-Signature`, or `X-Pocketsflow-Timestamp` unless
    /// [`Verifier::allow_missing_timestamp`]).
    MissingHeader(&'static str),
    /// A header is present but unreadable.
    MalformedHeader {
        /// The header's name.
        header: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The signature does not match the body and secret.
    SignatureMismatch,
    /// The timestamp is further in the past than the tolerance.
    StaleTimestamp {
        /// How old the delivery is.
        age: Duration,
        /// The tolerance in force.
        tolerance: Duration,
    },
    /// The timestamp is further in the future than the tolerance.
    FutureTimestamp {
        /// How far ahead it is.
        ahead: Duration,
        /// The tolerance in force.
        tolerance: Duration,
    },
    /// The [`ReplayGuard`] already accepted this body within the window: a replay (whatever its timestamp).
    Replayed,
    /// The [`ReplayGuard`] holds `capacity` deliveries, none expired yet: it refuses new ones rather than
    /// forget one that could then be replayed.
    ReplayGuardFull {
        /// The guard's capacity.
        capacity: usize,
    },
    /// The shared replay store ([`Verifier::replay_store`]) did not answer in time or at all: the delivery is
    /// refused (503, so the sender may retry) rather than admitted without replay protection.
    ReplayStoreUnavailable(String),
    /// [`Verifier::verify`] or [`Verifier::construct_event`] (blocking) was called on a verifier whose replay
    /// store is shared and asynchronous: use [`Verifier::verify_async`] or [`Verifier::construct_event_async`]
    /// (the axum extractor does). A programming error, answered 500.
    ReplayStoreNeedsAsync,
    /// The body is not a JSON object.
    InvalidBody(String),
    /// Neither the body's `event` nor `X-Pocketsflow-Event` names the event.
    MissingEventName,
}

impl WebhookError {
    /// The HTTP status a receiver should answer with: 401 when the delivery cannot be trusted, 409 for a
    /// replay (authentic, but already accepted), 503 when the replay guard is full (try again later), 400 when
    /// it is trusted but unreadable.
    pub fn status_code(&self) -> u16 {
        match self {
            WebhookError::MissingHeader(_)
            | WebhookError::MalformedHeader { .. }
            | WebhookError::SignatureMismatch
            | WebhookError::StaleTimestamp { .. }
            | WebhookError::FutureTimestamp { .. } => 401,
            WebhookError::Replayed => 409,
            WebhookError::ReplayGuardFull { .. } | WebhookError::ReplayStoreUnavailable(_) => 503,
            WebhookError::ReplayStoreNeedsAsync => 500,
            WebhookError::InvalidBody(_) | WebhookError::MissingEventName => 400,
        }
    }
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MissingHeader(h) => write!(f, "webhook delivery has no {h} header"),
            WebhookError::MalformedHeader { header, reason } => {
                write!(f, "webhook header {header} is malformed: {reason}")
            }
            WebhookError::SignatureMismatch => {
                f.write_str("webhook signature does not match the body (wrong secret, or the body was altered)")
            }
            WebhookError::StaleTimestamp { age, tolerance } => write!(
                f,
                "webhook delivery is {}s old, more than the {}s tolerance (a replay?)",
                age.as_secs(),
                tolerance.as_secs()
            ),
            WebhookError::FutureTimestamp { ahead, tolerance } => write!(
                f,
                "webhook timestamp is {}s in the future, more than the {}s tolerance",
                ahead.as_secs(),
                tolerance.as_secs()
            ),
            WebhookError::Replayed => f.write_str("webhook delivery was already accepted (same signed body): a replay"),
            WebhookError::ReplayGuardFull { capacity } => write!(
                f,
                "webhook replay guard is full ({capacity} recent deliveries); refusing rather than forgetting one"
            ),
            WebhookError::ReplayStoreUnavailable(reason) => {
                write!(f, "webhook replay store unavailable ({reason}); refusing rather than risking a replay")
            }
            WebhookError::ReplayStoreNeedsAsync => f.write_str(
                "this verifier's replay store is shared and asynchronous: call verify_async or construct_event_async",
            ),
            WebhookError::InvalidBody(reason) => {
                write!(f, "webhook body is not a JSON object: {reason}")
            }
            WebhookError::MissingEventName => {
                f.write_str("webhook delivery names no event (no `event` field, no X-Pocketsflow-Event header)")
            }
        }
    }
}

impl std::error::Error for WebhookError {}

/// What identifies a delivery to a replay memory: the HMAC-SHA256 of its body, as verified.
pub type DeliveryKey = [u8; 32];

/// What a replay memory answers when asked to admit a delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    /// Not seen within its window: remembered now.
    Admitted,
    /// Seen within its window: a replay.
    Seen,
}

/// Why a replay memory could not answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReplayStoreError {
    /// Full of deliveries not expired yet.
    Full {
        /// How many it holds at most.
        capacity: usize,
    },
    /// Unreachable, or no answer in time (the reason, never a password or URL).
    Unavailable(String),
}

/// A future of a [`ReplayStore`].
pub type StoreFuture<'a, T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, ReplayStoreError>> + Send + 'a>>;

/// The memory of a replay guard: one atomic "admit if absent, with an expiry", and "forget". The in-memory
/// [`ReplayGuard`] is the default; [`RedisReplayStore`](crate::redis::RedisReplayStore) (feature `redis`)
/// shares one memory between every process that receives the endpoint's deliveries.
pub trait ReplayStore: Send + Sync + fmt::Debug {
    /// Admits `key` for `ttl` from `now` if it is not remembered, in one atomic step: of concurrent callers
    /// with the same key, exactly one is [`Admission::Admitted`].
    fn admit<'a>(&'a self, key: &'a DeliveryKey, ttl: Duration, now: SystemTime) -> StoreFuture<'a, Admission>;

    /// Forgets `key`; `true` when it was remembered.
    fn forget<'a>(&'a self, key: &'a DeliveryKey) -> StoreFuture<'a, bool>;
}

impl ReplayStore for ReplayGuard {
    fn admit<'a>(&'a self, key: &'a DeliveryKey, ttl: Duration, now: SystemTime) -> StoreFuture<'a, Admission> {
        let result = match ReplayGuard::admit(self, *key, now, ttl) {
            Ok(()) => Ok(Admission::Admitted),
            Err(WebhookError::Replayed) => Ok(Admission::Seen),
            Err(_) => Err(ReplayStoreError::Full { capacity: self.capacity() }),
        };
        Box::pin(std::future::ready(result))
    }

    fn forget<'a>(&'a self, key: &'a DeliveryKey) -> StoreFuture<'a, bool> {
        Box::pin(std::future::ready(Ok(ReplayGuard::forget(self, key))))
    }
}

/// The replay memory of a [`Verifier`]: in this process, or shared.
#[derive(Debug, Clone)]
enum Memory {
    Local(ReplayGuard),
    Shared(Arc<dyn ReplayStore>),
}

/// A bounded memory of the deliveries accepted recently, shared by every clone: the defence against replays
/// that the timestamp alone cannot give (see the [module documentation](self#replays)).
///
/// - **Key**: the body's HMAC (the verified signature), so the same body is the same delivery whatever its
///   timestamp and however its headers are spelled.
/// - **When**: a [`Verifier`] records a delivery once it passes every check ([`Verifier::verify`] after the
///   signature and timestamp; [`Verifier::construct_event`] and the axum extractor after parsing too), in one
///   step with the look-up, so of concurrent copies exactly one is accepted.
/// - **How long**: the verifier's tolerance (5 minutes by default; [`DEFAULT_TOLERANCE`] under
///   [`Verifier::ignore_timestamp`]), counted from when it was accepted. Expired entries are dropped as new
///   deliveries arrive.
/// - **Capacity**: at most `capacity` entries. When it is full of entries not expired yet, a new delivery is
///   refused with [`WebhookError::ReplayGuardFull`] (503, so a sender may retry later); an unexpired entry is
///   never dropped to make room, since that would let its body be replayed. Size it above the deliveries
///   you expect within one window; each entry takes about 100 bytes. A capacity of 0 refuses every delivery.
/// - **Handler failures**: a delivery is recorded when it is verified, before your handler runs. If the
///   handler fails and you want the same delivery to be accepted when sent again, call
///   [`Verifier::forget`] with its headers. (Pocketsflow itself makes one attempt per event, so this only
///   matters for a redelivery you trigger yourself.)
///
/// Thread-safe and cheap to clone (an `Arc`); one guard may serve several verifiers.
#[derive(Clone)]
pub struct ReplayGuard {
    inner: Arc<Mutex<GuardState>>,
}

struct GuardState {
    capacity: usize,
    /// Each key with the time (since the Unix epoch) it expires at.
    entries: HashMap<DeliveryKey, Duration>,
    /// The same entries, ordered by expiry, to drop the expired ones cheaply.
    by_expiry: BTreeSet<(Duration, DeliveryKey)>,
}

impl ReplayGuard {
    /// A guard remembering at most `capacity` deliveries.
    pub fn new(capacity: usize) -> Self {
        ReplayGuard {
            inner: Arc::new(Mutex::new(GuardState { capacity, entries: HashMap::new(), by_expiry: BTreeSet::new() })),
        }
    }

    /// The most deliveries it remembers at once.
    pub fn capacity(&self) -> usize {
        self.state().capacity
    }

    /// How many deliveries it remembers now (expired ones included until the next delivery drops them).
    pub fn len(&self) -> usize {
        self.state().entries.len()
    }

    /// `true` when it remembers no delivery.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn state(&self) -> std::sync::MutexGuard<'_, GuardState> {
        // No code panics while holding the lock; should one ever, the state is still consistent.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Accepts `key` at `now` for `window`, or refuses it: look-up and record in one step.
    fn admit(&self, key: DeliveryKey, now: SystemTime, window: Duration) -> Result<(), WebhookError> {
        let now = since_epoch(now);
        let mut state = self.state();
        state.drop_expired(now);
        if state.entries.contains_key(&key) {
            return Err(WebhookError::Replayed);
        }
        if state.entries.len() >= state.capacity {
            return Err(WebhookError::ReplayGuardFull { capacity: state.capacity });
        }
        let expires = now.saturating_add(window);
        state.entries.insert(key, expires);
        state.by_expiry.insert((expires, key));
        Ok(())
    }

    fn forget(&self, key: &DeliveryKey) -> bool {
        let mut state = self.state();
        match state.entries.remove(key) {
            Some(expires) => state.by_expiry.remove(&(expires, *key)),
            None => false,
        }
    }
}

impl GuardState {
    /// Drops every entry that expired at or before `now`.
    fn drop_expired(&mut self, now: Duration) {
        while let Some(&(expires, key)) = self.by_expiry.first() {
            if expires > now {
                break;
            }
            self.by_expiry.pop_first();
            self.entries.remove(&key);
        }
    }
}

impl fmt::Debug for ReplayGuard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.state();
        f.debug_struct("ReplayGuard").field("capacity", &state.capacity).field("len", &state.entries.len()).finish()
    }
}

/// `time` as a duration since the Unix epoch (times before it count as the epoch).
fn since_epoch(time: SystemTime) -> Duration {
    time.duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO)
}

/// A delivery that passed every check of [`Verifier::verify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Verified {
    /// Which secret signed it: 0 for the one given to [`Verifier::new`], then the ones added with
    /// [`Verifier::also_accept`], in order. During a rotation, once no delivery matches the old secret any
    /// more, it can be dropped.
    pub secret_index: usize,
}

/// Verifies deliveries for one endpoint. Cheap to clone; clones share the [`ReplayGuard`], if any.
///
/// Defaults: a 5-minute timestamp tolerance, the timestamp header required, no replay guard (add one with
/// [`replay_guard`](Self::replay_guard): without it, a captured delivery can be replayed with a fresh
/// timestamp, see the [module documentation](self#replays)).
#[derive(Debug, Clone)]
pub struct Verifier {
    /// The secrets a signature may be made with, in the order given: the current one first, then those kept
    /// during a rotation ([`also_accept`](Self::also_accept)).
    secrets: Vec<WebhookSecret>,
    tolerance: Option<Duration>,
    require_timestamp: bool,
    guard: Option<Memory>,
}

impl Verifier {
    /// A verifier with the default 5-minute timestamp tolerance, requiring the timestamp header.
    pub fn new(secret: impl Into<WebhookSecret>) -> Self {
        Verifier {
            secrets: vec![secret.into()],
            tolerance: Some(DEFAULT_TOLERANCE),
            require_timestamp: true,
            guard: None,
        }
    }

    /// Also accepts signatures made with `secret`: for rotating an endpoint's secret without dropping a
    /// delivery. Every secret is tried, each comparison in constant time, whichever matches (so the time
    /// taken does not tell which one did); [`verify`](Self::verify) says which one matched, by its position
    /// (0 for the one given to [`new`](Self::new), then in the order of the calls to this method).
    ///
    /// ```
    /// use pocketsflow::events::Verifier;
    /// // During a rotation: the new secret first, the old one until every sender uses the new one.
    /// let verifier = Verifier::new("whsec_new").also_accept("whsec_old");
    /// assert_eq!(verifier.secret_count(), 2);
    /// ```
    pub fn also_accept(mut self, secret: impl Into<WebhookSecret>) -> Self {
        self.secrets.push(secret.into());
        self
    }

    /// How many secrets it accepts.
    pub fn secret_count(&self) -> usize {
        self.secrets.len()
    }

    /// Changes the timestamp tolerance (also how long a [`ReplayGuard`] remembers each delivery).
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = Some(tolerance);
        self
    }

    /// Accepts any timestamp, or none (not recommended: it gives up the time check; a replay guard then
    /// remembers deliveries for [`DEFAULT_TOLERANCE`]).
    pub fn ignore_timestamp(mut self) -> Self {
        self.tolerance = None;
        self
    }

    /// Accepts a delivery without `X-Pocketsflow-Timestamp` (one that has the header is still checked).
    ///
    /// This weakens replay protection: such a delivery passes whatever its age, so without a
    /// [`ReplayGuard`] a captured one can be replayed at any time. Pocketsflow sends the header; use this only
    /// for a sender that does not.
    pub fn allow_missing_timestamp(mut self) -> Self {
        self.require_timestamp = false;
        self
    }

    /// Refuses a delivery already accepted within the window, with [`WebhookError::Replayed`]. Pass a clone of
    /// the same guard to every verifier (and every clone of the verifier shares it anyway).
    pub fn replay_guard(mut self, guard: ReplayGuard) -> Self {
        self.guard = Some(Memory::Local(guard));
        self
    }

    /// Makes the replay guard forget the delivery with these headers (its `X-Pocketsflow-Signature`), so that
    /// the same delivery is accepted if it comes again: for a handler that failed after the delivery was
    /// verified. `true` when the guard remembered it.
    pub fn forget(&self, headers: &http::HeaderMap) -> bool {
        match (&self.guard, signature(headers)) {
            (Some(Memory::Local(guard)), Ok(key)) => guard.forget(&key),
            _ => false,
        }
    }

    /// A replay memory shared by every receiver of the endpoint (several instances, restarts): for example
    /// [`RedisReplayStore`](crate::redis::RedisReplayStore) (feature `redis`). Verify with
    /// [`verify_async`](Self::verify_async) or [`construct_event_async`](Self::construct_event_async) (the axum
    /// extractor does). While the store cannot answer, deliveries are refused with
    /// [`WebhookError::ReplayStoreUnavailable`] (503), never admitted unguarded, unless the store is told to
    /// fail open.
    pub fn replay_store(mut self, store: impl ReplayStore + 'static) -> Self {
        self.guard = Some(Memory::Shared(Arc::new(store)));
        self
    }

    /// [`forget`](Self::forget) for any replay memory, shared ones included.
    pub async fn forget_async(&self, headers: &http::HeaderMap) -> Result<bool, WebhookError> {
        let Ok(key) = signature(headers) else { return Ok(false) };
        match &self.guard {
            Some(Memory::Local(guard)) => Ok(guard.forget(&key)),
            Some(Memory::Shared(store)) => store.forget(&key).await.map_err(store_error),
            None => Ok(false),
        }
    }

    /// [`verify`](Self::verify) with any replay memory, shared ones included.
    pub async fn verify_async(&self, body: &[u8], headers: &http::HeaderMap) -> Result<Verified, WebhookError> {
        let now = SystemTime::now();
        let (key, verified) = self.authenticate(body, headers, now)?;
        self.admit_async(key, now).await?;
        Ok(verified)
    }

    /// [`construct_event`](Self::construct_event) with any replay memory, shared ones included.
    pub async fn construct_event_async(&self, body: &[u8], headers: &http::HeaderMap) -> Result<Event, WebhookError> {
        let now = SystemTime::now();
        let (key, _) = self.authenticate(body, headers, now)?;
        let event = Event::parse(body, header(headers, EVENT_HEADER)?)?;
        self.admit_async(key, now).await?;
        Ok(event)
    }

    async fn admit_async(&self, key: DeliveryKey, now: SystemTime) -> Result<(), WebhookError> {
        let ttl = self.tolerance.unwrap_or(DEFAULT_TOLERANCE);
        match &self.guard {
            Some(Memory::Local(guard)) => guard.admit(key, now, ttl),
            Some(Memory::Shared(store)) => match store.admit(&key, ttl, now).await.map_err(store_error)? {
                Admission::Admitted => Ok(()),
                Admission::Seen => Err(WebhookError::Replayed),
            },
            None => Ok(()),
        }
    }

    /// Checks signature and timestamp of a delivery as of now, then records it in the replay guard, if any.
    /// Tells which secret signed it ([`Verified::secret_index`]).
    pub fn verify(&self, body: &[u8], headers: &http::HeaderMap) -> Result<Verified, WebhookError> {
        self.verify_at(body, headers, SystemTime::now())
    }

    /// [`verify`](Self::verify) as of `now` (for tests and stored deliveries); the replay guard counts time
    /// with the same `now`.
    pub fn verify_at(&self, body: &[u8], headers: &http::HeaderMap, now: SystemTime) -> Result<Verified, WebhookError> {
        let (key, verified) = self.authenticate(body, headers, now)?;
        self.admit(key, now)?;
        Ok(verified)
    }

    /// Verifies a delivery, parses it into an [`Event`], then records it in the replay guard, if any: the one
    /// call for the common case.
    pub fn construct_event(&self, body: &[u8], headers: &http::HeaderMap) -> Result<Event, WebhookError> {
        self.construct_event_at(body, headers, SystemTime::now())
    }

    /// [`construct_event`](Self::construct_event) as of `now`.
    pub fn construct_event_at(
        &self,
        body: &[u8],
        headers: &http::HeaderMap,
        now: SystemTime,
    ) -> Result<Event, WebhookError> {
        let (key, _) = self.authenticate(body, headers, now)?;
        let event = Event::parse(body, header(headers, EVENT_HEADER)?)?;
        self.admit(key, now)?;
        Ok(event)
    }

    /// Signature, then timestamp; the delivery's key for the replay guard.
    fn authenticate(
        &self,
        body: &[u8],
        headers: &http::HeaderMap,
        now: SystemTime,
    ) -> Result<(DeliveryKey, Verified), WebhookError> {
        let expected = signature(headers)?;
        // Every secret is tried, whichever matches, each comparison in constant time (the `hmac` crate compares
        // with `subtle`): the time taken tells neither whether nor which one matched.
        let mut matched = None;
        for (index, secret) in self.secrets.iter().enumerate() {
            let mut mac = secret.mac();
            mac.update(body);
            let ok = mac.verify_slice(&expected).is_ok();
            matched = matched.or(ok.then_some(index));
        }
        let secret_index = matched.ok_or(WebhookError::SignatureMismatch)?;
        if self.secrets.len() > 1 {
            tracing::debug!(secret_index, secrets = self.secrets.len(), "webhook signature matched");
        }

        if let Some(tolerance) = self.tolerance {
            match header(headers, TIMESTAMP_HEADER)? {
                Some(ts) => {
                    let sent = parse_timestamp(ts)?;
                    match now.duration_since(sent) {
                        Ok(age) if age > tolerance => return Err(WebhookError::StaleTimestamp { age, tolerance }),
                        Err(ahead) if ahead.duration() > tolerance => {
                            return Err(WebhookError::FutureTimestamp { ahead: ahead.duration(), tolerance })
                        }
                        _ => {}
                    }
                }
                None if self.require_timestamp => return Err(WebhookError::MissingHeader("X-Pocketsflow-Timestamp")),
                None => {}
            }
        }
        Ok((expected, Verified { secret_index }))
    }

    fn admit(&self, key: DeliveryKey, now: SystemTime) -> Result<(), WebhookError> {
        match &self.guard {
            Some(Memory::Local(guard)) => guard.admit(key, now, self.tolerance.unwrap_or(DEFAULT_TOLERANCE)),
            Some(Memory::Shared(_)) => Err(WebhookError::ReplayStoreNeedsAsync),
            None => Ok(()),
        }
    }
}

/// A store's refusal as the verifier's.
fn store_error(error: ReplayStoreError) -> WebhookError {
    match error {
        ReplayStoreError::Full { capacity } => WebhookError::ReplayGuardFull { capacity },
        ReplayStoreError::Unavailable(reason) => WebhookError::ReplayStoreUnavailable(reason),
    }
}

/// [`Verifier::construct_event`] with the default tolerance (and no replay guard: a free function cannot
/// remember; build one [`Verifier`] with a [`ReplayGuard`] and share it instead).
pub fn construct_event(
    body: &[u8],
    headers: &http::HeaderMap,
    secret: impl Into<WebhookSecret>,
) -> Result<Event, WebhookError> {
    Verifier::new(secret).construct_event(body, headers)
}

/// The 32 bytes of `X-Pocketsflow-Signature` (hex, upper or lower case, optionally after `sha256=`).
fn signature(headers: &http::HeaderMap) -> Result<DeliveryKey, WebhookError> {
    let signature = header(headers, SIGNATURE_HEADER)?.ok_or(WebhookError::MissingHeader("X-Pocketsflow-Signature"))?;
    let hex_part = signature.strip_prefix("sha256=").unwrap_or(signature).trim();
    let bytes = hex::decode(hex_part).map_err(|e| WebhookError::MalformedHeader {
        header: "X-Pocketsflow-Signature",
        reason: format!("not hexadecimal ({e})"),
    })?;
    let len = bytes.len();
    bytes.try_into().map_err(|_| WebhookError::MalformedHeader {
        header: "X-Pocketsflow-Signature",
        reason: format!("{len} bytes, a SHA-256 HMAC has 32"),
    })
}

fn header<'h>(headers: &'h http::HeaderMap, name: &'static str) -> Result<Option<&'h str>, WebhookError> {
    match headers.get(name) {
        None => Ok(None),
        Some(value) => value.to_str().map(Some).map_err(|_| WebhookError::MalformedHeader {
            header: display_name(name),
            reason: "not visible ASCII".to_owned(),
        }),
    }
}

fn display_name(name: &'static str) -> &'static str {
    match name {
        SIGNATURE_HEADER => "X-Pocketsflow-Signature",
        TIMESTAMP_HEADER => "X-Pocketsflow-Timestamp",
        _ => "X-Pocketsflow-Event",
    }
}

/// Unix seconds, or milliseconds when the number is too large to be seconds.
fn parse_timestamp(value: &str) -> Result<SystemTime, WebhookError> {
    let malformed =
        |reason: &str| WebhookError::MalformedHeader { header: "X-Pocketsflow-Timestamp", reason: reason.to_owned() };
    let number: u64 = value.trim().parse().map_err(|_| malformed("not a whole number of seconds or milliseconds"))?;
    let since_epoch =
        if number >= 100_000_000_000 { Duration::from_millis(number) } else { Duration::from_secs(number) };
    UNIX_EPOCH.checked_add(since_epoch).ok_or_else(|| malformed("out of range"))
}

macro_rules! events {
    ($($(#[$doc:meta])* $variant:ident($payload:ty) = $name:literal,)+) => {
        /// A webhook event. New event names arrive as [`Event::Unknown`], so a receiver never breaks on them.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            $($(#[$doc])* $variant($payload),)+
            /// An event this SDK does not know yet, with its whole body.
            Unknown {
                /// The event name.
                name: String,
                /// The body.
                payload: Map<String, Value>,
            },
        }

        impl Event {
            /// The event's name, as the API spells it (`order.completed`, ...).
            pub fn name(&self) -> &str {
                match self {
                    $(Event::$variant(_) => $name,)+
                    Event::Unknown { name, .. } => name,
                }
            }

            /// The payload as `T` when it is one (`event.payload::<OrderEvent>()`), else `None`.
            pub fn payload<T: std::any::Any>(&self) -> Option<&T> {
                match self {
                    $(Event::$variant(payload) => (payload as &dyn std::any::Any).downcast_ref::<T>(),)+
                    Event::Unknown { payload, .. } => (payload as &dyn std::any::Any).downcast_ref::<T>(),
                }
            }

            /// The body as the API sent it: the payload's fields and `event`.
            fn to_body(&self) -> Result<Map<String, Value>, serde_json::Error> {
                let mut body = match self {
                    $(Event::$variant(payload) => match serde_json::to_value(payload)? {
                        Value::Object(fields) => fields,
                        _ => Map::new(),
                    },)+
                    Event::Unknown { payload, .. } => payload.clone(),
                };
                body.insert("event".to_owned(), Value::String(self.name().to_owned()));
                Ok(body)
            }

            fn from_parts(name: &str, body: Map<String, Value>) -> Result<Self, WebhookError> {
                let invalid = |e: serde_json::Error| WebhookError::InvalidBody(format!("{name}: {e}"));
                Ok(match name {
                    $($name => Event::$variant(serde_json::from_value(Value::Object(body)).map_err(invalid)?),)+
                    _ => Event::Unknown { name: name.to_owned(), payload: body },
                })
            }
        }
    };
}

// The event names come from the spec's webhook event enum (the schema marked `x-event-payloads`), with the
// payload type that extension names, else `Payload`; written by build.rs (codegen/sdk.rs).
include!(concat!(env!("OUT_DIR"), "/sdk_events.rs"));

impl Event {
    /// Parses a body already verified, taking the event name from its `event` field, else from
    /// `event_header` (the `X-Pocketsflow-Event` value).
    pub fn parse(body: &[u8], event_header: Option<&str>) -> Result<Event, WebhookError> {
        let body: Map<String, Value> =
            serde_json::from_slice(body).map_err(|e| WebhookError::InvalidBody(e.to_string()))?;
        let name = match body.get("event").and_then(Value::as_str) {
            Some(name) if !name.is_empty() => name.to_owned(),
            _ => event_header.filter(|h| !h.trim().is_empty()).ok_or(WebhookError::MissingEventName)?.trim().to_owned(),
        };
        Event::from_parts(&name, body)
    }
}

impl Event {
    /// The payload of `order.completed` and `order.refunded`: the order id, the buyer and the amount at a glance
    /// ([`OrderEvent::order_id`], [`OrderEvent::buyer_email`], ...).
    pub fn order(&self) -> Option<&OrderEvent> {
        self.payload::<OrderEvent>()
    }
}

/// An event is written as the body the API sent (its fields and `event`), so a verified event can be queued
/// and read back later: `serde_json::to_vec(&event)`, then `serde_json::from_slice::<Event>(...)` gives it again.
impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_body().map_err(serde::ser::Error::custom)?.serialize(serializer)
    }
}

/// Reads what [`Serialize`] wrote (or a delivery's body): the event name from its `event` field.
impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let body = Map::<String, Value>::deserialize(deserializer)?;
        let name = match body.get("event").and_then(Value::as_str) {
            Some(name) if !name.is_empty() => name.to_owned(),
            _ => return Err(serde::de::Error::custom(WebhookError::MissingEventName)),
        };
        Event::from_parts(&name, body).map_err(serde::de::Error::custom)
    }
}

impl OrderEvent {
    /// The order's id (`order._id`), what `pf.orders().get(...)` takes.
    pub fn order_id(&self) -> Option<&str> {
        self.order.as_ref()?.id.as_deref()
    }

    /// The product's id (`product._id`).
    pub fn product_id(&self) -> Option<&str> {
        self.product.as_ref()?.id.as_deref()
    }

    /// The buyer's email (`customer.email`).
    pub fn buyer_email(&self) -> Option<&str> {
        self.customer.as_ref()?.email.as_deref()
    }

    /// The currency as the API's orders spell it, upper case (`USD`); the event itself sends it lower case
    /// (`usd`, in [`OrderEvent::currency`]).
    pub fn currency_code(&self) -> Option<String> {
        self.currency.as_deref().map(str::to_ascii_uppercase)
    }

    /// A value of the metadata given at checkout (`metadata.cart`).
    pub fn metadata_value(&self, key: &str) -> Option<&Value> {
        self.metadata.as_ref()?.get(key)
    }

    /// A text value of the metadata given at checkout; `None` when absent or not text.
    pub fn metadata_str(&self, key: &str) -> Option<&str> {
        self.metadata_value(key)?.as_str()
    }
}

/// The body of an event whose shape the documentation does not give: every field, as received.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Payload {
    /// Id of the webhook the delivery is for.
    #[serde(rename = "webhookId", default, skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<String>,
    /// Every other field.
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

/// The body of `order.completed` and `order.refunded`, as documented.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderEvent {
    /// Id of the webhook the delivery is for.
    #[serde(default)]
    pub webhook_id: Option<String>,
    /// The product bought.
    #[serde(default)]
    pub product: Option<EventProduct>,
    /// The order.
    #[serde(default)]
    pub order: Option<EventOrder>,
    /// Currency, lower case as the event sends it (`usd`); the order says `USD` ([`OrderEvent::currency_code`]).
    #[serde(default)]
    pub currency: Option<String>,
    /// The buyer.
    #[serde(default)]
    pub customer: Option<EventCustomer>,
    /// Tax applied.
    #[serde(default)]
    pub tax: Option<EventTax>,
    /// Amount paid, tax included: the gross, the order's `gross_amount` (fees are not taken off; the order's
    /// `net_amount` is what remains after them).
    #[serde(default)]
    pub amount: Option<crate::types::Money>,
    /// Amount before tax.
    #[serde(default)]
    pub amount_before_tax: Option<crate::types::Money>,
    /// Metadata passed at checkout.
    #[serde(default)]
    pub metadata: Option<Map<String, Value>>,
    /// Fields not documented yet.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The product of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventProduct {
    /// Product id.
    #[serde(default)]
    pub id: Option<String>,
    /// Variant id, when a variant was bought.
    #[serde(default)]
    pub variant_id: Option<String>,
}

/// The order of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EventOrder {
    /// Order id.
    #[serde(default)]
    pub id: Option<String>,
}

/// The buyer of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventCustomer {
    /// Email.
    #[serde(default)]
    pub email: Option<String>,
    /// First name, when collected.
    #[serde(default)]
    pub first_name: Option<String>,
    /// Last name, when collected.
    #[serde(default)]
    pub last_name: Option<String>,
}

/// Tax of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EventTax {
    /// Tax amount.
    #[serde(default)]
    pub amount: Option<crate::types::Money>,
    /// Rate, as a fraction (0.08).
    #[serde(default)]
    pub rate: Option<f64>,
    /// Rate, as a percentage (8.0).
    #[serde(default)]
    pub percentage: Option<f64>,
    /// Destination country.
    #[serde(rename = "ToCountry", default)]
    pub to_country: Option<String>,
    /// Destination postal code.
    #[serde(rename = "ToZip", default)]
    pub to_zip: Option<String>,
    /// Destination state.
    #[serde(rename = "ToState", default)]
    pub to_state: Option<String>,
    /// The buyer's VAT number.
    #[serde(rename = "vatNumber", default)]
    pub vat_number: Option<String>,
}

#[cfg(feature = "axum")]
mod axum_extractor {
    use axum::body::Bytes;
    use axum::extract::{FromRef, FromRequest, Request};
    use axum::http::StatusCode;
    use axum::response::{IntoResponse, Response};

    use super::{Event, Verifier, WebhookError};

    /// An axum extractor yielding a verified, parsed [`Event`]. The [`Verifier`] comes from the router's
    /// state (`Verifier: FromRef<S>`), with its [`ReplayGuard`](super::ReplayGuard) if it has one; a refused
    /// delivery is answered with [`WebhookError::status_code`] (401 untrusted, 409 replayed, 503 replay guard
    /// full, 400 unparsable) and the reason as text.
    ///
    /// ```no_run
    /// use axum::{http::{HeaderMap, StatusCode}, extract::State, routing::post, Router};
    /// use pocketsflow::events::{Event, ReplayGuard, VerifiedEvent, Verifier};
    ///
    /// async fn receive(
    ///     State(verifier): State<Verifier>,
    ///     headers: HeaderMap,
    ///     VerifiedEvent(event): VerifiedEvent,
    /// ) -> StatusCode {
    ///     if let Event::OrderCompleted(order) = event {
    ///         if record_payment(order.amount).is_err() {
    ///             // Accepted by the guard, but not handled: let the same delivery in again.
    ///             verifier.forget(&headers);
    ///             return StatusCode::INTERNAL_SERVER_ERROR;
    ///         }
    ///     }
    ///     StatusCode::OK
    /// }
    /// # fn record_payment(_: Option<pocketsflow::types::Money>) -> Result<(), ()> { Ok(()) }
    ///
    /// let verifier = Verifier::new("whsec_...").replay_guard(ReplayGuard::new(10_000));
    /// let app: Router = Router::new().route("/webhooks/pocketsflow", post(receive)).with_state(verifier);
    /// ```
    #[derive(Debug, Clone)]
    pub struct VerifiedEvent(pub Event);

    /// The rejection of [`VerifiedEvent`].
    #[derive(Debug)]
    pub struct WebhookRejection(pub WebhookError);

    impl IntoResponse for WebhookRejection {
        fn into_response(self) -> Response {
            let status = StatusCode::from_u16(self.0.status_code()).unwrap_or(StatusCode::BAD_REQUEST);
            (status, self.0.to_string()).into_response()
        }
    }

    impl<S> FromRequest<S> for VerifiedEvent
    where
        S: Send + Sync,
        Verifier: FromRef<S>,
    {
        type Rejection = Response;

        async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
            let verifier = Verifier::from_ref(state);
            let headers = request.headers().clone();
            let body = Bytes::from_request(request, state).await.map_err(IntoResponse::into_response)?;
            verifier
                .construct_event_async(&body, &headers)
                .await
                .map(VerifiedEvent)
                .map_err(|e| WebhookRejection(e).into_response())
        }
    }
}

#[cfg(feature = "axum")]
pub use axum_extractor::{VerifiedEvent, WebhookRejection};
