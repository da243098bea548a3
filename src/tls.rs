//! TLS for the `reqwest` clients the SDK builds.
//!
//! - **`default-tls`** (the default): `reqwest`'s own default TLS, rustls with the aws-lc-rs crypto provider
//!   (a process-level default `CryptoProvider`, when the application installed one, wins) and certificates
//!   checked by the platform's verifier. It is what `reqwest`'s default features compile, so adding the SDK to
//!   an application changes none of its other `reqwest` clients, whatever their TLS features.
//! - **`rustls-ring`** (opt-in, with `default-features = false`): no C library to compile. The SDK hands
//!   `reqwest` a ready rustls configuration with *ring* (or the process-level default provider, when one is
//!   installed) and the platform's verifier, offering HTTP/1.1 only, which is all the SDK's `reqwest` speaks.
//!   The caveat: it turns on `reqwest`'s `rustls-no-provider` for the whole application, so another
//!   `reqwest::Client::new()` there without a TLS feature of its own panics unless a provider is installed;
//!   start such clients from [`client_builder`].
//! - **Neither**: `reqwest` as the application's features configure it (e.g. `reqwest/native-tls`), or hand a
//!   client to [`ClientBuilder::http_client`](crate::ClientBuilder).

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
#[cfg(feature = "rustls-ring")]
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

/// `reqwest`'s own builder: its TLS is the `default-tls` feature's, or the application's.
///
/// # Errors
///
/// Never, without the `rustls-ring` feature.
#[cfg(not(feature = "rustls-ring"))]
pub fn client_builder() -> Result<reqwest::ClientBuilder, Error> {
    Ok(reqwest::Client::builder())
}

/// The crypto provider: the process default when one is installed, else *ring*.
#[cfg(feature = "rustls-ring")]
fn provider() -> Result<std::sync::Arc<rustls::crypto::CryptoProvider>, Error> {
    if let Some(installed) = rustls::crypto::CryptoProvider::get_default() {
        return Ok(installed.clone());
    }
    Ok(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
}
