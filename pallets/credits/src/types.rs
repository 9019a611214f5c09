//! Types of the credits pallet: ledgers, the genesis pool, earning rules, posts, the
//! allowance of fee-free actions, and history entries with their hash chain.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;

/// An amount of credits in millionths of a credit (six decimals): `1_000_000` is one credit,
/// `50_000` the 0.05 of an engagement. Credits are never ARETE and never mixed with it.
pub type Credits = u128;

/// One whole credit.
pub const CREDIT: Credits = 1_000_000;

/// The identifier of a post: `blake2_256` of the SCALE encoding of
/// `("arete/credits/post", author, content)` (see [`post_id`]). Binding the author into the id
/// means nobody who sees a post in the transaction pool can register the same content first
/// and take its authorship.
pub type PostId = H256;

/// The domain tag of post ids.
pub const POST_ID_TAG: &[u8] = b"arete/credits/post";
/// The domain tag of history hashes.
pub const HISTORY_TAG: &[u8] = b"arete/credits/arc";

/// The id of the post `author` registers for `content` (the hash of the content kept off
/// chain).
pub fn post_id<AccountId: Encode>(author: &AccountId, content: &H256) -> PostId {
	H256(sp_io::hashing::blake2_256(&(POST_ID_TAG, author, content).encode()))
}

/// The two kinds of credits an account holds.
#[derive(
	Clone, Copy, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Category {
	/// Earned by running infrastructure: verified uptime and hosting.
	Node,
	/// Earned by creating and engaging, and received as tips and hype.
	Content,
}

/// An action the earning rules reward.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Action {
	/// Registering a post (not a comment).
	Post,
	/// Commenting on or reacting to someone else's post.
	Engagement,
	/// A verified 24 hours of uptime.
	Uptime,
	/// A verified 100 MB of hosting.
	Hosting,
}

impl Action {
	/// Every action, for genesis defaults and queries.
	pub const ALL: [Action; 4] = [Action::Post, Action::Engagement, Action::Uptime, Action::Hosting];
}

/// How an action is rewarded. Set by the rules origin; the genesis defaults are the seed's.
#[derive(
	Clone, Copy, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Rule<BlockNumber> {
	/// The kind of credits the reward is paid in.
	pub category: Category,
	/// The reward of the first rewarded action of a day, before network scaling.
	pub base_reward: Credits,
	/// Least blocks between two rewarded actions of one account.
	pub cooldown: BlockNumber,
	/// Each further rewarded action of the same day earns this share of the one before.
	pub diminishing: Perbill,
	/// Most rewarded actions of one account per day (more are recorded without reward).
	pub daily_cap: u32,
}

/// Where an account stands with one action today.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ActionStat<BlockNumber> {
	/// The day (block number divided by the blocks of a day) `rewarded` counts.
	pub day: u32,
	/// Rewarded actions on `day`.
	pub rewarded: u32,
	/// The block of the last rewarded action.
	pub last: BlockNumber,
}

/// The credit ledger of one participant.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Ledger<AccountId, Balance, BlockNumber> {
	/// Credits earned by infrastructure.
	pub node: Credits,
	/// Credits earned by content, and received as tips and hype.
	pub content: Credits,
	/// Credits held as the participant's verification bond (neither spendable nor decaying).
	pub bonded: Credits,
	/// Every credit ever received (grants, rewards, tips, hype shares).
	pub lifetime_earned: Credits,
	/// Every credit ever spent (tips and hype).
	pub lifetime_spent: Credits,
	/// Credits received as tips and royalties.
	pub tips_received: Credits,
	/// Who enrolled the participant (`None` for genesis participants).
	pub sponsor: Option<AccountId>,
	/// The ARETE the sponsor holds for the participant's state while it lives.
	pub deposit: Balance,
	/// The block the participant enrolled in.
	pub joined: BlockNumber,
	/// The block of the participant's last credit action.
	pub last_active: BlockNumber,
	/// The block up to which inactivity decay has been applied.
	pub decayed_through: BlockNumber,
	/// Whether decay found the participant inactive (it no longer counts as active).
	pub inactive: bool,
	/// Posts of the participant not yet reaped.
	pub live_posts: u32,
	/// Node proofs of the participant with the swarm. Kept in the ledger, which outlives a
	/// node whose bond was forfeited, so that proofs still out count against a new bond.
	pub pending_proofs: u32,
	/// Entries in the participant's history (the next entry's sequence number).
	pub history_len: u64,
	/// Hash of the participant's latest history entry (zero before the first).
	pub history_head: H256,
}

