//! The types clients and the engine exchange: votes, panel policies, request parameters, the
//! engine's limits and their check, outcomes, and the client-facing request view.

use crate::{
	seats_in_round, DomainId, RequestId, Round, MAX_EXCLUDED, MAX_NAMED_MEMBERS, MAX_PARTICIPANTS,
	MAX_SEATS,
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{ConstU32, H256};
use sp_runtime::{
	traits::{Bounded, CheckedAdd, Zero},
	BoundedVec, DispatchError, Perbill, SaturatedConversion,
};

/// The members of a named panel.
pub type PanelMembers<AccountId> = BoundedVec<AccountId, ConstU32<MAX_NAMED_MEMBERS>>;

/// Accounts that must not sit on any panel of a request.
pub type ExcludedAccounts<AccountId> = BoundedVec<AccountId, ConstU32<MAX_EXCLUDED>>;

/// Every panel member of every round of a final request.
pub type Participants<AccountId> = BoundedVec<Participant<AccountId>, ConstU32<MAX_PARTICIPANTS>>;

/// What a witness attests, and what a conclusive decision says. The SCALE encoding is pinned
/// (it is part of the commitment preimage): `Rejected` is `0x00`, `Approved` is `0x01`, the
/// same bytes as the `bool` of the engine's first commitment scheme.
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
	/// The subject is not what it claims to be.
	#[codec(index = 0)]
	Rejected,
	/// The subject is what it claims to be.
	#[codec(index = 1)]
	Approved,
}

impl Verdict {
	/// `Approved` for `true`, `Rejected` for `false`.
	pub fn from_approval(approved: bool) -> Self {
		if approved {
			Verdict::Approved
		} else {
			Verdict::Rejected
		}
	}

	/// Whether this is `Approved`.
	pub fn is_approved(&self) -> bool {
		*self == Verdict::Approved
	}
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
	/// Whether `min <= max`.
	pub fn is_valid(&self) -> bool {
		self.min <= self.max
	}

	/// Whether `score` lies in the range.
	pub fn contains(&self, score: u32) -> bool {
		self.min <= score && score <= self.max
	}

	/// Width of the range (`max - min`, zero for an invalid range).
	pub fn width(&self) -> u32 {
		self.max.saturating_sub(self.min)
	}
}

/// A witness's attestation, or an optimistic claim: a verdict and, on scored requests, a
/// score.
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
pub struct Vote {
	/// The verdict.
	pub verdict: Verdict,
	/// The score: required (and in range) on a request with a score range, absent otherwise.
	pub score: Option<u32>,
}

impl Vote {
	/// Whether the vote fits a request with `range`: a score in range if there is a range, no
	/// score if there is none.
	pub fn fits(&self, range: Option<ScoreRange>) -> bool {
		match (range, self.score) {
			(Some(range), Some(score)) => range.contains(score),
			(None, None) => true,
			_ => false,
		}
	}
}

/// Who sits on the panels of a request in [`VerificationMode::Panel`].
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum PanelPolicy<AccountId> {
	/// `seats` seats drawn by the chain, each independently with probability proportional to
	/// a witness's weight (so a witness may hold several seats, and splitting a stake over many
	/// accounts does not change the chance of holding any number of seats), from randomness of
	/// a block after the opening block, never the requester or an excluded account.
	Drawn {
		/// Seats of the first panel (`1..=max_seats`).
		seats: u32,
	},
	/// Members named by `named_by`, an independent party such as a competition organizer. One
	/// seat each. Neither `named_by` nor any member may be the requester or excluded.
	Named {
		/// The party that names the panel and answers for the choice.
		named_by: AccountId,
		/// The members (`1..=max_named_members`, no duplicates).
		members: PanelMembers<AccountId>,
	},
}

/// The terms of an optimistic claim.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ClaimTerms<Balance, BlockNumber> {
	/// What the requester claims.
	pub claim: Vote,
	/// Bond held from the requester; a disputer holds the same amount. The losing side's bond
	/// pays the winner and the dispute panel.
	pub bond: Balance,
	/// Blocks after opening during which anyone may dispute.
	pub liveness: BlockNumber,
	/// Seats of the panel drawn on a dispute.
	pub dispute_seats: u32,
}

