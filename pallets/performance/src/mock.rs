//! Test runtime for the performance pallet, with a recording mock verifier: tests drive
//! outcomes by calling the outcome handler directly, or, for optimistic claims, through the
//! mock's claim helpers ([`finish_claim`], [`dispute_claim`], [`draw_dispute_panel`],
//! [`decide_claim`]), which report the outcome the engine would.

use crate as pallet_performance;
use crate::{DomainId, RequestId};
use alloc::collections::btree_map::BTreeMap;
use core::{cell::RefCell, time::Duration};
use frame_support::{
	derive_impl, parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU128, ConstU32, ConstU64, UnixTime},
	weights::Weight,
	PalletId,
};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, Perbill};
use verification_primitives::{
	Cancellation, ClaimTerms, ClaimView, Decision, EngineLimits, Outcome, PanelSeat, Participant,
	Phase, RequestMode, RequestParams, RequestView, Resolution, Verdict, VerificationMode,
	VerificationOutcomeHandler, VerificationProvider, Vote,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Performance: pallet_performance,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

/// Existential deposit of the mock.
pub const ED: u64 = 10;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU64<ED>;
}

/// `SportDeposit` of the test runtimes.
pub const SPORT_DEPOSIT: u64 = 500;
/// `FunderDeposit` of the test runtimes.
pub const FUNDER_DEPOSIT: u64 = 20;
/// `PredictionDeposit` of the test runtimes.
pub const PREDICTION_DEPOSIT: u64 = 15;

/// Account receiving slashes.
pub const SLASH_ACCOUNT: u64 = 999;
/// The performance domain.
pub const DOMAIN: DomainId = *b"perform\0";
/// Unix time at the start of every test.
pub const START_TIME: u64 = 1_700_000_000;
/// First request id the mock verifier allocates.
pub const FIRST_REQUEST: RequestId = 100;

/// A request opened with the mock verifier.
pub type OpenedRequest = (DomainId, H256, u64, RequestParams<u64, u64, u64>);

/// Least claim bond the mock verifier accepts (its `limits().min_claim_bond`).
pub const MIN_CLAIM_BOND: u64 = 20;

/// Where an optimistic claim opened with the mock verifier stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ClaimStage {
	/// Open to disputes until its liveness window ends (then `Closing` until finished).
	Liveness,
	/// Disputed by the account; the dispute panel is not drawn yet (`Drawing`).
	Disputed(u64),
	/// Disputed by the account; the dispute panel ([`MOCK_PANEL`]) is drawn (`Commit`).
	Drawn(u64),
	/// Final: its outcome was reported; the verifier no longer shows it.
	Final,
}

/// An optimistic claim opened with the mock verifier.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct MockClaim {
	/// Block it was opened in.
	pub opened_at: u64,
	/// Where it stands.
	pub stage: ClaimStage,
}

thread_local! {
	/// Requests opened so far.
	pub static OPENED: RefCell<Vec<OpenedRequest>> = const { RefCell::new(Vec::new()) };
	/// The optimistic claims among them, by request.
	pub static CLAIMS: RefCell<BTreeMap<RequestId, MockClaim>> =
		const { RefCell::new(BTreeMap::new()) };
	/// Whether the verifier refuses requests.
	pub static REFUSE: RefCell<bool> = const { RefCell::new(false) };
	/// The mock's Unix time in seconds.
	pub static NOW: RefCell<u64> = const { RefCell::new(START_TIME) };
}

/// The panel the mock verifier "draws" for every request (less any excluded account).
pub const MOCK_PANEL: [u64; 3] = [5, 6, 7];

/// Records opened requests; refuses them while [`REFUSE`] is set, and refuses parameters its
/// limits refuse (`limits().check`, e.g. a claim bond below [`MIN_CLAIM_BOND`]). Implements the
/// interface of `verification-primitives` without any engine: a drawn panel shows as drawn
/// ([`MOCK_PANEL`], in its commit phase) from opening; an optimistic claim shows its liveness
/// window from opening and moves on through the claim helpers.
pub struct MockVerifier;
impl VerificationProvider<u64, u64, u64> for MockVerifier {
	fn open_request(
		domain: DomainId,
		subject: H256,
		requester: &u64,
		params: RequestParams<u64, u64, u64>,
	) -> Result<RequestId, DispatchError> {
		if REFUSE.with(|r| *r.borrow()) {
			return Err(DispatchError::Other("verifier refused"));
		}
		Self::limits().check(requester, &params)?;
		let claimed = matches!(params.mode, VerificationMode::Optimistic(_));
		let id = OPENED.with(|o| {
			let mut opened = o.borrow_mut();
			let id = FIRST_REQUEST + opened.len() as u64;
			opened.push((domain, subject, *requester, params));
			id
		});
		if claimed {
			let claim =
				MockClaim { opened_at: System::block_number(), stage: ClaimStage::Liveness };
			CLAIMS.with(|c| c.borrow_mut().insert(id, claim));
		}
		Ok(id)
	}

