//! `if`/`?:`, `and`, `or`, `!`, `!!`, `log`.

use crate::{
	ast::Expr,
	coerce::truthy,
	context::PolicyContext,
	error::EvalError,
	eval::{Evaluator, Scope},
	value::Value,
};
use alloc::borrow::Cow;

/// `if`: pairs of condition and consequent, then an optional else; `null` if nothing matched.
pub(crate) fn if_then_else<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let mut pairs = args.chunks_exact(2);
	for pair in pairs.by_ref() {
		if let [condition, consequent] = pair {
			let condition = ev.eval(condition, scope)?;
			if truthy(Some(&condition)) {
				return ev.eval(consequent, scope);
			}
		}
	}
	match pairs.remainder() {
		[otherwise] => ev.eval(otherwise, scope),
		_ => ev.scalar(Value::Null),
	}
}

/// `or`: the first truthy argument, else the last (`null` for none).
pub(crate) fn or<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	short_circuit(ev, args, scope, true)
}

/// `and`: the first falsy argument, else the last (`null` for none).
pub(crate) fn and<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	short_circuit(ev, args, scope, false)
}

fn short_circuit<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
	stop_when: bool,
) -> Result<Cow<'a, Value>, EvalError> {
	let mut last = None;
	for arg in args {
		let value = ev.eval(arg, scope)?;
		if truthy(Some(&value)) == stop_when {
			return Ok(value);
		}
		last = Some(value);
	}
	match last {
		Some(value) => Ok(value),
		None => ev.scalar(Value::Null),
	}
}

/// `!` (`negate`) and `!!`.
pub(crate) fn not<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
	negate: bool,
) -> Result<Cow<'a, Value>, EvalError> {
	let [value] = ev.eval_args::<1>(args, scope)?;
	let truth = truthy(value.as_deref());
	ev.boolean(truth != negate)
}

/// `log`: its first argument, unchanged (no console in the runtime).
pub(crate) fn log<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let [value] = ev.eval_args::<1>(args, scope)?;
	match value {
		Some(value) => Ok(value),
		None => ev.scalar(Value::Null),
	}
}
