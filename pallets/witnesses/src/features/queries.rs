//! Read-only queries, served by the runtime API.

use crate::*;
use alloc::vec::Vec;

impl<T: Config> Pallet<T> {
	/// The record of witness `who`.
	pub fn witness_record(
		who: &T::AccountId,
	) -> Option<WitnessInfoView<BalanceOf<T>, BlockNumberOf<T>>> {
		let info = Witnesses::<T>::get(who)?;
		Some(WitnessInfoView {
			role: info.role,
			role_multiplier: RoleMultipliers::<T>::get(info.role),
			bond: info.bond,
			domains: info.domains.to_vec(),
			credibility: info.credibility,
			weight: Self::witness_weight(&info),
			status: info.status,
			stats: info.stats,
			pending: info.pending,
			registered_at: info.registered_at,
		})
	}

	/// The open request `id` with its panel and phase.
	pub fn request_view(
		id: RequestId,
	) -> Option<RequestView<T::AccountId, BalanceOf<T>, BlockNumberOf<T>>> {
		let request = Requests::<T>::get(id)?;
		let now = frame_system::Pallet::<T>::block_number();
		let claim = Claims::<T>::get(id);
		let rounds = Rounds::<T>::get(id);
		let appeal_until = rounds.and_then(|r| r.appeal_until);
		let phase = if claim.as_ref().is_some_and(|claim| claim.disputer.is_none()) {
			RequestPhase::Liveness
		} else if request.draw.is_some() {
			RequestPhase::Drawing
		} else if let Some(until) = appeal_until {
			if now <= until {
				RequestPhase::AppealWindow
			} else {
				RequestPhase::AwaitingFinalization
			}
		} else if now <= request.commit_deadline {
			RequestPhase::Commit
		} else if now <= request.reveal_deadline {
			RequestPhase::Reveal
		} else {
			RequestPhase::AwaitingFinalization
		};
		let panel_members = Panels::<T>::iter_prefix(id).collect();
		Some(RequestView { id, request, panel_members, phase, claim, rounds })
	}

	/// Active witnesses eligible in `domain` (those declaring it, then those serving every
	/// domain).
	pub fn eligible_witnesses(domain: DomainId) -> Vec<T::AccountId> {
		Self::eligible_with_weights(&domain).0.into_iter().map(|(who, _)| who).collect()
	}
}
