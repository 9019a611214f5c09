//! `streaming_*`: JSON-RPC queries of Proof of Execution (`pallet-streaming`), served from the
//! runtime API `StreamingApi` at the best block or at the block hash `at`.
//!
//! | Method | Parameters | Result |
//! |---|---|---|
//! | `streaming_content` | `content`, `at?` | a [`ContentJson`] or `null` |
//! | `streaming_catalogue` | `after?`, `limit`, `at?` | [`ContentJson`]s in storage order (at most 100) |
//! | `streaming_node` | `account`, `at?` | a [`NodeJson`] (stake, roles, record, score) or `null` |
//! | `streaming_executors` | `at?` | the executor draw list: [`StakeJson`]s, heaviest first |
//! | `streaming_creator` | `account`, `at?` | a [`CreatorJson`]: contents and earnings |
//! | `streaming_task` | `task`, `at?` | a [`TaskJson`] or `null` once final |
//! | `streaming_taskSample` | `task`, `at?` | the segment indices the panel re-executes, or `null` before they are drawn |
//! | `streaming_challengeChunk` | `node`, `content`, `at?` | the chunk an open storage challenge asks for, or `null` |
//! | `streaming_viewer` | `account`, `at?` | a [`ViewerJson`] or `null` |
//! | `streaming_channels` | `account`, `at?` | the viewer's open channels: [`ChannelJson`]s |
//! | `streaming_allowance` | `viewer`, `node`, `at?` | what the viewer holds for the node's tickets (decimal string) |
//! | `streaming_ticketPayload` | `viewer`, `reserve`, `content`, `node`, `seconds` | the `0x` hex bytes a viewer signs for this ticket on this chain |
//! | `streaming_contentId` | `creator`, `contentHash` | the id of `creator`'s content published under `contentHash` |
//!
//! Inputs: accounts are SS58 addresses (any prefix) or `0x` hex of 32 bytes; contents `0x`
//! hex of 32 bytes. Outputs (camelCase): accounts SS58 with prefix 1337, balances decimal
//! strings in planck, hashes `0x` hex, shares and scores in parts per billion.
//!
//! Errors: `-32602` (invalid params) for a malformed account or hash, with the reason; `8001`
//! when the runtime API call fails (unknown `at`, no `StreamingApi`).

use std::sync::Arc;

use arete_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
};
use pallet_streaming::{
	runtime_api::{ContentView, StreamingApi as StreamingRuntimeApi, TaskView},
	AccessRule, ChannelView, NodeView, TaskState, Ticket, Viewer,
};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use super::{
	credits::parse_hash,
	performance::{hex0x, invalid_params, parse_account, runtime_error, ss58},
};

/// The `streaming_*` JSON-RPC methods.
#[rpc(server, namespace = "streaming")]
pub trait StreamingApi<BlockHash> {
	/// Content `content`, or `null`.
	#[method(name = "content")]
	fn content(&self, content: String, at: Option<BlockHash>) -> RpcResult<Option<ContentJson>>;

