//! Receiving webhooks: signature verification against independently computed vectors, tampering, timestamps
//! (required by default), headers, typed parsing, random input (proptest), the signing secret that never prints
//! (in models and in error excerpts), and the axum extractor end to end, replays included. The replay guard
//! itself is tested in `webhook_replay.rs`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::HeaderMap;
use pocketsflow::events::{construct_event, sign, Event, Verifier, WebhookError, WebhookSecret};
use proptest::prelude::*;

/// The documented `order.completed` example body, byte for byte.
const ORDER_COMPLETED: &[u8] = include_bytes!("fixtures/order_completed.json");
const SECRET: &str = "whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e";

// Known answers, computed outside Rust:
//   openssl dgst -sha256 -hmac 'whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e' tests/fixtures/order_completed.json
//   python3 -c "import hmac,hashlib;print(hmac.new(b'whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e', open('tests/fixtures/order_completed.json','rb').read(), hashlib.sha256).hexdigest())"
const ORDER_COMPLETED_SIG: &str = "5ee4b2638817bd7179db3d8bf47a7f57585cdecc994afd85edf582ac9571c498";
//   printf '%s' '{"event":"product.created","product":{"_id":"65a1b2c3d4e5f60718293a4b"}}' | openssl dgst -sha256 -hmac 'whsec_test'
const PRODUCT_BODY: &[u8] = br#"{"event":"product.created","product":{"_id":"65a1b2c3d4e5f60718293a4b"}}"#;
const PRODUCT_SIG: &str = "194d93fc393e62d4cff7cbd98b7960afd159b1ffa1f660051c428155e9fdf768";
//   printf '' | openssl dgst -sha256 -hmac 'whsec_test'
const EMPTY_SIG: &str = "43c0f4d23c8e8841358fad4624b1a592799222b29f25bb59baea43cdcb522ed1";

fn headers(signature: &str, timestamp: Option<&str>, event: Option<&str>) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("X-Pocketsflow-Signature", signature.parse().unwrap());
    if let Some(ts) = timestamp {
        h.insert("X-Pocketsflow-Timestamp", ts.parse().unwrap());
    }
    if let Some(ev) = event {
        h.insert("X-Pocketsflow-Event", ev.parse().unwrap());
    }
    h
}

fn now_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// `signature` with the current time in `X-Pocketsflow-Timestamp`, as Pocketsflow sends it.
fn signed(signature: &str) -> HeaderMap {
    headers(signature, Some(&now_secs().to_string()), None)
}

#[test]
fn known_answer_vectors() {
    assert_eq!(sign(&WebhookSecret::new(SECRET), ORDER_COMPLETED), ORDER_COMPLETED_SIG);
    assert_eq!(sign(&WebhookSecret::new("whsec_test"), PRODUCT_BODY), PRODUCT_SIG);
    assert_eq!(sign(&WebhookSecret::new("whsec_test"), b""), EMPTY_SIG);
    Verifier::new(SECRET).verify(ORDER_COMPLETED, &signed(ORDER_COMPLETED_SIG)).unwrap();
}

#[test]
fn documented_order_completed_parses_into_typed_payload() {
    let event = construct_event(ORDER_COMPLETED, &signed(ORDER_COMPLETED_SIG), SECRET).unwrap();
    assert_eq!(event.name(), "order.completed");
    let Event::OrderCompleted(order) = event else { panic!("expected OrderCompleted") };
    assert_eq!(order.webhook_id.as_deref(), Some("webhook_123abc"));
    assert_eq!(order.order.unwrap().id.as_deref(), Some("order_xyz123"));
    assert_eq!(order.product.as_ref().unwrap().variant_id.as_deref(), Some("var_789ghi"));
    assert_eq!(order.customer.as_ref().unwrap().first_name.as_deref(), Some("Jane"));
    let tax = order.tax.unwrap();
    assert_eq!(
        (tax.amount, tax.rate, tax.to_zip.as_deref(), tax.vat_number),
        (Some(pocketsflow::money!(4.99)), Some(0.08), Some("94105"), None)
    );
    assert_eq!(
        (order.amount, order.amount_before_tax),
        (Some(pocketsflow::money!(64.99)), Some(pocketsflow::money!(60.0)))
    );
    assert_eq!(order.metadata.unwrap()["customField"], "value");
}

