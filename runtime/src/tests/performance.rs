//! Proof of Performance as configured in this runtime: a HackySack trick verified by a panel
//! of three seats drawn among real witnesses on the development genesis, with its challenge
//! prize (claimed after the verification), prediction pool, career records and Nostr export. The pallet's unit tests cover
//! every call and error in a mock; this test checks the wiring (verifier, outcome handler,
//! holds, constants).

use frame_support::{
	assert_ok,
	traits::{fungible::Inspect, Get},
	BoundedVec,
};
use pallet_performance::{
	ChallengeCriteria, Level, Metrics, PerformanceInputOf, PerformanceStatus, PredictionSide,
	RankEntry,
};
use pallet_witnesses::{primitives, Role, VerificationOutcomeHandler};
use sp_keyring::Sr25519Keyring::{self, *};

use super::witnesses::{
	account, commit, panel_drawn, register, reveal, rotate_roster, run_on_dev_chain, run_to,
	seed_block, BOND,
};
use crate::{
	configs::{performance::PerformanceDomain, RuntimeBlockWeights},
	currency::{ARETE, EXISTENTIAL_DEPOSIT},
	genesis_config_presets::DEV_ENDOWMENT,
	AccountId, Balance, Balances, Performance, Runtime, RuntimeEvent, RuntimeOrigin, System,
	Witnesses,
};

type PerformanceEvent = pallet_performance::Event<Runtime>;

const REWARD: u128 = 3 * ARETE;
const ESCROW: u128 = 50 * ARETE;
const NOSTR_KEY: [u8; 32] = [0x11; 32];

fn performance_events() -> Vec<PerformanceEvent> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Performance(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn bounded<S: frame_support::traits::Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	BoundedVec::try_from(bytes.to_vec()).expect("within bound")
}

