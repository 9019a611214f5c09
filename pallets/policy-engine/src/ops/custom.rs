//! The seed's custom operators that need the chain (`has_permission`, `owns_token`,
//! `token_state`, `signature_valid`) and domain predicates, resolved through the
//! [`PolicyContext`]. Unlike JsonLogic's operators they check their arity (a wrong count is a
//! policy bug, not something to coerce), and each call is charged
//! [`FuelSchedule::host_call`](crate::FuelSchedule::host_call) before it is made
//! (`signature_valid`: [`FuelSchedule::signature_check`](crate::FuelSchedule::signature_check)).

use crate::{
	ast::{Expr, Operator},
	coerce::{metered_clone, strict_equals},
	context::{HostError, PolicyContext},
	error::EvalError,
	eval::{Evaluator, Scope},
	value::Value,
};
use alloc::{borrow::Cow, vec::Vec};

fn host_error(error: HostError) -> EvalError {
	match error {
		HostError::UnknownPredicate => EvalError::UnknownOperator,
		other => EvalError::Host(other),
	}
}

/// `has_permission`, `owns_token`, `token_state`, `signature_valid`.
pub(crate) fn host_operator<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	op: Operator,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	if let Some((min, max)) = op.arity() {
		if args.len() < min || args.len() > max {
			return Err(EvalError::Arity { op });
		}
	}
	let [first, second] = ev.eval_args::<2>(args, scope)?;
	let null = Value::Null;
	let first = first.as_deref().unwrap_or(&null);
	// A signature check is a storage read plus a verification: priced on its own.
	if op == Operator::SignatureValid {
		ev.meter.signature_check()?;
	} else {
		ev.meter.host_call()?;
	}
	let context = ev.context;
	match op {
		Operator::HasPermission => {
			let permission = second.as_deref().unwrap_or(&null);
			let answer = context.has_permission(first, permission).map_err(host_error)?;
			ev.boolean(answer)
		},
		Operator::OwnsToken => {
			let token = second.as_deref().unwrap_or(&null);
			let answer = context.owns_token(first, token).map_err(host_error)?;
			ev.boolean(answer)
		},
		Operator::TokenState => {
			let state = context.token_state(first).map_err(host_error)?;
			match second {
				// `{"token_state": [token, expected]}`: whether the token is in that state.
				Some(expected) => {
					let matches = strict_equals(&mut ev.meter, state.as_ref(), Some(&expected))?;
					ev.boolean(matches)
				},
				// `{"token_state": [token]}`: the state itself, null for no token.
				None => match state {
					Some(state) => Ok(Cow::Owned(metered_clone(&mut ev.meter, &state, 0)?)),
					None => ev.scalar(Value::Null),
				},
			}
		},
		Operator::SignatureValid => {
			let answer = context.signature_valid(first).map_err(host_error)?;
			ev.boolean(answer)
		},
		_ => Err(EvalError::UnknownOperator),
	}
}

/// A domain predicate: the arguments evaluated, then the context asked.
pub(crate) fn predicate<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	name: &str,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let values = ev.eval_all(args, scope)?;
	let mut owned = Vec::with_capacity(values.len());
	for value in values {
		owned.push(ev.own(value)?);
	}
	ev.meter.host_call()?;
	let answer = ev.context.predicate(name, &owned).map_err(host_error)?;
	// The context's answer is new data: charge it as built.
	Ok(Cow::Owned(metered_clone(&mut ev.meter, &answer, 0)?))
}
