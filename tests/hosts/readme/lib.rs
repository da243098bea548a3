//! Nothing of its own: the README's snippets are this package's examples (see Cargo.toml).
