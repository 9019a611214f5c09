//! Staking family: NPoS validator elections, sessions, offences and slashing.
//!
//! - Sessions are BABE epochs (10 blocks, one minute); an era is [`SESSIONS_PER_ERA`] sessions
//!   (three minutes), so an era change is observable within minutes on a local network.
//! - Elections run on chain: sequential Phragmen over a bounded snapshot of voters (from a
//!   bags-list sorted by stake) and targets (the validator candidates).
//! - Era payout follows an NPoS inflation curve (2.5% to 10% a year, ideal at 50% staked);
//!   what validators and nominators do not receive goes to the treasury account.
//! - Equivocations (BABE and GRANDPA) are reported through pallet-offences to staking, which
//!   records the slash and applies it after [`SLASH_DEFER_ERAS`] eras unless the admin origin
//!   (root) cancels it. Slashed funds go to the treasury account.

use frame_election_provider_support::{
	bounds::{ElectionBounds, ElectionBoundsBuilder},
	onchain, ScoreProvider, SequentialPhragmen,
};
use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32, EitherOf, Nothing},
};
use frame_system::EnsureRoot;
use sp_runtime::{curve::PiecewiseLinear, Perbill};
use sp_staking::{EraIndex, SessionIndex};

use crate::{
	configs::governance::TreasuryAccount,
	bag_thresholds, currency::MILLI_ARETE, AccountId, Balance, Balances, Runtime, RuntimeEvent,
	RuntimeHoldReason, Session, SessionKeys, Staking, Timestamp, VoterList,
};

/// Sessions (BABE epochs) per staking era.
pub const SESSIONS_PER_ERA: SessionIndex = 3;
/// Eras a stash stays bonded after `unbond`.
pub const BONDING_ERAS: EraIndex = 4;
/// Eras a slash waits before it is applied, during which root may cancel it.
pub const SLASH_DEFER_ERAS: EraIndex = 2;

parameter_types! {
	/// Registering session keys holds a small deposit.
	pub const SessionKeyDeposit: Balance = MILLI_ARETE;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	// The stash account is the validator id (controllers are deprecated).
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = crate::Babe;
	type NextSessionRotation = crate::Babe;
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, Staking>;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	// Disable at most a third of the validators for offences, re-enabling the lightest
	// offenders if a heavier one appears.
	type DisablingStrategy = pallet_session::disabling::UpToLimitWithReEnablingDisablingStrategy<3>;
	type WeightInfo = crate::weights::pallet_session::WeightInfo<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// Offence reports identify the offender by stash only; the slash itself is computed by
	// staking from its own exposure records.
	type FullIdentification = ();
	type FullIdentificationOf = pallet_staking::UnitIdentificationOf<Self>;
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = Staking;
}

// Yearly inflation by staking rate: 2.5% with nobody staked, rising to 10% at the ideal 50%
// staked, then falling off.
pallet_staking_reward_curve::build! {
	const REWARD_CURVE: PiecewiseLinear<'static> = curve!(
		min_inflation: 0_025_000,
		max_inflation: 0_100_000,
		ideal_stake: 0_500_000,
		falloff: 0_050_000,
		max_piece_count: 40,
		test_precision: 0_005_000,
	);
}

parameter_types! {
	pub const SessionsPerEra: SessionIndex = SESSIONS_PER_ERA;
	pub const BondingDuration: EraIndex = BONDING_ERAS;
	pub const SlashDeferDuration: EraIndex = SLASH_DEFER_ERAS;
	pub const RewardCurve: &'static PiecewiseLinear<'static> = &REWARD_CURVE;
	/// Nominators paid per validator page of `payout_stakers`.
	pub const MaxExposurePageSize: u32 = 64;
	pub const MaxValidatorSet: u32 = 100;
	/// Bounds of the election snapshot: at most 10,000 voters and 1,000 targets.
	pub ElectionBoundsOnChain: ElectionBounds = ElectionBoundsBuilder::default()
		.voters_count(10_000.into())
		.targets_count(1_000.into())
		.build();
	pub const MaxBackersPerWinner: u32 = 10_000;
	pub const MaxWinnersPerPage: u32 = MaxValidatorSet::get();
}

/// On-chain sequential Phragmen, used both at genesis and for every era.
pub struct OnChainSeqPhragmen;
impl onchain::Config for OnChainSeqPhragmen {
	type System = Runtime;
	type Solver = SequentialPhragmen<AccountId, Perbill>;
	type DataProvider = Staking;
	type WeightInfo = frame_election_provider_support::weights::SubstrateWeight<Runtime>;
	type MaxBackersPerWinner = MaxBackersPerWinner;
	type MaxWinnersPerPage = MaxWinnersPerPage;
	type Bounds = ElectionBoundsOnChain;
	type Sort = frame_support::traits::ConstBool<true>;
}

