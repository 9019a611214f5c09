//! The seed's "Validate Policy": consistency findings for a group policy and a series policy.
//!
//! | finding | severity | meaning |
//! |---|---|---|
//! | [`Finding::DuplicateState`] | error | two states share a name |
//! | [`Finding::UnknownInitialState`] | error | the initial state is not a state |
//! | [`Finding::UnknownState`] | error | a transition names a state that does not exist |
//! | [`Finding::NoCreationTransition`] | error | no `[*] -->` transition: no token can be created |
//! | [`Finding::CreationOutsideInitial`] | error | a creation enters a state other than the initial one |
//! | [`Finding::NoAcceptingState`] | error | no lifecycle can end validly |
//! | [`Finding::UnreachableState`] | warning | no path from creation reaches the state |
//! | [`Finding::DeadState`] | error | a non-accepting state with no path to an accepting one: tokens get stuck |
//! | [`Finding::TransitionFromTerminal`] | error | a transition leaves a terminal state |
//! | [`Finding::DuplicateTransition`] | error | two transitions for one `(state, event)`: not deterministic |
//! | [`Finding::UnknownVariable`] | error | a guard reads a variable the schema does not declare |
//! | [`Finding::DynamicVariablePath`] | warning | a guard reads a computed path, which cannot be checked |
//! | [`Finding::UnknownOperator`] | error | a guard calls a domain predicate the schema does not declare |
//! | [`Finding::WrongArity`] | error | a custom operator with the wrong number of arguments |
//! | [`Finding::GuardTooDeep`] | error | a guard nests deeper than the evaluator allows: it can never pass |
//! | [`Finding::XorCancels`] | error | group and series both allow a quantity change, which XOR turns into a denial |
//! | [`Finding::AndDenies`] | warning | under AND, one level denies what the other allows |
//! | [`Finding::SeriesOverridesTransition`] | info | the series' DFA sends `(state, event)` elsewhere than the group's |
//! | [`Finding::BehaviorDiffersFromGroup`] | info | the series' tokens cannot interact with tokens that have the group's own behaviour |
//! | [`Finding::ScenarioFailed`] | error | a test scenario did not go as expected |
//!
//! A report is valid when it has no error. Guards are analysed statically against a
//! [`GuardSchema`]: `var` paths at the top level must start with a declared variable; inside
//! `reduce` they must start with `current` or `accumulator`; inside the other iterating
//! operators they read the element and are not checked.

use crate::{
	ast::{Expr, Operator},
	dfa::{Dfa, DfaError},
	fuel::{EvalConfig, Limits},
	policy::{ConflictResolution, GroupPolicy, QuantityFlag, SeriesPolicy, TokenBehavior},
	value::Value,
	PolicyContext,
};
use alloc::{
	collections::{BTreeMap, BTreeSet},
	string::{String, ToString},
	vec::Vec,
};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::fmt;
use scale_info::TypeInfo;

/// How serious a finding is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, TypeInfo)]
pub enum Severity {
	/// The policy is invalid.
	Error,
	/// Probably a mistake, but the policy works.
	Warning,
	/// Worth knowing.
	Info,
}

/// Which policy a finding is about.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum Part {
	/// The group policy.
	Group,
	/// The series policy.
	Series,
}

/// Where a guard sits.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum GuardSite {
	/// The guard of the transition at this index.
	Transition(u32),
	/// The policy's validation rule.
	Validation,
}

/// How a scenario went wrong.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub enum ScenarioMismatch {
	/// A step was refused where none was expected to be.
	Refused {
		/// The step (0-based).
		step: u32,
		/// Why.
		error: DfaError,
	},
	/// The expected refusal did not happen.
	NotRefused {
		/// The step expected to be refused.
		step: u32,
	},
	/// The lifecycle ended in another state.
	FinalState {
		/// Expected.
		expected: String,
		/// Reached (`None`: nothing was created).
		actual: Option<String>,
	},
}

