//! Text as client tooling would submit it: JsonLogic JSON compiled to an expression, evaluated
//! over fixed data, decompiled and compiled again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policy_engine::{evaluate, json, EvalConfig, PureContext, Value};

fuzz_target!(|bytes: &[u8]| {
	let Ok(text) = std::str::from_utf8(bytes) else { return };
	let Ok(expr) = json::compile_str(text) else { return };
	let data = Value::object([
		("a", Value::int(1)),
		("list", Value::array([Value::int(1), Value::from("x"), Value::Null])),
		("s", Value::from("héllo")),
	]);
	let fuel = 200_000;
	let result = evaluate(&expr, &data, &PureContext, &EvalConfig::DEFAULT, fuel);
	match &result {
		Ok(evaluation) => assert!(evaluation.fuel_used <= fuel && evaluation.steps <= evaluation.fuel_used),
		Err(failure) => assert!(failure.fuel_used <= fuel),
	}
	// Compiling the decompiled form must succeed (it is JSON the compiler produced).
	json::compile(&json::decompile(&expr)).expect("decompiled rules compile");
});