/// How a request is decided.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum VerificationMode<AccountId, Balance, BlockNumber> {
	/// A panel decides by commit and reveal.
	Panel(PanelPolicy<AccountId>),
	/// The requester's claim stands unless disputed; a dispute goes to a drawn panel.
	Optimistic(ClaimTerms<Balance, BlockNumber>),
}

/// How every panel round of a request works (the first panel, dispute panels and appeal
/// panels alike).
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
pub struct PanelTerms<Balance, BlockNumber> {
	/// Revealed seats needed for a conclusive decision in the first round (`1..=` its seats).
	/// Appeal round `r` needs [`seats_in_round`]`(min_seats, r)`.
	pub min_seats: u32,
	/// Revealed weight needed for a conclusive decision, at least the engine's
	/// [`EngineLimits::min_quorum_weight`].
	pub min_weight: u128,
	/// Share of the revealed seats that must approve (non-zero); reaching it exactly approves.
	pub approval_threshold: Perbill,
	/// Length of the commit phase in blocks, counted from the draw (from opening for a named
	/// panel).
	pub commit_period: BlockNumber,
	/// Length of the reveal phase in blocks, counted from the end of the commit phase.
	pub reveal_period: BlockNumber,
	/// Length of the appeal window in blocks, counted from the round's tally (at the earliest
	/// the end of its reveal phase).
	pub appeal_period: BlockNumber,
	/// Reward held from the requester for the witnesses coherent with the final decision.
	pub reward: Balance,
}

/// Parameters of a verification request, chosen by the client.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct RequestParams<AccountId, Balance, BlockNumber> {
	/// Panel or optimistic claim.
	pub mode: VerificationMode<AccountId, Balance, BlockNumber>,
	/// How panel rounds work.
	pub panel: PanelTerms<Balance, BlockNumber>,
	/// If set, every vote carries a score in this range and the decision has a score.
	pub score_range: Option<ScoreRange>,
	/// Accounts that may sit on no panel of this request, e.g. the subject's owner and its
	/// delegates. The requester is always excluded.
	pub excluded: ExcludedAccounts<AccountId>,
}

impl<AccountId, Balance, BlockNumber> RequestParams<AccountId, Balance, BlockNumber> {
	/// Seats of the first panel round: the drawn seats, the named members, or the dispute
	/// seats of an optimistic claim.
	pub fn first_round_seats(&self) -> u32 {
		match &self.mode {
			VerificationMode::Panel(PanelPolicy::Drawn { seats }) => *seats,
			VerificationMode::Panel(PanelPolicy::Named { members, .. }) => {
				members.len().saturated_into::<u32>()
			},
			VerificationMode::Optimistic(terms) => terms.dispute_seats,
		}
	}
}

/// The engine's limits, as configured in the runtime. [`EngineLimits::check`] is the
/// validation of request parameters at opening.
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
pub struct EngineLimits<Balance, BlockNumber> {
	/// Most seats of any panel round (at most [`MAX_SEATS`]); also bounds appeals, whose panels
	/// grow as `2n + 1`.
	pub max_seats: u32,
	/// Most members of a named panel (at most [`MAX_NAMED_MEMBERS`]).
	pub max_named_members: u32,
	/// Most appeal rounds of one request (at most [`crate::MAX_APPEAL_ROUNDS`]).
	pub max_appeal_rounds: Round,
	/// Least revealed weight a quorum may ask for: quorums count weight as well as seats.
	pub min_quorum_weight: u128,
	/// Shortest commit phase.
	pub min_commit_period: BlockNumber,
	/// Shortest reveal phase.
	pub min_reveal_period: BlockNumber,
	/// Shortest appeal window.
	pub min_appeal_period: BlockNumber,
	/// Shortest liveness window of an optimistic claim.
	pub min_liveness: BlockNumber,
	/// Longest commit + reveal + appeal periods of one round, and longest liveness window.
	pub max_round_duration: BlockNumber,
	/// Blocks between opening (or a dispute, or an appeal) and the block whose randomness
	/// draws the panel.
	pub draw_delay: BlockNumber,
	/// Most requests a witness may have pending duties on; a witness at the cap is left out
	/// of the draws until it has worked some off.
	pub max_pending_duties: u32,
	/// Storage deposit held from the requester while the request lives, for the request
	/// itself; [`EngineLimits::deposit_per_seat`] is added for each seat of its first panel.
	pub request_deposit: Balance,
	/// Storage deposit per seat of a panel round (its panel and attestation entries), held
	/// from whoever causes the round (requester, disputer or appellant) until the request is
	/// final.
	pub deposit_per_seat: Balance,
	/// Least bond of an optimistic claim.
	pub min_claim_bond: Balance,
	/// Most bond of an optimistic claim: a disputer must match the bond, so a bond nobody can
	/// afford to match would make any claim, true or false, indisputable.
	pub max_claim_bond: Balance,
	/// Fee per seat of an appeal panel, paid by the appellant.
	pub appeal_fee_per_seat: Balance,
}

