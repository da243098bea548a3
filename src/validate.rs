//! Checks on a request body that its schema cannot express in Rust's types, made before anything is sent.
//!
//! serde_json writes a non-finite `f64` (NaN, ±infinity) as `null`, so a refund of `f64::NAN` would travel as
//! "no amount", which the API reads as a full refund. [`finite`] walks the body with serde and refuses such a
//! number, naming the field, so that nothing is sent as something the caller did not mean.

use std::fmt::{self, Display};

use serde::ser::{self, Serialize};

use crate::error::{Error, Result};

/// Converts `params` into the operation's body and checks it: the one gate of every request body.
pub(crate) fn body<P, B>(params: P) -> Result<B>
where
    P: TryInto<B>,
    P::Error: Display,
    B: Serialize,
{
    let body = params.try_into().map_err(|e| Error::invalid_input(e.to_string()))?;
    finite(&body)?;
    Ok(body)
}

/// Refuses a value holding a non-finite number, naming where it is (`amount`, `variants[2].price`).
pub(crate) fn finite<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let mut path = Vec::new();
    value.serialize(Probe { path: &mut path }).map_err(|NonFinite(message)| Error::invalid_input(message))
}

/// Where a non-finite number was found.
#[derive(Debug)]
struct NonFinite(String);

impl Display for NonFinite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NonFinite {}

impl ser::Error for NonFinite {
    fn custom<T: Display>(message: T) -> Self {
        NonFinite(message.to_string())
    }
}

/// A serializer that writes nothing and fails on the first non-finite number.
struct Probe<'a> {
    path: &'a mut Vec<String>,
}

impl Probe<'_> {
    fn float(&self, value: f64) -> Result<(), NonFinite> {
        if value.is_finite() {
            return Ok(());
        }
        let mut at = String::new();
        for segment in self.path.iter() {
            if !at.is_empty() && !segment.starts_with('[') {
                at.push('.');
            }
            at.push_str(segment);
        }
        let at = if at.is_empty() { "the body".to_owned() } else { format!("`{at}`") };
        Err(NonFinite(format!("{at} is {value}, which JSON cannot carry (it would be sent as null)")))
    }

    fn nested<T: Serialize + ?Sized>(&mut self, segment: String, value: &T) -> Result<(), NonFinite> {
        self.path.push(segment);
        let result = value.serialize(Probe { path: self.path });
        self.path.pop();
        result
    }
}

macro_rules! accept {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method(self, _: $ty) -> Result<(), NonFinite> { Ok(()) })*
    };
}

impl<'a> ser::Serializer for Probe<'a> {
    type Ok = ();
    type Error = NonFinite;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Map<'a>;
    type SerializeStruct = Map<'a>;
    type SerializeStructVariant = Map<'a>;

    accept!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str),
    );

    fn serialize_f32(self, value: f32) -> Result<(), NonFinite> {
        self.float(f64::from(value))
    }

    fn serialize_f64(self, value: f64) -> Result<(), NonFinite> {
        self.float(value)
    }

    fn serialize_none(self) -> Result<(), NonFinite> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), NonFinite> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), NonFinite> {
        Ok(())
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), NonFinite> {
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), NonFinite> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), NonFinite> {
        self.nested(variant.to_owned(), value)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, NonFinite> {
        Ok(Seq { probe: self, index: 0 })
    }

    fn serialize_tuple(self, _: usize) -> Result<Seq<'a>, NonFinite> {
        Ok(Seq { probe: self, index: 0 })
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Seq<'a>, NonFinite> {
        Ok(Seq { probe: self, index: 0 })
    }

    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Seq<'a>, NonFinite> {
        Ok(Seq { probe: self, index: 0 })
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Map<'a>, NonFinite> {
        Ok(Map { probe: self, key: String::new() })
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Map<'a>, NonFinite> {
        Ok(Map { probe: self, key: String::new() })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Map<'a>, NonFinite> {
        Ok(Map { probe: self, key: String::new() })
    }
}

/// The elements of a sequence or tuple, named by index.
struct Seq<'a> {
    probe: Probe<'a>,
    index: usize,
}

