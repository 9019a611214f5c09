//! `+`, `-`, `*`, `/`, `%`, `max`, `min` over [`Decimal`]s.
//!
//! Coercions are JsonLogic's: `+` and `*` apply `parseFloat` to each argument, the others
//! JavaScript's ToNumber. Where JavaScript would produce NaN or an infinity the result is
//! [`EvalError::NotANumber`]; beyond the decimal range, [`EvalError::Overflow`].

use crate::{
	ast::{Expr, Operator},
	coerce::{parse_float, to_number},
	context::PolicyContext,
	error::EvalError,
	eval::{Evaluator, Scope},
	number::Decimal,
	value::Value,
};
use alloc::borrow::Cow;

fn number<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	value: Decimal,
) -> Result<Cow<'a, Value>, EvalError> {
	ev.scalar(Value::Number(value))
}

/// ToNumber, NaN being an error of `op`.
fn finite<C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	op: Operator,
	value: Option<&Value>,
) -> Result<Decimal, EvalError> {
	to_number(&mut ev.meter, value)?.ok_or(EvalError::NotANumber { op })
}

/// `parseFloat`, NaN being an error of `op`.
fn parsed<C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	op: Operator,
	value: Option<&Value>,
) -> Result<Decimal, EvalError> {
	parse_float(&mut ev.meter, value)?.ok_or(EvalError::NotANumber { op })
}

/// `+`: the sum from 0 (so `{"+": "3"}` casts to 3 and `{"+": []}` is 0).
pub(crate) fn add<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let values = ev.eval_all(args, scope)?;
	let mut sum = Decimal::ZERO;
	for value in &values {
		let term = parsed(ev, Operator::Add, Some(value))?;
		sum = sum.checked_add(term).ok_or(EvalError::Overflow { op: Operator::Add })?;
	}
	number(ev, sum)
}

/// `*`: the product of at least one argument. (JavaScript throws for none, and returns a lone
/// argument unconverted; here a lone argument is converted like the others.)
pub(crate) fn multiply<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let op = Operator::Mul;
	let values = ev.eval_all(args, scope)?;
	let mut factors = values.iter();
	let Some(first) = factors.next() else {
		return Err(EvalError::InvalidArgument { op });
	};
	let mut product = parsed(ev, op, Some(first))?;
	for value in factors {
		let factor = parsed(ev, op, Some(value))?;
		if product.needs_wide_mul(factor) {
			ev.meter.wide_arithmetic()?;
		}
		product = product.checked_mul(factor).ok_or(EvalError::Overflow { op })?;
	}
	number(ev, product)
}

/// `-`: `a - b`, or `-a` with one argument.
pub(crate) fn subtract<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let op = Operator::Sub;
	let [a, b] = ev.eval_args::<2>(args, scope)?;
	let a = finite(ev, op, a.as_deref())?;
	let result = match b {
		None => a.negated(),
		Some(b) => {
			let b = finite(ev, op, Some(&b))?;
			a.checked_sub(b).ok_or(EvalError::Overflow { op })?
		},
	};
	number(ev, result)
}

/// `/` and `%`; a zero divisor is [`EvalError::NotANumber`] (JavaScript's infinities and NaN).
pub(crate) fn divide<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	op: Operator,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let [a, b] = ev.eval_args::<2>(args, scope)?;
	let a = finite(ev, op, a.as_deref())?;
	let b = finite(ev, op, b.as_deref())?;
	if b.is_zero() {
		return Err(EvalError::NotANumber { op });
	}
	let result = if op == Operator::Mod {
		a.checked_rem(b)
	} else {
		if a.needs_wide_div() {
			ev.meter.wide_arithmetic()?;
		}
		a.checked_div(b)
	};
	number(ev, result.ok_or(EvalError::Overflow { op })?)
}

/// `max` and `min` (`Math.max`/`Math.min`: any NaN argument is NaN; none at all is an
/// infinity, hence [`EvalError::NotANumber`]).
pub(crate) fn extremum<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	op: Operator,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let values = ev.eval_all(args, scope)?;
	let mut best: Option<Decimal> = None;
	for value in &values {
		let candidate = finite(ev, op, Some(value))?;
		best = Some(match best {
			None => candidate,
			Some(current) if op == Operator::Max => current.max(candidate),
			Some(current) => current.min(candidate),
		});
	}
	number(ev, best.ok_or(EvalError::NotANumber { op })?)
}
