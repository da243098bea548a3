//! The parameters of list operations: one struct per operation with query parameters, or whose filters
//! travel as a body (`x-sdk-params` in openapi.yaml), all generated from the spec by `build.rs`
//! (`codegen/sdk.rs`) in one style: `Default`, every field optional, chainable setters, accepted by both
//! `list` and `list_all`.
//!
//! ```
//! use pocketsflow::types::{ListOrdersParams, ListSubscriptionsParams, SubscriptionStatus};
//!
//! let orders = ListOrdersParams::default().page(2).page_size(50).start_date("2024-01-01");
//! assert_eq!(orders.page, Some(2));
//! let active = ListSubscriptionsParams::default().status(SubscriptionStatus::Active).page_size(50);
//! assert_eq!(active.page_size, Some(50));
//! ```
//!
//! A value the API refuses (a page or page size of 0) is an invalid-input error when the call is made, sent
//! nowhere.

use crate::{Error, Result};

/// A set field as JSON, for params whose filters travel as a body.
pub(crate) fn to_json(value: &impl serde::Serialize) -> Result<serde_json::Value> {
    serde_json::to_value(value).map_err(|e| Error::invalid_input(e.to_string()))
}

/// The body type from the fields that were set: its own checks (`NonZeroU32` pages, ...) apply.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(
    fields: serde_json::Map<String, serde_json::Value>,
) -> Result<T> {
    serde_json::from_value(serde_json::Value::Object(fields)).map_err(|e| Error::invalid_input(e.to_string()))
}

include!(concat!(env!("OUT_DIR"), "/sdk_params.rs"));
