//! The witness network as configured in this runtime: a claim verified end to end on the
//! development genesis, with real balances, holds, delayed draws from the entropy of later
//! blocks and the treasury as the slash destination. The pallet's own unit tests cover every
//! call and error in a mock; these tests check the wiring.

use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold},
		Get, Hooks,
	},
	weights::Weight,
};
use pallet_witnesses::{
	AttestationResult, DomainId, DomainsOf, Panel, RequestParamsOf, RequestPhase, Role, ScoreRange,
	SlashReason, Verdict,
};
use sp_core::H256;
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{FixedU128, Perbill};

use super::{execute_with_try_state, preset_ext};
use crate::{
	configs::{governance::TreasuryAccount, witnesses::WitnessClaimsDomain},
	currency::ARETE,
	genesis_config_presets::DEV_ENDOWMENT,
	AccountId, Balances, Runtime, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, System,
	Witnesses,
};

type WitnessEvent = pallet_witnesses::Event<Runtime>;

pub(super) const BOND: u128 = 1_000 * ARETE;
const REWARD: u128 = 30 * ARETE;

/// Runs `test` on the development genesis, then every pallet's `try_state` (the witnesses'
/// held bonds against the registry, commitments against requests, among them).
pub(super) fn run_on_dev_chain(test: impl FnOnce()) {
	execute_with_try_state(preset_ext(DEV_RUNTIME_PRESET), test);
}

pub(super) fn account(keyring: Sr25519Keyring) -> AccountId {
	keyring.to_account_id()
}

fn witness_events() -> Vec<WitnessEvent> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Witnesses(event) => Some(event),
			_ => None,
		})
		.collect()
}

pub(super) fn register(who: Sr25519Keyring, role: Role) {
	assert_ok!(Witnesses::register(
		RuntimeOrigin::signed(account(who)),
		role,
		BOND,
		DomainsOf::<Runtime>::default()
	));
}

fn claim_params(panel: Panel<AccountId>) -> RequestParamsOf<Runtime> {
	RequestParamsOf::<Runtime> {
		min_witnesses: 3,
		min_weight: 0,
		approval_threshold: Perbill::from_rational(2u32, 3u32),
		commit_period: 5,
		reveal_period: 5,
		reward: REWARD,
		score_range: Some(ScoreRange { min: 0, max: 100 }),
		panel,
	}
}

/// Each witness's salt: any 32 bytes only it knows; here derived from its account.
pub(super) fn salt_of(who: Sr25519Keyring) -> [u8; 32] {
	sp_io::hashing::blake2_256(account(who).as_ref())
}

/// `who` commits to `(verdict, score)` on request `id`, bound to the request's stored domain,
/// `id` and `who`.
pub(super) fn commit(who: Sr25519Keyring, id: u64, verdict: bool, score: u32) {
	let domain =
		pallet_witnesses::Requests::<Runtime>::get(id).expect("the request is open").domain;
	let commitment =
		Witnesses::commitment_of(domain, id, &account(who), verdict, Some(score), &salt_of(who));
	assert_ok!(Witnesses::commit(RuntimeOrigin::signed(account(who)), id, commitment));
}

pub(super) fn reveal(who: Sr25519Keyring, id: u64, verdict: bool, score: u32) {
	assert_ok!(Witnesses::reveal(
		RuntimeOrigin::signed(account(who)),
		id,
		verdict,
		Some(score),
		salt_of(who)
	));
}

/// Moves to `block`, running the witnesses' hooks in every block on the way: `on_initialize`
/// (entropy and draw seeds) and the idle hook with the whole block's weight to spare, as an
/// empty block on the chain would (it draws panels whose seed block has come and finalizes
/// requests past their reveal deadline).
pub(super) fn run_to(block: u32) {
	for now in System::block_number() + 1..=block {
		System::set_block_number(now);
		Witnesses::on_initialize(now);
		Witnesses::on_idle(now, Weight::MAX);
	}
}

/// Moves to `block` running only the witnesses' `on_initialize` in every block on the way, as
/// full blocks would that leave the idle hook no room: seeds are stored, nothing is drawn or
/// finalized.
pub(super) fn initialize_to(block: u32) {
	for now in System::block_number() + 1..=block {
		System::set_block_number(now);
		Witnesses::on_initialize(now);
	}
}

