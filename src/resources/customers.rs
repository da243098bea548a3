//! Customers: buyers, aggregated over their orders.

use crate::paginate::{nth_page, ListAll, Page};
use crate::types::{Customer, CustomerSortBy, SortOrder};
use crate::{Pocketsflow, Result};

/// Customers, from [`Pocketsflow::customers`].
#[derive(Debug, Clone, Copy)]
pub struct Customers<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

/// Filters, order and window of [`Customers::list`]. Every field is optional.
///
/// ```
/// use pocketsflow::types::{CustomerSortBy, ListCustomersParams, SortOrder};
/// let params = ListCustomersParams::default().sort_by(CustomerSortBy::CreatedAt).sort_order(SortOrder::Desc).limit(100);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListCustomersParams {
    /// Only the customer with this email.
    pub email: Option<String>,
    /// Only customers of this product.
    pub product_id: Option<String>,
    /// Field to sort by.
    pub sort_by: Option<CustomerSortBy>,
    /// Sort direction.
    pub sort_order: Option<SortOrder>,
    /// At most this many customers.
    pub limit: Option<u32>,
    /// Skip this many customers.
    pub offset: Option<u32>,
}

impl ListCustomersParams {
    /// Sets `email`.
    pub fn email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }
    /// Sets `product_id`.
    pub fn product_id(mut self, product_id: impl Into<String>) -> Self {
        self.product_id = Some(product_id.into());
        self
    }
    /// Sets `sort_by`.
    pub fn sort_by(mut self, sort_by: CustomerSortBy) -> Self {
        self.sort_by = Some(sort_by);
        self
    }
    /// Sets `sort_order`.
    pub fn sort_order(mut self, sort_order: SortOrder) -> Self {
        self.sort_order = Some(sort_order);
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }
    /// Sets `offset`.
    pub fn offset(mut self, offset: u32) -> Self {
        self.offset = Some(offset);
        self
    }
}

impl Customers<'_> {
    /// Lists customers. `GET /customers`
    pub async fn list(self, params: ListCustomersParams) -> Result<Vec<Customer>> {
        self.pf
            .call(async |raw| {
                let mut request = raw.customers_list();
                if let Some(email) = params.email {
                    request = request.email(email);
                }
                if let Some(product_id) = params.product_id {
                    request = request.product_id(product_id);
                }
                if let Some(sort_by) = params.sort_by {
                    request = request.sort_by(sort_by);
                }
                if let Some(sort_order) = params.sort_order {
                    request = request.sort_order(sort_order);
                }
                if let Some(limit) = params.limit {
                    request = request.limit(limit);
                }
                if let Some(offset) = params.offset {
                    request = request.offset(offset);
                }
                request.send().await
            })
            .await
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
