//! The fake server's in-memory state. Objects are the SDK's own generated models, so what the fake serves has
//! exactly the shape openapi.yaml gives.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::dates::iso;
use super::limits;
use crate::types::*;

/// What an item held in memory costs, roughly: its own size plus the text it owns.
pub(crate) trait Weigh {
    fn weight(&self) -> usize;
}

/// The latest items, oldest first, within a count and a byte budget: pushing past either lets the oldest
/// go. The newest item is always kept, whatever its weight.
pub(crate) struct Window<T> {
    items: VecDeque<T>,
    bytes: usize,
    pushed: u64,
    max_items: usize,
    max_bytes: usize,
}

impl<T: Weigh> Window<T> {
    pub(crate) fn new(max_items: usize, max_bytes: usize) -> Self {
        Window { items: VecDeque::new(), bytes: 0, pushed: 0, max_items: max_items.max(1), max_bytes }
    }

    pub(crate) fn push(&mut self, item: T) {
        self.bytes += item.weight();
        self.items.push_back(item);
        self.pushed += 1;
        while self.items.len() > self.max_items || (self.bytes > self.max_bytes && self.items.len() > 1) {
            if let Some(old) = self.items.pop_front() {
                self.bytes -= old.weight();
            }
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.items.iter()
    }

    /// Items held.
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    /// Weight of the items held.
    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }

    /// Items pushed since the start, kept or not.
    pub(crate) fn pushed(&self) -> u64 {
        self.pushed
    }
}

/// One webhook delivery attempt, as the fake server made it; serialized as `GET /__mock/deliveries` lists it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    /// Id of the webhook.
    pub webhook_id: String,
    /// URL it was sent to.
    pub url: String,
    /// Event name (`X-Pocketsflow-Event`).
    pub event: String,
    /// The JSON body, as sent.
    pub body: String,
    /// `X-Pocketsflow-Signature`.
    pub signature: String,
    /// `X-Pocketsflow-Timestamp` (Unix seconds).
    pub timestamp: String,
    /// The receiver's status, when it answered.
    pub status: Option<u16>,
    /// Why it failed, when it did (timeout after 5 s, refused, ...).
    pub error: Option<String>,
}

impl Weigh for Delivery {
    fn weight(&self) -> usize {
        let text = [&self.webhook_id, &self.url, &self.event, &self.body, &self.signature, &self.timestamp];
        std::mem::size_of::<Self>()
            + text.iter().map(|t| t.len()).sum::<usize>()
            + self.error.as_ref().map_or(0, String::len)
    }
}

/// A checkout session.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    pub(crate) test_mode: bool,
    pub(crate) product_id: String,
    pub(crate) customer_email: Option<String>,
    pub(crate) discount_id: Option<String>,
    pub(crate) metadata: serde_json::Map<String, serde_json::Value>,
    pub(crate) order_id: Option<String>,
    /// Where the buyer goes after paying, and after canceling.
    pub(crate) success_url: String,
    pub(crate) cancel_url: String,
    /// Unix seconds after which it can no longer be paid.
    pub(crate) expires_at: u64,
}

/// Ids of one kind of object, newest first as the API lists them (by `createdAt`, then id, both descending),
/// one list per mode. Inserting is a binary search (objects mostly arrive newest, at the end); a page is a
/// slice, so serving one costs the same at 100 or 100,000 objects.
#[derive(Debug, Default)]
pub(crate) struct Newest {
    /// `(createdAt, id)` ascending; index 0 is live mode, 1 test mode.
    by_mode: [Vec<(String, String)>; 2],
}

impl Newest {
    fn insert(&mut self, test_mode: bool, created_at: &str, id: &str) {
        let list = &mut self.by_mode[usize::from(test_mode)];
        let key = (created_at.to_owned(), id.to_owned());
        let at = list.partition_point(|entry| *entry < key);
        list.insert(at, key);
    }

    /// How many objects of one mode there are.
    pub(crate) fn len(&self, test_mode: bool) -> usize {
        self.by_mode[usize::from(test_mode)].len()
    }

