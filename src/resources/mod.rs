//! One module per API resource, each a thin view over [`Pocketsflow`] whose methods carry
//! the Node SDK's names. Every method builds the generated request and hands it to the client's single
//! call path; none of them talks HTTP itself.

pub mod checkout;
pub mod customers;
pub mod discounts;
pub mod orders;
pub mod products;
pub mod refunds;
pub mod reviews;
pub mod subscription_offers;
pub mod subscriptions;
pub mod upsells;
pub mod users;
pub mod variants;
pub mod webhooks;

use crate::paginate::{nth_page, ListAll, Page};
use crate::Pocketsflow;

// `list_all` of every operation openapi.yaml marks `x-sdk-paging` (codegen/paging.rs).
include!(concat!(env!("OUT_DIR"), "/sdk_paging.rs"));

macro_rules! accessors {
    ($($(#[$doc:meta])* $method:ident => $module:ident::$ty:ident,)+) => {
        impl Pocketsflow {
            $($(#[$doc])* pub fn $method(&self) -> $module::$ty<'_> { $module::$ty { pf: self } })+
        }
    };
}

accessors! {
    /// Products: list, get, create, update, delete.
    products => products::Products,
    /// Product variants: create, delete.
    variants => variants::Variants,
    /// Orders: list (paginated), get.
    orders => orders::Orders,
    /// Customers: list (filtered, sorted), get.
    customers => customers::Customers,
    /// Reviews: list.
    reviews => reviews::Reviews,
    /// Discount codes: list, get, create, update, delete.
    discounts => discounts::Discounts,
    /// Upsell offers: list, get, create, update, delete.
    upsells => upsells::Upsells,
    /// Buyers' subscriptions: list (paginated), get, cancel, refund.
    subscriptions => subscriptions::Subscriptions,
    /// Subscription offers (recurring products): list, get, create.
    subscription_offers => subscription_offers::SubscriptionOffers,
    /// Webhook endpoints: list, get, create, update, delete, test.
    webhooks => webhooks::Webhooks,
    /// The account: me, update.
    users => users::Users,
    /// Hosted checkout: create.
    checkout => checkout::Checkout,
    /// Refunds: list, get, create.
    refunds => refunds::Refunds,
}
