//! # Streaming pallet: Proof of Execution
//!
//! Verified streaming work: creators register content, staked nodes transcode, store and
//! deliver it, and viewers pay per second with signed off-chain tickets. Every claim of work
//! is checked: transcodes by re-executing a random sample through the verification engine,
//! storage by audits on random chunks, deliveries by the viewers' own signatures.
//!
//! ## Content
//!
//! [`Pallet::register_content`] records a content id, its rendition ladder, its price per
//! second, the [`Split`] of every payment between the creator, the delivering execution node
//! and the storage nodes, an [`AccessRule`] (public, an allow-list, or holding a token the
//! runtime's [`TokenGate`] recognises), and the Merkle root of its stored chunks. The creator
//! holds [`Config::ContentDeposit`] while the content lives. New terms and retirement take
//! effect [`Config::TermsNotice`] blocks after the creator announces them, so that tickets
//! delivered under the old terms are redeemed under them.
//!
//! ## Nodes
//!
//! [`Pallet::register_node`] holds at least [`Config::MinNodeStake`] for the roles
//! ([`Roles`]) a node serves: execution (transcode tasks, stream delivery) and storage.
//! Verification nodes are the verification engine's witnesses serving this pallet's
//! [`Config::Domain`]; the engine holds and slashes their bonds. Stake leaves through
//! [`Pallet::unbond`] and, [`Config::UnbondDelay`] later, [`Pallet::withdraw_unbonded`];
//! unbonding stake stays slashable. The [`Executors`] draw list keeps the heaviest
//! [`Config::MaxExecutors`] execution nodes: a heavier node evicts the lightest, so a crowd
//! of minimum-stake accounts cannot lock others out.
//!
//! ## Tasks, verified by re-execution
//!
//! A creator orders a transcode of `segments` input segments into one rendition with
//! [`Pallet::create_task`], holding the fee and [`Config::TaskDeposit`]. The executor is
//! drawn at the start of the block after next (`on_initialize`, from [`DrawQueue`]),
//! stake-weighted over the draw list from the hash of the block after creation, which did
//! not exist when the task was created, before any transaction of the drawing block could
//! change the list; the requester is never drawn. [`Pallet::assign_task`] draws again when
//! that draw found no executor. The executor posts one
//! output hash per segment with [`Pallet::submit_results`] before [`Config::ResultWindow`]
//! ends; this opens a drawn-panel request in the engine, paid by the executor. The
//! [`Config::SampleSize`] segments the panel re-executes come from the hash of the block
//! after the results ([`Pallet::task_sample`]), so the executor cannot know them when it
//! posts. On approval the executor is paid the fee; on rejection it loses
//! [`Config::ResultSlash`] of its stake, shared by the coherent verifiers (the rest burned),
//! and the requester is refunded. An executor that posts nothing in time loses
//! [`Config::MissSlash`] of its stake, burned ([`Pallet::expire_task`]).
//!
//! ## Storage audits
//!
//! A storage node the content's creator approved ([`Pallet::approve_storage`]) declares it
//! stores the content with [`Pallet::pin_content`]; unpinning takes a notice during which the
//! pin can still be challenged. Anyone may
//! challenge a pin with [`Pallet::challenge_storage`], holding [`Config::ChallengeBond`]. The
//! chunk asked for comes from the hash of the block after the challenge; the node answers
//! with the chunk's bytes and its Merkle path ([`merkle`]) before [`Config::ChallengeWindow`]
//! ends, and receives the bond for its trouble. An unanswered challenge
//! ([`Pallet::expire_challenge`]) slashes [`Config::StorageSlash`] of the node's stake,
//! [`Config::ChallengerShare`] of it to the challenger, and unpins the content.
//!
//! ## Viewers and tickets
//!
//! A viewer holds an allowance for each node it watches through ([`Pallet::open_reserve`])
//! and, watching, signs a [`Ticket`] per second: cumulative seconds of one content delivered
//! by one node. The node redeems tickets in batches ([`Pallet::redeem_tickets`]); each pays
//! `(seconds − already paid) × price` from the viewer's allowance for that node, divided by
//! the content's split. A ticket naming no more seconds than already paid (double
//! redemption), or more than the allowance covers (overdraft), is refused, and so is the
//! whole batch. An allowance is the node's alone: the viewer cannot promise it to another
//! node nor spend it through one. A leaving viewer ([`Pallet::leave`]) withdraws what
//! is left only [`Config::ViewerExitDelay`] later, so that nodes can redeem the tickets they
//! hold. Tickets name the reserve's opening block: tickets of an earlier reserve of the
//! same account are worthless against a later one.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub(crate) mod features;
pub mod merkle;
pub mod runtime_api;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_viewers;

