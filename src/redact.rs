//! One redaction of secrets, for every text the SDK and its command-line tool show: a token starting with
//! `whsec_` (a webhook signing secret), `pk_live_` or `pk_test_` (API keys) keeps its prefix and loses its value
//! (`pk_test_abc` becomes `pk_test_[redacted]`), and an API key of another shape that a client was built with is
//! replaced whole.
//!
//! ```
//! use pocketsflow::redact;
//! assert_eq!(redact::secrets("key pk_live_AbC9, \"whsec_5f2b\"", &[]), "key pk_live_[redacted], \"whsec_[redacted]\"");
//! assert_eq!(redact::secrets("token custom-key-123", &["custom-key-123"]), "token [redacted]");
//! assert_eq!(redact::shown("pk_test_abc"), "pk_test_[redacted]");
//! ```

/// `text` with every secret redacted, and each occurrence of `extra` (secrets of another shape, such as the key
/// in use; values shorter than 4 characters are left alone) replaced by `[redacted]`. Redacting twice changes
/// nothing. Line breaks are kept (see the errors' one-line form for text bound to one line).
pub fn secrets(text: &str, extra: &[&str]) -> String {
    let mut text = std::borrow::Cow::Borrowed(text);
    for secret in extra.iter().filter(|s| s.len() >= 4) {
        if text.contains(secret) {
            text = std::borrow::Cow::Owned(text.replace(secret, REDACTED));
        }
    }
    redact_to(text.as_bytes(), usize::MAX)
}

/// What may be shown of a secret: its prefix and `[redacted]` (`pk_test_[redacted]`), or `[redacted]` alone.
pub fn shown(secret: &str) -> String {
    let prefix = SECRET_PREFIXES.iter().find(|p| secret.starts_with(**p)).copied().unwrap_or("");
    format!("{prefix}{REDACTED}")
}

/// The first 200 characters of a body, for error messages, with every secret redacted.
///
/// A secret is a token starting with `whsec_` (webhook signing secret), `pk_live_` or `pk_test_` (API keys),
/// wherever it appears; its value (the run of `[A-Za-z0-9_]` after the prefix) is replaced by `[redacted]`:
/// `{"secret":"whsec_5f2b8c"}` becomes `{"secret":"whsec_[redacted]"}`. Redaction comes before the cut, so
/// a secret straddling the 200th character shows as a cut marker (`whsec_[reda`), never as a cut value.
/// Invalid UTF-8 becomes U+FFFD, as with [`String::from_utf8_lossy`]. The body is read only as far as the
/// excerpt needs (a long secret run is skipped whole).
pub(crate) fn excerpt(body: &[u8]) -> String {
    redact_to(body, 200)
}

