//! The fake server's HTTP side: one route per operation of openapi.yaml, authentication, validation, faults,
//! and webhook deliveries.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, FromRequestParts, Path, Query, RawPathParams, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::{Extension, Router};

use crate::error::codes;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::store::{self, minor_digits, now_iso, unix_now, Delivery, Session, Store, USER_ID};
use super::{checkout_page, dates, limits, spec, Fault, RouteKey, Shared};
use crate::events::{sign, WebhookSecret};
use crate::types::*;

type S = Arc<Shared>;
type Reply = Result<Response, ApiErr>;

/// An error answer, shaped like the API's: `{"message": ..., "code": ...}`.
#[derive(Debug)]
pub(crate) struct ApiErr {
    status: StatusCode,
    pub(crate) message: String,
    code: &'static str,
}

fn bad(message: impl Into<String>) -> ApiErr {
    ApiErr { status: StatusCode::BAD_REQUEST, message: message.into(), code: codes::VALIDATION_ERROR }
}

fn not_found(what: &str) -> ApiErr {
    ApiErr { status: StatusCode::NOT_FOUND, message: format!("{what} not found"), code: codes::NOT_FOUND }
}

impl IntoResponse for ApiErr {
    fn into_response(self) -> Response {
        json_response(self.status, &json!({"message": self.message, "code": self.code}))
    }
}

fn json_response<T: Serialize>(status: StatusCode, value: &T) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec());
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

fn ok<T: Serialize>(value: T) -> Reply {
    Ok(json_response(StatusCode::OK, &value))
}

fn message(text: &str) -> Reply {
    ok(MessageResponse { message: Some(text.to_owned()) })
}

/// The mode of the key used: test (`pk_test_`) or live (`pk_live_`).
#[derive(Clone, Copy)]
struct Mode {
    test: bool,
}

