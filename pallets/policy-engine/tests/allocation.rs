//! Memory follows fuel: the bytes allocated during an evaluation are at most `K` bytes per unit
//! of fuel used, plus a constant, over random expressions and over the cases that stress
//! conversions, new strings and copies.
//!
//! A counting global allocator (in this file only, so that it affects this test binary alone)
//! adds up every byte requested while an evaluation runs on this thread: each allocation's
//! size, and each reallocation's whole new size, as if every growth copied into a fresh block.
//! That is allocator traffic, an upper bound on the memory held at any one time.

mod common;

use common::{
	data,
	random::{data as random_data, expr, Oracle, Rng},
	rule,
};
use policy_engine::{evaluate, Decimal, EvalConfig, Expr, PolicyContext, PureContext, Value};
use std::{
	alloc::{GlobalAlloc, Layout, System},
	cell::Cell,
};

struct Counting;

thread_local! {
	static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

fn note(bytes: usize) {
	// `try_with`: nothing to count once the thread's locals are gone.
	let _ = ALLOCATED.try_with(|total| total.set(total.get().saturating_add(bytes as u64)));
}

// SAFETY: every call is forwarded to the system allocator unchanged; counting touches only a
// thread-local `Cell`, which never allocates.
unsafe impl GlobalAlloc for Counting {
	unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
		note(layout.size());
		unsafe { System.alloc(layout) }
	}

	unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
		note(layout.size());
		unsafe { System.alloc_zeroed(layout) }
	}

	unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
		note(new_size);
		unsafe { System.realloc(ptr, layout, new_size) }
	}

	unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
		unsafe { System.dealloc(ptr, layout) }
	}
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Bytes allocated by `f` on this thread, with its result.
fn counted<T>(f: impl FnOnce() -> T) -> (T, u64) {
	let before = ALLOCATED.with(Cell::get);
	let result = f();
	let after = ALLOCATED.with(Cell::get);
	(result, after.saturating_sub(before))
}

/// One evaluation: (bytes allocated, fuel used).
fn measure(expression: &Expr, input: &Value, context: &dyn PolicyContext, fuel: u64) -> (u64, u64) {
	let (outcome, bytes) =
		counted(|| evaluate(expression, input, context, &EvalConfig::DEFAULT, fuel));
	let fuel_used = match &outcome {
		Ok(evaluation) => evaluation.fuel_used,
		Err(failure) => failure.fuel_used,
	};
	drop(outcome);
	(bytes, fuel_used)
}

/// Bytes allocated per unit of fuel, at most (see `allocation_is_bounded_by_fuel` for how it
/// was chosen).
const K: u64 = 8;
/// Bytes allocated before enough fuel has been spent to pay for them, at most.
const C: u64 = 1024;

/// The worst case seen, for the report: the largest bytes-per-fuel ratio among evaluations of
/// at least 1,000 fuel, and among all.
#[derive(Default)]
struct Worst {
	large: (f64, String),
	any: (f64, String),
}

impl Worst {
	/// `name` is only formatted when needed.
	fn record(&mut self, name: impl Fn() -> String, bytes: u64, fuel: u64) {
		assert!(bytes <= K * fuel + C, "{}: {bytes} bytes allocated for {fuel} fuel", name());
		let ratio = bytes as f64 / fuel.max(1) as f64;
		let entry = || (ratio, format!("{}: {bytes} B / {fuel} fuel", name()));
		if fuel >= 1_000 && ratio > self.large.0 {
			self.large = entry();
		}
		if ratio > self.any.0 {
			self.any = entry();
		}
	}
}

