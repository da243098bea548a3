//! No secret in any error, whichever field of an answer carries it: a hostile server plants webhook secrets and
//! API keys (`whsec_`, `pk_live_`, `pk_test_` values, and the client's own key whatever its shape) in an error body's `message`, `error` and `code`, in a
//! header it echoes (`x-request-id`), in a 2xx body that does not decode, and wraps them in line breaks. None of
//! them reaches the error's `Display`, its `Debug`, its accessors or the tracing output, and `Display` stays
//! one line. Alone in its binary: it installs a thread-local tracing subscriber.

use std::time::Duration;

mod common;

use common::Captured;
use pocketsflow::retry::RetryPolicy;
use pocketsflow::Pocketsflow;
use proptest::prelude::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A server that answers every request with `response` (raw HTTP/1.1).
async fn hostile(response: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let response = response.clone();
            tokio::spawn(async move {
                let mut buffer = [0u8; 8192];
                let _ = socket.read(&mut buffer).await;
                let _ = socket.write_all(&response).await;
            });
        }
    });
    url
}

/// Where the server puts the secret.
#[derive(Debug, Clone, Copy)]
enum Field {
    Message,
    Error,
    Code,
    RequestIdHeader,
    UndecodableSuccess,
    HtmlErrorPage,
}

/// The start of every planted secret's value.
const MARKER: &str = "ZqSecret";

fn secret() -> impl Strategy<Value = String> {
    // No prefix: the client's own key, of a shape the SDK does not know (it is redacted all the same).
    (prop::sample::select(vec!["whsec_", "pk_live_", "pk_test_", ""]), "[A-Za-z0-9_]{4,40}")
        // The value starts with a marker no other text has, so a leak of any of it is found.
        .prop_map(|(prefix, value)| format!("{prefix}{MARKER}{value}"))
}

/// Text around the secret: line breaks, quotes, Unicode line separators.
fn noise() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec!["\n", "\r\n", "\u{2028}", "\t", "\"", " ", "é", "x", "\u{1b}[2J"]),
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

fn response(field: Field, secret: &str, before: &str, after: &str, status: u16) -> Vec<u8> {
    let text = format!("{before}{secret}{after}");
    let json = |key: &str| serde_json::json!({ key: text }).to_string();
    let (status, content_type, body, header) = match field {
        Field::Message => (status, "application/json", json("message"), String::new()),
        Field::Error => (status, "application/json", json("error"), String::new()),
        Field::Code => {
            (status, "application/json", serde_json::json!({"message": "no", "code": text}).to_string(), String::new())
        }
        // A header value cannot hold line breaks: the secret alone, with what HTTP allows around it.
        Field::RequestIdHeader => {
            (status, "application/json", json("message"), format!("x-request-id: req {secret} x\r\n"))
        }
        // A products list whose price is the secret: the decoder's complaint quotes it.
        Field::UndecodableSuccess => (
            200,
            "application/json",
            serde_json::json!([{"_id": "p", "name": "n", "price": text}]).to_string(),
            String::new(),
        ),
        Field::HtmlErrorPage => (status, "text/html", format!("<html><body>{text}</body></html>"), String::new()),
    };
    format!(
        "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n{header}connection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn no_secret_reaches_an_error_or_a_log(
        field in prop::sample::select(vec![
            Field::Message, Field::Error, Field::Code, Field::RequestIdHeader, Field::UndecodableSuccess, Field::HtmlErrorPage,
        ]),
        secret in secret(),
        before in noise(),
        after in noise(),
        status in prop::sample::select(vec![400u16, 401, 404, 429, 500]),
    ) {
        let captured = Captured::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(captured.clone())
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let error = runtime.block_on(async {
            let url = hostile(response(field, &secret, &before, &after, status)).await;
            let key = if secret.starts_with(MARKER) { secret.clone() } else { "pk_test_the_callers_own_key".to_owned() };
            let pf = Pocketsflow::builder()
                .api_key(key)
                .base_url(url)
                .retry(RetryPolicy::default().max_retries(1).base_delay(Duration::from_millis(1)))
                .build()
                .unwrap();
            pf.products().list().await.expect_err("every answer here is an error")
        });
        let display = error.to_string();
        let debug = format!("{error:?}");
        let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        let accessors = format!("{} {:?} {:?}", error.message(), error.code(), error.request_id());
        for (what, text) in [("Display", &display), ("Debug", &debug), ("tracing", &log), ("accessors", &accessors)] {
            prop_assert!(!text.contains(MARKER), "{:?}: the secret {} reached {}:\n{}", field, secret, what, text);
        }
        prop_assert!(!display.contains(['\n', '\r', '\u{2028}', '\u{1b}']), "Display is not one line: {:?}", display);
        prop_assert!(!error.message().contains(['\n', '\r']), "message is not one line: {:?}", error.message());
    }
}
