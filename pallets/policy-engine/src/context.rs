//! The boundary between the engine and the chain: custom operators that need state.
//!
//! The engine knows nothing of storage. The seed's guards ask questions only the chain can
//! answer (does this participant hold a permission, own a token, what state is a token in, is
//! this signature valid) and name domain predicates of their own (`valid_game`,
//! `valid_signature`, ...). The pallet answers them by implementing [`PolicyContext`]; tests
//! implement it with maps. The evaluator charges [`FuelSchedule::host_call`] per call, before
//! the call.
//!
//! Every method has a default that fails with [`HostError::Unsupported`], so a context
//! implements only what its policies use, and [`PureContext`] (no state at all) is what the
//! JsonLogic conformance suite runs with.
//!
//! Implementations must be deterministic and must not panic: they run inside the runtime.
//!
//! [`FuelSchedule::host_call`]: crate::FuelSchedule::host_call

use crate::value::Value;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Why the context could not answer.
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
pub enum HostError {
	/// The context does not implement this operator.
	#[codec(index = 0)]
	Unsupported,
	/// A domain predicate this context does not know (the evaluator reports
	/// [`EvalError::UnknownOperator`](crate::EvalError::UnknownOperator)).
	#[codec(index = 1)]
	UnknownPredicate,
	/// An argument the context cannot interpret (e.g. a number where an account is expected).
	#[codec(index = 2)]
	InvalidArgument,
	/// A referenced object (token, participant) does not exist, where the operator cannot
	/// answer `false` or `null` instead.
	#[codec(index = 3)]
	NotFound,
	/// Any other failure, with a context-defined code.
	#[codec(index = 4)]
	Failed(u16),
}

/// Custom operators resolved by the chain.
///
/// | operator | arguments | result |
/// |---|---|---|
/// | `has_permission` | subject, permission | [`PolicyContext::has_permission`] |
/// | `owns_token` | owner, token | [`PolicyContext::owns_token`] |
/// | `token_state` | token | the token's state ([`PolicyContext::token_state`]), `null` if none |
/// | `token_state` | token, state | whether the token is in that state |
/// | `signature_valid` | proof | [`PolicyContext::signature_valid`] |
/// | any other name | any | [`PolicyContext::predicate`] |
///
/// `count` is also a custom operator but needs no state: the engine computes it.
pub trait PolicyContext {
	/// Whether `subject` (an account, participant or agreement id, as the pallet encodes it in
	/// the data) holds `permission`.
	fn has_permission(&self, _subject: &Value, _permission: &Value) -> Result<bool, HostError> {
		Err(HostError::Unsupported)
	}

	/// Whether `owner` owns `token`.
	fn owns_token(&self, _owner: &Value, _token: &Value) -> Result<bool, HostError> {
		Err(HostError::Unsupported)
	}

	/// The current DFA state of `token`, `None` if the token does not exist.
	fn token_state(&self, _token: &Value) -> Result<Option<Value>, HostError> {
		Err(HostError::Unsupported)
	}

	/// Whether `proof` (a signature with its signer and message, as the pallet encodes it) is
	/// valid.
	fn signature_valid(&self, _proof: &Value) -> Result<bool, HostError> {
		Err(HostError::Unsupported)
	}

	/// A domain predicate `{"name": [args…]}` with its evaluated arguments.
	/// [`HostError::UnknownPredicate`] for names the context does not know.
	fn predicate(&self, _name: &str, _args: &[Value]) -> Result<Value, HostError> {
		Err(HostError::UnknownPredicate)
	}

	/// Whether [`PolicyContext::predicate`] knows `name`. The engine never asks: policy
	/// validation checks predicate names against the [`GuardSchema`](crate::GuardSchema) it is
	/// given, not against a context. A pallet may use this to build that schema, or to refuse
	/// a policy whose predicates its context cannot answer.
	fn knows_predicate(&self, _name: &str) -> bool {
		false
	}
}

/// A context with no state: every custom operator except `count` fails.
#[derive(Clone, Copy, Debug, Default)]
pub struct PureContext;

impl PolicyContext for PureContext {}

impl<C: PolicyContext + ?Sized> PolicyContext for &C {
	fn has_permission(&self, subject: &Value, permission: &Value) -> Result<bool, HostError> {
		(**self).has_permission(subject, permission)
	}
	fn owns_token(&self, owner: &Value, token: &Value) -> Result<bool, HostError> {
		(**self).owns_token(owner, token)
	}
	fn token_state(&self, token: &Value) -> Result<Option<Value>, HostError> {
		(**self).token_state(token)
	}
	fn signature_valid(&self, proof: &Value) -> Result<bool, HostError> {
		(**self).signature_valid(proof)
	}
	fn predicate(&self, name: &str, args: &[Value]) -> Result<Value, HostError> {
		(**self).predicate(name, args)
	}
	fn knows_predicate(&self, name: &str) -> bool {
		(**self).knows_predicate(name)
	}
}
