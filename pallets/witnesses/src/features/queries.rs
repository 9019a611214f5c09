//! Read-only queries (served by the runtime API) and the `VerificationProvider`
//! implementation.

use crate::*;
use alloc::vec::Vec;
use frame_support::{storage::with_storage_layer, weights::Weight};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

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
		let phase = if now <= request.commit_deadline {
			RequestPhase::Commit
		} else if now <= request.reveal_deadline {
			RequestPhase::Reveal
		} else {
			RequestPhase::AwaitingFinalization
		};
		let panel_members = Panels::<T>::iter_key_prefix(id).collect();
		Some(RequestView { id, request, panel_members, phase })
	}

	/// Active witnesses eligible in `domain` (those declaring it, then those serving every
	/// domain).
	pub fn eligible_witnesses(domain: DomainId) -> Vec<T::AccountId> {
		Self::weighted_candidates(&domain, None).into_iter().map(|(who, _)| who).collect()
	}
}

impl<T: Config> VerificationProvider<T::AccountId, BalanceOf<T>, BlockNumberOf<T>> for Pallet<T> {
	fn open_request(
		domain: DomainId,
		subject: H256,
		requester: &T::AccountId,
		params: RequestParamsOf<T>,
	) -> Result<RequestId, DispatchError> {
		with_storage_layer(|| Self::do_open_request(domain, subject, requester.clone(), params))
	}

	fn cancel_request(id: RequestId, requester: &T::AccountId) -> DispatchResult {
		with_storage_layer(|| Self::do_cancel_request(id, requester))
	}

	fn request_state(
		id: RequestId,
	) -> Option<RequestView<T::AccountId, BalanceOf<T>, BlockNumberOf<T>>> {
		Self::request_view(id)
	}

	fn open_request_weight(panel: &Panel<T::AccountId>) -> Weight {
		Self::open_weight(panel)
	}

	fn cancel_request_weight() -> Weight {
		T::WeightInfo::cancel_request(T::MaxPanelSize::get())
	}
}
