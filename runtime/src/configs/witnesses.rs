//! Verification family: the witness network every other Arete pallet verifies through.
//!
//! - A witness bonds at least 100 ARETE (held under `Witnesses::WitnessBond`) and waits seven
//!   days after `unbond` before withdrawing, so it can still be slashed for recent attestations.
//! - Commit and reveal phases last at least five blocks each (30 s): long enough for a witness
//!   to see the phase open and get a transaction in, short enough for a dev chain demo. A
//!   request lives at most 30 days.
//! - Dissent from a conclusive consensus costs 5 % of the bond, a missing reveal 10 %; slashed
//!   funds go to the treasury account, like staking slashes.
//! - Panels are drawn three blocks after opening (`DrawDelay`), from entropy that mixes every
//!   block's BABE VRF output (`ParentBlockRandomness`): when a request is signed, the outputs
//!   its seed depends on do not exist yet, so neither its subject nor its id helps to steer
//!   it; knowing the seed at opening takes authoring all three blocks in between. Candidates
//!   come from a roster frozen before the seed: anyone rebuilds a domain's roster once a
//!   minute (`RosterPeriod`, ten blocks, one epoch), so a new witness waits at most that long
//!   to be drawable. The first roster of a domain holds 10 ARETE from whoever builds it, until
//!   the domain's rosters are retired after 30 days without a rotation. Cancelling a request
//!   once its panel is known forfeits its reward (to the panel) and deposit (to the treasury).
//! - An optimistic claim holds 10 to 100 ARETE of bond (a disputer matches it, so no claim may
//!   be priced beyond what a witness can afford to dispute) and stays disputable for at least
//!   a minute; a dispute holds the same bond and goes to a drawn panel; the losing side's bond
//!   pays the panel a fifth and the winner the rest. Drawn members who never commit are
//!   slashed like those who never reveal.
//! - Client quorums need `MinQuorumWeight` of revealed weight, the weight of two minimum
//!   bonds at the initial credibility: a quorum of one minimum-bond account is impossible.
//! - Outcomes go to the client pallets (Performance, Agents, Credits, Streaming: the `OutcomeHandler`
//!   tuple) through `verification-primitives`; the tuple's `max_outcome_weight` (the largest
//!   of the clients' benchmarked bounds) is charged per finalized request.

use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU128, ConstU32, ConstU8, EitherOf},
};
use frame_system::EnsureRoot;

use crate::governance::origins;
use sp_runtime::{FixedU128, Perbill};

use crate::{
	configs::governance::TreasuryAccount, currency::ARETE, time::{DAYS, MINUTES}, AccountId, Agents,
	Balances, Credits, Performance, Runtime, RuntimeHoldReason, Streaming,
};

parameter_types! {
	/// Requests opened by any account on a claim hash (`open_claim_request`).
	pub const WitnessClaimsDomain: pallet_witnesses::DomainId = *b"claims\0\0";
	/// A role may weigh at most ten times the default.
	pub WitnessMaxRoleMultiplier: FixedU128 = FixedU128::from_u32(10);
	pub const WitnessDissentSlash: Perbill = Perbill::from_percent(5);
	pub const WitnessNoRevealSlash: Perbill = Perbill::from_percent(10);
	/// Credibility moves a tenth of the way towards each new agreement (1) or dissent (0).
	pub const WitnessCredibilitySmoothing: Perbill = Perbill::from_percent(10);
	pub const WitnessInitialCredibility: Perbill = Perbill::from_percent(50);
	/// A witness never drops to zero weight: it can always earn its way back.
	pub const WitnessMinCredibility: Perbill = Perbill::from_percent(1);
	/// Scores more than a tenth of the score range away from the median are outliers.
	pub const WitnessScoreClipRange: Perbill = Perbill::from_percent(10);
	/// A fifth of a losing claim or dispute bond pays the panel that decided it; the winner
	/// gets the rest.
	pub const WitnessDisputePanelShare: Perbill = Perbill::from_percent(20);
}

