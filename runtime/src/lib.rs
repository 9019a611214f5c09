//! # Arete runtime
//!
//! The state transition function of the Arete chain. This file only assembles the runtime:
//! primitive types, the version, the pallet list and the extrinsic format. Each pallet family is
//! configured in its own file under [`configs`], the runtime APIs live in [`apis`], and the
//! genesis presets in [`genesis_config_presets`].
#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-style macros expand to deep recursion.
#![recursion_limit = "512"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

pub mod apis;
pub mod bag_thresholds;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod governance;
pub mod weights;
#[cfg(test)]
mod tests;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_support::{genesis_builder_helper, weights::Weight};
pub use sp_consensus_babe::AuthorityId as BabeId;
pub use sp_consensus_grandpa::AuthorityId as GrandpaId;

/// Primitive types shared by the runtime and the node.
pub mod primitives {
	use super::*;

	/// Block number: 32 bits last more than 800 years at 6-second blocks.
	pub type BlockNumber = u32;
	/// Signature type of signed extrinsics (sr25519, ed25519 or ECDSA).
	pub type Signature = MultiSignature;
	/// Account id: the 32-byte public key behind a [`Signature`].
	pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
	/// Balance of an account, in planck (1 ARETE = 10^12 planck).
	pub type Balance = u128;
	/// Transaction counter of an account.
	pub type Nonce = u32;
	/// Block and state hashes.
	pub type Hash = sp_core::H256;
	/// Milliseconds since the Unix epoch.
	pub type Moment = u64;
}
pub use primitives::*;

/// The token: ARETE, 12 decimals.
pub mod currency {
	use super::Balance;

	/// Decimal places of ARETE.
	pub const DECIMALS: u8 = 12;
	/// The ticker shown by wallets.
	pub const TOKEN_SYMBOL: &str = "ARETE";
	/// 1 ARETE in planck.
	pub const ARETE: Balance = 1_000_000_000_000;
	/// 0.001 ARETE.
	pub const MILLI_ARETE: Balance = ARETE / 1_000;
	/// 0.000001 ARETE.
	pub const MICRO_ARETE: Balance = ARETE / 1_000_000;
	/// The existential deposit: 0.001 ARETE. Small enough for community use, large enough that
	/// filling state with dust accounts costs real money.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_ARETE;

	/// The deposit held for state of `items` storage entries and `bytes` bytes in all: 0.1
	/// ARETE an entry and 0.001 ARETE a byte. Used by the polkadot-sdk pallets that price
	/// their state this way (preimages, proxies, multisigs).
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		(items as Balance)
			.saturating_mul(ARETE / 10)
			.saturating_add((bytes as Balance).saturating_mul(MILLI_ARETE))
	}
}

/// Time: 6-second blocks, BABE epochs (= sessions) of one minute, eras of three sessions.
pub mod time {
	use super::BlockNumber;

	/// Target block time. BABE's slot duration equals it.
	pub const MILLISECS_PER_BLOCK: u64 = 6000;
	/// Slot duration used by BABE (one block per slot at most).
	pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
	/// Blocks per minute at [`MILLISECS_PER_BLOCK`] (checked by a unit test).
	pub const MINUTES: BlockNumber = 10;
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;
	/// BABE epoch length in blocks. One minute, so that epoch (and later session and era)
	/// changes are observable quickly on local networks.
	pub const EPOCH_DURATION_IN_BLOCKS: BlockNumber = MINUTES;
	/// BABE epoch length in slots: one block per slot (checked by a unit test).
	pub const EPOCH_DURATION_IN_SLOTS: u64 = 10;
	/// The BABE "c" constant: the probability that a slot has a primary author is 1/4; secondary
	/// (round-robin) slots fill the rest, so a single validator still authors every slot.
	pub const PRIMARY_PROBABILITY: (u64, u64) = (1, 4);
}

/// SS58 address prefix of Arete accounts. 1337 ("leet") is also the Nostr kind Arete uses for
/// performance events; addresses start with distinct characters from Polkadot's and Kusama's.
pub const SS58_PREFIX: u16 = 1337;

/// Opaque types for the node: it needs to know blocks and keys, not calls or events.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Block as the node sees it.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Block id.
	pub type BlockId = generic::BlockId<Block>;
	/// Block hash.
	pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;

	impl_opaque_keys! {
		/// The session keys of a validator: BABE for authoring, GRANDPA for finality.
		pub struct SessionKeys {
			pub babe: super::Babe,
			pub grandpa: super::Grandpa,
		}
	}
}
pub use opaque::SessionKeys;

/// Declares [`VERSION`] with the given `spec_version` (a literal: the `runtime_version`
/// attribute writes it into the Wasm's `runtime_version` section, which nodes read).
macro_rules! runtime_version {
	($spec_version:tt) => {
		/// The runtime's version. Raise `spec_version` with every runtime that ships, and
		/// `transaction_version` when an existing call's encoding or the transaction extensions
		/// change.
		#[sp_version::runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("arete"),
			impl_name: alloc::borrow::Cow::Borrowed("arete"),
			authoring_version: 1,
			spec_version: $spec_version,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 3,
			system_version: 1,
		};
	};
}