/// A validation finding.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub enum Finding {
	/// Two states share a name.
	DuplicateState {
		/// The policy.
		part: Part,
		/// The name.
		state: String,
	},
	/// The initial state is not a state.
	UnknownInitialState {
		/// The policy.
		part: Part,
		/// The name.
		state: String,
	},
	/// A transition names a state that does not exist.
	UnknownState {
		/// The policy.
		part: Part,
		/// The transition's index.
		transition: u32,
		/// The name.
		state: String,
	},
	/// No creation transition.
	NoCreationTransition {
		/// The policy.
		part: Part,
	},
	/// A creation enters a state other than the initial one.
	CreationOutsideInitial {
		/// The policy.
		part: Part,
		/// The transition's index.
		transition: u32,
		/// The state it enters.
		state: String,
	},
	/// No accepting state.
	NoAcceptingState {
		/// The policy.
		part: Part,
	},
	/// No path from creation reaches the state.
	UnreachableState {
		/// The policy.
		part: Part,
		/// The state.
		state: String,
	},
	/// A non-accepting state with no path to an accepting state.
	DeadState {
		/// The policy.
		part: Part,
		/// The state.
		state: String,
	},
	/// A transition leaves a terminal state.
	TransitionFromTerminal {
		/// The policy.
		part: Part,
		/// The terminal state.
		state: String,
		/// The event.
		event: String,
	},
	/// Several transitions for one `(state, event)` (`state: None`: creations).
	DuplicateTransition {
		/// The policy.
		part: Part,
		/// The state.
		state: Option<String>,
		/// The event.
		event: String,
	},
	/// A guard reads an undeclared variable.
	UnknownVariable {
		/// The policy.
		part: Part,
		/// The guard.
		site: GuardSite,
		/// The path read.
		path: String,
	},
	/// A guard reads a computed path.
	DynamicVariablePath {
		/// The policy.
		part: Part,
		/// The guard.
		site: GuardSite,
	},
	/// A guard calls an undeclared domain predicate.
	UnknownOperator {
		/// The policy.
		part: Part,
		/// The guard.
		site: GuardSite,
		/// The operator's name.
		name: String,
	},
	/// A custom operator with the wrong number of arguments.
	WrongArity {
		/// The policy.
		part: Part,
		/// The guard.
		site: GuardSite,
		/// The operator.
		operator: Operator,
		/// Arguments given.
		given: u32,
	},
	/// A guard nests deeper than [`Limits::max_depth`].
	GuardTooDeep {
		/// The policy.
		part: Part,
		/// The guard.
		site: GuardSite,
		/// Its depth.
		depth: u32,
	},
	/// Group and series both allow the change; XOR denies it.
	XorCancels {
		/// The rule.
		flag: QuantityFlag,
	},
	/// Under AND, `denied_by` denies what the other level allows.
	AndDenies {
		/// The rule.
		flag: QuantityFlag,
		/// The level that denies.
		denied_by: Part,
	},
	/// The series' DFA sends `(state, event)` elsewhere than the group's.
	SeriesOverridesTransition {
		/// The state (`None`: creation).
		state: Option<String>,
		/// The event.
		event: String,
	},
	/// The series' behaviour differs from the group's own, so its tokens cannot interact with
	/// tokens of series that inherit the group's.
	BehaviorDiffersFromGroup {
		/// The group's own behaviour.
		group: TokenBehavior,
		/// The series'.
		series: TokenBehavior,
	},
	/// A test scenario failed.
	ScenarioFailed {
		/// Its name.
		scenario: String,
		/// How.
		mismatch: ScenarioMismatch,
	},
}

impl Finding {
	/// The severity (see the module table).
	pub fn severity(&self) -> Severity {
		match self {
			Finding::UnreachableState { .. }
			| Finding::DynamicVariablePath { .. }
			| Finding::AndDenies { .. } => Severity::Warning,
			Finding::SeriesOverridesTransition { .. }
			| Finding::BehaviorDiffersFromGroup { .. } => Severity::Info,
			_ => Severity::Error,
		}
	}

	/// Whether this is one of the seed's "conflicts" (group against series).
	pub fn is_conflict(&self) -> bool {
		matches!(
			self,
			Finding::XorCancels { .. }
				| Finding::AndDenies { .. }
				| Finding::SeriesOverridesTransition { .. }
		)
	}

