//! Types of the witnesses pallet: the witness registry, verification requests, attestations,
//! outcomes and the read-only views served by the runtime API.

use crate::Config;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{
	pallet_prelude::ConstU32,
	traits::{fungible, Get},
	BoundedVec, CloneNoBound, DebugNoBound, DefaultNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{FixedU128, Perbill};
pub use verification_primitives::Round;

/// A short, fixed identifier of the client (domain) a request belongs to, e.g. `*b"perform\0"`.
pub type DomainId = [u8; 8];

/// Identifier of a verification request, allocated sequentially from 0.
pub type RequestId = u64;

/// Hard cap on the size of a named or drawn panel, independent of the runtime. The runtime's
/// `MaxPanelSize` must not exceed it (checked by the pallet's integrity test).
pub const MAX_PANEL_SIZE: u32 = 64;

/// Hard cap on the number of participants an [`Outcome`] carries. The runtime's
/// `MaxWitnessesPerRequest` must not exceed it (checked by the pallet's integrity test).
pub const MAX_PARTICIPANTS: u32 = 256;

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A credit (negative imbalance) of the pallet's currency, produced by slashes.
pub type CreditOf<T> =
	fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// Block number type of the runtime.
pub type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;

/// A list of named panel members, bounded by [`MAX_PANEL_SIZE`].
pub type PanelMembers<AccountId> = BoundedVec<AccountId, ConstU32<MAX_PANEL_SIZE>>;

/// The participants of a finalized request, bounded by [`MAX_PARTICIPANTS`].
pub type Participants<AccountId> = BoundedVec<Participant<AccountId>, ConstU32<MAX_PARTICIPANTS>>;

/// Accounts a client keeps off a request's drawn panel (the subject's owner, its delegates).
pub type ExcludedOf<AccountId> =
	BoundedVec<AccountId, ConstU32<{ verification_primitives::MAX_EXCLUDED }>>;

/// The members of a drawn panel with their seats, bounded by [`MAX_PANEL_SIZE`] (a panel has
/// at most that many seats, so at most that many distinct members).
pub type DrawnSeats<AccountId> = BoundedVec<(AccountId, u32), ConstU32<MAX_PANEL_SIZE>>;

/// Drawn seats for the runtime `T`.
pub type DrawnSeatsOf<T> = DrawnSeats<<T as frame_system::Config>::AccountId>;

/// The number of a domain's roster: 0 for its first, one more at every rotation.
pub type RosterEra = u32;

/// A draw waiting for its seed, for the runtime `T`.
pub type DrawTicketOf<T> = DrawTicket<BlockNumberOf<T>>;

/// Most entries of a roster: a full domain list and a full general list.
pub struct RosterBound<T>(core::marker::PhantomData<T>);
impl<T: Config> Get<u32> for RosterBound<T> {
	fn get() -> u32 {
		T::MaxWitnessesPerDomain::get().saturating_mul(2)
	}
}

/// A roster as stored for the runtime `T`.
pub type RosterOf<T> = Roster<<T as frame_system::Config>::AccountId, RosterBound<T>>;

/// A domain's roster bookkeeping for the runtime `T`.
pub type RosterInfoOf<T> =
	RosterInfo<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberOf<T>>;

/// The domains a witness declares it serves.
pub type DomainsOf<T> = BoundedVec<DomainId, <T as Config>::MaxDomainsPerWitness>;

/// An eligibility list (of one domain, or the general list): witnesses with their bond when
/// they entered it or last raised it, heaviest first, at most `MaxWitnessesPerDomain`.
pub type EligibilityListOf<T> = BoundedVec<
	(<T as frame_system::Config>::AccountId, BalanceOf<T>),
	<T as Config>::MaxWitnessesPerDomain,
>;

/// A witness registry entry as stored for the runtime `T`.
pub type WitnessInfoOf<T> = WitnessInfo<BalanceOf<T>, BlockNumberOf<T>, DomainsOf<T>>;

/// A request as stored for the runtime `T`.
pub type RequestOf<T> =
	Request<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberOf<T>>;

/// Request parameters for the runtime `T`.
pub type RequestParamsOf<T> =
	RequestParams<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberOf<T>>;

/// The role a witness registers with. Each role has a weight multiplier set by `RoleOrigin`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum Role {
	/// A member of the public who saw the subject happen.
	Spectator,
	/// A fellow participant (athlete, agent operator, node, ...).
	Peer,
	/// A coach or trainer.
	Coach,
	/// A certified judge or referee.
	Judge,
	/// An automated oracle (sensor, timing system, data feed).
	Oracle,
}

