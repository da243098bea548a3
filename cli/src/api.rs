//! Running an operation of the spec: flags to [`Input`], the generated dispatch to the SDK, the answer to the
//! chosen output. `--all` streams every item through the SDK's `list_all`, writing each as it arrives.

use std::io::{IsTerminal, Write};

use clap::ArgMatches;
use futures_util::stream::{BoxStream, Stream, StreamExt};
use pocketsflow::Pocketsflow;
use serde::Serialize;
use serde_json::{json, Value};

use crate::error::CliError;
use crate::input::{convert, to_json, Input, ALL};
use crate::operations::Operation;
use crate::output::{self, Format, StreamWriter};
use crate::progress::Progress;

/// The id of `--prefetch`.
pub const PREFETCH: &str = "prefetch";
/// The page size `--all` asks for when none is given: fewer requests than the API's default of 20 for pages (orders,
/// subscriptions), and the window `list_all` uses by default for offsets (customers).
pub const ALL_PAGE_SIZE: u64 = 100;

/// Items of a listing, as JSON.
pub type Items = BoxStream<'static, Result<Value, CliError>>;

fn items<T, S>(stream: S) -> Items
where
    T: Serialize + Send + 'static,
    S: Stream<Item = pocketsflow::Result<T>> + Send + 'static,
{
    stream.map(|item| item.map_err(CliError::from).and_then(to_json)).boxed()
}

mod generated {
    //! The generated dispatch (see `build.rs`).
    #![allow(clippy::all)]

    use super::{convert, items, to_json, CliError, Input, Items, Operation, Pocketsflow, Value};

    include!(concat!(env!("OUT_DIR"), "/dispatch.rs"));
}

pub(crate) use generated::call;

/// Turns an I/O error of the output into the tool's error; a closed pipe (`| head`) ends the run quietly.
pub fn output_error(error: std::io::Error) -> CliError {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        CliError::broken_pipe()
    } else {
        CliError::internal(format!("cannot write the output: {error}"))
    }
}

/// Runs `op` with the flags in `matches`, writing its answer to `out`.
pub async fn run(
    pf: &Pocketsflow,
    op: &'static Operation,
    matches: &ArgMatches,
    format: Format,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let mut input = Input::from_matches(op, matches)?;
    tracing::debug!(operation = op.id, method = op.method, path = op.path, "running");
    if matches.try_get_one::<bool>(ALL).ok().flatten().copied().unwrap_or(false) {
        return run_all(pf, op, &mut input, matches, format, out).await;
    }
    let value = call(pf, op, &input).await?;
    output::render(out, format, &op.response, &value).map_err(output_error)?;
    out.flush().map_err(output_error)?;
    if format == Format::Table {
        let rows = output::rows(op.response.shape, &value);
        if rows.is_some_and(<[Value]>::is_empty) {
            eprintln!("(no {})", op.resource);
        }
        if let Some(note) = output::pagination_note(&value) {
            eprintln!("{note}");
        }
    }
    Ok(())
}

async fn run_all(
    pf: &Pocketsflow,
    op: &'static Operation,
    input: &mut Input,
    matches: &ArgMatches,
    format: Format,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let Some(paging) = op.paging else {
        return Err(CliError::usage(format!("{} {} has no pages: --all does not apply", op.resource, op.action)));
    };
    input.default_field(paging.in_body, paging.size, json!(ALL_PAGE_SIZE));
    let prefetch = matches.get_one::<u8>(PREFETCH).copied().unwrap_or(1).into();
    // A progress bar when someone watches stderr, unless the rows themselves go to the same terminal.
    let mut progress = match std::io::stderr().is_terminal() && !std::io::stdout().is_terminal() {
        true => Some(Progress::new(op.resource, total(pf, op, input).await)),
        false => None,
    };
    let mut stream = generated::list_all(pf, op, input, prefetch)?;
    let mut writer = StreamWriter::new(out, format, &op.response);
    let mut failure = None;
    while let Some(item) = stream.next().await {
        match item {
            Ok(row) => {
                writer.item(&row).map_err(output_error)?;
                if let Some(progress) = &mut progress {
                    progress.tick();
                }
            }
            Err(error) => {
                failure = Some(error);
                break;
            }
        }
    }
    // What was received is written out, even when the listing failed half-way.
    writer.finish().map_err(output_error)?;
    if let Some(progress) = &mut progress {
        progress.finish();
    }
    match failure {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// How many items a listing has, when its pages say (`totalCount` of their pagination): one request for one item.
async fn total(pf: &Pocketsflow, op: &'static Operation, input: &Input) -> Option<u64> {
    let paging = op.paging?;
    let pagination = paging.pagination?;
    let (size, start) = (paging.size, paging.start);
    let mut probe = input.clone();
    probe.set_field(paging.in_body, size, json!(1));
    let page = call(pf, op, &probe).await.ok()?;
    page.get(pagination)?.get("totalCount").and_then(Value::as_u64).map(|total| {
        // Counted from where the listing starts, as the listing is.
        let field = |input: &Input, name: &str| {
            input.query(name).or_else(|| input.body.as_ref()?.get(name)).and_then(Value::as_u64)
        };
        match (field(input, start), field(input, size)) {
            (Some(first), Some(size)) if paging.by_page && first > 1 => total.saturating_sub((first - 1) * size),
            (Some(offset), _) if !paging.by_page => total.saturating_sub(offset),
            _ => total,
        }
    })
}
