//! The one naming module of the generators: how a name of the spec (`pageSize`, `order.completed`,
//! `subscription_offers_list`) becomes a Rust item, a CLI flag or an SDK type name.
//!
//! A name is split into words at every character that is not a letter or a digit and where a lower-case letter
//! or a digit is followed by an upper-case one; runs of capitals stay one word (`USD`).

/// The words of a name: `mainProductIds` -> `main`, `Product`, `Ids`; `order.completed` -> `order`, `completed`.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut previous: Option<char> = None;
    for (i, c) in text.char_indices() {
        if !c.is_ascii_alphanumeric() {
            if let Some(s) = start.take() {
                out.push(&text[s..i]);
            }
        } else {
            let boundary =
                c.is_ascii_uppercase() && previous.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit());
            match start {
                Some(s) if boundary => {
                    out.push(&text[s..i]);
                    start = Some(i);
                }
                Some(_) => {}
                None => start = Some(i),
            }
        }
        previous = Some(c);
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// `pageSize` -> `page_size`, `SubscriptionOffers` -> `subscription_offers`, `_id` -> `id`.
pub fn snake(text: &str) -> String {
    words(text).iter().map(|w| w.to_ascii_lowercase()).collect::<Vec<_>>().join("_")
}

/// `pageSize` -> `page-size`: a CLI flag.
pub fn kebab(text: &str) -> String {
    snake(text).replace('_', "-")
}

/// `order.completed` -> `OrderCompleted`, `numberOfOrders` -> `NumberOfOrders`, `USD` -> `USD`. A name that
/// would start with a digit gets a `V` in front.
pub fn pascal(text: &str) -> String {
    let mut out = String::new();
    for word in words(text) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.push_str(chars.as_str());
        }
    }
    if out.chars().next().is_none_or(|c| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// Rust's keywords, strict and reserved, of the 2021 edition.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become",
    "box", "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Whether `name` is a Rust keyword.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// `name` as a Rust identifier: a keyword is written raw (`r#type`); the four that cannot be raw get a `_`.
pub fn ident(name: &str) -> String {
    match name {
        "self" | "Self" | "super" | "crate" => format!("{name}_"),
        _ if is_keyword(name) => format!("r#{name}"),
        _ => name.to_owned(),
    }
}

/// The Rust field or method name of a spec name: `pageSize` -> `page_size`, `type` -> `r#type`.
pub fn field(text: &str) -> String {
    ident(&snake(text))
}

/// An operation's resource and method: its tag in snake_case, and the rest of its operationId
/// (`subscription_offers_list` of the tag `SubscriptionOffers` -> (`subscription_offers`, `list`);
/// `products_add_file` of `Products` -> (`products`, `add_file`)). Every operationId of the spec has this shape
/// (the spec lint checks it).
pub fn resource_method<'a>(tag: &str, operation_id: &'a str) -> Result<(String, &'a str), String> {
    let resource = snake(tag);
    let method = operation_id.strip_prefix(resource.as_str()).and_then(|rest| rest.strip_prefix('_'));
    match method {
        Some(method) if !method.is_empty() => Ok((resource, method)),
        _ => Err(format!("operationId {operation_id} is not <resource>_<method>: {resource}_<method> for tag {tag}")),
    }
}

/// The SDK's name of the parameters type of an operation with query parameters: `orders_list` ->
/// `ListOrdersParams`.
pub fn params_type(tag: &str, operation_id: &str) -> Result<String, String> {
    let (resource, method) = resource_method(tag, operation_id)?;
    Ok(format!("{}{}Params", pascal(method), pascal(&resource)))
}

/// The singular of a plural field name, for a repeatable flag: `mainProductIds` -> `mainProductId`.
pub fn singular(name: &str) -> Option<String> {
    if let Some(stem) = name.strip_suffix("ies") {
        Some(format!("{stem}y"))
    } else if name.ends_with('s') && !name.ends_with("ss") {
        Some(name[..name.len() - 1].to_owned())
    } else {
        None
    }
}
