//! Proof of Execution in the runtime: transcode tasks verified (and a fake-segment attack
//! caught) by drawn panels of the real witness network, and a viewer paying with tickets
//! signed by its real sr25519 key through the runtime's `MultiSignature`.

use frame_support::{assert_noop, assert_ok, BoundedVec};
use pallet_streaming::{AccessRule, Codec, Rendition, Roles, SignedTicket, Split, TaskState, Ticket};
use pallet_witnesses::Role;
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, *};
use sp_runtime::{MultiSignature, Perbill};

use super::witnesses::{account, drawn_panel_decides, register, rotate_roster, run_on_dev_chain, run_to};
use crate::{
	configs::streaming::StreamingDomain, currency::ARETE, Balances, Runtime, RuntimeEvent,
	RuntimeOrigin, Streaming, System,
};

type StreamingEvent = pallet_streaming::Event<Runtime>;

fn streaming_events() -> Vec<StreamingEvent> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Streaming(event) => Some(event),
			_ => None,
		})
		.collect()
}

const STAKE: u128 = 1_000 * ARETE;
const FEE: u128 = 5 * ARETE;

/// The hash Alice publishes the film under.
fn content_hash() -> H256 {
	H256::repeat_byte(0x5e)
}

/// The film's id: Alice's, from its hash.
fn content_id() -> H256 {
	Streaming::content_id(&account(Alice), &content_hash())
}

/// Alice registers a content at 0.01 ARETE per second (70 % creator, 20 % delivery, 10 %
/// storage); Bob, Charlie and Dave serve the streaming domain as witnesses; Eve is an
/// execution node.
fn setup() {
	for who in [Bob, Charlie, Dave] {
		register(who, Role::Judge);
	}
	rotate_roster(StreamingDomain::get());
	let leaves: Vec<H256> = (0..4u8).map(|i| pallet_streaming::merkle::leaf(&[i; 1024])).collect();
	assert_ok!(Streaming::register_content(
		RuntimeOrigin::signed(account(Alice)),
		content_hash(),
		BoundedVec::truncate_from(vec![Rendition { codec: Codec::H264, height: 720, bitrate_kbps: 3_000, fps: 30 }]),
		ARETE / 100,
		Split {
			creator: Perbill::from_percent(70),
			executor: Perbill::from_percent(20),
			storage: Perbill::from_percent(10),
		},
		AccessRule::Public,
		pallet_streaming::merkle::root(&leaves),
		4,
	));
	assert_ok!(Streaming::register_node(
		RuntimeOrigin::signed(account(Eve)),
		Roles { execution: true, storage: false },
		STAKE
	));
}

/// Alice orders a 6-segment transcode; the block hook draws Eve, who posts results; returns
/// the request.
fn task_posted() -> u64 {
	assert_ok!(Streaming::create_task(
		RuntimeOrigin::signed(account(Alice)),
		content_id(),
		0,
		H256::repeat_byte(1),
		6,
		FEE
	));
	run_to(System::block_number() + 2);
	// The block hook draws the executor (the test's `run_to` runs only the engine's hooks).
	<Streaming as frame_support::traits::Hooks<u32>>::on_initialize(System::block_number());
	assert!(matches!(
		pallet_streaming::Tasks::<Runtime>::get(0).unwrap().state,
		TaskState::Assigned { ref executor, .. } if *executor == account(Eve)
	));
	let results = BoundedVec::truncate_from((0..6u8).map(H256::repeat_byte).collect::<Vec<_>>());
	assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(account(Eve)), 0, results));
	streaming_events()
		.into_iter()
		.find_map(|event| match event {
			StreamingEvent::ResultsPosted { request, .. } => Some(request),
			_ => None,
		})
		.expect("results posted")
}

fn appeal_period() -> u32 {
	<Runtime as pallet_streaming::Config>::VerificationTerms::get().appeal_period
}

#[test]
fn the_streaming_domain_is_served_by_the_engine() {
	use pallet_witnesses::VerificationOutcomeHandler;
	type Handlers = <Runtime as pallet_witnesses::Config>::OutcomeHandler;
	let domains = <Handlers as VerificationOutcomeHandler<crate::AccountId>>::domains();
	assert!(domains.contains(&StreamingDomain::get()));
	assert!(pallet_witnesses::primitives::domains_are_distinct(&domains));
}

