//! Test fixtures shared by the test modules, and tests of events and tokens.

use crate::{mock::*, *};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use policy_engine::{json::compile_str, json::value_from_str, Dfa, GroupPolicy, SeriesPolicy};
use sp_core::{sr25519, Pair, H256};
use sp_runtime::{DispatchResult, MultiSignature};

/// The sr25519 pair of a seed byte.
pub fn pair(seed: u8) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[seed; 32])
}

/// The participant key of a seed byte.
pub fn key(seed: u8) -> ParticipantKey {
	ParticipantKey::Sr25519(pair(seed).public().0)
}

/// Registers a participant of `kind` for `account` with the key of `seed`.
pub fn register_kind(account: u64, seed: u8, kind: ParticipantKind) -> ParticipantId {
	let id = NextParticipantId::<Test>::get();
	let proof = pair(seed).sign(&AgreementsPallet::participant_message(&account, kind, &key(seed)));
	assert_ok!(AgreementsPallet::register_participant(
		RuntimeOrigin::signed(account),
		kind,
		key(seed),
		H256::repeat_byte(seed),
		H256::zero(),
		MultiSignature::Sr25519(proof),
	));
	id
}

/// Registers a user participant for `account` with the key of `seed`.
pub fn register(account: u64, seed: u8) -> ParticipantId {
	register_kind(account, seed, ParticipantKind::User)
}

/// A bounded name.
pub fn name(text: &str) -> NameOf<Test> {
	BoundedVec::try_from(text.as_bytes().to_vec()).unwrap()
}

/// A policy document: `SCALE((policy, declared variables))`.
pub fn document<P: Encode>(policy: P, variables: &[&str]) -> PolicyOf<Test> {
	let variables: Vec<String> = variables.iter().map(|v| v.to_string()).collect();
	BoundedVec::try_from((policy, variables).encode()).unwrap()
}

/// Agreement terms; `salt` distinguishes otherwise equal terms.
pub fn terms(left: &[ParticipantId], right: &[ParticipantId], lifecycle: Option<PolicyOf<Test>>, salt: u8) -> TermsOf<Test> {
	AgreementTerms {
		left: BoundedVec::try_from(left.to_vec()).unwrap(),
		right: BoundedVec::try_from(right.to_vec()).unwrap(),
		kind: name("employment"),
		lifecycle,
		metadata_hash: H256::zero(),
		salt: H256::repeat_byte(salt),
		consent_deadline: 100,
	}
}

/// The consent signature of `seed`'s key for agreement `id`.
pub fn consent_signature(seed: u8, id: &AgreementId) -> MultiSignature {
	MultiSignature::Sr25519(pair(seed).sign(&consent_message(id)))
}

/// Proposes `terms` from `proposer` with every `(participant, seed)` signing, and returns the
/// agreement id.
pub fn propose(proposer: u64, terms: TermsOf<Test>, signers: &[(ParticipantId, u8)]) -> AgreementId {
	let id = AgreementsPallet::agreement_id(&proposer, &terms);
	let consents = signers.iter().map(|(p, seed)| (*p, consent_signature(*seed, &id))).collect::<Vec<_>>();
	assert_ok!(AgreementsPallet::propose_agreement(
		RuntimeOrigin::signed(proposer),
		terms,
		BoundedVec::try_from(consents).unwrap(),
	));
	id
}

/// A simple world: athlete (account 1, key 1) produces, team (account 2, key 2) validates.
pub struct World {
	pub athlete: ParticipantId,
	pub team: ParticipantId,
	pub agreement: AgreementId,
}

/// Registers the athlete and the team and makes their active agreement (no lifecycle).
pub fn world() -> World {
	let athlete = register(1, 1);
	let team = register(2, 2);
	let agreement = propose(1, terms(&[athlete], &[team], None, 0), &[(athlete, 1), (team, 2)]);
	assert_eq!(Agreements::<Test>::get(agreement).unwrap().status, AgreementStatus::Active);
	World { athlete, team, agreement }
}

/// A guard from JsonLogic JSON.
pub fn guard(json: &str) -> policy_engine::Expr {
	compile_str(json).unwrap()
}

/// Performance statistics (seed template 1): one state `ACTIVE`, created and re-entered by
/// `GAME`, minutes played within 0..=48.
pub fn stats_group() -> GroupPolicy {
	GroupPolicy {
		fungible: true,
		allow_increase: true,
		allow_decrease: false,
		conflict_resolution: policy_engine::ConflictResolution::Xor,
		dfa: Some(
			Dfa::new("ACTIVE")
				.with_state("ACTIVE", false, true)
				.with_transition(None, "ACTIVE", "GAME", None)
				.with_transition(Some("ACTIVE"), "ACTIVE", "GAME", None),
		),
		validation: Some(guard(
			r#"{"and": [{">=": [{"var": "minutes_played"}, 0]}, {"<=": [{"var": "minutes_played"}, 48]}]}"#,
		)),
	}
}

/// The stats series: fungible, increase only under XOR with the group (1 ^ 0 = 1, 0 ^ 0 = 0).
pub fn stats_series() -> SeriesPolicy {
	SeriesPolicy { fungible: true, allow_increase: false, allow_decrease: false, dfa: None, validation: None }
}

