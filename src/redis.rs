//! State shared by every instance of one shop, kept in Redis (feature `redis`): the webhook replay memory
//! ([`RedisReplayStore`]) and the API rate limit ([`RedisRateLimit`]). Built on the `redis` crate's
//! `ConnectionManager` (it reconnects by itself); every operation is bounded by a timeout.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use pocketsflow::events::Verifier;
//! use pocketsflow::pacing::RateLimit;
//! use pocketsflow::redis::{RedisRateLimit, RedisReplayStore};
//!
//! // Every receiver of the endpoint: a delivery accepted by one is refused by all the others.
//! let verifier = Verifier::new("whsec_...").replay_store(RedisReplayStore::new("redis://127.0.0.1/")?);
//! // Every process with this API key: 100 requests a minute between them all.
//! let pf = pocketsflow::Pocketsflow::builder()
//!     .api_key("pk_live_...")
//!     .rate_limit(RedisRateLimit::new("redis://127.0.0.1/", RateLimit::DOCUMENTED)?)
//!     .build()?;
//! # Ok(()) }
//! ```

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use tokio::sync::OnceCell;

use crate::error::Error;
use crate::events::{Admission, DeliveryKey, ReplayStore, ReplayStoreError, StoreFuture};
use crate::pacing::{LocalPacer, RateLimit, SharedRateLimit};

/// The default bound on one Redis operation, connecting included: past it, a delivery is refused (503) and the
/// rate limit falls back to local pacing.
pub const DEFAULT_REDIS_TIMEOUT: Duration = Duration::from_millis(500);

/// One lazily opened, self-healing connection with a bound on every operation.
struct Connection {
    client: redis::Client,
    manager: OnceCell<ConnectionManager>,
    timeout: Duration,
}

impl Connection {
    fn open(url: &str) -> Result<Connection, Error> {
        // The URL may hold a password: the error says what is wrong, never the URL.
        let client = redis::Client::open(url)
            .map_err(|e| Error::config(format!("the Redis URL is not valid ({:?})", e.kind())))?;
        Ok(Connection { client, manager: OnceCell::new(), timeout: DEFAULT_REDIS_TIMEOUT })
    }

    /// The connection, opened at the first use (and reopened by the manager after a failure).
    async fn manager(&self) -> Result<ConnectionManager, String> {
        self.manager
            .get_or_try_init(|| async {
                let config = ConnectionManagerConfig::new()
                    .set_connection_timeout(Some(self.timeout))
                    .set_response_timeout(Some(self.timeout))
                    .set_number_of_retries(1);
                ConnectionManager::new_with_config(self.client.clone(), config).await
            })
            .await
            .cloned()
            .map_err(describe)
    }

    /// `work` within the timeout.
    async fn bounded<T>(&self, work: impl std::future::Future<Output = Result<T, String>>) -> Result<T, String> {
        match tokio::time::timeout(self.timeout, work).await {
            Ok(result) => result,
            Err(_) => Err(format!("no answer from Redis within {} ms", self.timeout.as_millis())),
        }
    }

    /// Runs `command` within the timeout, connecting first if needed.
    async fn run<T: redis::FromRedisValue>(&self, command: &redis::Cmd) -> Result<T, String> {
        self.bounded(async {
            let mut manager = self.manager().await?;
            command.query_async::<T>(&mut manager).await.map_err(describe)
        })
        .await
    }

    /// Runs `script` on `key` with `args` within the timeout, connecting first if needed.
    async fn script<T: redis::FromRedisValue, A: redis::ToRedisArgs>(
        &self,
        script: &redis::Script,
        key: &str,
        args: &[A],
    ) -> Result<T, String> {
        self.bounded(async {
            let mut manager = self.manager().await?;
            let mut invocation = script.key(key);
            for arg in args {
                invocation.arg(arg);
            }
            invocation.invoke_async::<T>(&mut manager).await.map_err(describe)
        })
        .await
    }
}

