//! Test runtime for the agents pallet, with a recording mock verifier: tests decide
//! evaluations by reporting outcomes through the pallet's outcome handler ([`decide`]).

use crate as pallet_agents;
use crate::{DomainId, RequestId};
use core::cell::RefCell;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Hooks},
	weights::Weight,
	BoundedVec, PalletId,
};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, Perbill};
use verification_primitives::{
	Cancellation, Decision, EngineLimits, Outcome, Phase, RequestMode, RequestParams, RequestView,
	Resolution, VerificationOutcomeHandler, VerificationProvider,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Agents: pallet_agents,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

/// Existential deposit of the mock.
pub const ED: u128 = 10;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU128<ED>;
}

/// The agents' verification domain.
pub const DOMAIN: DomainId = *b"agents\0\0";
/// First request id the mock verifier allocates.
pub const FIRST_REQUEST: RequestId = 100;
/// `AgentDeposit` of the mock.
pub const DEPOSIT: u128 = 10;
/// `MinStakePerCapability` of the mock.
pub const MIN_STAKE: u128 = 100;
/// `EvaluationReward` of the mock.
pub const REWARD: u128 = 5;
/// The engine's request deposit in the mock's limits.
pub const REQUEST_DEPOSIT: u128 = 2;
/// The engine's deposit per seat in the mock's limits.
pub const SEAT_DEPOSIT: u128 = 1;
/// `EvaluationPeriod` of the mock.
pub const PERIOD: u64 = 100;
/// `EvaluationGrace` of the mock.
pub const GRACE: u64 = 20;
/// `UnbondingPeriod` of the mock.
pub const UNBONDING: u64 = 10;
/// `ListingThreshold` of the mock.
pub const THRESHOLD: u32 = 6_000;
/// `MaxListedPerCapability` of the mock.
pub const MAX_LISTED: u32 = 3;

/// `JobDeposit` of the mock.
pub const JOB_DEPOSIT: u128 = 3;
/// `ResultTimeout` of the mock.
pub const TIMEOUT: u64 = 10;
/// `DisputeWindow` of the mock.
pub const WINDOW: u64 = 5;
/// `MinBreachPenalty` of the mock (the multiplier is 3).
pub const MIN_PENALTY: u128 = 20;
/// `DisputeReward` of the mock.
pub const DISPUTE_REWARD: u128 = 4;

/// `MaxTrainingProofs` of the mock.
pub const MAX_PROOFS: u32 = 3;

/// Providers and other accounts the tests use, each endowed with [`ENDOWMENT`].
pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const CHARLIE: u64 = 3;
pub const DAVE: u64 = 4;
pub const EVE: u64 = 5;
/// What each test account starts with.
pub const ENDOWMENT: u128 = 10_000;

/// A request opened with the mock verifier.
pub type OpenedRequest = (DomainId, H256, u64, RequestParams<u64, u128, u64>);

thread_local! {
	/// Requests opened so far.
	pub static OPENED: RefCell<Vec<OpenedRequest>> = const { RefCell::new(Vec::new()) };
	/// Requests that are final or cancelled: the verifier no longer shows them.
	pub static CLOSED: RefCell<Vec<RequestId>> = const { RefCell::new(Vec::new()) };
	/// Whether the verifier refuses requests.
	pub static REFUSE: RefCell<bool> = const { RefCell::new(false) };
}

/// Records opened requests; refuses them while [`REFUSE`] is set or when its limits refuse
/// the parameters. Shows every open request as a drawn panel in its commit phase.
pub struct MockVerifier;
impl VerificationProvider<u64, u128, u64> for MockVerifier {
	fn open_request(
		domain: DomainId,
		subject: H256,
		requester: &u64,
		params: RequestParams<u64, u128, u64>,
	) -> Result<RequestId, DispatchError> {
		if REFUSE.with(|r| *r.borrow()) {
			return Err(DispatchError::Other("verifier refused"));
		}
		Self::limits().check(requester, &params)?;
		Ok(OPENED.with(|o| {
			let mut opened = o.borrow_mut();
			let id = FIRST_REQUEST + opened.len() as u64;
			opened.push((domain, subject, *requester, params));
			id
		}))
	}