/// The seed's digital collectible: MINTED, LISTED, SOLD, SHOWCASED, BURNED; legendary mints
/// capped at 100 by the rarity guard.
pub fn collectible_group() -> GroupPolicy {
	let rarity = guard(
		r#"{"if": [{"==": [{"var": "rarity"}, "legendary"]}, {"<": [{"var": "current_supply"}, 100]}, {"<": [{"var": "current_supply"}, 10000]}]}"#,
	);
	GroupPolicy {
		fungible: false,
		allow_increase: false,
		allow_decrease: true,
		conflict_resolution: policy_engine::ConflictResolution::Xor,
		dfa: Some(
			Dfa::new("MINTED")
				.with_state("MINTED", false, true)
				.with_state("LISTED", false, true)
				.with_state("SOLD", false, true)
				.with_state("SHOWCASED", false, true)
				.with_state("BURNED", true, true)
				.with_transition(None, "MINTED", "mint", Some(rarity))
				.with_transition(Some("MINTED"), "LISTED", "list_for_sale", None)
				.with_transition(Some("LISTED"), "MINTED", "cancel_listing", None)
				.with_transition(Some("LISTED"), "SOLD", "purchase", None)
				.with_transition(Some("SOLD"), "LISTED", "relist", None)
				.with_transition(Some("SOLD"), "SHOWCASED", "showcase", None)
				.with_transition(Some("SHOWCASED"), "SOLD", "end_showcase", None)
				.with_transition(Some("SOLD"), "BURNED", "burn", None)
				.with_transition(Some("SHOWCASED"), "BURNED", "burn", None),
		),
		validation: None,
	}
}

/// The collectible series: non-fungible, no increase, decrease (burn) under XOR (1 ^ 0).
pub fn collectible_series() -> SeriesPolicy {
	SeriesPolicy { fungible: false, allow_increase: false, allow_decrease: false, dfa: None, validation: None }
}

/// Creates a group owned by the world's agreement and one series in it; returns the series.
pub fn group_and_series(w: &World, group: GroupPolicy, series: SeriesPolicy, vars: &[&str]) -> (GroupId, SeriesId) {
	let group_id = NextGroupId::<Test>::get();
	assert_ok!(AgreementsPallet::create_group(RuntimeOrigin::signed(2), w.agreement, w.team, document(group, vars), H256::zero()));
	let series_id = NextSeriesId::<Test>::get();
	assert_ok!(AgreementsPallet::create_series(RuntimeOrigin::signed(2), group_id, w.team, document(series, &[]), H256::zero()));
	(group_id, series_id)
}

/// Event content; `data` is JSON.
pub fn content(
	agreement: AgreementId,
	activity: &str,
	parent: H256,
	ordinal: u64,
	data: &str,
	effects: Vec<Effect<<Test as Config>::MaxNameLength>>,
) -> EventContentOf<Test> {
	let data = if data.is_empty() { Vec::new() } else { value_from_str(data).unwrap().encode() };
	EventContent {
		agreement,
		activity: name(activity),
		parent,
		ordinal,
		timestamp: 0,
		data: BoundedVec::try_from(data).unwrap(),
		sensitive_hash: H256::repeat_byte(0xee),
		references: BoundedVec::new(),
		effects: BoundedVec::try_from(effects).unwrap(),
	}
}

/// Every `(participant, seed)` signs the event hash.
pub fn proofs(content: &EventContentOf<Test>, signers: &[(ParticipantId, u8)]) -> ProofsOf<Test> {
	let hash = content.hash();
	BoundedVec::try_from(
		signers
			.iter()
			.map(|(participant, seed)| ProducerProof {
				participant: *participant,
				signature: MultiSignature::Sr25519(pair(*seed).sign(hash.as_bytes())),
				delegation: None,
			})
			.collect::<Vec<_>>(),
	)
	.unwrap()
}

/// Submits `content` signed by `signers` from account 6 (a relayer) with the full fuel.
pub fn submit(content: EventContentOf<Test>, signers: &[(ParticipantId, u8)]) -> DispatchResult {
	let proofs = proofs(&content, signers);
	AgreementsPallet::submit_event(RuntimeOrigin::signed(6), content, proofs, MAX_FUEL)
		.map(|_| ())
		.map_err(|e| e.error)
}

/// A mint effect.
pub fn mint(series: SeriesId, quantity: u128, edition: Option<u64>, to: &str) -> Effect<<Test as Config>::MaxNameLength> {
	Effect::Mint { series, quantity, unique_id: edition, attributes: H256::zero(), to: name(to) }
}

/// The stream head of an agreement's activity.
pub fn head(agreement: AgreementId, activity: &str) -> StreamHead {
	Streams::<Test>::get(agreement, name(activity)).unwrap_or_default()
}

/// Held balance of `who` for `reason`.
pub fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::AgreementsPallet(reason), &who)
}

/// The last pallet event.
pub fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::AgreementsPallet(e) = r.event { Some(e) } else { None })
		.last()
		.unwrap()
}

// ---------------------------------------------------------------------------------------------
// Events and tokens
// ---------------------------------------------------------------------------------------------

