//! Nodes: verification bonds, vouching, heartbeats and uptime claims, hosting declarations
//! and challenges. The swarm's outcomes are applied in `swarm.rs`.

use crate::{
	Config, EntryKind, Error, Event, Hosted, Hosting, Challenge, Ledgers, NodeProof, NodeRecord,
	NodeRecordOf, Nodes, Pallet, Proofs, ProofTicket, CHUNK_BYTES,
};
use codec::Encode;
use frame_support::{ensure, traits::Get, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto},
	DispatchResult,
};
use verification_primitives::VerificationProvider;

/// Domain-separation prefix of node-proof subjects.
const PROOF_SUBJECT: &[u8] = b"arete/credits/proof";
/// Domain-separation prefix of challenge chunk picks.
const CHUNK_PICK: &[u8] = b"arete/credits/chunk";

impl<T: Config> Pallet<T> {
	pub(crate) fn do_bond_node(who: T::AccountId) -> DispatchResult {
		ensure!(!Nodes::<T>::contains_key(&who), Error::<T>::AlreadyNode);
		let mut ledger = Self::active_ledger(&who)?;
		let bond = T::VerificationBond::get();
		// The bond stays in the ledger: moved from the spendable credits into `bonded`.
		Self::take_spendable(&mut ledger, bond)?;
		ledger.bonded = ledger.bonded.saturating_add(bond);
		Self::record(&who, &mut ledger, EntryKind::Bonded, bond, None, None);
		Ledgers::<T>::insert(&who, ledger);
		let record = NodeRecord {
			bonded_at: frame_system::Pallet::<T>::block_number(),
			vouchers: BoundedVec::new(),
			vouches: BoundedVec::new(),
			uptime_days: 0,
			hosted_units: 0,
			voted: 0,
			correct: 0,
			wrong: 0,
			missed: 0,
			hosting: 0,
			last_uptime_day: None,
			heartbeats: Default::default(),
		};
		Nodes::<T>::insert(&who, record);
		Self::deposit_event(Event::NodeBonded { node: who, bond });
		Ok(())
	}

	pub(crate) fn do_unbond_node(who: T::AccountId) -> DispatchResult {
		let record = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		let mut ledger = Self::active_ledger(&who)?;
		ensure!(ledger.pending_proofs == 0, Error::<T>::ProofsPending);
		let bond = ledger.bonded;
		ledger.bonded = 0;
		ledger.node = ledger.node.saturating_add(bond);
		Self::record(&who, &mut ledger, EntryKind::Unbonded, bond, None, None);
		Ledgers::<T>::insert(&who, ledger);
		Self::remove_node(&who, record);
		Self::deposit_event(Event::NodeUnbonded { node: who, bond });
		Ok(())
	}

	/// Removes `who`'s node record with its vouches (both ways) and hosting declarations.
	pub(crate) fn remove_node(who: &T::AccountId, record: NodeRecordOf<T>) {
		for node in record.vouches.iter() {
			Nodes::<T>::mutate(node, |other| {
				if let Some(other) = other {
					other.vouchers.retain(|v| v != who);
				}
			});
		}
		for voucher in record.vouchers.iter() {
			Nodes::<T>::mutate(voucher, |other| {
				if let Some(other) = other {
					other.vouches.retain(|v| v != who);
				}
			});
		}
		let _ = Hosted::<T>::clear_prefix(who, T::MaxHostingPerNode::get(), None);
		Nodes::<T>::remove(who);
	}

	/// Whether a node bonded at `bonded_at` has validation rights now.
	pub(crate) fn validates(bonded_at: BlockNumberFor<T>) -> bool {
		frame_system::Pallet::<T>::block_number() >= bonded_at.saturating_add(T::ValidationDelay::get())
	}

	pub(crate) fn do_vouch(voucher: T::AccountId, node: T::AccountId) -> DispatchResult {
		ensure!(voucher != node, Error::<T>::SelfVouch);
		let mut mine = Nodes::<T>::get(&voucher).ok_or(Error::<T>::NotNode)?;
		ensure!(Self::validates(mine.bonded_at), Error::<T>::NoValidationRights);
		let mut theirs = Nodes::<T>::get(&node).ok_or(Error::<T>::NotNode)?;
		ensure!(!mine.vouches.contains(&node), Error::<T>::AlreadyVouched);
		mine.vouches.try_push(node.clone()).map_err(|_| Error::<T>::TooManyVouches)?;
		theirs.vouchers.try_push(voucher.clone()).map_err(|_| Error::<T>::TooManyVouchers)?;
		Nodes::<T>::insert(&voucher, mine);
		Nodes::<T>::insert(&node, theirs);
		Self::deposit_event(Event::Vouched { voucher, node });
		Ok(())
	}

