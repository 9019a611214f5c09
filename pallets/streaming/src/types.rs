//! Types of the streaming pallet: content, nodes, tasks, storage challenges, viewers, payment
//! channels and tickets, and the views the runtime API returns.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;

/// A content id: `blake2_256(SCALE(prefix::CONTENT, creator, content_hash))`, binding the
/// hash the creator publishes its content under (e.g. of its manifest) to the creator, so
/// that nobody can take a creator's id first (see `Pallet::content_id`).
pub type ContentId = H256;

/// The id of `creator`'s content published under `content_hash`:
/// `blake2_256(SCALE((prefix::CONTENT, creator, content_hash)))`.
pub fn content_id_of<AccountId: Encode>(creator: &AccountId, content_hash: &H256) -> ContentId {
	H256(sp_io::hashing::blake2_256(&(prefix::CONTENT, creator, content_hash).encode()))
}

/// A task id, allocated sequentially from 0.
pub type TaskId = u64;

/// Domain-separation prefixes of what the pallet hashes or what viewers sign.
pub mod prefix {
	/// A content's id, from its creator and its content hash.
	pub const CONTENT: &[u8] = b"arete/streaming/v1/content";
	/// A viewer's payment ticket, with the chain's genesis hash.
	pub const TICKET: &[u8] = b"arete/streaming/v1/ticket";
	/// The subject a task's verification request is opened on.
	pub const TASK: &[u8] = b"arete/streaming/v1/task";
	/// The seed of a task's executor draw.
	pub const ASSIGN: &[u8] = b"arete/streaming/v1/assign";
	/// The seed of a task's re-execution sample.
	pub const SAMPLE: &[u8] = b"arete/streaming/v1/sample";
	/// The seed of a storage challenge's chunk.
	pub const CHUNK: &[u8] = b"arete/streaming/v1/chunk";
}

/// A video codec of a rendition.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub enum Codec {
	/// H.264 / AVC.
	H264,
	/// H.265 / HEVC.
	H265,
	/// VP9.
	Vp9,
	/// AV1.
	Av1,
}

/// One rendition of a content's adaptive-bitrate ladder: what a transcode task produces.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub struct Rendition {
	/// Codec.
	pub codec: Codec,
	/// Frame height in pixels (e.g. 720).
	pub height: u16,
	/// Target bitrate in kbit/s.
	pub bitrate_kbps: u32,
	/// Frames per second.
	pub fps: u8,
}

/// How each second a viewer pays is divided. The three shares sum to 100 %.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub struct Split {
	/// The creator's share (it also receives every rounding remainder).
	pub creator: Perbill,
	/// The share of the execution node that delivered the stream (the ticket's node).
	pub executor: Perbill,
	/// The share of the content's storage nodes, divided equally among them (the creator's
	/// when no node stores the content).
	pub storage: Perbill,
}

impl Split {
	/// Whether the shares sum to exactly 100 %.
	pub fn is_whole(&self) -> bool {
		let sum = u64::from(self.creator.deconstruct())
			.saturating_add(u64::from(self.executor.deconstruct()))
			.saturating_add(u64::from(self.storage.deconstruct()));
		sum == u64::from(Perbill::one().deconstruct())
	}
}

/// Who may watch a content (and so whose tickets for it can be redeemed).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxAllowed))]
pub enum AccessRule<AccountId, MaxAllowed: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Anyone.
	Public,
	/// The listed accounts only.
	AllowList(BoundedVec<AccountId, MaxAllowed>),
	/// Holders of the token the runtime's [`crate::TokenGate`] recognises by this id.
	Token(u64),
}

/// New terms of a content, announced by its creator and in force from `effective_at`: a
/// notice period, so that tickets viewers signed and nodes delivered under the old terms can
/// be redeemed under them.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxAllowed))]
pub struct PendingTerms<AccountId, Balance, BlockNumber, MaxAllowed>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxAllowed: Get<u32>,
{
	/// The new price per second.
	pub price_per_second: Balance,
	/// The new split.
	pub split: Split,
	/// The new access rule.
	pub access: AccessRule<AccountId, MaxAllowed>,
	/// The first block they apply in.
	pub effective_at: BlockNumber,
}

