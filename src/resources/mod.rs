//! One module per API resource, each a thin view over [`Pocketsflow`](crate::Pocketsflow) whose methods carry
//! the Node SDK's names: generated from openapi.yaml (`codegen/resources.rs`), one method per operation, and
//! `list_all` for every list the spec marks `x-sdk-paging` (`codegen/paging.rs`). Every method builds the
//! generated request and hands it to the client's single call path; none of them talks HTTP itself.
//!
//! A method takes its path parameters first (ids, checked before anything is sent), then the operation's
//! filters (`ListOrdersParams`, ...), then its body as its params type or that type's builder:
//!
//! ```no_run
//! # async fn run(pf: pocketsflow::Pocketsflow) -> pocketsflow::Result<()> {
//! use pocketsflow::types::{CreateProductParams, ListSubscriptionsParams, SubscriptionStatus, UpdateProductParams};
//!
//! let product = pf.products().create(CreateProductParams::builder().name("Premium Course").price(99.99)).await?;
//! let product = pf.products().update(&product.id, UpdateProductParams::builder().price(89.99)).await?;
//! let active = pf
//!     .subscriptions()
//!     .list(ListSubscriptionsParams::default().status(SubscriptionStatus::Active).page_size(50))
//!     .await?;
//! for subscription in active.items() {
//!     println!("{} {}", subscription.id, subscription.status);
//! }
//! # let _ = product;
//! # Ok(()) }
//! ```

include!(concat!(env!("OUT_DIR"), "/sdk_resources.rs"));

// `list_all` of every operation openapi.yaml marks `x-sdk-paging`, and `items()` of the answers that hold them in
// one of several fields (codegen/paging.rs).
include!(concat!(env!("OUT_DIR"), "/sdk_paging.rs"));
