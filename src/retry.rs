//! When and how often a failed request is tried again: the [`RetryPolicy`], its backoff with full jitter, and
//! `Retry-After`.

use std::time::{Duration, SystemTime};

/// When and how often a failed request is tried again.
///
/// Safe by default for an API without idempotency keys: `GET`, `PUT` and `DELETE` are retried on connection
/// failures, timeouts, 429, 500, 502, 503 and 504. `POST` (a create, a refund...) is retried only when the
/// request provably never reached the server (the connection could not be established) or was refused with
/// 429, never after a timeout or a 5xx, which could double-charge or double-refund, unless
/// [`retry_non_idempotent`](RetryPolicy::retry_non_idempotent) says otherwise.
///
/// The delay before retry `n` (from 1) is random between 0 and `min(max_delay, base_delay * 2^(n-1))` ("full
/// jitter"), or the answer's `Retry-After` (seconds or an HTTP date), capped at 60 s.
///
/// ```
/// use std::time::Duration;
/// use pocketsflow::retry::RetryPolicy;
///
/// let patient = RetryPolicy::default().max_retries(4).base_delay(Duration::from_millis(200));
/// assert_eq!(patient.max_delay, Duration::from_secs(8));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Retries after the first attempt. Default 2; 0 turns retries off.
    pub max_retries: u32,
    /// Base of the exponential backoff. Default 0.5 s.
    pub base_delay: Duration,
    /// Cap of the exponential backoff. Default 8 s.
    pub max_delay: Duration,
    /// Also retry `POST` after timeouts, dropped connections and 5xx. Default `false`: only opt in for
    /// operations you know to be idempotent.
    pub retry_non_idempotent: bool,
}

/// The cap on a `Retry-After` the SDK will honour.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// Sets [`max_retries`](RetryPolicy::max_retries).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }

    /// Sets [`base_delay`](RetryPolicy::base_delay).
    pub fn base_delay(mut self, base_delay: Duration) -> Self {
        self.base_delay = base_delay;
        self
    }

    /// Sets [`max_delay`](RetryPolicy::max_delay).
    pub fn max_delay(mut self, max_delay: Duration) -> Self {
        self.max_delay = max_delay;
        self
    }

    /// Sets [`retry_non_idempotent`](RetryPolicy::retry_non_idempotent).
    pub fn retry_non_idempotent(mut self, retry_non_idempotent: bool) -> Self {
        self.retry_non_idempotent = retry_non_idempotent;
        self
    }

    /// No retries at all.
    pub fn none() -> Self {
        RetryPolicy { max_retries: 0, ..RetryPolicy::default() }
    }

    /// The delay before retry number `retry` (1 for the first retry).
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(after) = retry_after {
            return after.min(MAX_RETRY_AFTER);
        }
        let exp = self.base_delay.saturating_mul(1u32 << (retry.saturating_sub(1)).min(20));
        let ceiling = exp.min(self.max_delay);
        ceiling.mul_f64(random_unit())
    }
}

/// `Retry-After` as a duration: delta-seconds, or an HTTP date relative to now.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

/// A number in [0, 1): splitmix64 over a per-process counter seeded from the clock. Jitter needs spread,
/// not cryptographic quality.
fn random_unit() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static STATE: AtomicU64 = AtomicU64::new(0);
    let seed = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    let mut z = STATE.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed) ^ seed;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_within_full_jitter_bounds() {
        let policy = RetryPolicy::default();
        for retry in 1..=8 {
            // The README's numbers, written out: 0.5 s doubling, capped at 8 s.
            let ceiling = (Duration::from_millis(500) * (1 << (retry - 1))).min(Duration::from_secs(8));
            let delays: Vec<Duration> = (0..2_000).map(|_| policy.delay(retry, None)).collect();
            assert!(delays.iter().all(|d| *d <= ceiling), "retry {retry}");
            // Full jitter: the whole range is used, up to the ceiling and down to near 0.
            let (low, high) = (delays.iter().min().unwrap(), delays.iter().max().unwrap());
            assert!(*high >= ceiling.mul_f64(0.95), "retry {retry}: at most {high:?} of {ceiling:?}");
            assert!(*low <= ceiling.mul_f64(0.05), "retry {retry}: at least {low:?} of {ceiling:?}");
        }
        let spread: std::collections::HashSet<_> = (0..50).map(|_| policy.delay(3, None)).collect();
        assert!(spread.len() > 40, "jitter spreads delays");
    }

    #[test]
    fn retry_after_wins_and_is_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.delay(1, Some(Duration::from_secs(3))), Duration::from_secs(3));
        assert_eq!(policy.delay(1, Some(Duration::from_secs(3600))), MAX_RETRY_AFTER);
    }

    #[test]
    fn retry_after_parses_seconds_and_dates() {
        assert_eq!(parse_retry_after(" 7 "), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO), "a past date");
        let future = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
        let parsed = parse_retry_after(&future).unwrap();
        assert!(parsed > Duration::from_secs(27) && parsed <= Duration::from_secs(30), "{parsed:?}");
        assert_eq!(parse_retry_after("soon"), None);
    }
}