impl Seq<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NonFinite> {
        let segment = format!("[{}]", self.index);
        self.index += 1;
        self.probe.nested(segment, value)
    }
}

macro_rules! seq_impl {
    ($($trait:ident::$method:ident),*) => {
        $(impl ser::$trait for Seq<'_> {
            type Ok = ();
            type Error = NonFinite;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NonFinite> {
                self.element(value)
            }
            fn end(self) -> Result<(), NonFinite> {
                Ok(())
            }
        })*
    };
}

seq_impl!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The entries of a map or struct, named by key (a map key is taken as written when it is a string).
struct Map<'a> {
    probe: Probe<'a>,
    key: String,
}

impl ser::SerializeMap for Map<'_> {
    type Ok = ();
    type Error = NonFinite;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), NonFinite> {
        // A string key names itself; any other key is not named (JSON keys are strings anyway).
        self.key = match serde_json::to_value(key) {
            Ok(serde_json::Value::String(name)) => name,
            _ => "<key>".to_owned(),
        };
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NonFinite> {
        let key = std::mem::take(&mut self.key);
        self.probe.nested(key, value)
    }

    fn end(self) -> Result<(), NonFinite> {
        Ok(())
    }
}

macro_rules! struct_impl {
    ($($trait:ident),*) => {
        $(impl ser::$trait for Map<'_> {
            type Ok = ();
            type Error = NonFinite;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), NonFinite> {
                self.probe.nested(key.to_owned(), value)
            }
            fn end(self) -> Result<(), NonFinite> {
                Ok(())
            }
        })*
    };
}

struct_impl!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    #[derive(serde::Serialize)]
    struct Item {
        price: f64,
        #[serde(rename = "minPrice")]
        min_price: Option<f64>,
    }

    #[derive(serde::Serialize)]
    struct Params {
        name: String,
        amount: Option<f64>,
        variants: Vec<Item>,
        extra: BTreeMap<String, f32>,
    }

    fn params(amount: f64, variant_price: f64, min: f64, extra: f32) -> Params {
        Params {
            name: "x".into(),
            amount: Some(amount),
            variants: vec![Item { price: 1.0, min_price: None }, Item { price: variant_price, min_price: Some(min) }],
            extra: BTreeMap::from([("rate".to_owned(), extra)]),
        }
    }

    fn message(value: &Params) -> Option<String> {
        finite(value).err().map(|e| e.message())
    }

    #[test]
    fn finite_values_pass_and_each_non_finite_one_is_named() {
        assert_eq!(message(&params(1.5, 2.0, 0.0, 0.1)), None);
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert!(message(&params(bad, 1.0, 1.0, 1.0)).unwrap().contains("`amount`"));
            assert!(message(&params(1.0, bad, 1.0, 1.0)).unwrap().contains("`variants[1].price`"));
            assert!(message(&params(1.0, 1.0, bad, 1.0)).unwrap().contains("`variants[1].minPrice`"));
            assert!(message(&params(1.0, 1.0, 1.0, bad as f32)).unwrap().contains("`extra.rate`"));
        }
        assert!(finite(&f64::NAN).unwrap_err().message().contains("the body"));
    }

    proptest! {
        /// For any numbers: refused exactly when one is not finite, and the message names that field.
        #[test]
        fn refused_exactly_when_a_number_is_not_finite(a in any::<f64>(), b in any::<f64>(), c in any::<f64>(), d in any::<f32>()) {
            let value = params(a, b, c, d);
            let all_finite = a.is_finite() && b.is_finite() && c.is_finite() && d.is_finite();
            match message(&value) {
                None => prop_assert!(all_finite),
                Some(text) => {
                    prop_assert!(!all_finite);
                    let first = if !a.is_finite() { "`amount`" } else if !b.is_finite() { "`variants[1].price`" }
                        else if !c.is_finite() { "`variants[1].minPrice`" } else { "`extra.rate`" };
                    prop_assert!(text.contains(first), "{text}");
                }
            }
        }
    }
}
