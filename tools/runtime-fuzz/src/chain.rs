//! The chain under test: the `development` genesis plus a set of roles, driven block by block
//! through `Executive` as a block author would drive it.
//!
//! Each block starts with `Executive::initialize_block` (a BABE pre-digest for the slot, so
//! epochs, sessions and eras turn), applies the timestamp inherent, then the run's extrinsics,
//! and ends with `Executive::finalize_block` (`on_idle`, `on_finalize`, the storage root).
//! Extrinsics go through the runtime's full transaction-extension pipeline (nonce, weight,
//! fee payment, weight reclaim); only the signature check is skipped, since the harness signs
//! for every account. An extrinsic that is invalid is rolled back and left out of the block,
//! as the block builder does.

use std::sync::OnceLock;

use codec::Encode;
use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
use sp_consensus_babe::{
	digests::{PreDigest, SecondaryPlainPreDigest},
	BABE_ENGINE_ID,
};
use sp_core::{sr25519, H256};
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET};
use sp_io::TestExternalities;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{CheckedExtrinsic, Era, ExtrinsicFormat},
	traits::{Applyable, Header as _},
	BuildStorage, Digest, DigestItem, MultiSignature, Storage,
};

use arete_runtime::{
	genesis_config_presets, time::SLOT_DURATION, AccountId, Address,
	Executive, Header, Runtime, RuntimeCall, RuntimeGenesisConfig, System, TxExtension,
	UncheckedExtrinsic,
};

/// The signers: every well-known development account, each endowed at genesis.
pub fn signers() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

/// Accounts calls may name: the signers, two that hold nothing, and the chain's pots.
pub fn named_accounts() -> Vec<AccountId> {
	let mut accounts = signers();
	accounts.push(AccountId::new([0xee; 32]));
	accounts.push(AccountId::new([0xef; 32]));
	accounts.push(arete_runtime::configs::governance::TreasuryAccount::get());
	accounts.push(pallet_agents::Pallet::<Runtime>::pot_account());
	accounts
}

/// What applying an extrinsic came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
	/// Not valid (nonce, fees, weight left in the block, ...): left out of the block. The
	/// reason as the runtime gave it.
	Invalid(String),
	/// In the block; the call succeeded.
	Ok,
	/// In the block; the call failed (fees paid, state of the call rolled back).
	Failed,
}

/// A violated invariant or a broken rule of the runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
	/// The block it was found after.
	pub block: u32,
	/// What was wrong.
	pub what: String,
}

impl core::fmt::Display for Finding {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		write!(f, "after block {}: {}", self.block, self.what)
	}
}

/// The genesis state of the `development` preset.
fn genesis() -> Storage {
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap_or_default();
	if let Some(patch) = genesis_config_presets::get_preset(&PresetId::from(DEV_RUNTIME_PRESET)) {
		if let Ok(patch) = serde_json::from_slice(&patch) {
			merge_json(&mut config, patch);
		}
	}
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the development preset is a genesis config");
	config.build_storage().expect("the development preset builds")
}

/// Merges a preset's JSON patch into a full config as the node does: objects key by key,
/// anything else replaced.
fn merge_json(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) =>
			for (key, value) in patch {
				merge_json(base.entry(key).or_insert(serde_json::Value::Null), value);
			},
		(base, patch) => *base = patch,
	}
}

/// The state every run starts from: genesis, then block 1 with the roles of [`crate::roles`].
struct Start {
	storage: Storage,
	number: u32,
	parent: H256,
}

fn start() -> &'static Start {
	static START: OnceLock<Start> = OnceLock::new();
	START.get_or_init(|| {
		let mut chain = Chain {
			ext: TestExternalities::new(genesis()),
			number: 0,
			parent: H256::zero(),
			blocks_since_commit: 0,
		};
		chain.with(|state| {
			*state.parent = System::block_hash(0);
		});
		chain.begin_block();
		for (signer, call) in chain.with(|_| crate::roles::calls()) {
			let (applied, events) = chain.with(|state| {
				let applied = state.apply_signed(&signer, call.clone()).0;
				(applied, System::read_events_no_consensus().last().map(|e| e.event.clone()))
			});
			assert_eq!(applied, Applied::Ok, "role set-up call {call:?} of {signer}: {events:?}");
		}
		chain.end_block();
		let storage = chain.with(|_| snapshot());
		Start { storage, number: chain.number, parent: chain.parent }
	})
}

/// Every top-level key and value of the current state.
fn snapshot() -> Storage {
	let mut storage = Storage::default();
	let mut key = Vec::new();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if let Some(value) = sp_io::storage::get(&next) {
			storage.top.insert(next.clone(), value.to_vec());
		}
		key = next;
	}
	storage
}

/// A chain at the start state, and the block it is building.
pub struct Chain {
	ext: TestExternalities,
	number: u32,
	parent: H256,
	blocks_since_commit: u32,
}

/// The part of the chain that code inside the externalities needs.
pub struct BlockState<'a> {
	/// The number of the block being built.
	pub number: u32,
	parent: &'a mut H256,
}

impl Default for Chain {
	fn default() -> Self {
		Self::new()
	}
}

impl Chain {
	/// A chain at the start state (genesis and roles, built once per process).
	pub fn new() -> Self {
		let start = start();
		Self {
			ext: TestExternalities::new(start.storage.clone()),
			number: start.number,
			parent: start.parent,
			blocks_since_commit: 0,
		}
	}