/// A Redis error in words that never carry the URL or a password.
fn describe(error: redis::RedisError) -> String {
    let kind = if error.is_timeout() {
        "timed out".to_owned()
    } else if error.is_connection_refusal() {
        "connection refused".to_owned()
    } else if error.is_connection_dropped() || error.is_unrecoverable_error() {
        "connection lost".to_owned()
    } else {
        format!("{:?}", error.kind())
    };
    format!("Redis: {kind}")
}

/// The replay memory of every receiver of one endpoint, in Redis: one `SET key token NX PX ttl` per delivery,
/// so of concurrent copies exactly one is admitted, and every key expires by itself after the verifier's
/// tolerance (nothing grows without bound). Keys are `<prefix><hex of the delivery's HMAC>`, the prefix
/// `pocketsflow:webhook:` unless [`prefix`](Self::prefix) says otherwise.
///
/// **When Redis is unreachable or slow**, a delivery is refused within [`timeout`](Self::timeout)
/// ([`DEFAULT_REDIS_TIMEOUT`], 500 ms) with [`WebhookError::ReplayStoreUnavailable`](crate::events::WebhookError)
/// (503, so the sender may retry): the guard fails closed. [`fail_open`](Self::fail_open) admits such a
/// delivery instead (without replay protection), logged at `warn`. A delivery refused that way whose `SET`
/// may still reach Redis is withdrawn (its own token only) as soon as Redis answers again, so the sender's
/// retry is accepted rather than taken for a replay.
///
/// Across a restart of Redis the memory holds only if Redis persists it (`appendonly yes`, with `appendfsync
/// always` for every write): without persistence, a delivery accepted before a restart can be replayed after
/// it, within the window.
pub struct RedisReplayStore {
    connection: Arc<Connection>,
    prefix: String,
    fail_open: bool,
}

impl fmt::Debug for RedisReplayStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the URL: it may hold a password.
        f.debug_struct("RedisReplayStore")
            .field("prefix", &self.prefix)
            .field("timeout", &self.connection.timeout)
            .field("fail_open", &self.fail_open)
            .finish_non_exhaustive()
    }
}

impl RedisReplayStore {
    /// A store on the Redis at `url` (`redis://[:password@]host[:port][/db]`). Connects at the first delivery.
    ///
    /// # Errors
    /// A configuration error when the URL is not a Redis URL (the message never repeats it).
    pub fn new(url: &str) -> Result<RedisReplayStore, Error> {
        Ok(RedisReplayStore {
            connection: Arc::new(Connection::open(url)?),
            prefix: DEFAULT_REPLAY_PREFIX.to_owned(),
            fail_open: false,
        })
    }

    /// The prefix of its keys (default `pocketsflow:webhook:`): one per endpoint when several share a Redis.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// The bound on one operation, connecting included (default [`DEFAULT_REDIS_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        if let Some(connection) = Arc::get_mut(&mut self.connection) {
            connection.timeout = timeout;
        }
        self
    }

    /// Admits deliveries while Redis is unreachable instead of refusing them: availability over replay
    /// protection, logged at `warn` for each. Off by default (fail closed).
    pub fn fail_open(mut self, on: bool) -> Self {
        self.fail_open = on;
        self
    }

    fn key(&self, key: &DeliveryKey) -> String {
        format!("{}{}", self.prefix, hex::encode(key))
    }
}

/// Deletes `KEYS[1]` only if it still holds `ARGV[1]`: withdraws one's own admission, never another's.
const WITHDRAW: &str =
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