/// The fake's routes. Each route records its requests under its template and applies the faults on demand,
/// then (for the API, not the buyer's page) checks the key; unknown paths do the same under one key. Around
/// everything, the body limit and the one layer that gives every error answer the API's shape.
pub(crate) fn router(shared: S) -> Router {
    // One per path of openapi.yaml, templates written as the spec writes them.
    let api: Vec<(&'static str, MethodRouter<S>)> = vec![
        ("/products", get(products_list).post(products_create)),
        ("/products/{id}", get(products_get).delete(products_delete)),
        ("/products/update/{id}", post(products_update)),
        ("/products/variants", post(variants_create)),
        ("/products/variants/{id}", axum::routing::delete(variants_delete)),
        ("/orders", get(orders_list)),
        ("/orders/{id}", get(orders_get)),
        ("/orders/subscriptions", post(subscriptions_list)),
        ("/orders/subscriptions/{id}", get(subscriptions_get)),
        ("/orders/subscriptions/cancel/{stripeSubscriptionId}", post(subscriptions_cancel)),
        ("/orders/subscriptions/refund/{stripeSubscriptionId}", post(subscriptions_refund)),
        ("/customers", get(customers_list)),
        ("/customers/{id}", get(customers_get)),
        ("/reviews", get(reviews_list)),
        ("/discounts", get(discounts_list).post(discounts_create)),
        ("/discounts/{id}", get(discounts_get).post(discounts_update).delete(discounts_delete)),
        ("/upsells", get(upsells_list).post(upsells_create)),
        ("/upsells/{id}", get(upsells_get).post(upsells_update).delete(upsells_delete)),
        ("/subscriptions", get(offers_list).post(offers_create)),
        ("/subscriptions/{id}", get(offers_get)),
        ("/webhooks", get(webhooks_list).post(webhooks_create)),
        ("/webhooks/{id}", get(webhooks_get).put(webhooks_update).delete(webhooks_delete)),
        ("/webhooks/{id}/test", post(webhooks_test)),
        ("/users/me", get(users_me)),
        ("/users/update", post(users_update)),
        ("/checkout/sessions", post(checkout_create)),
        ("/refunds", get(refunds_list).post(refunds_create)),
        ("/refunds/{id}", get(refunds_get)),
    ];
    // The buyer's side of a checkout session: no API key, as on the real hosted page.
    let buyer: Vec<(&'static str, MethodRouter<S>)> = vec![("/checkout/{id}", get(session_get).post(session_complete))];
    // Inside the key check: each request is checked against its operation in openapi.yaml before the route
    // sees it (`conform`).
    let api = api.into_iter().map(|(template, methods)| {
        let conform = middleware::from_fn_with_state((shared.clone(), template), conform);
        (template, methods.layer(conform).layer(middleware::from_fn(auth)))
    });
    let mut router = Router::new();
    for (template, methods) in api.chain(buyer) {
        // A layer of the method router also wraps its 405 answer: refused methods are recorded and faulted.
        let gate = middleware::from_fn_with_state((shared.clone(), RouteKey::Route(template)), gate);
        router = router.route(template, methods.layer(gate));
    }
    router
        .fallback(unmatched)
        .layer(DefaultBodyLimit::max(limits::MAX_BODY_BYTES))
        .layer(middleware::from_fn(api_answers))
        .layer(middleware::from_fn_with_state(shared.clone(), javascript_amounts))
        .with_state(shared)
}

/// With [`MockServer::javascript_amounts`](super::MockServer::javascript_amounts) on, rewrites the amounts of
/// every order in a JSON answer as a JavaScript backend computes them; otherwise passes the answer through.
async fn javascript_amounts(State(shared): State<S>, request: Request, next: Next) -> Response {
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
        return ApiErr {
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
async fn api_answers(request: Request, next: Next) -> Response {
    let uri_len = request.uri().path_and_query().map_or(0, |target| target.as_str().len());
    if uri_len > limits::MAX_URI_BYTES {
        let message = format!("Request URI of {uri_len} bytes is longer than the limit of {}", limits::MAX_URI_BYTES);
        return ApiErr { status: StatusCode::URI_TOO_LONG, message, code: "URI_TOO_LONG" }.into_response();
    }
    if !http_method(request.method()) {
        let message = format!("No route for {} {}", request.method(), request.uri().path());
        return ApiErr { status: StatusCode::NOT_FOUND, message, code: codes::NOT_FOUND }.into_response();
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
    let mut answer = ApiErr { status, message, code }.into_response();
    for name in [header::CONTENT_TYPE, header::CONTENT_LENGTH, header::TRANSFER_ENCODING] {
        parts.headers.remove(name);
    }
    answer.headers_mut().extend(parts.headers);
    answer
}

async fn auth(mut request: Request, next: Next) -> Response {
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
        Err(message) => ApiErr { status: StatusCode::UNAUTHORIZED, message: message.into(), code: codes::UNAUTHORIZED }
            .into_response(),
    }
}

/// Checks a request against its operation in openapi.yaml (path and query parameters, body) before the route
/// sees it: a request that does not match is answered `400 VALIDATION_ERROR` naming the fields, recorded as a
/// spec violation, and nothing of it reaches the store. Methods the spec does not have on this path go on to
/// the route's `405`.
async fn conform(State((s, template)): State<(S, &'static str)>, request: Request, next: Next) -> Response {
    let contract = match spec::contract() {
        Ok(contract) => contract,
        Err(e) => {
            let message = format!("The fake server cannot read its openapi.yaml: {e}");
            return ApiErr { status: StatusCode::INTERNAL_SERVER_ERROR, message, code: codes::INTERNAL_ERROR }
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
            return ApiErr { status: StatusCode::PAYLOAD_TOO_LARGE, message, code: "PAYLOAD_TOO_LARGE" }
                .into_response();
        }
    };
    let incoming = spec::Incoming { path: &path, query: parts.uri.query(), body: &bytes };
    match operation.check(&incoming, s.is_strict()) {
        Ok(_) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Err(mismatch) => {
            let message = mismatch.to_string();
            s.record_violation(&operation.id, parts.method.as_str(), parts.uri.path(), &message);
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
async fn gate(State((s, route)): State<(S, RouteKey)>, request: Request, next: Next) -> Response {
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
async fn unmatched(State(s): State<S>, request: Request) -> Response {
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

/// Decodes a JSON body into a generated input type. The route layer has already checked it against
/// openapi.yaml ([`conform`]), so this only types it; errors still name the field.
fn parse<T: DeserializeOwned>(body: &Bytes) -> Result<T, ApiErr> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(bad("Request body is required"));
    }
    let deserializer = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            bad(format!("Malformed JSON: {inner}"))
        } else if path == "." {
            bad(format!("Invalid body: {inner}"))
        } else {
            bad(format!("Invalid field `{path}`: {inner}"))
        }
    })
}

/// The rules of the API that openapi.yaml cannot say, each answered the same way wherever it applies:
///
/// - `400 VALIDATION_ERROR`, naming the field: a rule of the request itself that the spec's schemas cannot
///   carry (`minPrice` above `maxPrice`, a percentage above 100, a partial refund that rounds to 0 in the
///   currency's minor unit); dates, currencies, URLs and non-empty names are the spec's (named schemas);
/// - `404 NOT_FOUND`, naming the field: an id or a code that names no object of this account and mode;
/// - `400` with the rule's own code (`codes::DISCOUNT_CODE_TAKEN`, ...): a request well formed whose objects'
///   state refuses it (a discount code already used, an order fully refunded or a refund larger than what
///   remains, a subscription already canceled, a discount expired, inactive or not for this product, a product
///   that is not for sale). The API documents no other status for them; openapi.yaml lists the codes.
fn refused(code: &'static str, message: impl Into<String>) -> ApiErr {
    ApiErr { status: StatusCode::BAD_REQUEST, message: message.into(), code }
}

/// A 404 for an object the body refers to, naming the field.
fn unknown(field: &str, what: &str, id: &str) -> ApiErr {
    ApiErr {
        status: StatusCode::NOT_FOUND,
        message: format!("`{field}` {id:?}: {what} not found"),
        code: codes::NOT_FOUND,
    }
}

/// Pay what you want: `minPrice` must not be above `maxPrice`.
fn check_price_range<T: PartialOrd + std::fmt::Display>(min: Option<T>, max: Option<T>) -> Result<(), ApiErr> {
    match (min, max) {
        (Some(min), Some(max)) if min > max => {
            Err(bad(format!("`minPrice` ({min}) must not be greater than `maxPrice` ({max})")))
        }
        _ => Ok(()),
    }
}

/// Objects that belong to one mode (test or live keys see different data).
trait Owned: Clone + Serialize {
    fn test_mode(&self) -> bool;
}

macro_rules! owned {
    ($($t:ty),*) => { $(impl Owned for $t { fn test_mode(&self) -> bool { self.test_mode } })* };
}
owned!(Product, Order, Customer, Discount, Upsell, Subscription, SubscriptionOffer, Webhook);

/// Every object of a collection visible with the key's mode.
fn list_of<T: Owned>(map: &std::collections::BTreeMap<String, T>, m: Mode) -> Reply {
    ok(map.values().filter(|x| x.test_mode() == m.test).collect::<Vec<_>>())
}

/// One object visible with the key's mode, else 404 naming `what`.
fn get_of<T: Owned>(map: &std::collections::BTreeMap<String, T>, id: &str, m: Mode, what: &str) -> Reply {
    ok(map.get(id).filter(|x| x.test_mode() == m.test).ok_or_else(|| not_found(what))?)
}

/// An ISO 8601 date or date and time, else 400 naming the field.
fn check_date(field: &str, value: Option<&str>) -> Result<Option<dates::Span>, ApiErr> {
    value
        .map(|v| dates::parse(v).ok_or_else(|| bad(format!("`{field}` must be an ISO 8601 date, got {v:?}"))))
        .transpose()
}

/// Whether `created_at` falls within the filters (a date bound takes its whole day).
fn in_range(created_at: &str, start: Option<dates::Span>, end: Option<dates::Span>) -> bool {
    let Some(at) = dates::parse(created_at) else { return false };
    start.is_none_or(|s| at.first >= s.first) && end.is_none_or(|e| at.first <= e.last)
}

fn query_u32(query: &HashMap<String, String>, field: &str) -> Result<Option<u32>, ApiErr> {
    query
        .get(field)
        .map(|v| v.parse::<u32>().map_err(|_| bad(format!("`{field}` must be a whole number, got {v:?}"))))
        .transpose()
}

/// Page `page` (from 1) of `page_size` items over `total`: how many to skip, how many to take, and the
/// pagination the API answers with.
fn page_window(total: usize, page: Option<u32>, page_size: Option<u32>) -> (usize, usize, Pagination) {
    // The spec bounds both (page >= 1, 1 <= pageSize <= 1000); the route layer checked them.
    let page = page.unwrap_or(1).max(1);
    let page_size = page_size.unwrap_or(20).clamp(1, 1000);
    let total = total as u64;
    let size = u64::from(page_size);
    let total_pages = total.div_ceil(size);
    let start = (u64::from(page) - 1).saturating_mul(size);
    let pagination = Pagination {
        total_count: total,
        total_pages,
        current_page: u64::from(page),
        page_size: size,
        has_more: u64::from(page) < total_pages,
    };
    (usize::try_from(start).unwrap_or(usize::MAX), page_size as usize, pagination)
}

/// One page of what `index` lists (newest first) for this mode, found in `objects`, keeping those `keep`
/// accepts. Unfiltered, the page is a slice of the index and the count its length; filtered, one pass counts
/// the matches and only the page's objects are cloned. Nothing is sorted.
fn page_of<T: Clone>(
    index: &store::Newest,
    objects: &BTreeMap<String, T>,
    m: Mode,
    filtered: bool,
    keep: impl Fn(&T) -> bool,
    page: Option<u32>,
    page_size: Option<u32>,
) -> (Vec<T>, Pagination) {
    if !filtered {
        let (skip, take, pagination) = page_window(index.len(m.test), page, page_size);
        let ids = index.newest_first(m.test, skip);
        return (ids.take(take).filter_map(|id| objects.get(id)).cloned().collect(), pagination);
    }
    let matching = index.newest_first(m.test, 0).filter_map(|id| objects.get(id)).filter(|object| keep(object));
    let (skip, take, pagination) = page_window(matching.clone().count(), page, page_size);
    (matching.skip(skip).take(take).cloned().collect(), pagination)
}

// ---------------------------------------------------------------------------------------------- products

async fn products_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    list_of(&s.store().products, m)
}

async fn products_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().products, &id, m, "Product")
}

async fn products_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateProductParams = parse(&body)?;
    check_price_range(p.min_price, p.max_price)?;
    let product = {
        let mut st = s.store();
        let now = now_iso();
        let product = Product {
            id: st.id(),
            user_id: USER_ID.to_owned(),
            name: p.name.into(),
            description: p.description,
            subtitle: p.subtitle,
            price: p.price,
            currency: p.currency.map_or_else(|| st.users[usize::from(m.test)].currency.clone(), |c| c.to_uppercase()),
            type_: p.type_.unwrap_or(ProductType::OneTime),
            billing_interval: p.billing_interval,
            active: p.active.unwrap_or(true),
            published: p.published.unwrap_or(true),
            slug: p.slug,
            thumbnail: p.thumbnail,
            images: p.images,
            files: Vec::new(),
            cta_text: p.cta_text,
            show_sales: Some(p.show_sales.unwrap_or(true)),
            show_reviews: Some(p.show_reviews.unwrap_or(true)),
            refund_policy: p.refund_policy,
            callback_url: p.callback_url,
            has_first_name: p.has_first_name,
            has_last_name: p.has_last_name,
            pay_want: p.pay_want,
            min_price: p.min_price,
            max_price: p.max_price,
            test_mode: m.test,
            created_at: now.clone(),
            updated_at: now,
        };
        st.products.insert(product.id.clone(), product.clone());
        st.user_mut(m.test).created_first_product = Some(true);
        product
    };
    emit(&s, m.test, WebhookEvent::ProductCreated, json!({"product": product}));
    ok(product)
}