pub use types::*;
pub use verification_primitives::{DomainId, PanelTerms, RequestId};
pub use weights::WeightInfo;

/// Log target of the pallet.
pub const LOG_TARGET: &str = "runtime::streaming";

/// Which accounts hold which access tokens, for [`AccessRule::Token`]. The runtime wires it
/// to the pallet that owns tokens; `()` recognises no token.
pub trait TokenGate<AccountId> {
	/// Whether `who` holds token `token`.
	fn holds(who: &AccountId, token: u64) -> bool;
	/// Upper bound of the weight of one [`Self::holds`] call, charged per redeemed ticket.
	fn holds_weight() -> frame_support::weights::Weight;
}

impl<AccountId> TokenGate<AccountId> for () {
	fn holds(_: &AccountId, _: u64) -> bool {
		false
	}
	fn holds_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// Benchmark setup the runtime provides.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Signature> {
	/// Make the verifier able to open requests in the pallet's domain.
	fn prepare_verifier();
	/// A fresh viewer account (index `seed`) able to sign, and a signer of its payloads.
	fn viewer(seed: u32) -> AccountId;
	/// `viewer`'s signature of `payload`.
	fn sign(viewer: &AccountId, payload: &[u8]) -> Signature;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::{
		traits::{IdentifyAccount, One, TrailingZeroInput, Verify},
		Perbill,
	};
	use verification_primitives::{PanelTerms, VerificationProvider};

	/// The balance type.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A content as stored.
	pub type ContentOf<T> = Content<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxRenditions,
		<T as Config>::MaxAllowed,
		<T as Config>::MaxReplicas,
	>;
	/// An access rule as stored.
	pub type AccessRuleOf<T> =
		AccessRule<<T as frame_system::Config>::AccountId, <T as Config>::MaxAllowed>;
	/// A node as stored.
	pub type NodeOf<T> = Node<BalanceOf<T>, BlockNumberFor<T>>;
	/// A task as stored.
	pub type TaskOf<T> = types::Task<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxSegments,
	>;
	/// A challenge as stored.
	pub type ChallengeOf<T> =
		Challenge<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
	/// A viewer as stored.
	pub type ViewerOf<T> = Viewer<BalanceOf<T>, BlockNumberFor<T>>;
	/// A ticket.
	pub type TicketOf<T> = Ticket<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A signed ticket.
	pub type SignedTicketOf<T> = SignedTicket<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		<T as Config>::Signature,
	>;
	/// A batch of signed tickets.
	pub type TicketBatchOf<T> = BoundedVec<SignedTicketOf<T>, <T as Config>::MaxTicketsPerBatch>;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons the pallet holds ARETE.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A content's deposit, held from its creator.
		ContentDeposit,
		/// A node's stake (active and unbonding).
		NodeStake,
		/// A task's fee and deposit, held from its requester.
		TaskEscrow,
		/// A storage challenge's bond.
		ChallengeBond,
		/// A viewer's reserve, from which tickets are paid.
		ViewerReserve,
		/// A viewer's state deposit.
		ViewerDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency (ARETE).
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Weight information for the pallet's calls.
		type WeightInfo: WeightInfo;

		/// The verification engine: its drawn panels re-execute task samples.
		type Verifier: VerificationProvider<Self::AccountId, BalanceOf<Self>, BlockNumberFor<Self>>;

		/// Token holdings for [`AccessRule::Token`].
		type TokenGate: TokenGate<Self::AccountId>;

		/// The signature of viewers' tickets.
		type Signature: Verify<Signer = Self::Signer> + Parameter;

		/// The signer of viewers' tickets, identified with an account.
		type Signer: IdentifyAccount<AccountId = Self::AccountId>;

		/// Benchmark setup.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::Signature>;

		/// The verification domain of task samples, e.g. `*b"stream\0\0"`.
		#[pallet::constant]
		type Domain: Get<DomainId>;

		/// The panel terms of a task's verification (drawn panel, no score).
		#[pallet::constant]
		type VerificationTerms: Get<PanelTerms<BalanceOf<Self>, BlockNumberFor<Self>>>;

		/// Seats of a task's verification panel.
		#[pallet::constant]
		type VerificationSeats: Get<u32>;

		/// Segments of a task the panel re-executes.
		#[pallet::constant]
		type SampleSize: Get<u32>;

		/// Most renditions of a content.
		#[pallet::constant]
		type MaxRenditions: Get<u32>;

		/// Most accounts of an allow-list.
		#[pallet::constant]
		type MaxAllowed: Get<u32>;

		/// Most storage nodes of a content.
		#[pallet::constant]
		type MaxReplicas: Get<u32>;

