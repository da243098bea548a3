//! Open enums: the string enums of the API, kept forward compatible.
//!
//! The API adds values over time (a new subscription status, a new webhook event). A strict Rust enum would
//! fail to decode the whole response the day that happens, so every enum of the spec is generated as one of
//! these instead (see `OPEN_ENUMS` in `build.rs`): the documented values are variants, anything else is kept
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

macro_rules! open_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this version of the SDK does not know, kept as received.
            Unknown(String),
        }

        impl $name {
            /// Every value documented when this SDK was built.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)+
                    $name::Unknown(other) => other,
                }
            }

            /// `false` for a value this SDK does not know.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl OpenEnum for $name {
            const VALUES: &'static [&'static str] = &[$($wire),+];

            fn as_str(&self) -> &str {
                $name::as_str(self)
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($wire => $name::$variant,)+
                    other => $name::Unknown(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                match $name::from(value.as_str()) {
                    $name::Unknown(_) => $name::Unknown(value),
                    known => known,
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok($name::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map($name::from)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> String {
                stringify!($name).to_owned()
            }

            fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
                open_enum_schema(&[$($wire),+])
            }
        }
    };
}

/// What every open enum offers, for code generic over them.
pub trait OpenEnum {
    /// The values documented when this SDK was built, as the API spells them.
    const VALUES: &'static [&'static str];

    /// The value as the API spells it.
    fn as_str(&self) -> &str;

    /// `false` for a value this SDK does not know.
    fn is_known(&self) -> bool {
        Self::VALUES.contains(&self.as_str())
    }
}

/// A string schema that names the known values without rejecting others.
fn open_enum_schema(known: &[&str]) -> schemars::schema::Schema {
    use schemars::schema::{InstanceType, Metadata, SchemaObject};
    SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        metadata: Some(Box::new(Metadata {
            description: Some(format!("One of {}, or a value added to the API later.", known.join(", "))),
            ..Default::default()
        })),
        ..Default::default()
    }
    .into()
}

open_enum! {
    /// Whether a product is sold once or as a subscription.
    ProductType {
        /// Sold once.
        OneTime = "one-time",
        /// Sold as a subscription.
        Subscription = "subscription",
    }
}

open_enum! {
    /// Billing interval of a subscription product.
    BillingInterval {
        /// Monthly.
        Month = "month",
        /// Yearly.
        Year = "year",
    }
}

open_enum! {
    /// Field to sort customers by.
    CustomerSortBy {
        /// By email.
        Email = "email",
        /// By country.
        Country = "country",
        /// By number of orders.
        NumberOfOrders = "numberOfOrders",
        /// By creation date.
        CreatedAt = "createdAt",
    }
}

open_enum! {
    /// Sort direction.
    SortOrder {
        /// Ascending.
        Asc = "asc",
        /// Descending.
        Desc = "desc",
    }
}

open_enum! {
    /// How a discount's value is applied.
    DiscountValueType {
        /// A percentage of the price (0 to 100).
        Percentage = "percentage",
        /// A fixed amount off the price.
        Fixed = "fixed",
    }
}

open_enum! {
    /// State of a subscription.
    SubscriptionStatus {
        /// Active and billing.
        Active = "active",
        /// Canceled.
        Canceled = "canceled",
        /// Paused.
        Paused = "paused",
        /// A payment failed and is being retried.
        PastDue = "past_due",
    }
}

open_enum! {
    /// Billing frequency of a subscription offer.
    SubscriptionFrequency {
        /// Every week.
        Weekly = "weekly",
        /// Every month.
        Monthly = "monthly",
        /// Every year.
        Yearly = "yearly",
    }
}

open_enum! {
    /// State of a refund.
    RefundStatus {
        /// Requested, not yet processed.
        Pending = "pending",
        /// Money returned.
        Completed = "completed",
        /// The refund failed.
        Failed = "failed",
    }
}

open_enum! {
    /// Name of an event a webhook can subscribe to.
    WebhookEvent {
        /// An order was completed.
        OrderCompleted = "order.completed",
        /// An order was refunded.
        OrderRefunded = "order.refunded",
        /// A product was created.
        ProductCreated = "product.created",
        /// A product was updated.
        ProductUpdated = "product.updated",
        /// A product was deleted.
        ProductDeleted = "product.deleted",
        /// A review was submitted.
        ReviewCreated = "review.created",
        /// A new customer was created.
        CustomerCreated = "customer.created",
        /// A subscription was created.
        CustomerSubscriptionCreated = "customer.subscription.created",
        /// A subscription's plan changed.
        CustomerSubscriptionUpdated = "customer.subscription.updated",
        /// A subscription was canceled.
        CustomerSubscriptionDeleted = "customer.subscription.deleted",
        /// A subscription's trial ends soon.
        CustomerSubscriptionTrialWillEnd = "customer.subscription.trial_will_end",
        /// A subscription was paused.
        CustomerSubscriptionPause = "customer.subscription.pause",
        /// A subscription was resumed.
        CustomerSubscriptionResumed = "customer.subscription.resumed",
        /// An invoice was paid.
        InvoicePaid = "invoice.paid",
        /// A subscription payment succeeded.
        InvoicePaymentSucceeded = "invoice.payment_succeeded",
        /// A subscription payment failed.
        InvoicePaymentFailed = "invoice.payment_failed",
        /// A new invoice was created.
        InvoiceCreated = "invoice.created",
        /// An invoice is about to be created.
        InvoiceUpcoming = "invoice.upcoming",
        /// An initial payment succeeded.
        PaymentIntentSucceeded = "payment_intent.succeeded",
        /// An initial payment failed.
        PaymentIntentPaymentFailed = "payment_intent.payment_failed",
        /// An identity verification succeeded.
        IdentityVerificationSessionVerified = "identity.verification_session.verified",
        /// An identity verification is being processed.
        IdentityVerificationSessionProcessing = "identity.verification_session.processing",
        /// An identity verification needs more input.
        IdentityVerificationSessionRequiresInput = "identity.verification_session.requires_input",
    }
}