    /// The ids of one mode, newest first, from the `skip`th on. The skip is constant time: it goes straight to
    /// the slice position (a reversed slice iterator's `nth`), before any id is looked at.
    pub(crate) fn newest_first(&self, test_mode: bool, skip: usize) -> impl Iterator<Item = &str> + Clone + '_ {
        self.by_mode[usize::from(test_mode)].iter().rev().skip(skip).map(|(_, id)| id.as_str())
    }
}

impl Session {
    /// Whether its lifetime is over at `now` (Unix seconds of the server's [`Clock`]).
    pub(crate) fn is_expired(&self, now: u64) -> bool {
        now >= self.expires_at
    }
}

pub(crate) struct Store {
    seq: u64,
    pub(crate) users: [User; 2],
    pub(crate) products: BTreeMap<String, Product>,
    pub(crate) variants: BTreeMap<String, ProductVariant>,
    pub(crate) orders: BTreeMap<String, Order>,
    pub(crate) refunded: HashMap<String, Money>,
    pub(crate) customers: BTreeMap<String, Customer>,
    pub(crate) customer_products: HashMap<String, BTreeSet<String>>,
    pub(crate) reviews: BTreeMap<String, Review>,
    pub(crate) discounts: BTreeMap<String, Discount>,
    pub(crate) upsells: BTreeMap<String, Upsell>,
    pub(crate) subscriptions: BTreeMap<String, Subscription>,
    /// Orders and subscriptions in the order the API lists them, per mode: a page is a slice of it, whatever
    /// the store holds. Kept by [`Store::add_order`] and [`Store::add_subscription`], the only ways in.
    pub(crate) order_index: Newest,
    pub(crate) subscription_index: Newest,
    pub(crate) offers: BTreeMap<String, SubscriptionOffer>,
    pub(crate) webhooks: BTreeMap<String, Webhook>,
    pub(crate) refunds: BTreeMap<String, (bool, Refund)>,
    pub(crate) sessions: HashMap<String, Session>,
    /// The latest deliveries, within [`limits::KEPT_DELIVERIES`] and [`limits::KEPT_DELIVERY_BYTES`].
    pub(crate) deliveries: Window<Delivery>,
    /// Billing state of the subscriptions (trials, renewals that fail), beside the API's objects.
    pub(crate) billing: super::lifecycle::Billings,
}

pub(crate) const USER_ID: &str = "64b7f0c2a1d3e4f5a6b7c8d9";

fn user(test_mode: bool) -> User {
    User {
        id: USER_ID.to_owned(),
        user_id: USER_ID.to_owned(),
        email: "seller@example.com".to_owned(),
        name: Some("Demo Seller".to_owned()),
        first_name: Some("Demo".to_owned()),
        last_name: Some("Seller".to_owned()),
        subdomain: Some("demo-store".to_owned()),
        contact_email: None,
        currency: "USD".to_owned(),
        country: Some("US".to_owned()),
        test_mode,
        has_sales: false,
        created_first_product: Some(false),
    }
}

impl Store {
    pub(crate) fn new() -> Self {
        Store {
            seq: 0,
            users: [user(false), user(true)],
            products: BTreeMap::new(),
            variants: BTreeMap::new(),
            orders: BTreeMap::new(),
            refunded: HashMap::new(),
            customers: BTreeMap::new(),
            customer_products: HashMap::new(),
            reviews: BTreeMap::new(),
            discounts: BTreeMap::new(),
            upsells: BTreeMap::new(),
            subscriptions: BTreeMap::new(),
            order_index: Newest::default(),
            subscription_index: Newest::default(),
            offers: BTreeMap::new(),
            webhooks: BTreeMap::new(),
            refunds: BTreeMap::new(),
            sessions: HashMap::new(),
            deliveries: Window::new(limits::KEPT_DELIVERIES, limits::KEPT_DELIVERY_BYTES),
            billing: Default::default(),
        }
    }

    /// Stores an order, in the listing order too.
    pub(crate) fn add_order(&mut self, order: Order) {
        self.order_index.insert(order.test_mode, &order.created_at, &order.id);
        self.orders.insert(order.id.clone(), order);
    }

