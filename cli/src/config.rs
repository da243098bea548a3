//! Configuration: the API key and base URL from flags, the environment, or a profile of the config file.
//!
//! The file is TOML in the platform's config directory (`~/.config/pocketsflow/config.toml` on Linux,
//! `~/Library/Application Support/pocketsflow/config.toml` on macOS, `%APPDATA%\pocketsflow\config.toml` on
//! Windows), or wherever `--config` / `POCKETSFLOW_CONFIG` says:
//!
//! ```toml
//! default_profile = "test"
//!
//! [profiles.test]
//! api_key = "pk_test_..."
//! base_url = "http://127.0.0.1:12111"
//!
//! [profiles.live]
//! api_key = "pk_live_..."
//! ```
//!
//! Each setting comes from the first of: its flag, its environment variable, the chosen profile
//! (`--profile`, `POCKETSFLOW_PROFILE`, the file's `default_profile`, else `default`), the SDK's default.
//! The key is held in a [`Secret`], whose `Debug` never shows it; `config show` prints only its mode prefix.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use clap::parser::ValueSource;
use clap::ArgMatches;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::error::CliError;

/// Environment variable naming the config file.
pub const ENV_CONFIG: &str = "POCKETSFLOW_CONFIG";
/// Environment variable naming the profile.
pub const ENV_PROFILE: &str = "POCKETSFLOW_PROFILE";

/// A secret string (an API key): `Debug` shows `[redacted]`, and there is no `Display`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        Secret(secret.into())
    }

    /// The secret itself, to hand to the SDK.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What may be shown: the mode prefix, never the value (`pk_test_[redacted]`).
    pub fn redacted(&self) -> String {
        pocketsflow::redact::shown(&self.0)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

/// One named profile of the file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Profile {
    /// The API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<Secret>,
    /// The base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
}

/// The config file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ConfigFile {
    /// The profile used without `--profile`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// Where a setting came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag.
    Flag(&'static str),
    /// An environment variable.
    Env(&'static str),
    /// A profile of the file.
    Profile(String),
    /// The file's `default_profile`.
    FileDefault,
    /// The built-in default.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "--{flag}"),
            Source::Env(var) => write!(f, "{var}"),
            Source::Profile(name) => write!(f, "profile {name}"),
            Source::FileDefault => f.write_str("default_profile of the config file"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// The settings in force for this run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The config file, when there is a config directory.
    pub path: Option<PathBuf>,
    /// The file's contents (empty when it does not exist).
    pub file: ConfigFile,
    /// The profile in use, and why.
    pub profile: (String, Source),
    /// The API key, and where it came from.
    pub api_key: Option<(Secret, Source)>,
    /// The base URL, and where it came from.
    pub base_url: (String, Source),
}

fn source_of(matches: &ArgMatches, id: &str, flag: &'static str, env: &'static str) -> Source {
    match matches.value_source(id) {
        Some(ValueSource::EnvVariable) => Source::Env(env),
        _ => Source::Flag(flag),
    }
}

/// The default location of the config file.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join("pocketsflow").join("config.toml"))
}

impl Settings {
    /// Resolves the settings from the global flags (and their environment variables) and the config file. A
    /// profile chosen by name must exist, unless `creating` (for `config set`).
    pub fn load(matches: &ArgMatches, creating: bool) -> Result<Settings, CliError> {
        let path = matches.get_one::<PathBuf>("config").cloned().or_else(default_path);
        let file = match &path {
            Some(path) => read_file(path)?,
            None => ConfigFile::default(),
        };
        let profile = match matches.get_one::<String>("profile") {
            Some(name) => {
                let source = source_of(matches, "profile", "profile", ENV_PROFILE);
                if !creating && !file.profiles.contains_key(name) {
                    let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
                    return Err(CliError::usage(format!(
                        "no profile {name:?} in {} (profiles: {}); create it with `pocketsflow --profile {name} \
                         config set api-key`",
                        path.as_deref().map_or("the config file".into(), |p| p.display().to_string()),
                        if known.is_empty() { "none".to_owned() } else { known.join(", ") }
                    )));
                }
                (name.clone(), source)
            }
            None => match &file.default_profile {
                Some(name) => (name.clone(), Source::FileDefault),
                None => ("default".to_owned(), Source::Default),
            },
        };
        let chosen = file.profiles.get(&profile.0);
        let api_key = match matches.get_one::<String>("api-key") {
            Some(key) => {
                Some((Secret::new(key.clone()), source_of(matches, "api-key", "api-key", pocketsflow::ENV_API_KEY)))
            }
            None => chosen.and_then(|p| p.api_key.clone()).map(|k| (k, Source::Profile(profile.0.clone()))),
        };
        let base_url = match matches.get_one::<String>("base-url") {
            Some(url) => (url.clone(), source_of(matches, "base-url", "base-url", pocketsflow::ENV_BASE_URL)),
            None => match chosen.and_then(|p| p.base_url.clone()) {
                Some(url) => (url, Source::Profile(profile.0.clone())),
                None => (pocketsflow::DEFAULT_BASE_URL.to_owned(), Source::Default),
            },
        };
        Ok(Settings { path, file, profile, api_key, base_url })
    }

    /// What `config show` prints: never the key itself.
    pub fn show(&self) -> Value {
        let exists = self.path.as_deref().is_some_and(Path::exists);
        json!({
            "config_file": self.path.as_ref().map(|p| p.display().to_string()),
            "config_file_exists": exists,
            "profile": self.profile.0,
            "profile_from": self.profile.1.to_string(),
            "api_key": self.api_key.as_ref().map(|(k, _)| k.redacted()),
            "api_key_from": self.api_key.as_ref().map(|(_, s)| s.to_string()),
            "base_url": self.base_url.0,
            "base_url_from": self.base_url.1.to_string(),
            "profiles": self.file.profiles.keys().collect::<Vec<_>>(),
        })
    }
}

/// The columns `config show` prints, in order.
pub const SHOW_COLUMNS: &[&str] = &[
    "config_file",
    "config_file_exists",
    "profile",
    "profile_from",
    "api_key",
    "api_key_from",
    "base_url",
    "base_url_from",
    "profiles",
];

fn read_file(path: &Path) -> Result<ConfigFile, CliError> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| {
            // toml's message quotes the offending line, which may hold a key: keep only its first line.
            let first = e.message().lines().next().unwrap_or("invalid TOML").to_owned();
            CliError::usage(format!("config file {}: {first}", path.display()))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ConfigFile::default()),
        Err(e) => Err(CliError::usage(format!("cannot read the config file {}: {e}", path.display()))),
    }
}

