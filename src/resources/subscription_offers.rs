//! Subscription offers: the recurring products a seller sells.
//!
//! The API serves them under `/subscriptions`; the subscriptions buyers hold are under `/orders/subscriptions`
//! ([`subscriptions`](super::subscriptions)), the paths the official Node SDK calls.

use std::fmt::Display;

use crate::types::{CreateSubscriptionOfferParams, SubscriptionOffer};
use crate::{Pocketsflow, Result};

/// Subscription offers, from [`Pocketsflow::subscription_offers`].
#[derive(Debug, Clone, Copy)]
pub struct SubscriptionOffers<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl SubscriptionOffers<'_> {
    /// Lists all subscription offers. `GET /subscriptions`
    pub async fn list(self) -> Result<Vec<SubscriptionOffer>> {
        self.pf.call(async |raw| raw.subscription_offers_list().send().await).await
    }

    /// Gets a subscription offer. `GET /subscriptions/{id}`
    pub async fn get(self, id: &str) -> Result<SubscriptionOffer> {
        self.pf
            .call_id("subscription offer id", id, async |raw, id| raw.subscription_offers_get().id(id).send().await)
            .await
    }

    /// Creates a subscription offer. `POST /subscriptions`
    pub async fn create<P>(self, params: P) -> Result<SubscriptionOffer>
    where
        P: TryInto<CreateSubscriptionOfferParams>,
        P::Error: Display,
    {
        let body: CreateSubscriptionOfferParams = crate::validate::body(params)?;
        self.pf.call(async |raw| raw.subscription_offers_create().body(body).send().await).await
    }
}