async fn products_update(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    let p: UpdateProductParams = parse(&body)?;
    let product = {
        let mut st = s.store();
        let product = st.products.get_mut(&id).filter(|p| p.test_mode == m.test).ok_or_else(|| not_found("Product"))?;
        if let Some(v) = p.name {
            product.name = v;
        }
        if let Some(v) = p.description {
            product.description = v;
        }
        if let Some(v) = p.price {
            product.price = v;
        }
        if let Some(v) = p.currency {
            product.currency = v.to_uppercase();
        }
        if let Some(v) = p.active {
            product.active = v;
        }
        if let Some(v) = p.published {
            product.published = v;
        }
        product.updated_at = now_iso();
        product.clone()
    };
    emit(&s, m.test, WebhookEvent::ProductUpdated, json!({"product": product}));
    ok(product)
}

async fn products_delete(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    {
        let mut st = s.store();
        if st.products.get(&id).filter(|p| p.test_mode == m.test).is_none() {
            return Err(not_found("Product"));
        }
        st.products.remove(&id);
        st.variants.retain(|_, v| v.product_id != id);
    }
    emit(&s, m.test, WebhookEvent::ProductDeleted, json!({"product": {"_id": id}}));
    message("Product deleted successfully")
}

async fn variants_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateVariantParams = parse(&body)?;
    let mut st = s.store();
    if st.products.get(p.product_id.as_str()).filter(|x| x.test_mode == m.test).is_none() {
        return Err(unknown("productId", "Product", &p.product_id));
    }
    let now = now_iso();
    let variant = ProductVariant {
        id: st.id(),
        product_id: p.product_id.into(),
        name: p.name.into(),
        price: p.price,
        description: p.description,
        active: true,
        created_at: now.clone(),
        updated_at: now,
    };
    st.variants.insert(variant.id.clone(), variant.clone());
    ok(variant)
}

async fn variants_delete(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    let mut st = s.store();
    let owned =
        st.variants.get(&id).is_some_and(|v| st.products.get(&v.product_id).is_some_and(|p| p.test_mode == m.test));
    if !owned {
        return Err(not_found("Variant"));
    }
    st.variants.remove(&id);
    message("Variant deleted successfully")
}

// ------------------------------------------------------------------------------------------------ orders

async fn orders_list(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let start = check_date("startDate", q.get("startDate").map(String::as_str))?;
    let end = check_date("endDate", q.get("endDate").map(String::as_str))?;
    let product_id = q.get("productId");
    let (page, page_size) = (query_u32(&q, "page")?, query_u32(&q, "pageSize")?);
    let st = s.store();
    let filtered = product_id.is_some() || start.is_some() || end.is_some();
    let keep = |o: &Order| product_id.is_none_or(|p| &o.product_id == p) && in_range(&o.created_at, start, end);
    let (orders, pagination) = page_of(&st.order_index, &st.orders, m, filtered, keep, page, page_size);
    ok(OrdersResponse { orders, pagination })
}

async fn orders_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().orders, &id, m, "Order")
}

// ----------------------------------------------------------------------------------------- subscriptions

async fn subscriptions_list(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: SubscriptionFilter =
        if body.iter().all(u8::is_ascii_whitespace) { SubscriptionFilter::default() } else { parse(&body)? };
    let start = check_date("startDate", p.start_date.as_deref())?;
    let end = check_date("endDate", p.end_date.as_deref())?;
    let st = s.store();
    let filtered = p.status.is_some() || start.is_some() || end.is_some();
    let keep = |x: &Subscription| {
        p.status.as_ref().is_none_or(|status| &x.status == status) && in_range(&x.created_at, start, end)
    };
    let (page, page_size) = (p.page.map(u32::from), p.page_size.map(u32::from));
    let (subscriptions, pagination) =
        page_of(&st.subscription_index, &st.subscriptions, m, filtered, keep, page, page_size);
    ok(SubscriptionsResponse { subscriptions, pagination: Some(pagination), data: Vec::new() })
}

async fn subscriptions_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().subscriptions, &id, m, "Subscription")
}

fn end_subscription(s: &S, m: Mode, stripe_id: &str, refund: bool) -> Reply {
    let subscription = {
        let mut st = s.store();
        let sub = st
            .subscriptions
            .values_mut()
            .find(|x| x.test_mode == m.test && x.stripe_subscription_id.as_deref() == Some(stripe_id))
            .ok_or_else(|| not_found("Subscription"))?;
        if sub.status == SubscriptionStatus::Canceled {
            return Err(refused(
                codes::SUBSCRIPTION_ALREADY_CANCELED,
                format!("Subscription {stripe_id} is already canceled"),
            ));
        }
        sub.status = SubscriptionStatus::Canceled;
        sub.clone()
    };
    emit(
        s,
        m.test,
        WebhookEvent::CustomerSubscriptionDeleted,
        json!({"subscription": subscription, "refunded": refund}),
    );
    message(if refund { "Subscription refunded and canceled" } else { "Subscription canceled" })
}

async fn subscriptions_cancel(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    end_subscription(&s, m, &id, false)
}

async fn subscriptions_refund(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    end_subscription(&s, m, &id, true)
}

// --------------------------------------------------------------------------------------------- customers

async fn customers_list(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let sort_by = q.get("sortBy").map(|v| CustomerSortBy::from(v.as_str()));
    let sort_order = q.get("sortOrder").map(|v| SortOrder::from(v.as_str()));
    let (limit, offset) = (query_u32(&q, "limit")?, query_u32(&q, "offset")?.unwrap_or(0));
    let st = s.store();
    let email = q.get("email").map(|e| e.to_lowercase());
    let product_id = q.get("productId");
    let mut customers: Vec<Customer> = st
        .customers
        .values()
        .filter(|c| c.test_mode == m.test)
        .filter(|c| email.as_ref().is_none_or(|e| &c.buyer_email.to_lowercase() == e))
        .filter(|c| product_id.is_none_or(|p| st.customer_products.get(&c.id).is_some_and(|set| set.contains(p))))
        .cloned()
        .collect();
    customers.sort_by(|a, b| {
        let ord = match sort_by.as_ref().unwrap_or(&CustomerSortBy::CreatedAt) {
            CustomerSortBy::Email => a.buyer_email.cmp(&b.buyer_email),
            CustomerSortBy::Country => a.country.cmp(&b.country),
            CustomerSortBy::NumberOfOrders => a.number_of_orders.cmp(&b.number_of_orders),
            _ => a.created_at.cmp(&b.created_at),
        }
        .then(a.id.cmp(&b.id));
        if sort_order.as_ref() == Some(&SortOrder::Asc) {
            ord
        } else {
            ord.reverse()
        }
    });
    let window: Vec<Customer> =
        customers.into_iter().skip(offset as usize).take(limit.map_or(usize::MAX, |l| l as usize)).collect();
    ok(window)
}