fn trick() -> PerformanceInputOf<Runtime> {
	PerformanceInputOf::<Runtime> {
		sport: bounded(b"hackysack"),
		metrics: Metrics { score: 8_000, difficulty: 7_500, execution: 8_500 },
		location: None,
		competition: None,
		evidence: bounded(b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"),
		related: None,
		tags: BoundedVec::try_from(vec![bounded(b"hackysack"), bounded(b"trick")])
			.expect("two tags"),
	}
}

fn free(who: Sr25519Keyring) -> u128 {
	Balances::balance(&account(who))
}

/// The engine's consensus score of a drawn panel: the weighted lower median of the revealed
/// `(score, seats)`, each seat one vote (the scores here are all within the clip range of one
/// another, so clipping keeps them all).
fn seat_median(mut scores: Vec<(u32, u32)>) -> u32 {
	scores.sort();
	let total: u32 = scores.iter().map(|(_, seats)| *seats).sum();
	let mut cumulative = 0;
	for (score, seats) in scores.iter() {
		cumulative += *seats;
		if 2 * cumulative >= total {
			return *score;
		}
	}
	panic!("no score revealed")
}

#[test]
fn a_hackysack_trick_is_verified_and_pays_its_challenge_and_prediction_pool() {
	run_on_dev_chain(|| {
		let ferdie = account(Ferdie);
		assert_ok!(Performance::register_athlete(
			RuntimeOrigin::signed(ferdie.clone()),
			bounded(b"Ferdie"),
			BoundedVec::try_from(vec![bounded(b"hackysack")]).expect("one sport"),
			Some(NOSTR_KEY),
		));
		for who in [Bob, Charlie, Dave] {
			register(who, Role::Peer);
		}
		// Witnesses registered for every domain serve performance requests; the domain's
		// roster freezes them as the candidates of its draws.
		assert_eq!(Witnesses::eligible_witnesses(PerformanceDomain::get()).len(), 3);
		rotate_roster(PerformanceDomain::get());

		// Eve sponsors one prize for a verified HackySack score of at least 7.000.
		assert_ok!(Performance::create_challenge(
			RuntimeOrigin::signed(account(Eve)),
			ChallengeCriteria {
				sport: bounded(b"hackysack"),
				min_score: 7_000,
				min_difficulty: 5_000,
				min_level: Level::Local,
				deadline: 100,
				winners: 1,
			},
			ESCROW,
		));

		let ferdie_before = free(Ferdie);
		// The engine draws the panel a few blocks later: three seats among the three
		// candidates of the roster, with replacement.
		let seed_block = seed_block();
		assert_ok!(Performance::submit_performance(
			RuntimeOrigin::signed(ferdie.clone()),
			ferdie.clone(),
			trick(),
			REWARD,
		));
		let (id, request) = performance_events()
			.into_iter()
			.find_map(|event| match event {
				PerformanceEvent::PerformanceSubmitted { id, request, .. } => Some((id, request)),
				_ => None,
			})
			.expect("submitted");

		// The idle hook of the seed block draws the panel; its windows count from the draw.
		run_to(seed_block);
		let (members, commit_deadline, reveal_deadline) = panel_drawn(request);
		assert_eq!(members.iter().map(|(_, seats)| *seats).sum::<u32>(), 3);
		let scores = [(Bob, 8_000), (Charlie, 8_200), (Dave, 8_100)];
		// The drawn witnesses with their seats and the scores they give.
		let panel: Vec<(Sr25519Keyring, u32, u32)> = scores
			.into_iter()
			.filter_map(|(who, score)| {
				pallet_witnesses::Panels::<Runtime>::get(request, account(who))
					.map(|seats| (who, seats, score))
			})
			.collect();
		assert_eq!(panel.len(), members.len());
		let expected =
			seat_median(panel.iter().map(|(_, seats, score)| (*score, *seats)).collect());

		// Alice backs the trick, Eve bets against it, both before the lock.
		let (alice_before, eve_before) = (free(Alice), free(Eve));
		assert_ok!(Performance::predict(
			RuntimeOrigin::signed(account(Alice)),
			id,
			PredictionSide::Success,
			10 * ARETE
		));
		assert_ok!(Performance::predict(
			RuntimeOrigin::signed(account(Eve)),
			id,
			PredictionSide::Failure,
			20 * ARETE
		));

		// Commit phase: two minutes (20 blocks) from the draw; reveal phase one minute after
		// it; finalization in the idle hook of the first block after that.
		assert_eq!(commit_deadline, seed_block + 20);
		assert_eq!(reveal_deadline, commit_deadline + 10);
		for (who, _, score) in panel.iter() {
			commit(*who, request, true, *score);
		}
		run_to(commit_deadline + 1);
		for (who, _, score) in panel.iter() {
			reveal(*who, request, true, *score);
		}
		System::reset_events();
		// Tallied after the reveal deadline, final after the appeal window.
		run_to(reveal_deadline + appeal_period() + 3);

		let events = performance_events();
		// Each seat is one vote: the score is the median of the seats' scores (8_100 when
		// each witness holds one seat).
		assert!(events.contains(&PerformanceEvent::PerformanceVerified {
			id,
			athlete: ferdie.clone(),
			score: expected,
		}));
		let perf = Performance::performance_view(id).expect("kept");
		assert_eq!(perf.status, PerformanceStatus::Verified { score: expected });

		// Career: history, personal best, the local leaderboard, and a level up (8.0 to 8.2,
		// at least 6.0).
		let athlete = Performance::athlete_view(&ferdie).expect("registered");
		assert_eq!((athlete.history, athlete.verified, athlete.pending), (vec![id], 1, 0));
		assert_eq!(athlete.level, Level::Regional);
		assert_eq!(
			Performance::leaderboard(b"hackysack".to_vec(), Level::Local),
			vec![RankEntry { athlete: ferdie.clone(), score: expected, performance: id }]
		);

		// Challenges are claimed pull-wise: the verification paid none, Eve's escrow is still
		// held. Anyone claims the prize for the trick (Alice here; calls in these tests pay no
		// transaction fees): it moves from Eve's escrow hold to Ferdie, completing the
		// challenge.
		assert!(!events
			.iter()
			.any(|event| matches!(event, PerformanceEvent::ChallengePrizePaid { .. })));
		let escrow_held = |who: &AccountId| {
			<Balances as frame_support::traits::fungible::InspectHold<AccountId>>::balance_on_hold(
				&crate::RuntimeHoldReason::Performance(
					pallet_performance::HoldReason::ChallengeEscrow,
				),
				who,
			)
		};
		assert_eq!(escrow_held(&account(Eve)), ESCROW);
		let (ferdie_verified, eve_verified) = (free(Ferdie), free(Eve));
		System::reset_events();
		assert_ok!(Performance::claim_challenge(RuntimeOrigin::signed(account(Alice)), 0, id));
		assert_eq!(
			performance_events(),
			vec![
				PerformanceEvent::ChallengePrizePaid {
					id: 0,
					athlete: ferdie.clone(),
					performance: id,
					amount: ESCROW,
				},
				PerformanceEvent::ChallengeCompleted { id: 0 },
			]
		);
		assert_eq!(escrow_held(&account(Eve)), 0);
		assert_eq!(free(Eve), eve_verified);
		assert_eq!(free(Ferdie), ferdie_verified + ESCROW);

		// The pool settled for Success; the 5 % fee on Eve's 20 ARETE went half to Ferdie and
		// half to the agreeing witnesses.
		let fee_paid: u128 = events
			.iter()
			.filter_map(|event| match event {
				PerformanceEvent::PredictionFeePaid { amount, .. } => Some(*amount),
				_ => None,
			})
			.sum();
		assert_eq!(fee_paid, ARETE);
		let athlete_fee = events
			.iter()
			.find_map(|event| match event {
				PerformanceEvent::PredictionFeePaid { who, amount, .. } if *who == ferdie => {
					Some(*amount)
				},
				_ => None,
			})
			.expect("athlete's share");
		assert!(athlete_fee >= ARETE / 2);
		// Ferdie paid the witness reward (the three seats took all of it, one third each), and
		// got the prize and his fee share; the request deposit came back, the performance
		// deposit stays held while the verified record lives.
		let deposit: Balance = <Runtime as pallet_performance::Config>::PerformanceDeposit::get();
		assert_eq!(free(Ferdie), ferdie_before - REWARD + ESCROW + athlete_fee - deposit);
		for (who, seats, _) in panel.iter() {
			let (who, seats) = (*who, u128::from(*seats));
			let fee_share = events
				.iter()
				.find_map(|event| match event {
					PerformanceEvent::PredictionFeePaid { who: w, amount, .. }
						if *w == account(who) =>
					{
						Some(*amount)
					},
					_ => None,
				})
				.expect("witness's fee share");
			assert_eq!(free(who), DEV_ENDOWMENT - BOND + REWARD / 3 * seats + fee_share);
		}
		// A witness the draw left out neither earned nor lost anything.
		for (who, _) in scores {
			if !panel.iter().any(|(member, _, _)| *member == who) {
				assert_eq!(free(who), DEV_ENDOWMENT - BOND);
			}
		}

		// Alice wins her stake back plus the rest of Eve's; Eve's claim pays nothing.
		assert_ok!(Performance::claim_prediction(RuntimeOrigin::signed(account(Alice)), id));
		assert_ok!(Performance::claim_prediction(RuntimeOrigin::signed(account(Eve)), id));
		// Alice staked 10 and gets 29 (her stake and Eve's 20 less the 1 ARETE fee). As the
		// first staker she also seeded the pot with the existential deposit, which stays there.
		assert_eq!(free(Alice), alice_before - EXISTENTIAL_DEPOSIT - 10 * ARETE + 29 * ARETE);
		assert_eq!(free(Eve), eve_before - 20 * ARETE);
		assert!(pallet_performance::PredictionPools::<Runtime>::get(id).is_none());

		// The Nostr export names the athlete's key.
		let nostr = Performance::nostr_event(id).expect("verified with a Nostr key");
		assert_eq!((nostr.kind, nostr.pubkey), (1337, NOSTR_KEY));
	});
}

#[test]
fn the_witnesses_budget_covers_the_performance_outcome_handler() {
	let performance = Performance::max_outcome_weight();
	assert!(performance.ref_time() > 0);
	// The engine charges its handlers' bound: the largest of the runtime's clients' bounds.
	let handler = performance
		.max(crate::Agents::max_outcome_weight())
		.max(crate::Credits::max_outcome_weight())
		.max(crate::Streaming::max_outcome_weight());
	type Handlers = <Runtime as pallet_witnesses::Config>::OutcomeHandler;
	assert_eq!(<Handlers as VerificationOutcomeHandler<AccountId>>::max_outcome_weight(), handler);
	// One finalization, handler included, fits comfortably in a block's normal class.
	let max_extrinsic = RuntimeBlockWeights::get()
		.get(frame_support::dispatch::DispatchClass::Normal)
		.max_extrinsic
		.expect("normal extrinsics are limited");
	assert!(handler.all_lt(max_extrinsic / 4));
}

#[test]
fn client_domains_are_distinct_and_not_the_claims_domain() {
	type Handlers = <Runtime as pallet_witnesses::Config>::OutcomeHandler;
	let domains = <Handlers as VerificationOutcomeHandler<AccountId>>::domains();
	assert!(!domains.is_empty());
	assert!(primitives::domains_are_distinct(&domains));
	let claims = <Runtime as pallet_witnesses::Config>::ClaimsDomain::get();
	assert!(!domains.contains(&claims));
	assert!(domains.contains(&PerformanceDomain::get()));
}

#[test]
fn performance_request_terms_fit_the_engine() {
	// The performance pallet's integrity test checks its terms against the engine's limits;
	// here on the runtime's real configuration.
	let limits =
		<Witnesses as pallet_witnesses::VerificationProvider<AccountId, u128, u32>>::limits();
	assert_eq!(limits.min_quorum_weight, 100 * ARETE);
	let min_weight: u128 = <Runtime as pallet_performance::Config>::MinWitnessWeight::get();
	assert!(min_weight >= limits.min_quorum_weight);
	<Performance as frame_support::traits::Hooks<u32>>::integrity_test();
}

#[test]
fn a_claimed_trick_stands_undisputed_and_a_false_one_is_overturned_on_dispute() {
	use frame_support::traits::fungible::InspectHold;
	run_on_dev_chain(|| {
		let ferdie = account(Ferdie);
		assert_ok!(Performance::register_athlete(
			RuntimeOrigin::signed(ferdie.clone()),
			bounded(b"Ferdie"),
			BoundedVec::try_from(vec![bounded(b"hackysack")]).expect("one sport"),
			None,
		));
		for who in [Bob, Charlie, Dave] {
			register(who, Role::Peer);
		}
		rotate_roster(PerformanceDomain::get());
		let bond = 10 * ARETE;
		let liveness: u32 = <Runtime as pallet_performance::Config>::ClaimLiveness::get();
		let held = |reason: pallet_witnesses::HoldReason, who: &AccountId| {
			Balances::balance_on_hold(&crate::RuntimeHoldReason::Witnesses(reason), who)
		};

		// An honest claim: one extrinsic, verified with the claimed score after the window.
		let before = free(Ferdie);
		assert_ok!(Performance::claim_performance(
			RuntimeOrigin::signed(ferdie.clone()),
			ferdie.clone(),
			trick(),
			REWARD,
			bond,
		));
		assert_eq!(held(pallet_witnesses::HoldReason::ClaimBond, &ferdie), bond);
		let opened = System::block_number();
		run_to(opened + liveness + 2);
		let performance = pallet_performance::Performances::<Runtime>::get(0).expect("kept");
		assert!(matches!(performance.status, PerformanceStatus::Verified { score: 8_000, .. }));
		assert_eq!(held(pallet_witnesses::HoldReason::ClaimBond, &ferdie), 0);
		// Request deposit, reward and bond all came back (calls here pay no transaction fees);
		// the performance deposit stays held while the verified record lives.
		let deposit: Balance = <Runtime as pallet_performance::Config>::PerformanceDeposit::get();
		assert_eq!(free(Ferdie), before - deposit);

		// A false claim (Ferdie claims 8.000 for a trick the panel rejects), disputed by Eve.
		System::reset_events();
		assert_ok!(Performance::claim_performance(
			RuntimeOrigin::signed(ferdie.clone()),
			ferdie.clone(),
			trick(),
			REWARD,
			bond,
		));
		let request = performance_events()
			.into_iter()
			.find_map(|event| match event {
				PerformanceEvent::PerformanceSubmitted { request, .. } => Some(request),
				_ => None,
			})
			.expect("submitted");
		let eve_before = free(Eve);
		let seed_block = System::block_number() + 3;
		assert_ok!(Witnesses::dispute(RuntimeOrigin::signed(account(Eve)), request));
		assert_eq!(held(pallet_witnesses::HoldReason::DisputeBond, &account(Eve)), bond);
		run_to(seed_block);
		let (members, _, reveal_deadline) = panel_drawn(request);
		let panel: Vec<Sr25519Keyring> = [Bob, Charlie, Dave]
			.into_iter()
			.filter(|who| members.iter().any(|(member, _)| *member == account(*who)))
			.collect();
		for who in &panel {
			commit(*who, request, false, 2_000);
		}
		run_to(reveal_deadline - 2);
		for who in &panel {
			reveal(*who, request, false, 2_000);
		}
		run_to(reveal_deadline + appeal_period() + 3);
		let performance = pallet_performance::Performances::<Runtime>::get(1).expect("kept");
		assert!(matches!(performance.status, PerformanceStatus::Rejected));
		// Ferdie's bond paid Eve four fifths and the panel one fifth.
		assert_eq!(held(pallet_witnesses::HoldReason::ClaimBond, &ferdie), 0);
		assert_eq!(held(pallet_witnesses::HoldReason::DisputeBond, &account(Eve)), 0);
		let (to_winner, to_panel) = System::events()
			.into_iter()
			.find_map(|record| match record.event {
				RuntimeEvent::Witnesses(pallet_witnesses::Event::ClaimSettled {
					result: pallet_witnesses::ClaimResult::Overturned,
					to_winner,
					to_panel,
					..
				}) => Some((to_winner, to_panel)),
				_ => None,
			})
			.expect("the claim is overturned");
		// A fifth to the panel (less at most a planck per member of rounding), the rest to Eve.
		assert!(to_panel <= 2 * ARETE && to_panel + 3 >= 2 * ARETE);
		assert_eq!(to_winner + to_panel, bond);
		assert_eq!(free(Eve), eve_before + to_winner);
	});
}

/// The appeal window of the performance pallet's requests.
fn appeal_period() -> u32 {
	<Runtime as pallet_performance::Config>::AppealPeriod::get()
}
