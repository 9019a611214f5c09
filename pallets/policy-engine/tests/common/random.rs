//! Random expressions and data for the property tests, with a small deterministic PRNG (no
//! test crates), and a context that answers every custom operator from its arguments.

use codec::Encode;
use policy_engine::{Decimal, Expr, HostError, Operator, PolicyContext, Value};

/// SplitMix64: tiny, fast, good enough to explore shapes.
pub struct Rng(pub u64);

impl Rng {
	pub fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}

	pub fn below(&mut self, n: usize) -> usize {
		(self.next() % n as u64) as usize
	}

	pub fn chance(&mut self, percent: usize) -> bool {
		self.below(100) < percent
	}

	pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
		&items[self.below(items.len())]
	}
}

pub const STRINGS: &[&str] = &[
	"", "0", "1", "-2", "3.5", " 12 ", "12px", "1,2", "0x1F", "abc", "a", "é", "😀", "true",
	"null", "current", "a.b", "list", "Infinity", "1e400",
];
pub const KEYS: &[&str] = &["a", "b", "list", "s", "n", "current", "accumulator", "x"];
pub const PATHS: &[&str] = &[
	"",
	"a",
	"b",
	"a.b",
	"a.b.c",
	"list",
	"list.0",
	"list.4",
	"list.length",
	"s",
	"s.length",
	"s.1",
	"n",
	"current",
	"accumulator",
	"current.x",
	"nothing",
	"1",
	"deep.deep.deep",
];
pub const PREDICATES: &[&str] = &["valid_game", "unknown_predicate", "fails", "echo"];

pub fn number(rng: &mut Rng) -> Decimal {
	match rng.below(4) {
		0 => Decimal::from_i64(rng.below(41) as i64 - 20),
		1 => Decimal::from_raw([500_000_000i128, -250_000_000, 1, 3_141_592_653, -1][rng.below(5)]),
		2 => {
			Decimal::from_i128([10i128.pow(20), 10i128.pow(29), -(10i128.pow(15)), 7][rng.below(4)])
				.unwrap()
		},
		_ => Decimal::ZERO,
	}
}

pub fn value(rng: &mut Rng, depth: usize) -> Value {
	let kinds = if depth == 0 { 5 } else { 7 };
	match rng.below(kinds) {
		0 => Value::Null,
		1 => Value::Bool(rng.chance(50)),
		2 => Value::Number(number(rng)),
		3 | 4 => Value::from(*rng.pick(STRINGS)),
		5 => Value::Array((0..rng.below(5)).map(|_| value(rng, depth - 1)).collect()),
		_ => Value::object(
			(0..rng.below(4)).map(|_| (*rng.pick(KEYS), value(rng, depth - 1))).collect::<Vec<_>>(),
		),
	}
}

/// A random expression. `json_safe` avoids constant objects with one key, which JSON cannot
/// tell from operations.
pub fn expr(rng: &mut Rng, depth: usize, json_safe: bool) -> Expr {
	if depth == 0 || rng.chance(25) {
		return if rng.chance(40) {
			let path: &str = rng.pick::<&str>(PATHS);
			Expr::var(path)
		} else {
			let mut constant = value(rng, 2);
			if json_safe {
				constant = strip_single_key_objects(constant);
			}
			Expr::Const(constant)
		};
	}
	let args = |rng: &mut Rng| {
		(0..rng.below(5)).map(|_| expr(rng, depth - 1, json_safe)).collect::<Vec<_>>()
	};
	match rng.below(20) {
		0 => Expr::Array(args(rng)),
		1 => Expr::Predicate(rng.pick(PREDICATES).to_string(), args(rng)),
		_ => {
			let op = *rng.pick(&Operator::ALL);
			Expr::Op(op, args(rng))
		},
	}
}

pub fn strip_single_key_objects(value: Value) -> Value {
	match value {
		Value::Object(map) if map.len() == 1 => Value::Null,
		Value::Object(map) => {
			Value::Object(map.into_iter().map(|(k, v)| (k, strip_single_key_objects(v))).collect())
		},
		Value::Array(items) => {
			Value::Array(items.into_iter().map(strip_single_key_objects).collect())
		},
		other => other,
	}
}

pub fn data(rng: &mut Rng) -> Value {
	let mut deep = Value::int(1);
	for _ in 0..3 {
		deep = Value::object([("deep", deep)]);
	}
	let mut fields = vec![
		("a", Value::object([("b", value(rng, 2))])),
		(
			"list",
			Value::array([
				Value::int(1),
				Value::int(2),
				Value::from("x"),
				Value::Null,
				value(rng, 2),
			]),
		),
		("s", Value::from("héllo")),
		("n", Value::Number(number(rng))),
		("deep", deep),
	];
	if rng.chance(50) {
		fields.push(("b", value(rng, 3)));
	}
	Value::object(fields)
}

/// Answers every custom operator deterministically from its arguments.
pub struct Oracle;

fn parity(value: &Value) -> bool {
	value.encode().iter().fold(0u8, |a, b| a ^ b) & 1 == 1
}

impl PolicyContext for Oracle {
	fn has_permission(&self, subject: &Value, permission: &Value) -> Result<bool, HostError> {
		Ok(parity(subject) ^ parity(permission))
	}
	fn owns_token(&self, owner: &Value, token: &Value) -> Result<bool, HostError> {
		if matches!(owner, Value::Number(_)) {
			return Err(HostError::InvalidArgument);
		}
		Ok(parity(owner) && parity(token))
	}
	fn token_state(&self, token: &Value) -> Result<Option<Value>, HostError> {
		Ok(parity(token).then(|| Value::from("ACTIVE")))
	}
	fn signature_valid(&self, proof: &Value) -> Result<bool, HostError> {
		Ok(parity(proof))
	}
	fn predicate(&self, name: &str, args: &[Value]) -> Result<Value, HostError> {
		match name {
			"valid_game" => Ok(Value::Bool(args.iter().any(parity))),
			"fails" => Err(HostError::Failed(1)),
			"echo" => Ok(Value::Array(args.to_vec())),
			_ => Err(HostError::UnknownPredicate),
		}
	}
}