#[test]
fn signed_event_mints_a_stats_token_and_records_itself() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		assert_eq!(SeriesById::<Test>::get(series).unwrap().behavior, 0b1110);
		let c = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 36}"#, vec![mint(series, 36, None, "ACTIVE")]);
		let hash = c.hash();
		let token = NextTokenId::<Test>::get();
		assert_ok!(submit(c, &[(w.athlete, 1)]));
		let stored = Tokens::<Test>::get(token).unwrap();
		assert_eq!(stored.owner, w.agreement);
		assert_eq!(stored.quantity, 36);
		assert_eq!(stored.state, name("ACTIVE"));
		assert_eq!(stored.generated_by, hash);
		assert_eq!(stored.depositor, 6);
		assert_eq!(SeriesById::<Test>::get(series).unwrap().supply, 36);
		assert_eq!(head(w.agreement, "GAME"), StreamHead { last: hash, ordinal: 1 });
		let record = EventRecords::<Test>::get(w.agreement, 0).unwrap();
		assert_eq!(record.hash, hash);
		assert_eq!(record.tokens.to_vec(), vec![TouchedToken { token, class: TokenClass::Series(series), previous: H256::zero() }]);
		assert_eq!(held(HoldReason::TokenDeposit, 6), TOKEN_DEPOSIT);
		assert_eq!(held(HoldReason::EventDeposit, 6), EVENT_DEPOSIT);
		assert!(matches!(last_event(), Event::EventRecorded { ordinal: 1, .. }));
	});
}

#[test]
fn the_hash_chain_refuses_replays_forks_and_gaps() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let first = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 10}"#, vec![mint(series, 10, None, "ACTIVE")]);
		let first_hash = first.hash();
		assert_ok!(submit(first.clone(), &[(w.athlete, 1)]));
		// Replaying the same signed event fails: its parent is no longer the head.
		assert_noop!(submit(first, &[(w.athlete, 1)]), Error::<Test>::StaleState);
		// A fork from the old head, and a gap in ordinals.
		let fork = content(w.agreement, "GAME", H256::zero(), 2, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(fork, &[(w.athlete, 1)]), Error::<Test>::StaleState);
		let gap = content(w.agreement, "GAME", first_hash, 3, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(gap, &[(w.athlete, 1)]), Error::<Test>::StaleState);
		let next = content(w.agreement, "GAME", first_hash, 2, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
		assert_ok!(submit(next, &[(w.athlete, 1)]));
		assert_eq!(head(w.agreement, "GAME").ordinal, 2);
	});
}

#[test]
fn only_every_producer_signature_is_accepted() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let c = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 10}"#, vec![mint(series, 10, None, "ACTIVE")]);
		// The validator cannot sign in the producer's place; nor can anyone with another key.
		assert_noop!(submit(c.clone(), &[(w.team, 2)]), Error::<Test>::MissingProducerSignature);
		assert_noop!(submit(c.clone(), &[(w.athlete, 9)]), Error::<Test>::InvalidSignature);
		assert_noop!(submit(c.clone(), &[]), Error::<Test>::MissingProducerSignature);
		assert_noop!(submit(c.clone(), &[(w.athlete, 1), (w.athlete, 1)]), Error::<Test>::MissingProducerSignature);
		// A signature of other content (here: the consent to the agreement) does not verify.
		let mut proofs = proofs(&c, &[(w.athlete, 1)]);
		proofs[0].signature = consent_signature(1, &w.agreement);
		assert_noop!(
			AgreementsPallet::submit_event(RuntimeOrigin::signed(6), c, proofs, MAX_FUEL).map_err(|e| e.error),
			Error::<Test>::InvalidSignature
		);
	});
}

#[test]
fn guards_and_validation_rules_refuse_with_policy_violation() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let too_long = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 49}"#, vec![mint(series, 49, None, "ACTIVE")]);
		assert_noop!(submit(too_long, &[(w.athlete, 1)]), Error::<Test>::PolicyViolation);
		// An event whose data uses a reserved key is refused.
		let reserved = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 1, "current_supply": 0}"#, vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(reserved, &[(w.athlete, 1)]), Error::<Test>::InvalidEventData);
		// No creation on another activity; the wrong expected state.
		let wrong_activity = content(w.agreement, "TRAINING", H256::zero(), 1, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(wrong_activity, &[(w.athlete, 1)]), Error::<Test>::InvalidStateTransition);
		let wrong_state = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "DONE")]);
		assert_noop!(submit(wrong_state, &[(w.athlete, 1)]), Error::<Test>::InvalidStateTransition);
	});
}

#[test]
fn fuel_is_capped_and_running_out_refuses() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let c = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
		let p = proofs(&c, &[(w.athlete, 1)]);
		assert_noop!(
			AgreementsPallet::submit_event(RuntimeOrigin::signed(6), c.clone(), p.clone(), MAX_FUEL + 1).map_err(|e| e.error),
			Error::<Test>::FuelLimitTooHigh
		);
		assert_noop!(
			AgreementsPallet::submit_event(RuntimeOrigin::signed(6), c.clone(), p.clone(), 5).map_err(|e| e.error),
			Error::<Test>::PolicyViolation
		);
		// The weight actually charged is for the fuel used, not the limit.
		let info = AgreementsPallet::submit_event(RuntimeOrigin::signed(6), c, p, MAX_FUEL).unwrap();
		let used = EventRecords::<Test>::get(w.agreement, 0).unwrap().fuel;
		assert!(used > 0);
		assert_eq!(
			info.actual_weight.unwrap(),
			AgreementsPallet::event_weight(1, 1).saturating_add(AgreementsPallet::fuel_weight(used, 0))
		);
	});
}

