//! Native throughput, for pricing fuel in weight. Ignored by default; run it in release:
//!
//! ```sh
//! cargo test --release -p policy-engine --test bench -- --ignored --nocapture
//! ```
//!
//! For each case it prints evaluations per second, fuel per evaluation and fuel per
//! microsecond. The cases stress one kind of work each (nodes, elements, bytes) as well as the
//! seed's guards, so that the schedule's relative costs can be checked: a well-calibrated
//! schedule gives similar fuel-per-microsecond figures across the kinds, and the lowest one is
//! the safe rate for converting fuel into weight.

mod common;

use common::{data, rule, Chain};
use policy_engine::{evaluate_guard, Decimal, EvalConfig, Expr, PolicyContext, PureContext, Value};
use std::time::{Duration, Instant};

struct Case {
	name: &'static str,
	rule: Expr,
	data: Value,
	context: &'static str,
}

fn measure(case: &Case, chain: &Chain) -> (f64, u64, f64) {
	let context: &dyn PolicyContext = if case.context == "chain" { chain } else { &PureContext };
	let config = EvalConfig::DEFAULT;
	let fuel = 100_000_000;
	let first = evaluate_guard(&case.rule, &case.data, context, &config, fuel).expect(case.name);
	let mut runs = 0u64;
	let started = Instant::now();
	while started.elapsed() < Duration::from_millis(700) {
		for _ in 0..100 {
			let verdict = evaluate_guard(&case.rule, &case.data, context, &config, fuel);
			std::hint::black_box(&verdict);
		}
		runs += 100;
	}
	let seconds = started.elapsed().as_secs_f64();
	let per_second = runs as f64 / seconds;
	let fuel_per_micro = first.fuel_used as f64 * per_second / 1e6;
	(per_second, first.fuel_used, fuel_per_micro)
}

