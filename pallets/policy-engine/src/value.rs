//! The values expressions compute with and the data they read: JSON's six kinds, with
//! [`Decimal`] numbers.
//!
//! Objects are `BTreeMap`s so that iteration and encoding are in key order, whatever order the
//! data was built in: the SCALE encoding of a value is canonical, and decoding rejects
//! non-canonical input (keys out of order or repeated). Decoding is depth- and length-limited
//! (see [`crate::ast::DecodeLimits`]) so that hostile bytes cannot exhaust the stack.

use crate::{ast::DecodeLimits, number::Decimal};
use alloc::{collections::BTreeMap, string::String, vec::Vec};
use codec::{Compact, Decode, DecodeWithMemTracking, Encode, Input};
use scale_info::TypeInfo;

/// A JSON value.
#[derive(Clone, PartialEq, Eq, Debug, Encode, TypeInfo)]
pub enum Value {
	/// `null`.
	#[codec(index = 0)]
	Null,
	/// `true` or `false`.
	#[codec(index = 1)]
	Bool(bool),
	/// A number (fixed-point, see [`Decimal`]).
	#[codec(index = 2)]
	Number(Decimal),
	/// A UTF-8 string.
	#[codec(index = 3)]
	String(String),
	/// An array.
	#[codec(index = 4)]
	Array(Vec<Value>),
	/// An object, keys in order.
	#[codec(index = 5)]
	Object(BTreeMap<String, Value>),
}

