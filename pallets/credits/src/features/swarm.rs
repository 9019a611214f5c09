//! The swarm: node proofs go to panels the verification engine draws; each member's vote
//! counts with its trust weight, and a proof is verified when the engine approves and at
//! least `SwarmThreshold` of the voting trust weight approves. Trust weight is the seed's
//! `0.4 uptime + 0.3 hosting + 0.2 accuracy + 0.1 participation`, plus vouches.

use crate::{
	Action, Config, DomainId, EntryKind, Event, Hosted, Ledgers, NodeProof, NodeRecord,
	NodeRecordOf, Nodes,
	Pallet, Proofs, RequestId, TrustView, WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::Weight, traits::Get, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{traits::Saturating, Perbill};
use verification_primitives::{
	seats_in_round, Decision, Outcome, PanelPolicy, PanelTerms, RequestParams, VerificationMode,
	VerificationOutcomeHandler, VerificationProvider, Verdict, MAX_PARTICIPANTS,
};

impl<T: Config> Pallet<T> {
	/// A swarm's request parameters: a drawn panel, never `excluded` (the requesting node is
	/// excluded by the engine itself), approving at `SwarmThreshold` of the revealed weight.
	pub fn swarm_params(
		excluded: Option<&T::AccountId>,
	) -> RequestParams<T::AccountId, crate::BalanceOf<T>, BlockNumberFor<T>> {
		RequestParams {
			mode: VerificationMode::Panel(PanelPolicy::Drawn { seats: T::SwarmSeats::get() }),
			panel: PanelTerms {
				min_seats: T::SwarmMinSeats::get(),
				min_weight: T::SwarmMinWeight::get(),
				approval_threshold: T::SwarmThreshold::get(),
				commit_period: T::SwarmCommitPeriod::get(),
				reveal_period: T::SwarmRevealPeriod::get(),
				appeal_period: T::SwarmAppealPeriod::get(),
				reward: T::SwarmReward::get(),
			},
			score_range: None,
			excluded: BoundedVec::truncate_from(excluded.into_iter().cloned().collect::<Vec<_>>()),
		}
	}

	/// The trust of node record `record`, its parts, and whether it has validation rights.
	pub fn trust_of(record: &NodeRecordOf<T>) -> TrustView {
		let share = |part: u32, whole: u32| {
			if whole == 0 {
				Perbill::one()
			} else {
				Perbill::from_rational(part.min(whole), whole)
			}
		};
		let uptime = share(record.uptime_days, T::UptimeFullDays::get());
		let hosting = share(record.hosted_units, T::HostingFullUnits::get());
		let accuracy = share(record.correct, record.correct.saturating_add(record.wrong));
		let participation = share(record.voted, record.voted.saturating_add(record.missed));
		let counted = (record.vouchers.len() as u32).min(T::MaxVouchesCounted::get());
		// `from_parts` saturates at the whole.
		let vouches = Perbill::from_parts(T::TrustPerVouch::get().deconstruct().saturating_mul(counted));
		let validates = Self::validates(record.bonded_at);
		let weight = if validates {
			(Perbill::from_percent(40) * uptime)
				.saturating_add(Perbill::from_percent(30) * hosting)
				.saturating_add(Perbill::from_percent(20) * accuracy)
				.saturating_add(Perbill::from_percent(10) * participation)
				.saturating_add(vouches)
		} else {
			Perbill::zero()
		};
		TrustView { weight, uptime, hosting, accuracy, participation, vouches, validates }
	}

	/// Node `who` as the runtime API returns it.
	pub fn node_view(
		who: &T::AccountId,
	) -> Option<crate::runtime_api::NodeView<T::AccountId, BlockNumberFor<T>>> {
		let record = Nodes::<T>::get(who)?;
		Some(NodeRecord {
			bonded_at: record.bonded_at,
			vouchers: BoundedVec::truncate_from(record.vouchers.into_inner()),
			vouches: BoundedVec::truncate_from(record.vouches.into_inner()),
			uptime_days: record.uptime_days,
			hosted_units: record.hosted_units,
			voted: record.voted,
			correct: record.correct,
			wrong: record.wrong,
			missed: record.missed,
			hosting: record.hosting,
			last_uptime_day: record.last_uptime_day,
			heartbeats: record.heartbeats,
		})
	}

	/// The weight `who`'s vote carries in a swarm: its trust, at least `TrustFloor`.
	pub fn vote_weight(who: &T::AccountId) -> Perbill {
		let trust = Nodes::<T>::get(who).map(|record| Self::trust_of(&record).weight);
		trust.unwrap_or_default().max(T::TrustFloor::get())
	}

	/// Apply the outcome of swarm request `request`. Never fails; returns the weight used.
	pub(crate) fn do_on_outcome(request: RequestId, outcome: &Outcome<T::AccountId>) -> Weight {
		let participants = outcome.participants.len() as u32;
		let Some(ticket) = Proofs::<T>::take(request) else {
			return T::DbWeight::get().reads(1);
		};
		// The trust-weighted tally, over every revealed seat of every round.
		let mut approving: u128 = 0;
		let mut voting: u128 = 0;
		for participant in outcome.participants.iter() {
			if let Some(vote) = &participant.vote {
				let weight = u128::from(Self::vote_weight(&participant.who).deconstruct())
					.saturating_mul(u128::from(participant.seats));
				voting = voting.saturating_add(weight);
				if vote.verdict == Verdict::Approved {
					approving = approving.saturating_add(weight);
				}
			}
		}
		let approval = if voting == 0 { Perbill::zero() } else { Perbill::from_rational(approving, voting) };
		let threshold = T::SwarmThreshold::get();
		let rejection = Perbill::one().saturating_sub(approval);
		let verified = outcome.decision == Decision::Approved && voting > 0 && approval >= threshold;
		let fraud = outcome.decision == Decision::Rejected && voting > 0 && rejection >= threshold;

		// The swarm's members: accuracy against a settled outcome, participation always.
		for participant in outcome.participants.iter() {
			Nodes::<T>::mutate(&participant.who, |record| {
				let Some(record) = record else { return };
				match &participant.vote {
					None => record.missed = record.missed.saturating_add(1),
					Some(vote) => {
						record.voted = record.voted.saturating_add(1);
						if verified || fraud {
							if (vote.verdict == Verdict::Approved) == verified {
								record.correct = record.correct.saturating_add(1);
							} else {
								record.wrong = record.wrong.saturating_add(1);
							}
						}
					},
				}
			});
		}

		let node = ticket.node;
		let proof = ticket.proof;
		Ledgers::<T>::mutate(&node, |ledger| {
			if let Some(ledger) = ledger {
				ledger.pending_proofs = ledger.pending_proofs.saturating_sub(1);
			}
		});
		let Some(mut record) = Nodes::<T>::get(&node) else {
			// The node was removed by an earlier fraud finding; nothing left to settle.
			return T::WeightInfo::on_outcome(participants);
		};
		if let NodeProof::Hosting { content, .. } = proof {
			Hosted::<T>::mutate(&node, content, |hosting| {
				if let Some(hosting) = hosting {
					hosting.challenge = None;
					if verified {
						hosting.verified_at = Some(frame_system::Pallet::<T>::block_number());
					}
				}
			});
		}
		if verified {
			let reward = Self::reward_proof(&node, &mut record, proof);
			Nodes::<T>::insert(&node, record);
			Self::deposit_event(Event::ProofVerified { node, proof, approval, reward });
		} else if fraud {
			let forfeited = Self::forfeit_bond(&node);
			Self::remove_node(&node, record);
			Self::deposit_event(Event::ProofRejected { node, proof, approval, forfeited });
		} else {
			Nodes::<T>::insert(&node, record);
			Self::deposit_event(Event::ProofUnsettled { node, proof, approval });
		}
		T::WeightInfo::on_outcome(participants)
	}

	/// Pays a verified proof under the `Uptime` or `Hosting` rule (one reward per hosting
	/// unit, within the rule's cap) and counts it in the node's record.
	fn reward_proof(node: &T::AccountId, record: &mut NodeRecordOf<T>, proof: NodeProof) -> crate::Credits {
		let Some(mut ledger) = Ledgers::<T>::get(node) else { return 0 };
		let mut paid: crate::Credits = 0;
		match proof {
			NodeProof::Uptime { .. } => {
				record.uptime_days = record.uptime_days.saturating_add(1);
				paid = Self::reward(node, &mut ledger, Action::Uptime);
			},
			NodeProof::Hosting { units, .. } => {
				record.hosted_units = record.hosted_units.saturating_add(units);
				for _ in 0..units.min(T::MaxUnitsPerProof::get()) {
					paid = paid.saturating_add(Self::reward(node, &mut ledger, Action::Hosting));
				}
			},
		}
		Ledgers::<T>::insert(node, ledger);
		paid
	}

	/// Burns `node`'s bond (the recycled share returns to the pool). Returns the bond.
	fn forfeit_bond(node: &T::AccountId) -> crate::Credits {
		let Some(mut ledger) = Ledgers::<T>::get(node) else { return 0 };
		let bond = ledger.bonded;
		ledger.bonded = 0;
		crate::InLedgers::<T>::mutate(|total| *total = total.saturating_sub(bond));
		Self::burn(bond);
		Self::record(node, &mut ledger, EntryKind::BondForfeited, bond, None, None);
		Ledgers::<T>::insert(node, ledger);
		bond
	}

	/// The most participants a swarm's outcome lists: every seat of every round the engine
	/// allows.
	pub fn max_swarm_participants() -> u32 {
		let rounds = T::Verifier::limits().max_appeal_rounds;
		(0..=rounds)
			.map(|round| seats_in_round(T::SwarmSeats::get(), round))
			.fold(0u32, |sum, seats| sum.saturating_add(seats))
			.min(MAX_PARTICIPANTS)
	}

	/// Upper bound of the weight of one outcome.
	pub fn max_outcome_weight() -> Weight {
		T::WeightInfo::on_outcome(Self::max_swarm_participants())
	}
}

impl<T: Config> VerificationOutcomeHandler<T::AccountId> for Pallet<T> {
	fn domains() -> Vec<DomainId> {
		alloc::vec![T::Domain::get()]
	}

	fn max_outcome_weight() -> Weight {
		Pallet::<T>::max_outcome_weight()
	}

	/// Apply the outcome of a request of [`Config::Domain`]; other domains are ignored.
	fn on_outcome(
		domain: DomainId,
		_subject: H256,
		request: RequestId,
		outcome: &Outcome<T::AccountId>,
	) -> Weight {
		if domain != T::Domain::get() {
			return Weight::zero();
		}
		Self::do_on_outcome(request, outcome)
	}
}
