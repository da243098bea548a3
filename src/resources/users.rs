//! Users: the account that owns the API key.

use std::fmt::Display;

use crate::types::{UpdateUserParams, User};
use crate::{Pocketsflow, Result};

/// The account, from [`Pocketsflow::users`].
#[derive(Debug, Clone, Copy)]
pub struct Users<'a> {
    pub(crate) pf: &'a Pocketsflow,
}

impl Users<'_> {
    /// Gets the current user. `GET /users/me`
    pub async fn me(self) -> Result<User> {
        self.pf.call(async |raw| raw.users_me().send().await).await
    }

    /// Updates the current user. `POST /users/update`
    pub async fn update<P>(self, params: P) -> Result<User>
    where
        P: TryInto<UpdateUserParams>,
        P::Error: Display,
    {
        let body: UpdateUserParams = crate::validate::body(params)?;
        self.pf.call(async |raw| raw.users_update().body(body).send().await).await
    }
}
