//! How a generated file is committed for review: its path under `xtask/snapshots/` and its formatted text.
//! Shared by `cargo xtask regen` and the SDK's test suite (`tests/spec_examples.rs` includes this file), which
//! checks that what `build.rs` wrote is what is committed.

/// The snapshot of the file build.rs writes as `name` (the raw client is `raw_client.rs`).
pub fn path(name: &str) -> String {
    let name = if name == "pocketsflow_raw.rs" { "raw_client.rs" } else { name };
    format!("xtask/snapshots/{name}")
}

/// The snapshot of the file the CLI's build.rs writes as `name`.
pub fn cli_path(name: &str) -> String {
    format!("xtask/snapshots/cli_{name}")
}

/// The committed text of a generated file: its first line (`header`), then the file formatted.
pub fn text(header: &str, file: syn::File) -> String {
    format!("{header}\n{}", format_file(file))
}

/// `file` formatted by prettyplease, and so is the body of a macro call whose body is one item
/// (`open_enum! { pub enum ... }`), which prettyplease would print as raw tokens.
fn format_file(file: syn::File) -> String {
    let mut out = String::new();
    let mut plain = Vec::new();
    let flush = |plain: &mut Vec<syn::Item>, out: &mut String| {
        if !plain.is_empty() {
            out.push_str(&prettyplease::unparse(&syn::File {
                shebang: None,
                attrs: Vec::new(),
                items: plain.split_off(0),
            }));
        }
    };
    for item in file.items {
        let body = match &item {
            syn::Item::Macro(call) if call.ident.is_none() => syn::parse2::<syn::Item>(call.mac.tokens.clone()).ok(),
            _ => None,
        };
        match (body, &item) {
            (Some(body), syn::Item::Macro(call)) => {
                flush(&mut plain, &mut out);
                let name = quote::ToTokens::to_token_stream(&call.mac.path).to_string().replace(' ', "");
                let inner = prettyplease::unparse(&syn::File { shebang: None, attrs: Vec::new(), items: vec![body] });
                out.push_str(&format!("{name}! {{\n"));
                for line in inner.lines() {
                    out.push_str(if line.is_empty() { "" } else { "    " });
                    out.push_str(line);
                    out.push('\n');
                }
                out.push_str("}\n");
            }
            _ => plain.push(item),
        }
    }
    flush(&mut plain, &mut out);
    out
}
