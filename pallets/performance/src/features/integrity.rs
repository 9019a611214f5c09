//! Consistency checks of the runtime configuration, run by `integrity_test`.

use crate::{features::performances::SubmissionMode, *};
use frame_support::traits::{fungible::Inspect, Get};
use sp_runtime::{
	traits::{Bounded, Zero},
	Saturating,
};
use verification_primitives::VerificationProvider;

impl<T: Config> Pallet<T> {
	/// Panic if the configuration is inconsistent.
	pub(crate) fn do_integrity_test() {
		let ed = T::Currency::minimum_balance();
		let zero_or_ed = |x: BalanceOf<T>| x.is_zero() || x >= ed;
		assert!(T::MinWitnesses::get() >= 1, "MinWitnesses must be positive");
		assert!(
			T::PanelSeats::get() >= T::MinWitnesses::get()
				&& T::MaxWitnesses::get() >= T::PanelSeats::get(),
			"PanelSeats must be in MinWitnesses..=MaxWitnesses"
		);
		assert!(
			T::MaxDelegates::get() < verification_primitives::MAX_EXCLUDED,
			"the athlete and its delegates must fit the excluded accounts of a request"
		);
		// The engine accepts the pallet's request terms (the weight quorum, the periods).
		let limits = T::Verifier::limits();
		let reward = T::MinWitnessReward::get();
		let params = Self::request_params(SubmissionMode::Panel, 0, reward, alloc::vec::Vec::new());
		assert_eq!(
			limits.check(&Self::pot_account(), &params),
			Ok(()),
			"the verifier refuses the pallet's request terms"
		);
		// And its claim terms (the liveness window, the dispute seats) at its minimum bond, if
		// it offers claims at all: an engine without them reports an unreachable minimum bond.
		if limits.min_claim_bond < BalanceOf::<T>::max_value() {
			let mode = SubmissionMode::Claim { bond: limits.min_claim_bond };
			let params =
				Self::request_params(mode, T::MaxScore::get(), reward, alloc::vec::Vec::new());
			assert_eq!(
				limits.check(&Self::pot_account(), &params),
				Ok(()),
				"the verifier refuses the pallet's claim terms (ClaimLiveness, PanelSeats)"
			);
		}
		assert!(
			T::RegionalThreshold::get() <= T::NationalThreshold::get()
				&& T::NationalThreshold::get() <= T::InternationalThreshold::get()
				&& T::InternationalThreshold::get() <= T::MaxScore::get(),
			"level thresholds must be non-decreasing and at most MaxScore"
		);
		// Pools open once the panel is drawn (`draw_delay` after submission at the earliest)
		// and must lock before any reveal (the commit phase ends `CommitPeriod` after the
		// draw at the earliest).
		let lock = T::PredictionLockPeriod::get();
		assert!(
			lock > limits.draw_delay
				&& lock <= limits.draw_delay.saturating_add(T::CommitPeriod::get()),
			"PredictionLockPeriod must exceed the verifier's draw delay by at most CommitPeriod"
		);
		assert!(T::LeaderboardSize::get() > 0, "LeaderboardSize must be positive");
		assert!(T::MaxPrizeRanks::get() > 0, "MaxPrizeRanks must be positive");
		assert!(T::MaxHistory::get() > 0, "MaxHistory must be positive");
		assert!(T::MaxChallengeWinners::get() > 0, "MaxChallengeWinners must be positive");
		assert!(T::MaxSportLen::get() > 0, "MaxSportLen must be positive");
		assert!(
			T::MinStake::get() >= ed
				&& T::MinFunding::get() >= ed
				&& T::MinChallengePrize::get() >= ed,
			"MinStake, MinFunding and MinChallengePrize must be at least the existential deposit"
		);
		assert!(
			zero_or_ed(T::AthleteDeposit::get())
				&& zero_or_ed(T::CompetitionDeposit::get())
				&& zero_or_ed(T::PerformanceDeposit::get())
				&& zero_or_ed(T::SportDeposit::get())
				&& zero_or_ed(T::FunderDeposit::get())
				&& zero_or_ed(T::PredictionDeposit::get()),
			"deposits must be zero or at least the existential deposit"
		);
		let deposit = T::PerformanceDeposit::get();
		let rest = deposit.saturating_sub(T::RejectionSlash::get().mul_floor(deposit));
		assert!(
			zero_or_ed(rest),
			"the unslashed part of PerformanceDeposit must be zero or at least the existential deposit"
		);
	}
}