	pub(crate) fn do_unvouch(voucher: T::AccountId, node: T::AccountId) -> DispatchResult {
		let mut mine = Nodes::<T>::get(&voucher).ok_or(Error::<T>::NotNode)?;
		ensure!(mine.vouches.contains(&node), Error::<T>::NotVouched);
		mine.vouches.retain(|v| v != &node);
		Nodes::<T>::insert(&voucher, mine);
		Nodes::<T>::mutate(&node, |theirs| {
			if let Some(theirs) = theirs {
				theirs.vouchers.retain(|v| v != &voucher);
			}
		});
		Self::deposit_event(Event::Unvouched { voucher, node });
		Ok(())
	}

	/// The day and the hour of the day of block `now`.
	pub(crate) fn day_and_hour(now: BlockNumberFor<T>) -> (u32, u32) {
		let day_blocks = T::BlocksPerDay::get().max(1u32.into());
		let day: u32 = (now / day_blocks).unique_saturated_into();
		let into_day: u64 = (now % day_blocks).unique_saturated_into();
		let blocks: u64 = day_blocks.unique_saturated_into();
		let hour = u32::try_from(into_day.saturating_mul(24) / blocks.max(1)).unwrap_or(23).min(23);
		(day, hour)
	}

	pub(crate) fn do_heartbeat(who: T::AccountId) -> DispatchResult {
		let mut record = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		let (day, hour) = Self::day_and_hour(frame_system::Pallet::<T>::block_number());
		let log = &mut record.heartbeats;
		if log.day != day {
			if log.hours != 0 {
				log.previous_day = Some(log.day);
				log.previous_hours = log.hours;
			}
			log.day = day;
			log.hours = 0;
		}
		let bit = 1u32 << hour;
		ensure!(log.hours & bit == 0, Error::<T>::HeartbeatAlreadySent);
		log.hours |= bit;
		// Counts as activity: a node's ledger does not decay while it beats.
		let ledger = Self::active_ledger(&who)?;
		Ledgers::<T>::insert(&who, ledger);
		Nodes::<T>::insert(&who, record);
		Self::deposit_event(Event::Heartbeat { node: who, day, hour });
		Ok(())
	}

	/// The latest past day of `record`'s heartbeats not yet claimed, with its hours.
	pub(crate) fn claimable_day(record: &NodeRecordOf<T>, today: u32) -> Option<(u32, u32)> {
		let log = &record.heartbeats;
		let candidate = if log.day < today && log.hours != 0 {
			Some((log.day, log.hours))
		} else {
			log.previous_day.map(|day| (day, log.previous_hours))
		};
		candidate.filter(|(day, _)| record.last_uptime_day.map_or(true, |last| *day > last))
	}

	pub(crate) fn do_claim_uptime(who: T::AccountId) -> DispatchResult {
		let mut record = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		let (today, _) = Self::day_and_hour(frame_system::Pallet::<T>::block_number());
		let (day, hours) = Self::claimable_day(&record, today).ok_or(Error::<T>::NothingToClaim)?;
		ensure!(hours.count_ones() >= T::MinHeartbeatHours::get(), Error::<T>::TooFewHeartbeats);
		record.last_uptime_day = Some(day);
		Self::submit_proof(&who, NodeProof::Uptime { day, hours })?;
		Nodes::<T>::insert(&who, record);
		Ok(())
	}

	/// Opens the swarm's request on `proof` of `node`, paid by the node, and keeps the ticket.
	fn submit_proof(node: &T::AccountId, proof: NodeProof) -> DispatchResult {
		let subject =
			H256(sp_io::hashing::blake2_256(&(PROOF_SUBJECT, node, proof, frame_system::Pallet::<T>::block_number()).encode()));
		let request = T::Verifier::open_request(T::Domain::get(), subject, node, Self::swarm_params(None))?;
		Proofs::<T>::insert(request, ProofTicket { node: node.clone(), proof });
		Ledgers::<T>::mutate(node, |ledger| {
			if let Some(ledger) = ledger {
				ledger.pending_proofs = ledger.pending_proofs.saturating_add(1);
			}
		});
		Self::deposit_event(Event::ProofSubmitted { node: node.clone(), request, proof });
		Ok(())
	}

	pub(crate) fn do_declare_hosting(who: T::AccountId, content: H256, size: u64) -> DispatchResult {
		let mut record = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		ensure!(!Hosted::<T>::contains_key(&who, content), Error::<T>::HostingExists);
		ensure!(record.hosting < T::MaxHostingPerNode::get(), Error::<T>::TooMuchHosting);
		let units = u32::try_from(size / T::HostingUnit::get().max(1)).unwrap_or(u32::MAX);
		ensure!(units > 0, Error::<T>::ContentTooSmall);
		let chunks = u32::try_from(size.div_ceil(CHUNK_BYTES)).unwrap_or(u32::MAX);
		Hosted::<T>::insert(
			&who,
			content,
			Hosting { size, units, chunks, challenge: None, verified_at: None },
		);
		record.hosting = record.hosting.saturating_add(1);
		Nodes::<T>::insert(&who, record);
		Self::deposit_event(Event::HostingDeclared { node: who, content, size, units });
		Ok(())
	}