#[test]
fn signature_formats_accepted() {
    let v = Verifier::new("whsec_test");
    for sig in [PRODUCT_SIG.to_owned(), PRODUCT_SIG.to_uppercase(), format!("sha256={PRODUCT_SIG}")] {
        v.verify(PRODUCT_BODY, &signed(&sig)).unwrap_or_else(|e| panic!("{sig}: {e}"));
    }
}

#[test]
fn tampering_and_wrong_secret_are_signature_mismatches() {
    let v = Verifier::new("whsec_test");
    let mut tampered = PRODUCT_BODY.to_vec();
    tampered[10] ^= 1;
    assert_eq!(v.verify(&tampered, &signed(PRODUCT_SIG)), Err(WebhookError::SignatureMismatch));
    let mut sig = PRODUCT_SIG.to_owned();
    sig.replace_range(0..1, "0");
    assert_eq!(v.verify(PRODUCT_BODY, &signed(&sig)), Err(WebhookError::SignatureMismatch));
    assert_eq!(
        Verifier::new("whsec_other").verify(PRODUCT_BODY, &signed(PRODUCT_SIG)),
        Err(WebhookError::SignatureMismatch)
    );
}

#[test]
fn missing_and_malformed_headers_are_distinct_errors() {
    let v = Verifier::new("whsec_test");
    assert_eq!(v.verify(PRODUCT_BODY, &HeaderMap::new()), Err(WebhookError::MissingHeader("X-Pocketsflow-Signature")));
    assert!(matches!(
        v.verify(PRODUCT_BODY, &signed("zz-not-hex")),
        Err(WebhookError::MalformedHeader { header: "X-Pocketsflow-Signature", .. })
    ));
    assert!(matches!(
        v.verify(PRODUCT_BODY, &signed("abcd")),
        Err(WebhookError::MalformedHeader { header: "X-Pocketsflow-Signature", .. })
    ));
    assert!(matches!(
        v.verify(PRODUCT_BODY, &headers(PRODUCT_SIG, Some("yesterday"), None)),
        Err(WebhookError::MalformedHeader { header: "X-Pocketsflow-Timestamp", .. })
    ));
}

#[test]
fn timestamps_in_seconds_or_millis_within_tolerance() {
    let v = Verifier::new("whsec_test");
    let now = now_secs();
    v.verify(PRODUCT_BODY, &headers(PRODUCT_SIG, Some(&now.to_string()), None)).unwrap();
    v.verify(PRODUCT_BODY, &headers(PRODUCT_SIG, Some(&(now * 1000).to_string()), None)).unwrap();
    v.verify(PRODUCT_BODY, &headers(PRODUCT_SIG, Some(&(now - 200).to_string()), None)).unwrap();
}

#[test]
fn stale_and_future_timestamps_are_refused() {
    let v = Verifier::new("whsec_test");
    let now = now_secs();
    let stale = v.verify(PRODUCT_BODY, &headers(PRODUCT_SIG, Some(&(now - 301).to_string()), None)).unwrap_err();
    assert!(matches!(stale, WebhookError::StaleTimestamp { .. }), "{stale}");
    assert!(stale.to_string().contains("tolerance"));
    let future = v.verify(PRODUCT_BODY, &headers(PRODUCT_SIG, Some(&(now + 400).to_string()), None)).unwrap_err();
    assert!(matches!(future, WebhookError::FutureTimestamp { .. }), "{future}");
    // A wider tolerance, or none, accepts them.
    let old = (now - 3600).to_string();
    v.clone()
        .tolerance(Duration::from_secs(7200))
        .verify(PRODUCT_BODY, &headers(PRODUCT_SIG, Some(&old), None))
        .unwrap();
    v.ignore_timestamp().verify(PRODUCT_BODY, &headers(PRODUCT_SIG, Some(&old), None)).unwrap();
}

