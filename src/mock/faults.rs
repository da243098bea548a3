//! Faults on demand, the testbed for retries and timeouts: what the next requests of the API get instead of
//! their answer (a status, a dropped or reset connection), a latency, a rate limit. Set through
//! [`MockServer::faults`](super::MockServer::faults) or `POST /__mock/faults`.

use std::collections::VecDeque;
use std::sync::PoisonError;
use std::time::Duration;

use super::Shared;
use crate::pacing::TokenBucket;

/// Faults on demand: the testbed for retries and timeouts.
#[derive(Clone, Copy)]
pub struct Faults<'a> {
    pub(super) shared: &'a Shared,
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
        self.with(|s| s.drop_next = s.drop_next.saturating_add(count));
    }

    /// Answers the next `count` requests with `200` and the start of a JSON body, then cuts the connection.
    pub fn reset_next(&self, count: u32) {
        self.with(|s| s.reset_next = s.reset_next.saturating_add(count));
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
