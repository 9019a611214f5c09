//! Consensus family: BABE block production, GRANDPA finality, block authorship.
//!
//! Authorities come from genesis for now (`SameAuthoritiesForever`); the staking issue replaces
//! that with sessions and NPoS elections without changing the consensus engines.

use frame_support::{
	parameter_types,
	traits::{ConstU32, FindAuthor},
	ConsensusEngineId,
};

use crate::{
	time::{EPOCH_DURATION_IN_SLOTS, MILLISECS_PER_BLOCK},
	AccountId, Babe, Moment, Runtime, RuntimeEvent,
};

parameter_types! {
	pub const EpochDuration: u64 = EPOCH_DURATION_IN_SLOTS;
	pub const ExpectedBlockTime: Moment = MILLISECS_PER_BLOCK;
	/// Upper bound of BABE and GRANDPA authorities.
	pub const MaxAuthorities: u32 = 100;
	/// GRANDPA keeps set-id/session mappings for this many sessions (for equivocation proofs).
	pub const MaxSetIdSessionEntries: u64 = 168;
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = EpochDuration;
	type ExpectedBlockTime = ExpectedBlockTime;
	type EpochChangeTrigger = pallet_babe::SameAuthoritiesForever;
	type DisabledValidators = ();
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = ConstU32<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = MaxSetIdSessionEntries;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = BabeAuthorAccount;
	type EventHandler = ();
}

/// Finds the block author's account from BABE's pre-runtime digest.
///
/// Until sessions map validator keys to stash accounts, the author's account is the account
/// whose public key equals its BABE key (true of the development keys in the genesis presets).
pub struct BabeAuthorAccount;

impl FindAuthor<AccountId> for BabeAuthorAccount {
	fn find_author<'a, I>(digests: I) -> Option<AccountId>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		let index = <Babe as FindAuthor<u32>>::find_author(digests)?;
		let authorities = pallet_babe::Authorities::<Runtime>::get();
		let (babe_key, _weight) = authorities.get(usize::try_from(index).ok()?)?;
		let raw: &[u8] = babe_key.as_ref();
		AccountId::try_from(raw).ok()
	}
}
