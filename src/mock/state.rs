//! What a running fake server shares between its routes and its handle: the store, the clock, the faults,
//! the request log and the spec violations, each behind its own lock.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use axum::http::Method;

use super::store::{self, Weigh, Window};
#[cfg(doc)]
use super::MockServer;
use super::{limits, FaultState, Seed};

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
    /// The state of a new server at `base_url`, holding what `seed` starts with.
    pub(super) fn new(base_url: String, seed: Seed) -> std::io::Result<Shared> {
        let mut store = store::Store::new();
        if seed == Seed::Demo {
            super::seed::demo(&mut store);
        }
        Ok(Shared {
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
            seed,
            clock: Mutex::default(),
            strict: AtomicBool::new(false),
            javascript_amounts: AtomicBool::new(false),
            violations: Mutex::new(Violations {
                kept: Window::new(limits::RECENT_REQUESTS, limits::RECENT_REQUEST_BYTES),
                log: None,
            }),
        })
    }

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

    /// Turns strict mode on or off.
    pub(super) fn set_strict(&self, on: bool) {
        self.strict.store(on, Ordering::Relaxed);
    }

    /// The requests refused for not matching the spec that are kept, oldest first.
    pub(super) fn spec_violations(&self) -> Vec<SpecViolation> {
        self.violations.lock().unwrap_or_else(PoisonError::into_inner).kept.iter().cloned().collect()
    }

    /// From now on, also writes each violation to `file`.
    pub(super) fn log_violations_to(&self, file: std::fs::File) {
        self.violations.lock().unwrap_or_else(PoisonError::into_inner).log = Some(file);
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

    /// How many requests with this method and path (concrete or a route template) were recorded.
    pub(super) fn count(&self, method: &Method, path: &str) -> usize {
        let by_route = self.routes.iter().find_map(|((m, route), count)| match route {
            RouteKey::Route(template) if m == method && *template == path => Some(*count),
            _ => None,
        });
        by_route.or_else(|| self.paths.get(&(method.clone(), path.to_owned())).copied()).unwrap_or(0)
    }

    /// Route counts, concrete-path counts, recent requests and their bytes.
    pub(super) fn sizes(&self) -> (usize, usize, usize, usize) {
        (self.routes.len(), self.paths.len(), self.recent.len(), self.recent.bytes())
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
