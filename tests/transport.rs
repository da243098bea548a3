//! Production transport: retries that never repeat an unsafe POST, Retry-After, pacing, timeouts, per-request
//! options, auto-pagination and tracing, driven by the fake server's fault knobs (and wiremock for bodies the
//! fake never sends). The request counts on the server prove what was, and was not, repeated.

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::*;
use futures_util::{StreamExt, TryStreamExt};
use pocketsflow::mock::{MockOptions, MockServer, Seed};
use pocketsflow::pacing::RateLimit;
use pocketsflow::retry::RetryPolicy;
use pocketsflow::types::*;
use pocketsflow::{ErrorKind, Pocketsflow, RequestOptions};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, ResponseTemplate};

fn client(url: &str) -> Pocketsflow {
    Pocketsflow::builder().api_key(pocketsflow::mock::TEST_API_KEY).base_url(url).retry(fast()).build().unwrap()
}

fn create() -> pocketsflow::types::builder::CreateProductParams {
    CreateProductParams::builder().name("Ebook").price(9.0)
}

#[test]
fn defaults_are_two_retries_half_second_base_eight_second_cap_and_safe_posts() {
    let policy = Pocketsflow::new("pk_test_x").unwrap().retry_policy();
    assert_eq!(
        (policy.max_retries, policy.base_delay, policy.max_delay, policy.retry_non_idempotent),
        (2, Duration::from_millis(500), Duration::from_secs(8), false)
    );
    assert_eq!(policy, RetryPolicy::default());
}

#[tokio::test]
async fn get_is_retried_on_5xx_then_succeeds() {
    for status in [500, 502, 503, 504] {
        let server = MockServer::start().await;
        server.faults().fail_next(2, status);
        client(server.url()).products().list().await.unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!(server.request_count("GET", "/products"), 3, "{status}");
    }
}

#[tokio::test]
async fn the_final_error_says_how_many_attempts_were_made() {
    let server = MockServer::start().await;
    server.faults().fail_next(10, 500);
    let err = client(server.url()).products().list().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.attempts(), 3);
    assert_eq!(
        err.to_string(),
        "products_list: API error 500: Internal server error (code INTERNAL_ERROR) (after 3 attempts)"
    );
    assert_eq!(server.request_count("GET", "/products"), 3);
}

#[tokio::test]
async fn post_is_never_repeated_after_a_5xx_unless_opted_in() {
    for status in [500, 502, 503, 504] {
        let server = MockServer::start().await;
        server.faults().fail_next(1, status);
        let err = client(server.url()).products().create(create()).await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.attempts(), 1);
        assert_eq!(server.request_count("POST", "/products"), 1, "{status}: an unsafe POST was repeated");
    }
    let server = MockServer::start().await;
    server.faults().fail_next(1, 503);
    let opted_in = Pocketsflow::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .retry(fast().retry_non_idempotent(true))
        .build()
        .unwrap();
    opted_in.products().create(create()).await.unwrap();
    assert_eq!(server.request_count("POST", "/products"), 2);
    // Opted in, a dropped connection and a stalled attempt are retried too.
    server.faults().drop_next(1);
    opted_in.products().create(create()).await.unwrap();
    assert_eq!(server.request_count("POST", "/products"), 4);
    server.faults().latency(Duration::from_millis(400));
    let stalled = opted_in
        .with_options(RequestOptions::new().attempt_timeout(Duration::from_millis(100)).max_retries(1))
        .products()
        .create(create())
        .await
        .unwrap_err();
    assert!(stalled.is_timeout() && stalled.attempts() == 2, "{stalled}");
}

/// `attempt_timeout` is off by default: an answer slower than any per-attempt bound would be, within the
/// call's timeout, arrives on the first attempt.
#[tokio::test]
async fn without_attempt_timeout_a_slow_answer_takes_one_attempt() {
    let server = MockServer::start().await;
    server.faults().latency(Duration::from_millis(1_500));
    let pf = Pocketsflow::builder().api_key(server.api_key()).base_url(server.url()).retry(fast()).build().unwrap();
    pf.users().me().await.unwrap();
    assert_eq!(server.request_count("GET", "/users/me"), 1);
}

