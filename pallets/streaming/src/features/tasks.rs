//! Transcode tasks: creation, the executor draw, results, expiry and the verification
//! request's parameters.

use crate::{
	prefix, BalanceOf, Config, Contents, DrawQueue, Error, Event, Executors, HoldReason, Nodes,
	Pallet, RequestId, Task, TaskId, TaskOf, TaskOfRequest, TaskState, Tasks, WeightInfo,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, One, Saturating, UniqueSaturatedInto},
	DispatchError,
};
use verification_primitives::{PanelPolicy, RequestParams, VerificationMode, VerificationProvider};

impl<T: Config> Pallet<T> {
	/// The request parameters of a task's verification: a drawn panel of
	/// `VerificationSeats` on `VerificationTerms`, never the task's requester (the engine
	/// excludes the executor, which opens the request).
	pub fn verification_params(
		requester: Option<&T::AccountId>,
	) -> RequestParams<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> {
		RequestParams {
			mode: VerificationMode::Panel(PanelPolicy::Drawn { seats: T::VerificationSeats::get() }),
			panel: T::VerificationTerms::get(),
			score_range: None,
			excluded: BoundedVec::truncate_from(requester.into_iter().cloned().collect::<Vec<_>>()),
		}
	}

	/// The subject of task `id`'s verification request: the hash of the task's terms and
	/// its results.
	pub fn task_subject(id: TaskId, task: &TaskOf<T>) -> H256 {
		H256(sp_io::hashing::blake2_256(
			&(prefix::TASK, id, task.content, task.rendition, task.input, &task.results).encode(),
		))
	}