impl<Balance, BlockNumber> EngineLimits<Balance, BlockNumber>
where
	Balance: Zero + Bounded,
	BlockNumber: Zero + Bounded,
{
	/// The hard caps of this crate and no minimums: the limits of an engine that checks
	/// nothing beyond the types, e.g. the `()` provider.
	pub fn permissive() -> Self {
		EngineLimits {
			max_seats: MAX_SEATS,
			max_named_members: MAX_NAMED_MEMBERS,
			max_appeal_rounds: crate::MAX_APPEAL_ROUNDS,
			min_quorum_weight: 0,
			min_commit_period: Zero::zero(),
			min_reveal_period: Zero::zero(),
			min_appeal_period: Zero::zero(),
			min_liveness: Zero::zero(),
			max_round_duration: Bounded::max_value(),
			draw_delay: Zero::zero(),
			max_pending_duties: u32::MAX,
			request_deposit: Zero::zero(),
			deposit_per_seat: Zero::zero(),
			min_claim_bond: Zero::zero(),
			max_claim_bond: Bounded::max_value(),
			appeal_fee_per_seat: Zero::zero(),
		}
	}
}

impl<Balance, BlockNumber> EngineLimits<Balance, BlockNumber>
where
	Balance: PartialOrd,
	BlockNumber: PartialOrd + CheckedAdd + Zero,
{
	/// Check `params` of a request `requester` opens, in this order (the first failure is
	/// returned):
	/// 1. the approval threshold is non-zero;
	/// 2. the score range, if any, has `min <= max`;
	/// 3. the first panel has `1..=max_seats` seats (`1..=max_named_members` named members);
	/// 4. a named panel lists no member twice, and neither the naming party nor a member is
	///    the requester or excluded;
	/// 5. an optimistic claim has a bond in `min_claim_bond..=max_claim_bond` and a vote that
	///    fits the score range;
	/// 6. `min_seats` is in `1..=` the first panel's seats and `min_weight` is at least
	///    `min_quorum_weight`;
	/// 7. every period is non-zero and at least its minimum; commit + reveal + appeal periods,
	///    and the liveness window, are at most `max_round_duration`.
	///
	/// What depends on state (registered witnesses, balances) is the engine's to check.
	pub fn check<AccountId: PartialEq>(
		&self,
		requester: &AccountId,
		params: &RequestParams<AccountId, Balance, BlockNumber>,
	) -> Result<(), InvalidParams> {
		let terms = &params.panel;
		if terms.approval_threshold.is_zero() {
			return Err(InvalidParams::ZeroThreshold);
		}
		if params.score_range.is_some_and(|range| !range.is_valid()) {
			return Err(InvalidParams::InvalidScoreRange);
		}

		let seats = params.first_round_seats();
		match &params.mode {
			VerificationMode::Panel(PanelPolicy::Drawn { .. }) => {
				if seats == 0 || seats > self.max_seats {
					return Err(InvalidParams::InvalidPanelSize);
				}
			},
			VerificationMode::Panel(PanelPolicy::Named { named_by, members }) => {
				if seats == 0 || seats > self.max_named_members {
					return Err(InvalidParams::InvalidPanelSize);
				}
				let barred =
					|who: &AccountId| who == requester || params.excluded.iter().any(|x| x == who);
				if barred(named_by) {
					return Err(InvalidParams::ExcludedOnPanel);
				}
				for (i, member) in members.iter().enumerate() {
					if members.iter().skip(i.saturating_add(1)).any(|other| other == member) {
						return Err(InvalidParams::DuplicatePanelMember);
					}
					if barred(member) {
						return Err(InvalidParams::ExcludedOnPanel);
					}
				}
			},
			VerificationMode::Optimistic(claim) => {
				if seats == 0 || seats > self.max_seats {
					return Err(InvalidParams::InvalidPanelSize);
				}
				if claim.bond < self.min_claim_bond {
					return Err(InvalidParams::BondTooLow);
				}
				if claim.bond > self.max_claim_bond {
					return Err(InvalidParams::BondTooHigh);
				}
				if !claim.claim.fits(params.score_range) {
					return Err(InvalidParams::InvalidClaim);
				}
			},
		}

		if terms.min_seats == 0 || terms.min_seats > seats {
			return Err(InvalidParams::InvalidQuorum);
		}
		if terms.min_weight < self.min_quorum_weight {
			return Err(InvalidParams::QuorumWeightTooLow);
		}

		let at_least = |period: &BlockNumber, min: &BlockNumber| !period.is_zero() && period >= min;
		if !at_least(&terms.commit_period, &self.min_commit_period)
			|| !at_least(&terms.reveal_period, &self.min_reveal_period)
			|| !at_least(&terms.appeal_period, &self.min_appeal_period)
		{
			return Err(InvalidParams::PeriodTooShort);
		}
		let round = terms
			.commit_period
			.checked_add(&terms.reveal_period)
			.and_then(|sum| sum.checked_add(&terms.appeal_period))
			.ok_or(InvalidParams::PeriodTooLong)?;
		if round > self.max_round_duration {
			return Err(InvalidParams::PeriodTooLong);
		}
		if let VerificationMode::Optimistic(claim) = &params.mode {
			if !at_least(&claim.liveness, &self.min_liveness) {
				return Err(InvalidParams::PeriodTooShort);
			}
			if claim.liveness > self.max_round_duration {
				return Err(InvalidParams::PeriodTooLong);
			}
		}
		Ok(())
	}

	/// Seats of appeal round `round` of a request whose first panel has `first` seats, if the
	/// engine allows that round (`round <= max_appeal_rounds` and the seats fit `max_seats`).
	pub fn appeal_seats(&self, first: u32, round: Round) -> Option<u32> {
		let seats = seats_in_round(first, round);
		(round <= self.max_appeal_rounds && seats <= self.max_seats).then_some(seats)
	}
}