#[test]
fn event_name_falls_back_to_the_header_and_unknown_events_are_kept() {
    let secret = WebhookSecret::new("whsec_test");
    let body = br#"{"webhookId":"wh_1","subscription":{"id":"sub_1"}}"#;
    let sig = sign(&secret, body);
    let event = construct_event(
        body,
        &headers(&sig, Some(&now_secs().to_string()), Some("customer.subscription.pause")),
        secret.clone(),
    )
    .unwrap();
    let Event::CustomerSubscriptionPause(payload) = event else { panic!("{event:?}") };
    assert_eq!(payload.webhook_id.as_deref(), Some("wh_1"));
    assert_eq!(payload.fields["subscription"]["id"], "sub_1");

    let body = br#"{"event":"order.disputed","order":{"id":"o1"}}"#;
    let sig = sign(&secret, body);
    let event = construct_event(body, &signed(&sig), secret.clone()).unwrap();
    assert_eq!(event.name(), "order.disputed");
    assert!(matches!(event, Event::Unknown { ref payload, .. } if payload["order"]["id"] == "o1"));

    let body = br#"{"order":{"id":"o1"}}"#;
    let sig = sign(&secret, body);
    assert_eq!(construct_event(body, &signed(&sig), secret.clone()), Err(WebhookError::MissingEventName));
    let body = b"not json";
    let sig = sign(&secret, body);
    let err = construct_event(body, &signed(&sig), secret).unwrap_err();
    assert!(matches!(err, WebhookError::InvalidBody(_)));
    assert_eq!(err.status_code(), 400);
}

#[test]
fn secret_never_prints() {
    let secret = WebhookSecret::new("whsec_supersecret");
    let verifier = Verifier::new(secret.clone());
    assert!(!format!("{secret:?} {verifier:?}").contains("supersecret"));
}

#[test]
fn a_missing_timestamp_is_refused_unless_explicitly_allowed() {
    let v = Verifier::new("whsec_test");
    let no_timestamp = headers(PRODUCT_SIG, None, None);
    let refused = v.verify(PRODUCT_BODY, &no_timestamp).unwrap_err();
    assert_eq!(refused, WebhookError::MissingHeader("X-Pocketsflow-Timestamp"));
    assert_eq!(refused.status_code(), 401);
    assert!(refused.to_string().contains("X-Pocketsflow-Timestamp"), "{refused}");
    assert_eq!(v.construct_event(PRODUCT_BODY, &no_timestamp), Err(refused.clone()));
    assert_eq!(construct_event(PRODUCT_BODY, &no_timestamp, "whsec_test"), Err(refused));
    // The opt-out accepts it; a timestamp that is there is still checked.
    let lenient = v.clone().allow_missing_timestamp();
    lenient.verify(PRODUCT_BODY, &no_timestamp).unwrap();
    let stale = headers(PRODUCT_SIG, Some(&(now_secs() - 301).to_string()), None);
    assert!(matches!(lenient.verify(PRODUCT_BODY, &stale), Err(WebhookError::StaleTimestamp { .. })));
    // Ignoring timestamps altogether accepts it too; the default still refuses a bad signature first.
    v.clone().ignore_timestamp().verify(PRODUCT_BODY, &no_timestamp).unwrap();
    assert_eq!(v.verify(b"{}", &no_timestamp), Err(WebhookError::SignatureMismatch));
}

/// A `Webhook` as the API returns it (the spec's own example), with its signing secret.
const WEBHOOK_JSON: &str = r#"{"_id":"66293a4b5c6d7e8f901a2b3c","userId":"64b7f0c2a1d3e4f5a6b7c8d9",
    "url":"https://your-server.com/webhook","events":["order.completed","order.refunded"],
    "description":"My webhook endpoint","active":true,"secret":"whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e",
    "testMode":true,"createdAt":"2024-03-01T13:00:00.000Z"}"#;

