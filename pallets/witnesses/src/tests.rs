//! Unit tests of the witnesses pallet. Every test runs through `ExtBuilder::build_and_execute`,
//! which checks `do_try_state()` after the test body.

use crate::{
	features::consensus::{self, approval_reached, next_credibility, weighted_median},
	features::registry::{place, Placement},
	mock::*,
	pallet::{
		Attestations, Claims, DomainWitnesses, FinalizationCursor, GeneralWitnesses, HoldReason,
		NextRequestId, Panels, Requests, RoleMultipliers, Rounds, Schedule, Witnesses as Registry,
	},
	primitives, AttestationResult, ClaimResult, DomainId, Error, Event, Outcome, Panel, RequestId,
	RequestParams, RequestPhase, Reveal, Role, ScoreRange, SlashReason, Verdict,
	VerificationProvider, WitnessStatus, MAX_PANEL_SIZE,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	pallet_prelude::ConstU32,
	traits::{fungible::InspectHold, Get, Hooks},
	weights::Weight,
	BoundedVec,
};
use primitives::{
	Cancellation, PanelPolicy, PanelSeat, PanelTerms, Phase, RequestMode, Resolution,
	VerificationMode,
};
use sp_core::H256;
use sp_runtime::{DispatchError, FixedU128, Perbill, TokenError};

pub(crate) type Params = RequestParams<u64, u64, u64>;

pub(crate) const SUBJECT: H256 = H256::repeat_byte(7);

pub(crate) fn domains(ds: &[DomainId]) -> BoundedVec<DomainId, ConstU32<4>> {
	BoundedVec::try_from(ds.to_vec()).unwrap()
}

pub(crate) fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

pub(crate) fn register(who: u64, bond: u64) {
	assert_ok!(Witnesses::register(signed(who), Role::Peer, bond, domains(&[])));
}

pub(crate) fn register_in(who: u64, bond: u64, ds: &[DomainId]) {
	assert_ok!(Witnesses::register(signed(who), Role::Peer, bond, domains(ds)));
}

/// Open panel, quorum 1, threshold 50%, commit 5 blocks, reveal 5 blocks.
pub(crate) fn params(min_witnesses: u32, reward: u64) -> Params {
	RequestParams {
		min_witnesses,
		min_weight: 0,
		approval_threshold: Perbill::from_percent(50),
		commit_period: 5,
		reveal_period: 5,
		reward,
		score_range: None,
		panel: Panel::Open,
	}
}

pub(crate) fn scored(min_witnesses: u32, reward: u64) -> Params {
	Params { score_range: Some(ScoreRange { min: 0, max: 100 }), ..params(min_witnesses, reward) }
}

pub(crate) type ClientParams = primitives::RequestParams<u64, u64, u64>;

/// Client parameters: `policy`, quorum `min_seats` with weight 10 (the mock's minimum),
/// threshold 50%, commit and reveal 5 blocks, appeal window 1, `reward`, nobody excluded.
pub(crate) fn client_params(policy: PanelPolicy<u64>, min_seats: u32, reward: u64) -> ClientParams {
	primitives::RequestParams {
		mode: VerificationMode::Panel(policy),
		panel: PanelTerms {
			min_seats,
			min_weight: 10,
			approval_threshold: Perbill::from_percent(50),
			commit_period: 5,
			reveal_period: 5,
			appeal_period: 1,
			reward,
		},
		score_range: None,
		excluded: Default::default(),
	}
}

pub(crate) fn drawn(seats: u32) -> PanelPolicy<u64> {
	PanelPolicy::Drawn { seats }
}

/// Open a client request in `SPORTS` through the provider (drawn panels wait for their draw).
pub(crate) fn open_client(requester: u64, subject: H256, p: ClientParams) -> RequestId {
	<Witnesses as VerificationProvider<u64, u64, u64>>::open_request(SPORTS, subject, &requester, p)
		.unwrap()
}

/// Build `domain`'s roster from the witnesses registered now (account 29 pays the deposit of
/// a first roster).
pub(crate) fn rotate(domain: DomainId) {
	assert_ok!(Witnesses::rotate_roster(signed(29), domain));
}

/// Run the initialization hooks up to the seed block of request `id` and draw its panel.
pub(crate) fn draw(id: RequestId) {
	let seed_block = Requests::<Test>::get(id).unwrap().draw.unwrap().seed_block;
	init_to_block(seed_block);
	assert_ok!(Witnesses::advance(signed(30), id));
}

/// The drawn panel of `id`: members with their seats, by account.
pub(crate) fn seats_of(id: RequestId) -> Vec<(u64, u32)> {
	let mut seats: Vec<(u64, u32)> = Panels::<Test>::iter_prefix(id).collect();
	seats.sort();
	seats
}

/// Open a drawn client request in `SPORTS` (rotating its roster first if it has none) whose
/// panel, drawn at block 4 (opening 1 + `DRAW_DELAY`), is exactly `want` `(member, seats)`:
/// the mock VRF nonce is searched by trying the draw and rolling it back. Its commit phase
/// ends at block 9, its reveal phase at block 14; it is due at block 15.
pub(crate) fn open_drawn(
	requester: u64,
	subject: H256,
	p: ClientParams,
	want: &[(u64, u32)],
) -> RequestId {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	if crate::pallet::CurrentRosters::<Test>::get(SPORTS).is_none() {
		rotate(SPORTS);
	}
	for nonce in 0..1_000 {
		set_vrf_nonce(nonce);
		let found = with_transaction(|| {
			let id = open_client(requester, subject, p.clone());
			draw(id);
			TransactionOutcome::Rollback(Ok::<_, DispatchError>(seats_of(id) == want))
		})
		.unwrap();
		if found {
			let id = open_client(requester, subject, p);
			draw(id);
			return id;
		}
	}
	panic!("no draw gives {want:?}");
}

/// A claim request of `requester` that `silent` commits to and never reveals while `revealer`
/// commits and reveals; finalized at block 12, so `silent` loses `NoRevealSlash` of its bond.
pub(crate) fn miss_a_reveal(requester: u64, silent: u64, revealer: u64) {
	let id = open(requester, params(1, 0));
	commit(silent, id, true, None);
	commit(revealer, id, true, None);
	jump_to_block(7);
	reveal(revealer, id, true, None);
	jump_to_block(12);
	assert_ok!(Witnesses::finalize_request(signed(9), id));
}

pub(crate) fn open(requester: u64, p: Params) -> RequestId {
	assert_ok!(Witnesses::open_claim_request(signed(requester), SUBJECT, p));
	NextRequestId::<Test>::get() - 1
}

pub(crate) fn salt(who: u64) -> [u8; 32] {
	[u8::try_from(who % 256).unwrap(); 32]
}

/// The commitment of `who` to `(verdict, score)` on request `id`, bound to the request's
/// domain (the claims domain if there is no such request), `id` and `who`.
pub(crate) fn commitment(who: u64, id: RequestId, verdict: bool, score: Option<u32>) -> H256 {
	let domain = Requests::<Test>::get(id).map_or(CLAIMS, |request| request.domain);
	Witnesses::commitment_of(domain, id, &who, verdict, score, &salt(who))
}

pub(crate) fn commit(who: u64, id: RequestId, verdict: bool, score: Option<u32>) {
	assert_ok!(Witnesses::commit(signed(who), id, commitment(who, id, verdict, score)));
}

pub(crate) fn reveal(who: u64, id: RequestId, verdict: bool, score: Option<u32>) {
	assert_ok!(Witnesses::reveal(signed(who), id, verdict, score, salt(who)));
}

pub(crate) fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

pub(crate) fn free(who: u64) -> u64 {
	Balances::free_balance(who)
}

pub(crate) fn bond_of(who: u64) -> u64 {
	Registry::<Test>::get(who).unwrap().bond
}

pub(crate) fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Witnesses(e) => Some(e),
			_ => None,
		})
		.collect()
}

pub(crate) fn last_event() -> Event<Test> {
	events().pop().unwrap()
}

/// Commit all `(who, verdict, score)` at block 1, reveal them at block 7, finalize at 12.
pub(crate) fn run_request(id: RequestId, votes: &[(u64, bool, Option<u32>)]) -> Outcome<u64> {
	for (who, verdict, score) in votes {
		commit(*who, id, *verdict, *score);
	}
	jump_to_block(7);
	for (who, verdict, score) in votes {
		reveal(*who, id, *verdict, *score);
	}
	jump_to_block(12);
	assert_ok!(Witnesses::finalize_request(signed(30), id));
	outcomes().last().unwrap().3.clone()
}

// ---------------------------------------------------------------------------------------------
// Registry
// ---------------------------------------------------------------------------------------------

#[test]
pub(crate) fn register_works() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Witnesses::register(signed(1), Role::Judge, 500, domains(&[SPORTS])));
		let info = Registry::<Test>::get(1).unwrap();
		assert_eq!(info.role, Role::Judge);
		assert_eq!(info.bond, 500);
		assert_eq!(info.credibility, Perbill::from_percent(50));
		assert_eq!(info.status, WitnessStatus::Active);
		assert_eq!(held(HoldReason::WitnessBond, 1), 500);
		assert_eq!(free(1), 1_000_000 - 500);
		assert_eq!(DomainWitnesses::<Test>::get(SPORTS).to_vec(), vec![(1, 500)]);
		assert!(GeneralWitnesses::<Test>::get().is_empty());
		assert_eq!(
			last_event(),
			Event::WitnessRegistered {
				who: 1,
				role: Role::Judge,
				bond: 500,
				domains: domains(&[SPORTS])
			}
		);
		register(2, 100);
		assert_eq!(GeneralWitnesses::<Test>::get().to_vec(), vec![(2, 100)]);
	});
}

#[test]
pub(crate) fn register_fails() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		assert_noop!(
			Witnesses::register(signed(1), Role::Peer, 100, domains(&[])),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Witnesses::register(signed(2), Role::Peer, 99, domains(&[])),
			Error::<Test>::BondTooLow
		);
		assert_noop!(
			Witnesses::register(signed(2), Role::Peer, 100, domains(&[SPORTS, CLAIMS, SPORTS])),
			Error::<Test>::DuplicateDomain
		);
		// Account 500 has no funds.
		assert_noop!(
			Witnesses::register(signed(500), Role::Peer, 100, domains(&[])),
			TokenError::FundsUnavailable
		);
		for who in 2..=17 {
			register_in(who, 100, &[SPORTS]);
		}
		assert_noop!(
			Witnesses::register(signed(18), Role::Peer, 100, domains(&[CLAIMS, SPORTS])),
			Error::<Test>::DomainFull
		);
		assert!(Registry::<Test>::get(18).is_none());
		assert!(DomainWitnesses::<Test>::get(CLAIMS).is_empty());
	});
}

#[test]
pub(crate) fn bond_extra_works_and_fails() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		assert_ok!(Witnesses::bond_extra(signed(1), 50));
		assert_eq!(bond_of(1), 150);
		assert_eq!(held(HoldReason::WitnessBond, 1), 150);
		assert_eq!(last_event(), Event::BondIncreased { who: 1, amount: 50, bond: 150 });

		assert_noop!(Witnesses::bond_extra(signed(2), 50), Error::<Test>::NotWitness);
		assert_noop!(Witnesses::bond_extra(signed(1), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Witnesses::bond_extra(signed(1), 10_000_000), TokenError::FundsUnavailable);
		assert_ok!(Witnesses::unbond(signed(1)));
		assert_noop!(Witnesses::bond_extra(signed(1), 50), Error::<Test>::WitnessUnbonding);
	});
}

#[test]
pub(crate) fn unbond_and_withdraw_work() {
	ExtBuilder::build_and_execute(|| {
		register_in(1, 300, &[SPORTS]);
		assert_ok!(Witnesses::unbond(signed(1)));
		assert_eq!(bond_of(1), 300);
		assert_eq!(
			Registry::<Test>::get(1).unwrap().status,
			WitnessStatus::Unbonding { unlock_at: 11 }
		);
		assert!(DomainWitnesses::<Test>::get(SPORTS).is_empty());
		assert_eq!(last_event(), Event::UnbondingStarted { who: 1, unlock_at: 11 });
		jump_to_block(11);
		assert_ok!(Witnesses::withdraw_unbonded(signed(1)));
		assert!(Registry::<Test>::get(1).is_none());
		assert_eq!(held(HoldReason::WitnessBond, 1), 0);
		assert_eq!(free(1), 1_000_000);
		assert_eq!(last_event(), Event::BondWithdrawn { who: 1, amount: 300 });
	});
}

#[test]
pub(crate) fn unbond_and_withdraw_fail() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Witnesses::unbond(signed(1)), Error::<Test>::NotWitness);
		assert_noop!(Witnesses::withdraw_unbonded(signed(1)), Error::<Test>::NotWitness);
		register(1, 100);
		register(2, 100);
		assert_noop!(Witnesses::withdraw_unbonded(signed(1)), Error::<Test>::NotUnbonding);
		let id = open(3, params(1, 0));
		commit(1, id, true, None);
		assert_ok!(Witnesses::unbond(signed(1)));
		assert_noop!(Witnesses::unbond(signed(1)), Error::<Test>::WitnessUnbonding);
		assert_noop!(Witnesses::withdraw_unbonded(signed(1)), Error::<Test>::UnbondingNotFinished);
		jump_to_block(11);
		assert_noop!(Witnesses::withdraw_unbonded(signed(1)), Error::<Test>::PendingAttestations);
		// Still slashable while unbonding: it did not reveal.
		jump_to_block(12);
		assert_ok!(Witnesses::finalize_request(signed(9), id));
		assert_eq!(bond_of(1), 80);
		assert_ok!(Witnesses::withdraw_unbonded(signed(1)));
		assert_eq!(free(1), 1_000_000 - 20);
	});
}

#[test]
pub(crate) fn set_role_multiplier_works_and_fails() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		assert_eq!(Witnesses::witness_record(&1).unwrap().weight, 500);
		assert_eq!(RoleMultipliers::<Test>::get(Role::Peer), FixedU128::from_u32(1));
		let two = FixedU128::from_u32(2);
		assert_ok!(Witnesses::set_role_multiplier(RuntimeOrigin::root(), Role::Peer, two));
		assert_eq!(RoleMultipliers::<Test>::get(Role::Peer), two);
		assert_eq!(Witnesses::witness_record(&1).unwrap().weight, 1_000);
		assert_eq!(last_event(), Event::RoleMultiplierSet { role: Role::Peer, multiplier: two });

		assert_noop!(
			Witnesses::set_role_multiplier(signed(1), Role::Judge, two),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Witnesses::set_role_multiplier(
				RuntimeOrigin::root(),
				Role::Judge,
				FixedU128::from_u32(0)
			),
			Error::<Test>::InvalidMultiplier
		);
		assert_noop!(
			Witnesses::set_role_multiplier(
				RuntimeOrigin::root(),
				Role::Judge,
				FixedU128::from_u32(11)
			),
			Error::<Test>::InvalidMultiplier
		);
		// A fractional multiplier.
		assert_ok!(Witnesses::set_role_multiplier(
			RuntimeOrigin::root(),
			Role::Peer,
			FixedU128::from_rational(1, 4)
		));
		assert_eq!(Witnesses::witness_record(&1).unwrap().weight, 125);
	});
}

