//! End-to-end tests with the real `pallet-witnesses` as verifier: performances are verified by
//! commit-reveal attestations and finalized by the witnesses pallet, which calls the outcome
//! handler. Both pallets' invariants are checked after every test (the witnesses pallet's with
//! the `try-runtime` feature).

use crate as pallet_performance;
use crate::mock::impl_performance_config;
use crate::{
	pallet::{Athletes, Performances, PredictionPools},
	DomainId, Level, Metrics, PerformanceInput, PerformanceStatus, PredictionSide,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok, derive_impl, parameter_types,
	traits::{
		fungible::InspectHold, tokens::imbalance::ResolveTo, ConstU128, ConstU32, ConstU64,
		ConstU8, Hooks, Randomness, UnixTime,
	},
	weights::Weight,
	BoundedVec, PalletId,
};
use frame_system::EnsureRoot;
use pallet_witnesses::Role;
use sp_core::H256;
use sp_runtime::{BuildStorage, FixedU128, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Witnesses: pallet_witnesses,
		Performance: pallet_performance,
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

const DOMAIN: DomainId = *b"perform\0";
const TREASURY: u64 = 999;

thread_local! {
	/// Nonce mixed into the stand-in VRF output (another nonce plays another block author).
	static VRF_NONCE: core::cell::RefCell<u64> = const { core::cell::RefCell::new(0) };
}

/// A stand-in for the parent block's VRF output, deterministic in the block and the nonce.
pub struct TestRandomness;
impl Randomness<Option<H256>, u64> for TestRandomness {
	fn random(subject: &[u8]) -> (Option<H256>, u64) {
		let nonce = VRF_NONCE.with(|n| *n.borrow());
		let block = System::block_number();
		(Some(H256(sp_io::hashing::blake2_256(&(subject, block, nonce).encode()))), block)
	}
}

/// A fixed wall clock.
pub struct FixedTime;
impl UnixTime for FixedTime {
	fn now() -> core::time::Duration {
		core::time::Duration::from_secs(1_700_000_000)
	}
}

parameter_types! {
	pub const Treasury: u64 = TREASURY;
	pub const ClaimsDomain: DomainId = *b"claims\0\0";
	pub const Domain: DomainId = DOMAIN;
	pub const FivePercent: Perbill = Perbill::from_percent(5);
	pub const TenPercent: Perbill = Perbill::from_percent(10);
	pub const Half: Perbill = Perbill::from_percent(50);
	pub const Threshold: Perbill = Perbill::from_percent(60);
	pub MaxRoleMultiplier: FixedU128 = FixedU128::from_u32(10);
	pub const PerformancePalletId: PalletId = PalletId(*b"ar/perfm");
}

impl pallet_witnesses::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RoleOrigin = EnsureRoot<u64>;
	type DrawRandomness = TestRandomness;
	type OutcomeHandler = Performance;
	type SlashDestination = ResolveTo<Treasury, Balances>;
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
	type DissentSlash = FivePercent;
	type NoRevealSlash = TenPercent;
	type CredibilitySmoothing = TenPercent;
	type InitialCredibility = Half;
	type MinCredibility = FivePercent;
	type ScoreClipRange = TenPercent;
	type MaxRoleMultiplier = MaxRoleMultiplier;
	type ClaimsDomain = ClaimsDomain;
	type MinQuorumWeight = ConstU128<0>;
	type DrawDelay = ConstU64<3>;
	type RosterPeriod = ConstU64<10>;
	type RosterRetirement = ConstU64<100>;
	type RosterDeposit = ConstU64<50>;
	type MinClaimBond = ConstU64<50>;
	type MaxClaimBond = ConstU64<10_000>;
	type MinLiveness = ConstU64<5>;
	type DisputePanelShare = TenPercent;
	type MaxAppealRounds = ConstU8<2>;
	type AppealFeePerSeat = ConstU64<10>;
	type AppealDeposit = ConstU64<7>;
	type MaxPendingDuties = ConstU32<64>;
}

