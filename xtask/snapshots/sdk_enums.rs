// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.

open_enum! {
    /// Whether a product is sold once or as a subscription.
    pub enum ProductType {
        /// Sold once.
        OneTime = "one-time",
        /// Sold as a subscription.
        Subscription = "subscription",
    }
}
open_enum! {
    /// Billing interval of a subscription product.
    pub enum BillingInterval {
        /// Monthly.
        Month = "month",
        /// Yearly.
        Year = "year",
    }
}
open_enum! {
    /// Field to sort customers by.
    pub enum CustomerSortBy {
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
    pub enum SortOrder {
        /// Ascending.
        Asc = "asc",
        /// Descending.
        Desc = "desc",
    }
}
open_enum! {
    /// How a discount's value is applied.
    pub enum DiscountValueType {
        /// A percentage of the price (0 to 100).
        Percentage = "percentage",
        /// A fixed amount off the price.
        Fixed = "fixed",
    }
}
open_enum! {
    /// State of a subscription.
    pub enum SubscriptionStatus {
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
    pub enum SubscriptionFrequency {
        /// Every week.
        Weekly = "weekly",
        /// Every month.
        Monthly = "monthly",
        /// Every year.
        Yearly = "yearly",
    }
}
open_enum! {
    /// Name of an event a webhook can subscribe to.
    pub enum WebhookEvent {
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
open_enum! {
    /// State of a refund.
    pub enum RefundStatus {
        /// Requested, not yet processed.
        Pending = "pending",
        /// Money returned.
        Completed = "completed",
        /// The refund failed.
        Failed = "failed",
    }
}
/// Every open enum generated from the spec, by schema name, with its documented values.
#[doc(hidden)]
pub const GENERATED: &[(&str, &[&str])] = &[
    ("ProductType", <ProductType as OpenEnum>::VALUES),
    ("BillingInterval", <BillingInterval as OpenEnum>::VALUES),
    ("CustomerSortBy", <CustomerSortBy as OpenEnum>::VALUES),
    ("SortOrder", <SortOrder as OpenEnum>::VALUES),
    ("DiscountValueType", <DiscountValueType as OpenEnum>::VALUES),
    ("SubscriptionStatus", <SubscriptionStatus as OpenEnum>::VALUES),
    ("SubscriptionFrequency", <SubscriptionFrequency as OpenEnum>::VALUES),
    ("WebhookEvent", <WebhookEvent as OpenEnum>::VALUES),
    ("RefundStatus", <RefundStatus as OpenEnum>::VALUES),
];
