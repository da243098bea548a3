//! Product variants: pricing tiers or versions of a product.

use std::fmt::Display;

use crate::types::{CreateVariantParams, MessageResponse, ProductVariant};
use crate::{Pocketsflow, Result};

/// Product variants, from [`Pocketsflow::variants`].
#[derive(Debug, Clone, Copy)]
pub struct Variants<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Variants<'_> {
    /// Creates a variant. `POST /products/variants`
    pub async fn create<P>(self, params: P) -> Result<ProductVariant>
    where
        P: TryInto<CreateVariantParams>,
        P::Error: Display,
    {
        let body: CreateVariantParams = crate::validate::body(params)?;
        self.pf.call(async |raw| raw.variants_create().body(body).send().await).await
    }

    /// Deletes a variant. `DELETE /products/variants/{id}`
    pub async fn delete(self, id: &str) -> Result<MessageResponse> {
        self.pf.call_id("variant id", id, async |raw, id| raw.variants_delete().id(id).send().await).await
    }
}