	fn cancel_request(id: RequestId, _: &u64) -> Result<Cancellation<u128>, DispatchError> {
		CLOSED.with(|c| c.borrow_mut().push(id));
		Ok(Cancellation { released: 0, forfeited: 0 })
	}

	fn request_view(id: RequestId) -> Option<RequestView<u64, u128, u64>> {
		if CLOSED.with(|c| c.borrow().contains(&id)) {
			return None;
		}
		let index = usize::try_from(id.checked_sub(FIRST_REQUEST)?).ok()?;
		let (domain, subject, requester, params) = opened().get(index)?.clone();
		Some(RequestView {
			id,
			domain,
			subject,
			requester,
			mode: RequestMode::DrawnPanel,
			phase: Phase::Commit { until: 0 },
			round: 0,
			seats: 3,
			panel: Vec::new(),
			reward: params.panel.reward,
			deposit: 0,
			claim: None,
			provisional: None,
			opened_at: 0,
		})
	}

	fn limits() -> EngineLimits<u128, u64> {
		EngineLimits {
			request_deposit: REQUEST_DEPOSIT,
			deposit_per_seat: SEAT_DEPOSIT,
			..EngineLimits::permissive()
		}
	}

	fn open_request_weight(_: &RequestParams<u64, u128, u64>) -> Weight {
		Weight::from_parts(1_000, 0)
	}

	fn cancel_request_weight() -> Weight {
		Weight::zero()
	}
}

/// The requests opened so far.
pub fn opened() -> Vec<OpenedRequest> {
	OPENED.with(|o| o.borrow().clone())
}

/// The id of the most recently opened request.
pub fn last_request() -> RequestId {
	FIRST_REQUEST + opened().len() as u64 - 1
}

/// Report `decision` with `score` as the final outcome of `request`, as the engine does once
/// the request is final. Returns the handler's weight.
pub fn decide(request: RequestId, decision: Decision, score: Option<u32>) -> Weight {
	CLOSED.with(|c| c.borrow_mut().push(request));
	let outcome = Outcome {
		decision,
		score,
		resolution: Resolution::DrawnPanel,
		appeals: 0,
		approval: Perbill::from_percent(100),
		participants: Default::default(),
	};
	<Agents as VerificationOutcomeHandler<u64>>::on_outcome(DOMAIN, H256::zero(), request, &outcome)
}

/// The engine cancels `request` without reporting an outcome.
pub fn cancel_in_engine(request: RequestId) {
	CLOSED.with(|c| c.borrow_mut().push(request));
}

parameter_types! {
	pub const AgentsPalletId: PalletId = PalletId(*b"ar/agent");
	pub const Domain: DomainId = DOMAIN;
	pub const Approval: Perbill = Perbill::from_percent(60);
	pub const Smoothing: Perbill = Perbill::from_percent(20);
	pub const Initial: Perbill = Perbill::from_percent(50);
	pub const Share: Perbill = Perbill::from_percent(10);
	pub const Trust: Perbill = Perbill::from_percent(2);
}