/// A registered content.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxRenditions, MaxAllowed, MaxReplicas))]
pub struct Content<AccountId, Balance, BlockNumber, MaxRenditions, MaxAllowed, MaxReplicas>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxRenditions: Get<u32>,
	MaxAllowed: Get<u32>,
	MaxReplicas: Get<u32>,
{
	/// Who registered it; holds its deposit and receives the creator share.
	pub creator: AccountId,
	/// Its rendition ladder; tasks produce one rendition each.
	pub renditions: BoundedVec<Rendition, MaxRenditions>,
	/// What a viewer pays per second watched.
	pub price_per_second: Balance,
	/// How payments are divided.
	pub split: Split,
	/// Who may watch.
	pub access: AccessRule<AccountId, MaxAllowed>,
	/// Terms announced by the creator, in force from their `effective_at`.
	pub pending: Option<PendingTerms<AccountId, Balance, BlockNumber, MaxAllowed>>,
	/// Once the creator announced its retirement: the block from which it can be removed.
	/// Tickets are redeemable until then; no new tasks or pins.
	pub retiring_at: Option<BlockNumber>,
	/// Root of the binary Merkle tree over its stored chunks (see [`crate::merkle`]); storage
	/// challenges are answered with a chunk and its path to this root.
	pub chunk_root: H256,
	/// Number of chunks under `chunk_root`.
	pub chunks: u32,
	/// The storage nodes the creator approved: only they may pin it (and be paid for it).
	pub approved_storage: BoundedVec<AccountId, MaxReplicas>,
	/// The storage nodes that declared they store it (all approved).
	pub storage_nodes: BoundedVec<AccountId, MaxReplicas>,
	/// Tasks on it not yet final.
	pub open_tasks: u32,
	/// Everything paid for it so far (all shares).
	pub earned: Balance,
	/// The deposit held from the creator.
	pub deposit: Balance,
	/// When it was registered.
	pub registered_at: BlockNumber,
}

/// Per-creator figures.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default,
)]
pub struct CreatorStats<Balance> {
	/// Contents registered and not retired.
	pub contents: u32,
	/// Creator shares received, over all contents ever registered.
	pub earned: Balance,
}

/// The roles a node serves. Verification nodes are the verification engine's witnesses
/// serving the streaming domain, staked with the engine.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub struct Roles {
	/// Runs transcode tasks and delivers streams (redeems tickets).
	pub execution: bool,
	/// Stores contents and answers storage challenges.
	pub storage: bool,
}

impl Roles {
	/// Whether no role is set.
	pub fn is_empty(&self) -> bool {
		!self.execution && !self.storage
	}
}

/// What a node has done, for its score.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default,
)]
pub struct NodeStats<Balance> {
	/// Tasks whose sample the engine approved.
	pub tasks_verified: u32,
	/// Tasks whose sample the engine rejected, or left without results.
	pub tasks_failed: u32,
	/// Storage challenges answered with a valid proof.
	pub challenges_passed: u32,
	/// Storage challenges left unanswered.
	pub challenges_failed: u32,
	/// Seconds of streams delivered and paid.
	pub seconds_delivered: u64,
	/// Everything the node earned (task fees and shares).
	pub earned: Balance,
	/// Everything slashed from it.
	pub slashed: Balance,
}

/// A registered node.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Node<Balance, BlockNumber> {
	/// Its roles.
	pub roles: Roles,
	/// Active stake (held); what draws weigh and slashes take a share of.
	pub stake: Balance,
	/// Stake being unbonded (still held and slashable) and from when it can be withdrawn.
	pub unbonding: Option<(Balance, BlockNumber)>,
	/// Whether it is leaving: it unbonded everything and takes no new work.
	pub leaving: bool,
	/// Contents it stores.
	pub pins: u32,
	/// Tasks assigned to it and not final.
	pub open_tasks: u32,
	/// Its record.
	pub stats: NodeStats<Balance>,
	/// When it registered.
	pub registered_at: BlockNumber,
}

impl<Balance: sp_runtime::Saturating + Copy + Default, BlockNumber> Node<Balance, BlockNumber> {
	/// Everything held for it: active and unbonding stake.
	pub fn held(&self) -> Balance {
		self.stake
			.saturating_add(self.unbonding.as_ref().map(|(amount, _)| *amount).unwrap_or_default())
	}
}

/// A node's score as the runtime API returns it: the share of its verified work among all
/// its judged work (tasks and challenges), 100 % before any.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct NodeView<Balance, BlockNumber> {
	/// The node.
	pub node: Node<Balance, BlockNumber>,
	/// Its score.
	pub score: Perbill,
	/// Whether it is in the executor draw.
	pub drawable: bool,
}

/// Where a task is.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum TaskState<AccountId, BlockNumber> {
	/// Waiting for its executor draw (possible from `created_at + 2`).
	Created,
	/// Drawn executor; results due by `deadline`.
	Assigned {
		/// The execution node.
		executor: AccountId,
		/// Last block it may post results in.
		deadline: BlockNumber,
	},
	/// Results posted; the sample is being re-executed under engine request `request`.
	Verifying {
		/// The execution node.
		executor: AccountId,
		/// When the results were posted (the sample comes from the next block's hash).
		posted_at: BlockNumber,
		/// The engine's request.
		request: u64,
	},
}