	/// The number of the block being built (or last built).
	pub fn number(&self) -> u32 {
		self.number
	}

	/// Runs `f` inside the chain's externalities.
	pub fn with<R>(&mut self, f: impl FnOnce(&mut BlockState) -> R) -> R {
		let number = self.number;
		let parent = &mut self.parent;
		self.ext.execute_with(|| f(&mut BlockState { number, parent }))
	}

	/// Starts the next block: header with the slot's BABE pre-digest, the timestamp inherent.
	pub fn begin_block(&mut self) {
		self.number = self.number.saturating_add(1);
		self.with(|state| state.begin());
	}

	/// Ends the block (`on_idle`, `on_finalize`, the storage root) and returns its header.
	pub fn end_block(&mut self) -> Header {
		let header = self.with(|state| state.end());
		self.blocks_since_commit += 1;
		// The overlay of changes grows with every block and every storage root walks it:
		// moving it into the backend now and then keeps a block's cost flat over a long run.
		if self.blocks_since_commit >= 16 {
			let _ = self.ext.commit_all();
			self.blocks_since_commit = 0;
		}
		header
	}
}

impl BlockState<'_> {
	fn begin(&mut self) {
		let slot = u64::from(self.number);
		let pre = PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
			authority_index: 0,
			slot: slot.into(),
		});
		let digest = Digest { logs: vec![DigestItem::PreRuntime(BABE_ENGINE_ID, pre.encode())] };
		let header = Header::new(
			self.number,
			Default::default(),
			Default::default(),
			*self.parent,
			digest,
		);
		Executive::initialize_block(&header);
		let now = slot.saturating_mul(SLOT_DURATION);
		let inherent = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now });
		let encoded = UncheckedExtrinsic::new_bare(inherent.clone()).encode();
		let xt: CheckedExtrinsic<AccountId, RuntimeCall, TxExtension> =
			CheckedExtrinsic { format: ExtrinsicFormat::Bare, function: inherent };
		let info = xt.get_dispatch_info();
		System::note_extrinsic(encoded.clone());
		let result = xt.apply::<Runtime>(&info, encoded.len());
		match result {
			Ok(r) if r.is_ok() => System::note_applied_extrinsic(&r, info),
			other => panic!("the timestamp inherent failed: {other:?}"),
		}
		Executive::inherents_applied();
		if crate::run::tracing() {
			let used = frame_system::BlockWeight::<Runtime>::get();
			eprintln!(
				"block {} opened: weight used by hooks and inherents {:?}",
				System::block_number(),
				used.get(frame_support::dispatch::DispatchClass::Mandatory)
			);
		}
	}

	fn end(&mut self) -> Header {
		let header = Executive::finalize_block();
		*self.parent = header.hash();
		header
	}

	/// Applies `call` signed by `who`, through every transaction extension. Returns what it
	/// came to and, for an included extrinsic whose actual weight exceeds the declared one,
	/// a finding.
	pub fn apply_signed(&mut self, who: &AccountId, call: RuntimeCall) -> (Applied, Option<String>) {
		let nonce = System::account_nonce(who);
		let extension: TxExtension = (
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(Era::Immortal),
			frame_system::CheckNonce::<Runtime>::from(nonce),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0).into(),
			frame_system::WeightReclaim::<Runtime>::new(),
		);
		// The extrinsic as it would be sent, for its length and the block's extrinsic data.
		let signature = MultiSignature::Sr25519(sr25519::Signature::from_raw([0; 64]));
		let encoded = UncheckedExtrinsic::new_signed(
			call.clone(),
			Address::Id(who.clone()),
			signature,
			extension.clone(),
		)
		.encode();
		let len = encoded.len();
		let xt: CheckedExtrinsic<AccountId, RuntimeCall, TxExtension> = CheckedExtrinsic {
			format: ExtrinsicFormat::Signed(who.clone(), extension),
			function: call,
		};
		let info = xt.get_dispatch_info();
		if info.class == DispatchClass::Mandatory {
			return (Applied::Invalid("Mandatory".into()), None);
		}
		// The block builder applies each extrinsic in a storage transaction and drops it when
		// it turns out invalid.
		sp_io::storage::start_transaction();
		System::note_extrinsic(encoded);
		let result = match xt.apply::<Runtime>(&info, len) {
			Ok(result) => result,
			Err(e) => {
				sp_io::storage::rollback_transaction();
				return (Applied::Invalid(format!("{e:?}")), None);
			},
		};
		sp_io::storage::commit_transaction();
		System::note_applied_extrinsic(&result, info);
		let post = match &result {
			Ok(post) => post,
			Err(e) => &e.post_info,
		};
		let finding = post.actual_weight.filter(|w| !w.all_lte(info.total_weight())).map(|w| {
			format!("actual weight {w:?} above the declared {:?}", info.total_weight())
		});
		(if result.is_ok() { Applied::Ok } else { Applied::Failed }, finding)
	}

	/// Applies `call` with the root origin: `Sudo::sudo` signed by the sudo key.
	pub fn apply_root(&mut self, call: RuntimeCall) -> (Applied, Option<String>) {
		let sudo = Sr25519Keyring::Alice.to_account_id();
		self.apply_signed(&sudo, RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) }))
	}
}
