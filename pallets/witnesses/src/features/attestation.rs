//! Commit-reveal attestations.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// The commitment of witness `who` to `(verdict, score, salt)` on request `id` of `domain`:
	/// [`verification_primitives::commitment_hash`], the BLAKE2b-256 hash of
	///
	/// ```text
	/// "arete:commit:v1:" ++ domain (8 bytes) ++ id (u64 LE) ++ SCALE(who) ++ verdict (1 byte)
	///     ++ score (0x00, or 0x01 ++ u32 LE) ++ salt (32 bytes)
	/// ```
	///
	/// with `verdict` `0x01` for approval (`true`) and `0x00` for rejection, and `SCALE(who)`
	/// the 32 raw bytes of an `AccountId32`. Binding the domain, the request and the witness
	/// means that a commitment can be neither copied by another witness nor carried to another
	/// request. The pallet's README has the byte layout and a worked example.
	pub fn commitment_of(
		domain: DomainId,
		id: RequestId,
		who: &T::AccountId,
		verdict: bool,
		score: Option<u32>,
		salt: &[u8; 32],
	) -> H256 {
		verification_primitives::commitment_hash(
			domain,
			id,
			who,
			verification_primitives::Verdict::from_approval(verdict),
			score,
			salt,
		)
	}

	/// Commit `who` to request `id`. See [`Pallet::commit`].
	pub(crate) fn do_commit(id: RequestId, who: T::AccountId, commitment: H256) -> DispatchResult {
		let mut request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(request.draw.is_none(), Error::<T>::NotDrawn);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= request.commit_deadline, Error::<T>::CommitPeriodOver);
		ensure!(who != request.requester, Error::<T>::SelfAttestation);
		let mut info = Witnesses::<T>::get(&who).ok_or(Error::<T>::NotWitness)?;
		ensure!(info.status == WitnessStatus::Active, Error::<T>::WitnessNotActive);
		ensure!(Self::is_eligible(&info, &request.domain), Error::<T>::DomainNotServed);
		let seats = match request.panel {
			PanelKind::Open => 1,
			PanelKind::Named | PanelKind::Drawn => match Panels::<T>::get(id, &who) {
				Some(seats) => seats,
				// An undisputed claim has no panel yet.
				None if Self::undisputed_claim(id).is_some() => {
					return Err(Error::<T>::NotDrawn.into())
				},
				None => return Err(Error::<T>::NotOnPanel.into()),
			},
		};
		ensure!(!Attestations::<T>::contains_key(id, &who), Error::<T>::AlreadyCommitted);
		ensure!(request.commits < T::MaxWitnessesPerRequest::get(), Error::<T>::TooManyCommitments);
		let weight = Self::witness_weight(&info);
		request.commits = request.commits.saturating_add(1);
		// A drawn member's duty is counted from its draw.
		if request.panel != PanelKind::Drawn {
			info.pending = info.pending.saturating_add(1);
		}
		Attestations::<T>::insert(
			id,
			&who,
			Attestation { commitment, weight, seats, reveal: None },
		);
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
			Self::commitment_of(request.domain, id, &who, verdict, score, &salt)
				== attestation.commitment,
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
