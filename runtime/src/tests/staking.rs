//! Staking configuration tests on the `local_testnet` genesis (Alice, Bob, Charlie and Dave
//! validate; Eve and Ferdie nominate all four): elections at era changes, era payouts, and
//! equivocation slashing of validators and their nominators.

use frame_support::{
	assert_ok,
	traits::{fungible::Inspect, Hooks},
};
use sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
use sp_io::TestExternalities;
use sp_keyring::Sr25519Keyring;
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::{traits::Zero, AccountId32, Perbill};
use sp_staking::offence::{Offence, ReportOffence};
use std::sync::Arc;

use super::{execute_with_try_state, preset_ext};
use crate::{
	configs::{governance::TreasuryAccount, staking::SLASH_DEFER_ERAS},
	currency::ARETE,
	time::{EPOCH_DURATION_IN_BLOCKS, MILLISECS_PER_BLOCK},
	AccountId, Balances, Runtime, RuntimeEvent, RuntimeOrigin, Session, SessionKeys, Staking,
	System,
};

type StakingEvent = pallet_staking::Event<Runtime>;

/// The local testnet's genesis with an in-memory keystore (for generating session keys).
fn local_ext() -> TestExternalities {
	let mut ext = preset_ext(LOCAL_TESTNET_RUNTIME_PRESET);
	ext.register_extension(KeystoreExt(Arc::new(MemoryKeystore::new())));
	ext
}

/// Runs `test` on the local testnet and then checks every pallet's `try_state` invariants,
/// staking's among them.
fn run_on_local_testnet(test: impl FnOnce()) {
	execute_with_try_state(local_ext(), test);
}

fn account(keyring: Sr25519Keyring) -> AccountId {
	keyring.to_account_id()
}

fn active_era() -> u32 {
	pallet_staking::ActiveEra::<Runtime>::get().map(|era| era.index).unwrap_or_default()
}

/// One session later: the block number and the clock move by a session, the session rotates
/// (which lets staking plan and start eras), and staking's block hooks run.
fn next_session() {
	let block = System::block_number() + EPOCH_DURATION_IN_BLOCKS;
	System::set_block_number(block);
	pallet_timestamp::Now::<Runtime>::put(u64::from(block) * MILLISECS_PER_BLOCK);
	Staking::on_initialize(block);
	Session::rotate_session();
	Staking::on_finalize(block);
}

/// Rotates sessions until the next era is active.
fn next_era() {
	let era = active_era();
	while active_era() == era {
		next_session();
	}
}

fn bonded(stash: &AccountId) -> u128 {
	pallet_staking::Ledger::<Runtime>::get(stash).map(|ledger| ledger.active).unwrap_or_default()
}

fn staking_events() -> Vec<StakingEvent> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Staking(event) => Some(event),
			_ => None,
		})
		.collect()
}

#[test]
fn genesis_elects_the_four_bonded_validators() {
	run_on_local_testnet(|| {
		let mut validators = Session::validators();
		validators.sort();
		let mut expected: Vec<AccountId> = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		]
		.into_iter()
		.map(account)
		.collect();
		expected.sort();
		assert_eq!(validators, expected);
		assert_eq!(active_era(), 0);
		// Eve and Ferdie back all four validators.
		let exposure = Staking::eras_stakers(0, &account(Sr25519Keyring::Alice));
		assert_eq!(exposure.others.len(), 2);
		assert!(exposure.total > exposure.own);
	});
}

#[test]
fn era_rotation_elects_a_newly_bonded_validator() {
	run_on_local_testnet(|| {
		let fresh = AccountId32::new([42u8; 32]);
		assert_ok!(Balances::force_set_balance(
			RuntimeOrigin::root(),
			fresh.clone().into(),
			200_000 * ARETE
		));
		assert_ok!(Staking::bond(
			RuntimeOrigin::signed(fresh.clone()),
			150_000 * ARETE,
			pallet_staking::RewardDestination::Staked
		));
		let generated = SessionKeys::generate(fresh.as_ref(), None);
		assert_ok!(Session::set_keys(
			RuntimeOrigin::signed(fresh.clone()),
			generated.keys,
			codec::Encode::encode(&generated.proof),
		));
		assert_ok!(Staking::validate(RuntimeOrigin::signed(fresh.clone()), Default::default()));
		assert!(!Session::validators().contains(&fresh));

		// The next election includes the new candidate; give it at most two eras.
		next_era();
		if !Session::validators().contains(&fresh) {
			next_era();
		}
		assert!(Session::validators().contains(&fresh), "the new validator was not elected");
		assert_eq!(Session::validators().len(), 5);
		let exposure = Staking::eras_stakers(active_era(), &fresh);
		assert_eq!(exposure.own, 150_000 * ARETE);
	});
}