fn named_cases() -> Vec<(String, Expr, Value)> {
	let numbers = Value::object([("nums", Value::Array((0..1000).map(Value::int).collect()))]);
	let long =
		|i: i128| Value::Number(Decimal::from_raw(123_456_789_012_345_678_901_234_567_890 + i));
	let decimals = Value::object([("ds", Value::Array((0..200).map(long).collect()))]);
	let short_strings = format!(
		r#"{{"+": [{}]}}"#,
		(0..1000).map(|i| format!(r#""{}""#, i % 100)).collect::<Vec<_>>().join(",")
	);
	let strings = data(&format!(
		r#"{{"ss": [{}], "s": "héllo wörld", "n": 12345.678}}"#,
		(0..200).map(|i| format!(r#""s{i}""#)).collect::<Vec<_>>().join(",")
	));
	let xs = Value::object([("xs", Value::Array((0..500).map(Value::int).collect()))]);
	let records = Value::object([(
		"rs",
		Value::Array(
			(0..300)
				.map(|i| Value::object([("id", Value::int(i)), ("name", Value::from("x"))]))
				.collect(),
		),
	)]);
	let wide = Value::object([(
		"o",
		Value::Object((0..1000).map(|i| (format!("k{i}"), Value::int(i))).collect()),
	)]);
	let one_key = Value::object([(
		"os",
		Value::Array((0..1000).map(|i| Value::object([("k", Value::int(i))])).collect()),
	)]);
	let cases: Vec<(&str, &str, Value)> = vec![
		("cat of 1000 small numbers", r#"{"cat": {"var": "nums"}}"#, numbers.clone()),
		("cat of 200 30-digit decimals", r#"{"cat": {"var": "ds"}}"#, decimals),
		("var with a numeric path", r#"{"var": 7}"#, data("[0, 1, 2, 3, 4, 5, 6, 7, 8]")),
		("+ of 1000 short strings", &short_strings, Value::Null),
		("substr of a string", r#"{"substr": [{"var": "s"}, 2, 5]}"#, strings.clone()),
		("substr of a number", r#"{"substr": [{"var": "n"}, 1, 3]}"#, strings.clone()),
		("map copying 200 strings", r#"{"map": [{"var": "ss"}, {"var": ""}]}"#, strings.clone()),
		(
			"map cat over strings",
			r#"{"map": [{"var": "ss"}, {"cat": [{"var": ""}, 1.5]}]}"#,
			strings,
		),
		("map copying 1000 numbers", r#"{"map": [{"var": "nums"}, {"var": ""}]}"#, numbers.clone()),
		("merge of arrays", r#"{"merge": [{"var": "nums"}, {"var": "nums"}]}"#, numbers.clone()),
		(
			"numbers to text in",
			r#"{"filter": [{"var": "nums"}, {"in": [{"var": ""}, "1234"]}]}"#,
			numbers,
		),
		("wide multiplication", r#"{"*": [20000000000, 30000000000, 0.5]}"#, Value::Null),
		("wide division", r#"{"/": [1000000000000000000000, 30000000000.5]}"#, Value::Null),
		(
			"nested map with cat",
			r#"{"map": [{"var": "xs"}, {"map": [{"var": "xs"}, {"cat": ["abc", {"var": ""}]}]}]}"#,
			xs.clone(),
		),
		(
			"reduce merging",
			r#"{"reduce": [{"var": "xs"}, {"merge": [{"var": "accumulator"}, {"var": "current"}]}, []]}"#,
			xs.clone(),
		),
		("reduce reading its scope", r#"{"reduce": [{"var": "xs"}, {"var": ""}, 0]}"#, xs.clone()),
		(
			"substr of a long join",
			r#"{"substr": [{"cat": [{"var": "xs"}, {"var": "xs"}, {"var": "xs"}]}, 3, -3]}"#,
			xs.clone(),
		),
		("missing of many keys", r#"{"missing": {"var": "xs"}}"#, xs),
		("copying records", r#"{"map": [{"var": "rs"}, {"var": ""}]}"#, records.clone()),
		(
			"filtering records",
			r#"{"filter": [{"var": "rs"}, {">": [{"var": "id"}, 10]}]}"#,
			records,
		),
		("copying a 1000-key object", r#"{"var": "o"}"#, wide),
		("copying 1000 one-key objects", r#"{"var": "os"}"#, one_key),
	];
	cases.into_iter().map(|(name, text, input)| (name.to_string(), rule(text), input)).collect()
}

/// `K = 8` and `C = 1024`, from what this test measures (release, x86-64): the worst large
/// evaluations allocate about 4.5 bytes per unit of fuel (`merge` and `reduce` building arrays:
/// a value takes 32 bytes but its cell is charged as 16, and a vector grown by doubling
/// requests about twice its final size in all, both counted here), copies of objects and
/// strings stay below 1, and conversions far below (their fixed charge is for time, not
/// memory). Small evaluations reach about 6.4 bytes per fuel, from a vector's first
/// allocation (four 32-byte slots) after only a node or two were charged; `C` covers such a
/// first allocation or two. `K = 8` leaves room above the measured 4.5 without hiding a
/// path that allocated with no fuel at all, which would show as a ratio of hundreds.
#[test]
fn allocation_is_bounded_by_fuel() {
	let mut worst = Worst::default();
	for (name, expression, input) in named_cases() {
		for fuel in [1_000, 30_000, 1_000_000, 100_000_000] {
			let (bytes, used) = measure(&expression, &input, &PureContext, fuel);
			worst.record(|| format!("{name} (fuel {fuel})"), bytes, used);
		}
	}
	let mut rng = Rng(0x5EED_A110C);
	for case in 0..20_000 {
		let depth = 1 + rng.below(7);
		let expression = expr(&mut rng, depth, false);
		let input = random_data(&mut rng);
		let fuel = *rng.pick(&[50u64, 3_000, 100_000, 10_000_000]);
		let (bytes, used) = measure(&expression, &input, &Oracle, fuel);
		worst.record(|| format!("random case {case}: {expression:?}"), bytes, used);
	}
	println!(
		"worst bytes/fuel, evaluations of 1,000 fuel or more: {:.2} ({})",
		worst.large.0, worst.large.1
	);
	println!("worst bytes/fuel, any evaluation: {:.2} ({})", worst.any.0, worst.any.1);
}