    /// Stores a subscription, in the listing order too.
    pub(crate) fn add_subscription(&mut self, subscription: Subscription) {
        self.subscription_index.insert(subscription.test_mode, &subscription.created_at, &subscription.id);
        self.subscriptions.insert(subscription.id.clone(), subscription);
    }

    /// Goes on numbering after `previous`, so that an id made after a reload is not one made before.
    pub(crate) fn continue_after(&mut self, previous: &Store) {
        self.seq = self.seq.max(previous.seq);
    }

    /// Goes on numbering after every id this store holds that [`Store::id`] could have made.
    pub(crate) fn continue_after_ids(&mut self) {
        let ids = self
            .products
            .keys()
            .chain(self.variants.keys())
            .chain(self.orders.keys())
            .chain(self.customers.keys())
            .chain(self.reviews.keys())
            .chain(self.discounts.keys())
            .chain(self.upsells.keys())
            .chain(self.subscriptions.keys())
            .chain(self.offers.keys())
            .chain(self.webhooks.keys())
            .chain(self.refunds.keys());
        let made = ids.filter_map(|id| u64::from_str_radix(id.strip_prefix("65f0")?, 16).ok()).max();
        self.seq = self.seq.max(made.unwrap_or(0));
    }

    /// A fresh 24-hex id; ids sort in creation order.
    pub(crate) fn id(&mut self) -> String {
        self.seq += 1;
        format!("65f0{:020x}", self.seq)
    }

    /// A fresh opaque token with a prefix (`sub_`, `cs_test_`, `whsec_`).
    pub(crate) fn token(&mut self, prefix: &str) -> String {
        self.seq += 1;
        let mixed = self.seq.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
        format!("{prefix}{mixed:016x}{:08x}", self.seq)
    }

    pub(crate) fn user_mut(&mut self, test_mode: bool) -> &mut User {
        &mut self.users[usize::from(test_mode)]
    }

    /// Records a completed purchase: the order, the customer (new or updated) and its products.
    /// Returns the order and whether the customer is new.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn record_order(
        &mut self,
        test_mode: bool,
        product_id: &str,
        product: Option<Product>,
        email: &str,
        gross: Money,
        currency: &str,
        country: Option<String>,
        created_at: String,
    ) -> (Order, bool) {
        let existing =
            self.customers.values().find(|c| c.buyer_email == email && c.test_mode == test_mode).map(|c| c.id.clone());
        let (customer_id, is_new) = match existing {
            Some(id) => (id, false),
            None => {
                let id = self.id();
                let customer = Customer {
                    id: id.clone(),
                    user_id: USER_ID.to_owned(),
                    buyer_email: email.to_owned(),
                    country: country.clone(),
                    number_of_orders: 0,
                    total_spent: Money::ZERO,
                    test_mode,
                    created_at: created_at.clone(),
                };
                self.customers.insert(id.clone(), customer);
                (id, true)
            }
        };
        let customer = self.customers.get_mut(&customer_id).expect("customer just found or inserted");
        customer.number_of_orders += 1;
        customer.total_spent += gross;
        self.customer_products.entry(customer_id.clone()).or_default().insert(product_id.to_owned());
        // Stripe's 2.9% + 0.30, rounded to the currency's minor unit.
        let digits = minor_digits(currency);
        let stripe_fee = if gross.is_zero() {
            Money::ZERO
        } else {
            (gross.percent(rust_decimal::Decimal::new(29, 1), digits) + money_of(rust_decimal::Decimal::new(30, 2)))
                .round_to(digits)
        };
        let id = self.id();
        let order = Order {
            id: id.clone(),
            user_id: USER_ID.to_owned(),
            product_id: product_id.to_owned(),
            buyer_email: email.to_owned(),
            gross_amount: gross,
            net_amount: gross - stripe_fee,
            tax_amount: Money::ZERO,
            stripe_fee: Some(stripe_fee),
            paypal_fee: None,
            affiliate_cut: Some(Money::ZERO),
            currency: currency.to_owned(),
            country,
            is_refunded: false,
            is_disputed: false,
            test_mode,
            product,
            customer: Some(OrderCustomer { id: customer_id, buyer_email: email.to_owned() }),
            created_at,
        };
        self.add_order(order.clone());
        self.user_mut(test_mode).has_sales = true;
        (order, is_new)
    }
}

