//! System family: frame-system, timestamp, sudo, and the dispatch helpers accounts use:
//! utility (batches), proxy and multisig.
//!
//! - **Proxy**: an account lets another act for it, restricted to a [`ProxyType`]. A validator
//!   keeps its stash cold and gives a hot key a [`ProxyType::Staking`] proxy: the hot key
//!   nominates, validates, sets session keys and bonds more of the stash, but cannot transfer
//!   from it. Each proxy holds [`ProxyDepositBase`] plus [`ProxyDepositFactor`]; a time-delayed
//!   proxy's announcements hold their own deposits.
//! - **Multisig**: M of N accounts dispatch as one derived account; the first approval holds
//!   [`MultisigDepositBase`] plus [`MultisigDepositFactor`] per signatory until it executes or
//!   is cancelled.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstU32, Everything},
	weights::{
		constants::WEIGHT_REF_TIME_PER_SECOND,
		Weight,
	},
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::InstanceFilter;
use frame_system::limits::{BlockLength, BlockWeights};
use scale_info::TypeInfo;
use sp_runtime::{traits::BlakeTwo256, Perbill};

use crate::{
	weights::{
		base::{BlockExecutionWeight, ExtrinsicBaseWeight},
		paritydb::MeasuredDbWeight,
	},
	currency::deposit,
	time::SLOT_DURATION, AccountId, Balance, Balances, Block, BlockNumber, Hash, Moment, Nonce, OriginCaller,
	PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, RuntimeTask, SS58_PREFIX,
	VERSION,
};

/// Share of a block's weight that normal (non-operational) extrinsics may use.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Share of a block's weight reserved, on average, for the block hooks (`on_initialize`).
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(10);

/// Two seconds of compute per 6-second block, leaving time for import and propagation.
const MAXIMUM_BLOCK_WEIGHT: Weight =
	Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2), u64::MAX);

/// Largest block in bytes.
const MAXIMUM_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: sp_version::RuntimeVersion = VERSION;
	/// 5 MiB blocks, of which normal extrinsics may use 75%.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAXIMUM_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_LENGTH
		})
		.build();
	/// Two seconds per block, of which normal extrinsics may use 75%; the base costs of a
	/// block and of an extrinsic are those measured on this chain's node
	/// (`scripts/benchmark.sh --base`), not polkadot-sdk's reference figures.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| class.base_extrinsic = ExtrinsicBaseWeight::get())
		.for_class(DispatchClass::Normal, |class| {
			class.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			// Operational extrinsics may always use the share normal ones cannot.
			class.reserved =
				Some(MAXIMUM_BLOCK_WEIGHT.saturating_sub(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT));
		})
		.avg_block_initialization(AVERAGE_ON_INITIALIZE_RATIO)
		.build_or_panic();
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// Read and write costs measured on the node's ParityDB (`scripts/benchmark.sh --base`).
	type DbWeight = MeasuredDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type BaseCallFilter = Everything;
	type SystemWeightInfo = crate::weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
}

parameter_types! {
	/// Blocks are at least one slot apart; BABE enforces the slot, timestamp half of it.
	pub const MinimumPeriod: Moment = SLOT_DURATION / 2;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = Moment;
	type OnTimestampSet = crate::Babe;
	type MinimumPeriod = MinimumPeriod;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = crate::weights::pallet_sudo::WeightInfo<Runtime>;
}

parameter_types! {
	/// A proxy definition holds 0.108 ARETE, plus 0.033 ARETE per proxy of the account.
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	/// An announcement of a time-delayed proxy holds 0.108 ARETE, plus 0.068 ARETE per
	/// pending announcement.
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	pub const AnnouncementDepositFactor: Balance = deposit(0, 68);
	/// A pending multisig operation holds 0.188 ARETE, plus 0.032 ARETE per signatory.
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
}

