//! Governance family: referenda on Arete's tracks, conviction voting, the scheduler that
//! enacts them, preimages of their calls, the roles' origins and the treasury.
//!
//! - **Referenda** ([`crate::governance::tracks`]): anyone submits a proposal (a preimage hash)
//!   on the track of the origin it should run with, holding [`SubmissionDeposit`]; someone
//!   places the track's decision deposit; after the prepare period it is decided by conviction
//!   votes against the track's approval and support curves, confirmed, then scheduled.
//! - **Conviction voting**: a vote locks its balance for a multiple of [`VoteLockingPeriod`]
//!   set by its conviction (0.1x to 6x votes for 0 to 32 periods); votes may be delegated per
//!   track. Locks overlap staking holds, so bonded funds vote too.
//! - **Origins**: each privileged call of Arete's pallets accepts Root or its role's origin
//!   (see `configs/witnesses.rs`, `performance.rs`, `agents.rs`, `credits.rs`, `staking.rs`).
//! - **Treasury**: the account staking rewards' remainder, slashes and 80% of transaction fees
//!   flow to ([`crate::configs::monetary`]); spends are approved by the treasurer track (up to
//!   [`crate::governance::origins::TREASURER_SPEND_LIMIT`] each) or by Root, and paid out by
//!   anyone's `payout` call once valid.

use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, tokens::pay::PayFromAccount, AsEnsureOriginWithArg,
		ConstU32, EitherOf, EitherOfDiverse, EqualPrivilegeOnly, LinearStoragePrice,
		tokens::UnityAssetBalanceConversion,
	},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess, EnsureSigned};
use sp_runtime::{
	traits::{AccountIdLookup, AccountIdConversion},
	Perbill,
};

use crate::{
	configs::RuntimeBlockWeights,
	currency::{deposit, ARETE},
	governance::{origins, tracks::AreteTracks},
	time::DAYS,
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, Treasury,
};

parameter_types! {
	/// A preimage holds 0.2 ARETE plus 0.001 ARETE a byte while it is stored: about 1,050
	/// ARETE for a megabyte of runtime code, returned when it is unnoted.
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_preimage::WeightInfo<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// Scheduled calls (enacted referenda) may use 80% of a block.
	pub MaximumSchedulerWeight: Weight =
		Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	// Only Root schedules directly; referenda schedule through the pallet's traits.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl origins::Config for Runtime {}

parameter_types! {
	/// What submitting a referendum holds, returned once it is decided or cancelled: enough
	/// that filling a track's queue ([`MaxQueued`]) costs 10,000 ARETE.
	pub const SubmissionDeposit: Balance = 100 * ARETE;
	/// Referenda waiting for a decision slot, per track.
	pub const MaxQueued: u32 = 100;
	/// A referendum without a decision deposit for this long times out.
	pub const UndecidingTimeout: BlockNumber = 14 * DAYS;
}

impl pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_referenda::WeightInfo<Runtime>;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	// A root referendum cancels (deposits returned) or kills (deposits slashed) another.
	type CancelOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	type Slash = Treasury;
	type Votes = Balance;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = MaxQueued;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = AreteTracks;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// The base lock period of a vote: a 1x-conviction vote stays locked a week after its
	/// referendum ends, a 6x one 32 weeks.
	pub const VoteLockingPeriod: BlockNumber = 7 * DAYS;
}

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_conviction_voting::WeightInfo<Runtime>;
	type Currency = Balances;
	type Polls = Referenda;
	// Support is measured against the issuance not held by the treasury.
	type MaxTurnout =
		frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, AccountId>;
	type MaxVotes = ConstU32<256>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

parameter_types! {
	/// The treasury's account: `arete/tr`, the account staking and the witness network have
	/// paid slashes and reward remainders into since genesis.
	pub const TreasuryPalletId: PalletId = PalletId(*b"arete/tr");
	pub TreasuryAccount: AccountId = TreasuryPalletId::get().into_account_truncating();
	/// Root spends without a limit.
	pub const MaxBalance: Balance = Balance::MAX;
	/// Approved spends may wait this long for their payout before they expire.
	pub const PayoutPeriod: BlockNumber = 30 * DAYS;
	pub const SpendPeriod: BlockNumber = DAYS;
}

impl pallet_treasury::Config for Runtime {
	type Currency = Balances;
	type RejectOrigin = EitherOfDiverse<EnsureRoot<AccountId>, origins::Treasurer>;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = SpendPeriod;
	// Nothing is burned at spend periods: the treasury keeps what it does not spend.
	type Burn = ();
	type PalletId = TreasuryPalletId;
	type BurnDestination = ();
	type WeightInfo = crate::weights::pallet_treasury::WeightInfo<Runtime>;
	type SpendFunds = ();
	type MaxApprovals = ConstU32<100>;
	type SpendOrigin = EitherOf<EnsureRootWithSuccess<AccountId, MaxBalance>, origins::Treasurer>;
	// Only ARETE: the asset kind is the unit type and payments are transfers from the
	// treasury account.
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = AccountIdLookup<AccountId, ()>;
	type Paymaster = PayFromAccount<Balances, TreasuryAccount>;
	type BalanceConverter = UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutPeriod;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TreasuryBenchmarkArguments;
	type BlockNumberProvider = System;
}

/// Arguments of the treasury benchmarks: the only asset kind, and accounts from seeds.
#[cfg(feature = "runtime-benchmarks")]
pub struct TreasuryBenchmarkArguments;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_treasury::ArgumentsFactory<(), AccountId> for TreasuryBenchmarkArguments {
	fn create_asset_kind(_seed: u32) {}

	fn create_beneficiary(seed: [u8; 32]) -> AccountId {
		let beneficiary = AccountId::from(seed);
		// The payout benchmarks pay 100 planck, far below the existential deposit, and a
		// payout is a plain transfer: without an existing account to receive it, the
		// transfer (and so the benchmark) fails.
		let _ = <Balances as frame_support::traits::fungible::Mutate<AccountId>>::set_balance(
			&beneficiary,
			crate::configs::monetary::ExistentialDeposit::get(),
		);
		beneficiary
	}
}