	/// What to do about it, where there is an obvious fix.
	pub fn suggestion(&self) -> Option<&'static str> {
		Some(match self {
			Finding::UnreachableState { .. } => "add a transition into the state, or remove it",
			Finding::DeadState { .. } => {
				"mark the state accepting, or add a transition toward an accepting state"
			},
			Finding::TransitionFromTerminal { .. } => {
				"remove the transition, or make the state non-terminal"
			},
			Finding::DuplicateTransition { .. } => {
				"merge the transitions into one, distinguishing cases in its guard"
			},
			Finding::UnknownVariable { .. } => "declare the variable, or fix the path",
			Finding::UnknownOperator { .. } => "declare the predicate, or fix its name",
			Finding::XorCancels { .. } => {
				"set the series flag to false to keep the group's permission, or resolve with AND"
			},
			Finding::AndDenies { .. } => {
				"allow it at both levels, or resolve with XOR if either level should grant it"
			},
			Finding::NoCreationTransition { .. } => {
				"add a `[*] --> initial` transition for the creating event"
			},
			Finding::NoAcceptingState { .. } => "mark the valid end states accepting",
			_ => return None,
		})
	}
}

impl fmt::Display for Finding {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		let part = |part: &Part| match part {
			Part::Group => "group",
			Part::Series => "series",
		};
		let flag = |flag: &QuantityFlag| match flag {
			QuantityFlag::Increase => "allow_increase",
			QuantityFlag::Decrease => "allow_decrease",
		};
		let site = |site: &GuardSite| match site {
			GuardSite::Transition(index) => alloc::format!("transition {index}"),
			GuardSite::Validation => "validation rule".to_string(),
		};
		match self {
			Finding::DuplicateState { part: p, state } => {
				write!(f, "{} DFA: state {state} is declared twice", part(p))
			},
			Finding::UnknownInitialState { part: p, state } => {
				write!(f, "{} DFA: initial state {state} is not a state", part(p))
			},
			Finding::UnknownState { part: p, transition, state } => {
				write!(f, "{} DFA: transition {transition} names unknown state {state}", part(p))
			},
			Finding::NoCreationTransition { part: p } => {
				write!(f, "{} DFA: no creation transition", part(p))
			},
			Finding::CreationOutsideInitial { part: p, transition, state } => write!(
				f,
				"{} DFA: creation transition {transition} enters {state}, not the initial state",
				part(p)
			),
			Finding::NoAcceptingState { part: p } => {
				write!(f, "{} DFA: no accepting state", part(p))
			},
			Finding::UnreachableState { part: p, state } => {
				write!(f, "{} DFA: state {state} is unreachable", part(p))
			},
			Finding::DeadState { part: p, state } => write!(
				f,
				"{} DFA: state {state} is not accepting and cannot reach an accepting state",
				part(p)
			),
			Finding::TransitionFromTerminal { part: p, state, event } => {
				write!(f, "{} DFA: terminal state {state} has a transition on {event}", part(p))
			},
			Finding::DuplicateTransition { part: p, state, event } => write!(
				f,
				"{} DFA: several transitions from {} on {event}",
				part(p),
				state.as_deref().unwrap_or("[*]")
			),
			Finding::UnknownVariable { part: p, site: s, path } => {
				write!(f, "{} {}: unknown variable {path}", part(p), site(s))
			},
			Finding::DynamicVariablePath { part: p, site: s } => {
				write!(f, "{} {}: variable path computed at run time", part(p), site(s))
			},
			Finding::UnknownOperator { part: p, site: s, name } => {
				write!(f, "{} {}: unknown operator {name}", part(p), site(s))
			},
			Finding::WrongArity { part: p, site: s, operator, given } => {
				write!(f, "{} {}: {} given {given} arguments", part(p), site(s), operator.name())
			},
			Finding::GuardTooDeep { part: p, site: s, depth } => {
				write!(f, "{} {}: nested {depth} deep, beyond the limit", part(p), site(s))
			},
			Finding::XorCancels { flag: q } => {
				write!(f, "group and series both set {}: XOR resolution denies it", flag(q))
			},
			Finding::AndDenies { flag: q, denied_by } => write!(
				f,
				"{} denies {} that the other level allows: AND resolution denies it",
				part(denied_by),
				flag(q)
			),
			Finding::SeriesOverridesTransition { state, event } => {
				write!(f, "series DFA redirects {} on {event}", state.as_deref().unwrap_or("[*]"))
			},
			Finding::BehaviorDiffersFromGroup { group, series } => write!(
				f,
				"series tokens ({}) cannot interact with tokens of the group's behaviour ({})",
				code(series),
				code(group)
			),
			Finding::ScenarioFailed { scenario, mismatch } => {
				write!(f, "scenario {scenario}: {mismatch:?}")
			},
		}
	}
}

