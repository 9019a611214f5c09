//! JavaScript's conversions, as JsonLogic relies on them, over [`Value`]s and fixed-point
//! numbers, metered.
//!
//! - Truthiness is JsonLogic's: JavaScript's (`null`, `false`, `0`, `""` falsy, objects
//!   truthy), except that an empty array is falsy (jsonlogic.com/truthy).
//! - `==` is ECMAScript's IsLooselyEqual: `null == undefined`, numbers against strings through
//!   ToNumber, booleans as 0/1, arrays and objects through ToPrimitive (`[1,2] == "1,2"`,
//!   `[] == 0`, `{} == "[object Object]"`).
//! - Two arrays or objects are equal (`==` or `===`) only if they are the same object, as
//!   JavaScript compares them by reference: the same value read twice from the data is equal
//!   to itself, while every array literal, and every array an operator builds, is a new object
//!   (`[1] == [1]` is false). Identity is a property of the expression and the data, so this
//!   is as deterministic as the rest.
//! - `<` is IsLessThan: two strings compare by UTF-16 code units, anything else as numbers;
//!   a NaN operand makes every comparison false.
//! - ToNumber of a string trims JavaScript whitespace and accepts decimal literals with
//!   exponents, `0x`/`0o`/`0b` integers, and "" as 0. Strings whose value has no [`Decimal`]
//!   (`"Infinity"`, `"1e400"`, anything non-numeric) are NaN. `parseFloat` (used by `+` and
//!   `*`) takes the longest numeric prefix instead.
//! - ToString of a number is [`Decimal::write_js`]; arrays join their elements with `,`
//!   (null as ""), objects are `"[object Object]"`.
//!
//! An argument that was not given is `undefined` (`None` here), as in JavaScript.

use crate::{
	error::EvalError,
	fuel::{Meter, VALUE_CELL_BYTES},
	number::{scan_decimal, Decimal, Parsed},
	value::Value,
};
use alloc::{borrow::Cow, collections::BTreeMap, string::String, vec::Vec};
use core::cmp::Ordering;

/// The text JavaScript gives a plain object.
pub const OBJECT_STRING: &str = "[object Object]";

/// JsonLogic truthiness (`None` is `undefined`, falsy).
pub fn truthy(value: Option<&Value>) -> bool {
	match value {
		None | Some(Value::Null) => false,
		Some(Value::Bool(b)) => *b,
		Some(Value::Number(n)) => !n.is_zero(),
		Some(Value::String(s)) => !s.is_empty(),
		Some(Value::Array(items)) => !items.is_empty(),
		Some(Value::Object(_)) => true,
	}
}