impl_performance_config!(Test {
	Verifier = Witnesses,
	UnixTime = FixedTime,
	SlashDestination = ResolveTo<Treasury, Balances>,
	RejectionSlash = TenPercent,
	ApprovalThreshold = Threshold,
	CommitPeriod = ConstU64<5>,
	RevealPeriod = ConstU64<5>,
	PredictionLockPeriod = ConstU64<6>,
	PredictionFee = TenPercent,
	PredictionAthleteShare = Half,
	ClaimLiveness = ConstU64<20>,
});

fn build_and_execute(test: impl FnOnce()) {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(u64, u64)> = (1..=30).map(|a| (a, 1_000_000)).collect();
	balances.push((TREASURY, 1));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_performance::GenesisConfig::<Test> {
		sports: vec![BoundedVec::truncate_from(b"hackysack".to_vec())],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		// The witnesses pallet exposes its invariants outside its own tests with try-runtime.
		#[cfg(feature = "try-runtime")]
		Witnesses::do_try_state().expect("witnesses invariants hold");
		Performance::do_try_state().expect("performance invariants hold");
	});
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn event() -> crate::PerformanceInputOf<Test> {
	PerformanceInput {
		sport: BoundedVec::truncate_from(b"hackysack".to_vec()),
		metrics: Metrics { score: 8_000, difficulty: 6_000, execution: 7_000 },
		location: None,
		competition: None,
		evidence: BoundedVec::truncate_from(b"bafy-clip".to_vec()),
		related: None,
		tags: BoundedVec::default(),
	}
}

/// Build the performance domain's roster from the witnesses registered now (account 29 pays
/// the deposit of the first one).
fn rotate() {
	assert_ok!(Witnesses::rotate_roster(signed(29), DOMAIN));
}

/// Run the witnesses pallet's initialization hooks up to block `n`.
fn init_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Witnesses::on_initialize(next);
	}
}

/// Move to the seed block of `request` and draw its panel.
fn draw(request: u64) {
	let seed_block = pallet_witnesses::Requests::<Test>::get(request).unwrap().draw.unwrap();
	init_to(seed_block.seed_block);
	assert_ok!(Witnesses::advance(signed(30), request));
}

/// The drawn seats of `request`, by account.
fn seats_of(request: u64) -> Vec<(u64, u32)> {
	let mut seats: Vec<(u64, u32)> =
		pallet_witnesses::Panels::<Test>::iter_prefix(request).collect();
	seats.sort();
	seats
}

/// Set the VRF nonce so that `submit` followed by the draw gives the panel `want` (found by
/// trying and rolling back). `submit` returns the performance id.
fn choose_panel(submit: impl Fn() -> u64, want: &[(u64, u32)]) {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	for nonce in 0..1_000 {
		VRF_NONCE.with(|n| *n.borrow_mut() = nonce);
		let found = with_transaction(|| {
			let request = request_of(submit());
			draw(request);
			TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(
				seats_of(request) == want,
			))
		})
		.unwrap();
		if found {
			return;
		}
	}
	panic!("no draw gives {want:?}");
}

/// Athlete 1 submits `event()` with reward 30 and the panel is drawn with one seat for each
/// of 7, 8 and 9 (at block 4: commit until 9, reveal until 14). Returns the request.
fn submit_with_full_panel() -> u64 {
	let submit = || {
		assert_ok!(Performance::submit_performance(signed(1), 1, event(), 30));
		crate::pallet::NextPerformanceId::<Test>::get() - 1
	};
	choose_panel(submit, &[(7, 1), (8, 1), (9, 1)]);
	let request = request_of(submit());
	draw(request);
	request
}

fn setup() {
	for who in [7, 8, 9] {
		assert_ok!(Witnesses::register(signed(who), Role::Judge, 1_000, BoundedVec::default()));
	}
	rotate();
	assert_ok!(Performance::register_athlete(
		signed(1),
		BoundedVec::truncate_from(b"Ada".to_vec()),
		BoundedVec::truncate_from(vec![BoundedVec::truncate_from(b"hackysack".to_vec())]),
		Some([1; 32])
	));
}

fn salt(who: u64) -> [u8; 32] {
	[who as u8; 32]
}

