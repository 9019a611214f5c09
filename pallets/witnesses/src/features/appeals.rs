//! Rounds and appeals of client requests.
//!
//! A client request's panel round is *tallied* at the end of its reveal phase, not finalized:
//! its decision waits out the request's appeal window. Within it anyone but the round's own
//! members may appeal, paying a fee per seat of a larger drawn panel (`2n + 1` seats for a
//! round of `n`), which decides again; the members of the appealed round are kept, unsettled,
//! in [`PastRounds`]. When a window passes without appeal the request is final: the decision is
//! that of the last conclusive round, and every round's members are settled against it (see
//! `finalization.rs`).

use crate::{features::consensus, *};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::fungible::MutateHold};
use sp_runtime::{
	traits::{CheckedAdd, One, Zero},
	BoundedVec, Saturating,
};

impl Tally {
	/// The tally of round `round` decided by `consensus`.
	pub fn of(round: Round, consensus: &consensus::Consensus) -> Self {
		Tally {
			round,
			verdict: consensus.verdict,
			score: consensus.score,
			inliers: consensus.inliers,
			approval: consensus.approval,
			revealed_weight: consensus.revealed_weight,
			revealed: consensus.revealed,
		}
	}

	/// The consensus this tally records, against which votes are judged coherent.
	pub fn consensus(&self) -> consensus::Consensus {
		consensus::Consensus {
			verdict: self.verdict,
			approval: self.approval,
			revealed_weight: self.revealed_weight,
			revealed: self.revealed,
			score: self.score,
			inliers: self.inliers,
		}
	}

	/// Whether this decision differs from `other`'s (verdict or score).
	pub fn differs_from(&self, other: &Tally) -> bool {
		self.verdict != other.verdict || self.score != other.score
	}
}

impl<T: Config> Pallet<T> {
	/// The block of request `id`'s [`Schedule`] entry: the end of its appeal window once its
	/// current round is tallied, else [`Request::due_block`].
	pub(crate) fn due_block(id: RequestId, request: &RequestOf<T>) -> BlockNumberOf<T> {
		if request.draw.is_none() {
			if let Some(until) = Rounds::<T>::get(id).and_then(|rounds| rounds.appeal_until) {
				return until.saturating_add(One::one());
			}
		}
		request.due_block()
	}

	/// Whether request `id`'s current round waits for its tally (it has rounds and its current
	/// round is not tallied).
	pub(crate) fn awaits_tally(id: RequestId) -> bool {
		Rounds::<T>::get(id).is_some_and(|rounds| rounds.appeal_until.is_none())
	}

	/// The consensus of the current round of `request` (of id `id`), over its revealed
	/// attestations: by seat on a drawn panel, by weight on others.
	pub(crate) fn round_consensus(id: RequestId, request: &RequestOf<T>) -> consensus::Consensus {
		let by_seat = request.panel == PanelKind::Drawn;
		let revealed: Vec<consensus::Ballot> = Attestations::<T>::iter_prefix_values(id)
			.filter_map(|a| {
				a.reveal.map(|reveal| consensus::Ballot {
					seats: a.seats,
					votes: if by_seat { u128::from(a.seats) } else { a.weight },
					weight: a.weight,
					reveal,
				})
			})
			.collect();
		consensus::compute(
			&revealed,
			request.min_witnesses,
			request.min_weight,
			request.approval_threshold,
			request.score_range,
			T::ScoreClipRange::get(),
		)
	}

	/// Tally the current round of request `id` (past its reveal deadline, waiting for its
	/// tally): record the round's decision, make it the standing one if it is conclusive, open
	/// the appeal window and schedule the request after it. Returns the number of
	/// attestations tallied.
	pub(crate) fn tally(id: RequestId, request: &RequestOf<T>) -> u32 {
		let Some(mut rounds) = Rounds::<T>::get(id) else { return 0 };
		Schedule::<T>::remove(Self::due_block(id, request), id);
		let consensus = Self::round_consensus(id, request);
		let tally = Tally::of(rounds.round, &consensus);
		let now = frame_system::Pallet::<T>::block_number();
		let until = now.saturating_add(rounds.appeal_period);
		rounds.current = Some(tally);
		if tally.verdict != Verdict::Inconclusive {
			rounds.standing = Some(tally);
		}
		rounds.appeal_until = Some(until);
		Rounds::<T>::insert(id, rounds);
		Schedule::<T>::insert(until.saturating_add(One::one()), id, ());
		Self::deposit_event(Event::RoundDecided {
			id,
			round: tally.round,
			verdict: tally.verdict,
			score: tally.score,
			appeal_until: until,
		});
		request.commits
	}

