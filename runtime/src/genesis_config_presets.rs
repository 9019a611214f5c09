//! Genesis presets: `development` (one validator, Alice) and `local_testnet` (Alice and Bob).
//!
//! The node builds its `dev` and `local` chain specs from these presets, and `build-spec`
//! prints them; the presets are the single source of a network's initial state.

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	currency::ARETE, AccountId, BabeConfig, BabeId, Balance, BalancesConfig, GrandpaConfig,
	GrandpaId, RuntimeGenesisConfig, SudoConfig, BABE_GENESIS_EPOCH_CONFIG,
};

/// Every endowed development account starts with one million ARETE.
pub const DEV_ENDOWMENT: Balance = 1_000_000 * ARETE;

/// A validator's consensus keys: BABE (sr25519) for authoring, GRANDPA (ed25519) for finality.
pub struct AuthorityKeys {
	pub babe: BabeId,
	pub grandpa: GrandpaId,
}

/// The consensus keys of a well-known development account (`//Alice`, `//Bob`, ...).
pub fn dev_authority_keys(sr: Sr25519Keyring, ed: Ed25519Keyring) -> AuthorityKeys {
	AuthorityKeys { babe: sr.public().into(), grandpa: ed.public().into() }
}

/// The genesis state shared by all presets, as a JSON patch over the default config.
fn arete_genesis(authorities: Vec<AuthorityKeys>, root: AccountId, endowed: Vec<AccountId>) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|account| (account, DEV_ENDOWMENT)).collect(),
		},
		babe: BabeConfig {
			authorities: authorities.iter().map(|keys| (keys.babe.clone(), 1)).collect(),
			epoch_config: BABE_GENESIS_EPOCH_CONFIG,
		},
		grandpa: GrandpaConfig {
			authorities: authorities.iter().map(|keys| (keys.grandpa.clone(), 1)).collect(),
		},
		sudo: SudoConfig { key: Some(root) },
	})
}

/// All well-known development accounts (Alice..Ferdie and their `//stash` accounts).
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

/// `development`: Alice alone authors and finalizes; Alice is sudo.
pub fn development_config_genesis() -> Value {
	arete_genesis(
		vec![dev_authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		Sr25519Keyring::Alice.to_account_id(),
		dev_accounts(),
	)
}

/// `local_testnet`: Alice and Bob author and finalize; Alice is sudo.
pub fn local_testnet_genesis() -> Value {
	arete_genesis(
		vec![
			dev_authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_authority_keys(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		],
		Sr25519Keyring::Alice.to_account_id(),
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
