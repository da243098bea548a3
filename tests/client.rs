//! Client configuration: defaults, validation at construction, the environment, headers, and that the API
//! key never shows in `Debug` or errors.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::*;
use pocketsflow::{Pocketsflow, DEFAULT_BASE_URL, DEFAULT_TIMEOUT};
use serde_json::json;

#[test]
fn defaults_match_the_node_sdk() {
    let pf = Pocketsflow::new("pk_live_abc").unwrap();
    assert_eq!(pf.base_url(), "https://api.pocketsflow.com");
    assert_eq!(DEFAULT_BASE_URL, "https://api.pocketsflow.com");
    assert_eq!(pf.timeout(), Duration::from_secs(30));
    assert_eq!(DEFAULT_TIMEOUT, Duration::from_secs(30));
    assert!(!pf.is_test_mode());
    assert!(Pocketsflow::new("pk_test_abc").unwrap().is_test_mode());
}

#[test]
fn missing_or_empty_key_is_a_config_error() {
    for err in [
        Pocketsflow::builder().build().unwrap_err(),
        Pocketsflow::new("").unwrap_err(),
        Pocketsflow::new("   ").unwrap_err(),
    ] {
        assert!(err.is_config(), "{err:?}");
        assert!(err.to_string().contains("API key is required"), "{err}");
    }
}

#[test]
fn key_with_a_newline_is_a_config_error_that_does_not_echo_it() {
    let err = Pocketsflow::new("pk_test_se\ncret").unwrap_err();
    assert!(err.is_config());
    assert!(!format!("{err} {err:?}").contains("se\ncret"));
}

#[test]
fn bad_base_urls_are_config_errors() {
    for url in ["not a url", "ftp://api.pocketsflow.com", "https://api.pocketsflow.com?x=1", "", "http://user:pw@host"]
    {
        let err = Pocketsflow::builder().api_key("pk_test_x").base_url(url).build().unwrap_err();
        assert!(err.is_config(), "{url:?}: {err:?}");
    }
    let pf = Pocketsflow::builder().api_key("pk_test_x").base_url("http://127.0.0.1:9/prefix/").build().unwrap();
    assert_eq!(pf.base_url(), "http://127.0.0.1:9/prefix");
    let err = Pocketsflow::builder().api_key("pk_test_x").timeout(Duration::ZERO).build().unwrap_err();
    assert!(err.is_config());
}

#[test]
fn debug_never_shows_the_key() {
    let pf = Pocketsflow::new(API_KEY).unwrap();
    let shown = format!("{pf:?} {pf:#?} {:?} {:?}", pf.raw(), Pocketsflow::builder().api_key(API_KEY));
    assert!(!shown.contains("SecretKey"), "{shown}");
    assert!(shown.contains("[redacted]"));
}

#[test]
fn from_env_reads_key_and_base_url() {
    // The only test in this binary that touches the environment.
    unsafe {
        std::env::remove_var("POCKETSFLOW_API_KEY");
        std::env::remove_var("POCKETSFLOW_BASE_URL");
    }
    assert!(Pocketsflow::from_env().unwrap_err().is_config());
    unsafe {
        std::env::set_var("POCKETSFLOW_API_KEY", "pk_test_env");
    }
    assert_eq!(Pocketsflow::from_env().unwrap().base_url(), DEFAULT_BASE_URL);
    unsafe {
        std::env::set_var("POCKETSFLOW_BASE_URL", "http://127.0.0.1:12111");
    }
    let pf = Pocketsflow::from_env().unwrap();
    assert_eq!(pf.base_url(), "http://127.0.0.1:12111");
    assert!(pf.is_test_mode());
    unsafe {
        std::env::remove_var("POCKETSFLOW_API_KEY");
        std::env::remove_var("POCKETSFLOW_BASE_URL");
    }
}

