//! Drawing panels: the pure seat sampler, the entropy accumulator and the delayed draw.
//!
//! A drawn panel is drawn from a seed that did not exist when its request was opened (the
//! entropy accumulated up to `opened_at + DrawDelay`, mixing every block's VRF output) over a
//! roster frozen before that seed existed, so neither the requester nor a candidate can steer
//! it: the requester's subject and id are fixed before the seed, and nobody can change the
//! candidates' weights after seeing it.

use crate::*;
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	traits::{Get, Randomness},
	weights::Weight,
};
use sp_core::H256;
use sp_runtime::{traits::Zero, SaturatedConversion, Saturating};

/// Domain separation of the entropy accumulator.
pub const ENTROPY_CONTEXT: &[u8; 16] = b"arete:entropy:v1";
/// Domain separation of one seat's randomness.
pub const SEAT_CONTEXT: &[u8; 13] = b"arete:seat:v1";

/// The randomness of seat `seat` of round `round` of request `id`: the first 16 bytes (little
/// endian) of `blake2_256(SCALE((b"arete:seat:v1", seed, id, round, seat)))`.
pub fn seat_random(seed: &H256, id: RequestId, round: u32, seat: u32) -> u128 {
	let hash = sp_io::hashing::blake2_256(&(SEAT_CONTEXT, seed, id, round, seat).encode());
	let mut low = [0u8; 16];
	low.copy_from_slice(hash.get(..16).unwrap_or(&[0u8; 16]));
	u128::from_le_bytes(low)
}

/// Draw `seats` seats among `candidates` `(who, weight)`, with replacement: every seat is an
/// independent draw in which a candidate's chance is its weight over the total, so a party
/// holding a share `p` of the weight holds `Binomial(seats, p)` seats however it splits that
/// weight over accounts. Returns each drawn candidate with its number of seats, in candidate
/// order. No candidate (or no weight) draws nobody.
///
/// `O(candidates)` for the prefix sums and `O(seats × log candidates)` for the draws.
pub fn draw_seats<A: Clone + PartialEq>(
	seed: &H256,
	id: RequestId,
	round: u32,
	candidates: &[(A, u128)],
	seats: u32,
) -> Vec<(A, u32)> {
	let mut prefix: Vec<u128> = Vec::with_capacity(candidates.len());
	let mut total = 0u128;
	for (_, weight) in candidates {
		total = total.saturating_add(*weight);
		prefix.push(total);
	}
	let mut held: Vec<u32> = alloc::vec![0; candidates.len()];
	for seat in 0..seats {
		let Some(target) = seat_random(seed, id, round, seat).checked_rem(total) else {
			return Vec::new();
		};
		// The first candidate whose prefix sum exceeds the target.
		let index = prefix.partition_point(|sum| *sum <= target);
		if let Some(count) = held.get_mut(index) {
			*count = count.saturating_add(1);
		}
	}
	candidates
		.iter()
		.zip(held)
		.filter(|(_, count)| *count > 0)
		.map(|((who, _), count)| (who.clone(), count))
		.collect()
}

impl<T: Config> Pallet<T> {
	/// Mix the parent block's VRF output (or, without one, the parent hash) into [`Entropy`],
	/// and keep the result as the seed of block `now` if draws wait for it. Returns the weight
	/// used.
	pub(crate) fn do_on_initialize(now: BlockNumberOf<T>) -> Weight {
		let (vrf, _) = T::DrawRandomness::random(ENTROPY_CONTEXT);
		let mixed: H256 = vrf
			.unwrap_or_else(|| H256::from_slice(frame_system::Pallet::<T>::parent_hash().as_ref()));
		let entropy = H256(sp_io::hashing::blake2_256(
			&(ENTROPY_CONTEXT, Entropy::<T>::get(), now, mixed).encode(),
		));
		Entropy::<T>::put(entropy);
		if DrawsAt::<T>::get(now) > 0 {
			DrawSeeds::<T>::insert(now, entropy);
			T::WeightInfo::on_initialize_seed()
		} else {
			T::WeightInfo::on_initialize_entropy()
		}
	}

