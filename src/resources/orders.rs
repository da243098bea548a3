//! Orders: completed purchases, listed a page at a time.

use crate::paginate::{nth_page, ListAll, Page};
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

    /// Every order matching `params`, as a lazy stream, fetching pages from `params.page` (default 1) on until
    /// the API says there is no more. See [`ListAll`] for prefetching and de-duplication.
    pub fn list_all(self, params: ListOrdersParams) -> ListAll<Order> {
        let pf = self.pf.clone();
        let first = params.page.unwrap_or(1);
        ListAll::new(move |index| {
            let pf = pf.clone();
            let params = nth_page(first, index, 1).map(|page| params.clone().page(page));
            async move {
                let page = pf.orders().list(params?).await?;
                let has_more = page.pagination.has_more;
                Ok(Page { index, items: page.orders, pagination: Some(page.pagination), has_more })
            }
        })
    }

    /// Gets an order. `GET /orders/{id}`
    pub async fn get(self, id: &str) -> Result<Order> {
        self.pf.call_id("order id", id, async |raw, id| raw.orders_get().id(id).send().await).await
    }
}
