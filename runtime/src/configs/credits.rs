//! Community credits family: the credit ledger, earning rules, tips and hype, fee-free
//! credit actions.
//!
//! - The economy holds 100 million credits. Each participant receives 100 on enrolling, the
//!   first 1,000 receive 150; rewards scale by `0.95^(active / 1000)`.
//! - Of every burn 80 % returns to the pool; of every hype 80 % is burned and 20 % goes to the
//!   author; a tip to a comment pays 10 % to the author of the post it comments on. No ledger
//!   holds more than 10,000 credits. After 90 days without a credit action a ledger loses 1 %
//!   a month.
//! - A sponsor holds 1 ARETE per participant it enrolls, for as long as the ledger lives (in
//!   this version, for good). That pays for the participant's state: a ledger (~200 bytes),
//!   the last 32 history entries (~170 bytes each), up to 64 posts not yet reaped (~150 bytes
//!   each, reapable after 30 days), 64 remembered reactions and one statistic per action,
//!   about 17 KB in all; and it is what a thousand fresh keys would have to lock to collect a
//!   thousand grants.
//! - Posting, reacting, tipping, hyping and heartbeats are fee-free while the signer has one of
//!   its 100 daily actions left (regenerating continuously, about one every 14 minutes); then
//!   they cost the usual fee. The rules are set by Root (Sudo until governance has a track for
//!   it).
//! - Nodes bond 10 credits (forfeited when the swarm finds a proof fraudulent); after 7 days
//!   their swarm votes carry trust and they may vouch (each of 5 vouchers adds 0.1 trust; a
//!   node keeps 16 vouchers and vouches for 5). Uptime is claimed for a past day with
//!   heartbeats in at least 20 of its hours; hosting by answering a challenge (the hash of a
//!   chunk picked after the request) within 10 blocks. Each proof goes to a swarm of three
//!   seats drawn by the witness network in the `credits\0` domain, paid 0.1 ARETE by the node;
//!   it is verified when the engine approves and 67 % of the voting trust weight approves.
//!   Members without validation rights (and witnesses that are no nodes) vote with 0.1 trust.

use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, EitherOf},
};
use pallet_credits::{Credits as CreditAmount, CREDIT};
use sp_runtime::Perbill;

use crate::{
	currency::ARETE,
	time::DAYS,
	Balances, Runtime, RuntimeHoldReason, Witnesses,
};

parameter_types! {
	pub const CreditsDomain: pallet_witnesses::DomainId = *b"credits\0";
	pub const CreditsTrustPerVouch: Perbill = Perbill::from_percent(10);
	pub const CreditsTrustFloor: Perbill = Perbill::from_percent(10);
	pub const CreditsSwarmThreshold: Perbill = Perbill::from_percent(67);
	pub const CreditsGenesisTotal: CreditAmount = 100_000_000 * CREDIT;
	pub const CreditsGenesisGrant: CreditAmount = 100 * CREDIT;
	pub const CreditsEarlyGrant: CreditAmount = 150 * CREDIT;
	pub const CreditsRewardScaling: Perbill = Perbill::from_percent(95);
	pub const CreditsRecycleShare: Perbill = Perbill::from_percent(80);
	pub const CreditsHypeBurnShare: Perbill = Perbill::from_percent(80);
	pub const CreditsMinHype: CreditAmount = CREDIT;
	pub const CreditsMaxHype: CreditAmount = 100 * CREDIT;
	pub const CreditsRoyaltyShare: Perbill = Perbill::from_percent(10);
	pub const CreditsBalanceCap: CreditAmount = 10_000 * CREDIT;
	pub const CreditsDecayRate: Perbill = Perbill::from_percent(1);
	pub const CreditsEnrollmentDeposit: crate::Balance = ARETE;
}

impl pallet_credits::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Root or the credit-rules track.
	type RuleOrigin = EitherOf<
		frame_system::EnsureRoot<crate::AccountId>,
		crate::governance::origins::CreditRules,
	>;
	type WeightInfo = pallet_credits::weights::SubstrateWeight<Runtime>;
	type GenesisTotal = CreditsGenesisTotal;
	type GenesisGrant = CreditsGenesisGrant;
	type EarlyGrant = CreditsEarlyGrant;
	type EarlyParticipants = ConstU32<1_000>;
	type ScalingStep = ConstU32<1_000>;
	type RewardScaling = CreditsRewardScaling;
	type RecycleShare = CreditsRecycleShare;
	type HypeBurnShare = CreditsHypeBurnShare;
	type MinHype = CreditsMinHype;
	type MaxHype = CreditsMaxHype;
	type RoyaltyShare = CreditsRoyaltyShare;
	type BalanceCap = CreditsBalanceCap;
	type InactivityPeriod = ConstU32<{ 90 * DAYS }>;
	type DecayPeriod = ConstU32<{ 30 * DAYS }>;
	type DecayRate = CreditsDecayRate;
	type BlocksPerDay = ConstU32<DAYS>;
	type EnrollmentDeposit = CreditsEnrollmentDeposit;
	type MaxHistory = ConstU32<32>;
	type MaxLivePosts = ConstU32<64>;
	type PostLifetime = ConstU32<{ 30 * DAYS }>;
	type MaxRecentReactions = ConstU32<64>;
	type MaxAllowance = ConstU32<100>;
	type AllowanceRegenPeriod = ConstU32<DAYS>;
	type TrendingHalfLife = ConstU32<DAYS>;
	type Verifier = Witnesses;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::witnesses::benchmark_helper::DomainWitnesses<CreditsDomain>;
	type Domain = CreditsDomain;
	type VerificationBond = ConstU128<{ 10 * CREDIT }>;
	type ValidationDelay = ConstU32<{ 7 * DAYS }>;
	type MaxVouchers = ConstU32<16>;
	type MaxVouches = ConstU32<5>;
	type TrustPerVouch = CreditsTrustPerVouch;
	type MaxVouchesCounted = ConstU32<5>;
	type TrustFloor = CreditsTrustFloor;
	type SwarmThreshold = CreditsSwarmThreshold;
	type SwarmSeats = ConstU32<3>;
	type SwarmMinSeats = ConstU32<3>;
	type SwarmMinWeight = ConstU128<{ 150 * ARETE }>;
	type SwarmCommitPeriod = ConstU32<10>;
	type SwarmRevealPeriod = ConstU32<5>;
	type SwarmAppealPeriod = ConstU32<5>;
	type SwarmReward = ConstU128<{ ARETE / 10 }>;
	type MinHeartbeatHours = ConstU32<20>;
	type HostingUnit = ConstU64<100_000_000>;
	type MaxHostingPerNode = ConstU32<16>;
	type MaxUnitsPerProof = ConstU32<10>;
	type ChallengeWindow = ConstU32<10>;
	type UptimeFullDays = ConstU32<30>;
	type HostingFullUnits = ConstU32<100>;
}