impl pallet_witnesses::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Root or the witness-roles track.
	type RoleOrigin = EitherOf<EnsureRoot<AccountId>, origins::WitnessRoles>;
	type DrawRandomness = pallet_babe::ParentBlockRandomness<Runtime>;
	type OutcomeHandler = (Performance, Agents, Credits, Streaming);
	type SlashDestination = ResolveTo<TreasuryAccount, Balances>;
	type WeightInfo = pallet_witnesses::weights::SubstrateWeight<Runtime>;
	type MinimumBond = ConstU128<{ 100 * ARETE }>;
	type UnbondingPeriod = ConstU32<{ 7 * DAYS }>;
	type MaxDomainsPerWitness = ConstU32<8>;
	type MaxWitnessesPerDomain = ConstU32<256>;
	type MaxWitnessesPerRequest = ConstU32<32>;
	type MaxPanelSize = ConstU32<16>;
	type MinCommitPeriod = ConstU32<5>;
	type MinRevealPeriod = ConstU32<5>;
	type MaxRequestDuration = ConstU32<{ 30 * DAYS }>;
	type RequestDeposit = ConstU128<{ ARETE }>;
	type DissentSlash = WitnessDissentSlash;
	type NoRevealSlash = WitnessNoRevealSlash;
	type CredibilitySmoothing = WitnessCredibilitySmoothing;
	type InitialCredibility = WitnessInitialCredibility;
	type MinCredibility = WitnessMinCredibility;
	type ScoreClipRange = WitnessScoreClipRange;
	type MaxRoleMultiplier = WitnessMaxRoleMultiplier;
	type ClaimsDomain = WitnessClaimsDomain;
	// The weight of two minimum bonds at the initial credibility: a client quorum always needs
	// more than one minimum-bond account's worth of revealed weight.
	type MinQuorumWeight = ConstU128<{ 100 * ARETE }>;
	type DrawDelay = ConstU32<3>;
	type RosterPeriod = ConstU32<10>;
	type RosterRetirement = ConstU32<{ 30 * DAYS }>;
	type RosterDeposit = ConstU128<{ 10 * ARETE }>;
	// A false claim must cost more than the fees of disputing it.
	type MinClaimBond = ConstU128<{ 10 * ARETE }>;
	// A disputer must match the bond: at most a witness's minimum bond, so that any witness
	// can afford to dispute.
	type MaxClaimBond = ConstU128<{ 100 * ARETE }>;
	// A minute at least for anyone watching to dispute.
	type MinLiveness = ConstU32<{ MINUTES }>;
	type DisputePanelShare = WitnessDisputePanelShare;
	// First panels of 3 seats appeal to 7, then to 15 (`MaxPanelSize` 16).
	type MaxAppealRounds = ConstU8<2>;
	// An appeal of a 3-seat decision costs 7 ARETE, of a 7-seat one 15 ARETE: paid to the
	// appeal panel's members coherent with the final decision, reimbursed from the slashes
	// of those it overturned.
	type AppealFeePerSeat = ConstU128<{ ARETE }>;
	type AppealDeposit = ConstU128<{ ARETE }>;
	// A witness with 64 unsettled duties is left out of new rosters until it works some off.
	type MaxPendingDuties = ConstU32<64>;
}

/// Client pallets' benchmarks open requests in their domain, for which the witnesses pallet
/// needs a roster of the domain with enough witnesses to draw a panel from.
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helper {
	use core::marker::PhantomData;
	use frame_support::traits::{fungible::Mutate, Get};

	use crate::{AccountId, Balance, Balances, Runtime, RuntimeOrigin, Witnesses};

	/// Witnesses registered for the benchmarks: more than a panel and its appeals need.
	const VALIDATORS: u32 = 16;

	/// Registers witnesses and builds the roster of the domain `D`.
	pub struct DomainWitnesses<D>(PhantomData<D>);

	impl<D: Get<pallet_witnesses::DomainId>> DomainWitnesses<D> {
		/// Registers the witnesses (once) and builds `D`'s roster (once).
		pub fn prepare() {
			let domain = D::get();
			if pallet_witnesses::CurrentRosters::<Runtime>::get(domain).is_some() {
				return;
			}
			let bond: Balance = <Runtime as pallet_witnesses::Config>::MinimumBond::get();
			for i in 0..VALIDATORS {
				let who: AccountId = frame_benchmarking::account("validator", i, 0);
				if pallet_witnesses::Witnesses::<Runtime>::contains_key(&who) {
					continue;
				}
				let _ = Balances::mint_into(&who, bond.saturating_mul(10));
				let _ = Witnesses::register(
					RuntimeOrigin::signed(who),
					pallet_witnesses::Role::Judge,
					bond,
					Default::default(),
				);
			}
			let builder: AccountId = frame_benchmarking::account("roster-builder", 0, 0);
			let deposit: Balance = <Runtime as pallet_witnesses::Config>::RosterDeposit::get();
			let _ = Balances::mint_into(&builder, deposit.saturating_mul(10));
			let _ = Witnesses::rotate_roster(RuntimeOrigin::signed(builder), domain);
		}
	}

	impl<D: Get<pallet_witnesses::DomainId>> pallet_agents::BenchmarkHelper for DomainWitnesses<D> {
		fn prepare_verifier() {
			Self::prepare()
		}
	}

	impl<D: Get<pallet_witnesses::DomainId>> pallet_credits::BenchmarkHelper for DomainWitnesses<D> {
		fn prepare_verifier() {
			Self::prepare()
		}
	}
}
