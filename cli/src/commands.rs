//! The command tree: one command per resource and per operation, built from the generated tables of
//! [`crate::operations`], and the hand-written commands (`config`, `mock`, `listen`, `trigger`, `completions`).

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{value_parser, Arg, ArgAction, Command};

use crate::input::{self, arg_id, ALL, JSON_BODY};
use crate::operations::{Field, Kind, Operation, OPERATIONS, RESOURCES, WEBHOOK_EVENTS};
use crate::output::Format;

/// The tour at the end of `pocketsflow --help`.
const AFTER_HELP: &str = "\
Tour:
  pocketsflow mock --seed demo &                                  # a fake API on 127.0.0.1:12111
  export POCKETSFLOW_API_KEY=pk_test_mock_0123456789abcdef POCKETSFLOW_BASE_URL=http://127.0.0.1:12111
  pocketsflow orders list --all --output csv > orders.csv         # every order, streamed

Exit codes:
  0  success
  1  the API (or a webhook receiver) answered with an error, or an answer that cannot be read
  2  usage error: bad flags or arguments, input refused before sending, missing key, bad configuration
  3  network error: the connection failed or timed out

Each resource's --help shows an example of each of its commands.";

fn global(arg: Arg) -> Arg {
    arg.global(true).help_heading("Global options")
}

/// The whole command tree.
pub fn build() -> Command {
    let mut root = Command::new("pocketsflow")
        .version(env!("CARGO_PKG_VERSION"))
        .about("The Pocketsflow API from the command line: every operation, exports, and the local webhook loop")
        .after_help(AFTER_HELP)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .arg(global(
            Arg::new("api-key")
                .long("api-key")
                .value_name("KEY")
                .env(pocketsflow::ENV_API_KEY)
                .hide_env_values(true)
                .help("API key (pk_live_... or pk_test_...); prefer the environment or a profile to keep it out of your shell history"),
        ))
        .arg(global(
            Arg::new("base-url")
                .long("base-url")
                .value_name("URL")
                .env(pocketsflow::ENV_BASE_URL)
                .help("API base URL [default: https://api.pocketsflow.com]"),
        ))
        .arg(global(
            Arg::new("profile")
                .long("profile")
                .value_name("NAME")
                .env(crate::config::ENV_PROFILE)
                .help("Profile of the config file to use [default: the file's default_profile, else `default`]"),
        ))
        .arg(global(
            Arg::new("config")
                .long("config")
                .value_name("FILE")
                .env(crate::config::ENV_CONFIG)
                .value_parser(value_parser!(PathBuf))
                .help("Config file [default: <platform config dir>/pocketsflow/config.toml]"),
        ))
        .arg(global(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name("FORMAT")
                .value_parser(value_parser!(Format))
                .help("Output format [default: table on a terminal, json otherwise]"),
        ))
        .arg(global(
            Arg::new("verbose")
                .short('v')
                .long("verbose")
                .action(ArgAction::SetTrue)
                .help("Show the request trace on stderr (never the API key)"),
        ))
        .arg(global(
            Arg::new("timeout")
                .long("timeout")
                .value_name("SECONDS")
                .value_parser(value_parser!(u64).range(1..=3600))
                .help("Timeout of each call, retries included [default: 30]"),
        ))
        .arg(global(
            Arg::new("max-retries")
                .long("max-retries")
                .value_name("N")
                .value_parser(value_parser!(u32).range(0..=10))
                .help("Retries of a failed call (safe ones only: never a POST that may have been processed) [default: 2]"),
        ))
        .arg(global(
            Arg::new("rate-limit")
                .long("rate-limit")
                .value_name("PER_MINUTE")
                .value_parser(parse_rate_limit)
                .help("Client-side pacing in requests per minute, or `off` [default: 100, the API's limit]"),
        ));
    for resource in RESOURCES {
        let mut command = Command::new(resource.name)
            .about(resource.about)
            .subcommand_required(true)
            .arg_required_else_help(true)
            .after_help(format!("Examples:\n  {}", resource.examples.join("\n  ")));
        for op in OPERATIONS.iter().filter(|op| op.resource == resource.name) {
            command = command.subcommand(operation(op));
        }
        root = root.subcommand(command);
    }
    root.subcommand(config())
        .subcommand(mock())
        .subcommand(listen())
        .subcommand(trigger())
        .subcommand(
            Command::new("completions")
                .about("Print a shell completion script")
                .after_help("Examples:\n  pocketsflow completions bash > ~/.local/share/bash-completion/completions/pocketsflow\n  pocketsflow completions zsh > \"${fpath[1]}/_pocketsflow\"\n  pocketsflow completions fish > ~/.config/fish/completions/pocketsflow.fish")
                .arg(
                    Arg::new("shell")
                        .required(true)
                        .value_parser(value_parser!(clap_complete::Shell))
                        .help("The shell"),
                ),
        )
}

