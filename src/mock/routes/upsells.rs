//! The upsells: list, get, create, update, delete.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Extension;

use super::{check_products, get_of, message, not_found, ok, parse, unknown, Mode, Reply, S};
use crate::mock::store::USER_ID;
use crate::types::*;

pub(super) async fn upsells_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    let upsells = s.store().upsells.values().filter(|u| u.test_mode == m.test).cloned().collect();
    ok(UpsellsResponse { upsells, sales_with_upsells: Vec::new() })
}

pub(super) async fn upsells_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().upsells, &id, m, "Upsell")
}

pub(super) async fn upsells_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateUpsellParams = parse(&body)?;
    let mut st = s.store();
    check_products(&st, m, "mainProductIds", &p.main_product_ids)?;
    if st.products.get(p.upsell_product_id.as_str()).is_none_or(|x| x.test_mode != m.test) {
        return Err(unknown("upsellProductId", "Product", &p.upsell_product_id));
    }
    let upsell = Upsell {
        id: st.id(),
        user_id: USER_ID.to_owned(),
        name: p.name.unwrap_or_else(|| "Upsell".to_owned()),
        main_product_ids: p.main_product_ids,
        upsell_product_id: p.upsell_product_id.into(),
        upsell_price: p.upsell_price,
        upsell_description: p.upsell_description,
        primary_button_text: p.primary_button_text,
        secondary_button_text: p.secondary_button_text,
        offer: p.offer,
        active: p.active.unwrap_or(true),
        test_mode: m.test,
        created_at: s.clock().iso(),
    };
    st.upsells.insert(upsell.id.clone(), upsell.clone());
    ok(upsell)
}

/// Updates check what create checks, before anything is stored; `null` removes an optional text.
pub(super) async fn upsells_update(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    let p: UpdateUpsellParams = parse(&body)?;
    let mut st = s.store();
    let mut u = st.upsells.get(&id).filter(|u| u.test_mode == m.test).cloned().ok_or_else(|| not_found("Upsell"))?;
    if !p.main_product_ids.is_empty() {
        check_products(&st, m, "mainProductIds", &p.main_product_ids)?;
        u.main_product_ids = p.main_product_ids;
    }
    if let Some(v) = p.upsell_product_id {
        if st.products.get(&v).is_none_or(|x| x.test_mode != m.test) {
            return Err(unknown("upsellProductId", "Product", &v));
        }
        u.upsell_product_id = v;
    }
    if let Some(v) = p.name {
        u.name = v;
    }
    if let Some(v) = p.upsell_price {
        u.upsell_price = v;
    }
    let texts = [
        (p.upsell_description, &mut u.upsell_description),
        (p.primary_button_text, &mut u.primary_button_text),
        (p.secondary_button_text, &mut u.secondary_button_text),
        (p.offer, &mut u.offer),
    ];
    for (given, slot) in texts {
        if let Some(v) = given {
            *slot = v;
        }
    }
    if let Some(v) = p.active {
        u.active = v;
    }
    st.upsells.insert(u.id.clone(), u.clone());
    ok(u)
}

pub(super) async fn upsells_delete(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    let mut st = s.store();
    st.upsells.get(&id).filter(|u| u.test_mode == m.test).ok_or_else(|| not_found("Upsell"))?;
    st.upsells.remove(&id);
    message("Upsell deleted successfully")
}
