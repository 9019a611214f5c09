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

/// Arguments are folded as they are evaluated (no list is built). A NaN or an overflow is
/// remembered and reported once every argument has been evaluated, so that an error thrown by a
/// later argument takes precedence, as in JavaScript, where NaN is a value and not an error.
struct Fold {
	op: Operator,
	result: Option<Decimal>,
	deferred: Option<EvalError>,
}

impl Fold {
	fn new(op: Operator, start: Option<Decimal>) -> Fold {
		Fold { op, result: start, deferred: None }
	}

	/// Whether later arguments still need converting.
	fn live(&self) -> bool {
		self.deferred.is_none()
	}

	/// Combines `operand` (`None`: NaN) with `combine`, which returns `None` on overflow.
	fn push(
		&mut self,
		operand: Option<Decimal>,
		combine: impl FnOnce(Decimal, Decimal) -> Option<Decimal>,
	) {
		let op = self.op;
		match (operand, self.result) {
			(None, _) => self.deferred = Some(EvalError::NotANumber { op }),
			(Some(operand), None) => self.result = Some(operand),
			(Some(operand), Some(current)) => match combine(current, operand) {
				Some(next) => self.result = Some(next),
				None => self.deferred = Some(EvalError::Overflow { op }),
			},
		}
	}

	/// The result; `empty` when there were no operands at all.
	fn finish(self, empty: EvalError) -> Result<Decimal, EvalError> {
		match (self.deferred, self.result) {
			(Some(error), _) => Err(error),
			(None, Some(result)) => Ok(result),
			(None, None) => Err(empty),
		}
	}
}

/// `+`: the sum from 0 (so `{"+": "3"}` casts to 3 and `{"+": []}` is 0).
pub(crate) fn add<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let op = Operator::Add;
	let mut sum = Fold::new(op, Some(Decimal::ZERO));
	for arg in args {
		let value = ev.eval(arg, scope)?;
		if sum.live() {
			let term = parse_float(&mut ev.meter, Some(&value))?;
			sum.push(term, Decimal::checked_add);
		}
	}
	let sum = sum.finish(EvalError::NotANumber { op })?;
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
	let mut product = Fold::new(op, None);
	for arg in args {
		let value = ev.eval(arg, scope)?;
		if product.live() {
			let factor = parse_float(&mut ev.meter, Some(&value))?;
			if let (Some(current), Some(factor)) = (product.result, factor) {
				if current.needs_wide_mul(factor) {
					ev.meter.wide_arithmetic()?;
				}
			}
			product.push(factor, Decimal::checked_mul);
		}
	}
	let product = product.finish(EvalError::InvalidArgument { op })?;
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
	let mut best = Fold::new(op, None);
	for arg in args {
		let value = ev.eval(arg, scope)?;
		if best.live() {
			let candidate = to_number(&mut ev.meter, Some(&value))?;
			if op == Operator::Max {
				best.push(candidate, |a, b| Some(a.max(b)));
			} else {
				best.push(candidate, |a, b| Some(a.min(b)));
			}
		}
	}
	let best = best.finish(EvalError::NotANumber { op })?;
	number(ev, best)
}