/// Why [`EngineLimits::check`] refused request parameters. The engine reports each as an
/// error of its own; clients may propagate it as a [`DispatchError`].
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
pub enum InvalidParams {
	/// The approval threshold is zero.
	ZeroThreshold,
	/// The score range has `min > max`.
	InvalidScoreRange,
	/// The first panel has no seat, or more than the engine allows.
	InvalidPanelSize,
	/// A named panel lists a member twice.
	DuplicatePanelMember,
	/// The naming party or a named member is the requester or an excluded account.
	ExcludedOnPanel,
	/// The claim bond is below the engine's minimum.
	BondTooLow,
	/// The claim bond is above the engine's maximum.
	BondTooHigh,
	/// The claimed vote does not fit the score range.
	InvalidClaim,
	/// `min_seats` is zero or above the first panel's seats.
	InvalidQuorum,
	/// `min_weight` is below the engine's minimum quorum weight.
	QuorumWeightTooLow,
	/// A period is zero or below the engine's minimum.
	PeriodTooShort,
	/// A round's periods, or the liveness window, exceed the engine's maximum.
	PeriodTooLong,
}

impl InvalidParams {
	/// The variant's name.
	pub fn as_str(&self) -> &'static str {
		match self {
			InvalidParams::ZeroThreshold => "ZeroThreshold",
			InvalidParams::InvalidScoreRange => "InvalidScoreRange",
			InvalidParams::InvalidPanelSize => "InvalidPanelSize",
			InvalidParams::DuplicatePanelMember => "DuplicatePanelMember",
			InvalidParams::ExcludedOnPanel => "ExcludedOnPanel",
			InvalidParams::BondTooLow => "BondTooLow",
			InvalidParams::BondTooHigh => "BondTooHigh",
			InvalidParams::InvalidClaim => "InvalidClaim",
			InvalidParams::InvalidQuorum => "InvalidQuorum",
			InvalidParams::QuorumWeightTooLow => "QuorumWeightTooLow",
			InvalidParams::PeriodTooShort => "PeriodTooShort",
			InvalidParams::PeriodTooLong => "PeriodTooLong",
		}
	}
}

