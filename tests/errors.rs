//! Error mapping: API errors with `message`, `error` and `code` bodies for every documented status, bodies
//! the spec does not describe (HTML, empty, truncated JSON), timeouts, refused connections and bad input.

mod common;

use std::time::Duration;

use common::*;
use pocketsflow::{ErrorKind, Pocketsflow};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

const ID: &str = "65a1b2c3d4e5f60718293a4b";

#[tokio::test]
async fn documented_statuses_map_to_api_errors_with_message_and_code() {
    for status in [400u16, 401, 404, 429, 500] {
        let server = server_answering(
            status,
            ResponseTemplateBody::Json(json!({"message": "Something specific", "code": "SPECIFIC_CODE"})),
        )
        .await;
        let err = client_for(&server).products().get(ID).await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.message(), "Something specific");
        assert_eq!(err.code(), Some("SPECIFIC_CODE"));
        assert_eq!(err.operation(), Some("products_get"));
        let body: serde_json::Value = serde_json::from_slice(err.body().expect("raw body kept")).unwrap();
        assert_eq!(body, json!({"message": "Something specific", "code": "SPECIFIC_CODE"}));
        assert_eq!(err.is_not_found(), status == 404);
        assert_eq!(err.is_rate_limited(), status == 429);
        assert_eq!(err.is_unauthorized(), status == 401);
        assert!(!err.is_timeout());
        assert_eq!(
            err.to_string(),
            format!("products_get: API error {status}: Something specific (code SPECIFIC_CODE)")
        );
    }
}

#[tokio::test]
async fn error_field_is_used_when_message_is_missing() {
    let server = server_answering(400, ResponseTemplateBody::Json(json!({"error": "Invalid price"}))).await;
    let err = client_for(&server).products().list().await.unwrap_err();
    assert_eq!(err.message(), "Invalid price");
    assert_eq!(err.code(), None);
    assert_eq!(err.to_string(), "products_list: API error 400: Invalid price");
}

#[tokio::test]
async fn html_error_page_keeps_status_and_raw_body() {
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let server = server_answering(500, ResponseTemplateBody::Raw(html, "text/html")).await;
    let err = client_for(&server).orders().get(ID).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.message(), "request failed with status 500 (Internal Server Error)");
    assert_eq!(err.body().map(|b| b.as_ref()), Some(html.as_bytes()));
    assert!(matches!(err.kind(), ErrorKind::Api(_)));
}

#[tokio::test]
async fn undocumented_status_with_html_is_still_an_api_error() {
    let server = server_answering(503, ResponseTemplateBody::Raw("<h1>down</h1>", "text/html")).await;
    let err = client_for(&server).orders().get(ID).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.operation(), Some("orders_get"));
}

#[tokio::test]
async fn empty_error_body_gives_a_default_message() {
    let server = server_answering(404, ResponseTemplateBody::Empty).await;
    let err = client_for(&server).customers().get(ID).await.unwrap_err();
    assert!(err.is_not_found());
    assert_eq!(err.message(), "request failed with status 404 (Not Found)");
    assert_eq!(err.body().map(|b| b.len()), Some(0));
}

#[tokio::test]
async fn empty_2xx_body_is_an_empty_message_not_a_decode_error() {
    for status in [200u16, 204] {
        let server = server_answering(status, ResponseTemplateBody::Empty).await;
        let deleted = client_for(&server).products().delete(ID).await.unwrap();
        assert_eq!(deleted.message, None);
    }
}