#[test]
pub(crate) fn slash_below_minimum_deactivates_and_bond_extra_reactivates() {
	ExtBuilder::build_and_execute(|| {
		register_in(1, 100, &[CLAIMS]);
		register(2, 100);
		miss_a_reveal(3, 1, 2);
		let info = Registry::<Test>::get(1).unwrap();
		assert_eq!(info.bond, 80);
		assert_eq!(info.status, WitnessStatus::Deactivated);
		// The entry stays (finalization writes no list); draws and commits skip it.
		assert_eq!(DomainWitnesses::<Test>::get(CLAIMS).to_vec(), vec![(1, 100)]);
		assert!(!Witnesses::eligible_witnesses(CLAIMS).contains(&1));
		assert!(events().contains(&Event::WitnessDeactivated { who: 1 }));

		let id = open(3, params(1, 0));
		assert_noop!(
			Witnesses::commit(signed(1), id, commitment(1, id, true, None)),
			Error::<Test>::WitnessNotActive
		);
		assert_ok!(Witnesses::bond_extra(signed(1), 10));
		assert_eq!(Registry::<Test>::get(1).unwrap().status, WitnessStatus::Deactivated);
		assert_ok!(Witnesses::bond_extra(signed(1), 10));
		assert_eq!(Registry::<Test>::get(1).unwrap().status, WitnessStatus::Active);
		assert_eq!(last_event(), Event::WitnessReactivated { who: 1 });
		assert_eq!(DomainWitnesses::<Test>::get(CLAIMS).to_vec(), vec![(1, 100)]);
		assert!(Witnesses::eligible_witnesses(CLAIMS).contains(&1));
		commit(1, id, true, None);
	});
}

#[test]
pub(crate) fn place_keeps_lists_sorted_and_evicts_the_lightest() {
	type List = BoundedVec<(u64, u64), ConstU32<3>>;
	let mut list = List::default();
	assert_eq!(place(&mut list, &1, 100), Placement::Placed);
	assert_eq!(place(&mut list, &2, 300), Placement::Placed);
	// Equal bonds: the earlier entry stays first.
	assert_eq!(place(&mut list, &3, 100), Placement::Placed);
	assert_eq!(list.to_vec(), vec![(2, 300), (1, 100), (3, 100)]);
	// Full: an equal bond does not get in, and nothing changes.
	assert_eq!(place(&mut list, &4, 100), Placement::Full);
	assert_eq!(list.to_vec(), vec![(2, 300), (1, 100), (3, 100)]);
	// A heavier one evicts the last of the lightest.
	assert_eq!(place(&mut list, &4, 101), Placement::Evicted(3));
	assert_eq!(list.to_vec(), vec![(2, 300), (4, 101), (1, 100)]);
	// Moving an entry already present evicts nobody.
	assert_eq!(place(&mut list, &1, 500), Placement::Placed);
	assert_eq!(list.to_vec(), vec![(1, 500), (2, 300), (4, 101)]);
}

/// Attack 7 of issue 10, list part: 256-entry lists (16 in the mock) could be filled with
/// minimum bonds, locking heavier honest witnesses out (`DomainFull`). Now a full list admits
/// anyone heavier than its lightest entry, which it evicts.
#[test]
pub(crate) fn attack_7_full_lists_admit_heavier_witnesses() {
	ExtBuilder::build_and_execute(|| {
		// 16 minimum-bond accounts fill SPORTS and the general list.
		for who in 1..=16 {
			register_in(who, 100, &[SPORTS]);
		}
		for who in 17..=30 {
			register(who, 100);
		}
		// Another minimum bond: refused, nothing changes.
		let before = DomainWitnesses::<Test>::get(SPORTS);
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), 31, 1_000_000));
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), 32, 1_000_000));
		assert_noop!(
			Witnesses::register(signed(31), Role::Peer, 100, domains(&[SPORTS])),
			Error::<Test>::DomainFull
		);
		assert_eq!(DomainWitnesses::<Test>::get(SPORTS), before);
		// A heavier honest witness gets in at the top; the last minimum bond is evicted.
		assert_ok!(Witnesses::register(signed(31), Role::Judge, 1_000, domains(&[SPORTS])));
		let list = DomainWitnesses::<Test>::get(SPORTS);
		assert_eq!(list.len(), 16);
		assert_eq!(list.first(), Some(&(31, 1_000)));
		assert!(!list.iter().any(|(who, _)| *who == 16));
		assert!(events().contains(&Event::WitnessEvicted { who: 16, domain: Some(SPORTS) }));
		// The evicted witness stays registered and active, and comes back with a larger bond.
		assert_eq!(Registry::<Test>::get(16).unwrap().status, WitnessStatus::Active);
		assert_ok!(Witnesses::bond_extra(signed(16), 5));
		let list = DomainWitnesses::<Test>::get(SPORTS);
		assert_eq!(list.get(1), Some(&(16, 105)));
		assert!(events().contains(&Event::WitnessEvicted { who: 15, domain: Some(SPORTS) }));
		// The general list behaves the same (16 general witnesses: 17..=30 plus two more).
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), 33, 1_000_000));
		register(32, 100);
		register(33, 100);
		assert_eq!(GeneralWitnesses::<Test>::get().len(), 16);
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), 34, 1_000_000));
		assert_noop!(
			Witnesses::register(signed(34), Role::Peer, 100, domains(&[])),
			Error::<Test>::DomainFull
		);
		assert_ok!(Witnesses::register(signed(34), Role::Peer, 200, domains(&[])));
		assert!(events().contains(&Event::WitnessEvicted { who: 33, domain: None }));
	});
}

#[test]
pub(crate) fn prune_witness_works_and_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Witnesses::prune_witness(signed(9), 1), Error::<Test>::NotWitness);
		register_in(1, 100, &[CLAIMS, SPORTS]);
		register(2, 100);
		assert_noop!(Witnesses::prune_witness(signed(9), 1), Error::<Test>::NotDeactivated);
		// Witness 1 commits and does not reveal: slashed below the minimum, deactivated.
		miss_a_reveal(3, 1, 2);
		assert_eq!(Registry::<Test>::get(1).unwrap().status, WitnessStatus::Deactivated);
		assert_eq!(DomainWitnesses::<Test>::get(SPORTS).to_vec(), vec![(1, 100)]);

		assert_ok!(Witnesses::prune_witness(signed(9), 1));
		assert!(!DomainWitnesses::<Test>::contains_key(SPORTS));
		assert!(!DomainWitnesses::<Test>::contains_key(CLAIMS));
		assert_eq!(last_event(), Event::WitnessPruned { who: 1 });
		assert_noop!(Witnesses::prune_witness(signed(9), 1), Error::<Test>::NotIndexed);
		// Reactivation puts it back.
		assert_ok!(Witnesses::bond_extra(signed(1), 20));
		assert_eq!(DomainWitnesses::<Test>::get(SPORTS).to_vec(), vec![(1, 100)]);
		assert_eq!(DomainWitnesses::<Test>::get(CLAIMS).to_vec(), vec![(1, 100)]);
		// An unbonding witness is not deactivated (and unbonding removed its entries).
		assert_ok!(Witnesses::unbond(signed(2)));
		assert_noop!(Witnesses::prune_witness(signed(9), 2), Error::<Test>::NotDeactivated);
		assert!(GeneralWitnesses::<Test>::get().is_empty());
	});
}

/// Attack 5 of issue 10: slashing a witness below the minimum at finalization rewrote every
/// list it was in (up to 8 lists of 256 accounts per slashed witness), a cost the finalize
/// weight did not cover. Now deactivation only flips the status: every list is byte-identical
/// after the finalization. (Before the change, the comparison of the lists failed.)
#[test]
pub(crate) fn attack_5_finalization_writes_no_domain_list() {
	ExtBuilder::build_and_execute(|| {
		let all: [DomainId; 4] = [CLAIMS, SPORTS, *b"music\0\0\0", *b"chess\0\0\0"];
		// Witness 1 at the minimum bond in four full lists.
		register_in(1, 100, &all);
		for who in 2..=16 {
			register_in(who, 200, &all);
		}
		let raw = |d: &DomainId| {
			frame_support::storage::unhashed::get_raw(&DomainWitnesses::<Test>::hashed_key_for(d))
		};
		// Opening, committing and revealing write no list either.
		let before: Vec<_> = all.iter().map(raw).collect();
		assert!(before.iter().all(|list| list.is_some()));
		miss_a_reveal(17, 1, 2);
		assert!(events().contains(&Event::WitnessDeactivated { who: 1 }));
		assert_eq!(Registry::<Test>::get(1).unwrap().status, WitnessStatus::Deactivated);
		let after: Vec<_> = all.iter().map(raw).collect();
		assert_eq!(before, after);
		// Not drawable any more although listed.
		for d in all {
			assert!(!Witnesses::eligible_witnesses(d).contains(&1));
		}
	});
}

#[test]
pub(crate) fn migration_v0_to_v1_sorts_lists_and_records_bonds() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::build_and_execute(|| {
		register_in(1, 100, &[SPORTS]);
		register_in(2, 300, &[SPORTS]);
		register_in(3, 200, &[SPORTS]);
		register(4, 150);
		register(5, 250);
		assert_ok!(Witnesses::unbond(signed(5)));
		// Version-0 layout: bare accounts in registration order (5 was still listed).
		let old_sports: BoundedVec<u64, ConstU32<16>> = BoundedVec::truncate_from(vec![1, 2, 3]);
		let old_general: BoundedVec<u64, ConstU32<16>> = BoundedVec::truncate_from(vec![4, 5]);
		frame_support::storage::unhashed::put(
			&DomainWitnesses::<Test>::hashed_key_for(SPORTS),
			&old_sports,
		);
		frame_support::storage::unhashed::put(
			&GeneralWitnesses::<Test>::hashed_key(),
			&old_general,
		);
		StorageVersion::new(0).put::<Witnesses>();

		crate::migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();

		assert_eq!(Witnesses::on_chain_storage_version(), StorageVersion::new(1));
		assert_eq!(
			DomainWitnesses::<Test>::get(SPORTS).to_vec(),
			vec![(2, 300), (3, 200), (1, 100)]
		);
		// The unbonding witness is dropped.
		assert_eq!(GeneralWitnesses::<Test>::get().to_vec(), vec![(4, 150)]);
		// A second run does nothing.
		let weight = crate::migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		let one_read = <<Test as frame_system::Config>::DbWeight as Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get()
		.reads(1);
		assert_eq!(weight, one_read);
	});
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

#[test]
pub(crate) fn open_claim_request_works() {
	ExtBuilder::build_and_execute(|| {
		let id = open(3, params(1, 100));
		assert_eq!(id, 0);
		assert_eq!(held(HoldReason::RequestReward, 3), 100);
		assert_eq!(held(HoldReason::RequestDeposit, 3), 5);
		assert_eq!(free(3), 1_000_000 - 105);
		let request = Requests::<Test>::get(id).unwrap();
		assert_eq!(request.domain, CLAIMS);
		assert_eq!(request.subject, SUBJECT);
		assert_eq!(request.commit_deadline, 6);
		assert_eq!(request.reveal_deadline, 11);
		// Scheduled under the block after the reveal deadline.
		assert_eq!(Schedule::<Test>::iter_keys().collect::<Vec<_>>(), vec![(12, 0)]);
		assert_eq!(FinalizationCursor::<Test>::get(), Some(1));
		assert_eq!(
			last_event(),
			Event::RequestOpened {
				id,
				domain: CLAIMS,
				subject: SUBJECT,
				requester: 3,
				reward: 100,
				draw_at: None,
				commit_deadline: 6,
				reveal_deadline: 11
			}
		);
		assert_eq!(open(3, params(1, 0)), 1);
	});
}

#[test]
pub(crate) fn open_request_validates_params() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		register(2, 100);
		let o = |p: Params| Witnesses::open_claim_request(signed(3), SUBJECT, p);
		assert_noop!(
			o(Params { panel: Panel::RandomDraw(1), ..params(1, 0) }),
			Error::<Test>::NoRoster
		);
		rotate(CLAIMS);
		assert_noop!(o(params(0, 0)), Error::<Test>::InvalidQuorum);
		assert_noop!(o(params(11, 0)), Error::<Test>::InvalidQuorum);
		assert_noop!(
			o(Params { approval_threshold: Perbill::zero(), ..params(1, 0) }),
			Error::<Test>::InvalidThreshold
		);
		assert_noop!(o(Params { commit_period: 0, ..params(1, 0) }), Error::<Test>::PeriodTooShort);
		assert_noop!(o(Params { reveal_period: 0, ..params(1, 0) }), Error::<Test>::PeriodTooShort);
		assert_noop!(
			o(Params { commit_period: 500, reveal_period: 501, ..params(1, 0) }),
			Error::<Test>::PeriodTooLong
		);
		assert_noop!(
			o(Params { commit_period: u64::MAX, reveal_period: 1, ..params(1, 0) }),
			Error::<Test>::Overflow
		);
		assert_noop!(
			o(Params { score_range: Some(ScoreRange { min: 5, max: 4 }), ..params(1, 0) }),
			Error::<Test>::InvalidScoreRange
		);
		let named = |v: Vec<u64>| Panel::Named(BoundedVec::try_from(v).unwrap());
		assert_noop!(
			o(Params { panel: named(vec![]), ..params(1, 0) }),
			Error::<Test>::InvalidPanelSize
		);
		assert_noop!(
			o(Params { panel: named((1..=9).collect()), ..params(1, 0) }),
			Error::<Test>::InvalidPanelSize
		);
		assert_noop!(
			o(Params { panel: named(vec![1]), ..params(2, 0) }),
			Error::<Test>::InvalidQuorum
		);
		assert_noop!(
			o(Params { panel: named(vec![1, 2, 1]), ..params(1, 0) }),
			Error::<Test>::DuplicatePanelMember
		);
		assert_noop!(
			o(Params { panel: named(vec![1, 4]), ..params(1, 0) }),
			Error::<Test>::PanelMemberNotWitness
		);
		assert_noop!(
			o(Params { panel: named(vec![1, 3]), ..params(1, 0) }),
			Error::<Test>::RequesterOnPanel
		);
		assert_noop!(
			o(Params { panel: Panel::RandomDraw(0), ..params(1, 0) }),
			Error::<Test>::InvalidPanelSize
		);
		assert_noop!(
			o(Params { panel: Panel::RandomDraw(9), ..params(1, 0) }),
			Error::<Test>::InvalidPanelSize
		);
		assert_noop!(
			o(Params { panel: Panel::RandomDraw(2), ..params(3, 0) }),
			Error::<Test>::InvalidQuorum
		);
		assert_noop!(
			o(Params { panel: Panel::RandomDraw(3), ..params(3, 0) }),
			Error::<Test>::NotEnoughWitnesses
		);
		assert_noop!(
			Witnesses::open_claim_request(signed(500), SUBJECT, params(1, 10)),
			TokenError::FundsUnavailable
		);
		// No block has a capacity: many requests may share a deadline.
		for _ in 0..20 {
			open(3, params(1, 0));
		}
		assert_eq!(Schedule::<Test>::iter_prefix(12).count(), 20);
	});
}

