//! Helpers shared by the integration tests: a context backed by maps, evaluation shorthands,
//! and a reader for the seed's Mermaid state diagrams.
#![allow(dead_code)]

pub mod random;

use policy_engine::{
	evaluate,
	json::{compile_str, value_from_str},
	Dfa, EvalConfig, EvalError, EvalFailure, Evaluation, Expr, HostError, PolicyContext, Value,
};
use std::collections::{BTreeMap, BTreeSet};

/// Fuel enough for any test expression.
pub const FUEL: u64 = 10_000_000;

/// A chain's state as the pallet would expose it: permissions, token ownership and states,
/// valid signatures, and a few domain predicates.
#[derive(Default)]
pub struct Chain {
	pub permissions: BTreeSet<(String, String)>,
	pub owners: BTreeSet<(String, String)>,
	pub states: BTreeMap<String, String>,
	pub valid_signatures: BTreeSet<String>,
	pub games: BTreeSet<String>,
}

fn text(value: &Value) -> Result<&str, HostError> {
	value.as_str().ok_or(HostError::InvalidArgument)
}

impl PolicyContext for Chain {
	fn has_permission(&self, subject: &Value, permission: &Value) -> Result<bool, HostError> {
		Ok(self.permissions.contains(&(text(subject)?.into(), text(permission)?.into())))
	}

	fn owns_token(&self, owner: &Value, token: &Value) -> Result<bool, HostError> {
		Ok(self.owners.contains(&(text(owner)?.into(), text(token)?.into())))
	}

	fn token_state(&self, token: &Value) -> Result<Option<Value>, HostError> {
		Ok(self.states.get(text(token)?).map(|state| Value::from(state.as_str())))
	}

	/// A proof is `{"signer": …, "signature": …}`; valid if the signature is registered.
	fn signature_valid(&self, proof: &Value) -> Result<bool, HostError> {
		let signature = proof.get("signature").ok_or(HostError::InvalidArgument)?;
		Ok(self.valid_signatures.contains(text(signature)?))
	}

	fn predicate(&self, name: &str, args: &[Value]) -> Result<Value, HostError> {
		let first = args.first().ok_or(HostError::InvalidArgument);
		match name {
			"valid_game" => Ok(Value::Bool(self.games.contains(text(first?)?))),
			// The seed's multi-signature example names it `valid_signature`.
			"valid_signature" => self.signature_valid(first?).map(Value::Bool),
			"fails" => Err(HostError::Failed(7)),
			_ => Err(HostError::UnknownPredicate),
		}
	}

	fn knows_predicate(&self, name: &str) -> bool {
		matches!(name, "valid_game" | "valid_signature" | "fails")
	}
}

pub fn rule(text: &str) -> Expr {
	compile_str(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

pub fn data(text: &str) -> Value {
	value_from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// Evaluates `rule` over `data` (both JSON text) with `context`.
pub fn eval_with(
	context: &dyn PolicyContext,
	rule_text: &str,
	data_text: &str,
) -> Result<Evaluation, EvalFailure> {
	evaluate(&rule(rule_text), &data(data_text), context, &EvalConfig::DEFAULT, FUEL)
}

/// The result value or error.
pub fn run(
	context: &dyn PolicyContext,
	rule_text: &str,
	data_text: &str,
) -> Result<Value, EvalError> {
	eval_with(context, rule_text, data_text).map(|e| e.value).map_err(|f| f.error)
}

/// Reads a Mermaid `stateDiagram-v2` as the seed writes them: `A --> B: event`,
/// `[*] --> A: event` (a creation; its target is the initial state), `A --> [*]` (A is
/// terminal and accepting). `accepting` adds accepting states for diagrams without ends.
pub fn mermaid(diagram: &str, accepting: &[&str]) -> Dfa {
	let mut order: Vec<String> = Vec::new();
	let mut terminal = BTreeSet::new();
	let mut transitions = Vec::new();
	let mut initial = None;
	let note = |name: &str, order: &mut Vec<String>| {
		if !order.iter().any(|s| s == name) {
			order.push(name.to_string());
		}
	};
	for line in diagram.lines().map(str::trim) {
		let Some((from, rest)) = line.split_once("-->") else { continue };
		let (to, event) = match rest.split_once(':') {
			Some((to, event)) => (to.trim(), Some(event.trim())),
			None => (rest.trim(), None),
		};
		let from = from.trim();
		if to == "[*]" {
			note(from, &mut order);
			terminal.insert(from.to_string());
			continue;
		}
		note(to, &mut order);
		// `mint(edition_number)`: the event type is the name before the parenthesis.
		let event = event.expect("transitions into states name their event");
		let event = event.split('(').next().unwrap_or(event).trim().to_string();
		if from == "[*]" {
			initial.get_or_insert_with(|| to.to_string());
			transitions.push((None, to.to_string(), event));
		} else {
			note(from, &mut order);
			transitions.push((Some(from.to_string()), to.to_string(), event));
		}
	}
	let mut dfa = Dfa::new(initial.expect("a creation transition"));
	for state in &order {
		let is_terminal = terminal.contains(state);
		let is_accepting = is_terminal || accepting.contains(&state.as_str());
		dfa = dfa.with_state(state.clone(), is_terminal, is_accepting);
	}
	for (from, to, event) in transitions {
		dfa = dfa.with_transition(from.as_deref(), to, event, None);
	}
	dfa
}
