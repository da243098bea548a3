//! The buyer's side of a checkout session in a browser: the hosted checkout page, and the pages that say why a
//! session cannot be paid. Plain HTML forms that work without JavaScript, labelled for assistive technology.
//! Everything that comes from users (product names, discount codes, emails, URLs, ids) is escaped.

use crate::types::Money;
use std::fmt::Write;

/// What the checkout page shows: one session, priced.
pub(crate) struct Checkout<'a> {
    pub(crate) session_id: &'a str,
    pub(crate) test_mode: bool,
    /// The product's or subscription offer's name.
    pub(crate) name: &'a str,
    /// For a subscription offer, what the price is per: `week`, `month`, `year`.
    pub(crate) period: Option<&'a str>,
    pub(crate) currency: &'a str,
    pub(crate) price: Money,
    pub(crate) discount: Option<DiscountLine<'a>>,
    pub(crate) total: Money,
    /// The email field's value.
    pub(crate) email: &'a str,
    /// Why the last attempt to pay was refused (a bad email), shown next to the field.
    pub(crate) error: Option<&'a str>,
}

/// A discount code applied to the session.
pub(crate) struct DiscountLine<'a> {
    pub(crate) code: &'a str,
    /// What the code gives, in words: `20% off`, `$5.00 off`.
    pub(crate) terms: String,
    /// How much it takes off the price.
    pub(crate) amount: Money,
}

/// A page that says why a session cannot be paid, with a way back to the shop when there is one.
pub(crate) struct Problem<'a> {
    /// The session's mode, when the session is known.
    pub(crate) test_mode: Option<bool>,
    pub(crate) title: &'a str,
    pub(crate) reason: &'a str,
    /// Where "back to the shop" leads, and its label.
    pub(crate) link: Option<(&'a str, &'a str)>,
}

/// `text` with the five characters that matter in HTML text and quoted attributes replaced by references.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An amount as a buyer reads it: `$20.00`, `€9.50`, `£5.00`, else `12.00 CHF`.
pub(crate) fn money(amount: Money, currency: &str) -> String {
    let code = currency.trim().to_ascii_uppercase();
    let amount = amount.as_decimal();
    let symbol = match code.as_str() {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        _ => None,
    };
    match symbol {
        Some(symbol) => format!("{symbol}{amount:.2}"),
        None if code.is_empty() => format!("{amount:.2}"),
        None => format!("{amount:.2} {code}"),
    }
}

/// A number without a useless fraction: `20`, `12.5`.
pub(crate) fn plain_number(value: Money) -> String {
    value.as_decimal().normalize().to_string()
}