/// Whoever builds rosters in these tests: an endowed account that takes part in nothing else,
/// so that the roster deposit it pays moves no balance the tests check.
pub(super) const ROSTER_BUILDER: Sr25519Keyring = Sr25519Keyring::One;

/// Rebuilds `domain`'s roster from its active witnesses: drawn panels of requests opened
/// from now on are drawn from it.
pub(super) fn rotate_roster(domain: DomainId) {
	assert_ok!(Witnesses::rotate_roster(RuntimeOrigin::signed(account(ROSTER_BUILDER)), domain));
}

/// The block whose seed draws the panel of a request opened now.
pub(super) fn seed_block() -> u32 {
	System::block_number() + <<Runtime as pallet_witnesses::Config>::DrawDelay as Get<u32>>::get()
}

/// The drawn panel of client request `request` in `domain` decides unanimously: every member
/// (Bob, Charlie and Dave serve the tests' domains) commits to `(verdict, score)`, reveals, and
/// the request is final once `appeal_period` blocks have passed.
pub(super) fn drawn_panel_decides(
	domain: DomainId,
	request: u64,
	verdict: bool,
	score: Option<u32>,
	appeal_period: u32,
) {
	use Sr25519Keyring::{Bob, Charlie, Dave};
	run_to(seed_block());
	let (members, commit_deadline, reveal_deadline) = panel_drawn(request);
	let panel: Vec<Sr25519Keyring> = [Bob, Charlie, Dave]
		.into_iter()
		.filter(|who| members.iter().any(|(member, _)| member == &account(*who)))
		.collect();
	assert_eq!(panel.len(), members.len(), "the panel is drawn among Bob, Charlie and Dave");
	for who in &panel {
		let commitment =
			Witnesses::commitment_of(domain, request, &account(*who), verdict, score, &salt_of(*who));
		assert_ok!(Witnesses::commit(RuntimeOrigin::signed(account(*who)), request, commitment));
	}
	run_to(commit_deadline + 1);
	for who in &panel {
		assert_ok!(Witnesses::reveal(
			RuntimeOrigin::signed(account(*who)),
			request,
			verdict,
			score,
			salt_of(*who)
		));
	}
	run_to(reveal_deadline + appeal_period + 3);
}

/// The members and seats of the drawn panel of request `id`, with its commit and reveal
/// deadlines, from its `PanelDrawn` event.
pub(super) fn panel_drawn(id: u64) -> (Vec<(AccountId, u32)>, u32, u32) {
	witness_events()
		.into_iter()
		.find_map(|event| match event {
			WitnessEvent::PanelDrawn { id: drawn, members, commit_deadline, reveal_deadline }
				if drawn == id =>
			{
				Some((members.into_inner(), commit_deadline, reveal_deadline))
			},
			_ => None,
		})
		.expect("the panel is drawn")
}