/// Commit now, reveal after the commit deadline, then move past the reveal deadline. The
/// commitments are bound to the performance domain, the request and the witness.
fn attest(request: u64, votes: &[(u64, bool, u32)]) {
	for (who, verdict, score) in votes {
		let commitment =
			Witnesses::commitment_of(DOMAIN, request, who, *verdict, Some(*score), &salt(*who));
		assert_ok!(Witnesses::commit(signed(*who), request, commitment));
	}
	let stored = pallet_witnesses::Requests::<Test>::get(request).unwrap();
	System::set_block_number(stored.commit_deadline + 1);
	for (who, verdict, score) in votes {
		assert_ok!(Witnesses::reveal(signed(*who), request, *verdict, Some(*score), salt(*who)));
	}
	System::set_block_number(stored.reveal_deadline + 1);
}

/// The last block of the appeal window of `request`, once its round is tallied.
fn appeal_until(request: u64) -> u64 {
	pallet_witnesses::Rounds::<Test>::get(request)
		.and_then(|round| round.appeal_until)
		.expect("tallied")
}

/// Past its reveal deadline: tally `request`'s round, wait out its appeal window (nobody
/// appeals) and make it final, which reports the outcome.
fn close(request: u64) {
	assert_ok!(Witnesses::advance(signed(30), request));
	System::set_block_number(appeal_until(request) + 1);
	assert_ok!(Witnesses::advance(signed(30), request));
}

fn request_of(id: u64) -> u64 {
	match Performances::<Test>::get(id).unwrap().status {
		PerformanceStatus::Pending { request } => request,
		status => panic!("{status:?}"),
	}
}

#[test]
fn integrity_tests_pass_together() {
	build_and_execute(|| {
		<Performance as Hooks<u64>>::integrity_test();
		<Witnesses as Hooks<u64>>::integrity_test();
	});
}

#[test]
fn witnesses_verify_a_performance_end_to_end() {
	build_and_execute(|| {
		setup();
		// The engine draws the panel three blocks later: 3 seats, one for each witness.
		let request = submit_with_full_panel();
		assert_eq!(seats_of(request), vec![(7, 1), (8, 1), (9, 1)]);
		// The reward (30), the witnesses' request deposit (5) and our deposit (50) are held.
		assert_eq!(Balances::free_balance(1), 1_000_000 - 100 - 50 - 30 - 5);
		assert_ok!(Performance::predict(signed(20), 0, PredictionSide::Success, 100));
		assert_ok!(Performance::predict(signed(21), 0, PredictionSide::Failure, 40));
		attest(request, &[(7, true, 9_000), (8, true, 9_100), (9, false, 2_000)]);
		close(request);

		let perf = Performances::<Test>::get(0).unwrap();
		assert!(matches!(perf.status, PerformanceStatus::Verified { .. }));
		let PerformanceStatus::Verified { score } = perf.status else { unreachable!() };
		assert!((9_000..=9_100).contains(&score));
		assert_eq!(perf.witnesses.len(), 2);
		assert!(perf.witnesses.contains(&7) && perf.witnesses.contains(&8));
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!((profile.verified, profile.level), (1, Level::Regional));
		// Request deposit and unpaid reward released (our deposit stays held with the record);
		// the reward went to 7 and 8; the athlete received half the prediction fee (10% of
		// 40 = 4 → 2).
		assert_eq!(
			Balances::balance_on_hold(&crate::HoldReason::PerformanceDeposit.into(), &1),
			50
		);
		assert!(Balances::free_balance(7) > 1_000_000 - 1_000);
		assert!(PredictionPools::<Test>::get(0).unwrap().settlement.is_some());
		assert_ok!(Performance::claim_prediction(signed(20), 0));
		assert_eq!(Balances::free_balance(20), 1_000_000 - 1 + 36);
		// The export works on the real outcome.
		let nostr = Performance::nostr_event(0).unwrap();
		assert_eq!(nostr.kind, 1337);
		assert_eq!(nostr.tags.len(), 4);
		let first = String::from_utf8(nostr.tags[1][1].clone()).unwrap();
		assert!([7u64, 8].iter().any(|w| crate::nostr::hex(&w.encode()) == first));
	});
}