#[test]
pub(crate) fn named_panel_restricts_commits() {
	ExtBuilder::build_and_execute(|| {
		for who in 1..=3 {
			register(who, 100);
		}
		let panel = Panel::Named(BoundedVec::try_from(vec![1, 2]).unwrap());
		let id = open(9, Params { panel, ..params(2, 0) });
		assert!(Panels::<Test>::contains_key(id, 1));
		assert_eq!(Requests::<Test>::get(id).unwrap().panel_size, 2);
		assert!(events().contains(&Event::PanelSelected {
			id,
			members: BoundedVec::try_from(vec![1, 2]).unwrap()
		}));
		commit(1, id, true, None);
		assert_noop!(
			Witnesses::commit(signed(3), id, commitment(3, id, true, None)),
			Error::<Test>::NotOnPanel
		);
		let view = Witnesses::request_view(id).unwrap();
		let mut members = view.panel_members.clone();
		members.sort();
		assert_eq!(members, vec![(1, 1), (2, 1)]);
	});
}

#[test]
pub(crate) fn random_draw_is_stake_weighted_and_excludes_requester() {
	ExtBuilder::build_and_execute(|| {
		// 1 has a giant bond; 2..=6 small ones; 7 serves another domain; 8 is the requester.
		register(1, 100_000);
		for who in 2..=6 {
			register(who, 100);
		}
		register_in(7, 100, &[SPORTS]);
		register(8, 100);
		assert_noop!(
			Witnesses::open_claim_request(
				signed(8),
				SUBJECT,
				Params { panel: Panel::RandomDraw(1), ..params(1, 0) }
			),
			Error::<Test>::NoRoster
		);
		rotate(CLAIMS);
		let mut giant = 0;
		for nonce in 0..20u64 {
			set_vrf_nonce(nonce);
			let id = open(8, Params { panel: Panel::RandomDraw(1), ..params(1, 0) });
			draw(id);
			let members = seats_of(id);
			assert_eq!(members.len(), 1);
			assert!(members.iter().all(|(who, _)| *who != 8 && *who != 7));
			if members == vec![(1, 1)] {
				giant += 1;
			}
			assert_ok!(Witnesses::cancel_request(signed(8), id));
		}
		// The giant holds ~99.5% of the weight.
		assert!(giant >= 18, "giant drawn {giant} times out of 20");

		// Seats are drawn with replacement: 8 seats among 6 candidates, the giant holding
		// nearly all of them.
		let id = open(8, Params { panel: Panel::RandomDraw(8), ..params(2, 0) });
		draw(id);
		let members = seats_of(id);
		assert_eq!(members.iter().map(|(_, s)| s).sum::<u32>(), 8);
		assert!(members.iter().all(|(who, _)| (1..=6).contains(who)));
		assert_eq!(Requests::<Test>::get(id).unwrap().panel_size, 8);
		assert_noop!(
			Witnesses::commit(signed(7), id, commitment(7, id, true, None)),
			Error::<Test>::DomainNotServed
		);
	});
}

#[test]
pub(crate) fn draw_seats_pure_function() {
	ExtBuilder::build_and_execute(|| {
		use crate::features::draw::draw_seats;
		let seed = H256::repeat_byte(3);
		// No weight: nobody drawn.
		assert!(draw_seats(&seed, 0, 0, &[(1u64, 0u128), (2, 0)], 3).is_empty());
		assert!(draw_seats::<u64>(&seed, 0, 0, &[], 2).is_empty());
		let candidates = vec![(1u64, 10u128), (2, 10), (3, 10)];
		let drawn = draw_seats(&seed, 0, 0, &candidates, 5);
		assert_eq!(drawn.iter().map(|(_, s)| s).sum::<u32>(), 5);
		assert_eq!(draw_seats(&seed, 0, 0, &candidates, 5), drawn);
		// Another request, round or seed draws independently.
		let others = [
			draw_seats(&seed, 1, 0, &candidates, 5),
			draw_seats(&seed, 0, 1, &candidates, 5),
			draw_seats(&H256::repeat_byte(4), 0, 0, &candidates, 5),
		];
		assert!(others.iter().any(|o| *o != drawn));
	});
}

#[test]
pub(crate) fn cancel_request_works_and_fails() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		let panel = Panel::Named(BoundedVec::try_from(vec![1]).unwrap());
		let id = open(3, Params { panel, ..params(1, 100) });
		assert_noop!(Witnesses::cancel_request(signed(3), 99), Error::<Test>::RequestNotFound);
		assert_noop!(Witnesses::cancel_request(signed(4), id), Error::<Test>::NotRequester);
		// The named panel is known: reward (100) and deposit (5) are forfeited, the reward to
		// the panel's member and the deposit to the slash destination.
		assert_ok!(Witnesses::cancel_request(signed(3), id));
		assert!(Requests::<Test>::get(id).is_none());
		assert!(!Panels::<Test>::contains_key(id, 1));
		assert_eq!(Schedule::<Test>::iter().count(), 0);
		assert_eq!(free(3), 1_000_000 - 105);
		assert_eq!(free(1), 1_000_000 - 100 + 100);
		assert_eq!(free(SLASH_ACCOUNT), 1 + 5);
		assert_eq!(held(HoldReason::RequestReward, 3), 0);
		assert_eq!(held(HoldReason::RequestDeposit, 3), 0);
		assert_eq!(
			last_event(),
			Event::RequestCancelled { id, requester: 3, released: 0, forfeited: 105 }
		);

		// An open panel is nobody's yet: everything is released.
		let id = open(3, params(1, 100));
		assert_ok!(Witnesses::cancel_request(signed(3), id));
		assert_eq!(free(3), 1_000_000 - 105);
		assert_eq!(
			last_event(),
			Event::RequestCancelled { id, requester: 3, released: 105, forfeited: 0 }
		);

		let id = open(3, params(1, 100));
		commit(1, id, true, None);
		assert_noop!(Witnesses::cancel_request(signed(3), id), Error::<Test>::HasCommitments);
	});
}

#[test]
pub(crate) fn cancel_request_refuses_requests_of_client_pallets() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		// A client pallet (e.g. performance) opens a request in its own domain on behalf of
		// account 3, which pays reward and deposit.
		let id = open_drawn(3, SUBJECT, client_params(drawn(1), 1, 50), &[(1, 1)]);
		let request = Requests::<Test>::get(id).unwrap();
		let events_before = events().len();
		assert_noop!(Witnesses::cancel_request(signed(3), id), Error::<Test>::NotAClaimRequest);
		// Nobody else either, and nothing changed.
		assert_noop!(Witnesses::cancel_request(signed(4), id), Error::<Test>::NotAClaimRequest);
		assert_eq!(Requests::<Test>::get(id), Some(request));
		assert!(Schedule::<Test>::contains_key(15, id));
		assert_eq!(held(HoldReason::RequestReward, 3), 50);
		assert_eq!(held(HoldReason::RequestDeposit, 3), 5);
		assert_eq!(free(3), 1_000_000 - 55);
		assert_eq!(events().len(), events_before);
		// The request goes on: witnesses still commit to it.
		commit(1, id, true, None);
		assert_eq!(Requests::<Test>::get(id).unwrap().commits, 1);

		// The client pallet itself still cancels through the provider trait; before the draw
		// nothing is forfeited.
		let id = open_client(3, SUBJECT, client_params(drawn(1), 1, 50));
		assert_eq!(
			<Witnesses as VerificationProvider<u64, u64, u64>>::cancel_request(id, &3),
			Ok(Cancellation { released: 55, forfeited: 0 })
		);
		assert!(Requests::<Test>::get(id).is_none());
		assert_eq!(
			last_event(),
			Event::RequestCancelled { id, requester: 3, released: 55, forfeited: 0 }
		);
		assert_eq!(held(HoldReason::RequestReward, 3), 50);
		assert_eq!(free(3), 1_000_000 - 55);
	});
}

#[test]
pub(crate) fn provider_trait_works_and_is_atomic() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		rotate(SPORTS);
		let id = open_client(3, SUBJECT, client_params(drawn(2), 1, 50));
		let view = <Witnesses as VerificationProvider<u64, u64, u64>>::request_view(id).unwrap();
		assert_eq!((view.id, view.domain, view.subject, view.requester), (id, SPORTS, SUBJECT, 3));
		assert_eq!(view.mode, RequestMode::DrawnPanel);
		assert_eq!(view.phase, Phase::Drawing { seed_block: 1 + DRAW_DELAY });
		assert!(view.panel.is_empty());
		draw(id);
		let view = <Witnesses as VerificationProvider<u64, u64, u64>>::request_view(id).unwrap();
		assert_eq!(view.phase, Phase::Commit { until: 9 });
		assert_eq!((view.round, view.seats, view.reward, view.deposit), (0, 2, 50, 5));
		// The only candidate holds both seats.
		assert_eq!(view.panel, vec![PanelSeat { who: 1, seats: 2 }]);
		assert_eq!((view.claim, view.provisional, view.opened_at), (None, None, 1));
		jump_to_block(10);
		assert_eq!(
			<Witnesses as VerificationProvider<u64, u64, u64>>::request_view(id).unwrap().phase,
			Phase::Reveal { until: 14 }
		);
		jump_to_block(15);
		assert_eq!(
			<Witnesses as VerificationProvider<u64, u64, u64>>::request_view(id).unwrap().phase,
			Phase::Closing
		);
		jump_to_block(4);
		// The panel is known: cancelling forfeits the reward to it and the deposit.
		assert_eq!(
			<Witnesses as VerificationProvider<u64, u64, u64>>::cancel_request(id, &3),
			Ok(Cancellation { released: 0, forfeited: 55 })
		);
		assert_eq!(free(1), 1_000_000 - 100 + 50);
		assert!(<Witnesses as VerificationProvider<u64, u64, u64>>::request_view(id).is_none());
		// Claim requests (opened by accounts, open panels) are no client's.
		let claim = open(3, params(1, 0));
		assert!(<Witnesses as VerificationProvider<u64, u64, u64>>::request_view(claim).is_none());

		// Account 31 can pay the reward but not the deposit on top: nothing changes.
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), 31, 103));
		let before = NextRequestId::<Test>::get();
		assert!(<Witnesses as VerificationProvider<u64, u64, u64>>::open_request(
			SPORTS,
			SUBJECT,
			&31,
			client_params(drawn(1), 1, 100),
		)
		.is_err());
		assert_eq!(NextRequestId::<Test>::get(), before);
		assert_eq!(held(HoldReason::RequestReward, 31), 0);
		assert_eq!(free(31), 103);
		let p = client_params(drawn(8), 1, 0);
		assert!(<Witnesses as VerificationProvider<u64, u64, u64>>::open_request_weight(&p)
			.all_gt(Weight::zero()));
		assert!(<Witnesses as VerificationProvider<u64, u64, u64>>::cancel_request_weight()
			.all_gt(Weight::zero()));
	});
}

#[test]
pub(crate) fn provider_refuses_what_the_engine_does_not_offer() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		register(2, 100);
		let open_with = |requester: u64, domain: DomainId, p: ClientParams| {
			<Witnesses as VerificationProvider<u64, u64, u64>>::open_request(
				domain, SUBJECT, &requester, p,
			)
		};
		let before = NextRequestId::<Test>::get();
		// The claims domain is the engine's own.
		assert_eq!(
			open_with(3, CLAIMS, client_params(drawn(1), 1, 0)),
			Err(Error::<Test>::ReservedDomain.into())
		);
		// An optimistic claim needs the minimum bond and a claim that fits the score range.
		let claim_with = |bond: u64, score: Option<u32>| {
			let mut optimistic = client_params(drawn(1), 1, 0);
			optimistic.mode = VerificationMode::Optimistic(primitives::ClaimTerms {
				claim: primitives::Vote { verdict: primitives::Verdict::Approved, score },
				bond,
				liveness: 10,
				dispute_seats: 1,
			});
			optimistic
		};
		assert_eq!(
			open_with(3, SPORTS, claim_with(MIN_CLAIM_BOND - 1, None)),
			Err(Error::<Test>::ClaimBondTooLow.into())
		);
		assert_eq!(
			open_with(3, SPORTS, claim_with(MIN_CLAIM_BOND, Some(5))),
			Err(Error::<Test>::InvalidClaim.into())
		);
		// Attack: a claim bond nobody can afford to match would make a false claim
		// indisputable.
		assert_eq!(
			open_with(3, SPORTS, claim_with(MAX_CLAIM_BOND + 1, None)),
			Err(Error::<Test>::ClaimBondTooHigh.into())
		);
		// A quorum by heads alone is refused.
		let mut light = client_params(drawn(1), 1, 0);
		light.panel.min_weight = 9;
		assert_eq!(open_with(3, SPORTS, light), Err(Error::<Test>::QuorumWeightTooLow.into()));
		// The requester cannot name its own panel, nor name an excluded account.
		let members = BoundedVec::truncate_from(vec![1, 2]);
		let own = client_params(PanelPolicy::Named { named_by: 3, members: members.clone() }, 1, 0);
		assert_eq!(open_with(3, SPORTS, own), Err(Error::<Test>::ExcludedOnPanel.into()));
		let mut excluded =
			client_params(PanelPolicy::Named { named_by: 7, members: members.clone() }, 1, 0);
		excluded.excluded = BoundedVec::truncate_from(vec![2]);
		assert_eq!(open_with(3, SPORTS, excluded), Err(Error::<Test>::ExcludedOnPanel.into()));
		assert_eq!(
			open_with(3, SPORTS, client_params(drawn(9), 1, 0)),
			Err(Error::<Test>::InvalidPanelSize.into())
		);
		assert_eq!(NextRequestId::<Test>::get(), before);
		// An independent party's panel is fine.
		let named = client_params(PanelPolicy::Named { named_by: 7, members }, 2, 0);
		let id = open_client(3, SUBJECT, named);
		assert_eq!(
			<Witnesses as VerificationProvider<u64, u64, u64>>::request_view(id).unwrap().mode,
			RequestMode::NamedPanel
		);
		let limits = <Witnesses as VerificationProvider<u64, u64, u64>>::limits();
		assert_eq!(
			(limits.max_seats, limits.max_appeal_rounds, limits.min_quorum_weight),
			(8, 2, 10)
		);
	});
}

