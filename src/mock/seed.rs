//! Deterministic demo data, so that pagination and filters have something to chew on. The same seed gives
//! the same data on every machine: no clock, no randomness from the system.

use super::dates::iso;
use super::store::{Store, USER_ID};
use crate::types::*;

/// A small linear congruential generator: deterministic, good enough to spread demo data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// 2024-01-01T00:00:00Z.
const START: u64 = 1_704_067_200;

const PRODUCTS: &[(&str, f64)] = &[
    ("Rust for Web Developers", 49.0),
    ("Async Rust Masterclass", 99.0),
    ("Icon Pack: 500 Line Icons", 19.0),
    ("Notion Freelance OS", 29.0),
    ("Figma UI Kit Pro", 79.0),
    ("Photography Presets Vol. 2", 15.0),
    ("The Indie Hacker Handbook", 24.99),
    ("Productivity Wallpapers", 5.0),
];

const COUNTRIES: &[&str] = &["US", "GB", "DE", "FR", "CA", "NL", "ES", "IN", "BR", "JP"];

pub(crate) fn demo(store: &mut Store) {
    let mut rng = Lcg(0x5EED_0FD3_A000);
    let ts = |hours: u64| iso(START + hours * 3600, 0);

    let mut product_ids = Vec::new();
    for (i, (name, price)) in PRODUCTS.iter().enumerate() {
        let id = store.id();
        let slug = name.to_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "-");
        store.products.insert(
            id.clone(),
            Product {
                id: id.clone(),
                user_id: USER_ID.to_owned(),
                name: (*name).to_owned(),
                description: Some(format!("{name}: everything you need, delivered instantly.")),
                price: amount(*price),
                currency: "USD".to_owned(),
                type_: ProductType::OneTime,
                billing_interval: None,
                active: true,
                published: i != 7,
                slug: Some(slug.clone()),
                images: vec![format!("https://cdn.pocketsflow.com/demo/{slug}.png")],
                files: vec![ProductFile {
                    name: format!("{slug}.zip"),
                    url: format!("https://cdn.pocketsflow.com/demo/files/{slug}.zip"),
                    size: Some(1_048_576 * (i as u64 + 1)),
                }],
                subtitle: None,
                thumbnail: None,
                cta_text: None,
                show_sales: Some(true),
                show_reviews: Some(true),
                refund_policy: None,
                callback_url: None,
                has_first_name: None,
                has_last_name: None,
                pay_want: None,
                min_price: None,
                max_price: None,
                test_mode: true,
                created_at: ts(i as u64),
                updated_at: ts(i as u64 + 1),
            },
        );
        product_ids.push(id);
    }

    let mut offer_ids = Vec::new();
    for (i, (name, price, frequency)) in [
        ("Pro Membership", 19.0, SubscriptionFrequency::Monthly),
        ("Annual Design Club", 149.0, SubscriptionFrequency::Yearly),
    ]
    .into_iter()
    .enumerate()
    {
        let id = store.id();
        store.offers.insert(
            id.clone(),
            SubscriptionOffer {
                id: id.clone(),
                user_id: USER_ID.to_owned(),
                name: name.to_owned(),
                subtitle: Some("Cancel anytime".to_owned()),
                description: Some(format!("{name}: new content every week.")),
                price: amount(price),
                currency: Some("USD".to_owned()),
                frequency,
                trial_period: Some(7),
                published: Some(true),
                redirect_back_url: None,
                slug: Some(name.to_lowercase().replace(' ', "-")),
                thumbnail: None,
                images: Vec::new(),
                test_mode: true,
                created_at: ts(10 + i as u64),
                updated_at: None,
            },
        );
        offer_ids.push(id);
    }

    for (i, (name, code, value, value_type)) in [
        ("Launch Week", "LAUNCH30", 30.0, DiscountValueType::Percentage),
        ("Summer Sale", "SUMMER20", 20.0, DiscountValueType::Percentage),
        ("Five Off", "FIVEOFF", 5.0, DiscountValueType::Fixed),
    ]
    .into_iter()
    .enumerate()
    {
        let id = store.id();
        store.discounts.insert(
            id.clone(),
            Discount {
                id,
                user_id: USER_ID.to_owned(),
                name: name.to_owned(),
                code: code.to_owned(),
                value: amount(value),
                value_type,
                active: i != 0,
                main_product_ids: product_ids.clone(),
                expiration: Some("2030-12-31T23:59:59.000Z".to_owned()),
                used: Some(0),
                test_mode: true,
                created_at: ts(20 + i as u64),
            },
        );
    }

    for (i, (main, upsell, price)) in [(1usize, 0usize, 29.0), (4, 2, 9.0)].into_iter().enumerate() {
        let id = store.id();
        store.upsells.insert(
            id.clone(),
            Upsell {
                id,
                user_id: USER_ID.to_owned(),
                name: format!("Add {}", PRODUCTS[upsell].0),
                main_product_ids: vec![product_ids[main].clone()],
                upsell_product_id: product_ids[upsell].clone(),
                upsell_price: amount(price),
                upsell_description: Some("One-time offer, only on this page.".to_owned()),
                primary_button_text: Some("Yes, add it".to_owned()),
                secondary_button_text: Some("No thanks".to_owned()),
                offer: Some("Special one-time offer!".to_owned()),
                active: true,
                test_mode: true,
                created_at: ts(30 + i as u64),
            },
        );
    }

    // 260 orders over 2024 from 63 of 64 buyers (drawn at random: one never buys), which builds the customers.
    let buyers: Vec<(String, &str)> =
        (0..64).map(|i| (format!("buyer{i:02}@example.com"), COUNTRIES[i % COUNTRIES.len()])).collect();
    for n in 0..260u64 {
        let (email, country) = &buyers[rng.below(buyers.len())];
        let p = rng.below(product_ids.len());
        let product = store.products.get(&product_ids[p]).cloned();
        let gross = amount(PRODUCTS[p].1);
        let hours = 48 + n * 33 + rng.below(20) as u64;
        store.record_order(true, &product_ids[p], product, email, gross, "USD", Some((*country).to_owned()), ts(hours));
    }

    let customers: Vec<(String, String)> =
        store.customers.values().map(|c| (c.id.clone(), c.buyer_email.clone())).collect();
    for n in 0..40u64 {
        let p = rng.below(product_ids.len());
        let (_, email) = &customers[rng.below(customers.len())];
        let id = store.id();
        let rating = [5.0, 5.0, 4.0, 5.0, 3.0][rng.below(5)];
        store.reviews.insert(
            id.clone(),
            Review {
                id,
                product_id: product_ids[p].clone(),
                user_id: USER_ID.to_owned(),
                buyer_email: email.clone(),
                rating,
                review: Some(
                    ["Great value.", "Exactly what I needed.", "Solid, a few rough edges."][rng.below(3)].to_owned(),
                ),
                test_mode: true,
                created_at: ts(200 + n * 150),
            },
        );
    }

    let statuses = [
        SubscriptionStatus::Active,
        SubscriptionStatus::Active,
        SubscriptionStatus::Canceled,
        SubscriptionStatus::Paused,
        SubscriptionStatus::PastDue,
    ];
    for n in 0..24u64 {
        let (customer_id, _) = &customers[rng.below(customers.len())];
        let offer = &offer_ids[rng.below(offer_ids.len())];
        let start = 100 + n * 300;
        let id = store.id();
        let stripe_id = store.token("sub_");
        store.add_subscription(Subscription {
            id,
            user_id: USER_ID.to_owned(),
            customer_id: customer_id.clone(),
            product_id: offer.clone(),
            stripe_subscription_id: Some(stripe_id),
            status: statuses[n as usize % statuses.len()].clone(),
            current_period_start: ts(start),
            current_period_end: ts(start + 30 * 24),
            cancel_at_period_end: false,
            test_mode: true,
            created_at: ts(start),
        });
    }
    store.user_mut(true).created_first_product = Some(true);
}

/// A constant amount of the seed as `Money` (every one is finite, with two decimals at most).
fn amount(value: f64) -> Money {
    Money::try_from(value).unwrap_or(Money::ZERO)
}