#[test]
fn collectibles_move_through_their_lifecycle_and_stale_states_fail() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, collectible_group(), collectible_series(), &["rarity"]);
		assert_eq!(SeriesById::<Test>::get(series).unwrap().behavior, 0b0001);
		// A non-fungible mint needs an edition, once.
		let no_edition = content(w.agreement, "mint", H256::zero(), 1, r#"{"rarity": "legendary"}"#, vec![mint(series, 1, None, "MINTED")]);
		assert_noop!(submit(no_edition, &[(w.athlete, 1)]), Error::<Test>::InvalidEdition);
		let m = content(w.agreement, "mint", H256::zero(), 1, r#"{"rarity": "legendary"}"#, vec![mint(series, 1, Some(7), "MINTED")]);
		let m_hash = m.hash();
		let token = NextTokenId::<Test>::get();
		assert_ok!(submit(m, &[(w.athlete, 1)]));
		let again = content(w.agreement, "mint", m_hash, 2, r#"{"rarity": "legendary"}"#, vec![mint(series, 1, Some(7), "MINTED")]);
		assert_noop!(submit(again, &[(w.athlete, 1)]), Error::<Test>::InvalidEdition);
		// List it; a stale `from` and a transition the DFA lacks both fail.
		let transition = |activity: &str, ordinal: u64, parent: H256, from: &str, to: &str| {
			content(w.agreement, activity, parent, ordinal, "", vec![Effect::Transition { token, from: name(from), to: name(to) }])
		};
		let list = transition("list_for_sale", 1, H256::zero(), "MINTED", "LISTED");
		let list_hash = list.hash();
		assert_ok!(submit(list, &[(w.athlete, 1)]));
		assert_eq!(Tokens::<Test>::get(token).unwrap().state, name("LISTED"));
		assert_eq!(Tokens::<Test>::get(token).unwrap().parent_event, list_hash);
		let stale = transition("list_for_sale", 2, list_hash, "MINTED", "LISTED");
		assert_noop!(submit(stale, &[(w.athlete, 1)]), Error::<Test>::StaleState);
		let skip = transition("burn", 1, H256::zero(), "LISTED", "BURNED");
		assert_noop!(submit(skip, &[(w.athlete, 1)]), Error::<Test>::InvalidStateTransition);
	});
}

#[test]
fn the_rarity_guard_caps_legendary_supply_via_current_supply() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, collectible_group(), collectible_series(), &["rarity"]);
		// Pretend 100 legendary editions exist already.
		AgreementsPallet::update_series(series, |s| s.supply = 100);
		let m = content(w.agreement, "mint", H256::zero(), 1, r#"{"rarity": "legendary"}"#, vec![mint(series, 1, Some(1), "MINTED")]);
		assert_noop!(submit(m, &[(w.athlete, 1)]), Error::<Test>::PolicyViolation);
		let common = content(w.agreement, "mint", H256::zero(), 1, r#"{"rarity": "common"}"#, vec![mint(series, 1, Some(1), "MINTED")]);
		assert_ok!(submit(common, &[(w.athlete, 1)]));
		AgreementsPallet::update_series(series, |s| s.supply = 1);
	});
}

#[test]
fn adjustments_follow_the_behaviour_bits() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let token = NextTokenId::<Test>::get();
		let m = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 30}"#, vec![mint(series, 30, None, "ACTIVE")]);
		let m_hash = m.hash();
		assert_ok!(submit(m, &[(w.athlete, 1)]));
		let up = content(w.agreement, "GAME", m_hash, 2, r#"{"minutes_played": 40}"#, vec![Effect::Adjust { token, from: 30, to: 70 }]);
		let up_hash = up.hash();
		assert_ok!(submit(up, &[(w.athlete, 1)]));
		assert_eq!(Tokens::<Test>::get(token).unwrap().quantity, 70);
		assert_eq!(SeriesById::<Test>::get(series).unwrap().supply, 70);
		// 1110: no decrease.
		let down = content(w.agreement, "GAME", up_hash, 3, r#"{"minutes_played": 0}"#, vec![Effect::Adjust { token, from: 70, to: 60 }]);
		assert_noop!(submit(down, &[(w.athlete, 1)]), Error::<Test>::PolicyViolation);
		let stale = content(w.agreement, "GAME", up_hash, 3, r#"{"minutes_played": 0}"#, vec![Effect::Adjust { token, from: 30, to: 80 }]);
		assert_noop!(submit(stale, &[(w.athlete, 1)]), Error::<Test>::StaleState);
	});
}