async fn customers_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().customers, &id, m, "Customer")
}

async fn reviews_list(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let product_id = q.get("productId");
    ok(s.store()
        .reviews
        .values()
        .filter(|r| r.test_mode == m.test && product_id.is_none_or(|p| &r.product_id == p))
        .collect::<Vec<_>>())
}

pub(crate) fn add_review(s: &S, product_id: &str, email: &str, rating: f64, text: &str) -> Result<Review, ApiErr> {
    if !(1.0..=5.0).contains(&rating) {
        return Err(bad("`rating` must be between 1 and 5"));
    }
    let review = {
        let mut st = s.store();
        let test_mode = st.products.get(product_id).ok_or_else(|| not_found("Product"))?.test_mode;
        let review = Review {
            id: st.id(),
            product_id: product_id.to_owned(),
            user_id: USER_ID.to_owned(),
            buyer_email: email.to_owned(),
            rating,
            review: Some(text.to_owned()),
            test_mode,
            created_at: now_iso(),
        };
        st.reviews.insert(review.id.clone(), review.clone());
        review
    };
    emit(s, review.test_mode, WebhookEvent::ReviewCreated, json!({"review": review}));
    Ok(review)
}

// --------------------------------------------------------------------------------------------- discounts

fn check_discount_value(value: Money, value_type: &DiscountValueType) -> Result<(), ApiErr> {
    if *value_type == DiscountValueType::Percentage && value > Money::from(100) {
        return Err(bad(format!("`value` of a percentage discount must be at most 100, got {value}")));
    }
    Ok(())
}

async fn discounts_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    list_of(&s.store().discounts, m)
}

async fn discounts_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().discounts, &id, m, "Discount")
}

async fn discounts_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateDiscountParams = parse(&body)?;
    let value_type = p.value_type.unwrap_or(DiscountValueType::Percentage);
    check_discount_value(p.value, &value_type)?;
    check_date("expiration", p.expiration.as_ref().and_then(Option::as_deref))?;
    let mut st = s.store();
    check_products(&st, m, "mainProductIds", &p.main_product_ids)?;
    check_code_free(&st, m, &p.code, None)?;
    let discount = Discount {
        id: st.id(),
        user_id: USER_ID.to_owned(),
        name: p.name.into(),
        code: p.code.into(),
        value: p.value,
        value_type,
        active: p.active.unwrap_or(true),
        main_product_ids: p.main_product_ids,
        expiration: p.expiration.flatten(),
        used: Some(0),
        test_mode: m.test,
        created_at: now_iso(),
    };
    st.discounts.insert(discount.id.clone(), discount.clone());
    ok(discount)
}

/// Every id of `ids` names a product of this account and mode, else 404 naming the first that does not.
fn check_products(st: &Store, m: Mode, field: &str, ids: &[String]) -> Result<(), ApiErr> {
    match ids.iter().enumerate().find(|(_, id)| st.products.get(*id).is_none_or(|p| p.test_mode != m.test)) {
        Some((i, id)) => Err(unknown(&format!("{field}[{i}]"), "Product", id)),
        None => Ok(()),
    }
}

/// No other discount of this mode has `code` (codes are case-insensitive), else `400 DISCOUNT_CODE_TAKEN`.
fn check_code_free(st: &Store, m: Mode, code: &str, except: Option<&str>) -> Result<(), ApiErr> {
    let taken = st
        .discounts
        .values()
        .any(|d| d.test_mode == m.test && Some(d.id.as_str()) != except && d.code.eq_ignore_ascii_case(code));
    if taken {
        return Err(refused(
            codes::DISCOUNT_CODE_TAKEN,
            format!("`code` {code:?} is already used by another discount"),
        ));
    }
    Ok(())
}

/// Updates check what create checks, on the discount as it would be, before anything is stored.
async fn discounts_update(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    let p: UpdateDiscountParams = parse(&body)?;
    check_date("expiration", p.expiration.as_ref().and_then(Option::as_deref))?;
    let mut st = s.store();
    let mut d =
        st.discounts.get(&id).filter(|d| d.test_mode == m.test).cloned().ok_or_else(|| not_found("Discount"))?;
    if let Some(v) = p.name {
        d.name = v;
    }
    if let Some(v) = p.code {
        check_code_free(&st, m, &v, Some(&d.id))?;
        d.code = v;
    }
    if let Some(v) = p.value {
        d.value = v;
    }
    if let Some(v) = p.value_type {
        d.value_type = v;
    }
    check_discount_value(d.value, &d.value_type)?;
    if let Some(v) = p.active {
        d.active = v;
    }
    if !p.main_product_ids.is_empty() {
        check_products(&st, m, "mainProductIds", &p.main_product_ids)?;
        d.main_product_ids = p.main_product_ids;
    }
    if let Some(v) = p.expiration {
        d.expiration = v;
    }
    st.discounts.insert(d.id.clone(), d.clone());
    ok(d)
}

async fn discounts_delete(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    let mut st = s.store();
    st.discounts.get(&id).filter(|d| d.test_mode == m.test).ok_or_else(|| not_found("Discount"))?;
    st.discounts.remove(&id);
    message("Discount deleted successfully")
}

// ----------------------------------------------------------------------------------------------- upsells

async fn upsells_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    let upsells = s.store().upsells.values().filter(|u| u.test_mode == m.test).cloned().collect();
    ok(UpsellsResponse { upsells, sales_with_upsells: Vec::new() })
}

async fn upsells_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().upsells, &id, m, "Upsell")
}

async fn upsells_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateUpsellParams = parse(&body)?;
    let mut st = s.store();
    check_products(&st, m, "mainProductIds", &p.main_product_ids)?;
    if st.products.get(p.upsell_product_id.as_str()).is_none_or(|x| x.test_mode != m.test) {
        return Err(unknown("upsellProductId", "Product", &p.upsell_product_id));
    }
    let upsell = Upsell {
        id: st.id(),
        user_id: USER_ID.to_owned(),
        name: p.name.unwrap_or_else(|| "Upsell".to_owned()),
        main_product_ids: p.main_product_ids,
        upsell_product_id: p.upsell_product_id.into(),
        upsell_price: p.upsell_price,
        upsell_description: p.upsell_description,
        primary_button_text: p.primary_button_text,
        secondary_button_text: p.secondary_button_text,
        offer: p.offer,
        active: p.active.unwrap_or(true),
        test_mode: m.test,
        created_at: now_iso(),
    };
    st.upsells.insert(upsell.id.clone(), upsell.clone());
    ok(upsell)
}

