//! `pocketsflow listen`: receives webhook deliveries on 127.0.0.1, verifies them with the SDK's
//! [`Verifier`], prints them, forwards them to the developer's receiver with body and headers intact, and
//! answers the sender with the receiver's answer.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use pocketsflow::events::{Event, Verifier, WebhookSecret, EVENT_HEADER};
use serde_json::{json, Value};

use crate::error::CliError;

/// Headers that belong to one connection, not to the delivery: never forwarded.
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
];

/// What `listen` was asked to do.
#[derive(Debug)]
pub struct Options {
    /// Port on 127.0.0.1 (0: any free one).
    pub port: u16,
    /// The receiver deliveries are forwarded to.
    pub forward_to: Option<reqwest::Url>,
    /// The signing secret, to verify deliveries.
    pub secret: Option<WebhookSecret>,
    /// Where to write the port once listening.
    pub port_file: Option<PathBuf>,
    /// One JSON line per delivery instead of a readable block.
    pub json: bool,
}

struct Listener {
    forward_to: Option<reqwest::Url>,
    verifier: Option<Verifier>,
    http: reqwest::Client,
    json: bool,
}

/// How a delivery's signature fared.
enum Check {
    Verified,
    Invalid(String),
    Unchecked,
}

/// What the receiver answered.
struct Forwarded {
    status: StatusCode,
    content_type: Option<HeaderValue>,
    body: Bytes,
    elapsed: Duration,
}

/// Runs until interrupted.
pub async fn run(options: Options) -> Result<(), CliError> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", options.port))
        .await
        .map_err(|e| CliError::usage(format!("cannot listen on 127.0.0.1:{}: {e}", options.port)))?;
    let addr = listener.local_addr().map_err(|e| CliError::internal(e.to_string()))?;
    let http = crate::webhook_http_client()?;
    let state = Arc::new(Listener {
        forward_to: options.forward_to.clone(),
        verifier: options.secret.map(Verifier::new),
        http,
        json: options.json,
    });
    eprintln!(
        "Listening on http://{addr}/ ({}), {}. Ctrl-C to stop.",
        if state.verifier.is_some() { "verifying signatures" } else { "signatures not checked: no --secret" },
        match &options.forward_to {
            Some(url) => format!("forwarding to {url}"),
            None => "not forwarding: no --forward-to".to_owned(),
        }
    );
    if let Some(path) = &options.port_file {
        crate::mock::write_port_file(path, addr.port())?;
    }
    let app = Router::new().fallback(receive).with_state(state);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| CliError::internal(format!("the listener stopped: {e}")))
}

async fn receive(
    State(state): State<Arc<Listener>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let check = match &state.verifier {
        Some(verifier) => match verifier.verify(&body, &headers) {
            Ok(_) => Check::Verified,
            Err(e) => Check::Invalid(e.to_string()),
        },
        None => Check::Unchecked,
    };
    let header_event = headers.get(EVENT_HEADER).and_then(|v| v.to_str().ok());
    let event = Event::parse(&body, header_event)
        .map(|e| e.name().to_owned())
        .ok()
        .or_else(|| header_event.map(str::to_owned))
        .unwrap_or_else(|| "(no event name)".to_owned());
    let forwarded = match &state.forward_to {
        Some(url) => Some(forward(&state.http, url, &method, &headers, body.clone()).await),
        None => None,
    };
    report(&state, &method, &uri, &event, &check, &forwarded, &body);
    match (forwarded, check) {
        (Some(Ok(answer)), _) => {
            let mut response = (answer.status, answer.body).into_response();
            if let Some(content_type) = answer.content_type {
                response.headers_mut().insert(http::header::CONTENT_TYPE, content_type);
            }
            response
        }
        (Some(Err(error)), _) => (StatusCode::BAD_GATEWAY, format!("pocketsflow listen: {error}")).into_response(),
        (None, Check::Invalid(reason)) => (StatusCode::UNAUTHORIZED, reason).into_response(),
        (None, _) => (StatusCode::OK, "received").into_response(),
    }
}

async fn forward(
    http: &reqwest::Client,
    url: &reqwest::Url,
    method: &Method,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<Forwarded, String> {
    let mut request = http.request(method.clone(), url.clone()).body(body);
    for (name, value) in headers {
        if !HOP_BY_HOP.contains(&name.as_str()) {
            request = request.header(name, value);
        }
    }
    let started = Instant::now();
    let answer = request.send().await.map_err(|e| describe(&e))?;
    let status = answer.status();
    let content_type = answer.headers().get(http::header::CONTENT_TYPE).cloned();
    let body = answer.bytes().await.map_err(|e| describe(&e))?;
    Ok(Forwarded { status, content_type, body, elapsed: started.elapsed() })
}

fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// `HH:MM:SS` of now, UTC.
fn clock() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    format!("{:02}:{:02}:{:02}", secs / 3600 % 24, secs / 60 % 60, secs % 60)
}

fn report(
    state: &Listener,
    method: &Method,
    uri: &Uri,
    event: &str,
    check: &Check,
    forwarded: &Option<Result<Forwarded, String>>,
    body: &[u8],
) {
    let parsed: Value =
        serde_json::from_slice(body).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()));
    let text = if state.json {
        let (signature, signature_error) = match check {
            Check::Verified => ("verified", None),
            Check::Invalid(reason) => ("invalid", Some(reason.as_str())),
            Check::Unchecked => ("unchecked", None),
        };
        let line = json!({
            "method": method.as_str(),
            "path": uri.path(),
            "event": event,
            "signature": signature,
            "signature_error": signature_error,
            "forwarded_to": state.forward_to.as_ref().map(|u| u.as_str()),
            "status": forwarded.as_ref().and_then(|f| f.as_ref().ok()).map(|f| f.status.as_u16()),
            "forward_error": forwarded.as_ref().and_then(|f| f.as_ref().err()),
            "elapsed_ms": forwarded.as_ref().and_then(|f| f.as_ref().ok()).map(|f| f.elapsed.as_millis() as u64),
            "body": parsed,
        });
        format!("{line}\n")
    } else {
        let signature = match check {
            Check::Verified => "signature verified".to_owned(),
            Check::Invalid(reason) => format!("signature INVALID: {reason}"),
            Check::Unchecked => "signature not checked (no --secret)".to_owned(),
        };
        let mut text = format!("{} {} {}  {event}  {signature}\n", clock(), method, uri.path());
        match forwarded {
            Some(Ok(answer)) => text.push_str(&format!(
                "  -> {}  {}  ({} ms)\n",
                state.forward_to.as_ref().map_or("", |u| u.as_str()),
                answer.status,
                answer.elapsed.as_millis()
            )),
            Some(Err(error)) => text.push_str(&format!(
                "  -> {}  forward failed: {error}\n",
                state.forward_to.as_ref().map_or("", |u| u.as_str())
            )),
            None => {}
        }
        let pretty = serde_json::to_string_pretty(&parsed).unwrap_or_default();
        for line in pretty.lines() {
            text.push_str("  ");
            text.push_str(line);
            text.push('\n');
        }
        text
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}
