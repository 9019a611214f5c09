//! Property tests over random expressions, with a small deterministic PRNG (no test crates):
//!
//! - random expressions over random data never panic, and evaluation is deterministic;
//! - fuel strictly bounds work: every metered step costs at least one unit, the fuel used
//!   never exceeds the fuel given, exactly the fuel used is enough and one unit less is not,
//!   and fuel changes nothing but whether the budget runs out;
//! - SCALE decoding round-trips, never panics on random bytes, re-encodes what it accepts
//!   byte for byte, and rejects depth bombs at the limit;
//! - JSON decompile/compile preserves evaluation.
//!
//! Seeds are fixed: a failure prints the case number, reproducible by running again.

use codec::{Decode, Encode};
use policy_engine::{
	ast::{DecodeLimits, MAX_DECODE_DEPTH},
	coerce::truthy,
	evaluate, evaluate_guard,
	json::{compile, decompile},
	Decimal, EvalConfig, EvalError, Expr, HostError, Operator, PolicyContext, Value,
};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// SplitMix64: tiny, fast, good enough to explore shapes.
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}

	fn below(&mut self, n: usize) -> usize {
		(self.next() % n as u64) as usize
	}

	fn chance(&mut self, percent: usize) -> bool {
		self.below(100) < percent
	}

	fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
		&items[self.below(items.len())]
	}
}