fn parse_rate_limit(text: &str) -> Result<Option<u32>, String> {
    match text {
        "off" | "none" | "0" => Ok(None),
        _ => match text.parse::<u32>() {
            Ok(n) if n > 0 => Ok(Some(n)),
            _ => Err("expected a number of requests per minute, or `off`".to_owned()),
        },
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Text { .. } | Kind::Choice(_) => "TEXT",
        Kind::Integer { .. } => "INTEGER",
        Kind::Number { .. } => "NUMBER",
        Kind::Boolean => "BOOL",
        Kind::Object => "JSON",
        Kind::Any => "VALUE",
        Kind::List(inner) => kind_name(*inner),
    }
}

/// The flag of a query parameter or a body field.
fn flag(location: &str, field: &Field, required_unless_json_body: bool) -> Arg {
    let mut help = field.help.to_owned();
    let wire = format!("[{}]", field.name);
    help = if help.is_empty() { wire } else { format!("{help} {wire}") };
    let mut arg = Arg::new(arg_id(location, field))
        .long(field.flag)
        .value_name(kind_name(field.kind))
        .help(help)
        .value_parser(input::value_parser(field.kind));
    if let Some(alias) = field.alias {
        arg = arg.alias(alias);
    }
    arg = match field.kind {
        Kind::List(_) => arg.action(ArgAction::Append),
        Kind::Boolean => arg.num_args(0..=1).default_missing_value("true").require_equals(false),
        _ => arg,
    };
    if field.required {
        arg = if required_unless_json_body { arg.required_unless_present(JSON_BODY) } else { arg.required(true) };
    }
    arg
}

fn operation(op: &'static Operation) -> Command {
    let mut long_about = format!("{}\n\n{} {}", op.summary, op.method, op.path);
    if !op.response.schema.is_empty() {
        let what = if op.response.shape == crate::operations::Shape::Object { "a" } else { "a list of" };
        long_about.push_str(&format!(" answers with {what} {}.", op.response.schema));
    }
    if let Some(body) = op.body {
        long_about.push_str(&format!(
            "\n\nThe body ({}) comes from the flags below, or from --json-body (a JSON object), or both: flags win.",
            body.schema
        ));
    }
    if op.paging.is_some() {
        long_about.push_str(&format!(
            "\n\nWith --all, every page is fetched and each item written as it arrives (constant memory), {} items a \
             page unless you set the page size.",
            crate::api::ALL_PAGE_SIZE
        ));
    }
    let mut command = Command::new(op.action).about(op.summary.to_owned()).long_about(long_about);
    for field in op.path_params {
        command = command.arg(
            Arg::new(arg_id("path", field))
                .value_name(field.flag)
                .required(true)
                .value_parser(input::value_parser(field.kind))
                .help(field.help),
        );
    }
    for field in op.query_params {
        command = command.arg(flag("query", field, false));
    }
    if let Some(body) = op.body {
        command = command.arg(
            Arg::new(JSON_BODY)
                .long(JSON_BODY)
                .value_name("FILE")
                .help(format!("The body as a JSON object ({}), from FILE or `-` for stdin", body.schema)),
        );
        for field in body.fields {
            command = command.arg(flag("body", field, true));
        }
    }
    if op.paging.is_some() {
        command = command
            .arg(
                Arg::new(ALL)
                    .long(ALL)
                    .action(ArgAction::SetTrue)
                    .help("Every page, streamed (from --page on, when given)"),
            )
            .arg(
                Arg::new(crate::api::PREFETCH)
                    .long(crate::api::PREFETCH)
                    .value_name("PAGES")
                    .value_parser(value_parser!(u8).range(1..=16))
                    .requires(ALL)
                    .help("With --all, fetch up to this many pages at once, keeping their order [default: 1]"),
            );
    }
    command
}

