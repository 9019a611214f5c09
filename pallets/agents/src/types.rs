//! Types of the agents pallet: agents and their capabilities, reputation, and the views the
//! runtime API returns.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;

/// Identifier of an agent, allocated sequentially from 0 and never reused.
pub type AgentId = u32;

/// A service-level agreement an agent promises on every job.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Sla {
	/// The longest a job may take, in milliseconds, from assignment to result.
	pub max_latency_ms: u32,
	/// The least quality score a result must earn, on the pallet's score scale
	/// (`0..=MaxScore`, thousandths: 8_000 is 8.000 of 10.000).
	pub min_quality: u32,
}

/// Where an agent stands as a whole.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum AgentStatus<BlockNumber> {
	/// Serving: routed to while at least one capability is listed.
	Active,
	/// Paused by its provider: keeps its listings but is neither routed to nor assigned jobs.
	Paused,
	/// Leaving: unlisted everywhere; its stake stays slashable until `until`, when the
	/// provider may deregister it.
	Unbonding {
		/// First block in which [`crate::Pallet::deregister_agent`] succeeds.
		until: BlockNumber,
	},
}

/// One capability of an agent and what its evaluations concluded.
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
#[scale_info(skip_type_params(MaxTagLen))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub struct CapabilityState<BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug, MaxTagLen: Get<u32>>
{
	/// The capability's tag, e.g. `translate` or `summarize`.
	pub tag: BoundedVec<u8, MaxTagLen>,
	/// Whether the last conclusive evaluation scored it at or above the listing threshold
	/// (and the agent is not unbonding): listed capabilities are in [`crate::Listed`].
	pub listed: bool,
	/// The consensus score of the last conclusive evaluation, if any.
	pub score: Option<u32>,
	/// The block of the last conclusive evaluation, if any: a listing goes stale
	/// `EvaluationPeriod + EvaluationGrace` blocks after it.
	pub evaluated_at: Option<BlockNumber>,
	/// The evaluation request in flight, if any.
	pub pending: Option<verification_primitives::RequestId>,
}

/// An agent as stored.
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
#[scale_info(skip_type_params(MaxCapabilities, MaxTagLen))]
#[codec(mel_bound(
	AccountId: MaxEncodedLen,
	Balance: MaxEncodedLen,
	BlockNumber: MaxEncodedLen
))]
pub struct Agent<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxCapabilities: Get<u32>,
	MaxTagLen: Get<u32>,
> {
	/// The account that registered the agent, owns its stake and receives its payments.
	pub provider: AccountId,
	/// Hash of the agent's off-chain metadata (name, endpoint, documentation).
	pub metadata: H256,
	/// Hash of the model and version that serves; changing it re-evaluates every capability.
	pub model: H256,
	/// Price of one call.
	pub price: Balance,
	/// The SLA promised on every job.
	pub sla: Sla,
	/// Stake held from the provider under `HoldReason::AgentStake`; slashed for SLA breaches.
	pub stake: Balance,
	/// The part of `stake` backing open jobs (each job's breach penalty): a job is assigned
	/// only while `stake - committed` covers its penalty, so more stake serves more and
	/// dearer jobs at once.
	pub committed: Balance,
	/// Deposit held under `HoldReason::AgentDeposit` for the agent's storage.
	pub deposit: Balance,
	/// Where the agent stands.
	pub status: AgentStatus<BlockNumber>,
	/// Its capabilities, distinct tags in the order registered.
	pub capabilities: BoundedVec<CapabilityState<BlockNumber, MaxTagLen>, MaxCapabilities>,
	/// Block of registration.
	pub registered_at: BlockNumber,
}

/// A slash of an agent's stake, kept in its reputation's history.
#[derive(
	Clone,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct SlashRecord<Balance, BlockNumber> {
	/// When it happened.
	pub at: BlockNumber,
	/// How much stake it took.
	pub amount: Balance,
	/// What it was for (the job or evaluation subject).
	pub subject: H256,
}

/// An agent's reputation: a moving average of evaluation scores and job outcomes, counts, and
/// its most recent slashes.
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
#[scale_info(skip_type_params(MaxSlashHistory))]
#[codec(mel_bound(Balance: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Reputation<
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxSlashHistory: Get<u32>,
> {
	/// The moving average: each sample moves it `ReputationSmoothing` of the way towards the
	/// sample (an evaluation's score as a fraction of the maximum; 1 for a job served within
	/// its SLA, 0 for a breach or a timeout).
	pub score: Perbill,
	/// Conclusive evaluations counted.
	pub evaluations: u32,
	/// Jobs settled in the agent's favour.
	pub jobs_served: u32,
	/// Jobs it breached or let time out.
	pub jobs_failed: u32,
	/// Training proofs verified for it.
	pub training_proofs: u32,
	/// Total stake ever slashed.
	pub slashed: Balance,
	/// Number of slashes ever.
	pub slashes: u32,
	/// The most recent slashes, oldest first.
	pub history: BoundedVec<SlashRecord<Balance, BlockNumber>, MaxSlashHistory>,
}