#[test]
fn idle_hook_finalization_rejects_and_slashes() {
	build_and_execute(|| {
		setup();
		let request = submit_with_full_panel();
		attest(request, &[(7, false, 1_000), (8, false, 1_200)]);
		// Tallied, then finalized after the appeal window, by the witnesses pallet's idle hook
		// (no dispatch around it).
		Witnesses::on_idle(System::block_number(), Weight::MAX);
		System::set_block_number(appeal_until(request) + 1);
		Witnesses::on_idle(System::block_number(), Weight::MAX);
		assert_eq!(Performances::<Test>::get(0).unwrap().status, PerformanceStatus::Rejected);
		// 10% of the deposit went to the treasury, and 10% of the bond of 9, drawn and silent
		// (a drawn member who never commits is slashed like one who never reveals).
		assert_eq!(Balances::free_balance(TREASURY), 1 + 5 + 100);
		let silent = pallet_witnesses::Witnesses::<Test>::get(9).unwrap();
		assert_eq!((silent.bond, silent.stats.missed_reveals), (900, 1));
		assert_eq!(Athletes::<Test>::get(1).unwrap().pending, 0);
	});
}

#[test]
fn verifier_errors_leave_state_untouched() {
	build_and_execute(|| {
		assert_ok!(Witnesses::register(signed(7), Role::Judge, 1_000, BoundedVec::default()));
		assert_ok!(Performance::register_athlete(
			signed(1),
			BoundedVec::truncate_from(b"Ada".to_vec()),
			BoundedVec::truncate_from(vec![BoundedVec::truncate_from(b"hackysack".to_vec())]),
			None
		));
		// No roster yet: nothing to draw from.
		assert_noop!(
			Performance::submit_performance(signed(1), 1, event(), 30),
			pallet_witnesses::Error::<Test>::NoRoster
		);
		// One candidate for a quorum of two: the engine refuses to draw.
		rotate();
		assert_noop!(
			Performance::submit_performance(signed(1), 1, event(), 30),
			pallet_witnesses::Error::<Test>::NotEnoughWitnesses
		);
		assert_ok!(Witnesses::register(signed(8), Role::Judge, 1_000, BoundedVec::default()));
		// The newcomer counts from the next rotation.
		System::set_block_number(11);
		rotate();
		assert_ok!(Performance::submit_performance(signed(1), 1, event(), 30));
		let request = request_of(0);
		draw(request);
		// Nobody reveals: inconclusive, everything released but our deposit, held until the
		// record is reaped.
		let stored = pallet_witnesses::Requests::<Test>::get(request).unwrap();
		System::set_block_number(stored.reveal_deadline + 1);
		close(request);
		assert_eq!(Performances::<Test>::get(0).unwrap().status, PerformanceStatus::Inconclusive);
		assert_eq!(Balances::free_balance(1), 1_000_000 - 100 - 50);
	});
}

/// Attack 2 of issue 10, the athlete's part: an athlete that is itself a heavy witness could
/// attest its own performance when a delegate submitted it. Now the athlete and its delegates
/// are excluded from the draw, however heavy.
#[test]
fn athlete_and_delegates_never_sit_on_their_panel() {
	build_and_execute(|| {
		setup();
		// The athlete and a second delegate are witnesses with ten times the others' bond.
		assert_ok!(Witnesses::register(signed(1), Role::Judge, 10_000, BoundedVec::default()));
		assert_ok!(Witnesses::register(signed(3), Role::Judge, 10_000, BoundedVec::default()));
		assert_ok!(Performance::add_delegate(signed(1), 2));
		assert_ok!(Performance::add_delegate(signed(1), 3));
		// The roster counts them from its next rotation.
		System::set_block_number(11);
		rotate();
		for i in 0..5u32 {
			System::set_block_number(20 + u64::from(i) * 20);
			let mut e = event();
			e.metrics.score = 1_000 + i;
			assert_ok!(Performance::submit_performance(signed(2), 1, e, 30));
			let id = crate::pallet::NextPerformanceId::<Test>::get() - 1;
			let request = request_of(id);
			draw(request);
			let panel = seats_of(request);
			assert_eq!(panel.iter().map(|(_, s)| s).sum::<u32>(), 3);
			assert!(panel.iter().all(|(who, _)| ![1, 2, 3].contains(who)));
			let commitment =
				Witnesses::commitment_of(DOMAIN, request, &1, true, Some(10_000), &salt(1));
			assert_noop!(
				Witnesses::commit(signed(1), request, commitment),
				pallet_witnesses::Error::<Test>::NotOnPanel
			);
		}
	});
}

