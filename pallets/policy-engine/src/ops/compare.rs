//! `==`, `===`, `!=`, `!==`, `<`, `<=` (with their three-argument "between" forms), `>`, `>=`.

use crate::{
	ast::Expr,
	coerce::{less_than, loose_equals, strict_equals},
	context::PolicyContext,
	error::EvalError,
	eval::{Evaluator, Scope},
	value::Value,
};
use alloc::borrow::Cow;

/// `==` / `===`, negated for `!=` / `!==`.
pub(crate) fn equality<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
	strict: bool,
	negate: bool,
) -> Result<Cow<'a, Value>, EvalError> {
	let [left, right] = ev.eval_args::<2>(args, scope)?;
	let equal = if strict {
		strict_equals(&mut ev.meter, left.as_deref(), right.as_deref())?
	} else {
		loose_equals(&mut ev.meter, left.as_deref(), right.as_deref())?
	};
	ev.boolean(equal != negate)
}

/// `<` (`strict`) or `<=`; with a third argument, `a < b < c` (`a <= b <= c`). The third
/// comparison is made only if the first holds, as in JsonLogic.
pub(crate) fn ascending<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
	strict: bool,
) -> Result<Cow<'a, Value>, EvalError> {
	let [a, b, c] = ev.eval_args::<3>(args, scope)?;
	let mut holds = ordered(ev, a.as_deref(), b.as_deref(), strict)?;
	if holds && c.is_some() {
		holds = ordered(ev, b.as_deref(), c.as_deref(), strict)?;
	}
	ev.boolean(holds)
}

/// `>` (`strict`) or `>=`.
pub(crate) fn greater<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
	strict: bool,
) -> Result<Cow<'a, Value>, EvalError> {
	let [a, b] = ev.eval_args::<2>(args, scope)?;
	let holds = ordered(ev, b.as_deref(), a.as_deref(), strict)?;
	ev.boolean(holds)
}

/// `low < high` (`strict`) or `low <= high` in JavaScript: `<=` is "not `high < low`", and a
/// NaN side makes both false.
fn ordered<C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	low: Option<&Value>,
	high: Option<&Value>,
	strict: bool,
) -> Result<bool, EvalError> {
	if strict {
		Ok(less_than(&mut ev.meter, low, high)? == Some(true))
	} else {
		Ok(less_than(&mut ev.meter, high, low)? == Some(false))
	}
}
