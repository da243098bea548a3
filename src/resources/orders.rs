//! Orders: completed purchases, listed a page at a time.

use crate::paginate::{nth_page, ListAll, Page};
use crate::types::{Order, OrdersResponse};
use crate::{Pocketsflow, Result};

/// Orders, from [`Pocketsflow::orders`].
#[derive(Debug, Clone, Copy)]
pub struct Orders<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

/// Filters and page of [`Orders::list`]. Every field is optional; the API defaults to page 1 of 20.
///
/// ```
/// let params = pocketsflow::types::ListOrdersParams::default().page(2).page_size(50).start_date("2024-01-01");
/// assert_eq!(params.page, Some(2));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListOrdersParams {
    /// Page number, from 1.
    pub page: Option<u32>,
    /// Orders per page.
    pub page_size: Option<u32>,
    /// Only orders created on or after this ISO 8601 date.
    pub start_date: Option<String>,
    /// Only orders created on or before this ISO 8601 date.
    pub end_date: Option<String>,
    /// Only orders of this product.
    pub product_id: Option<String>,
}

impl ListOrdersParams {
    /// Sets `page`.
    pub fn page(mut self, page: u32) -> Self {
        self.page = Some(page);
        self
    }
    /// Sets `page_size`.
    pub fn page_size(mut self, page_size: u32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// Sets `start_date`.
    pub fn start_date(mut self, date: impl Into<String>) -> Self {
        self.start_date = Some(date.into());
        self
    }
    /// Sets `end_date`.
    pub fn end_date(mut self, date: impl Into<String>) -> Self {
        self.end_date = Some(date.into());
        self
    }
    /// Sets `product_id`.
    pub fn product_id(mut self, product_id: impl Into<String>) -> Self {
        self.product_id = Some(product_id.into());
        self
    }
}

impl Orders<'_> {
    /// Lists one page of orders, with its pagination. `GET /orders`
    ///
    /// A page number or size of 0 is an invalid-input error, sent nowhere.
    pub async fn list(self, params: ListOrdersParams) -> Result<OrdersResponse> {
        self.pf
            .call(async |raw| {
                let mut request = raw.orders_list();
                if let Some(page) = params.page {
                    request = request.page(page);
                }
                if let Some(page_size) = params.page_size {
                    request = request.page_size(page_size);
                }
                if let Some(start_date) = params.start_date {
                    request = request.start_date(start_date);
                }
                if let Some(end_date) = params.end_date {
                    request = request.end_date(end_date);
                }
                if let Some(product_id) = params.product_id {
                    request = request.product_id(product_id);
                }
                request.send().await
            })
            .await
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