#[test]
fn submitter_cannot_cancel_its_performance_request() {
	build_and_execute(|| {
		setup();
		// Before the draw nobody knows who votes: no pool yet.
		assert_ok!(Performance::submit_performance(signed(1), 1, event(), 30));
		assert_noop!(
			Performance::predict(signed(20), 0, PredictionSide::Success, 100),
			crate::Error::<Test>::NoDrawnPanel
		);
		draw(request_of(0));
		let request = submit_with_full_panel();
		assert_eq!(request_of(1), request);
		assert_ok!(Performance::predict(signed(20), 1, PredictionSide::Success, 100));
		// A member of the drawn panel cannot stake on what it votes on.
		assert_noop!(
			Performance::predict(signed(7), 1, PredictionSide::Success, 100),
			crate::Error::<Test>::NotAllowedToPredict
		);
		// The submitter is the requester, but the request belongs to the performance pallet:
		// cancelling it would leave the performance (and the prediction pool) pending forever.
		assert_noop!(
			Witnesses::cancel_request(signed(1), request),
			pallet_witnesses::Error::<Test>::NotAClaimRequest
		);
		assert_eq!(
			Performances::<Test>::get(1).unwrap().status,
			PerformanceStatus::Pending { request }
		);
		assert!(pallet_witnesses::Requests::<Test>::contains_key(request));
		// Verification goes on and settles everything.
		attest(request, &[(7, true, 9_000), (8, true, 9_100)]);
		close(request);
		assert!(matches!(
			Performances::<Test>::get(1).unwrap().status,
			PerformanceStatus::Verified { .. }
		));
		// The first performance is still pending (its panel never voted).
		assert_eq!(Athletes::<Test>::get(1).unwrap().pending, 1);
		assert_ok!(Performance::claim_prediction(signed(20), 1));
		assert!(PredictionPools::<Test>::get(1).is_none());
	});
}