impl Role {
	/// Every role, in declaration order.
	pub const ALL: [Role; 5] =
		[Role::Spectator, Role::Peer, Role::Coach, Role::Judge, Role::Oracle];
}

/// Lifecycle of a witness's registration.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum WitnessStatus<BlockNumber> {
	/// May commit to requests and is listed as eligible.
	Active,
	/// The bond fell below the minimum after a slash; `bond_extra` back above it reactivates.
	Deactivated,
	/// Leaving: the bond may be withdrawn from `unlock_at` on, once no attestation is pending.
	Unbonding {
		/// First block at which `withdraw_unbonded` succeeds.
		unlock_at: BlockNumber,
	},
}

/// Accuracy statistics of a witness.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
)]
pub struct WitnessStats {
	/// Revealed attestations on finalized requests.
	pub attestations: u32,
	/// Revealed attestations that agreed with a conclusive consensus.
	pub agreed: u32,
	/// Revealed attestations that disagreed with a conclusive consensus.
	pub dissented: u32,
	/// Commitments that were never revealed.
	pub missed_reveals: u32,
}

/// A witness registry entry.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct WitnessInfo<Balance, BlockNumber, Domains> {
	/// The role registered with.
	pub role: Role,
	/// The bond, held under `HoldReason::WitnessBond`.
	pub bond: Balance,
	/// Domains served; empty means every domain.
	pub domains: Domains,
	/// Moving average of agreement with consensus.
	pub credibility: Perbill,
	/// Registration status.
	pub status: WitnessStatus<BlockNumber>,
	/// Accuracy statistics.
	pub stats: WitnessStats,
	/// Duties on requests that are not settled yet: seats on drawn panels (from the draw,
	/// committed or not) and commitments on other panels. The bond cannot be withdrawn while
	/// any is pending, and a witness with `MaxPendingDuties` of them is left out of rosters.
	pub pending: u32,
	/// Block of registration.
	pub registered_at: BlockNumber,
}

/// An inclusive range of valid scores.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct ScoreRange {
	/// Lowest valid score.
	pub min: u32,
	/// Highest valid score (`>= min`).
	pub max: u32,
}

impl ScoreRange {
	/// Whether `score` lies in the range.
	pub fn contains(&self, score: u32) -> bool {
		self.min <= score && score <= self.max
	}

	/// Width of the range (`max - min`).
	pub fn width(&self) -> u32 {
		self.max.saturating_sub(self.min)
	}
}

/// Who may attest to a request.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum Panel<AccountId> {
	/// Any eligible witness of the domain.
	Open,
	/// Only these witnesses (at most `MaxPanelSize`, no duplicates, not the requester).
	Named(PanelMembers<AccountId>),
	/// `n` seats (`1 <= n <= MaxPanelSize`) drawn `DrawDelay` blocks after opening from the
	/// domain's roster (never the requester), with replacement: each seat goes to a candidate
	/// with probability proportional to its weight, so one witness may hold several seats. At
	/// least `min_witnesses` candidates must be on the roster.
	RandomDraw(u32),
}

/// The kind of panel a stored request has (its members are stored separately).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum PanelKind {
	/// Any eligible witness.
	Open,
	/// A named panel.
	Named,
	/// A randomly drawn panel.
	Drawn,
}

/// Parameters of a verification request, chosen by the requesting pallet or account.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct RequestParams<AccountId, Balance, BlockNumber> {
	/// Minimum number of revealed attestations for a conclusive outcome (`>= 1`).
	pub min_witnesses: u32,
	/// Minimum total weight of revealed attestations for a conclusive outcome.
	pub min_weight: u128,
	/// Share of the revealed weight that must approve (non-zero); reaching it exactly approves.
	pub approval_threshold: Perbill,
	/// Length of the commit phase in blocks, counted from the opening block.
	pub commit_period: BlockNumber,
	/// Length of the reveal phase in blocks, counted from the end of the commit phase.
	pub reveal_period: BlockNumber,
	/// Reward held from the requester and split among agreeing witnesses.
	pub reward: Balance,
	/// If set, every reveal must carry a score in this range and a consensus score is computed.
	pub score_range: Option<ScoreRange>,
	/// Who may attest.
	pub panel: Panel<AccountId>,
}

