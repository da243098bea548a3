//! The orders: a filtered page of them, one by id.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::Extension;

use super::{check_date, get_of, in_range, ok, page_of, query_u32, Mode, Reply, S};
use crate::types::*;

pub(super) async fn orders_list(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let start = check_date("startDate", q.get("startDate").map(String::as_str))?;
    let end = check_date("endDate", q.get("endDate").map(String::as_str))?;
    let product_id = q.get("productId");
    let (page, page_size) = (query_u32(&q, "page")?, query_u32(&q, "pageSize")?);
    let st = s.store();
    let filtered = product_id.is_some() || start.is_some() || end.is_some();
    let keep = |o: &Order| product_id.is_none_or(|p| &o.product_id == p) && in_range(&o.created_at, start, end);
    let (orders, pagination) = page_of(&st.order_index, &st.orders, m, filtered, keep, page, page_size);
    ok(OrdersResponse { orders, pagination })
}

pub(super) async fn orders_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().orders, &id, m, "Order")
}
