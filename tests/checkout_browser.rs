//! The fake server's hosted checkout, as a buyer meets it.
//!
//! Long on purpose: one buyer's journey, browser and shop included, is one story; its small shop and webhook
//! receiver live here because no other test needs them.
//!
//! In a real browser (headless Chromium, driven over the DevTools protocol by `tests/browser`): a buyer opens
//! the session URL a shop sent them to, sees the product, price and discount, types an email and pays, and
//! lands on the shop's success page (a small shop on 127.0.0.1) with the documented query, while the shop's
//! webhook receiver verifies the `order.completed` delivery with this SDK; another buyer cancels. A screenshot of
//! the checkout page is kept in `target/artifacts/checkout.png`.
//!
//! Over plain HTTP: content negotiation (JSON clients keep the JSON answer), the redirects and their query, and
//! every refusal (paid twice, expired, unknown, bad email), which answers a page with the reason and stores
//! nothing.
//!
//! Chromium: Debian's `chromium` package at `/usr/bin/chromium`, or `POCKETSFLOW_CHROMIUM`. Without it the
//! browser tests fail with the command that installs it, unless `POCKETSFLOW_SKIP_BROWSER_TESTS=1`; in CI
//! (`CI=true`) they always run.

mod browser;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use pocketsflow::events::{Event, ReplayGuard, Verifier};
use pocketsflow::mock::MockServer;
use pocketsflow::types::{
    CreateCheckoutParams, CreateDiscountParams, CreateProductParams, CreateSubscriptionOfferParams,
    CreateWebhookParams, DiscountValueType, ListCustomersParams, ListOrdersParams, ListSubscriptionsParams,
    SubscriptionFrequency, WebhookEvent,
};
use pocketsflow::Pocketsflow;
use reqwest::redirect::Policy;
use serde_json::Value;

use browser::{availability, Availability, Browser};

/// What a desktop Chromium asks for when it opens a page.
const BROWSER_ACCEPT: &str =
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8";

// ------------------------------------------------------------------------------------------------- the shop

/// What the shop saw: the returns of buyers (path and query) and the webhook deliveries it verified.
#[derive(Default)]
struct ShopLog {
    returns: Vec<(String, HashMap<String, String>)>,
    events: Vec<Event>,
    refused: Vec<String>,
}

#[derive(Clone)]
struct ShopState {
    log: Arc<Mutex<ShopLog>>,
    verifier: Verifier,
    pf: Pocketsflow,
}

/// A small shop on 127.0.0.1: the return pages a checkout sends buyers to, and a webhook receiver that
/// verifies each delivery with this SDK.
struct Shop {
    url: String,
    log: Arc<Mutex<ShopLog>>,
}

impl Shop {
    /// Binds a port, registers the shop's webhook receiver with the fake server (for `events`), and serves.
    async fn open(pf: &Pocketsflow, events: Vec<WebhookEvent>) -> Shop {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let webhook = pf
            .webhooks()
            .create(CreateWebhookParams::builder().url(format!("{url}/webhooks/pocketsflow")).events(events))
            .await
            .unwrap();
        let log = Arc::new(Mutex::new(ShopLog::default()));
        let state = ShopState {
            log: log.clone(),
            verifier: Verifier::new(webhook.secret).replay_guard(ReplayGuard::new(1_000)),
            pf: pf.clone(),
        };
        let app = Router::new()
            .route("/shop/thanks", get(thanks))
            .route("/shop/cart", get(cart))
            .route("/webhooks/pocketsflow", post(receive))
            .with_state(state);
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Shop { url, log }
    }

    fn returns(&self) -> Vec<(String, HashMap<String, String>)> {
        self.log.lock().unwrap().returns.clone()
    }

