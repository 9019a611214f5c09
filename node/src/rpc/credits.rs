//! `credits_*`: JSON-RPC queries of the community credit economy (`pallet-credits`), served
//! from the runtime API `CreditsApi` at the best block or at the block hash `at`.
//!
//! | Method | Parameters | Result |
//! |---|---|---|
//! | `credits_ledger` | `account`, `at?` | a [`LedgerJson`] or `null` |
//! | `credits_history` | `account`, `from`, `limit`, `at?` | [`EntryJson`]s, oldest first |
//! | `credits_allowance` | `account`, `at?` | fee-free actions left now |
//! | `credits_post` | `post`, `at?` | a [`PostJson`] or `null` |
//! | `credits_postId` | `author`, `content` | the id `author`'s post of `content` gets |
//! | `credits_trending` | `posts`, `at?` | [`TrendingJson`]s, highest score first |
//! | `credits_reputation` | `account`, `at?` | a [`ReputationJson`] or `null` |
//! | `credits_stats` | `at?` | a [`StatsJson`]: participants, the genesis pool, the reward scale |
//! | `credits_node` | `account`, `at?` | a [`NodeJson`] or `null` |
//! | `credits_trust` | `account`, `at?` | a [`TrustJson`] or `null` |
//! | `credits_challengeChunk` | `node`, `content`, `at?` | the chunk a node's open challenge asks for, or `null` before it is picked |
//!
//! Inputs: accounts are SS58 addresses (any prefix) or `0x` hex of 32 bytes; posts and
//! contents `0x` hex of 32 bytes; `posts` at most [`MAX_TRENDING_POSTS`]; `limit` at most the
//! runtime's `MaxHistory` (larger values are capped).
//!
//! Outputs (camelCase): accounts SS58 with Arete's prefix 1337, credits decimal strings in
//! millionths of a credit (`"1000000"` is one credit), hashes `0x` hex, the reward scale in
//! parts per billion.
//!
//! Errors: `-32602` (invalid params) for a malformed account or hash or too many posts, with
//! the reason; `8001` when the runtime API call fails (unknown `at`, no `CreditsApi`).

use std::sync::Arc;

use arete_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
};
use pallet_credits::{
	runtime_api::{CreditsApi as CreditsRuntimeApi, NodeView},
	EntryKind, HistoryEntry, Ledger, NetworkStats,
	Post, ReputationView,
};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

use super::performance::{hex0x, invalid_params, parse_account, parse_hex32, runtime_error, ss58};

/// Most posts one `credits_trending` call scores.
pub const MAX_TRENDING_POSTS: usize = 256;

/// The `credits_*` JSON-RPC methods.
#[rpc(server, namespace = "credits")]
pub trait CreditsApi<BlockHash> {
	/// The ledger of `account`, or `null`.
	#[method(name = "ledger")]
	fn ledger(&self, account: String, at: Option<BlockHash>) -> RpcResult<Option<LedgerJson>>;

