// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.

/// `400`: Another discount already uses this code (codes are case-insensitive).
pub const DISCOUNT_CODE_TAKEN: &str = "DISCOUNT_CODE_TAKEN";
/// `400`: The discount code has expired (after the last day of its `expiration`).
pub const DISCOUNT_EXPIRED: &str = "DISCOUNT_EXPIRED";
/// `400`: The discount code is not active.
pub const DISCOUNT_INACTIVE: &str = "DISCOUNT_INACTIVE";
/// `400`: The discount code does not apply to this product (not in its `mainProductIds`).
pub const DISCOUNT_NOT_FOR_PRODUCT: &str = "DISCOUNT_NOT_FOR_PRODUCT";
/// `400`: The order is already fully refunded.
pub const ORDER_FULLY_REFUNDED: &str = "ORDER_FULLY_REFUNDED";
/// `400`: The product is unpublished or inactive, so no checkout can sell it.
pub const PRODUCT_NOT_FOR_SALE: &str = "PRODUCT_NOT_FOR_SALE";
/// `400`: The refund's `amount` is larger than what remains refundable on the order.
pub const REFUND_EXCEEDS_REMAINING: &str = "REFUND_EXCEEDS_REMAINING";
/// `400`: The subscription is already canceled.
pub const SUBSCRIPTION_ALREADY_CANCELED: &str = "SUBSCRIPTION_ALREADY_CANCELED";
/// `400`: A parameter or field is missing, malformed or out of range, or two fields disagree (`minPrice` above `maxPrice`, a percentage discount above 100, a partial refund that rounds to 0 in the currency's minor unit); the message names the field.
pub const VALIDATION_ERROR: &str = "VALIDATION_ERROR";
/// `401`: The `Authorization` header is missing, or its key is not valid.
pub const UNAUTHORIZED: &str = "UNAUTHORIZED";
/// `404`: No object of this account and mode has this id or code (the message names the field), or no route has this method and path.
pub const NOT_FOUND: &str = "NOT_FOUND";
/// `429`: Too many requests; `Retry-After` says when to try again.
pub const RATE_LIMITED: &str = "RATE_LIMITED";
/// `500`: The server failed; the request may be retried.
pub const INTERNAL_ERROR: &str = "INTERNAL_ERROR";
/// Every code of the spec, with the status of the answers that carry it.
pub const ALL: &[(u16, &str)] = &[
    (400u16, DISCOUNT_CODE_TAKEN),
    (400u16, DISCOUNT_EXPIRED),
    (400u16, DISCOUNT_INACTIVE),
    (400u16, DISCOUNT_NOT_FOR_PRODUCT),
    (400u16, ORDER_FULLY_REFUNDED),
    (400u16, PRODUCT_NOT_FOR_SALE),
    (400u16, REFUND_EXCEEDS_REMAINING),
    (400u16, SUBSCRIPTION_ALREADY_CANCELED),
    (400u16, VALIDATION_ERROR),
    (401u16, UNAUTHORIZED),
    (404u16, NOT_FOUND),
    (429u16, RATE_LIMITED),
    (500u16, INTERNAL_ERROR),
];
