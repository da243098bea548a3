//! The replay guard: Pocketsflow signs only the body, so a captured delivery can be resent with a fresh
//! timestamp; the guard refuses a body it accepted within the window, whatever its timestamp and however its
//! headers are spelled. Time is supplied (`verify_at`), so nothing sleeps: expiry after the window, the
//! capacity bound (against a model, proptest), `forget`, and concurrent copies of one delivery.

use std::sync::{Arc, Barrier};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::HeaderMap;
use pocketsflow::events::{sign, ReplayGuard, Verifier, WebhookError, WebhookSecret, DEFAULT_TOLERANCE};
use proptest::prelude::*;

const SECRET: &str = "whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e";
/// A fixed "now" (2024-03-01T12:00:00Z), so that every test is reproducible.
const T0: u64 = 1_709_294_400;

fn at(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs)
}

fn body(n: usize) -> Vec<u8> {
    format!(r#"{{"event":"order.completed","order":{{"id":"order_{n}"}},"amount":12.5}}"#).into_bytes()
}

/// The headers Pocketsflow sends for `body` at `timestamp`.
fn delivery(body: &[u8], timestamp: u64) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("x-pocketsflow-signature", sign(&WebhookSecret::new(SECRET), body).parse().unwrap());
    h.insert("x-pocketsflow-timestamp", timestamp.to_string().parse().unwrap());
    h
}

fn guarded(capacity: usize) -> (Verifier, ReplayGuard) {
    let guard = ReplayGuard::new(capacity);
    (Verifier::new(SECRET).replay_guard(guard.clone()), guard)
}

#[test]
fn a_replayed_delivery_is_refused_whatever_its_timestamp_or_header_spelling() {
    let (v, guard) = guarded(100);
    let b = body(1);
    v.verify_at(&b, &delivery(&b, T0), at(T0)).unwrap();

    // The very same delivery, a second later.
    let replayed = v.verify_at(&b, &delivery(&b, T0), at(T0 + 1)).unwrap_err();
    assert_eq!(replayed, WebhookError::Replayed);
    assert_eq!(replayed.status_code(), 409);
    assert!(replayed.to_string().contains("replay"), "{replayed}");
    // With a fresh timestamp (the signature does not cover it, so it still verifies).
    assert_eq!(v.verify_at(&b, &delivery(&b, T0 + 200), at(T0 + 200)), Err(WebhookError::Replayed));
    // In milliseconds, in the past within the tolerance.
    assert_eq!(v.verify_at(&b, &delivery(&b, (T0 - 100) * 1000), at(T0 + 2)), Err(WebhookError::Replayed));
    // Headers spelled otherwise: names in capitals, signature in upper-case hex after `sha256=`, spaces.
    let sig = sign(&WebhookSecret::new(SECRET), &b);
    let mut h = HeaderMap::new();
    h.insert("X-POCKETSFLOW-SIGNATURE", format!("sha256={}", sig.to_uppercase()).parse().unwrap());
    h.insert("X-Pocketsflow-Timestamp", format!(" {} ", T0 + 3).parse().unwrap());
    assert_eq!(v.verify_at(&b, &h, at(T0 + 3)), Err(WebhookError::Replayed));
    // Through construct_event too.
    assert_eq!(v.construct_event_at(&b, &delivery(&b, T0 + 4), at(T0 + 4)), Err(WebhookError::Replayed));
    assert_eq!(guard.len(), 1);
}

#[test]
fn without_a_guard_a_replay_with_a_fresh_timestamp_passes() {
    // What the guard is for: the timestamp check alone lets the captured body in again.
    let v = Verifier::new(SECRET);
    let b = body(1);
    v.verify_at(&b, &delivery(&b, T0), at(T0)).unwrap();
    v.verify_at(&b, &delivery(&b, T0 + 3600), at(T0 + 3600)).unwrap();
}

