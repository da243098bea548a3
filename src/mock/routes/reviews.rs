//! The reviews: the list, and the review a buyer adds ([`crate::mock::MockServer::add_review`]).

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::Extension;
use serde_json::json;

use super::delivery::emit;
use super::{bad, not_found, ok, ErrorReply, Mode, Reply, S};
use crate::mock::store::USER_ID;
use crate::types::*;

pub(super) async fn reviews_list(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let product_id = q.get("productId");
    ok(s.store()
        .reviews
        .values()
        .filter(|r| r.test_mode == m.test && product_id.is_none_or(|p| &r.product_id == p))
        .collect::<Vec<_>>())
}

pub(crate) fn add_review(s: &S, product_id: &str, email: &str, rating: f64, text: &str) -> Result<Review, ErrorReply> {
    if !(1.0..=5.0).contains(&rating) {
        return Err(bad("`rating` must be between 1 and 5"));
    }
    let review = {
        let mut st = s.store();
        let test_mode = st.products.get(product_id).ok_or_else(|| not_found("Product"))?.test_mode;
        let review = Review {
            id: st.id(),
            product_id: product_id.to_owned(),
            user_id: USER_ID.to_owned(),
            buyer_email: email.to_owned(),
            rating,
            review: Some(text.to_owned()),
            test_mode,
            created_at: s.clock().iso(),
        };
        st.reviews.insert(review.id.clone(), review.clone());
        review
    };
    emit(s, review.test_mode, WebhookEvent::ReviewCreated, json!({"review": review}));
    Ok(review)
}
