//! Agreements: proposal, consent, activation, termination and reaping.

use crate::{
	consent_message, features::Side, Agreement, AgreementId, AgreementStatus, Agreements,
	ConsentsOf, Config, Error, Event, EventCursor, HoldReason, NameOf, Pallet, ParticipantId,
	Participants, RateWindows, StreamCount, TermsOf,
};
use frame_support::{ensure, traits::Get, BoundedVec};
use policy_engine::Dfa;
use sp_runtime::{DispatchResult, Saturating};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_propose_agreement(
		who: T::AccountId,
		terms: TermsOf<T>,
		consents: ConsentsOf<T>,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(terms.consent_deadline > now, Error::<T>::ConsentDeadlinePassed);
		// A far deadline would keep an ended agreement from ever being reaped.
		ensure!(
			terms.consent_deadline <= now.saturating_add(T::MaxConsentPeriod::get()),
			Error::<T>::ConsentDeadlineTooFar
		);
		ensure!(!terms.left.is_empty() && !terms.right.is_empty(), Error::<T>::InvalidParties);
		for side in [&terms.left, &terms.right] {
			for (i, p) in side.iter().enumerate() {
				ensure!(!side.iter().skip(i.saturating_add(1)).any(|q| q == p), Error::<T>::InvalidParties);
				ensure!(Participants::<T>::contains_key(p), Error::<T>::ParticipantNotFound);
			}
		}
		// The lifecycle must be a valid DFA (checked now, so events never meet a broken one).
		let initial = match &terms.lifecycle {
			Some(bytes) => {
				let (dfa, _) = Self::decode_lifecycle(bytes)?;
				Some(Self::state_name(&dfa.initial)?)
			},
			None => None,
		};
		let id = Self::agreement_id(&who, &terms);
		ensure!(!Agreements::<T>::contains_key(id), Error::<T>::AgreementExists);
		let message = consent_message(&id);
		let mut consented: BoundedVec<ParticipantId, crate::PartiesBound<T>> = BoundedVec::new();
		let parties: alloc::vec::Vec<ParticipantId> = terms.parties().collect();
		for (participant, signature) in consents.iter() {
			ensure!(parties.contains(participant), Error::<T>::NotAParty);
			ensure!(!consented.contains(participant), Error::<T>::AlreadyConsented);
			let key = Participants::<T>::get(participant)
				.ok_or(Error::<T>::ParticipantNotFound)?
				.key;
			ensure!(key.verify(&message, signature), Error::<T>::InvalidSignature);
			consented.try_push(*participant).map_err(|_| Error::<T>::InvalidParties)?;
		}
		let deposit = Self::policy_deposit(
			T::AgreementDeposit::get(),
			terms.lifecycle.as_ref().map_or(0, |l| l.len()),
		);
		Self::hold(HoldReason::AgreementDeposit, &who, deposit)?;
		let complete = parties.len() == consented.len();
		Agreements::<T>::insert(
			id,
			Agreement {
				terms,
				proposer: who.clone(),
				deposit,
				status: AgreementStatus::Proposed,
				consented: consented.clone(),
				state: None,
				holdings: 0,
				created: now,
			},
		);
		Self::deposit_event(Event::AgreementProposed { id, proposer: who });
		for participant in consented {
			Self::deposit_event(Event::Consented { id, participant });
		}
		if complete {
			Self::activate(id, initial)?;
		}
		Ok(())
	}

	pub(crate) fn do_consent_by_account(
		who: T::AccountId,
		id: AgreementId,
		participant: ParticipantId,
	) -> DispatchResult {
		Self::owned_participant(&who, participant)?;
		let now = frame_system::Pallet::<T>::block_number();
		let mut agreement = Agreements::<T>::get(id).ok_or(Error::<T>::AgreementNotFound)?;
		ensure!(agreement.status == AgreementStatus::Proposed, Error::<T>::NotProposed);
		ensure!(agreement.terms.consent_deadline > now, Error::<T>::ConsentDeadlinePassed);
		let parties = agreement.terms.parties().count();
		ensure!(agreement.terms.parties().any(|p| p == participant), Error::<T>::NotAParty);
		ensure!(!agreement.consented.contains(&participant), Error::<T>::AlreadyConsented);
		agreement.consented.try_push(participant).map_err(|_| Error::<T>::InvalidParties)?;
		let complete = agreement.consented.len() == parties;
		let initial = match (&agreement.terms.lifecycle, complete) {
			// Validated at proposal, and terms never change: decoding suffices.
			(Some(bytes), true) =>
				Some(Self::state_name(&Self::decode_document::<Dfa>(bytes)?.0.initial)?),
			_ => None,
		};
		Agreements::<T>::insert(id, agreement);
		Self::deposit_event(Event::Consented { id, participant });
		if complete {
			Self::activate(id, initial)?;
		}
		Ok(())
	}

	/// Makes a fully consented agreement active in its lifecycle's initial state. Only from
	/// here do its parties count it: a proposal nobody consented to never keeps a named
	/// participant from retiring. A party that retired after consenting fails the activation.
	fn activate(id: AgreementId, initial: Option<NameOf<T>>) -> DispatchResult {
		let mut agreement = Agreements::<T>::get(id).ok_or(Error::<T>::AgreementNotFound)?;
		ensure!(
			agreement.terms.parties().all(Participants::<T>::contains_key),
			Error::<T>::ParticipantNotFound
		);
		Self::count_parties(agreement.terms.parties(), true);
		agreement.status = AgreementStatus::Active;
		agreement.state = initial.clone();
		Agreements::<T>::insert(id, agreement);
		Self::deposit_event(Event::AgreementActivated { id, state: initial });
		Ok(())
	}

	pub(crate) fn do_withdraw_proposal(who: T::AccountId, id: AgreementId) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::AgreementNotFound)?;
		ensure!(agreement.proposer == who, Error::<T>::Unauthorized);
		ensure!(agreement.status == AgreementStatus::Proposed, Error::<T>::NotProposed);
		Self::remove_agreement(id, &agreement)?;
		Self::deposit_event(Event::ProposalWithdrawn { id });
		Ok(())
	}

	pub(crate) fn do_terminate_agreement(
		who: T::AccountId,
		id: AgreementId,
		validator: ParticipantId,
	) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::AgreementNotFound)?;
		Self::ensure_party(&who, &agreement, validator, Side::Right)?;
		ensure!(agreement.status == AgreementStatus::Active, Error::<T>::NotActive);
		ensure!(agreement.terms.lifecycle.is_none(), Error::<T>::HasLifecycle);
		Self::end_agreement(id);
		Ok(())
	}

	/// Marks an agreement terminated.
	pub(crate) fn end_agreement(id: AgreementId) {
		let at = frame_system::Pallet::<T>::block_number();
		Agreements::<T>::mutate(id, |agreement| {
			if let Some(agreement) = agreement {
				agreement.status = AgreementStatus::Terminated { at };
			}
		});
		Self::deposit_event(Event::AgreementTerminated { id });
	}

	pub(crate) fn do_reap_agreement(id: AgreementId) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::AgreementNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		match agreement.status {
			AgreementStatus::Terminated { .. } => {
				ensure!(agreement.holdings == 0, Error::<T>::AgreementInUse);
				// After the deadline only: the consents cannot be replayed to recreate it.
				ensure!(
					agreement.terms.consent_deadline <= now,
					Error::<T>::ConsentDeadlineNotPassed
				);
			},
			AgreementStatus::Proposed => ensure!(
				agreement.terms.consent_deadline <= now,
				Error::<T>::ConsentDeadlineNotPassed
			),
			AgreementStatus::Active => return Err(Error::<T>::AgreementInUse.into()),
		}
		Self::remove_agreement(id, &agreement)?;
		Self::deposit_event(Event::AgreementReaped { id });
		Ok(())
	}

	/// Removes an agreement with its streams and rate window, releasing its deposit.
	fn remove_agreement(id: AgreementId, agreement: &crate::AgreementOf<T>) -> DispatchResult {
		Self::release(HoldReason::AgreementDeposit, &agreement.proposer, agreement.deposit)?;
		if agreement.status != AgreementStatus::Proposed {
			Self::count_parties(agreement.terms.parties(), false);
		}
		Self::clear_agreement_state(id);
		StreamCount::<T>::remove(id);
		EventCursor::<T>::remove(id);
		RateWindows::<T>::remove(id);
		// Its holdings were zero: only the set's next number is left.
		crate::Delegations::<T>::remove(id);
		Agreements::<T>::remove(id);
		Ok(())
	}

	/// Changes an agreement's holdings count.
	pub(crate) fn adjust_holdings(id: AgreementId, add: bool) {
		Agreements::<T>::mutate(id, |agreement| {
			if let Some(agreement) = agreement {
				agreement.holdings = if add {
					agreement.holdings.saturating_add(1)
				} else {
					agreement.holdings.saturating_sub(1)
				};
			}
		});
	}

	/// The lifecycle's DFA and declared variables, validated (at proposal).
	pub(crate) fn decode_lifecycle(
		bytes: &[u8],
	) -> Result<(Dfa, alloc::vec::Vec<alloc::string::String>), sp_runtime::DispatchError> {
		let document = Self::decode_document::<Dfa>(bytes)?;
		Self::check_lifecycle(&document.0, &document.1)?;
		Ok(document)
	}
}
