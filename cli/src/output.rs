//! Writing answers: `json`, `jsonl`, `csv` and `table`, for one answer or for a stream of items (`--all`) in
//! constant memory. Rows and columns come from the spec (see [`Response`]); nothing here names a resource.

use std::io::{self, Write};

use serde_json::Value;

use crate::operations::{Response, Shape};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The answer as JSON, pretty-printed (a JSON array for `--all`).
    Json,
    /// One JSON document per line: one per row of a list.
    Jsonl,
    /// Comma-separated values with a header; nested objects as `parent.child` columns.
    Csv,
    /// Aligned columns for a terminal (a list), or one field per line (one object).
    Table,
}

/// The widest a table cell gets, in characters.
const MAX_CELL: usize = 40;
/// How many rows of a stream a table reads before it fixes its column widths.
const TABLE_SAMPLE: usize = 100;

/// The rows of an answer, for lists and pages; `None` for one object.
pub fn rows(shape: Shape, value: &Value) -> Option<&[Value]> {
    match shape {
        Shape::Object => None,
        Shape::List => value.as_array().map(Vec::as_slice),
        Shape::Page { items } => {
            let arrays: Vec<&Vec<Value>> = items.iter().filter_map(|name| value.get(*name)?.as_array()).collect();
            Some(arrays.iter().find(|a| !a.is_empty()).or(arrays.first()).map_or(&[][..], |a| a.as_slice()))
        }
    }
}

/// The value at a dotted column of a row (`customer.buyerEmail`).
fn lookup<'v>(row: &'v Value, column: &str) -> Option<&'v Value> {
    if let Some(value) = row.get(column) {
        return Some(value);
    }
    let mut value = row;
    for segment in column.split('.') {
        value = value.get(segment)?;
    }
    Some(value)
}

/// The text of a value in a cell: strings bare, nothing for null, JSON for the rest.
pub fn cell_text(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => other.to_string(),
    }
}

/// One field of CSV, quoted when it must be (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The text of a value in a CSV cell: as [`cell_text`], except that a string a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: a customer's name such as
/// `=HYPERLINK(...)`) gets a leading `'`, which spreadsheets show as text (OWASP's advice for CSV injection).
/// Numbers are never touched: `-5` stays a number.
fn csv_cell(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(text)) if text.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{text}"),
        other => cell_text(other),
    }
}

fn csv_line(out: &mut dyn Write, cells: impl Iterator<Item = String>) -> io::Result<()> {
    let line: Vec<String> = cells.map(|c| csv_field(&c)).collect();
    out.write_all(line.join(",").as_bytes())?;
    out.write_all(b"\r\n")
}

/// The columns of a CSV: the spec's, or the keys of the first row when the spec has none.
fn csv_columns(response: &Response, first: Option<&Value>) -> Vec<String> {
    if !response.columns.is_empty() {
        return response.columns.iter().map(|c| (*c).to_owned()).collect();
    }
    first.and_then(Value::as_object).map(|o| o.keys().cloned().collect()).unwrap_or_default()
}