const STYLE: &str = "
:root { color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
body { margin: 0; background: #f3f4f6; color: #111827; line-height: 1.5; }
main { max-width: 28rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 0.75rem;
       box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12); }
h1 { font-size: 1.5rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
.badge { display: inline-block; margin: 0; padding: 0.125rem 0.625rem; border-radius: 999px; font-size: 0.8rem;
         font-weight: 700; letter-spacing: 0.02em; background: #fde68a; color: #713f12; border: 1px solid #b45309; }
.badge.live { background: #e0e7ff; color: #312e81; border-color: #4338ca; }
.note { margin: 0.25rem 0 0; color: #4b5563; font-size: 0.9rem; }
dl { margin: 0; }
dl div { display: flex; justify-content: space-between; gap: 1rem; padding: 0.5rem 0; border-bottom: 1px solid #e5e7eb; }
dt { color: #374151; }
dd { margin: 0; font-weight: 600; text-align: right; overflow-wrap: anywhere; }
dl div.total { border-bottom: none; font-size: 1.15rem; }
dl div.total dt { color: #111827; font-weight: 700; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; background: #f3f4f6; padding: 0 0.25rem;
       border-radius: 0.25rem; }
label { display: block; font-weight: 600; margin-top: 1.5rem; }
input { box-sizing: border-box; width: 100%; margin-top: 0.25rem; padding: 0.625rem 0.75rem; font: inherit;
        border: 1px solid #6b7280; border-radius: 0.375rem; }
input[aria-invalid=true] { border-color: #b91c1c; border-width: 2px; }
.help { margin: 0.25rem 0 0; color: #4b5563; font-size: 0.875rem; }
.error { margin: 1rem 0 0; padding: 0.5rem 0.75rem; border-left: 4px solid #b91c1c; background: #fef2f2;
         color: #7f1d1d; }
.actions { display: flex; gap: 0.75rem; margin-top: 1.5rem; }
button { font: inherit; font-weight: 600; padding: 0.625rem 1.25rem; border-radius: 0.375rem; cursor: pointer; }
button.pay { flex: 1; background: #1d4ed8; color: #fff; border: 1px solid #1d4ed8; }
button.cancel { background: #fff; color: #1f2937; border: 1px solid #6b7280; }
a { color: #1d4ed8; }
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
";

fn head(out: &mut String, title: &str) {
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(title)
    );
}

fn badge(out: &mut String, test_mode: bool) {
    if test_mode {
        out.push_str("<p class=\"badge\" id=\"mode\">Test mode</p>\n");
    } else {
        out.push_str("<p class=\"badge live\" id=\"mode\">Live-mode key, fake server</p>\n");
    }
}

/// The hosted checkout page: what is bought, for how much, an email field, Pay and Cancel.
pub(crate) fn checkout(page: &Checkout<'_>) -> String {
    let mut out = String::with_capacity(8 * 1024);
    let per = |amount: String| match page.period {
        Some(period) => format!("{amount} / {period}"),
        None => amount,
    };
    let price = per(money(page.price, page.currency));
    let total = money(page.total, page.currency);
    head(&mut out, &format!("Checkout: {}", page.name));
    out.push_str("<main aria-labelledby=\"title\">\n");
    badge(&mut out, page.test_mode);
    out.push_str(
        "<h1 id=\"title\">Checkout</h1>\n\
         <p class=\"note\">The Pocketsflow fake server: no card is asked for and no money moves.</p>\n\
         <section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Order summary</h2>\n<dl>\n",
    );
    let kind = if page.period.is_some() { "Subscription" } else { "Product" };
    let _ = writeln!(out, "<div><dt>{kind}</dt><dd id=\"product\">{}</dd></div>", escape(page.name));
    let _ = writeln!(out, "<div><dt>Price</dt><dd id=\"price\">{}</dd></div>", escape(&price));
    if let Some(discount) = &page.discount {
        let _ = writeln!(
            out,
            "<div><dt>Discount <code id=\"discount-code\">{}</code> ({})</dt>\
             <dd id=\"discount\">\u{2212}{}</dd></div>",
            escape(discount.code),
            escape(&discount.terms),
            escape(&money(discount.amount, page.currency)),
        );
    }
    let due = if page.period.is_some() { "Total due today" } else { "Total" };
    let _ = writeln!(out, "<div class=\"total\"><dt>{due}</dt><dd id=\"total\">{}</dd></div>", escape(&total));
    out.push_str("</dl>\n</section>\n");

    let action = format!("/checkout/{}", percent_encoding::utf8_percent_encode(page.session_id, SEGMENT));
    let _ = writeln!(out, "<form method=\"post\" action=\"{}\">", escape(&action));
    let mut described_by = String::from("email-help");
    if let Some(error) = page.error {
        let _ = writeln!(out, "<p class=\"error\" id=\"email-error\" role=\"alert\">{}</p>", escape(error));
        described_by.push_str(" email-error");
    }
    let invalid = if page.error.is_some() { " aria-invalid=\"true\" autofocus" } else { "" };
    let _ = writeln!(
        out,
        "<label for=\"email\">Email address</label>\n\
         <input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" required maxlength=\"254\" \
         value=\"{}\" aria-describedby=\"{described_by}\"{invalid}>\n\
         <p class=\"help\" id=\"email-help\">The receipt and the purchase go to this address.</p>",
        escape(page.email),
    );
    let _ = writeln!(
        out,
        "<div class=\"actions\">\n\
         <button type=\"submit\" class=\"pay\" id=\"pay\" name=\"action\" value=\"pay\">Pay {}</button>\n\
         <button type=\"submit\" class=\"cancel\" id=\"cancel\" name=\"action\" value=\"cancel\" formnovalidate>\
         Cancel</button>\n</div>\n</form>\n</main>\n</body>\n</html>",
        escape(&total),
    );
    out
}

/// A page that says why a session cannot be paid.
pub(crate) fn problem(page: &Problem<'_>) -> String {
    let mut out = String::with_capacity(4 * 1024);
    head(&mut out, page.title);
    out.push_str("<main aria-labelledby=\"title\">\n");
    if let Some(test_mode) = page.test_mode {
        badge(&mut out, test_mode);
    }
    let _ = writeln!(out, "<h1 id=\"title\">{}</h1>", escape(page.title));
    let _ = writeln!(out, "<p id=\"reason\">{}</p>", escape(page.reason));
    if let Some((href, label)) = page.link {
        let _ = writeln!(out, "<p><a id=\"back\" href=\"{}\">{}</a></p>", escape(href), escape(label));
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// What a path segment must encode (as the SDK does for ids).
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_');

#[cfg(test)]
mod tests {
    use super::*;

    fn page<'a>(name: &'a str, email: &'a str, error: Option<&'a str>) -> Checkout<'a> {
        Checkout {
            session_id: "cs_test_1",
            test_mode: true,
            name,
            period: None,
            currency: "USD",
            price: crate::money!(40.0),
            discount: Some(DiscountLine { code: "Q25", terms: "25% off".into(), amount: crate::money!(10.0) }),
            total: crate::money!(30.0),
            email,
            error,
        }
    }

    #[test]
    fn escapes_what_users_wrote() {
        assert_eq!(escape(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        let html = checkout(&page("<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>", Some("<b>")));
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\""));
        let html =
            problem(&Problem { test_mode: None, title: "<t>", reason: "<r>", link: Some(("javascript:\"<x>", "<l>")) });
        assert!(!html.contains("<t>") && !html.contains("<r>") && !html.contains("<x>") && !html.contains("<l>"));
    }

    #[test]
    fn shows_the_price_the_discount_the_total_and_the_mode() {
        let html = checkout(&page("Ebook", "jane@example.com", None));
        assert!(html.contains("<dd id=\"product\">Ebook</dd>"), "{html}");
        assert!(html.contains("<dd id=\"price\">$40.00</dd>"));
        assert!(html.contains("<code id=\"discount-code\">Q25</code> (25% off)"));
        assert!(html.contains("<dd id=\"discount\">\u{2212}$10.00</dd>"));
        assert!(html.contains("<dd id=\"total\">$30.00</dd>"));
        assert!(html.contains(">Test mode<"));
        assert!(html.contains("value=\"jane@example.com\""));
        assert!(html.contains("action=\"/checkout/cs_test_1\""));
        assert!(!html.contains("role=\"alert\""), "no error shown before one happens");
        assert!(!html.contains("<script"), "no JavaScript");
    }

    #[test]
    fn an_error_is_announced_and_tied_to_the_field() {
        let html = checkout(&page("Ebook", "nope", Some("Enter an email address such as jane@example.com.")));
        assert!(html.contains("role=\"alert\">Enter an email address"));
        assert!(html.contains("aria-describedby=\"email-help email-error\" aria-invalid=\"true\""));
    }

    #[test]
    fn subscriptions_say_per_what() {
        let mut p = page("Pro", "", None);
        p.period = Some("month");
        p.discount = None;
        p.total = crate::money!(40.0);
        let html = checkout(&p);
        assert!(html.contains("<dt>Subscription</dt><dd id=\"product\">Pro</dd>"));
        assert!(html.contains("<dd id=\"price\">$40.00 / month</dd>"));
        assert!(html.contains("<dt>Total due today</dt>"));
        assert!(!html.contains("id=\"discount\""));
    }

    #[test]
    fn money_reads_as_buyers_read_it() {
        assert_eq!(money(crate::money!(20), "usd"), "$20.00");
        assert_eq!(money(crate::money!(9.5), "EUR"), "€9.50");
        assert_eq!(money(crate::money!(5.0), "GBP"), "£5.00");
        assert_eq!(money(crate::money!(12), "chf"), "12.00 CHF");
        assert_eq!(plain_number(crate::money!(20.00)), "20");
        assert_eq!(plain_number(crate::money!(12.5)), "12.5");
    }
}