	/// Appeal the decided round of request `id`. See [`Pallet::appeal`].
	pub(crate) fn do_appeal(id: RequestId, appellant: T::AccountId) -> DispatchResult {
		let mut request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		let mut rounds = Rounds::<T>::get(id).ok_or(Error::<T>::NotAppealable)?;
		ensure!(Self::undisputed_claim(id).is_none(), Error::<T>::NotAppealable);
		let now = frame_system::Pallet::<T>::block_number();
		let (until, tally) = match (rounds.appeal_until, rounds.current) {
			(Some(until), Some(tally)) if now <= until => (until, tally),
			_ => return Err(Error::<T>::NotInAppealWindow.into()),
		};
		ensure!(!Panels::<T>::contains_key(id, &appellant), Error::<T>::AppellantOnPanel);
		let next = rounds.round.checked_add(1).ok_or(Error::<T>::AppealLimit)?;
		let seats = primitives::seats_in_round(request.panel_size, 1);
		ensure!(
			next <= T::MaxAppealRounds::get() && seats <= T::MaxPanelSize::get(),
			Error::<T>::AppealLimit
		);
		let era = CurrentRosters::<T>::get(request.domain).ok_or(Error::<T>::NoRoster)?.era;
		let seed_block = now.checked_add(&T::DrawDelay::get()).ok_or(Error::<T>::Overflow)?;
		let commit_deadline =
			seed_block.checked_add(&request.commit_period).ok_or(Error::<T>::Overflow)?;
		let reveal_deadline =
			commit_deadline.checked_add(&request.reveal_period).ok_or(Error::<T>::Overflow)?;
		reveal_deadline
			.checked_add(&rounds.appeal_period)
			.and_then(|end| end.checked_add(&One::one()))
			.ok_or(Error::<T>::Overflow)?;
		let fee = T::AppealFeePerSeat::get().saturating_mul(seats.into());
		let deposit = T::AppealDeposit::get();
		if !fee.is_zero() {
			T::Currency::hold(&HoldReason::AppealFee.into(), &appellant, fee)?;
		}
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::AppealDeposit.into(), &appellant, deposit)?;
		}

		// The decided round's members wait, unsettled, for the final decision. Only panel
		// members attest on named and drawn panels, so the panel lists every attester. Named
		// members who never committed are left out, as at any finalization: naming must not
		// be a way to slash, appealed or not.
		let drawn = request.panel == PanelKind::Drawn;
		let attestations: Vec<(T::AccountId, Attestation)> =
			Attestations::<T>::drain_prefix(id).collect();
		let members: Vec<(T::AccountId, PastMember)> = Panels::<T>::drain_prefix(id)
			.filter_map(|(who, seats)| {
				let attestation = attestations.iter().find(|(w, _)| w == &who).map(|(_, a)| a);
				let member = PastMember {
					seats,
					weight: attestation.map_or(0, |a| a.weight),
					committed: attestation.is_some(),
					reveal: attestation.and_then(|a| a.reveal),
				};
				(drawn || member.committed).then_some((who, member))
			})
			.collect();
		PastRounds::<T>::insert(
			id,
			rounds.round,
			PastRound { panel: request.panel, tally, members: BoundedVec::truncate_from(members) },
		);
		Appeals::<T>::insert(id, next, Appeal { appellant: appellant.clone(), fee, deposit });

		Schedule::<T>::remove(until.saturating_add(One::one()), id);
		DrawsAt::<T>::mutate(seed_block, |n| *n = n.saturating_add(1));
		RosterDraws::<T>::mutate(request.domain, era, |n| *n = n.saturating_add(1));
		request.panel = PanelKind::Drawn;
		request.panel_size = seats;
		// A majority of the new seats must reveal (or the grown quorum, if smaller): one silent
		// seat must not be enough to keep a bought decision standing.
		let majority = (seats / 2).saturating_add(1);
		request.min_witnesses = primitives::seats_in_round(request.min_witnesses, 1).min(majority);
		request.commits = 0;
		request.reveals = 0;
		request.commit_deadline = commit_deadline;
		request.reveal_deadline = reveal_deadline;
		request.draw = Some(DrawTicket { seed_block, roster_era: era });
		rounds.round = next;
		rounds.appeal_until = None;
		rounds.current = None;
		Schedule::<T>::insert(seed_block, id, ());
		Requests::<T>::insert(id, request);
		Rounds::<T>::insert(id, rounds);
		Self::deposit_event(Event::Appealed {
			id,
			round: next,
			appellant,
			seats,
			fee,
			deposit,
			draw_at: seed_block,
		});
		Ok(())
	}
}
