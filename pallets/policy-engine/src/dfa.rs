//! Token lifecycles: deterministic finite automata whose transitions carry JsonLogic guards.
//!
//! A [`Dfa`] has named [`State`]s (terminal: nothing leaves it; accepting: a valid end of a
//! lifecycle), an initial state, and [`Transition`]s `(from, to, event type, guard)`. A
//! transition with no `from` is a creation: the seed's `[*] --> MINTED: mint` (its events have
//! an empty `from_state_id`). A token's next state is found by `(current state, event type)`;
//! at most one transition may match, which [`validate_dfa`](crate::validate_dfa) checks, and
//! lookup takes the first.
//!
//! [`Dfa::step`] returns each reason a transition is refused as its own [`DfaError`], and the
//! fuel its guard used on success and on failure alike.

use crate::{
	ast::Expr, error::EvalError, eval::evaluate_guard, fuel::EvalConfig, value::Value,
	PolicyContext,
};
use alloc::{string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode};
use scale_info::TypeInfo;

/// A lifecycle state.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct State {
	/// Its name, unique in the DFA (e.g. `MINTED`).
	pub id: String,
	/// Nothing may leave it.
	pub terminal: bool,
	/// A lifecycle may validly end here.
	pub accepting: bool,
}

/// A transition.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct Transition {
	/// The state it leaves; `None` for a creation (`[*] -->`).
	pub from: Option<String>,
	/// The state it enters.
	pub to: String,
	/// The event type that triggers it (e.g. `list_for_sale`).
	pub event: String,
	/// A JsonLogic guard over the event's data; the transition is taken only if it is truthy.
	pub guard: Option<Expr>,
}

/// A token lifecycle.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct Dfa {
	/// The states.
	pub states: Vec<State>,
	/// The state creations enter.
	pub initial: String,
	/// The transitions, creations included.
	pub transitions: Vec<Transition>,
}

/// Why a transition was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum DfaError {
	/// The token's current state is not a state of this DFA.
	#[codec(index = 0)]
	UnknownState,
	/// The token is in a terminal state.
	#[codec(index = 1)]
	TerminalState,
	/// No transition leaves the state on this event type (or, for a creation, none creates on
	/// it).
	#[codec(index = 2)]
	NoTransition,
	/// The guard evaluated falsy.
	#[codec(index = 3)]
	GuardRejected {
		/// Fuel the guard used.
		fuel_used: u64,
	},
	/// The guard failed to evaluate.
	#[codec(index = 4)]
	GuardFailed {
		/// Why.
		error: EvalError,
		/// Fuel the guard used.
		fuel_used: u64,
	},
	/// The transition found enters a state this DFA does not have (a malformed DFA, which
	/// [`validate_dfa`](crate::validate_dfa) reports; the guard is not evaluated). Appended
	/// last so that the indices above keep their encoding.
	#[codec(index = 5)]
	UnknownTarget,
}

impl DfaError {
	/// Fuel spent on the guard before the refusal (0 if it was never evaluated).
	pub fn fuel_used(&self) -> u64 {
		match self {
			DfaError::GuardRejected { fuel_used } | DfaError::GuardFailed { fuel_used, .. } => {
				*fuel_used
			},
			_ => 0,
		}
	}
}

/// An accepted transition.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Step<'d> {
	/// Its index in [`Dfa::transitions`].
	pub index: usize,
	/// The transition.
	pub transition: &'d Transition,
	/// The state entered.
	pub to: &'d State,
	/// Fuel the guard used (0 without a guard).
	pub fuel_used: u64,
}

impl Dfa {
	/// A DFA with only its initial state's name; add states and transitions with the builders.
	pub fn new(initial: impl Into<String>) -> Dfa {
		Dfa { states: Vec::new(), initial: initial.into(), transitions: Vec::new() }
	}

	/// Adds a state.
	pub fn with_state(mut self, id: impl Into<String>, terminal: bool, accepting: bool) -> Dfa {
		self.states.push(State { id: id.into(), terminal, accepting });
		self
	}

	/// Adds a transition (`from: None` for a creation).
	pub fn with_transition(
		mut self,
		from: Option<&str>,
		to: impl Into<String>,
		event: impl Into<String>,
		guard: Option<Expr>,
	) -> Dfa {
		self.transitions.push(Transition {
			from: from.map(String::from),
			to: to.into(),
			event: event.into(),
			guard,
		});
		self
	}

	/// The state named `id`.
	pub fn state(&self, id: &str) -> Option<&State> {
		self.states.iter().find(|state| state.id == id)
	}

	/// The transition for `(from, event)` without evaluating its guard; `from: None` looks up a
	/// creation.
	pub fn transition(
		&self,
		from: Option<&str>,
		event: &str,
	) -> Result<(usize, &Transition), DfaError> {
		if let Some(from) = from {
			let state = self.state(from).ok_or(DfaError::UnknownState)?;
			if state.terminal {
				return Err(DfaError::TerminalState);
			}
		}
		self.transitions
			.iter()
			.enumerate()
			.find(|(_, t)| t.from.as_deref() == from && t.event == event)
			.ok_or(DfaError::NoTransition)
	}

