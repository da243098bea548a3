//! Configuration: named profiles in a config file chosen with `--profile`, the environment and flags over
//! them, `config show` that never prints the key, `config set` that writes a private file.

mod common;

use common::{Cli, Fake};
use serde_json::Value;

const TEST_KEY: &str = "pk_test_mock_0123456789abcdef";

fn write_config(fake_url: &str, closed_url: &str) -> std::path::PathBuf {
    let dir = common::temp_dir("config");
    let path = dir.join("config.toml");
    std::fs::write(
        &path,
        format!(
            "default_profile = \"test\"\n\n[profiles.test]\napi_key = \"{TEST_KEY}\"\nbase_url = \"{fake_url}\"\n\n\
             [profiles.live]\napi_key = \"pk_live_LIVESECRET0123456789\"\nbase_url = \"{closed_url}\"\n"
        ),
    )
    .unwrap();
    path
}

fn closed_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port())
}

fn cli_with(config: &std::path::Path) -> Cli {
    let mut cli = Cli::new();
    cli.env("POCKETSFLOW_CONFIG", config);
    cli
}

#[test]
fn profiles_pick_the_key_and_base_url() {
    let fake = Fake::demo();
    let config = write_config(fake.url(), &closed_url());
    // The file's default profile.
    let me = cli_with(&config).run(["users", "me"]).json();
    assert!(me["email"].is_string());
    // Another profile, by flag and by environment variable: its base URL is closed, so a network error.
    cli_with(&config).run(["--profile", "live", "--max-retries", "0", "users", "me"]).code(3);
    cli_with(&config).env("POCKETSFLOW_PROFILE", "live").run(["--max-retries", "0", "users", "me"]).code(3);
    // A flag wins over the profile.
    cli_with(&config).run(["--profile", "live", "--base-url", fake.url(), "--api-key", TEST_KEY, "users", "me"]).ok();
    // An unknown profile is a usage error naming the ones there are.
    let unknown = cli_with(&config).run(["--profile", "staging", "users", "me"]);
    unknown.code(2);
    assert!(unknown.stderr.contains("staging") && unknown.stderr.contains("live, test"), "{}", unknown.stderr);
}

#[test]
fn the_environment_wins_over_the_profile() {
    let fake = Fake::demo();
    let config = write_config(&closed_url(), &closed_url());
    cli_with(&config)
        .env("POCKETSFLOW_API_KEY", TEST_KEY)
        .env("POCKETSFLOW_BASE_URL", fake.url())
        .run(["users", "me"])
        .ok();
}

#[test]
fn config_show_tells_where_each_setting_comes_from_and_never_shows_the_key() {
    let fake = Fake::demo();
    let config = write_config(fake.url(), &closed_url());
    let shown = cli_with(&config).run(["--profile", "live", "config", "show", "-o", "json"]).json();
    assert_eq!(shown["profile"], "live");
    assert_eq!(shown["profile_from"], "--profile");
    assert_eq!(shown["api_key"], "pk_live_[redacted]");
    assert_eq!(shown["api_key_from"], "profile live");
    assert_eq!(shown["profiles"], serde_json::json!(["live", "test"]));
    assert_eq!(shown["config_file"], config.to_str().unwrap());
    assert_eq!(shown["config_file_exists"], true);

    let from_env = cli_with(&config)
        .env("POCKETSFLOW_API_KEY", "pk_test_ENVSECRET0123456789")
        .run(["config", "show", "-o", "json"]);
    let from_env: Value = from_env.json();
    assert_eq!(from_env["api_key"], "pk_test_[redacted]");
    assert_eq!(from_env["api_key_from"], "POCKETSFLOW_API_KEY");
    assert_eq!(from_env["profile_from"], "default_profile of the config file");

    for format in ["table", "json", "jsonl", "csv"] {
        for args in [
            vec!["config", "show", "-o", format],
            vec!["--profile", "live", "config", "show", "-o", format],
            vec!["--api-key", "sk_custom_FLAGSECRET", "config", "show", "-o", format],
        ] {
            let run = cli_with(&config).env("POCKETSFLOW_API_KEY", "pk_test_ENVSECRET0123456789").run(&args);
            run.ok();
            for secret in ["LIVESECRET", "ENVSECRET", "FLAGSECRET", "0123456789abcdef"] {
                assert!(!run.stdout.contains(secret), "{args:?} printed {secret}: {}", run.stdout);
                assert!(!run.stderr.contains(secret), "{args:?} printed {secret}: {}", run.stderr);
            }
        }
    }
}

