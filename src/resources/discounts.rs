//! Discounts: codes buyers enter at checkout.

use std::fmt::Display;

use crate::types::{CreateDiscountParams, Discount, MessageResponse, UpdateDiscountParams};
use crate::{Pocketsflow, Result};

/// Discounts, from [`Pocketsflow::discounts`].
#[derive(Debug, Clone, Copy)]
pub struct Discounts<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Discounts<'_> {
    /// Lists all discounts. `GET /discounts`
    pub async fn list(self) -> Result<Vec<Discount>> {
        self.pf.call(async |raw| raw.discounts_list().send().await).await
    }

    /// Gets a discount. `GET /discounts/{id}`
    pub async fn get(self, id: &str) -> Result<Discount> {
        self.pf.call_id("discount id", id, async |raw, id| raw.discounts_get().id(id).send().await).await
    }

    /// Creates a discount. `POST /discounts`
    pub async fn create<P>(self, params: P) -> Result<Discount>
    where
        P: TryInto<CreateDiscountParams>,
        P::Error: Display,
    {
        let body: CreateDiscountParams = crate::validate::body(params)?;
        self.pf.call(async |raw| raw.discounts_create().body(body).send().await).await
    }

    /// Updates a discount. `POST /discounts/{id}`
    pub async fn update<P>(self, id: &str, params: P) -> Result<Discount>
    where
        P: TryInto<UpdateDiscountParams>,
        P::Error: Display,
    {
        let body: UpdateDiscountParams = crate::validate::body(params)?;
        self.pf.call_id("discount id", id, async |raw, id| raw.discounts_update().id(id).body(body).send().await).await
    }

    /// Deletes a discount. `DELETE /discounts/{id}`
    pub async fn delete(self, id: &str) -> Result<MessageResponse> {
        self.pf.call_id("discount id", id, async |raw, id| raw.discounts_delete().id(id).send().await).await
    }
}
