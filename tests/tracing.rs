//! Tracing: one `debug` span per API call with OpenTelemetry's HTTP client fields (the route template, never
//! the raw path; method, status, server address and port, resend count, error type, request id) and the
//! elapsed time; retries logged at debug level with reason and delay; the API key never appears. Alone in its
//! binary: tracing caches callsite interest process-wide, so a thread-local subscriber must not race other
//! tests.

mod common;

use std::sync::{Arc, Mutex};

use common::{fast, Captured};
use pocketsflow::mock::MockServer;
use pocketsflow::Pocketsflow;

#[tokio::test]
async fn tracing_spans_carry_the_call_and_never_the_key() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let server = MockServer::start().await;
    server.faults().fail_next(1, 503);
    let pf =
        Pocketsflow::builder().api_key("pk_test_VerySecretKey42").base_url(server.url()).retry(fast()).build().unwrap();
    pf.products().list().await.unwrap();
    pf.orders().get("65f000000000000000000abc").await.unwrap_err();
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    for needle in [
        "pocketsflow.request",
        "pocketsflow.operation=\"products_list\"",
        "http.request.method=GET",
        "url.template=\"/products\"",
        "url.template=\"/orders/{id}\"",
        "otel.name=GET /orders/{id}",
        "otel.kind=\"client\"",
        "server.address=\"127.0.0.1\"",
        &format!("server.port={}", server.addr().port()),
        "http.request.resend_count=1",
        "http.request.resend_count=0",
        "retrying pocketsflow request",
        "reason=\"timeout, dropped connection or server error\"",
        "delay_ms=",
        "http.response.status_code=200",
        "http.response.status_code=404",
        "error.type=\"404\"",
        "elapsed_ms=",
    ] {
        assert!(log.contains(needle), "{needle:?} missing from:\n{log}");
    }
    // One span per call, retries included: two calls, two spans closed.
    let closed = log.lines().filter(|l| l.contains("pocketsflow.request") && l.contains("close")).count();
    assert_eq!(closed, 2, "{log}");
    // Ids never become labels: the raw path is nowhere.
    assert!(!log.contains("65f000000000000000000abc"), "the raw path reached the span:\n{log}");
    assert!(!log.contains("VerySecretKey42"), "the API key leaked into the logs:\n{log}");
}

/// Records every field of every span, as an OpenTelemetry exporter would read them.
#[derive(Clone, Default)]
struct Fields(Arc<Mutex<Vec<(String, String)>>>);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.lock().unwrap().push((field.name().to_owned(), format!("{value:?}")));
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.lock().unwrap().push((field.name().to_owned(), value.to_owned()));
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Fields {
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        _: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        attrs.record(&mut self.clone());
    }
    fn on_record(
        &self,
        _: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        values.record(&mut self.clone());
    }
}

#[tokio::test]
async fn a_request_id_reaches_the_span_and_the_error() {
    use tracing_subscriber::layer::SubscriberExt;
    use wiremock::matchers::any;
    use wiremock::{Mock, ResponseTemplate};

    let fields = Fields::default();
    let _guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(fields.clone()));
    let server = wiremock::MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-request-id", "req_7f3a")
                .set_body_json(serde_json::json!({"message": "Order not found", "code": "NOT_FOUND"})),
        )
        .mount(&server)
        .await;
    let pf = Pocketsflow::builder().api_key("pk_test_k").base_url(server.uri()).build().unwrap();
    let error = pf.orders().get("65f000000000000000000abc").await.unwrap_err();
    assert_eq!(error.request_id(), Some("req_7f3a"));
    assert!(error.to_string().ends_with("(request id req_7f3a)"), "{error}");
    let recorded = fields.0.lock().unwrap().clone();
    let get = |name: &str| recorded.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    assert_eq!(get("pocketsflow.request_id").as_deref(), Some("req_7f3a"));
    assert_eq!(get("url.template").as_deref(), Some("/orders/{id}"));
    assert_eq!(get("http.response.status_code").as_deref(), Some("404"));
    assert_eq!(get("error.type").as_deref(), Some("404"));
    assert!(recorded.iter().all(|(_, v)| !v.contains("65f000000000000000000abc")), "{recorded:?}");
}

