//! # Credits pallet
//!
//! Arete's community credit economy: a ledger of credits that are not ARETE, cannot be bought
//! or transferred except as tips, and are earned by contributing.
//!
//! ## The ledger and the genesis pool
//!
//! Every participant has a [`Ledger`] of node credits (infrastructure) and content credits
//! (creation), with lifetime figures and the head of a hash-chained history. All credits come
//! from one genesis pool of [`Config::GenesisTotal`] credits and go back to it:
//! `pool available + Σ ledgers + burned == GenesisTotal` holds after every block (checked by
//! `try_state`). Of every burn, [`Config::RecycleShare`] returns to the pool and the rest is
//! destroyed for good.
//!
//! An account joins by [`Pallet::enroll`]: a sponsor holds [`Config::EnrollmentDeposit`] ARETE
//! for the participant's state while it lives, and the participant receives
//! [`Config::EarlyGrant`] credits if it is among the first [`Config::EarlyParticipants`], else
//! [`Config::GenesisGrant`]. The deposit is what stops a thousand fresh keys from draining the
//! pool: it is held as long as the ledger exists, which in this version is forever. Enrollment
//! also makes the account exist for the chain (a sufficient reference), so a participant
//! holding no ARETE at all can sign its fee-free credit actions.
//!
//! ## Earning
//!
//! The earning [`Rule`]s are data ([`Rules`], set by [`Config::RuleOrigin`] with
//! [`Pallet::set_rule`]): per [`Action`], a category, a base reward, a cooldown, a diminishing
//! factor and a daily cap. A reward is `base × scale × diminishing^n`, where `n` counts the
//! account's rewarded actions of the day and `scale` is the seed's `0.95^(active / 1000)`
//! ([`Pallet::reward_scale`]). Actions past the cap or inside the cooldown are recorded
//! without reward, so farming earns nothing.
//!
//! [`Pallet::post`] registers a post (its id binds the author to the content hash, so nobody
//! can front-run authorship) or, with a parent, a comment. Posts earn the `Post` reward;
//! comments and [`Pallet::react`]ions on someone else's post earn the `Engagement` reward.
//! Posts are reaped by anyone [`Config::PostLifetime`] after their creation.
//!
//! ## Tips and hype
//!
//! [`Pallet::tip`] sends any amount to a post's author; on a comment,
//! [`Config::RoyaltyShare`] goes to the author of the post it comments on.
//! [`Pallet::hype`] spends [`Config::MinHype`] to [`Config::MaxHype`] on a post:
//! [`Config::HypeBurnShare`] is burned (and mostly recycled), the rest goes to the author.
//! No ledger holds more than [`Config::BalanceCap`]: what would exceed it returns to the pool.
//! A ledger inactive for [`Config::InactivityPeriod`] loses [`Config::DecayRate`] every
//! [`Config::DecayPeriod`] to the pool (applied whenever the ledger is touched, or by anyone
//! with [`Pallet::apply_decay`]).
//!
//! ## Fee-free actions
//!
//! `post`, `react`, `tip` and `hype` are fee-free (`#[pallet::feeless_if]`) while the signer
//! has an action left in its [`Allowance`], which regenerates to [`Config::MaxAllowance`]
//! actions over [`Config::AllowanceRegenPeriod`], like Hive's resource credits. The runtime
//! wraps its payment extension in [`FeelessCredits`], which skips the fee of such a call and
//! takes the action from the allowance when the transaction is prepared, before dispatch, so
//! a call that fails still uses it up. With the allowance spent, the same call costs the
//! usual fee: an account without ARETE is then refused by the pool.
//!
//! ## History
//!
//! Every change of a ledger appends a [`HistoryEntry`] whose hash covers the entry and the
//! hash before it; the ledger keeps the head, [`History`] the last [`Config::MaxHistory`]
//! entries, and the [`Event::Recorded`] event every entry. [`verify_history`] is the check a
//! client runs on entries it got from anywhere.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod extension;
pub(crate) mod features;
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
mod tests_nodes;

pub use extension::FeelessCredits;
pub use types::*;
pub use verification_primitives::{DomainId, RequestId};
pub use weights::WeightInfo;