impl From<InvalidParams> for DispatchError {
	fn from(error: InvalidParams) -> Self {
		DispatchError::Other(error.as_str())
	}
}

/// The decision of a final request.
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
pub enum Decision {
	/// Approved by the deciding panel, or claimed `Approved` and undisputed.
	Approved,
	/// Rejected by the deciding panel, or claimed `Rejected` and undisputed.
	Rejected,
	/// The deciding panel missed its quorum (of seats or weight), or no panel could be drawn.
	Inconclusive,
}

impl Decision {
	/// The verdict of a conclusive decision.
	pub fn verdict(&self) -> Option<Verdict> {
		match self {
			Decision::Approved => Some(Verdict::Approved),
			Decision::Rejected => Some(Verdict::Rejected),
			Decision::Inconclusive => None,
		}
	}
}

impl From<Verdict> for Decision {
	fn from(verdict: Verdict) -> Self {
		match verdict {
			Verdict::Approved => Decision::Approved,
			Verdict::Rejected => Decision::Rejected,
		}
	}
}

/// Who decided a final request.
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
pub enum Resolution {
	/// An optimistic claim nobody disputed within its liveness window: the claim stands.
	Undisputed,
	/// The last panel round was drawn by the chain (a first panel, a dispute panel or an
	/// appeal panel; appeals are always drawn).
	DrawnPanel,
	/// The last panel round was the named panel (nobody appealed it).
	NamedPanel,
}

impl Resolution {
	/// Whether clients may move value (prizes, escrows, prediction pools, slashes, listings) on
	/// an outcome resolved this way: only panels nobody chose, and claims that anyone could
	/// have disputed before a drawn panel.
	pub fn can_move_value(&self) -> bool {
		matches!(self, Resolution::Undisputed | Resolution::DrawnPanel)
	}
}

/// One member of one panel round of a final request.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Participant<AccountId> {
	/// The witness.
	pub who: AccountId,
	/// The round it sat in.
	pub round: Round,
	/// Seats it held in that round.
	pub seats: u32,
	/// Its weight in the draw (bond × role multiplier × credibility when the roster was
	/// taken).
	pub weight: u128,
	/// Its revealed vote; `None` if it did not commit or did not reveal.
	pub vote: Option<Vote>,
	/// Whether its vote agrees with the final decision (verdict, and score within the
	/// engine's clip range of the final score). Incoherent and silent members are slashed.
	pub coherent: bool,
}

/// The final outcome of a request, reported to the outcome handler.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Outcome<AccountId> {
	/// Approved, Rejected or Inconclusive.
	pub decision: Decision,
	/// The decided score (the claimed score of an undisputed claim), on conclusive decisions
	/// of scored requests.
	pub score: Option<u32>,
	/// Who decided.
	pub resolution: Resolution,
	/// Number of appeal rounds held.
	pub appeals: Round,
	/// Approving share of the revealed seats of the deciding round (100% or 0% for an
	/// undisputed claim).
	pub approval: Perbill,
	/// Every member of every round; empty for an undisputed claim.
	pub participants: Participants<AccountId>,
}

