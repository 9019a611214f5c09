//! `map`, `filter`, `reduce`, `all`, `none`, `some`, `merge`, `in`, `count`.
//!
//! The iterating operators evaluate their first argument; anything but an array is treated as
//! an empty one (`reduce` then returns its initial value). Their second argument is evaluated
//! once per element, each iteration charged as an element; arrays longer than
//! [`Limits::max_collection_len`](crate::Limits) fail before the first iteration.

use crate::{
	ast::{Expr, Operator},
	coerce::{check_depth, metered_clone, strict_equals, to_js_string, truthy},
	context::PolicyContext,
	error::EvalError,
	eval::{Evaluator, Scope},
	number::Decimal,
	value::Value,
};
use alloc::{borrow::Cow, vec::Vec};

/// The elements of an evaluated array argument.
fn elements(value: &Value) -> Option<&[Value]> {
	match value {
		Value::Array(items) => Some(items),
		_ => None,
	}
}

/// The body's result for one element; a missing body is `undefined`, i.e. `null`.
fn apply_body<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	body: Option<&'a Expr>,
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	match body {
		Some(body) => ev.eval(body, scope),
		None => ev.scalar(Value::Null),
	}
}

/// `map`.
pub(crate) fn map<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let source = ev.eval_opt(args.first(), scope)?;
	let body = args.get(1);
	let mut mapped = Vec::new();
	if let Some(items) = source.as_deref().and_then(elements) {
		ev.meter.check_collection(items.len())?;
		// No `reserve(items.len())`: the results are pushed as they are charged, so memory
		// follows fuel even when the budget runs out halfway.
		for item in items {
			ev.meter.elements(1)?;
			let result = apply_body(ev, body, Scope::Data(item))?;
			mapped.push(ev.own(result)?);
		}
	}
	ev.meter.build_cell()?;
	Ok(Cow::Owned(Value::Array(mapped)))
}

/// `filter`: the elements for which the body is truthy (moved out of an owned array, copied
/// out of a borrowed one).
pub(crate) fn filter<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let source = ev.eval_opt(args.first(), scope)?;
	let body = args.get(1);
	let mut kept = Vec::new();
	match source {
		Some(Cow::Owned(Value::Array(items))) => {
			ev.meter.check_collection(items.len())?;
			for item in items {
				ev.meter.elements(1)?;
				let verdict = apply_body(ev, body, Scope::Data(&item))?;
				if truthy(Some(&verdict)) {
					drop(verdict);
					kept.push(item);
				}
			}
		},
		Some(Cow::Borrowed(Value::Array(items))) => {
			ev.meter.check_collection(items.len())?;
			for item in items {
				ev.meter.elements(1)?;
				let verdict = apply_body(ev, body, Scope::Data(item))?;
				if truthy(Some(&verdict)) {
					kept.push(metered_clone(&mut ev.meter, item, 0)?);
				}
			}
		},
		_ => {},
	}
	ev.meter.build_cell()?;
	Ok(Cow::Owned(Value::Array(kept)))
}

/// `reduce`: `[array, body, initial]`; the body sees `{"current", "accumulator"}`.
pub(crate) fn reduce<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let source = ev.eval_opt(args.first(), scope)?;
	let body = args.get(1);
	let initial = ev.eval_opt(args.get(2), scope)?;
	let items = match source.as_deref().and_then(elements) {
		Some(items) if !items.is_empty() => items,
		_ => {
			return match initial {
				Some(initial) => Ok(initial),
				None => ev.scalar(Value::Null),
			}
		},
	};
	ev.meter.check_collection(items.len())?;
	let mut accumulator = match initial {
		Some(initial) => ev.own(initial)?,
		None => Value::Null,
	};
	for item in items {
		ev.meter.elements(1)?;
		let next =
			apply_body(ev, body, Scope::Reduce { current: item, accumulator: &accumulator })?;
		let next = ev.own(next)?;
		// The one loop that can feed a value back into itself: bound its nesting.
		check_depth(&mut ev.meter, &next, 0)?;
		accumulator = next;
	}
	Ok(Cow::Owned(accumulator))
}

/// `all` (false for an empty array), `none` (true for one), `some` (false for one).
pub(crate) fn quantifier<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	op: Operator,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let source = ev.eval_opt(args.first(), scope)?;
	let body = args.get(1);
	let items = match source.as_deref().and_then(elements) {
		Some(items) if !items.is_empty() => items,
		_ => return ev.boolean(op == Operator::None),
	};
	ev.meter.check_collection(items.len())?;
	// `all` stops at the first falsy element, `none` and `some` at the first truthy one.
	let stop_at = op != Operator::All;
	for item in items {
		ev.meter.elements(1)?;
		let verdict = apply_body(ev, body, Scope::Data(item))?;
		if truthy(Some(&verdict)) == stop_at {
			return ev.boolean(op == Operator::Some);
		}
	}
	ev.boolean(op != Operator::Some)
}

/// `merge`: arrays flattened one level, other values appended.
pub(crate) fn merge<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let mut merged = Vec::new();
	for arg in args {
		match ev.eval(arg, scope)? {
			Cow::Owned(Value::Array(items)) => {
				ev.meter.check_collection(merged.len().saturating_add(items.len()))?;
				ev.meter.elements(items.len())?;
				merged.extend(items);
			},
			Cow::Borrowed(Value::Array(items)) => {
				ev.meter.check_collection(merged.len().saturating_add(items.len()))?;
				for item in items {
					merged.push(metered_clone(&mut ev.meter, item, 0)?);
				}
			},
			other => {
				ev.meter.check_collection(merged.len().saturating_add(1))?;
				merged.push(ev.own(other)?);
			},
		}
	}
	ev.meter.build_cell()?;
	Ok(Cow::Owned(Value::Array(merged)))
}

/// `in`: `[needle, haystack]`; an array haystack by strict equality, a string haystack by
/// substring (the needle converted to a string); anything else, or `""`, is `false`.
pub(crate) fn membership<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let [needle, haystack] = ev.eval_args::<2>(args, scope)?;
	let found = match haystack.as_deref() {
		Some(Value::Array(items)) => {
			let mut found = false;
			for item in items {
				ev.meter.elements(1)?;
				if strict_equals(&mut ev.meter, needle.as_deref(), Some(item))? {
					found = true;
					break;
				}
			}
			found
		},
		Some(Value::String(text)) if !text.is_empty() => {
			let needle = to_js_string(&mut ev.meter, needle.as_deref())?;
			ev.meter.scan(text.len().saturating_add(needle.len()))?;
			text.contains(needle.as_str())
		},
		_ => false,
	};
	ev.boolean(found)
}

/// `count`: the number of elements of an array, 0 for `null`.
pub(crate) fn count<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let op = Operator::Count;
	if args.len() != 1 {
		return Err(EvalError::Arity { op });
	}
	let [value] = ev.eval_args::<1>(args, scope)?;
	let count = match value.as_deref() {
		Some(Value::Array(items)) => items.len(),
		Some(Value::Null) => 0,
		_ => return Err(EvalError::InvalidArgument { op }),
	};
	ev.scalar(Value::Number(Decimal::from_usize(count)))
}
