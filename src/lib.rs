//! # pocketsflow
//!
//! The Rust SDK for the [Pocketsflow](https://pocketsflow.com) API: sell digital products, subscriptions and
//! checkouts from Rust. It covers every operation of the official Node.js SDK, resource by resource, with
//! typed models, typed errors and forward-compatible enums.
//!
//! ```no_run
//! use pocketsflow::{types::CreateProductParams, Pocketsflow};
//!
//! # async fn run() -> pocketsflow::Result<()> {
//! let pf = Pocketsflow::new("pk_test_your_api_key")?;
//! let product = pf.products()
//!     .create(CreateProductParams::builder().name("Premium Course").price(99.99))
//!     .await?;
//! let products = pf.products().list().await?;
//! println!("{} products, newest {}", products.len(), product.id);
//! # Ok(()) }
//! ```
//!
//! ## Layout
//! - `openapi.yaml` is the source of truth; `build.rs` runs progenitor on it and [`raw`] includes the result.
//! - [`transport`] is the one seam every request passes through (progenitor's `ClientHooks`).
//! - [`Pocketsflow`] and [`ClientBuilder`] configure the client; [`resources`] hold one module per resource;
//!   [`types`] re-exports every model; [`Error`] is the single error type.

#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(rust_2018_idioms)]

mod client;
mod enums;
mod error;
pub mod events;
mod generated;
#[cfg(feature = "mock")]
pub mod mock;
mod money;
mod options;
pub mod pacing;
pub mod paginate;
mod params;
pub mod raw;
pub mod redact;
#[cfg(feature = "redis")]
pub mod redis;
pub mod resources;
pub mod retry;
pub mod setters;
mod telemetry;
pub mod tls;
pub mod transport;
pub mod types;
mod validate;

pub use client::{
    ClientBuilder, Pocketsflow, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ENV_API_KEY, ENV_BASE_URL, USER_AGENT_VALUE,
};
pub use error::{codes, ApiError, Error, ErrorKind, Result};
pub use options::RequestOptions;

/// The README's examples, compiled as doctests so that the front door never shows code that does not build.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
