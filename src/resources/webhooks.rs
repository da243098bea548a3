//! Webhooks: the endpoints that receive events (registering them). Receiving and verifying deliveries is
//! [`crate::events`] ([`Verifier`](crate::events::Verifier), the axum extractor, typed [`Event`](crate::events::Event)s).

use std::fmt::Display;

use crate::types::{CreateWebhookParams, MessageResponse, UpdateWebhookParams, Webhook};
use crate::{Pocketsflow, Result};

/// Webhook endpoints, from [`Pocketsflow::webhooks`].
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Webhooks<'_> {
    /// Lists all webhooks. `GET /webhooks`
    pub async fn list(self) -> Result<Vec<Webhook>> {
        self.pf.call(async |raw| raw.webhooks_list().send().await).await
    }

    /// Gets a webhook. `GET /webhooks/{id}`
    pub async fn get(self, id: &str) -> Result<Webhook> {
        self.pf.call_id("webhook id", id, async |raw, id| raw.webhooks_get().id(id).send().await).await
    }

    /// Creates a webhook. `POST /webhooks`
    pub async fn create<P>(self, params: P) -> Result<Webhook>
    where
        P: TryInto<CreateWebhookParams>,
        P::Error: Display,
    {
        let body: CreateWebhookParams = crate::validate::body(params)?;
        self.pf.call(async |raw| raw.webhooks_create().body(body).send().await).await
    }

    /// Updates a webhook. `PUT /webhooks/{id}`
    pub async fn update<P>(self, id: &str, params: P) -> Result<Webhook>
    where
        P: TryInto<UpdateWebhookParams>,
        P::Error: Display,
    {
        let body: UpdateWebhookParams = crate::validate::body(params)?;
        self.pf.call_id("webhook id", id, async |raw, id| raw.webhooks_update().id(id).body(body).send().await).await
    }

    /// Deletes a webhook. `DELETE /webhooks/{id}`
    pub async fn delete(self, id: &str) -> Result<MessageResponse> {
        self.pf.call_id("webhook id", id, async |raw, id| raw.webhooks_delete().id(id).send().await).await
    }

    /// Sends a test event to a webhook. `POST /webhooks/{id}/test`
    pub async fn test(self, id: &str) -> Result<MessageResponse> {
        self.pf.call_id("webhook id", id, async |raw, id| raw.webhooks_test().id(id).send().await).await
    }
}