#[test]
fn a_webhook_model_never_prints_its_secret_and_hands_it_to_a_verifier() {
    use pocketsflow::types::Webhook;

    let webhook: Webhook = serde_json::from_str(WEBHOOK_JSON).unwrap();
    let list: Vec<Webhook> = serde_json::from_str(&format!("[{WEBHOOK_JSON},{WEBHOOK_JSON}]")).unwrap();
    let verifier = Verifier::new(webhook.secret.clone());
    for printed in [
        format!("{webhook:?}"),
        format!("{webhook:#?}"),
        format!("{list:?}"),
        format!("{:?}", webhook.secret),
        format!("{verifier:?}"),
        format!("{:?}", Some(&webhook.secret)),
    ] {
        assert!(!printed.contains("whsec_") && !printed.contains("5f2b8c1d"), "{printed}");
    }
    assert!(format!("{webhook:?}").contains("[redacted]"));

    // On the wire it is the real value (the fake server answers it), and it reads back equal.
    let json = serde_json::to_value(&webhook).unwrap();
    assert_eq!(json["secret"], SECRET);
    assert_eq!(serde_json::from_value::<Webhook>(json).unwrap(), webhook);
    assert_eq!(webhook.secret.expose_secret(), SECRET);
    assert_eq!(webhook.secret, WebhookSecret::new(SECRET));
    assert_ne!(webhook.secret, WebhookSecret::new("whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5f"));
    assert_ne!(webhook.secret, WebhookSecret::new("whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5"));

    // Straight to a verifier: a delivery signed with the secret verifies, by value or by reference.
    verifier.verify(ORDER_COMPLETED, &signed(ORDER_COMPLETED_SIG)).unwrap();
    Verifier::new(&webhook.secret).verify(ORDER_COMPLETED, &signed(ORDER_COMPLETED_SIG)).unwrap();
    assert_eq!(sign(&webhook.secret, ORDER_COMPLETED), ORDER_COMPLETED_SIG);

    // Its JSON Schema is still a string, as the spec says.
    let schema = serde_json::to_value(schemars::schema_for!(Webhook)).unwrap();
    let secret_schema = &schema["properties"]["secret"];
    let secret_schema = match secret_schema["$ref"].as_str() {
        Some(reference) => &schema["definitions"][reference.rsplit('/').next().unwrap()],
        None => secret_schema,
    };
    assert_eq!(secret_schema["type"], "string", "{schema:#}");
}