#[test]
fn config_set_writes_a_private_file_and_the_key_comes_from_stdin() {
    let fake = Fake::demo();
    let dir = common::temp_dir("config-set");
    let config = dir.join("nested").join("config.toml");
    let set = cli_with(&config).stdin(format!("{TEST_KEY}\n")).run(["--profile", "test", "config", "set", "api-key"]);
    set.ok();
    assert!(set.stdout.contains("pk_test_[redacted]"), "{}", set.stdout);
    assert!(!set.stdout.contains("0123456789abcdef"), "{}", set.stdout);
    cli_with(&config).run(["--profile", "test", "config", "set", "base-url", fake.url()]).ok();
    cli_with(&config).run(["config", "set", "default-profile", "test"]).ok();

    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains(TEST_KEY), "the key is stored: {text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&config).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the config file is readable by its owner only");
    }
    // The stored profile works without any flag or variable.
    let me = cli_with(&config).run(["users", "me"]).json();
    assert!(me["email"].is_string());
    let path = cli_with(&config).run(["config", "path"]);
    path.ok();
    assert_eq!(path.stdout.trim(), config.to_str().unwrap());
}

#[test]
fn a_broken_config_file_is_a_usage_error_that_does_not_quote_it() {
    let dir = common::temp_dir("config-broken");
    let config = dir.join("config.toml");
    std::fs::write(&config, "[profiles.test]\napi_key = \"pk_live_BROKENSECRET0123\n").unwrap();
    let run = cli_with(&config).run(["users", "me"]);
    run.code(2);
    assert!(run.stderr.contains("config.toml"), "{}", run.stderr);
    assert!(!run.stderr.contains("BROKENSECRET"), "{}", run.stderr);
}

#[test]
fn flags_win_over_the_environment() {
    let fake = Fake::demo();
    // The flags' key and URL are the ones used: the environment's would be refused, or unreachable.
    Cli::new()
        .env("POCKETSFLOW_API_KEY", "not-a-key-from-the-environment")
        .env("POCKETSFLOW_BASE_URL", closed_url())
        .run(["--api-key", TEST_KEY, "--base-url", fake.url(), "users", "me"])
        .ok();
    let env = |cli: &mut Cli| {
        cli.env("POCKETSFLOW_API_KEY", TEST_KEY).env("POCKETSFLOW_BASE_URL", fake.url());
    };
    let mut cli = Cli::new();
    env(&mut cli);
    let refused = cli.run(["--api-key", "not-a-key-from-the-flag", "users", "me"]);
    refused.code(1);
    assert!(refused.stderr.contains("API error 401"), "{}", refused.stderr);
    let mut cli = Cli::new();
    env(&mut cli);
    cli.run(["--base-url", &closed_url(), "--max-retries", "0", "users", "me"]).code(3);

    let shown = Cli::new()
        .env("POCKETSFLOW_API_KEY", "pk_test_ENVSECRET0123456789")
        .env("POCKETSFLOW_BASE_URL", "http://env.example")
        .run([
            "--api-key",
            "pk_live_FLAGSECRET0123",
            "--base-url",
            "http://flag.example",
            "config",
            "show",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(shown["api_key"], "pk_live_[redacted]");
    assert_eq!(shown["api_key_from"], "--api-key");
    assert_eq!(shown["base_url"], "http://flag.example");
    assert_eq!(shown["base_url_from"], "--base-url");
    let shown =
        Cli::new().env("POCKETSFLOW_BASE_URL", "http://env.example").run(["config", "show", "-o", "json"]).json();
    assert_eq!(shown["base_url"], "http://env.example");
    assert_eq!(shown["base_url_from"], "POCKETSFLOW_BASE_URL");
}

#[test]
fn with_nothing_set_the_base_url_is_the_apis_and_the_profile_is_default() {
    let shown = Cli::new().run(["config", "show", "-o", "json"]).json();
    assert_eq!(shown["base_url"], "https://api.pocketsflow.com");
    assert_eq!(shown["base_url_from"], "default");
    assert_eq!(shown["profile"], "default");
    assert_eq!(shown["profile_from"], "default");
    assert_eq!(shown["api_key"], Value::Null);

    // A file without `default_profile`: the profile named `default` is the one used.
    let fake = Fake::demo();
    let dir = common::temp_dir("config-default-profile");
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[profiles.default]\napi_key = \"{TEST_KEY}\"\nbase_url = \"{}\"\n\n[profiles.other]\napi_key = \
             \"not-a-key\"\nbase_url = \"{}\"\n",
            fake.url(),
            closed_url()
        ),
    )
    .unwrap();
    assert!(cli_with(&config).run(["users", "me"]).json()["email"].is_string());
    let shown = cli_with(&config).run(["config", "show", "-o", "json"]).json();
    assert_eq!(shown["profile"], "default");
    assert_eq!(shown["profile_from"], "default");
    assert_eq!(shown["api_key_from"], "profile default");
    assert_eq!(shown["base_url"], fake.url());
    assert_eq!(shown["base_url_from"], "profile default");
}