impl<AccountId, Balance, BlockNumber> Ledger<AccountId, Balance, BlockNumber> {
	/// Node and content credits: what the participant can spend.
	pub fn spendable(&self) -> Credits {
		self.node.saturating_add(self.content)
	}

	/// Everything the ledger holds: spendable credits and the bond.
	pub fn total(&self) -> Credits {
		self.spendable().saturating_add(self.bonded)
	}
}

/// The genesis pool: what is left to grant and reward, and where spent credits went.
/// `available + Σ ledgers + burned == genesis total` after every block.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Pool {
	/// Credits the pool can still grant and reward.
	pub available: Credits,
	/// Credits ever paid out of the pool (grants and rewards).
	pub allocated: Credits,
	/// Credits ever returned to the pool (the recycled share of burns, decay, overflow).
	pub recycled: Credits,
	/// Credits destroyed for good.
	pub burned: Credits,
}

/// A registered post or comment.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Post<AccountId, BlockNumber> {
	/// Who registered it.
	pub author: AccountId,
	/// The hash of its content, kept off chain.
	pub content: H256,
	/// The post it comments on, for a comment.
	pub parent: Option<PostId>,
	/// Who earns the royalty on tips to this post: the author of the post it comments on.
	pub royalty_to: Option<AccountId>,
	/// The block it was registered in.
	pub created: BlockNumber,
	/// Credits spent hyping it.
	pub hype: Credits,
	/// Credits tipped to it.
	pub tips: Credits,
	/// Comments on it.
	pub comments: u32,
	/// Reactions to it.
	pub reactions: u32,
}

/// What a participant has left of fee-free actions.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Allowance<BlockNumber> {
	/// Millionths of an action left as of `at` (fine-grained so that regeneration between
	/// two close actions is not rounded away).
	pub left: u64,
	/// The block `left` was computed in; it regenerates from there.
	pub at: BlockNumber,
}

/// Why an account's credits changed.
#[derive(
	Clone, Copy, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum EntryKind {
	/// The genesis grant on enrollment.
	Grant,
	/// An earning rule's reward.
	Reward(Action),
	/// A tip sent.
	TipSent,
	/// A tip received.
	TipReceived,
	/// A royalty received on a tip to a comment on one's post.
	Royalty,
	/// Credits spent hyping a post.
	HypeSpent,
	/// The author's share of hype on their post.
	HypeReceived,
	/// Inactivity decay, returned to the pool.
	Decay,
	/// Credits moved into the verification bond.
	Bonded,
	/// The verification bond returned to node credits.
	Unbonded,
	/// The verification bond forfeited for a proof the swarm found fraudulent (burned).
	BondForfeited,
}

/// One entry of an account's history. Entries form a hash chain: `hash` is
/// [`HistoryEntry::compute_hash`] over the entry and `prev`, the hash of the entry before (zero
/// for the first), so a client holding entries from anywhere can check them against the
/// chain's `history_head`.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct HistoryEntry<AccountId, BlockNumber> {
	/// The entry's position in the account's history, from 0.
	pub seq: u64,
	/// Why the credits changed.
	pub kind: EntryKind,
	/// How many credits moved (positive for the kinds that receive, spent for the others).
	pub amount: Credits,
	/// The other account, for tips, royalties and hype.
	pub counterparty: Option<AccountId>,
	/// The post concerned, if any.
	pub post: Option<PostId>,
	/// The block of the change.
	pub block: BlockNumber,
	/// The hash of the previous entry (zero for the first).
	pub prev: H256,
	/// This entry's hash.
	pub hash: H256,
}

