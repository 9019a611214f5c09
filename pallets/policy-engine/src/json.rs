//! JsonLogic JSON ⇄ [`Expr`], and JSON ⇄ [`Value`] (`std` only: tests, RPC helpers, client
//! tooling; the runtime only ever sees the SCALE form).
//!
//! Compilation follows json-logic-js's reading of a rule: an object with exactly one key is an
//! operation (a non-array argument is a single argument), any other object is a literal, an
//! array's elements are rules. All-constant arrays compile to one constant. Names the engine
//! does not define become [`Expr::Predicate`]s for the context to resolve.
//!
//! Numbers are read exactly from their decimal text (no float arithmetic): serde_json keeps
//! the shortest text that round-trips, which is parsed into a [`Decimal`]; more than nine
//! fractional digits are truncated, and a number beyond the decimal range is an error.
//!
//! [`decompile`] writes operators in array form (`{"var": ["a"]}`); compiling its output gives
//! the same tree back, except for constant objects with exactly one key, which JSON cannot tell
//! from operations.

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
	/// Nested deeper than [`MAX_DECODE_DEPTH`], which the chain would refuse to decode.
	TooDeep,
}

impl fmt::Display for JsonError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			JsonError::Syntax(message) => write!(f, "invalid JSON: {message}"),
			JsonError::NumberOutOfRange(text) => write!(f, "number out of range: {text}"),
			JsonError::TooDeep => write!(f, "nested deeper than {MAX_DECODE_DEPTH}"),
		}
	}
}

impl std::error::Error for JsonError {}

/// Compiles a JsonLogic rule given as text.
pub fn compile_str(text: &str) -> Result<Expr, JsonError> {
	let json: Json = serde_json::from_str(text).map_err(|e| JsonError::Syntax(e.to_string()))?;
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

/// Parses JSON text to a [`Value`].
pub fn value_from_str(text: &str) -> Result<Value, JsonError> {
	let json: Json = serde_json::from_str(text).map_err(|e| JsonError::Syntax(e.to_string()))?;
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

/// A JSON number as a [`Decimal`], from its text.
pub fn decimal_from_json(number: &Number) -> Result<Decimal, JsonError> {
	let text = number.to_string();
	match Decimal::parse_literal(&text) {
		Some(Parsed::Value(value)) => Ok(value),
		_ => Err(JsonError::NumberOutOfRange(text)),
	}
}

/// A [`Decimal`] as a JSON number: integers exactly, fractions through their decimal text.
pub fn decimal_to_json(value: Decimal) -> Json {
	if let Some(integer) = value.to_i64() {
		return Json::Number(integer.into());
	}
	let text = value.to_js_string();
	serde_json::from_str::<Number>(&text).map(Json::Number).unwrap_or(Json::String(text))
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
}