impl ReplayStore for RedisReplayStore {
    fn admit<'a>(&'a self, key: &'a DeliveryKey, ttl: Duration, _now: SystemTime) -> StoreFuture<'a, Admission> {
        Box::pin(async move {
            let key = self.key(key);
            // A token of this attempt's own, so that a withdrawal removes this admission and no other.
            let token = format!("{:x}", rand_token());
            let ttl_ms = u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1);
            let mut set = redis::cmd("SET");
            set.arg(&key).arg(&token).arg("NX").arg("PX").arg(ttl_ms);
            match self.connection.run::<Option<String>>(&set).await {
                Ok(Some(_)) => Ok(Admission::Admitted),
                Ok(None) => Ok(Admission::Seen),
                Err(reason) => {
                    // The SET may still reach Redis: withdraw it once Redis answers, until the key would expire.
                    // Never connected, it never left.
                    if self.connection.manager.get().is_some() {
                        let connection = self.connection.clone();
                        let deadline = tokio::time::Instant::now() + ttl;
                        tokio::spawn(async move {
                            let script = redis::Script::new(WITHDRAW);
                            while tokio::time::Instant::now() < deadline {
                                if connection.script::<i64, _>(&script, &key, &[&token]).await.is_ok() {
                                    return;
                                }
                                tokio::time::sleep(Duration::from_millis(50)).await;
                            }
                        });
                    }
                    if self.fail_open {
                        tracing::warn!(%reason, "replay store unavailable: admitting the delivery without replay protection (fail_open)");
                        Ok(Admission::Admitted)
                    } else {
                        Err(ReplayStoreError::Unavailable(reason))
                    }
                }
            }
        })
    }

    fn forget<'a>(&'a self, key: &'a DeliveryKey) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let mut del = redis::cmd("DEL");
            del.arg(self.key(key));
            self.connection.run::<i64>(&del).await.map(|n| n > 0).map_err(ReplayStoreError::Unavailable)
        })
    }
}

/// 64 bits that differ between attempts and processes (time, process id, a counter): a token, not a secret.
fn rand_token() -> u64 {
    use std::sync::atomic::AtomicU64;
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    let mixed = nanos ^ (u64::from(std::process::id()) << 40) ^ COUNTER.fetch_add(1, Ordering::Relaxed).rotate_left(20);
    // splitmix64, so that close inputs give unrelated tokens.
    let mut z = mixed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// GCRA in one atomic script, on Redis's clock: reserves the next slot of the shared schedule and answers
/// how many microseconds to wait before it, or -1 when the wait would pass `ARGV[3]` (nothing reserved).
/// `ARGV[1]` is the interval between requests, `ARGV[2]` how far ahead of the schedule a burst may run.
const GCRA: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local wait = tat - tonumber(ARGV[2]) - now
if wait < 0 then wait = 0 end
if wait > tonumber(ARGV[3]) then return -1 end
local next_tat = tat + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%d', next_tat), 'PX', math.floor((next_tat - now) / 1000) + 1000)
return wait
";

/// The share of the limit each process paces at while Redis is unreachable, unless
/// [`RedisRateLimit::fallback_share`] says otherwise: a quarter, right for four processes.
pub const DEFAULT_FALLBACK_SHARE: f64 = 0.25;

/// The key prefix of [`RedisReplayStore`] unless [`RedisReplayStore::prefix`] says otherwise.
pub const DEFAULT_REPLAY_PREFIX: &str = "pocketsflow:webhook:";

/// How much below the limit the shared schedule runs, so that the jitter of arrival times never makes two
/// requests look closer to the API than the limit allows: 2%.
pub const SAFETY_MARGIN: f64 = 0.02;

/// The API's rate limit shared by every process that uses one API key, in Redis: a GCRA schedule kept by one
/// atomic script (the generic cell rate algorithm: a token bucket of `burst` requests refilled at
/// `per_minute`, run 2% below it, [`SAFETY_MARGIN`]). Each request reserves its slot and waits for it, so
/// four processes calling as fast as they can send, between them, what one paced client would.
/// [`ClientBuilder::rate_limit`](crate::ClientBuilder::rate_limit) takes it as it takes a [`RateLimit`].
///
/// **When Redis is unreachable or slow** (no answer within [`timeout`](Self::timeout), 500 ms by default),
/// each process paces locally at its share of the limit ([`fallback_share`](Self::fallback_share), a quarter
/// by default: right for four processes), and says so once at `warn`; when Redis answers again it says so
/// once at `info` and goes back to the shared schedule.
pub struct RedisRateLimit {
    connection: Connection,
    key: String,
    limit: RateLimit,
    fallback: LocalPacer,
    fallback_share: f64,
    degraded: AtomicBool,
}

impl fmt::Debug for RedisRateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisRateLimit")
            .field("key", &self.key)
            .field("limit", &self.limit)
            .field("fallback_share", &self.fallback_share)
            .finish_non_exhaustive()
    }
}

