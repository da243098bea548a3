// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.

/// Products: digital products for sale.
pub mod products {
    /// Products, from [`Pocketsflow::products`](crate::Pocketsflow::products).
    #[derive(Debug, Clone, Copy)]
    pub struct Products<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Products<'_> {
        /// List all products. `GET /products`
        pub async fn list(self) -> crate::Result<Vec<crate::types::Product>> {
            self.pf.call(async |raw| raw.products_list().send().await).await
        }
        /// Create a product. `POST /products`
        ///
        /// Its body: [`CreateProductParams`](crate::types::CreateProductParams) or that type's builder; a builder without `name` or `price` is an invalid-input error, sent nowhere.
        pub async fn create<P>(self, params: P) -> crate::Result<crate::types::Product>
        where
            P: TryInto<crate::types::CreateProductParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::CreateProductParams = crate::validate::body(params)?;
            self.pf.call(async |raw| raw.products_create().body(body).send().await).await
        }
        /// Get a product by id. `GET /products/{id}`
        pub async fn get(self, id: &str) -> crate::Result<crate::types::Product> {
            self.pf
                .call_id(
                    "product id",
                    id,
                    async |raw, id| raw.products_get().id(id).send().await,
                )
                .await
        }
        /// Delete a product. `DELETE /products/{id}`
        pub async fn delete(
            self,
            id: &str,
        ) -> crate::Result<crate::types::MessageResponse> {
            self.pf
                .call_id(
                    "product id",
                    id,
                    async |raw, id| raw.products_delete().id(id).send().await,
                )
                .await
        }
        /// Update a product. `POST /products/update/{id}`
        ///
        /// Its body: [`UpdateProductParams`](crate::types::UpdateProductParams) or that type's builder.
        pub async fn update<P>(
            self,
            id: &str,
            params: P,
        ) -> crate::Result<crate::types::Product>
        where
            P: TryInto<crate::types::UpdateProductParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::UpdateProductParams = crate::validate::body(params)?;
            self.pf
                .call_id(
                    "product id",
                    id,
                    async |raw, id| raw.products_update().id(id).body(body).send().await,
                )
                .await
        }
    }
}
/// Variants: pricing tiers or versions of a product.
pub mod variants {
    /// Variants, from [`Pocketsflow::variants`](crate::Pocketsflow::variants).
    #[derive(Debug, Clone, Copy)]
    pub struct Variants<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Variants<'_> {
        /// Create a product variant. `POST /products/variants`
        ///
        /// Its body: [`CreateVariantParams`](crate::types::CreateVariantParams) or that type's builder; a builder without `product_id`, `name` or `price` is an invalid-input error, sent nowhere.
        pub async fn create<P>(
            self,
            params: P,
        ) -> crate::Result<crate::types::ProductVariant>
        where
            P: TryInto<crate::types::CreateVariantParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::CreateVariantParams = crate::validate::body(params)?;
            self.pf.call(async |raw| raw.variants_create().body(body).send().await).await
        }
        /// Delete a product variant. `DELETE /products/variants/{id}`
        pub async fn delete(
            self,
            id: &str,
        ) -> crate::Result<crate::types::MessageResponse> {
            self.pf
                .call_id(
                    "variant id",
                    id,
                    async |raw, id| raw.variants_delete().id(id).send().await,
                )
                .await
        }
    }
}
/// Orders: completed purchases.
pub mod orders {
    /// Orders, from [`Pocketsflow::orders`](crate::Pocketsflow::orders).
    #[derive(Debug, Clone, Copy)]
    pub struct Orders<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Orders<'_> {
        /// List orders, one page at a time. `GET /orders`
        pub async fn list(
            self,
            params: crate::types::ListOrdersParams,
        ) -> crate::Result<crate::types::OrdersResponse> {
            self.pf.call(async |raw| params.apply(raw.orders_list()).send().await).await
        }
        /// Get an order by id. `GET /orders/{id}`
        pub async fn get(self, id: &str) -> crate::Result<crate::types::Order> {
            self.pf
                .call_id(
                    "order id",
                    id,
                    async |raw, id| raw.orders_get().id(id).send().await,
                )
                .await
        }
    }
}
/// Customers: buyers, aggregated by email.
pub mod customers {
    /// Customers, from [`Pocketsflow::customers`](crate::Pocketsflow::customers).
    #[derive(Debug, Clone, Copy)]
    pub struct Customers<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Customers<'_> {
        /// List customers. `GET /customers`
        pub async fn list(
            self,
            params: crate::types::ListCustomersParams,
        ) -> crate::Result<Vec<crate::types::Customer>> {
            self.pf
                .call(async |raw| params.apply(raw.customers_list()).send().await)
                .await
        }
        /// Get a customer by id. `GET /customers/{id}`
        pub async fn get(self, id: &str) -> crate::Result<crate::types::Customer> {
            self.pf
                .call_id(
                    "customer id",
                    id,
                    async |raw, id| raw.customers_get().id(id).send().await,
                )
                .await
        }
    }
}
/// Reviews: product reviews and ratings.
pub mod reviews {
    /// Reviews, from [`Pocketsflow::reviews`](crate::Pocketsflow::reviews).
    #[derive(Debug, Clone, Copy)]
    pub struct Reviews<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Reviews<'_> {
        /// List reviews. `GET /reviews`
        pub async fn list(
            self,
            params: crate::types::ListReviewsParams,
        ) -> crate::Result<Vec<crate::types::Review>> {
            self.pf.call(async |raw| params.apply(raw.reviews_list()).send().await).await
        }
    }
}
/// Discounts: discount codes entered at checkout.
pub mod discounts {
    /// Discounts, from [`Pocketsflow::discounts`](crate::Pocketsflow::discounts).
    #[derive(Debug, Clone, Copy)]
    pub struct Discounts<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Discounts<'_> {
        /// List all discounts. `GET /discounts`
        pub async fn list(self) -> crate::Result<Vec<crate::types::Discount>> {
            self.pf.call(async |raw| raw.discounts_list().send().await).await
        }
        /// Create a discount. `POST /discounts`
        ///
        /// Its body: [`CreateDiscountParams`](crate::types::CreateDiscountParams) or that type's builder; a builder without `name`, `code`, `value` or `main_product_ids` is an invalid-input error, sent nowhere.
        pub async fn create<P>(self, params: P) -> crate::Result<crate::types::Discount>
        where
            P: TryInto<crate::types::CreateDiscountParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::CreateDiscountParams = crate::validate::body(
                params,
            )?;
            self.pf
                .call(async |raw| raw.discounts_create().body(body).send().await)
                .await
        }
        /// Get a discount by id. `GET /discounts/{id}`
        pub async fn get(self, id: &str) -> crate::Result<crate::types::Discount> {
            self.pf
                .call_id(
                    "discount id",
                    id,
                    async |raw, id| raw.discounts_get().id(id).send().await,
                )
                .await
        }
        /// Update a discount. `POST /discounts/{id}`
        ///
        /// Its body: [`UpdateDiscountParams`](crate::types::UpdateDiscountParams) or that type's builder.
        pub async fn update<P>(
            self,
            id: &str,
            params: P,
        ) -> crate::Result<crate::types::Discount>
        where
            P: TryInto<crate::types::UpdateDiscountParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::UpdateDiscountParams = crate::validate::body(
                params,
            )?;
            self.pf
                .call_id(
                    "discount id",
                    id,
                    async |raw, id| raw.discounts_update().id(id).body(body).send().await,
                )
                .await
        }
        /// Delete a discount. `DELETE /discounts/{id}`
        pub async fn delete(
            self,
            id: &str,
        ) -> crate::Result<crate::types::MessageResponse> {
            self.pf
                .call_id(
                    "discount id",
                    id,
                    async |raw, id| raw.discounts_delete().id(id).send().await,
                )
                .await
        }
    }
}
/// Upsells: post-purchase upsell offers.
pub mod upsells {
    /// Upsells, from [`Pocketsflow::upsells`](crate::Pocketsflow::upsells).
    #[derive(Debug, Clone, Copy)]
    pub struct Upsells<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Upsells<'_> {
        /// List all upsells. `GET /upsells`
        pub async fn list(self) -> crate::Result<crate::types::UpsellsResponse> {
            self.pf.call(async |raw| raw.upsells_list().send().await).await
        }
        /// Create an upsell. `POST /upsells`
        ///
        /// Its body: [`CreateUpsellParams`](crate::types::CreateUpsellParams) or that type's builder; a builder without `main_product_ids`, `upsell_product_id` or `upsell_price` is an invalid-input error, sent nowhere.
        pub async fn create<P>(self, params: P) -> crate::Result<crate::types::Upsell>
        where
            P: TryInto<crate::types::CreateUpsellParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::CreateUpsellParams = crate::validate::body(params)?;
            self.pf.call(async |raw| raw.upsells_create().body(body).send().await).await
        }
        /// Get an upsell by id. `GET /upsells/{id}`
        pub async fn get(self, id: &str) -> crate::Result<crate::types::Upsell> {
            self.pf
                .call_id(
                    "upsell id",
                    id,
                    async |raw, id| raw.upsells_get().id(id).send().await,
                )
                .await
        }
        /// Update an upsell. `POST /upsells/{id}`
        ///
        /// Its body: [`UpdateUpsellParams`](crate::types::UpdateUpsellParams) or that type's builder.
        pub async fn update<P>(
            self,
            id: &str,
            params: P,
        ) -> crate::Result<crate::types::Upsell>
        where
            P: TryInto<crate::types::UpdateUpsellParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::UpdateUpsellParams = crate::validate::body(params)?;
            self.pf
                .call_id(
                    "upsell id",
                    id,
                    async |raw, id| raw.upsells_update().id(id).body(body).send().await,
                )
                .await
        }
        /// Delete an upsell. `DELETE /upsells/{id}`
        pub async fn delete(
            self,
            id: &str,
        ) -> crate::Result<crate::types::MessageResponse> {
            self.pf
                .call_id(
                    "upsell id",
                    id,
                    async |raw, id| raw.upsells_delete().id(id).send().await,
                )
                .await
        }
    }
}
/// Subscriptions: a buyer's recurring purchase of a subscription offer.
///
/// The API serves them under `/orders/subscriptions` (and lists them with a `POST`), while `/subscriptions`
/// is where the offers live: these are the paths the official Node SDK calls, which are the ones production
/// answers.
pub mod subscriptions {
    /// Subscriptions, from [`Pocketsflow::subscriptions`](crate::Pocketsflow::subscriptions).
    #[derive(Debug, Clone, Copy)]
    pub struct Subscriptions<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Subscriptions<'_> {
        /// List subscriptions, one page at a time. `POST /orders/subscriptions`
        ///
        /// The filters travel as the JSON body ([`ListSubscriptionsParams`](crate::types::ListSubscriptionsParams)).
        pub async fn list(
            self,
            params: crate::types::ListSubscriptionsParams,
        ) -> crate::Result<crate::types::SubscriptionsResponse> {
            let body = params.into_body()?;
            self.pf
                .call(async |raw| raw.subscriptions_list().body(body).send().await)
                .await
        }
        /// Get a subscription by id. `GET /orders/subscriptions/{id}`
        pub async fn get(self, id: &str) -> crate::Result<crate::types::Subscription> {
            self.pf
                .call_id(
                    "subscription id",
                    id,
                    async |raw, id| raw.subscriptions_get().id(id).send().await,
                )
                .await
        }
        /// Cancel a subscription. `POST /orders/subscriptions/cancel/{stripeSubscriptionId}`
        pub async fn cancel(
            self,
            stripe_subscription_id: &str,
        ) -> crate::Result<crate::types::MessageResponse> {
            self.pf
                .call_id(
                    "stripe subscription id",
                    stripe_subscription_id,
                    async |raw, id| {
                        raw
                            .subscriptions_cancel()
                            .stripe_subscription_id(id)
                            .send()
                            .await
                    },
                )
                .await
        }
        /// Refund a subscription. `POST /orders/subscriptions/refund/{stripeSubscriptionId}`
        pub async fn refund(
            self,
            stripe_subscription_id: &str,
        ) -> crate::Result<crate::types::MessageResponse> {
            self.pf
                .call_id(
                    "stripe subscription id",
                    stripe_subscription_id,
                    async |raw, id| {
                        raw
                            .subscriptions_refund()
                            .stripe_subscription_id(id)
                            .send()
                            .await
                    },
                )
                .await
        }
    }
}
/// Subscription offers: recurring products a seller sells.
///
/// The API serves them under `/subscriptions`; the subscriptions buyers hold are under `/orders/subscriptions`,
/// the paths the official Node SDK calls.
pub mod subscription_offers {
    /// Subscription offers, from [`Pocketsflow::subscription_offers`](crate::Pocketsflow::subscription_offers).
    #[derive(Debug, Clone, Copy)]
    pub struct SubscriptionOffers<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl SubscriptionOffers<'_> {
        /// List all subscription offers. `GET /subscriptions`
        pub async fn list(self) -> crate::Result<Vec<crate::types::SubscriptionOffer>> {
            self.pf.call(async |raw| raw.subscription_offers_list().send().await).await
        }
        /// Create a subscription offer. `POST /subscriptions`
        ///
        /// Its body: [`CreateSubscriptionOfferParams`](crate::types::CreateSubscriptionOfferParams) or that type's builder; a builder without `name`, `price` or `frequency` is an invalid-input error, sent nowhere.
        pub async fn create<P>(
            self,
            params: P,
        ) -> crate::Result<crate::types::SubscriptionOffer>
        where
            P: TryInto<crate::types::CreateSubscriptionOfferParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::CreateSubscriptionOfferParams = crate::validate::body(
                params,
            )?;
            self.pf
                .call(async |raw| {
                    raw.subscription_offers_create().body(body).send().await
                })
                .await
        }
        /// Get a subscription offer by id. `GET /subscriptions/{id}`
        pub async fn get(
            self,
            id: &str,
        ) -> crate::Result<crate::types::SubscriptionOffer> {
            self.pf
                .call_id(
                    "subscription offer id",
                    id,
                    async |raw, id| raw.subscription_offers_get().id(id).send().await,
                )
                .await
        }
    }
}
/// Webhooks: endpoints that receive events.
///
/// Receiving and verifying deliveries is the SDK's `events` module (its `Verifier`, the axum extractor and
/// the typed `Event`).
pub mod webhooks {
    /// Webhooks, from [`Pocketsflow::webhooks`](crate::Pocketsflow::webhooks).
    #[derive(Debug, Clone, Copy)]
    pub struct Webhooks<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Webhooks<'_> {
        /// List all webhooks. `GET /webhooks`
        pub async fn list(self) -> crate::Result<Vec<crate::types::Webhook>> {
            self.pf.call(async |raw| raw.webhooks_list().send().await).await
        }
        /// Create a webhook. `POST /webhooks`
        ///
        /// Its body: [`CreateWebhookParams`](crate::types::CreateWebhookParams) or that type's builder; a builder without `url` or `events` is an invalid-input error, sent nowhere.
        pub async fn create<P>(self, params: P) -> crate::Result<crate::types::Webhook>
        where
            P: TryInto<crate::types::CreateWebhookParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::CreateWebhookParams = crate::validate::body(params)?;
            self.pf.call(async |raw| raw.webhooks_create().body(body).send().await).await
        }
        /// Get a webhook by id. `GET /webhooks/{id}`
        pub async fn get(self, id: &str) -> crate::Result<crate::types::Webhook> {
            self.pf
                .call_id(
                    "webhook id",
                    id,
                    async |raw, id| raw.webhooks_get().id(id).send().await,
                )
                .await
        }
        /// Update a webhook. `PUT /webhooks/{id}`
        ///
        /// Its body: [`UpdateWebhookParams`](crate::types::UpdateWebhookParams) or that type's builder.
        pub async fn update<P>(
            self,
            id: &str,
            params: P,
        ) -> crate::Result<crate::types::Webhook>
        where
            P: TryInto<crate::types::UpdateWebhookParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::UpdateWebhookParams = crate::validate::body(params)?;
            self.pf
                .call_id(
                    "webhook id",
                    id,
                    async |raw, id| raw.webhooks_update().id(id).body(body).send().await,
                )
                .await
        }
        /// Delete a webhook. `DELETE /webhooks/{id}`
        pub async fn delete(
            self,
            id: &str,
        ) -> crate::Result<crate::types::MessageResponse> {
            self.pf
                .call_id(
                    "webhook id",
                    id,
                    async |raw, id| raw.webhooks_delete().id(id).send().await,
                )
                .await
        }
        /// Send a test event to a webhook. `POST /webhooks/{id}/test`
        pub async fn test(
            self,
            id: &str,
        ) -> crate::Result<crate::types::MessageResponse> {
            self.pf
                .call_id(
                    "webhook id",
                    id,
                    async |raw, id| raw.webhooks_test().id(id).send().await,
                )
                .await
        }
    }
}
/// Users: the account that owns the API key.
pub mod users {
    /// Users, from [`Pocketsflow::users`](crate::Pocketsflow::users).
    #[derive(Debug, Clone, Copy)]
    pub struct Users<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Users<'_> {
        /// Get the current user. `GET /users/me`
        pub async fn me(self) -> crate::Result<crate::types::User> {
            self.pf.call(async |raw| raw.users_me().send().await).await
        }
        /// Update the current user. `POST /users/update`
        ///
        /// Its body: [`UpdateUserParams`](crate::types::UpdateUserParams) or that type's builder.
        pub async fn update<P>(self, params: P) -> crate::Result<crate::types::User>
        where
            P: TryInto<crate::types::UpdateUserParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::UpdateUserParams = crate::validate::body(params)?;
            self.pf.call(async |raw| raw.users_update().body(body).send().await).await
        }
    }
}
/// Checkout: hosted checkout sessions.
pub mod checkout {
    /// Checkout, from [`Pocketsflow::checkout`](crate::Pocketsflow::checkout).
    #[derive(Debug, Clone, Copy)]
    pub struct Checkout<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Checkout<'_> {
        /// Create a hosted checkout session. `POST /checkout/sessions`
        ///
        /// Its body: [`CreateCheckoutParams`](crate::types::CreateCheckoutParams) or that type's builder; a builder without `product_id`, `success_url` or `cancel_url` is an invalid-input error, sent nowhere.
        pub async fn create<P>(
            self,
            params: P,
        ) -> crate::Result<crate::types::CheckoutSession>
        where
            P: TryInto<crate::types::CreateCheckoutParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::CreateCheckoutParams = crate::validate::body(
                params,
            )?;
            self.pf.call(async |raw| raw.checkout_create().body(body).send().await).await
        }
    }
}
/// Refunds: refunds of orders.
pub mod refunds {
    /// Refunds, from [`Pocketsflow::refunds`](crate::Pocketsflow::refunds).
    #[derive(Debug, Clone, Copy)]
    pub struct Refunds<'a> {
        pub(crate) pf: &'a crate::Pocketsflow,
    }
    impl Refunds<'_> {
        /// List all refunds. `GET /refunds`
        pub async fn list(self) -> crate::Result<Vec<crate::types::Refund>> {
            self.pf.call(async |raw| raw.refunds_list().send().await).await
        }
        /// Refund an order. `POST /refunds`
        ///
        /// The order is refunded in full unless `amount` is given.
        ///
        /// Its body: [`CreateRefundParams`](crate::types::CreateRefundParams) or that type's builder; a builder without `order_id` is an invalid-input error, sent nowhere.
        pub async fn create<P>(self, params: P) -> crate::Result<crate::types::Refund>
        where
            P: TryInto<crate::types::CreateRefundParams>,
            P::Error: std::fmt::Display,
        {
            let body: crate::types::CreateRefundParams = crate::validate::body(params)?;
            self.pf.call(async |raw| raw.refunds_create().body(body).send().await).await
        }
        /// Get a refund by id. `GET /refunds/{id}`
        pub async fn get(self, id: &str) -> crate::Result<crate::types::Refund> {
            self.pf
                .call_id(
                    "refund id",
                    id,
                    async |raw, id| raw.refunds_get().id(id).send().await,
                )
                .await
        }
    }
}
impl crate::Pocketsflow {
    /// Products: list, create, get, delete, update. Digital products for sale.
    pub fn products(&self) -> products::Products<'_> {
        products::Products { pf: self }
    }
    /// Variants: create, delete. Pricing tiers or versions of a product.
    pub fn variants(&self) -> variants::Variants<'_> {
        variants::Variants { pf: self }
    }
    /// Orders: list, get. Completed purchases.
    pub fn orders(&self) -> orders::Orders<'_> {
        orders::Orders { pf: self }
    }
    /// Customers: list, get. Buyers, aggregated by email.
    pub fn customers(&self) -> customers::Customers<'_> {
        customers::Customers { pf: self }
    }
    /// Reviews: list. Product reviews and ratings.
    pub fn reviews(&self) -> reviews::Reviews<'_> {
        reviews::Reviews { pf: self }
    }
    /// Discounts: list, create, get, update, delete. Discount codes entered at checkout.
    pub fn discounts(&self) -> discounts::Discounts<'_> {
        discounts::Discounts { pf: self }
    }
    /// Upsells: list, create, get, update, delete. Post-purchase upsell offers.
    pub fn upsells(&self) -> upsells::Upsells<'_> {
        upsells::Upsells { pf: self }
    }
    /// Subscriptions: list, get, cancel, refund. A buyer's recurring purchase of a subscription offer.
    pub fn subscriptions(&self) -> subscriptions::Subscriptions<'_> {
        subscriptions::Subscriptions {
            pf: self,
        }
    }
    /// Subscription offers: list, create, get. Recurring products a seller sells.
    pub fn subscription_offers(&self) -> subscription_offers::SubscriptionOffers<'_> {
        subscription_offers::SubscriptionOffers {
            pf: self,
        }
    }
    /// Webhooks: list, create, get, update, delete, test. Endpoints that receive events.
    pub fn webhooks(&self) -> webhooks::Webhooks<'_> {
        webhooks::Webhooks { pf: self }
    }
    /// Users: me, update. The account that owns the API key.
    pub fn users(&self) -> users::Users<'_> {
        users::Users { pf: self }
    }
    /// Checkout: create. Hosted checkout sessions.
    pub fn checkout(&self) -> checkout::Checkout<'_> {
        checkout::Checkout { pf: self }
    }
    /// Refunds: list, create, get. Refunds of orders.
    pub fn refunds(&self) -> refunds::Refunds<'_> {
        refunds::Refunds { pf: self }
    }
}
