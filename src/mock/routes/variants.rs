//! The variants of a product: create, delete.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Extension;

use super::{message, not_found, ok, parse, unknown, Mode, Reply, S};
use crate::types::*;

pub(super) async fn variants_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateVariantParams = parse(&body)?;
    let mut st = s.store();
    if st.products.get(p.product_id.as_str()).filter(|x| x.test_mode == m.test).is_none() {
        return Err(unknown("productId", "Product", &p.product_id));
    }
    let now = s.clock().iso();
    let variant = ProductVariant {
        id: st.id(),
        product_id: p.product_id.into(),
        name: p.name.into(),
        price: p.price,
        description: p.description,
        active: true,
        created_at: now.clone(),
        updated_at: now,
    };
    st.variants.insert(variant.id.clone(), variant.clone());
    ok(variant)
}

pub(super) async fn variants_delete(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
) -> Reply {
    let mut st = s.store();
    let owned =
        st.variants.get(&id).is_some_and(|v| st.products.get(&v.product_id).is_some_and(|p| p.test_mode == m.test));
    if !owned {
        return Err(not_found("Variant"));
    }
    st.variants.remove(&id);
    message("Variant deleted successfully")
}