#[test]
fn distinct_deliveries_are_accepted() {
    let (v, guard) = guarded(100);
    for n in 0..50 {
        let b = body(n);
        v.construct_event_at(&b, &delivery(&b, T0), at(T0)).unwrap();
    }
    assert_eq!(guard.len(), 50);
    // The same body for another endpoint (another secret) sharing the guard is another delivery.
    let other_secret = WebhookSecret::new("whsec_another_endpoint");
    let other = Verifier::new(other_secret.clone()).replay_guard(guard.clone());
    let b = body(0);
    let mut h = delivery(&b, T0);
    h.insert("x-pocketsflow-signature", sign(&other_secret, &b).parse().unwrap());
    other.verify_at(&b, &h, at(T0)).unwrap();
    assert_eq!(guard.len(), 51);
}

#[test]
fn refused_deliveries_are_not_remembered() {
    let (v, guard) = guarded(100);
    let b = body(1);
    // Tampered, stale, without a timestamp, unparsable: each refused for its own reason, none recorded.
    let mut tampered = b.clone();
    tampered[3] ^= 1;
    assert_eq!(v.verify_at(&tampered, &delivery(&b, T0), at(T0)), Err(WebhookError::SignatureMismatch));
    assert!(matches!(v.verify_at(&b, &delivery(&b, T0 - 301), at(T0)), Err(WebhookError::StaleTimestamp { .. })));
    let mut no_ts = delivery(&b, T0);
    no_ts.remove("x-pocketsflow-timestamp");
    assert_eq!(v.verify_at(&b, &no_ts, at(T0)), Err(WebhookError::MissingHeader("X-Pocketsflow-Timestamp")));
    let unparsable = b"[1,2,3]".to_vec();
    for _ in 0..2 {
        let err = v.construct_event_at(&unparsable, &delivery(&unparsable, T0), at(T0)).unwrap_err();
        assert!(matches!(err, WebhookError::InvalidBody(_)), "{err}");
    }
    assert!(guard.is_empty());
    // The genuine delivery then goes through, once.
    v.verify_at(&b, &delivery(&b, T0), at(T0)).unwrap();
    assert_eq!(v.verify_at(&b, &delivery(&b, T0), at(T0)), Err(WebhookError::Replayed));
}

#[test]
fn memory_lasts_the_tolerance_window_then_expires() {
    let (v, guard) = guarded(100);
    let b = body(1);
    v.verify_at(&b, &delivery(&b, T0), at(T0)).unwrap();
    assert_eq!(v.verify_at(&b, &delivery(&b, T0 + 299), at(T0 + 299)), Err(WebhookError::Replayed));
    // The original timestamp is stale by now anyway.
    assert!(matches!(v.verify_at(&b, &delivery(&b, T0), at(T0 + 301)), Err(WebhookError::StaleTimestamp { .. })));
    // The documented limit: once the window is over, the guard has forgotten the body, and a replay with a
    // fresh timestamp is accepted (handlers must be idempotent on the event's ids).
    v.verify_at(&b, &delivery(&b, T0 + 301), at(T0 + 301)).unwrap();
    assert_eq!(guard.len(), 1, "the expired entry was dropped, the new one recorded");
    assert_eq!(v.verify_at(&b, &delivery(&b, T0 + 302), at(T0 + 302)), Err(WebhookError::Replayed));
}

#[test]
fn a_wider_tolerance_remembers_longer_and_ignoring_timestamps_remembers_the_default() {
    let guard = ReplayGuard::new(100);
    let v = Verifier::new(SECRET).tolerance(Duration::from_secs(3600)).replay_guard(guard.clone());
    let b = body(1);
    v.verify_at(&b, &delivery(&b, T0), at(T0)).unwrap();
    assert_eq!(v.verify_at(&b, &delivery(&b, T0 + 3599), at(T0 + 3599)), Err(WebhookError::Replayed));
    v.verify_at(&b, &delivery(&b, T0 + 3601), at(T0 + 3601)).unwrap();

    let v = Verifier::new(SECRET).ignore_timestamp().replay_guard(ReplayGuard::new(100));
    let b = body(2);
    let mut no_ts = delivery(&b, T0);
    no_ts.remove("x-pocketsflow-timestamp");
    v.verify_at(&b, &no_ts, at(T0)).unwrap();
    let last = T0 + DEFAULT_TOLERANCE.as_secs() - 1;
    assert_eq!(v.verify_at(&b, &no_ts, at(last)), Err(WebhookError::Replayed));
    v.verify_at(&b, &no_ts, at(T0 + DEFAULT_TOLERANCE.as_secs() + 1)).unwrap();
}

