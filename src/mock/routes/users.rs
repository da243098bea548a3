//! The account's user: get, update.

use axum::body::Bytes;
use axum::extract::State;
use axum::Extension;

use super::{ok, parse, Mode, Reply, S};
use crate::types::*;

pub(super) async fn users_me(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    ok(s.store().users[usize::from(m.test)].clone())
}

pub(super) async fn users_update(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: UpdateUserParams = parse(&body)?;
    let mut st = s.store();
    let user = st.user_mut(m.test);
    if let Some(v) = p.first_name {
        user.first_name = Some(v);
    }
    if let Some(v) = p.last_name {
        user.last_name = Some(v);
    }
    if let Some(v) = p.currency {
        user.currency = v.to_uppercase();
    }
    if let Some(v) = p.country {
        user.country = Some(v);
    }
    if let Some(v) = p.subdomain {
        user.subdomain = Some(v);
    }
    // The store's contact address, which buyers see; the login `email` is not the API's to change.
    if let Some(v) = p.contact_email {
        user.contact_email = Some(v);
    }
    ok(user.clone())
}