const STRINGS: &[&str] = &[
	"", "0", "1", "-2", "3.5", " 12 ", "12px", "1,2", "0x1F", "abc", "a", "é", "😀", "true",
	"null", "current", "a.b", "list", "Infinity", "1e400",
];
const KEYS: &[&str] = &["a", "b", "list", "s", "n", "current", "accumulator", "x"];
const PATHS: &[&str] = &[
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
const PREDICATES: &[&str] = &["valid_game", "unknown_predicate", "fails", "echo"];

fn number(rng: &mut Rng) -> Decimal {
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

fn value(rng: &mut Rng, depth: usize) -> Value {
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
fn expr(rng: &mut Rng, depth: usize, json_safe: bool) -> Expr {
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

fn strip_single_key_objects(value: Value) -> Value {
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

fn data(rng: &mut Rng) -> Value {
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
struct Oracle;

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

const BUDGETS: &[u64] = &[0, 7, 50, 400, 3_000, 100_000];

#[test]
fn random_expressions_never_panic_and_fuel_bounds_work() {
	let config = EvalConfig::DEFAULT;
	let mut rng = Rng(0x5EED_0001);
	let (mut ok, mut failed, mut out_of_fuel) = (0usize, 0usize, 0usize);
	for case in 0..20_000 {
		let depth = 1 + rng.below(7);
		let expression = expr(&mut rng, depth, false);
		let input = data(&mut rng);
		let budget = *rng.pick(BUDGETS);
		let run = |fuel: u64| {
			catch_unwind(AssertUnwindSafe(|| evaluate(&expression, &input, &Oracle, &config, fuel)))
				.unwrap_or_else(|_| panic!("case {case} panicked: {expression:?}"))
		};
		let first = run(budget);
		assert_eq!(first, run(budget), "case {case}: not deterministic");
		match &first {
			Ok(evaluation) => {
				ok += 1;
				assert!(evaluation.fuel_used <= budget, "case {case}");
				assert!(evaluation.steps <= evaluation.fuel_used, "case {case}: unmetered work");
				assert_eq!(
					run(evaluation.fuel_used).as_ref(),
					Ok(evaluation),
					"case {case}: exact fuel"
				);
				if evaluation.fuel_used > 0 {
					let short = run(evaluation.fuel_used - 1).map_err(|f| f.error);
					assert_eq!(short.map(|e| e.value), Err(EvalError::OutOfFuel), "case {case}");
				}
				let verdict =
					evaluate_guard(&expression, &input, &Oracle, &config, budget).unwrap();
				assert_eq!(verdict.passed, truthy(Some(&evaluation.value)), "case {case}");
				assert!(verdict.fuel_used <= evaluation.fuel_used, "case {case}");
			},
			Err(failure) if failure.error == EvalError::OutOfFuel => {
				out_of_fuel += 1;
				assert_eq!(failure.fuel_used, budget, "case {case}: all the fuel");
			},
			Err(failure) => {
				failed += 1;
				assert!(failure.fuel_used <= budget, "case {case}");
				// Fuel decides nothing but running out: with far more, the same failure.
				assert_eq!(run(budget.saturating_mul(1000).max(1)), first, "case {case}");
			},
		}
	}
	println!(
		"20000 random expressions: {ok} evaluated, {failed} failed, {out_of_fuel} ran out of fuel"
	);
	assert!(ok > 2_000 && failed > 500 && out_of_fuel > 500, "shapes are varied");
}

#[test]
fn heavy_expressions_stay_within_their_fuel() {
	// Each does much work per node: iteration, copies, string building, nested loops.
	let heavy = [
		r#"{"map": [{"var": "xs"}, {"map": [{"var": "xs"}, {"cat": ["abc", {"var": ""}]}]}]}"#,
		r#"{"reduce": [{"var": "xs"}, {"merge": [{"var": "accumulator"}, {"var": "xs"}]}, []]}"#,
		r#"{"filter": [{"var": "xs"}, {"in": [{"var": ""}, {"var": "xs"}]}]}"#,
		r#"{"all": [{"var": "xs"}, {"some": [{"var": "xs"}, {"==": [{"var": ""}, "7"]}]}]}"#,
		r#"{"substr": [{"cat": [{"var": "xs"}, {"var": "xs"}, {"var": "xs"}]}, 3, -3]}"#,
	];
	let items: Vec<Value> = (0..500).map(Value::int).collect();
	let input = Value::object([("xs", Value::Array(items))]);
	for rule in heavy {
		let expression = compile(&serde_json::from_str(rule).unwrap()).unwrap();
		for budget in [100, 10_000, 1_000_000, 100_000_000] {
			match evaluate(&expression, &input, &Oracle, &EvalConfig::DEFAULT, budget) {
				Ok(evaluation) => {
					assert!(evaluation.fuel_used <= budget);
					assert!(evaluation.steps <= evaluation.fuel_used);
				},
				Err(failure) => assert!(failure.fuel_used <= budget, "{rule}: {failure:?}"),
			}
		}
	}
}

#[test]
fn scale_round_trips_and_random_bytes_never_panic() {
	let mut rng = Rng(0x5EED_0002);
	for case in 0..5_000 {
		let depth = 1 + rng.below(8);
		let expression = expr(&mut rng, depth, false);
		let bytes = expression.encode();
		assert_eq!(Expr::decode(&mut &bytes[..]), Ok(expression.clone()), "case {case}");
		// Every strict prefix is incomplete.
		let cut = rng.below(bytes.len());
		assert!(Expr::decode(&mut &bytes[..cut]).is_err(), "case {case}: prefix {cut}");
	}
	for case in 0..100_000 {
		let len = rng.below(48);
		// Bytes biased toward small values, which are valid tags, lengths and operators.
		let bytes: Vec<u8> = (0..len)
			.map(|_| if rng.chance(70) { rng.below(8) as u8 } else { rng.next() as u8 })
			.collect();
		let outcome = catch_unwind(|| {
			let mut input = &bytes[..];
			let expression = Expr::decode(&mut input).ok().map(|e| (e, bytes.len() - input.len()));
			let mut input = &bytes[..];
			let value = Value::decode(&mut input).ok().map(|v| (v, bytes.len() - input.len()));
			(expression, value)
		});
		let (expression, value) =
			outcome.unwrap_or_else(|_| panic!("case {case}: decode panicked on {bytes:?}"));
		// Whatever decodes is canonical: it re-encodes to exactly the bytes read.
		if let Some((expression, read)) = expression {
			assert_eq!(expression.encode(), bytes[..read], "case {case}");
		}
		if let Some((value, read)) = value {
			assert_eq!(value.encode(), bytes[..read], "case {case}");
		}
	}
}

#[test]
fn decoding_rejects_depth_bombs() {
	let mut rng = Rng(0x5EED_0003);
	let nested = |depth: usize, rng: &mut Rng| {
		let mut expression = Expr::Const(Value::Null);
		for _ in 1..depth {
			let op = *rng.pick(&Operator::ALL);
			let mut args: Vec<Expr> =
				(0..rng.below(3)).map(|_| Expr::Const(Value::int(1))).collect();
			let position = rng.below(args.len() + 1);
			args.insert(position, expression);
			expression = match rng.below(3) {
				0 => Expr::Array(args),
				1 => Expr::Predicate("p".into(), args),
				_ => Expr::Op(op, args),
			};
		}
		expression
	};
	let limit = MAX_DECODE_DEPTH as usize;
	for _ in 0..50 {
		let at_limit = nested(limit, &mut rng);
		assert_eq!(at_limit.depth(), limit);
		assert_eq!(Expr::decode(&mut &at_limit.encode()[..]), Ok(at_limit));
		let beyond = nested(limit + 1 + rng.below(2_000), &mut rng);
		assert!(Expr::decode(&mut &beyond.encode()[..]).is_err());
	}
	// Values nested inside a constant count toward the same limit: a constant holding a value
	// `limit` levels deep (arrays around a null) is at the limit, one more is beyond it.
	let mut value = Value::Null;
	for _ in 1..limit {
		value = Value::array([value]);
	}
	assert_eq!(value.depth_within(1_000), Some(limit as u32 - 1));
	assert!(Value::decode(&mut &value.encode()[..]).is_ok());
	assert!(Expr::decode(&mut &Expr::Const(value.clone()).encode()[..]).is_ok());
	let inside = Expr::Op(Operator::Not, vec![Expr::Const(value.clone())]);
	assert!(Expr::decode(&mut &inside.encode()[..]).is_err());
	let deeper = Value::array([value]);
	assert!(Value::decode(&mut &deeper.encode()[..]).is_err());
	assert!(Expr::decode(&mut &Expr::Const(deeper).encode()[..]).is_err());
	// Hand-made bombs far deeper than any tree one would build: no stack overflow.
	// (header, level repeated, leaf): array literals, a constant's nested arrays, `!`s.
	let bombs: [(&[u8], &[u8], &[u8]); 3] =
		[(&[], &[1, 4], &[1, 0]), (&[0], &[4, 4], &[0]), (&[], &[2, 9, 4], &[0, 0])];
	for (header, level, leaf) in bombs {
		let mut bytes = header.to_vec();
		bytes.extend(level.repeat(500_000));
		bytes.extend_from_slice(leaf);
		assert!(Expr::decode(&mut &bytes[..]).is_err());
		let huge = DecodeLimits { max_depth: 1_000, max_len: 16 };
		assert!(Expr::decode_with_limits(&mut &bytes[..], huge).is_err());
	}
}

#[test]
fn json_round_trip_preserves_evaluation() {
	let mut rng = Rng(0x5EED_0004);
	for case in 0..5_000 {
		let depth = 1 + rng.below(6);
		let expression = expr(&mut rng, depth, true);
		let input = data(&mut rng);
		let recompiled =
			compile(&decompile(&expression)).unwrap_or_else(|e| panic!("case {case}: {e}"));
		let before = evaluate(&expression, &input, &Oracle, &EvalConfig::DEFAULT, 1_000_000)
			.map(|e| e.value)
			.map_err(|f| f.error);
		let after = evaluate(&recompiled, &input, &Oracle, &EvalConfig::DEFAULT, 1_000_000)
			.map(|e| e.value)
			.map_err(|f| f.error);
		assert_eq!(before, after, "case {case}: {}", decompile(&expression));
	}
}
