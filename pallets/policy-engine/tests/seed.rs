//! The seed's guard examples and DFAs (`tokenized-event-streams.md`, "Policies and State
//! Machines", the roster, injury/recovery and data-licensing examples, "Transaction
//! Semantics"), as tests: guards evaluated over event data, each lifecycle validated and walked,
//! and deliberately broken versions with the findings validation must report.

mod common;

use common::{data, eval_with, mermaid, rule, Chain, FUEL};
use policy_engine::{
	run_scenarios, validate_dfa, validate_guard, validate_policy, ConflictResolution, Dfa,
	DfaError, EvalConfig, EvalError, Finding, GroupPolicy, GuardSchema, GuardSite, HostError,
	Limits, Operator, Part, PureContext, QuantityFlag, Scenario, ScenarioMismatch, SeriesPolicy,
	Severity, TokenBehavior, Value,
};

// ---- guard examples ----

const RARITY_BASED_MINTING: &str = r#"{
  "if": [
    {"==": [{"var": "rarity"}, "legendary"]},
    {"<=": [{"var": "current_supply"}, 100]},
    {"<=": [{"var": "current_supply"}, 10000]}
  ]
}"#;

const TIME_LIMITED_SALES: &str = r#"{
  "and": [
    {">": [{"var": "current_time"}, {"var": "sale_start"}]},
    {"<": [{"var": "current_time"}, {"var": "sale_end"}]},
    {"has_permission": [{"var": "buyer"}, "purchase"]}
  ]
}"#;

const MULTI_SIGNATURE: &str = r#"{
  ">=": [
    {"count": [
      {"filter": [
        {"var": "signatures"},
        {"valid_signature": {"var": ""}}
      ]}
    ]},
    {"var": "required_signatures"}
  ]
}"#;

const PREMIUM_ACTIVATION: &str = r#"{
  "and": [
    {"owns_token": [{"var": "user"}, "season_pass"]},
    {"token_state": ["season_pass", "ACTIVE"]},
    {">=": [{"var": "fan_points"}, 1000]}
  ]
}"#;

const TOTAL_TIME_PLAYED: &str = r#"{
  "and": [
    {">=": [{"var": "minutes_played"}, 0]},
    {"<=": [{"var": "minutes_played"}, 48]},
    {"valid_game": {"var": "game_id"}}
  ]
}"#;

const VALIDATE_RULE: &str = r#"{
  "and": [
    {"signature_valid": {"var": "producer_signature"}},
    {"authorized": {"var": "producer_agreement"}},
    {"dfa_allows": {"var": "proposed_transition"}},
    {"guard_satisfied": {"var": "json_logic_guard"}}
  ]
}"#;

fn chain() -> Chain {
	let mut chain = Chain::default();
	chain.permissions.insert(("fan_42".into(), "purchase".into()));
	chain.owners.insert(("fan_42".into(), "season_pass".into()));
	chain.states.insert("season_pass".into(), "ACTIVE".into());
	for signature in ["sig-athlete", "sig-lakers", "sig-heat", "sig-nba"] {
		chain.valid_signatures.insert(signature.into());
	}
	chain.games.insert("LAL_vs_BOS_20240215".into());
	chain
}

fn passes(rule_text: &str, data_text: &str) -> bool {
	let evaluation = eval_with(&chain(), rule_text, data_text).unwrap_or_else(|f| panic!("{f:?}"));
	println!("guard fuel: {} ({} steps)", evaluation.fuel_used, evaluation.steps);
	policy_engine::coerce::truthy(Some(&evaluation.value))
}