#[tokio::test]
async fn the_span_is_at_debug_level_so_info_records_nothing() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_max_level(tracing::Level::INFO)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let server = MockServer::start().await;
    // A retried call too: its retry events are at debug level.
    server.faults().fail_next(1, 503);
    server.client().with_options(pocketsflow::RequestOptions::new().retry(fast())).products().list().await.unwrap();
    assert_eq!(server.request_count("GET", "/products"), 2, "the call was retried");
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(!log.contains("pocketsflow") && !log.contains("retry"), "something above debug level:\n{log}");
}

/// `error.type` for failures without a status: `timeout`, `connection` and `response_too_large`, each with no
/// status code recorded.
#[tokio::test]
async fn failures_without_a_status_name_their_kind_in_error_type() {
    use std::time::Duration;
    use tracing_subscriber::layer::SubscriberExt;
    use wiremock::matchers::any;
    use wiremock::{Mock, ResponseTemplate};

    async fn error_type(pf: Pocketsflow) -> (Option<String>, Option<String>, pocketsflow::Error) {
        let fields = Fields::default();
        let _guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(fields.clone()));
        let error = pf.products().list().await.unwrap_err();
        let recorded = fields.0.lock().unwrap().clone();
        let get = |name: &str| recorded.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        (get("error.type"), get("http.response.status_code"), error)
    }
    let builder = |url: &str| Pocketsflow::builder().api_key("pk_test_k").base_url(url).max_retries(0);

    let slow = wiremock::MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([])).set_delay(Duration::from_secs(5)))
        .mount(&slow)
        .await;
    let (kind, status, error) =
        error_type(builder(&slow.uri()).timeout(Duration::from_millis(100)).build().unwrap()).await;
    assert!(error.is_timeout(), "{error}");
    assert_eq!((kind.as_deref(), status), (Some("timeout"), None));

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let (kind, status, error) = error_type(builder(&url).build().unwrap()).await;
    assert!(error.is_connection(), "{error}");
    assert_eq!((kind.as_deref(), status), (Some("connection"), None));

    let large = wiremock::MockServer::start().await;
    Mock::given(any()).respond_with(ResponseTemplate::new(200).set_body_string("x".repeat(4096))).mount(&large).await;
    let (kind, status, error) = error_type(builder(&large.uri()).max_response_bytes(1024).build().unwrap()).await;
    assert!(error.is_response_too_large(), "{error}");
    assert_eq!(kind.as_deref(), Some("response_too_large"));
    assert_eq!(status.as_deref(), Some("200"), "the answer's status is still recorded");
}

/// During a rotation the axum extractor logs, at `debug`, which secret matched (`secret_index`, 1 for the one
/// given to `also_accept`), never the secret itself.
#[cfg(feature = "axum")]
#[tokio::test]
async fn the_extractor_logs_which_secret_matched_at_debug() {
    use axum::{routing::post, Router};
    use pocketsflow::events::{sign, VerifiedEvent, Verifier, WebhookSecret};

    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    async fn receive(VerifiedEvent(event): VerifiedEvent) -> String {
        event.name().to_owned()
    }
    let verifier = Verifier::new("whsec_NewRotatedSecret").also_accept("whsec_OldRetiringSecret");
    let app = Router::new().route("/hook", post(receive)).with_state(verifier);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    // On this test's thread, so that its subscriber sees the extractor.
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let body: &[u8] = br#"{"event":"product.created","product":{"_id":"p1"}}"#;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let answer = reqwest::Client::new()
        .post(&url)
        .header("X-Pocketsflow-Signature", sign(&WebhookSecret::new("whsec_OldRetiringSecret"), body))
        .header("X-Pocketsflow-Timestamp", now.to_string())
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let line = log.lines().find(|l| l.contains("webhook signature matched")).unwrap_or_else(|| panic!("{log}"));
    assert!(line.contains("DEBUG") && line.contains("secret_index=1") && line.contains("secrets=2"), "{line}");
    assert!(!log.contains("RotatedSecret") && !log.contains("RetiringSecret"), "a secret reached the log:\n{log}");
}