#[test]
fn payout_stakers_pays_the_validator_and_its_nominators() {
	run_on_local_testnet(|| {
		let alice = account(Sr25519Keyring::Alice);
		let eve = account(Sr25519Keyring::Eve);
		next_session();
		// Era points come from block authorship: Alice authored blocks of era 0, nobody else.
		for _ in 0..5 {
			<Staking as pallet_authorship::EventHandler<_, _>>::note_author(alice.clone());
		}
		next_era();

		let era_reward =
			pallet_staking::ErasValidatorReward::<Runtime>::get(0).expect("era 0 has a payout");
		assert!(!era_reward.is_zero());
		let (alice_before, eve_before) = (bonded(&alice), bonded(&eve));
		let issuance_before = Balances::total_issuance();

		// Anyone may trigger the payout.
		assert_ok!(Staking::payout_stakers(
			RuntimeOrigin::signed(account(Sr25519Keyring::Charlie)),
			alice.clone(),
			0
		));

		let rewarded: Vec<(AccountId, u128)> = staking_events()
			.into_iter()
			.filter_map(|event| match event {
				StakingEvent::Rewarded { stash, amount, .. } => Some((stash, amount)),
				_ => None,
			})
			.collect();
		let alice_reward = rewarded.iter().find(|(who, _)| *who == alice).map(|(_, a)| *a);
		let eve_reward = rewarded.iter().find(|(who, _)| *who == eve).map(|(_, a)| *a);
		let (alice_reward, eve_reward) = (alice_reward.expect("Alice"), eve_reward.expect("Eve"));
		assert!(alice_reward > 0 && eve_reward > 0);
		// Rewards are restaked (the genesis reward destination) and minted.
		assert_eq!(bonded(&alice), alice_before + alice_reward);
		assert_eq!(bonded(&eve), eve_before + eve_reward);
		let paid: u128 = rewarded.iter().map(|(_, amount)| amount).sum();
		assert_eq!(Balances::total_issuance(), issuance_before + paid);
		// Alice earned all the era's points, so her stakers share the whole validator payout.
		assert!(paid <= era_reward);
		assert!(paid >= era_reward - era_reward / 1000, "paid {paid} of {era_reward}");

		// A second payout of the same era and validator is refused.
		assert!(Staking::payout_stakers(RuntimeOrigin::signed(eve), alice, 0).is_err());
	});
}

/// Reports a BABE equivocation of `offender` in the current session; returns the slash
/// fraction the offence carries.
fn report_babe_equivocation(offender: &AccountId) -> Perbill {
	let offence = pallet_babe::EquivocationOffence {
		slot: 1_000u64.into(),
		session_index: Session::current_index(),
		validator_set_count: u32::try_from(Session::validators().len()).expect("few validators"),
		offender: (offender.clone(), ()),
	};
	let fraction = offence.slash_fraction(1);
	assert_ok!(<crate::Offences as ReportOffence<_, _, _>>::report_offence(vec![], offence));
	fraction
}

#[test]
fn babe_equivocation_slashes_the_offender_and_its_nominators() {
	run_on_local_testnet(|| {
		let alice = account(Sr25519Keyring::Alice);
		next_session();
		let era = active_era();
		let exposure = Staking::eras_stakers(era, &alice);
		let treasury_before = Balances::balance(&TreasuryAccount::get());
		let stakers: Vec<(AccountId, u128)> = core::iter::once((alice.clone(), exposure.own))
			.chain(exposure.others.iter().map(|other| (other.who.clone(), other.value)))
			.collect();
		let bonded_before: Vec<u128> = stakers.iter().map(|(who, _)| bonded(who)).collect();

		let fraction = report_babe_equivocation(&alice);
		// One offender out of four: (3 * 1 / 4)^2 = 56.25%.
		assert_eq!(fraction, Perbill::from_rational(9u32, 16u32));

		// Deferred: nothing moves until the slash's era comes.
		assert_eq!(bonded(&alice), bonded_before[0]);
		for _ in 0..=SLASH_DEFER_ERAS {
			next_era();
		}

		let mut total_slashed = 0u128;
		for ((who, exposed), before) in stakers.iter().zip(bonded_before) {
			let expected = fraction * *exposed;
			assert_eq!(before - bonded(who), expected, "slash of {who:?}");
			total_slashed += expected;
		}
		let events = staking_events();
		let slashed_in_events: u128 = events
			.iter()
			.filter_map(|e| match e {
				StakingEvent::Slashed { amount, .. } => Some(*amount),
				_ => None,
			})
			.sum();
		assert_eq!(slashed_in_events, total_slashed);
		// No reporters: the whole slash goes to the treasury, which also receives each era's
		// unpaid inflation remainder.
		let remainders: u128 = events
			.iter()
			.filter_map(|e| match e {
				StakingEvent::EraPaid { remainder, .. } => Some(*remainder),
				_ => None,
			})
			.sum();
		assert_eq!(
			Balances::balance(&TreasuryAccount::get()),
			treasury_before + total_slashed + remainders
		);
	});
}