impl Value {
	/// An object from key-value pairs (later pairs win on repeated keys).
	pub fn object<K: Into<String>, I: IntoIterator<Item = (K, Value)>>(pairs: I) -> Value {
		Value::Object(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
	}

	/// An array.
	pub fn array<I: IntoIterator<Item = Value>>(items: I) -> Value {
		Value::Array(items.into_iter().collect())
	}

	/// An integer number.
	pub fn int(value: i64) -> Value {
		Value::Number(Decimal::from_i64(value))
	}

	/// The string, if this is one.
	pub fn as_str(&self) -> Option<&str> {
		match self {
			Value::String(s) => Some(s),
			_ => None,
		}
	}

	/// The number, if this is one.
	pub fn as_number(&self) -> Option<Decimal> {
		match self {
			Value::Number(n) => Some(*n),
			_ => None,
		}
	}

	/// The boolean, if this is one.
	pub fn as_bool(&self) -> Option<bool> {
		match self {
			Value::Bool(b) => Some(*b),
			_ => None,
		}
	}

	/// The elements, if this is an array.
	pub fn as_array(&self) -> Option<&[Value]> {
		match self {
			Value::Array(items) => Some(items),
			_ => None,
		}
	}

	/// The member `key`, if this is an object that has it.
	pub fn get(&self, key: &str) -> Option<&Value> {
		match self {
			Value::Object(map) => map.get(key),
			_ => None,
		}
	}

	/// The nesting depth: 0 for scalars and empty containers, 1 + the deepest element
	/// otherwise. `None` as soon as it exceeds `limit` (the walk never goes deeper than
	/// `limit`, so it is safe on hostile values).
	pub fn depth_within(&self, limit: u32) -> Option<u32> {
		let children: &mut dyn Iterator<Item = &Value> = match self {
			Value::Array(items) => &mut items.iter(),
			Value::Object(map) => &mut map.values(),
			_ => return Some(0),
		};
		let mut deepest = 0u32;
		let mut any = false;
		for child in children {
			any = true;
			let below = limit.checked_sub(1)?;
			deepest = deepest.max(child.depth_within(below)?);
		}
		if any {
			let depth = deepest.checked_add(1)?;
			(depth <= limit).then_some(depth)
		} else {
			Some(0)
		}
	}

	/// Decodes with explicit limits (see [`DecodeLimits`]).
	pub fn decode_with_limits<I: Input>(
		input: &mut I,
		limits: DecodeLimits,
	) -> Result<Value, codec::Error> {
		decode_value(input, limits.max_depth, limits.max_len)
	}
}

impl From<bool> for Value {
	fn from(value: bool) -> Self {
		Value::Bool(value)
	}
}

impl From<i64> for Value {
	fn from(value: i64) -> Self {
		Value::int(value)
	}
}

impl From<Decimal> for Value {
	fn from(value: Decimal) -> Self {
		Value::Number(value)
	}
}

impl From<&str> for Value {
	fn from(value: &str) -> Self {
		Value::String(value.into())
	}
}

impl From<String> for Value {
	fn from(value: String) -> Self {
		Value::String(value)
	}
}

impl From<Vec<Value>> for Value {
	fn from(value: Vec<Value>) -> Self {
		Value::Array(value)
	}
}

/// Decoding with [`DecodeLimits::DEFAULT`], so that even `Value::decode` is bounded.
impl Decode for Value {
	fn decode<I: Input>(input: &mut I) -> Result<Self, codec::Error> {
		Value::decode_with_limits(input, DecodeLimits::DEFAULT)
	}
}

// Allocations are reported to the input through `on_before_alloc_mem` (see `decode_value`).
impl DecodeWithMemTracking for Value {}

/// Reads a compact length and rejects it above `max_len`.
pub(crate) fn decode_len<I: Input>(input: &mut I, max_len: u32) -> Result<usize, codec::Error> {
	let Compact(len) = Compact::<u32>::decode(input)?;
	if len > max_len {
		return Err("collection longer than the decode limit".into());
	}
	Ok(len as usize)
}

/// Capacity to reserve for `len` elements: never more than a small chunk up front, so that a
/// forged length cannot allocate before the elements are actually read.
pub(crate) fn initial_capacity(len: usize) -> usize {
	len.min(16)
}

/// Decodes a value with `depth` levels left (this one included).
pub(crate) fn decode_value<I: Input>(
	input: &mut I,
	depth: u32,
	max_len: u32,
) -> Result<Value, codec::Error> {
	let Some(inner_depth) = depth.checked_sub(1) else {
		return Err("value nested deeper than the decode limit".into());
	};
	input.descend_ref()?;
	let value = match input.read_byte()? {
		0 => Value::Null,
		1 => Value::Bool(bool::decode(input)?),
		2 => Value::Number(Decimal::decode(input)?),
		3 => Value::String(String::decode(input)?),
		4 => {
			let len = decode_len(input, max_len)?;
			let mut items = Vec::with_capacity(initial_capacity(len));
			for _ in 0..len {
				input.on_before_alloc_mem(core::mem::size_of::<Value>())?;
				items.push(decode_value(input, inner_depth, max_len)?);
			}
			Value::Array(items)
		},
		5 => {
			let len = decode_len(input, max_len)?;
			let mut map = BTreeMap::new();
			let mut previous: Option<String> = None;
			for _ in 0..len {
				let key = String::decode(input)?;
				if previous.as_ref().is_some_and(|p| *p >= key) {
					return Err("object keys not in strictly ascending order".into());
				}
				input.on_before_alloc_mem(core::mem::size_of::<(String, Value)>())?;
				let item = decode_value(input, inner_depth, max_len)?;
				previous = Some(key.clone());
				map.insert(key, item);
			}
			Value::Object(map)
		},
		_ => return Err("invalid Value variant".into()),
	};
	input.ascend_ref();
	Ok(value)
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec;

	#[test]
	fn encoding_round_trips() {
		let value = Value::object([
			("a", Value::int(1)),
			("b", Value::array([Value::Null, Value::Bool(true), "x".into()])),
			("c", Value::object([("d", Value::Number(Decimal::from_raw(1)))])),
		]);
		let bytes = value.encode();
		assert_eq!(Value::decode(&mut &bytes[..]), Ok(value));
	}

	#[test]
	fn non_canonical_objects_are_rejected() {
		// Object with keys "b", "a" (out of order).
		let mut bytes = vec![5u8];
		bytes.extend(Compact(2u32).encode());
		bytes.extend("b".encode());
		bytes.push(0);
		bytes.extend("a".encode());
		bytes.push(0);
		assert!(Value::decode(&mut &bytes[..]).is_err());
	}

	#[test]
	fn depth_bombs_are_rejected() {
		// [[[[...]]]] nested far beyond the limit: each level is tag 4, length 1.
		let mut bytes = Vec::new();
		for _ in 0..100_000 {
			bytes.push(4u8);
			bytes.push(4u8); // Compact(1)
		}
		bytes.push(0);
		assert!(Value::decode(&mut &bytes[..]).is_err());
		let limits = DecodeLimits { max_depth: 200_000, max_len: 1 };
		// Even an explicit huge limit is safe to ask for on a shallow value.
		assert_eq!(Value::decode_with_limits(&mut &[0u8][..], limits), Ok(Value::Null));
	}

	#[test]
	fn depth_is_measured_within_a_limit() {
		let nested = Value::array([Value::array([Value::int(1)])]);
		assert_eq!(nested.depth_within(5), Some(2));
		assert_eq!(nested.depth_within(1), None);
		assert_eq!(Value::array([]).depth_within(0), Some(0));
	}
}