/// A primitive after ToPrimitive, or an object not yet converted.
#[derive(Clone, Debug)]
enum Operand<'a> {
	Undefined,
	Null,
	Bool(bool),
	Number(Decimal),
	Str(Cow<'a, str>),
	/// An array or object (converted lazily: only loose equality with a primitive needs it).
	Object(&'a Value),
}

impl<'a> Operand<'a> {
	fn of(value: Option<&'a Value>) -> Operand<'a> {
		match value {
			None => Operand::Undefined,
			Some(Value::Null) => Operand::Null,
			Some(Value::Bool(b)) => Operand::Bool(*b),
			Some(Value::Number(n)) => Operand::Number(*n),
			Some(Value::String(s)) => Operand::Str(Cow::Borrowed(s)),
			Some(other) => Operand::Object(other),
		}
	}

	/// ToPrimitive: arrays join, objects are "[object Object]"; primitives are themselves.
	fn into_primitive(self, meter: &mut Meter) -> Result<Operand<'a>, EvalError> {
		match self {
			Operand::Object(value @ Value::Array(_)) => {
				// A new string: its allocation is charged as a conversion, its bytes as built.
				meter.conversion()?;
				let mut text = String::new();
				append_join_piece(meter, &mut text, Some(value), 0)?;
				Ok(Operand::Str(Cow::Owned(text)))
			},
			Operand::Object(_) => Ok(Operand::Str(Cow::Borrowed(OBJECT_STRING))),
			primitive => Ok(primitive),
		}
	}

	/// ToNumber of a primitive (`None` is NaN).
	fn to_number(&self, meter: &mut Meter) -> Result<Option<Decimal>, EvalError> {
		Ok(match self {
			Operand::Undefined => None,
			Operand::Null => Some(Decimal::ZERO),
			Operand::Bool(b) => Some(if *b { Decimal::ONE } else { Decimal::ZERO }),
			Operand::Number(n) => Some(*n),
			Operand::Str(s) => {
				meter.conversion()?;
				meter.scan(s.len())?;
				string_to_number(s)
			},
			Operand::Object(value) => return to_number(meter, Some(value)),
		})
	}
}

/// ToNumber (`Ok(None)` is NaN).
pub fn to_number(meter: &mut Meter, value: Option<&Value>) -> Result<Option<Decimal>, EvalError> {
	match value {
		Some(Value::Object(_)) => Ok(None),
		Some(array @ Value::Array(_)) => {
			let primitive = Operand::Object(array).into_primitive(meter)?;
			primitive.to_number(meter)
		},
		other => Operand::of(other).to_number(meter),
	}
}

/// `parseFloat(String(value))` (`Ok(None)` is NaN), as JsonLogic's `+` and `*` coerce.
pub fn parse_float(meter: &mut Meter, value: Option<&Value>) -> Result<Option<Decimal>, EvalError> {
	match value {
		Some(Value::Number(n)) => Ok(Some(*n)),
		Some(Value::String(s)) => {
			meter.conversion()?;
			meter.scan(s.len())?;
			Ok(parse_float_prefix(s))
		},
		Some(array @ Value::Array(_)) => {
			// Two conversions: joining into a new string, then parsing it.
			meter.conversion()?;
			let mut text = String::new();
			append_join_piece(meter, &mut text, Some(array), 0)?;
			meter.conversion()?;
			meter.scan(text.len())?;
			Ok(parse_float_prefix(&text))
		},
		// "null", "true", "false", "undefined", "[object Object]": no numeric prefix.
		_ => Ok(None),
	}
}

/// ToString, built into `out` (charged as built bytes).
pub fn append_to_string(
	meter: &mut Meter,
	out: &mut String,
	value: Option<&Value>,
	depth: u32,
) -> Result<(), EvalError> {
	match value {
		None => push_str(meter, out, "undefined"),
		Some(Value::Null) => push_str(meter, out, "null"),
		Some(Value::Bool(true)) => push_str(meter, out, "true"),
		Some(Value::Bool(false)) => push_str(meter, out, "false"),
		Some(Value::Number(n)) => {
			// The fixed charge comes first and covers the formatting, whose output is bounded
			// (at most [`Decimal::MAX_JS_LEN`] bytes); the bytes written are then counted as built.
			meter.conversion()?;
			let before = out.len();
			// Writing to a String cannot fail.
			let _ = n.write_js(out);
			meter.build(out.len().saturating_sub(before))
		},
		Some(Value::String(s)) => push_str(meter, out, s),
		Some(Value::Object(_)) => push_str(meter, out, OBJECT_STRING),
		Some(Value::Array(items)) => {
			meter.check_value_depth(depth)?;
			meter.elements(items.len())?;
			for (index, item) in items.iter().enumerate() {
				if index > 0 {
					push_str(meter, out, ",")?;
				}
				append_join_piece(meter, out, Some(item), depth.saturating_add(1))?;
			}
			Ok(())
		},
	}
}

/// ToString as a new string (its allocation charged as a conversion).
pub fn to_js_string(meter: &mut Meter, value: Option<&Value>) -> Result<String, EvalError> {
	meter.conversion()?;
	let mut out = String::new();
	append_to_string(meter, &mut out, value, 0)?;
	Ok(out)
}

/// How `Array.prototype.join` converts an element: null and undefined are "", anything else
/// ToString.
pub fn append_join_piece(
	meter: &mut Meter,
	out: &mut String,
	value: Option<&Value>,
	depth: u32,
) -> Result<(), EvalError> {
	match value {
		None | Some(Value::Null) => Ok(()),
		other => append_to_string(meter, out, other, depth),
	}
}

fn push_str(meter: &mut Meter, out: &mut String, text: &str) -> Result<(), EvalError> {
	meter.build(text.len())?;
	out.push_str(text);
	Ok(())
}

/// `===` (arrays and objects by identity: see the module documentation).
pub fn strict_equals(
	meter: &mut Meter,
	left: Option<&Value>,
	right: Option<&Value>,
) -> Result<bool, EvalError> {
	Ok(match (left, right) {
		(None, None) => true,
		(Some(Value::Null), Some(Value::Null)) => true,
		(Some(Value::Bool(a)), Some(Value::Bool(b))) => a == b,
		(Some(Value::Number(a)), Some(Value::Number(b))) => a == b,
		(Some(Value::String(a)), Some(Value::String(b))) => {
			meter.scan(a.len().min(b.len()))?;
			a == b
		},
		(Some(a @ (Value::Array(_) | Value::Object(_))), Some(b)) => core::ptr::eq(a, b),
		_ => false,
	})
}

/// `==`: ECMAScript's IsLooselyEqual.
pub fn loose_equals(
	meter: &mut Meter,
	left: Option<&Value>,
	right: Option<&Value>,
) -> Result<bool, EvalError> {
	loose_equals_operands(meter, Operand::of(left), Operand::of(right))
}

fn loose_equals_operands(
	meter: &mut Meter,
	left: Operand<'_>,
	right: Operand<'_>,
) -> Result<bool, EvalError> {
	use Operand as O;
	// Each step either answers or converts one side to a primitive of a simpler kind, so this
	// recurses at most a few times.
	match (left, right) {
		(O::Undefined | O::Null, O::Undefined | O::Null) => Ok(true),
		(O::Undefined | O::Null, _) | (_, O::Undefined | O::Null) => Ok(false),
		(O::Bool(a), O::Bool(b)) => Ok(a == b),
		(O::Number(a), O::Number(b)) => Ok(a == b),
		(O::Str(a), O::Str(b)) => {
			meter.scan(a.len().min(b.len()))?;
			Ok(a == b)
		},
		(O::Object(a), O::Object(b)) => Ok(core::ptr::eq(a, b)),
		(O::Number(n), O::Str(s)) | (O::Str(s), O::Number(n)) => {
			meter.conversion()?;
			meter.scan(s.len())?;
			Ok(string_to_number(&s) == Some(n))
		},
		(O::Bool(b), other) | (other, O::Bool(b)) => {
			let number = if b { Decimal::ONE } else { Decimal::ZERO };
			loose_equals_operands(meter, O::Number(number), other)
		},
		(object @ O::Object(_), other) | (other, object @ O::Object(_)) => {
			let primitive = object.into_primitive(meter)?;
			loose_equals_operands(meter, primitive, other)
		},
	}
}

/// IsLessThan(left, right): `Some(true/false)`, or `None` when a side is NaN (JavaScript's
/// `undefined` result, which makes `<`, `<=`, `>` and `>=` all false).
pub fn less_than(
	meter: &mut Meter,
	left: Option<&Value>,
	right: Option<&Value>,
) -> Result<Option<bool>, EvalError> {
	let left = Operand::of(left).into_primitive(meter)?;
	let right = Operand::of(right).into_primitive(meter)?;
	if let (Operand::Str(a), Operand::Str(b)) = (&left, &right) {
		meter.scan(a.len().saturating_add(b.len()))?;
		return Ok(Some(compare_utf16(a, b) == Ordering::Less));
	}
	let (Some(a), Some(b)) = (left.to_number(meter)?, right.to_number(meter)?) else {
		return Ok(None);
	};
	Ok(Some(a < b))
}

/// JavaScript's string order: UTF-16 code units, not code points (they differ for characters
/// above U+FFFF against U+E000–U+FFFF).
pub fn compare_utf16(left: &str, right: &str) -> Ordering {
	left.encode_utf16().cmp(right.encode_utf16())
}

/// JavaScript's StrWhiteSpaceChar: WhiteSpace and LineTerminator.
pub fn is_js_whitespace(c: char) -> bool {
	matches!(
		c,
		'\u{0009}'
			| '\u{000A}'
			| '\u{000B}'
			| '\u{000C}'
			| '\u{000D}'
			| '\u{0020}'
			| '\u{00A0}'
			| '\u{1680}'
			| '\u{2000}'
			..='\u{200A}'
				| '\u{2028}' | '\u{2029}'
				| '\u{202F}' | '\u{205F}'
				| '\u{3000}' | '\u{FEFF}'
	)
}

/// StringToNumber (`None` is NaN, or a value [`Decimal`] cannot hold).
pub fn string_to_number(text: &str) -> Option<Decimal> {
	let trimmed = text.trim_matches(is_js_whitespace);
	if trimmed.is_empty() {
		return Some(Decimal::ZERO);
	}
	let bytes = trimmed.as_bytes();
	let radix = match (bytes.first(), bytes.get(1)) {
		(Some(b'0'), Some(b'x' | b'X')) => Some(16),
		(Some(b'0'), Some(b'o' | b'O')) => Some(8),
		(Some(b'0'), Some(b'b' | b'B')) => Some(2),
		_ => None,
	};
	if let Some(radix) = radix {
		let digits = trimmed.get(2..)?;
		if digits.is_empty() {
			return None;
		}
		let mut value: i128 = 0;
		for c in digits.chars() {
			let digit = c.to_digit(radix)?;
			value = value.checked_mul(i128::from(radix))?.checked_add(i128::from(digit))?;
		}
		return Decimal::from_i128(value);
	}
	match Decimal::parse_literal(trimmed)? {
		Parsed::Value(value) => Some(value),
		Parsed::NotRepresentable => None,
	}
}

/// `parseFloat` of a string: leading whitespace skipped, then the longest decimal-literal
/// prefix (`"12px"` is 12, `"1,2"` is 1); `None` for none, or for `Infinity`.
pub fn parse_float_prefix(text: &str) -> Option<Decimal> {
	let trimmed = text.trim_start_matches(is_js_whitespace);
	match scan_decimal(trimmed.as_bytes())? {
		(_, Parsed::Value(value)) => Some(value),
		(_, Parsed::NotRepresentable) => None,
	}
}

/// Copies a value, charging each cell and string byte built and enforcing the collection and
/// value-depth limits. Used whenever a value read from the data or a constant becomes part of
/// a result.
pub fn metered_clone(meter: &mut Meter, value: &Value, depth: u32) -> Result<Value, EvalError> {
	meter.check_value_depth(depth)?;
	meter.build(VALUE_CELL_BYTES)?;
	Ok(match value {
		Value::Null => Value::Null,
		Value::Bool(b) => Value::Bool(*b),
		Value::Number(n) => Value::Number(*n),
		Value::String(s) => {
			meter.build(s.len())?;
			Value::String(s.clone())
		},
		Value::Array(items) => {
			meter.check_collection(items.len())?;
			// Grown element by element, each charged first (see `Evaluator::eval_all`).
			let mut copy = Vec::new();
			for item in items {
				copy.push(metered_clone(meter, item, depth.saturating_add(1))?);
			}
			Value::Array(copy)
		},
		Value::Object(map) => {
			meter.check_collection(map.len())?;
			// The B-tree's nodes take far more than the entries' cells: counted as built.
			meter.build_object(map.len())?;
			let mut copy = BTreeMap::new();
			for (key, item) in map {
				meter.build(key.len())?;
				copy.insert(key.clone(), metered_clone(meter, item, depth.saturating_add(1))?);
			}
			Value::Object(copy)
		},
	})
}

/// Walks a value to check its nesting against the value-depth limit, charging each element
/// visited. Used on a `reduce` accumulator, the one place a loop can feed a value back into
/// itself and nest it a little deeper each time.
pub fn check_depth(meter: &mut Meter, value: &Value, depth: u32) -> Result<(), EvalError> {
	meter.check_value_depth(depth)?;
	let children: &mut dyn Iterator<Item = &Value> = match value {
		Value::Array(items) => &mut items.iter(),
		Value::Object(map) => &mut map.values(),
		_ => return Ok(()),
	};
	for child in children {
		meter.elements(1)?;
		if matches!(child, Value::Array(_) | Value::Object(_)) {
			check_depth(meter, child, depth.saturating_add(1))?;
		}
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::fuel::EvalConfig;
	use alloc::vec;

	fn meter() -> Meter {
		Meter::new(u64::MAX, &EvalConfig::DEFAULT)
	}

	fn num(text: &str) -> Value {
		match Decimal::parse_literal(text) {
			Some(Parsed::Value(n)) => Value::Number(n),
			_ => panic!("{text}"),
		}
	}

	#[test]
	fn truthiness_is_jsonlogic() {
		assert!(!truthy(None));
		assert!(!truthy(Some(&Value::Null)));
		assert!(!truthy(Some(&Value::int(0))));
		assert!(truthy(Some(&num("-0.5"))));
		assert!(!truthy(Some(&"".into())));
		assert!(truthy(Some(&"0".into())));
		assert!(!truthy(Some(&Value::array([]))));
		assert!(truthy(Some(&Value::array([Value::int(0)]))));
		assert!(truthy(Some(&Value::object::<&str, _>([]))));
	}

	#[test]
	fn string_to_number_follows_javascript() {
		assert_eq!(string_to_number(""), Some(Decimal::ZERO));
		assert_eq!(string_to_number(" \t\n 42 \u{a0}"), Some(Decimal::from_i64(42)));
		assert_eq!(string_to_number("-1.5e2"), Some(Decimal::from_i64(-150)));
		assert_eq!(string_to_number("0x1F"), Some(Decimal::from_i64(31)));
		assert_eq!(string_to_number("0b101"), Some(Decimal::from_i64(5)));
		assert_eq!(string_to_number("-0x1F"), None);
		assert_eq!(string_to_number("12px"), None);
		assert_eq!(string_to_number("Infinity"), None);
		assert_eq!(parse_float_prefix("  12px"), Some(Decimal::from_i64(12)));
		assert_eq!(parse_float_prefix("1,2"), Some(Decimal::ONE));
		assert_eq!(parse_float_prefix("px"), None);
	}

	#[test]
	fn loose_equality_follows_javascript() {
		let m = &mut meter();
		let eq =
			|m: &mut Meter, a: Option<&Value>, b: Option<&Value>| loose_equals(m, a, b).unwrap();
		assert!(eq(m, Some(&Value::int(1)), Some(&"1".into())));
		assert!(eq(m, Some(&Value::int(0)), Some(&"".into())));
		assert!(eq(m, Some(&Value::Bool(true)), Some(&"1".into())));
		assert!(!eq(m, Some(&Value::Bool(true)), Some(&"true".into())));
		assert!(eq(m, Some(&Value::Null), None));
		assert!(!eq(m, Some(&Value::Null), Some(&Value::int(0))));
		assert!(!eq(m, Some(&Value::Null), Some(&Value::Bool(false))));
		let pair = Value::array([Value::int(1), Value::int(2)]);
		assert!(eq(m, Some(&pair), Some(&"1,2".into())));
		assert!(!eq(m, Some(&pair), Some(&pair.clone())), "distinct objects");
		assert!(eq(m, Some(&pair), Some(&pair)), "the same object");
		assert!(strict_equals(m, Some(&pair), Some(&pair)).unwrap());
		assert!(eq(m, Some(&Value::array([])), Some(&Value::Bool(false))));
		assert!(eq(m, Some(&Value::array([Value::Null])), Some(&"".into())));
		let object = Value::object([("a", Value::int(1))]);
		assert!(eq(m, Some(&object), Some(&OBJECT_STRING.into())));
		assert!(!strict_equals(m, Some(&Value::int(1)), Some(&"1".into())).unwrap());
	}

	#[test]
	fn comparisons_follow_javascript() {
		let m = &mut meter();
		let lt = |m: &mut Meter, a: Value, b: Value| less_than(m, Some(&a), Some(&b)).unwrap();
		assert_eq!(lt(m, "10".into(), "9".into()), Some(true), "strings compare as text");
		assert_eq!(lt(m, "10".into(), Value::int(9)), Some(false));
		assert_eq!(lt(m, Value::Null, Value::int(1)), Some(true));
		assert_eq!(lt(m, "a".into(), Value::int(1)), None);
		assert_eq!(lt(m, Value::array([Value::int(2)]), Value::int(10)), Some(true));
		assert_eq!(less_than(m, None, Some(&Value::int(1))).unwrap(), None);
		// U+FF61 sorts after U+1F600 by code point, before it by UTF-16 code unit.
		assert_eq!(compare_utf16("\u{FF61}", "\u{1F600}"), Ordering::Greater);
	}

	#[test]
	fn strings_follow_javascript() {
		let m = &mut meter();
		let nested = Value::array([
			Value::int(1),
			Value::Null,
			Value::array([Value::Bool(true), num("0.5")]),
			Value::object([("a", Value::Null)]),
		]);
		assert_eq!(to_js_string(m, Some(&nested)).unwrap(), "1,,true,0.5,[object Object]");
		assert_eq!(to_js_string(m, None).unwrap(), "undefined");
		assert_eq!(to_number(m, Some(&Value::array(vec![]))).unwrap(), Some(Decimal::ZERO));
		assert_eq!(
			to_number(m, Some(&Value::array([" 7 ".into()]))).unwrap(),
			Some(Decimal::from_i64(7))
		);
		assert_eq!(to_number(m, Some(&Value::array([Value::Bool(true)]))).unwrap(), None);
		assert_eq!(parse_float(m, Some(&nested)).unwrap(), Some(Decimal::ONE));
	}
}
