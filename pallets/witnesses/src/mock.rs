//! Test runtime for the witnesses pallet.

use crate as pallet_witnesses;
use crate::{primitives, DomainId, Event, Outcome, RequestId, VerificationOutcomeHandler};
use codec::Encode;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{
		tokens::imbalance::ResolveTo, ConstU128, ConstU32, ConstU64, ConstU8, Hooks, Randomness,
	},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::{BuildStorage, FixedU128, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Witnesses: pallet_witnesses,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU64<1>;
}

/// Account receiving slashes.
pub const SLASH_ACCOUNT: u64 = 999;
/// The claims domain.
pub const CLAIMS: DomainId = *b"claims\0\0";
/// Another domain.
pub const SPORTS: DomainId = *b"sports\0\0";
/// Weight the mock outcome handler reports.
pub const HANDLER_WEIGHT: u64 = 1_000;

parameter_types! {
	pub const SlashAccount: u64 = SLASH_ACCOUNT;
	pub const ClaimsDomain: DomainId = CLAIMS;
	pub const DissentSlash: Perbill = Perbill::from_percent(10);
	pub const NoRevealSlash: Perbill = Perbill::from_percent(20);
	pub const CredibilitySmoothing: Perbill = Perbill::from_percent(20);
	pub const InitialCredibility: Perbill = Perbill::from_percent(50);
	pub const MinCredibility: Perbill = Perbill::from_percent(1);
	pub const ScoreClipRange: Perbill = Perbill::from_percent(10);
	pub const DisputePanelShare: Perbill = Perbill::from_percent(20);
	pub MaxRoleMultiplier: FixedU128 = FixedU128::from_u32(10);
	pub OutcomeHandlerWeight: Weight = Weight::from_parts(10_000_000, 1_000);
}

/// One finalization: domain, subject, request and the engine's outcome (from its event).
pub type OutcomeRecord = (DomainId, H256, RequestId, Outcome<u64>);

/// One outcome handler call, with the client's view of the outcome.
pub type ClientOutcomeRecord = (DomainId, H256, RequestId, primitives::Outcome<u64>);

thread_local! {
	/// Outcomes reported to the mock handler.
	pub static OUTCOMES: RefCell<Vec<ClientOutcomeRecord>> = const { RefCell::new(Vec::new()) };
	/// Nonce mixed into the mock randomness.
	pub static RANDOM_NONCE: RefCell<u64> = const { RefCell::new(0) };
}

/// A client owning the `SPORTS` domain that records every outcome it is given.
pub struct RecordingHandler;
impl VerificationOutcomeHandler<u64> for RecordingHandler {
	fn domains() -> Vec<DomainId> {
		vec![SPORTS]
	}

	fn on_outcome(
		domain: DomainId,
		subject: H256,
		request: RequestId,
		outcome: &primitives::Outcome<u64>,
	) -> Weight {
		OUTCOMES.with(|o| o.borrow_mut().push((domain, subject, request, outcome.clone())));
		Weight::from_parts(HANDLER_WEIGHT, 0)
	}

	fn max_outcome_weight() -> Weight {
		OutcomeHandlerWeight::get()
	}
}

/// Every finalization so far (claims domain included), from the engine's events.
pub fn outcomes() -> Vec<OutcomeRecord> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Witnesses(Event::RequestFinalized { id, domain, subject, outcome }) => {
				Some((domain, subject, id, outcome))
			},
			_ => None,
		})
		.collect()
}

/// The outcomes the client handler received (client domains only).
pub fn client_outcomes() -> Vec<ClientOutcomeRecord> {
	OUTCOMES.with(|o| o.borrow().clone())
}

/// A stand-in for the parent block's VRF output: deterministic in the subject, the block
/// number and a settable nonce (changing the nonce plays a different block author).
pub struct TestRandomness;
impl Randomness<Option<H256>, u64> for TestRandomness {
	fn random(subject: &[u8]) -> (Option<H256>, u64) {
		let nonce = RANDOM_NONCE.with(|n| *n.borrow());
		let block = System::block_number();
		(Some(H256(sp_io::hashing::blake2_256(&(subject, block, nonce).encode()))), block)
	}
}

/// Make the mock VRF output of the coming blocks depend on `nonce`.
pub fn set_vrf_nonce(nonce: u64) {
	RANDOM_NONCE.with(|n| *n.borrow_mut() = nonce);
}