/// Updates check what create checks, before anything is stored; `null` removes an optional text.
async fn upsells_update(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    let p: UpdateUpsellParams = parse(&body)?;
    let mut st = s.store();
    let mut u = st.upsells.get(&id).filter(|u| u.test_mode == m.test).cloned().ok_or_else(|| not_found("Upsell"))?;
    if !p.main_product_ids.is_empty() {
        check_products(&st, m, "mainProductIds", &p.main_product_ids)?;
        u.main_product_ids = p.main_product_ids;
    }
    if let Some(v) = p.upsell_product_id {
        if st.products.get(&v).is_none_or(|x| x.test_mode != m.test) {
            return Err(unknown("upsellProductId", "Product", &v));
        }
        u.upsell_product_id = v;
    }
    if let Some(v) = p.name {
        u.name = v;
    }
    if let Some(v) = p.upsell_price {
        u.upsell_price = v;
    }
    let texts = [
        (p.upsell_description, &mut u.upsell_description),
        (p.primary_button_text, &mut u.primary_button_text),
        (p.secondary_button_text, &mut u.secondary_button_text),
        (p.offer, &mut u.offer),
    ];
    for (given, slot) in texts {
        if let Some(v) = given {
            *slot = v;
        }
    }
    if let Some(v) = p.active {
        u.active = v;
    }
    st.upsells.insert(u.id.clone(), u.clone());
    ok(u)
}

async fn upsells_delete(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    let mut st = s.store();
    st.upsells.get(&id).filter(|u| u.test_mode == m.test).ok_or_else(|| not_found("Upsell"))?;
    st.upsells.remove(&id);
    message("Upsell deleted successfully")
}

// ------------------------------------------------------------------------------------ subscription offers

async fn offers_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    list_of(&s.store().offers, m)
}

async fn offers_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().offers, &id, m, "Subscription offer")
}

async fn offers_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateSubscriptionOfferParams = parse(&body)?;
    check_price_range(p.min_price, p.max_price)?;
    let mut st = s.store();
    let now = now_iso();
    let offer = SubscriptionOffer {
        id: st.id(),
        user_id: USER_ID.to_owned(),
        name: p.name.into(),
        subtitle: p.subtitle,
        description: p.description,
        price: p.price,
        currency: Some("USD".to_owned()),
        frequency: p.frequency,
        trial_period: p.trial_period,
        published: Some(p.published.unwrap_or(true)),
        redirect_back_url: p.redirect_back_url,
        slug: p.slug,
        thumbnail: p.thumbnail,
        images: p.images,
        test_mode: m.test,
        created_at: now.clone(),
        updated_at: Some(now),
    };
    st.offers.insert(offer.id.clone(), offer.clone());
    ok(offer)
}

// ---------------------------------------------------------------------------------------------- webhooks

async fn webhooks_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    list_of(&s.store().webhooks, m)
}

async fn webhooks_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().webhooks, &id, m, "Webhook")
}

async fn webhooks_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateWebhookParams = parse(&body)?;
    let mut st = s.store();
    let webhook = Webhook {
        id: st.id(),
        user_id: USER_ID.to_owned(),
        url: p.url,
        events: p.events.iter().map(|e| e.as_str().to_owned()).collect(),
        description: p.description,
        active: p.active.unwrap_or(true),
        secret: WebhookSecret::new(st.token("whsec_")),
        test_mode: m.test,
        created_at: now_iso(),
    };
    st.webhooks.insert(webhook.id.clone(), webhook.clone());
    ok(webhook)
}

async fn webhooks_update(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    let p: UpdateWebhookParams = parse(&body)?;
    let mut st = s.store();
    let w = st.webhooks.get_mut(&id).filter(|w| w.test_mode == m.test).ok_or_else(|| not_found("Webhook"))?;
    if let Some(v) = p.url {
        w.url = v;
    }
    // The API takes free event names on update (its own documentation passes some outside the list); a name
    // no event has receives nothing.
    if !p.events.is_empty() {
        w.events = p.events;
    }
    if let Some(v) = p.description {
        w.description = v;
    }
    if let Some(v) = p.active {
        w.active = v;
    }
    ok(w.clone())
}

async fn webhooks_delete(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    let mut st = s.store();
    st.webhooks.get(&id).filter(|w| w.test_mode == m.test).ok_or_else(|| not_found("Webhook"))?;
    st.webhooks.remove(&id);
    message("Webhook deleted successfully")
}

async fn webhooks_test(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    let webhook =
        s.store().webhooks.get(&id).filter(|w| w.test_mode == m.test).cloned().ok_or_else(|| not_found("Webhook"))?;
    let event = webhook.events.first().cloned().unwrap_or_else(|| "order.completed".to_owned());
    deliver(&s, &webhook, &event, json!({"test": true}));
    message("Test event sent")
}

/// Sends `event` to every active webhook of the mode that subscribed to it, without waiting for them.
fn emit(s: &S, test_mode: bool, event: WebhookEvent, payload: Value) {
    let targets: Vec<Webhook> = s
        .store()
        .webhooks
        .values()
        .filter(|w| w.test_mode == test_mode && w.active && w.events.iter().any(|e| e == event.as_str()))
        .cloned()
        .collect();
    for webhook in targets {
        deliver(s, &webhook, event.as_str(), payload.clone());
    }
}

fn deliver(s: &S, webhook: &Webhook, event: &str, payload: Value) {
    let mut body = Map::new();
    body.insert("webhookId".into(), Value::String(webhook.id.clone()));
    body.insert("event".into(), Value::String(event.to_owned()));
    if let Value::Object(fields) = payload {
        body.extend(fields);
    }
    let body = Value::Object(body).to_string();
    let signature = sign(&webhook.secret, body.as_bytes());
    let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs().to_string();
    let mut delivery = Delivery {
        webhook_id: webhook.id.clone(),
        url: webhook.url.clone(),
        event: event.to_owned(),
        body,
        signature,
        timestamp,
        status: None,
        error: None,
    };
    let shared = s.clone();
    tokio::spawn(async move {
        let result = shared
            .http
            .post(&delivery.url)
            .header("content-type", "application/json")
            .header("x-pocketsflow-event", &delivery.event)
            .header("x-pocketsflow-signature", &delivery.signature)
            .header("x-pocketsflow-timestamp", &delivery.timestamp)
            .body(delivery.body.clone())
            .send()
            .await;
        match result {
            Ok(response) => delivery.status = Some(response.status().as_u16()),
            Err(e) => {
                delivery.error = Some(if e.is_timeout() { "timed out after 5 s".to_owned() } else { e.to_string() })
            }
        }
        shared.store().deliveries.push(delivery);
    });
}

// ------------------------------------------------------------------------------------------------- users

async fn users_me(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    ok(s.store().users[usize::from(m.test)].clone())
}

async fn users_update(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: UpdateUserParams = parse(&body)?;
    let mut st = s.store();
    let user = st.user_mut(m.test);
    if let Some(v) = p.first_name {
        user.first_name = Some(v);
    }
    if let Some(v) = p.last_name {
        user.last_name = Some(v);
    }
    if let Some(v) = p.currency {
        user.currency = v.to_uppercase();
    }
    if let Some(v) = p.country {
        user.country = Some(v);
    }
    if let Some(v) = p.subdomain {
        user.subdomain = Some(v);
    }
    // The store's contact address, which buyers see; the login `email` is not the API's to change.
    if let Some(v) = p.contact_email {
        user.contact_email = Some(v);
    }
    ok(user.clone())
}

// ---------------------------------------------------------------------------------------------- checkout

