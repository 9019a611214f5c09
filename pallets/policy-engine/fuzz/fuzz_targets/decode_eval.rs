//! Hostile bytes as the chain would receive them: a SCALE-encoded expression, then SCALE data.
//! Decoding must never panic, must be canonical, and evaluation must never panic, never use
//! more fuel than given, and be deterministic.
#![no_main]

use codec::{Decode, Encode};
use libfuzzer_sys::fuzz_target;
use policy_engine::{evaluate, evaluate_guard, coerce::truthy, EvalConfig, EvalError, Expr, PureContext, Value};

fuzz_target!(|bytes: &[u8]| {
	let Some((&fuel_selector, rest)) = bytes.split_first() else { return };
	let mut input = rest;
	let Ok(expr) = Expr::decode(&mut input) else { return };
	let read = rest.len() - input.len();
	assert_eq!(expr.encode(), rest[..read], "decoding is canonical");
	let data = Value::decode(&mut input).unwrap_or(Value::Null);
	let fuel = 1u64 << (fuel_selector % 24);
	let config = EvalConfig::DEFAULT;
	let first = evaluate(&expr, &data, &PureContext, &config, fuel);
	assert_eq!(first, evaluate(&expr, &data, &PureContext, &config, fuel), "deterministic");
	match &first {
		Ok(evaluation) => {
			assert!(evaluation.fuel_used <= fuel);
			assert!(evaluation.steps <= evaluation.fuel_used);
			let verdict = evaluate_guard(&expr, &data, &PureContext, &config, fuel).expect("a guard needs less");
			assert_eq!(verdict.passed, truthy(Some(&evaluation.value)));
		},
		Err(failure) if failure.error == EvalError::OutOfFuel => assert_eq!(failure.fuel_used, fuel),
		Err(failure) => assert!(failure.fuel_used <= fuel),
	}
});
