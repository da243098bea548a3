//! A small application that depends on the SDK and has its own `reqwest` (each directory here builds this
//! file with another TLS configuration of its `reqwest`). Run by `tests/host_apps.rs`:
//!
//! `host <none|before|after>`: whether (and when) it installs a process-level rustls crypto provider, as
//! another crate of an application may: before building the SDK's client, after it, or not at all.
//!
//! Whatever its configuration, the application's own `reqwest::Client::new()` and the SDK both work: no panic,
//! a plain-HTTP call succeeds, and an `https://` call to a server that does not speak TLS is an error.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Answers every request with `200 []` over plain HTTP (a TLS ClientHello too, which fails the handshake).
async fn server() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
    let port = listener.local_addr().expect("a local address").port();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buffer = [0u8; 4096];
                let _ = socket.read(&mut buffer).await;
                let answer = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n[]";
                let _ = socket.write_all(answer.as_bytes()).await;
            });
        }
    });
    port
}

fn install_provider() {
    rustls::crypto::ring::default_provider().install_default().expect("the first provider installed");
    println!("installed a process-level crypto provider");
}

/// The application's own client, built as most code builds it.
async fn own_client(port: u16) {
    let client = reqwest::Client::new();
    let answer = client.get(format!("http://127.0.0.1:{port}/health")).send().await.expect("plain HTTP works");
    assert_eq!(answer.status(), 200);
    let tls = client.get(format!("https://127.0.0.1:{port}/health")).send().await;
    assert!(tls.is_err(), "a server that does not speak TLS cannot answer https");
    println!("own reqwest::Client::new(): ok");
}

/// A client of the application's own, built from the SDK's TLS settings: the way out of `rustls-ring`'s caveat.
async fn from_the_sdks_builder(port: u16) {
    let client = pocketsflow::tls::client_builder().expect("the SDK's TLS settings").build().expect("a client");
    let answer = client.get(format!("http://127.0.0.1:{port}/health")).send().await.expect("plain HTTP works");
    assert_eq!(answer.status(), 200);
    assert!(client.get(format!("https://127.0.0.1:{port}/health")).send().await.is_err());
    println!("tls::client_builder(): ok");
}

async fn sdk(port: u16) {
    let pf = pocketsflow::Pocketsflow::builder()
        .api_key("pk_test_host_application")
        .base_url(format!("http://127.0.0.1:{port}"))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("the SDK's client builds");
    assert!(pf.products().list().await.expect("the SDK calls over plain HTTP").is_empty());
    let pf = pocketsflow::Pocketsflow::builder()
        .api_key("pk_test_host_application")
        .base_url(format!("https://127.0.0.1:{port}"))
        .max_retries(0)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("the SDK's https client builds");
    let error = pf.products().list().await.expect_err("no TLS on the other side");
    assert!(error.is_connection(), "a typed connection error, got {error}");
    println!("SDK: ok");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let install = std::env::args().nth(1).unwrap_or_else(|| "none".to_owned());
    let port = server().await;
    match install.as_str() {
        "none" => {
            from_the_sdks_builder(port).await;
            sdk(port).await;
            own_client(port).await;
        }
        "before" => {
            install_provider();
            sdk(port).await;
            own_client(port).await;
        }
        "after" => {
            sdk(port).await;
            install_provider();
            own_client(port).await;
        }
        other => panic!("unknown scenario {other}"),
    }
    println!("host application: ok");
}