    /// Waits until the receiver verified `count` deliveries; returns them.
    async fn wait_for_events(&self, count: usize) -> Vec<Event> {
        for _ in 0..500 {
            if self.log.lock().unwrap().events.len() >= count {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let log = self.log.lock().unwrap();
        assert!(log.refused.is_empty(), "the shop refused deliveries: {:?}", log.refused);
        log.events.clone()
    }
}

fn query_of(uri: &Uri) -> HashMap<String, String> {
    let url = reqwest::Url::parse(&format!("http://shop.invalid{uri}")).unwrap();
    url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The success page: the shop confirms the order with the API before thanking the buyer.
async fn thanks(State(shop): State<ShopState>, uri: Uri) -> Response {
    let query = query_of(&uri);
    shop.log.lock().unwrap().returns.push(("/shop/thanks".to_owned(), query.clone()));
    let Some(order_id) = query.get("order_id") else {
        return (StatusCode::BAD_REQUEST, "no order_id").into_response();
    };
    match shop.pf.orders().get(order_id).await {
        Ok(order) => Html(format!(
            "<!doctype html><html lang=en><title>Thank you</title><h1>Thank you!</h1>\
             <p>Order <span id=order>{}</span>: <span id=paid>{:.2} {}</span>, receipt sent to \
             <span id=buyer>{}</span>.</p>",
            escape(&order.id),
            order.gross_amount,
            escape(&order.currency),
            escape(&order.buyer_email)
        ))
        .into_response(),
        Err(e) => (StatusCode::BAD_GATEWAY, format!("cannot confirm the order: {e}")).into_response(),
    }
}

/// The cancel page: back to the cart.
async fn cart(State(shop): State<ShopState>, uri: Uri) -> Html<&'static str> {
    shop.log.lock().unwrap().returns.push(("/shop/cart".to_owned(), query_of(&uri)));
    Html("<!doctype html><html lang=en><title>Your cart</title><h1>Checkout canceled</h1><p>Your cart is as you left it.</p>")
}

/// The webhook receiver: verifies with the endpoint's secret, refusing what does not verify.
async fn receive(State(shop): State<ShopState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    match shop.verifier.construct_event(&body, &headers) {
        Ok(event) => {
            shop.log.lock().unwrap().events.push(event);
            StatusCode::OK
        }
        Err(e) => {
            shop.log.lock().unwrap().refused.push(e.to_string());
            StatusCode::from_u16(e.status_code()).unwrap_or(StatusCode::BAD_REQUEST)
        }
    }
}

// ----------------------------------------------------------------------------------------------- helpers

/// `target/artifacts`, where the screenshots are kept.
fn artifacts() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).parent().expect("CARGO_TARGET_TMPDIR is target/tmp").join("artifacts")
}

async fn launch() -> Option<Browser> {
    let chromium = browser::chromium()?;
    match Browser::launch(&chromium, Path::new(env!("CARGO_TARGET_TMPDIR"))).await {
        Ok(browser) => Some(browser),
        Err(e) => panic!("cannot start headless Chromium ({}): {e}", chromium.display()),
    }
}

/// Unwraps a browser step, with what Chromium said when it fails.
#[track_caller]
fn step<T>(result: Result<T, String>, browser: &Browser) -> T {
    result.unwrap_or_else(|e| panic!("{e}\n--- Chromium's stderr, last lines:\n{}", browser.stderr_tail()))
}

/// `2026-12-05T03:00:00.000Z` as Unix seconds (UTC; days from the civil date, proleptic Gregorian).
fn unix_seconds(iso: &str) -> u64 {
    let number = |range: std::ops::Range<usize>| iso[range].parse::<i64>().unwrap_or_else(|_| panic!("{iso:?}"));
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let (y, m) = if month <= 2 { (year - 1, month + 9) } else { (year, month - 3) };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * m + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    (days * 86_400 + number(11..13) * 3600 + number(14..16) * 60 + number(17..19)) as u64
}

/// A client that shows redirects instead of following them.
fn http() -> reqwest::Client {
    reqwest::Client::builder().redirect(Policy::none()).build().unwrap()
}

async fn product_with_discount(pf: &Pocketsflow, name: &str, price: f64, code: &str, percent: f64) -> String {
    let product = pf.products().create(CreateProductParams::builder().name(name).price(price)).await.unwrap();
    pf.discounts()
        .create(
            CreateDiscountParams::builder()
                .name(format!("{percent}% off"))
                .code(code)
                .value(percent)
                .value_type(DiscountValueType::Percentage)
                .main_product_ids(vec![product.id.clone()]),
        )
        .await
        .unwrap();
    product.id
}