	pub(crate) fn do_withdraw_hosting(who: T::AccountId, content: H256) -> DispatchResult {
		let mut record = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		let hosting = Hosted::<T>::get(&who, content).ok_or(Error::<T>::HostingNotFound)?;
		// An answer with the swarm stays until its outcome.
		ensure!(
			!hosting.challenge.is_some_and(|c| c.answer.is_some()),
			Error::<T>::ChallengeOpen
		);
		Hosted::<T>::remove(&who, content);
		record.hosting = record.hosting.saturating_sub(1);
		Nodes::<T>::insert(&who, record);
		Self::deposit_event(Event::HostingWithdrawn { node: who, content });
		Ok(())
	}

	pub(crate) fn do_request_challenge(who: T::AccountId, content: H256) -> DispatchResult {
		ensure!(Nodes::<T>::contains_key(&who), Error::<T>::NotNode);
		let mut hosting = Hosted::<T>::get(&who, content).ok_or(Error::<T>::HostingNotFound)?;
		ensure!(hosting.challenge.is_none(), Error::<T>::ChallengeOpen);
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(T::ChallengeWindow::get());
		hosting.challenge = Some(Challenge { requested_at: now, deadline, answer: None });
		Hosted::<T>::insert(&who, content, hosting);
		Self::deposit_event(Event::ChallengeRequested { node: who, content, deadline });
		Ok(())
	}

	/// The chunk `node`'s open challenge on `content` picks: from the hash of the block after
	/// the request (unknown when the node asked), so from two blocks after the request on.
	pub fn challenge_chunk(node: &T::AccountId, content: &H256) -> Option<u32> {
		let hosting = Hosted::<T>::get(node, content)?;
		let challenge = hosting.challenge?;
		Self::pick_chunk(node, content, &hosting, &challenge)
	}

	fn pick_chunk(
		node: &T::AccountId,
		content: &H256,
		hosting: &Hosting<BlockNumberFor<T>>,
		challenge: &Challenge<BlockNumberFor<T>>,
	) -> Option<u32> {
		let picker = challenge.requested_at.saturating_add(1u32.into());
		if frame_system::Pallet::<T>::block_number() <= picker {
			return None;
		}
		let hash = frame_system::Pallet::<T>::block_hash(picker);
		let seed = sp_io::hashing::blake2_256(&(CHUNK_PICK, node, content, hash).encode());
		let [b0, b1, b2, b3, ..] = seed;
		let value = u32::from_le_bytes([b0, b1, b2, b3]);
		Some(value % hosting.chunks.max(1))
	}

	pub(crate) fn do_answer_challenge(who: T::AccountId, content: H256, answer: H256) -> DispatchResult {
		ensure!(Nodes::<T>::contains_key(&who), Error::<T>::NotNode);
		let mut hosting = Hosted::<T>::get(&who, content).ok_or(Error::<T>::HostingNotFound)?;
		let mut challenge = hosting.challenge.ok_or(Error::<T>::NoChallenge)?;
		ensure!(challenge.answer.is_none(), Error::<T>::ChallengeOpen);
		ensure!(frame_system::Pallet::<T>::block_number() <= challenge.deadline, Error::<T>::ChallengeOver);
		let chunk = Self::pick_chunk(&who, &content, &hosting, &challenge)
			.ok_or(Error::<T>::ChallengeNotReady)?;
		challenge.answer = Some((chunk, answer));
		hosting.challenge = Some(challenge);
		let units = hosting.units.min(T::MaxUnitsPerProof::get());
		Hosted::<T>::insert(&who, content, hosting);
		Self::submit_proof(&who, NodeProof::Hosting { content, chunk, answer, units })
	}

	pub(crate) fn do_expire_challenge(node: T::AccountId, content: H256) -> DispatchResult {
		let mut hosting = Hosted::<T>::get(&node, content).ok_or(Error::<T>::HostingNotFound)?;
		let challenge = hosting.challenge.ok_or(Error::<T>::NoChallenge)?;
		ensure!(challenge.answer.is_none(), Error::<T>::ChallengeOpen);
		ensure!(frame_system::Pallet::<T>::block_number() > challenge.deadline, Error::<T>::ChallengeNotOver);
		hosting.challenge = None;
		Hosted::<T>::insert(&node, content, hosting);
		Self::deposit_event(Event::ChallengeExpired { node, content });
		Ok(())
	}
}
