// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.

impl Identified for crate::types::Product {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::ProductVariant {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::Order {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::OrderCustomer {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::Customer {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::Review {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::Discount {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::Upsell {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::Subscription {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::SubscriptionOffer {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::Webhook {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::User {
    fn item_id(&self) -> &str {
        &self.id
    }
}
impl Identified for crate::types::Refund {
    fn item_id(&self) -> &str {
        &self.id
    }
}