/// Attack 2 of issue 10, the athlete's part: when a delegate submitted, nothing kept the
/// athlete (a registered witness) off its own performance's panel. Now the client passes the
/// athlete as excluded and the draw never picks it, whatever the subject. (Before, the
/// provider had no excluded accounts; an athlete holding most of the weight was drawn.)
#[test]
pub(crate) fn attack_2_excluded_accounts_are_never_drawn() {
	ExtBuilder::build_and_execute(|| {
		// The athlete (1) holds 90 % of the weight.
		register(1, 9_000);
		register(2, 500);
		register(4, 500);
		rotate(SPORTS);
		let mut p = client_params(drawn(2), 1, 0);
		p.excluded = BoundedVec::truncate_from(vec![1]);
		for i in 0..50u8 {
			set_vrf_nonce(i.into());
			let id = open_client(3, H256::repeat_byte(i), p.clone());
			draw(id);
			let panel = seats_of(id);
			assert_eq!(panel.iter().map(|(_, s)| s).sum::<u32>(), 2);
			assert!(panel.iter().all(|(who, _)| *who != 1), "the excluded athlete was drawn");
			assert_noop!(
				Witnesses::commit(signed(1), id, commitment(1, id, true, None)),
				Error::<Test>::NotOnPanel
			);
		}
		// Without the exclusion it would be drawn nearly always.
		let id = open_client(3, SUBJECT, client_params(drawn(2), 1, 0));
		draw(id);
		assert!(Panels::<Test>::contains_key(id, 1));
	});
}

// ---------------------------------------------------------------------------------------------
// Commit-reveal
// ---------------------------------------------------------------------------------------------

/// The hash whose 64 hex digits are `hex`.
pub(crate) fn h256(hex: &str) -> H256 {
	let mut bytes = [0u8; 32];
	for (i, byte) in bytes.iter_mut().enumerate() {
		*byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap();
	}
	H256(bytes)
}

#[test]
pub(crate) fn commitment_encoding_is_documented_one() {
	ExtBuilder::build_and_execute(|| {
		// "arete:commit:v1:" ++ domain ++ request (u64 LE) ++ witness (its SCALE encoding: 8
		// bytes LE for this mock's u64 accounts, the 32 raw bytes of an AccountId32 on the
		// chain) ++ verdict ++ score (0x01 ++ u32 LE) ++ salt.
		let salt = [9u8; 32];
		let mut bytes = b"arete:commit:v1:".to_vec();
		bytes.extend_from_slice(&SPORTS);
		bytes.extend_from_slice(&5u64.to_le_bytes());
		bytes.extend_from_slice(&4u64.to_le_bytes());
		bytes.extend_from_slice(&[1u8, 1u8]);
		bytes.extend_from_slice(&77u32.to_le_bytes());
		bytes.extend_from_slice(&salt);
		assert_eq!(bytes.len(), 16 + 8 + 8 + 8 + 1 + 5 + 32);
		assert_eq!(
			Witnesses::commitment_of(SPORTS, 5, &4, true, Some(77), &salt),
			H256(sp_io::hashing::blake2_256(&bytes))
		);

		// A rejection without a score (0x00, then 0x00 for no score): the vector the primitives
		// crate pins for a u64 account, witness 7 on request 0 of the claims domain, salt
		// 0xab × 32.
		let salt = [0xabu8; 32];
		let mut bytes = b"arete:commit:v1:".to_vec();
		bytes.extend_from_slice(&CLAIMS);
		bytes.extend_from_slice(&0u64.to_le_bytes());
		bytes.extend_from_slice(&7u64.to_le_bytes());
		bytes.extend_from_slice(&[0u8, 0u8]);
		bytes.extend_from_slice(&salt);
		assert_eq!(
			(*b"arete:commit:v1:", CLAIMS, 0u64, 7u64, false, None::<u32>, salt).encode(),
			bytes
		);
		let commitment = Witnesses::commitment_of(CLAIMS, 0, &7, false, None, &salt);
		assert_eq!(commitment, H256(sp_io::hashing::blake2_256(&bytes)));
		assert_eq!(
			commitment,
			h256("b4d8c66397e85710d32fb646381c22e4e09d16457c3bb5abd08cf33999a2ca68")
		);
	});
}

#[test]
pub(crate) fn commit_works() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		let id = open(3, params(1, 0));
		commit(1, id, true, None);
		let a = Attestations::<Test>::get(id, 1).unwrap();
		assert_eq!(a.commitment, commitment(1, id, true, None));
		assert_eq!(a.weight, 500);
		assert_eq!(a.reveal, None);
		assert_eq!(Requests::<Test>::get(id).unwrap().commits, 1);
		assert_eq!(Registry::<Test>::get(1).unwrap().pending, 1);
		assert_eq!(last_event(), Event::Committed { id, who: 1, weight: 500 });
	});
}

#[test]
pub(crate) fn commit_fails() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		register(3, 100);
		register_in(4, 100, &[SPORTS]);
		register(5, 100);
		let c = |who: u64, id| Witnesses::commit(signed(who), id, commitment(who, id, true, None));
		let id = open(3, params(1, 0));
		assert_noop!(c(1, 99), Error::<Test>::RequestNotFound);
		assert_noop!(c(3, id), Error::<Test>::SelfAttestation);
		assert_noop!(c(2, id), Error::<Test>::NotWitness);
		assert_noop!(c(4, id), Error::<Test>::DomainNotServed);
		assert_ok!(Witnesses::unbond(signed(5)));
		assert_noop!(c(5, id), Error::<Test>::WitnessNotActive);
		assert_ok!(c(1, id));
		assert_noop!(c(1, id), Error::<Test>::AlreadyCommitted);
		jump_to_block(7);
		assert_noop!(c(1, id), Error::<Test>::CommitPeriodOver);
	});
}

#[test]
pub(crate) fn commit_is_bounded_per_request() {
	ExtBuilder::build_and_execute(|| {
		for who in 1..=11 {
			register(who, 100);
		}
		let id = open(20, params(1, 0));
		for who in 1..=10 {
			commit(who, id, true, None);
		}
		assert_noop!(
			Witnesses::commit(signed(11), id, commitment(11, id, true, None)),
			Error::<Test>::TooManyCommitments
		);
	});
}

#[test]
pub(crate) fn reveal_works() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		let id = open(3, scored(1, 0));
		commit(1, id, true, Some(42));
		jump_to_block(7);
		reveal(1, id, true, Some(42));
		assert_eq!(
			Attestations::<Test>::get(id, 1).unwrap().reveal,
			Some(Reveal { verdict: true, score: Some(42) })
		);
		assert_eq!(Requests::<Test>::get(id).unwrap().reveals, 1);
		assert_eq!(last_event(), Event::Revealed { id, who: 1, verdict: true, score: Some(42) });
	});
}

#[test]
pub(crate) fn reveal_fails() {
	ExtBuilder::build_and_execute(|| {
		for who in 1..=6 {
			register(who, 100);
		}
		let scored_id = open(9, scored(1, 0));
		let plain_id = open(9, params(1, 0));
		commit(1, scored_id, true, Some(50));
		commit(2, scored_id, true, None);
		commit(3, scored_id, true, Some(101));
		commit(4, plain_id, true, Some(5));
		commit(5, plain_id, true, None);
		let r = |who: u64, id, verdict, score| {
			Witnesses::reveal(signed(who), id, verdict, score, salt(who))
		};
		assert_noop!(r(1, scored_id, true, Some(50)), Error::<Test>::RevealPeriodNotStarted);
		jump_to_block(7);
		assert_noop!(r(1, 99, true, Some(50)), Error::<Test>::RequestNotFound);
		assert_noop!(r(6, scored_id, true, Some(50)), Error::<Test>::NotCommitted);
		assert_noop!(r(1, scored_id, false, Some(50)), Error::<Test>::CommitmentMismatch);
		assert_noop!(r(1, scored_id, true, Some(51)), Error::<Test>::CommitmentMismatch);
		assert_noop!(
			Witnesses::reveal(signed(1), scored_id, true, Some(50), [0u8; 32]),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(r(2, scored_id, true, None), Error::<Test>::MissingScore);
		assert_noop!(r(3, scored_id, true, Some(101)), Error::<Test>::ScoreOutOfRange);
		assert_noop!(r(4, plain_id, true, Some(5)), Error::<Test>::UnexpectedScore);
		assert_ok!(r(1, scored_id, true, Some(50)));
		assert_noop!(r(1, scored_id, true, Some(50)), Error::<Test>::AlreadyRevealed);
		jump_to_block(12);
		assert_noop!(r(5, plain_id, true, None), Error::<Test>::RevealPeriodOver);
	});
}

// ---------------------------------------------------------------------------------------------
// Bound commitments (attack 3)
// ---------------------------------------------------------------------------------------------

/// A lazy witness copies an honest witness's commitment, waits for the honest reveal and
/// replays it. With commitments of `(verdict, score, salt)` alone the replay matched: the lazy
/// witness agreed with the consensus and took half the reward without looking at the subject.
/// Bound to the witness, the copy matches no reveal the lazy witness can make: it is a
/// non-revealer, slashed like one, and the honest witness keeps the whole reward.
#[test]
pub(crate) fn attack_3_lazy_witness_cannot_replay_a_copied_commitment() {
	ExtBuilder::build_and_execute(|| {
		const HONEST: u64 = 1;
		const LAZY: u64 = 2;
		register(HONEST, 1_000);
		register(LAZY, 1_000);
		let id = open(9, scored(1, 100));
		let issuance = Balances::total_issuance();
		let slash_before = free(SLASH_ACCOUNT);

		commit(HONEST, id, true, Some(80));
		// The honest commitment is public (in storage, and in the extrinsic's arguments).
		let copied = Attestations::<Test>::get(id, HONEST).unwrap().commitment;
		assert_ok!(Witnesses::commit(signed(LAZY), id, copied));
		assert_eq!(Requests::<Test>::get(id).unwrap().commits, 2);

		jump_to_block(7);
		reveal(HONEST, id, true, Some(80));
		// The honest reveal discloses the vote and the salt; replaying them fails.
		assert_noop!(
			Witnesses::reveal(signed(LAZY), id, true, Some(80), salt(HONEST)),
			Error::<Test>::CommitmentMismatch
		);
		assert_eq!(Attestations::<Test>::get(id, LAZY).unwrap().reveal, None);
		assert_eq!(Requests::<Test>::get(id).unwrap().reveals, 1);

		jump_to_block(12);
		assert_ok!(Witnesses::finalize_request(signed(30), id));
		let outcome = outcomes().last().unwrap().3.clone();
		assert_eq!(outcome.verdict, Verdict::Approved);
		assert_eq!(outcome.score, Some(80));
		assert_eq!((outcome.committed, outcome.revealed), (2, 1));
		let lazy = outcome.participants.iter().find(|p| p.who == LAZY).unwrap();
		assert_eq!((lazy.reveal, lazy.agreed), (None, false));

		// The lazy witness is slashed as a non-revealer (20 % of 1_000) and earns nothing.
		assert_eq!(bond_of(LAZY), 800);
		assert_eq!(held(HoldReason::WitnessBond, LAZY), 800);
		assert_eq!(free(LAZY), 1_000_000 - 1_000);
		assert_eq!(free(SLASH_ACCOUNT), slash_before + 200);
		let info = Registry::<Test>::get(LAZY).unwrap();
		assert_eq!((info.stats.missed_reveals, info.stats.agreed, info.pending), (1, 0, 0));
		assert_eq!(info.credibility, Perbill::from_percent(40));
		assert!(events().contains(&Event::WitnessSlashed {
			id,
			who: LAZY,
			amount: 200,
			reason: SlashReason::NoReveal
		}));
		assert!(events().contains(&Event::AttestationSettled {
			id,
			who: LAZY,
			result: AttestationResult::MissedReveal,
			credibility: Perbill::from_percent(40)
		}));
		assert!(!events().iter().any(|e| matches!(
			e,
			Event::WitnessRewarded { who: LAZY, .. } | Event::Revealed { who: LAZY, .. }
		)));

		// The honest witness takes the whole reward; the requester paid exactly the reward.
		assert!(events().contains(&Event::WitnessRewarded { id, who: HONEST, amount: 100 }));
		assert_eq!(free(HONEST), 1_000_000 - 1_000 + 100);
		assert_eq!(bond_of(HONEST), 1_000);
		assert_eq!(free(9), 1_000_000 - 100);
		assert_eq!(held(HoldReason::RequestReward, 9), 0);
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(Requests::<Test>::get(id).is_none());
		assert_eq!(Attestations::<Test>::iter_prefix(id).count(), 0);
	});
}

/// The same witness with the same vote and salt on two requests. With commitments of
/// `(verdict, score, salt)` alone the two commitments were equal: anyone could see that the
/// votes were equal, so revealing one disclosed the other, and a commitment made for one
/// request verified on the other. Bound to the request, they differ and do not carry over. (A
/// salt must still be fresh for every request: once revealed, it lets anyone test the few
/// possible votes against another commitment made with it.)
#[test]
pub(crate) fn attack_3_equal_votes_on_two_requests_commit_differently() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		let a = open(9, params(1, 0));
		let b = open(9, params(1, 0));
		let for_a = commitment(1, a, true, None);
		let for_b = commitment(1, b, true, None);
		assert_ne!(for_a, for_b);
		assert_eq!(for_a, Witnesses::commitment_of(CLAIMS, a, &1, true, None, &salt(1)));

		// A commitment made for request `a`, submitted on `b` too, verifies only on `a`.
		assert_ok!(Witnesses::commit(signed(1), a, for_a));
		assert_ok!(Witnesses::commit(signed(1), b, for_a));
		jump_to_block(7);
		reveal(1, a, true, None);
		assert_noop!(
			Witnesses::reveal(signed(1), b, true, None, salt(1)),
			Error::<Test>::CommitmentMismatch
		);
		assert_eq!(
			Attestations::<Test>::get(a, 1).unwrap().reveal,
			Some(Reveal { verdict: true, score: None })
		);
		assert_eq!(Attestations::<Test>::get(b, 1).unwrap().reveal, None);
		assert_eq!(Requests::<Test>::get(b).unwrap().reveals, 0);
	});
}