	fn cancel_request(_: RequestId, _: &u64) -> Result<Cancellation<u64>, DispatchError> {
		Ok(Cancellation { released: 0, forfeited: 0 })
	}

	fn request_view(id: RequestId) -> Option<RequestView<u64, u64, u64>> {
		let index = usize::try_from(id.checked_sub(FIRST_REQUEST)?).ok()?;
		let (domain, subject, requester, params) = opened().get(index)?.clone();
		let panel: Vec<PanelSeat<u64>> = MOCK_PANEL
			.iter()
			.filter(|who| !params.excluded.contains(who) && **who != requester)
			.map(|who| PanelSeat { who: *who, seats: 1 })
			.collect();
		let view = RequestView {
			id,
			domain,
			subject,
			requester,
			mode: RequestMode::DrawnPanel,
			phase: Phase::Commit { until: 0 },
			round: 0,
			seats: panel.len() as u32,
			panel,
			reward: params.panel.reward,
			deposit: 0,
			claim: None,
			provisional: None,
			opened_at: 0,
		};
		let VerificationMode::Optimistic(terms) = params.mode else {
			return Some(view);
		};
		let MockClaim { opened_at, stage } = CLAIMS.with(|c| c.borrow().get(&id).copied())?;
		let until = opened_at + terms.liveness;
		let (phase, disputer) = match stage {
			ClaimStage::Liveness if System::block_number() <= until => {
				(Phase::Liveness { until }, None)
			},
			ClaimStage::Liveness => (Phase::Closing, None),
			ClaimStage::Disputed(by) => {
				(Phase::Drawing { seed_block: System::block_number() + 1 }, Some(by))
			},
			ClaimStage::Drawn(by) => (Phase::Commit { until: 0 }, Some(by)),
			ClaimStage::Final => return None,
		};
		let drawn = matches!(stage, ClaimStage::Drawn(_));
		Some(RequestView {
			mode: RequestMode::Optimistic,
			phase,
			seats: if disputer.is_some() { terms.dispute_seats } else { 0 },
			panel: if drawn { view.panel } else { Vec::new() },
			claim: Some(ClaimView { claim: terms.claim, bond: terms.bond, disputer }),
			opened_at,
			..view
		})
	}

	fn limits() -> EngineLimits<u64, u64> {
		EngineLimits {
			min_claim_bond: MIN_CLAIM_BOND,
			min_liveness: 1,
			..EngineLimits::permissive()
		}
	}

	fn open_request_weight(_: &RequestParams<u64, u64, u64>) -> Weight {
		Weight::zero()
	}

	fn cancel_request_weight() -> Weight {
		Weight::zero()
	}
}

/// The requests opened so far.
pub fn opened() -> Vec<OpenedRequest> {
	OPENED.with(|o| o.borrow().clone())
}

/// The terms of optimistic claim `request` and where it stands.
pub fn claim(request: RequestId) -> (ClaimTerms<u64, u64>, MockClaim) {
	let index = usize::try_from(request - FIRST_REQUEST).unwrap();
	let (.., params) = opened()[index].clone();
	let VerificationMode::Optimistic(terms) = params.mode else {
		panic!("request {request} is no claim");
	};
	(terms, CLAIMS.with(|c| c.borrow()[&request]))
}

/// Last block of the liveness window of claim `request`.
pub fn liveness_end(request: RequestId) -> u64 {
	let (terms, state) = claim(request);
	state.opened_at + terms.liveness
}

fn set_stage(request: RequestId, stage: ClaimStage) {
	CLAIMS.with(|c| c.borrow_mut().get_mut(&request).unwrap().stage = stage);
}

/// Finalize claim `request` undisputed, as the engine does once its liveness window has
/// passed: report the claim as the outcome (resolution `Undisputed`, no participants).
/// Returns the handler's weight.
pub fn finish_claim(request: RequestId) -> Weight {
	let (terms, state) = claim(request);
	assert_eq!(state.stage, ClaimStage::Liveness, "claim {request} was disputed or is final");
	assert!(System::block_number() > liveness_end(request), "liveness window still open");
	set_stage(request, ClaimStage::Final);
	let approved = terms.claim.verdict.is_approved();
	report(
		request,
		&Outcome {
			decision: Decision::from(terms.claim.verdict),
			score: terms.claim.score,
			resolution: Resolution::Undisputed,
			appeals: 0,
			approval: if approved { Perbill::one() } else { Perbill::zero() },
			participants: Default::default(),
		},
	)
}