		/// Most contents one storage node stores.
		#[pallet::constant]
		type MaxPinsPerNode: Get<u32>;

		/// Most segments of a task.
		#[pallet::constant]
		type MaxSegments: Get<u32>;

		/// Size of the executor draw list.
		#[pallet::constant]
		type MaxExecutors: Get<u32>;

		/// Most open tasks of one executor; a node at the limit is skipped by draws.
		#[pallet::constant]
		type MaxOpenTasks: Get<u32>;

		/// Most payment channels of one viewer reserve.
		#[pallet::constant]
		type MaxChannels: Get<u32>;

		/// Most tickets in one redemption.
		#[pallet::constant]
		type MaxTicketsPerBatch: Get<u32>;

		/// Most bytes of a stored chunk (and of a challenge answer).
		#[pallet::constant]
		type MaxChunkBytes: Get<u32>;

		/// Most hashes in a chunk's Merkle path (the tree holds at most `2^MaxProofDepth`
		/// chunks).
		#[pallet::constant]
		type MaxProofDepth: Get<u32>;

		/// Deposit a creator holds per content.
		#[pallet::constant]
		type ContentDeposit: Get<BalanceOf<Self>>;

		/// Blocks between a creator announcing new terms (or the content's retirement) and
		/// their taking effect: nodes redeem what they delivered under the old terms meanwhile.
		#[pallet::constant]
		type TermsNotice: Get<BlockNumberFor<Self>>;

		/// Most tasks whose executor is drawn in one block (tasks created in one block).
		#[pallet::constant]
		type MaxDrawsPerBlock: Get<u32>;

		/// Least stake of a node.
		#[pallet::constant]
		type MinNodeStake: Get<BalanceOf<Self>>;

		/// Deposit a requester holds per task, on top of its fee.
		#[pallet::constant]
		type TaskDeposit: Get<BalanceOf<Self>>;

		/// Bond of a storage challenge.
		#[pallet::constant]
		type ChallengeBond: Get<BalanceOf<Self>>;

		/// Deposit a viewer holds for its state.
		#[pallet::constant]
		type ViewerDeposit: Get<BalanceOf<Self>>;

		/// Blocks between unbonding and withdrawing.
		#[pallet::constant]
		type UnbondDelay: Get<BlockNumberFor<Self>>;

		/// Blocks an executor has to post results after its draw.
		#[pallet::constant]
		type ResultWindow: Get<BlockNumberFor<Self>>;

		/// Blocks a storage node has to answer a challenge.
		#[pallet::constant]
		type ChallengeWindow: Get<BlockNumberFor<Self>>;

		/// Blocks between a viewer leaving and withdrawing its reserve.
		#[pallet::constant]
		type ViewerExitDelay: Get<BlockNumberFor<Self>>;

		/// Share of its stake an executor loses for results the panel rejects.
		#[pallet::constant]
		type ResultSlash: Get<Perbill>;

		/// Share of its stake an executor loses (burned) for posting no results in time.
		#[pallet::constant]
		type MissSlash: Get<Perbill>;

		/// Share of its stake a storage node loses for an unanswered challenge.
		#[pallet::constant]
		type StorageSlash: Get<Perbill>;