#[test]
fn burning_a_collectible_releases_its_deposit() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, collectible_group(), collectible_series(), &["rarity"]);
		let token = NextTokenId::<Test>::get();
		let m = content(w.agreement, "mint", H256::zero(), 1, r#"{"rarity": "rare"}"#, vec![mint(series, 1, Some(1), "MINTED")]);
		assert_ok!(submit(m, &[(w.athlete, 1)]));
		let held_before = held(HoldReason::TokenDeposit, 6);
		// MINTED -> LISTED -> SOLD, then burn (decrease to zero through the `burn` transition).
		let mut parent = H256::zero();
		for (i, (activity, from, to)) in [("list_for_sale", "MINTED", "LISTED"), ("purchase", "LISTED", "SOLD")].iter().enumerate() {
			let _ = i;
			let c = content(w.agreement, activity, H256::zero(), 1, "", vec![Effect::Transition { token, from: name(from), to: name(to) }]);
			assert_ok!(submit(c, &[(w.athlete, 1)]));
			parent = H256::zero();
		}
		let burn = content(w.agreement, "burn", parent, 1, "", vec![Effect::Adjust { token, from: 1, to: 0 }]);
		assert_ok!(submit(burn, &[(w.athlete, 1)]));
		assert!(Tokens::<Test>::get(token).is_none());
		assert!(Editions::<Test>::get(series, 1).is_none());
		assert_eq!(held(HoldReason::TokenDeposit, 6), held_before - TOKEN_DEPOSIT);
		assert_eq!(SeriesById::<Test>::get(series).unwrap().supply, 0);
	});
}

#[test]
fn rate_limit_is_per_agreement_and_window() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let mut parent = H256::zero();
		for ordinal in 1..=EVENTS_PER_WINDOW as u64 {
			let c = content(w.agreement, "GAME", parent, ordinal, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
			parent = c.hash();
			assert_ok!(submit(c, &[(w.athlete, 1)]));
		}
		let next = EVENTS_PER_WINDOW as u64 + 1;
		let c = content(w.agreement, "GAME", parent, next, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(c.clone(), &[(w.athlete, 1)]), Error::<Test>::RateLimited);
		System::set_block_number(1 + RATE_WINDOW);
		assert_ok!(submit(c, &[(w.athlete, 1)]));
	});
}

#[test]
fn streams_per_agreement_are_bounded() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let _ = series;
		// Lifecycle-free agreement: streams are opened by any activity whose effect applies.
		// Four streams fit (`MaxStreams` = 4); the fifth activity is refused before its effects.
		for (i, activity) in ["GAME", "GAME2", "GAME3", "GAME4"].iter().enumerate() {
			StreamCount::<Test>::insert(w.agreement, i as u32);
			let _ = activity;
		}
		StreamCount::<Test>::insert(w.agreement, 4);
		let c = content(w.agreement, "OTHER", H256::zero(), 1, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(c, &[(w.athlete, 1)]), Error::<Test>::TooManyStreams);
		StreamCount::<Test>::insert(w.agreement, 0);
	});
}

#[test]
fn fungible_tokens_split_merge_and_transfer_between_members() {
	test(|| {
		let w = world();
		let (group, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let token = NextTokenId::<Test>::get();
		let m = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 40}"#, vec![mint(series, 40, None, "ACTIVE")]);
		assert_ok!(submit(m, &[(w.athlete, 1)]));
		// Split 15 off, then merge it back.
		let part = NextTokenId::<Test>::get();
		assert_ok!(AgreementsPallet::split_token(RuntimeOrigin::signed(1), token, w.athlete, 15));
		assert_eq!(Tokens::<Test>::get(token).unwrap().quantity, 25);
		assert_eq!(Tokens::<Test>::get(part).unwrap().quantity, 15);
		assert_eq!(SeriesById::<Test>::get(series).unwrap().supply, 40);
		// Only a producer's account acts on the token.
		assert_noop!(AgreementsPallet::split_token(RuntimeOrigin::signed(2), token, w.team, 5), Error::<Test>::Unauthorized);
		assert_ok!(AgreementsPallet::merge_tokens(RuntimeOrigin::signed(1), token, part, w.athlete));
		assert_eq!(Tokens::<Test>::get(token).unwrap().quantity, 40);
		assert!(Tokens::<Test>::get(part).is_none());
		assert_eq!(SeriesById::<Test>::get(series).unwrap().supply, 40);
		// A second agreement (athlete, team) salt 1, not yet a member: transfers fail.
		let other = propose(3, terms(&[w.athlete], &[w.team], None, 1), &[(w.athlete, 1), (w.team, 2)]);
		assert_noop!(
			AgreementsPallet::transfer_token(RuntimeOrigin::signed(1), token, w.athlete, other, 10),
			Error::<Test>::NotMember
		);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(1), group, other, w.athlete));
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, other, w.team));
		let moved = NextTokenId::<Test>::get();
		assert_ok!(AgreementsPallet::transfer_token(RuntimeOrigin::signed(1), token, w.athlete, other, 10));
		assert_eq!(Tokens::<Test>::get(moved).unwrap().owner, other);
		assert_eq!(Tokens::<Test>::get(token).unwrap().quantity, 30);
		assert_noop!(
			AgreementsPallet::transfer_token(RuntimeOrigin::signed(1), token, w.athlete, other, 31),
			Error::<Test>::InvalidQuantity
		);
		assert_ok!(AgreementsPallet::transfer_token(RuntimeOrigin::signed(1), token, w.athlete, other, 30));
		assert_eq!(Tokens::<Test>::get(token).unwrap().owner, other);
	});
}