	/// Draw the panel of request `id` (waiting in [`RequestStatus::Drawing`]) from its seed
	/// and frozen roster: write the seats, open the commit window from now, schedule the
	/// request at its reveal deadline and release the seed and roster references. The caller
	/// checked that the seed block has come and removed the request's entry at it. Returns the number of roster entries and of
	/// distinct members drawn.
	pub(crate) fn draw(id: RequestId, mut request: RequestOf<T>) -> (u32, u32) {
		let Some(ticket) = request.draw else { return (0, 0) };
		let now = frame_system::Pallet::<T>::block_number();
		// The seed was stored by `on_initialize(seed_block)`; were it missing, the current
		// entropy (which includes it) is the best that exists and keeps the request moving.
		let seed = DrawSeeds::<T>::get(ticket.seed_block).unwrap_or_else(Entropy::<T>::get);
		let roster = Rosters::<T>::get(request.domain, ticket.roster_era).unwrap_or_default();
		let roster_len = roster.entries.len().saturated_into::<u32>();
		// A dispute's panel never seats the disputer either, nor an appeal panel any of the
		// request's appellants (at most `MaxAppealRounds`); each round draws with its own seat
		// randomness.
		let disputer = Claims::<T>::get(id).and_then(|claim| claim.disputer);
		let round = Rounds::<T>::get(id).map_or(0, |rounds| rounds.round);
		let appellants: Vec<T::AccountId> =
			Appeals::<T>::iter_prefix_values(id).map(|appeal| appeal.appellant).collect();
		let candidates: Vec<(T::AccountId, u128)> = roster
			.entries
			.into_iter()
			.filter(|(who, _)| {
				who != &request.requester
					&& !request.excluded.contains(who)
					&& disputer.as_ref() != Some(who)
					&& !appellants.contains(who)
			})
			.collect();
		let drawn = draw_seats(&seed, id, u32::from(round), &candidates, request.panel_size);
		let members = DrawnSeatsOf::<T>::truncate_from(drawn);
		for (who, seats) in members.iter() {
			Panels::<T>::insert(id, who, *seats);
			// A drawn member has a duty from now on, committed or not: it cannot withdraw its
			// bond before the request settles it.
			Self::add_duty(who);
		}

		Self::release_draw_ticket(&request.domain, &ticket);
		let commit_deadline = now.saturating_add(request.commit_period);
		let reveal_deadline = commit_deadline.saturating_add(request.reveal_period);
		request.draw = None;
		request.commit_deadline = commit_deadline;
		request.reveal_deadline = reveal_deadline;
		Schedule::<T>::insert(Self::due_block(id, &request), id, ());
		Requests::<T>::insert(id, request);
		let distinct = members.len().saturated_into::<u32>();
		Self::deposit_event(Event::PanelDrawn { id, members, commit_deadline, reveal_deadline });
		(roster_len, distinct)
	}

	/// Take a request's references off its seed block and roster (after its draw, or when it
	/// is cancelled before it).
	pub(crate) fn release_draw_ticket(domain: &DomainId, ticket: &DrawTicketOf<T>) {
		let waiting = DrawsAt::<T>::get(ticket.seed_block).saturating_sub(1);
		if waiting.is_zero() {
			DrawsAt::<T>::remove(ticket.seed_block);
			DrawSeeds::<T>::remove(ticket.seed_block);
		} else {
			DrawsAt::<T>::insert(ticket.seed_block, waiting);
		}
		let referencing = RosterDraws::<T>::get(domain, ticket.roster_era).saturating_sub(1);
		if referencing.is_zero() {
			RosterDraws::<T>::remove(domain, ticket.roster_era);
		} else {
			RosterDraws::<T>::insert(domain, ticket.roster_era, referencing);
		}
	}

	/// The weight of a draw over a full roster with the largest panel, as charged by
	/// `advance` and the idle hook.
	pub(crate) fn max_draw_weight() -> Weight {
		T::WeightInfo::advance_draw(Self::max_roster_len(), T::MaxPanelSize::get())
	}

	/// Most entries of a roster: a full domain list and a full general list.
	pub fn max_roster_len() -> u32 {
		RosterBound::<T>::get()
	}
}
