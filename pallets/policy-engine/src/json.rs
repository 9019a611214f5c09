//! JsonLogic JSON ⇄ [`Expr`], and JSON ⇄ [`Value`] (`std` only: tests, RPC helpers, client
//! tooling; the runtime only ever sees the SCALE form).
//!
//! Compilation follows json-logic-js's reading of a rule: an object with exactly one key is an
//! operation (a non-array argument is a single argument), any other object is a literal, an
//! array's elements are rules. All-constant arrays compile to one constant. Names the engine
//! does not define become [`Expr::Predicate`]s for the context to resolve.
//!
//! ## Numbers
//!
//! Without serde_json's `arbitrary_precision` (which would change how every crate of the node
//! parses JSON), a JSON number reaches this module as an `i64`, a `u64` or a double: the
//! parser has already rounded any other text to the nearest double. The compiler therefore
//! takes a number only if it can take it exactly, and otherwise fails with
//! [`JsonError::InexactNumber`] (pass such numbers as strings: the engine's conversions read
//! strings digit for digit, to the ninth place after the point):
//!
//! - integers that fit an `i64` or a `u64` are exact;
//! - a double is taken through its shortest round-trip text, and only if that text has at most
//!   [`MAX_EXACT_DIGITS`] (15) significant digits, every decimal of up to 15 significant digits
//!   being recovered exactly from its nearest double, and at most nine digits after the point
//!   (what a [`Decimal`] holds). `12345678901234567890123` (nearest double
//!   `1.2345678901234568e22`), `0.30000000000000004` and `1e-10` are refused; `1e20`, `3.14`
//!   and `0.000000001` are taken.
//! - [`compile_str`] and [`value_from_str`] also see the text, and check every number token in
//!   it the same way (at most 15 significant digits unless an `i64`/`u64` integer), which
//!   catches what the double cannot show: `100000000000000000001` or `0.1000000000000000001`
//!   round to doubles whose short text would pass. [`compile`] and [`value_from_json`] get
//!   only the parsed JSON and cannot.
//!
//! A number beyond the decimal range (±1.7 × 10²⁹) is [`JsonError::NumberOutOfRange`].
//!
//! [`decompile`] writes operators in array form (`{"var": ["a"]}`); compiling its output gives
//! the same tree back, except for constant objects with exactly one key, which JSON cannot tell
//! from operations, and numbers that a JSON number cannot carry exactly (more than 15
//! significant digits, beyond the 64-bit integers), which [`decimal_to_json`] writes as strings
//! of their exact digits.

use crate::{
	ast::{Expr, Operator, MAX_DECODE_DEPTH},
	number::{Decimal, Parsed},
	value::Value,
};
use serde_json::{Map, Number, Value as Json};
use std::{collections::BTreeMap, fmt, string::String, vec::Vec};

/// Why JSON could not be converted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
	/// Not JSON at all.
	Syntax(String),
	/// A number with no [`Decimal`] (beyond ±1.7 × 10²⁹).
	NumberOutOfRange(String),
	/// A number that cannot be read exactly (see the module documentation): more than 15
	/// significant digits beyond the 64-bit integers, or more than nine after the point.
	InexactNumber(String),
	/// Nested deeper than [`MAX_DECODE_DEPTH`], which the chain would refuse to decode.
	TooDeep,
}

impl fmt::Display for JsonError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			JsonError::Syntax(message) => write!(f, "invalid JSON: {message}"),
			JsonError::NumberOutOfRange(text) => write!(f, "number out of range: {text}"),
			JsonError::InexactNumber(text) => write!(
				f,
				"number {text} cannot be read exactly: JSON numbers arrive as doubles, exact only \
				 to {MAX_EXACT_DIGITS} significant digits (and decimals keep 9 after the point); \
				 pass long numbers as strings"
			),
			JsonError::TooDeep => write!(f, "nested deeper than {MAX_DECODE_DEPTH}"),
		}
	}
}

impl std::error::Error for JsonError {}

/// Compiles a JsonLogic rule given as text (its number tokens checked as well: see the module
/// documentation).
pub fn compile_str(text: &str) -> Result<Expr, JsonError> {
	let json: Json = serde_json::from_str(text).map_err(|e| JsonError::Syntax(e.to_string()))?;
	check_number_tokens(text)?;
	compile(&json)
}

/// Compiles a JsonLogic rule.
pub fn compile(rule: &Json) -> Result<Expr, JsonError> {
	compile_at(rule, MAX_DECODE_DEPTH)
}