/// `disputer` disputes claim `request` within its liveness window (never the requester or an
/// excluded account, as the engine requires): the dispute panel is drawn next.
pub fn dispute_claim(request: RequestId, disputer: u64) {
	let (_, state) = claim(request);
	let (_, _, requester, params) =
		opened()[usize::try_from(request - FIRST_REQUEST).unwrap()].clone();
	assert_eq!(state.stage, ClaimStage::Liveness, "claim {request} was disputed or is final");
	assert!(System::block_number() <= liveness_end(request), "liveness window has passed");
	assert!(disputer != requester && !params.excluded.contains(&disputer), "barred disputer");
	set_stage(request, ClaimStage::Disputed(disputer));
}

/// Draw the dispute panel of disputed claim `request` ([`MOCK_PANEL`] less the barred
/// accounts, in its commit phase).
pub fn draw_dispute_panel(request: RequestId) {
	let (_, state) = claim(request);
	let ClaimStage::Disputed(by) = state.stage else {
		panic!("claim {request} is not awaiting its dispute panel");
	};
	set_stage(request, ClaimStage::Drawn(by));
}

/// Finalize disputed claim `request` with its dispute panel's `decision` and `score`
/// (resolution `DrawnPanel`). Returns the handler's weight.
pub fn decide_claim(
	request: RequestId,
	decision: Decision,
	score: Option<u32>,
	participants: Vec<Participant<u64>>,
) -> Weight {
	let (_, state) = claim(request);
	assert!(matches!(state.stage, ClaimStage::Drawn(_)), "claim {request} has no drawn panel");
	set_stage(request, ClaimStage::Final);
	report(request, &outcome(decision, score, participants))
}

/// Settable wall clock.
pub struct MockTime;
impl UnixTime for MockTime {
	fn now() -> Duration {
		Duration::from_secs(NOW.with(|n| *n.borrow()))
	}
}

/// Set the mock's Unix time.
pub fn set_time(secs: u64) {
	NOW.with(|n| *n.borrow_mut() = secs);
}

parameter_types! {
	pub const SlashAccount: u64 = SLASH_ACCOUNT;
	pub const PerformancePalletId: PalletId = PalletId(*b"ar/perfm");
	pub const Domain: DomainId = DOMAIN;
	pub const RejectionSlash: Perbill = Perbill::from_percent(20);
	pub const ApprovalThreshold: Perbill = Perbill::from_percent(50);
	pub const PredictionFee: Perbill = Perbill::from_percent(10);
	pub const PredictionAthleteShare: Perbill = Perbill::from_percent(50);
	/// Liveness window of claims; tests may shorten it.
	pub static MockClaimLiveness: u64 = 20;
}

/// `pallet_performance::Config` for a test runtime: the bounds and amounts every test runtime
/// shares, plus the verifier, clock, slash destination and verification and prediction
/// parameters each one chooses. Resolves `Balances`, `RuntimeHoldReason`,
/// `PerformancePalletId`, `Domain` and the `Const*` types where it is invoked.
macro_rules! impl_performance_config {
	($runtime:ty {
		Verifier = $verifier:ty,
		UnixTime = $unixtime:ty,
		SlashDestination = $slashdestination:ty,
		RejectionSlash = $rejectionslash:ty,
		ApprovalThreshold = $approvalthreshold:ty,
		CommitPeriod = $commitperiod:ty,
		RevealPeriod = $revealperiod:ty,
		PredictionLockPeriod = $predictionlockperiod:ty,
		PredictionFee = $predictionfee:ty,
		PredictionAthleteShare = $predictionathleteshare:ty,
		ClaimLiveness = $claimliveness:ty,
	}) => {
		impl pallet_performance::Config for $runtime {
			type Verifier = $verifier;
			type UnixTime = $unixtime;
			type SlashDestination = $slashdestination;
			type RejectionSlash = $rejectionslash;
			type ApprovalThreshold = $approvalthreshold;
			type CommitPeriod = $commitperiod;
			type RevealPeriod = $revealperiod;
			type PredictionLockPeriod = $predictionlockperiod;
			type PredictionFee = $predictionfee;
			type PredictionAthleteShare = $predictionathleteshare;
			type ClaimLiveness = $claimliveness;
			type Currency = Balances;
			type RuntimeHoldReason = RuntimeHoldReason;
			type WeightInfo = ();
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = ();
			type PalletId = PerformancePalletId;
			type Domain = Domain;
			type AthleteDeposit = ConstU64<100>;
			type CompetitionDeposit = ConstU64<200>;
			type PerformanceDeposit = ConstU64<50>;
			type MaxNameLen = ConstU32<32>;
			type MaxSportLen = ConstU32<16>;
			type MaxSportsPerAthlete = ConstU32<3>;
			type MaxDelegates = ConstU32<2>;
			type MaxVenueLen = ConstU32<32>;
			type MaxEvidenceLen = ConstU32<64>;
			type MaxTagLen = ConstU32<16>;
			type MaxTags = ConstU32<3>;
			type MaxWitnesses = ConstU32<4>;
			type MaxHistory = ConstU32<3>;
			type LeaderboardSize = ConstU32<3>;
			type MaxPrizeRanks = ConstU32<3>;
			type MaxChallengeWinners = ConstU32<2>;
			type MinWitnesses = ConstU32<2>;
			type PanelSeats = ConstU32<3>;
			type AppealPeriod = ConstU64<1>;
			type MinWitnessWeight = ConstU128<0>;
			type MaxScore = ConstU32<10_000>;
			type MinWitnessReward = ConstU64<10>;
			type RegionalThreshold = ConstU32<6_000>;
			type NationalThreshold = ConstU32<8_000>;
			type InternationalThreshold = ConstU32<9_500>;
			type MaxCompetitionDuration = ConstU64<100>;
			type MinFunding = ConstU64<10>;
			type MinChallengePrize = ConstU64<10>;
			type MaxChallengeDuration = ConstU64<1_000>;
			type MinStake = ConstU64<10>;
			type AccreditationOrigin = frame_system::EnsureRoot<u64>;
			type SportOrigin = frame_system::EnsureRoot<u64>;
			type SportDeposit = ConstU64<{ crate::mock::SPORT_DEPOSIT }>;
			type FunderDeposit = ConstU64<{ crate::mock::FUNDER_DEPOSIT }>;
			type PredictionDeposit = ConstU64<{ crate::mock::PREDICTION_DEPOSIT }>;
			type ReapDelay = ConstU64<10>;
			type ClaimPeriod = ConstU64<30>;
			type RefundPeriod = ConstU64<40>;
		}
	};
}
pub(crate) use impl_performance_config;