#[test]
fn allowing_a_missing_timestamp_still_refuses_replays() {
    let v = Verifier::new(SECRET).allow_missing_timestamp().replay_guard(ReplayGuard::new(10));
    let b = body(1);
    let mut no_ts = delivery(&b, T0);
    no_ts.remove("x-pocketsflow-timestamp");
    v.verify_at(&b, &no_ts, at(T0)).unwrap();
    assert_eq!(v.verify_at(&b, &no_ts, at(T0 + 10)), Err(WebhookError::Replayed));
    assert_eq!(v.verify_at(&b, &delivery(&b, T0 + 10), at(T0 + 10)), Err(WebhookError::Replayed));
}

#[test]
fn forget_lets_the_same_delivery_in_again() {
    let (v, guard) = guarded(10);
    let b = body(1);
    let h = delivery(&b, T0);
    v.verify_at(&b, &h, at(T0)).unwrap();
    assert!(v.forget(&h), "it was remembered");
    assert!(guard.is_empty());
    assert!(!v.forget(&h), "forgotten already");
    v.verify_at(&b, &h, at(T0 + 1)).unwrap();
    assert_eq!(v.verify_at(&b, &h, at(T0 + 2)), Err(WebhookError::Replayed));
    // Nothing to forget: another body, no signature, a malformed one, a verifier without a guard.
    assert!(!v.forget(&delivery(&body(2), T0)));
    assert!(!v.forget(&HeaderMap::new()));
    let mut malformed = HeaderMap::new();
    malformed.insert("x-pocketsflow-signature", "zz".parse().unwrap());
    assert!(!v.forget(&malformed));
    assert!(!Verifier::new(SECRET).forget(&h));
    assert_eq!(guard.len(), 1);
}

#[test]
fn a_full_guard_refuses_new_deliveries_and_forgets_nothing_unexpired() {
    let (v, guard) = guarded(2);
    assert_eq!(guard.capacity(), 2);
    let (b0, b1, b2) = (body(0), body(1), body(2));
    v.verify_at(&b0, &delivery(&b0, T0), at(T0)).unwrap();
    v.verify_at(&b1, &delivery(&b1, T0 + 100), at(T0 + 100)).unwrap();
    let full = v.verify_at(&b2, &delivery(&b2, T0 + 100), at(T0 + 100)).unwrap_err();
    assert_eq!(full, WebhookError::ReplayGuardFull { capacity: 2 });
    assert_eq!(full.status_code(), 503);
    assert!(full.to_string().contains("full"), "{full}");
    // The ones it holds are still refused as replays, not forgotten to make room.
    assert_eq!(v.verify_at(&b0, &delivery(&b0, T0 + 101), at(T0 + 101)), Err(WebhookError::Replayed));
    assert_eq!(v.verify_at(&b1, &delivery(&b1, T0 + 101), at(T0 + 101)), Err(WebhookError::Replayed));
    // Once the first has expired, there is room again.
    v.verify_at(&b2, &delivery(&b2, T0 + 300), at(T0 + 300)).unwrap();
    assert_eq!(guard.len(), 2);
    // A capacity of 0 refuses everything.
    let (v, _) = guarded(0);
    assert_eq!(v.verify_at(&b0, &delivery(&b0, T0), at(T0)), Err(WebhookError::ReplayGuardFull { capacity: 0 }));
}

