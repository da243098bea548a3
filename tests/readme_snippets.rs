//! Every Rust snippet of README.md compiles as copied into a new application that has exactly the dependencies
//! the README's Install section lists: `tests/hosts/readme` is that application (its manifest is checked against
//! the Install section here), and each snippet becomes one of its examples, built offline in `target/nested`
//! (tests/common/nested.rs; `bash scripts/test.sh` fetches its dependencies first).
//!
//! A snippet is taken as rustdoc takes it: its `# ` lines are part of it, and one without `fn main` is the
//! body of one.

#[allow(dead_code)]
#[path = "common/nested.rs"]
mod nested;

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn readme() -> String {
    std::fs::read_to_string(Path::new(ROOT).join("README.md")).expect("README.md")
}

/// The dependency lines of each section of a manifest, comments and blank lines left out.
fn dependency_lines(toml: &str) -> Vec<(String, String)> {
    let mut section = String::new();
    let mut out = Vec::new();
    for line in toml.lines() {
        let line = line.split(" #").next().unwrap_or_default().trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            section = line.to_owned();
        } else if section.ends_with("dependencies]") {
            out.push((section.clone(), line.to_owned()));
        }
    }
    out
}

/// The fenced blocks of `text` whose info string starts with `lang`, with the line each starts on.
fn blocks(text: &str, lang: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (index, line) in text.lines().enumerate() {
        match &mut open {
            None if line.starts_with("```") && line[3..].split(',').next() == Some(lang) => {
                open = Some((index + 1, String::new()));
            }
            Some(_) if line.starts_with("```") => out.push(open.take().expect("an open block")),
            Some((_, body)) => {
                body.push_str(line);
                body.push('\n');
            }
            None => {}
        }
    }
    out
}

#[test]
fn the_snippet_application_has_exactly_the_install_sections_dependencies() {
    let readme = readme();
    let install = &readme[readme.find("## Install").expect("an Install section")..];
    let (_, listed) = blocks(install, "toml").into_iter().next().expect("a toml block in Install");
    let manifest = std::fs::read_to_string(Path::new(ROOT).join("tests/hosts/readme/Cargo.toml")).unwrap();
    let used = manifest.replace(r#"path = "../../..""#, r#"version = "0.1""#);
    assert_eq!(dependency_lines(&used), dependency_lines(&listed), "tests/hosts/readme/Cargo.toml and the README");
}

#[test]
fn every_rust_snippet_of_the_readme_compiles_in_a_new_application() {
    let readme = readme();
    let snippets = blocks(&readme, "rust");
    assert_eq!(snippets.len(), readme.matches("\n```rust").count(), "every rust block was read");
    assert!(snippets.len() >= 10, "{} snippets", snippets.len());
    let app = Path::new(ROOT).join("tests/hosts/readme");
    let examples = app.join("examples");
    let _ = std::fs::remove_dir_all(&examples);
    std::fs::create_dir_all(&examples).unwrap();
    for (line, body) in &snippets {
        let code: String = body
            .lines()
            .map(|l| if l == "#" { "" } else { l.strip_prefix("# ").unwrap_or(l) })
            .map(|l| format!("{l}\n"))
            .collect();
        let code = if code.contains("fn main") { code } else { format!("fn main() {{\n{code}}}\n") };
        let source = format!("// README.md line {line}\n#![allow(unused)]\n{code}");
        std::fs::write(examples.join(format!("snippet_{line}.rs")), source).unwrap();
    }
    let lock = app.join("Cargo.lock");
    if !lock.exists() {
        std::fs::copy(Path::new(ROOT).join("Cargo.lock"), &lock).expect("seed the lock file");
    }
    let output = nested::nested_cargo(Path::new(ROOT), "build")
        .args(["--quiet", "--examples", "--manifest-path"])
        .arg(app.join("Cargo.toml"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "a README snippet does not compile in a new application (tests/hosts/readme/examples/snippet_<line>.rs; \
         dependencies are fetched by `bash scripts/test.sh`):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
