//! Products: the digital goods you sell.

use std::fmt::Display;

use crate::types::{CreateProductParams, MessageResponse, Product, UpdateProductParams};
use crate::{Pocketsflow, Result};

/// Products, from [`Pocketsflow::products`].
#[derive(Debug, Clone, Copy)]
pub struct Products<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Products<'_> {
    /// Lists all products. `GET /products`
    pub async fn list(self) -> Result<Vec<Product>> {
        self.pf.call(async |raw| raw.products_list().send().await).await
    }

    /// Gets a product. `GET /products/{id}`
    pub async fn get(self, id: &str) -> Result<Product> {
        self.pf.call_id("product id", id, async |raw, id| raw.products_get().id(id).send().await).await
    }

    /// Creates a product. `POST /products`
    ///
    /// Takes a [`CreateProductParams`] or its builder; a builder missing `name` or `price` is an
    /// invalid-input error, sent nowhere.
    ///
    /// ```no_run
    /// # async fn run(pf: pocketsflow::Pocketsflow) -> pocketsflow::Result<()> {
    /// use pocketsflow::types::CreateProductParams;
    /// let product = pf.products()
    ///     .create(CreateProductParams::builder().name("Premium Course").price(99.99))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn create<P>(self, params: P) -> Result<Product>
    where
        P: TryInto<CreateProductParams>,
        P::Error: Display,
    {
        let body: CreateProductParams = crate::validate::body(params)?;
        self.pf.call(async |raw| raw.products_create().body(body).send().await).await
    }

    /// Updates a product. `POST /products/update/{id}`
    pub async fn update<P>(self, id: &str, params: P) -> Result<Product>
    where
        P: TryInto<UpdateProductParams>,
        P::Error: Display,
    {
        let body: UpdateProductParams = crate::validate::body(params)?;
        self.pf.call_id("product id", id, async |raw, id| raw.products_update().id(id).body(body).send().await).await
    }

    /// Deletes a product. `DELETE /products/{id}`
    pub async fn delete(self, id: &str) -> Result<MessageResponse> {
        self.pf.call_id("product id", id, async |raw, id| raw.products_delete().id(id).send().await).await
    }
}