fn compile_at(rule: &Json, depth: u32) -> Result<Expr, JsonError> {
	let depth = depth.checked_sub(1).ok_or(JsonError::TooDeep)?;
	match rule {
		Json::Array(items) => {
			let compiled =
				items.iter().map(|item| compile_at(item, depth)).collect::<Result<Vec<_>, _>>()?;
			if compiled.iter().all(|item| matches!(item, Expr::Const(_))) {
				let values = compiled
					.into_iter()
					.map(|item| match item {
						Expr::Const(value) => value,
						_ => Value::Null,
					})
					.collect();
				Ok(Expr::Const(Value::Array(values)))
			} else {
				Ok(Expr::Array(compiled))
			}
		},
		Json::Object(map) if map.len() == 1 => {
			let Some((name, operands)) = map.iter().next() else {
				return Ok(Expr::Const(Value::Object(BTreeMap::new())));
			};
			let args = match operands {
				Json::Array(items) => {
					items.iter().map(|item| compile_at(item, depth)).collect::<Result<_, _>>()?
				},
				single => vec![compile_at(single, depth)?],
			};
			Ok(match Operator::from_name(name) {
				Some(op) => Expr::Op(op, args),
				None => Expr::Predicate(name.clone(), args),
			})
		},
		literal => Ok(Expr::Const(value_at(literal, depth)?)),
	}
}

/// Converts JSON data to a [`Value`].
pub fn value_from_json(json: &Json) -> Result<Value, JsonError> {
	value_at(json, MAX_DECODE_DEPTH)
}

/// Parses JSON text to a [`Value`] (its number tokens checked as well).
pub fn value_from_str(text: &str) -> Result<Value, JsonError> {
	let json: Json = serde_json::from_str(text).map_err(|e| JsonError::Syntax(e.to_string()))?;
	check_number_tokens(text)?;
	value_from_json(&json)
}

fn value_at(json: &Json, depth: u32) -> Result<Value, JsonError> {
	let depth = depth.checked_sub(1).ok_or(JsonError::TooDeep)?;
	Ok(match json {
		Json::Null => Value::Null,
		Json::Bool(b) => Value::Bool(*b),
		Json::Number(number) => Value::Number(decimal_from_json(number)?),
		Json::String(text) => Value::String(text.clone()),
		Json::Array(items) => {
			Value::Array(items.iter().map(|item| value_at(item, depth)).collect::<Result<_, _>>()?)
		},
		Json::Object(map) => Value::Object(
			map.iter()
				.map(|(key, item)| Ok((key.clone(), value_at(item, depth)?)))
				.collect::<Result<_, JsonError>>()?,
		),
	})
}

/// The most significant digits a decimal may have and still be recovered exactly from its
/// nearest double (`DBL_DIG`).
pub const MAX_EXACT_DIGITS: usize = 15;