	/// Up to `limit` contents after `after`.
	#[method(name = "catalogue")]
	fn catalogue(
		&self,
		after: Option<String>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ContentJson>>;

	/// Node `account`, or `null`.
	#[method(name = "node")]
	fn node(&self, account: String, at: Option<BlockHash>) -> RpcResult<Option<NodeJson>>;

	/// The executor draw list.
	#[method(name = "executors")]
	fn executors(&self, at: Option<BlockHash>) -> RpcResult<Vec<StakeJson>>;

	/// Creator `account`'s figures.
	#[method(name = "creator")]
	fn creator(&self, account: String, at: Option<BlockHash>) -> RpcResult<CreatorJson>;

	/// Task `task`, or `null`.
	#[method(name = "task")]
	fn task(&self, task: u64, at: Option<BlockHash>) -> RpcResult<Option<TaskJson>>;

	/// The sample of task `task`, or `null`.
	#[method(name = "taskSample")]
	fn task_sample(&self, task: u64, at: Option<BlockHash>) -> RpcResult<Option<Vec<u32>>>;

	/// The chunk `node`'s open challenge on `content` asks for, or `null`.
	#[method(name = "challengeChunk")]
	fn challenge_chunk(
		&self,
		node: String,
		content: String,
		at: Option<BlockHash>,
	) -> RpcResult<Option<u32>>;

	/// Viewer `account`'s reserve, or `null`.
	#[method(name = "viewer")]
	fn viewer(&self, account: String, at: Option<BlockHash>) -> RpcResult<Option<ViewerJson>>;

	/// Viewer `account`'s open channels.
	#[method(name = "channels")]
	fn channels(&self, account: String, at: Option<BlockHash>) -> RpcResult<Vec<ChannelJson>>;

	/// The id of `creator`'s content published under `content_hash`.
	#[method(name = "contentId")]
	fn content_id(&self, creator: String, content_hash: String) -> RpcResult<String>;

	/// What `viewer` holds for `node`'s tickets.
	#[method(name = "allowance")]
	fn allowance(&self, viewer: String, node: String, at: Option<BlockHash>) -> RpcResult<String>;

	/// The bytes `viewer` signs for a ticket of `seconds` seconds of `content` delivered by
	/// `node`, against its reserve opened at block `reserve`.
	#[method(name = "ticketPayload")]
	fn ticket_payload(
		&self,
		viewer: String,
		reserve: BlockNumber,
		content: String,
		node: String,
		seconds: u32,
	) -> RpcResult<String>;
}

/// Serves [`StreamingApiServer`] from a client's runtime API.
pub struct Streaming<C> {
	client: Arc<C>,
}

impl<C> Streaming<C> {
	/// Serves the queries of `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C: HeaderBackend<Block>> Streaming<C> {
	fn at(&self, at: Option<<Block as BlockT>::Hash>) -> <Block as BlockT>::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}

impl<C> StreamingApiServer<<Block as BlockT>::Hash> for Streaming<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: StreamingRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn content(
		&self,
		content: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<ContentJson>> {
		let id = parse_hash("content", &content).map_err(invalid_params)?;
		let found = self.client.runtime_api().content(self.at(at), id).map_err(runtime_error)?;
		Ok(found.map(|c| content_json(id, c)))
	}

	fn catalogue(
		&self,
		after: Option<String>,
		limit: u32,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<ContentJson>> {
		let after = after.map(|a| parse_hash("after", &a)).transpose().map_err(invalid_params)?;
		let page =
			self.client.runtime_api().catalogue(self.at(at), after, limit).map_err(runtime_error)?;
		Ok(page.into_iter().map(|(id, c)| content_json(id, c)).collect())
	}

	fn node(&self, account: String, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Option<NodeJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let node = self.client.runtime_api().node(self.at(at), who).map_err(runtime_error)?;
		Ok(node.map(node_json))
	}

	fn executors(&self, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Vec<StakeJson>> {
		let list = self.client.runtime_api().executors(self.at(at)).map_err(runtime_error)?;
		Ok(list
			.into_iter()
			.map(|(who, stake)| StakeJson { account: ss58(&who), stake: stake.to_string() })
			.collect())
	}

	fn creator(&self, account: String, at: Option<<Block as BlockT>::Hash>) -> RpcResult<CreatorJson> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let stats = self.client.runtime_api().creator(self.at(at), who).map_err(runtime_error)?;
		Ok(CreatorJson { contents: stats.contents, earned: stats.earned.to_string() })
	}

	fn task(&self, task: u64, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Option<TaskJson>> {
		let found = self.client.runtime_api().task(self.at(at), task).map_err(runtime_error)?;
		Ok(found.map(|t| task_json(task, t)))
	}

	fn task_sample(
		&self,
		task: u64,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<Vec<u32>>> {
		self.client.runtime_api().task_sample(self.at(at), task).map_err(runtime_error)
	}

	fn challenge_chunk(
		&self,
		node: String,
		content: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<u32>> {
		let node = parse_account(&node).map_err(invalid_params)?;
		let content = parse_hash("content", &content).map_err(invalid_params)?;
		self.client
			.runtime_api()
			.challenge_chunk(self.at(at), node, content)
			.map_err(runtime_error)
	}

	fn viewer(&self, account: String, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Option<ViewerJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let viewer = self.client.runtime_api().viewer(self.at(at), who).map_err(runtime_error)?;
		Ok(viewer.map(viewer_json))
	}

	fn channels(&self, account: String, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Vec<ChannelJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let channels = self.client.runtime_api().channels(self.at(at), who).map_err(runtime_error)?;
		Ok(channels.into_iter().map(channel_json).collect())
	}

	fn allowance(
		&self,
		viewer: String,
		node: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<String> {
		let viewer = parse_account(&viewer).map_err(invalid_params)?;
		let node = parse_account(&node).map_err(invalid_params)?;
		let allowance =
			self.client.runtime_api().allowance(self.at(at), viewer, node).map_err(runtime_error)?;
		Ok(allowance.to_string())
	}

	fn content_id(&self, creator: String, content_hash: String) -> RpcResult<String> {
		let creator = parse_account(&creator).map_err(invalid_params)?;
		let hash = parse_hash("contentHash", &content_hash).map_err(invalid_params)?;
		Ok(hex0x(pallet_streaming::content_id_of(&creator, &hash).as_bytes()))
	}

	fn ticket_payload(
		&self,
		viewer: String,
		reserve: BlockNumber,
		content: String,
		node: String,
		seconds: u32,
	) -> RpcResult<String> {
		let ticket = Ticket {
			viewer: parse_account(&viewer).map_err(invalid_params)?,
			reserve,
			content: parse_hash("content", &content).map_err(invalid_params)?,
			node: parse_account(&node).map_err(invalid_params)?,
			seconds,
		};
		Ok(hex0x(&ticket.signing_payload(&self.client.info().genesis_hash)))
	}
}



// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// A rendition.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct RenditionJson {
	/// `h264`, `h265`, `vp9` or `av1`.
	pub codec: String,
	pub height: u16,
	pub bitrate_kbps: u32,
	pub fps: u8,
}

/// A content.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ContentJson {
	pub id: String,
	pub creator: String,
	pub renditions: Vec<RenditionJson>,
	pub price_per_second: String,
	/// Shares of creator, delivering node and storage nodes, in parts per billion.
	pub split: [u32; 3],
	/// `public`, `allowList` or `token`.
	pub access: String,
	pub allowed: Vec<String>,
	pub token: Option<u64>,
	/// Announced terms not yet in force: `{ pricePerSecond, split, effectiveAt }`.
	pub pending: Option<PendingJson>,
	/// Once retirement is announced: the block from which the content can be removed.
	pub retiring_at: Option<BlockNumber>,
	pub chunk_root: String,
	pub chunks: u32,
	/// Storage nodes the creator approved.
	pub approved_storage: Vec<String>,
	pub storage_nodes: Vec<String>,
	pub open_tasks: u32,
	pub earned: String,
	pub deposit: String,
	pub registered_at: BlockNumber,
}

/// Terms a creator announced.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct PendingJson {
	pub price_per_second: String,
	pub split: [u32; 3],
	pub effective_at: BlockNumber,
}

fn content_json(id: sp_core::H256, c: ContentView<AccountId, Balance, BlockNumber>) -> ContentJson {
	let (access, allowed, token) = match &c.access {
		AccessRule::Public => ("public", Vec::new(), None),
		AccessRule::AllowList(list) => ("allowList", list.iter().map(ss58).collect(), None),
		AccessRule::Token(token) => ("token", Vec::new(), Some(*token)),
	};
	ContentJson {
		id: hex0x(id.as_bytes()),
		creator: ss58(&c.creator),
		renditions: c
			.renditions
			.iter()
			.map(|r| RenditionJson {
				codec: match r.codec {
					pallet_streaming::Codec::H264 => "h264",
					pallet_streaming::Codec::H265 => "h265",
					pallet_streaming::Codec::Vp9 => "vp9",
					pallet_streaming::Codec::Av1 => "av1",
				}
				.to_string(),
				height: r.height,
				bitrate_kbps: r.bitrate_kbps,
				fps: r.fps,
			})
			.collect(),
		price_per_second: c.price_per_second.to_string(),
		split: [
			c.split.creator.deconstruct(),
			c.split.executor.deconstruct(),
			c.split.storage.deconstruct(),
		],
		access: access.to_string(),
		allowed,
		token,
		pending: c.pending.as_ref().map(|p| PendingJson {
			price_per_second: p.price_per_second.to_string(),
			split: [p.split.creator.deconstruct(), p.split.executor.deconstruct(), p.split.storage.deconstruct()],
			effective_at: p.effective_at,
		}),
		retiring_at: c.retiring_at,
		chunk_root: hex0x(c.chunk_root.as_bytes()),
		chunks: c.chunks,
		approved_storage: c.approved_storage.iter().map(ss58).collect(),
		storage_nodes: c.storage_nodes.iter().map(ss58).collect(),
		open_tasks: c.open_tasks,
		earned: c.earned.to_string(),
		deposit: c.deposit.to_string(),
		registered_at: c.registered_at,
	}
}

/// A node with its record and score.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct NodeJson {
	pub execution: bool,
	pub storage: bool,
	pub stake: String,
	pub unbonding: Option<String>,
	pub withdrawable_at: Option<BlockNumber>,
	pub leaving: bool,
	pub pins: u32,
	pub open_tasks: u32,
	pub tasks_verified: u32,
	pub tasks_failed: u32,
	pub challenges_passed: u32,
	pub challenges_failed: u32,
	pub seconds_delivered: u64,
	pub earned: String,
	pub slashed: String,
	/// Verified share of judged work, parts per billion.
	pub score: u32,
	/// In the executor draw list.
	pub drawable: bool,
	pub registered_at: BlockNumber,
}

fn node_json(view: NodeView<Balance, BlockNumber>) -> NodeJson {
	let node = view.node;
	NodeJson {
		execution: node.roles.execution,
		storage: node.roles.storage,
		stake: node.stake.to_string(),
		unbonding: node.unbonding.map(|(amount, _)| amount.to_string()),
		withdrawable_at: node.unbonding.map(|(_, at)| at),
		leaving: node.leaving,
		pins: node.pins,
		open_tasks: node.open_tasks,
		tasks_verified: node.stats.tasks_verified,
		tasks_failed: node.stats.tasks_failed,
		challenges_passed: node.stats.challenges_passed,
		challenges_failed: node.stats.challenges_failed,
		seconds_delivered: node.stats.seconds_delivered,
		earned: node.stats.earned.to_string(),
		slashed: node.stats.slashed.to_string(),
		score: view.score.deconstruct(),
		drawable: view.drawable,
		registered_at: node.registered_at,
	}
}

/// An entry of the executor draw list.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct StakeJson {
	pub account: String,
	pub stake: String,
}

/// A creator's figures.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct CreatorJson {
	pub contents: u32,
	pub earned: String,
}

