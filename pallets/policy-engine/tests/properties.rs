//! Property tests over random expressions, with a small deterministic PRNG (no test crates):
//!
//! - random expressions over random data never panic, and evaluation is deterministic;
//! - the fuel used never exceeds the fuel given, exactly the fuel used is enough and one unit
//!   less is not, and fuel changes nothing but whether the budget runs out (`steps <=
//!   fuel_used` is also asserted, but it holds by construction: a sanity check only; that
//!   memory follows fuel is measured by `tests/allocation.rs` with a counting allocator);
//! - SCALE decoding round-trips, never panics on random bytes, re-encodes what it accepts
//!   byte for byte, and rejects depth bombs at the limit;
//! - JSON decompile/compile preserves evaluation.
//!
//! Seeds are fixed: a failure prints the case number, reproducible by running again.

mod common;

use codec::{Decode, Encode};
use common::random::{data, expr, Oracle, Rng};
use policy_engine::{
	ast::{DecodeLimits, MAX_DECODE_DEPTH},
	coerce::truthy,
	evaluate, evaluate_guard,
	json::{compile, decompile},
	EvalConfig, EvalError, Expr, Operator, Value,
};
use std::panic::{catch_unwind, AssertUnwindSafe};

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
