//! Customers: buyers, aggregated over their orders.

use crate::paginate::{nth_page, ListAll, Page};
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

    /// Every customer matching `params`, as a lazy stream, fetched `limit` at a time (default 100) from
    /// `offset` on, until a window comes back short (see [`ListAll`]).
    pub fn list_all(self, params: ListCustomersParams) -> ListAll<Customer> {
        let pf = self.pf.clone();
        let limit = params.limit.filter(|l| *l > 0).unwrap_or(100);
        let start = params.offset.unwrap_or(0);
        ListAll::new(move |index| {
            let pf = pf.clone();
            let params = nth_page(start, index, limit).map(|offset| params.clone().limit(limit).offset(offset));
            async move {
                let items = pf.customers().list(params?).await?;
                let has_more = items.len() >= limit as usize;
                Ok(Page { index, items, pagination: None, has_more })
            }
        })
    }

    /// Gets a customer. `GET /customers/{id}`
    pub async fn get(self, id: &str) -> Result<Customer> {
        self.pf.call_id("customer id", id, async |raw, id| raw.customers_get().id(id).send().await).await
    }
}