#[test]
fn rarity_based_minting() {
	assert!(passes(RARITY_BASED_MINTING, r#"{"rarity": "legendary", "current_supply": 100}"#));
	assert!(!passes(RARITY_BASED_MINTING, r#"{"rarity": "legendary", "current_supply": 101}"#));
	assert!(passes(RARITY_BASED_MINTING, r#"{"rarity": "rare", "current_supply": 9999}"#));
	assert!(!passes(RARITY_BASED_MINTING, r#"{"rarity": "rare", "current_supply": 10001}"#));
}

#[test]
fn time_limited_sales() {
	let sale = |time: i64, buyer: &str| {
		format!(
			r#"{{"current_time": {time}, "sale_start": 1000, "sale_end": 2000, "buyer": "{buyer}"}}"#
		)
	};
	assert!(passes(TIME_LIMITED_SALES, &sale(1500, "fan_42")));
	assert!(!passes(TIME_LIMITED_SALES, &sale(999, "fan_42")), "before the sale");
	assert!(!passes(TIME_LIMITED_SALES, &sale(2000, "fan_42")), "at its end");
	assert!(!passes(TIME_LIMITED_SALES, &sale(1500, "fan_7")), "no permission");
}

#[test]
fn multi_signature_requirement() {
	let signatures = r#"[
		{"signer": "athlete", "signature": "sig-athlete"},
		{"signer": "lakers", "signature": "sig-lakers"},
		{"signer": "heat", "signature": "forged"},
		{"signer": "nba", "signature": "sig-nba"}
	]"#;
	let trade = |required: u32| {
		format!(r#"{{"signatures": {signatures}, "required_signatures": {required}}}"#)
	};
	assert!(passes(MULTI_SIGNATURE, &trade(3)), "three valid signatures");
	assert!(!passes(MULTI_SIGNATURE, &trade(4)), "the heat's is forged");
}

#[test]
fn premium_activation() {
	assert!(passes(PREMIUM_ACTIVATION, r#"{"user": "fan_42", "fan_points": 1200}"#));
	assert!(!passes(PREMIUM_ACTIVATION, r#"{"user": "fan_42", "fan_points": 999}"#));
	assert!(!passes(PREMIUM_ACTIVATION, r#"{"user": "fan_7", "fan_points": 5000}"#));
	let mut expired = chain();
	expired.states.insert("season_pass".into(), "EXPIRED".into());
	let evaluation =
		eval_with(&expired, PREMIUM_ACTIVATION, r#"{"user": "fan_42", "fan_points": 5000}"#);
	assert_eq!(evaluation.map(|e| e.value), Ok(Value::Bool(false)));
}

#[test]
fn performance_statistics_validation() {
	assert!(passes(
		TOTAL_TIME_PLAYED,
		r#"{"minutes_played": 38, "game_id": "LAL_vs_BOS_20240215"}"#
	));
	assert!(!passes(
		TOTAL_TIME_PLAYED,
		r#"{"minutes_played": 49, "game_id": "LAL_vs_BOS_20240215"}"#
	));
	assert!(!passes(TOTAL_TIME_PLAYED, r#"{"minutes_played": 38, "game_id": "unknown"}"#));
}

#[test]
fn transaction_validate_rule_needs_its_predicates() {
	// `authorized`, `dfa_allows` and `guard_satisfied` are domain predicates this context does
	// not know: evaluation fails, and validation names each one.
	let data = r#"{"producer_signature": {"signature": "sig-athlete"}, "producer_agreement": "a", "proposed_transition": "t", "json_logic_guard": {}}"#;
	assert_eq!(
		eval_with(&chain(), VALIDATE_RULE, data).map_err(|f| f.error),
		Err(EvalError::UnknownOperator)
	);
	let schema = GuardSchema::new(
		["producer_signature", "producer_agreement", "proposed_transition", "json_logic_guard"],
		["authorized"],
	);
	let findings = validate_guard(
		&rule(VALIDATE_RULE),
		Part::Group,
		GuardSite::Validation,
		&schema,
		&Limits::DEFAULT,
	);
	let unknown: Vec<_> = findings
		.iter()
		.filter_map(|f| match f {
			Finding::UnknownOperator { name, .. } => Some(name.as_str()),
			_ => None,
		})
		.collect();
	assert_eq!(unknown.len(), 2);
	assert!(unknown.contains(&"dfa_allows") && unknown.contains(&"guard_satisfied"));
}

// ---- the seed's DFAs ----

const COLLECTIBLE: &str = "
    [*] --> MINTED: mint
    MINTED --> LISTED: list_for_sale
    LISTED --> MINTED: cancel_listing
    LISTED --> SOLD: purchase
    SOLD --> LISTED: relist
    SOLD --> SHOWCASED: showcase
    SHOWCASED --> SOLD: end_showcase
    SOLD --> BURNED: burn
    SHOWCASED --> BURNED: burn
    BURNED --> [*]";

const LIMITED_EDITION: &str = "
    [*] --> MINTED: mint(edition_number)
    MINTED --> LISTED: list(price)
    LISTED --> SOLD: buy()
    SOLD --> LISTED: relist(price)
    MINTED --> BURNED: burn()
    SOLD --> BURNED: burn()
    BURNED --> [*]";

const ROSTER: &str = "
    [*] --> PROSPECT: scout
    PROSPECT --> TRYOUT: invite
    TRYOUT --> SIGNED: offer_accepted
    TRYOUT --> RELEASED: cut
    SIGNED --> TRAINING: training_camp
    TRAINING --> ACTIVE: make_roster
    TRAINING --> GLEAGUE: assign_gleague
    TRAINING --> RELEASED: cut
    ACTIVE --> BENCH: coach_decision
    BENCH --> ACTIVE: coach_decision
    ACTIVE --> INJURED: injury_report
    INJURED --> REHAB: treatment_plan
    REHAB --> ACTIVE: medical_clearance
    ACTIVE --> TRADED: trade_executed
    GLEAGUE --> ACTIVE: call_up
    GLEAGUE --> TRADED: trade_executed
    TRADED --> [*]
    RELEASED --> [*]";

const INJURY_RECOVERY: &str = "
    [*] --> HEALTHY: baseline_exam
    HEALTHY --> INJURED: injury_diagnosed
    INJURED --> EVALUATED: initial_assessment
    EVALUATED --> TREATMENT: treatment_approved
    EVALUATED --> SURGERY: surgery_required
    SURGERY --> TREATMENT: post_surgery
    TREATMENT --> REHAB: treatment_complete
    REHAB --> TESTING: progress_check
    TESTING --> REHAB: needs_more_time
    TESTING --> CLEARED: tests_passed
    CLEARED --> MONITORING: return_to_play
    MONITORING --> HEALTHY: observation_complete
    MONITORING --> INJURED: re_injury";

const DATA_LICENSING: &str = "
    [*] --> PROPOSED: initiate_deal
    PROPOSED --> NEGOTIATING: counter_offer
    NEGOTIATING --> NEGOTIATING: revise_terms
    NEGOTIATING --> PROPOSED: reject
    PROPOSED --> PLAYER_VOTE: terms_agreed
    PLAYER_VOTE --> APPROVED: majority_yes
    PLAYER_VOTE --> REJECTED: majority_no
    APPROVED --> SIGNED: execute_contracts
    SIGNED --> ACTIVE: start_date_reached
    ACTIVE --> RENEWING: approach_expiry
    RENEWING --> ACTIVE: renewal_signed
    ACTIVE --> EXPIRED: end_date_reached
    EXPIRED --> ARCHIVED: final_accounting
    REJECTED --> [*]
    ARCHIVED --> [*]";

const VESTING: &str = "
    [*] --> LOCKED: grant
    LOCKED --> VESTING: start_date_reached
    VESTING --> PARTIAL: milestone_met
    PARTIAL --> PARTIAL: more_vested
    PARTIAL --> UNLOCKED: fully_vested
    UNLOCKED --> CLAIMED: withdraw
    CLAIMED --> [*]";

const FAN_VOTING: &str = "
    [*] --> EARNED: fan_activity
    EARNED --> EARNED: more_activity
    EARNED --> DELEGATED: delegate(to)
    EARNED --> CAST: vote(proposal)
    DELEGATED --> CAST: vote(proposal)
    CAST --> COUNTED: tally
    COUNTED --> [*]";

const ACHIEVEMENT_BADGE: &str = "
    [*] --> PENDING: achievement_claimed
    PENDING --> VERIFIED: validate_proof
    VERIFIED --> DISPLAYED: add_to_profile
    VERIFIED --> PRIVATE: hide_badge
    DISPLAYED --> PRIVATE: hide_badge
    PRIVATE --> DISPLAYED: show_badge";

/// Every seed DFA with its accepting states (diagrams without `--> [*]` name none).
fn seed_dfas() -> Vec<(&'static str, Dfa)> {
	vec![
		("collectible", mermaid(COLLECTIBLE, &[])),
		("limited edition", mermaid(LIMITED_EDITION, &[])),
		("roster", mermaid(ROSTER, &[])),
		("injury/recovery", mermaid(INJURY_RECOVERY, &["HEALTHY"])),
		("data licensing", mermaid(DATA_LICENSING, &[])),
		("vesting", mermaid(VESTING, &[])),
		("fan voting", mermaid(FAN_VOTING, &[])),
		("achievement badge", mermaid(ACHIEVEMENT_BADGE, &["DISPLAYED", "PRIVATE"])),
	]
}

fn schema() -> GuardSchema {
	GuardSchema::new(
		[
			"rarity",
			"current_supply",
			"current_time",
			"sale_start",
			"sale_end",
			"buyer",
			"signatures",
			"required_signatures",
			"user",
			"fan_points",
			"price",
			"contract",
			"athlete",
			"stats",
			"stat_type",
			"votes_yes",
			"votes_no",
			"quorum",
		],
		["valid_signature", "valid_game"],
	)
}

fn validate(dfa: &Dfa) -> Vec<Finding> {
	validate_dfa(dfa, Part::Group, &schema(), &Limits::DEFAULT)
}

/// Applies events from creation; the state reached or the first refusal.
fn walk(dfa: &Dfa, events: &[&str]) -> Result<String, (usize, DfaError)> {
	let mut state: Option<String> = None;
	for (index, event) in events.iter().enumerate() {
		let step = dfa
			.step(state.as_deref(), event, &Value::Null, &PureContext, &EvalConfig::DEFAULT, FUEL)
			.map_err(|e| (index, e))?;
		state = Some(step.to.id.clone());
	}
	Ok(state.unwrap_or_default())
}

#[test]
fn every_seed_dfa_is_valid() {
	for (name, dfa) in seed_dfas() {
		let findings = validate(&dfa);
		assert!(findings.is_empty(), "{name}: {findings:?}");
	}
}

#[test]
fn seed_lifecycles_run() {
	let dfas: std::collections::BTreeMap<_, _> = seed_dfas().into_iter().collect();
	let collectible = &dfas["collectible"];
	let path = [
		"mint",
		"list_for_sale",
		"purchase",
		"showcase",
		"end_showcase",
		"relist",
		"purchase",
		"burn",
	];
	assert_eq!(walk(collectible, &path), Ok("BURNED".into()));
	assert_eq!(walk(collectible, &["mint", "burn"]), Err((1, DfaError::NoTransition)));
	assert_eq!(
		walk(collectible, &["mint", "list_for_sale", "purchase", "burn", "relist"]),
		Err((4, DfaError::TerminalState))
	);
	assert_eq!(
		walk(&dfas["limited edition"], &["mint", "list", "buy", "burn"]),
		Ok("BURNED".into())
	);
	let career = [
		"scout",
		"invite",
		"offer_accepted",
		"training_camp",
		"make_roster",
		"coach_decision",
		"coach_decision",
		"injury_report",
		"treatment_plan",
		"medical_clearance",
		"trade_executed",
	];
	assert_eq!(walk(&dfas["roster"], &career), Ok("TRADED".into()));
	let injury = [
		"baseline_exam",
		"injury_diagnosed",
		"initial_assessment",
		"surgery_required",
		"post_surgery",
		"treatment_complete",
		"progress_check",
		"needs_more_time",
		"progress_check",
		"tests_passed",
		"return_to_play",
		"observation_complete",
	];
	assert_eq!(walk(&dfas["injury/recovery"], &injury), Ok("HEALTHY".into()));
	let deal = [
		"initiate_deal",
		"counter_offer",
		"revise_terms",
		"reject",
		"terms_agreed",
		"majority_yes",
		"execute_contracts",
		"start_date_reached",
		"approach_expiry",
		"renewal_signed",
		"end_date_reached",
		"final_accounting",
	];
	assert_eq!(walk(&dfas["data licensing"], &deal), Ok("ARCHIVED".into()));
	let vesting = [
		"grant",
		"start_date_reached",
		"milestone_met",
		"more_vested",
		"more_vested",
		"fully_vested",
		"withdraw",
	];
	assert_eq!(walk(&dfas["vesting"], &vesting), Ok("CLAIMED".into()));
	assert_eq!(
		walk(&dfas["fan voting"], &["fan_activity", "more_activity", "delegate", "vote", "tally"]),
		Ok("COUNTED".into())
	);
	let badge =
		["achievement_claimed", "validate_proof", "add_to_profile", "hide_badge", "show_badge"];
	assert_eq!(walk(&dfas["achievement badge"], &badge), Ok("DISPLAYED".into()));
}

#[test]
fn guarded_transitions_refuse_with_distinct_reasons() {
	let dfa = Dfa::new("MINTED")
		.with_state("MINTED", false, true)
		.with_state("LISTED", false, true)
		.with_transition(None, "MINTED", "mint", Some(rule(RARITY_BASED_MINTING)))
		.with_transition(Some("MINTED"), "LISTED", "list_for_sale", Some(rule(TIME_LIMITED_SALES)));
	let config = EvalConfig::DEFAULT;
	let mint = data(r#"{"rarity": "legendary", "current_supply": 3}"#);
	let created = dfa.step(None, "mint", &mint, &chain(), &config, FUEL).unwrap();
	assert_eq!(created.to.id, "MINTED");
	assert!(created.fuel_used > 0);
	let oversupplied = data(r#"{"rarity": "legendary", "current_supply": 300}"#);
	assert!(matches!(
		dfa.step(None, "mint", &oversupplied, &chain(), &config, FUEL),
		Err(DfaError::GuardRejected { .. })
	));
	let sale = data(r#"{"current_time": 5, "sale_start": 1, "sale_end": 9, "buyer": "fan_42"}"#);
	assert_eq!(
		dfa.step(Some("MINTED"), "list_for_sale", &sale, &chain(), &config, FUEL)
			.map(|s| s.to.id.as_str()),
		Ok("LISTED")
	);
	let refused = dfa.step(Some("MINTED"), "list_for_sale", &sale, &PureContext, &config, FUEL);
	assert!(
		matches!(refused, Err(DfaError::GuardFailed { error: EvalError::Host(HostError::Unsupported), fuel_used }) if fuel_used > 0)
	);
	let starved = dfa.step(Some("MINTED"), "list_for_sale", &sale, &chain(), &config, 20);
	assert_eq!(
		starved.map(|s| s.index),
		Err(DfaError::GuardFailed { error: EvalError::OutOfFuel, fuel_used: 20 })
	);
	assert_eq!(
		dfa.step(Some("SOLD"), "burn", &sale, &chain(), &config, FUEL).map(|s| s.index),
		Err(DfaError::UnknownState)
	);
}

// ---- broken versions ----

fn has(findings: &[Finding], wanted: &Finding) -> bool {
	findings.iter().any(|f| f == wanted)
}

fn state_finding(kind: fn(Part, String) -> Finding, state: &str) -> Finding {
	kind(Part::Group, state.into())
}

#[test]
fn unreachable_states_are_found() {
	let broken = format!("{COLLECTIBLE}\n    VAULTED --> BURNED: vault_burn");
	let findings = validate(&mermaid(&broken, &[]));
	assert!(has(
		&findings,
		&state_finding(|part, state| Finding::UnreachableState { part, state }, "VAULTED")
	));
	assert!(findings.iter().all(|f| f.severity() == Severity::Warning), "{findings:?}");
}

#[test]
fn dead_states_are_found() {
	let broken = format!("{COLLECTIBLE}\n    SOLD --> LOST: lose");
	let findings = validate(&mermaid(&broken, &[]));
	assert_eq!(
		findings,
		vec![state_finding(|part, state| Finding::DeadState { part, state }, "LOST")]
	);
	// Forgetting to mark the injury DFA's accepting state makes every state dead.
	let findings = validate(&mermaid(INJURY_RECOVERY, &[]));
	assert!(has(&findings, &Finding::NoAcceptingState { part: Part::Group }));
	assert_eq!(findings.iter().filter(|f| matches!(f, Finding::DeadState { .. })).count(), 9);
}

#[test]
fn transitions_out_of_terminal_states_are_found() {
	let broken = format!("{COLLECTIBLE}\n    BURNED --> MINTED: resurrect");
	let findings = validate(&mermaid(&broken, &[]));
	let wanted = Finding::TransitionFromTerminal {
		part: Part::Group,
		state: "BURNED".into(),
		event: "resurrect".into(),
	};
	assert_eq!(findings, vec![wanted]);
	assert_eq!(
		walk(&mermaid(&broken, &[]), &["mint", "list_for_sale", "purchase", "burn", "resurrect"]),
		Err((4, DfaError::TerminalState))
	);
}

#[test]
fn duplicate_state_event_pairs_are_found() {
	let broken = format!("{COLLECTIBLE}\n    LISTED --> SHOWCASED: purchase");
	let findings = validate(&mermaid(&broken, &[]));
	let wanted = Finding::DuplicateTransition {
		part: Part::Group,
		state: Some("LISTED".into()),
		event: "purchase".into(),
	};
	assert_eq!(findings, vec![wanted]);
}

#[test]
fn structural_mistakes_are_found() {
	let mut dfa = mermaid(COLLECTIBLE, &[]);
	dfa.transitions.push(policy_engine::Transition {
		from: Some("SOLD".into()),
		to: "ARCHIVED".into(),
		event: "archive".into(),
		guard: None,
	});
	dfa.states.push(dfa.states[0].clone());
	let dfa = dfa.with_transition(None, "SOLD", "airdrop", None);
	let findings = validate(&dfa);
	assert!(has(
		&findings,
		&Finding::UnknownState { part: Part::Group, transition: 9, state: "ARCHIVED".into() }
	));
	assert!(has(&findings, &Finding::DuplicateState { part: Part::Group, state: "MINTED".into() }));
	assert!(has(
		&findings,
		&Finding::CreationOutsideInitial {
			part: Part::Group,
			transition: 10,
			state: "SOLD".into()
		}
	));
	let mut uncreatable = mermaid(VESTING, &[]);
	uncreatable.transitions.retain(|t| t.from.is_some());
	uncreatable.initial = "NOWHERE".into();
	let findings = validate(&uncreatable);
	assert!(has(&findings, &Finding::NoCreationTransition { part: Part::Group }));
	assert!(has(
		&findings,
		&Finding::UnknownInitialState { part: Part::Group, state: "NOWHERE".into() }
	));
}

#[test]
fn guards_with_unknown_variables_and_operators_are_found() {
	let mut dfa = mermaid(ROSTER, &[]);
	let offer = r#"{"and": [
		{">=": [{"var": "contract.base_salary"}, 0]},
		{"valid_contract": {"var": "contract"}},
		{">": [{"var": "salry"}, 0]},
		{"all": [{"var": "contract.incentives"}, {"!=": [{"var": "kind"}, ""]}]},
		{"reduce": [{"var": "stats"}, {"+": [{"var": "acc"}, {"var": "current.points"}]}, 0]},
		{"has_permission": [{"var": "athlete"}]},
		{"var": [{"cat": ["stats.", {"var": "stat_type"}]}]},
		{"missing": ["athlete", "agent"]}
	]}"#;
	let index = dfa.transitions.iter().position(|t| t.event == "offer_accepted").unwrap();
	dfa.transitions[index].guard = Some(rule(offer));
	let site = GuardSite::Transition(index as u32);
	let findings = validate(&dfa);
	let part = Part::Group;
	let expected = [
		Finding::UnknownOperator { part, site, name: "valid_contract".into() },
		Finding::UnknownVariable { part, site, path: "salry".into() },
		Finding::UnknownVariable { part, site, path: "acc".into() },
		Finding::UnknownVariable { part, site, path: "agent".into() },
		Finding::WrongArity { part, site, operator: Operator::HasPermission, given: 1 },
		Finding::DynamicVariablePath { part, site },
	];
	for finding in &expected {
		assert!(has(&findings, finding), "missing {finding:?} in {findings:?}");
	}
	assert_eq!(findings.len(), expected.len(), "{findings:?}");
	// `kind` reads an incentive inside `all`, `current.points` reduce's element: not flagged.
}

/// Every finding wanted is reported, and nothing else.
fn assert_findings(findings: &[Finding], wanted: &[Finding]) {
	for finding in wanted {
		assert!(has(findings, finding), "missing {finding:?} in {findings:?}");
	}
	assert_eq!(findings.len(), wanted.len(), "{findings:?}");
}

#[test]
fn broken_fan_voting_is_caught() {
	// Mistakes a designer could make in the fan-voting lifecycle: reopening a counted vote, a
	// second meaning for `vote` in EARNED, a revocation into a state with no way on, and an
	// abstention state no event leads to.
	let broken = format!(
		"{FAN_VOTING}
    COUNTED --> EARNED: new_season
    EARNED --> DELEGATED: vote
    DELEGATED --> REVOKED: revoke
    ABSTAINED --> COUNTED: tally"
	);
	let dfa = mermaid(&broken, &[]);
	let part = Part::Group;
	let findings = validate(&dfa);
	assert_findings(
		&findings,
		&[
			Finding::TransitionFromTerminal {
				part,
				state: "COUNTED".into(),
				event: "new_season".into(),
			},
			Finding::DuplicateTransition {
				part,
				state: Some("EARNED".into()),
				event: "vote".into(),
			},
			Finding::DeadState { part, state: "REVOKED".into() },
			Finding::UnreachableState { part, state: "ABSTAINED".into() },
		],
	);
	// Lookup takes the first `vote` out of EARNED, and a counted vote stays counted.
	assert_eq!(walk(&dfa, &["fan_activity", "vote"]), Ok("CAST".into()));
	assert_eq!(
		walk(&dfa, &["fan_activity", "vote", "tally", "new_season"]),
		Err((3, DfaError::TerminalState))
	);
	// Without its end marker the diagram has no accepting state: every state is dead.
	let unended = FAN_VOTING.replace("COUNTED --> [*]", "");
	let findings = validate(&mermaid(&unended, &[]));
	let mut wanted = vec![Finding::NoAcceptingState { part }];
	for state in ["EARNED", "DELEGATED", "CAST", "COUNTED"] {
		wanted.push(Finding::DeadState { part, state: state.into() });
	}
	assert_findings(&findings, &wanted);
}

#[test]
fn broken_achievement_badge_is_caught() {
	let part = Part::Group;
	// The diagram has no end marker: forgetting to declare DISPLAYED and PRIVATE accepting
	// leaves no accepting state, and every state dead.
	let findings = validate(&mermaid(ACHIEVEMENT_BADGE, &[]));
	let mut wanted = vec![Finding::NoAcceptingState { part }];
	for state in ["PENDING", "VERIFIED", "DISPLAYED", "PRIVATE"] {
		wanted.push(Finding::DeadState { part, state: state.into() });
	}
	assert_findings(&findings, &wanted);
	// A revocation into a state with no way on, `hide_badge` out of DISPLAYED twice, and a
	// proof check through a predicate and a variable the schema does not declare.
	let broken = format!(
		"{ACHIEVEMENT_BADGE}
    VERIFIED --> REVOKED: revoke
    DISPLAYED --> VERIFIED: hide_badge"
	);
	let mut dfa = mermaid(&broken, &["DISPLAYED", "PRIVATE"]);
	let index = dfa.transitions.iter().position(|t| t.event == "validate_proof").unwrap();
	dfa.transitions[index].guard = Some(rule(r#"{"valid_proof": [{"var": "proof.hash"}]}"#));
	let site = GuardSite::Transition(index as u32);
	let findings = validate(&dfa);
	assert_findings(
		&findings,
		&[
			Finding::DeadState { part, state: "REVOKED".into() },
			Finding::DuplicateTransition {
				part,
				state: Some("DISPLAYED".into()),
				event: "hide_badge".into(),
			},
			Finding::UnknownOperator { part, site, name: "valid_proof".into() },
			Finding::UnknownVariable { part, site, path: "proof.hash".into() },
		],
	);
	// The guard cannot pass without the predicate: the badge stays PENDING.
	assert!(matches!(
		walk(&dfa, &["achievement_claimed", "validate_proof"]),
		Err((1, DfaError::GuardFailed { error: EvalError::UnknownOperator, .. }))
	));
}

#[test]
fn broken_data_licensing_is_caught() {
	// A second way to open a deal straight into negotiation, a reopened archive, a lapse with no
	// way on, and a player vote whose guard misspells a variable and misses an argument.
	let broken = format!(
		"{DATA_LICENSING}
    [*] --> NEGOTIATING: initiate_deal
    ARCHIVED --> ACTIVE: reopen
    RENEWING --> LAPSED: renewal_failed"
	);
	let mut dfa = mermaid(&broken, &[]);
	let creation = dfa.transitions.iter().rposition(|t| t.from.is_none()).unwrap();
	let index = dfa.transitions.iter().position(|t| t.event == "majority_yes").unwrap();
	dfa.transitions[index].guard = Some(rule(
		r#"{"and": [{">": [{"var": "yes_votes"}, {"var": "votes_no"}]}, {"has_permission": [{"var": "athlete"}]}]}"#,
	));
	let site = GuardSite::Transition(index as u32);
	let part = Part::Group;
	let findings = validate(&dfa);
	assert_findings(
		&findings,
		&[
			Finding::CreationOutsideInitial {
				part,
				transition: creation as u32,
				state: "NEGOTIATING".into(),
			},
			Finding::DuplicateTransition { part, state: None, event: "initiate_deal".into() },
			Finding::TransitionFromTerminal {
				part,
				state: "ARCHIVED".into(),
				event: "reopen".into(),
			},
			Finding::DeadState { part, state: "LAPSED".into() },
			Finding::UnknownVariable { part, site, path: "yes_votes".into() },
			Finding::WrongArity { part, site, operator: Operator::HasPermission, given: 1 },
		],
	);
	// Creation takes the first `initiate_deal`; a rejected deal stays rejected; the vote's
	// guard reads a variable no event carries, so it is falsy (`and` stops before the call).
	assert_eq!(walk(&dfa, &["initiate_deal"]), Ok("PROPOSED".into()));
	assert_eq!(
		walk(&dfa, &["initiate_deal", "terms_agreed", "majority_no", "reopen"]),
		Err((3, DfaError::TerminalState))
	);
	assert!(matches!(
		walk(&dfa, &["initiate_deal", "terms_agreed", "majority_yes"]),
		Err((2, DfaError::GuardRejected { .. }))
	));
}

#[test]
fn guards_too_deep_to_ever_pass_are_found() {
	let mut guard = policy_engine::Expr::constant(true);
	for _ in 0..70 {
		guard = policy_engine::Expr::op(Operator::Not, vec![guard]);
	}
	let findings =
		validate_guard(&guard, Part::Series, GuardSite::Validation, &schema(), &Limits::DEFAULT);
	assert_eq!(
		findings,
		vec![Finding::GuardTooDeep { part: Part::Series, site: GuardSite::Validation, depth: 71 }]
	);
}

// ---- group and series policies ----

fn group(
	fungible: bool,
	increase: bool,
	decrease: bool,
	resolution: ConflictResolution,
	dfa: Option<Dfa>,
) -> GroupPolicy {
	GroupPolicy {
		fungible,
		allow_increase: increase,
		allow_decrease: decrease,
		conflict_resolution: resolution,
		dfa,
		validation: None,
	}
}

fn series(fungible: bool, increase: bool, decrease: bool) -> SeriesPolicy {
	SeriesPolicy {
		fungible,
		allow_increase: increase,
		allow_decrease: decrease,
		dfa: None,
		validation: None,
	}
}

#[test]
fn the_data_licensing_policies_resolve_under_xor() {
	// Group: fungible, increase, no decrease, XOR; series: not fungible, no increase (the
	// seed leaves allow_decrease unset: false).
	let licensing =
		group(true, true, false, ConflictResolution::Xor, Some(mermaid(DATA_LICENSING, &[])));
	let video_game = series(false, false, false);
	let report = validate_policy(&licensing, Some(&video_game), &schema(), &Limits::DEFAULT);
	assert!(report.valid, "{:?}", report.findings);
	assert_eq!(report.behavior.code(), *b"1010");
	let own = TokenBehavior::from_bits(0b1110).unwrap();
	assert_eq!(
		report.findings,
		vec![Finding::BehaviorDiffersFromGroup { group: own, series: report.behavior }]
	);
	assert!(report.conflicts().is_empty());
}

#[test]
fn xor_cancelling_a_shared_permission_is_an_error() {
	// The medical group allows increases; a series that also says so cancels it under XOR.
	let medical = group(
		false,
		true,
		false,
		ConflictResolution::Xor,
		Some(mermaid(INJURY_RECOVERY, &["HEALTHY"])),
	);
	let knee_injury = series(false, true, false);
	let report = validate_policy(&medical, Some(&knee_injury), &schema(), &Limits::DEFAULT);
	assert!(!report.valid);
	let own = medical.behavior(None);
	assert_eq!(
		report.findings,
		vec![
			Finding::XorCancels { flag: QuantityFlag::Increase },
			Finding::BehaviorDiffersFromGroup { group: own, series: report.behavior },
		]
	);
	assert_eq!(report.behavior.code(), *b"0000");
	assert_eq!(
		report.conflicts(),
		vec!["group and series both set allow_increase: XOR resolution denies it".to_string()]
	);
	assert!(!report.suggestions().is_empty());
	// Without a series policy of its own the series inherits: no cancellation.
	let inherited = validate_policy(&medical, None, &schema(), &Limits::DEFAULT);
	assert!(inherited.valid && inherited.findings.is_empty());
	assert_eq!(inherited.behavior.code(), *b"0010");
}

#[test]
fn and_resolution_lets_either_level_deny() {
	// The royalty group: fungible, increase and decrease, AND.
	let royalty = group(true, true, true, ConflictResolution::And, None);
	let locked = series(true, true, false);
	let report = validate_policy(&royalty, Some(&locked), &schema(), &Limits::DEFAULT);
	assert!(report.valid);
	assert_eq!(
		report.findings.first(),
		Some(&Finding::AndDenies { flag: QuantityFlag::Decrease, denied_by: Part::Series })
	);
	assert_eq!(report.behavior.code(), *b"1110");
	let widening = series(true, true, true);
	let narrow_group = group(true, false, true, ConflictResolution::And, None);
	let report = validate_policy(&narrow_group, Some(&widening), &schema(), &Limits::DEFAULT);
	assert_eq!(
		report.findings.first(),
		Some(&Finding::AndDenies { flag: QuantityFlag::Increase, denied_by: Part::Group })
	);
}

#[test]
fn token_behaviours_interact_only_when_all_four_bits_match() {
	let roster = group(false, false, false, ConflictResolution::Xor, Some(mermaid(ROSTER, &[])));
	let stats = group(true, true, false, ConflictResolution::Xor, None);
	let roster_token = roster.behavior(None);
	let stats_token = stats.behavior(None);
	assert_eq!(roster_token.code(), *b"0000");
	assert_eq!(stats_token.code(), *b"1110");
	assert!(!roster_token.can_interact(stats_token));
	// Two series of the royalty group with the same resolved behaviour can interact.
	let royalty = group(true, true, true, ConflictResolution::And, None);
	let q1 = royalty.behavior(Some(&series(true, true, true)));
	let q2 = royalty.behavior(Some(&series(true, true, true)));
	assert!(q1.can_interact(q2));
	assert!(!q1.can_interact(royalty.behavior(Some(&series(true, true, false)))));
	// The seed's example types.
	for (bits, code) in [
		(0b0000, b"0000"),
		(0b0011, b"0011"),
		(0b1100, b"1100"),
		(0b1111, b"1111"),
		(0b1010, b"1010"),
		(0b0101, b"0101"),
	] {
		assert_eq!(TokenBehavior::from_bits(bits).unwrap().code(), *code);
	}
}

#[test]
fn a_series_dfa_that_redirects_the_groups_is_reported() {
	let marketplace =
		group(false, false, true, ConflictResolution::Xor, Some(mermaid(COLLECTIBLE, &[])));
	let mut special = series(false, false, false);
	special.dfa = Some(mermaid(
		&COLLECTIBLE.replace("LISTED --> SOLD: purchase", "LISTED --> SHOWCASED: purchase"),
		&[],
	));
	let report = validate_policy(&marketplace, Some(&special), &schema(), &Limits::DEFAULT);
	assert!(report.valid);
	assert!(has(
		&report.findings,
		&Finding::SeriesOverridesTransition {
			state: Some("LISTED".into()),
			event: "purchase".into()
		}
	));
	assert_eq!(marketplace.effective_dfa(Some(&special)), special.dfa.as_ref());
	assert_eq!(marketplace.effective_dfa(None), marketplace.dfa.as_ref());
}

#[test]
fn validation_rules_of_both_levels_are_checked() {
	let mut stats = group(true, true, false, ConflictResolution::Xor, None);
	stats.validation = Some(rule(TOTAL_TIME_PLAYED));
	let mut season = series(true, false, false);
	season.validation = Some(rule(r#"{"valid_stadium": {"var": "venue"}}"#));
	let schema = GuardSchema::new(["minutes_played", "game_id"], ["valid_game"]);
	let report = validate_policy(&stats, Some(&season), &schema, &Limits::DEFAULT);
	assert!(!report.valid);
	assert!(has(
		&report.findings,
		&Finding::UnknownOperator {
			part: Part::Series,
			site: GuardSite::Validation,
			name: "valid_stadium".into()
		}
	));
	assert!(has(
		&report.findings,
		&Finding::UnknownVariable {
			part: Part::Series,
			site: GuardSite::Validation,
			path: "venue".into()
		}
	));
}

#[test]
fn scenarios_run_through_the_lifecycle() {
	let mut dfa = mermaid(COLLECTIBLE, &[]);
	let listing = dfa.transitions.iter().position(|t| t.event == "list_for_sale").unwrap();
	dfa.transitions[listing].guard = Some(rule(r#"{">": [{"var": "price"}, 0]}"#));
	let priced = |price: i64| Value::object([("price", Value::int(price))]);
	let step = |event: &str, data: Value| (event.to_string(), data);
	let scenarios = vec![
		Scenario {
			name: "sold and burned".into(),
			steps: vec![
				step("mint", Value::Null),
				step("list_for_sale", priced(10)),
				step("purchase", Value::Null),
				step("burn", Value::Null),
			],
			expect_final_state: Some("BURNED".into()),
			expect_refused_at: None,
		},
		Scenario {
			name: "free listing refused".into(),
			steps: vec![step("mint", Value::Null), step("list_for_sale", priced(0))],
			expect_final_state: None,
			expect_refused_at: Some(1),
		},
		Scenario {
			name: "wrong expectation".into(),
			steps: vec![step("mint", Value::Null), step("list_for_sale", priced(5))],
			expect_final_state: Some("SOLD".into()),
			expect_refused_at: None,
		},
		Scenario {
			name: "unexpected refusal".into(),
			steps: vec![step("mint", Value::Null), step("burn", Value::Null)],
			expect_final_state: None,
			expect_refused_at: None,
		},
	];
	let findings = run_scenarios(&dfa, &scenarios, &PureContext, &EvalConfig::DEFAULT, 10_000);
	assert_eq!(
		findings,
		vec![
			Finding::ScenarioFailed {
				scenario: "wrong expectation".into(),
				mismatch: ScenarioMismatch::FinalState {
					expected: "SOLD".into(),
					actual: Some("LISTED".into())
				},
			},
			Finding::ScenarioFailed {
				scenario: "unexpected refusal".into(),
				mismatch: ScenarioMismatch::Refused { step: 1, error: DfaError::NoTransition },
			},
		]
	);
	let mut report = validate_policy(
		&group(false, false, true, ConflictResolution::Xor, Some(dfa)),
		None,
		&schema(),
		&Limits::DEFAULT,
	);
	assert!(report.valid);
	report.extend(findings);
	assert!(!report.valid);
	assert_eq!(report.with_severity(Severity::Error).count(), 2);
}
