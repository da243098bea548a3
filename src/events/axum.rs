//! [`VerifiedEvent`], the axum extractor that verifies and parses a delivery, and its rejection.

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
