//! Proof of Performance family: athletes, witness-verified performances, careers, prize pools,
//! sponsored challenges and prediction pools.
//!
//! - Performances are verified by the witness network in the `perform\0` domain (witness domain
//!   ids are eight bytes). At least three witnesses must reveal, and 60 % of the revealed weight
//!   must approve.
//! - Witnesses get two minutes to commit (they watch the evidence first) and one minute to
//!   reveal. That is short enough for a session at a trick spot, where spectators see the
//!   verdict before they leave. Predictions are open during the commit phase: commitments are
//!   hidden, so no vote is known while the pool is open.
//! - Scores are in thousandths on a 0.000..=10.000 scale (the seed's "9.5" is 9_500). Reaching
//!   6.000, 8.000 and 9.500 verified moves an athlete from local to regional, national and
//!   international, one level per performance.
//! - Deposits pay for the state users create, for as long as it lives: 1 ARETE per profile,
//!   1 ARETE per performance (20 % is slashed to the treasury if the witnesses reject it; the
//!   rest returns when the record is reaped), 10 ARETE per competition (until it is reaped),
//!   10 ARETE per sport a signed account registers (Root registers sports for free), 0.1 ARETE
//!   per funder and per staker entry. Settled records are reaped by anyone: a rejected or
//!   inconclusive performance a day after its outcome, stakes and refunds nobody claimed thirty
//!   days after the settlement or the closing.
//! - An athlete may instead claim a performance (`claim_performance`) with a bond of 10 to 100
//!   ARETE: it is verified with the claimed score two minutes later unless someone disputes
//!   it with the same bond, in which case a panel drawn like any other decides and the losing
//!   side's bond pays the winner and the panel.
//! - Prediction pools pay a 5 % fee from the losing side, half to the athlete and half to the
//!   agreeing witnesses.

use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU128, ConstU32, EitherOf},
	PalletId,
};
use sp_runtime::Perbill;

use crate::{
	governance::origins,
	configs::governance::TreasuryAccount,
	currency::ARETE,
	time::{DAYS, MINUTES},
	AccountId, Balances, Runtime, RuntimeHoldReason, Timestamp, Witnesses,
};

parameter_types! {
	/// The pot account holding prize pools and prediction stakes.
	pub const PerformancePalletId: PalletId = PalletId(*b"ar/perfm");
	pub const PerformanceDomain: pallet_witnesses::DomainId = *b"perform\0";
	pub const PerformanceRejectionSlash: Perbill = Perbill::from_percent(20);
	pub const PerformanceApprovalThreshold: Perbill = Perbill::from_percent(60);
	pub const PerformancePredictionFee: Perbill = Perbill::from_percent(5);
	pub const PerformancePredictionAthleteShare: Perbill = Perbill::from_percent(50);
}

