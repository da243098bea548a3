//! The refunds: list, get, and create (full or partial, within what remains of the order).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Extension;
use serde_json::json;

use super::delivery::emit;
use super::{bad, not_found, ok, parse, refused, unknown, Mode, Reply, S};
use crate::error::codes;
use crate::mock::store::{minor_digits, Store};
use crate::types::*;

pub(super) async fn refunds_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    ok(s.store().refunds.values().filter(|(test, _)| *test == m.test).map(|(_, r)| r).collect::<Vec<_>>())
}

pub(super) async fn refunds_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    let st = s.store();
    let (_, refund) = st.refunds.get(&id).filter(|(test, _)| *test == m.test).ok_or_else(|| not_found("Refund"))?;
    ok(refund)
}

pub(super) async fn refunds_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateRefundParams = parse(&body)?;
    let order_id: &str = &p.order_id;
    let (refund, order) = {
        let mut st: std::sync::MutexGuard<'_, Store> = s.store();
        let order = st
            .orders
            .get(order_id)
            .filter(|o| o.test_mode == m.test)
            .cloned()
            .ok_or_else(|| unknown("orderId", "Order", order_id))?;
        let already = st.refunded.get(&order.id).copied().unwrap_or(Money::ZERO);
        let remaining = order.gross_amount - already;
        if remaining.is_zero() || remaining.is_negative() {
            return Err(refused(codes::ORDER_FULLY_REFUNDED, format!("Order {} is already fully refunded", order.id)));
        }
        // A partial refund is rounded to the currency's minor unit, halves away from zero.
        let amount = p.amount.unwrap_or(remaining).round_to(minor_digits(&order.currency));
        if amount.is_zero() || amount.is_negative() {
            return Err(bad(format!("`amount` must be greater than 0, got {amount}")));
        }
        if amount > remaining {
            return Err(refused(
                codes::REFUND_EXCEEDS_REMAINING,
                format!("`amount` {amount} exceeds what remains refundable on this order ({remaining})"),
            ));
        }
        st.refunded.insert(order.id.clone(), already + amount);
        let order = {
            let o = st.orders.get_mut(order_id).expect("order found above");
            o.is_refunded = true;
            o.clone()
        };
        if let Some(c) = order.customer.as_ref().and_then(|c| st.customers.get_mut(&c.id)) {
            c.total_spent = (c.total_spent - amount).max(Money::ZERO);
        }
        let refund = Refund {
            id: st.id(),
            order_id: order.id.clone(),
            amount,
            reason: p.reason,
            status: RefundStatus::Completed,
            created_at: s.clock().iso(),
        };
        st.refunds.insert(refund.id.clone(), (m.test, refund.clone()));
        (refund, order)
    };
    emit(
        &s,
        m.test,
        WebhookEvent::OrderRefunded,
        json!({
            "product": {"id": order.product_id, "variantId": null},
            "order": {"id": order.id},
            "currency": order.currency.to_lowercase(),
            "customer": {"email": order.buyer_email, "firstName": null, "lastName": null},
            "amount": refund.amount,
            "refund": refund,
        }),
    );
    ok(refund)
}