fn code(behavior: &TokenBehavior) -> String {
	behavior.code().iter().map(|b| char::from(*b)).collect()
}

/// What guards may read and call.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo)]
pub struct GuardSchema {
	/// Declared variables: a path is known if it equals one or starts with one followed by `.`
	/// (declaring `stats` covers `stats.points`).
	pub variables: Vec<String>,
	/// Declared domain predicates.
	pub predicates: Vec<String>,
}

impl GuardSchema {
	/// A schema from lists of names.
	pub fn new<V: Into<String>, P: Into<String>>(
		variables: impl IntoIterator<Item = V>,
		predicates: impl IntoIterator<Item = P>,
	) -> GuardSchema {
		GuardSchema {
			variables: variables.into_iter().map(Into::into).collect(),
			predicates: predicates.into_iter().map(Into::into).collect(),
		}
	}

	/// Whether `path` starts with a declared variable.
	pub fn knows_variable(&self, path: &str) -> bool {
		self.variables.iter().any(|declared| {
			path == declared
				|| (path.starts_with(declared.as_str())
					&& path.as_bytes().get(declared.len()) == Some(&b'.'))
		})
	}

	/// Whether `name` is a declared predicate.
	pub fn knows_predicate(&self, name: &str) -> bool {
		self.predicates.iter().any(|declared| declared == name)
	}
}

/// The result of [`validate_policy`], shaped like the seed's `ValidatePolicyResponse`.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct PolicyReport {
	/// No finding is an error.
	pub valid: bool,
	/// The resolved behaviour of the series' tokens (the group's own without a series).
	pub behavior: TokenBehavior,
	/// Every finding, in the order found.
	pub findings: Vec<Finding>,
}

impl PolicyReport {
	/// Adds findings (e.g. from [`run_scenarios`]) and recomputes validity.
	pub fn extend(&mut self, findings: impl IntoIterator<Item = Finding>) {
		self.findings.extend(findings);
		self.valid = !self.findings.iter().any(|f| f.severity() == Severity::Error);
	}

	/// The seed's `unreachable_states`.
	pub fn unreachable_states(&self) -> Vec<&str> {
		self.findings
			.iter()
			.filter_map(|f| match f {
				Finding::UnreachableState { state, .. } => Some(state.as_str()),
				_ => None,
			})
			.collect()
	}

	/// The seed's `conflicts`, as text.
	pub fn conflicts(&self) -> Vec<String> {
		self.findings.iter().filter(|f| f.is_conflict()).map(ToString::to_string).collect()
	}

	/// The seed's `suggestions`.
	pub fn suggestions(&self) -> Vec<&'static str> {
		let mut seen = BTreeSet::new();
		self.findings.iter().filter_map(Finding::suggestion).filter(|s| seen.insert(*s)).collect()
	}

	/// The findings of a severity.
	pub fn with_severity(&self, severity: Severity) -> impl Iterator<Item = &Finding> {
		self.findings.iter().filter(move |f| f.severity() == severity)
	}
}

/// Validates a group policy and, if given, a series policy of the group: both DFAs, every
/// guard and validation rule against `schema`, the group/series conflicts, and the resolved
/// token behaviour. Static: nothing is evaluated (see [`run_scenarios`] for that).
pub fn validate_policy(
	group: &GroupPolicy,
	series: Option<&SeriesPolicy>,
	schema: &GuardSchema,
	limits: &Limits,
) -> PolicyReport {
	let mut findings = Vec::new();
	if let Some(dfa) = &group.dfa {
		findings.extend(validate_dfa(dfa, Part::Group, schema, limits));
	}
	if let Some(rule) = &group.validation {
		findings.extend(validate_guard(rule, Part::Group, GuardSite::Validation, schema, limits));
	}
	let behavior = group.behavior(series);
	if let Some(series) = series {
		if let Some(dfa) = &series.dfa {
			findings.extend(validate_dfa(dfa, Part::Series, schema, limits));
			if let Some(group_dfa) = &group.dfa {
				findings.extend(overrides(group_dfa, dfa));
			}
		}
		if let Some(rule) = &series.validation {
			findings.extend(validate_guard(
				rule,
				Part::Series,
				GuardSite::Validation,
				schema,
				limits,
			));
		}
		for flag in [QuantityFlag::Increase, QuantityFlag::Decrease] {
			let (at_group, at_series) = (group.flag(flag), series.flag(flag));
			match group.conflict_resolution {
				ConflictResolution::Xor if at_group && at_series => {
					findings.push(Finding::XorCancels { flag })
				},
				ConflictResolution::And if at_group != at_series => {
					findings.push(Finding::AndDenies {
						flag,
						denied_by: if at_group { Part::Series } else { Part::Group },
					})
				},
				_ => {},
			}
		}
		let own = group.behavior(None);
		if !behavior.can_interact(own) {
			findings.push(Finding::BehaviorDiffersFromGroup { group: own, series: behavior });
		}
	}
	let mut report = PolicyReport { valid: true, behavior, findings: Vec::new() };
	report.extend(findings);
	report
}