	pub(crate) fn do_create_task(
		who: T::AccountId,
		content_id: crate::ContentId,
		rendition: u32,
		input: H256,
		segments: u32,
		fee: BalanceOf<T>,
	) -> DispatchResult {
		let mut content = Self::owned_content(&who, content_id)?;
		ensure!(content.retiring_at.is_none(), Error::<T>::ContentRetiring);
		ensure!((rendition as usize) < content.renditions.len(), Error::<T>::UnknownRendition);
		ensure!(
			segments >= 1 && segments <= T::MaxSegments::get(),
			Error::<T>::BadSegmentCount
		);
		// The executor pays the verification panel's reward: a fee below it would make the
		// executor pay to work.
		ensure!(fee >= T::VerificationTerms::get().reward, Error::<T>::FeeTooLow);
		let deposit = T::TaskDeposit::get();
		let escrow = fee.checked_add(&deposit).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::TaskEscrow.into(), &who, escrow)?;
		let id = crate::NextTaskId::<T>::get();
		crate::NextTaskId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let now = frame_system::Pallet::<T>::block_number();
		let draw_at = now.saturating_add(One::one()).saturating_add(One::one());
		DrawQueue::<T>::try_mutate(draw_at, |queue| queue.try_push(id))
			.map_err(|_| Error::<T>::DrawQueueFull)?;
		content.open_tasks = content.open_tasks.saturating_add(1);
		Contents::<T>::insert(content_id, content);
		Tasks::<T>::insert(
			id,
			Task {
				content: content_id,
				rendition,
				input,
				segments,
				fee,
				deposit,
				requester: who,
				created_at: now,
				state: TaskState::Created,
				results: BoundedVec::new(),
			},
		);
		Self::deposit_event(Event::TaskCreated { task: id, content: content_id, segments, fee });
		Ok(())
	}

	pub(crate) fn do_cancel_task(who: T::AccountId, id: TaskId) -> DispatchResult {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.requester == who, Error::<T>::NotRequester);
		ensure!(task.state == TaskState::Created, Error::<T>::WrongTaskState);
		Self::close_task(id, &task)?;
		Self::deposit_event(Event::TaskCancelled { task: id });
		Ok(())
	}

	/// Refunds a task's requester and removes the task.
	pub(crate) fn close_task(id: TaskId, task: &TaskOf<T>) -> DispatchResult {
		T::Currency::release(
			&HoldReason::TaskEscrow.into(),
			&task.requester,
			task.fee.saturating_add(task.deposit),
			Precision::BestEffort,
		)?;
		Self::remove_task(id, task);
		Ok(())
	}

	/// Removes a task and its count on its content.
	pub(crate) fn remove_task(id: TaskId, task: &TaskOf<T>) {
		Tasks::<T>::remove(id);
		Contents::<T>::mutate(task.content, |content| {
			if let Some(content) = content {
				content.open_tasks = content.open_tasks.saturating_sub(1);
			}
		});
	}

	/// Draws the executors of the tasks queued for block `now` (created two blocks before);
	/// a task without a drawable executor stays `Created` for [`Pallet::assign_task`].
	/// Returns the weight used: a queue read and removal, and one draw per task.
	pub(crate) fn draw_queued(now: BlockNumberFor<T>) -> Weight {
		let queue = DrawQueue::<T>::take(now);
		let mut weight = T::DbWeight::get().reads_writes(1, 1);
		for id in queue.iter() {
			let listed = match Self::do_assign_task(*id) {
				Ok(listed) => listed,
				// Cancelled, or nobody to draw: the draw read the list at most.
				Err(_) => T::MaxExecutors::get(),
			};
			weight = weight.saturating_add(T::WeightInfo::assign_task(listed));
		}
		weight
	}

	/// Draws the executor of task `id`; returns the length of the draw list read.
	pub(crate) fn do_assign_task(id: TaskId) -> Result<u32, DispatchError> {
		let mut task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.state == TaskState::Created, Error::<T>::WrongTaskState);
		let seed = Self::seed_after(prefix::ASSIGN, &id, task.created_at)
			.ok_or(Error::<T>::DrawNotReady)?;
		let list = Executors::<T>::get();
		let listed = list.len() as u32;
		let executor = Self::draw(&list, &task.requester, seed).ok_or(Error::<T>::NoExecutor)?;
		let mut node = Nodes::<T>::get(&executor).ok_or(Error::<T>::NoExecutor)?;
		node.open_tasks = node.open_tasks.saturating_add(1);
		Nodes::<T>::insert(&executor, &node);
		Self::relist(&executor, &node);
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ResultWindow::get());
		task.state = TaskState::Assigned { executor: executor.clone(), deadline };
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::TaskAssigned { task: id, executor, deadline });
		Ok(listed)
	}

	/// A seed from the hash of block `after + 1`, which did not exist at block `after`: `None`
	/// until that hash is known (from block `after + 2`).
	pub(crate) fn seed_after(
		tag: &[u8],
		subject: &impl Encode,
		after: BlockNumberFor<T>,
	) -> Option<[u8; 32]> {
		let source = after.saturating_add(One::one());
		if frame_system::Pallet::<T>::block_number() <= source {
			return None;
		}
		let hash = frame_system::Pallet::<T>::block_hash(source);
		Some(sp_io::hashing::blake2_256(&(tag, subject, hash).encode()))
	}

	/// A stake-weighted pick from `list` by `seed`, never `excluded`.
	pub(crate) fn draw(
		list: &[(T::AccountId, BalanceOf<T>)],
		excluded: &T::AccountId,
		seed: [u8; 32],
	) -> Option<T::AccountId> {
		let weight = |stake: &BalanceOf<T>| -> u128 { (*stake).unique_saturated_into() };
		let total = list
			.iter()
			.filter(|(who, _)| who != excluded)
			.fold(0u128, |sum, (_, stake)| sum.saturating_add(weight(stake)));
		if total == 0 {
			return None;
		}
		let [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, ..] = seed;
		let mut point = u128::from_le_bytes([
			b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15,
		]) % total;
		for (who, stake) in list.iter().filter(|(who, _)| who != excluded) {
			let w = weight(stake);
			if point < w {
				return Some(who.clone());
			}
			point = point.saturating_sub(w);
		}
		None
	}

	pub(crate) fn do_submit_results(
		who: T::AccountId,
		id: TaskId,
		results: BoundedVec<H256, T::MaxSegments>,
	) -> DispatchResult {
		let mut task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		let TaskState::Assigned { executor, deadline } = task.state.clone() else {
			return Err(Error::<T>::WrongTaskState.into());
		};
		ensure!(executor == who, Error::<T>::NotExecutor);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= deadline, Error::<T>::ResultWindowOver);
		ensure!(results.len() as u32 == task.segments, Error::<T>::WrongResultCount);
		task.results = results;
		let opened = T::Verifier::open_request(
			T::Domain::get(),
			Self::task_subject(id, &task),
			&who,
			Self::verification_params(Some(&task.requester)),
		);
		let request: RequestId = match opened {
			Ok(request) => request,
			// The executor cannot pay the engine's deposit and reward: its own failure.
			Err(error @ (DispatchError::Token(_) | DispatchError::Arithmetic(_))) =>
				return Err(error),
			// The engine cannot verify now (no roster, too few witnesses): nobody's fault.
			// The task ends without payment or slash instead of expiring on the executor.
			Err(error) => {
				log::warn!(target: crate::LOG_TARGET, "task {id} unverifiable: {error:?}");
				if let Some(mut node) = Nodes::<T>::get(&who) {
					node.open_tasks = node.open_tasks.saturating_sub(1);
					Nodes::<T>::insert(&who, &node);
					Self::relist(&who, &node);
				}
				Self::close_task(id, &task)?;
				Self::deposit_event(Event::TaskUnverifiable { task: id, executor: who });
				return Ok(());
			},
		};
		task.state = TaskState::Verifying { executor: who.clone(), posted_at: now, request };
		Tasks::<T>::insert(id, task);
		TaskOfRequest::<T>::insert(request, id);
		Self::deposit_event(Event::ResultsPosted { task: id, executor: who, request });
		Ok(())
	}

	/// The segments of task `id` its panel re-executes: `SampleSize` distinct indices drawn
	/// from the hash of the block after its results were posted, ascending. `None` before
	/// that hash exists or if the task is not being verified.
	pub fn task_sample(id: TaskId) -> Option<Vec<u32>> {
		let task = Tasks::<T>::get(id)?;
		let TaskState::Verifying { posted_at, .. } = task.state else { return None };
		let seed = Self::seed_after(prefix::SAMPLE, &id, posted_at)?;
		Some(Self::sample_from(seed, task.segments, T::SampleSize::get()))
	}

	/// `size` distinct indices below `segments` from `seed` (a partial Fisher–Yates shuffle),
	/// ascending; all of them if `size >= segments`.
	pub fn sample_from(seed: [u8; 32], segments: u32, size: u32) -> Vec<u32> {
		let mut indices: Vec<u32> = (0..segments).collect();
		let take = size.min(segments) as usize;
		for i in 0..take {
			let word = sp_io::hashing::blake2_256(&(seed, i as u32).encode());
			let [b0, b1, b2, b3, ..] = word;
			let remaining = indices.len().saturating_sub(i).max(1);
			let j = i.saturating_add(u32::from_le_bytes([b0, b1, b2, b3]) as usize % remaining);
			if j < indices.len() {
				indices.swap(i, j);
			}
		}
		indices.truncate(take);
		indices.sort_unstable();
		indices
	}

	pub(crate) fn do_expire_task(id: TaskId) -> DispatchResult {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		let TaskState::Assigned { executor, deadline } = task.state.clone() else {
			return Err(Error::<T>::WrongTaskState.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() > deadline, Error::<T>::ResultWindowOpen);
		let slashed = match Nodes::<T>::get(&executor) {
			Some(mut node) => {
				node.open_tasks = node.open_tasks.saturating_sub(1);
				node.stats.tasks_failed = node.stats.tasks_failed.saturating_add(1);
				// Burned, not paid to the requester: a requester must not profit from a task
				// nobody could carry out (an input that does not exist, for one).
				Self::slash(&executor, &mut node, T::MissSlash::get(), |_| alloc::vec::Vec::new())
			},
			None => Default::default(),
		};
		Self::close_task(id, &task)?;
		Self::deposit_event(Event::TaskExpired { task: id, executor, slashed });
		Ok(())
	}

	/// Pays a verified task's fee to its executor and removes the task.
	pub(crate) fn pay_executor(id: TaskId, task: &TaskOf<T>, executor: &T::AccountId) -> DispatchResult {
		T::Currency::transfer_on_hold(
			&HoldReason::TaskEscrow.into(),
			&task.requester,
			executor,
			task.fee,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		)?;
		T::Currency::release(
			&HoldReason::TaskEscrow.into(),
			&task.requester,
			task.deposit,
			Precision::BestEffort,
		)?;
		Self::remove_task(id, task);
		Ok(())
	}
}
