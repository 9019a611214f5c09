//! # Agents pallet
//!
//! Proof of Training: providers stake to register AI agents; panels of validators drawn by the
//! verification engine score each capability; capabilities scoring at or above a threshold are
//! listed and routed to.
//!
//! ## Agents
//!
//! [`Pallet::register_agent`] stores an agent with a metadata hash, a model/version hash,
//! capability tags, a price per call and an SLA (maximum latency, minimum quality), holding
//! [`Config::AgentDeposit`] for its storage and a stake of at least
//! [`Config::MinStakePerCapability`] per capability (more may be bonded with
//! [`Pallet::bond_extra`]; the stake is what SLA breaches are slashed from). The provider
//! changes metadata, price and SLA with [`Pallet::update_agent`]; a new model or capability
//! set ([`Pallet::update_model`]) unlists everything and re-evaluates it. A paused agent
//! ([`Pallet::pause_agent`], [`Pallet::resume_agent`]) keeps its listings but is not routed
//! to. [`Pallet::unbond_agent`] unlists the agent at once and, after
//! [`Config::UnbondingPeriod`] during which its stake stays slashable,
//! [`Pallet::deregister_agent`] removes it and releases stake and deposit.
//!
//! ## Evaluation
//!
//! Registration and a model change open one request per capability in the verification
//! engine ([`Config::Verifier`], domain [`Config::Domain`]): a panel of
//! [`Config::EvaluationSeats`] seats drawn stake-weighted from the validators registered for
//! the domain, from randomness that did not exist when the request was opened, never the
//! provider. Each member commits to a verdict and a quality score bound to the request and its
//! own account, so nobody can copy another's score, then reveals. The provider pays the
//! engine's deposit and the panel's reward ([`Config::EvaluationReward`]). When the request is
//! final, an approved capability whose consensus score is at least
//! [`Config::ListingThreshold`] is listed; a lower score or a rejection unlists it; an
//! inconclusive outcome changes nothing. A listing goes stale
//! [`Config::EvaluationPeriod`] `+` [`Config::EvaluationGrace`] blocks after its evaluation
//! and is then not routed to: [`Pallet::request_evaluation`] re-evaluates a capability, paid
//! by the provider at any time or, once [`Config::EvaluationPeriod`] has passed, by the
//! pallet's evaluation pot at anyone's request.
//!
//! A capability lists at most [`Config::MaxListedPerCapability`] agents. When it is full, a
//! newly approved agent takes the place of the lowest-scored listed one if it scored higher,
//! so that early listings cannot lock out better agents.
//!
//! ## Reputation and routing
//!
//! An agent's reputation ([`Reputations`]) is a moving average of its evaluation scores (as a
//! fraction of [`Config::MaxScore`]), moving [`Config::ReputationSmoothing`] of the way
//! towards each new sample from [`Config::InitialReputation`], with counts and its most recent
//! slashes. The runtime API's `best` ranks the listed, active, fresh and fully staked agents of
//! a capability within a price by reputation (in whole percent), then lower price, then higher
//! stake, and returns the fallback list a client should use.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

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
mod tests_jobs;
#[cfg(test)]
mod tests_training;
#[cfg(any(test, feature = "runtime-benchmarks"))]
pub mod training_fixtures;

pub use types::*;
pub use verification_primitives::{DomainId, RequestId};
pub use weights::WeightInfo;

/// Benchmark setup the runtime provides.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Make the verifier able to open evaluations in the pallet's domain (in the runtime:
	/// register enough validators for the domain and build its roster).
	fn prepare_verifier();
}

#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkHelper for () {
	fn prepare_verifier() {}
}

