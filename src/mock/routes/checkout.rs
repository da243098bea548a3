//! Checkout sessions: the seller's call that opens one, after checking its product and discount code.

use axum::body::Bytes;
use axum::extract::State;
use axum::Extension;

use super::{ok, parse, refused, unknown, Mode, Reply, S};
use crate::error::codes;
use crate::mock::dates;
use crate::mock::store::Session;
use crate::types::*;

pub(super) async fn checkout_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateCheckoutParams = parse(&body)?;
    let mut st = s.store();
    let product_id: &str = &p.product_id;
    let for_sale = match (st.products.get(product_id), st.offers.get(product_id)) {
        (Some(x), _) if x.test_mode == m.test => x.published && x.active,
        (_, Some(x)) if x.test_mode == m.test => x.published != Some(false),
        _ => return Err(unknown("productId", "Product", product_id)),
    };
    if !for_sale {
        return Err(refused(
            codes::PRODUCT_NOT_FOR_SALE,
            format!("`productId` {product_id:?}: the product is not published, it is not for sale"),
        ));
    }
    let discount_id = match p.discount_code.as_ref().and_then(Option::as_ref) {
        None => None,
        Some(code) => {
            let discount = st
                .discounts
                .values()
                .find(|d| d.test_mode == m.test && d.code.eq_ignore_ascii_case(code))
                .ok_or_else(|| unknown("discountCode", "Discount", code))?;
            let expired =
                discount.expiration.as_deref().and_then(dates::parse).is_some_and(|end| end.last < s.clock().millis());
            let refusal = if !discount.active {
                Some((codes::DISCOUNT_INACTIVE, "is not active"))
            } else if expired {
                Some((codes::DISCOUNT_EXPIRED, "has expired"))
            } else if !discount.main_product_ids.iter().any(|id| id == product_id) {
                Some((codes::DISCOUNT_NOT_FOR_PRODUCT, "does not apply to this product"))
            } else {
                None
            };
            if let Some((rule, refusal)) = refusal {
                return Err(refused(rule, format!("`discountCode` {code:?} {refusal}")));
            }
            Some(discount.id.clone())
        }
    };
    let id = st.token(if m.test { "cs_test_" } else { "cs_live_" });
    st.sessions.insert(
        id.clone(),
        Session {
            test_mode: m.test,
            product_id: p.product_id.into(),
            customer_email: p.customer_email.flatten(),
            discount_id,
            metadata: p.metadata,
            order_id: None,
            success_url: p.success_url,
            cancel_url: p.cancel_url,
            expires_at: s.clock().unix().saturating_add(crate::mock::CHECKOUT_SESSION_LIFETIME.as_secs()),
        },
    );
    let url = format!("{}/checkout/{id}", s.base_url);
    ok(CheckoutSession { id, url })
}