/// The copy kept for a retry is the request itself: the same method, URL, headers (the key, the User-Agent, the
/// generated ones and per-request ones, each exactly once) and body.
#[tokio::test]
async fn a_retried_request_is_the_same_request_with_each_header_once() {
    let server = wiremock::MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(429).set_body_json(json!({"message": "slow down"})))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(any()).respond_with(ResponseTemplate::new(201).set_body_json(example("Product"))).mount(&server).await;
    let pf = client(&server.uri()).with_options(RequestOptions::new().header("x-request-id", "job-7").unwrap());
    pf.products().create(create()).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2, "the 429 was retried once");
    let (first, second) = (&requests[0], &requests[1]);
    assert_eq!((first.method.as_str(), first.url.as_str()), (second.method.as_str(), second.url.as_str()));
    assert_eq!(first.body, second.body);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&second.body).unwrap(),
        json!({"name": "Ebook", "price": 9})
    );
    for request in [first, second] {
        for (name, value) in [
            ("authorization", format!("Bearer {}", pocketsflow::mock::TEST_API_KEY)),
            ("user-agent", pocketsflow::USER_AGENT_VALUE.to_owned()),
            ("content-type", "application/json".to_owned()),
            ("accept", "application/json".to_owned()),
            ("x-request-id", "job-7".to_owned()),
        ] {
            let values: Vec<_> = request.headers.get_all(name).iter().map(|v| v.to_str().unwrap()).collect();
            assert_eq!(values, [value.as_str()], "{name} is sent exactly once, on every attempt");
        }
    }
    assert_eq!(first.headers.len(), second.headers.len(), "{:?}\n{:?}", first.headers, second.headers);
}

#[tokio::test]
async fn post_is_retried_when_rate_limited_honouring_retry_after() {
    let server = MockServer::start().await;
    server.faults().fail_next(1, 429); // with Retry-After: 1
    let started = Instant::now();
    client(server.url()).products().create(create()).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(950), "waited {:?}", started.elapsed());
    assert_eq!(server.request_count("POST", "/products"), 2);
    assert_eq!(server.client().products().list().await.unwrap().len(), 1, "created exactly once");

    let server = MockServer::start().await;
    server.faults().fail_next_with_retry_after(2, 429, None);
    let started = Instant::now();
    client(server.url()).products().list().await.unwrap();
    assert!(started.elapsed() < Duration::from_millis(500), "without Retry-After, the jittered backoff");
    assert_eq!(server.request_count("GET", "/products"), 3);
}

#[tokio::test]
async fn rate_limited_error_carries_retry_after() {
    let server = MockServer::start().await;
    server.faults().fail_next(1, 429);
    let pf = Pocketsflow::builder().api_key(server.api_key()).base_url(server.url()).max_retries(0).build().unwrap();
    let err = pf.products().list().await.unwrap_err();
    assert!(err.is_rate_limited());
    assert_eq!(err.api().unwrap().retry_after(), Some(Duration::from_secs(1)));
}

#[tokio::test]
async fn timeouts_retry_gets_but_never_posts() {
    let server = MockServer::start().await;
    server.faults().latency(Duration::from_millis(400));
    let pf = Pocketsflow::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .attempt_timeout(Duration::from_millis(100))
        .retry(fast())
        .build()
        .unwrap();
    let err = pf.products().list().await.unwrap_err();
    assert!(err.is_timeout());
    assert_eq!(err.attempts(), 3);
    assert_eq!(err.operation(), Some("products_list"));
    let err = pf.products().create(create()).await.unwrap_err();
    assert!(err.is_timeout());
    assert_eq!(err.attempts(), 1);
    assert_eq!(err.to_string(), "products_create: request timed out");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(server.request_count("POST", "/products"), 1, "a timed-out POST was repeated");
}

#[tokio::test]
async fn dropped_and_reset_connections_retry_gets_but_never_posts() {
    let server = MockServer::start().await;
    let pf = client(server.url());
    server.faults().drop_next(1);
    pf.products().list().await.unwrap();
    server.faults().reset_next(1);
    pf.products().list().await.unwrap();
    assert_eq!(server.request_count("GET", "/products"), 4);

    server.faults().drop_next(1);
    let err = pf.products().create(create()).await.unwrap_err();
    assert!(err.is_connection(), "{err:?}");
    server.faults().reset_next(1);
    let err = pf.products().create(create()).await.unwrap_err();
    assert!(err.is_connection(), "{err:?}");
    assert_eq!(server.request_count("POST", "/products"), 2, "each POST was sent exactly once");
    assert!(pf.products().list().await.unwrap().is_empty(), "and neither was processed twice");
}