/// A task.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct TaskJson {
	pub id: u64,
	pub content: String,
	pub rendition: u32,
	pub input: String,
	pub segments: u32,
	pub fee: String,
	pub requester: String,
	pub created_at: BlockNumber,
	/// `created`, `assigned` or `verifying`.
	pub state: String,
	pub executor: Option<String>,
	/// The result deadline of an assigned task.
	pub deadline: Option<BlockNumber>,
	pub posted_at: Option<BlockNumber>,
	/// The verification request of a task being verified.
	pub request: Option<u64>,
	pub results: Vec<String>,
}

fn task_json(id: u64, t: TaskView<AccountId, Balance, BlockNumber>) -> TaskJson {
	let (state, executor, deadline, posted_at, request) = match &t.state {
		TaskState::Created => ("created", None, None, None, None),
		TaskState::Assigned { executor, deadline } =>
			("assigned", Some(ss58(executor)), Some(*deadline), None, None),
		TaskState::Verifying { executor, posted_at, request } =>
			("verifying", Some(ss58(executor)), None, Some(*posted_at), Some(*request)),
	};
	TaskJson {
		id,
		content: hex0x(t.content.as_bytes()),
		rendition: t.rendition,
		input: hex0x(t.input.as_bytes()),
		segments: t.segments,
		fee: t.fee.to_string(),
		requester: ss58(&t.requester),
		created_at: t.created_at,
		state: state.to_string(),
		executor,
		deadline,
		posted_at,
		request,
		results: t.results.iter().map(|h| hex0x(h.as_bytes())).collect(),
	}
}