/// A commitment computed for another domain (same request id, witness, vote and salt) does not
/// verify: a vote cannot be carried from one client to another.
#[test]
pub(crate) fn attack_3_commitment_for_another_domain_does_not_verify() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 1_000);
		let id = open_drawn(3, SUBJECT, client_params(drawn(2), 1, 0), &[(1, 1), (2, 1)]);
		let in_claims = Witnesses::commitment_of(CLAIMS, id, &1, true, None, &salt(1));
		let in_sports = Witnesses::commitment_of(SPORTS, id, &1, true, None, &salt(1));
		assert_ne!(in_claims, in_sports);
		assert_eq!(commitment(1, id, true, None), in_sports);

		assert_ok!(Witnesses::commit(signed(1), id, in_claims));
		// Witness 2 commits for the request's own domain.
		commit(2, id, true, None);
		jump_to_block(10);
		assert_noop!(
			Witnesses::reveal(signed(1), id, true, None, salt(1)),
			Error::<Test>::CommitmentMismatch
		);
		reveal(2, id, true, None);
		assert_eq!(Attestations::<Test>::get(id, 1).unwrap().reveal, None);
		assert_eq!(
			Attestations::<Test>::get(id, 2).unwrap().reveal,
			Some(Reveal { verdict: true, score: None })
		);
		assert_eq!(Requests::<Test>::get(id).unwrap().reveals, 1);
	});
}

// ---------------------------------------------------------------------------------------------
// Consensus, rewards, slashing
// ---------------------------------------------------------------------------------------------

#[test]
pub(crate) fn majority_approves_rewards_and_slashes() {
	ExtBuilder::build_and_execute(|| {
		for who in 1..=4 {
			register(who, 1_000);
		}
		let id = open(9, params(3, 90));
		let issuance = Balances::total_issuance();
		let slash_before = free(SLASH_ACCOUNT);
		let outcome =
			run_request(id, &[(1, true, None), (2, true, None), (3, true, None), (4, false, None)]);
		assert_eq!(outcome.verdict, Verdict::Approved);
		assert_eq!(outcome.approval, Perbill::from_percent(75));
		assert_eq!(outcome.revealed, 4);
		assert_eq!(outcome.committed, 4);
		assert_eq!(outcome.revealed_weight, 2_000);
		assert_eq!(outcome.participants.len(), 4);
		for who in 1..=3 {
			assert_eq!(free(who), 1_000_000 - 1_000 + 30);
			let info = Registry::<Test>::get(who).unwrap();
			assert_eq!(info.credibility, Perbill::from_percent(60));
			assert_eq!(info.stats.agreed, 1);
			assert_eq!(info.stats.attestations, 1);
			assert_eq!(info.pending, 0);
		}
		assert_eq!(bond_of(4), 900);
		assert_eq!(held(HoldReason::WitnessBond, 4), 900);
		assert_eq!(free(SLASH_ACCOUNT), slash_before + 100);
		let info4 = Registry::<Test>::get(4).unwrap();
		assert_eq!(info4.credibility, Perbill::from_percent(40));
		assert_eq!(info4.stats.dissented, 1);
		assert!(events().contains(&Event::WitnessSlashed {
			id,
			who: 4,
			amount: 100,
			reason: SlashReason::Dissent
		}));
		assert!(events().contains(&Event::AttestationSettled {
			id,
			who: 4,
			result: AttestationResult::Dissented,
			credibility: Perbill::from_percent(40)
		}));
		// Requester paid exactly the reward; deposit back.
		assert_eq!(free(9), 1_000_000 - 90);
		assert_eq!(held(HoldReason::RequestDeposit, 9), 0);
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(Requests::<Test>::get(id).is_none());
		assert_eq!(Attestations::<Test>::iter_prefix(id).count(), 0);
		assert_eq!(Schedule::<Test>::iter().count(), 0);
	});
}

#[test]
pub(crate) fn exactly_at_threshold_approves() {
	ExtBuilder::build_and_execute(|| {
		for who in 1..=8 {
			register(who, 1_000);
		}
		let id = open(9, params(1, 0));
		let outcome = run_request(
			id,
			&[(1, true, None), (2, true, None), (3, false, None), (4, false, None)],
		);
		assert_eq!(outcome.approval, Perbill::from_percent(50));
		assert_eq!(outcome.verdict, Verdict::Approved);

		// Opened at block 12: commit until 17, reveal 18..=22; fresh witnesses 5..=8.
		let id = open(9, Params { approval_threshold: Perbill::from_percent(51), ..params(1, 0) });
		let votes = [(5, true, None), (6, true, None), (7, false, None), (8, false, None)];
		for (who, v, s) in votes {
			commit(who, id, v, s);
		}
		jump_to_block(18);
		for (who, v, s) in votes {
			reveal(who, id, v, s);
		}
		jump_to_block(23);
		assert_ok!(Witnesses::finalize_request(signed(30), id));
		let outcome = outcomes().last().unwrap().3.clone();
		assert_eq!(outcome.approval, Perbill::from_percent(50));
		assert_eq!(outcome.verdict, Verdict::Rejected);
	});
}

#[test]
pub(crate) fn approval_threshold_rounding() {
	ExtBuilder::build_and_execute(|| {
		// 1/3 exactly at a 1/3 threshold (Perbill rounds 1/3 down, ceil keeps it reachable).
		assert!(approval_reached(1, 3, Perbill::from_rational(1u32, 3u32)));
		assert!(approval_reached(50, 100, Perbill::from_percent(50)));
		assert!(!approval_reached(49, 100, Perbill::from_percent(50)));
		assert!(approval_reached(100, 100, Perbill::one()));
		assert!(!approval_reached(99, 100, Perbill::one()));
		assert!(approval_reached(u128::MAX, u128::MAX, Perbill::from_percent(99)));
	});
}

#[test]
pub(crate) fn weighted_median_ties_and_weights() {
	ExtBuilder::build_and_execute(|| {
		assert_eq!(weighted_median(vec![]), None);
		assert_eq!(weighted_median(vec![(10, 1), (20, 1)]), Some(10));
		assert_eq!(weighted_median(vec![(20, 1), (10, 1), (30, 1)]), Some(20));
		assert_eq!(weighted_median(vec![(10, 1), (20, 1), (30, 10)]), Some(30));
		assert_eq!(weighted_median(vec![(5, 3), (5, 3), (9, 5)]), Some(5));
		assert_eq!(weighted_median(vec![(1, u128::MAX), (2, u128::MAX)]), Some(1));
	});
}

#[test]
pub(crate) fn tie_in_verdict_weight_with_high_threshold_rejects() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 1_000);
		let id =
			open(9, Params { approval_threshold: Perbill::from_percent(66), ..params(2, 100) });
		let outcome = run_request(id, &[(1, true, None), (2, false, None)]);
		assert_eq!(outcome.verdict, Verdict::Rejected);
		// Only 2 agreed: it gets the whole reward.
		assert_eq!(free(2), 1_000_000 - 1_000 + 100);
		assert_eq!(bond_of(1), 900);
	});
}

#[test]
pub(crate) fn all_dissent_returns_reward_and_slashes_everyone() {
	ExtBuilder::build_and_execute(|| {
		// A approves with an outlier score, B..D reject: approved at a 10% threshold,
		// A's score is an outlier, B..D dissent on the verdict.
		register(1, 1_000);
		for who in 2..=4 {
			register(who, 1_000);
		}
		let id = open(9, Params { approval_threshold: Perbill::from_percent(10), ..scored(1, 90) });
		let issuance = Balances::total_issuance();
		let outcome = run_request(
			id,
			&[(1, true, Some(100)), (2, false, Some(0)), (3, false, Some(0)), (4, false, Some(0))],
		);
		assert_eq!(outcome.verdict, Verdict::Approved);
		assert_eq!(outcome.score, Some(0));
		assert!(outcome.participants.iter().all(|p| !p.agreed));
		assert_eq!(free(9), 1_000_000);
		for who in 1..=4 {
			assert_eq!(bond_of(who), 900);
		}
		assert!(events().contains(&Event::RewardReturned { id, requester: 9, amount: 90 }));
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
pub(crate) fn no_reveal_is_inconclusive_and_slashed() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 500);
		let id = open(9, params(1, 50));
		commit(1, id, true, None);
		commit(2, id, false, None);
		jump_to_block(12);
		let slash_before = free(SLASH_ACCOUNT);
		assert_ok!(Witnesses::finalize_request(signed(30), id));
		let (domain, subject, rid, outcome) = outcomes().last().unwrap().clone();
		assert_eq!((domain, subject, rid), (CLAIMS, SUBJECT, id));
		assert_eq!(outcome.verdict, Verdict::Inconclusive);
		assert_eq!(outcome.score, None);
		assert_eq!(outcome.revealed, 0);
		assert_eq!(outcome.committed, 2);
		assert_eq!(bond_of(1), 800);
		assert_eq!(bond_of(2), 400);
		assert_eq!(free(SLASH_ACCOUNT), slash_before + 300);
		assert_eq!(free(9), 1_000_000);
		let info = Registry::<Test>::get(1).unwrap();
		assert_eq!(info.stats.missed_reveals, 1);
		assert_eq!(info.credibility, Perbill::from_percent(40));
		assert_eq!(Registry::<Test>::get(2).unwrap().status, WitnessStatus::Active);
	});
}

#[test]
pub(crate) fn weight_quorum_not_reached_is_inconclusive_without_dissent_slash() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 1_000);
		let id = open(9, Params { min_weight: 1_001, ..params(1, 40) });
		let outcome = run_request(id, &[(1, true, None), (2, false, None)]);
		assert_eq!(outcome.verdict, Verdict::Inconclusive);
		assert_eq!(outcome.revealed_weight, 1_000);
		assert_eq!(bond_of(1), 1_000);
		assert_eq!(bond_of(2), 1_000);
		let info = Registry::<Test>::get(2).unwrap();
		assert_eq!(info.credibility, Perbill::from_percent(50));
		assert_eq!(info.stats.attestations, 1);
		assert_eq!(info.stats.dissented, 0);
		assert!(events().contains(&Event::AttestationSettled {
			id,
			who: 2,
			result: AttestationResult::Neutral,
			credibility: Perbill::from_percent(50)
		}));
		assert_eq!(free(9), 1_000_000);
	});
}

#[test]
pub(crate) fn count_quorum_not_reached_is_inconclusive() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 1_000);
		let id = open(9, params(2, 40));
		commit(1, id, true, None);
		commit(2, id, true, None);
		jump_to_block(7);
		reveal(1, id, true, None);
		jump_to_block(12);
		assert_ok!(Witnesses::finalize_request(signed(30), id));
		let outcome = outcomes().last().unwrap().3.clone();
		assert_eq!(outcome.verdict, Verdict::Inconclusive);
		assert_eq!(bond_of(1), 1_000);
		assert_eq!(bond_of(2), 800);
	});
}

#[test]
pub(crate) fn one_giant_bond_outweighs_many_small() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100_000);
		for who in 2..=6 {
			register(who, 100);
		}
		let id = open(9, params(1, 1_000));
		let mut votes = vec![(1, false, None)];
		votes.extend((2..=6).map(|w| (w, true, None)));
		let outcome = run_request(id, &votes);
		assert_eq!(outcome.verdict, Verdict::Rejected);
		assert_eq!(free(1), 1_000_000 - 100_000 + 1_000);
		for who in 2..=6 {
			assert_eq!(bond_of(who), 90);
			assert_eq!(Registry::<Test>::get(who).unwrap().status, WitnessStatus::Deactivated);
		}
	});
}

#[test]
pub(crate) fn median_with_outliers_clipped() {
	ExtBuilder::build_and_execute(|| {
		// Weights 300, 200, 200, 100 with scores 0, 50, 55, 60; range 0..=100, clip 10.
		register(1, 600);
		register(2, 400);
		register(3, 400);
		register(4, 200);
		let id = open(9, scored(1, 80));
		let outcome = run_request(
			id,
			&[(1, true, Some(0)), (2, true, Some(50)), (3, true, Some(55)), (4, true, Some(60))],
		);
		// Preliminary median 50; 0 is an outlier (clip range [40, 60]); final median over
		// {50: 200, 55: 200, 60: 100} is 55.
		assert_eq!(outcome.verdict, Verdict::Approved);
		assert_eq!(outcome.score, Some(55));
		let agreed: Vec<u64> =
			outcome.participants.iter().filter(|p| p.agreed).map(|p| p.who).collect();
		assert_eq!(agreed.len(), 3);
		assert!(!agreed.contains(&1));
		assert_eq!(bond_of(1), 540);
		// Reward 80 split 200:200:100 -> 32, 32, 16.
		assert_eq!(free(2), 1_000_000 - 400 + 32);
		assert_eq!(free(3), 1_000_000 - 400 + 32);
		assert_eq!(free(4), 1_000_000 - 200 + 16);
	});
}

#[test]
pub(crate) fn consensus_compute_unit() {
	ExtBuilder::build_and_execute(|| {
		let r = |verdict, score| Reveal { verdict, score };
		let b = |reveal| consensus::Ballot { seats: 1, votes: 1, weight: 1, reveal };
		let c = consensus::compute(
			&[b(r(true, Some(10))), b(r(true, Some(90)))],
			1,
			0,
			Perbill::from_percent(50),
			Some(ScoreRange { min: 0, max: 100 }),
			Perbill::from_percent(10),
		);
		assert_eq!(c.verdict, Verdict::Approved);
		assert_eq!(c.score, Some(10));
		assert_eq!(c.inliers, Some((0, 20)));
		assert!(c.agrees(&r(true, Some(20))));
		assert!(!c.agrees(&r(true, Some(21))));
		assert!(!c.agrees(&r(false, Some(10))));
		let c = consensus::compute(&[], 1, 0, Perbill::from_percent(50), None, Perbill::zero());
		assert_eq!(c.verdict, Verdict::Inconclusive);
		assert!(!c.agrees(&r(true, None)));
	});
}

