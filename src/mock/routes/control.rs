//! The control plane over HTTP, under `/__mock` (documented by `src/mock/control.yaml`): thin handlers over
//! the operations of `mock/control.rs`, which the `MockServer` methods run too. Authenticated like the API;
//! neither recorded in the request log nor subject to the faults, which are the API's.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::routing::{get, post, MethodRouter};
use serde::Deserialize;
use serde_json::json;

use axum::http::StatusCode;
use axum::Extension;

use super::buyer::{complete_checkout, decline_checkout, expire_checkout};
use super::{bad, message, not_found, ok, parse, ErrorReply, Mode, Reply, S};
use crate::mock::{control, lifecycle, Seed};

/// The routes, each a path under `/__mock` with its methods.
pub(super) fn routes() -> Vec<(&'static str, MethodRouter<S>)> {
    vec![
        ("/__mock/reset", post(reset)),
        ("/__mock/fixtures", get(fixtures_export).put(fixtures_load)),
        ("/__mock/faults", post(faults_set).delete(faults_clear)),
        ("/__mock/checkout/{id}/complete", post(checkout_complete)),
        ("/__mock/checkout/{id}/decline", post(checkout_decline)),
        ("/__mock/checkout/{id}/expire", post(checkout_expire)),
        ("/__mock/clock", get(clock_get).post(clock_set)),
        ("/__mock/subscriptions/{id}/pause", post(subscription_pause)),
        ("/__mock/subscriptions/{id}/resume", post(subscription_resume)),
        ("/__mock/subscriptions/{id}/card", post(subscription_card)),
        ("/__mock/identity", post(identity)),
        ("/__mock/requests", get(requests)),
        ("/__mock/deliveries", get(deliveries)),
    ]
}

/// An empty body (or none) where every field is optional: the defaults.
fn optional<T: for<'de> Deserialize<'de> + Default>(body: &Bytes) -> Result<T, super::ErrorReply> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    parse(body)
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResetRequest {
    seed: Option<Seed>,
}

async fn reset(State(s): State<S>, body: Bytes) -> Reply {
    let request: ResetRequest = optional(&body)?;
    message(&control::reset(&s, request.seed))
}

async fn fixtures_export(State(s): State<S>) -> Reply {
    ok(control::export(&s))
}

async fn fixtures_load(State(s): State<S>, body: Bytes) -> Reply {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(bad("Request body is required"));
    }
    let fixtures = control::Fixtures::from_json(&body).map_err(bad)?;
    message(&control::load(&s, fixtures))
}

async fn faults_set(State(s): State<S>, body: Bytes) -> Reply {
    let request: control::FaultsRequest = parse(&body)?;
    message(&control::set_faults(&s, request).map_err(bad)?)
}

async fn faults_clear(State(s): State<S>) -> Reply {
    message(&control::clear_faults(&s))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompleteRequest {
    email: String,
}

async fn checkout_complete(State(s): State<S>, Path(id): Path<String>, body: Bytes) -> Reply {
    let request: CompleteRequest = parse(&body)?;
    ok(complete_checkout(&s, &id, Some(&request.email))?)
}

async fn checkout_decline(State(s): State<S>, Path(id): Path<String>) -> Reply {
    message(&decline_checkout(&s, &id)?)
}

async fn checkout_expire(State(s): State<S>, Path(id): Path<String>) -> Reply {
    message(&expire_checkout(&s, &id)?)
}

async fn clock_get(State(s): State<S>) -> Reply {
    ok(control::clock(&s))
}

async fn clock_set(State(s): State<S>, body: Bytes) -> Reply {
    let request: control::ClockRequest = optional(&body)?;
    ok(control::set_clock(&s, request).map_err(bad)?)
}

async fn requests(State(s): State<S>) -> Reply {
    ok(json!({ "requests": s.recent_requests() }))
}

async fn deliveries(State(s): State<S>) -> Reply {
    let deliveries: Vec<_> = s.store().deliveries.iter().cloned().collect();
    ok(json!({ "deliveries": deliveries }))
}

impl From<lifecycle::Refused> for ErrorReply {
    fn from(refused: lifecycle::Refused) -> ErrorReply {
        match refused {
            lifecycle::Refused::Unknown => not_found("Subscription"),
            lifecycle::Refused::State(code, message) => ErrorReply { status: StatusCode::BAD_REQUEST, message, code },
        }
    }
}

async fn subscription_pause(State(s): State<S>, Path(id): Path<String>) -> Reply {
    ok(lifecycle::pause(&s, &id)?)
}

async fn subscription_resume(State(s): State<S>, Path(id): Path<String>) -> Reply {
    ok(lifecycle::resume(&s, &id)?)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CardRequest {
    declines: bool,
}

async fn subscription_card(State(s): State<S>, Path(id): Path<String>, body: Bytes) -> Reply {
    let request: CardRequest = parse(&body)?;
    lifecycle::set_declines(&s, &id, request.declines)?;
    message(if request.declines { "its renewals are declined from now on" } else { "its renewals are paid again" })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IdentityRequest {
    status: String,
}

async fn identity(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let request: IdentityRequest = parse(&body)?;
    let event = lifecycle::identity_event(&request.status)
        .ok_or_else(|| bad("`status` must be verified, processing or requires_input"))?;
    lifecycle::verify_identity(&s, m.test, event, &request.status);
    message(&format!("sent identity.verification_session.{}", request.status))
}