/// The kind of request, as a client sees it.
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
pub enum RequestMode {
	/// A panel drawn by the chain.
	DrawnPanel,
	/// A panel named by an independent party.
	NamedPanel,
	/// An optimistic claim.
	Optimistic,
}

/// Where a request stands. A request that is final is no longer visible.
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
pub enum Phase<BlockNumber> {
	/// An optimistic claim that anyone may dispute until block `until` (inclusive).
	Liveness {
		/// Last block of the liveness window.
		until: BlockNumber,
	},
	/// Waiting for the randomness of block `seed_block`, from which the panel is drawn.
	Drawing {
		/// The block whose randomness draws the panel.
		seed_block: BlockNumber,
	},
	/// Panel members commit until block `until` (inclusive).
	Commit {
		/// Last block of the commit phase.
		until: BlockNumber,
	},
	/// Panel members reveal until block `until` (inclusive).
	Reveal {
		/// Last block of the reveal phase.
		until: BlockNumber,
	},
	/// A round decided; anyone may appeal until block `until` (inclusive).
	AppealWindow {
		/// Last block of the appeal window.
		until: BlockNumber,
	},
	/// Every window has passed: the request becomes final when the engine next processes it
	/// (its idle-time cursor, or anyone's call).
	Closing,
}

/// A member of a panel round with its seats.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct PanelSeat<AccountId> {
	/// The witness.
	pub who: AccountId,
	/// Seats it holds.
	pub seats: u32,
}

/// An optimistic claim, as a client sees it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ClaimView<AccountId, Balance> {
	/// What the requester claims.
	pub claim: Vote,
	/// The requester's bond (a disputer holds the same).
	pub bond: Balance,
	/// Who disputed, if anyone.
	pub disputer: Option<AccountId>,
}

/// A request that is not final yet, as served to clients (through
/// [`crate::VerificationProvider::request_view`]) and by the engine's runtime API. It is built
/// from the engine's storage, not stored: the engine may change its storage without changing
/// this view.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RequestView<AccountId, Balance, BlockNumber> {
	/// The request id.
	pub id: RequestId,
	/// The client domain.
	pub domain: DomainId,
	/// The subject, opaque to the engine.
	pub subject: H256,
	/// Who pays the deposit and the reward (and, in optimistic mode, claims).
	pub requester: AccountId,
	/// Drawn panel, named panel or optimistic claim.
	pub mode: RequestMode,
	/// Where it stands.
	pub phase: Phase<BlockNumber>,
	/// The current round (0 until the first appeal).
	pub round: Round,
	/// Seats of the current round's panel (0 for an undisputed claim).
	pub seats: u32,
	/// The current round's members with their seats; empty until drawn.
	pub panel: Vec<PanelSeat<AccountId>>,
	/// The reward held for coherent witnesses.
	pub reward: Balance,
	/// The storage deposit held.
	pub deposit: Balance,
	/// The claim of an optimistic request.
	pub claim: Option<ClaimView<AccountId, Balance>>,
	/// The decision of the last decided round and its score, while it can still be appealed.
	pub provisional: Option<(Decision, Option<u32>)>,
	/// Block the request was opened in.
	pub opened_at: BlockNumber,
}

/// What cancelling a request did with the requester's funds.
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
pub struct Cancellation<Balance> {
	/// Released back to the requester (everything, before a panel is drawn).
	pub released: Balance,
	/// Forfeited (deposit and reward, once a panel is drawn).
	pub forfeited: Balance,
}

#[cfg(test)]
mod tests {
	use super::*;

	type Params = RequestParams<u64, u64, u64>;

	const REQUESTER: u64 = 1;
	const ATHLETE: u64 = 2;
	const ORGANIZER: u64 = 3;

	fn limits() -> EngineLimits<u64, u64> {
		EngineLimits {
			max_seats: 15,
			max_named_members: 5,
			max_appeal_rounds: 2,
			min_quorum_weight: 100,
			min_commit_period: 5,
			min_reveal_period: 5,
			min_appeal_period: 10,
			min_liveness: 20,
			max_round_duration: 1_000,
			draw_delay: 3,
			max_pending_duties: 8,
			request_deposit: 10,
			deposit_per_seat: 1,
			min_claim_bond: 50,
			max_claim_bond: 500,
			appeal_fee_per_seat: 2,
		}
	}