async fn checkout_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateCheckoutParams = parse(&body)?;
    let mut st = s.store();
    let product_id: &str = &p.product_id;
    let for_sale = match (st.products.get(product_id), st.offers.get(product_id)) {
        (Some(x), _) if x.test_mode == m.test => x.published && x.active,
        (_, Some(x)) if x.test_mode == m.test => x.published != Some(false),
        _ => return Err(unknown("productId", "Product", product_id)),
    };
    if !for_sale {
        return Err(refused(
            codes::PRODUCT_NOT_FOR_SALE,
            format!("`productId` {product_id:?}: the product is not published, it is not for sale"),
        ));
    }
    let discount_id = match p.discount_code.as_ref().and_then(Option::as_ref) {
        None => None,
        Some(code) => {
            let discount = st
                .discounts
                .values()
                .find(|d| d.test_mode == m.test && d.code.eq_ignore_ascii_case(code))
                .ok_or_else(|| unknown("discountCode", "Discount", code))?;
            let expired =
                discount.expiration.as_deref().and_then(dates::parse).is_some_and(|end| end.last < dates::now_ms());
            let refusal = if !discount.active {
                Some((codes::DISCOUNT_INACTIVE, "is not active"))
            } else if expired {
                Some((codes::DISCOUNT_EXPIRED, "has expired"))
            } else if !discount.main_product_ids.iter().any(|id| id == product_id) {
                Some((codes::DISCOUNT_NOT_FOR_PRODUCT, "does not apply to this product"))
            } else {
                None
            };
            if let Some((rule, refusal)) = refusal {
                return Err(refused(rule, format!("`discountCode` {code:?} {refusal}")));
            }
            Some(discount.id.clone())
        }
    };
    let id = st.token(if m.test { "cs_test_" } else { "cs_live_" });
    st.sessions.insert(
        id.clone(),
        Session {
            test_mode: m.test,
            product_id: p.product_id.into(),
            customer_email: p.customer_email.flatten(),
            discount_id,
            metadata: p.metadata,
            order_id: None,
            success_url: p.success_url,
            cancel_url: p.cancel_url,
            expires_at: unix_now().saturating_add(super::CHECKOUT_SESSION_LIFETIME.as_secs()),
        },
    );
    let url = format!("{}/checkout/{id}", s.base_url);
    ok(CheckoutSession { id, url })
}

/// Why a checkout session cannot be paid (or shown to a buyer).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Refusal {
    /// No session has this id.
    Unknown,
    /// It was paid already.
    Completed,
    /// Its lifetime is over.
    Expired,
    /// Its product or subscription offer was deleted since.
    ProductGone,
    /// The buyer's email is missing or not an address; the reason, for the buyer.
    BadEmail(String),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Unknown => f.write_str("Checkout session not found"),
            Refusal::Completed => f.write_str("Checkout session is already completed"),
            Refusal::Expired => f.write_str("Checkout session has expired"),
            Refusal::ProductGone => f.write_str("The product of this session no longer exists"),
            Refusal::BadEmail(reason) => write!(f, "`email` of the buyer: {reason}"),
        }
    }
}

impl From<Refusal> for ApiErr {
    fn from(refusal: Refusal) -> ApiErr {
        let message = refusal.to_string();
        match refusal {
            Refusal::Unknown => not_found("Checkout session"),
            Refusal::Expired => ApiErr { status: StatusCode::BAD_REQUEST, message, code: "SESSION_EXPIRED" },
            Refusal::Completed => ApiErr { status: StatusCode::BAD_REQUEST, message, code: "SESSION_ALREADY_PAID" },
            Refusal::ProductGone => ApiErr { status: StatusCode::BAD_REQUEST, message, code: "PRODUCT_GONE" },
            Refusal::BadEmail(_) => bad(message),
        }
    }
}

/// `Ok` for an address a buyer can be reached at, else why not (worded for the buyer): one `@`, a local part
/// without spaces, a domain of dot-separated labels of letters, digits and hyphens, 254 characters at most.
pub(crate) fn check_email(email: &str) -> Result<(), String> {
    let example = "Enter an email address such as jane@example.com.";
    if email.is_empty() {
        return Err(format!("An email address is required. {example}"));
    }
    if email.chars().count() > 254 {
        return Err("This email address is too long (254 characters at most).".to_owned());
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Err(format!("This email address has no @. {example}"));
    };
    let label_ok = |label: &str| {
        !label.is_empty()
            && label.chars().count() <= 63
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    let local_ok = !local.is_empty()
        && local.chars().count() <= 64
        && !local.chars().any(|c| c.is_whitespace() || c.is_control() || "@<>()[]\\,;:\"".contains(c));
    let domain_ok = domain.split('.').count() >= 2 && domain.split('.').all(label_ok);
    if local_ok && domain_ok {
        Ok(())
    } else {
        Err(format!("This is not an email address. {example}"))
    }
}

/// What a session costs: what its page shows and what paying it charges.
struct Quote {
    product: Option<Product>,
    offer: Option<SubscriptionOffer>,
    currency: String,
    price: Money,
    discount: Option<Discount>,
    /// What the discount takes off, so that `price - off == total` exactly.
    off: Money,
    total: Money,
}

impl Quote {
    fn of(st: &Store, session: &Session) -> Result<Quote, Refusal> {
        let product = st.products.get(&session.product_id).cloned();
        let offer = st.offers.get(&session.product_id).cloned();
        let (price, currency) = match (&product, &offer) {
            (Some(p), _) => (p.price, p.currency.clone()),
            (None, Some(o)) => (o.price, o.currency.clone().unwrap_or_else(|| "USD".to_owned())),
            (None, None) => return Err(Refusal::ProductGone),
        };
        let discount = session.discount_id.as_ref().and_then(|id| st.discounts.get(id)).cloned();
        // A percentage discount is rounded to the currency's minor unit, halves away from zero; a fixed one
        // never takes more than the price.
        let off = match &discount {
            None => Money::ZERO,
            Some(d) if d.value_type == DiscountValueType::Fixed => d.value.min(price),
            Some(d) => price.percent(d.value.as_decimal(), minor_digits(&currency)).min(price),
        };
        let total = price - off;
        Ok(Quote { product, offer, currency, price, discount, off, total })
    }

    fn name(&self) -> &str {
        match (&self.product, &self.offer) {
            (Some(p), _) => &p.name,
            (None, Some(o)) => &o.name,
            (None, None) => "",
        }
    }

    /// What a subscription offer's price is per; `None` for a product.
    fn period(&self) -> Option<&'static str> {
        self.offer.as_ref().filter(|_| self.product.is_none()).map(|o| match o.frequency {
            SubscriptionFrequency::Weekly => "week",
            SubscriptionFrequency::Yearly => "year",
            SubscriptionFrequency::Monthly => "month",
            _ => "period",
        })
    }
}

/// The session `id`, if it can still be paid.
fn payable(st: &Store, id: &str) -> Result<Session, Refusal> {
    let session = st.sessions.get(id).ok_or(Refusal::Unknown)?;
    if session.order_id.is_some() {
        return Err(Refusal::Completed);
    }
    if session.is_expired() {
        return Err(Refusal::Expired);
    }
    Ok(session.clone())
}

/// `GET <session url>`: the hosted checkout page for a browser (one that prefers `text/html` to JSON), the
/// session as JSON for anyone else.
async fn session_get(State(s): State<S>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let mut response = if prefers_html(&headers) {
        checkout_page_for(&s, &id, None, None)
    } else {
        session_json(&s, &id).unwrap_or_else(IntoResponse::into_response)
    };
    response.headers_mut().insert(header::VARY, HeaderValue::from_static("accept"));
    response
}

fn session_json(s: &S, id: &str) -> Reply {
    let st = s.store();
    let session = st.sessions.get(id).ok_or_else(|| not_found("Checkout session"))?;
    ok(json!({
        "id": id,
        "productId": session.product_id,
        "customerEmail": session.customer_email,
        "completed": session.order_id.is_some(),
        "orderId": session.order_id,
        "expired": session.order_id.is_none() && session.is_expired(),
        "expiresAt": super::store::iso(session.expires_at, 0),
    }))
}

