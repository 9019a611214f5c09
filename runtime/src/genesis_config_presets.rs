//! Genesis presets: `development` (one validator, Alice, who is also sudo) and `local_testnet`
//! (four validators, Alice, Bob, Charlie and Dave, with Eve and Ferdie nominating; no sudo key,
//! governed by referenda). Both set the governance tracks to their fast pace, so that a
//! referendum passes in minutes.
//!
//! The node builds its `dev` and `local` chain specs from these presets, and `build-spec`
//! prints them; the presets are the single source of a network's initial state.

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::Perbill;

use crate::{
	configs::governance::TreasuryAccount, currency::ARETE, governance::origins::Pace, AccountId, BabeConfig, BabeId, Balance,
	BalancesConfig, CreditsConfig, GrandpaId, OriginsConfig, PerformanceConfig, Runtime, RuntimeGenesisConfig, SessionConfig, SessionKeys,
	StakingConfig, SudoConfig, BABE_GENESIS_EPOCH_CONFIG,
};

/// Every endowed development account starts with one million ARETE.
pub const DEV_ENDOWMENT: Balance = 1_000_000 * ARETE;
/// What each genesis validator bonds.
pub const VALIDATOR_BOND: Balance = 100_000 * ARETE;
/// What each genesis nominator bonds.
pub const NOMINATOR_BOND: Balance = 50_000 * ARETE;
/// The treasury account starts with 1 ARETE so that it exists before the first slash lands.
pub const TREASURY_SEED: Balance = ARETE;
/// The agents' evaluation pot starts with 1 ARETE so that protocol shares smaller than the
/// existential deposit can be paid into it from the first job on.
pub const AGENTS_POT_SEED: Balance = ARETE;
/// The sports registered at genesis by Root (no deposit): those the runtime tests and the
/// end-to-end suites use. Anyone may register more with `performance.register_sport`.
pub const GENESIS_SPORTS: &[&[u8]] = &[b"hackysack"];

/// A genesis validator: its stash account and its session keys.
pub struct GenesisValidator {
	pub stash: AccountId,
	pub babe: BabeId,
	pub grandpa: GrandpaId,
}

/// The validator keys of a well-known development account (`//Alice`, `//Bob`, ...).
pub fn dev_validator(sr: Sr25519Keyring, ed: Ed25519Keyring) -> GenesisValidator {
	GenesisValidator {
		stash: sr.to_account_id(),
		babe: sr.public().into(),
		grandpa: ed.public().into(),
	}
}

/// The genesis state shared by all presets, as a JSON patch over the default config.
fn arete_genesis(
	validators: Vec<GenesisValidator>,
	nominators: Vec<AccountId>,
	validator_count: u32,
	minimum_validator_count: u32,
	sudo: Option<AccountId>,
	endowed: Vec<AccountId>,
) -> Value {
	let targets: Vec<AccountId> = validators.iter().map(|v| v.stash.clone()).collect();
	let validator_stakers = validators.iter().map(|v| {
		(v.stash.clone(), v.stash.clone(), VALIDATOR_BOND, pallet_staking::StakerStatus::Validator)
	});
	let nominator_stakers = nominators.into_iter().map(|who| {
		(who.clone(), who, NOMINATOR_BOND, pallet_staking::StakerStatus::Nominator(targets.clone()))
	});
	let mut balances: Vec<(AccountId, Balance)> =
		endowed.into_iter().map(|account| (account, DEV_ENDOWMENT)).collect();
	balances.push((TreasuryAccount::get(), TREASURY_SEED));
	balances.push((pallet_agents::Pallet::<Runtime>::pot_account(), AGENTS_POT_SEED));

	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		babe: BabeConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
		session: SessionConfig {
			keys: validators
				.iter()
				.map(|v| {
					let keys = SessionKeys { babe: v.babe.clone(), grandpa: v.grandpa.clone() };
					(v.stash.clone(), v.stash.clone(), keys)
				})
				.collect(),
		},
		staking: StakingConfig {
			validator_count,
			minimum_validator_count,
			stakers: validator_stakers.chain(nominator_stakers).collect(),
			// Whoever reports an offence receives this share of the slash.
			slash_reward_fraction: Perbill::from_percent(10),
		},
		sudo: SudoConfig { key: sudo },
		origins: OriginsConfig { pace: Pace::Fast },
		credits: CreditsConfig {
			participants: [
				Sr25519Keyring::Alice,
				Sr25519Keyring::Bob,
				Sr25519Keyring::Charlie,
				Sr25519Keyring::Dave,
				Sr25519Keyring::Eve,
				Sr25519Keyring::Ferdie,
			]
			.iter()
			.map(|k| k.to_account_id())
			.collect(),
		},
		performance: PerformanceConfig {
			sports: GENESIS_SPORTS
				.iter()
				.map(|sport| frame_support::BoundedVec::truncate_from(sport.to_vec()))
				.collect(),
		},
	})
}

/// All well-known development accounts (Alice..Ferdie and their `//stash` accounts).
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

/// `development`: Alice alone authors and finalizes; Alice is sudo.
pub fn development_config_genesis() -> Value {
	arete_genesis(
		vec![dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		vec![],
		1,
		1,
		Some(Sr25519Keyring::Alice.to_account_id()),
		dev_accounts(),
	)
}

/// `local_testnet`: Alice, Bob, Charlie and Dave validate, Eve and Ferdie nominate all four;
/// up to 10 validators may be elected, so new ones can join. There is no sudo key: Root
/// acts only through a referendum on the root track.
pub fn local_testnet_genesis() -> Value {
	arete_genesis(
		vec![
			dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_validator(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			dev_validator(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			dev_validator(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		vec![Sr25519Keyring::Eve.to_account_id(), Sr25519Keyring::Ferdie.to_account_id()],
		10,
		2,
		None,
		dev_accounts(),
	)
}

/// The JSON of a named preset, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development_config_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(|json| json.into_bytes())
}

/// The names of all presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