/// Decimal digits of a currency's minor unit (ISO 4217): 0 for the yen and the other zero-decimal currencies,
/// 3 for the three-decimal dinars and rials, 2 for every other currency.
pub(crate) fn minor_digits(currency: &str) -> u32 {
    const ZERO: &[&str] = &[
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    ];
    const THREE: &[&str] = &["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
    let currency = currency.to_ascii_uppercase();
    if ZERO.contains(&currency.as_str()) {
        0
    } else if THREE.contains(&currency.as_str()) {
        3
    } else {
        2
    }
}

/// An amount the fake computed from exact inputs: within `Money`'s digits by construction.
pub(crate) fn money_of(value: rust_decimal::Decimal) -> Money {
    Money::from_decimal(value).unwrap_or(Money::ZERO)
}

/// The fake server's clock: real time moved forward by what the control plane advanced it, or stopped where it
/// was frozen. It never goes back. Every time the fake reads (timestamps it writes, session lifetimes, discount
/// expirations, webhook timestamps) is this clock's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Clock {
    /// How far ahead of real time it runs.
    offset: Duration,
    /// Where it stands when frozen (since the Unix epoch).
    frozen: Option<Duration>,
}

fn real_now() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

impl Clock {
    /// Now, since the Unix epoch.
    pub(crate) fn now(&self) -> Duration {
        self.frozen.unwrap_or_else(|| real_now() + self.offset)
    }

    /// Now, in Unix seconds.
    pub(crate) fn unix(&self) -> u64 {
        self.now().as_secs()
    }

    /// Now, in Unix milliseconds.
    pub(crate) fn millis(&self) -> i64 {
        i64::try_from(self.now().as_millis()).unwrap_or(i64::MAX)
    }

    /// Now, as the API writes timestamps: `2024-03-01T10:15:30.000Z`.
    pub(crate) fn iso(&self) -> String {
        let now = self.now();
        iso(now.as_secs(), now.subsec_millis())
    }

    /// How far ahead of real time it stands.
    pub(crate) fn ahead(&self) -> Duration {
        self.now().saturating_sub(real_now())
    }

    pub(crate) fn is_frozen(&self) -> bool {
        self.frozen.is_some()
    }

    /// Moves it forward by `by`.
    pub(crate) fn advance(&mut self, by: Duration) {
        self.offset += by;
        if let Some(at) = self.frozen.as_mut() {
            *at += by;
        }
    }

    /// Stops it where it stands, or lets it run again from there.
    pub(crate) fn freeze(&mut self, frozen: bool) {
        match (frozen, self.frozen) {
            (true, None) => self.frozen = Some(self.now()),
            (false, Some(at)) => {
                self.offset = at.saturating_sub(real_now());
                self.frozen = None;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Item(usize);

    impl Weigh for Item {
        fn weight(&self) -> usize {
            self.0
        }
    }

    #[test]
    fn windows_keep_the_latest_within_count_and_bytes() {
        let mut window = Window::new(3, 100);
        for i in 1..=5 {
            window.push(Item(i));
        }
        assert_eq!(window.iter().map(|i| i.0).collect::<Vec<_>>(), [3, 4, 5]);
        assert_eq!((window.len(), window.bytes(), window.pushed()), (3, 12, 5));
        window.push(Item(95));
        assert_eq!(window.iter().map(|i| i.0).collect::<Vec<_>>(), [5, 95], "bytes let the oldest go too");
        window.push(Item(500));
        assert_eq!(window.iter().map(|i| i.0).collect::<Vec<_>>(), [500], "the newest is kept, whatever it weighs");
        assert_eq!(window.bytes(), 500);
    }

    #[test]
    fn ids_are_24_hex_and_ordered() {
        let mut store = Store::new();
        let a = store.id();
        let b = store.id();
        assert_eq!(a.len(), 24);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert!(a < b);
    }
}