#[test]
pub(crate) fn reward_split_conserves_funds() {
	ExtBuilder::build_and_execute(|| {
		for who in 1..=3 {
			register(who, 1_000);
		}
		let id = open(9, params(1, 100));
		let issuance = Balances::total_issuance();
		let before: u64 = (1..=3).map(free).sum::<u64>() + free(9);
		run_request(id, &[(1, true, None), (2, true, None), (3, true, None)]);
		let paid: u64 = events()
			.iter()
			.filter_map(|e| match e {
				Event::WitnessRewarded { amount, .. } => Some(*amount),
				_ => None,
			})
			.sum();
		let returned: u64 = events()
			.iter()
			.filter_map(|e| match e {
				Event::RewardReturned { amount, .. } => Some(*amount),
				_ => None,
			})
			.sum();
		assert_eq!(paid, 99);
		assert_eq!(returned, 1);
		assert_eq!(paid + returned, 100);
		let after: u64 = (1..=3).map(free).sum::<u64>() + free(9);
		// The requester's reward (100) and deposit (5) were held before.
		assert_eq!(after, before + 105);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(held(HoldReason::RequestReward, 9), 0);

		let shares = Witnesses::reward_shares(7, &[(1, 1), (2, 1), (3, 1)]);
		assert_eq!(shares.iter().map(|(_, s)| s).sum::<u64>(), 6);
		assert!(Witnesses::reward_shares(7, &[]).is_empty());
		assert!(Witnesses::reward_shares(0, &[(1, 1)]).is_empty());
		// Saturated weights never produce more than the reward.
		let shares = Witnesses::reward_shares(u64::MAX, &[(1, u128::MAX), (2, u128::MAX)]);
		assert_eq!(shares.iter().map(|(_, s)| u128::from(*s)).sum::<u128>(), u128::from(u64::MAX));
	});
}

#[test]
pub(crate) fn credibility_moving_average() {
	ExtBuilder::build_and_execute(|| {
		let a = Perbill::from_percent(20);
		let floor = Perbill::from_percent(1);
		assert_eq!(
			next_credibility(Perbill::from_percent(50), true, a, floor),
			Perbill::from_percent(60)
		);
		assert_eq!(
			next_credibility(Perbill::from_percent(50), false, a, floor),
			Perbill::from_percent(40)
		);
		assert_eq!(next_credibility(Perbill::one(), true, a, floor), Perbill::one());
		assert_eq!(next_credibility(Perbill::zero(), false, a, floor), floor);
		let mut c = Perbill::from_percent(50);
		for _ in 0..200 {
			c = next_credibility(c, false, a, floor);
		}
		assert_eq!(c, floor);
	});
}

// ---------------------------------------------------------------------------------------------
// Finalization
// ---------------------------------------------------------------------------------------------

#[test]
pub(crate) fn finalize_request_works_and_fails() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		let id = open(9, params(1, 0));
		commit(1, id, true, None);
		assert_noop!(Witnesses::finalize_request(signed(30), 99), Error::<Test>::RequestNotFound);
		jump_to_block(11);
		assert_noop!(
			Witnesses::finalize_request(signed(30), id),
			Error::<Test>::RevealPeriodNotOver
		);
		assert_noop!(
			Witnesses::finalize_request(RuntimeOrigin::none(), id),
			DispatchError::BadOrigin
		);
		jump_to_block(12);
		let info = Witnesses::finalize_request(signed(30), id).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(
				// A claim request: no client handler to charge.
				<() as crate::WeightInfo>::finalize_request(1)
			)
		);
		assert!(matches!(last_event(), Event::RequestFinalized { id: 0, .. }));
		assert_noop!(Witnesses::finalize_request(signed(30), id), Error::<Test>::RequestNotFound);
		assert_eq!(outcomes().len(), 1);
	});
}

/// The weight the idle hook charges per finalization in the mock.
pub(crate) fn per_finalization() -> Weight {
	Witnesses::max_idle_entry_weight()
}

pub(crate) fn db() -> frame_support::weights::RuntimeDbWeight {
	<Test as frame_system::Config>::DbWeight::get()
}

#[test]
pub(crate) fn hook_finalizes_within_the_remaining_weight() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		let ids: Vec<RequestId> = (0..4).map(|_| open(9, params(1, 10))).collect();
		for id in &ids {
			commit(1, *id, true, None);
		}
		jump_to_block(7);
		for id in &ids {
			reveal(1, *id, true, None);
		}
		// Until the deadline has passed nothing is finalized; the cursor follows the blocks.
		run_to_block(12);
		assert_eq!(Requests::<Test>::iter().count(), 4);
		assert_eq!(FinalizationCursor::<Test>::get(), Some(12));
		// Block 12: weight for two finalizations (and the steps to find them).
		let scan = <() as crate::WeightInfo>::on_idle_scan();
		let limit = db()
			.reads(1)
			.saturating_add(scan.saturating_mul(3))
			.saturating_add(per_finalization().saturating_mul(2));
		let used = Witnesses::on_idle(12, limit);
		assert!(limit.all_gte(used));
		assert_eq!(outcomes().len(), 2);
		assert_eq!(Requests::<Test>::iter().count(), 2);
		assert_eq!(Schedule::<Test>::iter_prefix(12).count(), 2);
		assert_eq!(FinalizationCursor::<Test>::get(), Some(12));
		// Not even the cursor read fits: nothing.
		assert_eq!(Witnesses::on_idle(12, Weight::zero()), Weight::zero());
		// Block 13: the rest, then the cursor moves past the empty blocks 12 and 13.
		jump_to_block(13);
		Witnesses::on_idle(13, Weight::MAX);
		assert_eq!(outcomes().len(), 4);
		assert_eq!(Requests::<Test>::iter().count(), 0);
		assert_eq!(FinalizationCursor::<Test>::get(), Some(14));
		assert!(outcomes().iter().all(|(_, _, _, o)| o.verdict == Verdict::Approved));
		// The witness earned 4 × 10.
		assert_eq!(free(1), 1_000_000 - 1_000 + 40);
	});
}

#[test]
pub(crate) fn hook_catches_up_over_empty_blocks_within_its_weight() {
	ExtBuilder::build_and_execute(|| {
		let a = open(9, params(1, 0));
		let b = open(9, Params { reveal_period: 6, ..params(1, 0) });
		jump_to_block(200);
		// Weight for the cursor read and one step only.
		let scan = <() as crate::WeightInfo>::on_idle_scan();
		let limit = db().reads(1).saturating_add(scan);
		assert_eq!(Witnesses::on_idle(200, limit), limit);
		assert_eq!(FinalizationCursor::<Test>::get(), Some(2));
		// Enough for everything: both requests (due 12 and 13) and every empty block to 200.
		Witnesses::on_idle(200, Weight::MAX);
		assert!(Requests::<Test>::get(a).is_none());
		assert!(Requests::<Test>::get(b).is_none());
		assert_eq!(outcomes().len(), 2);
		assert_eq!(FinalizationCursor::<Test>::get(), Some(201));
	});
}

#[test]
pub(crate) fn hook_skips_requests_finalized_by_call() {
	ExtBuilder::build_and_execute(|| {
		let a = open(9, params(1, 0));
		let b = open(9, params(1, 0));
		jump_to_block(12);
		assert_ok!(Witnesses::finalize_request(signed(1), a));
		assert_eq!(Schedule::<Test>::iter_keys().collect::<Vec<_>>(), vec![(12, b)]);
		Witnesses::on_idle(12, Weight::MAX);
		assert_eq!(outcomes().len(), 2);
		assert_eq!(Requests::<Test>::iter().count(), 0);
		assert_eq!(Schedule::<Test>::iter().count(), 0);
	});
}

#[test]
pub(crate) fn hook_without_requests_is_cheap() {
	ExtBuilder::build_and_execute(|| {
		assert_eq!(Witnesses::on_idle(5, Weight::MAX), db().reads(1));
		assert_eq!(FinalizationCursor::<Test>::get(), None);
	});
}

/// Attack 7 of issue 10, engine part: the deadline queue held 64 requests per block for all
/// domains, so zero-reward claim requests at one refundable deposit each could fill the
/// deadlines others needed (`DeadlineQueueFull`; 4 per block in the mock). Now 1,000 requests
/// due in the same block block nobody: the honest request opens, the hook works the block off
/// over several blocks without exceeding its weight, and anyone finalizes the honest request
/// at once.
#[test]
pub(crate) fn attack_7_nobody_can_fill_a_deadline() {
	ExtBuilder::build_and_execute(|| {
		for who in 1_000..2_000u64 {
			assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 100));
			open(who, params(1, 0));
		}
		// The honest requester's request lands in the same block.
		let honest = open(9, params(1, 50));
		assert_eq!(Schedule::<Test>::iter_prefix(12).count(), 1_001);
		// A tenth of what 1,001 finalizations need, per block.
		let budget = per_finalization().saturating_mul(100);
		let mut blocks = 0;
		let mut now = 12;
		while Schedule::<Test>::iter_prefix(12).count() > 1 && blocks < 20 {
			jump_to_block(now);
			let used = Witnesses::on_idle(now, budget);
			assert!(budget.all_gte(used), "the hook exceeded its weight");
			if Requests::<Test>::contains_key(honest) {
				// Anyone may finalize the honest request at once, whatever the backlog.
				assert_ok!(Witnesses::finalize_request(signed(9), honest));
			}
			now += 1;
			blocks += 1;
		}
		assert!(!Requests::<Test>::contains_key(honest));
		// 99 finalizations per call at this budget (the last step's scan is charged too).
		assert!((10..20).contains(&blocks), "took {blocks} blocks");
		Witnesses::on_idle(now, Weight::MAX);
		assert_eq!(Requests::<Test>::iter().count(), 0);
		assert_eq!(free(9), 1_000_000);
	});
}

#[test]
pub(crate) fn migration_v1_to_v2_schedules_queued_requests() {
	use crate::migrations::v2::{DeadlineQueue, MigrateV1ToV2};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::build_and_execute(|| {
		let a = open(9, params(1, 0));
		let b = open(9, params(1, 0));
		let c = open(9, Params { reveal_period: 6, ..params(1, 0) });
		// Version-1 layout: buckets by reveal deadline, cursor at the first deadline.
		for (due, id, ()) in Schedule::<Test>::drain().collect::<Vec<_>>() {
			DeadlineQueue::<Test>::append(due - 1, id);
		}
		FinalizationCursor::<Test>::put(1);
		StorageVersion::new(1).put::<Witnesses>();
		let mut bucket = DeadlineQueue::<Test>::get(11).unwrap();
		bucket.sort();
		assert_eq!(bucket, vec![a, b]);

		MigrateV1ToV2::<Test>::on_runtime_upgrade();

		assert_eq!(Witnesses::on_chain_storage_version(), StorageVersion::new(2));
		let mut keys: Vec<_> = Schedule::<Test>::iter_keys().collect();
		keys.sort();
		assert_eq!(keys, vec![(12, a), (12, b), (13, c)]);
		assert_eq!(DeadlineQueue::<Test>::iter().count(), 0);
		assert_eq!(FinalizationCursor::<Test>::get(), Some(2));
	});
}

#[test]
pub(crate) fn outcome_handler_receives_outcome() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 1_000);
		let mut p = client_params(drawn(2), 2, 0);
		p.score_range = Some(primitives::ScoreRange { min: 0, max: 100 });
		let id = open_drawn(9, H256::repeat_byte(42), p, &[(1, 1), (2, 1)]);
		commit(1, id, true, Some(70));
		commit(2, id, true, Some(72));
		jump_to_block(10);
		reveal(1, id, true, Some(70));
		reveal(2, id, true, Some(72));
		jump_to_block(15);
		close(id);
		let recorded = client_outcomes();
		assert_eq!(recorded.len(), 1);
		let (domain, subject, rid, outcome) = recorded[0].clone();
		assert_eq!((domain, subject, rid), (SPORTS, H256::repeat_byte(42), id));
		assert_eq!(outcome.decision, primitives::Decision::Approved);
		assert_eq!(outcome.score, Some(70));
		assert_eq!(outcome.resolution, Resolution::DrawnPanel);
		assert!(outcome.resolution.can_move_value());
		assert_eq!((outcome.appeals, outcome.approval), (0, Perbill::one()));
		let mut members: Vec<(u64, Option<u32>)> =
			outcome.participants.iter().map(|p| (p.who, p.vote.and_then(|v| v.score))).collect();
		members.sort();
		assert_eq!(members, vec![(1, Some(70)), (2, Some(72))]);
		assert!(outcome
			.participants
			.iter()
			.all(|p| p.coherent && p.weight == 500 && p.seats == 1 && p.round == 0));
		assert!(outcome
			.participants
			.iter()
			.all(|p| p.vote.map(|v| v.verdict) == Some(primitives::Verdict::Approved)));
		// The engine's own event carries its outcome.
		let (_, _, _, engine) = outcomes().last().unwrap().clone();
		assert_eq!(engine.verdict, Verdict::Approved);
		assert_eq!(
			last_event(),
			Event::RequestFinalized {
				id,
				domain: SPORTS,
				subject: H256::repeat_byte(42),
				outcome: engine
			}
		);
		// Claim requests go to no client.
		let claim = open(9, params(1, 0));
		jump_to_block(30);
		assert_ok!(Witnesses::finalize_request(signed(30), claim));
		assert_eq!(client_outcomes().len(), 1);
	});
}

#[test]
pub(crate) fn named_panel_outcomes_move_no_value() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		let members = BoundedVec::truncate_from(vec![1]);
		let id = open_client(
			9,
			SUBJECT,
			client_params(PanelPolicy::Named { named_by: 7, members }, 1, 0),
		);
		commit(1, id, true, None);
		jump_to_block(7);
		reveal(1, id, true, None);
		jump_to_block(12);
		close(id);
		let (_, _, _, outcome) = client_outcomes().last().unwrap().clone();
		assert_eq!(outcome.decision, primitives::Decision::Approved);
		assert_eq!(outcome.resolution, Resolution::NamedPanel);
		assert!(!outcome.resolution.can_move_value());
	});
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

#[test]
pub(crate) fn runtime_api_queries() {
	ExtBuilder::build_and_execute(|| {
		register_in(1, 1_000, &[SPORTS]);
		register(2, 200);
		register_in(3, 100, &[CLAIMS]);
		register(4, 100);
		assert_ok!(Witnesses::unbond(signed(4)));
		let mut sports = Witnesses::eligible_witnesses(SPORTS);
		sports.sort();
		assert_eq!(sports, vec![1, 2]);
		let mut claims = Witnesses::eligible_witnesses(CLAIMS);
		claims.sort();
		assert_eq!(claims, vec![2, 3]);

		let record = Witnesses::witness_record(&1).unwrap();
		assert_eq!(record.bond, 1_000);
		assert_eq!(record.weight, 500);
		assert_eq!(record.domains, vec![SPORTS]);
		assert_eq!(record.role_multiplier, FixedU128::from_u32(1));
		assert!(Witnesses::witness_record(&5).is_none());

		let id = open(9, params(1, 0));
		assert_eq!(Witnesses::request_view(id).unwrap().phase, RequestPhase::Commit);
		jump_to_block(7);
		assert_eq!(Witnesses::request_view(id).unwrap().phase, RequestPhase::Reveal);
		jump_to_block(12);
		assert_eq!(Witnesses::request_view(id).unwrap().phase, RequestPhase::AwaitingFinalization);
		assert!(Witnesses::request_view(99).is_none());
	});
}