#[cfg(not(feature = "upgrade-test"))]
runtime_version!(112);

// The same runtime one `spec_version` later, and nothing else different: the Wasm the network
// test upgrades a live chain to by referendum (built when `ARETE_UPGRADE_WASM_DIR` is set, see
// `runtime/build.rs`). Keep it one above the line before.
#[cfg(feature = "upgrade-test")]
runtime_version!(113);

/// BABE's genesis epoch configuration.
pub const BABE_GENESIS_EPOCH_CONFIG: sp_consensus_babe::BabeEpochConfiguration =
	sp_consensus_babe::BabeEpochConfiguration {
		c: time::PRIMARY_PROBABILITY,
		allowed_slots: sp_consensus_babe::AllowedSlots::PrimaryAndSecondaryVRFSlots,
	};

/// Account index lookup: accounts are addressed by id only.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block as decoded by the runtime.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Block id.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions checked on every signed extrinsic, in order. Polkadot.js knows
/// each of them from the metadata.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	// Fee-free credit actions skip the payment while the signer's allowance lasts; everything
	// else pays. Encodes as `ChargeTransactionPayment` and carries its identifier.
	pallet_credits::FeelessCredits<Runtime, pallet_transaction_payment::ChargeTransactionPayment<Runtime>>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as the runtime decodes it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload that is signed.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run at the next runtime upgrade. Each is versioned: it runs once, on a
/// chain whose pallet storage is at its source version, and is a no-op otherwise (a new chain
/// starts at the current versions).
pub type Migrations = (
	pallet_witnesses::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_witnesses::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_witnesses::migrations::v3::MigrateV2ToV3<Runtime>,
	pallet_witnesses::migrations::v4::MigrateV3ToV4<Runtime>,
	pallet_performance::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_performance::migrations::v2::MigrateV1ToV2<Runtime>,
);

/// Dispatches calls to pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// Indices follow execution order of the hooks that matter: BABE starts the block (slot,
	// randomness, epoch), staking and session rotate validators before GRANDPA reads them.
	#[runtime::pallet_index(0)]
	pub type System = frame_system; // configs/system.rs
	#[runtime::pallet_index(1)]
	pub type Babe = pallet_babe; // configs/consensus.rs
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp; // configs/system.rs
	#[runtime::pallet_index(3)]
	pub type Balances = pallet_balances; // configs/monetary.rs
	#[runtime::pallet_index(4)]
	pub type TransactionPayment = pallet_transaction_payment; // configs/monetary.rs
	#[runtime::pallet_index(5)]
	pub type Authorship = pallet_authorship; // configs/consensus.rs
	#[runtime::pallet_index(6)]
	pub type Staking = pallet_staking; // configs/staking.rs
	#[runtime::pallet_index(7)]
	pub type Offences = pallet_offences; // configs/staking.rs
	#[runtime::pallet_index(8)]
	pub type Historical = pallet_session::historical; // configs/staking.rs
	#[runtime::pallet_index(9)]
	pub type Session = pallet_session; // configs/staking.rs
	#[runtime::pallet_index(10)]
	pub type Grandpa = pallet_grandpa; // configs/consensus.rs
	#[runtime::pallet_index(11)]
	pub type VoterList = pallet_bags_list<Instance1>; // configs/staking.rs
	#[runtime::pallet_index(12)]
	pub type Utility = pallet_utility; // configs/system.rs
	#[runtime::pallet_index(13)]
	pub type Sudo = pallet_sudo; // configs/system.rs
	#[runtime::pallet_index(14)]
	pub type Witnesses = pallet_witnesses; // configs/witnesses.rs
	#[runtime::pallet_index(15)]
	pub type Performance = pallet_performance; // configs/performance.rs
	#[runtime::pallet_index(16)]
	pub type Agreements = pallet_agreements; // configs/agreements.rs
	#[runtime::pallet_index(17)]
	pub type Agents = pallet_agents; // configs/agents.rs
	#[runtime::pallet_index(18)]
	pub type Credits = pallet_credits; // configs/credits.rs
	#[runtime::pallet_index(19)]
	pub type Streaming = pallet_streaming; // configs/streaming.rs
	#[runtime::pallet_index(20)]
	pub type Preimage = pallet_preimage; // configs/governance.rs
	#[runtime::pallet_index(21)]
	pub type Scheduler = pallet_scheduler; // configs/governance.rs
	#[runtime::pallet_index(22)]
	pub type Origins = governance::origins::pallet_arete_origins; // configs/governance.rs
	#[runtime::pallet_index(23)]
	pub type Referenda = pallet_referenda; // configs/governance.rs
	#[runtime::pallet_index(24)]
	pub type ConvictionVoting = pallet_conviction_voting; // configs/governance.rs
	#[runtime::pallet_index(25)]
	pub type Treasury = pallet_treasury; // configs/governance.rs
	#[runtime::pallet_index(26)]
	pub type Proxy = pallet_proxy; // configs/system.rs
	#[runtime::pallet_index(27)]
	pub type Multisig = pallet_multisig; // configs/system.rs
}

/// Unsigned extrinsics built by the runtime itself (equivocation reports).
impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> frame_system::offchain::CreateBare<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_bare(call)
	}
}
