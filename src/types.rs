//! Every model and input of the API, at one stable path.
//!
//! The structs are generated from `openapi.yaml` (`Product`, `Order`, `CreateProductParams`, ...); each has a
//! `builder()` whose `TryFrom` conversion checks required fields. Enums are forward compatible
//! (see [`crate::enums`]), and the list filters sent as query strings are plain structs with `Default`.
//!
//! ```
//! use pocketsflow::types::{CreateProductParams, Product};
//!
//! let params: CreateProductParams = CreateProductParams::builder()
//!     .name("Premium Course")
//!     .price(99.99)
//!     .description(Some("Learn everything".to_owned()))
//!     .try_into()
//!     .unwrap();
//! assert_eq!(params.name, "Premium Course");
//! ```

pub use crate::enums::*;
pub use crate::raw::types::*;
pub use crate::resources::customers::ListCustomersParams;
pub use crate::resources::orders::ListOrdersParams;
pub use crate::resources::reviews::ListReviewsParams;