/// A verification request.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Request<AccountId, Balance, BlockNumber> {
	/// The client domain.
	pub domain: DomainId,
	/// The subject, opaque to this pallet.
	pub subject: H256,
	/// Who pays the reward and the deposit.
	pub requester: AccountId,
	/// Reward held under `HoldReason::RequestReward`.
	pub reward: Balance,
	/// Storage deposit held under `HoldReason::RequestDeposit`.
	pub deposit: Balance,
	/// Minimum revealed count.
	pub min_witnesses: u32,
	/// Minimum revealed weight.
	pub min_weight: u128,
	/// Approval threshold.
	pub approval_threshold: Perbill,
	/// Optional score range.
	pub score_range: Option<ScoreRange>,
	/// Kind of panel.
	pub panel: PanelKind,
	/// Number of panel members (0 for an open panel).
	pub panel_size: u32,
	/// Block the request was opened in.
	pub opened_at: BlockNumber,
	/// Last block in which commits are accepted.
	pub commit_deadline: BlockNumber,
	/// Last block in which reveals are accepted; finalization is possible after it.
	pub reveal_deadline: BlockNumber,
	/// Number of commitments.
	pub commits: u32,
	/// Number of reveals.
	pub reveals: u32,
	/// Accounts kept off the drawn panel besides the requester.
	pub excluded: ExcludedOf<AccountId>,
	/// Length of the commit phase, counted from the draw (or the opening, for other panels).
	pub commit_period: BlockNumber,
	/// Length of the reveal phase, counted from the end of the commit phase.
	pub reveal_period: BlockNumber,
	/// For a drawn panel not drawn yet: the seed block and roster it will be drawn from.
	/// Until the draw, `commit_deadline` and `reveal_deadline` are the earliest they can be.
	pub draw: Option<DrawTicket<BlockNumber>>,
}

impl<AccountId, Balance, BlockNumber> Request<AccountId, Balance, BlockNumber>
where
	BlockNumber: Copy + sp_runtime::Saturating + sp_runtime::traits::One,
{
	/// The block of the request's [`crate::Schedule`] entry: its seed block while it waits for
	/// its draw, else the first block after its reveal deadline.
	pub fn due_block(&self) -> BlockNumber {
		match &self.draw {
			Some(ticket) => ticket.seed_block,
			None => self.reveal_deadline.saturating_add(BlockNumber::one()),
		}
	}
}

/// Where a drawn panel comes from: the seed of `seed_block` (entropy that did not exist when
/// the request was opened) and the roster of era `roster_era` (frozen before that seed).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct DrawTicket<BlockNumber> {
	/// The block whose seed draws the panel: the opening block plus `DrawDelay`.
	pub seed_block: BlockNumber,
	/// The domain's roster era current at opening.
	pub roster_era: RosterEra,
}

/// The candidates of a domain's draws, frozen when the roster is built: every active witness
/// of the domain's list and of the general list, with its weight at that time. Draws read the
/// roster, never the live registry, so nobody can change a draw after its seed is known.
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
	DefaultNoBound,
)]
#[scale_info(skip_type_params(S))]
#[codec(mel_bound(AccountId: MaxEncodedLen))]
pub struct Roster<AccountId: Clone + PartialEq + Eq + Debug, S: Get<u32>> {
	/// Sum of the entries' weights.
	pub total_weight: u128,
	/// Candidates and their weights, domain list first, then the general list.
	pub entries: BoundedVec<(AccountId, u128), S>,
}

/// A domain's current roster era and who paid for the domain's rosters.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct RosterInfo<AccountId, Balance, BlockNumber> {
	/// The current era; its roster and, while draws reference it, the previous one live.
	pub era: RosterEra,
	/// Block the current roster was built in.
	pub built_at: BlockNumber,
	/// Who built the domain's first roster and holds its deposit.
	pub depositor: AccountId,
	/// The deposit held under `HoldReason::RosterDeposit`.
	pub deposit: Balance,
}

/// A revealed attestation.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Reveal {
	/// `true` approves the subject.
	pub verdict: bool,
	/// Optional score.
	pub score: Option<u32>,
}

/// A witness's commitment to a request, and its reveal once made.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Attestation {
	/// `Pallet::commitment_of(domain, id, witness, verdict, score, salt)`: bound to the
	/// request's domain, the request and the witness.
	pub commitment: H256,
	/// The witness's weight, snapshotted at commit time.
	pub weight: u128,
	/// Seats the witness holds on the panel (1 on open and named panels).
	pub seats: u32,
	/// The reveal, once made.
	pub reveal: Option<Reveal>,
}

