//! The code progenitor generates from `openapi.yaml` (see `build.rs`), compiled once here and reached through
//! [`crate::raw`] (the client and its request builders) and [`crate::types`] (the models): one public path
//! for each item.

#![allow(missing_docs, clippy::all, clippy::pedantic, unused_imports)]

include!(concat!(env!("OUT_DIR"), "/pocketsflow_raw.rs"));
