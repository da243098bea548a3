//! TLS works whatever rustls crypto provider the process has: the SDK never panics with reqwest's "no
//! process-level CryptoProvider", and a TLS failure is a typed `Connection` error.
//!
//! Each scenario runs in a fresh process (this test binary, re-run for one ignored test), because a process
//! default provider, once installed, stays for the life of the process. CI runs this file under each TLS
//! feature (see `.ci/run`): `default-tls` (reqwest's rustls with aws-lc-rs) and `rustls-ring`. What the SDK
//! changes for the application's *other* `reqwest` clients is `tests/host_apps.rs`'s subject.

#![cfg(any(feature = "default-tls", feature = "rustls-ring"))]

use std::process::Command;
use std::time::Duration;

use pocketsflow::Pocketsflow;
use rustls::crypto::CryptoProvider;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const SCENARIO: &str = "POCKETSFLOW_TLS_SCENARIO";

/// Runs `scenario` in a fresh process of this test binary and checks that it passed.
fn in_fresh_process(scenario: &str) {
    let output = Command::new(std::env::current_exe().expect("the test binary's path"))
        .args(["--exact", "scenario", "--ignored", "--nocapture", "--test-threads", "1"])
        .env(SCENARIO, scenario)
        .output()
        .expect("the test binary runs again");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "scenario {scenario} failed:\n{text}");
    assert!(text.contains(&format!("scenario {scenario}: ok")), "scenario {scenario} did not run:\n{text}");
}

/// A plain-text server on 127.0.0.1: it answers whatever it receives (a TLS ClientHello) with HTTP/1.1.
async fn plain_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buffer = [0u8; 1024];
                let _ = socket.read(&mut buffer).await;
                let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}").await;
            });
        }
    });
    format!("https://127.0.0.1:{port}")
}

/// An `https://` call to a server that does not speak TLS ends with a typed connection error.
async fn https_call_to_a_plain_server_is_a_connection_error() {
    let url = plain_server().await;
    let pf = Pocketsflow::builder()
        .api_key("pk_test_tls")
        .base_url(&url)
        .max_retries(0)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("the client builds without a process-level provider");
    let err = pf.users().me().await.expect_err("a plain-text server cannot complete a TLS handshake");
    assert!(err.is_connection(), "expected a connection error, got {err}");
    assert_eq!(err.attempts(), 1);
}

/// A crypto provider for a test to install (the tests' own rustls has *ring*).
fn some_provider() -> CryptoProvider {
    rustls::crypto::ring::default_provider()
}

/// One scenario, in this process; run by [`in_fresh_process`] only.
#[test]
#[ignore = "run by the other tests of this file, each in a fresh process"]
fn scenario() {
    let scenario = std::env::var(SCENARIO).expect("run by in_fresh_process, which names the scenario");
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    match scenario.as_str() {
        "none" => {
            assert!(CryptoProvider::get_default().is_none(), "a fresh process has no default provider");
            rt.block_on(https_call_to_a_plain_server_is_a_connection_error());
            assert!(CryptoProvider::get_default().is_none(), "the SDK installs no process-wide provider");
        }
        "installed" => {
            some_provider().install_default().expect("the first provider installed");
            rt.block_on(https_call_to_a_plain_server_is_a_connection_error());
        }
        "installed_wins" => {
            // A process default that supports no cipher suite: the SDK must use it (and refuse to build a client
            // with it, as a configuration error) rather than fall back to its own provider.
            CryptoProvider { cipher_suites: Vec::new(), ..some_provider() }
                .install_default()
                .expect("the first provider installed");
            let err = Pocketsflow::builder()
                .api_key("pk_test_tls")
                .build()
                .expect_err("no cipher suite: no TLS version can be used");
            assert!(err.is_config(), "expected a configuration error, got {err}");
            assert!(err.to_string().contains("TLS"), "{err}");
        }
        "untrusted" => rt.block_on(certificates_are_checked(Trust::None)),
        "trusted" => rt.block_on(certificates_are_checked(Trust::Platform)),
        "wrong_name" => rt.block_on(certificates_are_checked(Trust::PlatformWrongName)),
        other => panic!("unknown scenario {other}"),
    }
    println!("scenario {scenario}: ok");
}

#[test]
fn without_a_process_provider_an_https_call_to_a_plain_server_is_a_typed_connection_error() {
    in_fresh_process("none");
}

#[test]
fn with_a_process_provider_installed_first_the_same_call_is_a_typed_connection_error() {
    in_fresh_process("installed");
}

#[test]
fn the_process_default_provider_wins_over_the_sdks_own() {
    in_fresh_process("installed_wins");
}

/// Whose certificate the TLS server presents, and what the platform trusts.
#[derive(Clone, Copy, PartialEq)]
enum Trust {
    /// A certificate for 127.0.0.1 from a CA the platform does not know.
    None,
    /// The same, with the CA added to the platform's roots (`SSL_CERT_FILE`, which the platform's verifier
    /// reads on Linux).
    Platform,
    /// A trusted CA, but a certificate for another name.
    PlatformWrongName,
}

/// The platform's verifier checks certificates: an unknown CA and a certificate for another name are refused
/// (a typed connection error naming the certificate, one attempt), a CA the platform trusts is accepted.
async fn certificates_are_checked(trust: Trust) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let name = if trust == Trust::PlatformWrongName { "shop.example" } else { "127.0.0.1" };
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec![name.to_owned()]).unwrap().signed_by(&leaf_key, &ca, &ca_key).unwrap();
    if trust != Trust::None {
        let file = std::env::temp_dir().join(format!("pocketsflow-tls-ca-{}.pem", std::process::id()));
        std::fs::write(&file, ca.pem()).unwrap();
        // A fresh process of its own: nothing else reads the environment concurrently.
        std::env::set_var("SSL_CERT_FILE", &file);
    } else {
        std::env::remove_var("SSL_CERT_FILE");
    }

    let config =
        rustls::ServerConfig::builder_with_provider(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![leaf.der().clone()],
                rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into()),
            )
            .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(socket).await else { return };
                let mut buffer = [0u8; 4096];
                let _ = tls.read(&mut buffer).await;
                let _ = tls
                    .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n[]")
                    .await;
                let _ = tls.shutdown().await;
            });
        }
    });
    let pf = Pocketsflow::builder()
        .api_key("pk_test_tls")
        .base_url(format!("https://127.0.0.1:{port}"))
        .max_retries(0)
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let result = pf.products().list().await;
    match trust {
        Trust::Platform => assert!(result.expect("a certificate from a CA the platform trusts").is_empty()),
        Trust::None | Trust::PlatformWrongName => {
            let err = result.expect_err("the certificate must be refused");
            assert!(err.is_connection(), "{err}");
            assert!(err.to_string().to_lowercase().contains("certificate"), "{err}");
            assert_eq!(err.attempts(), 1);
        }
    }
}

#[test]
fn a_certificate_from_an_unknown_authority_is_refused() {
    in_fresh_process("untrusted");
}

#[test]
fn a_certificate_the_platform_trusts_is_accepted() {
    in_fresh_process("trusted");
}

#[test]
fn a_certificate_for_another_name_is_refused() {
    in_fresh_process("wrong_name");
}