#[tokio::test]
async fn empty_2xx_body_where_a_model_is_promised_is_a_decode_error() {
    let server = server_answering(200, ResponseTemplateBody::Empty).await;
    let err = client_for(&server).products().get(ID).await.unwrap_err();
    assert!(err.is_decode(), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(err.operation(), Some("products_get"));
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_with_an_excerpt() {
    let server = server_answering(
        200,
        ResponseTemplateBody::Raw(r#"{"_id":"65a1b2c3d4e5f60718293a4b","na"#, "application/json"),
    )
    .await;
    let err = client_for(&server).products().get(ID).await.unwrap_err();
    match err.kind() {
        ErrorKind::Decode { excerpt, status, .. } => {
            assert!(excerpt.starts_with(r#"{"_id":"65a1b2c3d4e5f60718293a4b""#));
            assert_eq!(status.map(|s| s.as_u16()), Some(200));
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    assert!(err.to_string().starts_with("products_get: cannot decode the response"));
}

#[tokio::test]
async fn timeout_is_reported_as_a_timeout() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let pf = Pocketsflow::builder()
        .api_key(API_KEY)
        .base_url(server.uri())
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .unwrap();
    let err = pf.products().list().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(err.code(), Some("TIMEOUT"));
    assert_eq!(err.operation(), Some("products_list"));
    assert_eq!(err.to_string(), "products_list: request timed out");
}

#[tokio::test]
async fn refused_connection_is_a_connection_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let pf = Pocketsflow::builder()
        .api_key(API_KEY)
        .base_url(format!("http://127.0.0.1:{port}"))
        .max_retries(0)
        .build()
        .unwrap();
    let err = pf.users().me().await.unwrap_err();
    assert!(err.is_connection(), "{err:?}");
    assert_eq!(err.operation(), Some("users_me"));
    assert!(!err.to_string().contains(API_KEY));
}

#[tokio::test]
async fn extra_fields_and_unknown_enum_values_still_decode() {
    let mut subscription = example("Subscription");
    subscription["status"] = json!("incomplete_expired");
    subscription["brandNewField"] = json!({"nested": [1, 2, 3]});
    let server = server_answering(200, ResponseTemplateBody::Json(subscription)).await;
    let decoded = client_for(&server).subscriptions().get("6607182930a4b5c6d7e8f901").await.unwrap();
    assert_eq!(decoded.status, pocketsflow::types::SubscriptionStatus::Unknown("incomplete_expired".into()));
    assert_eq!(decoded.status.to_string(), "incomplete_expired");

    let mut webhook = example("Webhook");
    webhook["events"] = json!(["order.completed", "order.disputed"]);
    let server = server_answering(200, ResponseTemplateBody::Json(webhook)).await;
    let decoded = client_for(&server).webhooks().get("66293a4b5c6d7e8f901a2b3c").await.unwrap();
    // A webhook's events are free strings in the spec (the API keeps the names it was given): kept verbatim.
    assert_eq!(decoded.events, ["order.completed", "order.disputed"]);
}

#[tokio::test]
async fn null_optional_fields_decode_as_none() {
    let mut order = example("Order");
    order["country"] = serde_json::Value::Null;
    order["stripeFee"] = serde_json::Value::Null;
    let server = server_answering(200, ResponseTemplateBody::Json(order)).await;
    let decoded = client_for(&server).orders().get(ID).await.unwrap();
    assert_eq!(decoded.country, None);
    assert_eq!(decoded.stripe_fee, None);
}

#[tokio::test]
async fn ids_are_percent_encoded_into_one_path_segment() {
    let server = server_answering(200, ResponseTemplateBody::Json(example("Product"))).await;
    let pf = client_for(&server);
    for (id, path) in [
        ("../users/me", "/products/..%2Fusers%2Fme"),
        ("a/b?c=d", "/products/a%2Fb%3Fc=d"),
        ("a#frag", "/products/a%23frag"),
        ("100%", "/products/100%25"),
        ("with space", "/products/with%20space"),
    ] {
        pf.products().get(id).await.unwrap();
        let requests = server.received_requests().await.unwrap();
        let last = requests.last().unwrap();
        assert_eq!(last.url.path(), path, "id {id:?}");
        assert_eq!(last.url.query(), None, "id {id:?} must not add a query");
    }
}

#[tokio::test]
async fn empty_and_dot_ids_are_rejected_before_sending() {
    let server = server_answering(200, ResponseTemplateBody::Json(example("Product"))).await;
    let pf = client_for(&server);
    for id in ["", "   ", ".", ".."] {
        let err = pf.products().get(id).await.unwrap_err();
        assert!(err.is_invalid_input(), "id {id:?}: {err:?}");
        let err = pf.subscriptions().cancel(id).await.unwrap_err();
        assert!(err.is_invalid_input(), "id {id:?}: {err:?}");
    }
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn missing_required_fields_and_bad_pages_are_rejected_before_sending() {
    let server = server_answering(200, ResponseTemplateBody::Json(example("Product"))).await;
    let pf = client_for(&server);
    let err =
        pf.products().create(pocketsflow::types::CreateProductParams::builder().name("No price")).await.unwrap_err();
    assert!(err.is_invalid_input(), "{err:?}");
    assert!(err.message().contains("price"), "{}", err.message());
    let err = pf.orders().list(pocketsflow::types::ListOrdersParams::default().page(0)).await.unwrap_err();
    assert!(err.is_invalid_input(), "{err:?}");
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing was sent");
}

/// Under the `axum` feature a handler returns `pocketsflow::Result<T>` and uses `?`: each failure answers the
/// status its own client should see, with the redacted one-line message and the code as JSON, never the key.
#[cfg(feature = "axum")]
#[tokio::test]
async fn an_error_answers_the_status_a_handler_wants() {
    use axum::extract::{Path, State};
    use axum::routing::get;
    use pocketsflow::mock::MockServer;
    use pocketsflow::retry::RetryPolicy;

    async fn order(State(pf): State<pocketsflow::Pocketsflow>, Path(id): Path<String>) -> pocketsflow::Result<String> {
        let id = if id == "blank" { String::new() } else { id };
        let order = pf.orders().get(&id).await?;
        Ok(order.buyer_email)
    }
    let server =
        MockServer::start_with(pocketsflow::mock::MockOptions { seed: pocketsflow::mock::Seed::Demo, port: 0 })
            .await
            .unwrap();
    let serve = |pf: pocketsflow::Pocketsflow| async move {
        let app = axum::Router::new().route("/orders/{id}", get(order)).with_state(pf);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        url
    };
    let pf = server.client().with_options(pocketsflow::RequestOptions::new().retry(RetryPolicy::none()));
    let shop = serve(pf.clone()).await;
    let existing = pf.orders().list(Default::default()).await.unwrap().orders[0].id.clone();
    let get = |path: String| {
        let url = format!("{shop}{path}");
        async move { reqwest::get(url).await.unwrap() }
    };

    let found = get(format!("/orders/{existing}")).await;
    assert_eq!(found.status(), 200);
    let missing = get("/orders/65f0000000000000000fffff".to_owned()).await;
    assert_eq!(missing.status(), 404);
    assert_eq!(missing.headers()["content-type"], "application/json");
    let body: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(body["code"], "NOT_FOUND");
    assert!(body["message"].as_str().unwrap().contains("orders_get: API error 404"), "{body}");
    assert_eq!(get("/orders/blank".to_owned()).await.status(), 400, "refused before sending");
    server.faults().fail_next_with_retry_after(1, 429, Some(7));
    let limited = get(format!("/orders/{existing}")).await;
    assert_eq!(limited.status(), 503);
    assert_eq!(limited.headers()["retry-after"], "7");
    server.faults().fail_next(1, 500);
    assert_eq!(get(format!("/orders/{existing}")).await.status(), 502);

    // This server's own key refused: a 502 for its client, and the key nowhere in the answer.
    let wrong =
        pocketsflow::Pocketsflow::builder().api_key("sk_ThisShopsWrongKey99").base_url(server.url()).build().unwrap();
    let shop = serve(wrong).await;
    let refused = reqwest::get(format!("{shop}/orders/{existing}")).await.unwrap();
    assert_eq!(refused.status(), 502);
    assert!(!refused.text().await.unwrap().contains("ThisShopsWrongKey99"));

    // A timeout is a 504.
    let slow = pocketsflow::Pocketsflow::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .timeout(std::time::Duration::from_millis(100))
        .max_retries(0)
        .build()
        .unwrap();
    server.faults().latency(std::time::Duration::from_millis(500));
    let shop = serve(slow).await;
    assert_eq!(reqwest::get(format!("{shop}/orders/{existing}")).await.unwrap().status(), 504);
    server.faults().clear();
}