impl pallet_witnesses::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RoleOrigin = EnsureRoot<u64>;
	type DrawRandomness = TestRandomness;
	type OutcomeHandler = (RecordingHandler, ());
	type SlashDestination = ResolveTo<SlashAccount, Balances>;
	type WeightInfo = ();
	type MinimumBond = ConstU64<100>;
	type UnbondingPeriod = ConstU64<10>;
	type MaxDomainsPerWitness = ConstU32<4>;
	type MaxWitnessesPerDomain = ConstU32<16>;
	type MaxWitnessesPerRequest = ConstU32<10>;
	type MaxPanelSize = ConstU32<8>;
	type MinCommitPeriod = ConstU64<1>;
	type MinRevealPeriod = ConstU64<1>;
	type MaxRequestDuration = ConstU64<1_000>;
	type RequestDeposit = ConstU64<5>;
	type DissentSlash = DissentSlash;
	type NoRevealSlash = NoRevealSlash;
	type CredibilitySmoothing = CredibilitySmoothing;
	type InitialCredibility = InitialCredibility;
	type MinCredibility = MinCredibility;
	type ScoreClipRange = ScoreClipRange;
	type MaxRoleMultiplier = MaxRoleMultiplier;
	type ClaimsDomain = ClaimsDomain;
	type MinQuorumWeight = ConstU128<10>;
	type DrawDelay = ConstU64<DRAW_DELAY>;
	type RosterPeriod = ConstU64<10>;
	type RosterRetirement = ConstU64<100>;
	type RosterDeposit = ConstU64<ROSTER_DEPOSIT>;
	type MinClaimBond = ConstU64<MIN_CLAIM_BOND>;
	type MaxClaimBond = ConstU64<MAX_CLAIM_BOND>;
	type MinLiveness = ConstU64<MIN_LIVENESS>;
	type DisputePanelShare = DisputePanelShare;
	type MaxAppealRounds = ConstU8<MAX_APPEAL_ROUNDS>;
	type AppealFeePerSeat = ConstU64<APPEAL_FEE_PER_SEAT>;
	type AppealDeposit = ConstU64<APPEAL_DEPOSIT>;
	type MaxPendingDuties = ConstU32<MAX_PENDING_DUTIES>;
}

/// Most pending duties of a witness.
pub const MAX_PENDING_DUTIES: u32 = 5;
/// Most appeal rounds of a request.
pub const MAX_APPEAL_ROUNDS: u8 = 2;
/// Appeal fee per seat of the next panel.
pub const APPEAL_FEE_PER_SEAT: u64 = 10;
/// Deposit of an appeal round.
pub const APPEAL_DEPOSIT: u64 = 7;

/// Least bond of an optimistic claim.
pub const MIN_CLAIM_BOND: u64 = 100;
/// Most bond of an optimistic claim.
pub const MAX_CLAIM_BOND: u64 = 1_000;
/// Shortest liveness window of a claim.
pub const MIN_LIVENESS: u64 = 5;

/// Blocks between opening a drawn request and its seed block.
pub const DRAW_DELAY: u64 = 3;
/// Deposit for a domain's rosters.
pub const ROSTER_DEPOSIT: u64 = 50;

/// Accounts 1..=30 start with 1_000_000 each (plus the slash account with 1); 1000 and up
/// are free for the benchmarks.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(u64, u64)> = (1..=30).map(|a| (a, 1_000_000)).collect();
	balances.push((SLASH_ACCOUNT, 1));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		OUTCOMES.with(|o| o.borrow_mut().clear());
		RANDOM_NONCE.with(|n| *n.borrow_mut() = 0);
	});
	ext
}

/// Test externalities builder that checks the pallet's invariants after every test.
pub struct ExtBuilder;
impl ExtBuilder {
	/// Run `test`, then `Witnesses::do_try_state()`.
	pub fn build_and_execute(test: impl FnOnce()) {
		new_test_ext().execute_with(|| {
			test();
			Witnesses::do_try_state().expect("try_state invariants hold after the test");
		});
	}
}

/// Advance to block `n`, running the idle hook of each block passed with unlimited weight and
/// the initialization hook of each block entered.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let now = System::block_number();
		Witnesses::on_idle(now, Weight::MAX);
		System::set_block_number(now + 1);
		Witnesses::on_initialize(now + 1);
	}
}

/// Advance to block `n` running only the initialization hooks (seeds are made, nothing is
/// drawn or finalized by the idle hook).
pub fn init_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Witnesses::on_initialize(next);
	}
}

/// Advance to block `n` without running hooks.
pub fn jump_to_block(n: u64) {
	System::set_block_number(n);
}
