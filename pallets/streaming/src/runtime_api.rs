//! Runtime API of the streaming pallet: the content catalogue, nodes with scores and stake,
//! creator earnings, tasks with their samples, viewer reserves and open channels.

use crate::types::{
	ChannelView, Content, CreatorStats, NodeView, Task, TaskId, Viewer,
};
use alloc::vec::Vec;
use codec::Codec;
use frame_support::traits::ConstU32;
use sp_core::H256;

/// A content as the runtime API returns it, with bounds large enough for any runtime's.
pub type ContentView<AccountId, Balance, BlockNumber> = Content<
	AccountId,
	Balance,
	BlockNumber,
	ConstU32<{ u32::MAX }>,
	ConstU32<{ u32::MAX }>,
	ConstU32<{ u32::MAX }>,
>;

/// A task as the runtime API returns it.
pub type TaskView<AccountId, Balance, BlockNumber> =
	Task<AccountId, Balance, BlockNumber, ConstU32<{ u32::MAX }>>;

sp_api::decl_runtime_apis! {
	/// Queries of Proof of Execution. The runtime implements it with the pallet's query
	/// functions.
	pub trait StreamingApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec + Clone + PartialEq + Eq + core::fmt::Debug,
		Balance: Codec + Clone + PartialEq + Eq + core::fmt::Debug,
		BlockNumber: Codec + Clone + PartialEq + Eq + core::fmt::Debug,
	{
		/// Content `id`, if registered.
		fn content(id: H256) -> Option<ContentView<AccountId, Balance, BlockNumber>>;
		/// Up to `limit` contents (at most 100) after `after`, in storage order.
		fn catalogue(after: Option<H256>, limit: u32) -> Vec<(H256, ContentView<AccountId, Balance, BlockNumber>)>;
		/// Node `who` with its score and stake, if registered.
		fn node(who: AccountId) -> Option<NodeView<Balance, BlockNumber>>;
		/// The executor draw list with stakes, heaviest first.
		fn executors() -> Vec<(AccountId, Balance)>;
		/// Creator `who`'s contents and earnings.
		fn creator(who: AccountId) -> CreatorStats<Balance>;
		/// Task `id`, if not final.
		fn task(id: TaskId) -> Option<TaskView<AccountId, Balance, BlockNumber>>;
		/// The segments task `id`'s panel re-executes, once drawn.
		fn task_sample(id: TaskId) -> Option<Vec<u32>>;
		/// The chunk `node`'s open challenge on `content` asks for, once drawn.
		fn challenge_chunk(node: AccountId, content: H256) -> Option<u32>;
		/// Viewer `who`'s reserve, if open.
		fn viewer(who: AccountId) -> Option<Viewer<Balance, BlockNumber>>;
		/// Viewer `who`'s open channels.
		fn channels(who: AccountId) -> Vec<ChannelView<AccountId, Balance>>;
		/// What viewer `who` holds for node `node`'s tickets.
		fn allowance(who: AccountId, node: AccountId) -> Balance;
	}
}