#[tokio::test]
async fn refused_connections_are_retried_even_for_post() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let err = client(&url).products().create(create()).await.unwrap_err();
    assert!(err.is_connection());
    assert_eq!(err.attempts(), 3, "nothing was sent, so retrying is safe");
    assert!(err.to_string().ends_with("(after 3 attempts)"), "{err}");
}

#[tokio::test]
async fn bodies_the_fake_never_sends() {
    // Truncated JSON with a 200: a decode error, not retried.
    let server = server_answering(200, ResponseTemplateBody::Raw(r#"[{"_id":"65a1b2c3"#, "application/json")).await;
    let err = client(&server.uri()).products().list().await.unwrap_err();
    assert!(err.is_decode());
    assert_eq!(server.received_requests().await.unwrap().len(), 1);

    // An HTML 502 from a proxy: retried (GET), then an API error with the page.
    let server =
        server_answering(502, ResponseTemplateBody::Raw("<html><h1>502 Bad Gateway</h1></html>", "text/html")).await;
    let err = client(&server.uri()).orders().get("65f000000000000000000001").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert!(String::from_utf8_lossy(err.body().unwrap()).contains("Bad Gateway"));
    assert_eq!(server.received_requests().await.unwrap().len(), 3);

    // An empty 503: an API error with a default message.
    let server = server_answering(503, ResponseTemplateBody::Empty).await;
    let err = client(&server.uri()).users().me().await.unwrap_err();
    assert_eq!(err.message(), "request failed with status 503 (Service Unavailable)");

    // A 10 MB body decodes.
    let product = example("Product");
    let many: Vec<_> = (0..21_000).map(|_| product.clone()).collect();
    let server = wiremock::MockServer::start().await;
    let body = serde_json::to_vec(&many).unwrap();
    assert!(body.len() > 10_000_000, "{} bytes", body.len());
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    let products = client(&server.uri()).products().list().await.unwrap();
    assert_eq!(products.len(), 21_000);
}

#[tokio::test]
async fn per_request_options_override_without_rebuilding() {
    let server = MockServer::start().await;
    let pf = client(server.url());
    server.faults().fail_next(1, 503);
    let once = pf.with_options(RequestOptions::new().max_retries(0));
    assert_eq!(once.products().list().await.unwrap_err().attempts(), 1);
    pf.products().list().await.unwrap();

    server.faults().latency(Duration::from_millis(300));
    let hasty = pf.with_options(RequestOptions::new().timeout(Duration::from_millis(50)).retry(RetryPolicy::none()));
    assert!(hasty.products().list().await.unwrap_err().is_timeout());
    pf.products().list().await.unwrap();
    server.faults().clear();

    let mock = server_answering(200, ResponseTemplateBody::Json(json!([]))).await;
    let tagged = client(&mock.uri()).with_options(RequestOptions::new().header("x-request-id", "req-42").unwrap());
    tagged.products().list().await.unwrap();
    assert_eq!(mock.received_requests().await.unwrap()[0].headers["x-request-id"], "req-42");
    assert!(RequestOptions::new().header("authorization", "Bearer x").unwrap_err().is_invalid_input());
    assert!(RequestOptions::new().header("bad header", "x").unwrap_err().is_invalid_input());
}

#[tokio::test]
async fn client_side_pacing_never_trips_the_rate_limit() {
    let server = MockServer::start().await;
    let limit = RateLimit { per_minute: 600, burst: 5 };
    // The server's bucket has one token of slack: client and server clocks start apart by the first request's
    // latency (a fresh connection), so a bucket of exactly the same size could refuse by a fraction of a token.
    // Without pacing, the seventh of these nine back-to-back requests would still be refused.
    server.faults().rate_limit(limit.per_minute, limit.burst + 1);
    let pf = Pocketsflow::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .rate_limit(limit)
        .max_retries(0)
        .build()
        .unwrap();
    let started = Instant::now();
    for _ in 0..9 {
        pf.clone().products().list().await.unwrap();
    }
    // 5 at once, then one every 100 ms.
    assert!(started.elapsed() >= Duration::from_millis(350), "{:?}", started.elapsed());
    assert_eq!(server.request_count("GET", "/products"), 9, "no request was refused or repeated");
    let unpaced = Pocketsflow::builder().api_key(server.api_key()).base_url(server.url()).max_retries(0).build();
    let mut refused = 0;
    for _ in 0..9 {
        refused += usize::from(unpaced.as_ref().unwrap().products().list().await.is_err_and(|e| e.is_rate_limited()));
    }
    assert!(refused > 0, "the same burst without pacing is refused");
    assert_eq!(RateLimit::DOCUMENTED, RateLimit { per_minute: 100, burst: 200 });
}

async fn demo() -> MockServer {
    MockServer::start_with(MockOptions { seed: Seed::Demo, port: 0 }).await.unwrap()
}

#[tokio::test]
async fn list_all_streams_every_order_once_sequentially_or_prefetched() {
    let server = demo().await;
    let pf = server.client();
    let total = pf.orders().list(ListOrdersParams::default()).await.unwrap().pagination.total_count as usize;
    let sequential: Vec<Order> =
        pf.orders().list_all(ListOrdersParams::default().page_size(7)).try_collect().await.unwrap();
    assert_eq!(sequential.len(), total);
    assert_eq!(sequential.iter().map(|o| &o.id).collect::<HashSet<_>>().len(), total);
    let prefetched: Vec<Order> =
        pf.orders().list_all(ListOrdersParams::default().page_size(7)).concurrency(8).try_collect().await.unwrap();
    assert_eq!(prefetched, sequential, "prefetch keeps the order");

    let pages: Vec<_> =
        pf.orders().list_all(ListOrdersParams::default().page_size(100)).pages().try_collect().await.unwrap();
    assert_eq!(pages.len(), total.div_ceil(100));
    assert_eq!(pages[0].pagination.as_ref().unwrap().total_count as usize, total);
    assert!(!pages.last().unwrap().has_more);

    let product = sequential[0].product_id.clone();
    let filtered: Vec<Order> =
        pf.orders().list_all(ListOrdersParams::default().product_id(product.clone())).try_collect().await.unwrap();
    assert!(!filtered.is_empty() && filtered.iter().all(|o| o.product_id == product));
}

#[tokio::test]
async fn list_all_customers_and_subscriptions() {
    let server = demo().await;
    let pf = server.client();
    let everyone = pf.customers().list(ListCustomersParams::default()).await.unwrap();
    let streamed: Vec<Customer> =
        pf.customers().list_all(ListCustomersParams::default().limit(10)).try_collect().await.unwrap();
    assert_eq!(streamed.len(), everyone.len());
    let prefetched: Vec<Customer> =
        pf.customers().list_all(ListCustomersParams::default().limit(10)).concurrency(4).try_collect().await.unwrap();
    assert_eq!(prefetched, streamed);

    let all: Vec<Subscription> =
        pf.subscriptions().list_all(ListSubscriptionsParams::default().page_size(5)).try_collect().await.unwrap();
    assert_eq!(all.len(), 24);
    let active: Vec<Subscription> = pf
        .subscriptions()
        .list_all(ListSubscriptionsParams::default().status(SubscriptionStatus::Active).page_size(3))
        .try_collect()
        .await
        .unwrap();
    assert!(!active.is_empty() && active.iter().all(|s| s.status == SubscriptionStatus::Active));
}

#[tokio::test]
async fn list_all_yields_items_once_when_new_orders_shift_the_pages() {
    let server = demo().await;
    let pf = server.client();
    let total = pf.orders().list(ListOrdersParams::default()).await.unwrap().pagination.total_count as usize;
    let product = pf.products().list().await.unwrap().remove(0);
    let mut stream = pf.orders().list_all(ListOrdersParams::default().page_size(10));
    let mut ids = Vec::new();
    while let Some(order) = stream.try_next().await.unwrap() {
        ids.push(order.id);
        if ids.len() == 10 {
            // Two orders arrive at the front: everything not yet fetched slides two places back.
            for email in ["late1@example.com", "late2@example.com"] {
                let session = pf.checkout().create(checkout_params(&product.id)).await.unwrap();
                server.complete_checkout(&session.id, email).unwrap();
            }
        }
    }
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len(), "no order was yielded twice");
    assert_eq!(ids.len(), total, "every order that existed when listing began");
}

#[tokio::test]
async fn list_all_stops_at_the_first_error() {
    let server = demo().await;
    let pf = server.client().with_options(RequestOptions::new().retry(RetryPolicy::none()));
    let mut stream = pf.orders().list_all(ListOrdersParams::default().page_size(50));
    let first = stream.next().await.unwrap().unwrap();
    assert!(!first.id.is_empty());
    for _ in 0..49 {
        stream.try_next().await.unwrap();
    }
    server.faults().fail_next(1, 500);
    let err = stream.next().await.unwrap().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Api(api) if api.status() == 500));
    assert!(stream.next().await.is_none(), "the stream ends after an error");
}

