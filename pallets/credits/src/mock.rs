//! Test runtime for the credits pallet, with a stand-in payment extension ([`TestFee`]) for
//! the fee-free tests.

use crate as pallet_credits;
use crate::{Credits as CreditAmount, CREDIT};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::cell::RefCell;
use crate::{DomainId, RequestId};
use frame_support::{
	derive_impl,
	pallet_prelude::{InvalidTransaction, TransactionSource, ValidTransaction},
	parameter_types,
	traits::{fungible::Inspect, ConstU128, ConstU32, ConstU64},
	weights::Weight,
};
use scale_info::TypeInfo;
use sp_core::H256;
use verification_primitives::{
	Cancellation, Decision, EngineLimits, Outcome, Participant, Phase, RequestMode, RequestParams,
	RequestView, Resolution, VerificationOutcomeHandler, VerificationProvider, Vote, Verdict,
};
use sp_runtime::{
	traits::{DispatchInfoOf, DispatchOriginOf, Implication, TransactionExtension, ValidateResult},
	transaction_validity::TransactionValidityError,
	BuildStorage, DispatchError, Perbill,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Credits: pallet_credits,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

/// Existential deposit of the mock.
pub const ED: u128 = 1;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU128<ED>;
}

/// `GenesisTotal` of the mock: one million credits.
pub const GENESIS_TOTAL: CreditAmount = 1_000_000 * CREDIT;
/// `GenesisGrant` of the mock.
pub const GRANT: CreditAmount = 100 * CREDIT;
/// `EarlyGrant` of the mock.
pub const EARLY_GRANT: CreditAmount = 150 * CREDIT;
/// `EarlyParticipants` of the mock: the three genesis participants.
pub const EARLY: u32 = 3;
/// `BalanceCap` of the mock (low, so that tests reach it).
pub const CAP: CreditAmount = 200 * CREDIT;
/// `EnrollmentDeposit` of the mock, in ARETE units.
pub const DEPOSIT: u128 = 10;
/// `InactivityPeriod` of the mock.
pub const INACTIVITY: u64 = 90;
/// `DecayPeriod` of the mock.
pub const DECAY_PERIOD: u64 = 30;
/// `BlocksPerDay` of the mock.
pub const DAY: u64 = 100;
/// `MaxHistory` of the mock.
pub const MAX_HISTORY: u32 = 8;
/// `MaxLivePosts` of the mock.
pub const MAX_LIVE_POSTS: u32 = 20;
/// `PostLifetime` of the mock.
pub const LIFETIME: u64 = 50;
/// `MaxRecentReactions` of the mock.
pub const RECENT_REACTIONS: u32 = 3;
/// `MaxAllowance` of the mock.
pub const ALLOWANCE: u32 = 5;
/// `AllowanceRegenPeriod` of the mock: one action every 20 blocks.
pub const REGEN: u64 = 100;
/// `TrendingHalfLife` of the mock.
pub const HALF_LIFE: u64 = 24;

/// The credits' verification domain in the mock.
pub const DOMAIN: DomainId = *b"credits\0";
/// First request id the mock verifier allocates.
pub const FIRST_REQUEST: RequestId = 100;
/// `VerificationBond` of the mock.
pub const BOND: CreditAmount = 10 * CREDIT;
/// `ValidationDelay` of the mock.
pub const VALIDATION_DELAY: u64 = 20;
/// `ChallengeWindow` of the mock.
pub const WINDOW: u64 = 10;
/// `MaxHostingPerNode` of the mock.
pub const MAX_HOSTING: u32 = 3;
/// `MaxVouches` of the mock.
pub const MAX_VOUCHES: u32 = 3;
/// `MaxVouchers` of the mock.
pub const MAX_VOUCHERS: u32 = 4;
/// `MaxVouchesCounted` of the mock.
pub const VOUCHES_COUNTED: u32 = 2;
/// `HostingUnit` of the mock: 100 MB.
pub const UNIT: u64 = 100_000_000;

/// A request opened with the mock verifier.
pub type OpenedRequest = (DomainId, H256, u64, RequestParams<u64, u128, u64>);

