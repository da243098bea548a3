//! Every model and input of the API, at one stable path.
//!
//! The structs are generated from `openapi.yaml` (`Product`, `Order`, `CreateProductParams`, ...); each has a
//! `builder()` whose `TryFrom` conversion checks required fields. The params of list operations
//! (`ListOrdersParams`, ...) are generated too, with `Default` and chainable setters.
//!
//! **Enums are forward compatible.** The API adds values over time (a new subscription status, a new webhook
//! event). A strict Rust enum would fail to decode the whole response the day that happens, so every string
//! enum of the spec is generated as an open enum: the documented values are variants, anything else is kept
//! verbatim in `Unknown`, and serializing gives back exactly the string that was received.
//!
//! ```
//! use pocketsflow::types::SubscriptionStatus;
//!
//! let known: SubscriptionStatus = serde_json::from_str("\"past_due\"").unwrap();
//! assert_eq!(known, SubscriptionStatus::PastDue);
//! let new: SubscriptionStatus = serde_json::from_str("\"incomplete\"").unwrap();
//! assert_eq!(new, SubscriptionStatus::Unknown("incomplete".into()));
//! assert_eq!(new.as_str(), "incomplete");
//! ```
//!
//! ```
//! use pocketsflow::types::{CreateProductParams, Product};
//!
//! let params: CreateProductParams = CreateProductParams::builder()
//!     .name("Premium Course")
//!     .price(99.99)
//!     .description("Learn everything")
//!     .try_into()
//!     .unwrap();
//! assert_eq!(params.name.as_str(), "Premium Course"); // a required name is non-empty: a checked newtype
//! ```

pub use crate::enums::*;
pub use crate::generated::types::*;
pub use crate::money::{Money, MoneyError};
pub use crate::params::*;