impl RedisRateLimit {
    /// A limit of `limit` shared through the Redis at `url`, under the key `pocketsflow:rate-limit` (use
    /// [`key`](Self::key) for one per API key when several share a Redis).
    ///
    /// # Errors
    /// A configuration error when the URL is not a Redis URL (the message never repeats it).
    pub fn new(url: &str, limit: RateLimit) -> Result<RedisRateLimit, Error> {
        let share = DEFAULT_FALLBACK_SHARE;
        Ok(RedisRateLimit {
            connection: Connection::open(url)?,
            key: "pocketsflow:rate-limit".to_owned(),
            limit,
            fallback: LocalPacer::new(scaled(limit, share)),
            fallback_share: share,
            degraded: AtomicBool::new(false),
        })
    }

    /// The Redis key of the schedule: one per API key.
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.key = key.into();
        self
    }

    /// The bound on one Redis operation, connecting included (default [`DEFAULT_REDIS_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.connection.timeout = timeout;
        self
    }

    /// The share of the limit each process paces at while Redis is unreachable (default 0.25, for four
    /// processes; 1 / the number of processes that share the key).
    pub fn fallback_share(mut self, share: f64) -> Self {
        let share = if share.is_finite() { share.clamp(0.001, 1.0) } else { DEFAULT_FALLBACK_SHARE };
        self.fallback_share = share;
        self.fallback = LocalPacer::new(scaled(self.limit, share));
        self
    }

    /// The shared schedule's interval and burst tolerance, in microseconds.
    fn schedule(&self) -> (i64, i64) {
        let per_minute = f64::from(self.limit.per_minute.max(1));
        let interval = (60_000_000.0 / per_minute * (1.0 + SAFETY_MARGIN)).ceil() as i64;
        (interval, interval * i64::from(self.limit.burst.max(1) - 1))
    }
}

/// `limit` at `share` of its rate and burst (at least one request).
fn scaled(limit: RateLimit, share: f64) -> RateLimit {
    RateLimit {
        per_minute: ((f64::from(limit.per_minute) * share).floor() as u32).max(1),
        burst: ((f64::from(limit.burst) * share).floor() as u32).max(1),
    }
}

impl SharedRateLimit for RedisRateLimit {
    fn acquire<'a>(
        &'a self,
        max_wait: Duration,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<Duration>> + Send + 'a>> {
        Box::pin(async move {
            let (interval, tolerance) = self.schedule();
            let max_wait_us = i64::try_from(max_wait.as_micros()).unwrap_or(i64::MAX);
            let script = redis::Script::new(GCRA);
            match self.connection.script::<i64, _>(&script, &self.key, &[interval, tolerance, max_wait_us]).await {
                Ok(wait) => {
                    if self.degraded.swap(false, Ordering::Relaxed) {
                        tracing::info!("Redis answers again: back to the shared rate limit");
                    }
                    let wait = Duration::from_micros(u64::try_from(wait).ok()?);
                    tokio::time::sleep(wait).await;
                    Some(wait)
                }
                Err(reason) => {
                    if !self.degraded.swap(true, Ordering::Relaxed) {
                        tracing::warn!(
                            %reason,
                            share = self.fallback_share,
                            "Redis unreachable: pacing locally at a share of the rate limit"
                        );
                    }
                    self.fallback.acquire(max_wait).await
                }
            }
        })
    }
}