fn config() -> Command {
    Command::new("config")
        .about("Show or change the configuration (profiles of API keys and base URLs)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .after_help(
            "Examples:\n  pocketsflow config show\n  pocketsflow --profile live config set api-key   # reads the key from stdin\n  pocketsflow --profile test config set base-url http://127.0.0.1:12111\n  pocketsflow config set default-profile test",
        )
        .subcommand(Command::new("show").about("Show the settings in force and where each comes from (the key redacted)"))
        .subcommand(Command::new("path").about("Print the path of the config file"))
        .subcommand(
            Command::new("set")
                .about("Set a value of the chosen profile (--profile, else the default one) in the config file")
                .arg(
                    Arg::new("key")
                        .required(true)
                        .value_parser(value_parser!(crate::config::Setting))
                        .help("What to set"),
                )
                .arg(Arg::new("value").help("The value; omitted or `-`: read a line from stdin (for keys)")),
        )
}

fn mock() -> Command {
    Command::new("mock")
        .about("Run the embedded fake Pocketsflow server on 127.0.0.1 (all operations, in memory)")
        .after_help("Examples:\n  pocketsflow mock --seed demo\n  pocketsflow mock --port 0 --port-file /tmp/pf.port --seed empty --extra-orders 100000")
        .arg(
            Arg::new("port")
                .long("port")
                .value_name("PORT")
                .default_value("12111")
                .value_parser(value_parser!(u16))
                .help("Port to listen on (0 picks a free one)"),
        )
        .arg(
            Arg::new("seed")
                .long("seed")
                .value_name("NAME")
                .default_value("demo")
                .value_parser(PossibleValuesParser::new(["demo", "empty"]))
                .help("Initial data: demo (products, 260 orders, customers, reviews...) or empty"),
        )
        .arg(
            Arg::new("port-file")
                .long("port-file")
                .value_name("PATH")
                .value_parser(value_parser!(PathBuf))
                .help("Once listening (and seeded), write the port to PATH, for scripts that use --port 0"),
        )
        .arg(
            Arg::new("fixtures")
                .long("fixtures")
                .value_name("PATH")
                .value_parser(value_parser!(PathBuf))
                .help("Serve the objects of a JSON file instead of the seed's (the shape GET /__mock/fixtures answers)"),
        )
        .arg(
            Arg::new("extra-orders")
                .long("extra-orders")
                .value_name("N")
                .value_parser(value_parser!(u32).range(0..=2_000_000))
                .default_value("0")
                .help("Add N completed orders (through checkout) before serving, for exports and load tests"),
        )
        .arg(
            Arg::new("strict")
                .long("strict")
                .action(ArgAction::SetTrue)
                .help("Also refuse body fields and query parameters openapi.yaml does not name (by default ignored, as the API ignores them)"),
        )
        .arg(
            Arg::new("violations-file")
                .long("violations-file")
                .value_name("PATH")
                .value_parser(value_parser!(PathBuf))
                .help("Write each request refused for not matching openapi.yaml to PATH, one JSON line each"),
        )
        .arg(
            Arg::new("javascript-amounts")
                .long("javascript-amounts")
                .action(ArgAction::SetTrue)
                .help("Answer order fees and nets as the API's JavaScript backend computes them, unrounded (a fee on 99.99 is 3.1997099999999996)"),
        )
}

fn listen() -> Command {
    Command::new("listen")
        .about("Receive webhook deliveries on 127.0.0.1, verify and print them, and forward them to your receiver")
        .long_about(
            "Receive webhook deliveries on 127.0.0.1, verify and print them, and forward them to your receiver.\n\n\
             Each delivery is printed with its event and signature status, forwarded to --forward-to with its body \
             and headers intact (the receiver verifies it as if Pocketsflow sent it), and answered with the \
             receiver's status and body. With --output json or jsonl, one JSON line per delivery.",
        )
        .after_help("Examples:\n  pocketsflow listen --port 4242 --forward-to http://localhost:3000/webhooks/pocketsflow --secret whsec_...\n  pocketsflow trigger order.completed --to http://127.0.0.1:4242/ --secret whsec_...")
        .arg(
            Arg::new("port")
                .long("port")
                .value_name("PORT")
                .default_value("0")
                .value_parser(value_parser!(u16))
                .help("Port on 127.0.0.1 to receive on (0 picks a free one, printed at start)"),
        )
        .arg(
            Arg::new("forward-to")
                .long("forward-to")
                .value_name("URL")
                .value_parser(parse_url)
                .help("Your receiver: each delivery is forwarded there"),
        )
        .arg(
            Arg::new("secret")
                .long("secret")
                .value_name("WHSEC")
                .env("POCKETSFLOW_WEBHOOK_SECRET")
                .hide_env_values(true)
                .help("The endpoint's signing secret, to verify deliveries (whsec_...)"),
        )
        .arg(
            Arg::new("port-file")
                .long("port-file")
                .value_name("PATH")
                .value_parser(value_parser!(PathBuf))
                .help("Once listening, write the port to PATH"),
        )
}

