//! The layers around the routes: the API's error shape and transport limits, the key check, the check of each
//! request against openapi.yaml, request records and faults on demand, and the JavaScript amounts switch.

use axum::body::{Body, Bytes};
use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::{bad, json_response, not_found, ErrorReply, Mode, S};
use crate::error::codes;
use crate::mock::{limits, spec, Fault, RouteKey};

/// With [`MockServer::javascript_amounts`](crate::mock::MockServer::javascript_amounts) on, rewrites the amounts of
/// every order in a JSON answer as a JavaScript backend computes them; otherwise passes the answer through.
pub(super) async fn javascript_amounts(State(shared): State<S>, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !shared.javascript_amounts.load(std::sync::atomic::Ordering::Relaxed) || !is_json {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return ErrorReply {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: "answer lost".into(),
            code: codes::INTERNAL_ERROR,
        }
        .into_response();
    };
    let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    as_javascript_computes(&mut value);
    let body = serde_json::to_vec(&value).unwrap_or_else(|_| bytes.to_vec());
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}

/// Every order in `value` (an object with `grossAmount` and `stripeFee`) gets the fee and net a JavaScript
/// backend computes: `gross * 0.029 + 0.3` and `gross - fee`, in `f64`, unrounded.
fn as_javascript_computes(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(as_javascript_computes),
        Value::Object(object) => {
            let gross = object.get("grossAmount").and_then(Value::as_f64);
            if let (Some(gross), Some(Value::Number(_))) = (gross, object.get("stripeFee")) {
                if gross != 0.0 {
                    let fee = gross * 0.029 + 0.3;
                    if let (Some(fee_n), Some(net_n)) =
                        (serde_json::Number::from_f64(fee), serde_json::Number::from_f64(gross - fee))
                    {
                        object.insert("stripeFee".into(), Value::Number(fee_n));
                        object.insert("netAmount".into(), Value::Number(net_n));
                    }
                }
            }
            object.values_mut().for_each(as_javascript_computes);
        }
        _ => {}
    }
}

/// The methods HTTP defines, and QUERY (the safe method with a body, registered since), which a route that
/// does not have it answers `405` like any other; the fake refuses others (`501`) before recording them.
fn http_method(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::POST,
        Method::PUT,
        Method::DELETE,
        Method::PATCH,
        Method::OPTIONS,
        Method::TRACE,
        Method::CONNECT,
    ]
    .contains(method)
        || method.as_str() == "QUERY"
}

/// The one place that makes every answer the API's: it refuses a request target longer than
/// [`limits::MAX_URI_BYTES`] (414) and a method HTTP does not define (404, as for a path no route has) before
/// anything reads or records them, and gives every error answer that is not JSON yet (axum's 405, extractors'
/// rejections: a body past [`limits::MAX_BODY_BYTES`], a path parameter that is not UTF-8, ...) the API's error
/// shape and one of the statuses the API documents (400, 401, 404, 429, 500; 413 and 414 for the transport
/// limits): a method a path does not have is a 404 (no 405 is documented); any other client error a 400 and
/// any other server error a 500. Its other headers (`Allow`) stay. The HTML pages of the hosted checkout are
/// left as they are.
pub(super) async fn api_answers(request: Request, next: Next) -> Response {
    let uri_len = request.uri().path_and_query().map_or(0, |target| target.as_str().len());
    if uri_len > limits::MAX_URI_BYTES {
        let message = format!("Request URI of {uri_len} bytes is longer than the limit of {}", limits::MAX_URI_BYTES);
        return ErrorReply { status: StatusCode::URI_TOO_LONG, message, code: "URI_TOO_LONG" }.into_response();
    }
    if !http_method(request.method()) {
        let message = format!("No route for {} {}", request.method(), request.uri().path());
        return ErrorReply { status: StatusCode::NOT_FOUND, message, code: codes::NOT_FOUND }.into_response();
    }
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let status = response.status();
    // JSON is the API's own; HTML is the buyer's checkout pages', which explain themselves to a person.
    let is_own = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json") || v.starts_with("text/html"));
    if !(status.is_client_error() || status.is_server_error()) || is_own {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // Rejections explain themselves in a line of text; a longer body is not one of them.
    let text = axum::body::to_bytes(body, 4096)
        .await
        .ok()
        .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok())
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let reason = status.canonical_reason().unwrap_or("Error");
    let text = text.unwrap_or_else(|| reason.to_owned());
    let (status, message, code) = match status {
        StatusCode::NOT_FOUND => (status, text, codes::NOT_FOUND),
        StatusCode::METHOD_NOT_ALLOWED => {
            (StatusCode::NOT_FOUND, format!("No route for {method} {path}"), codes::NOT_FOUND)
        }
        StatusCode::PAYLOAD_TOO_LARGE => (
            status,
            format!("Request body is larger than the limit of {} bytes", limits::MAX_BODY_BYTES),
            "PAYLOAD_TOO_LARGE",
        ),
        StatusCode::UNAUTHORIZED => (status, text, codes::UNAUTHORIZED),
        StatusCode::TOO_MANY_REQUESTS => (status, text, codes::RATE_LIMITED),
        _ if status.is_client_error() => (StatusCode::BAD_REQUEST, text, codes::VALIDATION_ERROR),
        _ => (StatusCode::INTERNAL_SERVER_ERROR, text, codes::INTERNAL_ERROR),
    };
    let mut answer = ErrorReply { status, message, code }.into_response();
    for name in [header::CONTENT_TYPE, header::CONTENT_LENGTH, header::TRANSFER_ENCODING] {
        parts.headers.remove(name);
    }
    answer.headers_mut().extend(parts.headers);
    answer
}

