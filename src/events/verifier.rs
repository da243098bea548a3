//! [`Verifier`]: the checks of one delivery (signature, timestamp, replay) and its parsing into an [`Event`].

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::Mac;

use super::{
    Admission, DeliveryKey, Event, ReplayGuard, ReplayStore, ReplayStoreError, WebhookError, WebhookSecret,
    DEFAULT_TOLERANCE, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER,
};

/// The replay memory of a [`Verifier`]: in this process, or shared.
#[derive(Debug, Clone)]
enum Memory {
    Local(ReplayGuard),
    Shared(Arc<dyn ReplayStore>),
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
/// timestamp, see the [module documentation](super#replays)).
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