	/// Looks up the transition for `(from, event)` and evaluates its guard over `data` with at
	/// most `fuel`.
	pub fn step<C: PolicyContext + ?Sized>(
		&self,
		from: Option<&str>,
		event: &str,
		data: &Value,
		context: &C,
		config: &EvalConfig,
		fuel: u64,
	) -> Result<Step<'_>, DfaError> {
		let (index, transition) = self.transition(from, event)?;
		let to = self.state(&transition.to).ok_or(DfaError::UnknownTarget)?;
		let fuel_used = match &transition.guard {
			None => 0,
			Some(guard) => match evaluate_guard(guard, data, context, config, fuel) {
				Ok(verdict) if verdict.passed => verdict.fuel_used,
				Ok(verdict) => {
					return Err(DfaError::GuardRejected { fuel_used: verdict.fuel_used })
				},
				Err(failure) => {
					return Err(DfaError::GuardFailed {
						error: failure.error,
						fuel_used: failure.fuel_used,
					})
				},
			},
		};
		Ok(Step { index, transition, to, fuel_used })
	}

	/// The event types accepted in `state` (`None`: creation events), in declaration order.
	pub fn events_from<'d>(&'d self, state: Option<&'d str>) -> impl Iterator<Item = &'d str> + 'd {
		self.transitions
			.iter()
			.filter(move |t| t.from.as_deref() == state)
			.map(|t| t.event.as_str())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{ast::Operator, context::PureContext};
	use alloc::vec;

	fn collectible() -> Dfa {
		let minimum_price = Expr::op(Operator::Ge, vec![Expr::var("price"), Expr::constant(1i64)]);
		Dfa::new("MINTED")
			.with_state("MINTED", false, false)
			.with_state("LISTED", false, false)
			.with_state("BURNED", true, true)
			.with_transition(None, "MINTED", "mint", None)
			.with_transition(Some("MINTED"), "LISTED", "list", Some(minimum_price))
			.with_transition(Some("LISTED"), "BURNED", "burn", None)
	}

	#[test]
	fn each_refusal_has_its_reason() {
		let dfa = collectible();
		let config = EvalConfig::DEFAULT;
		let data = Value::object([("price", Value::int(0))]);
		let step = |from, event: &str, data: &Value| {
			dfa.step(from, event, data, &PureContext, &config, 10_000)
		};
		assert_eq!(step(None, "mint", &data).map(|s| s.to.id.as_str()), Ok("MINTED"));
		assert_eq!(step(None, "list", &data).map(|s| s.index), Err(DfaError::NoTransition));
		assert_eq!(
			step(Some("NOWHERE"), "list", &data).map(|s| s.index),
			Err(DfaError::UnknownState)
		);
		assert_eq!(
			step(Some("BURNED"), "burn", &data).map(|s| s.index),
			Err(DfaError::TerminalState)
		);
		assert!(
			matches!(step(Some("MINTED"), "list", &data), Err(DfaError::GuardRejected { fuel_used }) if fuel_used > 0)
		);
		let priced = Value::object([("price", Value::int(5))]);
		let listed =
			step(Some("MINTED"), "list", &priced).map(|s| (s.to.id.as_str(), s.fuel_used > 0));
		assert_eq!(listed, Ok(("LISTED", true)));
		let starved = dfa.step(Some("MINTED"), "list", &priced, &PureContext, &config, 3);
		assert_eq!(
			starved.map(|s| s.index),
			Err(DfaError::GuardFailed { error: EvalError::OutOfFuel, fuel_used: 3 })
		);
		assert_eq!(dfa.events_from(Some("MINTED")).collect::<Vec<_>>(), vec!["list"]);
	}

	#[test]
	fn an_unknown_target_is_not_an_unknown_state() {
		let dfa = collectible().with_transition(Some("LISTED"), "VAULTED", "vault", None);
		let config = EvalConfig::DEFAULT;
		let step = dfa.step(Some("LISTED"), "vault", &Value::Null, &PureContext, &config, 100);
		assert_eq!(step.map(|s| s.index), Err(DfaError::UnknownTarget));
		let step = dfa.step(Some("VAULTED"), "burn", &Value::Null, &PureContext, &config, 100);
		assert_eq!(step.map(|s| s.index), Err(DfaError::UnknownState));
		// The codec indices of the older variants are unchanged; the new one comes last.
		use codec::Encode;
		assert_eq!(DfaError::UnknownState.encode(), vec![0]);
		assert_eq!(
			DfaError::GuardFailed { error: EvalError::OutOfFuel, fuel_used: 0 }.encode()[0],
			4
		);
		assert_eq!(DfaError::UnknownTarget.encode(), vec![5]);
	}
}