#[test]
fn the_profile_flag_wins_over_the_variable_which_wins_over_the_files_default() {
    let fake = Fake::demo();
    // `test` reaches the fake server; `live` a closed port.
    let config = write_config(fake.url(), &closed_url());
    cli_with(&config).env("POCKETSFLOW_PROFILE", "live").run(["--profile", "test", "users", "me"]).ok();
    cli_with(&config)
        .env("POCKETSFLOW_PROFILE", "test")
        .run(["--profile", "live", "--max-retries", "0", "users", "me"])
        .code(3);
    // The variable over the file's default_profile (`test`).
    cli_with(&config).env("POCKETSFLOW_PROFILE", "live").run(["--max-retries", "0", "users", "me"]).code(3);

    let shown = cli_with(&config)
        .env("POCKETSFLOW_PROFILE", "test")
        .run(["--profile", "live", "config", "show", "-o", "json"])
        .json();
    assert_eq!(shown["profile"], "live");
    assert_eq!(shown["profile_from"], "--profile");
    let shown = cli_with(&config).env("POCKETSFLOW_PROFILE", "live").run(["config", "show", "-o", "json"]).json();
    assert_eq!(shown["profile"], "live");
    assert_eq!(shown["profile_from"], "POCKETSFLOW_PROFILE");
    let shown = cli_with(&config).run(["config", "show", "-o", "json"]).json();
    assert_eq!(shown["profile"], "test");
    assert_eq!(shown["profile_from"], "default_profile of the config file");
}

#[test]
fn the_config_flag_wins_over_the_variable_which_wins_over_the_config_directory() {
    let fake = Fake::demo();
    // `from_variable` sends everything to a closed port; `from_flag` to the fake server.
    let from_variable = write_config(&closed_url(), &closed_url());
    let from_flag = write_config(fake.url(), &closed_url());
    let flag = from_flag.to_str().unwrap();
    let path = cli_with(&from_variable).run(["--config", flag, "config", "path"]);
    path.ok();
    assert_eq!(path.stdout.trim(), flag);
    cli_with(&from_variable).run(["--config", flag, "users", "me"]).ok();
    let path = cli_with(&from_variable).run(["config", "path"]);
    path.ok();
    assert_eq!(path.stdout.trim(), from_variable.to_str().unwrap());
    cli_with(&from_variable).run(["--max-retries", "0", "users", "me"]).code(3);

    // Neither: the platform's config directory, `$XDG_CONFIG_HOME`, else `~/.config`, on Linux.
    #[cfg(target_os = "linux")]
    {
        let xdg = common::temp_dir("xdg");
        let expected = xdg.join("pocketsflow").join("config.toml");
        let path = Cli::new().env_remove("POCKETSFLOW_CONFIG").env("XDG_CONFIG_HOME", &xdg).run(["config", "path"]);
        path.ok();
        assert_eq!(path.stdout.trim(), expected.to_str().unwrap());
        std::fs::create_dir_all(expected.parent().unwrap()).unwrap();
        std::fs::copy(&from_flag, &expected).unwrap();
        Cli::new().env_remove("POCKETSFLOW_CONFIG").env("XDG_CONFIG_HOME", &xdg).run(["users", "me"]).ok();

        let home = common::temp_dir("home-dir");
        let path = Cli::new()
            .env_remove("POCKETSFLOW_CONFIG")
            .env_remove("XDG_CONFIG_HOME")
            .env("HOME", &home)
            .run(["config", "path"]);
        path.ok();
        assert_eq!(path.stdout.trim(), home.join(".config").join("pocketsflow").join("config.toml").to_str().unwrap());
    }
}