/// Hold of `reason` of the witnesses pallet on `who`.
fn witnesses_hold(reason: pallet_witnesses::HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

#[test]
fn an_undisputed_claim_stands_end_to_end() {
	use verification_primitives::{Phase, RequestMode, VerificationProvider};
	build_and_execute(|| {
		setup();
		assert_ok!(Performance::claim_performance(signed(1), 1, event(), 30, 50));
		let request = request_of(0);
		// The engine holds the bond, the reward and its request deposit; we hold our deposit.
		assert_eq!(witnesses_hold(pallet_witnesses::HoldReason::ClaimBond, 1), 50);
		assert_eq!(Balances::free_balance(1), 1_000_000 - 100 - 50 - 30 - 5 - 50);
		let view = <Witnesses as VerificationProvider<u64, u64, u64>>::request_view(request)
			.expect("the claim is open");
		assert_eq!(view.mode, RequestMode::Optimistic);
		let Phase::Liveness { until } = view.phase else { panic!("{:?}", view.phase) };
		// Pools are open from the claim on; with no panel, a witness may stake too.
		assert_ok!(Performance::predict(signed(20), 0, PredictionSide::Success, 100));
		assert_ok!(Performance::predict(signed(21), 0, PredictionSide::Failure, 40));
		assert_ok!(Performance::predict(signed(7), 0, PredictionSide::Failure, 10));
		assert_noop!(
			Performance::predict(signed(1), 0, PredictionSide::Success, 100),
			crate::Error::<Test>::NotAllowedToPredict
		);

		// Nobody disputes: once the window is over, anyone lets the claim stand.
		init_to(until + 1);
		assert_ok!(Witnesses::advance(signed(30), request));
		let perf = Performances::<Test>::get(0).unwrap();
		assert_eq!(perf.status, PerformanceStatus::Verified { score: 8_000 });
		assert!(perf.witnesses.is_empty());
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!((profile.verified, profile.pending, profile.level), (1, 0, Level::Regional));
		// Everything held is back but our deposit (held with the record), and the athlete
		// received the whole prediction fee (10% of 50: no witness to share it with).
		assert_eq!(witnesses_hold(pallet_witnesses::HoldReason::ClaimBond, 1), 0);
		assert_eq!(
			Balances::balance_on_hold(&crate::HoldReason::PerformanceDeposit.into(), &1),
			50
		);
		assert_eq!(Balances::free_balance(1), 1_000_000 - 100 - 50 + 5);
		assert_ok!(Performance::claim_prediction(signed(20), 0));
		assert_eq!(Balances::free_balance(20), 1_000_000 - 1 + 45);
	});
}

#[test]
fn a_disputed_claim_is_decided_by_a_drawn_panel_end_to_end() {
	build_and_execute(|| {
		setup();
		assert_ok!(Performance::claim_performance(signed(1), 1, event(), 30, 50));
		let request = request_of(0);
		assert_ok!(Performance::predict(signed(20), 0, PredictionSide::Success, 100));
		// The claimant cannot dispute its own claim; anyone else can, with a matching bond.
		assert_noop!(
			Witnesses::dispute(signed(1), request),
			pallet_witnesses::Error::<Test>::SelfDispute
		);
		assert_ok!(Witnesses::dispute(signed(21), request));
		assert_eq!(witnesses_hold(pallet_witnesses::HoldReason::DisputeBond, 21), 50);
		// While the dispute panel is drawn nobody knows who votes: no stakes.
		assert_noop!(
			Performance::predict(signed(22), 0, PredictionSide::Failure, 40),
			crate::Error::<Test>::NoDrawnPanel
		);
		draw(request);
		let panel = seats_of(request);
		assert_eq!(panel.iter().map(|(_, s)| s).sum::<u32>(), 3);
		// Then it is a drawn-panel performance: its members may not stake, others may.
		for (who, _) in &panel {
			assert_noop!(
				Performance::predict(signed(*who), 0, PredictionSide::Failure, 40),
				crate::Error::<Test>::NotAllowedToPredict
			);
		}
		assert_ok!(Performance::predict(signed(22), 0, PredictionSide::Failure, 40));

		// The panel rejects the performance: the claim is overturned.
		let votes: Vec<(u64, bool, u32)> = panel.iter().map(|(who, _)| (*who, false, 0)).collect();
		attest(request, &votes);
		close(request);
		assert_eq!(Performances::<Test>::get(0).unwrap().status, PerformanceStatus::Rejected);
		assert_eq!(Athletes::<Test>::get(1).unwrap().pending, 0);
		// The disputer's bond is back with the claimant's, less the panel's 10% share (its
		// rounding by seats goes to the disputer too).
		assert_eq!(witnesses_hold(pallet_witnesses::HoldReason::ClaimBond, 1), 0);
		assert_eq!(witnesses_hold(pallet_witnesses::HoldReason::DisputeBond, 21), 0);
		let settled = System::events().into_iter().find_map(|r| match r.event {
			RuntimeEvent::Witnesses(pallet_witnesses::Event::ClaimSettled {
				result,
				to_winner,
				to_panel,
				..
			}) => Some((result, to_winner, to_panel)),
			_ => None,
		});
		let Some((result, to_winner, to_panel)) = settled else { panic!("claim not settled") };
		assert_eq!(result, pallet_witnesses::ClaimResult::Overturned);
		assert_eq!(to_winner + to_panel, 50);
		assert!(to_panel <= 5);
		assert_eq!(Balances::free_balance(21), 1_000_000 + to_winner);
		// The pool goes to the failure side.
		let pool = PredictionPools::<Test>::get(0).unwrap();
		assert!(matches!(
			pool.settlement,
			Some(crate::Settlement::Won { side: PredictionSide::Failure, .. })
		));
		assert_ok!(Performance::claim_prediction(signed(22), 0));
		assert_ok!(Performance::claim_prediction(signed(20), 0));
		assert!(PredictionPools::<Test>::get(0).is_none());
	});
}
