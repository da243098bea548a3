// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.

/// The parameters of `GET /orders` (List orders, one page at a time). Every field is optional; setters chain.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrdersParams {
    /// Page number, starting at 1. Default 1.
    pub page: Option<u32>,
    /// Items per page, 1 to 1000. Default 20.
    pub page_size: Option<u32>,
    /// Only items created on or after this ISO 8601 date (`2024-01-01`; a date and time such as `2024-01-01T12:00:00Z` is read too).
    pub start_date: Option<String>,
    /// Only items created on or before this ISO 8601 date (`2024-12-31`, the whole day; a date and time such as `2024-12-31T12:00:00Z` is read too).
    pub end_date: Option<String>,
    /// Only items of this product.
    pub product_id: Option<String>,
}
impl ListOrdersParams {
    /// Sets `page`.
    pub fn page(mut self, value: u32) -> Self {
        self.page = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: u32) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `productId`.
    pub fn product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self
    }
    /// Forwards the fields that are set to the generated request.
    pub(crate) fn apply<'a>(
        self,
        request: crate::raw::builder::OrdersList<'a>,
    ) -> crate::raw::builder::OrdersList<'a> {
        let request = match self.page {
            Some(value) => request.page(value),
            None => request,
        };
        let request = match self.page_size {
            Some(value) => request.page_size(value),
            None => request,
        };
        let request = match self.start_date {
            Some(value) => request.start_date(value),
            None => request,
        };
        let request = match self.end_date {
            Some(value) => request.end_date(value),
            None => request,
        };
        let request = match self.product_id {
            Some(value) => request.product_id(value),
            None => request,
        };
        request
    }
}
/// The parameters of `GET /customers` (List customers). Every field is optional; setters chain.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCustomersParams {
    /// Only the customer with this email.
    pub email: Option<String>,
    /// Only items of this product.
    pub product_id: Option<String>,
    /// Field to sort customers by.
    pub sort_by: Option<crate::types::CustomerSortBy>,
    /// Sort direction.
    pub sort_order: Option<crate::types::SortOrder>,
    /// Maximum number of customers returned, 1 to 1000. Default all of them.
    pub limit: Option<u32>,
    /// Number of customers skipped. Default 0.
    pub offset: Option<u32>,
}
impl ListCustomersParams {
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `productId`.
    pub fn product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self
    }
    /// Sets `sortBy`.
    pub fn sort_by(mut self, value: impl Into<crate::types::CustomerSortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }
    /// Sets `sortOrder`.
    pub fn sort_order(mut self, value: impl Into<crate::types::SortOrder>) -> Self {
        self.sort_order = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: u32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets `offset`.
    pub fn offset(mut self, value: u32) -> Self {
        self.offset = Some(value);
        self
    }
    /// Forwards the fields that are set to the generated request.
    pub(crate) fn apply<'a>(
        self,
        request: crate::raw::builder::CustomersList<'a>,
    ) -> crate::raw::builder::CustomersList<'a> {
        let request = match self.email {
            Some(value) => request.email(value),
            None => request,
        };
        let request = match self.product_id {
            Some(value) => request.product_id(value),
            None => request,
        };
        let request = match self.sort_by {
            Some(value) => request.sort_by(value),
            None => request,
        };
        let request = match self.sort_order {
            Some(value) => request.sort_order(value),
            None => request,
        };
        let request = match self.limit {
            Some(value) => request.limit(value),
            None => request,
        };
        let request = match self.offset {
            Some(value) => request.offset(value),
            None => request,
        };
        request
    }
}
/// The parameters of `GET /reviews` (List reviews). Every field is optional; setters chain.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListReviewsParams {
    /// Only items of this product.
    pub product_id: Option<String>,
}
impl ListReviewsParams {
    /// Sets `productId`.
    pub fn product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self
    }
    /// Forwards the fields that are set to the generated request.
    pub(crate) fn apply<'a>(
        self,
        request: crate::raw::builder::ReviewsList<'a>,
    ) -> crate::raw::builder::ReviewsList<'a> {
        let request = match self.product_id {
            Some(value) => request.product_id(value),
            None => request,
        };
        request
    }
}
/// The parameters of `POST /orders/subscriptions` (List subscriptions, one page at a time). Every field is optional; setters chain.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSubscriptionsParams {
    /// Page number, starting at 1.
    pub page: Option<u32>,
    /// Subscriptions per page, 1 to 1000. Default 20.
    pub page_size: Option<u32>,
    /// An ISO 8601 calendar date (`2024-12-31`: the whole day, UTC) or an RFC 3339 date and time with its offset (`2024-12-31T23:59:59.000Z`). The SDK keeps it as a `String`.
    pub start_date: Option<String>,
    /// An ISO 8601 calendar date (`2024-12-31`: the whole day, UTC) or an RFC 3339 date and time with its offset (`2024-12-31T23:59:59.000Z`). The SDK keeps it as a `String`.
    pub end_date: Option<String>,
    /// State of a subscription.
    pub status: Option<crate::types::SubscriptionStatus>,
}
impl ListSubscriptionsParams {
    /// Sets `page`.
    pub fn page(mut self, value: u32) -> Self {
        self.page = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: u32) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::types::SubscriptionStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// The request body: the fields that are set, checked by the body's own type (a page of 0 is
    /// refused).
    pub(crate) fn into_body(self) -> crate::Result<crate::types::SubscriptionFilter> {
        let fields = [
            ("page", self.page.as_ref().map(crate::params::to_json).transpose()?),
            (
                "pageSize",
                self.page_size.as_ref().map(crate::params::to_json).transpose()?,
            ),
            (
                "startDate",
                self.start_date.as_ref().map(crate::params::to_json).transpose()?,
            ),
            ("endDate", self.end_date.as_ref().map(crate::params::to_json).transpose()?),
            ("status", self.status.as_ref().map(crate::params::to_json).transpose()?),
        ];
        let body = fields
            .into_iter()
            .filter_map(|(wire, value)| Some((wire.to_owned(), value?)))
            .collect();
        crate::params::from_json(body)
    }
}