#[test]
fn a_claim_is_verified_rewarded_and_slashed_into_the_treasury() {
	use Sr25519Keyring::*;
	run_on_dev_chain(|| {
		let ferdie = account(Ferdie);
		// Judges weigh twice as much as the default.
		assert_ok!(Witnesses::set_role_multiplier(
			RuntimeOrigin::root(),
			Role::Judge,
			FixedU128::from_u32(2)
		));
		register(Bob, Role::Judge);
		register(Charlie, Role::Spectator);
		register(Dave, Role::Peer);
		register(Eve, Role::Coach);
		register(Alice, Role::Oracle);
		assert_eq!(Balances::balance(&account(Bob)), DEV_ENDOWMENT - BOND);
		assert_eq!(Witnesses::eligible_witnesses(WitnessClaimsDomain::get()).len(), 5);

		let claim = H256::repeat_byte(0x42);
		assert_ok!(Witnesses::open_claim_request(
			RuntimeOrigin::signed(ferdie.clone()),
			claim,
			claim_params(Panel::Open)
		));
		let id = 0;
		// Reward and the request deposit are held from the requester.
		assert_eq!(Balances::balance(&ferdie), DEV_ENDOWMENT - REWARD - ARETE);

		run_to(2);
		commit(Bob, id, true, 80);
		commit(Charlie, id, true, 82);
		commit(Dave, id, true, 85);
		commit(Eve, id, false, 10);
		commit(Alice, id, true, 90);
		// The requester cannot attest to its own claim, and nobody commits twice.
		assert_noop!(
			Witnesses::commit(RuntimeOrigin::signed(ferdie.clone()), id, H256::zero()),
			pallet_witnesses::Error::<Runtime>::SelfAttestation
		);

		run_to(7);
		reveal(Bob, id, true, 80);
		reveal(Charlie, id, true, 82);
		reveal(Dave, id, true, 85);
		reveal(Eve, id, false, 10);
		// Alice never reveals.
		assert_noop!(
			Witnesses::finalize_request(RuntimeOrigin::signed(ferdie.clone()), id),
			pallet_witnesses::Error::<Runtime>::RevealPeriodNotOver
		);

		run_to(11);
		assert!(Witnesses::request_view(id).is_some());
		let treasury_before = Balances::balance(&TreasuryAccount::get());
		System::reset_events();
		// The first block after the reveal deadline: the idle hook finalizes the request.
		run_to(12);

		let events = witness_events();
		let outcome = events
			.iter()
			.find_map(|event| match event {
				WitnessEvent::RequestFinalized { id: 0, subject, outcome, .. }
					if *subject == claim =>
				{
					Some(outcome.clone())
				},
				_ => None,
			})
			.expect("the request is finalized");
		assert_eq!(outcome.verdict, Verdict::Approved);
		// Weighted median of 80 (Bob, double weight), 82 and 85; Eve's 10 is clipped.
		assert_eq!(outcome.score, Some(80));
		assert_eq!(outcome.committed, 5);

		// Eve dissented (5 % of her bond), Alice did not reveal (10 %): both to the treasury.
		let dissent = Perbill::from_percent(5) * BOND;
		let no_reveal = Perbill::from_percent(10) * BOND;
		assert!(events.contains(&WitnessEvent::WitnessSlashed {
			id,
			who: account(Eve),
			amount: dissent,
			reason: SlashReason::Dissent,
		}));
		assert!(events.contains(&WitnessEvent::WitnessSlashed {
			id,
			who: account(Alice),
			amount: no_reveal,
			reason: SlashReason::NoReveal,
		}));
		assert_eq!(
			Balances::balance(&TreasuryAccount::get()),
			treasury_before + dissent + no_reveal
		);
		assert_eq!(Witnesses::witness_record(&account(Eve)).map(|w| w.bond), Some(BOND - dissent));

		// The three who agreed share the reward; the rounding remainder goes back to Ferdie.
		let mut paid = 0;
		for who in [Bob, Charlie, Dave] {
			let amount = events
				.iter()
				.find_map(|event| match event {
					WitnessEvent::WitnessRewarded { who: w, amount, .. } if *w == account(who) => {
						Some(*amount)
					},
					_ => None,
				})
				.expect("agreeing witness is rewarded");
			assert_eq!(Balances::balance(&account(who)), DEV_ENDOWMENT - BOND + amount);
			assert!(events.contains(&WitnessEvent::AttestationSettled {
				id,
				who: account(who),
				result: AttestationResult::Agreed,
				credibility: Perbill::from_percent(55),
			}));
			paid += amount;
		}
		let returned = events
			.iter()
			.find_map(|event| match event {
				WitnessEvent::RewardReturned { amount, .. } => Some(*amount),
				_ => None,
			})
			.unwrap_or_default();
		assert_eq!(paid + returned, REWARD);
		assert_eq!(Balances::balance(&ferdie), DEV_ENDOWMENT - REWARD + returned);

		// Accuracy statistics through the runtime API's query.
		let bob = Witnesses::witness_record(&account(Bob)).expect("Bob is registered");
		assert_eq!((bob.stats.attestations, bob.stats.agreed, bob.pending), (1, 1, 0));
		let alice = Witnesses::witness_record(&account(Alice)).expect("Alice is registered");
		assert_eq!(alice.stats.missed_reveals, 1);
		// Finalized requests leave storage.
		assert!(Witnesses::request_view(id).is_none());
	});
}

