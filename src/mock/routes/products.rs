//! The products: list, get, create, update, delete.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Extension;
use serde_json::json;

use super::delivery::emit;
use super::{check_price_range, get_of, list_of, message, not_found, ok, parse, Mode, Reply, S};
use crate::mock::store::USER_ID;
use crate::types::*;

pub(super) async fn products_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    list_of(&s.store().products, m)
}

pub(super) async fn products_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().products, &id, m, "Product")
}

pub(super) async fn products_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateProductParams = parse(&body)?;
    check_price_range(p.min_price, p.max_price)?;
    let product = {
        let mut st = s.store();
        let now = s.clock().iso();
        let product = Product {
            id: st.id(),
            user_id: USER_ID.to_owned(),
            name: p.name.into(),
            description: p.description,
            subtitle: p.subtitle,
            price: p.price,
            currency: p.currency.map_or_else(|| st.users[usize::from(m.test)].currency.clone(), |c| c.to_uppercase()),
            type_: p.type_.unwrap_or(ProductType::OneTime),
            billing_interval: p.billing_interval,
            active: p.active.unwrap_or(true),
            published: p.published.unwrap_or(true),
            slug: p.slug,
            thumbnail: p.thumbnail,
            images: p.images,
            files: Vec::new(),
            cta_text: p.cta_text,
            show_sales: Some(p.show_sales.unwrap_or(true)),
            show_reviews: Some(p.show_reviews.unwrap_or(true)),
            refund_policy: p.refund_policy,
            callback_url: p.callback_url,
            has_first_name: p.has_first_name,
            has_last_name: p.has_last_name,
            pay_want: p.pay_want,
            min_price: p.min_price,
            max_price: p.max_price,
            test_mode: m.test,
            created_at: now.clone(),
            updated_at: now,
        };
        st.products.insert(product.id.clone(), product.clone());
        st.user_mut(m.test).created_first_product = Some(true);
        product
    };
    emit(&s, m.test, WebhookEvent::ProductCreated, json!({"product": product}));
    ok(product)
}

pub(super) async fn products_update(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    let p: UpdateProductParams = parse(&body)?;
    let product = {
        let mut st = s.store();
        let product = st.products.get_mut(&id).filter(|p| p.test_mode == m.test).ok_or_else(|| not_found("Product"))?;
        if let Some(v) = p.name {
            product.name = v;
        }
        if let Some(v) = p.description {
            product.description = v;
        }
        if let Some(v) = p.price {
            product.price = v;
        }
        if let Some(v) = p.currency {
            product.currency = v.to_uppercase();
        }
        if let Some(v) = p.active {
            product.active = v;
        }
        if let Some(v) = p.published {
            product.published = v;
        }
        product.updated_at = s.clock().iso();
        product.clone()
    };
    emit(&s, m.test, WebhookEvent::ProductUpdated, json!({"product": product}));
    ok(product)
}

pub(super) async fn products_delete(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
) -> Reply {
    {
        let mut st = s.store();
        if st.products.get(&id).filter(|p| p.test_mode == m.test).is_none() {
            return Err(not_found("Product"));
        }
        st.products.remove(&id);
        st.variants.retain(|_, v| v.product_id != id);
    }
    emit(&s, m.test, WebhookEvent::ProductDeleted, json!({"product": {"_id": id}}));
    message("Product deleted successfully")
}