#[test]
fn concurrent_copies_of_one_delivery_exactly_one_is_accepted() {
    const THREADS: usize = 16;
    let (v, guard) = guarded(1000);
    for round in 0..20 {
        let b = Arc::new(body(round));
        let h = Arc::new(delivery(&b, T0));
        let barrier = Arc::new(Barrier::new(THREADS));
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                let (v, b, h, barrier) = (v.clone(), b.clone(), h.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    v.verify_at(&b, &h, at(T0))
                })
            })
            .collect();
        let results: Vec<_> = handles.into_iter().map(|t| t.join().unwrap()).collect();
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "round {round}: {results:?}");
        assert!(results.iter().all(|r| matches!(r, Ok(_) | Err(WebhookError::Replayed))), "{results:?}");
    }
    assert_eq!(guard.len(), 20);
}

#[test]
fn clones_share_one_guard_and_debug_shows_neither_secret_nor_keys() {
    let (v, guard) = guarded(10);
    let clone = v.clone();
    let b = body(1);
    v.verify_at(&b, &delivery(&b, T0), at(T0)).unwrap();
    assert_eq!(clone.verify_at(&b, &delivery(&b, T0), at(T0)), Err(WebhookError::Replayed));
    let printed = format!("{v:?} {guard:?}");
    assert!(printed.contains("ReplayGuard") && printed.contains("capacity: 10") && printed.contains("len: 1"));
    let sig = sign(&WebhookSecret::new(SECRET), &b);
    assert!(!printed.contains("whsec_") && !printed.contains(&sig[..16]), "{printed}");
}

/// One step of a random sequence: deliver body `body` after `advance` seconds, or forget it.
#[derive(Debug, Clone)]
enum Step {
    Deliver { body: usize, advance: u64 },
    Forget { body: usize },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (0..12usize, prop_oneof![3 => 0..20u64, 1 => 250..400u64])
            .prop_map(|(body, advance)| Step::Deliver { body, advance }),
        1 => (0..12usize).prop_map(|body| Step::Forget { body }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Against a model (a plain list of (body, expiry)): every outcome agrees, the guard never holds more than
    /// its capacity, and a body accepted at `t` is never accepted again before `t + window`.
    #[test]
    fn the_capacity_bound_holds_and_outcomes_match_the_model(
        capacity in 0..8usize,
        steps in proptest::collection::vec(step(), 1..120),
    ) {
        let window = DEFAULT_TOLERANCE.as_secs();
        let (v, guard) = guarded(capacity);
        let mut model: Vec<(usize, u64)> = Vec::new();
        let mut accepted_at: Vec<(usize, u64)> = Vec::new();
        let mut now = T0;
        for step in steps {
            match step {
                Step::Deliver { body: n, advance } => {
                    now += advance;
                    let b = body(n);
                    let actual = v.verify_at(&b, &delivery(&b, now), at(now)).map(drop);
                    model.retain(|&(_, expires)| expires > now);
                    let expected = if model.iter().any(|&(m, _)| m == n) {
                        Err(WebhookError::Replayed)
                    } else if model.len() >= capacity {
                        Err(WebhookError::ReplayGuardFull { capacity })
                    } else {
                        model.push((n, now + window));
                        Ok(())
                    };
                    prop_assert_eq!(&actual, &expected);
                    if actual.is_ok() {
                        // (`Forget` steps drop a body from `accepted_at`: forgetting is the one way back in.)
                        prop_assert!(
                            !accepted_at.iter().any(|&(m, t)| m == n && now < t + window),
                            "body {} accepted twice within the window", n
                        );
                        accepted_at.push((n, now));
                    }
                }
                Step::Forget { body: n } => {
                    let b = body(n);
                    let expected = model.iter().any(|&(m, _)| m == n);
                    model.retain(|&(m, _)| m != n);
                    accepted_at.retain(|&(m, _)| m != n);
                    prop_assert_eq!(v.forget(&delivery(&b, now)), expected);
                }
            }
            prop_assert!(guard.len() <= capacity, "{} entries, capacity {}", guard.len(), capacity);
        }
    }
}
