//! TLS for the `reqwest` clients the SDK builds.
//!
//! With the `rustls` feature (the default) the SDK hands `reqwest` a ready rustls configuration instead of
//! letting `reqwest` pick a crypto provider: `reqwest` 0.13 only ships one (aws-lc-rs, a C library that
//! dominates a clean build) and otherwise panics at `Client` build time when no process-level provider is
//! installed. The configuration here works whatever the application's other crates enable:
//!
//! - the process-level default `CryptoProvider`, when the application installed one, wins (as in `reqwest`);
//! - otherwise aws-lc-rs with the opt-in `rustls-aws-lc` feature, else *ring* (the `rustls` feature);
//! - certificates are checked by the platform's verifier (`rustls-platform-verifier`, as `reqwest` does);
//! - ALPN offers HTTP/1.1 only, which is all the SDK's `reqwest` speaks (offering `h2` to a server would break
//!   the connection when `reqwest`'s `http2` feature is off).
//!
//! Without any TLS feature, `reqwest` is left to its own devices (e.g. `reqwest/native-tls` enabled by the
//! application), or the application hands a client to [`ClientBuilder::http_client`](crate::ClientBuilder).
//!
//! An application that builds its own `reqwest::Client` (to hand to `ClientBuilder::http_client`, or for its own
//! calls) starts from [`client_builder`] to get the same settings: with the SDK's default features `reqwest` has
//! no crypto provider of its own, and `reqwest::Client::new()` would panic unless the application installed one.

use crate::error::Error;

/// A `reqwest::ClientBuilder` with the SDK's TLS settings: every `reqwest::Client` the SDK builds starts here.
///
/// # Errors
///
/// A configuration error when the crypto provider cannot be used (one the application installed that supports
/// no TLS version, or a platform whose certificate verifier cannot start).
///
/// # Examples
///
/// ```
/// # fn main() -> Result<(), pocketsflow::Error> {
/// let http = pocketsflow::tls::client_builder()?
///     .connect_timeout(std::time::Duration::from_secs(5))
///     .build()
///     .expect("a client");
/// let pf = pocketsflow::Pocketsflow::builder().api_key("pk_test_123").http_client(http).build()?;
/// # drop(pf);
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "__rustls")]
pub fn client_builder() -> Result<reqwest::ClientBuilder, Error> {
    use std::sync::Arc;

    let provider = provider()?;
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())
        .map_err(|e| Error::config(format!("cannot set up TLS certificate verification: {e}")))?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::config(format!("the TLS crypto provider supports no usable TLS version: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(reqwest::Client::builder().tls_backend_preconfigured(config))
}

/// Without a TLS feature: `reqwest` as configured by the application's features.
///
/// # Errors
///
/// Never, without a TLS feature.
#[cfg(not(feature = "__rustls"))]
pub fn client_builder() -> Result<reqwest::ClientBuilder, Error> {
    Ok(reqwest::Client::builder())
}

/// The crypto provider: the process default when one is installed, else the one the features select.
#[cfg(feature = "__rustls")]
fn provider() -> Result<std::sync::Arc<rustls::crypto::CryptoProvider>, Error> {
    if let Some(installed) = rustls::crypto::CryptoProvider::get_default() {
        return Ok(installed.clone());
    }
    #[cfg(feature = "rustls-aws-lc")]
    return Ok(std::sync::Arc::new(rustls::crypto::aws_lc_rs::default_provider()));
    #[cfg(all(feature = "rustls", not(feature = "rustls-aws-lc")))]
    return Ok(std::sync::Arc::new(rustls::crypto::ring::default_provider()));
    #[cfg(not(any(feature = "rustls", feature = "rustls-aws-lc")))]
    return Err(Error::config(
        "no TLS crypto provider: enable the `rustls` or `rustls-aws-lc` feature, or install a process-level \
         rustls CryptoProvider before building the client",
    ));
}
