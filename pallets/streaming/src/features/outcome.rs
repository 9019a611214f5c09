//! The verification engine's outcomes of task samples.

use crate::{
	Config, Event, Nodes, Pallet, RequestId, TaskOfRequest, TaskState, Tasks, WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::Weight, traits::Get};
use sp_core::H256;
use sp_runtime::Saturating;
use verification_primitives::{
	Decision, DomainId, Outcome, VerificationOutcomeHandler, VerificationProvider, Verdict,
	MAX_SEATS,
};

impl<T: Config> VerificationOutcomeHandler<T::AccountId> for Pallet<T> {
	fn domains() -> Vec<DomainId> {
		alloc::vec![T::Domain::get()]
	}

	fn on_outcome(
		domain: DomainId,
		_subject: H256,
		request: RequestId,
		outcome: &Outcome<T::AccountId>,
	) -> Weight {
		if domain != T::Domain::get() {
			return Weight::zero();
		}
		Self::settle_task(request, outcome);
		Self::max_outcome_weight()
	}

	fn max_outcome_weight() -> Weight {
		T::WeightInfo::task_outcome(Pallet::<T>::max_paid_verifiers())
	}
}

impl<T: Config> Pallet<T> {
	/// The most verifiers a rejection pays: the members of one panel round, which the engine
	/// caps at its `max_seats`.
	pub fn max_paid_verifiers() -> u32 {
		T::Verifier::limits().max_seats.min(MAX_SEATS)
	}

	/// Settles the task of `request`: the executor paid on approval, slashed on rejection
	/// (the coherent rejecting members of the deciding round share the slash), the requester
	/// refunded otherwise. Returns how many verifiers were paid.
	pub(crate) fn settle_task(request: RequestId, outcome: &Outcome<T::AccountId>) -> u32 {
		let Some(id) = TaskOfRequest::<T>::take(request) else { return 0 };
		let Some(task) = Tasks::<T>::get(id) else { return 0 };
		let TaskState::Verifying { executor, .. } = task.state.clone() else { return 0 };
		let mut node = Nodes::<T>::get(&executor);
		if let Some(node) = node.as_mut() {
			node.open_tasks = node.open_tasks.saturating_sub(1);
		}
		let mut paid = 0u32;
		match outcome.decision {
			Decision::Approved => {
				// Pay first, in its own storage layer: if the fee cannot move (it is held, so
				// this should not happen), nothing of the payment is left half done and the
				// task is closed with a refund instead of staying stuck.
				let paid_fee = frame_support::storage::with_storage_layer(|| {
					Self::pay_executor(id, &task, &executor)
				})
				.is_ok();
				if let Some(mut node) = node {
					if paid_fee {
						node.stats.tasks_verified = node.stats.tasks_verified.saturating_add(1);
						node.stats.earned = node.stats.earned.saturating_add(task.fee);
					}
					Nodes::<T>::insert(&executor, &node);
					Self::relist(&executor, &node);
				}
				if paid_fee {
					Self::deposit_event(Event::TaskVerified { task: id, executor, fee: task.fee });
				} else {
					log::error!(target: crate::LOG_TARGET, "task {id}: fee not paid, refunded");
					let _ = Self::close_task(id, &task);
					Self::deposit_event(Event::TaskInconclusive { task: id });
				}
			},
			Decision::Rejected => {
				let verifiers: Vec<T::AccountId> = outcome
					.participants
					.iter()
					.filter(|p| {
						p.round == outcome.appeals &&
							p.coherent && p.vote.as_ref().is_some_and(|v| v.verdict == Verdict::Rejected)
					})
					.map(|p| p.who.clone())
					.take(Self::max_paid_verifiers() as usize)
					.collect();
				paid = verifiers.len() as u32;
				let slashed = match node {
					Some(mut node) => {
						node.stats.tasks_failed = node.stats.tasks_failed.saturating_add(1);
						Self::slash(&executor, &mut node, T::ResultSlash::get(), |amount| {
							let each = if verifiers.is_empty() {
								Default::default()
							} else {
								amount / (verifiers.len() as u32).into()
							};
							verifiers.into_iter().map(|who| (who, each)).collect()
						})
					},
					None => Default::default(),
				};
				let _ = Self::close_task(id, &task);
				Self::deposit_event(Event::TaskFailed { task: id, executor, slashed });
			},
			Decision::Inconclusive => {
				if let Some(node) = node {
					Nodes::<T>::insert(&executor, &node);
					Self::relist(&executor, &node);
				}
				let _ = Self::close_task(id, &task);
				Self::deposit_event(Event::TaskInconclusive { task: id });
			},
		}
		paid
	}
}
