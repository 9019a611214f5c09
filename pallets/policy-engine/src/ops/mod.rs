//! The operators, one module per family. Each takes its unevaluated arguments, so that the
//! lazy ones (`if`, `and`, `or`, the iterating ones) decide what to evaluate; the others
//! evaluate all of their arguments first, as JsonLogic does.

pub(crate) mod arith;
pub(crate) mod array;
pub(crate) mod compare;
pub(crate) mod custom;
pub(crate) mod data;
pub(crate) mod logic;
pub(crate) mod string;

use crate::{
	ast::{Expr, Operator},
	context::PolicyContext,
	error::EvalError,
	eval::{Evaluator, Scope},
	value::Value,
};
use alloc::borrow::Cow;

/// Dispatches an operator node.
pub(crate) fn apply<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	op: Operator,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	match op {
		Operator::Var => data::var(ev, args, scope),
		Operator::Missing => data::missing(ev, args, scope),
		Operator::MissingSome => data::missing_some(ev, args, scope),
		Operator::If | Operator::Ternary => logic::if_then_else(ev, args, scope),
		Operator::Or => logic::or(ev, args, scope),
		Operator::And => logic::and(ev, args, scope),
		Operator::Not => logic::not(ev, args, scope, true),
		Operator::NotNot => logic::not(ev, args, scope, false),
		Operator::Eq => compare::equality(ev, args, scope, false, false),
		Operator::NotEq => compare::equality(ev, args, scope, false, true),
		Operator::StrictEq => compare::equality(ev, args, scope, true, false),
		Operator::StrictNotEq => compare::equality(ev, args, scope, true, true),
		Operator::Lt => compare::ascending(ev, args, scope, true),
		Operator::Le => compare::ascending(ev, args, scope, false),
		Operator::Gt => compare::greater(ev, args, scope, true),
		Operator::Ge => compare::greater(ev, args, scope, false),
		Operator::Max => arith::extremum(ev, op, args, scope),
		Operator::Min => arith::extremum(ev, op, args, scope),
		Operator::Add => arith::add(ev, args, scope),
		Operator::Sub => arith::subtract(ev, args, scope),
		Operator::Mul => arith::multiply(ev, args, scope),
		Operator::Div | Operator::Mod => arith::divide(ev, op, args, scope),
		Operator::Map => array::map(ev, args, scope),
		Operator::Filter => array::filter(ev, args, scope),
		Operator::Reduce => array::reduce(ev, args, scope),
		Operator::All | Operator::None | Operator::Some => array::quantifier(ev, op, args, scope),
		Operator::Merge => array::merge(ev, args, scope),
		Operator::In => array::membership(ev, args, scope),
		Operator::Cat => string::cat(ev, args, scope),
		Operator::Substr => string::substr(ev, args, scope),
		Operator::Log => logic::log(ev, args, scope),
		Operator::Count => array::count(ev, args, scope),
		Operator::HasPermission
		| Operator::OwnsToken
		| Operator::TokenState
		| Operator::SignatureValid => custom::host_operator(ev, op, args, scope),
	}
}
