//! Why an evaluation stopped. Every variant is distinct so that the pallet can map each to its
//! own dispatch error and tests can tell a budget running out from a policy fault.

use crate::{ast::Operator, context::HostError};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt;
use scale_info::TypeInfo;

/// An evaluation error. Fixed-size (no strings) so that it can travel in runtime errors and
/// events.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum EvalError {
	/// The fuel given ran out.
	#[codec(index = 0)]
	OutOfFuel,
	/// Expressions nest deeper than [`Limits::max_depth`](crate::Limits::max_depth).
	#[codec(index = 1)]
	DepthExceeded,
	/// A value nests deeper than [`Limits::max_value_depth`](crate::Limits::max_value_depth).
	#[codec(index = 2)]
	ValueTooDeep,
	/// An array iterated or built is longer than
	/// [`Limits::max_collection_len`](crate::Limits::max_collection_len).
	#[codec(index = 3)]
	CollectionTooLarge,
	/// The evaluation built more than
	/// [`Limits::max_built_bytes`](crate::Limits::max_built_bytes).
	#[codec(index = 4)]
	ResultTooLarge,
	/// Arithmetic whose JavaScript result is NaN or an infinity (division by zero, `+` of a
	/// non-numeric string, `max` of nothing): the engine has no such numbers.
	#[codec(index = 5)]
	NotANumber {
		/// The operator.
		op: Operator,
	},
	/// A result beyond [`Decimal`](crate::Decimal)'s range.
	#[codec(index = 6)]
	Overflow {
		/// The operator.
		op: Operator,
	},
	/// A custom operator called with the wrong number of arguments.
	#[codec(index = 7)]
	Arity {
		/// The operator.
		op: Operator,
	},
	/// An argument of the wrong type where JavaScript has no coercion (e.g. `count` of a number)
	/// or an operator called in a way JavaScript would throw for (`*` of nothing).
	#[codec(index = 8)]
	InvalidArgument {
		/// The operator.
		op: Operator,
	},
	/// A domain predicate the context does not know (JsonLogic's "Unrecognized operation").
	#[codec(index = 9)]
	UnknownOperator,
	/// The context failed a custom operator.
	#[codec(index = 10)]
	Host(HostError),
}

impl fmt::Display for EvalError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			EvalError::OutOfFuel => f.write_str("out of fuel"),
			EvalError::DepthExceeded => f.write_str("expressions nested too deeply"),
			EvalError::ValueTooDeep => f.write_str("value nested too deeply"),
			EvalError::CollectionTooLarge => f.write_str("collection too large"),
			EvalError::ResultTooLarge => f.write_str("evaluation built too many bytes"),
			EvalError::NotANumber { op } => write!(f, "`{}` has no finite result", op.name()),
			EvalError::Overflow { op } => write!(f, "`{}` overflows", op.name()),
			EvalError::Arity { op } => write!(f, "wrong number of arguments to `{}`", op.name()),
			EvalError::InvalidArgument { op } => write!(f, "invalid argument to `{}`", op.name()),
			EvalError::UnknownOperator => f.write_str("unrecognized operation"),
			EvalError::Host(error) => write!(f, "context error: {:?}", error),
		}
	}
}

/// A failed evaluation: the error and the fuel spent before it, which the caller still charges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct EvalFailure {
	/// Why it stopped.
	pub error: EvalError,
	/// Fuel used until then (the whole fuel for [`EvalError::OutOfFuel`]).
	pub fuel_used: u64,
}