impl<AccountId: Encode, BlockNumber: Encode> HistoryEntry<AccountId, BlockNumber> {
	/// The hash of an entry: `blake2_256` of the SCALE encoding of
	/// `("arete/credits/arc", account, seq, kind, amount, counterparty, post, block, prev)`.
	#[allow(clippy::too_many_arguments)]
	pub fn compute_hash(
		account: &AccountId,
		seq: u64,
		kind: EntryKind,
		amount: Credits,
		counterparty: &Option<AccountId>,
		post: &Option<PostId>,
		block: &BlockNumber,
		prev: &H256,
	) -> H256 {
		H256(sp_io::hashing::blake2_256(
			&(HISTORY_TAG, account, seq, kind, amount, counterparty, post, block, prev).encode(),
		))
	}

	/// Whether `hash` is the hash of this entry's fields for `account`.
	pub fn is_sealed_for(&self, account: &AccountId) -> bool {
		self.hash ==
			Self::compute_hash(
				account,
				self.seq,
				self.kind,
				self.amount,
				&self.counterparty,
				&self.post,
				&self.block,
				&self.prev,
			)
	}
}

/// Why a history check failed.
#[derive(Clone, Copy, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub enum HistoryFault {
	/// Entry `seq`'s hash is not the hash of its fields: it was altered.
	Tampered { seq: u64 },
	/// Entry `seq` does not follow the entry before it (wrong `prev` or sequence number).
	Broken { seq: u64 },
	/// The last entry's hash is not the head the chain holds.
	HeadMismatch,
}

/// Checks, as a client would, that `entries` (consecutive, oldest first) are an unaltered
/// stretch of `account`'s history ending at `head`. Entries older than the stretch need not
/// be present: the first entry's `prev` is taken as given.
pub fn verify_history<AccountId: Encode, BlockNumber: Encode>(
	account: &AccountId,
	entries: &[HistoryEntry<AccountId, BlockNumber>],
	head: &H256,
) -> Result<(), HistoryFault> {
	let mut before: Option<(&H256, u64)> = None;
	for entry in entries {
		if !entry.is_sealed_for(account) {
			return Err(HistoryFault::Tampered { seq: entry.seq });
		}
		if let Some((prev_hash, prev_seq)) = before {
			if entry.prev != *prev_hash || Some(entry.seq) != prev_seq.checked_add(1) {
				return Err(HistoryFault::Broken { seq: entry.seq });
			}
		}
		before = Some((&entry.hash, entry.seq));
	}
	match before {
		Some((last, _)) if last != head => Err(HistoryFault::HeadMismatch),
		_ => Ok(()),
	}
}

/// A participant's reputation as the runtime API reports it.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct ReputationView {
	/// Whole credits earned + whole credits tipped to the participant + half the whole
	/// credits spent: creating, being valued and giving all count.
	pub score: u128,
	/// Credits ever received.
	pub lifetime_earned: Credits,
	/// Credits ever spent.
	pub lifetime_spent: Credits,
	/// Credits received as tips and royalties.
	pub tips_received: Credits,
}

/// Network-wide figures of the credit economy.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct NetworkStats {
	/// Enrolled participants.
	pub participants: u32,
	/// Participants not found inactive by decay.
	pub active: u32,
	/// Posts and comments not yet reaped.
	pub posts: u32,
	/// Credits held in ledgers.
	pub in_ledgers: Credits,
	/// The genesis pool.
	pub pool: Pool,
	/// The total the economy was created with.
	pub genesis_total: Credits,
	/// The multiplier rewards are paid with now (the seed's `0.95^(active/1000)`).
	pub reward_scale: Perbill,
}

