//! Refunds: money returned on an order.

use std::fmt::Display;

use crate::types::{CreateRefundParams, Refund};
use crate::{Pocketsflow, Result};

/// Refunds, from [`Pocketsflow::refunds`].
#[derive(Debug, Clone, Copy)]
pub struct Refunds<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Refunds<'_> {
    /// Lists all refunds. `GET /refunds`
    pub async fn list(self) -> Result<Vec<Refund>> {
        self.pf.call(async |raw| raw.refunds_list().send().await).await
    }

    /// Gets a refund. `GET /refunds/{id}`
    pub async fn get(self, id: &str) -> Result<Refund> {
        self.pf.call_id("refund id", id, async |raw, id| raw.refunds_get().id(id).send().await).await
    }

    /// Refunds an order, in full unless `amount` is given. `POST /refunds`
    pub async fn create<P>(self, params: P) -> Result<Refund>
    where
        P: TryInto<CreateRefundParams>,
        P::Error: Display,
    {
        let body: CreateRefundParams = crate::validate::body(params)?;
        self.pf.call(async |raw| raw.refunds_create().body(body).send().await).await
    }
}