	fn terms() -> PanelTerms<u64, u64> {
		PanelTerms {
			min_seats: 2,
			min_weight: 100,
			approval_threshold: Perbill::from_percent(60),
			commit_period: 5,
			reveal_period: 5,
			appeal_period: 10,
			reward: 30,
		}
	}

	fn excluded(list: &[u64]) -> ExcludedAccounts<u64> {
		BoundedVec::truncate_from(list.to_vec())
	}

	fn drawn(seats: u32) -> Params {
		Params {
			mode: VerificationMode::Panel(PanelPolicy::Drawn { seats }),
			panel: terms(),
			score_range: Some(ScoreRange { min: 0, max: 10_000 }),
			excluded: excluded(&[ATHLETE]),
		}
	}

	fn named(named_by: u64, members: &[u64]) -> Params {
		Params {
			mode: VerificationMode::Panel(PanelPolicy::Named {
				named_by,
				members: BoundedVec::truncate_from(members.to_vec()),
			}),
			..drawn(3)
		}
	}

	fn optimistic(bond: u64, claim: Vote, liveness: u64) -> Params {
		Params {
			mode: VerificationMode::Optimistic(ClaimTerms {
				claim,
				bond,
				liveness,
				dispute_seats: 3,
			}),
			..drawn(3)
		}
	}

	fn approve(score: u32) -> Vote {
		Vote { verdict: Verdict::Approved, score: Some(score) }
	}

	#[test]
	fn valid_params_of_every_mode_pass() {
		let l = limits();
		assert_eq!(l.check(&REQUESTER, &drawn(3)), Ok(()));
		assert_eq!(l.check(&REQUESTER, &drawn(15)), Ok(()));
		assert_eq!(l.check(&REQUESTER, &named(ORGANIZER, &[10, 11, 12])), Ok(()));
		assert_eq!(l.check(&REQUESTER, &optimistic(50, approve(9_500), 20)), Ok(()));
	}

