//! Tests of delegations: chains, expiry, revocation, agents signing, `has_permission`,
//! conditions, reaping, queries, and the attacks on them.

use crate::{mock::*, tests::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use policy_engine::{GroupPolicy, SeriesPolicy};
use sp_core::{Pair, H256};
use sp_runtime::{DispatchResult, MultiSignature};

/// Bounded permissions.
fn perms(list: &[&str]) -> PermissionsOf<Test> {
	BoundedVec::try_from(list.iter().map(|p| name(p)).collect::<Vec<_>>()).unwrap()
}

/// `account` grants, for `delegator`, `list` to `delegate` in `agreement` until `expires`.
#[allow(clippy::too_many_arguments)]
fn grant(
	account: u64,
	agreement: AgreementId,
	delegator: ParticipantId,
	delegate: ParticipantId,
	list: &[&str],
	expires: u64,
	redelegate: bool,
	parent: Option<DelegationId>,
) -> DispatchResult {
	AgreementsPallet::delegate(
		RuntimeOrigin::signed(account),
		agreement,
		delegator,
		delegate,
		perms(list),
		expires,
		redelegate,
		None,
		parent,
	)
}

/// Submits `content` for `producer`, signed by the key of `seed` through `delegation`.
fn submit_via(
	content: EventContentOf<Test>,
	producer: ParticipantId,
	seed: u8,
	delegation: Option<DelegationId>,
) -> DispatchResult {
	let signature = MultiSignature::Sr25519(pair(seed).sign(content.hash().as_bytes()));
	let proofs =
		BoundedVec::try_from(vec![ProducerProof { participant: producer, signature, delegation }])
			.unwrap();
	AgreementsPallet::submit_event(RuntimeOrigin::signed(6), content, proofs, MAX_FUEL)
		.map(|_| ())
		.map_err(|e| e.error)
}

/// A game event of the stats series continuing the `GAME` stream.
fn game(w: &World, series: SeriesId, minutes: u32) -> EventContentOf<Test> {
	let h = head(w.agreement, "GAME");
	content(
		w.agreement,
		"GAME",
		h.last,
		h.ordinal + 1,
		&format!(r#"{{"minutes_played": {minutes}}}"#),
		vec![mint(series, u128::from(minutes.max(1)), None, "ACTIVE")],
	)
}

/// The world, its stats series, and agents: account 3 (key 3) and account 4 (key 4).
fn agents_world() -> (World, SeriesId, ParticipantId, ParticipantId) {
	let w = world();
	let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
	let first = register_kind(3, 3, ParticipantKind::Agent);
	let second = register_kind(4, 4, ParticipantKind::Agent);
	(w, series, first, second)
}

fn links(agreement: AgreementId) -> Vec<DelegationId> {
	Delegations::<Test>::get(agreement).links.iter().map(|l| l.id).collect()
}

#[test]
fn an_agent_signs_for_its_principal_through_a_delegation() {
	test(|| {
		let (w, series, agent, _) = agents_world();
		let holdings = Agreements::<Test>::get(w.agreement).unwrap().holdings;
		// Without a delegation the agent's signature is no producer's.
		assert_noop!(submit_via(game(&w, series, 30), w.athlete, 3, None), Error::<Test>::InvalidSignature);
		// And a delegation must exist.
		assert_noop!(
			submit_via(game(&w, series, 30), w.athlete, 3, Some(0)),
			Error::<Test>::DelegationNotFound
		);

		assert_ok!(grant(1, w.agreement, w.athlete, agent, &["GAME"], 50, false, None));
		assert_eq!(
			last_event(),
			Event::Delegated { agreement: w.agreement, id: 0, delegator: w.athlete, delegate: agent, expires: 50 }
		);
		assert_eq!(held(HoldReason::DelegationDeposit, 1), DELEGATION_DEPOSIT);
		assert_eq!(Agreements::<Test>::get(w.agreement).unwrap().holdings, holdings + 1);
		let stored = Delegations::<Test>::get(w.agreement);
		assert_eq!(stored.next, 1);
		let link = stored.get(0).unwrap();
		assert_eq!((link.delegator, link.delegate, link.depth, link.parent), (w.athlete, agent, 1, None));

		let token = NextTokenId::<Test>::get();
		assert_ok!(submit_via(game(&w, series, 30), w.athlete, 3, Some(0)));
		assert_eq!(Tokens::<Test>::get(token).unwrap().quantity, 30);
		assert_eq!(head(w.agreement, "GAME").ordinal, 1);
		// The principal's own signature still works beside it.
		assert_ok!(submit_via(game(&w, series, 20), w.athlete, 1, None));
		// The chain does not make the principal's key sign for the agent: the chain's end signs.
		assert_noop!(
			submit_via(game(&w, series, 20), w.athlete, 1, Some(0)),
			Error::<Test>::InvalidSignature
		);
	});
}

#[test]
fn a_chain_of_agents_signs_within_its_depth_and_bounds() {
	test(|| {
		let (w, series, first, second) = agents_world();
		let third = register_kind(5, 5, ParticipantKind::Agent);
		assert_ok!(grant(1, w.agreement, w.athlete, first, &["GAME", "TRAINING"], 50, true, None));
		// The first agent extends the chain to the second, within its grant.
		assert_ok!(grant(3, w.agreement, first, second, &["GAME"], 40, true, Some(0)));
		assert_ok!(submit_via(game(&w, series, 12), w.athlete, 4, Some(1)));
		// The first agent still signs through its own link.
		assert_ok!(submit_via(game(&w, series, 13), w.athlete, 3, Some(0)));

		// No link may grant more than the link it extends, or outlive it.
		assert_noop!(
			grant(4, w.agreement, second, third, &["TRAINING"], 30, false, Some(1)),
			Error::<Test>::InsufficientPermissions
		);
		assert_noop!(
			grant(4, w.agreement, second, third, &["GAME"], 41, false, Some(1)),
			Error::<Test>::InsufficientPermissions
		);
		assert_noop!(
			grant(4, w.agreement, second, third, &["*"], 30, false, Some(1)),
			Error::<Test>::InsufficientPermissions
		);
		// Only the link's delegate extends it.
		assert_noop!(
			grant(5, w.agreement, third, first, &["GAME"], 30, false, Some(1)),
			Error::<Test>::ChainMismatch
		);
		// Depth 3 is the mock's most; a closed link cannot be extended at all.
		assert_ok!(grant(4, w.agreement, second, third, &["GAME"], 30, true, Some(1)));
		let link = Delegations::<Test>::get(w.agreement).get(2).unwrap().clone();
		assert_eq!((link.depth, link.root, link.creator), (3, w.athlete, 4));
		assert_ok!(submit_via(game(&w, series, 14), w.athlete, 5, Some(2)));
		assert_noop!(
			grant(5, w.agreement, third, first, &["GAME"], 30, false, Some(2)),
			Error::<Test>::DelegationTooDeep
		);
		assert_ok!(grant(3, w.agreement, first, third, &["GAME"], 30, false, Some(0)));
		assert_noop!(
			grant(5, w.agreement, third, second, &["GAME"], 30, false, Some(3)),
			Error::<Test>::NotExtendable
		);
		// Only the delegate's owner extends a link, for the delegate.
		assert_noop!(
			grant(1, w.agreement, first, third, &["GAME"], 30, false, Some(0)),
			Error::<Test>::Unauthorized
		);
	});
}

#[test]
fn an_expired_link_stops_the_whole_chain_at_once() {
	test(|| {
		let (w, series, first, second) = agents_world();
		assert_ok!(grant(1, w.agreement, w.athlete, first, &["GAME"], 20, true, None));
		assert_ok!(grant(3, w.agreement, first, second, &["GAME"], 20, false, Some(0)));
		System::set_block_number(19);
		assert_ok!(submit_via(game(&w, series, 10), w.athlete, 4, Some(1)));
		System::set_block_number(20);
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 4, Some(1)),
			Error::<Test>::DelegationExpired
		);
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 3, Some(0)),
			Error::<Test>::DelegationExpired
		);
		// Nor can an expired link be extended, or a new one be made to expire now.
		assert_noop!(
			grant(3, w.agreement, first, second, &["GAME"], 20, false, Some(0)),
			Error::<Test>::DelegationExpired
		);
		assert_noop!(
			grant(1, w.agreement, w.athlete, first, &["GAME"], 20, false, None),
			Error::<Test>::DelegationExpired
		);
		// The principal signs as ever.
		assert_ok!(submit_via(game(&w, series, 10), w.athlete, 1, None));
	});
}