/// `POST <session url>`: a browser's form (`application/x-www-form-urlencoded`: `email`, and `action` =
/// `pay`, the default, or `cancel`) is answered with a redirect to the shop or a page that says what is
/// wrong; anything else is the JSON call, `{"email": "..."}` or no body, answered with the order.
async fn session_complete(State(s): State<S>, Path(id): Path<String>, headers: HeaderMap, body: Bytes) -> Response {
    let form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"));
    if form {
        return buyer_form(&s, &id, &body);
    }
    let email = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        match parse::<Value>(&body) {
            Ok(v) => v.get("email").and_then(Value::as_str).map(str::to_owned),
            Err(e) => return e.into_response(),
        }
    };
    match pay(&s, &id, email.as_deref()) {
        Ok((order, _)) => json_response(StatusCode::OK, &order),
        Err(refusal) => ApiErr::from(refusal).into_response(),
    }
}

/// What a browser's form asked for.
fn buyer_form(s: &S, id: &str, body: &[u8]) -> Response {
    let Some(fields) = form_fields(body) else {
        return problem_page(
            StatusCode::BAD_REQUEST,
            None,
            "This form could not be read",
            "The browser sent a form that is not URL-encoded UTF-8 text. Go back and try again.",
            None,
        );
    };
    let field = |name: &str| fields.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    match field("action").unwrap_or("pay") {
        "pay" => {
            let email = field("email").unwrap_or("").trim();
            match pay(s, id, Some(email)) {
                Ok((order, session)) => {
                    let query = [("session_id", id), ("order_id", order.id.as_str())];
                    redirect(&session.success_url, &query)
                }
                Err(Refusal::BadEmail(reason)) => checkout_page_for(s, id, Some(email), Some(&reason)),
                Err(refusal) => refusal_page(s, id, &refusal),
            }
        }
        "cancel" => {
            let cancel_url = {
                let st = s.store();
                match st.sessions.get(id) {
                    Some(session) if session.order_id.is_none() => Ok(session.cancel_url.clone()),
                    Some(_) => Err(Refusal::Completed),
                    None => Err(Refusal::Unknown),
                }
            };
            match cancel_url {
                Ok(url) => redirect(&url, &[("session_id", id)]),
                Err(refusal) => refusal_page(s, id, &refusal),
            }
        }
        other => problem_page(
            StatusCode::BAD_REQUEST,
            None,
            "This form could not be read",
            &format!("The form asked for {other:?}; the checkout page knows only \"pay\" and \"cancel\"."),
            None,
        ),
    }
}

/// The fields of an `application/x-www-form-urlencoded` body, in order; `None` when it is not UTF-8.
fn form_fields(body: &[u8]) -> Option<Vec<(String, String)>> {
    let text = std::str::from_utf8(body).ok()?;
    let decode = |part: &str| {
        let spaced = part.replace('+', " ");
        percent_encoding::percent_decode_str(&spaced).decode_utf8().map(|text| text.into_owned()).ok()
    };
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(name)?, decode(value)?))
        })
        .collect()
}

/// `true` when the request asks for `text/html` and ranks it above `application/json` (browsers do; a client
/// that sends no `Accept`, `*/*`, or lists both as equals gets JSON).
fn prefers_html(headers: &HeaderMap) -> bool {
    let mut html: Option<f32> = None;
    // The most specific range that covers application/json decides its quality.
    let mut json: (u8, f32) = (0, 0.0);
    let ranges = headers.get_all(header::ACCEPT).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(','));
    for range in ranges {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let quality = parts
            .filter_map(|p| {
                let (name, value) = p.split_once('=')?;
                name.trim().eq_ignore_ascii_case("q").then(|| value.trim().parse::<f32>().ok()).flatten()
            })
            .next()
            .filter(|q| q.is_finite())
            .map_or(1.0, |q| q.clamp(0.0, 1.0));
        let specificity = match media.as_str() {
            "text/html" => {
                html = Some(html.map_or(quality, |h| h.max(quality)));
                continue;
            }
            "application/json" => 3,
            "application/*" => 2,
            "*/*" => 1,
            _ => continue,
        };
        if specificity > json.0 || (specificity == json.0 && quality > json.1) {
            json = (specificity, quality);
        }
    }
    html.is_some_and(|h| h > 0.0 && h > json.1)
}

/// The checkout page of session `id` (the email field holding `email`, or the session's `customerEmail`, and
/// `error` next to it), or the page that says why it cannot be paid.
fn checkout_page_for(s: &S, id: &str, email: Option<&str>, error: Option<&str>) -> Response {
    let priced = {
        let st = s.store();
        payable(&st, id).and_then(|session| Ok((Quote::of(&st, &session)?, session)))
    };
    let (quote, session) = match priced {
        Ok(priced) => priced,
        Err(refusal) => return refusal_page(s, id, &refusal),
    };
    let discount = quote.discount.as_ref().map(|d| checkout_page::DiscountLine {
        code: &d.code,
        terms: match d.value_type {
            DiscountValueType::Fixed => format!("{} off", checkout_page::money(d.value, &quote.currency)),
            _ => format!("{}% off", checkout_page::plain_number(d.value)),
        },
        amount: quote.off,
    });
    let page = checkout_page::checkout(&checkout_page::Checkout {
        session_id: id,
        test_mode: session.test_mode,
        name: quote.name(),
        period: quote.period(),
        currency: &quote.currency,
        price: quote.price,
        discount,
        total: quote.total,
        email: email.or(session.customer_email.as_deref()).unwrap_or(""),
        error,
    });
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    html_response(status, page)
}

/// The page that tells the buyer why session `id` cannot be paid, with a way back to the shop.
fn refusal_page(s: &S, id: &str, refusal: &Refusal) -> Response {
    let session = s.store().sessions.get(id).cloned();
    let mode = session.as_ref().map(|session| session.test_mode);
    let back = |url: &str, pairs: &[(&str, &str)]| return_url(url, pairs);
    match (refusal, &session) {
        (Refusal::Completed, Some(session)) => {
            let order_id = session.order_id.clone().unwrap_or_default();
            let link = back(&session.success_url, &[("session_id", id), ("order_id", &order_id)]);
            problem_page(
                StatusCode::BAD_REQUEST,
                mode,
                "This checkout is already paid",
                "This checkout session was paid already, so nothing was charged again.",
                link.as_deref().map(|href| (href, "Back to the shop")),
            )
        }
        (Refusal::Expired, Some(session)) => {
            let link = back(&session.cancel_url, &[("session_id", id)]);
            problem_page(
                StatusCode::BAD_REQUEST,
                mode,
                "This checkout has expired",
                "This checkout session is too old to be paid, so nothing was charged. Go back to the shop to \
                 start a new checkout.",
                link.as_deref().map(|href| (href, "Back to the shop")),
            )
        }
        (Refusal::ProductGone, Some(session)) => {
            let link = back(&session.cancel_url, &[("session_id", id)]);
            problem_page(
                StatusCode::BAD_REQUEST,
                mode,
                "This product is no longer sold",
                "The product of this checkout session was removed by the seller, so nothing was charged.",
                link.as_deref().map(|href| (href, "Back to the shop")),
            )
        }
        (Refusal::BadEmail(reason), _) => {
            problem_page(StatusCode::BAD_REQUEST, mode, "Check your email address", reason, None)
        }
        _ => problem_page(
            StatusCode::NOT_FOUND,
            None,
            "Checkout session not found",
            "No checkout session has this address. Check the link, or go back to the shop and start again.",
            None,
        ),
    }
}