/// The verdict of a finalized request.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Verdict {
	/// The approving weight reached the threshold.
	Approved,
	/// The approving weight stayed below the threshold.
	Rejected,
	/// No quorum of revealed count and weight by the reveal deadline.
	Inconclusive,
}

/// One committed witness of a finalized request.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Participant<AccountId> {
	/// The witness.
	pub who: AccountId,
	/// Weight snapshotted at commit time.
	pub weight: u128,
	/// Seats held on the panel (1 on open and named panels).
	pub seats: u32,
	/// The reveal, `None` if the witness did not reveal.
	pub reveal: Option<Reveal>,
	/// Whether the witness agreed with a conclusive consensus.
	pub agreed: bool,
	/// The panel round it sat in: 0 for the first panel, `r` for the panel of the `r`-th
	/// appeal.
	pub round: Round,
}

/// The outcome of a finalized request, reported to the outcome handler and in an event.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Outcome<AccountId> {
	/// Approved, Rejected or Inconclusive.
	pub verdict: Verdict,
	/// Consensus score (weighted median after clipping), when the request has a score range
	/// and the outcome is conclusive.
	pub score: Option<u32>,
	/// Approving share of the revealed weight.
	pub approval: Perbill,
	/// Total revealed weight.
	pub revealed_weight: u128,
	/// Number of commitments.
	pub committed: u32,
	/// Number of reveals.
	pub revealed: u32,
	/// Every committed witness, in no particular order.
	pub participants: Participants<AccountId>,
}

/// Why a witness was slashed.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum SlashReason {
	/// Revealed against a conclusive consensus (verdict or clipped score).
	Dissent,
	/// Committed but did not reveal in time.
	NoReveal,
}

/// How a single attestation was settled at finalization.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum AttestationResult {
	/// Agreed with consensus: rewarded, credibility up.
	Agreed,
	/// Disagreed with consensus: slashed, credibility down.
	Dissented,
	/// Revealed, but the outcome was inconclusive: nothing changes but the count.
	Neutral,
	/// Did not reveal: slashed, credibility down.
	MissedReveal,
}

/// Phase of an open request, relative to the current block.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum RequestPhase {
	/// A drawn panel waiting for its seed block and draw.
	Drawing,
	/// Commits accepted.
	Commit,
	/// Reveals accepted.
	Reveal,
	/// Past the reveal deadline: waiting for `finalize_request` or the idle hook.
	AwaitingFinalization,
	/// An optimistic claim anyone may dispute until its `liveness_until` (the request's
	/// `reveal_deadline` too); after it, `advance` or the idle hook lets it stand.
	Liveness,
	/// The current round is decided (its [`RoundInfo::appeal_until`] is set): anyone but its
	/// members may appeal until then; after it, the request becomes final.
	AppealWindow,
}

/// A witness record as served by the runtime API.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct WitnessInfoView<Balance, BlockNumber> {
	/// Registered role.
	pub role: Role,
	/// Current multiplier of the role.
	pub role_multiplier: FixedU128,
	/// Bond held.
	pub bond: Balance,
	/// Domains served (empty: all).
	pub domains: Vec<DomainId>,
	/// Credibility.
	pub credibility: Perbill,
	/// Current weight (bond x multiplier x credibility, at least 1).
	pub weight: u128,
	/// Registration status.
	pub status: WitnessStatus<BlockNumber>,
	/// Accuracy statistics.
	pub stats: WitnessStats,
	/// Commitments on unfinalized requests.
	pub pending: u32,
	/// Block of registration.
	pub registered_at: BlockNumber,
}

/// An optimistic claim on a request: it stands after its liveness window unless someone
/// disputes it with a matching bond, which sends the request to a drawn panel.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Claim<AccountId, Balance, BlockNumber> {
	/// What the requester claims (a verdict and, on scored requests, a score).
	pub claim: Reveal,
	/// Held from the requester (`ClaimBond`) and, once disputed, from the disputer
	/// (`DisputeBond`).
	pub bond: Balance,
	/// Last block in which the claim can be disputed.
	pub liveness_until: BlockNumber,
	/// Who disputed it, if anyone.
	pub disputer: Option<AccountId>,
}