#[test]
#[ignore]
fn throughput() {
	let mut chain = Chain::default();
	chain.permissions.insert(("fan_42".into(), "purchase".into()));
	chain.owners.insert(("fan_42".into(), "season_pass".into()));
	chain.states.insert("season_pass".into(), "ACTIVE".into());
	for s in ["s1", "s2", "s3"] {
		chain.valid_signatures.insert(s.into());
	}
	let xs: Vec<String> = (0..200).map(|i| i.to_string()).collect();
	let list = format!(r#"{{"xs": [{}]}}"#, xs.join(","));
	let words = format!(
		r#"{{"w": [{}]}}"#,
		(0..50)
			.map(|i| format!(r#""word{i:03}-{}""#, "x".repeat(40)))
			.collect::<Vec<_>>()
			.join(",")
	);
	let numbers = Value::object([("nums", Value::Array((0..1000).map(Value::int).collect()))]);
	// 30 digits each (21 before the point, 9 after): the longest plain-form texts there are.
	// Built directly: JSON would carry them through a double.
	let long_decimal =
		|i: i128| Value::Number(Decimal::from_raw(123_456_789_012_345_678_901_234_567_890 + i));
	let decimals = Value::object([("ds", Value::Array((0..200).map(long_decimal).collect()))]);
	let short_strings = format!(
		r#"{{"+": [{}]}}"#,
		(0..1000).map(|i| format!(r#""{}""#, i % 100)).collect::<Vec<_>>().join(",")
	);
	let strings = format!(
		r#"{{"ss": [{}]}}"#,
		(0..200).map(|i| format!(r#""s{i}""#)).collect::<Vec<_>>().join(",")
	);
	let mut arithmetic = String::from("1");
	for i in 0..40 {
		arithmetic = format!(r#"{{"+": [{arithmetic}, {{"*": [{i}, 1.5]}}]}}"#);
	}
	let cases = vec![
		Case {
			name: "baseline: x == 5",
			rule: rule(r#"{"==": [{"var": "x"}, 5]}"#),
			data: data(r#"{"x": 5}"#),
			context: "pure",
		},
		Case {
			name: "seed: rarity-based minting",
			rule: rule(
				r#"{"if": [{"==": [{"var": "rarity"}, "legendary"]}, {"<=": [{"var": "current_supply"}, 100]}, {"<=": [{"var": "current_supply"}, 10000]}]}"#,
			),
			data: data(r#"{"rarity": "legendary", "current_supply": 42}"#),
			context: "pure",
		},
		Case {
			name: "seed: time-limited sale (1 host call)",
			rule: rule(
				r#"{"and": [{">": [{"var": "current_time"}, {"var": "sale_start"}]}, {"<": [{"var": "current_time"}, {"var": "sale_end"}]}, {"has_permission": [{"var": "buyer"}, "purchase"]}]}"#,
			),
			data: data(
				r#"{"current_time": 1500, "sale_start": 1000, "sale_end": 2000, "buyer": "fan_42"}"#,
			),
			context: "chain",
		},
		Case {
			name: "seed: multi-signature (4 host calls)",
			rule: rule(
				r#"{">=": [{"count": [{"filter": [{"var": "signatures"}, {"valid_signature": {"var": ""}}]}]}, {"var": "required_signatures"}]}"#,
			),
			data: data(
				r#"{"signatures": [{"signature": "s1"}, {"signature": "s2"}, {"signature": "bad"}, {"signature": "s3"}], "required_signatures": 3}"#,
			),
			context: "chain",
		},
		Case {
			name: "seed: premium activation (2 host calls)",
			rule: rule(
				r#"{"and": [{"owns_token": [{"var": "user"}, "season_pass"]}, {"token_state": ["season_pass", "ACTIVE"]}, {">=": [{"var": "fan_points"}, 1000]}]}"#,
			),
			data: data(r#"{"user": "fan_42", "fan_points": 1200}"#),
			context: "chain",
		},
		Case {
			name: "nodes: 40-term decimal arithmetic",
			rule: rule(&arithmetic),
			data: Value::Null,
			context: "pure",
		},
		Case {
			name: "elements: some/all over 200 numbers",
			rule: rule(
				r#"{"and": [{"all": [{"var": "xs"}, {">=": [{"var": ""}, 0]}]}, {"!": {"some": [{"var": "xs"}, {"<": [{"var": ""}, 0]}]}}]}"#,
			),
			data: data(&list),
			context: "pure",
		},
		Case {
			name: "elements: reduce sum of 200",
			rule: rule(
				r#"{"reduce": [{"var": "xs"}, {"+": [{"var": "accumulator"}, {"var": "current"}]}, 0]}"#,
			),
			data: data(&list),
			context: "pure",
		},
		Case {
			name: "bytes: cat of 50 x 48-byte strings",
			rule: rule(r#"{"in": ["word049", {"cat": {"var": "w"}}]}"#),
			data: data(&words),
			context: "pure",
		},
		Case {
			name: "bytes: map copying 200 values",
			rule: rule(r#"{"map": [{"var": "xs"}, {"var": ""}]}"#),
			data: data(&list),
			context: "pure",
		},
		Case {
			name: "bytes: map copying 200 short strings",
			rule: rule(r#"{"map": [{"var": "ss"}, {"var": ""}]}"#),
			data: data(&strings),
			context: "pure",
		},
		Case {
			name: "conversions: cat of 1000 small numbers",
			rule: rule(r#"{"cat": {"var": "nums"}}"#),
			data: numbers.clone(),
			context: "pure",
		},
		Case {
			name: "conversions: cat of 200 30-digit decimals",
			rule: rule(r#"{"cat": {"var": "ds"}}"#),
			data: decimals,
			context: "pure",
		},
		Case {
			name: "conversions: {\"var\": 7} (numeric path)",
			rule: rule(r#"{"var": 7}"#),
			data: data("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"),
			context: "pure",
		},
		Case {
			name: "conversions: + of 1000 short strings",
			rule: rule(&short_strings),
			data: Value::Null,
			context: "pure",
		},
		Case {
			name: "conversions: x == \"5\" (ToNumber)",
			rule: rule(r#"{"==": [{"var": "x"}, "5"]}"#),
			data: data(r#"{"x": 5}"#),
			context: "pure",
		},
		Case {
			name: "conversions: in with a numeric needle",
			rule: rule(r#"{"in": [7, {"var": "s"}]}"#),
			data: data(r#"{"s": "abc7"}"#),
			context: "pure",
		},
		Case {
			name: "conversions: substr of a short string",
			rule: rule(r#"{"substr": [{"var": "s"}, 2, 5]}"#),
			data: data(r#"{"s": "hello world"}"#),
			context: "pure",
		},
		Case {
			name: "conversions: substr of a number",
			rule: rule(r#"{"substr": [{"var": "n"}, 1, 3]}"#),
			data: data(r#"{"n": 12345.678}"#),
			context: "pure",
		},
		Case {
			name: "wide: a × b past i128",
			rule: rule(r#"{"*": [{"var": "a"}, {"var": "b"}]}"#),
			data: data(r#"{"a": 20000000000, "b": 30000000000}"#),
			context: "pure",
		},
		Case {
			name: "wide: a / 3 past i128",
			rule: rule(r#"{"/": [{"var": "a"}, 3]}"#),
			data: data(r#"{"a": 1000000000000000000000}"#),
			context: "pure",
		},
		Case {
			name: "wide: a / b past i128, b ≥ 2⁶⁴ raw (bitwise division)",
			rule: rule(r#"{"/": [{"var": "a"}, {"var": "b"}]}"#),
			data: data(r#"{"a": 1000000000000000000000, "b": 30000000000.5}"#),
			context: "pure",
		},
		Case {
			name: "narrow: a / 3",
			rule: rule(r#"{"/": [{"var": "a"}, 3]}"#),
			data: data(r#"{"a": 1000000000000}"#),
			context: "pure",
		},
	];
	println!();
	println!("| case | evaluations/s | fuel/evaluation | fuel/µs |");
	println!("|---|---:|---:|---:|");
	let mut lowest = (f64::MAX, "");
	for case in &cases {
		let (per_second, fuel, fuel_per_micro) = measure(case, &chain);
		if fuel_per_micro < lowest.0 {
			lowest = (fuel_per_micro, case.name);
		}
		println!("| {} | {:.0} | {} | {:.1} |", case.name, per_second, fuel, fuel_per_micro);
	}
	println!("lowest fuel/µs: {:.1} ({})", lowest.0, lowest.1);
}