/// The whole of `text` with every secret redacted as [`excerpt`] does, on one line: control characters and
/// Unicode line separators are escaped (`\n`, `\u{2028}`). Every text an [`Error`] holds passes here, whoever
/// wrote it (a server's `message` or `code`, a decoder's complaint quoting a value, the HTTP stack's account
/// of a failure), so neither a secret nor a line break reaches `Display`, `Debug` or a log.
pub(crate) fn redact(text: &str) -> String {
    let redacted = redact_to(text.as_bytes(), usize::MAX);
    if !redacted.chars().any(breaks_line) {
        return redacted;
    }
    let mut out = String::with_capacity(redacted.len() + 8);
    for c in redacted.chars() {
        if breaks_line(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A character that would break a line or a terminal: a control character or a Unicode line separator.
fn breaks_line(c: char) -> bool {
    c.is_control() || c == '\u{2028}' || c == '\u{2029}'
}

/// API keys of another shape than `pk_live_...`/`pk_test_...` that a client was built with: redacted
/// wherever they appear, like the known prefixes (a server that echoes the key cannot put it in an error).
static OTHER_KEYS: std::sync::RwLock<Vec<Box<[u8]>>> = std::sync::RwLock::new(Vec::new());

/// Redacts `key` from every error text from now on, when the prefixes do not already cover it.
pub(crate) fn redact_key(key: &str) {
    if key.is_empty() || SECRET_PREFIXES.iter().any(|prefix| key.starts_with(prefix)) {
        return;
    }
    let mut keys = OTHER_KEYS.write().unwrap_or_else(std::sync::PoisonError::into_inner);
    if !keys.iter().any(|known| **known == *key.as_bytes()) {
        keys.push(key.as_bytes().into());
    }
}

/// `body` with every key of [`OTHER_KEYS`] replaced by `[redacted]`, borrowed when there is none.
fn without_other_keys(body: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let keys = OTHER_KEYS.read().unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut body = std::borrow::Cow::Borrowed(body);
    for key in keys.iter() {
        if let Some(at) = body.windows(key.len()).position(|window| window == &**key) {
            let mut out = body[..at].to_vec();
            let mut rest = &body[at..];
            while !rest.is_empty() {
                if rest.starts_with(key) {
                    out.extend_from_slice(REDACTED.as_bytes());
                    rest = &rest[key.len()..];
                } else {
                    out.push(rest[0]);
                    rest = &rest[1..];
                }
            }
            body = std::borrow::Cow::Owned(out);
        }
    }
    body
}

/// At most `max_chars` characters of `body`, secrets redacted before the cut.
fn redact_to(body: &[u8], max_chars: usize) -> String {
    let body = without_other_keys(body);
    let body: &[u8] = &body;
    let mut out = String::new();
    let mut chars = 0;
    let mut rest = body;
    while chars < max_chars && !rest.is_empty() {
        if let Some(prefix) = SECRET_PREFIXES.iter().find(|p| rest.starts_with(p.as_bytes())) {
            let value = rest[prefix.len()..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'_').count();
            // A value redacted already stays as it is: redacting twice changes nothing.
            let done = value == 0 && rest[prefix.len()..].starts_with(REDACTED.as_bytes());
            rest = &rest[prefix.len() + value + if done { REDACTED.len() } else { 0 }..];
            for c in prefix.chars().chain(REDACTED.chars()).take(max_chars - chars) {
                out.push(c);
                chars += 1;
            }
            continue;
        }
        let (c, len) = first_char_lossy(rest);
        out.push(c);
        chars += 1;
        rest = &rest[len..];
    }
    out
}

/// Prefixes of the secrets redacted wherever they appear: webhook signing secrets and API keys.
pub const SECRET_PREFIXES: [&str; 3] = ["whsec_", "pk_live_", "pk_test_"];
/// What stands in for a secret's value.
pub const REDACTED: &str = "[redacted]";

/// The first character of a non-empty `bytes` and its length in bytes; an invalid sequence gives U+FFFD for
/// its maximal invalid prefix, exactly as [`String::from_utf8_lossy`] does. Looks at 4 bytes at most.
fn first_char_lossy(bytes: &[u8]) -> (char, usize) {
    let window = &bytes[..bytes.len().min(4)];
    match window.utf8_chunks().next() {
        Some(chunk) => match chunk.valid().chars().next() {
            Some(c) => (c, c.len_utf8()),
            None => (char::REPLACEMENT_CHARACTER, chunk.invalid().len().max(1)),
        },
        None => (char::REPLACEMENT_CHARACTER, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::{excerpt, redact};
    use proptest::prelude::*;

    /// The plain definition: decode, redact the whole text, then cut. `excerpt` must equal it.
    fn reference(body: &[u8]) -> String {
        let text = String::from_utf8_lossy(body);
        let mut out = String::new();
        let mut rest: &str = &text;
        'outer: while let Some(c) = rest.chars().next() {
            for prefix in ["whsec_", "pk_live_", "pk_test_"] {
                if let Some(after) = rest.strip_prefix(prefix) {
                    let end = after.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(after.len());
                    out.push_str(prefix);
                    out.push_str("[redacted]");
                    // Already redacted: kept as it is.
                    rest = if end == 0 { after.strip_prefix("[redacted]").unwrap_or(after) } else { &after[end..] };
                    continue 'outer;
                }
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out.chars().take(200).collect()
    }

    #[test]
    fn redacting_twice_changes_nothing() {
        let once = redact("whsec_abc pk_live_[redacted] pk_test_x\nline");
        assert_eq!(once, "whsec_[redacted] pk_live_[redacted] pk_test_[redacted]\\nline");
        assert_eq!(redact(&once), once);
        assert_eq!(excerpt(once.as_bytes()), once);
    }

    #[test]
    fn secrets_are_redacted_and_the_rest_kept() {
        assert_eq!(
            excerpt(br#"{"secret":"whsec_5f2b8c1d","key":"pk_live_AbC_9","k2":"xpk_test_1-2"}"#),
            r#"{"secret":"whsec_[redacted]","key":"pk_live_[redacted]","k2":"xpk_test_[redacted]-2"}"#
        );
        assert_eq!(excerpt(b"whsec"), "whsec");
        assert_eq!(excerpt(b"pk_live"), "pk_live");
        assert_eq!(excerpt(b"whsec_"), "whsec_[redacted]");
        assert_eq!(excerpt("h\u{e9}llo \u{1F600}".as_bytes()), "h\u{e9}llo \u{1F600}");
        assert_eq!(excerpt(b"a\xffb\xe2\x82c\xf0\x9f"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}");
        assert_eq!(excerpt(&[b'x'; 500]).len(), 200);
    }

    #[test]
    fn a_secret_across_the_cut_shows_a_cut_marker_not_a_cut_value() {
        let body = format!("{}whsec_SECRETVALUE{}", "x".repeat(195), "y".repeat(100));
        let out = excerpt(body.as_bytes());
        assert_eq!(out, format!("{}whsec", "x".repeat(195)));
        let body = format!("{}whsec_SECRETVALUE", "x".repeat(190));
        let out = excerpt(body.as_bytes());
        assert_eq!(out, format!("{}whsec_[red", "x".repeat(190)));
        // A secret longer than the whole excerpt is skipped whole; what follows it still shows.
        let body = format!("pk_test_{}!tail", "S".repeat(10_000));
        assert_eq!(excerpt(body.as_bytes()), "pk_test_[redacted]!tail");
    }

    fn secret() -> impl Strategy<Value = (String, String)> {
        (prop_oneof![Just("whsec_"), Just("pk_live_"), Just("pk_test_")].prop_map(str::to_owned), "[A-Za-z0-9_]{6,64}")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn equals_redact_then_cut_on_arbitrary_bytes(body in proptest::collection::vec(any::<u8>(), 0..600)) {
            prop_assert_eq!(excerpt(&body), reference(&body));
        }

        #[test]
        fn equals_redact_then_cut_on_text_full_of_prefixes(
            body in proptest::collection::vec(
                prop_oneof![
                    prop_oneof![Just("whsec_"), Just("pk_live_"), Just("pk_test_"), Just("pk_"), Just("whs")]
                        .prop_map(str::to_owned),
                    "[A-Za-z0-9_]{0,8}",
                    "[ -~]{0,4}",
                    "\\PC{0,2}",
                ],
                0..80)
        ) {
            let body = body.concat();
            prop_assert_eq!(excerpt(body.as_bytes()), reference(body.as_bytes()));
        }

        #[test]
        fn a_secret_value_never_shows(
            before in proptest::collection::vec(any::<u8>(), 0..300),
            (prefix, value) in secret(),
            after in proptest::collection::vec(any::<u8>(), 0..300),
        ) {
            let mut body = before.clone();
            body.extend_from_slice(prefix.as_bytes());
            body.extend_from_slice(value.as_bytes());
            // The value ends where a non-token character starts (the text after it cannot extend it).
            body.push(b'"');
            body.extend_from_slice(&after);
            let out = excerpt(&body);
            prop_assert!(out.chars().count() <= 200);
            // No 6-character piece of the value shows (whole, or cut at the 200-character boundary), unless
            // that piece was already in the text around it.
            let around = format!("{}{}", String::from_utf8_lossy(&before), String::from_utf8_lossy(&after));
            for piece in value.as_bytes().windows(6) {
                let piece = std::str::from_utf8(piece).unwrap();
                prop_assert!(!out.contains(piece) || around.contains(piece), "{piece:?} leaked in {out:?}");
            }
        }
    }
}