#[test]
fn a_random_panel_is_drawn_from_babe_randomness() {
	use Sr25519Keyring::*;
	run_on_dev_chain(|| {
		for who in [Bob, Charlie, Dave, Eve] {
			register(who, Role::Peer);
		}
		let mut params = claim_params(Panel::RandomDraw(3));
		params.min_witnesses = 2;
		// Drawn panels come from the domain's roster: none exists yet.
		assert_noop!(
			Witnesses::open_claim_request(
				RuntimeOrigin::signed(account(Ferdie)),
				H256::repeat_byte(7),
				params.clone()
			),
			pallet_witnesses::Error::<Runtime>::NoRoster
		);
		// Anyone builds it; the domain's first roster holds the roster deposit.
		rotate_roster(WitnessClaimsDomain::get());
		assert_eq!(
			Balances::balance_on_hold(
				&RuntimeHoldReason::Witnesses(pallet_witnesses::HoldReason::RosterDeposit),
				&account(ROSTER_BUILDER)
			),
			10 * ARETE
		);
		assert!(witness_events().contains(&WitnessEvent::RosterRotated {
			domain: WitnessClaimsDomain::get(),
			era: 0,
			candidates: 4,
			total_weight: pallet_witnesses::Rosters::<Runtime>::get(WitnessClaimsDomain::get(), 0)
				.expect("the roster is stored")
				.total_weight,
		}));
		// Alice, registered after the rotation, is no candidate until the next one.
		register(Alice, Role::Peer);

		let seed_block = seed_block();
		assert_ok!(Witnesses::open_claim_request(
			RuntimeOrigin::signed(account(Ferdie)),
			H256::repeat_byte(7),
			params
		));
		// The panel is drawn by the idle hook of the seed block, from that block's seed.
		run_to(seed_block);
		let (members, commit_deadline, reveal_deadline) = panel_drawn(0);
		// Three seats, drawn with replacement: one witness may hold several.
		assert_eq!(members.iter().map(|(_, seats)| *seats).sum::<u32>(), 3);
		assert!(!members.is_empty() && members.len() <= 3);
		assert!(members.iter().all(|(who, _)| *who != account(Alice)));
		// The windows count from the draw.
		assert_eq!(commit_deadline, seed_block + 5);
		assert_eq!(reveal_deadline, commit_deadline + 5);
		let view = Witnesses::request_view(0).expect("request is open");
		assert_eq!(view.phase, RequestPhase::Commit);
		assert_eq!(
			(view.request.commit_deadline, view.request.reveal_deadline),
			(commit_deadline, reveal_deadline)
		);
		let (mut drawn, mut stored) = (members.clone(), view.panel_members.clone());
		drawn.sort();
		stored.sort();
		assert_eq!(drawn, stored);
		// Someone left off the panel cannot commit; a member can.
		let on_panel = |who: Sr25519Keyring| members.iter().any(|(m, _)| *m == account(who));
		let outsider = [Bob, Charlie, Dave, Eve]
			.into_iter()
			.find(|who| !on_panel(*who))
			.expect("three seats leave one of four undrawn");
		assert_noop!(
			Witnesses::commit(RuntimeOrigin::signed(account(outsider)), 0, H256::zero()),
			pallet_witnesses::Error::<Runtime>::NotOnPanel
		);
		assert_noop!(
			Witnesses::commit(RuntimeOrigin::signed(account(Alice)), 0, H256::zero()),
			pallet_witnesses::Error::<Runtime>::NotOnPanel
		);
		let member = [Bob, Charlie, Dave, Eve]
			.into_iter()
			.find(|who| on_panel(*who))
			.expect("someone is drawn");
		commit(member, 0, true, 80);
	});
}