/// What paying a checkout sends (and nothing that creating products does, so counts stay still).
fn checkout_events() -> Vec<WebhookEvent> {
    vec![WebhookEvent::OrderCompleted, WebhookEvent::CustomerCreated, WebhookEvent::CustomerSubscriptionCreated]
}

fn session_params(product_id: &str, shop: &str) -> pocketsflow::types::builder::CreateCheckoutParams {
    CreateCheckoutParams::builder()
        .product_id(product_id)
        .success_url(format!("{shop}/shop/thanks?from=checkout"))
        .cancel_url(format!("{shop}/shop/cart"))
}

/// Counts of what a checkout may create, to show that a refusal created none of it.
async fn created(pf: &Pocketsflow, server: &MockServer) -> (u64, usize, usize, usize) {
    let orders = pf.orders().list(ListOrdersParams::default()).await.unwrap().pagination.total_count;
    let customers = pf.customers().list(ListCustomersParams::default()).await.unwrap().len();
    let subscriptions = pf.subscriptions().list(ListSubscriptionsParams::default()).await.unwrap().items().len();
    (orders, customers, subscriptions, server.deliveries().len())
}

// -------------------------------------------------------------------------------------- in a real browser

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_buyer_pays_in_chromium_lands_on_the_shop_and_the_shop_verifies_the_webhook() {
    let Some(browser) = launch().await else { return };
    let server = MockServer::start().await;
    let pf = server.client();
    let shop = Shop::open(&pf, vec![WebhookEvent::OrderCompleted, WebhookEvent::CustomerCreated]).await;
    let product = product_with_discount(&pf, "Field Guide to Async Rust", 40.0, "SPRING25", 25.0).await;
    let session = pf
        .checkout()
        .create(session_params(&product, &shop.url).customer_email("jane@example.com").discount_code("SPRING25"))
        .await
        .unwrap();

    let page = step(browser.new_page(800, 900).await, &browser);
    step(page.goto(&session.url).await, &browser);
    let text = |selector: &'static str| page.text(selector);
    assert_eq!(step(text("h1").await, &browser).as_deref(), Some("Checkout"));
    assert_eq!(step(text("#product").await, &browser).as_deref(), Some("Field Guide to Async Rust"));
    assert_eq!(step(text("#price").await, &browser).as_deref(), Some("$40.00"));
    assert_eq!(step(text("#discount-code").await, &browser).as_deref(), Some("SPRING25"));
    assert_eq!(step(text("#discount").await, &browser).as_deref(), Some("\u{2212}$10.00"));
    assert_eq!(step(text("#total").await, &browser).as_deref(), Some("$30.00"));
    assert_eq!(step(text("#mode").await, &browser).as_deref(), Some("Test mode"));
    assert_eq!(step(text("#pay").await, &browser).as_deref(), Some("Pay $30.00"));
    assert_eq!(step(page.value("#email").await, &browser).as_deref(), Some("jane@example.com"), "prefilled");
    let label = step(page.eval("document.querySelector('#email').labels[0]?.textContent").await, &browser);
    assert_eq!(label, "Email address", "the field has a label");
    assert_eq!(step(page.eval("document.scripts.length").await, &browser), 0, "no JavaScript needed");
    step(page.screenshot(&artifacts().join("checkout.png")).await, &browser);

    // A person replaces the prefilled address and clicks Pay.
    step(page.type_into("#email", "buyer@example.com").await, &browser);
    step(page.click("#pay").await, &browser);
    step(page.wait_for(&format!("location.href.startsWith('{}/shop/thanks')", shop.url)).await, &browser);

    // The shop got the documented query, kept its own, and confirmed the order with the API.
    let returns = shop.returns();
    let [(path, query)] = returns.as_slice() else { panic!("{returns:?}") };
    assert_eq!(path, "/shop/thanks");
    assert_eq!(query.get("from").map(String::as_str), Some("checkout"), "the shop's own query is kept");
    assert_eq!(query.get("session_id"), Some(&session.id));
    let order_id = query.get("order_id").cloned().expect("order_id on return");
    assert_eq!(step(text("#order").await, &browser), Some(order_id.clone()));
    assert_eq!(step(text("#paid").await, &browser).as_deref(), Some("30.00 USD"));
    assert_eq!(step(text("#buyer").await, &browser).as_deref(), Some("buyer@example.com"));
    step(page.screenshot(&artifacts().join("checkout-success.png")).await, &browser);

    // The shop's receiver verified the signed order.completed delivery with this SDK.
    let events = shop.wait_for_events(2).await;
    let completed = events
        .iter()
        .find_map(|e| match e {
            Event::OrderCompleted(order) => Some(order.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no order.completed in {events:?}"));
    assert_eq!(completed.order.and_then(|o| o.id), Some(order_id.clone()));
    assert_eq!(completed.amount, Some(pocketsflow::money!(30.0)));
    assert_eq!(completed.customer.and_then(|c| c.email).as_deref(), Some("buyer@example.com"));
    assert!(events.iter().any(|e| e.name() == "customer.created"), "{events:?}");
    let order = pf.orders().get(&order_id).await.unwrap();
    assert_eq!((order.gross_amount, order.buyer_email.as_str()), (pocketsflow::money!(30.0), "buyer@example.com"));

    // The same URL again, as with the back button: already paid, nothing charged twice.
    step(page.goto(&session.url).await, &browser);
    assert_eq!(step(text("h1").await, &browser).as_deref(), Some("This checkout is already paid"));
    assert_eq!(pf.orders().list(ListOrdersParams::default()).await.unwrap().pagination.total_count, 1);
    assert!(!browser.event_names().iter().any(|e| e == "Page.javascriptDialogOpening"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_buyer_cancels_in_chromium_and_nothing_is_created() {
    let Some(browser) = launch().await else { return };
    let server = MockServer::start().await;
    let pf = server.client();
    let shop = Shop::open(&pf, checkout_events()).await;
    let offer = pf
        .subscription_offers()
        .create(
            CreateSubscriptionOfferParams::builder()
                .name("Pro Membership")
                .price(9.0)
                .frequency(SubscriptionFrequency::Monthly),
        )
        .await
        .unwrap();
    let session = pf.checkout().create(session_params(&offer.id, &shop.url)).await.unwrap();
    let before = created(&pf, &server).await;

    let page = step(browser.new_page(800, 900).await, &browser);
    step(page.goto(&session.url).await, &browser);
    assert_eq!(step(page.text("#product").await, &browser).as_deref(), Some("Pro Membership"));
    assert_eq!(step(page.text("#price").await, &browser).as_deref(), Some("$9.00 / month"));
    assert_eq!(step(page.text("#total").await, &browser).as_deref(), Some("$9.00"));
    assert_eq!(step(page.value("#email").await, &browser).as_deref(), Some(""), "no customerEmail, no prefill");

    // Pay with the email field empty: the browser's own validation keeps the buyer on the page.
    step(page.click("#pay").await, &browser);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(step(page.url().await, &browser), session.url, "an empty required field is not submitted");
    let invalid = step(page.eval("document.querySelector('#email').matches(':invalid')").await, &browser);
    assert_eq!(invalid, true);

    // Cancel needs no email.
    step(page.click("#cancel").await, &browser);
    step(page.wait_for(&format!("location.href.startsWith('{}/shop/cart')", shop.url)).await, &browser);
    assert_eq!(step(page.text("h1").await, &browser).as_deref(), Some("Checkout canceled"));
    let returns = shop.returns();
    let [(path, query)] = returns.as_slice() else { panic!("{returns:?}") };
    assert_eq!(path, "/shop/cart");
    assert_eq!(query, &HashMap::from([("session_id".to_owned(), session.id.clone())]));

    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(created(&pf, &server).await, before, "canceling creates nothing and sends nothing");
    assert_eq!(before, (0, 0, 0, 0));
    // The session stays open: the buyer can come back and pay.
    step(page.goto(&session.url).await, &browser);
    assert_eq!(step(page.text("#pay").await, &browser).as_deref(), Some("Pay $9.00"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_product_named_like_markup_shows_as_text_in_chromium() {
    let Some(browser) = launch().await else { return };
    let server = MockServer::start().await;
    let pf = server.client();
    let name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let product = pf.products().create(CreateProductParams::builder().name(name).price(5.0)).await.unwrap();
    let session = pf.checkout().create(session_params(&product.id, "http://127.0.0.1:9")).await.unwrap();
    let page = step(browser.new_page(800, 700).await, &browser);
    step(page.goto(&session.url).await, &browser);
    assert_eq!(step(page.text("#product").await, &browser).as_deref(), Some(name), "shown as written");
    assert_eq!(step(page.eval("document.title").await, &browser), format!("Checkout: {name}"));
    assert_eq!(step(page.eval("document.querySelectorAll('script, img, b').length").await, &browser), 0);
    assert!(!browser.event_names().iter().any(|e| e == "Page.javascriptDialogOpening"), "no alert ran");
    browser.close().await;
}

#[test]
fn without_chromium_the_browser_tests_fail_with_how_to_install_it_unless_opted_out_and_never_in_ci() {
    let wanted = Path::new("/nowhere/chromium");
    let found = PathBuf::from("/usr/bin/chromium");
    assert_eq!(availability(Some(found.clone()), wanted, false, true), Availability::Run(found.clone()));
    assert_eq!(availability(Some(found.clone()), wanted, true, false), Availability::Run(found));
    let Availability::Missing(local) = availability(None, wanted, false, false) else { panic!("must fail") };
    assert!(local.contains("apt-get install -y chromium"), "{local}");
    assert!(local.contains("/nowhere/chromium") && local.contains("POCKETSFLOW_SKIP_BROWSER_TESTS=1"), "{local}");
    assert!(matches!(availability(None, wanted, false, true), Availability::Skip(_)));
    let Availability::Missing(ci) = availability(None, wanted, true, true) else { panic!("CI ignores the opt-out") };
    assert!(ci.contains("apt-get install -y chromium") && ci.contains("CI=true"), "{ci}");
}

// ------------------------------------------------------------------------------------------ over plain HTTP

#[tokio::test]
async fn json_clients_keep_the_json_answer_and_browsers_get_the_page() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(20.0)).await.unwrap();
    let session = pf.checkout().create(session_params(&product.id, "https://shop.example")).await.unwrap();
    let http = http();
    for accept in [None, Some("application/json"), Some("*/*"), Some("text/html, application/json")] {
        let mut request = http.get(&session.url);
        if let Some(accept) = accept {
            request = request.header("accept", accept);
        }
        let answer = request.send().await.unwrap();
        assert_eq!(answer.status(), 200, "{accept:?}");
        assert_eq!(answer.headers()["content-type"], "application/json", "{accept:?}");
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["id"], session.id.as_str());
        assert_eq!(body["productId"], product.id.as_str());
        assert_eq!((&body["completed"], &body["expired"]), (&Value::Bool(false), &Value::Bool(false)));
        // Payable for 24 hours from its creation (mock::CHECKOUT_SESSION_LIFETIME).
        let expires = unix_seconds(body["expiresAt"].as_str().expect("expiresAt"));
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        assert!((now + 24 * 3600).abs_diff(expires) <= 60, "expires at {}, now {now}", body["expiresAt"]);
    }
    for accept in [BROWSER_ACCEPT, "text/html", "application/json;q=0.5, text/html"] {
        let answer = http.get(&session.url).header("accept", accept).send().await.unwrap();
        assert_eq!(answer.status(), 200, "{accept}");
        assert_eq!(answer.headers()["content-type"], "text/html; charset=utf-8", "{accept}");
        assert_eq!(answer.headers()["vary"], "accept");
        assert_eq!(answer.headers()["cache-control"], "no-store");
        assert!(answer.headers()["content-security-policy"].to_str().unwrap().contains("default-src 'none'"));
        let page = answer.text().await.unwrap();
        assert!(page.contains("<dd id=\"product\">Ebook</dd>") && page.contains("$20.00"), "{page}");
    }
    let unknown = http.get(format!("{}/checkout/cs_test_nope", server.url())).send().await.unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(unknown.json::<Value>().await.unwrap()["code"], "NOT_FOUND", "JSON errors keep the API's shape");
}

#[tokio::test]
async fn paying_through_the_form_redirects_to_the_shop_with_session_and_order_ids() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = product_with_discount(&pf, "Ebook", 40.0, "Q25", 25.0).await;
    let webhook = pf
        .webhooks()
        .create(
            CreateWebhookParams::builder().url("http://127.0.0.1:9/hooks").events(vec![WebhookEvent::OrderCompleted]),
        )
        .await
        .unwrap();
    let session = pf
        .checkout()
        .create(
            CreateCheckoutParams::builder()
                .product_id(product)
                .success_url("https://shop.example/done?cart=7#top")
                .cancel_url("https://shop.example/cart")
                .discount_code("q25"),
        )
        .await
        .unwrap();
    let answer = http()
        .post(&session.url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=jane%2Bshop%40example.com&action=pay")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 303);
    let location = answer.headers()["location"].to_str().unwrap().to_owned();
    let orders = pf.orders().list(ListOrdersParams::default()).await.unwrap().orders;
    let [order] = orders.as_slice() else { panic!("{orders:?}") };
    assert_eq!(
        location,
        format!("https://shop.example/done?cart=7&session_id={}&order_id={}#top", session.id, order.id)
    );
    assert_eq!((order.gross_amount, order.buyer_email.as_str()), (pocketsflow::money!(30.0), "jane+shop@example.com"));

    // The delivery is signed with the webhook's secret: this SDK verifies it.
    let deliveries = server.wait_for_deliveries(1, Duration::from_secs(10)).await;
    let [delivery] = deliveries.as_slice() else { panic!("{deliveries:?}") };
    let mut headers = http::HeaderMap::new();
    headers.insert("x-pocketsflow-signature", delivery.signature.parse().unwrap());
    headers.insert("x-pocketsflow-timestamp", delivery.timestamp.parse().unwrap());
    match Verifier::new(webhook.secret).construct_event(delivery.body.as_bytes(), &headers).unwrap() {
        Event::OrderCompleted(event) => assert_eq!(event.order.and_then(|o| o.id), Some(order.id.clone())),
        other => panic!("{other:?}"),
    }

    // JSON clients of the same URL keep today's answer.
    let json: Value = reqwest::get(&session.url).await.unwrap().json().await.unwrap();
    assert_eq!((&json["completed"], &json["orderId"]), (&Value::Bool(true), &Value::String(order.id.clone())));
}

#[tokio::test]
async fn an_offer_paid_through_the_form_becomes_a_subscription_and_its_webhooks_are_sent() {
    let server = MockServer::start().await;
    let pf = server.client();
    pf.webhooks()
        .create(CreateWebhookParams::builder().url("http://127.0.0.1:9/hooks").events(checkout_events()))
        .await
        .unwrap();
    let offer = pf
        .subscription_offers()
        .create(
            CreateSubscriptionOfferParams::builder().name("Pro").price(12.0).frequency(SubscriptionFrequency::Yearly),
        )
        .await
        .unwrap();
    let session = pf.checkout().create(session_params(&offer.id, "https://shop.example")).await.unwrap();
    let page = http().get(&session.url).header("accept", BROWSER_ACCEPT).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<dt>Subscription</dt><dd id=\"product\">Pro</dd>"), "{page}");
    assert!(page.contains("<dd id=\"price\">$12.00 / year</dd>"), "{page}");
    let answer = http()
        .post(&session.url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=sub%40example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 303, "no action field means pay (what pressing Enter sends)");
    let subscriptions = pf.subscriptions().list(ListSubscriptionsParams::default()).await.unwrap();
    let [subscription] = subscriptions.items() else { panic!("{subscriptions:?}") };
    assert_eq!(subscription.product_id, offer.id);
    let deliveries = server.wait_for_deliveries(3, Duration::from_secs(10)).await;
    let mut names: Vec<_> = deliveries.iter().map(|d| d.event.as_str()).collect();
    names.sort();
    assert_eq!(names, ["customer.created", "customer.subscription.created", "order.completed"]);
}

#[tokio::test]
async fn cancel_redirects_to_the_shop_with_the_session_id_and_creates_nothing() {
    let server = MockServer::start().await;
    let pf = server.client();
    pf.webhooks()
        .create(CreateWebhookParams::builder().url("http://127.0.0.1:9/hooks").events(checkout_events()))
        .await
        .unwrap();
    let product = product_with_discount(&pf, "Ebook", 40.0, "Q25", 25.0).await;
    let session =
        pf.checkout().create(session_params(&product, "https://shop.example").discount_code("Q25")).await.unwrap();
    let before = created(&pf, &server).await;
    let answer = http()
        .post(&session.url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=&action=cancel")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], format!("https://shop.example/shop/cart?session_id={}", session.id));
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(created(&pf, &server).await, before);
    assert_eq!(pf.discounts().list().await.unwrap()[0].used.unwrap_or(0), 0, "the code was not used");
}

/// Posts the checkout form; returns the status and the page.
async fn post_form(url: &str, body: &str) -> (u16, String) {
    let answer = http()
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.headers()["content-type"], "text/html; charset=utf-8", "a page for the buyer");
    (answer.status().as_u16(), answer.text().await.unwrap())
}

#[tokio::test]
async fn paying_twice_an_expired_or_unknown_session_or_a_bad_email_gets_a_page_with_the_reason_and_stores_nothing() {
    let server = MockServer::start().await;
    let pf = server.client();
    pf.webhooks()
        .create(CreateWebhookParams::builder().url("http://127.0.0.1:9/hooks").events(checkout_events()))
        .await
        .unwrap();
    let product = product_with_discount(&pf, "Ebook", 40.0, "Q25", 25.0).await;
    let new_session = || async {
        pf.checkout().create(session_params(&product, "https://shop.example").discount_code("Q25")).await.unwrap()
    };
    let used = || async { pf.discounts().list().await.unwrap()[0].used.unwrap_or(0) };

    // Bad emails: the form again, the reason next to the field, what was typed kept, nothing stored.
    let session = new_session().await;
    let before = created(&pf, &server).await;
    for (body, reason) in [
        ("email=jane.example.com&action=pay", "This email address has no @."),
        ("email=jane%40&action=pay", "This is not an email address."),
        ("email=%3Cb%3E%40x.y&action=pay", "This is not an email address."),
        ("email=&action=pay", "An email address is required."),
        ("action=pay", "An email address is required."),
    ] {
        let (status, page) = post_form(&session.url, body).await;
        assert_eq!(status, 400, "{body}");
        assert!(page.contains("role=\"alert\"") && page.contains(reason), "{body}: {page}");
        assert!(page.contains("aria-invalid=\"true\""), "{body}");
        assert!(!page.contains("<b>"), "what was typed is escaped: {page}");
    }
    let (_, page) = post_form(&session.url, "email=jane.example.com&action=pay").await;
    assert!(page.contains("value=\"jane.example.com\""), "what was typed is kept: {page}");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(created(&pf, &server).await, before);
    assert_eq!(used().await, 0);
    // The JSON path and the helper refuse it too.
    let json = http().post(&session.url).json(&serde_json::json!({"email": "nope"})).send().await.unwrap();
    assert_eq!(json.status(), 400);
    assert!(server.complete_checkout(&session.id, "a b@example.com").is_err());

    // An unknown action.
    let (status, page) = post_form(&session.url, "email=jane%40example.com&action=refund").await;
    assert_eq!(status, 400);
    assert!(page.contains("knows only"), "{page}");

    // Paying twice.
    let (status, _) = {
        let answer = http()
            .post(&session.url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("email=jane%40example.com&action=pay")
            .send()
            .await
            .unwrap();
        (answer.status().as_u16(), ())
    };
    assert_eq!(status, 303);
    let after_one = created(&pf, &server).await;
    assert_eq!(after_one.0, 1);
    assert_eq!(used().await, 1);
    let (status, page) = post_form(&session.url, "email=jane%40example.com&action=pay").await;
    assert_eq!(status, 400);
    assert!(page.contains("This checkout is already paid") && page.contains("nothing was charged again"), "{page}");
    assert!(page.contains("<h1") && page.contains(r#"id="reason""#), "a refusal has an h1 and #reason: {page}");
    let order_id = pf.orders().list(ListOrdersParams::default()).await.unwrap().orders[0].id.clone();
    assert!(page.contains(&format!("session_id={}&amp;order_id={order_id}", session.id)), "a way back: {page}");
    let (status, _) = post_form(&session.url, "action=cancel").await;
    assert_eq!(status, 400, "a paid session cannot be canceled");
    let (status, page) = {
        let answer = http().get(&session.url).header("accept", BROWSER_ACCEPT).send().await.unwrap();
        (answer.status().as_u16(), answer.text().await.unwrap())
    };
    assert_eq!(status, 400);
    assert!(page.contains("already paid"), "{page}");
    let api = http().post(&session.url).json(&serde_json::json!({"email": "jane@example.com"})).send().await.unwrap();
    assert_eq!(api.status(), 400);
    assert_eq!(api.json::<Value>().await.unwrap()["code"], "SESSION_ALREADY_PAID");

    // Expired.
    let session = new_session().await;
    server.expire_checkout_session(&session.id).unwrap();
    let (status, page) = post_form(&session.url, "email=jane%40example.com&action=pay").await;
    assert_eq!(status, 400);
    assert!(page.contains("This checkout has expired") && page.contains("nothing was charged"), "{page}");
    assert!(page.contains("<h1") && page.contains(r#"id="reason""#), "a refusal has an h1 and #reason: {page}");
    assert!(page.contains(&format!("https://shop.example/shop/cart?session_id={}", session.id)), "{page}");
    let json: Value = reqwest::get(&session.url).await.unwrap().json().await.unwrap();
    assert_eq!(json["expired"], true);
    let err = server.complete_checkout(&session.id, "jane@example.com").unwrap_err();
    assert!(err.to_string().contains("expired"), "{err}");
    let api = http().post(&session.url).json(&serde_json::json!({"email": "jane@example.com"})).send().await.unwrap();
    assert_eq!(api.status(), 400);
    assert_eq!(api.json::<Value>().await.unwrap()["code"], "SESSION_EXPIRED");
    // Canceling an expired session still takes the buyer back to the shop.
    let cancel = http()
        .post(&session.url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("action=cancel")
        .send()
        .await
        .unwrap();
    assert_eq!(cancel.status(), 303);

    // Its product removed by the seller.
    let gone = pf.products().create(CreateProductParams::builder().name("Withdrawn").price(9.0)).await.unwrap();
    let session = pf.checkout().create(session_params(&gone.id, "https://shop.example")).await.unwrap();
    pf.products().delete(&gone.id).await.unwrap();
    let (status, page) = post_form(&session.url, "email=jane%40example.com&action=pay").await;
    assert_eq!(status, 400);
    assert!(page.contains("This product is no longer sold") && page.contains("nothing was charged"), "{page}");
    let api = http().post(&session.url).json(&serde_json::json!({"email": "jane@example.com"})).send().await.unwrap();
    assert_eq!(api.status(), 400);
    assert_eq!(api.json::<Value>().await.unwrap()["code"], "PRODUCT_GONE");

    // Unknown.
    let (status, page) = post_form(&format!("{}/checkout/cs_test_missing", server.url()), "email=j%40e.com").await;
    assert_eq!(status, 404);
    assert!(page.contains("Checkout session not found"), "{page}");
    assert!(page.contains("<h1") && page.contains(r#"id="reason""#), "a refusal has an h1 and #reason: {page}");
    let (status, _) = post_form(&format!("{}/checkout/cs_test_missing", server.url()), "action=cancel").await;
    assert_eq!(status, 404);

    // Not a form a browser sends.
    let (status, page) = {
        let answer = http()
            .post(&session.url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(vec![0xff, 0xfe])
            .send()
            .await
            .unwrap();
        (answer.status().as_u16(), answer.text().await.unwrap())
    };
    assert_eq!(status, 400);
    assert!(page.contains("could not be read"), "{page}");

    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(created(&pf, &server).await, after_one, "no refusal stored anything");
    assert_eq!(used().await, 1);
}

#[tokio::test]
async fn a_product_named_like_markup_is_escaped_on_the_page() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf
        .products()
        .create(CreateProductParams::builder().name("<script>alert(1)</script>").price(5.0))
        .await
        .unwrap();
    let session = pf.checkout().create(session_params(&product.id, "https://shop.example")).await.unwrap();
    let page = http().get(&session.url).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("<script>"), "{page}");
    assert!(page.contains("<dd id=\"product\">&lt;script&gt;alert(1)&lt;/script&gt;</dd>"), "{page}");
    assert!(page.contains("<title>Checkout: &lt;script&gt;alert(1)&lt;/script&gt;</title>"), "{page}");
}
