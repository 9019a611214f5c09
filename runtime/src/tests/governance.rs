//! Governance in the runtime: a referendum on every track passes and its call runs with that
//! track's origin and no other; the treasury spends through its track and is funded by fees;
//! a staking proxy acts for a cold stash; a multisig dispatches once enough of its members
//! approve; only the `development` preset keeps a sudo key.

use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::InspectHold,
		schedule::DispatchTime,
		Bounded, Hooks,
	},
	weights::Weight,
	BoundedVec,
};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_referenda::{ReferendumInfo, TracksInfo};
use sp_consensus_babe::{
	digests::{PreDigest, SecondaryPlainPreDigest},
	BABE_ENGINE_ID,
};
use sp_core::H256;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{BlakeTwo256, Dispatchable, Hash},
	DigestItem, DispatchError, FixedU128, MultiAddress, Perbill,
};

use super::{execute_with_try_state, preset_ext, submit_signed};
use crate::{
	configs::{
		governance::{
			MaxQueued, PreimageBaseDeposit, PreimageByteDeposit, PreimageHoldReason,
			SubmissionDeposit, TreasuryAccount,
		},
		monetary::TREASURY_FEE_PERCENT,
		system::{
			MultisigDepositBase, MultisigDepositFactor, ProxyDepositBase, ProxyDepositFactor,
			ProxyType,
		},
	},
	currency::ARETE,
	governance::{
		origins::{Origin, Pace, TrackPace, TREASURER_SPEND_LIMIT},
		tracks::{id, AreteTracks},
	},
	AccountId, Balances, ConvictionVoting, Multisig, OriginCaller, Preimage, Proxy, Referenda,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, Scheduler, Staking, Sudo, System,
	Treasury,
};

fn account(keyring: Sr25519Keyring) -> AccountId {
	keyring.to_account_id()
}

fn run_on_dev_chain(test: impl FnOnce()) {
	execute_with_try_state(preset_ext(DEV_RUNTIME_PRESET), test);
}

/// Moves to `block`, running the scheduler's hook (which raises the referenda's alarms and
/// enacts approved calls) in every block on the way.
fn run_to(block: u32) {
	for now in System::block_number() + 1..=block {
		System::set_block_number(now);
		Scheduler::on_initialize(now);
	}
}

fn role(origin: Origin) -> OriginCaller {
	OriginCaller::Origins(origin)
}

fn root() -> OriginCaller {
	OriginCaller::system(frame_system::RawOrigin::Root)
}

/// Every role origin, each with the id of its track.
const ROLES: [(Origin, u16); 6] = [
	(Origin::Treasurer, id::TREASURER),
	(Origin::StakingAdmin, id::STAKING_ADMIN),
	(Origin::WitnessRoles, id::WITNESS_ROLES),
	(Origin::CompetitionAccreditation, id::COMPETITION_ACCREDITATION),
	(Origin::TrainingCircuits, id::TRAINING_CIRCUITS),
	(Origin::CreditRules, id::CREDIT_RULES),
];

/// Notes `call`'s preimage (Alice pays its deposit) and submits it on the track of `origin`;
/// returns the referendum's index.
fn submit(origin: OriginCaller, call: &RuntimeCall) -> u32 {
	let alice = RuntimeOrigin::signed(account(Sr25519Keyring::Alice));
	let encoded = call.encode();
	let hash = BlakeTwo256::hash(&encoded);
	assert_ok!(Preimage::note_preimage(alice.clone(), encoded.clone()));
	let index = pallet_referenda::ReferendumCount::<Runtime>::get();
	assert_ok!(Referenda::submit(
		alice,
		Box::new(origin),
		Bounded::Lookup { hash, len: encoded.len() as u32 },
		DispatchTime::After(0),
	));
	index
}

/// Places the decision deposit of referendum `index` and has every endowed account vote aye
/// with 700,000 ARETE at 1x conviction (about 70% of the issuance, above every track's
/// support curve from the start).
fn decide_aye(index: u32) {
	assert_ok!(Referenda::place_decision_deposit(
		RuntimeOrigin::signed(account(Sr25519Keyring::Bob)),
		index
	));
	for voter in Sr25519Keyring::iter() {
		assert_ok!(ConvictionVoting::vote(
			RuntimeOrigin::signed(account(voter)),
			index,
			AccountVote::Standard {
				vote: Vote { aye: true, conviction: Conviction::Locked1x },
				balance: 700_000 * ARETE,
			},
		));
	}
}

