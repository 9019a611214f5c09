//! The evaluator: walks an [`Expr`] over data, metering every step.
//!
//! Results are `Cow`s: `var` and constants hand out references into the data and the tree,
//! and a value is copied (and charged for) only when it becomes part of a new value or the
//! final result. Evaluation order is JsonLogic's (json-logic-js): operator arguments
//! depth-first left to right, all of them, except for `if`/`?:`, `and`, `or` (lazy) and the
//! iterating operators, whose second argument is evaluated per element with the element as
//! data (`reduce`: with `{"current", "accumulator"}`).

use crate::{
	ast::Expr,
	coerce::{metered_clone, truthy},
	context::PolicyContext,
	error::{EvalError, EvalFailure},
	fuel::{EvalConfig, Meter},
	ops,
	value::Value,
};
use alloc::{borrow::Cow, collections::BTreeMap, vec::Vec};

/// A successful evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
	/// The result.
	pub value: Value,
	/// Fuel used.
	pub fuel_used: u64,
	/// Metered steps taken (each charged at least one unit of fuel under a schedule without
	/// zero costs, so never more than `fuel_used`).
	pub steps: u64,
}

/// A guard's verdict: whether the expression was truthy, and the fuel it used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuardVerdict {
	/// JsonLogic truthiness of the result.
	pub passed: bool,
	/// Fuel used.
	pub fuel_used: u64,
}

/// Evaluates `expr` over `data` with at most `fuel` fuel.
///
/// `data` is trusted to be within [`Limits::max_value_depth`](crate::Limits) nesting where it
/// is copied or converted (deeper parts fail with [`EvalError::ValueTooDeep`] when touched); a
/// decoded [`Value`] always is.
pub fn evaluate<C: PolicyContext + ?Sized>(
	expr: &Expr,
	data: &Value,
	context: &C,
	config: &EvalConfig,
	fuel: u64,
) -> Result<Evaluation, EvalFailure> {
	let mut evaluator = Evaluator::new(context, config, fuel);
	let outcome = evaluator.eval(expr, Scope::Data(data)).and_then(|value| evaluator.own(value));
	let fuel_used = evaluator.meter.used();
	match outcome {
		Ok(value) => Ok(Evaluation { value, fuel_used, steps: evaluator.meter.steps() }),
		Err(error) => Err(EvalFailure { error, fuel_used }),
	}
}

/// Evaluates a guard: like [`evaluate`], but only the truthiness of the result is kept, so the
/// result is never copied.
pub fn evaluate_guard<C: PolicyContext + ?Sized>(
	expr: &Expr,
	data: &Value,
	context: &C,
	config: &EvalConfig,
	fuel: u64,
) -> Result<GuardVerdict, EvalFailure> {
	let mut evaluator = Evaluator::new(context, config, fuel);
	let outcome = evaluator.eval(expr, Scope::Data(data)).map(|value| truthy(Some(&value)));
	let fuel_used = evaluator.meter.used();
	match outcome {
		Ok(passed) => Ok(GuardVerdict { passed, fuel_used }),
		Err(error) => Err(EvalFailure { error, fuel_used }),
	}
}

/// What `var` reads from: the data, or inside `reduce` the pair of the current element and the
/// accumulator (kept apart rather than built into an object on every iteration).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Scope<'a> {
	Data(&'a Value),
	Reduce { current: &'a Value, accumulator: &'a Value },
}

pub(crate) struct Evaluator<'c, C: ?Sized> {
	pub(crate) meter: Meter,
	pub(crate) context: &'c C,
	depth: u32,
	max_depth: u32,
}

impl<'c, C: PolicyContext + ?Sized> Evaluator<'c, C> {
	pub(crate) fn new(context: &'c C, config: &EvalConfig, fuel: u64) -> Self {
		Evaluator {
			meter: Meter::new(fuel, config),
			context,
			depth: 0,
			max_depth: config.limits.max_depth,
		}
	}