/// Log target of the pallet.
pub const LOG_TARGET: &str = "runtime::agents";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{hold::Balanced as BalancedHold, Inspect, Mutate, MutateHold},
			tokens::{fungible::Credit, Precision},
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::{traits::Zero, Perbill};
	use verification_primitives::VerificationProvider;

	/// The balance type of stakes, deposits and prices.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// Credit of the currency (slashed funds).
	pub type CreditOf<T> = Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;
	/// A capability tag.
	pub type CapabilityTag<T> = BoundedVec<u8, <T as Config>::MaxTagLen>;
	/// The capability tags of an agent.
	pub type CapabilityTags<T> = BoundedVec<CapabilityTag<T>, <T as Config>::MaxCapabilities>;
	/// An agent as stored.
	pub type AgentOf<T> = Agent<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxCapabilities,
		<T as Config>::MaxTagLen,
	>;
	/// A capability as stored.
	pub type CapabilityOf<T> = CapabilityState<BlockNumberFor<T>, <T as Config>::MaxTagLen>;
	/// A reputation as stored.
	pub type ReputationOf<T> =
		Reputation<BalanceOf<T>, BlockNumberFor<T>, <T as Config>::MaxSlashHistory>;
	/// A verifying key in the chain encoding.
	pub type VerifyingKeyOf<T> = BoundedVec<u8, <T as Config>::MaxVerifyingKeyLen>;
	/// A proof in the chain encoding.
	pub type ProofBytesOf = BoundedVec<u8, ConstU32<{ groth16_verifier::PROOF_LEN as u32 }>>;
	/// The public inputs of a proof.
	pub type PublicInputsOf<T> =
		BoundedVec<groth16_verifier::PublicInput, <T as Config>::MaxPublicInputs>;
	/// A circuit as stored.
	pub type CircuitOf<T> = Circuit<<T as Config>::MaxVerifyingKeyLen>;
	/// A job as stored.
	pub type JobOf<T> = Job<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxJobAgents,
		<T as Config>::MaxTagLen,
	>;
	/// The agents listed in a capability, with the score they were listed with.
	pub type ListingOf<T> = BoundedVec<(AgentId, u32), <T as Config>::MaxListedPerCapability>;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage deposit of an agent.
		AgentDeposit,
		/// The stake backing an agent's SLA, slashable.
		AgentStake,
		/// A job's price ceiling, escrowed from its client until the job ends.
		JobEscrow,
		/// The storage deposit of an open job.
		JobDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency stakes and deposits are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ BalancedHold<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The verification engine (`pallet-witnesses` in the runtime).
		type Verifier: VerificationProvider<Self::AccountId, BalanceOf<Self>, BlockNumberFor<Self>>;

		/// Weight information for the pallet's calls and outcome handler.
		type WeightInfo: WeightInfo;

		/// Benchmark setup: makes the verifier able to open evaluations.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;

		/// The pallet id; its account is the evaluation pot.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The verification domain of the pallet's requests, e.g. `*b"agents\0\0"`.
		#[pallet::constant]
		type Domain: Get<DomainId>;

		/// Deposit held for an agent's storage while it exists.
		#[pallet::constant]
		type AgentDeposit: Get<BalanceOf<Self>>;

		/// Least stake per capability of an agent.
		#[pallet::constant]
		type MinStakePerCapability: Get<BalanceOf<Self>>;

		/// Most capabilities of one agent.
		#[pallet::constant]
		type MaxCapabilities: Get<u32>;

		/// Longest capability tag, in bytes.
		#[pallet::constant]
		type MaxTagLen: Get<u32>;

		/// Most agents listed in one capability.
		#[pallet::constant]
		type MaxListedPerCapability: Get<u32>;

		/// Most slashes an agent's reputation remembers.
		#[pallet::constant]
		type MaxSlashHistory: Get<u32>;

		/// Most agents the routing query returns.
		#[pallet::constant]
		type MaxRouteLength: Get<u32>;

		/// The top of the score scale (scores are `0..=MaxScore`).
		#[pallet::constant]
		type MaxScore: Get<u32>;

		/// Least consensus score that lists a capability.
		#[pallet::constant]
		type ListingThreshold: Get<u32>;

		/// Seats of an evaluation panel.
		#[pallet::constant]
		type EvaluationSeats: Get<u32>;

		/// Least revealed seats for an evaluation to be conclusive.
		#[pallet::constant]
		type EvaluationMinSeats: Get<u32>;

		/// Least revealed weight for an evaluation to be conclusive.
		#[pallet::constant]
		type EvaluationMinWeight: Get<u128>;

		/// Share of the revealed weight that must approve.
		#[pallet::constant]
		type EvaluationApproval: Get<Perbill>;

		/// Blocks the panel has to commit.
		#[pallet::constant]
		type EvaluationCommitPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks the panel has to reveal.
		#[pallet::constant]
		type EvaluationRevealPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks a decided evaluation may be appealed.
		#[pallet::constant]
		type EvaluationAppealPeriod: Get<BlockNumberFor<Self>>;

		/// The reward of an evaluation panel, paid by whoever pays for the evaluation.
		#[pallet::constant]
		type EvaluationReward: Get<BalanceOf<Self>>;

		/// Blocks after an evaluation from which anyone may have it repeated at the pot's cost.
		#[pallet::constant]
		type EvaluationPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks after `EvaluationPeriod` for which a listing not re-evaluated is still
		/// routed to.
		#[pallet::constant]
		type EvaluationGrace: Get<BlockNumberFor<Self>>;

		/// How far each sample moves a reputation towards itself.
		#[pallet::constant]
		type ReputationSmoothing: Get<Perbill>;

		/// Reputation of a new agent.
		#[pallet::constant]
		type InitialReputation: Get<Perbill>;

		/// Blocks between `unbond_agent` and `deregister_agent`, during which the stake stays
		/// slashable.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;

		/// Most agents a job lists (the first choice and its fallbacks).
		#[pallet::constant]
		type MaxJobAgents: Get<u32>;

		/// Deposit held from a job's client while the job is open.
		#[pallet::constant]
		type JobDeposit: Get<BalanceOf<Self>>;

		/// Blocks an assigned agent has to deliver.
		#[pallet::constant]
		type ResultTimeout: Get<BlockNumberFor<Self>>;

		/// Blocks after delivery in which the client may dispute.
		#[pallet::constant]
		type DisputeWindow: Get<BlockNumberFor<Self>>;

		/// A job's breach penalty is this multiple of its price ...
		#[pallet::constant]
		type BreachMultiplier: Get<u32>;

		/// ... and at least this much.
		#[pallet::constant]
		type MinBreachPenalty: Get<BalanceOf<Self>>;

		/// Share of every job payment that goes to the evaluation pot, which pays validator
		/// panels for periodic re-evaluations.
		#[pallet::constant]
		type ProtocolShare: Get<Perbill>;

		/// Seats of a dispute panel.
		#[pallet::constant]
		type DisputeSeats: Get<u32>;

		/// The reward of a dispute panel, paid by the disputing client.
		#[pallet::constant]
		type DisputeReward: Get<BalanceOf<Self>>;

		/// Who registers and retires training circuits (their verifying keys).
		type CircuitOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Longest verifying key, in bytes: at most that of a key with `MaxPublicInputs`
		/// inputs.
		#[pallet::constant]
		type MaxVerifyingKeyLen: Get<u32>;

		/// Most public inputs of a training proof (at most the verifier's 16).
		#[pallet::constant]
		type MaxPublicInputs: Get<u32>;

		/// Most training proofs recorded per agent.
		#[pallet::constant]
		type MaxTrainingProofs: Get<u32>;

		/// Trust each verified training proof adds to an agent's reputation in routing.
		#[pallet::constant]
		type TrustPerProof: Get<Perbill>;
	}

	/// The id the next agent gets.
	#[pallet::storage]
	pub type NextAgentId<T> = StorageValue<_, AgentId, ValueQuery>;

	/// Agents by id.
	#[pallet::storage]
	pub type Agents<T: Config> = StorageMap<_, Blake2_128Concat, AgentId, AgentOf<T>>;

	/// Reputation of every agent, removed with the agent.
	#[pallet::storage]
	pub type Reputations<T: Config> = StorageMap<_, Blake2_128Concat, AgentId, ReputationOf<T>>;

	/// The agents listed in each capability, with the score each was listed with.
	#[pallet::storage]
	pub type Listed<T: Config> =
		StorageMap<_, Blake2_128Concat, CapabilityTag<T>, ListingOf<T>, ValueQuery>;

	/// The id the next job gets.
	#[pallet::storage]
	pub type NextJobId<T> = StorageValue<_, JobId, ValueQuery>;

	/// Open jobs by id.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOf<T>>;

	/// Disputes in flight: the job of each engine request.
	#[pallet::storage]
	pub type Disputes<T: Config> = StorageMap<_, Twox64Concat, RequestId, JobId>;

	/// The id the next circuit gets.
	#[pallet::storage]
	pub type NextCircuitId<T> = StorageValue<_, CircuitId, ValueQuery>;

	/// Registered training circuits.
	#[pallet::storage]
	pub type Circuits<T: Config> = StorageMap<_, Twox64Concat, CircuitId, CircuitOf<T>>;

	/// Verified training proofs per agent, by statement (`blake2_256` of the circuit and the
	/// public inputs); removed with the agent.
	#[pallet::storage]
	pub type TrainingProofs<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		AgentId,
		Identity,
		H256,
		TrainingRecord<BlockNumberFor<T>>,
	>;

	/// Evaluation requests in flight, by engine request id.
	#[pallet::storage]
	pub type Evaluations<T: Config> =
		StorageMap<_, Twox64Concat, RequestId, EvaluationTicket>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An agent was registered.
		AgentRegistered { agent: AgentId, provider: T::AccountId, stake: BalanceOf<T> },
		/// An agent's metadata, price or SLA changed.
		AgentUpdated { agent: AgentId, price: BalanceOf<T>, sla: Sla },
		/// An agent's model or capabilities changed; everything is re-evaluated.
		ModelUpdated { agent: AgentId, model: H256 },
		/// More stake was bonded.
		StakeBonded { agent: AgentId, amount: BalanceOf<T>, stake: BalanceOf<T> },
		/// An agent was paused.
		AgentPaused { agent: AgentId },
		/// A paused agent serves again.
		AgentResumed { agent: AgentId },
		/// An agent started unbonding and was unlisted.
		AgentUnbonding { agent: AgentId, until: BlockNumberFor<T> },
		/// An agent was removed; its stake and deposit were released.
		AgentDeregistered { agent: AgentId, released: BalanceOf<T> },
		/// An evaluation of a capability was opened in the verification engine.
		EvaluationRequested {
			agent: AgentId,
			capability: CapabilityTag<T>,
			request: RequestId,
			payer: T::AccountId,
		},
		/// A capability was listed (or stays listed) with its new score.
		CapabilityListed { agent: AgentId, capability: CapabilityTag<T>, score: u32 },
		/// A capability was unlisted (or stays unlisted): scored below the threshold,
		/// rejected, displaced by a better agent, or its agent is unbonding.
		CapabilityUnlisted { agent: AgentId, capability: CapabilityTag<T>, score: Option<u32> },
		/// An evaluation was inconclusive; the capability's listing is unchanged.
		EvaluationInconclusive { agent: AgentId, capability: CapabilityTag<T> },
		/// An agent's reputation changed.
		ReputationUpdated { agent: AgentId, reputation: Perbill },
		/// A job was opened with `max_price` escrowed.
		JobOpened { job: JobId, client: T::AccountId, max_price: BalanceOf<T> },
		/// A job was assigned to an agent, which must deliver by `deadline`.
		JobAssigned { job: JobId, agent: AgentId, price: BalanceOf<T>, deadline: BlockNumberFor<T> },
		/// The assigned agent delivered a result.
		ResultSubmitted { job: JobId, agent: AgentId, result: H256, latency_ms: u32 },
		/// The client disputed a result; a drawn panel decides.
		JobDisputed { job: JobId, request: RequestId },
		/// The assigned agent missed its deadline.
		JobTimedOut { job: JobId, agent: AgentId },
		/// A job ended: `paid` to the provider, `protocol` to the evaluation pot, `refunded`
		/// and `compensation` (slashed stake) to the client.
		JobSettled {
			job: JobId,
			agent: Option<AgentId>,
			end: JobEnd,
			paid: BalanceOf<T>,
			protocol: BalanceOf<T>,
			refunded: BalanceOf<T>,
			compensation: BalanceOf<T>,
		},
		/// Stake of an agent was slashed for an SLA breach.
		AgentSlashed { agent: AgentId, amount: BalanceOf<T>, subject: H256 },
		/// A training circuit was registered.
		CircuitRegistered { circuit: CircuitId, public_inputs: u32, description: H256 },
		/// A training circuit was retired; its recorded proofs stay.
		CircuitRetired { circuit: CircuitId },
		/// A training proof was verified and recorded; `trust` is the agent's reputation with
		/// the trust of its proofs.
		TrainingProofVerified {
			agent: AgentId,
			circuit: CircuitId,
			statement: H256,
			trust: Perbill,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No agent has this id.
		AgentNotFound,
		/// Only the agent's provider may do this.
		NotProvider,
		/// An agent needs at least one capability.
		NoCapabilities,
		/// A capability tag is empty.
		EmptyCapability,
		/// A capability tag appears twice.
		DuplicateCapability,
		/// The agent has no capability at this index.
		CapabilityNotFound,
		/// The stake is below `MinStakePerCapability` times the number of capabilities.
		StakeTooLow,
		/// The SLA's latency is zero or its quality exceeds `MaxScore`.
		InvalidSla,
		/// The agent is unbonding.
		AgentUnbonding,
		/// The agent is already paused.
		AlreadyPaused,
		/// The agent is not paused.
		NotPaused,
		/// The agent is not unbonding.
		NotUnbonding,
		/// The unbonding period has not passed.
		StillUnbonding,
		/// An evaluation is in flight.
		EvaluationPending,
		/// Others may have a capability re-evaluated only `EvaluationPeriod` after its last
		/// evaluation.
		EvaluationNotDue,
		/// The evaluation pot cannot pay for the evaluation.
		PotExhausted,
		/// An amount is zero.
		ZeroAmount,
		/// A counter or balance overflowed.
		Overflow,
		/// The agent still backs open jobs.
		AgentBusy,
		/// No job has this id.
		JobNotFound,
		/// Only the job's client may do this.
		NotClient,
		/// A job must list at least one agent.
		NoAgents,
		/// An agent appears twice in a job's list.
		DuplicateAgent,
		/// No listed agent may take the job: none is active, listed and fresh in the
		/// capability, within the price, someone else's, and with free stake for the penalty.
		NoEligibleAgent,
		/// The job is not waiting for a result.
		NotAssigned,
		/// The job has no result yet.
		NotDelivered,
		/// The delivery deadline has passed.
		DeadlinePassed,
		/// The delivery deadline has not passed.
		DeadlineNotPassed,
		/// The dispute window has closed.
		WindowClosed,
		/// The dispute window is still open.
		WindowOpen,
		/// The dispute is still before its panel.
		DisputePending,
		/// The verifying key does not decode as a valid BLS12-381 Groth16 key with 1 to
		/// `MaxPublicInputs` inputs.
		MalformedVerifyingKey,
		/// No circuit has this id.
		CircuitNotFound,
		/// The proof has another number of public inputs than its circuit.
		InputCountMismatch,
		/// The first public input is not the agent's binding (`training_binding`).
		WrongBinding,
		/// This proof (circuit and inputs) is already recorded for the agent.
		ProofAlreadyRecorded,
		/// The agent has `MaxTrainingProofs` proofs.
		TooManyTrainingProofs,
		/// The proof or an input does not decode (a bad point or a non-canonical scalar).
		MalformedProof,
		/// The proof does not verify for the circuit and the inputs.
		InvalidProof,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxCapabilities::get() >= 1 && T::MaxTagLen::get() >= 1, "empty bounds");
			assert!(T::MaxListedPerCapability::get() >= 1, "a capability must list an agent");
			assert!(T::MaxRouteLength::get() >= 1, "the route must hold an agent");
			assert!(
				T::MaxPublicInputs::get() >= 1 &&
					T::MaxPublicInputs::get() <= groth16_verifier::MAX_PUBLIC_INPUTS &&
					T::MaxVerifyingKeyLen::get() as usize >=
						groth16_verifier::verifying_key_len(T::MaxPublicInputs::get()),
				"training bounds: 1 to 16 inputs, room for a key with that many"
			);
			assert!(
				T::ListingThreshold::get() <= T::MaxScore::get() && T::MaxScore::get() > 0,
				"the listing threshold must be on the score scale"
			);
			let limits = T::Verifier::limits();
			let params = Self::evaluation_params(None);
			assert!(
				limits.check(&Self::pot_account(), &params).is_ok(),
				"the engine refuses the evaluation parameters"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers an agent of the caller with `capabilities`, holding `AgentDeposit` and
		/// `stake`, and opens one evaluation per capability paid by the caller.
		///
		/// # Errors
		/// `NoCapabilities`, `EmptyCapability`, `DuplicateCapability`, `InvalidSla`,
		/// `StakeTooLow`; the currency's error when the caller cannot pay; the engine's error
		/// when it refuses the evaluation.
		#[pallet::call_index(0)]
		// The benchmarks open evaluations in the runtime's engine: its cost is included.
		#[pallet::weight(T::WeightInfo::register_agent(capabilities.len() as u32))]
		pub fn register_agent(
			origin: OriginFor<T>,
			metadata: H256,
			model: H256,
			capabilities: CapabilityTags<T>,
			price: BalanceOf<T>,
			sla: Sla,
			stake: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_agent(who, metadata, model, capabilities, price, sla, stake)
				.map(|_| ())
		}

		/// Changes an agent's metadata, price and SLA. Provider only.
		///
		/// # Errors
		/// `AgentNotFound`, `NotProvider`, `AgentUnbonding`, `InvalidSla`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_agent())]
		pub fn update_agent(
			origin: OriginFor<T>,
			agent: AgentId,
			metadata: H256,
			price: BalanceOf<T>,
			sla: Sla,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_agent(&who, agent, metadata, price, sla)
		}

		/// Replaces an agent's model and capabilities: every listing is removed and every
		/// capability re-evaluated, paid by the provider. Provider only.
		///
		/// # Errors
		/// `AgentNotFound`, `NotProvider`, `AgentUnbonding`, `EvaluationPending`,
		/// `NoCapabilities`, `EmptyCapability`, `DuplicateCapability`, `StakeTooLow`; the
		/// engine's error when it refuses an evaluation.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::update_model(
			T::MaxCapabilities::get(),
			capabilities.len() as u32
		))]
		pub fn update_model(
			origin: OriginFor<T>,
			agent: AgentId,
			model: H256,
			capabilities: CapabilityTags<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_model(&who, agent, model, capabilities)
		}

		/// Holds `amount` more stake for an agent. Provider only.
		///
		/// # Errors
		/// `AgentNotFound`, `NotProvider`, `AgentUnbonding`, `ZeroAmount`, `Overflow`; the
		/// currency's error when the caller cannot pay.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::bond_extra())]
		pub fn bond_extra(
			origin: OriginFor<T>,
			agent: AgentId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_extra(&who, agent, amount)
		}

		/// Pauses an agent: it keeps its listings but is not routed to. Provider only.
		///
		/// # Errors
		/// `AgentNotFound`, `NotProvider`, `AgentUnbonding`, `AlreadyPaused`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::pause_agent())]
		pub fn pause_agent(origin: OriginFor<T>, agent: AgentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_paused(&who, agent, true)
		}

		/// Resumes a paused agent. Provider only.
		///
		/// # Errors
		/// `AgentNotFound`, `NotProvider`, `AgentUnbonding`, `NotPaused`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::resume_agent())]
		pub fn resume_agent(origin: OriginFor<T>, agent: AgentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_paused(&who, agent, false)
		}

		/// Starts unbonding an agent: it is unlisted everywhere at once and may be
		/// deregistered `UnbondingPeriod` later. Provider only.
		///
		/// # Errors
		/// `AgentNotFound`, `NotProvider`, `AgentUnbonding`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::unbond_agent(T::MaxCapabilities::get()))]
		pub fn unbond_agent(origin: OriginFor<T>, agent: AgentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond_agent(&who, agent)
		}

		/// Removes an unbonded agent and its reputation, releasing its stake and deposit.
		/// Provider only.
		///
		/// # Errors
		/// `AgentNotFound`, `NotProvider`, `NotUnbonding`, `StillUnbonding`,
		/// `EvaluationPending` (an evaluation the engine still runs).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::deregister_agent(T::MaxCapabilities::get()))]
		pub fn deregister_agent(origin: OriginFor<T>, agent: AgentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deregister_agent(&who, agent)
		}

		/// Opens a new evaluation of capability `capability` (its index) of `agent`: paid by
		/// the provider when the provider asks, at any time; paid by the evaluation pot when
		/// anyone else asks, once `EvaluationPeriod` has passed since the last evaluation.
		///
		/// # Errors
		/// `AgentNotFound`, `AgentUnbonding`, `CapabilityNotFound`, `EvaluationPending`,
		/// `EvaluationNotDue`, `PotExhausted`; the engine's error when it refuses.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::request_evaluation())]
		pub fn request_evaluation(
			origin: OriginFor<T>,
			agent: AgentId,
			capability: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_evaluation(&who, agent, capability)
		}

		/// Opens a job for `capability` paying at most `max_price` per call, escrowed: the
		/// first agent of `agents` that may take it (see `NoEligibleAgent`) is assigned and
		/// commits its breach penalty from its stake; the rest are fallbacks.
		///
		/// # Errors
		/// `NoAgents`, `DuplicateAgent`, `NoEligibleAgent`, `Overflow`; the currency's error
		/// when the caller cannot pay.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::open_job(agents.len() as u32))]
		pub fn open_job(
			origin: OriginFor<T>,
			capability: CapabilityTag<T>,
			input: H256,
			agents: BoundedVec<AgentId, T::MaxJobAgents>,
			max_price: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_job(who, capability, input, agents, max_price).map(|_| ())
		}

		/// Delivers a job's result with the claimed latency. A latency above the SLA is a
		/// breach at once. The assigned agent's provider only.
		///
		/// # Errors
		/// `JobNotFound`, `NotAssigned`, `NotProvider`, `DeadlinePassed`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::submit_result())]
		pub fn submit_result(
			origin: OriginFor<T>,
			job: JobId,
			result: H256,
			latency_ms: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_result(&who, job, result, latency_ms)
		}

		/// Pays a delivered job once its dispute window has closed (or its dispute was
		/// dropped in the engine). Anyone.
		///
		/// # Errors
		/// `JobNotFound`, `NotDelivered`, `WindowOpen`, `DisputePending`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::settle_job())]
		pub fn settle_job(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle_job(job)
		}

		/// Disputes a delivered job within its window: a drawn panel, paid by the client,
		/// decides whether the SLA was breached. The client only.
		///
		/// # Errors
		/// `JobNotFound`, `NotClient`, `NotDelivered`, `WindowClosed`; the engine's error
		/// when it refuses.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::dispute_job())]
		pub fn dispute_job(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute_job(&who, job)
		}

		/// Moves a job whose agent missed its deadline to the next eligible agent of its
		/// list, or refunds it. Anyone.
		///
		/// # Errors
		/// `JobNotFound`, `NotAssigned`, `DeadlineNotPassed`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::timeout_job(T::MaxJobAgents::get()))]
		pub fn timeout_job(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_timeout_job(job)
		}

		/// Registers a training circuit's Groth16 verifying key (`CircuitOrigin` only), after
		/// validating every point.
		///
		/// # Errors
		/// `MalformedVerifyingKey`, `Overflow`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::register_circuit(T::MaxPublicInputs::get()))]
		pub fn register_circuit(
			origin: OriginFor<T>,
			key: VerifyingKeyOf<T>,
			description: H256,
		) -> DispatchResult {
			T::CircuitOrigin::ensure_origin(origin)?;
			Self::do_register_circuit(key, description).map(|_| ())
		}

		/// Retires a circuit (`CircuitOrigin` only): no more proofs against it.
		///
		/// # Errors
		/// `CircuitNotFound`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::retire_circuit())]
		pub fn retire_circuit(origin: OriginFor<T>, circuit: CircuitId) -> DispatchResult {
			T::CircuitOrigin::ensure_origin(origin)?;
			Self::do_retire_circuit(circuit)
		}

		/// Verifies a Groth16 training proof of `agent` against `circuit` on chain and records
		/// it. The first public input must be the agent's binding
		/// (`Pallet::training_binding(agent, model)`). Provider only.
		///
		/// # Errors
		/// `AgentNotFound`, `NotProvider`, `AgentUnbonding`, `CircuitNotFound`,
		/// `InputCountMismatch`, `WrongBinding`, `ProofAlreadyRecorded`,
		/// `TooManyTrainingProofs`, `MalformedProof`, `InvalidProof`.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::submit_training_proof(inputs.len() as u32))]
		pub fn submit_training_proof(
			origin: OriginFor<T>,
			agent: AgentId,
			circuit: CircuitId,
			proof: ProofBytesOf,
			inputs: PublicInputsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_training_proof(&who, agent, circuit, proof, inputs)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Release `amount` held for `reason` from `who`, as much as is held.
		pub(crate) fn release(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) {
			if amount.is_zero() {
				return;
			}
			if let Err(e) = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort)
			{
				log::error!(target: LOG_TARGET, "release of {reason:?} failed: {e:?}");
			}
		}
	}
}