#[tokio::test]
async fn requests_carry_user_agent_and_auth() {
    let server = server_answering(200, ResponseTemplateBody::Json(json!([]))).await;
    client_for(&server).products().list().await.unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    let ua = request.headers.get("user-agent").unwrap().to_str().unwrap();
    assert_eq!(ua, format!("pocketsflow-rust/{}", env!("CARGO_PKG_VERSION")));
    let auth = request.headers.get("authorization").unwrap().to_str().unwrap();
    assert_eq!(auth, format!("Bearer {API_KEY}"));
}

#[tokio::test]
async fn a_caller_supplied_http_client_still_gets_auth_user_agent_and_timeout() {
    let server = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(wiremock::ResponseTemplate::new(200).set_body_json(json!([])).set_delay(Duration::from_secs(3)))
        .mount(&server)
        .await;
    let pf = Pocketsflow::builder()
        .api_key(API_KEY)
        .base_url(server.uri())
        .user_agent("my-shop/2.0")
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .http_client(reqwest::Client::new())
        .build()
        .unwrap();
    let err = pf.products().list().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(request.headers.get("authorization").unwrap().to_str().unwrap(), format!("Bearer {API_KEY}"));
    assert_eq!(request.headers.get("user-agent").unwrap().to_str().unwrap(), "my-shop/2.0");
}

#[tokio::test]
async fn base_url_path_prefix_is_kept() {
    let server = server_answering(200, ResponseTemplateBody::Json(json!([]))).await;
    let pf = Pocketsflow::builder().api_key(API_KEY).base_url(format!("{}/api/", server.uri())).build().unwrap();
    pf.products().list().await.unwrap();
    assert_eq!(server.received_requests().await.unwrap()[0].url.path(), "/api/products");
}

/// A keep-alive HTTP/1.1 server answering `200 []` to every GET, counting the connections it accepts.
async fn counting_connections() -> (String, Arc<AtomicUsize>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = accepted.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let mut buffer = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    while let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                        buffer.drain(..end + 4);
                        let answer = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n[]";
                        if socket.write_all(answer.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                    }
                }
            });
        }
    });
    (url, accepted)
}

/// "The clones share one connection pool", and so does a per-request copy: three calls one after another, from
/// the client, a clone and a `with_options` copy, travel on one connection.
#[tokio::test]
async fn clones_and_per_request_copies_share_one_connection_pool() {
    let (url, accepted) = counting_connections().await;
    let pf = Pocketsflow::builder().api_key(API_KEY).base_url(&url).build().unwrap();
    pf.products().list().await.unwrap();
    pf.clone().products().list().await.unwrap();
    pf.with_options(pocketsflow::RequestOptions::new().timeout(Duration::from_secs(5)))
        .products()
        .list()
        .await
        .unwrap();
    assert_eq!(accepted.load(Ordering::SeqCst), 1, "each copy opened its own connection");
    // The test can fail: two clients built apart open two.
    let other = Pocketsflow::builder().api_key(API_KEY).base_url(&url).build().unwrap();
    other.products().list().await.unwrap();
    assert_eq!(accepted.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn clones_share_configuration() {
    let server = server_answering(200, ResponseTemplateBody::Json(json!([]))).await;
    let pf = client_for(&server);
    let clone = pf.clone();
    let (a, b) = tokio::join!(pf.products().list(), clone.products().list());
    a.unwrap();
    b.unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// The `reqwest::Client` the raw client hands out (`ClientInfo::client`) carries no key: used for any other
/// host, it sends nothing of the SDK's configuration.
#[tokio::test]
async fn the_http_client_handed_out_by_raw_carries_no_key() {
    use pocketsflow::raw::ClientInfo;
    let server = server_answering(200, ResponseTemplateBody::Json(json!([]))).await;
    let pf = client_for(&server);
    let http = pf.raw().client().clone();
    http.get(format!("{}/elsewhere", server.uri())).send().await.unwrap();
    pf.products().list().await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(requests[0].headers.get("authorization").is_none(), "{:?}", requests[0].headers);
    assert!(format!("{http:?}").find(API_KEY).is_none());
    let sent = requests[1].headers.get("authorization").unwrap().to_str().unwrap();
    assert_eq!(sent, format!("Bearer {API_KEY}"), "the SDK's own requests carry it");
}