/// A viewer's reserve.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ViewerJson {
	/// The sum of the viewer's allowances.
	pub reserve: String,
	/// Nodes it holds an allowance for.
	pub nodes: u32,
	pub deposit: String,
	/// The block tickets name as their `reserve`.
	pub opened_at: BlockNumber,
	pub leaving_at: Option<BlockNumber>,
	pub channels: u32,
}

fn viewer_json(v: Viewer<Balance, BlockNumber>) -> ViewerJson {
	ViewerJson {
		reserve: v.reserve.to_string(),
		nodes: v.nodes,
		deposit: v.deposit.to_string(),
		opened_at: v.opened_at,
		leaving_at: v.leaving_at,
		channels: v.channels,
	}
}

/// A viewer's open channel.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ChannelJson {
	pub content: String,
	pub node: String,
	/// Seconds redeemed: a new ticket must name more.
	pub seconds: u32,
	pub paid: String,
	pub affordable_seconds: u32,
}

fn channel_json(c: ChannelView<AccountId, Balance>) -> ChannelJson {
	ChannelJson {
		content: hex0x(c.content.as_bytes()),
		node: ss58(&c.node),
		seconds: c.seconds,
		paid: c.paid.to_string(),
		affordable_seconds: c.affordable_seconds,
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use sp_core::H256;

	/// SCALE of a ticket: the payload is the prefix, the genesis hash and this.
	fn ticket_bytes(ticket: &Ticket<AccountId, BlockNumber>) -> Vec<u8> {
		ticket.encode()
	}

	#[test]
	fn the_ticket_payload_is_prefix_genesis_and_ticket() {
		let ticket = Ticket {
			viewer: AccountId::new([1; 32]),
			reserve: 7,
			content: H256::repeat_byte(2),
			node: AccountId::new([3; 32]),
			seconds: 60,
		};
		let genesis = H256::repeat_byte(9);
		let payload = ticket.signing_payload(&genesis);
		let mut expected = pallet_streaming::prefix::TICKET.to_vec().encode();
		expected.extend_from_slice(genesis.as_bytes());
		expected.extend(ticket_bytes(&ticket));
		assert_eq!(payload, expected);
		// 1 length byte + 25 prefix bytes + 32 genesis + 32 viewer + 4 reserve + 32 content +
		// 32 node + 4 seconds.
		assert_eq!(payload.len(), 1 + 25 + 32 + 32 + 4 + 32 + 32 + 4);
	}

	#[test]
	fn tasks_render_their_state() {
		let task = TaskView::<AccountId, Balance, BlockNumber> {
			content: H256::repeat_byte(1),
			rendition: 0,
			input: H256::repeat_byte(2),
			segments: 2,
			fee: 5,
			deposit: 1,
			requester: AccountId::new([4; 32]),
			created_at: 3,
			state: TaskState::Verifying { executor: AccountId::new([5; 32]), posted_at: 9, request: 11 },
			results: Default::default(),
		};
		let rendered = serde_json::to_value(task_json(0, task)).unwrap();
		assert_eq!(rendered["state"], "verifying");
		assert_eq!(rendered["request"], 11);
		assert_eq!(rendered["postedAt"], 9);
		assert_eq!(rendered["fee"], "5");
		assert_eq!(rendered["deadline"], serde_json::Value::Null);
	}
}
