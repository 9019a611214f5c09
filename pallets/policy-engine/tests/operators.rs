//! Every custom operator, every evaluation error, and the JavaScript semantics the official
//! suite does not cover.

mod common;

use common::{data, eval_with, rule, run, Chain, FUEL};
use policy_engine::{
	evaluate, evaluate_guard, EvalConfig, EvalError, Expr, HostError, Limits, Operator,
	PureContext, Value,
};

fn chain() -> Chain {
	let mut chain = Chain::default();
	chain.permissions.insert(("alice".into(), "purchase".into()));
	chain.owners.insert(("alice".into(), "season_pass".into()));
	chain.states.insert("season_pass".into(), "ACTIVE".into());
	chain.states.insert("old_pass".into(), "EXPIRED".into());
	chain.valid_signatures.insert("sig-a".into());
	chain.games.insert("LAL_vs_BOS_20240215".into());
	chain
}

fn value(text: &str) -> Value {
	data(text)
}

#[test]
fn has_permission_asks_the_context() {
	let chain = chain();
	let rule = r#"{"has_permission": [{"var": "buyer"}, "purchase"]}"#;
	assert_eq!(run(&chain, rule, r#"{"buyer": "alice"}"#), Ok(Value::Bool(true)));
	assert_eq!(run(&chain, rule, r#"{"buyer": "bob"}"#), Ok(Value::Bool(false)));
	assert_eq!(
		run(&chain, rule, r#"{"buyer": 7}"#),
		Err(EvalError::Host(HostError::InvalidArgument)),
		"the context's own errors come through"
	);
}

#[test]
fn owns_token_asks_the_context() {
	let chain = chain();
	let rule = r#"{"owns_token": [{"var": "user"}, "season_pass"]}"#;
	assert_eq!(run(&chain, rule, r#"{"user": "alice"}"#), Ok(Value::Bool(true)));
	assert_eq!(run(&chain, rule, r#"{"user": "carol"}"#), Ok(Value::Bool(false)));
}

#[test]
fn token_state_reads_or_compares_the_state() {
	let chain = chain();
	assert_eq!(run(&chain, r#"{"token_state": ["season_pass"]}"#, "{}"), Ok(value(r#""ACTIVE""#)));
	assert_eq!(run(&chain, r#"{"token_state": "no_such_token"}"#, "{}"), Ok(Value::Null));
	assert_eq!(
		run(&chain, r#"{"token_state": ["season_pass", "ACTIVE"]}"#, "{}"),
		Ok(Value::Bool(true))
	);
	assert_eq!(
		run(&chain, r#"{"token_state": ["old_pass", "ACTIVE"]}"#, "{}"),
		Ok(Value::Bool(false))
	);
	assert_eq!(
		run(&chain, r#"{"token_state": ["nothing", "ACTIVE"]}"#, "{}"),
		Ok(Value::Bool(false))
	);
}

#[test]
fn signature_valid_asks_the_context() {
	let chain = chain();
	let rule = r#"{"signature_valid": {"var": "producer_signature"}}"#;
	let good = r#"{"producer_signature": {"signer": "athlete", "signature": "sig-a"}}"#;
	let bad = r#"{"producer_signature": {"signer": "athlete", "signature": "forged"}}"#;
	assert_eq!(run(&chain, rule, good), Ok(Value::Bool(true)));
	assert_eq!(run(&chain, rule, bad), Ok(Value::Bool(false)));
}

#[test]
fn count_is_computed_without_the_context() {
	assert_eq!(run(&PureContext, r#"{"count": [[1, 2, 3]]}"#, "{}"), Ok(Value::int(3)));
	assert_eq!(run(&PureContext, r#"{"count": {"var": "nothing"}}"#, "{}"), Ok(Value::int(0)));
	assert_eq!(
		run(
			&PureContext,
			r#"{"count": {"filter": [{"var": "xs"}, {">": [{"var": ""}, 1]}]}}"#,
			r#"{"xs": [1, 2, 3]}"#
		),
		Ok(Value::int(2))
	);
}

#[test]
fn domain_predicates_ask_the_context() {
	let chain = chain();
	let rule = r#"{"valid_game": {"var": "game_id"}}"#;
	assert_eq!(run(&chain, rule, r#"{"game_id": "LAL_vs_BOS_20240215"}"#), Ok(Value::Bool(true)));
	assert_eq!(run(&chain, rule, r#"{"game_id": "fake"}"#), Ok(Value::Bool(false)));
	assert_eq!(run(&chain, r#"{"no_such_predicate": [1]}"#, "{}"), Err(EvalError::UnknownOperator));
	assert_eq!(run(&chain, r#"{"fails": []}"#, "{}"), Err(EvalError::Host(HostError::Failed(7))));
}

#[test]
fn host_calls_cost_their_fuel() {
	let chain = chain();
	let host = eval_with(
		&chain,
		r#"{"has_permission": [{"var": "buyer"}, "purchase"]}"#,
		r#"{"buyer": "alice"}"#,
	)
	.unwrap();
	let schedule = EvalConfig::DEFAULT.schedule;
	// Four nodes and the call, at least.
	assert!(host.fuel_used >= 4 * schedule.node + schedule.host_call);
}

// ---- every error ----

#[test]
fn out_of_fuel_reports_the_fuel_spent() {
	let expr = rule(r#"{"map": [{"var": "xs"}, {"*": [{"var": ""}, 2]}]}"#);
	let input = data(r#"{"xs": [1, 2, 3, 4, 5, 6, 7, 8]}"#);
	let full = evaluate(&expr, &input, &PureContext, &EvalConfig::DEFAULT, FUEL).unwrap();
	let short = evaluate(&expr, &input, &PureContext, &EvalConfig::DEFAULT, full.fuel_used - 1);
	let failure = short.unwrap_err();
	assert_eq!(failure.error, EvalError::OutOfFuel);
	assert_eq!(failure.fuel_used, full.fuel_used - 1, "all of it");
	let exact =
		evaluate(&expr, &input, &PureContext, &EvalConfig::DEFAULT, full.fuel_used).unwrap();
	assert_eq!(exact, full, "the fuel used is exactly enough");
}

#[test]
fn expression_depth_is_limited() {
	let mut expr = Expr::constant(true);
	for _ in 0..70 {
		expr = Expr::op(Operator::Not, vec![expr]);
	}
	let result = evaluate(&expr, &Value::Null, &PureContext, &EvalConfig::DEFAULT, FUEL);
	assert_eq!(result.map_err(|f| f.error), Err(EvalError::DepthExceeded));
}

#[test]
fn value_depth_is_limited() {
	// Data nested 200 deep, copied whole into the result.
	let mut deep = Value::Null;
	for _ in 0..200 {
		deep = Value::array([deep]);
	}
	let result = evaluate(&rule(r#"{"var": ""}"#), &deep, &PureContext, &EvalConfig::DEFAULT, FUEL);
	assert_eq!(result.map_err(|f| f.error), Err(EvalError::ValueTooDeep));
	// A reduce that wraps its accumulator in a new array on every step.
	let items = (0..200).map(|i| i.to_string()).collect::<Vec<_>>().join(",");
	let nesting = format!(r#"{{"reduce": [[{items}], [{{"var": "accumulator"}}], 0]}}"#);
	assert_eq!(run(&PureContext, &nesting, "null"), Err(EvalError::ValueTooDeep));
}

#[test]
fn collection_size_is_limited() {
	let items = (0..1025).map(|i| i.to_string()).collect::<Vec<_>>().join(",");
	let input = format!(r#"{{"xs": [{items}]}}"#);
	assert_eq!(
		run(&PureContext, r#"{"map": [{"var": "xs"}, 1]}"#, &input),
		Err(EvalError::CollectionTooLarge)
	);
	assert_eq!(
		run(&PureContext, r#"{"merge": [{"var": "xs"}, 1]}"#, &input),
		Err(EvalError::CollectionTooLarge)
	);
}

#[test]
fn result_size_is_limited() {
	let config = EvalConfig {
		limits: Limits { max_built_bytes: 1000, ..Limits::DEFAULT },
		..EvalConfig::DEFAULT
	};
	let input = data(&format!(r#"{{"s": "{}"}}"#, "x".repeat(400)));
	let expr = rule(r#"{"cat": [{"var": "s"}, {"var": "s"}, {"var": "s"}]}"#);
	let result = evaluate(&expr, &input, &PureContext, &config, FUEL);
	assert_eq!(result.map_err(|f| f.error), Err(EvalError::ResultTooLarge));
	let two = rule(r#"{"cat": [{"var": "s"}, {"var": "s"}]}"#);
	assert!(evaluate(&two, &input, &PureContext, &config, FUEL).is_ok());
}

#[test]
fn substr_counts_the_utf8_bytes_it_builds() {
	// 100 code units of three UTF-8 bytes each: the result is 300 bytes, plus its value cell;
	// nothing else in this evaluation is built.
	let input = data(&format!(r#"{{"s": "{}"}}"#, "€".repeat(100)));
	let expr = rule(r#"{"substr": [{"var": "s"}, 0]}"#);
	let with_limit = |max_built_bytes| EvalConfig {
		limits: Limits { max_built_bytes, ..Limits::DEFAULT },
		..EvalConfig::DEFAULT
	};
	let exact = evaluate(&expr, &input, &PureContext, &with_limit(316), FUEL).unwrap();
	assert_eq!(exact.value, Value::from("€".repeat(100).as_str()));
	let short = evaluate(&expr, &input, &PureContext, &with_limit(315), FUEL);
	assert_eq!(short.map_err(|f| f.error), Err(EvalError::ResultTooLarge));
	// Half of a surrogate pair becomes U+FFFD: three bytes from one unit.
	let split = rule(r#"{"substr": ["a😀b", 0, 2]}"#);
	let exact = evaluate(&split, &Value::Null, &PureContext, &with_limit(4 + 16), FUEL).unwrap();
	assert_eq!(exact.value, Value::from("a\u{FFFD}"));
	let short = evaluate(&split, &Value::Null, &PureContext, &with_limit(3 + 16), FUEL);
	assert_eq!(short.map_err(|f| f.error), Err(EvalError::ResultTooLarge));
}

#[test]
fn arithmetic_without_a_finite_result_fails() {
	let nan = |op| Err(EvalError::NotANumber { op });
	assert_eq!(run(&PureContext, r#"{"/": [1, 0]}"#, "{}"), nan(Operator::Div));
	assert_eq!(run(&PureContext, r#"{"%": [1, 0]}"#, "{}"), nan(Operator::Mod));
	assert_eq!(run(&PureContext, r#"{"+": ["abc"]}"#, "{}"), nan(Operator::Add));
	assert_eq!(run(&PureContext, r#"{"*": [2, null]}"#, "{}"), nan(Operator::Mul));
	assert_eq!(run(&PureContext, r#"{"-": ["12px", 1]}"#, "{}"), nan(Operator::Sub));
	assert_eq!(run(&PureContext, r#"{"max": []}"#, "{}"), nan(Operator::Max));
	assert_eq!(run(&PureContext, r#"{"min": [1, "x"]}"#, "{}"), nan(Operator::Min));
	assert_eq!(run(&PureContext, r#"{"-": ["Infinity"]}"#, "{}"), nan(Operator::Sub));
	// `reduce` without an initial value starts from null, and parseFloat(null) is NaN.
	let sum = r#"{"reduce": [[1, 2], {"+": [{"var": "accumulator"}, {"var": "current"}]}]}"#;
	assert_eq!(run(&PureContext, sum, "{}"), nan(Operator::Add));
}

#[test]
fn arithmetic_beyond_the_range_overflows() {
	let overflow = |op| Err(EvalError::Overflow { op });
	assert_eq!(run(&PureContext, r#"{"*": [1e20, 1e20]}"#, "{}"), overflow(Operator::Mul));
	assert_eq!(run(&PureContext, r#"{"+": [1e29, 1e29]}"#, "{}"), overflow(Operator::Add));
	assert_eq!(run(&PureContext, r#"{"-": [-1e29, 1e29]}"#, "{}"), overflow(Operator::Sub));
	assert_eq!(run(&PureContext, r#"{"/": [1e29, 0.001]}"#, "{}"), overflow(Operator::Div));
}

#[test]
fn custom_operators_check_their_arity() {
	let chain = chain();
	let arity = |op| Err(EvalError::Arity { op });
	assert_eq!(
		run(&chain, r#"{"has_permission": ["alice"]}"#, "{}"),
		arity(Operator::HasPermission)
	);
	assert_eq!(run(&chain, r#"{"owns_token": ["a", "b", "c"]}"#, "{}"), arity(Operator::OwnsToken));
	assert_eq!(run(&chain, r#"{"token_state": []}"#, "{}"), arity(Operator::TokenState));
	assert_eq!(run(&chain, r#"{"signature_valid": []}"#, "{}"), arity(Operator::SignatureValid));
	assert_eq!(run(&chain, r#"{"count": [[1], [2]]}"#, "{}"), arity(Operator::Count));
}

#[test]
fn invalid_arguments_are_reported() {
	assert_eq!(
		run(&PureContext, r#"{"*": []}"#, "{}"),
		Err(EvalError::InvalidArgument { op: Operator::Mul })
	);
	assert_eq!(
		run(&PureContext, r#"{"count": "abc"}"#, "{}"),
		Err(EvalError::InvalidArgument { op: Operator::Count })
	);
}

#[test]
fn a_context_without_state_refuses_custom_operators() {
	let unsupported = Err(EvalError::Host(HostError::Unsupported));
	assert_eq!(run(&PureContext, r#"{"has_permission": ["a", "b"]}"#, "{}"), unsupported);
	assert_eq!(run(&PureContext, r#"{"owns_token": ["a", "b"]}"#, "{}"), unsupported);
	assert_eq!(run(&PureContext, r#"{"token_state": ["a"]}"#, "{}"), unsupported);
	assert_eq!(run(&PureContext, r#"{"signature_valid": ["a"]}"#, "{}"), unsupported);
	assert_eq!(
		run(&PureContext, r#"{"valid_game": ["a"]}"#, "{}"),
		Err(EvalError::UnknownOperator)
	);
}

#[test]
fn errors_report_the_fuel_spent() {
	let failure = eval_with(&PureContext, r#"{"and": [true, {"/": [1, 0]}]}"#, "{}").unwrap_err();
	assert_eq!(failure.error, EvalError::NotANumber { op: Operator::Div });
	assert!(failure.fuel_used > 0);
}

// ---- JavaScript semantics beyond the official suite ----

#[test]
fn decimals_are_exact() {
	assert_eq!(run(&PureContext, r#"{"+": [0.1, 0.2]}"#, "{}"), Ok(value("0.3")));
	assert_eq!(
		run(&PureContext, r#"{"==": [{"+": [0.1, 0.2]}, 0.3]}"#, "{}"),
		Ok(Value::Bool(true))
	);
	assert_eq!(run(&PureContext, r#"{"/": [1, 3]}"#, "{}"), Ok(value("0.333333333")));
	assert_eq!(run(&PureContext, r#"{"*": [1.5, "2"]}"#, "{}"), Ok(value("3")));
	assert_eq!(run(&PureContext, r#"{"%": [-7.5, 2]}"#, "{}"), Ok(value("-1.5")));
	// 2^53 + 1: a double cannot hold it, the decimal can.
	assert_eq!(
		run(&PureContext, r#"{"+": [9007199254740993, 0]}"#, "{}"),
		Ok(value("9007199254740993"))
	);
	assert_eq!(
		run(&PureContext, r#"{"cat": ["v", 0.0000001, "/", 1e21]}"#, "{}"),
		Ok(value(r#""v1e-7/1e+21""#))
	);
}

#[test]
fn loose_equality_and_order_follow_javascript() {
	let t = Ok(Value::Bool(true));
	let f = Ok(Value::Bool(false));
	assert_eq!(run(&PureContext, r#"{"==": [null, {"var": "nothing"}]}"#, "{}"), t);
	assert_eq!(run(&PureContext, r#"{"==": [null, 0]}"#, "{}"), f);
	assert_eq!(run(&PureContext, r#"{"==": [[], false]}"#, "{}"), t);
	assert_eq!(run(&PureContext, r#"{"==": [[1, 2], "1,2"]}"#, "{}"), t);
	assert_eq!(run(&PureContext, r#"{"==": [true, "1"]}"#, "{}"), t);
	assert_eq!(run(&PureContext, r#"{"===": [[1], [1]]}"#, "{}"), f);
	assert_eq!(
		run(&PureContext, r#"{"==": [{"var": "a"}, {"var": "a"}]}"#, r#"{"a": [1]}"#),
		t.clone(),
		"the same object"
	);
	assert_eq!(
		run(&PureContext, r#"{"===": [{"var": "a"}, {"merge": {"var": "a"}}]}"#, r#"{"a": [1]}"#),
		f,
		"a new one"
	);
	assert_eq!(run(&PureContext, r#"{"!=": ["0", false]}"#, "{}"), f);
	assert_eq!(run(&PureContext, r#"{"<": ["10", "9"]}"#, "{}"), t, "strings compare as text");
	assert_eq!(run(&PureContext, r#"{"<": ["10", 9]}"#, "{}"), f);
	assert_eq!(run(&PureContext, r#"{">=": [null, 0]}"#, "{}"), t);
	assert_eq!(run(&PureContext, r#"{"<=": ["a", 1]}"#, "{}"), f, "NaN");
	assert_eq!(run(&PureContext, r#"{">": ["a", 1]}"#, "{}"), f, "NaN");
	assert_eq!(run(&PureContext, r#"{"<=": [1, 2, 2]}"#, "{}"), t);
	assert_eq!(run(&PureContext, r#"{"<": [1, 2, 2]}"#, "{}"), f);
	assert_eq!(run(&PureContext, r#"{"<": [1]}"#, "{}"), f);
	assert_eq!(run(&PureContext, r#"{"==": [null]}"#, "{}"), t, "null == undefined");
}

#[test]
fn data_access_follows_javascript() {
	let input = r#"{"list": [10, 20, 30], "name": "héllo", "nested": {"a": null}}"#;
	assert_eq!(run(&PureContext, r#"{"var": "list.length"}"#, input), Ok(Value::int(3)));
	assert_eq!(run(&PureContext, r#"{"var": "list.2"}"#, input), Ok(Value::int(30)));
	assert_eq!(run(&PureContext, r#"{"var": ["list.02", "none"]}"#, input), Ok(value(r#""none""#)));
	assert_eq!(run(&PureContext, r#"{"var": "name.1"}"#, input), Ok(value(r#""é""#)));
	assert_eq!(run(&PureContext, r#"{"var": "name.length"}"#, input), Ok(Value::int(5)));
	assert_eq!(
		run(&PureContext, r#"{"var": ["nested.a", 5]}"#, input),
		Ok(Value::Null),
		"null is a value"
	);
	assert_eq!(run(&PureContext, r#"{"var": ["nested.a.b", 5]}"#, input), Ok(Value::int(5)));
	assert_eq!(run(&PureContext, r#"{"missing_some": [0, ["x", "y"]]}"#, input), Ok(value("[]")));
	assert_eq!(
		run(&PureContext, r#"{"missing_some": [1, ["x", "list"]]}"#, input),
		Ok(value("[]"))
	);
	assert_eq!(
		run(&PureContext, r#"{"missing": ["nested.a", "name"]}"#, input),
		Ok(value(r#"["nested.a"]"#))
	);
	let reduce_scope = r#"{"reduce": [[1], {"var": ""}, 0]}"#;
	assert_eq!(
		run(&PureContext, reduce_scope, "{}"),
		Ok(value(r#"{"accumulator": 0, "current": 1}"#))
	);
}

#[test]
fn strings_follow_javascript() {
	assert_eq!(
		run(&PureContext, r#"{"cat": [null, 1.5, [1, [2, 3]], {"a": 1, "b": 2}, true]}"#, "{}"),
		Ok(value(r#""1.51,2,3[object Object]true""#))
	);
	assert_eq!(
		run(&PureContext, r#"{"substr": ["héllo wörld", 1, 4]}"#, "{}"),
		Ok(value(r#""éllo""#))
	);
	assert_eq!(run(&PureContext, r#"{"substr": [12345, -2]}"#, "{}"), Ok(value(r#""45""#)));
	assert_eq!(run(&PureContext, r#"{"substr": ["abc", 1, null]}"#, "{}"), Ok(value(r#""""#)));
	assert_eq!(run(&PureContext, r#"{"in": ["", ""]}"#, "{}"), Ok(Value::Bool(false)));
	assert_eq!(run(&PureContext, r#"{"in": [1, "a1b"]}"#, "{}"), Ok(Value::Bool(true)));
	assert_eq!(run(&PureContext, r#"{"in": [1, ["1"]]}"#, "{}"), Ok(Value::Bool(false)), "strict");
	assert_eq!(run(&PureContext, r#"{"+": ["12px", 1]}"#, "{}"), Ok(Value::int(13)), "parseFloat");
	assert_eq!(
		run(&PureContext, r#"{"+": " 0x10 "}"#, "{}"),
		Ok(Value::int(0)),
		"parseFloat has no hex"
	);
	assert_eq!(
		run(&PureContext, r#"{"-": [" 0x10 ", 0]}"#, "{}"),
		Ok(Value::int(16)),
		"Number has"
	);
	assert_eq!(run(&PureContext, r#"{"log": ["x"]}"#, "{}"), Ok(value(r#""x""#)));
}

#[test]
fn guards_keep_only_truthiness() {
	let expr = rule(r#"{"filter": [{"var": "xs"}, true]}"#);
	let verdict =
		evaluate_guard(&expr, &data(r#"{"xs": [1]}"#), &PureContext, &EvalConfig::DEFAULT, FUEL)
			.unwrap();
	assert!(verdict.passed);
	let verdict =
		evaluate_guard(&expr, &data(r#"{"xs": []}"#), &PureContext, &EvalConfig::DEFAULT, FUEL)
			.unwrap();
	assert!(!verdict.passed, "an empty array is falsy");
}
