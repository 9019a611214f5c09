//! Test runtime for the performance pallet, with a recording mock verifier: tests drive
//! outcomes by calling the outcome handler directly.

use crate as pallet_performance;
use crate::{DomainId, RequestId};
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
	Cancellation, Decision, EngineLimits, Outcome, PanelSeat, Participant, Phase, RequestMode,
	RequestParams, RequestView, Resolution, Verdict, VerificationOutcomeHandler,
	VerificationProvider, Vote,
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

thread_local! {
	/// Requests opened so far.
	pub static OPENED: RefCell<Vec<OpenedRequest>> = const { RefCell::new(Vec::new()) };
	/// Whether the verifier refuses requests.
	pub static REFUSE: RefCell<bool> = const { RefCell::new(false) };
	/// The mock's Unix time in seconds.
	pub static NOW: RefCell<u64> = const { RefCell::new(START_TIME) };
}

/// The panel the mock verifier "draws" for every request (less any excluded account).
pub const MOCK_PANEL: [u64; 3] = [5, 6, 7];

/// Records opened requests; refuses them while [`REFUSE`] is set. Implements the interface of
/// `verification-primitives` without any engine.
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
		OPENED.with(|o| {
			let mut opened = o.borrow_mut();
			let id = FIRST_REQUEST + opened.len() as u64;
			opened.push((domain, subject, *requester, params));
			Ok(id)
		})
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
		Some(RequestView {
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
		})
	}

	fn limits() -> EngineLimits<u64, u64> {
		EngineLimits::permissive()
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
			type MaxFunders = ConstU32<3>;
			type MaxOpenChallengesPerSport = ConstU32<2>;
			type MaxChallengeWinners = ConstU32<2>;
			type MaxPredictions = ConstU32<4>;
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
});

/// Accounts 1..=40 start with 1_000_000 each (plus the slash account with `ED`); 1000 and up
/// are free for the benchmarks.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(u64, u64)> = (1..=40).map(|a| (a, 1_000_000)).collect();
	balances.push((SLASH_ACCOUNT, ED));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		OPENED.with(|o| o.borrow_mut().clear());
		REFUSE.with(|r| *r.borrow_mut() = false);
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
