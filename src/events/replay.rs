//! The replay defence: [`ReplayGuard`], the bounded in-process memory of accepted deliveries, and the
//! [`ReplayStore`] trait a shared memory (Redis) implements.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::WebhookError;

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

/// A bounded memory of the deliveries accepted recently, shared by every clone: the defence against replays
/// that the timestamp alone cannot give (see the [module documentation](super#replays)).
///
/// - **Key**: the body's HMAC (the verified signature), so the same body is the same delivery whatever its
///   timestamp and however its headers are spelled.
/// - **When**: a [`Verifier`](super::Verifier) records a delivery once it passes every check ([`Verifier::verify`](super::Verifier::verify) after the
///   signature and timestamp; [`Verifier::construct_event`](super::Verifier::construct_event) and the axum extractor after parsing too), in one
///   step with the look-up, so of concurrent copies exactly one is accepted.
/// - **How long**: the verifier's tolerance (5 minutes by default; [`DEFAULT_TOLERANCE`](super::DEFAULT_TOLERANCE) under
///   [`Verifier::ignore_timestamp`](super::Verifier::ignore_timestamp)), counted from when it was accepted. Expired entries are dropped as new
///   deliveries arrive.
/// - **Capacity**: at most `capacity` entries. When it is full of entries not expired yet, a new delivery is
///   refused with [`WebhookError::ReplayGuardFull`] (503, so a sender may retry later); an unexpired entry is
///   never dropped to make room, since that would let its body be replayed. Size it above the deliveries
///   you expect within one window; each entry takes about 100 bytes. A capacity of 0 refuses every delivery.
/// - **Handler failures**: a delivery is recorded when it is verified, before your handler runs. If the
///   handler fails and you want the same delivery to be accepted when sent again, call
///   [`Verifier::forget`](super::Verifier::forget) with its headers. (Pocketsflow itself makes one attempt per event, so this only
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
    pub(super) fn admit(&self, key: DeliveryKey, now: SystemTime, window: Duration) -> Result<(), WebhookError> {
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

    pub(super) fn forget(&self, key: &DeliveryKey) -> bool {
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
