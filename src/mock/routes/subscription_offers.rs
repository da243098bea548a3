//! The subscription offers (`/subscriptions`): list, get, create.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Extension;

use super::{check_price_range, get_of, list_of, ok, parse, Mode, Reply, S};
use crate::mock::store::USER_ID;
use crate::types::*;

pub(super) async fn offers_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    list_of(&s.store().offers, m)
}

pub(super) async fn offers_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().offers, &id, m, "Subscription offer")
}

pub(super) async fn offers_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateSubscriptionOfferParams = parse(&body)?;
    check_price_range(p.min_price, p.max_price)?;
    let mut st = s.store();
    let now = s.clock().iso();
    let offer = SubscriptionOffer {
        id: st.id(),
        user_id: USER_ID.to_owned(),
        name: p.name.into(),
        subtitle: p.subtitle,
        description: p.description,
        price: p.price,
        currency: Some("USD".to_owned()),
        frequency: p.frequency,
        trial_period: p.trial_period,
        published: Some(p.published.unwrap_or(true)),
        redirect_back_url: p.redirect_back_url,
        slug: p.slug,
        thumbnail: p.thumbnail,
        images: p.images,
        test_mode: m.test,
        created_at: now.clone(),
        updated_at: Some(now),
    };
    st.offers.insert(offer.id.clone(), offer.clone());
    ok(offer)
}
