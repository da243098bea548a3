//! The customers: a filtered, sorted window of them, one by id.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::Extension;

use super::{get_of, ok, query_u32, Mode, Reply, S};
use crate::types::*;

pub(super) async fn customers_list(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Query(q): Query<HashMap<String, String>>,
) -> Reply {
    let sort_by = q.get("sortBy").map(|v| CustomerSortBy::from(v.as_str()));
    let sort_order = q.get("sortOrder").map(|v| SortOrder::from(v.as_str()));
    let (limit, offset) = (query_u32(&q, "limit")?, query_u32(&q, "offset")?.unwrap_or(0));
    let st = s.store();
    let email = q.get("email").map(|e| e.to_lowercase());
    let product_id = q.get("productId");
    let mut customers: Vec<Customer> = st
        .customers
        .values()
        .filter(|c| c.test_mode == m.test)
        .filter(|c| email.as_ref().is_none_or(|e| &c.buyer_email.to_lowercase() == e))
        .filter(|c| product_id.is_none_or(|p| st.customer_products.get(&c.id).is_some_and(|set| set.contains(p))))
        .cloned()
        .collect();
    customers.sort_by(|a, b| {
        let ord = match sort_by.as_ref().unwrap_or(&CustomerSortBy::CreatedAt) {
            CustomerSortBy::Email => a.buyer_email.cmp(&b.buyer_email),
            CustomerSortBy::Country => a.country.cmp(&b.country),
            CustomerSortBy::NumberOfOrders => a.number_of_orders.cmp(&b.number_of_orders),
            _ => a.created_at.cmp(&b.created_at),
        }
        .then(a.id.cmp(&b.id));
        if sort_order.as_ref() == Some(&SortOrder::Asc) {
            ord
        } else {
            ord.reverse()
        }
    });
    let window: Vec<Customer> =
        customers.into_iter().skip(offset as usize).take(limit.map_or(usize::MAX, |l| l as usize)).collect();
    ok(window)
}

pub(super) async fn customers_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().customers, &id, m, "Customer")
}