/// Benchmark setup the runtime provides.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Make the verifier able to open requests in the pallet's domain (in the runtime: register
	/// enough witnesses for the domain and build its roster).
	fn prepare_verifier();
}

#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkHelper for () {
	fn prepare_verifier() {}
}

/// Log target of the pallet.
pub const LOG_TARGET: &str = "runtime::credits";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::{traits::Zero, Perbill};
	use verification_primitives::VerificationProvider;

	/// The balance type of ARETE deposits.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A ledger as stored.
	pub type LedgerOf<T> =
		Ledger<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
	/// A post as stored.
	pub type PostOf<T> = Post<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A rule as stored.
	pub type RuleOf<T> = Rule<BlockNumberFor<T>>;
	/// A history entry as stored.
	pub type HistoryEntryOf<T> =
		HistoryEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A node as stored.
	pub type NodeRecordOf<T> = NodeRecord<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		<T as Config>::MaxVouchers,
		<T as Config>::MaxVouches,
	>;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons the pallet holds ARETE.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit a sponsor holds for a participant's state.
		Enrollment,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency (ARETE) enrollment deposits are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who sets the earning rules.
		type RuleOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Weight information for the pallet's calls and its transaction extension.
		type WeightInfo: WeightInfo;

		/// The credits the economy is created with: the genesis pool before any grant.
		#[pallet::constant]
		type GenesisTotal: Get<Credits>;

		/// The grant of a participant enrolling after the early ones.
		#[pallet::constant]
		type GenesisGrant: Get<Credits>;

		/// The grant of each of the first `EarlyParticipants`.
		#[pallet::constant]
		type EarlyGrant: Get<Credits>;

		/// How many participants get the early grant.
		#[pallet::constant]
		type EarlyParticipants: Get<u32>;

		/// Rewards shrink by `RewardScaling` for every `ScalingStep` active participants.
		#[pallet::constant]
		type ScalingStep: Get<u32>;

		/// What remains of a reward per `ScalingStep` active participants (95 %).
		#[pallet::constant]
		type RewardScaling: Get<Perbill>;

		/// The share of burned credits that returns to the pool.
		#[pallet::constant]
		type RecycleShare: Get<Perbill>;

		/// The share of hype that is burned; the rest goes to the post's author.
		#[pallet::constant]
		type HypeBurnShare: Get<Perbill>;

		/// The least credits one hype spends.
		#[pallet::constant]
		type MinHype: Get<Credits>;

		/// The most credits one hype spends.
		#[pallet::constant]
		type MaxHype: Get<Credits>;

		/// The share of a tip to a comment that goes to the author of the post it comments on.
		#[pallet::constant]
		type RoyaltyShare: Get<Perbill>;

		/// The most credits one ledger holds; more returns to the pool.
		#[pallet::constant]
		type BalanceCap: Get<Credits>;

		/// Blocks without a credit action after which a ledger decays.
		#[pallet::constant]
		type InactivityPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks per decay step.
		#[pallet::constant]
		type DecayPeriod: Get<BlockNumberFor<Self>>;

		/// What an inactive ledger loses per decay step.
		#[pallet::constant]
		type DecayRate: Get<Perbill>;

		/// Blocks in a day, for daily caps.
		#[pallet::constant]
		type BlocksPerDay: Get<BlockNumberFor<Self>>;

		/// ARETE a sponsor holds for each participant it enrolls.
		#[pallet::constant]
		type EnrollmentDeposit: Get<BalanceOf<Self>>;

		/// History entries kept on chain per participant (all of them are in events).
		#[pallet::constant]
		type MaxHistory: Get<u32>;

		/// Posts and comments of one participant not yet reaped.
		#[pallet::constant]
		type MaxLivePosts: Get<u32>;

		/// Blocks after which anyone may reap a post.
		#[pallet::constant]
		type PostLifetime: Get<BlockNumberFor<Self>>;

		/// Posts a participant's recent reactions remember (one reaction per post among them).
		#[pallet::constant]
		type MaxRecentReactions: Get<u32>;

		/// Fee-free actions a full allowance holds.
		#[pallet::constant]
		type MaxAllowance: Get<u32>;

		/// Blocks in which an empty allowance regenerates in full.
		#[pallet::constant]
		type AllowanceRegenPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks in which a post's trending score halves.
		#[pallet::constant]
		type TrendingHalfLife: Get<BlockNumberFor<Self>>;

		/// The verification engine (`pallet-witnesses` in the runtime): its drawn panels are
		/// the swarm that checks node proofs.
		type Verifier: VerificationProvider<Self::AccountId, BalanceOf<Self>, BlockNumberFor<Self>>;

		/// Benchmark setup: makes the verifier able to open requests.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;

		/// The verification domain of node proofs, e.g. `*b"credits\0"`.
		#[pallet::constant]
		type Domain: Get<DomainId>;

		/// Credits a node bonds; forfeited when the swarm finds one of its proofs fraudulent.
		#[pallet::constant]
		type VerificationBond: Get<Credits>;

		/// Blocks a node is bonded before its votes carry trust and it may vouch.
		#[pallet::constant]
		type ValidationDelay: Get<BlockNumberFor<Self>>;

		/// Most vouchers a node keeps.
		#[pallet::constant]
		type MaxVouchers: Get<u32>;

		/// Most nodes one node vouches for.
		#[pallet::constant]
		type MaxVouches: Get<u32>;

		/// Trust each voucher adds (the first `MaxVouchesCounted`).
		#[pallet::constant]
		type TrustPerVouch: Get<Perbill>;

		/// Vouchers that add trust.
		#[pallet::constant]
		type MaxVouchesCounted: Get<u32>;

		/// The trust weight of a swarm member without validation rights (or not a node).
		#[pallet::constant]
		type TrustFloor: Get<Perbill>;

		/// Share of the swarm's trust weight that must approve a proof (and, for the engine's
		/// own decision, of its revealed stake weight).
		#[pallet::constant]
		type SwarmThreshold: Get<Perbill>;

		/// Seats of a swarm.
		#[pallet::constant]
		type SwarmSeats: Get<u32>;

		/// Least revealed seats for a swarm to decide.
		#[pallet::constant]
		type SwarmMinSeats: Get<u32>;

		/// Least revealed engine weight for a swarm to decide.
		#[pallet::constant]
		type SwarmMinWeight: Get<u128>;

		/// Blocks a swarm has to commit.
		#[pallet::constant]
		type SwarmCommitPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks a swarm has to reveal.
		#[pallet::constant]
		type SwarmRevealPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks a swarm's decision may be appealed.
		#[pallet::constant]
		type SwarmAppealPeriod: Get<BlockNumberFor<Self>>;

		/// The ARETE reward of a swarm, paid by the node claiming.
		#[pallet::constant]
		type SwarmReward: Get<BalanceOf<Self>>;

		/// Least hours of a day with a heartbeat for its uptime to be claimed.
		#[pallet::constant]
		type MinHeartbeatHours: Get<u32>;

		/// Bytes of one hosting unit (100 MB): each verified unit earns the `Hosting` reward.
		#[pallet::constant]
		type HostingUnit: Get<u64>;

		/// Contents one node declares hosting at once.
		#[pallet::constant]
		type MaxHostingPerNode: Get<u32>;

		/// Hosting units one proof is rewarded for.
		#[pallet::constant]
		type MaxUnitsPerProof: Get<u32>;

		/// Blocks from a challenge's request to its deadline.
		#[pallet::constant]
		type ChallengeWindow: Get<BlockNumberFor<Self>>;

		/// Verified uptime days that make the uptime part of trust whole.
		#[pallet::constant]
		type UptimeFullDays: Get<u32>;

		/// Verified hosting units that make the hosting part of trust whole.
		#[pallet::constant]
		type HostingFullUnits: Get<u32>;
	}

	/// The ledger of every participant.
	#[pallet::storage]
	pub type Ledgers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, LedgerOf<T>>;

	/// The genesis pool.
	#[pallet::storage]
	pub type GenesisPool<T> = StorageValue<_, Pool, ValueQuery>;

	/// Credits held in all ledgers together.
	#[pallet::storage]
	pub type InLedgers<T> = StorageValue<_, Credits, ValueQuery>;

	/// Enrolled participants.
	#[pallet::storage]
	pub type ParticipantCount<T> = StorageValue<_, u32, ValueQuery>;

	/// Participants not found inactive by decay.
	#[pallet::storage]
	pub type ActiveCount<T> = StorageValue<_, u32, ValueQuery>;

	/// Posts and comments not yet reaped.
	#[pallet::storage]
	pub type PostCount<T> = StorageValue<_, u32, ValueQuery>;

	/// The earning rule of each action (an action without a rule earns nothing).
	#[pallet::storage]
	pub type Rules<T: Config> = StorageMap<_, Twox64Concat, Action, RuleOf<T>>;

	/// Each participant's rewarded actions today, per action.
	#[pallet::storage]
	pub type ActionStats<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		Action,
		ActionStat<BlockNumberFor<T>>,
	>;

	/// Posts and comments by id.
	#[pallet::storage]
	pub type Posts<T: Config> = StorageMap<_, Blake2_128Concat, PostId, PostOf<T>>;

	/// The posts each participant reacted to most recently, oldest first.
	#[pallet::storage]
	pub type RecentReactions<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<PostId, T::MaxRecentReactions>,
		ValueQuery,
	>;

	/// The last `MaxHistory` history entries of each participant, by `seq % MaxHistory`.
	#[pallet::storage]
	pub type History<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		u32,
		HistoryEntryOf<T>,
	>;

	/// Nodes: participants that bonded credits to earn node credits and to verify.
	#[pallet::storage]
	pub type Nodes<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, NodeRecordOf<T>>;

	/// The contents each node declared hosting.
	#[pallet::storage]
	pub type Hosted<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		H256,
		Hosting<BlockNumberFor<T>>,
	>;

	/// Node proofs in the swarm's hands, by engine request.
	#[pallet::storage]
	pub type Proofs<T: Config> =
		StorageMap<_, Twox64Concat, RequestId, ProofTicket<T::AccountId>>;

	/// What each participant has left of fee-free actions (absent: a full allowance).
	#[pallet::storage]
	pub type Allowances<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Allowance<BlockNumberFor<T>>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Participants enrolled at genesis, without sponsor or deposit, in order (the early
		/// grant applies to them first). The earning rules start as
		/// [`Pallet::default_rules`], the seed's.
		pub participants: alloc::vec::Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			GenesisPool::<T>::put(Pool { available: T::GenesisTotal::get(), ..Default::default() });
			for (action, rule) in Pallet::<T>::default_rules() {
				assert!(Pallet::<T>::rule_is_valid(&rule), "invalid genesis rule for {action:?}");
				Rules::<T>::insert(action, rule);
			}
			for who in &self.participants {
				assert!(!Ledgers::<T>::contains_key(who), "genesis participant listed twice");
				Pallet::<T>::open_ledger(who, None, Default::default());
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` joined, sponsored by `sponsor` (who holds `deposit` ARETE), and received
		/// `grant` credits from the pool.
		Enrolled {
			who: T::AccountId,
			sponsor: Option<T::AccountId>,
			deposit: BalanceOf<T>,
			grant: Credits,
		},
		/// A history entry of `who`: every change of a ledger, in order.
		Recorded { who: T::AccountId, entry: HistoryEntryOf<T> },
		/// `who` earned `amount` by `action`.
		Rewarded { who: T::AccountId, action: Action, amount: Credits },
		/// `author` registered `post` for `content`, commenting on `parent` if any.
		Posted { post: PostId, author: T::AccountId, content: H256, parent: Option<PostId> },
		/// `who` reacted to `post`.
		Reacted { post: PostId, who: T::AccountId },
		/// `from` tipped `amount` to `post`; `to_author` reached its author and `royalty` the
		/// author of the post it comments on (what exceeded a cap returned to the pool).
		Tipped {
			post: PostId,
			from: T::AccountId,
			amount: Credits,
			to_author: Credits,
			royalty: Credits,
		},
		/// `who` hyped `post` with `amount`: `burned` burned (of which `recycled` returned to
		/// the pool) and `to_author` reached the author.
		Hyped {
			post: PostId,
			who: T::AccountId,
			amount: Credits,
			burned: Credits,
			recycled: Credits,
			to_author: Credits,
		},
		/// `post` was reaped.
		PostReaped { post: PostId, author: T::AccountId },
		/// The rule of `action` was set.
		RuleSet { action: Action, rule: RuleOf<T> },
		/// `amount` of `who`'s credits decayed back to the pool.
		Decayed { who: T::AccountId, amount: Credits },
		/// `amount` credits meant for `who` exceeded its cap and returned to the pool.
		Overflowed { who: T::AccountId, amount: Credits },
		/// `node` bonded `bond` credits and became a node.
		NodeBonded { node: T::AccountId, bond: Credits },
		/// `node` took its bond back and is no longer a node.
		NodeUnbonded { node: T::AccountId, bond: Credits },
		/// `voucher` vouches for `node`.
		Vouched { voucher: T::AccountId, node: T::AccountId },
		/// `voucher` no longer vouches for `node`.
		Unvouched { voucher: T::AccountId, node: T::AccountId },
		/// `node` sent a heartbeat in hour `hour` of `day`.
		Heartbeat { node: T::AccountId, day: u32, hour: u32 },
		/// `node` declared hosting `content` of `size` bytes (`units` hosting units).
		HostingDeclared { node: T::AccountId, content: H256, size: u64, units: u32 },
		/// `node` stopped hosting `content`.
		HostingWithdrawn { node: T::AccountId, content: H256 },
		/// `node` asked to be challenged on `content`; it must answer by `deadline`.
		ChallengeRequested { node: T::AccountId, content: H256, deadline: BlockNumberFor<T> },
		/// `node`'s challenge on `content` passed its deadline unanswered.
		ChallengeExpired { node: T::AccountId, content: H256 },
		/// `node` submitted `proof`; engine request `request` is its swarm.
		ProofSubmitted { node: T::AccountId, request: RequestId, proof: NodeProof },
		/// The swarm verified `proof` of `node` (`approval` of its trust weight approved) and
		/// the node earned `reward`.
		ProofVerified { node: T::AccountId, proof: NodeProof, approval: Perbill, reward: Credits },
		/// The swarm found `proof` of `node` fraudulent: its bond of `forfeited` credits is
		/// burned and it is no longer a node.
		ProofRejected { node: T::AccountId, proof: NodeProof, approval: Perbill, forfeited: Credits },
		/// The swarm did not settle `proof` of `node` (the engine was inconclusive, or the
		/// engine and the trust-weighted tally disagreed): nothing is paid or forfeited.
		ProofUnsettled { node: T::AccountId, proof: NodeProof, approval: Perbill },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not enrolled.
		NotParticipant,
		/// The account is already enrolled.
		AlreadyParticipant,
		/// No such post.
		PostNotFound,
		/// The author already registered this content.
		PostExists,
		/// The post commented on does not exist.
		ParentNotFound,
		/// The author has `MaxLivePosts` posts not yet reaped.
		TooManyLivePosts,
		/// Participants cannot react to their own posts.
		SelfEngagement,
		/// The participant already reacted to this post.
		AlreadyReacted,
		/// The ledger holds fewer credits than the action spends.
		InsufficientCredits,
		/// A tip of nothing.
		ZeroTip,
		/// Authors cannot tip their own posts.
		SelfTip,
		/// A hype outside `MinHype..=MaxHype`.
		HypeOutOfRange,
		/// The post is younger than `PostLifetime`.
		PostTooYoung,
		/// A rule with a diminishing factor of zero or a daily cap of zero.
		InvalidRule,
		/// The account is not a node (it has not bonded).
		NotNode,
		/// The account is a node already.
		AlreadyNode,
		/// The node has not been bonded for `ValidationDelay` yet.
		NoValidationRights,
		/// A node cannot vouch for itself.
		SelfVouch,
		/// The voucher already vouches for this node.
		AlreadyVouched,
		/// The voucher does not vouch for this node.
		NotVouched,
		/// The voucher vouches for `MaxVouches` nodes already.
		TooManyVouches,
		/// The node has `MaxVouchers` vouchers already.
		TooManyVouchers,
		/// The node has proofs with the swarm; wait for their outcomes.
		ProofsPending,
		/// The node sent a heartbeat in this hour already.
		HeartbeatAlreadySent,
		/// No past day with heartbeats is left to claim.
		NothingToClaim,
		/// The day had heartbeats in fewer than `MinHeartbeatHours` hours.
		TooFewHeartbeats,
		/// The node does not declare hosting this content.
		HostingNotFound,
		/// The node declares hosting this content already.
		HostingExists,
		/// The node declares hosting `MaxHostingPerNode` contents already.
		TooMuchHosting,
		/// The content is smaller than one hosting unit.
		ContentTooSmall,
		/// A challenge on this content is open already (or with the swarm).
		ChallengeOpen,
		/// No challenge on this content is waiting for an answer.
		NoChallenge,
		/// The block that picks the chunk is not there yet: answer from two blocks after the
		/// request.
		ChallengeNotReady,
		/// The challenge's deadline has passed.
		ChallengeOver,
		/// The challenge's deadline has not passed yet.
		ChallengeNotOver,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::EarlyGrant::get() >= T::GenesisGrant::get(), "early grant below grant");
			assert!(T::MinHype::get() > 0 && T::MinHype::get() <= T::MaxHype::get(), "hype range");
			assert!(T::ScalingStep::get() > 0, "scaling step of zero");
			assert!(T::MaxHistory::get() > 0, "no history kept");
			assert!(T::MaxRecentReactions::get() > 0, "no reactions remembered");
			assert!(T::MaxAllowance::get() > 0, "empty allowance");
			assert!(!T::AllowanceRegenPeriod::get().is_zero(), "allowance never regenerates");
			assert!(!T::BlocksPerDay::get().is_zero(), "day of zero blocks");
			assert!(!T::DecayPeriod::get().is_zero(), "decay period of zero");
			assert!(!T::TrendingHalfLife::get().is_zero(), "trending half-life of zero");
			assert!(T::BalanceCap::get() >= T::EarlyGrant::get(), "cap below the grant");
			assert!(T::HostingUnit::get() > 0, "hosting unit of zero bytes");
			assert!(T::UptimeFullDays::get() > 0 && T::HostingFullUnits::get() > 0, "full trust of zero");
			assert!(T::MinHeartbeatHours::get() <= 24, "more heartbeat hours than a day has");
			assert!(T::MaxVouchesCounted::get() <= T::MaxVouchers::get(), "counted vouches not kept");
			assert!(
				T::ChallengeWindow::get() > 2u32.into(),
				"a challenge must leave blocks to answer after the block that picks the chunk"
			);
			let limits = T::Verifier::limits();
			let params = Pallet::<T>::swarm_params(None);
			let requester = T::AccountId::decode(&mut sp_runtime::traits::TrailingZeroInput::zeroes())
				.expect("an account id decodes from zeroes");
			assert!(limits.check(&requester, &params).is_ok(), "swarm parameters the engine refuses");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Enrolls `who`, holding [`Config::EnrollmentDeposit`] from the signer for its state,
		/// and grants it credits from the pool.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::enroll())]
		pub fn enroll(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let sponsor = ensure_signed(origin)?;
			Self::do_enroll(sponsor, who)
		}

		/// Registers a post of `content` (a hash of content kept off chain) or, with `parent`,
		/// a comment on it. Fee-free while the signer has an allowance.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::post())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, _content: &H256, _parent: &Option<PostId>| -> bool {
			Pallet::<T>::has_free_action(origin)
		})]
		pub fn post(origin: OriginFor<T>, content: H256, parent: Option<PostId>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_post(who, content, parent)
		}

		/// Reacts to someone else's post. Fee-free while the signer has an allowance.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::react())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, _post: &PostId| -> bool {
			Pallet::<T>::has_free_action(origin)
		})]
		pub fn react(origin: OriginFor<T>, post: PostId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_react(who, post)
		}

		/// Tips `amount` to a post's author (a royalty share to the author of the post a
		/// comment comments on). Fee-free while the signer has an allowance.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::tip())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, _post: &PostId, _amount: &Credits| -> bool {
			Pallet::<T>::has_free_action(origin)
		})]
		pub fn tip(origin: OriginFor<T>, post: PostId, amount: Credits) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_tip(who, post, amount)
		}

		/// Hypes a post with `amount` credits: most is burned, the rest goes to the author.
		/// Fee-free while the signer has an allowance.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::hype())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, _post: &PostId, _amount: &Credits| -> bool {
			Pallet::<T>::has_free_action(origin)
		})]
		pub fn hype(origin: OriginFor<T>, post: PostId, amount: Credits) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_hype(who, post, amount)
		}

		/// Removes a post [`Config::PostLifetime`] after its creation. Anyone may call it.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reap_post())]
		pub fn reap_post(origin: OriginFor<T>, post: PostId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_reap_post(post)
		}

		/// Sets the earning rule of `action`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_rule())]
		pub fn set_rule(origin: OriginFor<T>, action: Action, rule: RuleOf<T>) -> DispatchResult {
			T::RuleOrigin::ensure_origin(origin)?;
			Self::do_set_rule(action, rule)
		}

		/// Applies inactivity decay to `who`'s ledger. Anyone may call it.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::apply_decay())]
		pub fn apply_decay(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_apply_decay(who)
		}

		/// Bonds [`Config::VerificationBond`] of the signer's credits: it becomes a node, can
		/// claim node credits and, after [`Config::ValidationDelay`], its swarm votes carry
		/// trust and it may vouch.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::bond_node())]
		pub fn bond_node(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_node(who)
		}

		/// Returns the bond to node credits and ends the node: its vouches, vouchers and
		/// hosting declarations go. Not while proofs are with the swarm.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::unbond_node())]
		pub fn unbond_node(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond_node(who)
		}

		/// Vouches for `node` (web of trust): each of its first
		/// [`Config::MaxVouchesCounted`] vouchers adds [`Config::TrustPerVouch`] to its trust.
		/// The signer must have validation rights.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::vouch())]
		pub fn vouch(origin: OriginFor<T>, node: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_vouch(who, node)
		}

		/// Withdraws the signer's vouch for `node`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::unvouch())]
		pub fn unvouch(origin: OriginFor<T>, node: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unvouch(who, node)
		}

		/// Records a heartbeat of the signing node in the current hour. Fee-free while the
		/// signer has an allowance.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::heartbeat())]
		#[pallet::feeless_if(|origin: &OriginFor<T>| -> bool {
			Pallet::<T>::has_free_action(origin)
		})]
		pub fn heartbeat(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_heartbeat(who)
		}

		/// Claims a past day of uptime from its heartbeats: the swarm (a panel the engine
		/// draws, paid [`Config::SwarmReward`] ARETE by the node) checks it.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::claim_uptime())]
		pub fn claim_uptime(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_uptime(who)
		}

		/// Declares that the signing node hosts `content` (a content hash) of `size` bytes.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::declare_hosting())]
		pub fn declare_hosting(origin: OriginFor<T>, content: H256, size: u64) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_declare_hosting(who, content, size)
		}

		/// Withdraws a hosting declaration.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::withdraw_hosting())]
		pub fn withdraw_hosting(origin: OriginFor<T>, content: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_hosting(who, content)
		}

		/// Asks to be challenged on hosted `content`. The chunk is picked by the hash of the
		/// next block; the answer is due within [`Config::ChallengeWindow`] blocks.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::request_challenge())]
		pub fn request_challenge(origin: OriginFor<T>, content: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_challenge(who, content)
		}

		/// Answers the open challenge on `content` with `answer`, the `blake2_256` of the
		/// picked chunk ([`Pallet::challenge_chunk`] tells which). The swarm (paid
		/// [`Config::SwarmReward`] ARETE by the node) checks it.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::answer_challenge())]
		pub fn answer_challenge(origin: OriginFor<T>, content: H256, answer: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_answer_challenge(who, content, answer)
		}

		/// Clears `node`'s challenge on `content` once its deadline passed unanswered. Anyone
		/// may call it.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::expire_challenge())]
		pub fn expire_challenge(origin: OriginFor<T>, node: T::AccountId, content: H256) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire_challenge(node, content)
		}
	}
}
