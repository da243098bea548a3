//! Upsells: offers shown after a purchase.

use std::fmt::Display;

use crate::types::{CreateUpsellParams, MessageResponse, UpdateUpsellParams, Upsell, UpsellsResponse};
use crate::{Pocketsflow, Result};

/// Upsells, from [`Pocketsflow::upsells`].
#[derive(Debug, Clone, Copy)]
pub struct Upsells<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Upsells<'_> {
    /// Lists all upsells, with the sales they produced. `GET /upsells`
    pub async fn list(self) -> Result<UpsellsResponse> {
        self.pf.call(async |raw| raw.upsells_list().send().await).await
    }

    /// Gets an upsell. `GET /upsells/{id}`
    pub async fn get(self, id: &str) -> Result<Upsell> {
        self.pf.call_id("upsell id", id, async |raw, id| raw.upsells_get().id(id).send().await).await
    }

    /// Creates an upsell. `POST /upsells`
    pub async fn create<P>(self, params: P) -> Result<Upsell>
    where
        P: TryInto<CreateUpsellParams>,
        P::Error: Display,
    {
        let body: CreateUpsellParams = crate::validate::body(params)?;
        self.pf.call(async |raw| raw.upsells_create().body(body).send().await).await
    }

    /// Updates an upsell. `POST /upsells/{id}`
    pub async fn update<P>(self, id: &str, params: P) -> Result<Upsell>
    where
        P: TryInto<UpdateUpsellParams>,
        P::Error: Display,
    {
        let body: UpdateUpsellParams = crate::validate::body(params)?;
        self.pf.call_id("upsell id", id, async |raw, id| raw.upsells_update().id(id).body(body).send().await).await
    }

    /// Deletes an upsell. `DELETE /upsells/{id}`
    pub async fn delete(self, id: &str) -> Result<MessageResponse> {
        self.pf.call_id("upsell id", id, async |raw, id| raw.upsells_delete().id(id).send().await).await
    }
}
