//! Proof of Training family: staked AI agents, evaluations by validator panels, jobs.
//!
//! - Agents are evaluated in the `agents\0\0` domain of the witness network: three seats drawn
//!   from the witnesses serving the domain, all three must reveal with at least the weight of
//!   three minimum bonds at the initial credibility, and 60 % of the revealed weight must
//!   approve. A consensus score of 6.000 (of 10.000) lists a capability.
//! - Panels commit for ten blocks (a minute), reveal for five and may be appealed for five: long
//!   enough for validators watching the chain to test an agent's endpoint and get a
//!   transaction in, short enough for a dev-chain demo. Whoever pays for an evaluation pays the
//!   panel 1 ARETE.
//! - An agent holds 1 ARETE of deposit and at least 100 ARETE of stake per capability (the
//!   witnesses' own minimum bond: an agent should have as much at stake as those who judge
//!   it). Its stake stays slashable for seven days after it starts unbonding.
//! - A listing is re-evaluated weekly: a week after an evaluation anyone may have it repeated
//!   at the evaluation pot's cost, and a day later an unrefreshed listing stops being routed to.
//! - A job's breach penalty is twice its price, at least 1 ARETE. Agents have five minutes to
//!   deliver, clients a minute to dispute; a dispute panel has three seats and costs the client
//!   1 ARETE. 5 % of every payment goes to the evaluation pot.

use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, EitherOf},
	PalletId,
};
use sp_runtime::Perbill;

use crate::{
	currency::ARETE,
	time::{DAYS, MINUTES},
	Balances, Runtime, RuntimeHoldReason, Witnesses,
};

parameter_types! {
	/// The evaluation pot's account.
	pub const AgentsPalletId: PalletId = PalletId(*b"ar/agent");
	pub const AgentsDomain: pallet_witnesses::DomainId = *b"agents\0\0";
	pub const AgentsEvaluationApproval: Perbill = Perbill::from_percent(60);
	pub const AgentsReputationSmoothing: Perbill = Perbill::from_percent(10);
	pub const AgentsInitialReputation: Perbill = Perbill::from_percent(50);
	pub const AgentsProtocolShare: Perbill = Perbill::from_percent(5);
	/// Each verified training proof adds two points of reputation in routing (at most 16).
	pub const AgentsTrustPerProof: Perbill = Perbill::from_percent(2);
}

impl pallet_agents::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Verifier = Witnesses;
	type WeightInfo = pallet_agents::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::witnesses::benchmark_helper::DomainWitnesses<AgentsDomain>;
	type PalletId = AgentsPalletId;
	type Domain = AgentsDomain;
	type AgentDeposit = ConstU128<{ ARETE }>;
	type MinStakePerCapability = ConstU128<{ 100 * ARETE }>;
	type MaxCapabilities = ConstU32<8>;
	type MaxTagLen = ConstU32<32>;
	type MaxListedPerCapability = ConstU32<64>;
	type MaxSlashHistory = ConstU32<16>;
	type MaxRouteLength = ConstU32<16>;
	type MaxScore = ConstU32<10_000>;
	type ListingThreshold = ConstU32<6_000>;
	type EvaluationSeats = ConstU32<3>;
	type EvaluationMinSeats = ConstU32<3>;
	type EvaluationMinWeight = ConstU128<{ 150 * ARETE }>;
	type EvaluationApproval = AgentsEvaluationApproval;
	type EvaluationCommitPeriod = ConstU32<10>;
	type EvaluationRevealPeriod = ConstU32<5>;
	type EvaluationAppealPeriod = ConstU32<5>;
	type EvaluationReward = ConstU128<{ ARETE }>;
	type EvaluationPeriod = ConstU32<{ 7 * DAYS }>;
	type EvaluationGrace = ConstU32<{ DAYS }>;
	type ReputationSmoothing = AgentsReputationSmoothing;
	type InitialReputation = AgentsInitialReputation;
	type UnbondingPeriod = ConstU32<{ 7 * DAYS }>;
	type MaxJobAgents = ConstU32<4>;
	type JobDeposit = ConstU128<{ ARETE / 10 }>;
	type ResultTimeout = ConstU32<{ 5 * MINUTES }>;
	type DisputeWindow = ConstU32<{ MINUTES }>;
	type BreachMultiplier = ConstU32<2>;
	type MinBreachPenalty = ConstU128<{ ARETE }>;
	type ProtocolShare = AgentsProtocolShare;
	type DisputeSeats = ConstU32<3>;
	type DisputeReward = ConstU128<{ ARETE }>;
	// Until on-chain governance lands, Root (sudo on dev and test chains) registers circuits.
	// Root or the training-circuits track.
	type CircuitOrigin = EitherOf<
		frame_system::EnsureRoot<crate::AccountId>,
		crate::governance::origins::TrainingCircuits,
	>;
	type MaxVerifyingKeyLen =
		ConstU32<{ groth16_verifier::verifying_key_len(groth16_verifier::MAX_PUBLIC_INPUTS) as u32 }>;
	type MaxPublicInputs = ConstU32<{ groth16_verifier::MAX_PUBLIC_INPUTS }>;
	type MaxTrainingProofs = ConstU32<16>;
	type TrustPerProof = AgentsTrustPerProof;
}