/// Writes the file readable by its owner only (on Unix), whole or not at all (written aside, then renamed).
pub fn write_file(path: &Path, file: &ConfigFile) -> Result<(), CliError> {
    let text =
        toml::to_string_pretty(file).map_err(|e| CliError::internal(format!("cannot encode the config: {e}")))?;
    let fail = |e: std::io::Error| CliError::usage(format!("cannot write the config file {}: {e}", path.display()));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let mut aside = path.as_os_str().to_owned();
    aside.push(".tmp");
    let aside = PathBuf::from(aside);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(&aside).map_err(fail)?;
    f.write_all(
        b"# pocketsflow CLI configuration (`pocketsflow config --help`). Keep it private: it holds API keys.\n",
    )
    .and_then(|()| f.write_all(text.as_bytes()))
    .and_then(|()| f.sync_all())
    .map_err(fail)?;
    std::fs::rename(&aside, path).map_err(fail)
}

/// What `config set` can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Setting {
    /// The profile's API key (read from stdin when no value is given, to keep it out of the shell history).
    ApiKey,
    /// The profile's base URL.
    BaseUrl,
    /// The profile used without `--profile` (the value is a profile name).
    DefaultProfile,
}

/// `config set KEY [VALUE]` on the chosen profile (`--profile`, else `default`).
pub fn set(settings: &Settings, matches: &ArgMatches, key: Setting, value: Option<&str>) -> Result<String, CliError> {
    let path = settings
        .path
        .clone()
        .ok_or_else(|| CliError::usage("no config directory on this system: pass --config FILE"))?;
    let mut file = settings.file.clone();
    let profile = matches.get_one::<String>("profile").cloned().unwrap_or_else(|| settings.profile.0.clone());
    let value = match value {
        Some(v) if v != "-" => v.to_owned(),
        _ => {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| CliError::usage(format!("cannot read the value from stdin: {e}")))?;
            line.trim().to_owned()
        }
    };
    if value.is_empty() {
        return Err(CliError::usage("the value is empty"));
    }
    let done = match key {
        Setting::ApiKey => {
            let secret = Secret::new(value);
            let shown = secret.redacted();
            file.profiles.entry(profile.clone()).or_default().api_key = Some(secret);
            format!("set api_key of profile {profile} to {shown}")
        }
        Setting::BaseUrl => {
            let shown = format!("set base_url of profile {profile} to {value}");
            file.profiles.entry(profile).or_default().base_url = Some(value);
            shown
        }
        Setting::DefaultProfile => {
            file.profiles.entry(value.clone()).or_default();
            let shown = format!("default profile is now {value}");
            file.default_profile = Some(value);
            shown
        }
    };
    write_file(&path, &file)?;
    Ok(format!("{done} in {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_never_shows_in_debug_or_redacted_form() {
        let secret = Secret::new("pk_live_0123456789abcdef");
        assert_eq!(format!("{secret:?}"), "Secret([redacted])");
        assert_eq!(secret.redacted(), "pk_live_[redacted]");
        let profile = Profile { api_key: Some(secret), base_url: None };
        assert!(!format!("{profile:?}").contains("0123456789"));
        assert_eq!(Secret::new("sk_other").redacted(), "[redacted]");
    }

    #[test]
    fn the_file_round_trips_through_toml() {
        let text = "default_profile = \"test\"\n[profiles.test]\napi_key = \"pk_test_1\"\nbase_url = \"http://x\"\n";
        let file: ConfigFile = toml::from_str(text).unwrap();
        assert_eq!(file.default_profile.as_deref(), Some("test"));
        assert_eq!(file.profiles["test"].api_key.as_ref().unwrap().expose(), "pk_test_1");
        let again: ConfigFile = toml::from_str(&toml::to_string_pretty(&file).unwrap()).unwrap();
        assert_eq!(again.profiles["test"].base_url.as_deref(), Some("http://x"));
    }
}