#[test]
pub(crate) fn integrity_test_passes() {
	ExtBuilder::build_and_execute(|| {
		<Witnesses as Hooks<u64>>::integrity_test();
		const { assert!(MAX_PANEL_SIZE >= 8) };
	});
}

#[test]
pub(crate) fn try_state_detects_broken_invariants() {
	new_test_ext().execute_with(|| {
		register(1, 100);
		assert_ok!(Witnesses::do_try_state());
		Registry::<Test>::mutate(1, |i| i.as_mut().unwrap().bond = 99);
		assert!(Witnesses::do_try_state().is_err());
		Registry::<Test>::mutate(1, |i| i.as_mut().unwrap().bond = 100);
		let id = open(9, params(1, 0));
		Schedule::<Test>::remove(12, id);
		assert!(Witnesses::do_try_state().is_err());
		Schedule::<Test>::insert(12, id, ());
		assert_ok!(Witnesses::do_try_state());
		// An eligibility list out of order.
		register_in(2, 100, &[SPORTS]);
		register_in(3, 200, &[SPORTS]);
		DomainWitnesses::<Test>::mutate(SPORTS, |list| {
			*list = BoundedVec::truncate_from(list.iter().rev().cloned().collect::<Vec<_>>())
		});
		assert!(Witnesses::do_try_state().is_err());
	});
}

#[test]
pub(crate) fn signed_calls_reject_other_origins() {
	ExtBuilder::build_and_execute(|| {
		let none = RuntimeOrigin::none;
		assert_noop!(
			Witnesses::register(none(), Role::Peer, 100, domains(&[])),
			DispatchError::BadOrigin
		);
		assert_noop!(Witnesses::bond_extra(none(), 1), DispatchError::BadOrigin);
		assert_noop!(Witnesses::unbond(none()), DispatchError::BadOrigin);
		assert_noop!(Witnesses::withdraw_unbonded(none()), DispatchError::BadOrigin);
		assert_noop!(
			Witnesses::open_claim_request(RuntimeOrigin::root(), SUBJECT, params(1, 0)),
			DispatchError::BadOrigin
		);
		assert_noop!(Witnesses::cancel_request(none(), 0), DispatchError::BadOrigin);
		assert_noop!(Witnesses::commit(none(), 0, H256::zero()), DispatchError::BadOrigin);
		assert_noop!(Witnesses::reveal(none(), 0, true, None, [0u8; 32]), DispatchError::BadOrigin);
	});
}

#[test]
pub(crate) fn eligibility_follows_status() {
	ExtBuilder::build_and_execute(|| {
		register_in(1, 100, &[SPORTS, CLAIMS]);
		register(2, 100);
		let mut sports = Witnesses::eligible_witnesses(SPORTS);
		sports.sort();
		assert_eq!(sports, vec![1, 2]);
		// 1 misses a reveal, is slashed below the minimum and deactivated.
		let id = open(9, params(1, 0));
		commit(1, id, true, None);
		jump_to_block(12);
		assert_ok!(Witnesses::finalize_request(signed(30), id));
		assert_eq!(Witnesses::eligible_witnesses(SPORTS), vec![2]);
		assert_eq!(Witnesses::eligible_witnesses(CLAIMS), vec![2]);
		// A deactivated witness may still unbond and leave.
		assert_ok!(Witnesses::unbond(signed(1)));
		jump_to_block(22);
		assert_ok!(Witnesses::withdraw_unbonded(signed(1)));
		assert_eq!(free(1), 1_000_000 - 20);
	});
}

// ---------------------------------------------------------------------------------------------
// Delayed draws, rosters, seats
// ---------------------------------------------------------------------------------------------

/// Attack 4 of issue 10: the draw used BABE's randomness of one epoch ago, public when the
/// request was opened, and a requester could read the panel (`PanelSelected` at opening),
/// cancel for free and reopen with another subject until the panel suited it. (Run against
/// the code before this change: `PanelSelected` came with `RequestOpened` and cancelling
/// released everything.) Now the panel does not exist at opening, follows the seed of a later
/// block over a roster frozen before it, and cancelling once it is known forfeits reward and
/// deposit.
#[test]
pub(crate) fn attack_4_panel_is_unknown_at_opening_and_rerolls_cost() {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	ExtBuilder::build_and_execute(|| {
		for (who, bond) in [(1, 100), (2, 200), (4, 300), (5, 400), (6, 500)] {
			register(who, bond);
		}
		rotate(CLAIMS);
		// A reward of 30 splits over 3 seats without remainder.
		let p = Params { panel: Panel::RandomDraw(3), ..params(1, 30) };
		let id = open(3, p.clone());
		// Nothing about the panel exists in the opening block.
		assert!(events()
			.iter()
			.all(|e| !matches!(e, Event::PanelSelected { .. } | Event::PanelDrawn { .. })));
		assert_eq!(Witnesses::request_view(id).unwrap().phase, RequestPhase::Drawing);
		assert!(seats_of(id).is_empty());
		assert_noop!(
			Witnesses::commit(signed(1), id, commitment(1, id, true, None)),
			Error::<Test>::NotDrawn
		);
		assert_noop!(Witnesses::advance(signed(9), id), Error::<Test>::NotDue);
		assert_noop!(Witnesses::finalize_request(signed(9), id), Error::<Test>::NotDrawn);
		let seed_block = 1 + DRAW_DELAY;
		assert_eq!(Requests::<Test>::get(id).unwrap().draw.unwrap().seed_block, seed_block);

		// The panel follows the VRF outputs of the blocks after the opening: another block
		// author (another nonce) gives another panel, and the panel is the pure draw over the
		// frozen roster with the stored seed.
		let panel_with = |nonce: u64, before_draw: &dyn Fn()| {
			with_transaction(|| {
				set_vrf_nonce(nonce);
				init_to_block(seed_block);
				before_draw();
				let seed = crate::pallet::DrawSeeds::<Test>::get(seed_block).unwrap();
				assert_ok!(Witnesses::advance(signed(9), id));
				TransactionOutcome::Rollback(Ok::<_, DispatchError>((seats_of(id), seed)))
			})
			.unwrap()
		};
		let (panel, seed) = panel_with(0, &|| {});
		let roster = crate::pallet::Rosters::<Test>::get(CLAIMS, 0).unwrap();
		let mut pure = crate::features::draw::draw_seats(&seed, id, 0, &roster.entries, 3);
		pure.sort();
		assert_eq!(panel, pure);
		assert!((1..10).any(|nonce| panel_with(nonce, &|| {}).0 != panel));
		// A candidate that sees the seed and bonds more before the draw changes nothing: the
		// roster was frozen before the seed existed.
		let (after_bonding, _) = panel_with(0, &|| {
			assert_ok!(Witnesses::bond_extra(signed(1), 100_000));
		});
		assert_eq!(after_bonding, panel);

		// Cancelling once the panel is known forfeits reward and deposit, every time.
		set_vrf_nonce(0);
		let start = free(3);
		init_to_block(seed_block);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_ok!(Witnesses::cancel_request(signed(3), id));
		assert_eq!(
			last_event(),
			Event::RequestCancelled { id, requester: 3, released: 0, forfeited: 35 }
		);
		for _ in 0..4 {
			let id = open(3, p.clone());
			draw(id);
			assert_ok!(Witnesses::cancel_request(signed(3), id));
		}
		// Five tries cost five rewards and deposits (the first was held before `start`).
		assert_eq!(start - free(3), 4 * 35);
		assert_eq!(held(HoldReason::RequestReward, 3) + held(HoldReason::RequestDeposit, 3), 0);
		assert_eq!(free(SLASH_ACCOUNT), 1 + 5 * 5);
	});
}

#[test]
pub(crate) fn rosters_rotate_and_retire() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		register_in(2, 200, &[SPORTS]);
		register_in(4, 300, &[CLAIMS]);
		rotate(CLAIMS);
		assert_eq!(held(HoldReason::RosterDeposit, 29), ROSTER_DEPOSIT);
		let roster = crate::pallet::Rosters::<Test>::get(CLAIMS, 0).unwrap();
		// The domain's list first, then the general list; 2 serves another domain.
		assert_eq!(roster.entries.iter().map(|(w, _)| *w).collect::<Vec<_>>(), vec![4, 1]);
		assert_eq!(roster.total_weight, 150 + 50);
		assert_eq!(
			last_event(),
			Event::RosterRotated { domain: CLAIMS, era: 0, candidates: 2, total_weight: 200 }
		);
		assert_noop!(Witnesses::rotate_roster(signed(5), CLAIMS), Error::<Test>::RosterTooRecent);

		// A newcomer waits for the next rotation; an unbonding witness leaves at it.
		register(5, 100);
		assert_ok!(Witnesses::unbond(signed(1)));
		jump_to_block(11);
		assert_ok!(Witnesses::rotate_roster(signed(5), CLAIMS));
		let roster = crate::pallet::Rosters::<Test>::get(CLAIMS, 1).unwrap();
		assert_eq!(roster.entries.iter().map(|(w, _)| *w).collect::<Vec<_>>(), vec![4, 5]);
		// Only the first roster is paid for.
		assert_eq!(held(HoldReason::RosterDeposit, 5), 0);

		// A request waiting for its draw keeps its roster alive: the rotation that would
		// remove it waits.
		let id = open(3, Params { panel: Panel::RandomDraw(1), ..params(1, 0) });
		assert_eq!(Requests::<Test>::get(id).unwrap().draw.unwrap().roster_era, 1);
		jump_to_block(21);
		assert_ok!(Witnesses::rotate_roster(signed(5), CLAIMS));
		assert!(!crate::pallet::Rosters::<Test>::contains_key(CLAIMS, 0));
		jump_to_block(31);
		assert_noop!(Witnesses::rotate_roster(signed(5), CLAIMS), Error::<Test>::RosterInUse);
		assert_noop!(
			Witnesses::retire_roster(signed(5), CLAIMS),
			Error::<Test>::RosterNotRetirable
		);
		// Anyone draws it (from era 1, not the current era 2), which frees the roster.
		init_to_block(32);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_eq!(seats_of(id).iter().map(|(w, _)| *w).all(|w| w == 4 || w == 5), true);
		assert_ok!(Witnesses::rotate_roster(signed(5), CLAIMS));
		assert_eq!(crate::pallet::CurrentRosters::<Test>::get(CLAIMS).unwrap().era, 3);

		// Retirement: only after `RosterRetirement` without rotation and with no draw waiting.
		assert_noop!(Witnesses::retire_roster(signed(5), SPORTS), Error::<Test>::NoRoster);
		jump_to_block(131);
		assert_noop!(
			Witnesses::retire_roster(signed(5), CLAIMS),
			Error::<Test>::RosterNotRetirable
		);
		run_to_block(140);
		assert_ok!(Witnesses::retire_roster(signed(5), CLAIMS));
		assert_eq!(held(HoldReason::RosterDeposit, 29), 0);
		assert_eq!(free(29), 1_000_000);
		assert!(crate::pallet::CurrentRosters::<Test>::get(CLAIMS).is_none());
		assert_eq!(crate::pallet::Rosters::<Test>::iter().count(), 0);
		assert_eq!(
			last_event(),
			Event::RosterRetired { domain: CLAIMS, depositor: 29, deposit: ROSTER_DEPOSIT }
		);
		// An account that cannot pay the deposit builds no roster.
		assert_noop!(Witnesses::rotate_roster(signed(500), SPORTS), TokenError::FundsUnavailable);
	});
}

#[test]
pub(crate) fn idle_hook_draws_at_the_seed_block() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		register(2, 100);
		rotate(CLAIMS);
		let id = open(3, Params { panel: Panel::RandomDraw(2), ..params(1, 0) });
		assert!(Schedule::<Test>::contains_key(1 + DRAW_DELAY, id));
		// The idle hooks of blocks 1..=3 find nothing to draw yet.
		run_to_block(1 + DRAW_DELAY);
		assert!(Requests::<Test>::get(id).unwrap().draw.is_some());
		assert!(crate::pallet::DrawSeeds::<Test>::contains_key(1 + DRAW_DELAY));
		// The idle hook of the seed block draws; the windows count from there.
		run_to_block(2 + DRAW_DELAY);
		let request = Requests::<Test>::get(id).unwrap();
		assert_eq!((request.draw, request.commit_deadline, request.reveal_deadline), (None, 9, 14));
		assert!(Schedule::<Test>::contains_key(15, id));
		assert!(!crate::pallet::DrawSeeds::<Test>::contains_key(1 + DRAW_DELAY));
		assert!(events().iter().any(|e| matches!(
			e,
			Event::PanelDrawn { id: drawn, commit_deadline: 9, reveal_deadline: 14, .. }
				if *drawn == id
		)));
		assert_eq!(seats_of(id).iter().map(|(_, s)| s).sum::<u32>(), 2);
	});
}

/// A drawn panel votes by seat: a witness holding two of three seats outvotes a heavier one
/// holding one, is paid the whole reward, and the dissenter loses `DissentSlash` per seat.
#[test]
pub(crate) fn drawn_panels_vote_and_pay_by_seat() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		register(2, 1_000);
		let id = open_drawn(3, SUBJECT, client_params(drawn(3), 1, 30), &[(1, 2), (2, 1)]);
		commit(1, id, true, None);
		commit(2, id, false, None);
		assert_eq!(Attestations::<Test>::get(id, 1).unwrap().seats, 2);
		jump_to_block(10);
		reveal(1, id, true, None);
		reveal(2, id, false, None);
		jump_to_block(15);
		close(id);
		let (_, _, _, outcome) = client_outcomes().last().unwrap().clone();
		assert_eq!(outcome.decision, primitives::Decision::Approved);
		assert_eq!(outcome.approval, Perbill::from_rational(2u32, 3));
		let mut seats: Vec<(u64, u32)> =
			outcome.participants.iter().map(|p| (p.who, p.seats)).collect();
		seats.sort();
		assert_eq!(seats, vec![(1, 2), (2, 1)]);
		assert_eq!(free(1), 1_000_000 - 100 + 30);
		// One seat: 10 % of 1,000.
		assert_eq!(bond_of(2), 900);
		assert_eq!(free(3), 1_000_000 - 30);
	});
}

// ---------------------------------------------------------------------------------------------
// Optimistic claims
// ---------------------------------------------------------------------------------------------

/// Bond of the claims in these tests.
pub(crate) const BOND: u64 = 200;
/// The subject's owner, excluded from the panel and from disputing.
pub(crate) const OWNER: u64 = 4;