		/// Share of a storage slash paid to the challenger (the rest is burned).
		#[pallet::constant]
		type ChallengerShare: Get<Perbill>;
	}

	/// Registered contents.
	#[pallet::storage]
	pub type Contents<T: Config> = StorageMap<_, Identity, ContentId, ContentOf<T>>;

	/// Per-creator figures, while the creator has contents.
	#[pallet::storage]
	pub type Creators<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, CreatorStats<BalanceOf<T>>>;

	/// Registered nodes.
	#[pallet::storage]
	pub type Nodes<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, NodeOf<T>>;

	/// The executor draw list: execution nodes with at least the minimum active stake, not
	/// leaving and below `MaxOpenTasks`, with their active stake, heaviest first.
	#[pallet::storage]
	pub type Executors<T: Config> =
		StorageValue<_, BoundedVec<(T::AccountId, BalanceOf<T>), T::MaxExecutors>, ValueQuery>;

	/// Tasks not yet final.
	#[pallet::storage]
	pub type Tasks<T: Config> = StorageMap<_, Twox64Concat, TaskId, TaskOf<T>>;

	/// The id the next task gets.
	#[pallet::storage]
	pub type NextTaskId<T: Config> = StorageValue<_, TaskId, ValueQuery>;

	/// Tasks whose executor is drawn at the start of a block: those created two blocks
	/// before, so that the draw's seed (the hash of the block after creation) is known to
	/// nobody while the draw list can still change before the draw.
	#[pallet::storage]
	pub type DrawQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<TaskId, T::MaxDrawsPerBlock>,
		ValueQuery,
	>;

	/// The task each open verification request is about.
	#[pallet::storage]
	pub type TaskOfRequest<T: Config> = StorageMap<_, Twox64Concat, RequestId, TaskId>;

	/// Pins being removed, by node and content: the block from which the second
	/// `unpin_content` removes them (they can be challenged until then).
	#[pallet::storage]
	pub type Unpinning<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		ContentId,
		BlockNumberFor<T>,
	>;

	/// Open storage challenges, by node and content.
	#[pallet::storage]
	pub type Challenges<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		ContentId,
		ChallengeOf<T>,
	>;

	/// Viewer reserves.
	#[pallet::storage]
	pub type Viewers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ViewerOf<T>>;

	/// What each viewer promised each node: tickets a node redeems are paid from its
	/// allowance only. By viewer, then node.
	#[pallet::storage]
	pub type Allowances<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// Payment channels: by viewer, then (content, delivering node).
	#[pallet::storage]
	pub type Channels<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		(ContentId, T::AccountId),
		Channel<BalanceOf<T>>,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A content was registered.
		ContentRegistered { content: ContentId, creator: T::AccountId, price_per_second: BalanceOf<T> },
		/// A content's creator announced new price, split and access rule, in force from
		/// `effective_at`.
		ContentUpdated { content: ContentId, effective_at: BlockNumberFor<T> },
		/// A content's announced terms came into force.
		TermsApplied { content: ContentId, price_per_second: BalanceOf<T> },
		/// A content's creator announced its retirement; it can be removed from
		/// `removable_at`.
		ContentRetiring { content: ContentId, removable_at: BlockNumberFor<T> },
		/// A content was retired and its deposit released.
		ContentRetired { content: ContentId },
		/// A node registered.
		NodeRegistered { node: T::AccountId, roles: Roles, stake: BalanceOf<T> },
		/// A node added stake.
		StakeAdded { node: T::AccountId, amount: BalanceOf<T>, stake: BalanceOf<T> },
		/// A node started unbonding.
		Unbonding { node: T::AccountId, amount: BalanceOf<T>, withdrawable_at: BlockNumberFor<T> },
		/// A node withdrew unbonded stake; `removed` if nothing is left.
		Withdrawn { node: T::AccountId, amount: BalanceOf<T>, removed: bool },
		/// A node entered the executor draw list.
		ExecutorListed { node: T::AccountId },
		/// A node left the executor draw list (evicted by a heavier node, leaving, or below
		/// the minimum stake).
		ExecutorUnlisted { node: T::AccountId },
		/// A node was slashed.
		Slashed { node: T::AccountId, amount: BalanceOf<T> },
		/// A storage node declared it stores a content.
		Pinned { node: T::AccountId, content: ContentId },
		/// A storage node announced it stops storing a content, from `removable_at`.
		Unpinning { node: T::AccountId, content: ContentId, removable_at: BlockNumberFor<T> },
		/// A storage node stopped storing a content.
		Unpinned { node: T::AccountId, content: ContentId },
		/// A content's creator approved a storage node for it.
		StorageApproved { content: ContentId, node: T::AccountId },
		/// A content's creator withdrew a storage node's approval (and its pin).
		StorageRevoked { content: ContentId, node: T::AccountId },
		/// A pin was challenged.
		ChallengeIssued {
			node: T::AccountId,
			content: ContentId,
			challenger: T::AccountId,
			deadline: BlockNumberFor<T>,
		},
		/// A challenge was answered with a valid proof of chunk `chunk`.
		ChallengeAnswered { node: T::AccountId, content: ContentId, chunk: u32 },
		/// A challenge went unanswered: the node was slashed and the content unpinned.
		ChallengeFailed { node: T::AccountId, content: ContentId, slashed: BalanceOf<T> },
		/// A task was created.
		TaskCreated { task: TaskId, content: ContentId, segments: u32, fee: BalanceOf<T> },
		/// A task was cancelled before its draw.
		TaskCancelled { task: TaskId },
		/// A task's executor was drawn.
		TaskAssigned { task: TaskId, executor: T::AccountId, deadline: BlockNumberFor<T> },
		/// A task's results were posted and verification request `request` opened.
		ResultsPosted { task: TaskId, executor: T::AccountId, request: RequestId },
		/// A task's sample was verified: the executor was paid.
		TaskVerified { task: TaskId, executor: T::AccountId, fee: BalanceOf<T> },
		/// A task's sample did not match: the executor was slashed, the requester refunded.
		TaskFailed { task: TaskId, executor: T::AccountId, slashed: BalanceOf<T> },
		/// A task's verification was inconclusive: the requester was refunded, nobody slashed.
		TaskInconclusive { task: TaskId },
		/// The engine could not open a task's verification (no roster, too few witnesses):
		/// the requester was refunded, nobody slashed.
		TaskUnverifiable { task: TaskId, executor: T::AccountId },
		/// An executor posted nothing in time: it was slashed, the requester refunded.
		TaskExpired { task: TaskId, executor: T::AccountId, slashed: BalanceOf<T> },
		/// A viewer added `amount` to its allowance for `node` (opening its reserve if new).
		ReserveFunded {
			viewer: T::AccountId,
			node: T::AccountId,
			amount: BalanceOf<T>,
			allowance: BalanceOf<T>,
			reserve: BalanceOf<T>,
		},
		/// A viewer is leaving; it may withdraw from `withdrawable_at`.
		ViewerLeaving { viewer: T::AccountId, withdrawable_at: BlockNumberFor<T> },
		/// A viewer withdrew what was left of its reserve.
		ReserveWithdrawn { viewer: T::AccountId, refunded: BalanceOf<T> },
		/// A ticket was redeemed: `seconds` more seconds paid, `amount` in all.
		TicketRedeemed {
			viewer: T::AccountId,
			content: ContentId,
			node: T::AccountId,
			seconds: u32,
			amount: BalanceOf<T>,
		},
		/// A payment was divided: creator, delivering node and storage nodes (each).
		PaymentSplit {
			content: ContentId,
			creator: BalanceOf<T>,
			executor: BalanceOf<T>,
			storage_each: BalanceOf<T>,
			storage_nodes: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller registered this content hash already.
		ContentExists,
		/// No content has this id.
		UnknownContent,
		/// Only the content's creator may do this.
		NotCreator,
		/// The split's shares do not sum to 100 %.
		SplitNotWhole,
		/// A content needs at least one rendition.
		NoRenditions,
		/// A content needs at least one chunk, and its tree at most `2^MaxProofDepth`.
		BadChunkCount,
		/// The content has open tasks, or a storage challenge open on it.
		ContentInUse,
		/// The content is being retired: no new tasks, pins or terms.
		ContentRetiring,
		/// The content's retirement notice has not passed.
		RetireNotReady,
		/// `MaxDrawsPerBlock` tasks were created in this block already.
		DrawQueueFull,
		/// The account is a registered node already.
		NodeExists,
		/// The account is not a registered node.
		NotNode,
		/// A node needs at least one role.
		NoRoles,
		/// The stake would be below `MinNodeStake`.
		StakeTooLow,
		/// The node does not serve the role this needs.
		WrongRole,
		/// The node is leaving.
		NodeLeaving,
		/// Nothing is unbonding, or its delay has not passed.
		NothingToWithdraw,
		/// The node still has open tasks or pins.
		NodeBusy,
		/// The node stores the content already.
		AlreadyPinned,
		/// The content's creator has not approved the node as a storage node.
		NotApproved,
		/// The node is approved already.
		AlreadyApproved,
		/// The pin's removal notice has not passed.
		UnpinNotReady,
		/// The node does not store the content.
		NotPinned,
		/// The content has `MaxReplicas` storage nodes.
		TooManyReplicas,
		/// The node stores `MaxPinsPerNode` contents.
		TooManyPins,
		/// The pin has an open challenge.
		ChallengeOpen,
		/// No challenge is open on this pin.
		NoChallenge,
		/// A node cannot challenge itself.
		SelfChallenge,
		/// The challenge's chunk is not drawn yet (wait a block).
		ChallengeNotReady,
		/// The challenge's deadline has passed.
		ChallengeOver,
		/// The challenge's deadline has not passed.
		ChallengeNotOver,
		/// The chunk and path do not lead to the content's root.
		BadProof,
		/// No task has this id.
		UnknownTask,
		/// The rendition index is out of the content's ladder.
		UnknownRendition,
		/// A task needs 1 to `MaxSegments` segments.
		BadSegmentCount,
		/// The task is not in the state this needs.
		WrongTaskState,
		/// The executor draw is not possible yet (two blocks after creation).
		DrawNotReady,
		/// No execution node can be drawn.
		NoExecutor,
		/// Only the task's executor may post its results.
		NotExecutor,
		/// The results do not have one hash per segment.
		WrongResultCount,
		/// The result window has passed.
		ResultWindowOver,
		/// The result window has not passed.
		ResultWindowOpen,
		/// Only the task's requester may cancel it.
		NotRequester,
		/// The account has a reserve already open or leaving.
		ViewerLeaving,
		/// The account has no reserve.
		UnknownViewer,
		/// The viewer is not leaving, or its exit delay has not passed.
		ExitNotReady,
		/// The amount is zero.
		ZeroAmount,
		/// A ticket's signature does not verify.
		BadSignature,
		/// A ticket names another reserve of its viewer (an earlier one, or none).
		StaleTicket,
		/// A ticket names no more seconds than already paid in its channel.
		AlreadyRedeemed,
		/// A ticket costs more than its viewer's allowance for the node holds.
		Overdraft,
		/// The redeemer is not the ticket's node.
		NotTicketNode,
		/// The viewer may not watch the content.
		AccessDenied,
		/// The viewer has `MaxChannels` channels, or allowances for `MaxChannels` nodes.
		TooManyChannels,
		/// The batch is empty.
		EmptyBatch,
		/// The task's fee is below the verification panel's reward.
		FeeTooLow,
		/// An amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Draws the executors of the tasks created two blocks ago.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::draw_queued(now)
		}

		fn integrity_test() {
			let terms = T::VerificationTerms::get();
			assert!(T::SampleSize::get() >= 1, "a sample needs a segment");
			assert!(T::SampleSize::get() <= T::MaxSegments::get(), "a sample within a task");
			assert!(T::MaxProofDepth::get() <= 32, "chunk indices are u32");
			assert!(T::ChallengerShare::get() <= Perbill::one(), "a share");
			assert!(T::MaxDrawsPerBlock::get() >= 1, "a block can create a task");
			assert!(
				T::ViewerExitDelay::get() >= One::one(),
				"a reopened reserve is younger than every ticket of the one before"
			);
			if let Ok(account) = T::AccountId::decode(&mut TrailingZeroInput::zeroes()) {
				assert!(
					T::Verifier::limits().check(&account, &Self::verification_params(None)).is_ok(),
					"the verification terms fit the engine's limits"
				);
			}
			assert!(terms.min_seats <= T::VerificationSeats::get(), "a panel can decide");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register the caller's content published under `content_hash` (its id is
		/// [`Pallet::content_id`] of the caller and the hash) with its rendition ladder, price
		/// per second, split, access rule and the Merkle root of its `chunks` stored chunks,
		/// holding `ContentDeposit` from the caller.
		///
		/// # Errors
		/// `ContentExists`, `NoRenditions`, `SplitNotWhole`, `BadChunkCount`, or the
		/// currency's error if the deposit cannot be held.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_content())]
		pub fn register_content(
			origin: OriginFor<T>,
			content_hash: H256,
			renditions: BoundedVec<Rendition, T::MaxRenditions>,
			price_per_second: BalanceOf<T>,
			split: Split,
			access: AccessRuleOf<T>,
			chunk_root: H256,
			chunks: u32,
		) -> DispatchResult {
			let creator = ensure_signed(origin)?;
			Self::do_register_content(
				creator,
				content_hash,
				renditions,
				price_per_second,
				split,
				access,
				chunk_root,
				chunks,
			)
		}

		/// Announce a content's new price, split and access rule (its creator only), in force
		/// `TermsNotice` blocks from now: tickets redeemed until then pay the current terms.
		///
		/// # Errors
		/// `UnknownContent`, `NotCreator`, `SplitNotWhole`, `ContentRetiring`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_content())]
		pub fn update_content(
			origin: OriginFor<T>,
			content: ContentId,
			price_per_second: BalanceOf<T>,
			split: Split,
			access: AccessRuleOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_content(who, content, price_per_second, split, access)
		}

		/// Retire a content (its creator only), in two calls: the first announces it (no new
		/// tasks or pins; tickets stay redeemable), the second, `TermsNotice` blocks later and
		/// without open tasks or open storage challenges, releases its pins and its deposit.
		/// Channels of it stay until their viewers leave.
		///
		/// # Errors
		/// `UnknownContent`, `NotCreator`, `RetireNotReady`, `ContentInUse`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::retire_content())]
		pub fn retire_content(origin: OriginFor<T>, content: ContentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_retire_content(who, content)
		}

		/// Register the caller as a node serving `roles`, holding `stake` (at least
		/// `MinNodeStake`). An execution node enters the draw list if there is room or it is
		/// heavier than the lightest listed node, which it evicts.
		///
		/// # Errors
		/// `NodeExists`, `NoRoles`, `StakeTooLow`, or the currency's error.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::register_node())]
		pub fn register_node(
			origin: OriginFor<T>,
			roles: Roles,
			stake: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_node(who, roles, stake)
		}

		/// Add `amount` to the caller's active stake (and re-rank it in the draw list).
		///
		/// # Errors
		/// `NotNode`, `NodeLeaving`, `ZeroAmount`, or the currency's error.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::bond_extra())]
		pub fn bond_extra(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_extra(who, amount)
		}

		/// Start unbonding `amount` of the caller's stake; withdrawable `UnbondDelay` later
		/// (a new unbond adds to the pending one and restarts its delay). Unbonding
		/// everything makes the node leave: it takes no new work, and it must have no open
		/// tasks or pins. Otherwise at least `MinNodeStake` must stay active.
		///
		/// # Errors
		/// `NotNode`, `NodeLeaving`, `ZeroAmount`, `StakeTooLow`, `NodeBusy`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who, amount)
		}

		/// Release the caller's unbonded stake once its delay has passed; a leaving node is
		/// removed.
		///
		/// # Errors
		/// `NotNode`, `NothingToWithdraw`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who)
		}

		/// Declare that the caller, a storage node the content's creator approved, stores
		/// `content`.
		///
		/// # Errors
		/// `NotNode`, `WrongRole`, `NodeLeaving`, `StakeTooLow`, `UnknownContent`,
		/// `ContentRetiring`, `NotApproved`, `AlreadyPinned`, `TooManyReplicas`, `TooManyPins`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::pin_content())]
		pub fn pin_content(origin: OriginFor<T>, content: ContentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_pin(who, content)
		}

		/// Stop storing `content`, in two calls: the first announces it, the second, from
		/// `ChallengeWindow + 2` blocks later and with no challenge open, removes the pin (it
		/// can be challenged until then).
		///
		/// # Errors
		/// `NotNode`, `UnknownContent`, `NotPinned`, `UnpinNotReady`, `ChallengeOpen`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::unpin_content())]
		pub fn unpin_content(origin: OriginFor<T>, content: ContentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unpin(who, content)
		}

		/// Challenge `node` to prove it stores `content`, holding `ChallengeBond` from the
		/// caller. The chunk is drawn from the next block's hash.
		///
		/// # Errors
		/// `UnknownContent`, `NotPinned`, `SelfChallenge`, `ChallengeOpen`, or the currency's
		/// error.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::challenge_storage())]
		pub fn challenge_storage(
			origin: OriginFor<T>,
			node: T::AccountId,
			content: ContentId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_challenge(who, node, content)
		}

		/// Answer the open challenge on the caller's pin of `content` with the drawn chunk's
		/// bytes and its Merkle path; the challenger's bond goes to the caller.
		///
		/// # Errors
		/// `NoChallenge`, `ChallengeNotReady`, `ChallengeOver`, `UnknownContent`, `BadProof`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::answer_challenge(proof.len() as u32))]
		pub fn answer_challenge(
			origin: OriginFor<T>,
			content: ContentId,
			chunk: BoundedVec<u8, T::MaxChunkBytes>,
			proof: BoundedVec<H256, T::MaxProofDepth>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_answer_challenge(who, content, chunk, proof)
		}

		/// Close an unanswered challenge after its deadline (anyone may call): the node is
		/// slashed `StorageSlash` of its stake, `ChallengerShare` of it to the challenger,
		/// the content unpinned, and the challenger's bond released.
		///
		/// # Errors
		/// `NoChallenge`, `ChallengeNotOver`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::expire_challenge())]
		pub fn expire_challenge(
			origin: OriginFor<T>,
			node: T::AccountId,
			content: ContentId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire_challenge(node, content)
		}

		/// Order a transcode of `segments` segments described by `input` into rendition
		/// `rendition` of `content` (its creator only), holding `fee` and `TaskDeposit`. Its
		/// executor is drawn at the start of the block after next; the requester pays for that
		/// draw here, at a full draw list, since the block hook charges nobody.
		///
		/// # Errors
		/// `UnknownContent`, `NotCreator`, `ContentRetiring`, `UnknownRendition`,
		/// `BadSegmentCount`, `FeeTooLow`, `DrawQueueFull`, `Overflow`, or the currency's
		/// error.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::create_task()
			.saturating_add(T::WeightInfo::assign_task(T::MaxExecutors::get())))]
		pub fn create_task(
			origin: OriginFor<T>,
			content: ContentId,
			rendition: u32,
			input: H256,
			segments: u32,
			fee: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_task(who, content, rendition, input, segments, fee)
		}

		/// Cancel a task not yet drawn (its requester only), releasing fee and deposit.
		///
		/// # Errors
		/// `UnknownTask`, `NotRequester`, `WrongTaskState`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::cancel_task())]
		pub fn cancel_task(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_task(who, task)
		}

		/// Draw task `task`'s executor again (anyone may call) when the draw at the start of
		/// the block after next found none: stake-weighted over the draw list, never the
		/// requester nor a node at `MaxOpenTasks`.
		///
		/// # Errors
		/// `UnknownTask`, `WrongTaskState`, `DrawNotReady`, `NoExecutor`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::assign_task(T::MaxExecutors::get()))]
		pub fn assign_task(origin: OriginFor<T>, task: TaskId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let listed = Self::do_assign_task(task)?;
			Ok(Some(T::WeightInfo::assign_task(listed)).into())
		}

		/// Post task `task`'s output hashes, one per segment (its executor only, within the
		/// result window), opening its verification request, paid by the executor. If the
		/// engine cannot open it (for want of witnesses), the task ends, refunded, unslashed.
		///
		/// # Errors
		/// `UnknownTask`, `WrongTaskState`, `NotExecutor`, `ResultWindowOver`,
		/// `WrongResultCount`, or the engine's error opening the request.
		#[pallet::call_index(15)]
		// The benchmark opens a real request with the runtime's engine: its cost is included.
		#[pallet::weight(T::WeightInfo::submit_results(T::MaxSegments::get()))]
		pub fn submit_results(
			origin: OriginFor<T>,
			task: TaskId,
			results: BoundedVec<H256, T::MaxSegments>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let segments = results.len() as u32;
			Self::do_submit_results(who, task, results)?;
			Ok(Some(T::WeightInfo::submit_results(segments)).into())
		}

		/// Close a task whose executor posted nothing within the window (anyone may call):
		/// the executor loses `MissSlash` of its stake (burned); the requester is refunded.
		///
		/// # Errors
		/// `UnknownTask`, `WrongTaskState`, `ResultWindowOpen`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::expire_task())]
		pub fn expire_task(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire_task(task)
		}

		/// Hold `amount` more for the caller's allowance for execution node `node`: what
		/// `node`'s tickets from the caller are paid from. The first funding opens the
		/// caller's reserve and also holds `ViewerDeposit` (for its state: at most
		/// `MaxChannels` nodes and `MaxChannels` channels).
		///
		/// # Errors
		/// `ZeroAmount`, `NotNode`, `WrongRole`, `ViewerLeaving`, `TooManyChannels`,
		/// `Overflow`, or the currency's error.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::open_reserve())]
		pub fn open_reserve(
			origin: OriginFor<T>,
			node: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_reserve(who, node, amount)
		}

		/// Start leaving: the reserve can be withdrawn `ViewerExitDelay` from now; tickets
		/// are redeemable until then.
		///
		/// # Errors
		/// `UnknownViewer`, `ViewerLeaving`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(who)
		}

		/// Withdraw what is left of the caller's reserve after its exit delay, with its
		/// deposit, removing its allowances and channels.
		///
		/// # Errors
		/// `UnknownViewer`, `ExitNotReady`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::withdraw_reserve(T::MaxChannels::get()))]
		pub fn withdraw_reserve(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let channels = Self::do_withdraw_reserve(who)?;
			Ok(Some(T::WeightInfo::withdraw_reserve(channels)).into())
		}

		/// Redeem a batch of tickets (the caller must be every ticket's node, an execution
		/// node). All or nothing: one bad ticket refuses the batch.
		///
		/// # Errors
		/// `EmptyBatch`, `NotNode`, `WrongRole`, `NotTicketNode`, `BadSignature`,
		/// `UnknownViewer`, `StaleTicket`, `UnknownContent`, `AccessDenied`,
		/// `AlreadyRedeemed`, `Overdraft`, `TooManyChannels`, `Overflow`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::redeem_tickets(tickets.len() as u32).saturating_add(
			T::TokenGate::holds_weight().saturating_mul(tickets.len() as u64)
		))]
		pub fn redeem_tickets(origin: OriginFor<T>, tickets: TicketBatchOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_redeem_tickets(who, tickets)
		}

		/// Approve `node` as a storage node of `content` (its creator only): only approved
		/// nodes may pin it and share its storage payments, so that a crowd of sybil nodes
		/// cannot take a content's replicas and their pay.
		///
		/// # Errors
		/// `UnknownContent`, `NotCreator`, `AlreadyApproved`, `TooManyReplicas`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::approve_storage())]
		pub fn approve_storage(
			origin: OriginFor<T>,
			content: ContentId,
			node: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve_storage(who, content, node)
		}

		/// Withdraw `node`'s approval for `content` (its creator only), removing its pin
		/// (not while a challenge on it is open).
		///
		/// # Errors
		/// `UnknownContent`, `NotCreator`, `NotApproved`, `ChallengeOpen`.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::revoke_storage())]
		pub fn revoke_storage(
			origin: OriginFor<T>,
			content: ContentId,
			node: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke_storage(who, content, node)
		}
	}
}
