//! Monetary family: balances (with fungible holds and freezes) and transaction payment.
//!
//! Transaction fees are split by [`FeeSplit`]: [`TREASURY_FEE_PERCENT`] of each fee to the
//! treasury, the rest and every tip to the block's author.

use frame_support::{
	parameter_types,
	traits::{
		fungible::{Balanced, Credit},
		tokens::imbalance::ResolveTo,
		ConstU32, ConstU8, Imbalance, OnUnbalanced, VariantCountOf,
	},
	weights::{ConstantMultiplier, IdentityFee},
};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use sp_runtime::{traits::Bounded, FixedPointNumber, Perquintill};

use crate::{
	currency::{EXISTENTIAL_DEPOSIT, MICRO_ARETE},
	configs::governance::TreasuryAccount,
	AccountId, Authorship, Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, System,
};

parameter_types! {
	pub const ExistentialDeposit: Balance = EXISTENTIAL_DEPOSIT;
}

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	// One freeze slot per pallet that can freeze funds; holds are bounded the same way by
	// the number of `RuntimeHoldReason` variants.
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// 1 micro-ARETE per byte of extrinsic.
	pub const TransactionByteFee: Balance = MICRO_ARETE;
	/// Fees rise when blocks are fuller than a quarter.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(3, 100_000);
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_rational(1, 1_000_000u128);
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// Fees go to the treasury and the block author; nothing is burned.
	type OnChargeTransaction = FungibleAdapter<Balances, FeeSplit>;
	// One planck per unit of ref-time weight: a plain transfer costs about 0.00046 ARETE
	// (300 µs of measured weight and its 140-odd bytes).
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = TargetedFeeAdjustment<
		Self,
		TargetBlockFullness,
		AdjustmentVariable,
		MinimumMultiplier,
		MaximumMultiplier,
	>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

/// The share of every transaction fee (tips excluded) that goes to the treasury; the rest goes
/// to the block's author, who also keeps every tip. The treasury's share funds what governance
/// spends; the author's keeps a reason to include transactions beyond the era reward.
pub const TREASURY_FEE_PERCENT: u32 = 80;

/// Pays a fee and its tip out as [`TREASURY_FEE_PERCENT`] says.
pub struct FeeSplit;

impl OnUnbalanced<Credit<AccountId, Balances>> for FeeSplit {
	fn on_unbalanceds(mut fees_then_tips: impl Iterator<Item = Credit<AccountId, Balances>>) {
		let Some(fee) = fees_then_tips.next() else { return };
		let (to_treasury, mut to_author) =
			fee.ration(TREASURY_FEE_PERCENT, 100u32.saturating_sub(TREASURY_FEE_PERCENT));
		for tip in fees_then_tips {
			to_author.subsume(tip);
		}
		ResolveTo::<TreasuryAccount, Balances>::on_unbalanced(to_treasury);
		// Without an author (no BABE pre-digest, as in some tests), or if the author's account
		// cannot take it, the author's share goes to the treasury too.
		let unpaid = match Authorship::author() {
			Some(author) => Balances::resolve(&author, to_author).err(),
			None => Some(to_author),
		};
		if let Some(unpaid) = unpaid {
			ResolveTo::<TreasuryAccount, Balances>::on_unbalanced(unpaid);
		}
	}
}