/// Optimistic client parameters: `verdict` with score `score` (range 0..=100), bond `BOND`,
/// liveness 10 blocks, dispute panel of 3 seats with quorum 1, reward 30, `OWNER` excluded.
pub(crate) fn claim_params(verdict: primitives::Verdict, score: u32) -> ClientParams {
	let mut p = client_params(drawn(3), 1, 30);
	p.mode = VerificationMode::Optimistic(primitives::ClaimTerms {
		claim: primitives::Vote { verdict, score: Some(score) },
		bond: BOND,
		liveness: 10,
		dispute_seats: 3,
	});
	p.score_range = Some(primitives::ScoreRange { min: 0, max: 100 });
	p.excluded = BoundedVec::truncate_from(vec![OWNER]);
	p
}

/// Witnesses 1 (bond 100) and 2 (bond 1,000), `SPORTS`' roster, and a claim by 3 of
/// `verdict` with score 80 opened at block 1 (disputable until block 11).
pub(crate) fn claimed(verdict: primitives::Verdict) -> RequestId {
	register(1, 100);
	register(2, 1_000);
	rotate(SPORTS);
	open_client(3, SUBJECT, claim_params(verdict, 80))
}

/// Dispute claim `id` by `disputer` at the current block with a VRF nonce whose draw gives
/// the panel `want`, and draw it.
pub(crate) fn dispute_drawn(id: RequestId, disputer: u64, want: &[(u64, u32)]) {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	let at = System::block_number();
	for nonce in 0..1_000 {
		set_vrf_nonce(nonce);
		let found = with_transaction(|| {
			assert_ok!(Witnesses::dispute(signed(disputer), id));
			draw(id);
			TransactionOutcome::Rollback(Ok::<_, DispatchError>(seats_of(id) == want))
		})
		.unwrap();
		jump_to_block(at);
		if found {
			assert_ok!(Witnesses::dispute(signed(disputer), id));
			draw(id);
			return;
		}
	}
	panic!("no draw gives {want:?}");
}

/// Tally request `id`'s round (past its reveal deadline), wait out its appeal window and make
/// it final.
pub(crate) fn close(id: RequestId) {
	assert_ok!(Witnesses::advance(signed(9), id));
	let until = Rounds::<Test>::get(id).and_then(|r| r.appeal_until).expect("tallied");
	jump_to_block(until + 1);
	assert_ok!(Witnesses::advance(signed(9), id));
}

pub(crate) fn claim_settled(id: RequestId) -> Event<Test> {
	events()
		.into_iter()
		.find(|e| matches!(e, Event::ClaimSettled { id: i, .. } if *i == id))
		.expect("claim settled")
}

#[test]
pub(crate) fn undisputed_claim_stands_after_its_window() {
	ExtBuilder::build_and_execute(|| {
		let id = claimed(primitives::Verdict::Approved);
		assert_eq!(
			Claims::<Test>::get(id),
			Some(crate::Claim {
				claim: Reveal { verdict: true, score: Some(80) },
				bond: BOND,
				liveness_until: 11,
				disputer: None,
			})
		);
		assert_eq!(held(HoldReason::ClaimBond, 3), BOND);
		assert_eq!(held(HoldReason::RequestReward, 3), 30);
		assert_eq!(held(HoldReason::RequestDeposit, 3), 5);
		assert!(events().contains(&Event::ClaimOpened {
			id,
			claim: Reveal { verdict: true, score: Some(80) },
			bond: BOND,
			liveness_until: 11,
		}));
		assert_eq!(Witnesses::request_view(id).unwrap().phase, RequestPhase::Liveness);
		let view = Witnesses::client_view(id).unwrap();
		assert_eq!(view.mode, RequestMode::Optimistic);
		assert_eq!(view.phase, Phase::Liveness { until: 11 });
		assert_eq!(view.claim.unwrap().disputer, None);

		// No panel exists to commit to, and nothing is due before the window ends.
		assert_noop!(
			Witnesses::commit(signed(1), id, commitment(1, id, true, Some(80))),
			Error::<Test>::NotDrawn
		);
		jump_to_block(11);
		assert_noop!(Witnesses::advance(signed(9), id), Error::<Test>::NotDue);
		assert_noop!(Witnesses::finalize_request(signed(9), id), Error::<Test>::NotDrawn);

		// The idle hook of block 12 lets it stand: one extrinsic in all for the requester.
		jump_to_block(1);
		run_to_block(13);
		assert!(!Requests::<Test>::contains_key(id));
		assert!(!Claims::<Test>::contains_key(id));
		for reason in [HoldReason::ClaimBond, HoldReason::RequestReward, HoldReason::RequestDeposit]
		{
			assert_eq!(held(reason, 3), 0);
		}
		assert_eq!(free(3), 1_000_000);
		assert_eq!(
			claim_settled(id),
			Event::ClaimSettled { id, result: ClaimResult::Stood, to_winner: 0, to_panel: 0 }
		);
		let (_, _, request, outcome) = client_outcomes().last().unwrap().clone();
		assert_eq!(request, id);
		assert_eq!(outcome.decision, primitives::Decision::Approved);
		assert_eq!(outcome.score, Some(80));
		assert_eq!(outcome.resolution, Resolution::Undisputed);
		assert!(outcome.resolution.can_move_value());
		assert!(outcome.participants.is_empty());
	});
}

#[test]
pub(crate) fn advance_lets_an_undisputed_claim_stand() {
	ExtBuilder::build_and_execute(|| {
		let id = claimed(primitives::Verdict::Rejected);
		jump_to_block(12);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert!(!Requests::<Test>::contains_key(id));
		let (_, _, _, outcome) = client_outcomes().last().unwrap().clone();
		assert_eq!(outcome.decision, primitives::Decision::Rejected);
		assert_eq!(outcome.approval, Perbill::zero());
		assert_eq!(held(HoldReason::ClaimBond, 3), 0);
	});
}

#[test]
pub(crate) fn dispute_fails_without_changing_state() {
	ExtBuilder::build_and_execute(|| {
		let id = claimed(primitives::Verdict::Approved);
		assert_noop!(Witnesses::dispute(signed(5), id + 1), Error::<Test>::RequestNotFound);
		// The requester and the subject's owner cannot dispute.
		assert_noop!(Witnesses::dispute(signed(3), id), Error::<Test>::SelfDispute);
		assert_noop!(Witnesses::dispute(signed(OWNER), id), Error::<Test>::SelfDispute);
		// Without the bond there is no dispute.
		assert_noop!(Witnesses::dispute(signed(500), id), TokenError::FundsUnavailable);
		// A drawn panel's request is no claim.
		let drawn_id = open_client(3, SUBJECT, client_params(drawn(1), 1, 0));
		assert_noop!(Witnesses::dispute(signed(5), drawn_id), Error::<Test>::NotAClaim);

		assert_ok!(Witnesses::dispute(signed(5), id));
		assert_eq!(held(HoldReason::DisputeBond, 5), BOND);
		assert_eq!(
			last_event(),
			Event::Disputed { id, disputer: 5, bond: BOND, draw_at: 1 + DRAW_DELAY }
		);
		assert_eq!(Witnesses::request_view(id).unwrap().phase, RequestPhase::Drawing);
		assert_noop!(Witnesses::dispute(signed(6), id), Error::<Test>::AlreadyDisputed);
		// A disputed claim goes to its panel: its requester cannot withdraw it.
		assert_noop!(
			<Witnesses as VerificationProvider<u64, u64, u64>>::cancel_request(id, &3),
			Error::<Test>::NotCancellable
		);

		let late = open_client(3, SUBJECT, claim_params(primitives::Verdict::Approved, 80));
		init_to_block(12);
		assert_noop!(Witnesses::dispute(signed(5), late), Error::<Test>::LivenessOver);
	});
}

#[test]
pub(crate) fn an_undisputed_claim_can_be_cancelled_in_full() {
	ExtBuilder::build_and_execute(|| {
		let id = claimed(primitives::Verdict::Approved);
		assert_eq!(
			<Witnesses as VerificationProvider<u64, u64, u64>>::cancel_request(id, &3),
			Ok(Cancellation { released: 30 + 5 + BOND, forfeited: 0 })
		);
		assert!(!Claims::<Test>::contains_key(id));
		assert_eq!(held(HoldReason::ClaimBond, 3), 0);
		assert_eq!(free(3), 1_000_000);
	});
}

#[test]
pub(crate) fn overturned_claim_pays_the_disputer_and_the_panel() {
	ExtBuilder::build_and_execute(|| {
		let id = claimed(primitives::Verdict::Approved);
		jump_to_block(2);
		dispute_drawn(id, 5, &[(1, 2), (2, 1)]);
		// Drawn at block 5: commits until 10, reveals until 15.
		commit(1, id, false, Some(10));
		commit(2, id, false, Some(12));
		jump_to_block(11);
		reveal(1, id, false, Some(10));
		reveal(2, id, false, Some(12));
		jump_to_block(16);
		close(id);

		// 20 % of the requester's bond to the coherent members by seats (40 × 2/3 = 26,
		// 40 × 1/3 = 13), the rest (161) to the disputer; the disputer's bond is released.
		assert_eq!(
			claim_settled(id),
			Event::ClaimSettled {
				id,
				result: ClaimResult::Overturned,
				to_winner: 161,
				to_panel: 39
			}
		);
		assert_eq!(free(5), 1_000_000 + 161);
		assert_eq!(held(HoldReason::DisputeBond, 5), 0);
		assert_eq!(held(HoldReason::ClaimBond, 3), 0);
		assert_eq!(free(3), 1_000_000 - 30 - BOND);
		// The reward by seats as well: 20 and 10.
		assert_eq!(free(1), 1_000_000 - 100 + 20 + 26);
		assert_eq!(free(2), 1_000_000 - 1_000 + 10 + 13);
		let (_, _, _, outcome) = client_outcomes().last().unwrap().clone();
		assert_eq!(outcome.decision, primitives::Decision::Rejected);
		assert_eq!(outcome.resolution, Resolution::DrawnPanel);
		assert!(!Claims::<Test>::contains_key(id));
	});
}

#[test]
pub(crate) fn upheld_claim_pays_the_requester_and_the_panel() {
	ExtBuilder::build_and_execute(|| {
		let id = claimed(primitives::Verdict::Approved);
		dispute_drawn(id, 5, &[(1, 2), (2, 1)]);
		commit(1, id, true, Some(80));
		commit(2, id, true, Some(79));
		jump_to_block(10);
		reveal(1, id, true, Some(80));
		reveal(2, id, true, Some(79));
		jump_to_block(15);
		close(id);
		assert_eq!(
			claim_settled(id),
			Event::ClaimSettled { id, result: ClaimResult::Upheld, to_winner: 161, to_panel: 39 }
		);
		assert_eq!(free(3), 1_000_000 - 30 + 161);
		assert_eq!(free(5), 1_000_000 - BOND);
		assert_eq!(held(HoldReason::DisputeBond, 5), 0);
		let (_, _, _, outcome) = client_outcomes().last().unwrap().clone();
		assert_eq!(outcome.decision, primitives::Decision::Approved);
		// Seat-weighted median: member 1's two seats at 80 outweigh member 2's one at 79.
		assert_eq!(outcome.score, Some(80));
	});
}

#[test]
pub(crate) fn a_claim_whose_score_is_an_outlier_is_overturned() {
	ExtBuilder::build_and_execute(|| {
		// The panel approves but scores 50: the claimed 80 lies outside the clip interval.
		let id = claimed(primitives::Verdict::Approved);
		dispute_drawn(id, 5, &[(1, 2), (2, 1)]);
		commit(1, id, true, Some(50));
		commit(2, id, true, Some(50));
		jump_to_block(10);
		reveal(1, id, true, Some(50));
		reveal(2, id, true, Some(50));
		jump_to_block(15);
		close(id);
		assert!(matches!(
			claim_settled(id),
			Event::ClaimSettled { result: ClaimResult::Overturned, .. }
		));
		assert_eq!(free(5), 1_000_000 + 161);
	});
}

#[test]
pub(crate) fn inconclusive_dispute_releases_both_bonds() {
	ExtBuilder::build_and_execute(|| {
		let id = claimed(primitives::Verdict::Approved);
		dispute_drawn(id, 5, &[(1, 2), (2, 1)]);
		jump_to_block(15);
		close(id);
		assert_eq!(
			claim_settled(id),
			Event::ClaimSettled {
				id,
				result: ClaimResult::Inconclusive,
				to_winner: 0,
				to_panel: 0
			}
		);
		assert_eq!(free(3), 1_000_000);
		assert_eq!(free(5), 1_000_000);
		let (_, _, _, outcome) = client_outcomes().last().unwrap().clone();
		assert_eq!(outcome.decision, primitives::Decision::Inconclusive);
		// The silent members pay for their silence as on any panel.
		assert!(bond_of(2) < 1_000);
	});
}

#[test]
pub(crate) fn attack_dispute_panels_never_seat_the_disputer() {
	ExtBuilder::build_and_execute(|| {
		use frame_support::storage::{with_transaction, TransactionOutcome};
		// The disputer holds nearly all the weight of the roster.
		register(5, 100_000);
		let id = claimed(primitives::Verdict::Approved);
		for nonce in 0..30 {
			set_vrf_nonce(nonce);
			let seats = with_transaction(|| {
				assert_ok!(Witnesses::dispute(signed(5), id));
				draw(id);
				TransactionOutcome::Rollback(Ok::<_, DispatchError>(seats_of(id)))
			})
			.unwrap();
			jump_to_block(1);
			assert!(!seats.is_empty());
			assert!(seats.iter().all(|(who, _)| *who != 5 && *who != 3 && *who != OWNER));
		}
	});
}

#[test]
pub(crate) fn drawn_members_who_never_commit_are_slashed_like_silent_ones() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		register(2, 1_000);
		let id = open_drawn(3, SUBJECT, client_params(drawn(3), 1, 30), &[(1, 2), (2, 1)]);
		commit(1, id, true, None);
		jump_to_block(10);
		reveal(1, id, true, None);
		jump_to_block(15);
		close(id);
		// Member 2 never committed: `NoRevealSlash` (20 %) of its bond for its one seat.
		assert_eq!(bond_of(2), 800);
		assert_eq!(Registry::<Test>::get(2).unwrap().stats.missed_reveals, 1);
		assert!(events().contains(&Event::WitnessSlashed {
			id,
			who: 2,
			amount: 200,
			reason: SlashReason::NoReveal
		}));
		let (_, _, _, outcome) = client_outcomes().last().unwrap().clone();
		let silent = outcome.participants.iter().find(|p| p.who == 2).unwrap();
		assert_eq!((silent.seats, silent.vote, silent.coherent), (1, None, false));
		assert_eq!(free(1), 1_000_000 - 100 + 30);
	});
}