/// The result the scheduler reported for the enacted call of a referendum, if it ran.
fn enactment_result() -> Option<Result<(), DispatchError>> {
	System::events().into_iter().rev().find_map(|record| match record.event {
		RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched { result, .. }) =>
			Some(result),
		_ => None,
	})
}

/// Passes a referendum for `call` on the track of `origin` at the fast pace and returns what
/// the enacted call returned.
fn pass(origin: OriginCaller, call: RuntimeCall) -> Result<(), DispatchError> {
	let index = submit(origin, &call);
	decide_aye(index);
	System::reset_events();
	// Prepare (2 blocks), confirm (3), minimum enactment (2), and a block for each alarm.
	run_to(System::block_number() + 12);
	assert!(
		matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(index),
			Some(ReferendumInfo::Approved(..))
		),
		"referendum {index} approved"
	);
	enactment_result().expect("the approved call was enacted")
}

/// A call each role may make, with a check that it took effect.
struct RoleCall {
	origin: Origin,
	call: RuntimeCall,
	took_effect: fn() -> bool,
}

fn role_calls() -> Vec<RoleCall> {
	let charlie = account(Sr25519Keyring::Charlie);
	let circuit_key =
		groth16_verifier::prover::TrainingProver::setup(1, 5).verifying_key();
	let rule = pallet_credits::Rule {
		category: pallet_credits::Category::Content,
		base_reward: 7,
		cooldown: 3,
		diminishing: Perbill::from_percent(50),
		daily_cap: 4,
	};
	vec![
		RoleCall {
			origin: Origin::Treasurer,
			call: RuntimeCall::Treasury(pallet_treasury::Call::spend {
				asset_kind: Box::new(()),
				amount: 1_000 * ARETE,
				beneficiary: Box::new(MultiAddress::Id(account(Sr25519Keyring::Dave))),
				valid_from: None,
			}),
			took_effect: || pallet_treasury::Spends::<Runtime>::get(0).is_some(),
		},
		RoleCall {
			origin: Origin::StakingAdmin,
			call: RuntimeCall::Staking(pallet_staking::Call::set_min_commission {
				new: Perbill::from_percent(5),
			}),
			took_effect: || {
				pallet_staking::MinCommission::<Runtime>::get() == Perbill::from_percent(5)
			},
		},
		RoleCall {
			origin: Origin::WitnessRoles,
			call: RuntimeCall::Witnesses(pallet_witnesses::Call::set_role_multiplier {
				role: pallet_witnesses::Role::Judge,
				multiplier: FixedU128::from_u32(3),
			}),
			took_effect: || {
				pallet_witnesses::RoleMultipliers::<Runtime>::get(pallet_witnesses::Role::Judge) ==
					FixedU128::from_u32(3)
			},
		},
		RoleCall {
			origin: Origin::CompetitionAccreditation,
			call: RuntimeCall::Performance(pallet_performance::Call::accredit {
				organizer: charlie,
				level: pallet_performance::Level::National,
			}),
			took_effect: || {
				pallet_performance::Accreditations::<Runtime>::get(account(
					Sr25519Keyring::Charlie,
				)) == Some(pallet_performance::Level::National)
			},
		},
		RoleCall {
			origin: Origin::TrainingCircuits,
			call: RuntimeCall::Agents(pallet_agents::Call::register_circuit {
				key: BoundedVec::truncate_from(circuit_key),
				description: H256::repeat_byte(7),
			}),
			took_effect: || pallet_agents::Circuits::<Runtime>::get(0).is_some(),
		},
		RoleCall {
			origin: Origin::CreditRules,
			call: RuntimeCall::Credits(pallet_credits::Call::set_rule {
				action: pallet_credits::Action::Post,
				rule,
			}),
			took_effect: || {
				pallet_credits::Rules::<Runtime>::get(pallet_credits::Action::Post)
					.is_some_and(|rule| rule.base_reward == 7 && rule.daily_cap == 4)
			},
		},
	]
}

