//! # Policy engine
//!
//! The engine under Arete's tokenized event streams: pallet-agreements evaluates every token
//! transition through it, inside the runtime, so it is deterministic, bounded and cheap. It is
//! a library (no pallet, no storage) with three parts.
//!
//! ## Expressions: metered JsonLogic
//!
//! Guards and validation rules are [JsonLogic](https://jsonlogic.com). The chain stores them as
//! a compact SCALE-encoded [`Expr`] tree (operators are one byte, decoding is depth-limited
//! however it is invoked, see [`ast`]); behind the `std` feature, [`json`] compiles JsonLogic
//! JSON to that tree and back for tests, RPC helpers and client tooling.
//!
//! [`evaluate`] runs an expression over a data [`Value`] with a fuel budget and returns the
//! result with the fuel used; [`evaluate_guard`] returns only the truthiness. Every operator
//! of jsonlogic.com's reference is implemented with JavaScript's semantics (truthiness, `==`
//! coercions, string order, `parseFloat` in `+` and `*`; see [`coerce`]), and passes the
//! official test suite, which runs as a test of this crate.
//!
//! Numbers are [`Decimal`]: `i128` fixed point with nine fractional digits, no floats
//! anywhere. Where JavaScript would produce NaN or an infinity from arithmetic the evaluation
//! fails ([`EvalError::NotANumber`]); comparisons with NaN are false as in JavaScript.
//!
//! Metering ([`fuel`]): every node visited, element iterated, byte scanned or built,
//! number/text conversion and call into the context is charged before it is done, so work is
//! linear in the fuel given; [`Limits`] separately bound
//! expression nesting, value nesting, collection length and bytes built, each with its own
//! error. The fuel used is returned on success and on failure, for the pallet to charge as
//! weight.
//!
//! Custom operators (`has_permission`, `owns_token`, `token_state`, `signature_valid`, and
//! domain predicates under any other name) are answered by the caller's [`PolicyContext`];
//! `count` needs no state and is computed here.
//!
//! ## Lifecycles: DFAs with guards
//!
//! A [`Dfa`] has states (terminal, accepting), an initial state, and transitions
//! `(from, to, event type, guard)`; creation is a transition from no state (the seed's
//! `[*] --> STATE: event`). [`Dfa::step`] looks a transition up by `(state, event type)`,
//! evaluates its guard, and returns the target state with the fuel used, or a distinct
//! [`DfaError`] for each rejection reason.
//!
//! ## Policy validation
//!
//! [`validate_policy`] is the seed's "Validate Policy": for a group policy and an optional
//! series policy it reports unreachable states, non-accepting states with no path to an
//! accepting one, transitions out of terminal states, duplicate `(state, event)` pairs, guards
//! that read unknown variables or call unknown operators, group/series conflicts under XOR and
//! AND resolution, and the resulting 4-bit [`TokenBehavior`] with the seed's compatibility
//! rule (tokens interact only if all four bits match). Test scenarios can be run through the
//! DFA as part of it.
//!
//! ## Layout
//!
//! | module | concern |
//! |---|---|
//! | [`number`] | the fixed-point [`Decimal`] |
//! | [`value`] | [`Value`], its canonical, bounded SCALE decoding |
//! | [`ast`] | [`Expr`], [`Operator`], bounded decoding |
//! | [`coerce`] | JavaScript's conversions, equality and order |
//! | [`fuel`] | [`Limits`], [`FuelSchedule`], the [`Meter`] |
//! | [`eval`], `ops` | the evaluator and the operators, one module per family |
//! | [`context`] | [`PolicyContext`], the chain's side of custom operators |
//! | [`dfa`] | DFAs and transition lookup |
//! | [`policy`] | group and series policies, conflict resolution, token behaviours |
//! | [`validate`] | policy validation findings |
//! | [`json`] (std) | JsonLogic JSON ⇄ [`Expr`], JSON ⇄ [`Value`] |

#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(
	not(test),
	deny(
		clippy::arithmetic_side_effects,
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used,
		clippy::panic,
		clippy::float_arithmetic
	)
)]
#![warn(missing_docs)]

extern crate alloc;

pub mod ast;
pub mod coerce;
pub mod context;
pub mod dfa;
pub mod error;
pub mod eval;
pub mod fuel;
#[cfg(feature = "std")]
pub mod json;
pub mod number;
mod ops;
pub mod policy;
pub mod validate;
pub mod value;

pub use ast::{DecodeLimits, Expr, Operator};
pub use context::{HostError, PolicyContext, PureContext};
pub use dfa::{Dfa, DfaError, State, Step, Transition};
pub use error::{EvalError, EvalFailure};
pub use eval::{evaluate, evaluate_guard, Evaluation, GuardVerdict};
pub use fuel::{EvalConfig, FuelSchedule, Limits, Meter};
pub use number::Decimal;
pub use policy::{ConflictResolution, GroupPolicy, QuantityFlag, SeriesPolicy, TokenBehavior};
pub use validate::{
	run_scenarios, validate_dfa, validate_guard, validate_policy, Finding, GuardSchema, GuardSite,
	Part, PolicyReport, Scenario, ScenarioMismatch, Severity,
};
pub use value::Value;
