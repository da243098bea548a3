//! Checkout: hosted checkout sessions to send buyers to.

use std::fmt::Display;

use crate::types::{CheckoutSession, CreateCheckoutParams};
use crate::{Pocketsflow, Result};

/// Hosted checkout, from [`Pocketsflow::checkout`].
#[derive(Debug, Clone, Copy)]
pub struct Checkout<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Checkout<'_> {
    /// Creates a checkout session; redirect the buyer to its `url`. `POST /checkout/sessions`
    pub async fn create<P>(self, params: P) -> Result<CheckoutSession>
    where
        P: TryInto<CreateCheckoutParams>,
        P::Error: Display,
    {
        let body: CreateCheckoutParams = crate::validate::body(params)?;
        self.pf.call(async |raw| raw.checkout_create().body(body).send().await).await
    }
}
