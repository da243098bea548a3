//! Reviews: product reviews and ratings.

use crate::types::{ListReviewsParams, Review};
use crate::{Pocketsflow, Result};

/// Reviews, from [`Pocketsflow::reviews`].
#[derive(Debug, Clone, Copy)]
pub struct Reviews<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Reviews<'_> {
    /// Lists reviews, all of them or one product's. `GET /reviews`
    pub async fn list(self, params: ListReviewsParams) -> Result<Vec<Review>> {
        self.pf.call(async |raw| params.apply(raw.reviews_list()).send().await).await
    }
}
