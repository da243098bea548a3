//! The buyer's side of a checkout session: the hosted page or the session as JSON, the form that pays or
//! cancels, the pages that say why a session cannot be paid, and paying (an order, a customer, a subscription,
//! their webhooks).

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::delivery::emit;
use super::{bad, json_response, not_found, ok, parse, ErrorReply, Reply, S};
use crate::mock::checkout_page;
use crate::mock::store::{minor_digits, Session, Store, USER_ID};
use crate::types::*;

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

impl From<Refusal> for ErrorReply {
    fn from(refusal: Refusal) -> ErrorReply {
        let message = refusal.to_string();
        match refusal {
            Refusal::Unknown => not_found("Checkout session"),
            Refusal::Expired => ErrorReply { status: StatusCode::BAD_REQUEST, message, code: "SESSION_EXPIRED" },
            Refusal::Completed => ErrorReply { status: StatusCode::BAD_REQUEST, message, code: "SESSION_ALREADY_PAID" },
            Refusal::ProductGone => ErrorReply { status: StatusCode::BAD_REQUEST, message, code: "PRODUCT_GONE" },
            Refusal::BadEmail(_) => bad(message),
        }
    }
}

/// `Ok` for an address a buyer can be reached at, else why not (worded for the buyer): one `@`, a local part
/// without spaces, a domain of dot-separated labels of letters, digits and hyphens, 254 characters at most.
fn check_email(email: &str) -> Result<(), String> {
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

/// The session `id`, if it can still be paid at `now` (Unix seconds).
fn payable(st: &Store, id: &str, now: u64) -> Result<Session, Refusal> {
    let session = st.sessions.get(id).ok_or(Refusal::Unknown)?;
    if session.order_id.is_some() {
        return Err(Refusal::Completed);
    }
    if session.is_expired(now) {
        return Err(Refusal::Expired);
    }
    Ok(session.clone())
}

/// `GET <session url>`: the hosted checkout page for a browser (one that prefers `text/html` to JSON), the
/// session as JSON for anyone else.
pub(super) async fn session_get(State(s): State<S>, Path(id): Path<String>, headers: HeaderMap) -> Response {
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
        "expired": session.order_id.is_none() && session.is_expired(s.clock().unix()),
        "expiresAt": crate::mock::dates::iso(session.expires_at, 0),
    }))
}

/// `POST <session url>`: a browser's form (`application/x-www-form-urlencoded`: `email`, and `action` =
/// `pay`, the default, or `cancel`) is answered with a redirect to the shop or a page that says what is
/// wrong; anything else is the JSON call, `{"email": "..."}` or no body, answered with the order.
pub(super) async fn session_complete(
    State(s): State<S>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
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
        Err(refusal) => ErrorReply::from(refusal).into_response(),
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
        payable(&st, id, s.clock().unix()).and_then(|session| Ok((Quote::of(&st, &session)?, session)))
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

/// Completes a checkout session as [`crate::mock::MockServer::complete_checkout`] documents.
pub(crate) fn complete_checkout(s: &S, session_id: &str, email: Option<&str>) -> Result<Order, Refusal> {
    pay(s, session_id, email).map(|(order, _)| order)
}

/// The buyer's payment of session `session_id` fails (their card is declined): nothing is stored, the session
/// stays open to pay again, and `payment_intent.payment_failed` is sent with the amount asked and why it failed.
pub(crate) fn decline_checkout(s: &S, session_id: &str) -> Result<String, Refusal> {
    let (test_mode, payload) = {
        let mut st = s.store();
        let session = payable(&st, session_id, s.clock().unix())?;
        let quote = Quote::of(&st, &session)?;
        let intent = st.token("pi_");
        let payload = json!({
            "paymentIntent": {
                "id": intent,
                "amount": quote.total,
                "currency": quote.currency.to_lowercase(),
                "status": "requires_payment_method",
                "lastPaymentError": {"code": "card_declined", "message": "Your card was declined."},
            },
            "checkoutSessionId": session_id,
            "product": {"id": session.product_id},
            "customer": {"email": session.customer_email},
            "metadata": session.metadata,
        });
        (session.test_mode, payload)
    };
    emit(s, test_mode, WebhookEvent::PaymentIntentPaymentFailed, payload);
    Ok(format!("the payment of checkout session {session_id} was declined; it can be paid again"))
}

/// Ends session `session_id`'s lifetime now, as if its lifetime had passed: its page then says it has expired,
/// and paying it is refused.
pub(crate) fn expire_checkout(s: &S, session_id: &str) -> Result<String, Refusal> {
    let now = s.clock().unix();
    let mut st = s.store();
    let session = st.sessions.get_mut(session_id).ok_or(Refusal::Unknown)?;
    if session.order_id.is_some() {
        return Err(Refusal::Completed);
    }
    session.expires_at = now;
    Ok(format!("checkout session {session_id} expired"))
}

/// Turns a session into an order, a customer and, for a subscription offer, a subscription, then sends the
/// webhooks; returns the order and the session as it was. `email` is the buyer's, else the session's
/// `customerEmail`. Everything is checked before anything is stored: a refusal stores nothing.
fn pay(s: &S, session_id: &str, email: Option<&str>) -> Result<(Order, Session), Refusal> {
    let mut events = Vec::new();
    let (order, session) = {
        let mut st = s.store();
        let session = payable(&st, session_id, s.clock().unix())?;
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
            s.clock().iso(),
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
        events.push((
            WebhookEvent::PaymentIntentSucceeded,
            json!({
                "paymentIntent": {"id": st.token("pi_"), "amount": gross, "currency": currency.to_lowercase(), "status": "succeeded"},
                "checkoutSessionId": session_id,
                "order": {"id": order.id},
                "customer": {"email": email},
                "metadata": session.metadata,
            }),
        ));
        if let Some(offer) = quote.offer.filter(|_| quote.product.is_none()) {
            let now = s.clock().unix();
            // A trial is the first period; its end bills the first invoice (mock/lifecycle.rs).
            let trial = u64::from(offer.trial_period.unwrap_or(0)) * 86_400;
            let first_period = if trial > 0 { trial } else { crate::mock::lifecycle::period_secs(&offer.frequency) };
            let subscription = Subscription {
                id: st.id(),
                user_id: USER_ID.to_owned(),
                customer_id,
                product_id: offer.id.clone(),
                stripe_subscription_id: Some(st.token("sub_")),
                status: SubscriptionStatus::Active,
                current_period_start: crate::mock::dates::iso(now, 0),
                current_period_end: crate::mock::dates::iso(now + first_period, 0),
                cancel_at_period_end: false,
                test_mode: session.test_mode,
                created_at: s.clock().iso(),
            };
            if trial > 0 {
                st.billing.entry(subscription.id.clone()).or_default().trial_end = Some(now + trial);
            }
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