#[test]
fn revoking_a_link_cuts_everything_below_it_at_once() {
	test(|| {
		let (w, series, first, second) = agents_world();
		assert_ok!(grant(1, w.agreement, w.athlete, first, &["GAME"], 50, true, None));
		assert_ok!(grant(3, w.agreement, first, second, &["GAME"], 50, false, Some(0)));
		assert_ok!(grant(1, w.agreement, w.athlete, second, &["TRAINING"], 50, false, None));
		let holdings = Agreements::<Test>::get(w.agreement).unwrap().holdings;
		assert_eq!(held(HoldReason::DelegationDeposit, 1), 2 * DELEGATION_DEPOSIT);
		assert_eq!(held(HoldReason::DelegationDeposit, 3), DELEGATION_DEPOSIT);

		// Outsiders, and a delegator below the link, may not revoke it.
		assert_noop!(AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(6), w.agreement, 1), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(4), w.agreement, 0), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(1), w.agreement, 9), Error::<Test>::DelegationNotFound);

		assert_ok!(AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(1), w.agreement, 0));
		assert_eq!(last_event(), Event::DelegationRevoked { agreement: w.agreement, id: 0, removed: 2 });
		assert_eq!(links(w.agreement), vec![2]);
		assert_eq!(held(HoldReason::DelegationDeposit, 1), DELEGATION_DEPOSIT);
		assert_eq!(held(HoldReason::DelegationDeposit, 3), 0);
		assert_eq!(Agreements::<Test>::get(w.agreement).unwrap().holdings, holdings - 2);
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 4, Some(1)),
			Error::<Test>::DelegationNotFound
		);
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 3, Some(0)),
			Error::<Test>::DelegationNotFound
		);
		// Numbers are never reused: a new grant cannot revive a proof naming a revoked link.
		assert_ok!(grant(1, w.agreement, w.athlete, first, &["GAME"], 50, true, None));
		assert_eq!(links(w.agreement), vec![2, 3]);
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 3, Some(0)),
			Error::<Test>::DelegationNotFound
		);
		// A delegator in the middle revokes its own link.
		assert_ok!(grant(3, w.agreement, first, second, &["GAME"], 50, false, Some(3)));
		assert_eq!(held(HoldReason::DelegationDeposit, 3), DELEGATION_DEPOSIT);
		assert_ok!(AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(3), w.agreement, 4));
		assert_eq!(held(HoldReason::DelegationDeposit, 3), 0);
	});
}

