//! The fake server's HTTP side: one route per operation of openapi.yaml, authentication, validation, faults,
//! and webhook deliveries.

mod buyer;
mod checkout;
mod control;
mod customers;
mod delivery;
mod discounts;
mod middleware;
mod orders;
mod products;
mod refunds;
mod reviews;
mod subscription_offers;
mod subscriptions;
mod upsells;
mod users;
mod variants;
mod webhooks;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::Router;

use crate::error::codes;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;

use super::store::{self, Store};
use super::{dates, limits, spec, RouteKey, Shared};
use crate::types::*;

use buyer::{session_complete, session_get};
use checkout::checkout_create;
use customers::{customers_get, customers_list};
use discounts::{discounts_create, discounts_delete, discounts_get, discounts_list, discounts_update};
use middleware::{api_answers, auth, conform, gate, javascript_amounts, unmatched};
use orders::{orders_get, orders_list};
use products::{products_create, products_delete, products_get, products_list, products_update};
use refunds::{refunds_create, refunds_get, refunds_list};
use reviews::reviews_list;
use subscription_offers::{offers_create, offers_get, offers_list};
use subscriptions::{subscriptions_cancel, subscriptions_get, subscriptions_list, subscriptions_refund};
use upsells::{upsells_create, upsells_delete, upsells_get, upsells_list, upsells_update};
use users::{users_me, users_update};
use variants::{variants_create, variants_delete};
use webhooks::{webhooks_create, webhooks_delete, webhooks_get, webhooks_list, webhooks_test, webhooks_update};

pub(crate) use buyer::{complete_checkout, decline_checkout, expire_checkout};
pub(crate) use delivery::emit;
pub(crate) use reviews::add_review;

type S = Arc<Shared>;
type Reply = Result<Response, ErrorReply>;

/// An error answer, shaped like the API's: `{"message": ..., "code": ...}`.
#[derive(Debug)]
pub(crate) struct ErrorReply {
    status: StatusCode,
    pub(crate) message: String,
    code: &'static str,
}

fn bad(message: impl Into<String>) -> ErrorReply {
    ErrorReply { status: StatusCode::BAD_REQUEST, message: message.into(), code: codes::VALIDATION_ERROR }
}

fn not_found(what: &str) -> ErrorReply {
    ErrorReply { status: StatusCode::NOT_FOUND, message: format!("{what} not found"), code: codes::NOT_FOUND }
}

impl IntoResponse for ErrorReply {
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
        let conform = axum::middleware::from_fn_with_state((shared.clone(), template, spec::Doc::Api), conform);
        (template, methods.layer(conform).layer(axum::middleware::from_fn(auth)))
    });
    let mut router = Router::new();
    // The control plane: the key check, and nothing of the API's (its request log, faults and spec checks).
    // Checked against its own document, control.yaml, as the API is against openapi.yaml.
    for (path, methods) in control::routes() {
        let conform = axum::middleware::from_fn_with_state((shared.clone(), path, spec::Doc::Control), conform);
        router = router.route(path, methods.layer(conform).layer(axum::middleware::from_fn(auth)));
    }
    for (template, methods) in api.chain(buyer) {
        // A layer of the method router also wraps its 405 answer: refused methods are recorded and faulted.
        let gate = axum::middleware::from_fn_with_state((shared.clone(), RouteKey::Route(template)), gate);
        router = router.route(template, methods.layer(gate));
    }
    router
        .fallback(unmatched)
        .layer(DefaultBodyLimit::max(limits::MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(api_answers))
        .layer(axum::middleware::from_fn_with_state(shared.clone(), javascript_amounts))
        .with_state(shared)
}

/// Decodes a JSON body into a generated input type. The route layer has already checked it against
/// openapi.yaml ([`conform`](middleware::conform)), so this only types it; errors still name the field.
fn parse<T: DeserializeOwned>(body: &Bytes) -> Result<T, ErrorReply> {
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
fn refused(code: &'static str, message: impl Into<String>) -> ErrorReply {
    ErrorReply { status: StatusCode::BAD_REQUEST, message: message.into(), code }
}

/// A 404 for an object the body refers to, naming the field.
fn unknown(field: &str, what: &str, id: &str) -> ErrorReply {
    ErrorReply {
        status: StatusCode::NOT_FOUND,
        message: format!("`{field}` {id:?}: {what} not found"),
        code: codes::NOT_FOUND,
    }
}

/// Pay what you want: `minPrice` must not be above `maxPrice`.
fn check_price_range<T: PartialOrd + std::fmt::Display>(min: Option<T>, max: Option<T>) -> Result<(), ErrorReply> {
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
fn check_date(field: &str, value: Option<&str>) -> Result<Option<dates::Span>, ErrorReply> {
    value
        .map(|v| dates::parse(v).ok_or_else(|| bad(format!("`{field}` must be an ISO 8601 date, got {v:?}"))))
        .transpose()
}

/// Whether `created_at` falls within the filters (a date bound takes its whole day).
fn in_range(created_at: &str, start: Option<dates::Span>, end: Option<dates::Span>) -> bool {
    let Some(at) = dates::parse(created_at) else { return false };
    start.is_none_or(|s| at.first >= s.first) && end.is_none_or(|e| at.first <= e.last)
}

fn query_u32(query: &HashMap<String, String>, field: &str) -> Result<Option<u32>, ErrorReply> {
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

/// Every id of `ids` names a product of this account and mode, else 404 naming the first that does not.
fn check_products(st: &Store, m: Mode, field: &str, ids: &[String]) -> Result<(), ErrorReply> {
    match ids.iter().enumerate().find(|(_, id)| st.products.get(*id).is_none_or(|p| p.test_mode != m.test)) {
        Some((i, id)) => Err(unknown(&format!("{field}[{i}]"), "Product", id)),
        None => Ok(()),
    }
}
