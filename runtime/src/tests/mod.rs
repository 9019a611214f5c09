//! Runtime-level tests: presets build, balances move, pallet integrity holds.
//! Staking, sessions and slashing are tested in [`staking`].

mod agents;
mod credits;
mod governance;
mod performance;
mod staking;
mod streaming;
mod witnesses;

use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, PostDispatchInfo},
	genesis_builder_helper::build_state,
	traits::{fungible::Inspect, IntegrityTest},
};
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_io::TestExternalities;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{DispatchTransaction, Dispatchable},
	transaction_validity::TransactionValidityError,
	DispatchError, DispatchErrorWithPostInfo, TokenError,
};

use crate::{
	currency::{ARETE, EXISTENTIAL_DEPOSIT},
	genesis_config_presets::{self, AGENTS_POT_SEED, DEV_ENDOWMENT, TREASURY_SEED, VALIDATOR_BOND},
	AccountId, AllPalletsWithSystem, Balance, Balances, Runtime, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig,
	RuntimeOrigin, System, TxExtension,
};

/// Applies a JSON patch the way the node does when it builds a chain spec from a preset:
/// objects merge key by key, anything else is replaced.
pub(crate) fn merge_json(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge_json(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// Test externalities holding the genesis state of a named preset, at block 1.
pub(crate) fn preset_ext(name: &str) -> TestExternalities {
	let patch = genesis_config_presets::get_preset(&PresetId::from(name))
		.unwrap_or_else(|| panic!("preset {name} exists"));
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("default config");
	merge_json(&mut config, serde_json::from_slice(&patch).expect("preset is JSON"));
	let json = serde_json::to_vec(&config).expect("config serializes");
	let mut ext = TestExternalities::new_empty();
	ext.execute_with(|| {
		build_state::<RuntimeGenesisConfig>(json).expect("preset builds");
		System::set_block_number(1);
	});
	ext
}

/// The runtime's extensions for a signed transaction of `who` (immortal, with `tip`).
pub(crate) fn tx_extensions(who: &AccountId, tip: Balance) -> TxExtension {
	let nonce = System::account_nonce(who);
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(sp_runtime::generic::Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(tip).into(),
		frame_system::WeightReclaim::<Runtime>::new(),
	)
}

/// What applying a signed transaction returns: invalid, or dispatched with its result.
pub(crate) type Applied = Result<
	Result<PostDispatchInfo, DispatchErrorWithPostInfo<PostDispatchInfo>>,
	TransactionValidityError,
>;

/// Validates, prepares, dispatches and settles `call` from `who` as a signed transaction of
/// 120 bytes, through the runtime's real extensions.
pub(crate) fn submit_signed(who: &AccountId, call: RuntimeCall, tip: Balance) -> Applied {
	let info = call.get_dispatch_info();
	tx_extensions(who, tip).dispatch_transaction(
		RuntimeOrigin::signed(who.clone()),
		call,
		&info,
		120,
		0,
	)
}

/// Runs `test` in `ext`, then checks every pallet's `try_state` invariants at the block the
/// test ended on.
pub(crate) fn execute_with_try_state(mut ext: TestExternalities, test: impl FnOnce()) {
	ext.execute_with(|| {
		test();
		<AllPalletsWithSystem as frame_support::traits::TryState<u32>>::try_state(
			System::block_number(),
			frame_support::traits::TryStateSelect::All,
		)
		.expect("try_state invariants hold");
	});
}

#[test]
fn preset_names_are_development_and_local_testnet() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(
		names,
		vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
	);
	assert!(genesis_config_presets::get_preset(&PresetId::from("no-such-preset")).is_none());
}

#[test]
fn development_preset_builds_with_one_authority() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_babe::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Sr25519Keyring::Alice.to_account_id()));
		// Alice's validator bond is held by staking out of her endowment.
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert_eq!(Balances::free_balance(&alice), DEV_ENDOWMENT - VALIDATOR_BOND);
		assert_eq!(Balances::total_balance(&alice), DEV_ENDOWMENT);
		assert_eq!(pallet_staking::Validators::<Runtime>::count(), 1);
		// Every well-known account is endowed, and the treasury is seeded.
		let endowed = Sr25519Keyring::iter().count() as u128;
		assert_eq!(
			Balances::total_issuance(),
			endowed * DEV_ENDOWMENT + TREASURY_SEED + AGENTS_POT_SEED
		);
	});
}