/// The raw client's answers keep their headers, on success and on error (the SDK's own calls read only what
/// an error needs, such as `Retry-After`).
#[tokio::test]
async fn the_raw_client_keeps_the_answers_headers() {
    let server = wiremock::MockServer::start().await;
    Mock::given(wiremock::matchers::path("/products"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])).insert_header("x-trace", "t-1"))
        .mount(&server)
        .await;
    Mock::given(wiremock::matchers::path("/orders/o1"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(json!({"message": "no such order", "code": "NOT_FOUND"}))
                .insert_header("x-trace", "t-2"),
        )
        .mount(&server)
        .await;
    let pf = client(&server.uri());
    let answer = pf.raw().products_list().send().await.unwrap();
    assert_eq!(answer.headers()["x-trace"], "t-1");
    assert_eq!(answer.headers()["content-type"], "application/json");
    match pf.raw().orders_get().id("o1").send().await {
        Err(pocketsflow::raw::Error::ErrorResponse(answer)) => {
            assert_eq!(answer.status().as_u16(), 404);
            assert_eq!(answer.headers()["x-trace"], "t-2");
            assert_eq!(answer.message.as_deref(), Some("no such order"));
        }
        other => panic!("expected the 404 as an error response, got {other:?}"),
    }
    let err = pf.orders().get("o1").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.api().and_then(|api| api.code()), Some("NOT_FOUND"));
}