#[test]
fn a_referendum_on_each_role_track_runs_its_call_with_that_role_and_no_other() {
	for case in role_calls() {
		run_on_dev_chain(|| {
			// Every other role, and a signed account, is refused, and nothing changes.
			for (other, _) in ROLES.iter().filter(|(other, _)| *other != case.origin) {
				let refused = case.call.clone().dispatch(RuntimeOrigin::from(role(*other)));
				assert_eq!(refused.map_err(|e| e.error), Err(DispatchError::BadOrigin));
			}
			let signed = case
				.call
				.clone()
				.dispatch(RuntimeOrigin::signed(account(Sr25519Keyring::Alice)));
			assert_eq!(signed.map_err(|e| e.error), Err(DispatchError::BadOrigin));
			assert!(!(case.took_effect)(), "{:?}: refused calls changed nothing", case.origin);

			// The referendum on its own track passes and its call takes effect.
			assert_eq!(pass(role(case.origin), case.call.clone()), Ok(()), "{:?}", case.origin);
			assert!((case.took_effect)(), "{:?}: the enacted call took effect", case.origin);
		});
	}
}

#[test]
fn a_referendum_on_the_wrong_track_passes_but_its_call_is_refused() {
	run_on_dev_chain(|| {
		// Witness multipliers proposed on the credit-rules track: the votes cannot widen what
		// the track's origin may do.
		let call = RuntimeCall::Witnesses(pallet_witnesses::Call::set_role_multiplier {
			role: pallet_witnesses::Role::Judge,
			multiplier: FixedU128::from_u32(3),
		});
		assert_eq!(pass(role(Origin::CreditRules), call), Err(DispatchError::BadOrigin));
		assert_eq!(
			pallet_witnesses::RoleMultipliers::<Runtime>::get(pallet_witnesses::Role::Judge),
			FixedU128::from_u32(1)
		);
	});
}

#[test]
fn a_root_referendum_runs_a_root_only_call() {
	run_on_dev_chain(|| {
		let call =
			RuntimeCall::Staking(pallet_staking::Call::set_validator_count { new: 7 });
		// No role may make it.
		for (other, _) in ROLES {
			let refused = call.clone().dispatch(RuntimeOrigin::from(role(other)));
			assert_eq!(refused.map_err(|e| e.error), Err(DispatchError::BadOrigin));
		}
		assert_eq!(pass(root(), call), Ok(()));
		assert_eq!(pallet_staking::ValidatorCount::<Runtime>::get(), 7);
	});
}

#[test]
fn a_signed_account_cannot_assume_a_role_origin() {
	run_on_dev_chain(|| {
		let call = RuntimeCall::Witnesses(pallet_witnesses::Call::set_role_multiplier {
			role: pallet_witnesses::Role::Judge,
			multiplier: FixedU128::from_u32(3),
		});
		assert_noop!(
			crate::Utility::dispatch_as(
				RuntimeOrigin::signed(account(Sr25519Keyring::Bob)),
				Box::new(role(Origin::WitnessRoles)),
				Box::new(call),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_treasurer_track_spends_up_to_its_limit_and_anyone_pays_the_spend_out() {
	run_on_dev_chain(|| {
		let treasury = TreasuryAccount::get();
		let dave = account(Sr25519Keyring::Dave);
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(account(Sr25519Keyring::Eve)),
			MultiAddress::Id(treasury.clone()),
			200_000 * ARETE
		));
		let spend = |amount| {
			RuntimeCall::Treasury(pallet_treasury::Call::spend {
				asset_kind: Box::new(()),
				amount,
				beneficiary: Box::new(MultiAddress::Id(dave.clone())),
				valid_from: None,
			})
		};
		// Above the treasurer's limit the role is refused; Root is not limited.
		let too_much = spend(TREASURER_SPEND_LIMIT + 1)
			.dispatch(RuntimeOrigin::from(role(Origin::Treasurer)));
		assert_eq!(
			too_much.map_err(|e| e.error),
			Err(pallet_treasury::Error::<Runtime>::InsufficientPermission.into())
		);

		assert_eq!(pass(role(Origin::Treasurer), spend(TREASURER_SPEND_LIMIT)), Ok(()));
		let (treasury_before, dave_before) =
			(Balances::free_balance(&treasury), Balances::free_balance(&dave));
		assert_ok!(Treasury::payout(RuntimeOrigin::signed(account(Sr25519Keyring::Ferdie)), 0));
		assert_eq!(Balances::free_balance(&treasury), treasury_before - TREASURER_SPEND_LIMIT);
		assert_eq!(Balances::free_balance(&dave), dave_before + TREASURER_SPEND_LIMIT);
		// Paid once only.
		assert_noop!(
			Treasury::payout(RuntimeOrigin::signed(account(Sr25519Keyring::Ferdie)), 0),
			pallet_treasury::Error::<Runtime>::AlreadyAttempted
		);
	});
}

#[test]
fn fees_go_four_fifths_to_the_treasury_and_the_rest_with_tips_to_the_author() {
	run_on_dev_chain(|| {
		// Alice, the dev chain's only authority (index 0), authors this block.
		let pre = PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
			authority_index: 0,
			slot: 1.into(),
		});
		System::deposit_log(DigestItem::PreRuntime(BABE_ENGINE_ID, pre.encode()));
		let (alice, payer, treasury) =
			(account(Sr25519Keyring::Alice), account(Sr25519Keyring::BobStash), TreasuryAccount::get());
		let (alice_before, treasury_before, issuance_before) = (
			Balances::free_balance(&alice),
			Balances::free_balance(&treasury),
			Balances::total_issuance(),
		);
		let tip = 5 * crate::currency::MILLI_ARETE;
		let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![1; 32] });
		assert_ok!(submit_signed(&payer, call, tip).expect("valid"));

		let (actual_fee, paid_tip) = System::events()
			.into_iter()
			.find_map(|record| match record.event {
				RuntimeEvent::TransactionPayment(
					pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, tip, .. },
				) => Some((actual_fee, tip)),
				_ => None,
			})
			.expect("the fee was paid");
		assert_eq!(paid_tip, tip);
		let fee = actual_fee - tip;
		let to_treasury = fee * u128::from(TREASURY_FEE_PERCENT) / 100;
		assert!(to_treasury > 0);
		assert_eq!(Balances::free_balance(&treasury), treasury_before + to_treasury);
		assert_eq!(Balances::free_balance(&alice), alice_before + (fee - to_treasury) + tip);
		// Nothing is burned.
		assert_eq!(Balances::total_issuance(), issuance_before);
	});
}

