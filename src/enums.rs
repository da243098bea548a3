//! Open enums: the string enums of the API, kept forward compatible.
//!
//! The API adds values over time (a new subscription status, a new webhook event). A strict Rust enum would
//! fail to decode the whole response the day that happens, so every enum of the spec is generated as one of
//! these instead (`codegen/sdk.rs`, run by `build.rs`): the documented values are variants, anything else is kept
//! verbatim in `Unknown`, and serializing gives back exactly the string that was received.
//!
//! ```
//! use pocketsflow::types::SubscriptionStatus;
//!
//! let known: SubscriptionStatus = serde_json::from_str("\"past_due\"").unwrap();
//! assert_eq!(known, SubscriptionStatus::PastDue);
//! let new: SubscriptionStatus = serde_json::from_str("\"incomplete\"").unwrap();
//! assert_eq!(new, SubscriptionStatus::Unknown("incomplete".into()));
//! assert_eq!(new.as_str(), "incomplete");
//! ```

macro_rules! open_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this version of the SDK does not know, kept as received.
            Unknown(String),
        }

        impl $name {
            /// Every value documented when this SDK was built.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)+
                    $name::Unknown(other) => other,
                }
            }

            /// `false` for a value this SDK does not know.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl OpenEnum for $name {
            const VALUES: &'static [&'static str] = &[$($wire),+];

            fn as_str(&self) -> &str {
                $name::as_str(self)
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($wire => $name::$variant,)+
                    other => $name::Unknown(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                match $name::from(value.as_str()) {
                    $name::Unknown(_) => $name::Unknown(value),
                    known => known,
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok($name::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map($name::from)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> String {
                stringify!($name).to_owned()
            }

            fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
                open_enum_schema(&[$($wire),+])
            }
        }
    };
}

/// What every open enum offers, for code generic over them.
pub trait OpenEnum {
    /// The values documented when this SDK was built, as the API spells them.
    const VALUES: &'static [&'static str];

    /// The value as the API spells it.
    fn as_str(&self) -> &str;

    /// `false` for a value this SDK does not know.
    fn is_known(&self) -> bool {
        Self::VALUES.contains(&self.as_str())
    }
}

/// A string schema that names the known values without rejecting others.
fn open_enum_schema(known: &[&str]) -> schemars::schema::Schema {
    use schemars::schema::{InstanceType, Metadata, SchemaObject};
    SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        metadata: Some(Box::new(Metadata {
            description: Some(format!("One of {}, or a value added to the API later.", known.join(", "))),
            ..Default::default()
        })),
        ..Default::default()
    }
    .into()
}

// One `open_enum!` per named string enum of openapi.yaml, written by build.rs (codegen/sdk.rs): the values
// and their docs come from the spec (`enum`, `x-enum-descriptions`), never from a hand-kept list.
include!(concat!(env!("OUT_DIR"), "/sdk_enums.rs"));