pub(super) async fn auth(mut request: Request, next: Next) -> Response {
    let key = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let mode = match key {
        Some(key) if key.len() > 8 && (key.starts_with("pk_test_") || key.starts_with("pk_live_")) => {
            Ok(Mode { test: key.starts_with("pk_test_") })
        }
        Some(_) => Err("Invalid API key"),
        None => Err("API key required"),
    };
    match mode {
        Ok(mode) => {
            request.extensions_mut().insert(mode);
            next.run(request).await
        }
        Err(message) => {
            ErrorReply { status: StatusCode::UNAUTHORIZED, message: message.into(), code: codes::UNAUTHORIZED }
                .into_response()
        }
    }
}

/// Checks a request against its operation in openapi.yaml (path and query parameters, body) before the route
/// sees it: a request that does not match is answered `400 VALIDATION_ERROR` naming the fields, recorded as a
/// spec violation, and nothing of it reaches the store. Methods the spec does not have on this path go on to
/// the route's `405`.
pub(super) async fn conform(
    State((s, template, doc)): State<(S, &'static str, spec::Doc)>,
    request: Request,
    next: Next,
) -> Response {
    let contract = match spec::contract(doc) {
        Ok(contract) => contract,
        Err(e) => {
            let message = format!("The fake server cannot read its openapi.yaml: {e}");
            return ErrorReply { status: StatusCode::INTERNAL_SERVER_ERROR, message, code: codes::INTERNAL_ERROR }
                .into_response();
        }
    };
    let Some(operation) = contract.operation(request.method().as_str(), template) else {
        return next.run(request).await;
    };
    let (mut parts, body) = request.into_parts();
    let path = match RawPathParams::from_request_parts(&mut parts, &()).await {
        Ok(params) => params.iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect::<Vec<_>>(),
        Err(rejection) => return rejection.into_response(),
    };
    let bytes = match axum::body::to_bytes(body, limits::MAX_BODY_BYTES).await {
        Ok(bytes) => bytes,
        Err(_) => {
            let message = format!("Request body is larger than the limit of {} bytes", limits::MAX_BODY_BYTES);
            return ErrorReply { status: StatusCode::PAYLOAD_TOO_LARGE, message, code: "PAYLOAD_TOO_LARGE" }
                .into_response();
        }
    };
    let incoming = spec::Incoming { path: &path, query: parts.uri.query(), body: &bytes };
    match operation.check(&incoming, s.is_strict()) {
        Ok(_) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Err(mismatch) => {
            let message = mismatch.to_string();
            // The API's spec violations; the control plane's refusals are the test's own mistakes.
            if doc == spec::Doc::Api {
                s.record_violation(&operation.id, parts.method.as_str(), parts.uri.path(), &message);
            }
            bad(message).into_response()
        }
    }
}

/// Records a request under its route, then draws the faults on demand: the answer a fault gives instead of
/// the route's, if any, and the latency to add first.
fn admit(s: &S, route: RouteKey, request: &Request) -> (Option<Response>, std::time::Duration) {
    s.requests.lock().unwrap_or_else(std::sync::PoisonError::into_inner).record(
        request.method(),
        request.uri().path(),
        route,
    );
    let (fault, latency) = {
        let mut faults = s.faults.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        (faults.next(), faults.latency)
    };
    let answer = match fault {
        Fault::None => None,
        Fault::Status(status, retry_after) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let (message, code) = match status.as_u16() {
                429 => ("Too many requests", codes::RATE_LIMITED),
                500 => ("Internal server error", codes::INTERNAL_ERROR),
                _ => (status.canonical_reason().unwrap_or("Error"), "INJECTED_FAULT"),
            };
            let mut response = json_response(status, &json!({"message": message, "code": code}));
            if let Some(seconds) = retry_after {
                response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            }
            Some(response)
        }
        Fault::Drop => Some(streamed(vec![], false)),
        Fault::Reset => Some(streamed(vec![Bytes::from_static(b"{\"orders\":[{\"_id\":")], true)),
    };
    (answer, latency)
}

/// In front of each route: [`admit`], then the route unless a fault answers.
pub(super) async fn gate(State((s, route)): State<(S, RouteKey)>, request: Request, next: Next) -> Response {
    let (answer, latency) = admit(&s, route, &request);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    match answer {
        Some(answer) => answer,
        None => next.run(request).await,
    }
}

/// A path no route knows: [`admit`] under one key for all of them, then 404.
pub(super) async fn unmatched(State(s): State<S>, request: Request) -> Response {
    let (answer, latency) = admit(&s, RouteKey::Unmatched, &request);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    answer.unwrap_or_else(|| not_found("Route").into_response())
}

/// A 200 whose body yields `chunks`, then fails: hyper closes the connection without finishing the answer.
/// With `flush`, it waits a moment first so that the status line and the chunks reach the client.
fn streamed(chunks: Vec<Bytes>, flush: bool) -> Response {
    let stream = futures_util::stream::unfold((chunks.into_iter(), flush), |(mut chunks, flush)| async move {
        match chunks.next() {
            Some(chunk) => Some((Ok(chunk), (chunks, flush))),
            None => {
                if flush {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
                Some((Err(std::io::Error::other("connection cut by the fake server")), (chunks, false)))
            }
        }
    });
    let mut response = Response::new(Body::from_stream(stream));
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}