#[test]
fn a_staking_proxy_bonds_and_nominates_for_its_stash_but_cannot_transfer() {
	run_on_dev_chain(|| {
		let (stash, hot) = (account(Sr25519Keyring::Charlie), account(Sr25519Keyring::Dave));
		assert_ok!(Staking::bond(
			RuntimeOrigin::signed(stash.clone()),
			10_000 * ARETE,
			pallet_staking::RewardDestination::Staked
		));
		// The proxy's deposit is held beside the bond.
		let reserved_before = Balances::reserved_balance(&stash);
		assert_ok!(Proxy::add_proxy(
			RuntimeOrigin::signed(stash.clone()),
			MultiAddress::Id(hot.clone()),
			ProxyType::Staking,
			0
		));
		assert_eq!(
			Balances::reserved_balance(&stash),
			reserved_before + ProxyDepositBase::get() + ProxyDepositFactor::get()
		);
		let as_stash = |call: RuntimeCall| {
			assert_ok!(Proxy::proxy(
				RuntimeOrigin::signed(hot.clone()),
				MultiAddress::Id(stash.clone()),
				None,
				Box::new(call)
			));
			System::events().into_iter().rev().find_map(|record| match record.event {
				RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result }) => Some(result),
				_ => None,
			})
		};

		let bond_extra = RuntimeCall::Staking(pallet_staking::Call::bond_extra {
			max_additional: 5_000 * ARETE,
		});
		assert_eq!(as_stash(bond_extra), Some(Ok(())));
		assert_eq!(
			pallet_staking::Ledger::<Runtime>::get(&stash).map(|ledger| ledger.total),
			Some(15_000 * ARETE)
		);
		let nominate = RuntimeCall::Staking(pallet_staking::Call::nominate {
			targets: vec![MultiAddress::Id(account(Sr25519Keyring::Alice))],
		});
		assert_eq!(as_stash(nominate), Some(Ok(())));
		assert!(pallet_staking::Nominators::<Runtime>::contains_key(&stash));

		let free_before = Balances::free_balance(&stash);
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: MultiAddress::Id(hot.clone()),
			value: ARETE,
		});
		assert_eq!(
			as_stash(transfer),
			Some(Err(frame_system::Error::<Runtime>::CallFiltered.into()))
		);
		assert_eq!(Balances::free_balance(&stash), free_before);
		// Nor may it give itself wider powers.
		let widen = RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
			delegate: MultiAddress::Id(hot.clone()),
			proxy_type: ProxyType::Any,
			delay: 0,
		});
		assert_eq!(
			as_stash(widen),
			Some(Err(frame_system::Error::<Runtime>::CallFiltered.into()))
		);
	});
}