#[tokio::test]
async fn an_undecodable_answer_never_quotes_a_secret_in_its_error() {
    use wiremock::{matchers::any, Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    // `_id` is a number, so the answer is not a `Webhook`; the secret and an API key sit right after it.
    let body = r#"{"_id":1,"secret":"whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e","key":"pk_live_9s8d7f6g5h4j"}"#;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(body.as_bytes(), "application/json"))
        .mount(&server)
        .await;
    let pf = pocketsflow::Pocketsflow::builder().api_key("pk_test_key").base_url(server.uri()).build().unwrap();
    let err = pf.webhooks().get("w1").await.unwrap_err();
    let pocketsflow::ErrorKind::Decode { excerpt, .. } = err.kind() else { panic!("{err:?}") };
    assert_eq!(excerpt, r#"{"_id":1,"secret":"whsec_[redacted]","key":"pk_live_[redacted]"}"#);
    for printed in [err.to_string(), format!("{err:?}"), err.message()] {
        assert!(!printed.contains("5f2b8c1d") && !printed.contains("9s8d7f6g"), "{printed}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_bodies_and_signatures_never_panic_nor_verify(body in proptest::collection::vec(any::<u8>(), 0..512),
                                                           sig in "[ -~]{0,80}", ts in "[0-9a-z]{0,16}") {
        let v = Verifier::new("whsec_secret");
        let mut h = HeaderMap::new();
        if let Ok(value) = sig.parse() { h.insert("x-pocketsflow-signature", value); }
        if let Ok(value) = ts.parse() { h.insert("x-pocketsflow-timestamp", value); }
        prop_assert!(v.construct_event(&body, &h).is_err());
    }

    #[test]
    fn signatures_made_with_another_secret_never_verify(body in proptest::collection::vec(any::<u8>(), 0..256),
                                                        other in "[a-zA-Z0-9_]{1,40}") {
        prop_assume!(other != "whsec_secret");
        let sig = sign(&WebhookSecret::new(other), &body);
        let v = Verifier::new("whsec_secret");
        prop_assert_eq!(v.verify(&body, &signed(&sig)), Err(WebhookError::SignatureMismatch));
    }

    #[test]
    fn signed_bodies_always_verify(body in proptest::collection::vec(any::<u8>(), 0..256)) {
        let secret = WebhookSecret::new("whsec_secret");
        let sig = sign(&secret, &body);
        prop_assert!(Verifier::new(secret).verify(&body, &signed(&sig)).is_ok());
    }
}

#[cfg(feature = "axum")]
mod axum_extractor {
    use super::*;
    use axum::{routing::post, Router};
    use pocketsflow::events::{ReplayGuard, VerifiedEvent};

    async fn receive(VerifiedEvent(event): VerifiedEvent) -> String {
        event.name().to_owned()
    }

    #[tokio::test]
    async fn extractor_accepts_verified_and_rejects_bad_deliveries() {
        let app = Router::new().route("/hook", post(receive)).with_state(Verifier::new(SECRET));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let http = reqwest::Client::new();
        let send = |sig: &str, body: &'static [u8]| {
            http.post(&url)
                .header("X-Pocketsflow-Signature", sig)
                .header("X-Pocketsflow-Timestamp", now_secs().to_string())
                .body(body)
                .send()
        };
        let ok = send(ORDER_COMPLETED_SIG, ORDER_COMPLETED).await.unwrap();
        assert_eq!(ok.status(), 200);
        assert_eq!(ok.text().await.unwrap(), "order.completed");
        let bad = send(PRODUCT_SIG, ORDER_COMPLETED).await.unwrap();
        assert_eq!(bad.status(), 401);
        assert!(bad.text().await.unwrap().contains("signature does not match"));
        let sig = sign(&WebhookSecret::new(SECRET), b"[1,2]");
        let unparsable = send(&sig, b"[1,2]").await.unwrap();
        assert_eq!(unparsable.status(), 400);
    }

    #[tokio::test]
    async fn extractor_refuses_a_replay_with_409_whatever_its_timestamp() {
        let guard = ReplayGuard::new(100);
        let app =
            Router::new().route("/hook", post(receive)).with_state(Verifier::new(SECRET).replay_guard(guard.clone()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let http = reqwest::Client::new();
        let send = |sig: String, timestamp: u64, body: &'static [u8]| {
            http.post(&url)
                .header("X-Pocketsflow-Signature", sig)
                .header("X-Pocketsflow-Timestamp", timestamp.to_string())
                .body(body)
                .send()
        };
        let now = now_secs();
        let first = send(ORDER_COMPLETED_SIG.to_owned(), now, ORDER_COMPLETED).await.unwrap();
        assert_eq!(first.status(), 200);
        for (sig, timestamp) in [
            (ORDER_COMPLETED_SIG.to_owned(), now),
            (ORDER_COMPLETED_SIG.to_owned(), now + 60),
            (format!("sha256={}", ORDER_COMPLETED_SIG.to_uppercase()), now - 30),
        ] {
            let replay = send(sig, timestamp, ORDER_COMPLETED).await.unwrap();
            assert_eq!(replay.status(), 409);
            assert!(replay.text().await.unwrap().contains("replay"));
        }
        assert_eq!(guard.len(), 1);
        // Another delivery is still welcome.
        let body: &'static [u8] = br#"{"event":"product.created","product":{"_id":"p2"}}"#;
        let other = send(sign(&WebhookSecret::new(SECRET), body), now, body).await.unwrap();
        assert_eq!(other.status(), 200);
        assert_eq!(other.text().await.unwrap(), "product.created");
    }

    /// The extractor takes a rotating verifier as it is: deliveries signed with either secret pass, others not.
    #[tokio::test]
    async fn extractor_accepts_both_secrets_during_a_rotation() {
        let verifier = Verifier::new("whsec_new_one").also_accept(SECRET);
        let app = Router::new().route("/hook", post(receive)).with_state(verifier);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let http = reqwest::Client::new();
        for (secret, body, status) in [
            ("whsec_new_one", PRODUCT_BODY, 200),
            (SECRET, ORDER_COMPLETED, 200),
            ("whsec_neither", br#"{"event":"product.deleted","product":{"_id":"p"}}"#.as_slice(), 401),
        ] {
            let answer = http
                .post(&url)
                .header("X-Pocketsflow-Signature", sign(&WebhookSecret::new(secret), body))
                .header("X-Pocketsflow-Timestamp", now_secs().to_string())
                .body(body)
                .send()
                .await
                .unwrap();
            assert_eq!(answer.status(), status, "signed with {secret}");
        }
    }

    /// Through the extractor itself: stale, future and malformed timestamps and a missing one are 401, a full
    /// replay guard is 503 (so the sender retries later), each with the reason in the body.
    #[tokio::test]
    async fn extractor_answers_401_for_timestamps_and_503_when_the_guard_is_full() {
        let guard = ReplayGuard::new(1);
        let app = Router::new().route("/hook", post(receive)).with_state(Verifier::new(SECRET).replay_guard(guard));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let http = reqwest::Client::new();
        let send = |timestamp: Option<String>, body: &'static [u8]| {
            let mut request =
                http.post(&url).header("X-Pocketsflow-Signature", sign(&WebhookSecret::new(SECRET), body)).body(body);
            if let Some(timestamp) = timestamp {
                request = request.header("X-Pocketsflow-Timestamp", timestamp);
            }
            request.send()
        };
        let now = now_secs();
        for timestamp in
            [Some((now - 301).to_string()), Some((now + 400).to_string()), Some("yesterday".to_owned()), None]
        {
            let refused = send(timestamp.clone(), ORDER_COMPLETED).await.unwrap();
            assert_eq!(refused.status(), 401, "timestamp {timestamp:?}");
            assert!(!refused.text().await.unwrap().is_empty(), "the reason is in the body");
        }
        let first = send(Some(now.to_string()), ORDER_COMPLETED).await.unwrap();
        assert_eq!(first.status(), 200, "none of the refused ones was remembered");
        let body: &'static [u8] = br#"{"event":"product.created","product":{"_id":"p2"}}"#;
        let full = send(Some(now.to_string()), body).await.unwrap();
        assert_eq!(full.status(), 503);
        assert!(full.text().await.unwrap().contains("full"));
    }
}

/// Rotating an endpoint's secret: a verifier with the new and the old secret accepts deliveries signed with
/// either, says which one matched, refuses any other, and its replay guard covers both.
#[test]
fn a_verifier_with_two_secrets_accepts_either_and_says_which() {
    use pocketsflow::events::ReplayGuard;
    let (new, old) = (WebhookSecret::new("whsec_new_secret"), WebhookSecret::new("whsec_old_secret"));
    let verifier = Verifier::new(new.clone()).also_accept(old.clone()).replay_guard(ReplayGuard::new(10));
    assert_eq!(verifier.secret_count(), 2);
    let by_new = verifier.verify(ORDER_COMPLETED, &signed(&sign(&new, ORDER_COMPLETED))).unwrap();
    assert_eq!(by_new.secret_index, 0);
    let by_old = verifier.verify(PRODUCT_BODY, &signed(&sign(&old, PRODUCT_BODY))).unwrap();
    assert_eq!(by_old.secret_index, 1);
    let other = WebhookSecret::new("whsec_someone_else");
    assert_eq!(verifier.verify(b"{}", &signed(&sign(&other, b"{}"))), Err(WebhookError::SignatureMismatch));
    // Replays are refused whichever secret signed them.
    assert_eq!(verifier.verify(PRODUCT_BODY, &signed(&sign(&old, PRODUCT_BODY))), Err(WebhookError::Replayed));
    assert_eq!(verifier.verify(ORDER_COMPLETED, &signed(&sign(&new, ORDER_COMPLETED))), Err(WebhookError::Replayed));
    // With one secret, the old signatures are refused: the rotation's last step.
    let after = Verifier::new(new.clone());
    assert_eq!(after.verify(PRODUCT_BODY, &signed(&sign(&old, PRODUCT_BODY))), Err(WebhookError::SignatureMismatch));
    assert!(!format!("{verifier:?}").contains("old_secret"), "{verifier:?}");
}

/// An order event at a glance: the order id, the product, the buyer, the currency as the API's orders spell it
/// and metadata values; other events have no order payload.
#[test]
fn an_order_event_at_a_glance() {
    let event = Event::parse(ORDER_COMPLETED, None).unwrap();
    let order = event.order().expect("order.completed carries an OrderEvent");
    assert_eq!(order.order_id(), Some("order_xyz123"));
    assert_eq!(order.product_id(), Some("prod_456def"));
    assert_eq!(order.buyer_email(), Some("customer@example.com"));
    assert_eq!(order.currency.as_deref(), Some("usd"));
    assert_eq!(order.currency_code().as_deref(), Some("USD"));
    assert_eq!(order.amount, Some(pocketsflow::money!(64.99)), "the gross, tax included");
    assert_eq!(order.metadata_str("customField"), Some("value"));
    assert_eq!(order.metadata_value("customField"), Some(&serde_json::json!("value")));
    assert_eq!(order.metadata_str("absent"), None);
    assert_eq!(event.payload::<pocketsflow::events::OrderEvent>(), Some(order));
    let product = Event::parse(PRODUCT_BODY, None).unwrap();
    assert!(product.order().is_none());
    assert!(product.payload::<pocketsflow::events::Payload>().is_some());
}

/// A verified event can be queued: written as the body the API sent (fields and `event`) and read back equal,
/// for every event name of the spec, an unknown one, and the documented bodies byte for byte as JSON.
#[test]
fn an_event_is_written_as_its_body_and_read_back_equal() {
    use pocketsflow::types::{OpenEnum, WebhookEvent};
    let mut bodies: Vec<Vec<u8>> = vec![ORDER_COMPLETED.to_vec(), PRODUCT_BODY.to_vec()];
    for name in WebhookEvent::VALUES.iter().chain(&["payout.paid"]) {
        bodies
            .push(serde_json::json!({"event": name, "webhookId": "wh_1", "extra": {"n": 1}}).to_string().into_bytes());
    }
    for body in &bodies {
        let event = Event::parse(body, None).unwrap();
        let queued = serde_json::to_vec(&event).unwrap();
        let back: Event = serde_json::from_slice(&queued).unwrap();
        assert_eq!(back, event, "{}", String::from_utf8_lossy(body));
        let written: serde_json::Value = serde_json::from_slice(&queued).unwrap();
        assert_eq!(written["event"], event.name());
    }
    // Numbers compared by value (an amount of 60.00 is written 60).
    fn by_value(value: serde_json::Value) -> serde_json::Value {
        match value {
            serde_json::Value::Number(n) => serde_json::json!(n.as_f64()),
            serde_json::Value::Array(items) => items.into_iter().map(by_value).collect(),
            serde_json::Value::Object(fields) => fields.into_iter().map(|(k, v)| (k, by_value(v))).collect(),
            other => other,
        }
    }
    for documented in [ORDER_COMPLETED, PRODUCT_BODY] {
        let written = serde_json::to_value(Event::parse(documented, None).unwrap()).unwrap();
        assert_eq!(by_value(written), by_value(serde_json::from_slice(documented).unwrap()));
    }
    // Without its name, a body is not an event.
    assert!(serde_json::from_str::<Event>(r#"{"product": {}}"#).is_err());
}
