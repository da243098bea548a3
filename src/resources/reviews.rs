//! Reviews: product reviews and ratings.

use crate::types::Review;
use crate::{Pocketsflow, Result};

/// Reviews, from [`Pocketsflow::reviews`].
#[derive(Debug, Clone, Copy)]
pub struct Reviews<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

/// Filter of [`Reviews::list`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListReviewsParams {
    /// Only reviews of this product.
    pub product_id: Option<String>,
}

impl ListReviewsParams {
    /// Sets `product_id`.
    pub fn product_id(mut self, product_id: impl Into<String>) -> Self {
        self.product_id = Some(product_id.into());
        self
    }
}

impl Reviews<'_> {
    /// Lists reviews, all of them or one product's. `GET /reviews`
    pub async fn list(self, params: ListReviewsParams) -> Result<Vec<Review>> {
        self.pf
            .call(async |raw| {
                let mut request = raw.reviews_list();
                if let Some(product_id) = params.product_id {
                    request = request.product_id(product_id);
                }
                request.send().await
            })
            .await
    }
}