/// Who pays for an evaluation request.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum EvaluationPayer {
	/// The agent's provider (registration, a model change, or a request of its own).
	Provider,
	/// The pallet's evaluation pot (a periodic re-evaluation anyone may trigger once due).
	Pot,
}

/// An evaluation in flight: which capability of which agent it scores.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct EvaluationTicket {
	/// The agent.
	pub agent: AgentId,
	/// Index of the capability in the agent's list.
	pub capability: u32,
	/// The model hash under evaluation: an outcome for an older model changes nothing.
	pub model: H256,
}

/// An agent as the routing query ranks it.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct RankedAgent<AccountId, Balance> {
	/// The agent.
	pub agent: AgentId,
	/// Its provider.
	pub provider: AccountId,
	/// Its price per call.
	pub price: Balance,
	/// Its stake.
	pub stake: Balance,
	/// Its reputation with the trust its verified training proofs add (at most 100 %).
	pub reputation: Perbill,
	/// The consensus score of its last evaluation in the capability.
	pub score: u32,
	/// Its SLA.
	pub sla: Sla,
}

/// The answer of the routing query: the ranked agents, the one to call first and the
/// fallback list a client should pass when it opens a job.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct Route<AccountId, Balance> {
	/// Ranked best first.
	pub ranked: alloc::vec::Vec<RankedAgent<AccountId, Balance>>,
	/// The first of `ranked`, if any.
	pub primary: Option<AgentId>,
	/// The rest of `ranked`, in order.
	pub fallbacks: alloc::vec::Vec<AgentId>,
}

/// Identifier of a job, allocated sequentially from 0 and never reused.
pub type JobId = u64;

/// Where a job stands.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum JobStatus<BlockNumber> {
	/// Assigned to the agent at `current`, which must deliver by `deadline` (inclusive).
	Assigned {
		/// Last block in which the result may be submitted.
		deadline: BlockNumber,
	},
	/// Delivered; settles in the provider's favour after `window_end` unless the client
	/// disputes it before.
	Delivered {
		/// Hash of the result the provider delivered off chain.
		result: H256,
		/// The latency the provider claims, in milliseconds.
		latency_ms: u32,
		/// Last block of the dispute window.
		window_end: BlockNumber,
	},
	/// Disputed: a panel drawn by the verification engine decides whether the SLA was
	/// breached.
	Disputed {
		/// Hash of the disputed result.
		result: H256,
		/// The engine's request.
		request: verification_primitives::RequestId,
	},
}

/// An open job; removed when it settles, is refunded or is decided.
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
#[scale_info(skip_type_params(MaxJobAgents, MaxTagLen))]
#[codec(mel_bound(
	AccountId: MaxEncodedLen,
	Balance: MaxEncodedLen,
	BlockNumber: MaxEncodedLen
))]
pub struct Job<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxJobAgents: Get<u32>,
	MaxTagLen: Get<u32>,
> {
	/// Who opened and pays for the job.
	pub client: AccountId,
	/// The capability asked for.
	pub capability: BoundedVec<u8, MaxTagLen>,
	/// Hash of the job's input, delivered to the agent off chain.
	pub input: H256,
	/// The agents to try, in order: the first eligible one is assigned; a timeout moves to
	/// the next.
	pub agents: BoundedVec<AgentId, MaxJobAgents>,
	/// Index in `agents` of the assigned agent.
	pub current: u32,
	/// The most the client pays; held from the client under `HoldReason::JobEscrow` until
	/// the job ends.
	pub max_price: Balance,
	/// The assigned agent's price, fixed at assignment.
	pub price: Balance,
	/// The assigned agent's stake committed to this job, slashed on a breach.
	pub penalty: Balance,
	/// Deposit held from the client under `HoldReason::JobDeposit` for the job's storage.
	pub deposit: Balance,
	/// Where the job stands.
	pub status: JobStatus<BlockNumber>,
}

/// How a job ended, for its event.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum JobEnd {
	/// Delivered and not disputed in time (or a dispute the panel rejected or could not
	/// decide): the provider was paid.
	Served,
	/// The SLA was breached (a claimed latency above the SLA, or a dispute the panel
	/// upheld): the provider's stake was slashed to compensate the client.
	Breached,
	/// No agent delivered in time: the client was refunded.
	Refunded,
}

/// Identifier of a registered circuit (a Groth16 verifying key).
pub type CircuitId = u32;

/// A circuit whose Groth16 proofs count as training proofs.
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
#[scale_info(skip_type_params(MaxKeyLen))]
pub struct Circuit<MaxKeyLen: Get<u32>> {
	/// The verifying key in the chain encoding of `groth16-verifier` (uncompressed arkworks
	/// BLS12-381), validated when registered.
	pub key: BoundedVec<u8, MaxKeyLen>,
	/// How many public inputs its proofs have; the first is always the agent binding.
	pub public_inputs: u32,
	/// Hash of the circuit's off-chain description (what it proves about training).
	pub description: H256,
}

/// A verified training proof of an agent.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct TrainingRecord<BlockNumber> {
	/// The circuit it was verified against.
	pub circuit: CircuitId,
	/// The model hash the proof was bound to.
	pub model: H256,
	/// When it was verified.
	pub at: BlockNumber,
}
