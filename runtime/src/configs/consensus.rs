//! Consensus family: BABE block production, GRANDPA finality, block authorship.
//!
//! Authorities are the validators elected by staking, rotated by sessions (one session per
//! BABE epoch). Equivocations of either engine are reported as offences (see `staking.rs`).

use frame_support::parameter_types;

use crate::{
	configs::staking::{BondingDuration, MaxExposurePageSize, SessionsPerEra},
	time::{EPOCH_DURATION_IN_SLOTS, MILLISECS_PER_BLOCK},
	Historical, Moment, Offences, Runtime, RuntimeEvent, Session, Staking,
};

parameter_types! {
	pub const EpochDuration: u64 = EPOCH_DURATION_IN_SLOTS;
	pub const ExpectedBlockTime: Moment = MILLISECS_PER_BLOCK;
	/// Upper bound of BABE and GRANDPA authorities.
	pub const MaxAuthorities: u32 = 100;
	/// An equivocation report stays valid for as long as the offender could still be slashed.
	pub ReportLongevity: u64 = u64::from(BondingDuration::get())
		.saturating_mul(u64::from(SessionsPerEra::get()))
		.saturating_mul(EPOCH_DURATION_IN_SLOTS);
	/// GRANDPA keeps set-id/session mappings for as long as equivocations can be reported.
	pub MaxSetIdSessionEntries: u64 =
		u64::from(BondingDuration::get()).saturating_mul(u64::from(SessionsPerEra::get()));
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = EpochDuration;
	type ExpectedBlockTime = ExpectedBlockTime;
	// Epochs change when sessions do.
	type EpochChangeTrigger = pallet_babe::ExternalTrigger;
	type DisabledValidators = Session;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = MaxExposurePageSize;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_babe::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = MaxExposurePageSize;
	type MaxSetIdSessionEntries = MaxSetIdSessionEntries;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_authorship::Config for Runtime {
	// The author's stash, from BABE's authority index through the session's validator list.
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, crate::Babe>;
	// Staking awards era points to block authors.
	type EventHandler = Staking;
}