/// `(state, event)` pairs the series' DFA sends elsewhere than the group's.
fn overrides(group: &Dfa, series: &Dfa) -> Vec<Finding> {
	let mut group_targets = BTreeMap::new();
	for t in &group.transitions {
		group_targets.entry((t.from.as_deref(), t.event.as_str())).or_insert(t.to.as_str());
	}
	let mut reported = BTreeSet::new();
	let mut findings = Vec::new();
	for t in &series.transitions {
		let key = (t.from.as_deref(), t.event.as_str());
		if group_targets.get(&key).is_some_and(|to| *to != t.to) && reported.insert(key) {
			findings.push(Finding::SeriesOverridesTransition {
				state: t.from.clone(),
				event: t.event.clone(),
			});
		}
	}
	findings
}

/// Validates one DFA: structure, reachability, dead states, terminal states, determinism, and
/// every guard.
pub fn validate_dfa(dfa: &Dfa, part: Part, schema: &GuardSchema, limits: &Limits) -> Vec<Finding> {
	let mut findings = Vec::new();
	let mut index_of: BTreeMap<&str, usize> = BTreeMap::new();
	for (index, state) in dfa.states.iter().enumerate() {
		if index_of.insert(state.id.as_str(), index).is_some() {
			findings.push(Finding::DuplicateState { part, state: state.id.clone() });
		}
	}
	// Duplicates keep the last index; flags are read through `index_of` consistently.
	let known = |name: &str| index_of.contains_key(name);
	let terminal = |name: &str| {
		index_of.get(name).and_then(|i| dfa.states.get(*i)).is_some_and(|s| s.terminal)
	};
	if !known(&dfa.initial) {
		findings.push(Finding::UnknownInitialState { part, state: dfa.initial.clone() });
	}

	let mut seen_pairs = BTreeSet::new();
	let mut reported_pairs = BTreeSet::new();
	let mut creations = 0usize;
	for (index, t) in dfa.transitions.iter().enumerate() {
		let position = u32::try_from(index).unwrap_or(u32::MAX);
		for name in t.from.iter().chain(core::iter::once(&t.to)) {
			if !known(name) {
				findings.push(Finding::UnknownState {
					part,
					transition: position,
					state: name.clone(),
				});
			}
		}
		match &t.from {
			None => {
				creations = creations.saturating_add(1);
				if t.to != dfa.initial {
					findings.push(Finding::CreationOutsideInitial {
						part,
						transition: position,
						state: t.to.clone(),
					});
				}
			},
			Some(from) if terminal(from) => findings.push(Finding::TransitionFromTerminal {
				part,
				state: from.clone(),
				event: t.event.clone(),
			}),
			Some(_) => {},
		}
		let pair = (t.from.as_deref(), t.event.as_str());
		if !seen_pairs.insert(pair) && reported_pairs.insert(pair) {
			findings.push(Finding::DuplicateTransition {
				part,
				state: t.from.clone(),
				event: t.event.clone(),
			});
		}
		if let Some(guard) = &t.guard {
			findings.extend(validate_guard(
				guard,
				part,
				GuardSite::Transition(position),
				schema,
				limits,
			));
		}
	}
	if creations == 0 {
		findings.push(Finding::NoCreationTransition { part });
	}

	// Reachability from the initial state and every creation target, over known states.
	let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
	let mut reverse: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
	let mut roots = Vec::new();
	if known(&dfa.initial) {
		roots.push(dfa.initial.as_str());
	}
	for t in &dfa.transitions {
		if !known(&t.to) {
			continue;
		}
		match &t.from {
			None => roots.push(t.to.as_str()),
			Some(from) if known(from) => {
				edges.entry(from.as_str()).or_default().push(t.to.as_str());
				reverse.entry(t.to.as_str()).or_default().push(from.as_str());
			},
			Some(_) => {},
		}
	}
	let reachable = closure(roots, &edges);
	let accepting: Vec<&str> =
		dfa.states.iter().filter(|s| s.accepting).map(|s| s.id.as_str()).collect();
	if accepting.is_empty() {
		findings.push(Finding::NoAcceptingState { part });
	}
	let can_accept = closure(accepting, &reverse);
	let mut reported_states = BTreeSet::new();
	for state in &dfa.states {
		if !reported_states.insert(state.id.as_str()) {
			continue;
		}
		if !reachable.contains(state.id.as_str()) {
			findings.push(Finding::UnreachableState { part, state: state.id.clone() });
		}
		if !state.accepting && !can_accept.contains(state.id.as_str()) {
			findings.push(Finding::DeadState { part, state: state.id.clone() });
		}
	}
	findings
}

