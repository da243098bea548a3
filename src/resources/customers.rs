//! Customers: buyers, aggregated over their orders.

use crate::types::{Customer, ListCustomersParams};
use crate::{Pocketsflow, Result};

/// Customers, from [`Pocketsflow::customers`].
#[derive(Debug, Clone, Copy)]
pub struct Customers<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Customers<'_> {
    /// Lists customers. `GET /customers`
    pub async fn list(self, params: ListCustomersParams) -> Result<Vec<Customer>> {
        self.pf.call(async |raw| params.apply(raw.customers_list()).send().await).await
    }

    /// Gets a customer. `GET /customers/{id}`
    pub async fn get(self, id: &str) -> Result<Customer> {
        self.pf.call_id("customer id", id, async |raw, id| raw.customers_get().id(id).send().await).await
    }
}