	#[test]
	fn check_refuses_each_bad_parameter() {
		let l = limits();
		let check = |p: Params| l.check(&REQUESTER, &p);

		let mut p = drawn(3);
		p.panel.approval_threshold = Perbill::zero();
		assert_eq!(check(p), Err(InvalidParams::ZeroThreshold));

		let mut p = drawn(3);
		p.score_range = Some(ScoreRange { min: 2, max: 1 });
		assert_eq!(check(p), Err(InvalidParams::InvalidScoreRange));

		assert_eq!(check(drawn(0)), Err(InvalidParams::InvalidPanelSize));
		assert_eq!(check(drawn(16)), Err(InvalidParams::InvalidPanelSize));
		assert_eq!(check(named(ORGANIZER, &[])), Err(InvalidParams::InvalidPanelSize));
		assert_eq!(
			check(named(ORGANIZER, &[10, 11, 12, 13, 14, 15])),
			Err(InvalidParams::InvalidPanelSize)
		);

		// Attack 1: the requester or the subject's owner names, or sits on, the panel.
		assert_eq!(
			check(named(ORGANIZER, &[10, 11, 10])),
			Err(InvalidParams::DuplicatePanelMember)
		);
		assert_eq!(check(named(REQUESTER, &[10, 11, 12])), Err(InvalidParams::ExcludedOnPanel));
		assert_eq!(check(named(ATHLETE, &[10, 11, 12])), Err(InvalidParams::ExcludedOnPanel));
		assert_eq!(check(named(ORGANIZER, &[10, REQUESTER])), Err(InvalidParams::ExcludedOnPanel));
		assert_eq!(check(named(ORGANIZER, &[ATHLETE, 11])), Err(InvalidParams::ExcludedOnPanel));

		assert_eq!(check(optimistic(49, approve(1), 20)), Err(InvalidParams::BondTooLow));
		// A bond nobody could match would make the claim indisputable.
		assert_eq!(check(optimistic(501, approve(1), 20)), Err(InvalidParams::BondTooHigh));
		assert_eq!(check(optimistic(500, approve(1), 20)), Ok(()));
		assert_eq!(check(optimistic(50, approve(10_001), 20)), Err(InvalidParams::InvalidClaim));
		assert_eq!(
			check(optimistic(50, Vote { verdict: Verdict::Approved, score: None }, 20)),
			Err(InvalidParams::InvalidClaim)
		);
		assert_eq!(check(optimistic(50, approve(1), 19)), Err(InvalidParams::PeriodTooShort));
		assert_eq!(check(optimistic(50, approve(1), 1_001)), Err(InvalidParams::PeriodTooLong));

		let mut p = drawn(3);
		p.panel.min_seats = 0;
		assert_eq!(check(p), Err(InvalidParams::InvalidQuorum));
		let mut p = drawn(3);
		p.panel.min_seats = 4;
		assert_eq!(check(p), Err(InvalidParams::InvalidQuorum));
		// Attack 2: a quorum of heads alone is refused.
		let mut p = drawn(3);
		p.panel.min_weight = 99;
		assert_eq!(check(p), Err(InvalidParams::QuorumWeightTooLow));

		let mut p = drawn(3);
		p.panel.commit_period = 4;
		assert_eq!(check(p), Err(InvalidParams::PeriodTooShort));
		let mut p = drawn(3);
		p.panel.appeal_period = 0;
		assert_eq!(check(p), Err(InvalidParams::PeriodTooShort));
		let mut p = drawn(3);
		p.panel.reveal_period = 991;
		assert_eq!(check(p), Err(InvalidParams::PeriodTooLong));
		let mut p = drawn(3);
		p.panel.reveal_period = u64::MAX;
		assert_eq!(check(p), Err(InvalidParams::PeriodTooLong));
	}

	#[test]
	fn zero_periods_are_refused_even_without_minimums() {
		let l = EngineLimits::<u64, u64>::permissive();
		let mut p = drawn(3);
		p.panel.min_weight = 0;
		p.panel.commit_period = 0;
		assert_eq!(l.check(&REQUESTER, &p), Err(InvalidParams::PeriodTooShort));
	}

	#[test]
	fn appeal_seats_respect_rounds_and_seat_cap() {
		let l = limits();
		assert_eq!(l.appeal_seats(3, 1), Some(7));
		assert_eq!(l.appeal_seats(3, 2), Some(15));
		assert_eq!(l.appeal_seats(3, 3), None); // beyond max_appeal_rounds
		assert_eq!(l.appeal_seats(5, 2), None); // 23 seats > max_seats
	}

	#[test]
	fn votes_fit_score_ranges() {
		let range = Some(ScoreRange { min: 10, max: 20 });
		assert!(approve(10).fits(range));
		assert!(approve(20).fits(range));
		assert!(!approve(21).fits(range));
		assert!(!approve(15).fits(None));
		assert!(Vote { verdict: Verdict::Rejected, score: None }.fits(None));
		assert!(!Vote { verdict: Verdict::Rejected, score: None }.fits(range));
	}

	#[test]
	fn decisions_and_resolutions() {
		assert_eq!(Decision::from(Verdict::Approved).verdict(), Some(Verdict::Approved));
		assert_eq!(Decision::from(Verdict::Rejected).verdict(), Some(Verdict::Rejected));
		assert_eq!(Decision::Inconclusive.verdict(), None);
		assert!(Verdict::from_approval(true).is_approved());
		assert!(!Verdict::from_approval(false).is_approved());
		assert!(Resolution::Undisputed.can_move_value());
		assert!(Resolution::DrawnPanel.can_move_value());
		assert!(!Resolution::NamedPanel.can_move_value());
	}

	#[test]
	fn invalid_params_become_dispatch_errors_by_name() {
		assert_eq!(
			DispatchError::from(InvalidParams::ExcludedOnPanel),
			DispatchError::Other("ExcludedOnPanel")
		);
	}
}
