//! The discounts: list, get, create, update, delete, and the rules of their values and codes.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Extension;

use super::{
    bad, check_date, check_products, get_of, list_of, message, not_found, ok, parse, refused, ErrorReply, Mode, Reply,
    S,
};
use crate::error::codes;
use crate::mock::store::{Store, USER_ID};
use crate::types::*;

fn check_discount_value(value: Money, value_type: &DiscountValueType) -> Result<(), ErrorReply> {
    if *value_type == DiscountValueType::Percentage && value > Money::from(100) {
        return Err(bad(format!("`value` of a percentage discount must be at most 100, got {value}")));
    }
    Ok(())
}

pub(super) async fn discounts_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    list_of(&s.store().discounts, m)
}

pub(super) async fn discounts_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().discounts, &id, m, "Discount")
}

pub(super) async fn discounts_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateDiscountParams = parse(&body)?;
    let value_type = p.value_type.unwrap_or(DiscountValueType::Percentage);
    check_discount_value(p.value, &value_type)?;
    check_date("expiration", p.expiration.as_ref().and_then(Option::as_deref))?;
    let mut st = s.store();
    check_products(&st, m, "mainProductIds", &p.main_product_ids)?;
    check_code_free(&st, m, &p.code, None)?;
    let discount = Discount {
        id: st.id(),
        user_id: USER_ID.to_owned(),
        name: p.name.into(),
        code: p.code.into(),
        value: p.value,
        value_type,
        active: p.active.unwrap_or(true),
        main_product_ids: p.main_product_ids,
        expiration: p.expiration.flatten(),
        used: Some(0),
        test_mode: m.test,
        created_at: s.clock().iso(),
    };
    st.discounts.insert(discount.id.clone(), discount.clone());
    ok(discount)
}

/// No other discount of this mode has `code` (codes are case-insensitive), else `400 DISCOUNT_CODE_TAKEN`.
fn check_code_free(st: &Store, m: Mode, code: &str, except: Option<&str>) -> Result<(), ErrorReply> {
    let taken = st
        .discounts
        .values()
        .any(|d| d.test_mode == m.test && Some(d.id.as_str()) != except && d.code.eq_ignore_ascii_case(code));
    if taken {
        return Err(refused(
            codes::DISCOUNT_CODE_TAKEN,
            format!("`code` {code:?} is already used by another discount"),
        ));
    }
    Ok(())
}

/// Updates check what create checks, on the discount as it would be, before anything is stored.
pub(super) async fn discounts_update(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    let p: UpdateDiscountParams = parse(&body)?;
    check_date("expiration", p.expiration.as_ref().and_then(Option::as_deref))?;
    let mut st = s.store();
    let mut d =
        st.discounts.get(&id).filter(|d| d.test_mode == m.test).cloned().ok_or_else(|| not_found("Discount"))?;
    if let Some(v) = p.name {
        d.name = v;
    }
    if let Some(v) = p.code {
        check_code_free(&st, m, &v, Some(&d.id))?;
        d.code = v;
    }
    if let Some(v) = p.value {
        d.value = v;
    }
    if let Some(v) = p.value_type {
        d.value_type = v;
    }
    check_discount_value(d.value, &d.value_type)?;
    if let Some(v) = p.active {
        d.active = v;
    }
    if !p.main_product_ids.is_empty() {
        check_products(&st, m, "mainProductIds", &p.main_product_ids)?;
        d.main_product_ids = p.main_product_ids;
    }
    if let Some(v) = p.expiration {
        d.expiration = v;
    }
    st.discounts.insert(d.id.clone(), d.clone());
    ok(d)
}

pub(super) async fn discounts_delete(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
) -> Reply {
    let mut st = s.store();
    st.discounts.get(&id).filter(|d| d.test_mode == m.test).ok_or_else(|| not_found("Discount"))?;
    st.discounts.remove(&id);
    message("Discount deleted successfully")
}