#[test]
fn non_fungible_tokens_cannot_be_divided() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, collectible_group(), collectible_series(), &["rarity"]);
		let token = NextTokenId::<Test>::get();
		let m = content(w.agreement, "mint", H256::zero(), 1, r#"{"rarity": "rare"}"#, vec![mint(series, 1, Some(1), "MINTED")]);
		assert_ok!(submit(m, &[(w.athlete, 1)]));
		assert_noop!(AgreementsPallet::split_token(RuntimeOrigin::signed(1), token, w.athlete, 1), Error::<Test>::IncompatibleTokens);
	});
}

#[test]
fn a_lifecycle_reaching_a_terminal_state_ends_the_agreement() {
	test(|| {
		let athlete = register(1, 1);
		let team = register(2, 2);
		let lifecycle = Dfa::new("TRYOUT")
			.with_state("TRYOUT", false, false)
			.with_state("SIGNED", false, true)
			.with_state("RELEASED", true, true)
			.with_transition(None, "TRYOUT", "open", None)
			.with_transition(Some("TRYOUT"), "SIGNED", "sign", None)
			.with_transition(Some("SIGNED"), "RELEASED", "release", None);
		let agreement = propose(1, terms(&[athlete], &[team], Some(document(lifecycle, &[])), 0), &[(athlete, 1), (team, 2)]);
		assert_eq!(Agreements::<Test>::get(agreement).unwrap().state, Some(name("TRYOUT")));
		assert_noop!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), agreement, team), Error::<Test>::HasLifecycle);
		let lifecycle_event = |activity: &str, from: &str, to: &str| {
			content(agreement, activity, H256::zero(), 1, "", vec![Effect::Lifecycle { from: name(from), to: name(to) }])
		};
		assert_noop!(submit(lifecycle_event("release", "TRYOUT", "RELEASED"), &[(athlete, 1)]), Error::<Test>::InvalidStateTransition);
		assert_ok!(submit(lifecycle_event("sign", "TRYOUT", "SIGNED"), &[(athlete, 1)]));
		assert_ok!(submit(lifecycle_event("release", "SIGNED", "RELEASED"), &[(athlete, 1)]));
		assert!(matches!(Agreements::<Test>::get(agreement).unwrap().status, AgreementStatus::Terminated { .. }));
		// No more events; records are reaped, then (after the consent deadline) the agreement.
		assert_noop!(submit(lifecycle_event("other", "RELEASED", "RELEASED"), &[(athlete, 1)]), Error::<Test>::NotActive);
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), agreement), Error::<Test>::AgreementInUse);
		assert_ok!(AgreementsPallet::reap_events(RuntimeOrigin::signed(5), agreement, 10));
		assert_eq!(held(HoldReason::EventDeposit, 6), 0);
		assert_noop!(AgreementsPallet::reap_events(RuntimeOrigin::signed(5), agreement, 10), Error::<Test>::NothingToReap);
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), agreement), Error::<Test>::ConsentDeadlineNotPassed);
		System::set_block_number(100);
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), agreement));
		assert_eq!(held(HoldReason::AgreementDeposit, 1), 0);
		assert_eq!(Participants::<Test>::get(athlete).unwrap().agreements, 0);
	});
}

// ---------------------------------------------------------------------------------------------
// Review fixes: each attack or gap the review found, shown to fail now
// ---------------------------------------------------------------------------------------------

/// Terms signed by every party, proposed by `proposer`, where the producers are `left`.
fn agreement_of(proposer: u64, left: &[(ParticipantId, u8)], right: &[(ParticipantId, u8)], salt: u8) -> AgreementId {
	let l: Vec<_> = left.iter().map(|p| p.0).collect();
	let r: Vec<_> = right.iter().map(|p| p.0).collect();
	let signers: Vec<_> = left.iter().chain(right.iter()).copied().collect();
	propose(proposer, terms(&l, &r, None, salt), &signers)
}

