//! The official JsonLogic test suite (`data/tests.json`, see `data/README.md`), every case run
//! through the engine: compiled from JSON, evaluated with no context, and compared with the
//! expected JSON converted to a value. Each rule also survives a SCALE round trip and a
//! decompile/compile round trip with the same result.
//!
//! Skipped cases: none. The suite's only non-integer numbers (`3.14` passed through,
//! `{"/":[2,4]}` = 0.5, `{"if":[3.1416, …]}`) are exact in the engine's nine-digit decimal
//! fixed point, so no case depends on binary floating point, and every number in the suite
//! passes the JSON compiler's exactness check (no `InexactNumber`: its integers are small, its
//! fractions short). A case that did depend on floats (a result with more than nine fractional
//! digits, one that relies on double rounding, or a number the compiler refuses as inexact)
//! would be listed in `SKIPPED` with its reason.

use codec::{Decode, Encode};
use policy_engine::{
	evaluate,
	json::{compile, decompile, value_from_json},
	EvalConfig, Expr, PureContext, Value,
};
use serde_json::Value as Json;

/// `(rule as JSON text, reason)` for cases that cannot pass without floats. Empty: see above.
const SKIPPED: &[(&str, &str)] = &[];

const FUEL: u64 = 1_000_000;

fn run(rule: &Expr, data: &Value) -> Result<Value, String> {
	evaluate(rule, data, &PureContext, &EvalConfig::DEFAULT, FUEL)
		.map(|evaluation| evaluation.value)
		.map_err(|failure| format!("{:?}", failure.error))
}

#[test]
fn official_jsonlogic_suite() {
	let text = include_str!("data/tests.json");
	let suite: Vec<Json> = serde_json::from_str(text).expect("tests.json is JSON");
	let mut passed = 0usize;
	let mut skipped = Vec::new();
	let mut failures = Vec::new();
	let mut section = String::from("(start)");
	for entry in &suite {
		let case = match entry {
			Json::String(heading) => {
				section = heading.clone();
				continue;
			},
			Json::Array(case) if case.len() == 3 => case,
			other => panic!("unexpected entry {other}"),
		};
		let (rule_json, data_json, expected_json) = (&case[0], &case[1], &case[2]);
		let rule_text = rule_json.to_string();
		if let Some((_, reason)) = SKIPPED.iter().find(|(rule, _)| *rule == rule_text) {
			skipped.push(format!("{rule_text}: {reason}"));
			continue;
		}
		let outcome = (|| -> Result<(), String> {
			let rule = compile(rule_json).map_err(|e| e.to_string())?;
			let data = value_from_json(data_json).map_err(|e| e.to_string())?;
			let expected = value_from_json(expected_json).map_err(|e| e.to_string())?;
			let actual = run(&rule, &data)?;
			if actual != expected {
				return Err(format!("got {actual:?}, expected {expected:?}"));
			}
			let decoded = Expr::decode(&mut &rule.encode()[..]).map_err(|e| e.to_string())?;
			if run(&decoded, &data)? != expected {
				return Err("differs after a SCALE round trip".into());
			}
			let recompiled = compile(&decompile(&rule)).map_err(|e| e.to_string())?;
			if run(&recompiled, &data)? != expected {
				return Err("differs after decompile/compile".into());
			}
			Ok(())
		})();
		match outcome {
			Ok(()) => passed += 1,
			Err(why) => failures.push(format!("[{section}] {rule_text} with {data_json}: {why}")),
		}
	}
	println!(
		"JsonLogic suite: {} cases, {passed} passed, {} skipped, {} failed",
		passed + skipped.len() + failures.len(),
		skipped.len(),
		failures.len()
	);
	for skip in &skipped {
		println!("skipped: {skip}");
	}
	assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
	assert_eq!(skipped.len(), SKIPPED.len(), "every listed skip is a case of the suite");
	assert_eq!(passed + skipped.len(), 277, "the suite has 277 cases");
}