/// The significant digits of a decimal literal's mantissa, leading and trailing zeros aside
/// (`"0.0120e5"`: 2).
fn significant_digits(literal: &str) -> usize {
	let mantissa = literal.split(['e', 'E']).next().unwrap_or("");
	let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
	digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// The significant digits of a decimal's value (0 for zero).
fn decimal_significant_digits(value: Decimal) -> usize {
	value.raw().unsigned_abs().to_string().trim_end_matches('0').len()
}

/// A JSON number as a [`Decimal`], exactly or not at all (see the module documentation).
pub fn decimal_from_json(number: &Number) -> Result<Decimal, JsonError> {
	if let Some(integer) = number.as_i64() {
		return Ok(Decimal::from_i64(integer));
	}
	if let Some(integer) = number.as_u64() {
		return Decimal::from_i128(i128::from(integer))
			.ok_or_else(|| JsonError::NumberOutOfRange(integer.to_string()));
	}
	// A double: its shortest round-trip text is all that is left of the original.
	let text = number.to_string();
	let digits = significant_digits(&text);
	if digits > MAX_EXACT_DIGITS {
		return Err(JsonError::InexactNumber(text));
	}
	match Decimal::parse_literal(&text) {
		// Parsing truncates beyond the ninth fractional digit: a value with fewer significant
		// digits than its text lost some.
		Some(Parsed::Value(value)) if decimal_significant_digits(value) == digits => Ok(value),
		Some(Parsed::Value(_)) => Err(JsonError::InexactNumber(text)),
		_ => Err(JsonError::NumberOutOfRange(text)),
	}
}

/// Checks every number token of valid JSON text: an `i64`/`u64` integer, or at most
/// [`MAX_EXACT_DIGITS`] significant digits (the double it becomes is then checked by
/// [`decimal_from_json`]).
fn check_number_tokens(text: &str) -> Result<(), JsonError> {
	let mut chars = text.char_indices().peekable();
	let mut in_string = false;
	while let Some((start, c)) = chars.next() {
		if in_string {
			match c {
				// An escape: the next character is part of it, even a quote.
				'\\' => {
					chars.next();
				},
				'"' => in_string = false,
				_ => {},
			}
			continue;
		}
		match c {
			'"' => in_string = true,
			'-' | '0'..='9' => {
				let mut end = start.saturating_add(1);
				while let Some(&(at, next)) = chars.peek() {
					if !matches!(next, '0'..='9' | '.' | 'e' | 'E' | '+' | '-') {
						break;
					}
					end = at.saturating_add(1);
					chars.next();
				}
				let token = text.get(start..end).unwrap_or("");
				let integer = !token.contains(['.', 'e', 'E'])
					&& (token.parse::<i64>().is_ok() || token.parse::<u64>().is_ok());
				if !integer && significant_digits(token) > MAX_EXACT_DIGITS {
					return Err(JsonError::InexactNumber(token.to_string()));
				}
			},
			_ => {},
		}
	}
	Ok(())
}

/// A [`Decimal`] as JSON: a number when a JSON number carries it exactly (64-bit integers, at
/// most [`MAX_EXACT_DIGITS`] significant digits), otherwise a string of its exact digits in
/// JavaScript's form (which the engine's conversions read back exactly, though `===` then sees
/// a string).
pub fn decimal_to_json(value: Decimal) -> Json {
	if let Some(integer) = value.to_i64() {
		return Json::Number(integer.into());
	}
	if let Some(integer) = value.to_i128().and_then(|integer| u64::try_from(integer).ok()) {
		return Json::Number(integer.into());
	}
	let text = value.to_js_string();
	if decimal_significant_digits(value) <= MAX_EXACT_DIGITS {
		if let Ok(number) = serde_json::from_str::<Number>(&text) {
			return Json::Number(number);
		}
	}
	Json::String(text)
}

/// Converts a [`Value`] to JSON.
pub fn value_to_json(value: &Value) -> Json {
	match value {
		Value::Null => Json::Null,
		Value::Bool(b) => Json::Bool(*b),
		Value::Number(n) => decimal_to_json(*n),
		Value::String(s) => Json::String(s.clone()),
		Value::Array(items) => Json::Array(items.iter().map(value_to_json).collect()),
		Value::Object(map) => {
			Json::Object(map.iter().map(|(k, v)| (k.clone(), value_to_json(v))).collect())
		},
	}
}

/// Writes an expression back as JsonLogic.
pub fn decompile(expr: &Expr) -> Json {
	match expr {
		Expr::Const(value) => value_to_json(value),
		Expr::Array(items) => Json::Array(items.iter().map(decompile).collect()),
		Expr::Op(op, args) => operation(op.name(), args),
		Expr::Predicate(name, args) => operation(name, args),
	}
}

fn operation(name: &str, args: &[Expr]) -> Json {
	let mut map = Map::new();
	map.insert(name.to_string(), Json::Array(args.iter().map(decompile).collect()));
	Json::Object(map)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn rules_compile_and_decompile() {
		let rule = r#"{"and":[{"<":[{"var":"temp"},110]},{"valid_game":{"var":"game_id"}},[1,{"var":"x"}],{"in":["a",["a","b"]]}]}"#;
		let expr = compile_str(rule).unwrap();
		let Expr::Op(Operator::And, args) = &expr else { panic!("{expr:?}") };
		assert!(matches!(&args[1], Expr::Predicate(name, _) if name == "valid_game"));
		assert!(matches!(&args[2], Expr::Array(_)));
		assert!(
			matches!(&args[3], Expr::Op(Operator::In, inner) if matches!(&inner[1], Expr::Const(Value::Array(_))))
		);
		assert_eq!(compile(&decompile(&expr)).unwrap(), expr);
	}

	#[test]
	fn numbers_are_exact() {
		assert_eq!(
			value_from_str("3.14").unwrap(),
			Value::Number(Decimal::from_parts(314, 2).unwrap())
		);
		assert_eq!(
			value_from_str("0.1").unwrap(),
			Value::Number(Decimal::from_parts(1, 1).unwrap())
		);
		assert_eq!(value_to_json(&value_from_str("0.5").unwrap()).to_string(), "0.5");
		assert!(matches!(value_from_str("1e40"), Err(JsonError::NumberOutOfRange(_))));
		let deep = "[".repeat(100) + &"]".repeat(100);
		assert_eq!(value_from_str(&deep), Err(JsonError::TooDeep));
	}

	fn decimal(text: &str) -> Decimal {
		match Decimal::parse_literal(text) {
			Some(Parsed::Value(value)) => value,
			other => panic!("{text}: {other:?}"),
		}
	}

	#[test]
	fn numbers_that_survive_a_double_are_taken_exactly() {
		let cases = [
			("12345678901234567", "12345678901234567"), // an i64
			("-9223372036854775808", "-9223372036854775808"),
			("18446744073709551615", "18446744073709551615"), // a u64
			("100000000000000000000", "1e20"),
			("1e20", "1e20"),
			("1.7e29", "1.7e29"),
			("123456789012345", "123456789012345"),
			("1234567.89012345", "1234567.89012345"), // 15 significant digits
			("3.14", "3.14"),
			("0.000000001", "1e-9"),
			("1.5e-8", "0.000000015"),
			("-0.0", "0"),
			("2.50", "2.5"),
		];
		for (text, expected) in cases {
			let expected = Value::Number(decimal(expected));
			assert_eq!(value_from_str(text), Ok(expected.clone()), "{text}");
			let parsed: Json = serde_json::from_str(text).unwrap();
			assert_eq!(value_from_json(&parsed), Ok(expected), "{text} as parsed JSON");
		}
		// Digits inside strings are not numbers.
		let rule = compile_str(r#"{"cat": ["0.30000000000000004", "12345678901234567890123"]}"#);
		assert!(rule.is_ok());
	}

	#[test]
	fn numbers_a_double_would_change_are_refused() {
		let inexact =
			|result: Result<Value, JsonError>| matches!(result, Err(JsonError::InexactNumber(_)));
		for text in [
			"12345678901234567890123", // → 1.2345678901234568e22
			"1.2345678901234567",
			"0.30000000000000004",
			"1234567.890123456", // 16 significant digits
			"0.1234567891",      // a tenth fractional digit
			"1e-10",
			"1.5e-9",
			"100000000000000000001", // its double prints as 1e20: only the text shows it
			"0.1000000000000000001", // its double prints as 0.1
			"-18446744073709551616", // below i64, no u64
		] {
			assert!(inexact(value_from_str(text)), "{text}: {:?}", value_from_str(text));
			let rule = format!(r#"{{"==": [{{"var": "x"}}, {text}]}}"#);
			assert!(matches!(compile_str(&rule), Err(JsonError::InexactNumber(_))), "{rule}");
		}
		// Through already-parsed JSON, what the double shows is refused; what it hides cannot be.
		for text in ["12345678901234567890123", "0.30000000000000004", "1e-10"] {
			let parsed: Json = serde_json::from_str(text).unwrap();
			assert!(inexact(value_from_json(&parsed)), "{text}");
		}
		let hidden: Json = serde_json::from_str("100000000000000000001").unwrap();
		// Built together with the node, serde_json has `arbitrary_precision` (cargo unifies
		// features): the parsed JSON keeps the text, and the number is refused as from text.
		if hidden.to_string() == "100000000000000000001" {
			assert!(inexact(value_from_json(&hidden)));
		} else {
			assert_eq!(value_from_json(&hidden), Ok(Value::Number(decimal("1e20"))));
		}
		let message = value_from_str("12345678901234567890123").unwrap_err().to_string();
		assert!(message.contains("as strings"), "{message}");
	}

	#[test]
	fn numbers_json_cannot_carry_are_written_as_strings() {
		let long = Decimal::from_raw(123_456_789_012_345_678_901_234_567_890);
		assert_eq!(decimal_to_json(long), Json::String("123456789012345678901.23456789".into()));
		assert!(matches!(decimal_to_json(decimal("1e20")), Json::Number(_)));
		assert_eq!(decimal_to_json(decimal("1e19")).to_string(), "10000000000000000000");
		assert!(matches!(decimal_to_json(decimal("0.000000001")), Json::Number(_)));
		// Whatever it writes as a number compiles back to the same value.
		for text in ["1e20", "1.7e29", "-1e-9", "3.141592653", "18446744073709551615"] {
			let value = decimal(text);
			let Json::Number(number) = decimal_to_json(value) else { panic!("{text}") };
			assert_eq!(decimal_from_json(&number), Ok(value), "{text}");
		}
	}
}