#[test]
fn a_two_of_three_multisig_transfers_once_two_members_approve() {
	run_on_dev_chain(|| {
		let (alice, bob, charlie) = (
			account(Sr25519Keyring::Alice),
			account(Sr25519Keyring::Bob),
			account(Sr25519Keyring::Charlie),
		);
		let mut members = vec![alice.clone(), bob.clone(), charlie.clone()];
		members.sort();
		let multisig = Multisig::multi_account_id(&members, 2);
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(alice.clone()),
			MultiAddress::Id(multisig.clone()),
			100 * ARETE
		));
		let dave = account(Sr25519Keyring::Dave);
		let dave_before = Balances::free_balance(&dave);
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: MultiAddress::Id(dave.clone()),
			value: 40 * ARETE,
		});
		let others = |me: &AccountId| -> Vec<AccountId> {
			members.iter().filter(|m| *m != me).cloned().collect()
		};
		let weight = Weight::from_parts(1_000_000_000, 100_000);
		// Alice's validator bond is held too: the deposit is measured beside it.
		let reserved_before = Balances::reserved_balance(&alice);

		assert_ok!(Multisig::as_multi(
			RuntimeOrigin::signed(alice.clone()),
			2,
			others(&alice),
			None,
			Box::new(call.clone()),
			weight
		));
		// One approval: nothing moves, the first approver's deposit is held.
		assert_eq!(Balances::free_balance(&dave), dave_before);
		assert_eq!(
			Balances::reserved_balance(&alice),
			reserved_before + MultisigDepositBase::get() + 2 * MultisigDepositFactor::get()
		);
		let timepoint = Multisig::timepoint();
		assert_ok!(Multisig::as_multi(
			RuntimeOrigin::signed(bob.clone()),
			2,
			others(&bob),
			Some(timepoint),
			Box::new(call),
			weight
		));
		assert_eq!(Balances::free_balance(&dave), dave_before + 40 * ARETE);
		assert_eq!(Balances::free_balance(&multisig), 60 * ARETE);
		assert_eq!(Balances::reserved_balance(&alice), reserved_before);
	});
}

#[test]
fn a_submission_holds_its_deposit_and_a_track_queue_is_bounded() {
	run_on_dev_chain(|| {
		let alice = account(Sr25519Keyring::Alice);
		// Holds and reserves share the reserved balance (Alice's validator bond is in it).
		let reserved_before = Balances::reserved_balance(&alice);
		let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![9; 16] });
		submit(root(), &call);
		let preimage_deposit =
			PreimageBaseDeposit::get() + PreimageByteDeposit::get() * call.encode().len() as u128;
		assert_eq!(
			Balances::balance_on_hold(&PreimageHoldReason::get(), &alice),
			preimage_deposit
		);
		assert_eq!(
			Balances::reserved_balance(&alice),
			reserved_before + SubmissionDeposit::get() + preimage_deposit
		);
		// An account that cannot pay the submission deposit cannot submit.
		let pauper = sp_runtime::AccountId32::new([77; 32]);
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(alice.clone()),
			MultiAddress::Id(pauper.clone()),
			SubmissionDeposit::get() / 2
		));
		assert_noop!(
			Referenda::submit(
				RuntimeOrigin::signed(pauper),
				Box::new(root()),
				Bounded::Inline(BoundedVec::truncate_from(call.encode())),
				DispatchTime::After(0),
			),
			pallet_balances::Error::<Runtime>::InsufficientBalance
		);
		assert_eq!(pallet_referenda::ReferendumCount::<Runtime>::get(), 1);
		// Filling a track's queue costs MaxQueued submission deposits.
		assert_eq!(SubmissionDeposit::get() * u128::from(MaxQueued::get()), 10_000 * ARETE);
	});
}

#[test]
fn tracks_are_sorted_named_and_cover_every_role() {
	run_on_dev_chain(|| {
		assert_ok!(AreteTracks::check_integrity());
		let tracks: Vec<_> = AreteTracks::tracks().map(|track| track.into_owned()).collect();
		assert_eq!(tracks.len(), 7);
		let mut names: Vec<_> = tracks.iter().map(|track| track.info.name).collect();
		names.sort();
		names.dedup();
		assert_eq!(names.len(), 7, "names are distinct");
		assert_eq!(AreteTracks::track_for(&root()), Ok(id::ROOT));
		for (origin, track) in ROLES {
			assert_eq!(AreteTracks::track_for(&role(origin)), Ok(track));
		}
		let signed = OriginCaller::system(frame_system::RawOrigin::Signed(account(
			Sr25519Keyring::Alice,
		)));
		assert_eq!(AreteTracks::track_for(&signed), Err(()));
	});
}

