//! Opening and cancelling verification requests, and drawing random panels.

use crate::*;
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Randomness},
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, One, Zero},
	DispatchError,
};

impl<T: Config> Pallet<T> {
	/// Open a request nobody but the requester is barred from. See
	/// [`Self::do_open_request_excluding`].
	pub(crate) fn do_open_request(
		domain: DomainId,
		subject: H256,
		requester: T::AccountId,
		params: RequestParamsOf<T>,
	) -> Result<RequestId, DispatchError> {
		Self::do_open_request_excluding(domain, subject, requester, params, &[])
	}

	/// Open a request whose drawn panel leaves out the requester and `excluded`. Validates
	/// everything before the first write; the currency holds come last but one, so callers
	/// outside a dispatch should still wrap it in a storage layer (the provider does).
	pub(crate) fn do_open_request_excluding(
		domain: DomainId,
		subject: H256,
		requester: T::AccountId,
		params: RequestParamsOf<T>,
		excluded: &[T::AccountId],
	) -> Result<RequestId, DispatchError> {
		ensure!(
			params.min_witnesses >= 1 && params.min_witnesses <= T::MaxWitnessesPerRequest::get(),
			Error::<T>::InvalidQuorum
		);
		ensure!(!params.approval_threshold.is_zero(), Error::<T>::InvalidThreshold);
		ensure!(
			params.commit_period >= T::MinCommitPeriod::get()
				&& params.reveal_period >= T::MinRevealPeriod::get()
				&& !params.commit_period.is_zero()
				&& !params.reveal_period.is_zero(),
			Error::<T>::PeriodTooShort
		);
		let duration =
			params.commit_period.checked_add(&params.reveal_period).ok_or(Error::<T>::Overflow)?;
		ensure!(duration <= T::MaxRequestDuration::get(), Error::<T>::PeriodTooLong);
		if let Some(range) = params.score_range {
			ensure!(range.min <= range.max, Error::<T>::InvalidScoreRange);
		}

		let now = frame_system::Pallet::<T>::block_number();
		let commit_deadline = now.checked_add(&params.commit_period).ok_or(Error::<T>::Overflow)?;
		let reveal_deadline =
			commit_deadline.checked_add(&params.reveal_period).ok_or(Error::<T>::Overflow)?;
		let due = Self::due_block(reveal_deadline).ok_or(Error::<T>::Overflow)?;
		let id = NextRequestId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let (kind, members) = match params.panel {
			Panel::Open => (PanelKind::Open, PanelMembers::<T::AccountId>::default()),
			Panel::Named(members) => {
				let len = members.len().saturated_into::<u32>();
				ensure!(len >= 1 && len <= T::MaxPanelSize::get(), Error::<T>::InvalidPanelSize);
				ensure!(params.min_witnesses <= len, Error::<T>::InvalidQuorum);
				for (i, member) in members.iter().enumerate() {
					ensure!(
						!members.iter().skip(i.saturating_add(1)).any(|m| m == member),
						Error::<T>::DuplicatePanelMember
					);
					ensure!(member != &requester, Error::<T>::RequesterOnPanel);
					ensure!(
						Witnesses::<T>::contains_key(member),
						Error::<T>::PanelMemberNotWitness
					);
				}
				(PanelKind::Named, members)
			},
			Panel::RandomDraw(n) => {
				ensure!(n >= 1 && n <= T::MaxPanelSize::get(), Error::<T>::InvalidPanelSize);
				ensure!(params.min_witnesses <= n, Error::<T>::InvalidQuorum);
				let candidates = Self::weighted_candidates(&domain, Some(&requester), excluded);
				ensure!(
					candidates.len().saturated_into::<u32>() >= params.min_witnesses,
					Error::<T>::NotEnoughWitnesses
				);
				let seed =
					T::Randomness::random(&(b"witnesses/panel", id, domain, subject).encode()).0;
				let drawn = Self::draw_panel(seed, candidates, n);
				let members = PanelMembers::<T::AccountId>::try_from(drawn)
					.map_err(|_| Error::<T>::InvalidPanelSize)?;
				(PanelKind::Drawn, members)
			},
		};

		let deposit = T::RequestDeposit::get();
		if !params.reward.is_zero() {
			T::Currency::hold(&HoldReason::RequestReward.into(), &requester, params.reward)?;
		}
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::RequestDeposit.into(), &requester, deposit)?;
		}
		Schedule::<T>::insert(due, id, ());
		for member in members.iter() {
			Panels::<T>::insert(id, member, ());
		}
		NextRequestId::<T>::put(next_id);
		if FinalizationCursor::<T>::get().is_none() {
			FinalizationCursor::<T>::put(now);
		}
		Requests::<T>::insert(
			id,
			Request {
				domain,
				subject,
				requester: requester.clone(),
				reward: params.reward,
				deposit,
				min_witnesses: params.min_witnesses,
				min_weight: params.min_weight,
				approval_threshold: params.approval_threshold,
				score_range: params.score_range,
				panel: kind,
				panel_size: members.len().saturated_into::<u32>(),
				opened_at: now,
				commit_deadline,
				reveal_deadline,
				commits: 0,
				reveals: 0,
			},
		);
		Self::deposit_event(Event::RequestOpened {
			id,
			domain,
			subject,
			requester,
			reward: params.reward,
			commit_deadline,
			reveal_deadline,
		});
		if kind != PanelKind::Open {
			Self::deposit_event(Event::PanelSelected { id, members });
		}
		Ok(id)
	}

	/// Cancel claim request `id` by `requester`. See [`Pallet::cancel_request`]: only requests
	/// of the claims domain; client pallets cancel theirs through the provider trait.
	pub(crate) fn do_cancel_claim_request(
		id: RequestId,
		requester: &T::AccountId,
	) -> DispatchResult {
		let request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(request.domain == T::ClaimsDomain::get(), Error::<T>::NotAClaimRequest);
		Self::cancel(id, request, requester)
	}

	/// Cancel request `id` by `requester`. See [`VerificationProvider::cancel_request`].
	pub(crate) fn do_cancel_request(id: RequestId, requester: &T::AccountId) -> DispatchResult {
		let request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		Self::cancel(id, request, requester)
	}

	/// Cancel `request` (of id `id`) by `requester` in any domain: checks requester and
	/// commitments, releases reward and deposit and removes the request.
	fn cancel(id: RequestId, request: RequestOf<T>, requester: &T::AccountId) -> DispatchResult {
		ensure!(&request.requester == requester, Error::<T>::NotRequester);
		ensure!(request.commits == 0, Error::<T>::HasCommitments);
		Self::release_request_funds(&request, request.reward)?;
		Self::unschedule(id, request.reveal_deadline);
		let _ = Panels::<T>::clear_prefix(id, T::MaxPanelSize::get(), None);
		Requests::<T>::remove(id);
		Self::deposit_event(Event::RequestCancelled { id, requester: requester.clone() });
		Ok(())
	}

	/// Release `reward` (the unpaid part of the request's reward) and the deposit to the
	/// requester.
	pub(crate) fn release_request_funds(
		request: &RequestOf<T>,
		reward: BalanceOf<T>,
	) -> DispatchResult {
		if !reward.is_zero() {
			T::Currency::release(
				&HoldReason::RequestReward.into(),
				&request.requester,
				reward,
				Precision::BestEffort,
			)?;
		}
		if !request.deposit.is_zero() {
			T::Currency::release(
				&HoldReason::RequestDeposit.into(),
				&request.requester,
				request.deposit,
				Precision::BestEffort,
			)?;
		}
		Ok(())
	}

	/// The first block in which a request with `reveal_deadline` may be finalized: its
	/// [`Schedule`] key.
	pub(crate) fn due_block(reveal_deadline: BlockNumberOf<T>) -> Option<BlockNumberOf<T>> {
		reveal_deadline.checked_add(&One::one())
	}

	/// Remove the [`Schedule`] entry of request `id` with `reveal_deadline`.
	pub(crate) fn unschedule(id: RequestId, reveal_deadline: BlockNumberOf<T>) {
		if let Some(due) = Self::due_block(reveal_deadline) {
			Schedule::<T>::remove(due, id);
		}
	}

	/// Eligible witnesses of `domain` (domain list then general list), without `requester`
	/// and `excluded`, with their current weight.
	pub(crate) fn weighted_candidates(
		domain: &DomainId,
		requester: Option<&T::AccountId>,
		excluded: &[T::AccountId],
	) -> Vec<(T::AccountId, u128)> {
		DomainWitnesses::<T>::get(domain)
			.into_iter()
			.chain(GeneralWitnesses::<T>::get())
			.map(|(who, _)| who)
			.filter(|who| Some(who) != requester && !excluded.contains(who))
			.filter_map(|who| {
				let info = Witnesses::<T>::get(&who)?;
				Self::is_eligible(&info, domain).then(|| {
					let weight = Self::witness_weight(&info);
					(who, weight)
				})
			})
			.collect()
	}

	/// Draw up to `n` of `candidates` without replacement, each draw picking a candidate with
	/// probability proportional to its weight, from randomness derived from `seed`.
	pub(crate) fn draw_panel(
		seed: H256,
		mut candidates: Vec<(T::AccountId, u128)>,
		n: u32,
	) -> Vec<T::AccountId> {
		let mut drawn = Vec::new();
		for round in 0..n {
			if candidates.is_empty() {
				break;
			}
			let total = candidates.iter().fold(0u128, |acc, (_, w)| acc.saturating_add(*w));
			let hash = sp_io::hashing::blake2_256(&(seed, round).encode());
			let random = u128::decode(&mut &hash[..]).unwrap_or_default();
			let len = candidates.len().saturated_into::<u128>();
			let index = if total == 0 {
				random.checked_rem(len).unwrap_or(0)
			} else {
				let target = random.checked_rem(total).unwrap_or(0);
				let mut cumulative = 0u128;
				let mut chosen = 0usize;
				for (i, (_, weight)) in candidates.iter().enumerate() {
					cumulative = cumulative.saturating_add(*weight);
					if target < cumulative {
						chosen = i;
						break;
					}
				}
				chosen.saturated_into::<u128>()
			};
			let index = usize::try_from(index).unwrap_or(0);
			if index < candidates.len() {
				drawn.push(candidates.swap_remove(index).0);
			}
		}
		drawn
	}
}