/// A transcode task: turn `segments` input segments of a content into one of its renditions.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxSegments))]
pub struct Task<AccountId, Balance, BlockNumber, MaxSegments>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxSegments: Get<u32>,
{
	/// The content (its creator asked for the task).
	pub content: ContentId,
	/// Index of the rendition in the content's ladder.
	pub rendition: u32,
	/// Hash of the input descriptor (where the source segments are and how they are cut).
	pub input: H256,
	/// Number of segments.
	pub segments: u32,
	/// Paid to the executor when its sample is verified; held from the requester until then.
	pub fee: Balance,
	/// Storage deposit held from the requester while the task lives.
	pub deposit: Balance,
	/// Who asked for it (the content's creator).
	pub requester: AccountId,
	/// When it was created.
	pub created_at: BlockNumber,
	/// Where it is.
	pub state: TaskState<AccountId, BlockNumber>,
	/// The executor's per-segment output hashes, once posted.
	pub results: BoundedVec<H256, MaxSegments>,
}

/// An open storage challenge of one node on one content.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Challenge<AccountId, Balance, BlockNumber> {
	/// Who issued it; its bond pays the node for a good answer.
	pub challenger: AccountId,
	/// The bond held from the challenger.
	pub bond: Balance,
	/// When it was issued (the chunk comes from the next block's hash).
	pub issued_at: BlockNumber,
	/// Last block the node may answer in.
	pub deadline: BlockNumber,
}

/// A viewer's reserve: the sum of its allowances, one per node it funded. A node's tickets
/// are paid from that node's allowance only, so that a viewer cannot promise the same funds
/// to two nodes, nor drain what one node was promised through another.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Viewer<Balance, BlockNumber> {
	/// The sum of the viewer's allowances (held).
	pub reserve: Balance,
	/// Nodes with an allowance (entries of `Allowances`).
	pub nodes: u32,
	/// The deposit held for the viewer's state (its record and channels).
	pub deposit: Balance,
	/// When the reserve was opened; tickets name it, so tickets of an earlier reserve of the
	/// same account can never be redeemed against this one.
	pub opened_at: BlockNumber,
	/// Once the viewer leaves: the block from which it may withdraw. Tickets are redeemable
	/// until then.
	pub leaving_at: Option<BlockNumber>,
	/// Payment channels (content, node) with redeemed tickets.
	pub channels: u32,
}

/// What has been redeemed between a viewer and a node for one content.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default,
)]
pub struct Channel<Balance> {
	/// Seconds paid so far (the highest cumulative ticket redeemed).
	pub seconds: u32,
	/// What was paid.
	pub paid: Balance,
}

/// A viewer's off-chain payment ticket: "I have watched `seconds` seconds of `content`
/// delivered by `node`", cumulative, so that only the latest one needs redeeming and an
/// earlier one is worth nothing once a later one is redeemed.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Ticket<AccountId, BlockNumber> {
	/// The paying viewer.
	pub viewer: AccountId,
	/// The `opened_at` of the viewer's reserve.
	pub reserve: BlockNumber,
	/// The content watched.
	pub content: ContentId,
	/// The execution node that delivered it (and redeems the ticket).
	pub node: AccountId,
	/// Seconds watched in this channel, cumulative.
	pub seconds: u32,
}

impl<AccountId: Encode, BlockNumber: Encode> Ticket<AccountId, BlockNumber> {
	/// The bytes the viewer signs: SCALE of (`prefix::TICKET`, genesis hash, ticket).
	pub fn signing_payload<Hash: Encode>(&self, genesis: &Hash) -> alloc::vec::Vec<u8> {
		(prefix::TICKET, genesis, self).encode()
	}

	/// The same payload as browser wallets sign raw bytes (Polkadot.js `signRaw`):
	/// wrapped in `<Bytes>` and `</Bytes>`. A ticket signature over either form verifies.
	pub fn wrapped_payload<Hash: Encode>(&self, genesis: &Hash) -> alloc::vec::Vec<u8> {
		let mut wrapped = alloc::vec::Vec::from(&b"<Bytes>"[..]);
		wrapped.extend(self.signing_payload(genesis));
		wrapped.extend_from_slice(b"</Bytes>");
		wrapped
	}
}

/// A ticket and the viewer's signature of [`Ticket::signing_payload`].
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct SignedTicket<AccountId, BlockNumber, Signature> {
	/// The ticket.
	pub ticket: Ticket<AccountId, BlockNumber>,
	/// The viewer's signature.
	pub signature: Signature,
}

/// A viewer's open channel, as the runtime API lists it. `affordable_seconds` counts from
/// the allowance of the channel's node.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ChannelView<AccountId, Balance> {
	/// The content.
	pub content: ContentId,
	/// The delivering node.
	pub node: AccountId,
	/// Seconds redeemed so far: a ticket must name more.
	pub seconds: u32,
	/// Paid so far.
	pub paid: Balance,
	/// Seconds of this content the reserve can still pay.
	pub affordable_seconds: u32,
}