#[test]
fn presets_choose_the_fast_pace_and_only_development_keeps_sudo() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(TrackPace::<Runtime>::get(), Pace::Fast);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(account(Sr25519Keyring::Alice)));
		let root_track = AreteTracks::info(id::ROOT).expect("root track");
		assert_eq!(root_track.decision_period, 5 * crate::time::MINUTES);
	});
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(TrackPace::<Runtime>::get(), Pace::Fast);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		assert_noop!(
			Sudo::sudo(RuntimeOrigin::signed(account(Sr25519Keyring::Alice)), Box::new(remark)),
			pallet_sudo::Error::<Runtime>::RequireSudo
		);
	});
	// A chain whose genesis does not choose gets the standard pace: weeks for the root track.
	sp_io::TestExternalities::new_empty().execute_with(|| {
		assert_eq!(TrackPace::<Runtime>::get(), Pace::Standard);
		let root_track = AreteTracks::info(id::ROOT).expect("root track");
		assert_eq!(root_track.decision_period, 14 * crate::time::DAYS);
		assert_eq!(root_track.max_deciding, 1);
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn upgrading_runs_every_migration_check_and_initializes_new_pallets() {
	use frame_support::traits::{GetStorageVersion, PalletInfoAccess, StorageVersion};

	/// Removes `P`'s storage version, as on a chain whose runtime did not have `P` yet.
	fn forget<P: PalletInfoAccess>() {
		frame_support::storage::unhashed::kill(&StorageVersion::storage_key::<P>());
	}
	fn initialized<P: GetStorageVersion<InCodeStorageVersion = StorageVersion>>() -> bool {
		P::on_chain_storage_version() == P::in_code_storage_version()
	}

	run_on_dev_chain(|| {
		// The new pallets that keep a storage version (conviction voting, the treasury and
		// proxies keep none).
		forget::<Preimage>();
		forget::<Scheduler>();
		forget::<Referenda>();
		forget::<Multisig>();
		assert!(!initialized::<Scheduler>(), "the scheduler's storage is at version 4");

		// Every migration of the list runs with its pre- and post-upgrade checks, then every
		// pallet's try_state.
		crate::Executive::try_runtime_upgrade(frame_try_runtime::UpgradeCheckSelect::All)
			.expect("every upgrade check passes");

		assert!(initialized::<Preimage>());
		assert!(initialized::<Scheduler>());
		assert!(initialized::<Referenda>());
		assert!(initialized::<Multisig>());
	});
}

#[test]
fn counting_the_tracks_and_the_storage_info_need_no_externalities() {
	// Conviction voting bounds an account's class locks by the number of tracks; listing the
	// runtime's storage info (as tools do natively) must not read the stored pace.
	assert_eq!(AreteTracks::track_ids().count(), 7);
	let info = <crate::AllPalletsWithSystem as frame_support::traits::StorageInfoTrait>::storage_info();
	assert!(info.iter().any(|item| item.pallet_name == b"ConvictionVoting"));
}

#[test]
fn approve_as_multi_declares_what_it_charges() {
	use frame_support::dispatch::GetDispatchInfo;
	run_on_dev_chain(|| {
		let mut members: Vec<AccountId> =
			[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
				.into_iter()
				.map(account)
				.collect();
		members.sort();
		// Starting an operation by hash, then approving it (three of three, so it waits): neither
		// may report more weight than it declared (the runtime fuzzer found the first doing so
		// with pallet-multisig's own weights).
		let started = Multisig::timepoint();
		for (step, timepoint) in [(0, None), (1, Some(started))] {
			let who = members[step].clone();
			let others: Vec<AccountId> = members.iter().filter(|m| **m != who).cloned().collect();
			let call = RuntimeCall::Multisig(pallet_multisig::Call::approve_as_multi {
				threshold: 3,
				other_signatories: others,
				maybe_timepoint: timepoint,
				call_hash: [7; 32],
				max_weight: Weight::zero(),
			});
			let declared = call.get_dispatch_info().total_weight();
			let post = call.dispatch(RuntimeOrigin::signed(who)).expect("approved");
			let actual = post.actual_weight.expect("reports its weight");
			assert!(actual.all_lte(declared), "step {step}: actual {actual:?} above declared {declared:?}");
		}
		assert_eq!(pallet_multisig::Multisigs::<Runtime>::iter().count(), 1);
	});
}
