//! Orders: completed purchases, listed a page at a time.

use crate::types::{ListOrdersParams, Order, OrdersResponse};
use crate::{Pocketsflow, Result};

/// Orders, from [`Pocketsflow::orders`].
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Orders<'_> {
    /// Lists one page of orders, with its pagination. `GET /orders`
    ///
    /// A page number or size of 0 is an invalid-input error, sent nowhere.
    pub async fn list(self, params: ListOrdersParams) -> Result<OrdersResponse> {
        self.pf.call(async |raw| params.apply(raw.orders_list()).send().await).await
    }

    /// Gets an order. `GET /orders/{id}`
    pub async fn get(self, id: &str) -> Result<Order> {
        self.pf.call_id("order id", id, async |raw, id| raw.orders_get().id(id).send().await).await
    }
}
