//! Reputation: a moving average of evaluation scores and job outcomes.

use crate::*;
use frame_support::traits::Get;
use sp_runtime::{PerThing, Perbill, Saturating};

impl<T: Config> Pallet<T> {
	/// The reputation of a new agent.
	pub(crate) fn fresh_reputation() -> ReputationOf<T> {
		ReputationOf::<T> {
			score: T::InitialReputation::get(),
			evaluations: 0,
			jobs_served: 0,
			jobs_failed: 0,
			training_proofs: 0,
			slashed: Default::default(),
			slashes: 0,
			history: Default::default(),
		}
	}

	/// `current` moved `ReputationSmoothing` of the way towards `sample`.
	pub fn smoothed(current: Perbill, sample: Perbill) -> Perbill {
		let alpha = T::ReputationSmoothing::get();
		(alpha.left_from_one() * current).saturating_add(alpha * sample)
	}

	/// Fold `sample` into the reputation of agent `id`, counting it as an evaluation when
	/// `evaluation`, and emit `ReputationUpdated`.
	pub(crate) fn record_sample(id: AgentId, sample: Perbill, evaluation: bool) {
		let updated = Reputations::<T>::mutate(id, |maybe| {
			let reputation = maybe.as_mut()?;
			reputation.score = Self::smoothed(reputation.score, sample);
			if evaluation {
				reputation.evaluations = reputation.evaluations.saturating_add(1);
			}
			Some(reputation.score)
		});
		if let Some(reputation) = updated {
			Self::deposit_event(Event::ReputationUpdated { agent: id, reputation });
		}
	}
}