impl_performance_config!(Test {
	Verifier = MockVerifier,
	UnixTime = MockTime,
	SlashDestination = ResolveTo<SlashAccount, Balances>,
	RejectionSlash = RejectionSlash,
	ApprovalThreshold = ApprovalThreshold,
	CommitPeriod = ConstU64<10>,
	RevealPeriod = ConstU64<10>,
	PredictionLockPeriod = ConstU64<5>,
	PredictionFee = PredictionFee,
	PredictionAthleteShare = PredictionAthleteShare,
	ClaimLiveness = MockClaimLiveness,
});

/// The sports the mock's genesis registers (by `SportOrigin`, without a deposit).
pub const GENESIS_SPORTS: [&str; 2] = ["hackysack", "sprint"];

/// Accounts 1..=40 start with 1_000_000 each (plus the slash account with `ED`); 1000 and up
/// are free for the benchmarks. The sports of [`GENESIS_SPORTS`] are registered.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(u64, u64)> = (1..=40).map(|a| (a, 1_000_000)).collect();
	balances.push((SLASH_ACCOUNT, ED));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_performance::GenesisConfig::<Test> {
		sports: GENESIS_SPORTS.iter().map(|s| s.as_bytes().to_vec().try_into().unwrap()).collect(),
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		OPENED.with(|o| o.borrow_mut().clear());
		CLAIMS.with(|c| c.borrow_mut().clear());
		REFUSE.with(|r| *r.borrow_mut() = false);
		MockClaimLiveness::set(20);
		set_time(START_TIME);
	});
	ext
}

/// Test externalities builder that checks the pallet's invariants after every test.
pub struct ExtBuilder;
impl ExtBuilder {
	/// Run `test`, then `Performance::do_try_state()`.
	pub fn build_and_execute(test: impl FnOnce()) {
		new_test_ext().execute_with(|| {
			test();
			Performance::do_try_state().expect("try_state invariants hold after the test");
		});
	}
}

/// A participant of an outcome with one seat in round 0, voting `verdict`, coherent with the
/// decision if `agreed`.
pub fn participant(who: u64, weight: u128, verdict: bool, agreed: bool) -> Participant<u64> {
	Participant {
		who,
		round: 0,
		seats: 1,
		weight,
		vote: Some(Vote { verdict: Verdict::from_approval(verdict), score: None }),
		coherent: agreed,
	}
}

/// An outcome of a drawn panel with `decision`, `score` and `participants`.
pub fn outcome(
	decision: Decision,
	score: Option<u32>,
	participants: Vec<Participant<u64>>,
) -> Outcome<u64> {
	Outcome {
		decision,
		score,
		resolution: Resolution::DrawnPanel,
		appeals: 0,
		approval: Perbill::zero(),
		participants: participants.try_into().unwrap(),
	}
}

/// Report `outcome` of `request` in the performance domain; returns the handler's weight.
pub fn report(request: RequestId, outcome: &Outcome<u64>) -> Weight {
	<Performance as VerificationOutcomeHandler<u64>>::on_outcome(
		DOMAIN,
		H256::zero(),
		request,
		outcome,
	)
}