impl pallet_agents::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Verifier = MockVerifier;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type PalletId = AgentsPalletId;
	type Domain = Domain;
	type AgentDeposit = ConstU128<DEPOSIT>;
	type MinStakePerCapability = ConstU128<MIN_STAKE>;
	type MaxCapabilities = ConstU32<4>;
	type MaxTagLen = ConstU32<16>;
	type MaxListedPerCapability = ConstU32<MAX_LISTED>;
	type MaxSlashHistory = ConstU32<4>;
	type MaxRouteLength = ConstU32<5>;
	type MaxScore = ConstU32<10_000>;
	type ListingThreshold = ConstU32<THRESHOLD>;
	type EvaluationSeats = ConstU32<3>;
	type EvaluationMinSeats = ConstU32<2>;
	type EvaluationMinWeight = ConstU128<0>;
	type EvaluationApproval = Approval;
	type EvaluationCommitPeriod = ConstU64<5>;
	type EvaluationRevealPeriod = ConstU64<5>;
	type EvaluationAppealPeriod = ConstU64<5>;
	type EvaluationReward = ConstU128<REWARD>;
	type EvaluationPeriod = ConstU64<PERIOD>;
	type EvaluationGrace = ConstU64<GRACE>;
	type ReputationSmoothing = Smoothing;
	type InitialReputation = Initial;
	type UnbondingPeriod = ConstU64<UNBONDING>;
	type MaxJobAgents = ConstU32<3>;
	type JobDeposit = ConstU128<JOB_DEPOSIT>;
	type ResultTimeout = ConstU64<TIMEOUT>;
	type DisputeWindow = ConstU64<WINDOW>;
	type BreachMultiplier = ConstU32<3>;
	type MinBreachPenalty = ConstU128<MIN_PENALTY>;
	type ProtocolShare = Share;
	type DisputeSeats = ConstU32<5>;
	type DisputeReward = ConstU128<DISPUTE_REWARD>;
	type CircuitOrigin = frame_system::EnsureRoot<u64>;
	type MaxVerifyingKeyLen = ConstU32<{ groth16_verifier::verifying_key_len(4) as u32 }>;
	type MaxPublicInputs = ConstU32<4>;
	type MaxTrainingProofs = ConstU32<MAX_PROOFS>;
	type TrustPerProof = Trust;
}

/// Test externalities: accounts 1..=9 endowed with [`ENDOWMENT`], block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=9).map(|who| (who, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test` in fresh externalities, then check the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	OPENED.with(|o| o.borrow_mut().clear());
	CLOSED.with(|c| c.borrow_mut().clear());
	REFUSE.with(|r| *r.borrow_mut() = false);
	new_test_ext().execute_with(|| {
		<Agents as Hooks<u64>>::integrity_test();
		test();
		Agents::do_try_state().expect("invariants hold");
	});
}

/// Capability tags from strings.
pub fn tags(names: &[&str]) -> crate::CapabilityTags<Test> {
	BoundedVec::truncate_from(
		names.iter().map(|n| BoundedVec::truncate_from(n.as_bytes().to_vec())).collect(),
	)
}

/// A tag from a string.
pub fn tag(name: &str) -> crate::CapabilityTag<Test> {
	BoundedVec::truncate_from(name.as_bytes().to_vec())
}

/// The SLA the tests use.
pub fn sla() -> crate::Sla {
	crate::Sla { max_latency_ms: 2_000, min_quality: 7_000 }
}

/// Register an agent of `provider` with `capabilities`, `price` and the least stake; returns
/// its id.
pub fn register(provider: u64, capabilities: &[&str], price: u128) -> crate::AgentId {
	let id = crate::NextAgentId::<Test>::get();
	assert_ok!(Agents::register_agent(
		RuntimeOrigin::signed(provider),
		H256::repeat_byte(1),
		H256::repeat_byte(2),
		tags(capabilities),
		price,
		sla(),
		MIN_STAKE * capabilities.len() as u128,
	));
	id
}

/// Register an agent and list its only capability `capability` with `score`.
pub fn listed(provider: u64, capability: &str, price: u128, score: u32) -> crate::AgentId {
	let id = register(provider, &[capability], price);
	decide(last_request(), Decision::Approved, Some(score));
	id
}

/// Agent `id`, which must exist.
pub fn agent(id: crate::AgentId) -> crate::pallet::AgentOf<Test> {
	crate::Agents::<Test>::get(id).expect("agent exists")
}

/// Move to block `n`.
pub fn run_to(n: u64) {
	System::set_block_number(n);
}

/// The pallet's events, oldest first.
pub fn agent_events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Agents(e) => Some(e),
			_ => None,
		})
		.collect()
}