/// The states reachable from `roots` along `edges`.
fn closure<'s>(roots: Vec<&'s str>, edges: &BTreeMap<&'s str, Vec<&'s str>>) -> BTreeSet<&'s str> {
	let mut seen: BTreeSet<&str> = BTreeSet::new();
	let mut pending = roots;
	while let Some(state) = pending.pop() {
		if seen.insert(state) {
			if let Some(next) = edges.get(state) {
				pending.extend(next.iter().copied());
			}
		}
	}
	seen
}

/// What a `var` reads in the part of a guard being walked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum VarScope {
	/// The event data: checked against the schema.
	Top,
	/// An array element (`map`, `filter`, `all`, `none`, `some`): not checked.
	Element,
	/// `reduce`'s `{"current", "accumulator"}`.
	Reduce,
}

/// Analyses one guard or validation rule.
pub fn validate_guard(
	guard: &Expr,
	part: Part,
	site: GuardSite,
	schema: &GuardSchema,
	limits: &Limits,
) -> Vec<Finding> {
	let mut findings: Vec<Finding> = Vec::new();
	let mut push = |finding: Finding| {
		if !findings.contains(&finding) {
			findings.push(finding);
		}
	};
	let depth = guard.depth();
	if depth > limits.max_depth as usize {
		push(Finding::GuardTooDeep { part, site, depth: u32::try_from(depth).unwrap_or(u32::MAX) });
	}
	// Iterative, so that any tree can be analysed.
	let mut pending: Vec<(&Expr, VarScope)> = alloc::vec![(guard, VarScope::Top)];
	while let Some((expr, scope)) = pending.pop() {
		match expr {
			Expr::Const(_) => {},
			Expr::Array(items) => pending.extend(items.iter().map(|item| (item, scope))),
			Expr::Predicate(name, args) => {
				if !schema.knows_predicate(name) {
					push(Finding::UnknownOperator { part, site, name: name.clone() });
				}
				pending.extend(args.iter().map(|arg| (arg, scope)));
			},
			Expr::Op(op, args) => {
				if let Some((min, max)) = op.arity() {
					if args.len() < min || args.len() > max {
						push(Finding::WrongArity {
							part,
							site,
							operator: *op,
							given: u32::try_from(args.len()).unwrap_or(u32::MAX),
						});
					}
				}
				match op {
					Operator::Var => {
						match args.first() {
							None | Some(Expr::Const(Value::Null)) => {},
							Some(Expr::Const(path)) => {
								if let Some(path) = static_path(path) {
									if let Some(unknown) = check_path(&path, scope, schema) {
										push(Finding::UnknownVariable {
											part,
											site,
											path: unknown,
										});
									}
								}
							},
							Some(dynamic) => {
								if scope != VarScope::Element {
									push(Finding::DynamicVariablePath { part, site });
								}
								pending.push((dynamic, scope));
							},
						}
						pending.extend(args.iter().skip(1).map(|arg| (arg, scope)));
					},
					Operator::Missing | Operator::MissingSome => {
						// Constant keys are variable reads too.
						let keys =
							if *op == Operator::Missing { args.first() } else { args.get(1) };
						let constant_keys: &[Value] = match keys {
							Some(Expr::Const(Value::Array(keys))) => keys,
							_ => &[],
						};
						let single_keys =
							if *op == Operator::Missing { args.as_slice() } else { &[] };
						for key in constant_keys.iter().chain(single_keys.iter().filter_map(
							|arg| match arg {
								Expr::Const(value @ Value::String(_)) => Some(value),
								_ => None,
							},
						)) {
							if let Some(path) = static_path(key) {
								if let Some(unknown) = check_path(&path, scope, schema) {
									push(Finding::UnknownVariable { part, site, path: unknown });
								}
							}
						}
						pending.extend(args.iter().map(|arg| (arg, scope)));
					},
					op if op.iterates() => {
						let inner = if *op == Operator::Reduce {
							VarScope::Reduce
						} else {
							VarScope::Element
						};
						for (index, arg) in args.iter().enumerate() {
							pending.push((arg, if index == 1 { inner } else { scope }));
						}
					},
					_ => pending.extend(args.iter().map(|arg| (arg, scope))),
				}
			},
		}
	}
	findings
}