impl pallet_performance::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Verifier = Witnesses;
	type UnixTime = Timestamp;
	type SlashDestination = ResolveTo<TreasuryAccount, Balances>;
	type WeightInfo = pallet_performance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helper::RegisterWitness;
	type PalletId = PerformancePalletId;
	type Domain = PerformanceDomain;
	type AthleteDeposit = ConstU128<{ ARETE }>;
	type CompetitionDeposit = ConstU128<{ 10 * ARETE }>;
	type PerformanceDeposit = ConstU128<{ ARETE }>;
	type RejectionSlash = PerformanceRejectionSlash;
	type MaxNameLen = ConstU32<64>;
	type MaxSportLen = ConstU32<32>;
	type MaxSportsPerAthlete = ConstU32<8>;
	type MaxDelegates = ConstU32<8>;
	type MaxVenueLen = ConstU32<128>;
	// A CIDv1 in base32 is 59 characters; room for a URL-style prefix.
	type MaxEvidenceLen = ConstU32<128>;
	type MaxTagLen = ConstU32<32>;
	type MaxTags = ConstU32<8>;
	// At most the witnesses' MaxPanelSize (16); the fee split reads this many witnesses.
	type MaxWitnesses = ConstU32<8>;
	type MaxHistory = ConstU32<64>;
	type LeaderboardSize = ConstU32<32>;
	type MaxPrizeRanks = ConstU32<10>;
	type MaxChallengeWinners = ConstU32<64>;
	// A panel of three seats drawn by the engine, all three must reveal, with at least the
	// weight of three minimum bonds at the initial credibility.
	type PanelSeats = ConstU32<3>;
	type MinWitnesses = ConstU32<3>;
	type MinWitnessWeight = ConstU128<{ 150 * ARETE }>;
	type ApprovalThreshold = PerformanceApprovalThreshold;
	type CommitPeriod = ConstU32<{ 2 * MINUTES }>;
	type RevealPeriod = ConstU32<{ MINUTES }>;
	// A decided round may be appealed for a minute before the performance is final.
	type AppealPeriod = ConstU32<{ MINUTES }>;
	// An athlete's optimistic claim stands after two minutes unless someone disputes it.
	type ClaimLiveness = ConstU32<{ 2 * MINUTES }>;
	type MaxScore = ConstU32<10_000>;
	type MinWitnessReward = ConstU128<{ ARETE }>;
	type RegionalThreshold = ConstU32<6_000>;
	type NationalThreshold = ConstU32<8_000>;
	type InternationalThreshold = ConstU32<9_500>;
	type MaxCompetitionDuration = ConstU32<{ 30 * DAYS }>;
	type MinFunding = ConstU128<{ ARETE / 100 }>;
	type MinChallengePrize = ConstU128<{ ARETE / 10 }>;
	type MaxChallengeDuration = ConstU32<{ 90 * DAYS }>;
	type MinStake = ConstU128<{ ARETE / 100 }>;
	type PredictionLockPeriod = ConstU32<{ 2 * MINUTES }>;
	type PredictionFee = PerformancePredictionFee;
	type PredictionAthleteShare = PerformancePredictionAthleteShare;
	// Root or the competition-accreditation track accredits organizers.
	type AccreditationOrigin =
		EitherOf<frame_system::EnsureRoot<AccountId>, origins::CompetitionAccreditation>;
	// Root or the competition-accreditation track registers sports without a deposit and
	// retires any; anyone else registers one for 10 ARETE, returned when it retires the sport
	// (its entry and its four leaderboards).
	type SportOrigin =
		EitherOf<frame_system::EnsureRoot<AccountId>, origins::CompetitionAccreditation>;
	type SportDeposit = ConstU128<{ 10 * ARETE }>;
	// Each funder's and each staker's entry holds its own deposit, so that nobody can fill a
	// shared list: there is no cap on funders or stakers.
	type FunderDeposit = ConstU128<{ ARETE / 10 }>;
	type PredictionDeposit = ConstU128<{ ARETE / 10 }>;
	// A rejected or inconclusive performance stays visible for a day before anyone may reap
	// it; stakers and funders have thirty days to claim before anyone may push their payouts.
	type ReapDelay = ConstU32<{ DAYS }>;
	type ClaimPeriod = ConstU32<{ 30 * DAYS }>;
	type RefundPeriod = ConstU32<{ 30 * DAYS }>;
}

/// The performance benchmarks submit performances, for which the witnesses pallet draws a panel
/// from registered witnesses: the domain's roster is rebuilt after they register, and a
/// pending performance's panel is drawn at its seed block.
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helper {
	use frame_support::traits::{fungible::Mutate, Get, Hooks};

	use crate::{AccountId, Balance, Balances, Runtime, RuntimeOrigin, System, Witnesses};

	/// Who builds rosters and draws panels in the benchmarks' setup.
	fn setup_account() -> AccountId {
		let who: AccountId = frame_benchmarking::account("roster-builder", 0, 0);
		let deposit: Balance = <Runtime as pallet_witnesses::Config>::RosterDeposit::get();
		let _ = Balances::mint_into(&who, deposit.saturating_mul(10));
		who
	}

	pub struct RegisterWitness;

	impl pallet_performance::BenchmarkHelper<AccountId> for RegisterWitness {
		fn register_witness(who: &AccountId) {
			let bond: Balance = <Runtime as pallet_witnesses::Config>::MinimumBond::get();
			// Benchmark setup: failures surface as the benchmark's own assertion failures.
			let _ = Balances::mint_into(who, bond.saturating_mul(10));
			let _ = Witnesses::register(
				RuntimeOrigin::signed(who.clone()),
				pallet_witnesses::Role::Judge,
				bond,
				Default::default(),
			);
		}

		fn witnesses_registered(domain: pallet_witnesses::DomainId) {
			let _ = Witnesses::rotate_roster(RuntimeOrigin::signed(setup_account()), domain);
		}

		fn draw_panel(request: pallet_witnesses::RequestId) {
			let Some(ticket) =
				pallet_witnesses::Requests::<Runtime>::get(request).and_then(|r| r.draw)
			else {
				return;
			};
			System::set_block_number(ticket.seed_block);
			Witnesses::on_initialize(ticket.seed_block);
			let _ = Witnesses::advance(RuntimeOrigin::signed(setup_account()), request);
		}
	}
}