#[test]
fn attack_a_consent_signature_does_not_satisfy_signature_valid() {
	test(|| {
		let w = world();
		// Mints need the team's approval, checked by `signature_valid` in the guard.
		let mut group = stats_group();
		group.dfa = Some(
			Dfa::new("ACTIVE")
				.with_state("ACTIVE", false, true)
				.with_transition(None, "ACTIVE", "GAME", Some(guard(r#"{"signature_valid": {"var": "approval"}}"#))),
		);
		group.validation = None;
		let (_, series) = group_and_series(&w, group, stats_series(), &["approval"]);
		// The team's consent signature is public (it was in the proposal); replayed as an
		// approval it does not verify, because the guard checks a message bound to this event.
		let consent = consent_signature(2, &w.agreement);
		let data = |message: &[u8], signature: &MultiSignature| {
			format!(
				r#"{{"approval": {{"participant": {}, "message": "0x{}", "signature": "0x{}"}}}}"#,
				w.team,
				hex(message),
				hex(&signature.encode())
			)
		};
		let replay = content(w.agreement, "GAME", H256::zero(), 1, &data(&consent_message(&w.agreement), &consent), vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(replay, &[(w.athlete, 1)]), Error::<Test>::PolicyViolation);
		// The same approval signed for this event (agreement, activity, ordinal) passes.
		let message = b"approved".to_vec();
		let mut bound = prefix::GUARD.encode();
		bound.extend_from_slice(&(w.agreement, name("GAME"), 1u64).encode());
		bound.extend_from_slice(&message.encode());
		let approval = MultiSignature::Sr25519(pair(2).sign(&bound));
		let ok = content(w.agreement, "GAME", H256::zero(), 1, &data(&message, &approval), vec![mint(series, 1, None, "ACTIVE")]);
		assert_ok!(submit(ok, &[(w.athlete, 1)]));
	});
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn attack_one_producer_cannot_move_what_several_produce() {
	test(|| {
		let a = register(1, 1);
		let b = register(3, 3);
		let team = register(2, 2);
		let shared = agreement_of(1, &[(a, 1), (b, 3)], &[(team, 2)], 0);
		let w = World { athlete: a, team, agreement: shared };
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let token = NextTokenId::<Test>::get();
		let m = content(shared, "GAME", H256::zero(), 1, r#"{"minutes_played": 10}"#, vec![mint(series, 10, None, "ACTIVE")]);
		assert_ok!(submit(m, &[(a, 1), (b, 3)]));
		let mine = agreement_of(1, &[(a, 1)], &[(team, 2)], 1);
		assert_noop!(
			AgreementsPallet::transfer_token(RuntimeOrigin::signed(1), token, a, mine, 10),
			Error::<Test>::MultipleProducers
		);
		assert_noop!(AgreementsPallet::split_token(RuntimeOrigin::signed(1), token, a, 5), Error::<Test>::MultipleProducers);
		assert_noop!(AgreementsPallet::burn_token(RuntimeOrigin::signed(1), token, a), Error::<Test>::MultipleProducers);
	});
}

#[test]
fn burn_token_releases_the_deposit_and_after_the_end_any_party_may_burn() {
	test(|| {
		let w = world();
		let (group, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let first = NextTokenId::<Test>::get();
		let m = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 10}"#, vec![mint(series, 10, None, "ACTIVE"), mint(series, 5, None, "ACTIVE")]);
		assert_ok!(submit(m, &[(w.athlete, 1)]));
		// 1110 tokens cannot be decreased by events, but their owner may destroy them.
		assert_noop!(AgreementsPallet::burn_token(RuntimeOrigin::signed(2), first, w.team), Error::<Test>::Unauthorized);
		assert_ok!(AgreementsPallet::burn_token(RuntimeOrigin::signed(1), first, w.athlete));
		assert!(Tokens::<Test>::get(first).is_none());
		assert_eq!(SeriesById::<Test>::get(series).unwrap().supply, 5);
		assert_eq!(held(HoldReason::TokenDeposit, 6), TOKEN_DEPOSIT);
		// Membership tokens go only with their membership.
		let membership_token = Memberships::<Test>::get(group, w.agreement).unwrap().token.unwrap();
		assert_noop!(AgreementsPallet::burn_token(RuntimeOrigin::signed(1), membership_token, w.athlete), Error::<Test>::MembershipToken);
		// Once the agreement ended, the validator may clear what it still owns.
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team));
		assert_ok!(AgreementsPallet::burn_token(RuntimeOrigin::signed(2), first + 1, w.team));
		assert_eq!(held(HoldReason::TokenDeposit, 6), 0);
	});
}

#[test]
fn groups_and_series_are_destroyed_when_empty_so_their_owner_can_be_reaped() {
	test(|| {
		let w = world();
		let (group, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let token = NextTokenId::<Test>::get();
		let m = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 10}"#, vec![mint(series, 10, None, "ACTIVE")]);
		assert_ok!(submit(m, &[(w.athlete, 1)]));
		assert_noop!(AgreementsPallet::destroy_group(RuntimeOrigin::signed(2), group, w.team), Error::<Test>::GroupInUse);
		assert_noop!(AgreementsPallet::destroy_series(RuntimeOrigin::signed(2), series, w.team), Error::<Test>::SeriesInUse);
		assert_noop!(AgreementsPallet::destroy_series(RuntimeOrigin::signed(1), series, w.athlete), Error::<Test>::Unauthorized);
		assert_ok!(AgreementsPallet::burn_token(RuntimeOrigin::signed(1), token, w.athlete));
		assert_ok!(AgreementsPallet::destroy_series(RuntimeOrigin::signed(2), series, w.team));
		assert!(SeriesById::<Test>::get(series).is_none());
		assert_ok!(AgreementsPallet::destroy_group(RuntimeOrigin::signed(2), group, w.team));
		assert!(Groups::<Test>::get(group).is_none());
		assert_eq!(held(HoldReason::GroupDeposit, 2), 0);
		// Only the event record remains: end, reap it, and the agreement and parties go.
		assert_eq!(Agreements::<Test>::get(w.agreement).unwrap().holdings, 1);
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team));
		assert_ok!(AgreementsPallet::reap_events(RuntimeOrigin::signed(5), w.agreement, 10));
		System::set_block_number(100);
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement));
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(2), w.team));
	});
}