#[test]
fn only_agents_sign_in_their_principals_place() {
	test(|| {
		let (w, series, _, _) = agents_world();
		let delegate = register_kind(5, 5, ParticipantKind::Delegate);
		assert_ok!(grant(1, w.agreement, w.athlete, delegate, &["GAME"], 50, false, None));
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 5, Some(0)),
			Error::<Test>::DelegateCannotSign
		);
		// The delegate holds the permission for guards all the same.
		assert!(AgreementsPallet::has_permission(w.agreement, delegate, b"GAME", None));
	});
}

#[test]
fn a_chain_must_start_at_the_producer_and_grant_the_activity() {
	test(|| {
		let (w, series, agent, _) = agents_world();
		// The validator is a party and may delegate, but its chain signs for nobody else.
		assert_ok!(grant(2, w.agreement, w.team, agent, &["GAME"], 50, false, None));
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 3, Some(0)),
			Error::<Test>::ChainMismatch
		);
		// A chain for another activity does not cover this one; `*` covers every activity.
		assert_ok!(grant(1, w.agreement, w.athlete, agent, &["TRAINING"], 50, false, None));
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 3, Some(1)),
			Error::<Test>::InsufficientPermissions
		);
		assert_ok!(grant(1, w.agreement, w.athlete, agent, &["*"], 50, false, None));
		assert_ok!(submit_via(game(&w, series, 10), w.athlete, 3, Some(2)));
	});
}

#[test]
fn a_delegation_holds_only_in_its_own_agreement() {
	test(|| {
		let (w, series, agent, _) = agents_world();
		let other = propose(1, terms(&[w.athlete], &[w.team], None, 1), &[(w.athlete, 1), (w.team, 2)]);
		assert_ok!(grant(1, other, w.athlete, agent, &["GAME"], 50, false, None));
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 3, Some(0)),
			Error::<Test>::DelegationNotFound
		);
		assert!(AgreementsPallet::has_permission(other, agent, b"GAME", None));
		assert!(!AgreementsPallet::has_permission(w.agreement, agent, b"GAME", None));
	});
}

