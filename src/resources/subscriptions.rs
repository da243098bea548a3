//! Subscriptions: buyers' recurring purchases (of the offers in [`subscription_offers`](super::subscription_offers)).
//!
//! The API serves them under `/orders/subscriptions` (and lists them with a `POST`), while `/subscriptions` is
//! where the offers live: these methods call the paths the official Node SDK calls, which are the ones
//! production answers.

use crate::types::{ListSubscriptionsParams, MessageResponse, Subscription, SubscriptionsResponse};
use crate::{Pocketsflow, Result};

/// Subscriptions, from [`Pocketsflow::subscriptions`].
#[derive(Debug, Clone, Copy)]
pub struct Subscriptions<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Subscriptions<'_> {
    /// Lists one page of subscriptions. `POST /orders/subscriptions` (the filters travel as the JSON body).
    ///
    /// ```no_run
    /// # async fn run(pf: pocketsflow::Pocketsflow) -> pocketsflow::Result<()> {
    /// use pocketsflow::types::{ListSubscriptionsParams, SubscriptionStatus};
    /// let all = pf.subscriptions().list(ListSubscriptionsParams::default()).await?;
    /// let active = pf.subscriptions()
    ///     .list(ListSubscriptionsParams::default().status(SubscriptionStatus::Active).page_size(50))
    ///     .await?;
    /// for subscription in active.items() {
    ///     println!("{} {}", subscription.id, subscription.status);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn list(self, params: ListSubscriptionsParams) -> Result<SubscriptionsResponse> {
        let body = params.into_body()?;
        self.pf.call(async |raw| raw.subscriptions_list().body(body).send().await).await
    }

    /// Gets a subscription. `GET /orders/subscriptions/{id}`
    pub async fn get(self, id: &str) -> Result<Subscription> {
        self.pf.call_id("subscription id", id, async |raw, id| raw.subscriptions_get().id(id).send().await).await
    }

    /// Cancels a subscription, by its Stripe id. `POST /orders/subscriptions/cancel/{stripeSubscriptionId}`
    pub async fn cancel(self, stripe_subscription_id: &str) -> Result<MessageResponse> {
        self.pf
            .call_id("stripe subscription id", stripe_subscription_id, async |raw, id| {
                raw.subscriptions_cancel().stripe_subscription_id(id).send().await
            })
            .await
    }

    /// Refunds a subscription, by its Stripe id. `POST /orders/subscriptions/refund/{stripeSubscriptionId}`
    pub async fn refund(self, stripe_subscription_id: &str) -> Result<MessageResponse> {
        self.pf
            .call_id("stripe subscription id", stripe_subscription_id, async |raw, id| {
                raw.subscriptions_refund().stripe_subscription_id(id).send().await
            })
            .await
    }
}

impl SubscriptionsResponse {
    /// The subscriptions of this page, whichever field (`subscriptions` or `data`) the API filled.
    pub fn items(&self) -> &[Subscription] {
        if self.subscriptions.is_empty() {
            &self.data
        } else {
            &self.subscriptions
        }
    }
}