	/// Up to `limit` history entries of `account` from sequence number `from`.
	#[method(name = "history")]
	fn history(
		&self,
		account: String,
		from: u64,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<EntryJson>>;

	/// The fee-free actions `account` has left.
	#[method(name = "allowance")]
	fn allowance(&self, account: String, at: Option<BlockHash>) -> RpcResult<u32>;

	/// Post `post`, or `null`.
	#[method(name = "post")]
	fn post(&self, post: String, at: Option<BlockHash>) -> RpcResult<Option<PostJson>>;

	/// The id of `author`'s post of `content`.
	#[method(name = "postId")]
	fn post_id(&self, author: String, content: String) -> RpcResult<String>;

	/// The trending scores of `posts`, highest first (unknown posts left out).
	#[method(name = "trending")]
	fn trending(&self, posts: Vec<String>, at: Option<BlockHash>) -> RpcResult<Vec<TrendingJson>>;

	/// The reputation of `account`, or `null`.
	#[method(name = "reputation")]
	fn reputation(
		&self,
		account: String,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ReputationJson>>;

	/// Network-wide figures.
	#[method(name = "stats")]
	fn stats(&self, at: Option<BlockHash>) -> RpcResult<StatsJson>;

	/// Node `account`, or `null`.
	#[method(name = "node")]
	fn node(&self, account: String, at: Option<BlockHash>) -> RpcResult<Option<NodeJson>>;

	/// The trust weight of node `account`, or `null`.
	#[method(name = "trust")]
	fn trust(&self, account: String, at: Option<BlockHash>) -> RpcResult<Option<TrustJson>>;

	/// The chunk `node`'s open challenge on `content` asks for, or `null`.
	#[method(name = "challengeChunk")]
	fn challenge_chunk(
		&self,
		node: String,
		content: String,
		at: Option<BlockHash>,
	) -> RpcResult<Option<u32>>;
}

/// Serves [`CreditsApiServer`] from a client's runtime API.
pub struct Credits<C> {
	client: Arc<C>,
}

impl<C> Credits<C> {
	/// Serves the queries of `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C: HeaderBackend<Block>> Credits<C> {
	fn at(&self, at: Option<<Block as BlockT>::Hash>) -> <Block as BlockT>::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}

impl<C> CreditsApiServer<<Block as BlockT>::Hash> for Credits<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CreditsRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn ledger(
		&self,
		account: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<LedgerJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let ledger = self.client.runtime_api().ledger(self.at(at), who).map_err(runtime_error)?;
		Ok(ledger.map(ledger_json))
	}

	fn history(
		&self,
		account: String,
		from: u64,
		limit: u32,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<EntryJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let entries = self
			.client
			.runtime_api()
			.history(self.at(at), who, from, limit)
			.map_err(runtime_error)?;
		Ok(entries.into_iter().map(entry_json).collect())
	}

	fn allowance(&self, account: String, at: Option<<Block as BlockT>::Hash>) -> RpcResult<u32> {
		let who = parse_account(&account).map_err(invalid_params)?;
		self.client.runtime_api().allowance(self.at(at), who).map_err(runtime_error)
	}

	fn post(&self, post: String, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Option<PostJson>> {
		let id = parse_hash("post", &post).map_err(invalid_params)?;
		let post = self.client.runtime_api().post(self.at(at), id).map_err(runtime_error)?;
		Ok(post.map(|p| post_json(id, p)))
	}

	fn post_id(&self, author: String, content: String) -> RpcResult<String> {
		let author = parse_account(&author).map_err(invalid_params)?;
		let content = parse_hash("content", &content).map_err(invalid_params)?;
		Ok(hex0x(pallet_credits::post_id(&author, &content).as_bytes()))
	}

	fn trending(
		&self,
		posts: Vec<String>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<TrendingJson>> {
		let ids = parse_posts(&posts).map_err(invalid_params)?;
		let scored = self.client.runtime_api().trending(self.at(at), ids).map_err(runtime_error)?;
		Ok(scored
			.into_iter()
			.map(|(post, score)| TrendingJson { post: hex0x(post.as_bytes()), score: score.to_string() })
			.collect())
	}

	fn reputation(
		&self,
		account: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<ReputationJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let view = self.client.runtime_api().reputation(self.at(at), who).map_err(runtime_error)?;
		Ok(view.map(reputation_json))
	}

	fn stats(&self, at: Option<<Block as BlockT>::Hash>) -> RpcResult<StatsJson> {
		let stats = self.client.runtime_api().stats(self.at(at)).map_err(runtime_error)?;
		Ok(stats_json(stats))
	}

	fn node(&self, account: String, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Option<NodeJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let node = self.client.runtime_api().node(self.at(at), who).map_err(runtime_error)?;
		Ok(node.map(node_json))
	}

	fn trust(&self, account: String, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Option<TrustJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let trust = self.client.runtime_api().trust(self.at(at), who).map_err(runtime_error)?;
		Ok(trust.map(|t| TrustJson {
			weight: t.weight.deconstruct(),
			uptime: t.uptime.deconstruct(),
			hosting: t.hosting.deconstruct(),
			accuracy: t.accuracy.deconstruct(),
			participation: t.participation.deconstruct(),
			vouches: t.vouches.deconstruct(),
			validates: t.validates,
		}))
	}

	fn challenge_chunk(
		&self,
		node: String,
		content: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<u32>> {
		let node = parse_account(&node).map_err(invalid_params)?;
		let content = parse_hash("content", &content).map_err(invalid_params)?;
		self.client.runtime_api().challenge_chunk(self.at(at), node, content).map_err(runtime_error)
	}
}



/// A 32-byte hash given as `0x` hex; `what` names the parameter in the error.
pub fn parse_hash(what: &str, input: &str) -> Result<H256, String> {
	let input = input.trim();
	let hex = input
		.strip_prefix("0x")
		.or_else(|| input.strip_prefix("0X"))
		.ok_or_else(|| format!("{what}: expected 0x-prefixed hex of 32 bytes"))?;
	parse_hex32(hex).map(H256).map_err(|reason| format!("{what}: {reason}"))
}

/// At most [`MAX_TRENDING_POSTS`] post ids.
pub fn parse_posts(posts: &[String]) -> Result<Vec<H256>, String> {
	if posts.len() > MAX_TRENDING_POSTS {
		return Err(format!("posts: {} given, at most {MAX_TRENDING_POSTS}", posts.len()));
	}
	posts.iter().map(|post| parse_hash("posts", post)).collect()
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// A ledger.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct LedgerJson {
	pub node: String,
	pub content: String,
	/// The verification bond of a node.
	pub bonded: String,
	pub total: String,
	pub lifetime_earned: String,
	pub lifetime_spent: String,
	pub tips_received: String,
	pub sponsor: Option<String>,
	pub deposit: String,
	pub joined: BlockNumber,
	pub last_active: BlockNumber,
	pub inactive: bool,
	pub live_posts: u32,
	/// Node proofs with the swarm.
	pub pending_proofs: u32,
	pub history_len: u64,
	pub history_head: String,
}

fn ledger_json(ledger: Ledger<AccountId, Balance, BlockNumber>) -> LedgerJson {
	LedgerJson {
		node: ledger.node.to_string(),
		content: ledger.content.to_string(),
		bonded: ledger.bonded.to_string(),
		total: ledger.total().to_string(),
		lifetime_earned: ledger.lifetime_earned.to_string(),
		lifetime_spent: ledger.lifetime_spent.to_string(),
		tips_received: ledger.tips_received.to_string(),
		sponsor: ledger.sponsor.as_ref().map(ss58),
		deposit: ledger.deposit.to_string(),
		joined: ledger.joined,
		last_active: ledger.last_active,
		inactive: ledger.inactive,
		live_posts: ledger.live_posts,
		pending_proofs: ledger.pending_proofs,
		history_len: ledger.history_len,
		history_head: hex0x(ledger.history_head.as_bytes()),
	}
}

/// A history entry, with everything a client needs to recompute its hash.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct EntryJson {
	pub seq: u64,
	/// `grant`, `reward:post`, `reward:engagement`, `reward:uptime`, `reward:hosting`,
	/// `tipSent`, `tipReceived`, `royalty`, `hypeSpent`, `hypeReceived`, `decay`, `bonded`,
	/// `unbonded` or `bondForfeited`.
	pub kind: String,
	pub amount: String,
	pub counterparty: Option<String>,
	pub post: Option<String>,
	pub block: BlockNumber,
	pub prev: String,
	pub hash: String,
}

fn kind_name(kind: EntryKind) -> String {
	match kind {
		EntryKind::Grant => "grant".into(),
		EntryKind::Reward(action) => format!("reward:{}", format!("{action:?}").to_lowercase()),
		EntryKind::TipSent => "tipSent".into(),
		EntryKind::TipReceived => "tipReceived".into(),
		EntryKind::Royalty => "royalty".into(),
		EntryKind::HypeSpent => "hypeSpent".into(),
		EntryKind::HypeReceived => "hypeReceived".into(),
		EntryKind::Decay => "decay".into(),
		EntryKind::Bonded => "bonded".into(),
		EntryKind::Unbonded => "unbonded".into(),
		EntryKind::BondForfeited => "bondForfeited".into(),
	}
}

fn entry_json(entry: HistoryEntry<AccountId, BlockNumber>) -> EntryJson {
	EntryJson {
		seq: entry.seq,
		kind: kind_name(entry.kind),
		amount: entry.amount.to_string(),
		counterparty: entry.counterparty.as_ref().map(ss58),
		post: entry.post.map(|p| hex0x(p.as_bytes())),
		block: entry.block,
		prev: hex0x(entry.prev.as_bytes()),
		hash: hex0x(entry.hash.as_bytes()),
	}
}

/// A post.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct PostJson {
	pub id: String,
	pub author: String,
	pub content: String,
	pub parent: Option<String>,
	pub royalty_to: Option<String>,
	pub created: BlockNumber,
	pub hype: String,
	pub tips: String,
	pub comments: u32,
	pub reactions: u32,
}

fn post_json(id: H256, post: Post<AccountId, BlockNumber>) -> PostJson {
	PostJson {
		id: hex0x(id.as_bytes()),
		author: ss58(&post.author),
		content: hex0x(post.content.as_bytes()),
		parent: post.parent.map(|p| hex0x(p.as_bytes())),
		royalty_to: post.royalty_to.as_ref().map(ss58),
		created: post.created,
		hype: post.hype.to_string(),
		tips: post.tips.to_string(),
		comments: post.comments,
		reactions: post.reactions,
	}
}

/// A trending score.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct TrendingJson {
	pub post: String,
	/// Millionths.
	pub score: String,
}

/// A reputation.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ReputationJson {
	pub score: String,
	pub lifetime_earned: String,
	pub lifetime_spent: String,
	pub tips_received: String,
}