impl pallet_staking::Config for Runtime {
	type OldCurrency = Balances;
	type Currency = Balances;
	type CurrencyBalance = Balance;
	type RuntimeHoldReason = RuntimeHoldReason;
	type UnixTime = Timestamp;
	type CurrencyToVote = sp_staking::currency_to_vote::U128CurrencyToVote;
	type ElectionProvider = onchain::OnChainExecution<OnChainSeqPhragmen>;
	type GenesisElectionProvider = onchain::OnChainExecution<OnChainSeqPhragmen>;
	type NominationsQuota = pallet_staking::FixedNominationsQuota<16>;
	type HistoryDepth = ConstU32<84>;
	type RewardRemainder = ResolveTo<TreasuryAccount, Balances>;
	type RuntimeEvent = RuntimeEvent;
	type Slash = ResolveTo<TreasuryAccount, Balances>;
	type Reward = ();
	type SessionsPerEra = SessionsPerEra;
	type BondingDuration = BondingDuration;
	type SlashDeferDuration = SlashDeferDuration;
	/// Root or the staking-admin track cancels deferred slashes, sets the commission floor,
	/// restores ledgers and slashes manually (other administrative calls are Root's).
	type AdminOrigin = EitherOf<EnsureRoot<AccountId>, crate::governance::origins::StakingAdmin>;
	type SessionInterface = Self;
	type EraPayout = pallet_staking::ConvertCurve<RewardCurve>;
	type NextNewSession = Session;
	type MaxExposurePageSize = MaxExposurePageSize;
	type MaxValidatorSet = MaxValidatorSet;
	type VoterList = VoterList;
	type TargetList = pallet_staking::UseValidatorsMap<Self>;
	type MaxUnlockingChunks = ConstU32<32>;
	type MaxControllersInDeprecationBatch = ConstU32<5314>;
	type EventListeners = ();
	type Filter = Nothing;
	type BenchmarkingConfig = StakingBenchmarkingConfig;
	type WeightInfo = crate::weights::pallet_staking::WeightInfo<Runtime>;
}

/// Sizes the staking benchmarks run at: the validator set bound and a thousand nominators.
pub struct StakingBenchmarkingConfig;
impl pallet_staking::BenchmarkingConfig for StakingBenchmarkingConfig {
	type MaxValidators = MaxValidatorSet;
	type MaxNominators = ConstU32<1000>;
}

parameter_types! {
	pub const BagThresholds: &'static [u64] = &bag_thresholds::THRESHOLDS;
}

/// The voter list: nominators and validators sorted by stake into bags.
impl pallet_bags_list::Config<pallet_bags_list::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_bags_list::WeightInfo<Runtime>;
	type ScoreProvider = VoterScore;
	type BagThresholds = BagThresholds;
	type MaxAutoRebagPerBlock = ConstU32<5>;
	type Score = sp_npos_elections::VoteWeight;
}

/// The voter list's scores: a stash's stake while it nominates or validates, and none
/// otherwise.
///
/// pallet-staking scores every bonded stash, and pallet-bags-list's permissionless `rebag`
/// inserts any account that has a score and is missing from the list. With staking as the
/// score provider, anyone could put a bonded but idle (chilled, or only bonded) stash into the
/// voter list, which breaks staking's invariant that the list holds exactly its nominators and
/// validators (found by the runtime fuzzer, `tools/runtime-fuzz`). Without a score, `rebag`
/// of such a stash fails with `NodeNotFound`, and one already listed is removed.
pub struct VoterScore;

impl ScoreProvider<AccountId> for VoterScore {
	type Score = sp_npos_elections::VoteWeight;

	fn score(who: &AccountId) -> Option<Self::Score> {
		let votes = pallet_staking::Nominators::<Runtime>::contains_key(who) ||
			pallet_staking::Validators::<Runtime>::contains_key(who);
		if votes {
			<Staking as ScoreProvider<AccountId>>::score(who)
		} else {
			None
		}
	}

	/// The bags-list benchmarks score accounts they then rebag: each becomes a nominator of
	/// no one, so that it has a score here too.
	#[cfg(feature = "runtime-benchmarks")]
	fn set_score_of(who: &AccountId, score: Self::Score) {
		<Staking as ScoreProvider<AccountId>>::set_score_of(who, score);
		if !pallet_staking::Validators::<Runtime>::contains_key(who) {
			pallet_staking::Nominators::<Runtime>::insert(
				who,
				pallet_staking::Nominations {
					targets: Default::default(),
					submitted_in: 0,
					suppressed: false,
				},
			);
		}
	}
}