std::thread_local! {
	/// Requests opened so far.
	pub static OPENED: RefCell<Vec<OpenedRequest>> = const { RefCell::new(Vec::new()) };
}

/// Records opened requests, checking them against its limits.
pub struct MockVerifier;
impl VerificationProvider<u64, u128, u64> for MockVerifier {
	fn open_request(
		domain: DomainId,
		subject: H256,
		requester: &u64,
		params: RequestParams<u64, u128, u64>,
	) -> Result<RequestId, DispatchError> {
		Self::limits().check(requester, &params)?;
		Ok(OPENED.with(|o| {
			let mut opened = o.borrow_mut();
			let id = FIRST_REQUEST + opened.len() as u64;
			opened.push((domain, subject, *requester, params));
			id
		}))
	}

	fn cancel_request(_: RequestId, _: &u64) -> Result<Cancellation<u128>, DispatchError> {
		Ok(Cancellation { released: 0, forfeited: 0 })
	}

	fn request_view(id: RequestId) -> Option<RequestView<u64, u128, u64>> {
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
		EngineLimits::permissive()
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

/// Reports `decision` as the final outcome of `request`, with `votes`: each member, one seat,
/// its verdict (`None`: it never revealed). Returns the handler's weight.
pub fn decide(request: RequestId, decision: Decision, votes: &[(u64, Option<bool>)]) -> Weight {
	let participants = votes
		.iter()
		.map(|(who, vote)| Participant {
			who: *who,
			round: 0,
			seats: 1,
			weight: 1,
			vote: vote.map(|approve| Vote { verdict: Verdict::from_approval(approve), score: None }),
			coherent: true,
		})
		.collect::<Vec<_>>();
	let outcome = Outcome {
		decision,
		score: None,
		resolution: Resolution::DrawnPanel,
		appeals: 0,
		approval: Perbill::from_percent(100),
		participants: frame_support::BoundedVec::truncate_from(participants),
	};
	<Credits as VerificationOutcomeHandler<u64>>::on_outcome(DOMAIN, H256::zero(), request, &outcome)
}

parameter_types! {
	pub const Domain: DomainId = DOMAIN;
	pub const TrustPerVouch: Perbill = Perbill::from_percent(10);
	pub const TrustFloor: Perbill = Perbill::from_percent(10);
	pub const SwarmThreshold: Perbill = Perbill::from_percent(67);
	pub const RewardScaling: Perbill = Perbill::from_percent(95);
	pub const RecycleShare: Perbill = Perbill::from_percent(80);
	pub const HypeBurnShare: Perbill = Perbill::from_percent(80);
	pub const RoyaltyShare: Perbill = Perbill::from_percent(10);
	pub const DecayRate: Perbill = Perbill::from_percent(1);
}

impl pallet_credits::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuleOrigin = frame_system::EnsureRoot<u64>;
	type WeightInfo = ();
	type GenesisTotal = ConstU128<GENESIS_TOTAL>;
	type GenesisGrant = ConstU128<GRANT>;
	type EarlyGrant = ConstU128<EARLY_GRANT>;
	type EarlyParticipants = ConstU32<EARLY>;
	type ScalingStep = ConstU32<1000>;
	type RewardScaling = RewardScaling;
	type RecycleShare = RecycleShare;
	type HypeBurnShare = HypeBurnShare;
	type MinHype = ConstU128<CREDIT>;
	type MaxHype = ConstU128<{ 100 * CREDIT }>;
	type RoyaltyShare = RoyaltyShare;
	type BalanceCap = ConstU128<CAP>;
	type InactivityPeriod = ConstU64<INACTIVITY>;
	type DecayPeriod = ConstU64<DECAY_PERIOD>;
	type DecayRate = DecayRate;
	type BlocksPerDay = ConstU64<DAY>;
	type EnrollmentDeposit = ConstU128<DEPOSIT>;
	type MaxHistory = ConstU32<MAX_HISTORY>;
	type MaxLivePosts = ConstU32<MAX_LIVE_POSTS>;
	type PostLifetime = ConstU64<LIFETIME>;
	type MaxRecentReactions = ConstU32<RECENT_REACTIONS>;
	type MaxAllowance = ConstU32<ALLOWANCE>;
	type AllowanceRegenPeriod = ConstU64<REGEN>;
	type TrendingHalfLife = ConstU64<HALF_LIFE>;
	type Verifier = MockVerifier;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type Domain = Domain;
	type VerificationBond = ConstU128<BOND>;
	type ValidationDelay = ConstU64<VALIDATION_DELAY>;
	type MaxVouchers = ConstU32<MAX_VOUCHERS>;
	type MaxVouches = ConstU32<MAX_VOUCHES>;
	type TrustPerVouch = TrustPerVouch;
	type MaxVouchesCounted = ConstU32<VOUCHES_COUNTED>;
	type TrustFloor = TrustFloor;
	type SwarmThreshold = SwarmThreshold;
	type SwarmSeats = ConstU32<3>;
	type SwarmMinSeats = ConstU32<2>;
	type SwarmMinWeight = ConstU128<0>;
	type SwarmCommitPeriod = ConstU64<5>;
	type SwarmRevealPeriod = ConstU64<5>;
	type SwarmAppealPeriod = ConstU64<5>;
	type SwarmReward = ConstU128<5>;
	type MinHeartbeatHours = ConstU32<20>;
	type HostingUnit = ConstU64<UNIT>;
	type MaxHostingPerNode = ConstU32<MAX_HOSTING>;
	type MaxUnitsPerProof = ConstU32<10>;
	type ChallengeWindow = ConstU64<WINDOW>;
	type UptimeFullDays = ConstU32<30>;
	type HostingFullUnits = ConstU32<100>;
}

/// The fee [`TestFee`] takes, in ARETE units.
pub const FEE: u128 = 3;

std::thread_local! {
	/// Fees [`TestFee`] has taken.
	pub static FEES_TAKEN: RefCell<u128> = const { RefCell::new(0) };
}

/// A payment extension for the tests: refuses signers holding less than [`FEE`] free ARETE
/// (as the real one refuses an unfunded account) and counts the fees it takes.
#[derive(Clone, Eq, PartialEq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct TestFee;

impl TransactionExtension<RuntimeCall> for TestFee {
	const IDENTIFIER: &'static str = "TestFee";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, _: &RuntimeCall) -> Weight {
		Weight::zero()
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<RuntimeCall>,
		_call: &RuntimeCall,
		_info: &DispatchInfoOf<RuntimeCall>,
		_len: usize,
		_self_implicit: (),
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<(), RuntimeCall> {
		let who = frame_system::ensure_signed(origin.clone())
			.map_err(|_| InvalidTransaction::BadSigner)?;
		if Balances::balance(&who) < FEE {
			return Err(TransactionValidityError::Invalid(InvalidTransaction::Payment));
		}
		Ok((ValidTransaction { priority: 1, ..Default::default() }, (), origin))
	}

	fn prepare(
		self,
		_val: (),
		_origin: &DispatchOriginOf<RuntimeCall>,
		_call: &RuntimeCall,
		_info: &DispatchInfoOf<RuntimeCall>,
		_len: usize,
	) -> Result<(), TransactionValidityError> {
		FEES_TAKEN.with(|fees| *fees.borrow_mut() += FEE);
		Ok(())
	}
}

/// Accounts 1, 2 and 3 are genesis participants; accounts 1 to 9 hold 1,000 ARETE; account
/// 20 holds none.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=9).map(|who| (who, 1_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_credits::GenesisConfig::<Test> { participants: vec![1, 2, 3] }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` in a fresh test externality and checks the pallet's invariants after it.
pub fn run_test(test: impl FnOnce()) {
	OPENED.with(|o| o.borrow_mut().clear());
	new_test_ext().execute_with(|| {
		<Credits as frame_support::traits::Hooks<u64>>::integrity_test();
		test();
		Credits::do_try_state().expect("invariants hold after the test");
	});
}

/// The pallet's events, oldest first.
pub fn events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Credits(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// Moves to block `n` (the pallet has no block hooks).
pub fn run_to_block(n: u64) {
	System::set_block_number(n);
}