#[test]
fn root_can_cancel_a_deferred_slash() {
	run_on_local_testnet(|| {
		let alice = account(Sr25519Keyring::Alice);
		next_session();
		let before = bonded(&alice);
		report_babe_equivocation(&alice);
		// Staking files the slash under the era it applies in: defer duration + 1 eras ahead.
		let slash_era = active_era() + SLASH_DEFER_ERAS + 1;
		assert_eq!(pallet_staking::UnappliedSlashes::<Runtime>::get(slash_era).len(), 1);

		// Only the admin origin may cancel.
		assert!(Staking::cancel_deferred_slash(
			RuntimeOrigin::signed(alice.clone()),
			slash_era,
			vec![0]
		)
		.is_err());
		assert_ok!(Staking::cancel_deferred_slash(RuntimeOrigin::root(), slash_era, vec![0]));

		for _ in 0..=SLASH_DEFER_ERAS {
			next_era();
		}
		assert_eq!(bonded(&alice), before);
	});
}

#[test]
fn session_keys_need_a_valid_ownership_proof() {
	run_on_local_testnet(|| {
		let eve = account(Sr25519Keyring::Eve);
		let generated = SessionKeys::generate(eve.as_ref(), None);
		// A proof made for another owner is rejected.
		let other = SessionKeys::generate(account(Sr25519Keyring::Ferdie).as_ref(), None);
		assert!(Session::set_keys(
			RuntimeOrigin::signed(eve.clone()),
			generated.keys.clone(),
			codec::Encode::encode(&other.proof),
		)
		.is_err());
		assert!(pallet_session::NextKeys::<Runtime>::get(&eve).is_none());
		// The matching proof is accepted and the key deposit is held.
		let free_before = Balances::free_balance(&eve);
		assert_ok!(Session::set_keys(
			RuntimeOrigin::signed(eve.clone()),
			generated.keys,
			codec::Encode::encode(&generated.proof),
		));
		assert!(pallet_session::NextKeys::<Runtime>::get(&eve).is_some());
		assert_eq!(
			free_before - Balances::free_balance(&eve),
			crate::configs::staking::SessionKeyDeposit::get()
		);
	});
}

/// Regression (found by the runtime fuzzer): `VoterList::rebag` is permissionless, and with
/// staking itself as the voter list's score provider it inserted a bonded stash that neither
/// nominates nor validates, breaking staking's invariant that the list holds exactly its
/// voters. The runtime's `VoterScore` gives such a stash no score, so `rebag` fails.
#[test]
fn rebag_cannot_put_an_idle_stash_into_the_voter_list() {
	use frame_election_provider_support::SortedListProvider;
	run_on_local_testnet(|| {
		let idle = account(Sr25519Keyring::AliceStash);
		let anyone = account(Sr25519Keyring::BobStash);
		assert_ok!(Staking::bond(
			RuntimeOrigin::signed(idle.clone()),
			1_000 * ARETE,
			pallet_staking::RewardDestination::Stash
		));
		assert!(!crate::VoterList::contains(&idle));

		let rebag = crate::VoterList::rebag(RuntimeOrigin::signed(anyone.clone()), idle.clone().into());
		assert_eq!(
			rebag,
			Err(pallet_bags_list::Error::<Runtime, pallet_bags_list::Instance1>::List(
				pallet_bags_list::ListError::NodeNotFound
			)
			.into())
		);
		assert!(!crate::VoterList::contains(&idle));

		// Once it nominates it is a voter: listed by staking, and `rebag` keeps it listed.
		assert_ok!(Staking::nominate(
			RuntimeOrigin::signed(idle.clone()),
			vec![account(Sr25519Keyring::Alice).into()]
		));
		assert!(crate::VoterList::contains(&idle));
		assert_ok!(crate::VoterList::rebag(RuntimeOrigin::signed(anyone), idle.clone().into()));
		assert!(crate::VoterList::contains(&idle));
		// A chilled stash leaves the list and cannot be put back.
		assert_ok!(Staking::chill(RuntimeOrigin::signed(idle.clone())));
		assert!(!crate::VoterList::contains(&idle));
		assert!(crate::VoterList::rebag(RuntimeOrigin::signed(account(Sr25519Keyring::Eve)), idle.clone().into()).is_err());
		assert!(!crate::VoterList::contains(&idle));
	});
}
