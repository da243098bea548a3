// @generated from openapi.yaml by codegen/cli (cli/build.rs). Do not edit.

/// The parameters of `orders_list`, from the flags.
fn orders_list_params(
    input: &Input,
) -> Result<pocketsflow::types::ListOrdersParams, CliError> {
    let mut params = pocketsflow::types::ListOrdersParams::default();
    if let Some(value) = input.query("page") {
        params.page = convert("page", value)?;
    }
    if let Some(value) = input.query("pageSize") {
        params.page_size = convert("page-size", value)?;
    }
    if let Some(value) = input.query("startDate") {
        params.start_date = convert("start-date", value)?;
    }
    if let Some(value) = input.query("endDate") {
        params.end_date = convert("end-date", value)?;
    }
    if let Some(value) = input.query("productId") {
        params.product_id = convert("product-id", value)?;
    }
    Ok(params)
}
/// The parameters of `customers_list`, from the flags.
fn customers_list_params(
    input: &Input,
) -> Result<pocketsflow::types::ListCustomersParams, CliError> {
    let mut params = pocketsflow::types::ListCustomersParams::default();
    if let Some(value) = input.query("email") {
        params.email = convert("email", value)?;
    }
    if let Some(value) = input.query("productId") {
        params.product_id = convert("product-id", value)?;
    }
    if let Some(value) = input.query("sortBy") {
        params.sort_by = convert("sort-by", value)?;
    }
    if let Some(value) = input.query("sortOrder") {
        params.sort_order = convert("sort-order", value)?;
    }
    if let Some(value) = input.query("limit") {
        params.limit = convert("limit", value)?;
    }
    if let Some(value) = input.query("offset") {
        params.offset = convert("offset", value)?;
    }
    Ok(params)
}
/// The parameters of `reviews_list`, from the flags.
fn reviews_list_params(
    input: &Input,
) -> Result<pocketsflow::types::ListReviewsParams, CliError> {
    let mut params = pocketsflow::types::ListReviewsParams::default();
    if let Some(value) = input.query("productId") {
        params.product_id = convert("product-id", value)?;
    }
    Ok(params)
}
/// The parameters of `subscriptions_list`, from the flags.
fn subscriptions_list_params(
    input: &Input,
) -> Result<pocketsflow::types::ListSubscriptionsParams, CliError> {
    let mut params = pocketsflow::types::ListSubscriptionsParams::default();
    if let Some(value) = input.body_field("page") {
        params.page = convert("page", value)?;
    }
    if let Some(value) = input.body_field("pageSize") {
        params.page_size = convert("page-size", value)?;
    }
    if let Some(value) = input.body_field("startDate") {
        params.start_date = convert("start-date", value)?;
    }
    if let Some(value) = input.body_field("endDate") {
        params.end_date = convert("end-date", value)?;
    }
    if let Some(value) = input.body_field("status") {
        params.status = convert("status", value)?;
    }
    Ok(params)
}
/// Runs one operation through the SDK's resource method of the same name; its answer as JSON.
pub(crate) async fn call(
    pf: &Pocketsflow,
    op: &Operation,
    input: &Input,
) -> Result<Value, CliError> {
    match op.id {
        "products_list" => to_json(pf.products().list().await?),
        "products_create" => {
            to_json(
                pf
                    .products()
                    .create(input.body::<pocketsflow::types::CreateProductParams>()?)
                    .await?,
            )
        }
        "products_get" => to_json(pf.products().get(input.path(0)).await?),
        "products_delete" => to_json(pf.products().delete(input.path(0)).await?),
        "products_update" => {
            to_json(
                pf
                    .products()
                    .update(
                        input.path(0),
                        input.body::<pocketsflow::types::UpdateProductParams>()?,
                    )
                    .await?,
            )
        }
        "variants_create" => {
            to_json(
                pf
                    .variants()
                    .create(input.body::<pocketsflow::types::CreateVariantParams>()?)
                    .await?,
            )
        }
        "variants_delete" => to_json(pf.variants().delete(input.path(0)).await?),
        "orders_list" => to_json(pf.orders().list(orders_list_params(input)?).await?),
        "orders_get" => to_json(pf.orders().get(input.path(0)).await?),
        "customers_list" => {
            to_json(pf.customers().list(customers_list_params(input)?).await?)
        }
        "customers_get" => to_json(pf.customers().get(input.path(0)).await?),
        "reviews_list" => to_json(pf.reviews().list(reviews_list_params(input)?).await?),
        "discounts_list" => to_json(pf.discounts().list().await?),
        "discounts_create" => {
            to_json(
                pf
                    .discounts()
                    .create(input.body::<pocketsflow::types::CreateDiscountParams>()?)
                    .await?,
            )
        }
        "discounts_get" => to_json(pf.discounts().get(input.path(0)).await?),
        "discounts_update" => {
            to_json(
                pf
                    .discounts()
                    .update(
                        input.path(0),
                        input.body::<pocketsflow::types::UpdateDiscountParams>()?,
                    )
                    .await?,
            )
        }
        "discounts_delete" => to_json(pf.discounts().delete(input.path(0)).await?),
        "upsells_list" => to_json(pf.upsells().list().await?),
        "upsells_create" => {
            to_json(
                pf
                    .upsells()
                    .create(input.body::<pocketsflow::types::CreateUpsellParams>()?)
                    .await?,
            )
        }
        "upsells_get" => to_json(pf.upsells().get(input.path(0)).await?),
        "upsells_update" => {
            to_json(
                pf
                    .upsells()
                    .update(
                        input.path(0),
                        input.body::<pocketsflow::types::UpdateUpsellParams>()?,
                    )
                    .await?,
            )
        }
        "upsells_delete" => to_json(pf.upsells().delete(input.path(0)).await?),
        "subscriptions_list" => {
            to_json(pf.subscriptions().list(subscriptions_list_params(input)?).await?)
        }
        "subscriptions_get" => to_json(pf.subscriptions().get(input.path(0)).await?),
        "subscriptions_cancel" => {
            to_json(pf.subscriptions().cancel(input.path(0)).await?)
        }
        "subscriptions_refund" => {
            to_json(pf.subscriptions().refund(input.path(0)).await?)
        }
        "subscription_offers_list" => to_json(pf.subscription_offers().list().await?),
        "subscription_offers_create" => {
            to_json(
                pf
                    .subscription_offers()
                    .create(
                        input
                            .body::<pocketsflow::types::CreateSubscriptionOfferParams>()?,
                    )
                    .await?,
            )
        }
        "subscription_offers_get" => {
            to_json(pf.subscription_offers().get(input.path(0)).await?)
        }
        "webhooks_list" => to_json(pf.webhooks().list().await?),
        "webhooks_create" => {
            to_json(
                pf
                    .webhooks()
                    .create(input.body::<pocketsflow::types::CreateWebhookParams>()?)
                    .await?,
            )
        }
        "webhooks_get" => to_json(pf.webhooks().get(input.path(0)).await?),
        "webhooks_update" => {
            to_json(
                pf
                    .webhooks()
                    .update(
                        input.path(0),
                        input.body::<pocketsflow::types::UpdateWebhookParams>()?,
                    )
                    .await?,
            )
        }
        "webhooks_delete" => to_json(pf.webhooks().delete(input.path(0)).await?),
        "webhooks_test" => to_json(pf.webhooks().test(input.path(0)).await?),
        "users_me" => to_json(pf.users().me().await?),
        "users_update" => {
            to_json(
                pf
                    .users()
                    .update(input.body::<pocketsflow::types::UpdateUserParams>()?)
                    .await?,
            )
        }
        "checkout_create" => {
            to_json(
                pf
                    .checkout()
                    .create(input.body::<pocketsflow::types::CreateCheckoutParams>()?)
                    .await?,
            )
        }
        "refunds_list" => to_json(pf.refunds().list().await?),
        "refunds_create" => {
            to_json(
                pf
                    .refunds()
                    .create(input.body::<pocketsflow::types::CreateRefundParams>()?)
                    .await?,
            )
        }
        "refunds_get" => to_json(pf.refunds().get(input.path(0)).await?),
        other => Err(CliError::internal(format!("no dispatch for {other}"))),
    }
}
/// Every item of a paginated list, through the SDK's `list_all`, as a stream of JSON values.
pub(crate) fn list_all(
    pf: &Pocketsflow,
    op: &Operation,
    input: &Input,
    prefetch: usize,
) -> Result<Items, CliError> {
    match op.id {
        "orders_list" => {
            Ok(
                items(
                    pf
                        .orders()
                        .list_all(orders_list_params(input)?)
                        .concurrency(prefetch),
                ),
            )
        }
        "customers_list" => {
            Ok(
                items(
                    pf
                        .customers()
                        .list_all(customers_list_params(input)?)
                        .concurrency(prefetch),
                ),
            )
        }
        "subscriptions_list" => {
            Ok(
                items(
                    pf
                        .subscriptions()
                        .list_all(subscriptions_list_params(input)?)
                        .concurrency(prefetch),
                ),
            )
        }
        other => Err(CliError::internal(format!("{other} is not paginated"))),
    }
}