fn truncate(text: &str, max: usize) -> String {
    let text = text.replace(['\n', '\r', '\t'], " ");
    if text.chars().count() <= max {
        text
    } else {
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

fn width(text: &str) -> usize {
    text.chars().count()
}

/// A grid of rows whose widths are fixed from a sample.
struct Grid {
    columns: Vec<String>,
    widths: Vec<usize>,
}

impl Grid {
    fn new(response: &Response, sample: &[Value]) -> Grid {
        let candidates: Vec<String> = if response.table_columns.is_empty() {
            sample
                .first()
                .and_then(Value::as_object)
                .map(|o| o.iter().filter(|(_, v)| !v.is_object() && !v.is_array()).map(|(k, _)| k.clone()).collect())
                .unwrap_or_default()
        } else {
            response.table_columns.iter().map(|c| (*c).to_owned()).collect()
        };
        // Columns empty in every row of the sample are left out.
        let columns: Vec<String> =
            candidates.into_iter().filter(|c| sample.iter().any(|row| !cell_text(lookup(row, c)).is_empty())).collect();
        let widths = columns
            .iter()
            .map(|c| {
                sample
                    .iter()
                    .map(|row| width(&truncate(&cell_text(lookup(row, c)), MAX_CELL)))
                    .max()
                    .unwrap_or(0)
                    .max(width(c))
            })
            .collect();
        Grid { columns, widths }
    }

    fn line(&self, out: &mut dyn Write, cells: Vec<String>) -> io::Result<()> {
        let mut line = String::new();
        for (i, (cell, w)) in cells.iter().zip(&self.widths).enumerate() {
            let cell = truncate(cell, *w);
            line.push_str(&cell);
            if i + 1 < cells.len() {
                line.push_str(&" ".repeat(w - width(&cell) + 2));
            }
        }
        out.write_all(line.trim_end().as_bytes())?;
        out.write_all(b"\n")
    }

    fn header(&self, out: &mut dyn Write) -> io::Result<()> {
        self.line(out, self.columns.clone())
    }

    fn row(&self, out: &mut dyn Write, row: &Value) -> io::Result<()> {
        self.line(out, self.columns.iter().map(|c| cell_text(lookup(row, c))).collect())
    }
}

/// One object, one field per line.
fn vertical(out: &mut dyn Write, response: &Response, value: &Value) -> io::Result<()> {
    let columns: Vec<String> = if response.columns.is_empty() {
        value.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()
    } else {
        response.columns.iter().map(|c| (*c).to_owned()).collect()
    };
    let present: Vec<(String, String)> = columns
        .into_iter()
        .map(|c| {
            let text = cell_text(lookup(value, &c));
            (c, text)
        })
        .filter(|(_, text)| !text.is_empty())
        .collect();
    let w = present.iter().map(|(c, _)| width(c)).max().unwrap_or(0);
    for (column, text) in present {
        writeln!(out, "{column:<w$}  {text}")?;
    }
    Ok(())
}

/// Writes one answer.
pub fn render(out: &mut dyn Write, format: Format, response: &Response, value: &Value) -> io::Result<()> {
    match (format, rows(response.shape, value)) {
        (Format::Json, _) => {
            serde_json::to_writer_pretty(&mut *out, value)?;
            out.write_all(b"\n")
        }
        (Format::Jsonl, Some(rows)) => {
            for row in rows {
                serde_json::to_writer(&mut *out, row)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        }
        (Format::Jsonl, None) => {
            serde_json::to_writer(&mut *out, value)?;
            out.write_all(b"\n")
        }
        (Format::Csv, Some(rows)) => {
            let columns = csv_columns(response, rows.first());
            csv_line(out, columns.iter().cloned())?;
            for row in rows {
                csv_line(out, columns.iter().map(|c| csv_cell(lookup(row, c))))?;
            }
            Ok(())
        }
        (Format::Csv, None) => {
            let columns = csv_columns(response, Some(value));
            csv_line(out, columns.iter().cloned())?;
            csv_line(out, columns.iter().map(|c| csv_cell(lookup(value, c))))
        }
        (Format::Table, Some(rows)) => {
            let grid = Grid::new(response, &rows[..rows.len().min(TABLE_SAMPLE)]);
            if rows.is_empty() {
                return Ok(());
            }
            grid.header(out)?;
            for row in rows {
                grid.row(out, row)?;
            }
            Ok(())
        }
        (Format::Table, None) => vertical(out, response, value),
    }
}

/// Writes a stream of rows as they come, holding at most [`TABLE_SAMPLE`] of them (a table's sample).
pub struct StreamWriter<'o> {
    out: &'o mut dyn Write,
    format: Format,
    response: &'o Response,
    columns: Vec<String>,
    count: u64,
    sample: Vec<Value>,
    grid: Option<Grid>,
}

impl<'o> StreamWriter<'o> {
    /// A writer of `format` for rows of `response`.
    pub fn new(out: &'o mut dyn Write, format: Format, response: &'o Response) -> Self {
        StreamWriter { out, format, response, columns: Vec::new(), count: 0, sample: Vec::new(), grid: None }
    }

    /// Writes one row.
    pub fn item(&mut self, row: &Value) -> io::Result<()> {
        self.count += 1;
        match self.format {
            Format::Json => {
                self.out.write_all(if self.count == 1 { b"[\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut *self.out, row).map_err(io::Error::from)
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut *self.out, row)?;
                self.out.write_all(b"\n")
            }
            Format::Csv => {
                if self.count == 1 {
                    self.columns = csv_columns(self.response, Some(row));
                    csv_line(self.out, self.columns.iter().cloned())?;
                }
                csv_line(self.out, self.columns.iter().map(|c| csv_cell(lookup(row, c))))
            }
            Format::Table => match &self.grid {
                Some(grid) => grid.row(self.out, row),
                None => {
                    self.sample.push(row.clone());
                    if self.sample.len() >= TABLE_SAMPLE {
                        self.flush_sample()?;
                    }
                    Ok(())
                }
            },
        }
    }

    fn flush_sample(&mut self) -> io::Result<()> {
        let grid = Grid::new(self.response, &self.sample);
        if !self.sample.is_empty() {
            grid.header(self.out)?;
        }
        for row in std::mem::take(&mut self.sample) {
            grid.row(self.out, &row)?;
        }
        self.grid = Some(grid);
        Ok(())
    }

    /// Ends the output (closes a JSON array, writes a CSV header for no rows at all, a short table).
    pub fn finish(&mut self) -> io::Result<()> {
        match self.format {
            Format::Json => self.out.write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?,
            Format::Csv if self.count == 0 && !self.response.columns.is_empty() => {
                csv_line(self.out, self.response.columns.iter().map(|c| (*c).to_owned()))?;
            }
            Format::Table if self.grid.is_none() => self.flush_sample()?,
            _ => {}
        }
        self.out.flush()
    }
}

/// "page 1 of 13 (253 in all)" for an answer with the spec's pagination object.
pub fn pagination_note(value: &Value) -> Option<String> {
    let p = value.get("pagination")?;
    let (page, pages, total) = (p.get("currentPage")?, p.get("totalPages")?, p.get("totalCount")?);
    let more = p.get("hasMore").and_then(Value::as_bool).unwrap_or(false);
    let next = page.as_u64().map(|n| n + 1);
    Some(match (more, next) {
        (true, Some(next)) => format!("page {page} of {pages} ({total} in all); next: --page {next}, or --all for all"),
        _ => format!("page {page} of {pages} ({total} in all)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ORDERS: Response = Response {
        schema: "Order",
        shape: Shape::Page { items: &["orders"] },
        columns: &["_id", "grossAmount", "customer.buyerEmail", "note"],
        table_columns: &["_id", "grossAmount", "note"],
    };

    fn text(f: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        f(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_neutralises_formulas_in_strings_and_leaves_numbers_alone() {
        for formula in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"] {
            let cell = csv_cell(Some(&json!(formula)));
            assert_eq!(cell, format!("'{formula}"));
        }
        for plain in ["a=1", "Ann", "", "1-2", " =x"] {
            assert_eq!(csv_cell(Some(&json!(plain))), plain);
        }
        assert_eq!(csv_cell(Some(&json!(-5))), "-5");
        assert_eq!(csv_cell(Some(&json!(-0.5))), "-0.5");
        assert_eq!(csv_cell(None), "");
        let value = json!({"orders": [{"_id": "o1", "grossAmount": -1, "note": "=cmd|' /C calc'!A0"}]});
        let csv = text(|out| render(out, Format::Csv, &ORDERS, &value));
        assert_eq!(csv, "_id,grossAmount,customer.buyerEmail,note\r\no1,-1,,'=cmd|' /C calc'!A0\r\n");
    }

    #[test]
    fn csv_quotes_what_it_must_and_flattens_nested_objects() {
        let value = json!({"orders": [
            {"_id": "o1", "grossAmount": 9.5, "customer": {"buyerEmail": "a@x"}, "note": "a, \"b\"\nc"},
            {"_id": "o2", "grossAmount": 1}
        ], "pagination": {}});
        let csv = text(|out| render(out, Format::Csv, &ORDERS, &value));
        assert_eq!(csv, "_id,grossAmount,customer.buyerEmail,note\r\no1,9.5,a@x,\"a, \"\"b\"\"\nc\"\r\no2,1,,\r\n");
    }

    #[test]
    fn a_streamed_export_equals_the_one_shot_rendering() {
        let rows: Vec<Value> = (0..250).map(|i| json!({"_id": format!("o{i}"), "grossAmount": i})).collect();
        let value = json!({"orders": rows.clone()});
        for format in [Format::Csv, Format::Jsonl, Format::Table] {
            let whole = text(|out| render(out, format, &ORDERS, &value));
            let streamed = text(|out| {
                let mut writer = StreamWriter::new(out, format, &ORDERS);
                for row in &rows {
                    writer.item(row)?;
                }
                writer.finish()
            });
            assert_eq!(whole, streamed, "{format:?}");
        }
        let json = text(|out| {
            let mut writer = StreamWriter::new(out, Format::Json, &ORDERS);
            for row in &rows {
                writer.item(row)?;
            }
            writer.finish()
        });
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), Value::Array(rows));
        let empty = text(|out| StreamWriter::new(out, Format::Json, &ORDERS).finish());
        assert_eq!(serde_json::from_str::<Value>(&empty).unwrap(), json!([]));
    }

    #[test]
    fn tables_align_truncate_and_skip_empty_columns() {
        let value = json!({"orders": [
            {"_id": "o1", "grossAmount": 9.5, "note": "x".repeat(60)},
            {"_id": "o22", "grossAmount": 10}
        ]});
        let table = text(|out| render(out, Format::Table, &ORDERS, &value));
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines[0], format!("{:<5}{:<13}note", "_id", "grossAmount"));
        assert!(lines[1].ends_with('…'));
        assert_eq!(lines[1].chars().count(), 5 + 13 + 40);
        assert_eq!(lines[2], "o22  10");
        let order = Response { shape: Shape::Object, ..ORDERS };
        let one =
            text(|out| render(out, Format::Table, &order, &json!({"_id": "o1", "customer": {"buyerEmail": "a@x"}})));
        assert_eq!(one, "_id                  o1\ncustomer.buyerEmail  a@x\n");
    }

    #[test]
    fn page_rows_come_from_the_first_non_empty_items_field() {
        let shape = Shape::Page { items: &["subscriptions", "data"] };
        let value = json!({"subscriptions": [], "data": [{"_id": "s1"}]});
        assert_eq!(rows(shape, &value).unwrap().len(), 1);
        assert_eq!(rows(shape, &json!({})).unwrap().len(), 0);
    }
}