fn reputation_json(view: ReputationView) -> ReputationJson {
	ReputationJson {
		score: view.score.to_string(),
		lifetime_earned: view.lifetime_earned.to_string(),
		lifetime_spent: view.lifetime_spent.to_string(),
		tips_received: view.tips_received.to_string(),
	}
}

/// Network-wide figures.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct StatsJson {
	pub participants: u32,
	pub active: u32,
	pub posts: u32,
	pub in_ledgers: String,
	pub pool_available: String,
	pub pool_allocated: String,
	pub pool_recycled: String,
	pub burned: String,
	pub genesis_total: String,
	/// Parts per billion.
	pub reward_scale: u32,
}

fn stats_json(stats: NetworkStats) -> StatsJson {
	StatsJson {
		participants: stats.participants,
		active: stats.active,
		posts: stats.posts,
		in_ledgers: stats.in_ledgers.to_string(),
		pool_available: stats.pool.available.to_string(),
		pool_allocated: stats.pool.allocated.to_string(),
		pool_recycled: stats.pool.recycled.to_string(),
		burned: stats.pool.burned.to_string(),
		genesis_total: stats.genesis_total.to_string(),
		reward_scale: stats.reward_scale.deconstruct(),
	}
}

/// A node.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct NodeJson {
	pub bonded_at: BlockNumber,
	pub vouchers: Vec<String>,
	pub vouches: Vec<String>,
	pub uptime_days: u32,
	pub hosted_units: u32,
	pub voted: u32,
	pub correct: u32,
	pub wrong: u32,
	pub missed: u32,
	pub hosting: u32,
	pub last_uptime_day: Option<u32>,
	/// The day of the current heartbeat log and its hours (bit `h` for hour `h`).
	pub heartbeat_day: u32,
	pub heartbeat_hours: u32,
}

