// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A hosted checkout session; send the buyer to `url`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CheckoutSession {
        pub id: ::std::string::String,
        pub url: ::std::string::String,
    }
    impl CheckoutSession {
        pub fn builder() -> builder::CheckoutSession {
            Default::default()
        }
    }
    ///Input of checkout.create.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateCheckoutParams {
        /// An http(s) URL with a host (`https://example.com/webhooks`): a webhook endpoint, where a buyer returns after checkout. The SDK keeps it as a `String`.
        #[serde(rename = "cancelUrl")]
        pub cancel_url: ::std::string::String,
        ///Prefills the buyer's email; `null` for none.
        #[serde(
            rename = "customerEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub customer_email: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///An active, unexpired discount code of this product; `null` for none.
        #[serde(
            rename = "discountCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub discount_code: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Free-form data kept with the session.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///A product or a subscription offer, published and active.
        #[serde(rename = "productId")]
        pub product_id: CreateCheckoutParamsProductId,
        /// An http(s) URL with a host (`https://example.com/webhooks`): a webhook endpoint, where a buyer returns after checkout. The SDK keeps it as a `String`.
        #[serde(rename = "successUrl")]
        pub success_url: ::std::string::String,
    }
    impl CreateCheckoutParams {
        pub fn builder() -> builder::CreateCheckoutParams {
            Default::default()
        }
    }
    ///A product or a subscription offer, published and active.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateCheckoutParamsProductId(::std::string::String);
    impl ::std::ops::Deref for CreateCheckoutParamsProductId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateCheckoutParamsProductId> for ::std::string::String {
        fn from(value: CreateCheckoutParamsProductId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateCheckoutParamsProductId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateCheckoutParamsProductId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateCheckoutParamsProductId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateCheckoutParamsProductId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Input of discounts.create.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateDiscountParams {
        ///Default true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///What customers enter at checkout.
        pub code: CreateDiscountParamsCode,
        /// The last day a discount can be used, an `IsoDate` (`2024-12-31`; a date and time is read too). `null` or absent on create: it never expires; `null` on update removes the expiration. The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub expiration: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///The products it applies to, at least one.
        #[serde(rename = "mainProductIds")]
        pub main_product_ids: ::std::vec::Vec<::std::string::String>,
        pub name: CreateDiscountParamsName,
        /// What a discount takes off: with `valueType` `percentage` (the default) a percentage of the price, `20` being 20% and at most 100; with `fixed` an amount in the currency's major unit, as `Money`. The SDK keeps it as `pocketsflow::types::Money` either way (`.value(20)`), an exact decimal.
        pub value: crate::types::Money,
        /// How a discount's value is applied.
        #[serde(
            rename = "valueType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub value_type: ::std::option::Option<crate::enums::DiscountValueType>,
    }
    impl CreateDiscountParams {
        pub fn builder() -> builder::CreateDiscountParams {
            Default::default()
        }
    }
    ///What customers enter at checkout.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateDiscountParamsCode(::std::string::String);
    impl ::std::ops::Deref for CreateDiscountParamsCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateDiscountParamsCode> for ::std::string::String {
        fn from(value: CreateDiscountParamsCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateDiscountParamsCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateDiscountParamsCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateDiscountParamsCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateDiscountParamsCode {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateDiscountParamsName`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateDiscountParamsName(::std::string::String);
    impl ::std::ops::Deref for CreateDiscountParamsName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateDiscountParamsName> for ::std::string::String {
        fn from(value: CreateDiscountParamsName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateDiscountParamsName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateDiscountParamsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateDiscountParamsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateDiscountParamsName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Input of products.create. `name` and `price` are required.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateProductParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        /// Billing interval of a subscription product.
        #[serde(
            rename = "billingInterval",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_interval: ::std::option::Option<crate::enums::BillingInterval>,
        #[serde(
            rename = "callbackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ctaText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cta_text: ::std::option::Option<::std::string::String>,
        /// A currency, its 3-letter ISO 4217 code (`USD`; either case). The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Collect the buyer's first name.
        #[serde(
            rename = "hasFirstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_first_name: ::std::option::Option<bool>,
        ///Collect the buyer's last name.
        #[serde(
            rename = "hasLastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_last_name: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub images: ::std::vec::Vec<::std::string::String>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "maxPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_price: ::std::option::Option<crate::types::Money>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "minPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub min_price: ::std::option::Option<crate::types::Money>,
        pub name: CreateProductParamsName,
        ///Pay what you want, between `minPrice` and `maxPrice` (`minPrice` must not be above `maxPrice`).
        #[serde(
            rename = "payWant",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pay_want: ::std::option::Option<bool>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        pub price: crate::types::Money,
        ///Default true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub published: ::std::option::Option<bool>,
        #[serde(
            rename = "refundPolicy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refund_policy: ::std::option::Option<::std::string::String>,
        ///Default true.
        #[serde(
            rename = "showReviews",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub show_reviews: ::std::option::Option<bool>,
        ///Default true.
        #[serde(
            rename = "showSales",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub show_sales: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtitle: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thumbnail: ::std::option::Option<::std::string::String>,
        /// Whether a product is sold once or as a subscription.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::enums::ProductType>,
    }
    impl CreateProductParams {
        pub fn builder() -> builder::CreateProductParams {
            Default::default()
        }
    }
    ///`CreateProductParamsName`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateProductParamsName(::std::string::String);
    impl ::std::ops::Deref for CreateProductParamsName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateProductParamsName> for ::std::string::String {
        fn from(value: CreateProductParamsName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateProductParamsName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateProductParamsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateProductParamsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateProductParamsName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Input of refunds.create. Without `amount` the whole order is refunded.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateRefundParams {
        /// An amount of money greater than zero (what a refund takes back), otherwise as `Money`. The SDK maps it to `pocketsflow::types::Money` too.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<crate::types::Money>,
        #[serde(rename = "orderId")]
        pub order_id: CreateRefundParamsOrderId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
    }
    impl CreateRefundParams {
        pub fn builder() -> builder::CreateRefundParams {
            Default::default()
        }
    }
    ///`CreateRefundParamsOrderId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateRefundParamsOrderId(::std::string::String);
    impl ::std::ops::Deref for CreateRefundParamsOrderId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateRefundParamsOrderId> for ::std::string::String {
        fn from(value: CreateRefundParamsOrderId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateRefundParamsOrderId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateRefundParamsOrderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateRefundParamsOrderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateRefundParamsOrderId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Input of subscription_offers.create. `name`, `price` and `frequency` are required.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateSubscriptionOfferParams {
        #[serde(
            rename = "callbackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "checkoutColors",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub checkout_colors: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        #[serde(
            rename = "checkoutStyle",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub checkout_style: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        #[serde(
            rename = "checkoutText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub checkout_text: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub colors: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "ctaText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cta_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub design: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        /// A file URL, or an uploaded file reference.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file: ::std::option::Option<OfferFile>,
        /// Billing frequency of a subscription offer.
        pub frequency: crate::enums::SubscriptionFrequency,
        #[serde(
            rename = "hasCallbackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_callback_url: ::std::option::Option<bool>,
        #[serde(
            rename = "hasFirstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_first_name: ::std::option::Option<bool>,
        #[serde(
            rename = "hasLastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_last_name: ::std::option::Option<bool>,
        #[serde(
            rename = "hasProductPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_product_page: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub images: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "isFile",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_file: ::std::option::Option<bool>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "maxPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_price: ::std::option::Option<crate::types::Money>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "minPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub min_price: ::std::option::Option<crate::types::Money>,
        pub name: CreateSubscriptionOfferParamsName,
        #[serde(
            rename = "pageStyle",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub page_style: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "portalText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub portal_text: ::std::option::Option<::std::string::String>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        pub price: crate::types::Money,
        #[serde(
            rename = "privacyPolicy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub privacy_policy: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub published: ::std::option::Option<bool>,
        #[serde(
            rename = "redirectBackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub redirect_back_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "refundPolicy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refund_policy: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "showReviews",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub show_reviews: ::std::option::Option<bool>,
        #[serde(
            rename = "showSales",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub show_sales: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtitle: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "termsOfService",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub terms_of_service: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "thankYouText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub thank_you_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thumbnail: ::std::option::Option<::std::string::String>,
        ///Trial length in days.
        #[serde(
            rename = "trialPeriod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub trial_period: ::std::option::Option<u32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl CreateSubscriptionOfferParams {
        pub fn builder() -> builder::CreateSubscriptionOfferParams {
            Default::default()
        }
    }
    ///`CreateSubscriptionOfferParamsName`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateSubscriptionOfferParamsName(::std::string::String);
    impl ::std::ops::Deref for CreateSubscriptionOfferParamsName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateSubscriptionOfferParamsName>
    for ::std::string::String {
        fn from(value: CreateSubscriptionOfferParamsName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateSubscriptionOfferParamsName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateSubscriptionOfferParamsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateSubscriptionOfferParamsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateSubscriptionOfferParamsName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Input of upsells.create.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateUpsellParams {
        ///Default true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///Products whose purchase triggers this upsell, at least one.
        #[serde(rename = "mainProductIds")]
        pub main_product_ids: ::std::vec::Vec<::std::string::String>,
        /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Headline text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offer: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "primaryButtonText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub primary_button_text: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "secondaryButtonText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub secondary_button_text: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "upsellDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub upsell_description: ::std::option::Option<::std::string::String>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(rename = "upsellPrice")]
        pub upsell_price: crate::types::Money,
        #[serde(rename = "upsellProductId")]
        pub upsell_product_id: CreateUpsellParamsUpsellProductId,
    }
    impl CreateUpsellParams {
        pub fn builder() -> builder::CreateUpsellParams {
            Default::default()
        }
    }
    ///`CreateUpsellParamsUpsellProductId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateUpsellParamsUpsellProductId(::std::string::String);
    impl ::std::ops::Deref for CreateUpsellParamsUpsellProductId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateUpsellParamsUpsellProductId>
    for ::std::string::String {
        fn from(value: CreateUpsellParamsUpsellProductId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateUpsellParamsUpsellProductId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateUpsellParamsUpsellProductId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateUpsellParamsUpsellProductId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateUpsellParamsUpsellProductId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Input of variants.create.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateVariantParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: CreateVariantParamsName,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        pub price: crate::types::Money,
        #[serde(rename = "productId")]
        pub product_id: CreateVariantParamsProductId,
    }
    impl CreateVariantParams {
        pub fn builder() -> builder::CreateVariantParams {
            Default::default()
        }
    }
    ///`CreateVariantParamsName`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateVariantParamsName(::std::string::String);
    impl ::std::ops::Deref for CreateVariantParamsName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateVariantParamsName> for ::std::string::String {
        fn from(value: CreateVariantParamsName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateVariantParamsName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateVariantParamsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateVariantParamsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateVariantParamsName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateVariantParamsProductId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateVariantParamsProductId(::std::string::String);
    impl ::std::ops::Deref for CreateVariantParamsProductId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateVariantParamsProductId> for ::std::string::String {
        fn from(value: CreateVariantParamsProductId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateVariantParamsProductId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateVariantParamsProductId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateVariantParamsProductId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateVariantParamsProductId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Input of webhooks.create.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateWebhookParams {
        ///Default true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The events to receive, at least one.
        pub events: ::std::vec::Vec<crate::enums::WebhookEvent>,
        /// An http(s) URL with a host (`https://example.com/webhooks`): a webhook endpoint, where a buyer returns after checkout. The SDK keeps it as a `String`.
        pub url: ::std::string::String,
    }
    impl CreateWebhookParams {
        pub fn builder() -> builder::CreateWebhookParams {
            Default::default()
        }
    }
    ///A buyer, aggregated over their orders.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Customer {
        #[serde(rename = "buyerEmail")]
        pub buyer_email: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(rename = "numberOfOrders")]
        pub number_of_orders: u64,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(rename = "totalSpent")]
        pub total_spent: crate::types::Money,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Customer {
        pub fn builder() -> builder::Customer {
            Default::default()
        }
    }
    ///A discount code.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Discount {
        pub active: bool,
        pub code: ::std::string::String,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiration: ::std::option::Option<::std::string::String>,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(rename = "mainProductIds")]
        pub main_product_ids: ::std::vec::Vec<::std::string::String>,
        pub name: ::std::string::String,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub used: ::std::option::Option<u64>,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
        /// What a discount takes off: with `valueType` `percentage` (the default) a percentage of the price, `20` being 20% and at most 100; with `fixed` an amount in the currency's major unit, as `Money`. The SDK keeps it as `pocketsflow::types::Money` either way (`.value(20)`), an exact decimal.
        pub value: crate::types::Money,
        /// How a discount's value is applied.
        #[serde(rename = "valueType")]
        pub value_type: crate::enums::DiscountValueType,
    }
    impl Discount {
        pub fn builder() -> builder::Discount {
            Default::default()
        }
    }
    ///The body of every error response. `message` is usually present, some routes send `error` instead.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ErrorBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorBody {
        pub fn builder() -> builder::ErrorBody {
            Default::default()
        }
    }
    ///A confirmation. The API may also answer with an empty body, read as no message.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MessageResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl MessageResponse {
        pub fn builder() -> builder::MessageResponse {
            Default::default()
        }
    }
    ///A file URL, or an uploaded file reference.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum OfferFile {
        String(::std::string::String),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for OfferFile {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///A completed purchase.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Order {
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "affiliateCut",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub affiliate_cut: ::std::option::Option<crate::types::Money>,
        #[serde(rename = "buyerEmail")]
        pub buyer_email: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        pub currency: ::std::string::String,
        /// The buyer of an order, as embedded in it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<OrderCustomer>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(rename = "grossAmount")]
        pub gross_amount: crate::types::Money,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(rename = "isDisputed")]
        pub is_disputed: bool,
        #[serde(rename = "isRefunded")]
        pub is_refunded: bool,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(rename = "netAmount")]
        pub net_amount: crate::types::Money,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "paypalFee",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub paypal_fee: ::std::option::Option<crate::types::Money>,
        /// A digital product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<Product>,
        #[serde(rename = "productId")]
        pub product_id: ::std::string::String,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "stripeFee",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stripe_fee: ::std::option::Option<crate::types::Money>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(rename = "taxAmount")]
        pub tax_amount: crate::types::Money,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Order {
        pub fn builder() -> builder::Order {
            Default::default()
        }
    }
    ///The buyer of an order, as embedded in it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OrderCustomer {
        #[serde(rename = "buyerEmail")]
        pub buyer_email: ::std::string::String,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
    }
    impl OrderCustomer {
        pub fn builder() -> builder::OrderCustomer {
            Default::default()
        }
    }
    ///One page of orders.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OrdersResponse {
        pub orders: ::std::vec::Vec<Order>,
        /// Where a page stands in the whole list.
        pub pagination: Pagination,
    }
    impl OrdersResponse {
        pub fn builder() -> builder::OrdersResponse {
            Default::default()
        }
    }
    ///Where a page stands in the whole list.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Pagination {
        #[serde(rename = "currentPage")]
        pub current_page: u64,
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        #[serde(rename = "pageSize")]
        pub page_size: u64,
        #[serde(rename = "totalCount")]
        pub total_count: u64,
        #[serde(rename = "totalPages")]
        pub total_pages: u64,
    }
    impl Pagination {
        pub fn builder() -> builder::Pagination {
            Default::default()
        }
    }
    ///A digital product.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Product {
        pub active: bool,
        /// Billing interval of a subscription product.
        #[serde(
            rename = "billingInterval",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_interval: ::std::option::Option<crate::enums::BillingInterval>,
        ///Where the buyer is sent after paying.
        #[serde(
            rename = "callbackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        ///Text of the buy button.
        #[serde(
            rename = "ctaText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cta_text: ::std::option::Option<::std::string::String>,
        pub currency: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub files: ::std::vec::Vec<ProductFile>,
        ///Whether checkout collects the buyer's first name.
        #[serde(
            rename = "hasFirstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_first_name: ::std::option::Option<bool>,
        ///Whether checkout collects the buyer's last name.
        #[serde(
            rename = "hasLastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_last_name: ::std::option::Option<bool>,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub images: ::std::vec::Vec<::std::string::String>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "maxPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_price: ::std::option::Option<crate::types::Money>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "minPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub min_price: ::std::option::Option<crate::types::Money>,
        pub name: ::std::string::String,
        ///Pay what you want, between `minPrice` and `maxPrice`.
        #[serde(
            rename = "payWant",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pay_want: ::std::option::Option<bool>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        pub price: crate::types::Money,
        pub published: bool,
        #[serde(
            rename = "refundPolicy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refund_policy: ::std::option::Option<::std::string::String>,
        ///Whether the product page shows reviews.
        #[serde(
            rename = "showReviews",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub show_reviews: ::std::option::Option<bool>,
        ///Whether the product page shows the number of sales.
        #[serde(
            rename = "showSales",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub show_sales: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtitle: ::std::option::Option<::std::string::String>,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        ///URL of the product's thumbnail image.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thumbnail: ::std::option::Option<::std::string::String>,
        /// Whether a product is sold once or as a subscription.
        #[serde(rename = "type")]
        pub type_: crate::enums::ProductType,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::std::string::String,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Product {
        pub fn builder() -> builder::Product {
            Default::default()
        }
    }
    ///A file delivered with a product.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ProductFile {
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<u64>,
        pub url: ::std::string::String,
    }
    impl ProductFile {
        pub fn builder() -> builder::ProductFile {
            Default::default()
        }
    }
    ///A pricing tier or version of a product.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ProductVariant {
        pub active: bool,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        pub name: ::std::string::String,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        pub price: crate::types::Money,
        #[serde(rename = "productId")]
        pub product_id: ::std::string::String,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::std::string::String,
    }
    impl ProductVariant {
        pub fn builder() -> builder::ProductVariant {
            Default::default()
        }
    }
    ///A refund of an order.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Refund {
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        pub amount: crate::types::Money,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(rename = "orderId")]
        pub order_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        /// State of a refund.
        pub status: crate::enums::RefundStatus,
    }
    impl Refund {
        pub fn builder() -> builder::Refund {
            Default::default()
        }
    }
    ///A product review.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Review {
        #[serde(rename = "buyerEmail")]
        pub buyer_email: ::std::string::String,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(rename = "productId")]
        pub product_id: ::std::string::String,
        pub rating: f64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub review: ::std::option::Option<::std::string::String>,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Review {
        pub fn builder() -> builder::Review {
            Default::default()
        }
    }
    ///A buyer's recurring purchase.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Subscription {
        #[serde(rename = "cancelAtPeriodEnd")]
        pub cancel_at_period_end: bool,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        #[serde(rename = "currentPeriodEnd")]
        pub current_period_end: ::std::string::String,
        #[serde(rename = "currentPeriodStart")]
        pub current_period_start: ::std::string::String,
        #[serde(rename = "customerId")]
        pub customer_id: ::std::string::String,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(rename = "productId")]
        pub product_id: ::std::string::String,
        /// State of a subscription.
        pub status: crate::enums::SubscriptionStatus,
        #[serde(
            rename = "stripeSubscriptionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stripe_subscription_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Subscription {
        pub fn builder() -> builder::Subscription {
            Default::default()
        }
    }
    ///Filters of subscriptions.list, sent as the JSON body.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SubscriptionFilter {
        /// An ISO 8601 calendar date (`2024-12-31`: the whole day, UTC) or an RFC 3339 date and time with its offset (`2024-12-31T23:59:59.000Z`). The SDK keeps it as a `String`.
        #[serde(
            rename = "endDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub end_date: ::std::option::Option<::std::string::String>,
        ///Page number, starting at 1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<::std::num::NonZeroU32>,
        ///Subscriptions per page, 1 to 1000. Default 20.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<::std::num::NonZeroU32>,
        /// An ISO 8601 calendar date (`2024-12-31`: the whole day, UTC) or an RFC 3339 date and time with its offset (`2024-12-31T23:59:59.000Z`). The SDK keeps it as a `String`.
        #[serde(
            rename = "startDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_date: ::std::option::Option<::std::string::String>,
        /// State of a subscription.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::enums::SubscriptionStatus>,
    }
    impl SubscriptionFilter {
        pub fn builder() -> builder::SubscriptionFilter {
            Default::default()
        }
    }
    ///A recurring product a seller sells.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SubscriptionOffer {
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        /// Billing frequency of a subscription offer.
        pub frequency: crate::enums::SubscriptionFrequency,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub images: ::std::vec::Vec<::std::string::String>,
        pub name: ::std::string::String,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        pub price: crate::types::Money,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub published: ::std::option::Option<bool>,
        #[serde(
            rename = "redirectBackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub redirect_back_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtitle: ::std::option::Option<::std::string::String>,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thumbnail: ::std::option::Option<::std::string::String>,
        ///Trial length in days.
        #[serde(
            rename = "trialPeriod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub trial_period: ::std::option::Option<u32>,
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_at: ::std::option::Option<::std::string::String>,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl SubscriptionOffer {
        pub fn builder() -> builder::SubscriptionOffer {
            Default::default()
        }
    }
    ///One page of subscriptions. The Node SDK leaves this shape untyped: the list comes as `subscriptions` (or `data`), with the same pagination object as orders.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SubscriptionsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<Subscription>,
        /// Where a page stands in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pagination: ::std::option::Option<Pagination>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub subscriptions: ::std::vec::Vec<Subscription>,
    }
    impl SubscriptionsResponse {
        pub fn builder() -> builder::SubscriptionsResponse {
            Default::default()
        }
    }
    ///Input of discounts.update; every field is optional.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateDiscountParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        /// The last day a discount can be used, an `IsoDate` (`2024-12-31`; a date and time is read too). `null` or absent on create: it never expires; `null` on update removes the expiration. The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub expiration: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        #[serde(
            rename = "mainProductIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub main_product_ids: ::std::vec::Vec<::std::string::String>,
        /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// What a discount takes off: with `valueType` `percentage` (the default) a percentage of the price, `20` being 20% and at most 100; with `fixed` an amount in the currency's major unit, as `Money`. The SDK keeps it as `pocketsflow::types::Money` either way (`.value(20)`), an exact decimal.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<crate::types::Money>,
        /// How a discount's value is applied.
        #[serde(
            rename = "valueType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub value_type: ::std::option::Option<crate::enums::DiscountValueType>,
    }
    impl UpdateDiscountParams {
        pub fn builder() -> builder::UpdateDiscountParams {
            Default::default()
        }
    }
    ///Input of products.update; every field is optional.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateProductParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        /// A currency, its 3-letter ISO 4217 code (`USD`; either case). The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///`null` removes the description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub description: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<crate::types::Money>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub published: ::std::option::Option<bool>,
    }
    impl UpdateProductParams {
        pub fn builder() -> builder::UpdateProductParams {
            Default::default()
        }
    }
    ///Input of upsells.update; every field is optional.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateUpsellParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(
            rename = "mainProductIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub main_product_ids: ::std::vec::Vec<::std::string::String>,
        /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///`null` removes it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub offer: ::std::option::Option<::std::option::Option<::std::string::String>>,
        ///`null` removes it.
        #[serde(
            rename = "primaryButtonText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub primary_button_text: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///`null` removes it.
        #[serde(
            rename = "secondaryButtonText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub secondary_button_text: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///`null` removes it.
        #[serde(
            rename = "upsellDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub upsell_description: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(
            rename = "upsellPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub upsell_price: ::std::option::Option<crate::types::Money>,
        #[serde(
            rename = "upsellProductId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub upsell_product_id: ::std::option::Option<::std::string::String>,
    }
    impl UpdateUpsellParams {
        pub fn builder() -> builder::UpdateUpsellParams {
            Default::default()
        }
    }
    ///Input of users.update; every field is optional.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateUserParams {
        ///The address buyers contact the store at; the account's login `email` does not change.
        #[serde(
            rename = "contactEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contact_email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        /// A currency, its 3-letter ISO 4217 code (`USD`; either case). The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subdomain: ::std::option::Option<::std::string::String>,
    }
    impl UpdateUserParams {
        pub fn builder() -> builder::UpdateUserParams {
            Default::default()
        }
    }
    ///Input of webhooks.update; every field is optional.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateWebhookParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///`null` removes the description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::setters::deserialize_nullable")]
        pub description: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///The events to receive, at least one. Free strings: the API takes any name here (its own documentation passes names that are not values of WebhookEvent); a name no event has receives nothing.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<::std::string::String>,
        /// An http(s) URL with a host (`https://example.com/webhooks`): a webhook endpoint, where a buyer returns after checkout. The SDK keeps it as a `String`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl UpdateWebhookParams {
        pub fn builder() -> builder::UpdateWebhookParams {
            Default::default()
        }
    }
    ///A post-purchase upsell offer.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Upsell {
        pub active: bool,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(rename = "mainProductIds")]
        pub main_product_ids: ::std::vec::Vec<::std::string::String>,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offer: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "primaryButtonText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub primary_button_text: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "secondaryButtonText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub secondary_button_text: ::std::option::Option<::std::string::String>,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        #[serde(
            rename = "upsellDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub upsell_description: ::std::option::Option<::std::string::String>,
        /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
        #[serde(rename = "upsellPrice")]
        pub upsell_price: crate::types::Money,
        #[serde(rename = "upsellProductId")]
        pub upsell_product_id: ::std::string::String,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Upsell {
        pub fn builder() -> builder::Upsell {
            Default::default()
        }
    }
    ///All upsells, with the sales they produced (shape not documented).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpsellsResponse {
        #[serde(rename = "salesWithUpsells")]
        pub sales_with_upsells: ::std::vec::Vec<::serde_json::Value>,
        pub upsells: ::std::vec::Vec<Upsell>,
    }
    impl UpsellsResponse {
        pub fn builder() -> builder::UpsellsResponse {
            Default::default()
        }
    }
    ///The account that owns the API key.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct User {
        ///The address buyers contact the store at (the account's `email` is the login's).
        #[serde(
            rename = "contactEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contact_email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdFirstProduct",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_first_product: ::std::option::Option<bool>,
        pub currency: ::std::string::String,
        pub email: ::std::string::String,
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "hasSales")]
        pub has_sales: bool,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The store's subdomain.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subdomain: ::std::option::Option<::std::string::String>,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///An endpoint that receives events.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Webhook {
        pub active: bool,
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The names of the events it receives. Free strings: the API keeps the names it was given on update, which need not be values of WebhookEvent.
        pub events: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "_id")]
        pub id: ::std::string::String,
        /// The signing secret of a webhook endpoint (whsec_...): the HMAC-SHA256 key of its deliveries' X-Pocketsflow-Signature. The SDK maps it to `pocketsflow::events::WebhookSecret`, whose Debug never shows it.
        pub secret: crate::events::WebhookSecret,
        #[serde(rename = "testMode")]
        pub test_mode: bool,
        pub url: ::std::string::String,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Webhook {
        pub fn builder() -> builder::Webhook {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CheckoutSession {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CheckoutSession {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CheckoutSession {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutSession> for super::CheckoutSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutSession> for CheckoutSession {
            fn from(value: super::CheckoutSession) -> Self {
                Self {
                    id: Ok(value.id),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateCheckoutParams {
            cancel_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer_email: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            discount_code: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                super::CreateCheckoutParamsProductId,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateCheckoutParams {
            fn default() -> Self {
                Self {
                    cancel_url: Err("no value supplied for cancel_url".to_string()),
                    customer_email: Ok(Default::default()),
                    discount_code: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    success_url: Err("no value supplied for success_url".to_string()),
                }
            }
        }
        impl CreateCheckoutParams {
            /// An http(s) URL with a host (`https://example.com/webhooks`): a webhook endpoint, where a buyer returns after checkout. The SDK keeps it as a `String`.
            pub fn cancel_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cancel_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cancel_url: {e}")
                    });
                self
            }
            ///Prefills the buyer's email; `null` for none.
            pub fn customer_email<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.customer_email = Ok(Some(value.into_nullable()));
                self
            }
            ///An active, unexpired discount code of this product; `null` for none.
            pub fn discount_code<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.discount_code = Ok(Some(value.into_nullable()));
                self
            }
            ///Free-form data kept with the session.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::Into<::serde_json::Value>,
            {
                self.metadata = crate::setters::json_object(value.into())
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            ///A product or a subscription offer, published and active.
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateCheckoutParamsProductId>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            /// An http(s) URL with a host (`https://example.com/webhooks`): a webhook endpoint, where a buyer returns after checkout. The SDK keeps it as a `String`.
            pub fn success_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.success_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCheckoutParams>
        for super::CreateCheckoutParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCheckoutParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cancel_url: value.cancel_url?,
                    customer_email: value.customer_email?,
                    discount_code: value.discount_code?,
                    metadata: value.metadata?,
                    product_id: value.product_id?,
                    success_url: value.success_url?,
                })
            }
        }
        impl ::std::convert::From<super::CreateCheckoutParams> for CreateCheckoutParams {
            fn from(value: super::CreateCheckoutParams) -> Self {
                Self {
                    cancel_url: Ok(value.cancel_url),
                    customer_email: Ok(value.customer_email),
                    discount_code: Ok(value.discount_code),
                    metadata: Ok(value.metadata),
                    product_id: Ok(value.product_id),
                    success_url: Ok(value.success_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateDiscountParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                super::CreateDiscountParamsCode,
                ::std::string::String,
            >,
            expiration: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            main_product_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreateDiscountParamsName,
                ::std::string::String,
            >,
            value: ::std::result::Result<crate::types::Money, ::std::string::String>,
            value_type: ::std::result::Result<
                ::std::option::Option<crate::enums::DiscountValueType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateDiscountParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    code: Err("no value supplied for code".to_string()),
                    expiration: Ok(Default::default()),
                    main_product_ids: Err(
                        "no value supplied for main_product_ids".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    value: Err("no value supplied for value".to_string()),
                    value_type: Ok(Default::default()),
                }
            }
        }
        impl CreateDiscountParams {
            ///Default true.
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            ///What customers enter at checkout.
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateDiscountParamsCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            /// The last day a discount can be used, an `IsoDate` (`2024-12-31`; a date and time is read too). `null` or absent on create: it never expires; `null` on update removes the expiration. The SDK keeps it as a `String`.
            pub fn expiration<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.expiration = Ok(Some(value.into_nullable()));
                self
            }
            ///The products it applies to, at least one.
            pub fn main_product_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.main_product_ids = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for main_product_ids: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateDiscountParamsName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// What a discount takes off: with `valueType` `percentage` (the default) a percentage of the price, `20` being 20% and at most 100; with `fixed` an amount in the currency's major unit, as `Money`. The SDK keeps it as `pocketsflow::types::Money` either way (`.value(20)`), an exact decimal.
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
            /// How a discount's value is applied.
            pub fn value_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::DiscountValueType>,
                T::Error: ::std::fmt::Display,
            {
                self.value_type = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for value_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateDiscountParams>
        for super::CreateDiscountParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateDiscountParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    code: value.code?,
                    expiration: value.expiration?,
                    main_product_ids: value.main_product_ids?,
                    name: value.name?,
                    value: value.value?,
                    value_type: value.value_type?,
                })
            }
        }
        impl ::std::convert::From<super::CreateDiscountParams> for CreateDiscountParams {
            fn from(value: super::CreateDiscountParams) -> Self {
                Self {
                    active: Ok(value.active),
                    code: Ok(value.code),
                    expiration: Ok(value.expiration),
                    main_product_ids: Ok(value.main_product_ids),
                    name: Ok(value.name),
                    value: Ok(value.value),
                    value_type: Ok(value.value_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProductParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            billing_interval: ::std::result::Result<
                ::std::option::Option<crate::enums::BillingInterval>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cta_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_first_name: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_last_name: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            images: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            max_price: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            min_price: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreateProductParamsName,
                ::std::string::String,
            >,
            pay_want: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            price: ::std::result::Result<crate::types::Money, ::std::string::String>,
            published: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            refund_policy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            show_reviews: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            show_sales: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subtitle: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            thumbnail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::enums::ProductType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateProductParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    billing_interval: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    cta_text: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    description: Ok(Default::default()),
                    has_first_name: Ok(Default::default()),
                    has_last_name: Ok(Default::default()),
                    images: Ok(Default::default()),
                    max_price: Ok(Default::default()),
                    min_price: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    pay_want: Ok(Default::default()),
                    price: Err("no value supplied for price".to_string()),
                    published: Ok(Default::default()),
                    refund_policy: Ok(Default::default()),
                    show_reviews: Ok(Default::default()),
                    show_sales: Ok(Default::default()),
                    slug: Ok(Default::default()),
                    subtitle: Ok(Default::default()),
                    thumbnail: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CreateProductParams {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            /// Billing interval of a subscription product.
            pub fn billing_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::BillingInterval>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_interval = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_interval: {e}"
                        )
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn cta_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cta_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for cta_text: {e}")
                    });
                self
            }
            /// A currency, its 3-letter ISO 4217 code (`USD`; either case). The SDK keeps it as a `String`.
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///Collect the buyer's first name.
            pub fn has_first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_first_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_first_name: {e}"
                        )
                    });
                self
            }
            ///Collect the buyer's last name.
            pub fn has_last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_last_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for has_last_name: {e}")
                    });
                self
            }
            pub fn images<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.images = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for images: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn max_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.max_price = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for max_price: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn min_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.min_price = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for min_price: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateProductParamsName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///Pay what you want, between `minPrice` and `maxPrice` (`minPrice` must not be above `maxPrice`).
            pub fn pay_want<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.pay_want = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for pay_want: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            ///Default true.
            pub fn published<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.published = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for published: {e}")
                    });
                self
            }
            pub fn refund_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refund_policy = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for refund_policy: {e}")
                    });
                self
            }
            ///Default true.
            pub fn show_reviews<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.show_reviews = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for show_reviews: {e}")
                    });
                self
            }
            ///Default true.
            pub fn show_sales<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.show_sales = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for show_sales: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn subtitle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subtitle = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for subtitle: {e}")
                    });
                self
            }
            pub fn thumbnail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.thumbnail = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for thumbnail: {e}")
                    });
                self
            }
            /// Whether a product is sold once or as a subscription.
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::ProductType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateProductParams>
        for super::CreateProductParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateProductParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    billing_interval: value.billing_interval?,
                    callback_url: value.callback_url?,
                    cta_text: value.cta_text?,
                    currency: value.currency?,
                    description: value.description?,
                    has_first_name: value.has_first_name?,
                    has_last_name: value.has_last_name?,
                    images: value.images?,
                    max_price: value.max_price?,
                    min_price: value.min_price?,
                    name: value.name?,
                    pay_want: value.pay_want?,
                    price: value.price?,
                    published: value.published?,
                    refund_policy: value.refund_policy?,
                    show_reviews: value.show_reviews?,
                    show_sales: value.show_sales?,
                    slug: value.slug?,
                    subtitle: value.subtitle?,
                    thumbnail: value.thumbnail?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CreateProductParams> for CreateProductParams {
            fn from(value: super::CreateProductParams) -> Self {
                Self {
                    active: Ok(value.active),
                    billing_interval: Ok(value.billing_interval),
                    callback_url: Ok(value.callback_url),
                    cta_text: Ok(value.cta_text),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    has_first_name: Ok(value.has_first_name),
                    has_last_name: Ok(value.has_last_name),
                    images: Ok(value.images),
                    max_price: Ok(value.max_price),
                    min_price: Ok(value.min_price),
                    name: Ok(value.name),
                    pay_want: Ok(value.pay_want),
                    price: Ok(value.price),
                    published: Ok(value.published),
                    refund_policy: Ok(value.refund_policy),
                    show_reviews: Ok(value.show_reviews),
                    show_sales: Ok(value.show_sales),
                    slug: Ok(value.slug),
                    subtitle: Ok(value.subtitle),
                    thumbnail: Ok(value.thumbnail),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRefundParams {
            amount: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                super::CreateRefundParamsOrderId,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateRefundParams {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    order_id: Err("no value supplied for order_id".to_string()),
                    reason: Ok(Default::default()),
                }
            }
        }
        impl CreateRefundParams {
            /// An amount of money greater than zero (what a refund takes back), otherwise as `Money`. The SDK maps it to `pocketsflow::types::Money` too.
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateRefundParamsOrderId>,
                T::Error: ::std::fmt::Display,
            {
                self.order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_id: {e}")
                    });
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateRefundParams> for super::CreateRefundParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateRefundParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    order_id: value.order_id?,
                    reason: value.reason?,
                })
            }
        }
        impl ::std::convert::From<super::CreateRefundParams> for CreateRefundParams {
            fn from(value: super::CreateRefundParams) -> Self {
                Self {
                    amount: Ok(value.amount),
                    order_id: Ok(value.order_id),
                    reason: Ok(value.reason),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateSubscriptionOfferParams {
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            checkout_colors: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            checkout_style: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            checkout_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            colors: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            cta_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            design: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            file: ::std::result::Result<
                ::std::option::Option<super::OfferFile>,
                ::std::string::String,
            >,
            frequency: ::std::result::Result<
                crate::enums::SubscriptionFrequency,
                ::std::string::String,
            >,
            has_callback_url: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_first_name: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_last_name: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_product_page: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            images: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            is_file: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            max_price: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            min_price: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreateSubscriptionOfferParamsName,
                ::std::string::String,
            >,
            page_style: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            portal_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price: ::std::result::Result<crate::types::Money, ::std::string::String>,
            privacy_policy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            published: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            redirect_back_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refund_policy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            show_reviews: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            show_sales: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subtitle: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            terms_of_service: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            thank_you_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            thumbnail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trial_period: ::std::result::Result<
                ::std::option::Option<u32>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateSubscriptionOfferParams {
            fn default() -> Self {
                Self {
                    callback_url: Ok(Default::default()),
                    checkout_colors: Ok(Default::default()),
                    checkout_style: Ok(Default::default()),
                    checkout_text: Ok(Default::default()),
                    colors: Ok(Default::default()),
                    cta_text: Ok(Default::default()),
                    description: Ok(Default::default()),
                    design: Ok(Default::default()),
                    file: Ok(Default::default()),
                    frequency: Err("no value supplied for frequency".to_string()),
                    has_callback_url: Ok(Default::default()),
                    has_first_name: Ok(Default::default()),
                    has_last_name: Ok(Default::default()),
                    has_product_page: Ok(Default::default()),
                    images: Ok(Default::default()),
                    is_file: Ok(Default::default()),
                    max_price: Ok(Default::default()),
                    min_price: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    page_style: Ok(Default::default()),
                    portal_text: Ok(Default::default()),
                    price: Err("no value supplied for price".to_string()),
                    privacy_policy: Ok(Default::default()),
                    published: Ok(Default::default()),
                    redirect_back_url: Ok(Default::default()),
                    refund_policy: Ok(Default::default()),
                    show_reviews: Ok(Default::default()),
                    show_sales: Ok(Default::default()),
                    slug: Ok(Default::default()),
                    subtitle: Ok(Default::default()),
                    terms_of_service: Ok(Default::default()),
                    thank_you_text: Ok(Default::default()),
                    thumbnail: Ok(Default::default()),
                    trial_period: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl CreateSubscriptionOfferParams {
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn checkout_colors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::Into<::serde_json::Value>,
            {
                self.checkout_colors = crate::setters::json_object(value.into())
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checkout_colors: {e}"
                        )
                    });
                self
            }
            pub fn checkout_style<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::Into<::serde_json::Value>,
            {
                self.checkout_style = crate::setters::json_object(value.into())
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checkout_style: {e}"
                        )
                    });
                self
            }
            pub fn checkout_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.checkout_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for checkout_text: {e}")
                    });
                self
            }
            pub fn colors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::Into<::serde_json::Value>,
            {
                self.colors = crate::setters::json_object(value.into())
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for colors: {e}")
                    });
                self
            }
            pub fn cta_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cta_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for cta_text: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn design<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::Into<::serde_json::Value>,
            {
                self.design = crate::setters::json_object(value.into())
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for design: {e}")
                    });
                self
            }
            /// A file URL, or an uploaded file reference.
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OfferFile>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for file: {e}")
                    });
                self
            }
            /// Billing frequency of a subscription offer.
            pub fn frequency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::SubscriptionFrequency>,
                T::Error: ::std::fmt::Display,
            {
                self.frequency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for frequency: {e}")
                    });
                self
            }
            pub fn has_callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_callback_url = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_callback_url: {e}"
                        )
                    });
                self
            }
            pub fn has_first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_first_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_first_name: {e}"
                        )
                    });
                self
            }
            pub fn has_last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_last_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for has_last_name: {e}")
                    });
                self
            }
            pub fn has_product_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_product_page = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_product_page: {e}"
                        )
                    });
                self
            }
            pub fn images<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.images = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for images: {e}")
                    });
                self
            }
            pub fn is_file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_file = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for is_file: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn max_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.max_price = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for max_price: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn min_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.min_price = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for min_price: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateSubscriptionOfferParamsName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn page_style<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::Into<::serde_json::Value>,
            {
                self.page_style = crate::setters::json_object(value.into())
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for page_style: {e}")
                    });
                self
            }
            pub fn portal_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.portal_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for portal_text: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn privacy_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.privacy_policy = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for privacy_policy: {e}"
                        )
                    });
                self
            }
            pub fn published<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.published = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for published: {e}")
                    });
                self
            }
            pub fn redirect_back_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_back_url = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for redirect_back_url: {e}"
                        )
                    });
                self
            }
            pub fn refund_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refund_policy = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for refund_policy: {e}")
                    });
                self
            }
            pub fn show_reviews<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.show_reviews = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for show_reviews: {e}")
                    });
                self
            }
            pub fn show_sales<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.show_sales = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for show_sales: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn subtitle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subtitle = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for subtitle: {e}")
                    });
                self
            }
            pub fn terms_of_service<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.terms_of_service = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for terms_of_service: {e}"
                        )
                    });
                self
            }
            pub fn thank_you_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.thank_you_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for thank_you_text: {e}"
                        )
                    });
                self
            }
            pub fn thumbnail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.thumbnail = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for thumbnail: {e}")
                    });
                self
            }
            ///Trial length in days.
            pub fn trial_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.trial_period = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for trial_period: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateSubscriptionOfferParams>
        for super::CreateSubscriptionOfferParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateSubscriptionOfferParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_url: value.callback_url?,
                    checkout_colors: value.checkout_colors?,
                    checkout_style: value.checkout_style?,
                    checkout_text: value.checkout_text?,
                    colors: value.colors?,
                    cta_text: value.cta_text?,
                    description: value.description?,
                    design: value.design?,
                    file: value.file?,
                    frequency: value.frequency?,
                    has_callback_url: value.has_callback_url?,
                    has_first_name: value.has_first_name?,
                    has_last_name: value.has_last_name?,
                    has_product_page: value.has_product_page?,
                    images: value.images?,
                    is_file: value.is_file?,
                    max_price: value.max_price?,
                    min_price: value.min_price?,
                    name: value.name?,
                    page_style: value.page_style?,
                    portal_text: value.portal_text?,
                    price: value.price?,
                    privacy_policy: value.privacy_policy?,
                    published: value.published?,
                    redirect_back_url: value.redirect_back_url?,
                    refund_policy: value.refund_policy?,
                    show_reviews: value.show_reviews?,
                    show_sales: value.show_sales?,
                    slug: value.slug?,
                    subtitle: value.subtitle?,
                    terms_of_service: value.terms_of_service?,
                    thank_you_text: value.thank_you_text?,
                    thumbnail: value.thumbnail?,
                    trial_period: value.trial_period?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::CreateSubscriptionOfferParams>
        for CreateSubscriptionOfferParams {
            fn from(value: super::CreateSubscriptionOfferParams) -> Self {
                Self {
                    callback_url: Ok(value.callback_url),
                    checkout_colors: Ok(value.checkout_colors),
                    checkout_style: Ok(value.checkout_style),
                    checkout_text: Ok(value.checkout_text),
                    colors: Ok(value.colors),
                    cta_text: Ok(value.cta_text),
                    description: Ok(value.description),
                    design: Ok(value.design),
                    file: Ok(value.file),
                    frequency: Ok(value.frequency),
                    has_callback_url: Ok(value.has_callback_url),
                    has_first_name: Ok(value.has_first_name),
                    has_last_name: Ok(value.has_last_name),
                    has_product_page: Ok(value.has_product_page),
                    images: Ok(value.images),
                    is_file: Ok(value.is_file),
                    max_price: Ok(value.max_price),
                    min_price: Ok(value.min_price),
                    name: Ok(value.name),
                    page_style: Ok(value.page_style),
                    portal_text: Ok(value.portal_text),
                    price: Ok(value.price),
                    privacy_policy: Ok(value.privacy_policy),
                    published: Ok(value.published),
                    redirect_back_url: Ok(value.redirect_back_url),
                    refund_policy: Ok(value.refund_policy),
                    show_reviews: Ok(value.show_reviews),
                    show_sales: Ok(value.show_sales),
                    slug: Ok(value.slug),
                    subtitle: Ok(value.subtitle),
                    terms_of_service: Ok(value.terms_of_service),
                    thank_you_text: Ok(value.thank_you_text),
                    thumbnail: Ok(value.thumbnail),
                    trial_period: Ok(value.trial_period),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateUpsellParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            main_product_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            offer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            primary_button_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secondary_button_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            upsell_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            upsell_price: ::std::result::Result<
                crate::types::Money,
                ::std::string::String,
            >,
            upsell_product_id: ::std::result::Result<
                super::CreateUpsellParamsUpsellProductId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateUpsellParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    main_product_ids: Err(
                        "no value supplied for main_product_ids".to_string(),
                    ),
                    name: Ok(Default::default()),
                    offer: Ok(Default::default()),
                    primary_button_text: Ok(Default::default()),
                    secondary_button_text: Ok(Default::default()),
                    upsell_description: Ok(Default::default()),
                    upsell_price: Err("no value supplied for upsell_price".to_string()),
                    upsell_product_id: Err(
                        "no value supplied for upsell_product_id".to_string(),
                    ),
                }
            }
        }
        impl CreateUpsellParams {
            ///Default true.
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            ///Products whose purchase triggers this upsell, at least one.
            pub fn main_product_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.main_product_ids = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for main_product_ids: {e}"
                        )
                    });
                self
            }
            /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///Headline text.
            pub fn offer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.offer = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for offer: {e}")
                    });
                self
            }
            pub fn primary_button_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.primary_button_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for primary_button_text: {e}"
                        )
                    });
                self
            }
            pub fn secondary_button_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.secondary_button_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secondary_button_text: {e}"
                        )
                    });
                self
            }
            pub fn upsell_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upsell_description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for upsell_description: {e}"
                        )
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn upsell_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.upsell_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upsell_price: {e}")
                    });
                self
            }
            pub fn upsell_product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateUpsellParamsUpsellProductId>,
                T::Error: ::std::fmt::Display,
            {
                self.upsell_product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for upsell_product_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateUpsellParams> for super::CreateUpsellParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateUpsellParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    main_product_ids: value.main_product_ids?,
                    name: value.name?,
                    offer: value.offer?,
                    primary_button_text: value.primary_button_text?,
                    secondary_button_text: value.secondary_button_text?,
                    upsell_description: value.upsell_description?,
                    upsell_price: value.upsell_price?,
                    upsell_product_id: value.upsell_product_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateUpsellParams> for CreateUpsellParams {
            fn from(value: super::CreateUpsellParams) -> Self {
                Self {
                    active: Ok(value.active),
                    main_product_ids: Ok(value.main_product_ids),
                    name: Ok(value.name),
                    offer: Ok(value.offer),
                    primary_button_text: Ok(value.primary_button_text),
                    secondary_button_text: Ok(value.secondary_button_text),
                    upsell_description: Ok(value.upsell_description),
                    upsell_price: Ok(value.upsell_price),
                    upsell_product_id: Ok(value.upsell_product_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateVariantParams {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreateVariantParamsName,
                ::std::string::String,
            >,
            price: ::std::result::Result<crate::types::Money, ::std::string::String>,
            product_id: ::std::result::Result<
                super::CreateVariantParamsProductId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateVariantParams {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    price: Err("no value supplied for price".to_string()),
                    product_id: Err("no value supplied for product_id".to_string()),
                }
            }
        }
        impl CreateVariantParams {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateVariantParamsName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateVariantParamsProductId>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateVariantParams>
        for super::CreateVariantParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateVariantParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    price: value.price?,
                    product_id: value.product_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateVariantParams> for CreateVariantParams {
            fn from(value: super::CreateVariantParams) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    price: Ok(value.price),
                    product_id: Ok(value.product_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebhookParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<crate::enums::WebhookEvent>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateWebhookParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    description: Ok(Default::default()),
                    events: Err("no value supplied for events".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CreateWebhookParams {
            ///Default true.
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///The events to receive, at least one.
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<crate::enums::WebhookEvent>,
                <T::Item as ::std::convert::TryInto<
                    crate::enums::WebhookEvent,
                >>::Error: ::std::fmt::Display,
            {
                self.events = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<
                            ::std::vec::Vec<crate::enums::WebhookEvent>,
                            _,
                        >,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            /// An http(s) URL with a host (`https://example.com/webhooks`): a webhook endpoint, where a buyer returns after checkout. The SDK keeps it as a `String`.
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateWebhookParams>
        for super::CreateWebhookParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebhookParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    description: value.description?,
                    events: value.events?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::CreateWebhookParams> for CreateWebhookParams {
            fn from(value: super::CreateWebhookParams) -> Self {
                Self {
                    active: Ok(value.active),
                    description: Ok(value.description),
                    events: Ok(value.events),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Customer {
            buyer_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            number_of_orders: ::std::result::Result<u64, ::std::string::String>,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            total_spent: ::std::result::Result<
                crate::types::Money,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Customer {
            fn default() -> Self {
                Self {
                    buyer_email: Err("no value supplied for buyer_email".to_string()),
                    country: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    number_of_orders: Err(
                        "no value supplied for number_of_orders".to_string(),
                    ),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    total_spent: Err("no value supplied for total_spent".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Customer {
            pub fn buyer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.buyer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for buyer_email: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn number_of_orders<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.number_of_orders = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for number_of_orders: {e}"
                        )
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn total_spent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.total_spent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_spent: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Customer> for super::Customer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Customer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    buyer_email: value.buyer_email?,
                    country: value.country?,
                    created_at: value.created_at?,
                    id: value.id?,
                    number_of_orders: value.number_of_orders?,
                    test_mode: value.test_mode?,
                    total_spent: value.total_spent?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Customer> for Customer {
            fn from(value: super::Customer) -> Self {
                Self {
                    buyer_email: Ok(value.buyer_email),
                    country: Ok(value.country),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    number_of_orders: Ok(value.number_of_orders),
                    test_mode: Ok(value.test_mode),
                    total_spent: Ok(value.total_spent),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Discount {
            active: ::std::result::Result<bool, ::std::string::String>,
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expiration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            main_product_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            used: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<crate::types::Money, ::std::string::String>,
            value_type: ::std::result::Result<
                crate::enums::DiscountValueType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Discount {
            fn default() -> Self {
                Self {
                    active: Err("no value supplied for active".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    expiration: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    main_product_ids: Err(
                        "no value supplied for main_product_ids".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    used: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                    value: Err("no value supplied for value".to_string()),
                    value_type: Err("no value supplied for value_type".to_string()),
                }
            }
        }
        impl Discount {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn expiration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.expiration = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for expiration: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn main_product_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.main_product_ids = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for main_product_ids: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            pub fn used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.used = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for used: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            /// What a discount takes off: with `valueType` `percentage` (the default) a percentage of the price, `20` being 20% and at most 100; with `fixed` an amount in the currency's major unit, as `Money`. The SDK keeps it as `pocketsflow::types::Money` either way (`.value(20)`), an exact decimal.
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
            /// How a discount's value is applied.
            pub fn value_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::DiscountValueType>,
                T::Error: ::std::fmt::Display,
            {
                self.value_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Discount> for super::Discount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Discount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    code: value.code?,
                    created_at: value.created_at?,
                    expiration: value.expiration?,
                    id: value.id?,
                    main_product_ids: value.main_product_ids?,
                    name: value.name?,
                    test_mode: value.test_mode?,
                    used: value.used?,
                    user_id: value.user_id?,
                    value: value.value?,
                    value_type: value.value_type?,
                })
            }
        }
        impl ::std::convert::From<super::Discount> for Discount {
            fn from(value: super::Discount) -> Self {
                Self {
                    active: Ok(value.active),
                    code: Ok(value.code),
                    created_at: Ok(value.created_at),
                    expiration: Ok(value.expiration),
                    id: Ok(value.id),
                    main_product_ids: Ok(value.main_product_ids),
                    name: Ok(value.name),
                    test_mode: Ok(value.test_mode),
                    used: Ok(value.used),
                    user_id: Ok(value.user_id),
                    value: Ok(value.value),
                    value_type: Ok(value.value_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorBody {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorBody {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    error: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorBody {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorBody> for super::ErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    error: value.error?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorBody> for ErrorBody {
            fn from(value: super::ErrorBody) -> Self {
                Self {
                    code: Ok(value.code),
                    error: Ok(value.error),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessageResponse {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageResponse {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                }
            }
        }
        impl MessageResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageResponse> for super::MessageResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { message: value.message? })
            }
        }
        impl ::std::convert::From<super::MessageResponse> for MessageResponse {
            fn from(value: super::MessageResponse) -> Self {
                Self { message: Ok(value.message) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Order {
            affiliate_cut: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            buyer_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::std::option::Option<super::OrderCustomer>,
                ::std::string::String,
            >,
            gross_amount: ::std::result::Result<
                crate::types::Money,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_disputed: ::std::result::Result<bool, ::std::string::String>,
            is_refunded: ::std::result::Result<bool, ::std::string::String>,
            net_amount: ::std::result::Result<
                crate::types::Money,
                ::std::string::String,
            >,
            paypal_fee: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<super::Product>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            stripe_fee: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            tax_amount: ::std::result::Result<
                crate::types::Money,
                ::std::string::String,
            >,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Order {
            fn default() -> Self {
                Self {
                    affiliate_cut: Ok(Default::default()),
                    buyer_email: Err("no value supplied for buyer_email".to_string()),
                    country: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    customer: Ok(Default::default()),
                    gross_amount: Err("no value supplied for gross_amount".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_disputed: Err("no value supplied for is_disputed".to_string()),
                    is_refunded: Err("no value supplied for is_refunded".to_string()),
                    net_amount: Err("no value supplied for net_amount".to_string()),
                    paypal_fee: Ok(Default::default()),
                    product: Ok(Default::default()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    stripe_fee: Ok(Default::default()),
                    tax_amount: Err("no value supplied for tax_amount".to_string()),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Order {
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn affiliate_cut<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.affiliate_cut = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for affiliate_cut: {e}")
                    });
                self
            }
            pub fn buyer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.buyer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for buyer_email: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            /// The buyer of an order, as embedded in it.
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrderCustomer>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn gross_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.gross_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gross_amount: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_disputed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_disputed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_disputed: {e}")
                    });
                self
            }
            pub fn is_refunded<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_refunded = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_refunded: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn net_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.net_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for net_amount: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn paypal_fee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.paypal_fee = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for paypal_fee: {e}")
                    });
                self
            }
            /// A digital product.
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Product>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn stripe_fee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.stripe_fee = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for stripe_fee: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn tax_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_amount: {e}")
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Order> for super::Order {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Order,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    affiliate_cut: value.affiliate_cut?,
                    buyer_email: value.buyer_email?,
                    country: value.country?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer: value.customer?,
                    gross_amount: value.gross_amount?,
                    id: value.id?,
                    is_disputed: value.is_disputed?,
                    is_refunded: value.is_refunded?,
                    net_amount: value.net_amount?,
                    paypal_fee: value.paypal_fee?,
                    product: value.product?,
                    product_id: value.product_id?,
                    stripe_fee: value.stripe_fee?,
                    tax_amount: value.tax_amount?,
                    test_mode: value.test_mode?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Order> for Order {
            fn from(value: super::Order) -> Self {
                Self {
                    affiliate_cut: Ok(value.affiliate_cut),
                    buyer_email: Ok(value.buyer_email),
                    country: Ok(value.country),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer: Ok(value.customer),
                    gross_amount: Ok(value.gross_amount),
                    id: Ok(value.id),
                    is_disputed: Ok(value.is_disputed),
                    is_refunded: Ok(value.is_refunded),
                    net_amount: Ok(value.net_amount),
                    paypal_fee: Ok(value.paypal_fee),
                    product: Ok(value.product),
                    product_id: Ok(value.product_id),
                    stripe_fee: Ok(value.stripe_fee),
                    tax_amount: Ok(value.tax_amount),
                    test_mode: Ok(value.test_mode),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderCustomer {
            buyer_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrderCustomer {
            fn default() -> Self {
                Self {
                    buyer_email: Err("no value supplied for buyer_email".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl OrderCustomer {
            pub fn buyer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.buyer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for buyer_email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<OrderCustomer> for super::OrderCustomer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderCustomer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    buyer_email: value.buyer_email?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::OrderCustomer> for OrderCustomer {
            fn from(value: super::OrderCustomer) -> Self {
                Self {
                    buyer_email: Ok(value.buyer_email),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrdersResponse {
            orders: ::std::result::Result<
                ::std::vec::Vec<super::Order>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for OrdersResponse {
            fn default() -> Self {
                Self {
                    orders: Err("no value supplied for orders".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl OrdersResponse {
            pub fn orders<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<super::Order>,
                <T::Item as ::std::convert::TryInto<
                    super::Order,
                >>::Error: ::std::fmt::Display,
            {
                self.orders = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<::std::result::Result<::std::vec::Vec<super::Order>, _>>()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for orders: {e}")
                    });
                self
            }
            /// Where a page stands in the whole list.
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrdersResponse> for super::OrdersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrdersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    orders: value.orders?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::OrdersResponse> for OrdersResponse {
            fn from(value: super::OrdersResponse) -> Self {
                Self {
                    orders: Ok(value.orders),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pagination {
            current_page: ::std::result::Result<u64, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            page_size: ::std::result::Result<u64, ::std::string::String>,
            total_count: ::std::result::Result<u64, ::std::string::String>,
            total_pages: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for Pagination {
            fn default() -> Self {
                Self {
                    current_page: Err("no value supplied for current_page".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    page_size: Err("no value supplied for page_size".to_string()),
                    total_count: Err("no value supplied for total_count".to_string()),
                    total_pages: Err("no value supplied for total_pages".to_string()),
                }
            }
        }
        impl Pagination {
            pub fn current_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.current_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for current_page: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
            pub fn total_pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_pages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Pagination> for super::Pagination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pagination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    current_page: value.current_page?,
                    has_more: value.has_more?,
                    page_size: value.page_size?,
                    total_count: value.total_count?,
                    total_pages: value.total_pages?,
                })
            }
        }
        impl ::std::convert::From<super::Pagination> for Pagination {
            fn from(value: super::Pagination) -> Self {
                Self {
                    current_page: Ok(value.current_page),
                    has_more: Ok(value.has_more),
                    page_size: Ok(value.page_size),
                    total_count: Ok(value.total_count),
                    total_pages: Ok(value.total_pages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Product {
            active: ::std::result::Result<bool, ::std::string::String>,
            billing_interval: ::std::result::Result<
                ::std::option::Option<crate::enums::BillingInterval>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            cta_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            files: ::std::result::Result<
                ::std::vec::Vec<super::ProductFile>,
                ::std::string::String,
            >,
            has_first_name: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_last_name: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            images: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            max_price: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            min_price: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            pay_want: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            price: ::std::result::Result<crate::types::Money, ::std::string::String>,
            published: ::std::result::Result<bool, ::std::string::String>,
            refund_policy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            show_reviews: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            show_sales: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subtitle: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            thumbnail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::enums::ProductType,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Product {
            fn default() -> Self {
                Self {
                    active: Err("no value supplied for active".to_string()),
                    billing_interval: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    cta_text: Ok(Default::default()),
                    currency: Err("no value supplied for currency".to_string()),
                    description: Ok(Default::default()),
                    files: Ok(Default::default()),
                    has_first_name: Ok(Default::default()),
                    has_last_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    images: Ok(Default::default()),
                    max_price: Ok(Default::default()),
                    min_price: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    pay_want: Ok(Default::default()),
                    price: Err("no value supplied for price".to_string()),
                    published: Err("no value supplied for published".to_string()),
                    refund_policy: Ok(Default::default()),
                    show_reviews: Ok(Default::default()),
                    show_sales: Ok(Default::default()),
                    slug: Ok(Default::default()),
                    subtitle: Ok(Default::default()),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    thumbnail: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Product {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            /// Billing interval of a subscription product.
            pub fn billing_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::BillingInterval>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_interval = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_interval: {e}"
                        )
                    });
                self
            }
            ///Where the buyer is sent after paying.
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            ///Text of the buy button.
            pub fn cta_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cta_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for cta_text: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn files<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<super::ProductFile>,
                <T::Item as ::std::convert::TryInto<
                    super::ProductFile,
                >>::Error: ::std::fmt::Display,
            {
                self.files = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<super::ProductFile>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for files: {e}")
                    });
                self
            }
            ///Whether checkout collects the buyer's first name.
            pub fn has_first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_first_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_first_name: {e}"
                        )
                    });
                self
            }
            ///Whether checkout collects the buyer's last name.
            pub fn has_last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_last_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for has_last_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn images<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.images = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for images: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn max_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.max_price = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for max_price: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn min_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.min_price = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for min_price: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///Pay what you want, between `minPrice` and `maxPrice`.
            pub fn pay_want<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.pay_want = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for pay_want: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn published<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.published = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for published: {e}")
                    });
                self
            }
            pub fn refund_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refund_policy = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for refund_policy: {e}")
                    });
                self
            }
            ///Whether the product page shows reviews.
            pub fn show_reviews<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.show_reviews = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for show_reviews: {e}")
                    });
                self
            }
            ///Whether the product page shows the number of sales.
            pub fn show_sales<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.show_sales = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for show_sales: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn subtitle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subtitle = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for subtitle: {e}")
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            ///URL of the product's thumbnail image.
            pub fn thumbnail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.thumbnail = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for thumbnail: {e}")
                    });
                self
            }
            /// Whether a product is sold once or as a subscription.
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::ProductType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Product> for super::Product {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Product,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    billing_interval: value.billing_interval?,
                    callback_url: value.callback_url?,
                    created_at: value.created_at?,
                    cta_text: value.cta_text?,
                    currency: value.currency?,
                    description: value.description?,
                    files: value.files?,
                    has_first_name: value.has_first_name?,
                    has_last_name: value.has_last_name?,
                    id: value.id?,
                    images: value.images?,
                    max_price: value.max_price?,
                    min_price: value.min_price?,
                    name: value.name?,
                    pay_want: value.pay_want?,
                    price: value.price?,
                    published: value.published?,
                    refund_policy: value.refund_policy?,
                    show_reviews: value.show_reviews?,
                    show_sales: value.show_sales?,
                    slug: value.slug?,
                    subtitle: value.subtitle?,
                    test_mode: value.test_mode?,
                    thumbnail: value.thumbnail?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Product> for Product {
            fn from(value: super::Product) -> Self {
                Self {
                    active: Ok(value.active),
                    billing_interval: Ok(value.billing_interval),
                    callback_url: Ok(value.callback_url),
                    created_at: Ok(value.created_at),
                    cta_text: Ok(value.cta_text),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    files: Ok(value.files),
                    has_first_name: Ok(value.has_first_name),
                    has_last_name: Ok(value.has_last_name),
                    id: Ok(value.id),
                    images: Ok(value.images),
                    max_price: Ok(value.max_price),
                    min_price: Ok(value.min_price),
                    name: Ok(value.name),
                    pay_want: Ok(value.pay_want),
                    price: Ok(value.price),
                    published: Ok(value.published),
                    refund_policy: Ok(value.refund_policy),
                    show_reviews: Ok(value.show_reviews),
                    show_sales: Ok(value.show_sales),
                    slug: Ok(value.slug),
                    subtitle: Ok(value.subtitle),
                    test_mode: Ok(value.test_mode),
                    thumbnail: Ok(value.thumbnail),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductFile {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            size: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ProductFile {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    size: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ProductFile {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductFile> for super::ProductFile {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductFile,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    size: value.size?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::ProductFile> for ProductFile {
            fn from(value: super::ProductFile) -> Self {
                Self {
                    name: Ok(value.name),
                    size: Ok(value.size),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductVariant {
            active: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            price: ::std::result::Result<crate::types::Money, ::std::string::String>,
            product_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductVariant {
            fn default() -> Self {
                Self {
                    active: Err("no value supplied for active".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    price: Err("no value supplied for price".to_string()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl ProductVariant {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductVariant> for super::ProductVariant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductVariant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    created_at: value.created_at?,
                    description: value.description?,
                    id: value.id?,
                    name: value.name?,
                    price: value.price?,
                    product_id: value.product_id?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::ProductVariant> for ProductVariant {
            fn from(value: super::ProductVariant) -> Self {
                Self {
                    active: Ok(value.active),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    price: Ok(value.price),
                    product_id: Ok(value.product_id),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Refund {
            amount: ::std::result::Result<crate::types::Money, ::std::string::String>,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::enums::RefundStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Refund {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    order_id: Err("no value supplied for order_id".to_string()),
                    reason: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl Refund {
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_id: {e}")
                    });
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
            /// State of a refund.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::RefundStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Refund> for super::Refund {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Refund,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    created_at: value.created_at?,
                    id: value.id?,
                    order_id: value.order_id?,
                    reason: value.reason?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Refund> for Refund {
            fn from(value: super::Refund) -> Self {
                Self {
                    amount: Ok(value.amount),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    order_id: Ok(value.order_id),
                    reason: Ok(value.reason),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Review {
            buyer_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            product_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            rating: ::std::result::Result<f64, ::std::string::String>,
            review: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Review {
            fn default() -> Self {
                Self {
                    buyer_email: Err("no value supplied for buyer_email".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    rating: Err("no value supplied for rating".to_string()),
                    review: Ok(Default::default()),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Review {
            pub fn buyer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.buyer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for buyer_email: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn rating<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.rating = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rating: {e}")
                    });
                self
            }
            pub fn review<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.review = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for review: {e}")
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Review> for super::Review {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Review,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    buyer_email: value.buyer_email?,
                    created_at: value.created_at?,
                    id: value.id?,
                    product_id: value.product_id?,
                    rating: value.rating?,
                    review: value.review?,
                    test_mode: value.test_mode?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Review> for Review {
            fn from(value: super::Review) -> Self {
                Self {
                    buyer_email: Ok(value.buyer_email),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    product_id: Ok(value.product_id),
                    rating: Ok(value.rating),
                    review: Ok(value.review),
                    test_mode: Ok(value.test_mode),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Subscription {
            cancel_at_period_end: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            current_period_end: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            current_period_start: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            product_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::enums::SubscriptionStatus,
                ::std::string::String,
            >,
            stripe_subscription_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Subscription {
            fn default() -> Self {
                Self {
                    cancel_at_period_end: Err(
                        "no value supplied for cancel_at_period_end".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    current_period_end: Err(
                        "no value supplied for current_period_end".to_string(),
                    ),
                    current_period_start: Err(
                        "no value supplied for current_period_start".to_string(),
                    ),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    stripe_subscription_id: Ok(Default::default()),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Subscription {
            pub fn cancel_at_period_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.cancel_at_period_end = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cancel_at_period_end: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn current_period_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.current_period_end = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_period_end: {e}"
                        )
                    });
                self
            }
            pub fn current_period_start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.current_period_start = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_period_start: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            /// State of a subscription.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::SubscriptionStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn stripe_subscription_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.stripe_subscription_id = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for stripe_subscription_id: {e}"
                        )
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Subscription> for super::Subscription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Subscription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cancel_at_period_end: value.cancel_at_period_end?,
                    created_at: value.created_at?,
                    current_period_end: value.current_period_end?,
                    current_period_start: value.current_period_start?,
                    customer_id: value.customer_id?,
                    id: value.id?,
                    product_id: value.product_id?,
                    status: value.status?,
                    stripe_subscription_id: value.stripe_subscription_id?,
                    test_mode: value.test_mode?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Subscription> for Subscription {
            fn from(value: super::Subscription) -> Self {
                Self {
                    cancel_at_period_end: Ok(value.cancel_at_period_end),
                    created_at: Ok(value.created_at),
                    current_period_end: Ok(value.current_period_end),
                    current_period_start: Ok(value.current_period_start),
                    customer_id: Ok(value.customer_id),
                    id: Ok(value.id),
                    product_id: Ok(value.product_id),
                    status: Ok(value.status),
                    stripe_subscription_id: Ok(value.stripe_subscription_id),
                    test_mode: Ok(value.test_mode),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriptionFilter {
            end_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
            start_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::enums::SubscriptionStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriptionFilter {
            fn default() -> Self {
                Self {
                    end_date: Ok(Default::default()),
                    page: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    start_date: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl SubscriptionFilter {
            /// An ISO 8601 calendar date (`2024-12-31`: the whole day, UTC) or an RFC 3339 date and time with its offset (`2024-12-31T23:59:59.000Z`). The SDK keeps it as a `String`.
            pub fn end_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.end_date = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for end_date: {e}")
                    });
                self
            }
            ///Page number, starting at 1.
            pub fn page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU32>,
                T::Error: ::std::fmt::Display,
            {
                self.page = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for page: {e}")
                    });
                self
            }
            ///Subscriptions per page, 1 to 1000. Default 20.
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU32>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            /// An ISO 8601 calendar date (`2024-12-31`: the whole day, UTC) or an RFC 3339 date and time with its offset (`2024-12-31T23:59:59.000Z`). The SDK keeps it as a `String`.
            pub fn start_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.start_date = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for start_date: {e}")
                    });
                self
            }
            /// State of a subscription.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::SubscriptionStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriptionFilter> for super::SubscriptionFilter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriptionFilter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end_date: value.end_date?,
                    page: value.page?,
                    page_size: value.page_size?,
                    start_date: value.start_date?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriptionFilter> for SubscriptionFilter {
            fn from(value: super::SubscriptionFilter) -> Self {
                Self {
                    end_date: Ok(value.end_date),
                    page: Ok(value.page),
                    page_size: Ok(value.page_size),
                    start_date: Ok(value.start_date),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriptionOffer {
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            frequency: ::std::result::Result<
                crate::enums::SubscriptionFrequency,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            images: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            price: ::std::result::Result<crate::types::Money, ::std::string::String>,
            published: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            redirect_back_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subtitle: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            thumbnail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trial_period: ::std::result::Result<
                ::std::option::Option<u32>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SubscriptionOffer {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Ok(Default::default()),
                    description: Ok(Default::default()),
                    frequency: Err("no value supplied for frequency".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    images: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    price: Err("no value supplied for price".to_string()),
                    published: Ok(Default::default()),
                    redirect_back_url: Ok(Default::default()),
                    slug: Ok(Default::default()),
                    subtitle: Ok(Default::default()),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    thumbnail: Ok(Default::default()),
                    trial_period: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl SubscriptionOffer {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            /// Billing frequency of a subscription offer.
            pub fn frequency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::SubscriptionFrequency>,
                T::Error: ::std::fmt::Display,
            {
                self.frequency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for frequency: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn images<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.images = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for images: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn published<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.published = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for published: {e}")
                    });
                self
            }
            pub fn redirect_back_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_back_url = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for redirect_back_url: {e}"
                        )
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn subtitle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subtitle = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for subtitle: {e}")
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            pub fn thumbnail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.thumbnail = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for thumbnail: {e}")
                    });
                self
            }
            ///Trial length in days.
            pub fn trial_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u32>,
                T::Error: ::std::fmt::Display,
            {
                self.trial_period = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for trial_period: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriptionOffer> for super::SubscriptionOffer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriptionOffer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    currency: value.currency?,
                    description: value.description?,
                    frequency: value.frequency?,
                    id: value.id?,
                    images: value.images?,
                    name: value.name?,
                    price: value.price?,
                    published: value.published?,
                    redirect_back_url: value.redirect_back_url?,
                    slug: value.slug?,
                    subtitle: value.subtitle?,
                    test_mode: value.test_mode?,
                    thumbnail: value.thumbnail?,
                    trial_period: value.trial_period?,
                    updated_at: value.updated_at?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriptionOffer> for SubscriptionOffer {
            fn from(value: super::SubscriptionOffer) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    frequency: Ok(value.frequency),
                    id: Ok(value.id),
                    images: Ok(value.images),
                    name: Ok(value.name),
                    price: Ok(value.price),
                    published: Ok(value.published),
                    redirect_back_url: Ok(value.redirect_back_url),
                    slug: Ok(value.slug),
                    subtitle: Ok(value.subtitle),
                    test_mode: Ok(value.test_mode),
                    thumbnail: Ok(value.thumbnail),
                    trial_period: Ok(value.trial_period),
                    updated_at: Ok(value.updated_at),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriptionsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Subscription>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                ::std::option::Option<super::Pagination>,
                ::std::string::String,
            >,
            subscriptions: ::std::result::Result<
                ::std::vec::Vec<super::Subscription>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriptionsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    pagination: Ok(Default::default()),
                    subscriptions: Ok(Default::default()),
                }
            }
        }
        impl SubscriptionsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<super::Subscription>,
                <T::Item as ::std::convert::TryInto<
                    super::Subscription,
                >>::Error: ::std::fmt::Display,
            {
                self.data = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<super::Subscription>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            /// Where a page stands in the whole list.
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
            pub fn subscriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<super::Subscription>,
                <T::Item as ::std::convert::TryInto<
                    super::Subscription,
                >>::Error: ::std::fmt::Display,
            {
                self.subscriptions = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<super::Subscription>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for subscriptions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriptionsResponse>
        for super::SubscriptionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriptionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                    subscriptions: value.subscriptions?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriptionsResponse>
        for SubscriptionsResponse {
            fn from(value: super::SubscriptionsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                    subscriptions: Ok(value.subscriptions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateDiscountParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiration: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            main_product_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            value_type: ::std::result::Result<
                ::std::option::Option<crate::enums::DiscountValueType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateDiscountParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    code: Ok(Default::default()),
                    expiration: Ok(Default::default()),
                    main_product_ids: Ok(Default::default()),
                    name: Ok(Default::default()),
                    value: Ok(Default::default()),
                    value_type: Ok(Default::default()),
                }
            }
        }
        impl UpdateDiscountParams {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            /// The last day a discount can be used, an `IsoDate` (`2024-12-31`; a date and time is read too). `null` or absent on create: it never expires; `null` on update removes the expiration. The SDK keeps it as a `String`.
            pub fn expiration<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.expiration = Ok(Some(value.into_nullable()));
                self
            }
            pub fn main_product_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.main_product_ids = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for main_product_ids: {e}"
                        )
                    });
                self
            }
            /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// What a discount takes off: with `valueType` `percentage` (the default) a percentage of the price, `20` being 20% and at most 100; with `fixed` an amount in the currency's major unit, as `Money`. The SDK keeps it as `pocketsflow::types::Money` either way (`.value(20)`), an exact decimal.
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
            /// How a discount's value is applied.
            pub fn value_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::DiscountValueType>,
                T::Error: ::std::fmt::Display,
            {
                self.value_type = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for value_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateDiscountParams>
        for super::UpdateDiscountParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateDiscountParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    code: value.code?,
                    expiration: value.expiration?,
                    main_product_ids: value.main_product_ids?,
                    name: value.name?,
                    value: value.value?,
                    value_type: value.value_type?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateDiscountParams> for UpdateDiscountParams {
            fn from(value: super::UpdateDiscountParams) -> Self {
                Self {
                    active: Ok(value.active),
                    code: Ok(value.code),
                    expiration: Ok(value.expiration),
                    main_product_ids: Ok(value.main_product_ids),
                    name: Ok(value.name),
                    value: Ok(value.value),
                    value_type: Ok(value.value_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateProductParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            published: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateProductParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                    price: Ok(Default::default()),
                    published: Ok(Default::default()),
                }
            }
        }
        impl UpdateProductParams {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            /// A currency, its 3-letter ISO 4217 code (`USD`; either case). The SDK keeps it as a `String`.
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            ///`null` removes the description.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.description = Ok(Some(value.into_nullable()));
                self
            }
            /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn published<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.published = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for published: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateProductParams>
        for super::UpdateProductParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateProductParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    currency: value.currency?,
                    description: value.description?,
                    name: value.name?,
                    price: value.price?,
                    published: value.published?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateProductParams> for UpdateProductParams {
            fn from(value: super::UpdateProductParams) -> Self {
                Self {
                    active: Ok(value.active),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    name: Ok(value.name),
                    price: Ok(value.price),
                    published: Ok(value.published),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateUpsellParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            main_product_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            offer: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            primary_button_text: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            secondary_button_text: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            upsell_description: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            upsell_price: ::std::result::Result<
                ::std::option::Option<crate::types::Money>,
                ::std::string::String,
            >,
            upsell_product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateUpsellParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    main_product_ids: Ok(Default::default()),
                    name: Ok(Default::default()),
                    offer: Ok(Default::default()),
                    primary_button_text: Ok(Default::default()),
                    secondary_button_text: Ok(Default::default()),
                    upsell_description: Ok(Default::default()),
                    upsell_price: Ok(Default::default()),
                    upsell_product_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateUpsellParams {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn main_product_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.main_product_ids = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for main_product_ids: {e}"
                        )
                    });
                self
            }
            /// A text that must not be empty when given (an optional name or code). The SDK keeps it as a `String`.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///`null` removes it.
            pub fn offer<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.offer = Ok(Some(value.into_nullable()));
                self
            }
            ///`null` removes it.
            pub fn primary_button_text<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.primary_button_text = Ok(Some(value.into_nullable()));
                self
            }
            ///`null` removes it.
            pub fn secondary_button_text<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.secondary_button_text = Ok(Some(value.into_nullable()));
                self
            }
            ///`null` removes it.
            pub fn upsell_description<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.upsell_description = Ok(Some(value.into_nullable()));
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn upsell_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.upsell_price = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for upsell_price: {e}")
                    });
                self
            }
            pub fn upsell_product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upsell_product_id = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for upsell_product_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateUpsellParams> for super::UpdateUpsellParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateUpsellParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    main_product_ids: value.main_product_ids?,
                    name: value.name?,
                    offer: value.offer?,
                    primary_button_text: value.primary_button_text?,
                    secondary_button_text: value.secondary_button_text?,
                    upsell_description: value.upsell_description?,
                    upsell_price: value.upsell_price?,
                    upsell_product_id: value.upsell_product_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateUpsellParams> for UpdateUpsellParams {
            fn from(value: super::UpdateUpsellParams) -> Self {
                Self {
                    active: Ok(value.active),
                    main_product_ids: Ok(value.main_product_ids),
                    name: Ok(value.name),
                    offer: Ok(value.offer),
                    primary_button_text: Ok(value.primary_button_text),
                    secondary_button_text: Ok(value.secondary_button_text),
                    upsell_description: Ok(value.upsell_description),
                    upsell_price: Ok(value.upsell_price),
                    upsell_product_id: Ok(value.upsell_product_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateUserParams {
            contact_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subdomain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateUserParams {
            fn default() -> Self {
                Self {
                    contact_email: Ok(Default::default()),
                    country: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    subdomain: Ok(Default::default()),
                }
            }
        }
        impl UpdateUserParams {
            ///The address buyers contact the store at; the account's login `email` does not change.
            pub fn contact_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_email = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for contact_email: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            /// A currency, its 3-letter ISO 4217 code (`USD`; either case). The SDK keeps it as a `String`.
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn subdomain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subdomain = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for subdomain: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateUserParams> for super::UpdateUserParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateUserParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact_email: value.contact_email?,
                    country: value.country?,
                    currency: value.currency?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    subdomain: value.subdomain?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateUserParams> for UpdateUserParams {
            fn from(value: super::UpdateUserParams) -> Self {
                Self {
                    contact_email: Ok(value.contact_email),
                    country: Ok(value.country),
                    currency: Ok(value.currency),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    subdomain: Ok(value.subdomain),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateWebhookParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateWebhookParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    description: Ok(Default::default()),
                    events: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl UpdateWebhookParams {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            ///`null` removes the description.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<::std::string::String>,
            {
                self.description = Ok(Some(value.into_nullable()));
                self
            }
            ///The events to receive, at least one. Free strings: the API takes any name here (its own documentation passes names that are not values of WebhookEvent); a name no event has receives nothing.
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.events = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            /// An http(s) URL with a host (`https://example.com/webhooks`): a webhook endpoint, where a buyer returns after checkout. The SDK keeps it as a `String`.
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateWebhookParams>
        for super::UpdateWebhookParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateWebhookParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    description: value.description?,
                    events: value.events?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateWebhookParams> for UpdateWebhookParams {
            fn from(value: super::UpdateWebhookParams) -> Self {
                Self {
                    active: Ok(value.active),
                    description: Ok(value.description),
                    events: Ok(value.events),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Upsell {
            active: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            main_product_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            offer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            primary_button_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secondary_button_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            upsell_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            upsell_price: ::std::result::Result<
                crate::types::Money,
                ::std::string::String,
            >,
            upsell_product_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Upsell {
            fn default() -> Self {
                Self {
                    active: Err("no value supplied for active".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    main_product_ids: Err(
                        "no value supplied for main_product_ids".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    offer: Ok(Default::default()),
                    primary_button_text: Ok(Default::default()),
                    secondary_button_text: Ok(Default::default()),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    upsell_description: Ok(Default::default()),
                    upsell_price: Err("no value supplied for upsell_price".to_string()),
                    upsell_product_id: Err(
                        "no value supplied for upsell_product_id".to_string(),
                    ),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Upsell {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn main_product_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.main_product_ids = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for main_product_ids: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn offer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.offer = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for offer: {e}")
                    });
                self
            }
            pub fn primary_button_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.primary_button_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for primary_button_text: {e}"
                        )
                    });
                self
            }
            pub fn secondary_button_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.secondary_button_text = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secondary_button_text: {e}"
                        )
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            pub fn upsell_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upsell_description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for upsell_description: {e}"
                        )
                    });
                self
            }
            /// An amount of money in the currency's major unit (99.99 dollars), exact to its decimal digits: a JSON number with at most 15 significant digits (what a JavaScript backend computes beyond them is read at 15), never negative, at most 9,999,999,999,999.99. The SDK maps it to `pocketsflow::types::Money`, an exact decimal.
            pub fn upsell_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.upsell_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upsell_price: {e}")
                    });
                self
            }
            pub fn upsell_product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upsell_product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for upsell_product_id: {e}"
                        )
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Upsell> for super::Upsell {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Upsell,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    created_at: value.created_at?,
                    id: value.id?,
                    main_product_ids: value.main_product_ids?,
                    name: value.name?,
                    offer: value.offer?,
                    primary_button_text: value.primary_button_text?,
                    secondary_button_text: value.secondary_button_text?,
                    test_mode: value.test_mode?,
                    upsell_description: value.upsell_description?,
                    upsell_price: value.upsell_price?,
                    upsell_product_id: value.upsell_product_id?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Upsell> for Upsell {
            fn from(value: super::Upsell) -> Self {
                Self {
                    active: Ok(value.active),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    main_product_ids: Ok(value.main_product_ids),
                    name: Ok(value.name),
                    offer: Ok(value.offer),
                    primary_button_text: Ok(value.primary_button_text),
                    secondary_button_text: Ok(value.secondary_button_text),
                    test_mode: Ok(value.test_mode),
                    upsell_description: Ok(value.upsell_description),
                    upsell_price: Ok(value.upsell_price),
                    upsell_product_id: Ok(value.upsell_product_id),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpsellsResponse {
            sales_with_upsells: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            upsells: ::std::result::Result<
                ::std::vec::Vec<super::Upsell>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpsellsResponse {
            fn default() -> Self {
                Self {
                    sales_with_upsells: Err(
                        "no value supplied for sales_with_upsells".to_string(),
                    ),
                    upsells: Err("no value supplied for upsells".to_string()),
                }
            }
        }
        impl UpsellsResponse {
            pub fn sales_with_upsells<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::serde_json::Value>,
                <T::Item as ::std::convert::TryInto<
                    ::serde_json::Value,
                >>::Error: ::std::fmt::Display,
            {
                self.sales_with_upsells = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::serde_json::Value>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sales_with_upsells: {e}"
                        )
                    });
                self
            }
            pub fn upsells<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<super::Upsell>,
                <T::Item as ::std::convert::TryInto<
                    super::Upsell,
                >>::Error: ::std::fmt::Display,
            {
                self.upsells = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<super::Upsell>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for upsells: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpsellsResponse> for super::UpsellsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpsellsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    sales_with_upsells: value.sales_with_upsells?,
                    upsells: value.upsells?,
                })
            }
        }
        impl ::std::convert::From<super::UpsellsResponse> for UpsellsResponse {
            fn from(value: super::UpsellsResponse) -> Self {
                Self {
                    sales_with_upsells: Ok(value.sales_with_upsells),
                    upsells: Ok(value.upsells),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            contact_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_first_product: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_sales: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subdomain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    contact_email: Ok(Default::default()),
                    country: Ok(Default::default()),
                    created_first_product: Ok(Default::default()),
                    currency: Err("no value supplied for currency".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    first_name: Ok(Default::default()),
                    has_sales: Err("no value supplied for has_sales".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    last_name: Ok(Default::default()),
                    name: Ok(Default::default()),
                    subdomain: Ok(Default::default()),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl User {
            ///The address buyers contact the store at (the account's `email` is the login's).
            pub fn contact_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_email = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for contact_email: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn created_first_product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.created_first_product = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_first_product: {e}"
                        )
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn has_sales<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_sales = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_sales: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///The store's subdomain.
            pub fn subdomain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subdomain = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for subdomain: {e}")
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact_email: value.contact_email?,
                    country: value.country?,
                    created_first_product: value.created_first_product?,
                    currency: value.currency?,
                    email: value.email?,
                    first_name: value.first_name?,
                    has_sales: value.has_sales?,
                    id: value.id?,
                    last_name: value.last_name?,
                    name: value.name?,
                    subdomain: value.subdomain?,
                    test_mode: value.test_mode?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    contact_email: Ok(value.contact_email),
                    country: Ok(value.country),
                    created_first_product: Ok(value.created_first_product),
                    currency: Ok(value.currency),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    has_sales: Ok(value.has_sales),
                    id: Ok(value.id),
                    last_name: Ok(value.last_name),
                    name: Ok(value.name),
                    subdomain: Ok(value.subdomain),
                    test_mode: Ok(value.test_mode),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Webhook {
            active: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            secret: ::std::result::Result<
                crate::events::WebhookSecret,
                ::std::string::String,
            >,
            test_mode: ::std::result::Result<bool, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Webhook {
            fn default() -> Self {
                Self {
                    active: Err("no value supplied for active".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Ok(Default::default()),
                    events: Err("no value supplied for events".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    secret: Err("no value supplied for secret".to_string()),
                    test_mode: Err("no value supplied for test_mode".to_string()),
                    url: Err("no value supplied for url".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Webhook {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map(Some)
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///The names of the events it receives. Free strings: the API keeps the names it was given on update, which need not be values of WebhookEvent.
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::iter::IntoIterator,
                T::Item: ::std::convert::TryInto<::std::string::String>,
                <T::Item as ::std::convert::TryInto<
                    ::std::string::String,
                >>::Error: ::std::fmt::Display,
            {
                self.events = value
                    .into_iter()
                    .map(::std::convert::TryInto::try_into)
                    .collect::<
                        ::std::result::Result<::std::vec::Vec<::std::string::String>, _>,
                    >()
                    .map(::std::convert::identity)
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /// The signing secret of a webhook endpoint (whsec_...): the HMAC-SHA256 key of its deliveries' X-Pocketsflow-Signature. The SDK maps it to `pocketsflow::events::WebhookSecret`, whose Debug never shows it.
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::events::WebhookSecret>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secret: {e}")
                    });
                self
            }
            pub fn test_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.test_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_mode: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Webhook> for super::Webhook {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Webhook,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    created_at: value.created_at?,
                    description: value.description?,
                    events: value.events?,
                    id: value.id?,
                    secret: value.secret?,
                    test_mode: value.test_mode?,
                    url: value.url?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Webhook> for Webhook {
            fn from(value: super::Webhook) -> Self {
                Self {
                    active: Ok(value.active),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    events: Ok(value.events),
                    id: Ok(value.id),
                    secret: Ok(value.secret),
                    test_mode: Ok(value.test_mode),
                    url: Ok(value.url),
                    user_id: Ok(value.user_id),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Pocketsflow API

The Pocketsflow HTTP API: digital products, variants, orders, customers, reviews, discounts, upsells, subscriptions, subscription offers, webhooks, the account, hosted checkout and refunds. Maintained by hand; methods and paths follow the official Node.js SDK 1.2.1, which is what production answers.

Version: 1.2.1*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::CallContext,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::transport::CallContext) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::CallContext,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::transport::CallContext> for Client {
    fn api_version() -> &'static str {
        "1.2.1"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::transport::CallContext {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::transport::CallContext>,
    {}
};
impl Client {
    /**List all products

Sends a `GET` request to `/products`

```ignore
let response = client.products_list()
    .send()
    .await;
```*/
    pub fn products_list(&self) -> builder::ProductsList<'_> {
        builder::ProductsList::new(self)
    }
    /**Create a product

Sends a `POST` request to `/products`

```ignore
let response = client.products_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn products_create(&self) -> builder::ProductsCreate<'_> {
        builder::ProductsCreate::new(self)
    }
    /**Get a product by id

Sends a `GET` request to `/products/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.products_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn products_get(&self) -> builder::ProductsGet<'_> {
        builder::ProductsGet::new(self)
    }
    /**Delete a product

Sends a `DELETE` request to `/products/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.products_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn products_delete(&self) -> builder::ProductsDelete<'_> {
        builder::ProductsDelete::new(self)
    }
    /**Update a product

Sends a `POST` request to `/products/update/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
- `body`
```ignore
let response = client.products_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn products_update(&self) -> builder::ProductsUpdate<'_> {
        builder::ProductsUpdate::new(self)
    }
    /**Create a product variant

Sends a `POST` request to `/products/variants`

```ignore
let response = client.variants_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn variants_create(&self) -> builder::VariantsCreate<'_> {
        builder::VariantsCreate::new(self)
    }
    /**Delete a product variant

Sends a `DELETE` request to `/products/variants/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.variants_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn variants_delete(&self) -> builder::VariantsDelete<'_> {
        builder::VariantsDelete::new(self)
    }
    /**List orders, one page at a time

Sends a `GET` request to `/orders`

Arguments:
- `end_date`: Only items created on or before this ISO 8601 date (`2024-12-31`, the whole day; a date and time such as `2024-12-31T12:00:00Z` is read too).
- `page`: Page number, starting at 1. Default 1.
- `page_size`: Items per page, 1 to 1000. Default 20.
- `product_id`: Only items of this product.
- `start_date`: Only items created on or after this ISO 8601 date (`2024-01-01`; a date and time such as `2024-01-01T12:00:00Z` is read too).
```ignore
let response = client.orders_list()
    .end_date(end_date)
    .page(page)
    .page_size(page_size)
    .product_id(product_id)
    .start_date(start_date)
    .send()
    .await;
```*/
    pub fn orders_list(&self) -> builder::OrdersList<'_> {
        builder::OrdersList::new(self)
    }
    /**Get an order by id

Sends a `GET` request to `/orders/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.orders_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn orders_get(&self) -> builder::OrdersGet<'_> {
        builder::OrdersGet::new(self)
    }
    /**List customers

Sends a `GET` request to `/customers`

Arguments:
- `email`: Only the customer with this email.
- `limit`: Maximum number of customers returned, 1 to 1000. Default all of them.
- `offset`: Number of customers skipped. Default 0.
- `product_id`: Only items of this product.
- `sort_by`: Field to sort customers by.
- `sort_order`: Sort direction.
```ignore
let response = client.customers_list()
    .email(email)
    .limit(limit)
    .offset(offset)
    .product_id(product_id)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .send()
    .await;
```*/
    pub fn customers_list(&self) -> builder::CustomersList<'_> {
        builder::CustomersList::new(self)
    }
    /**Get a customer by id

Sends a `GET` request to `/customers/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.customers_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn customers_get(&self) -> builder::CustomersGet<'_> {
        builder::CustomersGet::new(self)
    }
    /**List reviews

Sends a `GET` request to `/reviews`

Arguments:
- `product_id`: Only items of this product.
```ignore
let response = client.reviews_list()
    .product_id(product_id)
    .send()
    .await;
```*/
    pub fn reviews_list(&self) -> builder::ReviewsList<'_> {
        builder::ReviewsList::new(self)
    }
    /**List all discounts

Sends a `GET` request to `/discounts`

```ignore
let response = client.discounts_list()
    .send()
    .await;
```*/
    pub fn discounts_list(&self) -> builder::DiscountsList<'_> {
        builder::DiscountsList::new(self)
    }
    /**Create a discount

Sends a `POST` request to `/discounts`

```ignore
let response = client.discounts_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn discounts_create(&self) -> builder::DiscountsCreate<'_> {
        builder::DiscountsCreate::new(self)
    }
    /**Get a discount by id

Sends a `GET` request to `/discounts/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.discounts_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn discounts_get(&self) -> builder::DiscountsGet<'_> {
        builder::DiscountsGet::new(self)
    }
    /**Update a discount

Sends a `POST` request to `/discounts/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
- `body`
```ignore
let response = client.discounts_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn discounts_update(&self) -> builder::DiscountsUpdate<'_> {
        builder::DiscountsUpdate::new(self)
    }
    /**Delete a discount

Sends a `DELETE` request to `/discounts/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.discounts_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn discounts_delete(&self) -> builder::DiscountsDelete<'_> {
        builder::DiscountsDelete::new(self)
    }
    /**List all upsells

Sends a `GET` request to `/upsells`

```ignore
let response = client.upsells_list()
    .send()
    .await;
```*/
    pub fn upsells_list(&self) -> builder::UpsellsList<'_> {
        builder::UpsellsList::new(self)
    }
    /**Create an upsell

Sends a `POST` request to `/upsells`

```ignore
let response = client.upsells_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn upsells_create(&self) -> builder::UpsellsCreate<'_> {
        builder::UpsellsCreate::new(self)
    }
    /**Get an upsell by id

Sends a `GET` request to `/upsells/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.upsells_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn upsells_get(&self) -> builder::UpsellsGet<'_> {
        builder::UpsellsGet::new(self)
    }
    /**Update an upsell

Sends a `POST` request to `/upsells/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
- `body`
```ignore
let response = client.upsells_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn upsells_update(&self) -> builder::UpsellsUpdate<'_> {
        builder::UpsellsUpdate::new(self)
    }
    /**Delete an upsell

Sends a `DELETE` request to `/upsells/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.upsells_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn upsells_delete(&self) -> builder::UpsellsDelete<'_> {
        builder::UpsellsDelete::new(self)
    }
    /**List subscriptions, one page at a time

Sends a `POST` request to `/orders/subscriptions`

Arguments:
- `body`: The filters. Optional, as the Node SDK's `subscriptions.list()`; without one, the first page of all.
```ignore
let response = client.subscriptions_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn subscriptions_list(&self) -> builder::SubscriptionsList<'_> {
        builder::SubscriptionsList::new(self)
    }
    /**Get a subscription by id

Sends a `GET` request to `/orders/subscriptions/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.subscriptions_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn subscriptions_get(&self) -> builder::SubscriptionsGet<'_> {
        builder::SubscriptionsGet::new(self)
    }
    /**Cancel a subscription

Sends a `POST` request to `/orders/subscriptions/cancel/{stripeSubscriptionId}`

Arguments:
- `stripe_subscription_id`: The subscription's Stripe id (sub_...).
```ignore
let response = client.subscriptions_cancel()
    .stripe_subscription_id(stripe_subscription_id)
    .send()
    .await;
```*/
    pub fn subscriptions_cancel(&self) -> builder::SubscriptionsCancel<'_> {
        builder::SubscriptionsCancel::new(self)
    }
    /**Refund a subscription

Sends a `POST` request to `/orders/subscriptions/refund/{stripeSubscriptionId}`

Arguments:
- `stripe_subscription_id`: The subscription's Stripe id (sub_...).
```ignore
let response = client.subscriptions_refund()
    .stripe_subscription_id(stripe_subscription_id)
    .send()
    .await;
```*/
    pub fn subscriptions_refund(&self) -> builder::SubscriptionsRefund<'_> {
        builder::SubscriptionsRefund::new(self)
    }
    /**List all subscription offers

Sends a `GET` request to `/subscriptions`

```ignore
let response = client.subscription_offers_list()
    .send()
    .await;
```*/
    pub fn subscription_offers_list(&self) -> builder::SubscriptionOffersList<'_> {
        builder::SubscriptionOffersList::new(self)
    }
    /**Create a subscription offer

Sends a `POST` request to `/subscriptions`

```ignore
let response = client.subscription_offers_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn subscription_offers_create(&self) -> builder::SubscriptionOffersCreate<'_> {
        builder::SubscriptionOffersCreate::new(self)
    }
    /**Get a subscription offer by id

Sends a `GET` request to `/subscriptions/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.subscription_offers_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn subscription_offers_get(&self) -> builder::SubscriptionOffersGet<'_> {
        builder::SubscriptionOffersGet::new(self)
    }
    /**List all webhooks

Sends a `GET` request to `/webhooks`

```ignore
let response = client.webhooks_list()
    .send()
    .await;
```*/
    pub fn webhooks_list(&self) -> builder::WebhooksList<'_> {
        builder::WebhooksList::new(self)
    }
    /**Create a webhook

Sends a `POST` request to `/webhooks`

```ignore
let response = client.webhooks_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn webhooks_create(&self) -> builder::WebhooksCreate<'_> {
        builder::WebhooksCreate::new(self)
    }
    /**Get a webhook by id

Sends a `GET` request to `/webhooks/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.webhooks_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn webhooks_get(&self) -> builder::WebhooksGet<'_> {
        builder::WebhooksGet::new(self)
    }
    /**Update a webhook

Sends a `PUT` request to `/webhooks/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
- `body`
```ignore
let response = client.webhooks_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn webhooks_update(&self) -> builder::WebhooksUpdate<'_> {
        builder::WebhooksUpdate::new(self)
    }
    /**Delete a webhook

Sends a `DELETE` request to `/webhooks/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.webhooks_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn webhooks_delete(&self) -> builder::WebhooksDelete<'_> {
        builder::WebhooksDelete::new(self)
    }
    /**Send a test event to a webhook

Sends a `POST` request to `/webhooks/{id}/test`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.webhooks_test()
    .id(id)
    .send()
    .await;
```*/
    pub fn webhooks_test(&self) -> builder::WebhooksTest<'_> {
        builder::WebhooksTest::new(self)
    }
    /**Get the current user

Sends a `GET` request to `/users/me`

```ignore
let response = client.users_me()
    .send()
    .await;
```*/
    pub fn users_me(&self) -> builder::UsersMe<'_> {
        builder::UsersMe::new(self)
    }
    /**Update the current user

Sends a `POST` request to `/users/update`

```ignore
let response = client.users_update()
    .body(body)
    .send()
    .await;
```*/
    pub fn users_update(&self) -> builder::UsersUpdate<'_> {
        builder::UsersUpdate::new(self)
    }
    /**Create a hosted checkout session

Sends a `POST` request to `/checkout/sessions`

```ignore
let response = client.checkout_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn checkout_create(&self) -> builder::CheckoutCreate<'_> {
        builder::CheckoutCreate::new(self)
    }
    /**List all refunds

Sends a `GET` request to `/refunds`

```ignore
let response = client.refunds_list()
    .send()
    .await;
```*/
    pub fn refunds_list(&self) -> builder::RefundsList<'_> {
        builder::RefundsList::new(self)
    }
    /**Refund an order

The order is refunded in full unless `amount` is given.

Sends a `POST` request to `/refunds`

```ignore
let response = client.refunds_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn refunds_create(&self) -> builder::RefundsCreate<'_> {
        builder::RefundsCreate::new(self)
    }
    /**Get a refund by id

Sends a `GET` request to `/refunds/{id}`

Arguments:
- `id`: The object's id (24 hexadecimal characters).
```ignore
let response = client.refunds_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn refunds_get(&self) -> builder::RefundsGet<'_> {
        builder::RefundsGet::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::products_list`]

[`Client::products_list`]: super::Client::products_list*/
    #[derive(Debug, Clone)]
    pub struct ProductsList<'a> {
        client: &'a super::Client,
    }
    impl<'a> ProductsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/products`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Product>>,
            Error<types::ErrorBody>,
        > {
            let Self { client } = self;
            let url = format!("{}/products", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "products_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::products_create`]

[`Client::products_create`]: super::Client::products_create*/
    #[derive(Debug, Clone)]
    pub struct ProductsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateProductParams, String>,
    }
    impl<'a> ProductsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProductParams>,
            <V as std::convert::TryInto<
                types::CreateProductParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateProductParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProductParams,
            ) -> types::builder::CreateProductParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/products`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateProductParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/products", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "products_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::products_get`]

[`Client::products_get`]: super::Client::products_get*/
    #[derive(Debug, Clone)]
    pub struct ProductsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> ProductsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/products/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/products/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "products_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::products_delete`]

[`Client::products_delete`]: super::Client::products_delete*/
    #[derive(Debug, Clone)]
    pub struct ProductsDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> ProductsDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/products/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/products/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "products_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::products_update`]

[`Client::products_update`]: super::Client::products_update*/
    #[derive(Debug, Clone)]
    pub struct ProductsUpdate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateProductParams, String>,
    }
    impl<'a> ProductsUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProductParams>,
            <V as std::convert::TryInto<
                types::UpdateProductParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateProductParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateProductParams,
            ) -> types::builder::UpdateProductParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/products/update/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorBody>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateProductParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/products/update/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "products_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::variants_create`]

[`Client::variants_create`]: super::Client::variants_create*/
    #[derive(Debug, Clone)]
    pub struct VariantsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateVariantParams, String>,
    }
    impl<'a> VariantsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateVariantParams>,
            <V as std::convert::TryInto<
                types::CreateVariantParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateVariantParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateVariantParams,
            ) -> types::builder::CreateVariantParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/products/variants`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProductVariant>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateVariantParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/products/variants", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "variants_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::variants_delete`]

[`Client::variants_delete`]: super::Client::variants_delete*/
    #[derive(Debug, Clone)]
    pub struct VariantsDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> VariantsDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/products/variants/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/products/variants/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "variants_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::orders_list`]

[`Client::orders_list`]: super::Client::orders_list*/
    #[derive(Debug, Clone)]
    pub struct OrdersList<'a> {
        client: &'a super::Client,
        end_date: Result<Option<::std::string::String>, String>,
        page: Result<Option<::std::num::NonZeroU32>, String>,
        page_size: Result<Option<::std::num::NonZeroU32>, String>,
        product_id: Result<Option<::std::string::String>, String>,
        start_date: Result<Option<::std::string::String>, String>,
    }
    impl<'a> OrdersList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end_date: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                product_id: Ok(None),
                start_date: Ok(None),
            }
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.product_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for product_id failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start_date failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/orders`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrdersResponse>, Error<types::ErrorBody>> {
            let Self { client, end_date, page, page_size, product_id, start_date } = self;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let url = format!("{}/orders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("endDate", &end_date))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("productId", &product_id))
                .query(&progenitor_client::QueryParam::new("startDate", &start_date))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "orders_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::orders_get`]

[`Client::orders_get`]: super::Client::orders_get*/
    #[derive(Debug, Clone)]
    pub struct OrdersGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> OrdersGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/orders/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "orders_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::customers_list`]

[`Client::customers_list`]: super::Client::customers_list*/
    #[derive(Debug, Clone)]
    pub struct CustomersList<'a> {
        client: &'a super::Client,
        email: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<u32>, String>,
        product_id: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<crate::enums::CustomerSortBy>, String>,
        sort_order: Result<Option<crate::enums::SortOrder>, String>,
    }
    impl<'a> CustomersList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                email: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                product_id: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
            }
        }
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u32>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u32` for offset failed".to_string());
            self
        }
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.product_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for product_id failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::enums::CustomerSortBy>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: enums :: CustomerSortBy` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::enums::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: enums :: SortOrder` for sort_order failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/customers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Customer>>,
            Error<types::ErrorBody>,
        > {
            let Self { client, email, limit, offset, product_id, sort_by, sort_order } = self;
            let email = email.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let url = format!("{}/customers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("productId", &product_id))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "customers_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::customers_get`]

[`Client::customers_get`]: super::Client::customers_get*/
    #[derive(Debug, Clone)]
    pub struct CustomersGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> CustomersGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/customers/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/customers/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "customers_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::reviews_list`]

[`Client::reviews_list`]: super::Client::reviews_list*/
    #[derive(Debug, Clone)]
    pub struct ReviewsList<'a> {
        client: &'a super::Client,
        product_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ReviewsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Ok(None),
            }
        }
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.product_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for product_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/reviews`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Review>>,
            Error<types::ErrorBody>,
        > {
            let Self { client, product_id } = self;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/reviews", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("productId", &product_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reviews_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::discounts_list`]

[`Client::discounts_list`]: super::Client::discounts_list*/
    #[derive(Debug, Clone)]
    pub struct DiscountsList<'a> {
        client: &'a super::Client,
    }
    impl<'a> DiscountsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/discounts`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Discount>>,
            Error<types::ErrorBody>,
        > {
            let Self { client } = self;
            let url = format!("{}/discounts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "discounts_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::discounts_create`]

[`Client::discounts_create`]: super::Client::discounts_create*/
    #[derive(Debug, Clone)]
    pub struct DiscountsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateDiscountParams, String>,
    }
    impl<'a> DiscountsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateDiscountParams>,
            <V as std::convert::TryInto<
                types::CreateDiscountParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateDiscountParams` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateDiscountParams,
            ) -> types::builder::CreateDiscountParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/discounts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Discount>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateDiscountParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/discounts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "discounts_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::discounts_get`]

[`Client::discounts_get`]: super::Client::discounts_get*/
    #[derive(Debug, Clone)]
    pub struct DiscountsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> DiscountsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/discounts/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Discount>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/discounts/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "discounts_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::discounts_update`]

[`Client::discounts_update`]: super::Client::discounts_update*/
    #[derive(Debug, Clone)]
    pub struct DiscountsUpdate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateDiscountParams, String>,
    }
    impl<'a> DiscountsUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateDiscountParams>,
            <V as std::convert::TryInto<
                types::UpdateDiscountParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateDiscountParams` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateDiscountParams,
            ) -> types::builder::UpdateDiscountParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/discounts/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Discount>, Error<types::ErrorBody>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateDiscountParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/discounts/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "discounts_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::discounts_delete`]

[`Client::discounts_delete`]: super::Client::discounts_delete*/
    #[derive(Debug, Clone)]
    pub struct DiscountsDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> DiscountsDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/discounts/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/discounts/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "discounts_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::upsells_list`]

[`Client::upsells_list`]: super::Client::upsells_list*/
    #[derive(Debug, Clone)]
    pub struct UpsellsList<'a> {
        client: &'a super::Client,
    }
    impl<'a> UpsellsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/upsells`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UpsellsResponse>, Error<types::ErrorBody>> {
            let Self { client } = self;
            let url = format!("{}/upsells", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upsells_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::upsells_create`]

[`Client::upsells_create`]: super::Client::upsells_create*/
    #[derive(Debug, Clone)]
    pub struct UpsellsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateUpsellParams, String>,
    }
    impl<'a> UpsellsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateUpsellParams>,
            <V as std::convert::TryInto<
                types::CreateUpsellParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateUpsellParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateUpsellParams,
            ) -> types::builder::CreateUpsellParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/upsells`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Upsell>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateUpsellParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/upsells", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upsells_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::upsells_get`]

[`Client::upsells_get`]: super::Client::upsells_get*/
    #[derive(Debug, Clone)]
    pub struct UpsellsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> UpsellsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/upsells/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Upsell>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/upsells/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upsells_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::upsells_update`]

[`Client::upsells_update`]: super::Client::upsells_update*/
    #[derive(Debug, Clone)]
    pub struct UpsellsUpdate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateUpsellParams, String>,
    }
    impl<'a> UpsellsUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateUpsellParams>,
            <V as std::convert::TryInto<
                types::UpdateUpsellParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateUpsellParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateUpsellParams,
            ) -> types::builder::UpdateUpsellParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/upsells/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Upsell>, Error<types::ErrorBody>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateUpsellParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/upsells/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upsells_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::upsells_delete`]

[`Client::upsells_delete`]: super::Client::upsells_delete*/
    #[derive(Debug, Clone)]
    pub struct UpsellsDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> UpsellsDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/upsells/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/upsells/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upsells_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::subscriptions_list`]

[`Client::subscriptions_list`]: super::Client::subscriptions_list*/
    #[derive(Debug, Clone)]
    pub struct SubscriptionsList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SubscriptionFilter, String>,
    }
    impl<'a> SubscriptionsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SubscriptionFilter>,
            <V as std::convert::TryInto<
                types::SubscriptionFilter,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SubscriptionFilter` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SubscriptionFilter,
            ) -> types::builder::SubscriptionFilter,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/orders/subscriptions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SubscriptionsResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SubscriptionFilter::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/orders/subscriptions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "subscriptions_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::subscriptions_get`]

[`Client::subscriptions_get`]: super::Client::subscriptions_get*/
    #[derive(Debug, Clone)]
    pub struct SubscriptionsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> SubscriptionsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/orders/subscriptions/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Subscription>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/subscriptions/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "subscriptions_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::subscriptions_cancel`]

[`Client::subscriptions_cancel`]: super::Client::subscriptions_cancel*/
    #[derive(Debug, Clone)]
    pub struct SubscriptionsCancel<'a> {
        client: &'a super::Client,
        stripe_subscription_id: Result<::std::string::String, String>,
    }
    impl<'a> SubscriptionsCancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                stripe_subscription_id: Err(
                    "stripe_subscription_id was not initialized".to_string(),
                ),
            }
        }
        pub fn stripe_subscription_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stripe_subscription_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stripe_subscription_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/orders/subscriptions/cancel/{stripeSubscriptionId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorBody>> {
            let Self { client, stripe_subscription_id } = self;
            let stripe_subscription_id = stripe_subscription_id
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/subscriptions/cancel/{}", client.baseurl, encode_path(&
                stripe_subscription_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "subscriptions_cancel",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::subscriptions_refund`]

[`Client::subscriptions_refund`]: super::Client::subscriptions_refund*/
    #[derive(Debug, Clone)]
    pub struct SubscriptionsRefund<'a> {
        client: &'a super::Client,
        stripe_subscription_id: Result<::std::string::String, String>,
    }
    impl<'a> SubscriptionsRefund<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                stripe_subscription_id: Err(
                    "stripe_subscription_id was not initialized".to_string(),
                ),
            }
        }
        pub fn stripe_subscription_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stripe_subscription_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stripe_subscription_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/orders/subscriptions/refund/{stripeSubscriptionId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorBody>> {
            let Self { client, stripe_subscription_id } = self;
            let stripe_subscription_id = stripe_subscription_id
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/subscriptions/refund/{}", client.baseurl, encode_path(&
                stripe_subscription_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "subscriptions_refund",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::subscription_offers_list`]

[`Client::subscription_offers_list`]: super::Client::subscription_offers_list*/
    #[derive(Debug, Clone)]
    pub struct SubscriptionOffersList<'a> {
        client: &'a super::Client,
    }
    impl<'a> SubscriptionOffersList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/subscriptions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::SubscriptionOffer>>,
            Error<types::ErrorBody>,
        > {
            let Self { client } = self;
            let url = format!("{}/subscriptions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "subscription_offers_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::subscription_offers_create`]

[`Client::subscription_offers_create`]: super::Client::subscription_offers_create*/
    #[derive(Debug, Clone)]
    pub struct SubscriptionOffersCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateSubscriptionOfferParams, String>,
    }
    impl<'a> SubscriptionOffersCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSubscriptionOfferParams>,
            <V as std::convert::TryInto<
                types::CreateSubscriptionOfferParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateSubscriptionOfferParams` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateSubscriptionOfferParams,
            ) -> types::builder::CreateSubscriptionOfferParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/subscriptions`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SubscriptionOffer>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateSubscriptionOfferParams::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/subscriptions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "subscription_offers_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::subscription_offers_get`]

[`Client::subscription_offers_get`]: super::Client::subscription_offers_get*/
    #[derive(Debug, Clone)]
    pub struct SubscriptionOffersGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> SubscriptionOffersGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/subscriptions/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SubscriptionOffer>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/subscriptions/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "subscription_offers_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhooks_list`]

[`Client::webhooks_list`]: super::Client::webhooks_list*/
    #[derive(Debug, Clone)]
    pub struct WebhooksList<'a> {
        client: &'a super::Client,
    }
    impl<'a> WebhooksList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/webhooks`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Webhook>>,
            Error<types::ErrorBody>,
        > {
            let Self { client } = self;
            let url = format!("{}/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhooks_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhooks_create`]

[`Client::webhooks_create`]: super::Client::webhooks_create*/
    #[derive(Debug, Clone)]
    pub struct WebhooksCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateWebhookParams, String>,
    }
    impl<'a> WebhooksCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateWebhookParams>,
            <V as std::convert::TryInto<
                types::CreateWebhookParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateWebhookParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateWebhookParams,
            ) -> types::builder::CreateWebhookParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/webhooks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Webhook>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateWebhookParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhooks_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhooks_get`]

[`Client::webhooks_get`]: super::Client::webhooks_get*/
    #[derive(Debug, Clone)]
    pub struct WebhooksGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebhooksGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/webhooks/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Webhook>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/webhooks/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhooks_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhooks_update`]

[`Client::webhooks_update`]: super::Client::webhooks_update*/
    #[derive(Debug, Clone)]
    pub struct WebhooksUpdate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateWebhookParams, String>,
    }
    impl<'a> WebhooksUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateWebhookParams>,
            <V as std::convert::TryInto<
                types::UpdateWebhookParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateWebhookParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateWebhookParams,
            ) -> types::builder::UpdateWebhookParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/webhooks/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Webhook>, Error<types::ErrorBody>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateWebhookParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/webhooks/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhooks_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhooks_delete`]

[`Client::webhooks_delete`]: super::Client::webhooks_delete*/
    #[derive(Debug, Clone)]
    pub struct WebhooksDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebhooksDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/webhooks/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/webhooks/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhooks_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::webhooks_test`]

[`Client::webhooks_test`]: super::Client::webhooks_test*/
    #[derive(Debug, Clone)]
    pub struct WebhooksTest<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebhooksTest<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/webhooks/{id}/test`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/webhooks/{}/test", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhooks_test",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::users_me`]

[`Client::users_me`]: super::Client::users_me*/
    #[derive(Debug, Clone)]
    pub struct UsersMe<'a> {
        client: &'a super::Client,
    }
    impl<'a> UsersMe<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/users/me`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ErrorBody>> {
            let Self { client } = self;
            let url = format!("{}/users/me", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "users_me",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::users_update`]

[`Client::users_update`]: super::Client::users_update*/
    #[derive(Debug, Clone)]
    pub struct UsersUpdate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UpdateUserParams, String>,
    }
    impl<'a> UsersUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateUserParams>,
            <V as std::convert::TryInto<
                types::UpdateUserParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateUserParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateUserParams,
            ) -> types::builder::UpdateUserParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/users/update`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UpdateUserParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/users/update", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "users_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::checkout_create`]

[`Client::checkout_create`]: super::Client::checkout_create*/
    #[derive(Debug, Clone)]
    pub struct CheckoutCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateCheckoutParams, String>,
    }
    impl<'a> CheckoutCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateCheckoutParams>,
            <V as std::convert::TryInto<
                types::CreateCheckoutParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateCheckoutParams` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateCheckoutParams,
            ) -> types::builder::CreateCheckoutParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/checkout/sessions`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CheckoutSession>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateCheckoutParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/checkout/sessions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "checkout_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::refunds_list`]

[`Client::refunds_list`]: super::Client::refunds_list*/
    #[derive(Debug, Clone)]
    pub struct RefundsList<'a> {
        client: &'a super::Client,
    }
    impl<'a> RefundsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/refunds`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Refund>>,
            Error<types::ErrorBody>,
        > {
            let Self { client } = self;
            let url = format!("{}/refunds", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refunds_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::refunds_create`]

[`Client::refunds_create`]: super::Client::refunds_create*/
    #[derive(Debug, Clone)]
    pub struct RefundsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateRefundParams, String>,
    }
    impl<'a> RefundsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateRefundParams>,
            <V as std::convert::TryInto<
                types::CreateRefundParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateRefundParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateRefundParams,
            ) -> types::builder::CreateRefundParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/refunds`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Refund>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateRefundParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/refunds", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refunds_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::refunds_get`]

[`Client::refunds_get`]: super::Client::refunds_get*/
    #[derive(Debug, Clone)]
    pub struct RefundsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> RefundsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/refunds/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Refund>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/refunds/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refunds_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