/// A claim of the runtime `T`.
pub type ClaimOf<T> = Claim<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberOf<T>>;

/// How an optimistic claim ended.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum ClaimResult {
	/// Nobody disputed it: it stands, every bond and fund is released.
	Stood,
	/// Disputed, and the panel agreed with the claim: the disputer's bond pays the requester
	/// and the coherent panel members.
	Upheld,
	/// Disputed, and the panel disagreed: the requester's bond pays the disputer and the
	/// coherent panel members.
	Overturned,
	/// Disputed, and the panel missed its quorum: both bonds are released and the claim does
	/// not stand.
	Inconclusive,
}

/// An open request as served by the runtime API (clients see `primitives::RequestView`).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RequestView<AccountId, Balance, BlockNumber> {
	/// The request id.
	pub id: RequestId,
	/// The stored request.
	pub request: Request<AccountId, Balance, BlockNumber>,
	/// Named or drawn panel members with their seats (empty for an open panel, and for a
	/// drawn panel before its draw).
	pub panel_members: Vec<(AccountId, u32)>,
	/// Current phase.
	pub phase: RequestPhase,
	/// The optimistic claim, if the request is one.
	pub claim: Option<Claim<AccountId, Balance, BlockNumber>>,
	/// The request's rounds and appeal window, if it can be appealed.
	pub rounds: Option<RoundInfo<BlockNumber>>,
}

/// The decision of one panel round, as tallied at the end of its reveal phase.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Tally {
	/// The round it decides.
	pub round: Round,
	/// Approved, Rejected or Inconclusive (no quorum).
	pub verdict: Verdict,
	/// The round's score (conclusive rounds of scored requests).
	pub score: Option<u32>,
	/// The inclusive bounds of the round's non-outlier scores: a vote is coherent with the
	/// decision only if its score lies within them.
	pub inliers: Option<(u32, u32)>,
	/// Approving share of the round's revealed votes.
	pub approval: Perbill,
	/// Revealed weight of the round.
	pub revealed_weight: u128,
	/// Reveals of the round.
	pub revealed: u32,
}

/// The rounds of an appealable request (every client request): kept beside the request while
/// it lives.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct RoundInfo<BlockNumber> {
	/// The current round: 0 for the first panel, `r` after `r` appeals.
	pub round: Round,
	/// Blocks a decided round may be appealed for, counted from its tally.
	pub appeal_period: BlockNumber,
	/// Set once the current round is tallied: the last block in which it can be appealed.
	/// The request becomes final in the block after.
	pub appeal_until: Option<BlockNumber>,
	/// The current round's tally, once made.
	pub current: Option<Tally>,
	/// The standing decision: the tally of the last conclusive round, if any. An appeal panel
	/// that misses its quorum cannot erase a conclusive decision.
	pub standing: Option<Tally>,
	/// The kind of the first round's panel (every appeal panel is drawn).
	pub first_panel: PanelKind,
}

/// One member of a decided round that was appealed: settled when the request is final.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct PastMember {
	/// Seats held in the round.
	pub seats: u32,
	/// Weight snapshotted at commit (0 if it never committed).
	pub weight: u128,
	/// Whether it committed (its `pending` count includes this round until it is settled).
	pub committed: bool,
	/// Its reveal, if any.
	pub reveal: Option<Reveal>,
}

/// A decided round that was appealed: its tally and members, kept until the request is final.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct PastRound<AccountId> {
	/// The kind of the round's panel.
	pub panel: PanelKind,
	/// The round's tally.
	pub tally: Tally,
	/// Every member of the round: panel members (drawn or named) with their attestations.
	pub members: BoundedVec<(AccountId, PastMember), ConstU32<MAX_PANEL_SIZE>>,
}

/// A past round of the runtime `T`.
pub type PastRoundOf<T> = PastRound<<T as frame_system::Config>::AccountId>;

/// An appeal: who paid for round `r` and what it holds until the request is final.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Appeal<AccountId, Balance> {
	/// Who appealed.
	pub appellant: AccountId,
	/// The appeal fee, held under `HoldReason::AppealFee`: paid to the round's members
	/// coherent with the final decision, and reimbursed from slashes if the appeal succeeded.
	pub fee: Balance,
	/// The round's storage deposit, held under `HoldReason::AppealDeposit` and released when
	/// the request is final.
	pub deposit: Balance,
}

/// An appeal of the runtime `T`.
pub type AppealOf<T> = Appeal<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