fn node_json(node: NodeView<AccountId, BlockNumber>) -> NodeJson {
	NodeJson {
		bonded_at: node.bonded_at,
		vouchers: node.vouchers.iter().map(ss58).collect(),
		vouches: node.vouches.iter().map(ss58).collect(),
		uptime_days: node.uptime_days,
		hosted_units: node.hosted_units,
		voted: node.voted,
		correct: node.correct,
		wrong: node.wrong,
		missed: node.missed,
		hosting: node.hosting,
		last_uptime_day: node.last_uptime_day,
		heartbeat_day: node.heartbeats.day,
		heartbeat_hours: node.heartbeats.hours,
	}
}

/// A node's trust weight and its parts, in parts per billion.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct TrustJson {
	pub weight: u32,
	pub uptime: u32,
	pub hosting: u32,
	pub accuracy: u32,
	pub participation: u32,
	pub vouches: u32,
	pub validates: bool,
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hashes_are_0x_hex_of_32_bytes() {
		let hex = format!("0x{}", "ab".repeat(32));
		assert_eq!(parse_hash("post", &hex), Ok(H256::repeat_byte(0xab)));
		assert!(parse_hash("post", &"ab".repeat(32)).unwrap_err().contains("0x-prefixed"));
		assert!(parse_hash("post", "0x1234").unwrap_err().starts_with("post: 4 hex digits"));
		assert!(parse_hash("content", &format!("0x{}", "zz".repeat(32))).unwrap_err().contains("not hex"));
	}

	#[test]
	fn trending_takes_a_bounded_list() {
		let one = format!("0x{}", "01".repeat(32));
		assert_eq!(parse_posts(&[one.clone()]).map(|v| v.len()), Ok(1));
		let many = vec![one; MAX_TRENDING_POSTS + 1];
		assert!(parse_posts(&many).unwrap_err().contains("at most 256"));
	}

	#[test]
	fn entries_render_what_a_client_needs_to_rehash() {
		let entry = HistoryEntry {
			seq: 4,
			kind: EntryKind::Reward(pallet_credits::Action::Engagement),
			amount: 50_000,
			counterparty: None,
			post: Some(H256::repeat_byte(2)),
			block: 7,
			prev: H256::repeat_byte(3),
			hash: H256::repeat_byte(4),
		};
		let rendered = serde_json::to_value(entry_json(entry)).unwrap();
		assert_eq!(rendered["kind"], "reward:engagement");
		assert_eq!(rendered["amount"], "50000");
		assert_eq!(rendered["post"], format!("0x{}", "02".repeat(32)));
		assert_eq!(rendered["counterparty"], serde_json::Value::Null);
	}
}
