//! Commit-reveal attestations.

use crate::*;
use codec::Encode;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// The commitment to `(verdict, score, salt)`:
	/// `blake2_256(SCALE_encode((verdict, score, salt)))`, where the encoding is one byte for
	/// the verdict (`0x00`/`0x01`), `0x00` or `0x01 ++ score as u32 little-endian` for the
	/// optional score, then the 32 salt bytes.
	pub fn commitment_of(verdict: bool, score: Option<u32>, salt: &[u8; 32]) -> H256 {
		H256(sp_io::hashing::blake2_256(&(verdict, score, salt).encode()))
	}

	/// Commit `who` to request `id`. See [`Pallet::commit`].
	pub(crate) fn do_commit(id: RequestId, who: T::AccountId, commitment: H256) -> DispatchResult {
		let mut request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= request.commit_deadline, Error::<T>::CommitPeriodOver);
		ensure!(who != request.requester, Error::<T>::SelfAttestation);
		let mut info = Witnesses::<T>::get(&who).ok_or(Error::<T>::NotWitness)?;
		ensure!(info.status == WitnessStatus::Active, Error::<T>::WitnessNotActive);
		ensure!(Self::is_eligible(&info, &request.domain), Error::<T>::DomainNotServed);
		if request.panel != PanelKind::Open {
			ensure!(Panels::<T>::contains_key(id, &who), Error::<T>::NotOnPanel);
		}
		ensure!(!Attestations::<T>::contains_key(id, &who), Error::<T>::AlreadyCommitted);
		ensure!(request.commits < T::MaxWitnessesPerRequest::get(), Error::<T>::TooManyCommitments);
		let weight = Self::witness_weight(&info);
		request.commits = request.commits.saturating_add(1);
		info.pending = info.pending.saturating_add(1);
		Attestations::<T>::insert(id, &who, Attestation { commitment, weight, reveal: None });
		Requests::<T>::insert(id, request);
		Witnesses::<T>::insert(&who, info);
		Self::deposit_event(Event::Committed { id, who, weight });
		Ok(())
	}

	/// Reveal the attestation of `who` on request `id`. See [`Pallet::reveal`].
	pub(crate) fn do_reveal(
		id: RequestId,
		who: T::AccountId,
		verdict: bool,
		score: Option<u32>,
		salt: [u8; 32],
	) -> DispatchResult {
		let mut request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > request.commit_deadline, Error::<T>::RevealPeriodNotStarted);
		ensure!(now <= request.reveal_deadline, Error::<T>::RevealPeriodOver);
		let mut attestation = Attestations::<T>::get(id, &who).ok_or(Error::<T>::NotCommitted)?;
		ensure!(attestation.reveal.is_none(), Error::<T>::AlreadyRevealed);
		ensure!(
			Self::commitment_of(verdict, score, &salt) == attestation.commitment,
			Error::<T>::CommitmentMismatch
		);
		match (request.score_range, score) {
			(Some(_), None) => return Err(Error::<T>::MissingScore.into()),
			(None, Some(_)) => return Err(Error::<T>::UnexpectedScore.into()),
			(Some(range), Some(s)) => ensure!(range.contains(s), Error::<T>::ScoreOutOfRange),
			(None, None) => {},
		}
		attestation.reveal = Some(Reveal { verdict, score });
		request.reveals = request.reveals.saturating_add(1);
		Attestations::<T>::insert(id, &who, attestation);
		Requests::<T>::insert(id, request);
		Self::deposit_event(Event::Revealed { id, who, verdict, score });
		Ok(())
	}
}
