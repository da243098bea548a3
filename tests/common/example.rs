//! An example binary of this crate, as the suite's `cargo test` builds it (`target/<profile>/examples/<name>`),
//! run without `POCKETSFLOW_API_KEY` or `POCKETSFLOW_BASE_URL` from the environment.

use std::path::PathBuf;
use std::process::Command;

/// The command that runs example `name`; fails the test if the binary was not built.
pub fn example(name: &str, features: &str) -> Command {
    let exe = std::env::current_exe().expect("the test binary's path");
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).expect("target/<profile>/deps/<test>");
    let binary: PathBuf = profile_dir.join("examples").join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.exists(),
        "{} is missing: the suite's command (bash scripts/test.sh) builds the examples; alone, run \
         `cargo build --example {name} --features {features}` first",
        binary.display()
    );
    let mut command = Command::new(binary);
    command.env_remove("POCKETSFLOW_API_KEY").env_remove("POCKETSFLOW_BASE_URL");
    command
}