/// The text of a constant path as `var` would split it, if it is a string or number.
fn static_path(path: &Value) -> Option<String> {
	match path {
		Value::String(text) => Some(text.clone()),
		Value::Number(number) => Some(number.to_js_string()),
		_ => None,
	}
}

/// `Some(path)` if `path` is unknown in `scope`.
fn check_path(path: &str, scope: VarScope, schema: &GuardSchema) -> Option<String> {
	if path.is_empty() {
		return None;
	}
	let known = match scope {
		VarScope::Top => schema.knows_variable(path),
		VarScope::Element => true,
		VarScope::Reduce => {
			let head = path.split('.').next().unwrap_or("");
			head == "current" || head == "accumulator"
		},
	};
	(!known).then(|| path.to_string())
}

/// A test case: events applied in order from creation, and what should happen.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Scenario {
	/// A name for the report.
	pub name: String,
	/// `(event type, event data)` in order, the first one creating the token.
	pub steps: Vec<(String, Value)>,
	/// The state the token should end in, if checked.
	pub expect_final_state: Option<String>,
	/// The step that should be refused (0-based), if any; later steps are not run.
	pub expect_refused_at: Option<u32>,
}

/// Runs scenarios through `dfa`, each step's guard with at most `fuel_per_step`, and reports
/// those that did not go as expected.
pub fn run_scenarios<C: PolicyContext + ?Sized>(
	dfa: &Dfa,
	scenarios: &[Scenario],
	context: &C,
	config: &EvalConfig,
	fuel_per_step: u64,
) -> Vec<Finding> {
	let mut findings = Vec::new();
	for scenario in scenarios {
		let fail = |mismatch| Finding::ScenarioFailed { scenario: scenario.name.clone(), mismatch };
		let mut state: Option<&str> = None;
		let mut refused = false;
		let mut failed = false;
		for (index, (event, data)) in scenario.steps.iter().enumerate() {
			let step = u32::try_from(index).unwrap_or(u32::MAX);
			match dfa.step(state, event, data, context, config, fuel_per_step) {
				Ok(accepted) => state = Some(accepted.to.id.as_str()),
				Err(_) if scenario.expect_refused_at == Some(step) => {
					refused = true;
					break;
				},
				Err(error) => {
					findings.push(fail(ScenarioMismatch::Refused { step, error }));
					failed = true;
					break;
				},
			}
			if scenario.expect_refused_at == Some(step) {
				findings.push(fail(ScenarioMismatch::NotRefused { step }));
				failed = true;
				break;
			}
		}
		if failed {
			continue;
		}
		if let (Some(step), false) = (scenario.expect_refused_at, refused) {
			findings.push(fail(ScenarioMismatch::NotRefused { step }));
			continue;
		}
		if let Some(expected) = &scenario.expect_final_state {
			if state != Some(expected.as_str()) {
				findings.push(fail(ScenarioMismatch::FinalState {
					expected: expected.clone(),
					actual: state.map(String::from),
				}));
			}
		}
	}
	findings
}
