// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.

/// The path template of an operation of the spec, by operationId.
pub(crate) fn route_template(operation_id: &str) -> Option<&'static str> {
    match operation_id {
        "products_list" => Some("/products"),
        "products_create" => Some("/products"),
        "products_get" => Some("/products/{id}"),
        "products_delete" => Some("/products/{id}"),
        "products_update" => Some("/products/update/{id}"),
        "variants_create" => Some("/products/variants"),
        "variants_delete" => Some("/products/variants/{id}"),
        "orders_list" => Some("/orders"),
        "orders_get" => Some("/orders/{id}"),
        "customers_list" => Some("/customers"),
        "customers_get" => Some("/customers/{id}"),
        "reviews_list" => Some("/reviews"),
        "discounts_list" => Some("/discounts"),
        "discounts_create" => Some("/discounts"),
        "discounts_get" => Some("/discounts/{id}"),
        "discounts_update" => Some("/discounts/{id}"),
        "discounts_delete" => Some("/discounts/{id}"),
        "upsells_list" => Some("/upsells"),
        "upsells_create" => Some("/upsells"),
        "upsells_get" => Some("/upsells/{id}"),
        "upsells_update" => Some("/upsells/{id}"),
        "upsells_delete" => Some("/upsells/{id}"),
        "subscriptions_list" => Some("/orders/subscriptions"),
        "subscriptions_get" => Some("/orders/subscriptions/{id}"),
        "subscriptions_cancel" => {
            Some("/orders/subscriptions/cancel/{stripeSubscriptionId}")
        }
        "subscriptions_refund" => {
            Some("/orders/subscriptions/refund/{stripeSubscriptionId}")
        }
        "subscription_offers_list" => Some("/subscriptions"),
        "subscription_offers_create" => Some("/subscriptions"),
        "subscription_offers_get" => Some("/subscriptions/{id}"),
        "webhooks_list" => Some("/webhooks"),
        "webhooks_create" => Some("/webhooks"),
        "webhooks_get" => Some("/webhooks/{id}"),
        "webhooks_update" => Some("/webhooks/{id}"),
        "webhooks_delete" => Some("/webhooks/{id}"),
        "webhooks_test" => Some("/webhooks/{id}/test"),
        "users_me" => Some("/users/me"),
        "users_update" => Some("/users/update"),
        "checkout_create" => Some("/checkout/sessions"),
        "refunds_list" => Some("/refunds"),
        "refunds_create" => Some("/refunds"),
        "refunds_get" => Some("/refunds/{id}"),
        _ => None,
    }
}
