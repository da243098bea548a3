// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.

events! {
    pub enum Event {
        /// An order was completed.
        OrderCompleted(OrderEvent) = "order.completed",
        /// An order was refunded.
        OrderRefunded(OrderEvent) = "order.refunded",
        /// A product was created.
        ProductCreated(Payload) = "product.created",
        /// A product was updated.
        ProductUpdated(Payload) = "product.updated",
        /// A product was deleted.
        ProductDeleted(Payload) = "product.deleted",
        /// A review was submitted.
        ReviewCreated(Payload) = "review.created",
        /// A new customer was created.
        CustomerCreated(Payload) = "customer.created",
        /// A subscription was created.
        CustomerSubscriptionCreated(Payload) = "customer.subscription.created",
        /// A subscription's plan changed.
        CustomerSubscriptionUpdated(Payload) = "customer.subscription.updated",
        /// A subscription was canceled.
        CustomerSubscriptionDeleted(Payload) = "customer.subscription.deleted",
        /// A subscription's trial ends soon.
        CustomerSubscriptionTrialWillEnd(Payload) = "customer.subscription.trial_will_end",
        /// A subscription was paused.
        CustomerSubscriptionPause(Payload) = "customer.subscription.pause",
        /// A subscription was resumed.
        CustomerSubscriptionResumed(Payload) = "customer.subscription.resumed",
        /// An invoice was paid.
        InvoicePaid(Payload) = "invoice.paid",
        /// A subscription payment succeeded.
        InvoicePaymentSucceeded(Payload) = "invoice.payment_succeeded",
        /// A subscription payment failed.
        InvoicePaymentFailed(Payload) = "invoice.payment_failed",
        /// A new invoice was created.
        InvoiceCreated(Payload) = "invoice.created",
        /// An invoice is about to be created.
        InvoiceUpcoming(Payload) = "invoice.upcoming",
        /// An initial payment succeeded.
        PaymentIntentSucceeded(Payload) = "payment_intent.succeeded",
        /// An initial payment failed.
        PaymentIntentPaymentFailed(Payload) = "payment_intent.payment_failed",
        /// An identity verification succeeded.
        IdentityVerificationSessionVerified(
            Payload,
        ) = "identity.verification_session.verified",
        /// An identity verification is being processed.
        IdentityVerificationSessionProcessing(
            Payload,
        ) = "identity.verification_session.processing",
        /// An identity verification needs more input.
        IdentityVerificationSessionRequiresInput(
            Payload,
        ) = "identity.verification_session.requires_input",
    }
}