#[test]
fn creating_a_delegation_checks_every_rule() {
	test(|| {
		let (w, _, agent, second) = agents_world();
		let a = w.agreement;
		assert_noop!(grant(1, H256::repeat_byte(7), w.athlete, agent, &["GAME"], 50, false, None), Error::<Test>::AgreementNotFound);
		assert_noop!(grant(2, a, w.athlete, agent, &["GAME"], 50, false, None), Error::<Test>::Unauthorized);
		assert_noop!(grant(1, a, 99, agent, &["GAME"], 50, false, None), Error::<Test>::ParticipantNotFound);
		assert_noop!(grant(1, a, w.athlete, 99, &["GAME"], 50, false, None), Error::<Test>::ParticipantNotFound);
		assert_noop!(grant(1, a, w.athlete, w.athlete, &["GAME"], 50, false, None), Error::<Test>::InvalidDelegation);
		assert_noop!(grant(1, a, w.athlete, agent, &[], 50, false, None), Error::<Test>::InvalidDelegation);
		assert_noop!(grant(1, a, w.athlete, agent, &["GAME", "GAME"], 50, false, None), Error::<Test>::InvalidDelegation);
		assert_noop!(grant(1, a, w.athlete, agent, &[""], 50, false, None), Error::<Test>::InvalidDelegation);
		assert_noop!(grant(1, a, w.athlete, agent, &["GAME"], 1, false, None), Error::<Test>::DelegationExpired);
		assert_noop!(
			grant(1, a, w.athlete, agent, &["GAME"], 2 + MAX_DELEGATION_PERIOD, false, None),
			Error::<Test>::DelegationTooLong
		);
		assert_ok!(grant(1, a, w.athlete, agent, &["GAME"], 1 + MAX_DELEGATION_PERIOD, false, None));
		// A root comes from a party; an agent is none.
		assert_noop!(grant(3, a, agent, second, &["GAME"], 50, false, None), Error::<Test>::NotAParty);
		assert_noop!(grant(3, a, agent, second, &["GAME"], 50, false, Some(7)), Error::<Test>::DelegationNotFound);
		// The link exists but does not allow extending.
		assert_noop!(grant(3, a, agent, second, &["GAME"], 50, false, Some(0)), Error::<Test>::NotExtendable);
		// Conditions must decode and pass the policy engine's checks.
		let garbage: PolicyOf<Test> = BoundedVec::try_from(vec![0xff, 0x01]).unwrap();
		assert_noop!(
			AgreementsPallet::delegate(RuntimeOrigin::signed(1), a, w.athlete, agent, perms(&["GAME"]), 50, false, Some(garbage), None),
			Error::<Test>::UndecodablePolicy
		);
		let unknown = document(guard(r#"{"<": [{"var": "undeclared"}, 3]}"#), &[]);
		assert_noop!(
			AgreementsPallet::delegate(RuntimeOrigin::signed(1), a, w.athlete, agent, perms(&["GAME"]), 50, false, Some(unknown), None),
			Error::<Test>::InvalidPolicy
		);
		// A condition may read only the event-wide keys of the guard data, not one effect's:
		// it is checked once per event, where `quantity` would read as null.
		let per_effect = document(guard(r#"{"<=": [{"var": "quantity"}, 40]}"#), &[]);
		assert_noop!(
			AgreementsPallet::delegate(RuntimeOrigin::signed(1), a, w.athlete, agent, perms(&["GAME"]), 50, false, Some(per_effect), None),
			Error::<Test>::InvalidPolicy
		);
		let event_wide = document(guard(r#"{"<": [{"var": "block"}, 40]}"#), &[]);
		assert_ok!(AgreementsPallet::delegate(RuntimeOrigin::signed(1), a, w.athlete, agent, perms(&["GAME"]), 50, false, Some(event_wide), None));
		// A party's chains take at most `MaxDelegationsPerParty` of the set, and the set holds
		// at most `MaxDelegations`: one party cannot lock the others out.
		for _ in 2..MAX_PER_PARTY {
			assert_ok!(grant(1, a, w.athlete, agent, &["GAME"], 50, false, None));
		}
		assert_noop!(grant(1, a, w.athlete, agent, &["GAME"], 50, false, None), Error::<Test>::TooManyDelegations);
		for _ in MAX_PER_PARTY..MAX_DELEGATIONS {
			assert_ok!(grant(2, a, w.team, agent, &["GAME"], 50, false, None));
		}
		assert_noop!(grant(2, a, w.team, agent, &["GAME"], 50, false, None), Error::<Test>::TooManyDelegations);
		// Only active agreements take delegations.
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), a, w.team));
		assert_ok!(AgreementsPallet::reap_delegation(RuntimeOrigin::signed(6), a, 0));
		assert_noop!(grant(1, a, w.athlete, agent, &["GAME"], 50, false, None), Error::<Test>::NotActive);
	});
}

#[test]
fn conditions_judge_each_event_and_cost_fuel() {
	test(|| {
		let (w, series, agent, _) = agents_world();
		let condition = document(guard(r#"{"<=": [{"var": "minutes_played"}, 40]}"#), &["minutes_played"]);
		let bytes = condition.len() as u64;
		assert_ok!(AgreementsPallet::delegate(
			RuntimeOrigin::signed(1),
			w.agreement,
			w.athlete,
			agent,
			perms(&["GAME"]),
			50,
			false,
			Some(condition.clone()),
			None,
		));
		assert_eq!(held(HoldReason::DelegationDeposit, 1), DELEGATION_DEPOSIT + bytes * BYTE_DEPOSIT);
		assert_eq!(DelegationConditions::<Test>::get(w.agreement, 0), Some(condition));
		assert_noop!(
			submit_via(game(&w, series, 45), w.athlete, 3, Some(0)),
			Error::<Test>::DelegationConditionFailed
		);
		// The principal's own signature is not bound by its agent's condition.
		assert_ok!(submit_via(game(&w, series, 45), w.athlete, 1, None));
		let unconditioned_fuel = EventRecords::<Test>::get(w.agreement, 0).unwrap().fuel;
		assert_ok!(submit_via(game(&w, series, 40), w.athlete, 3, Some(0)));
		assert!(EventRecords::<Test>::get(w.agreement, 1).unwrap().fuel > unconditioned_fuel);
		// A conditioned chain grants no permission to guards: they have no event to judge.
		assert!(!AgreementsPallet::has_permission(w.agreement, agent, b"GAME", None));
		assert_ok!(AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(1), w.agreement, 0));
		assert_eq!(DelegationConditions::<Test>::get(w.agreement, 0), None);
		assert_eq!(held(HoldReason::DelegationDeposit, 1), 0);
	});
}

/// A series whose validation needs `has_permission(therapist, "update_treatment")`.
fn treatment_series(w: &World) -> SeriesId {
	let mut group: GroupPolicy = stats_group();
	group.validation = Some(guard(r#"{"has_permission": [{"var": "therapist"}, "update_treatment"]}"#));
	let series = SeriesPolicy { fungible: true, allow_increase: false, allow_decrease: false, dfa: None, validation: None };
	group_and_series(w, group, series, &["therapist"]).1
}

#[test]
fn guards_ask_has_permission_of_live_chains() {
	test(|| {
		let w = world();
		let series = treatment_series(&w);
		let therapist = register_kind(3, 3, ParticipantKind::Delegate);
		let session = |ordinal: u64, parent: H256| {
			content(
				w.agreement,
				"GAME",
				parent,
				ordinal,
				&format!(r#"{{"therapist": {therapist}}}"#),
				vec![mint(series, 1, None, "ACTIVE")],
			)
		};
		assert_noop!(submit(session(1, H256::zero()), &[(w.athlete, 1)]), Error::<Test>::PolicyViolation);
		assert_ok!(grant(1, w.agreement, w.athlete, therapist, &["update_treatment"], 30, false, None));
		assert!(AgreementsPallet::has_permission(w.agreement, therapist, b"update_treatment", None));
		assert!(!AgreementsPallet::has_permission(w.agreement, therapist, b"order_tests", None));
		let first = session(1, H256::zero());
		let first_hash = first.hash();
		assert_ok!(submit(first, &[(w.athlete, 1)]));
		// The permission check is a host call, paid in fuel.
		assert!(EventRecords::<Test>::get(w.agreement, 0).unwrap().fuel >= 6_250);
		System::set_block_number(30);
		assert!(!AgreementsPallet::has_permission(w.agreement, therapist, b"update_treatment", None));
		assert_noop!(submit(session(2, first_hash), &[(w.athlete, 1)]), Error::<Test>::PolicyViolation);
	});
}

#[test]
fn dead_delegations_are_reaped_by_anyone_and_block_reaping_the_agreement() {
	test(|| {
		let (w, _, agent, second) = agents_world();
		assert_ok!(grant(1, w.agreement, w.athlete, agent, &["GAME"], 20, true, None));
		assert_ok!(grant(3, w.agreement, agent, second, &["GAME"], 10, false, Some(0)));
		assert_ok!(grant(1, w.agreement, w.athlete, second, &["GAME"], 400, false, None));
		assert_noop!(AgreementsPallet::reap_delegation(RuntimeOrigin::signed(6), w.agreement, 0), Error::<Test>::DelegationLive);
		assert_noop!(AgreementsPallet::reap_delegation(RuntimeOrigin::signed(6), w.agreement, 5), Error::<Test>::DelegationNotFound);
		System::set_block_number(10);
		assert_ok!(AgreementsPallet::reap_delegation(RuntimeOrigin::signed(6), w.agreement, 1));
		assert_eq!(last_event(), Event::DelegationReaped { agreement: w.agreement, id: 1, removed: 1 });
		assert_eq!(held(HoldReason::DelegationDeposit, 3), 0);
		System::set_block_number(20);
		assert_ok!(AgreementsPallet::reap_delegation(RuntimeOrigin::signed(6), w.agreement, 0));
		assert_eq!(links(w.agreement), vec![2]);

		// Once the agreement ends, every delegation is dead, and it must go before the agreement.
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team));
		System::set_block_number(200);
		// The group and its membership token are holdings too: destroy them first.
		let group = NextGroupId::<Test>::get() - 1;
		let series = NextSeriesId::<Test>::get() - 1;
		assert_ok!(AgreementsPallet::destroy_series(RuntimeOrigin::signed(2), series, w.team));
		assert_ok!(AgreementsPallet::destroy_group(RuntimeOrigin::signed(2), group, w.team));
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(6), w.agreement), Error::<Test>::AgreementInUse);
		assert_ok!(AgreementsPallet::reap_delegation(RuntimeOrigin::signed(6), w.agreement, 2));
		assert_eq!(held(HoldReason::DelegationDeposit, 1), 0);
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(6), w.agreement));
		assert!(!Delegations::<Test>::contains_key(w.agreement));
	});
}

#[test]
fn queries_list_incoming_and_outgoing_delegations() {
	test(|| {
		let (w, _, agent, second) = agents_world();
		assert_ok!(grant(1, w.agreement, w.athlete, agent, &["GAME"], 20, true, None));
		assert_ok!(grant(3, w.agreement, agent, second, &["GAME"], 10, false, Some(0)));
		let ids = |participant, direction, dead| {
			AgreementsPallet::delegations(w.agreement, participant, direction, dead)
				.into_iter()
				.map(|v| v.id)
				.collect::<Vec<_>>()
		};
		assert_eq!(ids(None, DelegationDirection::Both, false), vec![0, 1]);
		assert_eq!(ids(Some(agent), DelegationDirection::Incoming, false), vec![0]);
		assert_eq!(ids(Some(agent), DelegationDirection::Outgoing, false), vec![1]);
		assert_eq!(ids(Some(agent), DelegationDirection::Both, false), vec![0, 1]);
		assert_eq!(ids(Some(w.team), DelegationDirection::Both, false), Vec::<u32>::new());
		let view = AgreementsPallet::delegations(w.agreement, Some(second), DelegationDirection::Incoming, false);
		assert_eq!(view[0].permissions, vec![b"GAME".to_vec()]);
		assert_eq!((view[0].parent, view[0].depth, view[0].creator, view[0].live), (Some(0), 2, 3, true));
		System::set_block_number(10);
		assert_eq!(ids(None, DelegationDirection::Both, false), vec![0]);
		assert_eq!(ids(None, DelegationDirection::Both, true), vec![0, 1]);
	});
}

#[test]
fn the_weight_charged_first_covers_the_deepest_chains() {
	test(|| {
		let (w, series, agent, _) = agents_world();
		let c = game(&w, series, 1);
		let signature = MultiSignature::Sr25519(pair(3).sign(c.hash().as_bytes()));
		let proofs: ProofsOf<Test> = BoundedVec::try_from(vec![
			ProducerProof { participant: w.athlete, signature: signature.clone(), delegation: Some(0) },
			ProducerProof { participant: agent, signature, delegation: None },
		])
		.unwrap();
		assert_eq!(AgreementsPallet::max_chain_links(&proofs), MAX_DEPTH);
		assert_eq!(AgreementsPallet::chain_weight(0), frame_support::weights::Weight::zero());
	});
}

#[test]
fn the_weight_charged_after_counts_the_links_walked() {
	test(|| {
		let (w, series, first, second) = agents_world();
		assert_ok!(grant(1, w.agreement, w.athlete, first, &["GAME"], 50, true, None));
		assert_ok!(grant(3, w.agreement, first, second, &["GAME"], 50, false, Some(0)));
		let c = game(&w, series, 5);
		let signature = MultiSignature::Sr25519(pair(4).sign(c.hash().as_bytes()));
		let proofs = BoundedVec::try_from(vec![ProducerProof {
			participant: w.athlete,
			signature,
			delegation: Some(1),
		}])
		.unwrap();
		let info = AgreementsPallet::submit_event(RuntimeOrigin::signed(6), c, proofs, MAX_FUEL).unwrap();
		let fuel = EventRecords::<Test>::get(w.agreement, 0).unwrap().fuel;
		assert_eq!(
			info.actual_weight.unwrap(),
			AgreementsPallet::event_weight(1, 1)
				.saturating_add(AgreementsPallet::chain_weight(2))
				.saturating_add(AgreementsPallet::fuel_weight(fuel, 0))
		);
		assert!(AgreementsPallet::chain_weight(2).ref_time() > 0);
	});
}

#[test]
fn no_delegate_passes_a_signing_right_down_its_chain() {
	test(|| {
		let (w, series, agent, _) = agents_world();
		let delegate = register_kind(5, 5, ParticipantKind::Delegate);
		assert_ok!(grant(1, w.agreement, w.athlete, delegate, &["GAME"], 50, true, None));
		// The delegate's owner extends the chain to an agent it controls: the chain still
		// passes through a delegate, whose proofs must come from its principal.
		let own_agent = register_kind(5, 7, ParticipantKind::Agent);
		assert_ok!(grant(5, w.agreement, delegate, own_agent, &["GAME"], 50, false, Some(0)));
		assert_noop!(
			submit_via(game(&w, series, 10), w.athlete, 7, Some(1)),
			Error::<Test>::DelegateCannotSign
		);
		// Through a user in the middle it works: users act on their own authority.
		let assistant = register_kind(4, 8, ParticipantKind::User);
		assert_ok!(grant(1, w.agreement, w.athlete, assistant, &["GAME"], 50, true, None));
		assert_ok!(grant(4, w.agreement, assistant, agent, &["GAME"], 50, false, Some(2)));
		assert_ok!(submit_via(game(&w, series, 10), w.athlete, 3, Some(3)));
	});
}

/// A series whose validation needs `has_permission` of `therapist` granted by the athlete.
fn granted_series(w: &World) -> SeriesId {
	let mut group: GroupPolicy = stats_group();
	group.validation = Some(guard(&format!(
		r#"{{"has_permission": [[{{"var": "therapist"}}, {}], "update_treatment"]}}"#,
		w.athlete
	)));
	let series = SeriesPolicy { fungible: true, allow_increase: false, allow_decrease: false, dfa: None, validation: None };
	group_and_series(w, group, series, &["therapist"]).1
}

#[test]
fn a_guard_can_name_whose_grant_it_trusts() {
	test(|| {
		let w = world();
		let series = granted_series(&w);
		let therapist = register_kind(3, 3, ParticipantKind::Delegate);
		let session = |ordinal: u64, parent: H256| {
			content(
				w.agreement,
				"GAME",
				parent,
				ordinal,
				&format!(r#"{{"therapist": {therapist}}}"#),
				vec![mint(series, 1, None, "ACTIVE")],
			)
		};
		// The team (a party too) grants the permission: not the grant this guard trusts.
		assert_ok!(grant(2, w.agreement, w.team, therapist, &["update_treatment"], 30, false, None));
		assert!(AgreementsPallet::has_permission(w.agreement, therapist, b"update_treatment", None));
		assert!(!AgreementsPallet::has_permission(w.agreement, therapist, b"update_treatment", Some(w.athlete)));
		assert_noop!(submit(session(1, H256::zero()), &[(w.athlete, 1)]), Error::<Test>::PolicyViolation);
		assert_ok!(grant(1, w.agreement, w.athlete, therapist, &["*"], 30, false, None));
		assert!(AgreementsPallet::has_permission(w.agreement, therapist, b"update_treatment", Some(w.athlete)));
		assert_ok!(submit(session(1, H256::zero()), &[(w.athlete, 1)]));
	});
}

#[test]
fn a_conditioned_link_anywhere_in_the_chain_binds_it() {
	test(|| {
		let (w, series, first, second) = agents_world();
		let condition = document(guard(r#"{"<=": [{"var": "minutes_played"}, 40]}"#), &["minutes_played"]);
		assert_ok!(grant(1, w.agreement, w.athlete, first, &["GAME", "update_treatment"], 50, true, None));
		// The middle link carries the condition; the last does not.
		assert_ok!(AgreementsPallet::delegate(
			RuntimeOrigin::signed(3), w.agreement, first, second, perms(&["GAME", "update_treatment"]), 50, true, Some(condition), Some(0),
		));
		let third = register_kind(5, 5, ParticipantKind::Agent);
		assert_ok!(grant(4, w.agreement, second, third, &["GAME", "update_treatment"], 50, false, Some(1)));
		assert_noop!(
			submit_via(game(&w, series, 45), w.athlete, 5, Some(2)),
			Error::<Test>::DelegationConditionFailed
		);
		// Out of fuel, a condition refuses too.
		let c = game(&w, series, 10);
		let signature = MultiSignature::Sr25519(pair(5).sign(c.hash().as_bytes()));
		let proofs = BoundedVec::try_from(vec![ProducerProof { participant: w.athlete, signature, delegation: Some(2) }]).unwrap();
		assert_noop!(
			AgreementsPallet::submit_event(RuntimeOrigin::signed(6), c, proofs, 1).map_err(|e| e.error),
			Error::<Test>::DelegationConditionFailed
		);
		assert_ok!(submit_via(game(&w, series, 40), w.athlete, 5, Some(2)));
		// A conditioned ancestor also keeps the chain from answering `has_permission`.
		assert!(AgreementsPallet::has_permission(w.agreement, first, b"update_treatment", None));
		assert!(!AgreementsPallet::has_permission(w.agreement, third, b"update_treatment", None));
	});
}

#[test]
fn two_producers_sign_one_directly_one_through_an_agent() {
	test(|| {
		let athlete = register(1, 1);
		let coach = register(2, 2);
		let team = register(4, 4);
		let agent = register_kind(3, 3, ParticipantKind::Agent);
		let agreement = propose(1, terms(&[athlete, coach], &[team], None, 0), &[(athlete, 1), (coach, 2), (team, 4)]);
		let w = World { athlete, team, agreement };
		let group = NextGroupId::<Test>::get();
		assert_ok!(AgreementsPallet::create_group(RuntimeOrigin::signed(4), agreement, team, document(stats_group(), &["minutes_played"]), H256::zero()));
		let series = NextSeriesId::<Test>::get();
		assert_ok!(AgreementsPallet::create_series(RuntimeOrigin::signed(4), group, team, document(stats_series(), &[]), H256::zero()));
		// The same agent acts for both producers: one signature of its counts for each.
		assert_ok!(grant(1, agreement, athlete, agent, &["GAME"], 50, false, None));
		assert_ok!(grant(2, agreement, coach, agent, &["GAME"], 50, false, None));
		let c = game(&w, series, 10);
		let by_agent = MultiSignature::Sr25519(pair(3).sign(c.hash().as_bytes()));
		let by_coach = MultiSignature::Sr25519(pair(2).sign(c.hash().as_bytes()));
		let mixed = BoundedVec::try_from(vec![
			ProducerProof { participant: athlete, signature: by_agent.clone(), delegation: Some(0) },
			ProducerProof { participant: coach, signature: by_coach, delegation: None },
		])
		.unwrap();
		assert_ok!(AgreementsPallet::submit_event(RuntimeOrigin::signed(6), c, mixed, MAX_FUEL));
		let c = game(&w, series, 11);
		let by_agent = MultiSignature::Sr25519(pair(3).sign(c.hash().as_bytes()));
		// Each producer's proof must name a chain from that producer.
		let crossed = BoundedVec::try_from(vec![
			ProducerProof { participant: athlete, signature: by_agent.clone(), delegation: Some(1) },
			ProducerProof { participant: coach, signature: by_agent.clone(), delegation: Some(0) },
		])
		.unwrap();
		assert_noop!(
			AgreementsPallet::submit_event(RuntimeOrigin::signed(6), c.clone(), crossed, MAX_FUEL).map_err(|e| e.error),
			Error::<Test>::ChainMismatch
		);
		let both = BoundedVec::try_from(vec![
			ProducerProof { participant: athlete, signature: by_agent.clone(), delegation: Some(0) },
			ProducerProof { participant: coach, signature: by_agent, delegation: Some(1) },
		])
		.unwrap();
		assert_ok!(AgreementsPallet::submit_event(RuntimeOrigin::signed(6), c, both, MAX_FUEL));
		assert_eq!(head(agreement, "GAME").ordinal, 2);
	});
}

#[test]
fn revocation_by_the_root_at_any_depth_by_the_delegate_and_after_the_end() {
	test(|| {
		let (w, series, first, second) = agents_world();
		let third = register_kind(5, 5, ParticipantKind::Agent);
		assert_ok!(grant(1, w.agreement, w.athlete, first, &["GAME"], 50, true, None));
		assert_ok!(grant(3, w.agreement, first, second, &["GAME"], 50, true, Some(0)));
		assert_ok!(grant(4, w.agreement, second, third, &["GAME"], 50, false, Some(1)));
		// The root's creator cuts the chain at depth 3.
		let info = AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(1), w.agreement, 2).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::revoke_delegation(1)));
		assert_eq!(links(w.agreement), vec![0, 1]);
		assert_noop!(submit_via(game(&w, series, 10), w.athlete, 5, Some(2)), Error::<Test>::DelegationNotFound);
		// A delegate renounces what it received; the delegator's deposit comes back.
		assert_eq!(held(HoldReason::DelegationDeposit, 3), DELEGATION_DEPOSIT);
		assert_ok!(AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(4), w.agreement, 1));
		assert_eq!(held(HoldReason::DelegationDeposit, 3), 0);
		// A retired agent cannot sign: its key is gone.
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(3), first));
		assert_noop!(submit_via(game(&w, series, 10), w.athlete, 3, Some(0)), Error::<Test>::ParticipantNotFound);
		// After the end, the creator may still revoke; the weight charged counts what went.
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team));
		let info = AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(1), w.agreement, 0).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::revoke_delegation(1)));
		assert_eq!(held(HoldReason::DelegationDeposit, 1), 0);
		assert!(links(w.agreement).is_empty());
	});
}

