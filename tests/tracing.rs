//! Tracing: one span per API call with its operation, method, path, status, attempts and elapsed time;
//! retries logged at debug level with reason and delay; the API key never appears. Alone in its binary:
//! tracing caches callsite interest process-wide, so a thread-local subscriber must not race other tests.

mod common;

use std::sync::{Arc, Mutex};

use common::fast;
use pocketsflow::mock::MockServer;
use pocketsflow::Pocketsflow;

/// Collects what tracing writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

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
        "operation=\"products_list\"",
        "method=GET",
        "path=\"/products\"",
        "attempts=2",
        "retrying pocketsflow request",
        "reason=\"timeout, dropped connection or server error\"",
        "delay_ms=",
        "status=200",
        "status=404",
        "elapsed_ms=",
    ] {
        assert!(log.contains(needle), "{needle:?} missing from:\n{log}");
    }
    assert!(!log.contains("VerySecretKey42"), "the API key leaked into the logs:\n{log}");
}