#[test]
fn a_transcode_verified_by_a_drawn_panel_pays_its_executor() {
	run_on_dev_chain(|| {
		setup();
		let request = task_posted();
		let eve = Balances::free_balance(account(Eve));
		// The sample is drawn from the hash of the block after the results: unknown until then.
		assert_eq!(Streaming::task_sample(0), None);
		run_to(System::block_number() + 2);
		assert!(Streaming::task_sample(0).is_some_and(|sample| sample.len() == 3));
		drawn_panel_decides(StreamingDomain::get(), request, true, None, appeal_period());
		assert!(pallet_streaming::Tasks::<Runtime>::get(0).is_none());
		// Eve gets the fee and the engine's request deposit back.
		assert!(Balances::free_balance(account(Eve)) >= eve + FEE);
		assert!(streaming_events().contains(&StreamingEvent::TaskVerified { task: 0, executor: account(Eve), fee: FEE }));
		assert_eq!(Streaming::node_view(&account(Eve)).unwrap().node.stats.tasks_verified, 1);
	});
}

#[test]
fn a_fake_segment_attack_is_rejected_by_the_panel_and_slashed() {
	run_on_dev_chain(|| {
		setup();
		let request = task_posted();
		let panel = || -> u128 { [Bob, Charlie, Dave].iter().map(|w| Balances::free_balance(account(*w))).sum() };
		let before = panel();
		drawn_panel_decides(StreamingDomain::get(), request, false, None, appeal_period());
		let slashed = STAKE / 2;
		let node = Streaming::node_view(&account(Eve)).unwrap().node;
		assert_eq!(node.stake, STAKE - slashed);
		assert_eq!(node.stats.tasks_failed, 1);
		assert!(streaming_events().contains(&StreamingEvent::TaskFailed {
			task: 0,
			executor: account(Eve),
			slashed
		}));
		// The panel's members share the slash (besides the engine's reward).
		assert!(panel() >= before + slashed - 2, "{} {}", panel() - before, slashed);
	});
}

fn signed_ticket(viewer: Sr25519Keyring, seconds: u32) -> SignedTicket<crate::AccountId, u32, MultiSignature> {
	let reserve = Streaming::viewer(&account(viewer)).expect("a reserve").opened_at;
	let ticket = Ticket { viewer: account(viewer), reserve, content: content_id(), node: account(Eve), seconds };
	let payload = ticket.signing_payload(&System::block_hash(0));
	SignedTicket { signature: MultiSignature::Sr25519(viewer.sign(&payload)), ticket }
}

#[test]
fn a_viewer_pays_sixty_seconds_with_sr25519_tickets() {
	run_on_dev_chain(|| {
		setup();
		assert_ok!(Streaming::open_reserve(RuntimeOrigin::signed(account(Ferdie)), account(Eve), ARETE));
		let alice = Balances::free_balance(account(Alice));
		let eve = Balances::free_balance(account(Eve));
		let batch = BoundedVec::truncate_from(vec![signed_ticket(Ferdie, 30), signed_ticket(Ferdie, 60)]);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(account(Eve)), batch));
		// 60 s at 0.01 ARETE: 0.6 ARETE; no storage node, so the creator takes 80 %.
		let paid = 60 * ARETE / 100;
		assert_eq!(Balances::free_balance(account(Alice)), alice + paid * 8 / 10);
		assert_eq!(Balances::free_balance(account(Eve)), eve + paid * 2 / 10);
		assert_eq!(Streaming::viewer(&account(Ferdie)).unwrap().reserve, ARETE - paid);
		// A ticket signed by another key is refused.
		let mut forged = signed_ticket(Ferdie, 90);
		forged.signature = MultiSignature::Sr25519(Bob.sign(&forged.ticket.signing_payload(&System::block_hash(0))));
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(account(Eve)), BoundedVec::truncate_from(vec![forged])),
			pallet_streaming::Error::<Runtime>::BadSignature
		);
	});
}