#[test]
fn reaping_charges_for_the_links_it_removed() {
	test(|| {
		let (w, _, first, second) = agents_world();
		assert_ok!(grant(1, w.agreement, w.athlete, first, &["GAME"], 20, true, None));
		assert_ok!(grant(3, w.agreement, first, second, &["GAME"], 20, false, Some(0)));
		System::set_block_number(20);
		let info = AgreementsPallet::reap_delegation(RuntimeOrigin::signed(6), w.agreement, 0).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::reap_delegation(2)));
		assert_eq!(last_event(), Event::DelegationReaped { agreement: w.agreement, id: 0, removed: 2 });
	});
}

#[test]
fn links_are_items_of_the_agreements_permissions_trie() {
	test(|| {
		use crate::features::state::{state_child_info, state_key};
		use codec::Encode;
		let (w, _, agent, _) = agents_world();
		let before = AgreementsPallet::state_root(w.agreement);
		assert_ok!(grant(1, w.agreement, w.athlete, agent, &["GAME"], 50, false, None));
		let key = state_key(&w.agreement, Trie::Permissions, &0u32.encode());
		let stored = Delegations::<Test>::get(w.agreement).get(0).unwrap().encode();
		assert_eq!(frame_support::storage::child::get_raw(&state_child_info(&w.agreement), &key), Some(stored));
		assert_ne!(AgreementsPallet::state_root(w.agreement), before);
		assert_ok!(AgreementsPallet::revoke_delegation(RuntimeOrigin::signed(1), w.agreement, 0));
		assert_eq!(frame_support::storage::child::get_raw(&state_child_info(&w.agreement), &key), None);
		assert_eq!(AgreementsPallet::state_root(w.agreement), before);
	});
}