fn problem_page(
    status: StatusCode,
    test_mode: Option<bool>,
    title: &str,
    reason: &str,
    link: Option<(&str, &str)>,
) -> Response {
    html_response(status, checkout_page::problem(&checkout_page::Problem { test_mode, title, reason, link }))
}

/// A page for the buyer's browser: not cached, not sniffed, no script, no frame.
fn html_response(status: StatusCode, page: String) -> Response {
    let mut response = Response::new(Body::from(page));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// `url` with `pairs` appended to its query (what it had is kept); `None` if it no longer parses.
fn return_url(url: &str, pairs: &[(&str, &str)]) -> Option<String> {
    let mut url = reqwest::Url::parse(url).ok()?;
    url.query_pairs_mut().extend_pairs(pairs);
    Some(url.into())
}

/// `303 See Other` to `url` with `pairs` appended to its query: the browser follows with a `GET`.
fn redirect(url: &str, pairs: &[(&str, &str)]) -> Response {
    let Some(location) = return_url(url, pairs).and_then(|to| HeaderValue::from_str(&to).ok()) else {
        return problem_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            None,
            "The shop's address is not valid",
            "The shop gave this checkout session a return address that is not a URL.",
            None,
        );
    };
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::SEE_OTHER;
    response.headers_mut().insert(header::LOCATION, location);
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Completes a checkout session as [`super::MockServer::complete_checkout`] documents.
pub(crate) fn complete_checkout(s: &S, session_id: &str, email: Option<&str>) -> Result<Order, Refusal> {
    pay(s, session_id, email).map(|(order, _)| order)
}

/// Turns a session into an order, a customer and, for a subscription offer, a subscription, then sends the
/// webhooks; returns the order and the session as it was. `email` is the buyer's, else the session's
/// `customerEmail`. Everything is checked before anything is stored: a refusal stores nothing.
fn pay(s: &S, session_id: &str, email: Option<&str>) -> Result<(Order, Session), Refusal> {
    let mut events = Vec::new();
    let (order, session) = {
        let mut st = s.store();
        let session = payable(&st, session_id)?;
        let email = email.or(session.customer_email.as_deref()).unwrap_or("").trim().to_owned();
        check_email(&email).map_err(Refusal::BadEmail)?;
        let quote = Quote::of(&st, &session)?;
        if let Some(d) = quote.discount.as_ref().and_then(|d| st.discounts.get_mut(&d.id)) {
            d.used = Some(d.used.unwrap_or(0) + 1);
        }
        let currency = quote.currency.clone();
        let gross = quote.total;
        let (order, new_customer) = st.record_order(
            session.test_mode,
            &session.product_id,
            quote.product.clone(),
            &email,
            gross,
            &currency,
            Some("US".to_owned()),
            now_iso(),
        );
        if let Some(session) = st.sessions.get_mut(session_id) {
            session.order_id = Some(order.id.clone());
        }
        events.push((
            WebhookEvent::OrderCompleted,
            json!({
                "product": {"id": session.product_id, "variantId": null},
                "order": {"id": order.id},
                "currency": currency.to_lowercase(),
                "customer": {"email": email, "firstName": null, "lastName": null},
                "tax": {"amount": 0.0, "rate": 0.0, "percentage": 0.0, "ToCountry": "US", "ToZip": null, "ToState": null, "vatNumber": null},
                "amount": gross,
                "amountBeforeTax": gross,
                "metadata": session.metadata,
            }),
        ));
        let customer_id = order.customer.as_ref().map(|c| c.id.clone()).unwrap_or_default();
        if new_customer {
            events.push((WebhookEvent::CustomerCreated, json!({"customer": st.customers.get(&customer_id)})));
        }
        if let Some(offer) = quote.offer.filter(|_| quote.product.is_none()) {
            let days = match offer.frequency {
                SubscriptionFrequency::Weekly => 7,
                SubscriptionFrequency::Yearly => 365,
                _ => 30,
            };
            let now = unix_now();
            let subscription = Subscription {
                id: st.id(),
                user_id: USER_ID.to_owned(),
                customer_id,
                product_id: offer.id.clone(),
                stripe_subscription_id: Some(st.token("sub_")),
                status: SubscriptionStatus::Active,
                current_period_start: super::store::iso(now, 0),
                current_period_end: super::store::iso(now + days * 86_400, 0),
                cancel_at_period_end: false,
                test_mode: session.test_mode,
                created_at: now_iso(),
            };
            st.add_subscription(subscription.clone());
            events.push((WebhookEvent::CustomerSubscriptionCreated, json!({"subscription": subscription})));
        }
        (order, session)
    };
    for (event, payload) in events {
        emit(s, order.test_mode, event, payload);
    }
    Ok((order, session))
}

// ----------------------------------------------------------------------------------------------- refunds

async fn refunds_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    ok(s.store().refunds.values().filter(|(test, _)| *test == m.test).map(|(_, r)| r).collect::<Vec<_>>())
}

async fn refunds_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    let st = s.store();
    let (_, refund) = st.refunds.get(&id).filter(|(test, _)| *test == m.test).ok_or_else(|| not_found("Refund"))?;
    ok(refund)
}

async fn refunds_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateRefundParams = parse(&body)?;
    let order_id: &str = &p.order_id;
    let (refund, order) = {
        let mut st: std::sync::MutexGuard<'_, Store> = s.store();
        let order = st
            .orders
            .get(order_id)
            .filter(|o| o.test_mode == m.test)
            .cloned()
            .ok_or_else(|| unknown("orderId", "Order", order_id))?;
        let already = st.refunded.get(&order.id).copied().unwrap_or(Money::ZERO);
        let remaining = order.gross_amount - already;
        if remaining.is_zero() || remaining.is_negative() {
            return Err(refused(codes::ORDER_FULLY_REFUNDED, format!("Order {} is already fully refunded", order.id)));
        }
        // A partial refund is rounded to the currency's minor unit, halves away from zero.
        let amount = p.amount.unwrap_or(remaining).round_to(minor_digits(&order.currency));
        if amount.is_zero() || amount.is_negative() {
            return Err(bad(format!("`amount` must be greater than 0, got {amount}")));
        }
        if amount > remaining {
            return Err(refused(
                codes::REFUND_EXCEEDS_REMAINING,
                format!("`amount` {amount} exceeds what remains refundable on this order ({remaining})"),
            ));
        }
        st.refunded.insert(order.id.clone(), already + amount);
        let order = {
            let o = st.orders.get_mut(order_id).expect("order found above");
            o.is_refunded = true;
            o.clone()
        };
        if let Some(c) = order.customer.as_ref().and_then(|c| st.customers.get_mut(&c.id)) {
            c.total_spent = (c.total_spent - amount).max(Money::ZERO);
        }
        let refund = Refund {
            id: st.id(),
            order_id: order.id.clone(),
            amount,
            reason: p.reason,
            status: RefundStatus::Completed,
            created_at: now_iso(),
        };
        st.refunds.insert(refund.id.clone(), (m.test, refund.clone()));
        (refund, order)
    };
    emit(
        &s,
        m.test,
        WebhookEvent::OrderRefunded,
        json!({
            "product": {"id": order.product_id, "variantId": null},
            "order": {"id": order.id},
            "currency": order.currency.to_lowercase(),
            "customer": {"email": order.buyer_email, "firstName": null, "lastName": null},
            "amount": refund.amount,
            "refund": refund,
        }),
    );
    ok(refund)
}
