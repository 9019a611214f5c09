//! Queries for the runtime API.

use crate::{
	runtime_api::{ContentView, TaskView},
	AccessRule, Allowances, BalanceOf, ChannelView, Channels, Config, Content, ContentId, ContentOf, Contents,
	CreatorStats, Creators, Executors, NodeView, Nodes, Pallet, PendingTerms, Task, TaskId, TaskOf,
	Tasks, ViewerOf, Viewers,
};
use frame_support::{traits::Get, BoundedVec};
use alloc::vec::Vec;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Zero, Perbill};

/// Most entries one catalogue page returns.
pub const MAX_PAGE: u32 = 100;

impl<T: Config> Pallet<T> {
	/// `content` as the runtime API returns it, with its announced terms in force if due.
	pub fn content_view(mut content: ContentOf<T>) -> ContentView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> {
		let now = frame_system::Pallet::<T>::block_number();
		if content.pending.as_ref().is_some_and(|pending| pending.effective_at <= now) {
			if let Some(pending) = content.pending.take() {
				content.price_per_second = pending.price_per_second;
				content.split = pending.split;
				content.access = pending.access;
			}
		}
		let convert = |access: AccessRule<T::AccountId, T::MaxAllowed>| match access {
			AccessRule::Public => AccessRule::Public,
			AccessRule::AllowList(list) => AccessRule::AllowList(BoundedVec::truncate_from(list.into_inner())),
			AccessRule::Token(token) => AccessRule::Token(token),
		};
		Content {
			creator: content.creator,
			renditions: BoundedVec::truncate_from(content.renditions.into_inner()),
			price_per_second: content.price_per_second,
			split: content.split,
			access: convert(content.access),
			pending: content.pending.map(|pending| PendingTerms {
				price_per_second: pending.price_per_second,
				split: pending.split,
				access: convert(pending.access),
				effective_at: pending.effective_at,
			}),
			retiring_at: content.retiring_at,
			chunk_root: content.chunk_root,
			chunks: content.chunks,
			approved_storage: BoundedVec::truncate_from(content.approved_storage.into_inner()),
			storage_nodes: BoundedVec::truncate_from(content.storage_nodes.into_inner()),
			open_tasks: content.open_tasks,
			earned: content.earned,
			deposit: content.deposit,
			registered_at: content.registered_at,
		}
	}

	/// Content `id`.
	pub fn content(id: ContentId) -> Option<ContentView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		Contents::<T>::get(id).map(Self::content_view)
	}

	/// Up to `limit` contents (at most [`MAX_PAGE`]) in storage order, after `after` if given.
	pub fn catalogue(
		after: Option<ContentId>,
		limit: u32,
	) -> Vec<(ContentId, ContentView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>)> {
		let take = limit.min(MAX_PAGE) as usize;
		let page: Vec<(ContentId, ContentOf<T>)> = match after {
			Some(after) => Contents::<T>::iter_from(Contents::<T>::hashed_key_for(after))
				.take(take)
				.collect(),
			None => Contents::<T>::iter().take(take).collect(),
		};
		page.into_iter().map(|(id, content)| (id, Self::content_view(content))).collect()
	}

	/// Node `who` with its score and whether it is in the draw list.
	pub fn node_view(who: &T::AccountId) -> Option<NodeView<BalanceOf<T>, BlockNumberFor<T>>> {
		let node = Nodes::<T>::get(who)?;
		let good = node.stats.tasks_verified.saturating_add(node.stats.challenges_passed);
		let bad = node.stats.tasks_failed.saturating_add(node.stats.challenges_failed);
		let judged = good.saturating_add(bad);
		let score =
			if judged == 0 { Perbill::one() } else { Perbill::from_rational(good, judged) };
		let drawable = Executors::<T>::get().iter().any(|(listed, _)| listed == who);
		Some(NodeView { node, score, drawable })
	}

	/// The executor draw list with stakes, heaviest first.
	pub fn executors() -> Vec<(T::AccountId, BalanceOf<T>)> {
		Executors::<T>::get().into_inner()
	}

	/// The figures of creator `who`.
	pub fn creator(who: &T::AccountId) -> CreatorStats<BalanceOf<T>> {
		Creators::<T>::get(who).unwrap_or_default()
	}

	/// Task `id`.
	pub fn task(id: TaskId) -> Option<TaskView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		Tasks::<T>::get(id).map(|task: TaskOf<T>| Task {
			content: task.content,
			rendition: task.rendition,
			input: task.input,
			segments: task.segments,
			fee: task.fee,
			deposit: task.deposit,
			requester: task.requester,
			created_at: task.created_at,
			state: task.state,
			results: BoundedVec::truncate_from(task.results.into_inner()),
		})
	}

	/// Viewer `who`'s reserve.
	pub fn viewer(who: &T::AccountId) -> Option<ViewerOf<T>> {
		Viewers::<T>::get(who)
	}

	/// What viewer `who` promised node `node`.
	pub fn allowance(who: &T::AccountId, node: &T::AccountId) -> BalanceOf<T> {
		Allowances::<T>::get(who, node)
	}

	/// Viewer `who`'s channels: what each has redeemed and how many more seconds the
	/// allowance of its node can pay at the content's current price.
	pub fn channels(who: &T::AccountId) -> Vec<ChannelView<T::AccountId, BalanceOf<T>>> {
		Channels::<T>::iter_prefix(who)
			.take(T::MaxChannels::get() as usize)
			.map(|((content, node), channel)| {
				let reserve = Allowances::<T>::get(who, &node);
				let price = Contents::<T>::get(content).map(|c| c.price_per_second);
				let affordable_seconds = match price {
					Some(price) if !price.is_zero() => {
						let seconds: u128 = sp_runtime::traits::UniqueSaturatedInto::<u128>::unique_saturated_into(reserve / price);
						seconds.min(u128::from(u32::MAX)) as u32
					},
					Some(_) => u32::MAX,
					None => 0,
				};
				ChannelView {
					content,
					node,
					seconds: channel.seconds,
					paid: channel.paid,
					affordable_seconds,
				}
			})
			.collect()
	}
}