#[test]
fn drawn_panel_waits_for_a_later_seed() {
	use Sr25519Keyring::*;
	run_on_dev_chain(|| {
		for who in [Bob, Charlie, Dave, Eve] {
			register(who, Role::Peer);
		}
		rotate_roster(WitnessClaimsDomain::get());
		let seats = 5;
		let mut params = claim_params(Panel::RandomDraw(seats));
		params.min_witnesses = 2;
		let id = 0;
		let seed_block = seed_block();
		assert_eq!(seed_block, System::block_number() + 3);
		assert_ok!(Witnesses::open_claim_request(
			RuntimeOrigin::signed(account(Ferdie)),
			H256::repeat_byte(9),
			params
		));
		// Opened waiting for the seed of a later block: no panel yet, nobody can commit.
		assert!(witness_events().iter().any(|event| matches!(
			event,
			WitnessEvent::RequestOpened { id: 0, draw_at: Some(at), .. } if *at == seed_block
		)));
		assert!(!witness_events().iter().any(|event| matches!(
			event,
			WitnessEvent::PanelSelected { .. } | WitnessEvent::PanelDrawn { .. }
		)));
		let view = Witnesses::request_view(id).expect("request is open");
		assert_eq!(view.phase, RequestPhase::Drawing);
		assert!(view.panel_members.is_empty());
		assert_eq!(pallet_witnesses::Panels::<Runtime>::iter_prefix(id).count(), 0);
		assert_noop!(
			Witnesses::commit(RuntimeOrigin::signed(account(Bob)), id, H256::zero()),
			pallet_witnesses::Error::<Runtime>::NotDrawn
		);
		assert_noop!(
			Witnesses::finalize_request(RuntimeOrigin::signed(account(Alice)), id),
			pallet_witnesses::Error::<Runtime>::NotDrawn
		);
		assert_noop!(
			Witnesses::advance(RuntimeOrigin::signed(account(Alice)), id),
			pallet_witnesses::Error::<Runtime>::NotDue
		);

		// Blocks without room for the idle hook: the seed is stored when its block begins,
		// the panel stays undrawn.
		initialize_to(seed_block - 1);
		assert!(pallet_witnesses::DrawSeeds::<Runtime>::get(seed_block).is_none());
		assert_noop!(
			Witnesses::advance(RuntimeOrigin::signed(account(Alice)), id),
			pallet_witnesses::Error::<Runtime>::NotDue
		);
		initialize_to(seed_block);
		assert!(pallet_witnesses::DrawSeeds::<Runtime>::get(seed_block).is_some());
		assert_eq!(Witnesses::request_view(id).map(|view| view.phase), Some(RequestPhase::Drawing));

		// Anyone draws it once the seed exists.
		System::reset_events();
		assert_ok!(Witnesses::advance(RuntimeOrigin::signed(account(Alice)), id));
		let (members, commit_deadline, reveal_deadline) = panel_drawn(id);
		assert_eq!(members.iter().map(|(_, seats)| *seats).sum::<u32>(), seats);
		assert!(members.iter().all(|(who, _)| *who != account(Ferdie)));
		assert_eq!(commit_deadline, seed_block + 5);
		assert_eq!(reveal_deadline, commit_deadline + 5);
		for (who, held) in members.iter() {
			assert_eq!(pallet_witnesses::Panels::<Runtime>::get(id, who), Some(*held));
		}
		assert_eq!(pallet_witnesses::Panels::<Runtime>::iter_prefix(id).count(), members.len());
		// The seed is dropped once no draw waits for it.
		assert!(pallet_witnesses::DrawSeeds::<Runtime>::get(seed_block).is_none());
		let view = Witnesses::request_view(id).expect("request is open");
		assert_eq!(view.phase, RequestPhase::Commit);
		assert!(view.request.draw.is_none());

		// A member commits now; nothing more is due before the reveal deadline.
		let member = [Bob, Charlie, Dave, Eve]
			.into_iter()
			.find(|who| members.iter().any(|(m, _)| *m == account(*who)))
			.expect("someone is drawn");
		commit(member, id, true, 80);
		assert_noop!(
			Witnesses::advance(RuntimeOrigin::signed(account(Alice)), id),
			pallet_witnesses::Error::<Runtime>::NotDue
		);
	});
}

/// The worked example of the documentation (pallet-witnesses' README, the primitives crate's
/// README and its pinned unit test), through the runtime's own `AccountId`: Alice approves
/// request 42 of `perform\0` with score 9_500 and salt `0x00, 0x01, ..., 0x1f`.
#[test]
fn commitments_are_the_documented_ones() {
	use Sr25519Keyring::*;
	run_on_dev_chain(|| {
		let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
		let alice = account(Alice);
		assert_eq!(
			hex(alice.as_ref()),
			"d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
		);
		let mut salt = [0u8; 32];
		for (i, byte) in salt.iter_mut().enumerate() {
			*byte = i as u8;
		}
		let approved =
			Witnesses::commitment_of(*b"perform\0", 42, &alice, true, Some(9_500), &salt);
		assert_eq!(
			hex(approved.as_bytes()),
			"89b494327d423f126cd7afa12a16d16537333da60d0216d7b87a7c08b0971951"
		);
		let rejected =
			Witnesses::commitment_of(*b"perform\0", 42, &alice, false, Some(9_500), &salt);
		assert_eq!(
			hex(rejected.as_bytes()),
			"cd710b1d056df1244528eeee38aeee4a095f1bfeeae4fa302d95c486b15f4a2f"
		);
		// Bound to the witness: Bob's commitment to the same vote differs.
		assert_ne!(
			Witnesses::commitment_of(*b"perform\0", 42, &account(Bob), true, Some(9_500), &salt),
			approved
		);
	});
}