	/// Evaluates one node: charges it, checks the depth, dispatches.
	pub(crate) fn eval<'a>(
		&mut self,
		expr: &'a Expr,
		scope: Scope<'a>,
	) -> Result<Cow<'a, Value>, EvalError> {
		self.meter.node()?;
		let depth = self.depth.saturating_add(1);
		if depth > self.max_depth {
			return Err(EvalError::DepthExceeded);
		}
		self.depth = depth;
		let result = self.dispatch(expr, scope);
		self.depth = self.depth.saturating_sub(1);
		result
	}

	fn dispatch<'a>(
		&mut self,
		expr: &'a Expr,
		scope: Scope<'a>,
	) -> Result<Cow<'a, Value>, EvalError> {
		match expr {
			Expr::Const(value) => Ok(Cow::Borrowed(value)),
			Expr::Array(items) => {
				self.meter.check_collection(items.len())?;
				self.meter.build_cell()?;
				// Grown as elements arrive, each charged before it is pushed: reserving all of
				// them up front would allocate before their fuel is.
				let mut values = Vec::new();
				for item in items {
					let value = self.eval(item, scope)?;
					values.push(self.own(value)?);
				}
				Ok(Cow::Owned(Value::Array(values)))
			},
			Expr::Op(op, args) => ops::apply(self, *op, args, scope),
			Expr::Predicate(name, args) => ops::custom::predicate(self, name, args, scope),
		}
	}

	/// Evaluates `expr` if given; `None` (JavaScript's `undefined`) otherwise.
	pub(crate) fn eval_opt<'a>(
		&mut self,
		expr: Option<&'a Expr>,
		scope: Scope<'a>,
	) -> Result<Option<Cow<'a, Value>>, EvalError> {
		expr.map(|expr| self.eval(expr, scope)).transpose()
	}

	/// Evaluates every argument in order (as JavaScript does before calling an operation) and
	/// keeps the first `N`; missing ones are `None`.
	pub(crate) fn eval_args<'a, const N: usize>(
		&mut self,
		args: &'a [Expr],
		scope: Scope<'a>,
	) -> Result<[Option<Cow<'a, Value>>; N], EvalError> {
		let mut values: [Option<Cow<'a, Value>>; N] = [const { None }; N];
		for (index, arg) in args.iter().enumerate() {
			let value = self.eval(arg, scope)?;
			if let Some(slot) = values.get_mut(index) {
				*slot = Some(value);
			}
		}
		Ok(values)
	}

	/// Evaluates every argument in order.
	pub(crate) fn eval_all<'a>(
		&mut self,
		args: &'a [Expr],
		scope: Scope<'a>,
	) -> Result<Vec<Cow<'a, Value>>, EvalError> {
		// Not `with_capacity(args.len())`: a decoded node may have thousands of arguments, and
		// the list must grow only as each one is evaluated (and charged).
		let mut values = Vec::new();
		for arg in args {
			values.push(self.eval(arg, scope)?);
		}
		Ok(values)
	}

	/// An owned value: borrowed ones are copied, charged.
	pub(crate) fn own(&mut self, value: Cow<'_, Value>) -> Result<Value, EvalError> {
		match value {
			Cow::Borrowed(value) => metered_clone(&mut self.meter, value, 0),
			Cow::Owned(value) => Ok(value),
		}
	}

	/// A new scalar result, charged one cell.
	pub(crate) fn scalar<'a>(&mut self, value: Value) -> Result<Cow<'a, Value>, EvalError> {
		self.meter.build_cell()?;
		Ok(Cow::Owned(value))
	}

	/// A new boolean result.
	pub(crate) fn boolean<'a>(&mut self, value: bool) -> Result<Cow<'a, Value>, EvalError> {
		self.scalar(Value::Bool(value))
	}

	/// The scope as a value (`{"var": ""}`): the data itself, or inside `reduce` a new object
	/// `{"accumulator", "current"}`.
	pub(crate) fn scope_value<'a>(
		&mut self,
		scope: Scope<'a>,
	) -> Result<Cow<'a, Value>, EvalError> {
		match scope {
			Scope::Data(data) => Ok(Cow::Borrowed(data)),
			Scope::Reduce { current, accumulator } => {
				self.meter.build_cell()?;
				self.meter.build_object(2)?;
				let mut object = BTreeMap::new();
				self.meter.build("accumulator".len().saturating_add("current".len()))?;
				object
					.insert("accumulator".into(), metered_clone(&mut self.meter, accumulator, 1)?);
				object.insert("current".into(), metered_clone(&mut self.meter, current, 1)?);
				Ok(Cow::Owned(Value::Object(object)))
			},
		}
	}
}