/// `PUT` and `DELETE` are retried like `GET` on 5xx and dropped connections (they are idempotent), and a stalled
/// attempt is retried within the call's timeout; the server's counts prove each repetition.
#[tokio::test]
async fn put_and_delete_are_retried_like_get() {
    let server = MockServer::start().await;
    let pf = Pocketsflow::builder().api_key(server.api_key()).base_url(server.url()).retry(fast()).build().unwrap();
    let receiver = format!("{}/hook", server.url());
    let webhook = pf
        .webhooks()
        .create(CreateWebhookParams::builder().url(receiver).events(vec![WebhookEvent::OrderCompleted]))
        .await
        .unwrap();
    let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(20.0)).await.unwrap();
    let webhook_path = format!("/webhooks/{}", webhook.id);
    let product_path = format!("/products/{}", product.id);

    // 5xx twice, then success: three PUTs.
    server.faults().fail_next(2, 503);
    pf.webhooks().update(&webhook.id, UpdateWebhookParams::builder().active(false)).await.unwrap();
    assert_eq!(server.request_count("PUT", &webhook_path), 3);
    // A dropped connection: two PUTs.
    server.faults().drop_next(1);
    pf.webhooks().update(&webhook.id, UpdateWebhookParams::builder().active(true)).await.unwrap();
    assert_eq!(server.request_count("PUT", &webhook_path), 5);

    // A stalled DELETE is retried within the call's timeout, then a 502 is retried too.
    server.faults().latency(Duration::from_millis(400));
    let patient = pf.with_options(RequestOptions::new().attempt_timeout(Duration::from_millis(100)));
    let stalled = patient.products().delete(&product.id).await.unwrap_err();
    assert!(stalled.is_timeout(), "{stalled}");
    assert_eq!(stalled.attempts(), 3);
    assert_eq!(server.request_count("DELETE", &product_path), 3);
    server.faults().latency(Duration::ZERO);
    let other = pf.products().create(CreateProductParams::builder().name("Course").price(30.0)).await.unwrap();
    server.faults().fail_next(1, 502);
    pf.products().delete(&other.id).await.unwrap();
    assert_eq!(server.request_count("DELETE", &format!("/products/{}", other.id)), 2);
}