#[test]
fn ended_agreements_receive_no_tokens_and_ex_members_change_none() {
	test(|| {
		let w = world();
		let (group, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let other = agreement_of(3, &[(w.athlete, 1)], &[(w.team, 2)], 1);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(1), group, other, w.athlete));
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, other, w.team));
		let token = NextTokenId::<Test>::get();
		let m = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 10}"#, vec![mint(series, 10, None, "ACTIVE")]);
		let m_hash = m.hash();
		assert_ok!(submit(m, &[(w.athlete, 1)]));
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), other, w.team));
		assert_noop!(
			AgreementsPallet::transfer_token(RuntimeOrigin::signed(1), token, w.athlete, other, 10),
			Error::<Test>::RecipientNotActive
		);
		// A member that left keeps its token but cannot grow it.
		let third = agreement_of(4, &[(w.athlete, 1)], &[(w.team, 2)], 2);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(1), group, third, w.athlete));
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, third, w.team));
		assert_ok!(AgreementsPallet::transfer_token(RuntimeOrigin::signed(1), token, w.athlete, third, 10));
		assert_ok!(AgreementsPallet::leave_group(RuntimeOrigin::signed(1), group, third, w.athlete));
		let grow = content(third, "GAME", H256::zero(), 1, r#"{"minutes_played": 1}"#, vec![Effect::Adjust { token, from: 10, to: 11 }]);
		assert_noop!(submit(grow, &[(w.athlete, 1)]), Error::<Test>::NotMember);
		let _ = m_hash;
	});
}

#[test]
fn quantities_stay_within_what_guards_can_read() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let huge = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 1}"#, vec![mint(series, MAX_QUANTITY + 1, None, "ACTIVE")]);
		assert_noop!(submit(huge, &[(w.athlete, 1)]), Error::<Test>::InvalidQuantity);
		let max = content(w.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 1}"#, vec![mint(series, MAX_QUANTITY, None, "ACTIVE")]);
		let max_hash = max.hash();
		assert_ok!(submit(max, &[(w.athlete, 1)]));
		let more = content(w.agreement, "GAME", max_hash, 2, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(more, &[(w.athlete, 1)]), Error::<Test>::InvalidQuantity);
	});
}

#[test]
fn consent_deadlines_are_bounded_and_ids_belong_to_their_proposer() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let mut far = terms(&[a], &[t], None, 0);
		far.consent_deadline = 1 + MAX_CONSENT_PERIOD + 1;
		assert_noop!(
			AgreementsPallet::propose_agreement(RuntimeOrigin::signed(1), far, BoundedVec::new()),
			Error::<Test>::ConsentDeadlineTooFar
		);
		// A stranger proposing the same terms first takes another id: the parties' proposal
		// (and the consents they signed for it) still goes through.
		let t0 = terms(&[a], &[t], None, 0);
		assert_ok!(AgreementsPallet::propose_agreement(RuntimeOrigin::signed(5), t0.clone(), BoundedVec::new()));
		let id = propose(1, t0, &[(a, 1), (t, 2)]);
		assert_eq!(Agreements::<Test>::get(id).unwrap().status, AgreementStatus::Active);
		assert_ne!(id, AgreementsPallet::agreement_id(&5, &terms(&[a], &[t], None, 0)));
	});
}

#[test]
fn references_must_exist_and_guards_read_them() {
	test(|| {
		let w = world();
		let mut group = stats_group();
		group.validation = Some(guard(r#"{"in": [0, {"var": "references"}]}"#));
		let (group_id, series) = group_and_series(&w, group, stats_series(), &[]);
		let membership_token = Memberships::<Test>::get(group_id, w.agreement).unwrap().token.unwrap();
		assert_eq!(membership_token, 0);
		let mut missing = content(w.agreement, "GAME", H256::zero(), 1, "", vec![mint(series, 1, None, "ACTIVE")]);
		missing.references = BoundedVec::try_from(vec![99]).unwrap();
		assert_noop!(submit(missing, &[(w.athlete, 1)]), Error::<Test>::TokenNotFound);
		let without = content(w.agreement, "GAME", H256::zero(), 1, "", vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(without, &[(w.athlete, 1)]), Error::<Test>::PolicyViolation);
		let mut with = content(w.agreement, "GAME", H256::zero(), 1, "", vec![mint(series, 1, None, "ACTIVE")]);
		with.references = BoundedVec::try_from(vec![membership_token]).unwrap();
		assert_ok!(submit(with, &[(w.athlete, 1)]));
	});
}

#[test]
fn an_agreement_that_ended_after_its_request_is_not_admitted() {
	test(|| {
		let w = world();
		let (group, _) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let other = agreement_of(3, &[(w.athlete, 1)], &[(w.team, 2)], 1);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(1), group, other, w.athlete));
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), other, w.team));
		assert_noop!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, other, w.team), Error::<Test>::NotActive);
		// Its party withdraws the request and gets the deposit back.
		assert_ok!(AgreementsPallet::leave_group(RuntimeOrigin::signed(1), group, other, w.athlete));
		assert_eq!(held(HoldReason::MembershipDeposit, 1), 0);
	});
}