fn trigger() -> Command {
    Command::new("trigger")
        .about("Send a signed, realistic webhook delivery of an event to a receiver")
        .long_about(
            "Send a signed, realistic webhook delivery of an event to a receiver.\n\n\
             The body is built from the spec's examples (an order.completed carries the example order's product, \
             buyer and amount), signed with the secret as Pocketsflow signs it (X-Pocketsflow-Signature, \
             X-Pocketsflow-Timestamp, X-Pocketsflow-Event). Any event name is accepted.",
        )
        .after_help("Examples:\n  pocketsflow trigger order.completed --to http://localhost:3000/webhooks/pocketsflow --secret whsec_...\n  pocketsflow trigger customer.subscription.created --to http://127.0.0.1:4242/ --secret whsec_...")
        .arg(
            Arg::new("event")
                .required(true)
                .value_name("EVENT")
                .value_parser(clap::builder::NonEmptyStringValueParser::new())
                .help("The event name, e.g. order.completed")
                .long_help(format!("The event name. The spec's: {}", WEBHOOK_EVENTS.join(", "))),
        )
        .arg(Arg::new("to").long("to").value_name("URL").required(true).value_parser(parse_url).help("The receiver"))
        .arg(
            Arg::new("secret")
                .long("secret")
                .value_name("WHSEC")
                .env("POCKETSFLOW_WEBHOOK_SECRET")
                .hide_env_values(true)
                .required(true)
                .help("The signing secret (whsec_...)"),
        )
        .arg(
            Arg::new("set")
                .long("set")
                .value_name("PATH=VALUE")
                .action(clap::ArgAction::Append)
                .value_parser(parse_override)
                .help("Override a field of the body (repeatable): --set amount=49.99 --set customer.email=a@b.example")
                .long_help(
                    "Override a field of the body; repeatable. PATH is a dotted path into the JSON body \
                     (missing objects are created); VALUE is JSON when it parses as JSON (49.99, true, null, \
                     {\"k\":1}), else a string. Example: --set metadata.cart=7 --set currency=eur",
                ),
        )
}

/// `PATH=VALUE` of `trigger --set`: a non-empty dotted path of non-empty keys, and its value.
pub fn parse_override(text: &str) -> Result<(Vec<String>, serde_json::Value), String> {
    let (path, value) = text.split_once('=').ok_or("expected PATH=VALUE, e.g. amount=49.99")?;
    let keys: Vec<String> = path.split('.').map(str::to_owned).collect();
    if keys.iter().any(String::is_empty) {
        return Err(format!("{path:?} is not a dotted path of keys (e.g. customer.email)"));
    }
    let value = serde_json::from_str(value).unwrap_or_else(|_| serde_json::Value::String(value.to_owned()));
    Ok((keys, value))
}

fn parse_url(text: &str) -> Result<reqwest::Url, String> {
    let url = reqwest::Url::parse(text).map_err(|e| format!("not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        other => Err(format!("expected an http or https URL, not {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_tree_is_consistent() {
        build().debug_assert();
    }

    #[test]
    fn every_resource_help_has_an_example_of_each_command() {
        for resource in RESOURCES {
            let count = OPERATIONS.iter().filter(|op| op.resource == resource.name).count();
            assert_eq!(resource.examples.len(), count, "{}", resource.name);
            for example in resource.examples {
                let words: Vec<&str> = example.split_whitespace().collect();
                assert_eq!(words[0], "pocketsflow");
                assert_eq!(words[1], resource.name);
            }
        }
    }
}
