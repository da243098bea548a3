//! Client-side pacing: the [`RateLimit`] a client keeps to, and the token bucket behind it (shared with the
//! fake server's rate limit).

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// A client-side rate limit: at most `per_minute` requests a minute on average, in bursts of up to `burst`.
///
/// [`RateLimit::DOCUMENTED`] is the API's documented limit (100 a minute, bursts of 200): with it a bulk job
/// waits for a token instead of tripping 429.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Sustained requests per minute.
    pub per_minute: u32,
    /// Requests that may go at once after a quiet period.
    pub burst: u32,
}

impl RateLimit {
    /// The documented limit: 100 requests a minute, bursts of 200.
    pub const DOCUMENTED: RateLimit = RateLimit { per_minute: 100, burst: 200 };
}

/// A token bucket: `burst` tokens, refilled at `per_minute` a minute.
#[derive(Debug)]
pub(crate) struct TokenBucket {
    capacity: f64,
    per_sec: f64,
    tokens: f64,
    last: Instant,
}

impl TokenBucket {
    pub(crate) fn new(limit: RateLimit) -> Self {
        let capacity = f64::from(limit.burst.max(1));
        TokenBucket { capacity, per_sec: f64::from(limit.per_minute) / 60.0, tokens: capacity, last: Instant::now() }
    }

    /// Takes a token, or says how long until one is available.
    pub(crate) fn take(&mut self) -> Result<(), Duration> {
        let now = Instant::now();
        self.tokens = (self.tokens + now.duration_since(self.last).as_secs_f64() * self.per_sec).min(self.capacity);
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else if self.per_sec <= 0.0 {
            Err(Duration::from_secs(60))
        } else {
            Err(Duration::from_secs_f64((1.0 - self.tokens) / self.per_sec))
        }
    }
}

/// Pacing shared beyond one process: every process that uses one API key reserves its requests on one
/// schedule (for example [`RedisRateLimit`](crate::redis::RedisRateLimit), feature `redis`).
/// [`ClientBuilder::rate_limit`](crate::ClientBuilder::rate_limit) takes one as it takes a [`RateLimit`].
pub trait SharedRateLimit: Send + Sync + std::fmt::Debug {
    /// Waits until one request may go, at most `max_wait`; answers how long it waited, or `None` when the
    /// request could not go within `max_wait` (then nothing is reserved for it).
    fn acquire<'a>(
        &'a self,
        max_wait: Duration,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<Duration>> + Send + 'a>>;
}

/// What [`ClientBuilder::rate_limit`](crate::ClientBuilder::rate_limit) takes: a limit paced in this process
/// (a [`RateLimit`]), or a [`SharedRateLimit`].
#[derive(Debug, Clone)]
pub struct Pacing(PacingKind);

#[derive(Debug, Clone)]
enum PacingKind {
    Local(RateLimit),
    Shared(std::sync::Arc<dyn SharedRateLimit>),
}

impl From<RateLimit> for Pacing {
    fn from(limit: RateLimit) -> Pacing {
        Pacing(PacingKind::Local(limit))
    }
}

impl<T: SharedRateLimit + 'static> From<T> for Pacing {
    fn from(shared: T) -> Pacing {
        Pacing(PacingKind::Shared(std::sync::Arc::new(shared)))
    }
}

impl Pacing {
    /// The limit, when it is paced in this process.
    pub(crate) fn local(&self) -> Option<RateLimit> {
        match &self.0 {
            PacingKind::Local(limit) => Some(*limit),
            PacingKind::Shared(_) => None,
        }
    }
}

/// A token bucket in this process, shared by every clone of a client; waits instead of refusing.
#[derive(Debug)]
pub(crate) struct LocalPacer(Mutex<TokenBucket>);

impl LocalPacer {
    pub(crate) fn new(limit: RateLimit) -> Self {
        LocalPacer(Mutex::new(TokenBucket::new(limit)))
    }

    /// Waits until a request may go, at most `max_wait`; returns how long it waited, `None` past `max_wait`.
    pub(crate) async fn acquire(&self, max_wait: Duration) -> Option<Duration> {
        tokio::time::timeout(max_wait, self.wait()).await.ok()
    }

    async fn wait(&self) -> Duration {
        let mut waited = Duration::ZERO;
        loop {
            let wait = match self.0.lock().unwrap_or_else(PoisonError::into_inner).take() {
                Ok(()) => return waited,
                Err(wait) => wait,
            };
            tokio::time::sleep(wait).await;
            waited += wait;
        }
    }
}

/// The pacing of one client, shared by every clone.
#[derive(Debug)]
pub(crate) enum Pacer {
    /// A token bucket in this process.
    Local(LocalPacer),
    /// A schedule shared with other processes.
    Shared(std::sync::Arc<dyn SharedRateLimit>),
}

impl Pacer {
    pub(crate) fn new(pacing: Pacing) -> Self {
        match pacing.0 {
            PacingKind::Local(limit) => Pacer::Local(LocalPacer::new(limit)),
            PacingKind::Shared(shared) => Pacer::Shared(shared),
        }
    }

    /// Waits until a request may go, at most `max_wait`; returns how long it waited, `None` past `max_wait`.
    pub(crate) async fn acquire(&self, max_wait: Duration) -> Option<Duration> {
        match self {
            Pacer::Local(local) => local.acquire(max_wait).await,
            Pacer::Shared(shared) => shared.acquire(max_wait).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_allows_a_burst_then_refuses() {
        let mut bucket = TokenBucket::new(RateLimit { per_minute: 60, burst: 3 });
        assert!((0..3).all(|_| bucket.take().is_ok()));
        let wait = bucket.take().unwrap_err();
        assert!(wait <= Duration::from_secs(1) && wait > Duration::from_millis(900), "{wait:?}");
    }
}