/// What a proxy may do for the account that added it.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum ProxyType {
	/// Anything the account may do.
	#[default]
	Any,
	/// Anything but moving funds: staking, sessions, governance, batches, other proxies and
	/// multisigs. Arete's own pallets are left out, since most of their calls hold or pay
	/// funds.
	NonTransfer,
	/// Voting, delegating, submitting and funding referenda, noting preimages.
	Governance,
	/// Staking and session keys: what a validator's or nominator's hot key does for a cold
	/// stash.
	Staking,
	/// Only rejecting announcements of time-delayed proxies (a guard against a compromised
	/// proxy).
	CancelProxy,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => matches!(
				call,
				RuntimeCall::System(..) |
					RuntimeCall::Staking(..) |
					RuntimeCall::Session(..) |
					RuntimeCall::VoterList(..) |
					RuntimeCall::Utility(..) |
					RuntimeCall::Proxy(..) |
					RuntimeCall::Multisig(..) |
					RuntimeCall::Preimage(..) |
					RuntimeCall::Referenda(..) |
					RuntimeCall::ConvictionVoting(..) |
					RuntimeCall::Treasury(..)
			),
			ProxyType::Governance => matches!(
				call,
				RuntimeCall::Preimage(..) |
					RuntimeCall::Referenda(..) |
					RuntimeCall::ConvictionVoting(..) |
					RuntimeCall::Treasury(..) |
					RuntimeCall::Utility(..)
			),
			ProxyType::Staking => matches!(
				call,
				RuntimeCall::Staking(..) |
					RuntimeCall::Session(..) |
					RuntimeCall::VoterList(..) |
					RuntimeCall::Utility(..)
			),
			ProxyType::CancelProxy => matches!(
				call,
				RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. }) |
					RuntimeCall::Utility(..) |
					RuntimeCall::Multisig(..)
			),
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(a, b) if a == b => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			// Every other type's calls are among NonTransfer's.
			(ProxyType::NonTransfer, _) => true,
			_ => false,
		}
	}
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = crate::weights::pallet_proxy::WeightInfo<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<100>;
	type WeightInfo = MultisigWeights<crate::weights::pallet_multisig::WeightInfo<Runtime>>;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

/// pallet-multisig's weights, with one correction. `approve_as_multi` declares
/// `approve_as_multi_create(s)` for starting an operation, but then reports
/// `as_multi_create(s, 0)` as its actual weight, which is larger (by 2.5 µs at one other
/// signatory with polkadot-sdk's reference weights): the runtime fuzzer found an extrinsic
/// using more weight than it declared. Declaring the larger of the two makes the declaration
/// an upper bound again (`approve_as_multi_declares_what_it_charges` in the runtime tests).
pub struct MultisigWeights<W>(core::marker::PhantomData<W>);

impl<W: pallet_multisig::WeightInfo> pallet_multisig::WeightInfo for MultisigWeights<W> {
	fn as_multi_threshold_1(z: u32) -> Weight {
		W::as_multi_threshold_1(z)
	}
	fn as_multi_create(s: u32, z: u32) -> Weight {
		W::as_multi_create(s, z)
	}
	fn as_multi_approve(s: u32, z: u32) -> Weight {
		W::as_multi_approve(s, z)
	}
	fn as_multi_complete(s: u32, z: u32) -> Weight {
		W::as_multi_complete(s, z)
	}
	fn approve_as_multi_create(s: u32) -> Weight {
		W::approve_as_multi_create(s).max(W::as_multi_create(s, 0))
	}
	fn approve_as_multi_approve(s: u32) -> Weight {
		// Recording an approval reports `as_multi_approve(s, 0)`.
		W::approve_as_multi_approve(s).max(W::as_multi_approve(s, 0))
	}
	fn cancel_as_multi(s: u32) -> Weight {
		W::cancel_as_multi(s)
	}
	fn poke_deposit(s: u32) -> Weight {
		W::poke_deposit(s)
	}
}