/// The heartbeats of a node: the hours of the current day and of the day before in which it
/// sent one (bit `h` for hour `h`).
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct HeartbeatLog {
	/// The day `hours` covers.
	pub day: u32,
	/// Hours of `day` with a heartbeat.
	pub hours: u32,
	/// The day before `day` with heartbeats, if any.
	pub previous_day: Option<u32>,
	/// Hours of `previous_day` with a heartbeat.
	pub previous_hours: u32,
}

/// A node: a participant that bonded credits to earn node credits and to verify.
#[derive(
	CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	EqNoBound,
	PartialEqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxVouchers, MaxVouches))]
pub struct NodeRecord<AccountId, BlockNumber, MaxVouchers: Get<u32>, MaxVouches: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// The block the bond was placed in: validation rights come `ValidationDelay` later.
	pub bonded_at: BlockNumber,
	/// Nodes vouching for this one (the first `MaxVouchesCounted` add trust).
	pub vouchers: BoundedVec<AccountId, MaxVouchers>,
	/// Nodes this one vouches for.
	pub vouches: BoundedVec<AccountId, MaxVouches>,
	/// Days of verified uptime.
	pub uptime_days: u32,
	/// Hosting units (100 MB each) verified, summed over proofs.
	pub hosted_units: u32,
	/// Swarm seats it revealed a vote in.
	pub voted: u32,
	/// Swarm votes that agreed with a conclusive outcome.
	pub correct: u32,
	/// Swarm votes that disagreed with it.
	pub wrong: u32,
	/// Swarm seats it held and never revealed.
	pub missed: u32,
	/// Contents it declared hosting.
	pub hosting: u32,
	/// The last day whose uptime it claimed.
	pub last_uptime_day: Option<u32>,
	/// Its heartbeats.
	pub heartbeats: HeartbeatLog,
}

/// A content a node declared hosting, and its open challenge.
#[derive(
	Clone, Copy, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Hosting<BlockNumber> {
	/// Its size in bytes, as declared.
	pub size: u64,
	/// Hosting units (whole `HostingUnit`s) it is worth.
	pub units: u32,
	/// The chunks (`CHUNK_BYTES` each, the last maybe shorter) a challenge picks from.
	pub chunks: u32,
	/// The open challenge, if any.
	pub challenge: Option<Challenge<BlockNumber>>,
	/// The block of the last verified proof.
	pub verified_at: Option<BlockNumber>,
}

/// A proof-of-hosting challenge. The chunk is picked by the hash of the block after the one
/// the challenge was requested in, which did not exist when the node asked; the node answers
/// with the chunk's hash before the deadline, and the swarm checks the answer.
#[derive(
	Clone, Copy, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Challenge<BlockNumber> {
	/// The block the challenge was requested in.
	pub requested_at: BlockNumber,
	/// The last block to answer in.
	pub deadline: BlockNumber,
	/// The chunk index and the node's answer (`blake2_256` of the chunk), once answered; the
	/// swarm holds it until its outcome.
	pub answer: Option<(u32, H256)>,
}

/// Bytes of one chunk of hosted content.
pub const CHUNK_BYTES: u64 = 256 * 1024;

/// What a swarm verifies.
#[derive(
	Clone, Copy, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum NodeProof {
	/// A day of uptime, from its heartbeats.
	Uptime { day: u32, hours: u32 },
	/// An answered hosting challenge.
	Hosting { content: H256, chunk: u32, answer: H256, units: u32 },
}

/// A proof in the swarm's hands.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ProofTicket<AccountId> {
	/// The node that claims it.
	pub node: AccountId,
	/// What it claims.
	pub proof: NodeProof,
}

/// A node's trust weight and its parts, as the runtime API reports it.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct TrustView {
	/// `0.4 uptime + 0.3 hosting + 0.2 accuracy + 0.1 participation + vouches`, at most 1;
	/// zero before validation rights.
	pub weight: Perbill,
	pub uptime: Perbill,
	pub hosting: Perbill,
	pub accuracy: Perbill,
	pub participation: Perbill,
	pub vouches: Perbill,
	/// Whether the node has validation rights (bonded for `ValidationDelay`).
	pub validates: bool,
}