#[test]
fn local_testnet_preset_builds_with_four_authorities() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let babe = pallet_babe::Authorities::<Runtime>::get();
		assert_eq!(babe.len(), 4);
		let bob_babe: crate::BabeId = Sr25519Keyring::Bob.public().into();
		assert!(babe.iter().any(|(key, _)| *key == bob_babe));
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 4);
	});
}

#[test]
fn transfer_keep_alive_moves_balance_and_emits_event() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let bob = Sr25519Keyring::Bob.to_account_id();
		let dave = Sr25519Keyring::Dave.to_account_id();
		let amount = 12 * ARETE;
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: dave.clone().into(),
			value: amount,
		});
		assert_ok!(call.dispatch(RuntimeOrigin::signed(bob.clone())));

		assert_eq!(Balances::free_balance(&bob), DEV_ENDOWMENT - amount);
		assert_eq!(Balances::free_balance(&dave), DEV_ENDOWMENT + amount);
		System::assert_has_event(RuntimeEvent::Balances(pallet_balances::Event::Transfer {
			from: bob,
			to: dave,
			amount,
		}));
	});
}

#[test]
fn overspending_transfer_fails_and_changes_nothing() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let bob = Sr25519Keyring::Bob.to_account_id();
		let dave = Sr25519Keyring::Dave.to_account_id();
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: dave.clone().into(),
			value: DEV_ENDOWMENT * 2,
		});
		let result = call.dispatch(RuntimeOrigin::signed(bob.clone()));
		assert_eq!(
			result.map_err(|e| e.error),
			Err(DispatchError::Token(TokenError::FundsUnavailable))
		);
		assert_eq!(Balances::free_balance(&bob), DEV_ENDOWMENT);
		assert_eq!(Balances::free_balance(&dave), DEV_ENDOWMENT);
	});
}

#[test]
fn transfer_below_existential_deposit_to_new_account_is_rejected() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let fresh = sp_runtime::AccountId32::new([7u8; 32]);
		assert_noop!(
			Balances::transfer_keep_alive(
				RuntimeOrigin::signed(alice),
				fresh.clone().into(),
				EXISTENTIAL_DEPOSIT - 1
			),
			TokenError::BelowMinimum
		);
		assert_eq!(Balances::balance(&fresh), 0);
	});
}

#[test]
fn token_constants_are_as_documented() {
	assert_eq!(crate::currency::DECIMALS, 12);
	assert_eq!(ARETE, 10u128.pow(12));
	assert_eq!(EXISTENTIAL_DEPOSIT, ARETE / 1000);
	assert_eq!(<Runtime as frame_system::Config>::SS58Prefix::get(), 1337);
	assert_eq!(crate::VERSION.spec_name, "arete");
}

#[test]
fn time_constants_agree_with_the_block_time() {
	use crate::time::*;
	assert_eq!(u64::from(MINUTES) * MILLISECS_PER_BLOCK, 60_000);
	assert_eq!(u64::from(EPOCH_DURATION_IN_BLOCKS), EPOCH_DURATION_IN_SLOTS);
	assert_eq!(SLOT_DURATION, MILLISECS_PER_BLOCK);
}

#[test]
fn bag_thresholds_ascend_to_the_maximum_vote_weight() {
	let thresholds = crate::bag_thresholds::THRESHOLDS;
	assert!(thresholds.windows(2).all(|pair| pair[0] < pair[1]));
	assert_eq!(thresholds.last(), Some(&u64::MAX));
}

#[test]
fn integrity_test_of_all_pallets_passes() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		AllPalletsWithSystem::integrity_test();
	});
}

#[test]
fn metadata_lists_every_pallet() {
	// Within externalities, as the node always builds metadata: the referenda tracks' periods
	// (a constant in the metadata) depend on the pace stored at genesis.
	let metadata = TestExternalities::new_empty()
		.execute_with(|| Runtime::metadata_at_version(15))
		.expect("v15 metadata exists");
	let bytes: &[u8] = &metadata;
	for name in [
		"System",
		"Timestamp",
		"Utility",
		"Sudo",
		"Babe",
		"Grandpa",
		"Authorship",
		"Balances",
		"TransactionPayment",
		"Staking",
		"Session",
		"Historical",
		"Offences",
		"VoterList",
		"Witnesses",
		"Performance",
		"Agreements",
		"Agents",
		"Credits",
		"Streaming",
		"Preimage",
		"Scheduler",
		"Origins",
		"Referenda",
		"ConvictionVoting",
		"Treasury",
		"Proxy",
		"Multisig",
	] {
		let needle = name.as_bytes();
		assert!(bytes.windows(needle.len()).any(|w| w == needle), "{name} missing from metadata");
	}
}
