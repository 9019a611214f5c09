//! Tests of viewer reserves, payment tickets and the split of payments.

use crate::{
	mock::*, AccessRule, Channels, Contents, Creators, Error, Event, HoldReason, Nodes, Ticket,
	Viewers,
};
use frame_support::{assert_noop, assert_ok, traits::ConstU32, BoundedVec};
use sp_core::H256;
use sp_runtime::testing::TestSignature;

type Batch = BoundedVec<crate::SignedTicket<u64, u64, TestSignature>, ConstU32<16>>;

fn batch(tickets: Vec<crate::SignedTicket<u64, u64, TestSignature>>) -> Batch {
	BoundedVec::truncate_from(tickets)
}

/// Content at 10 per second (70/20/10), delivery node 10, storage nodes 11 and 12, viewer
/// [`VIEWER`] with a reserve of `reserve`.
fn streaming(reserve: u128) {
	register_content();
	node(10, true, false, MIN_STAKE);
	node(11, false, true, MIN_STAKE);
	node(12, false, true, MIN_STAKE);
	pin(11, content_id());
	pin(12, content_id());
	assert_ok!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 10, reserve));
}

#[test]
fn opening_a_reserve_holds_allowances_and_a_deposit() {
	run_test(|| {
		node(10, true, false, MIN_STAKE);
		node(13, true, false, MIN_STAKE);
		node(11, false, true, MIN_STAKE);
		System::reset_events();
		assert_noop!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 10, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 30, 5), Error::<Test>::NotNode);
		assert_noop!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 11, 5), Error::<Test>::WrongRole);
		assert_ok!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 10, 1_000));
		assert_eq!(held(HoldReason::ViewerReserve, VIEWER), 1_000);
		assert_eq!(held(HoldReason::ViewerDeposit, VIEWER), VIEWER_DEPOSIT);
		assert_eq!(free(VIEWER), INITIAL - 1_000 - VIEWER_DEPOSIT);
		assert_ok!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 10, 500));
		assert_ok!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 13, 200));
		let viewer = Viewers::<Test>::get(VIEWER).unwrap();
		assert_eq!((viewer.reserve, viewer.nodes, viewer.deposit, viewer.opened_at), (1_700, 2, VIEWER_DEPOSIT, 1));
		assert_eq!((Streaming::allowance(&VIEWER, &10), Streaming::allowance(&VIEWER, &13)), (1_500, 200));
		assert_eq!(held(HoldReason::ViewerDeposit, VIEWER), VIEWER_DEPOSIT);
		assert_eq!(
			events(),
			vec![
				Event::ReserveFunded { viewer: VIEWER, node: 10, amount: 1_000, allowance: 1_000, reserve: 1_000 },
				Event::ReserveFunded { viewer: VIEWER, node: 10, amount: 500, allowance: 1_500, reserve: 1_500 },
				Event::ReserveFunded { viewer: VIEWER, node: 13, amount: 200, allowance: 200, reserve: 1_700 },
			]
		);
		assert_noop!(
			Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 10, INITIAL),
			sp_runtime::TokenError::FundsUnavailable
		);
		// At most `MaxChannels` nodes.
		node(14, true, false, MIN_STAKE);
		assert_noop!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 14, 5), Error::<Test>::TooManyChannels);
	});
}

#[test]
fn an_allowance_is_the_node_s_alone() {
	// The viewer promises 100 to node 10 and tries to spend it first through a friendly
	// node 13 (with tickets for 13): 13 is paid from 13's allowance only, and 10's stays.
	run_test(|| {
		streaming(100);
		node(13, true, false, MIN_STAKE);
		assert_ok!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 13, 20));
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(13), batch(vec![ticket(VIEWER, 13, 3)])),
			Error::<Test>::Overdraft
		);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(13), batch(vec![ticket(VIEWER, 13, 2)])));
		assert_eq!(Streaming::allowance(&VIEWER, &13), 0);
		// Node 10's 10 seconds are still covered.
		assert_eq!(Streaming::allowance(&VIEWER, &10), 100);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 10)])));
		assert_eq!(Viewers::<Test>::get(VIEWER).unwrap().reserve, 0);
	});
}

#[test]
fn sixty_seconds_paid_with_tickets_are_split_exactly() {
	run_test(|| {
		streaming(1_000);
		// The viewer signs a ticket every second; the node redeems three of them.
		let tickets: Vec<_> = (1..=60).map(|s| ticket(VIEWER, 10, s)).collect();
		assert_ok!(Streaming::redeem_tickets(
			RuntimeOrigin::signed(10),
			batch(vec![tickets[19].clone(), tickets[39].clone(), tickets[59].clone()])
		));
		// 60 s × 10 = 600: creator 70 % = 420, node 20 % = 120, storage 10 % = 60, 30 each.
		assert_eq!(Viewers::<Test>::get(VIEWER).unwrap().reserve, 400);
		assert_eq!(held(HoldReason::ViewerReserve, VIEWER), 400);
		assert_eq!(free(CREATOR), INITIAL - CONTENT_DEPOSIT + 420);
		assert_eq!(free(10), INITIAL - MIN_STAKE + 120);
		assert_eq!(free(11), INITIAL - MIN_STAKE + 30);
		assert_eq!(free(12), INITIAL - MIN_STAKE + 30);
		let channel = Channels::<Test>::get(VIEWER, (content_id(), 10)).unwrap();
		assert_eq!((channel.seconds, channel.paid), (60, 600));
		assert_eq!(Contents::<Test>::get(content_id()).unwrap().earned, 600);
		assert_eq!(Creators::<Test>::get(CREATOR).unwrap().earned, 420);
		let record = Nodes::<Test>::get(10).unwrap();
		assert_eq!((record.stats.seconds_delivered, record.stats.earned), (60, 120));
		assert_eq!(Nodes::<Test>::get(11).unwrap().stats.earned, 30);
		assert!(events().contains(&Event::TicketRedeemed {
			viewer: VIEWER,
			content: content_id(),
			node: 10,
			seconds: 20,
			amount: 200
		}));
		assert!(events().contains(&Event::PaymentSplit {
			content: content_id(),
			creator: 140,
			executor: 40,
			storage_each: 10,
			storage_nodes: 2
		}));
		let view = Streaming::channels(&VIEWER);
		assert_eq!(view.len(), 1);
		assert_eq!(view[0].affordable_seconds, 40);
	});
}

#[test]
fn double_redemption_is_refused_and_refuses_the_whole_batch() {
	run_test(|| {
		streaming(1_000);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 30)])));
		let before = free(CREATOR);
		// The same ticket again, or an earlier one: nothing more to pay.
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 30)])),
			Error::<Test>::AlreadyRedeemed
		);
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 10)])),
			Error::<Test>::AlreadyRedeemed
		);
		// A good ticket followed by a replay in the same batch: none of it is paid.
		assert_noop!(
			Streaming::redeem_tickets(
				RuntimeOrigin::signed(10),
				batch(vec![ticket(VIEWER, 10, 40), ticket(VIEWER, 10, 40)])
			),
			Error::<Test>::AlreadyRedeemed
		);
		assert_eq!(free(CREATOR), before);
		assert_eq!(Channels::<Test>::get(VIEWER, (content_id(), 10)).unwrap().seconds, 30);
	});
}

#[test]
fn an_overdraft_is_refused() {
	run_test(|| {
		streaming(100);
		// 11 s × 10 = 110 > 100.
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 11)])),
			Error::<Test>::Overdraft
		);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 10)])));
		assert_eq!(Viewers::<Test>::get(VIEWER).unwrap().reserve, 0);
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 11)])),
			Error::<Test>::Overdraft
		);
	});
}

#[test]
fn forged_misdirected_and_foreign_tickets_are_refused() {
	run_test(|| {
		streaming(1_000);
		node(13, true, false, MIN_STAKE);
		// Signed by someone else than the viewer.
		let mut forged = ticket(VIEWER, 10, 5);
		forged.signature = TestSignature(41, forged.signature.1.clone());
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![forged])),
			Error::<Test>::BadSignature
		);
		// A signed ticket altered after signing (more seconds).
		let mut altered = ticket(VIEWER, 10, 5);
		altered.ticket.seconds = 50;
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![altered])),
			Error::<Test>::BadSignature
		);
		// Signed for another chain (another genesis hash).
		let t = Ticket { viewer: VIEWER, reserve: 1, content: content_id(), node: 10, seconds: 5 };
		let foreign = crate::SignedTicket {
			signature: TestSignature(VIEWER, t.signing_payload(&H256::repeat_byte(1))),
			ticket: t,
		};
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![foreign])),
			Error::<Test>::BadSignature
		);
		// Another node cannot redeem node 10's tickets (nor is it paid for them).
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(13), batch(vec![ticket(VIEWER, 10, 5)])),
			Error::<Test>::NotTicketNode
		);
		// Only execution nodes redeem.
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(11), batch(vec![ticket(VIEWER, 11, 5)])),
			Error::<Test>::WrongRole
		);
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(30), batch(vec![ticket(VIEWER, 30, 5)])),
			Error::<Test>::NotNode
		);
		assert_noop!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![])), Error::<Test>::EmptyBatch);
		// A viewer without a reserve, and a content that does not exist.
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(41, 10, 5)])),
			Error::<Test>::UnknownViewer
		);
		let t = Ticket { viewer: VIEWER, reserve: 1, content: H256::zero(), node: 10, seconds: 5 };
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![signed(t)])),
			Error::<Test>::UnknownContent
		);
	});
}

#[test]
fn access_rules_decide_whose_tickets_pay() {
	run_test(|| {
		register_content_with(AccessRule::AllowList(BoundedVec::truncate_from(vec![41])));
		node(10, true, false, MIN_STAKE);
		for who in [VIEWER, 41, 50] {
			assert_ok!(Streaming::open_reserve(RuntimeOrigin::signed(who), 10, 100));
		}
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 1)])),
			Error::<Test>::AccessDenied
		);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(41, 10, 1)])));
		// Token 7: the mock's gate says only account 50 holds it. Announced, the rule applies
		// after the notice: what 41 watched meanwhile is still paid.
		assert_ok!(Streaming::update_content(
			RuntimeOrigin::signed(CREATOR),
			content_id(),
			10,
			split(),
			AccessRule::Token(7)
		));
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(41, 10, 2)])));
		run_to_block(1 + NOTICE);
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(41, 10, 3)])),
			Error::<Test>::AccessDenied
		);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(50, 10, 1)])));
		assert!(events().contains(&Event::TermsApplied { content: content_id(), price_per_second: 10 }));
		// With no storage node, the storage share goes to the creator: 80 % of 10 a second.
		assert_eq!(free(CREATOR), INITIAL - CONTENT_DEPOSIT + 3 * 8);
	});
}

#[test]
fn channels_are_bounded_per_reserve() {
	run_test(|| {
		streaming(1_000);
		// Two more contents of the creator, all delivered by node 10.
		let others: Vec<_> = [1u8, 2]
			.iter()
			.map(|byte| {
				assert_ok!(Streaming::register_content(
					RuntimeOrigin::signed(CREATOR),
					H256::repeat_byte(*byte),
					renditions(),
					10,
					split(),
					AccessRule::Public,
					crate::merkle::root(&leaves()),
					5
				));
				Streaming::content_id(&CREATOR, &H256::repeat_byte(*byte))
			})
			.collect();
		let reserve = Viewers::<Test>::get(VIEWER).unwrap().opened_at;
		let for_content = |content, seconds| {
			signed(Ticket { viewer: VIEWER, reserve, content, node: 10, seconds })
		};
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 1)])));
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![for_content(others[0], 1)])));
		assert_eq!(Viewers::<Test>::get(VIEWER).unwrap().channels, MAX_CHANNELS);
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![for_content(others[1], 1)])),
			Error::<Test>::TooManyChannels
		);
		// An existing channel still takes tickets.
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 2)])));
	});
}

#[test]
fn a_leaving_viewer_waits_so_that_outstanding_tickets_are_paid() {
	run_test(|| {
		streaming(1_000);
		let outstanding = ticket(VIEWER, 10, 30);
		assert_noop!(Streaming::withdraw_reserve(RuntimeOrigin::signed(VIEWER)), Error::<Test>::ExitNotReady);
		assert_ok!(Streaming::leave(RuntimeOrigin::signed(VIEWER)));
		assert_eq!(Viewers::<Test>::get(VIEWER).unwrap().leaving_at, Some(1 + EXIT_DELAY));
		assert!(events().contains(&Event::ViewerLeaving { viewer: VIEWER, withdrawable_at: 1 + EXIT_DELAY }));
		assert_noop!(Streaming::leave(RuntimeOrigin::signed(VIEWER)), Error::<Test>::ViewerLeaving);
		assert_noop!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 10, 5), Error::<Test>::ViewerLeaving);
		// Running away: the withdrawal waits, the node redeems in the meantime.
		assert_noop!(Streaming::withdraw_reserve(RuntimeOrigin::signed(VIEWER)), Error::<Test>::ExitNotReady);
		run_to_block(EXIT_DELAY);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![outstanding.clone()])));
		run_to_block(1 + EXIT_DELAY);
		assert_ok!(Streaming::withdraw_reserve(RuntimeOrigin::signed(VIEWER)));
		assert!(Viewers::<Test>::get(VIEWER).is_none());
		assert_eq!(Channels::<Test>::iter_prefix(VIEWER).count(), 0);
		assert_eq!(held(HoldReason::ViewerReserve, VIEWER), 0);
		assert_eq!(held(HoldReason::ViewerDeposit, VIEWER), 0);
		assert_eq!(free(VIEWER), INITIAL - 300);
		assert!(events().contains(&Event::ReserveWithdrawn { viewer: VIEWER, refunded: 700 }));
		assert_noop!(Streaming::withdraw_reserve(RuntimeOrigin::signed(VIEWER)), Error::<Test>::UnknownViewer);
		assert_noop!(Streaming::leave(RuntimeOrigin::signed(VIEWER)), Error::<Test>::UnknownViewer);
	});
}

#[test]
fn tickets_of_an_earlier_reserve_are_worthless_against_a_new_one() {
	run_test(|| {
		streaming(1_000);
		let old = ticket(VIEWER, 10, 30);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![old.clone()])));
		assert_ok!(Streaming::leave(RuntimeOrigin::signed(VIEWER)));
		run_to_block(1 + EXIT_DELAY);
		assert_ok!(Streaming::withdraw_reserve(RuntimeOrigin::signed(VIEWER)));
		// The channels went with the old reserve; a new reserve has a new opening block.
		assert_ok!(Streaming::open_reserve(RuntimeOrigin::signed(VIEWER), 10, 1_000));
		assert_eq!(Viewers::<Test>::get(VIEWER).unwrap().opened_at, 1 + EXIT_DELAY);
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![old])),
			Error::<Test>::StaleTicket
		);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 5)])));
	});
}

#[test]
fn a_thousand_fresh_viewers_pay_for_their_own_state() {
	// Every reserve holds its own deposit: filling storage with viewers costs a deposit each,
	// returned only when the state is removed.
	run_test(|| {
		node(10, true, false, MIN_STAKE);
		for who in 1..=60u64 {
			assert_ok!(Streaming::open_reserve(RuntimeOrigin::signed(who), 10, 1));
			assert_eq!(held(HoldReason::ViewerDeposit, who), VIEWER_DEPOSIT);
		}
		assert_eq!(Viewers::<Test>::iter().count(), 60);
		// An account that cannot pay the deposit gets no state.
		assert_noop!(
			Streaming::open_reserve(RuntimeOrigin::signed(99), 10, 1),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn a_creator_cannot_reprice_tickets_already_signed() {
	// The creator raises the price hoping to charge tickets the viewer signed at the old
	// one: the new price applies only after the notice, and the node redeems before.
	run_test(|| {
		streaming(1_000);
		let signed_at_old_price = ticket(VIEWER, 10, 15);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 10)])));
		assert_ok!(Streaming::update_content(
			RuntimeOrigin::signed(CREATOR),
			content_id(),
			60,
			split(),
			AccessRule::Public
		));
		run_to_block(NOTICE);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![signed_at_old_price])));
		assert_eq!(Channels::<Test>::get(VIEWER, (content_id(), 10)).unwrap().paid, 150);
		// From the notice on, the new price: 5 more seconds at 60.
		run_to_block(1 + NOTICE);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 20)])));
		assert_eq!(Channels::<Test>::get(VIEWER, (content_id(), 10)).unwrap().paid, 450);
		assert_eq!(Viewers::<Test>::get(VIEWER).unwrap().reserve, 550);
	});
}

#[test]
fn tickets_of_a_retiring_content_stay_redeemable_until_it_is_removed() {
	run_test(|| {
		streaming(1_000);
		assert_ok!(Streaming::revoke_storage(RuntimeOrigin::signed(CREATOR), content_id(), 11));
		assert_ok!(Streaming::revoke_storage(RuntimeOrigin::signed(CREATOR), content_id(), 12));
		let delivered = ticket(VIEWER, 10, 30);
		assert_ok!(Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()));
		run_to_block(NOTICE);
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![delivered])));
		run_to_block(1 + NOTICE);
		assert_ok!(Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()));
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![ticket(VIEWER, 10, 40)])),
			Error::<Test>::UnknownContent
		);
	});
}

#[test]
fn tickets_signed_as_browser_wallets_sign_raw_bytes_verify() {
	run_test(|| {
		streaming(1_000);
		let t = Ticket { viewer: VIEWER, reserve: 1, content: content_id(), node: 10, seconds: 5 };
		let genesis = System::block_hash(0);
		let wrapped = t.wrapped_payload(&genesis);
		assert!(wrapped.starts_with(b"<Bytes>") && wrapped.ends_with(b"</Bytes>"));
		let signed = crate::SignedTicket { signature: TestSignature(VIEWER, wrapped), ticket: t.clone() };
		assert_ok!(Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![signed])));
		// Wrapped otherwise (no closing tag), it does not.
		let t10 = Ticket { seconds: 10, ..t };
		let mut odd = b"<Bytes>".to_vec();
		odd.extend(t10.signing_payload(&genesis));
		let bad = crate::SignedTicket { signature: TestSignature(VIEWER, odd), ticket: t10 };
		assert_noop!(
			Streaming::redeem_tickets(RuntimeOrigin::signed(10), batch(vec![bad])),
			Error::<Test>::BadSignature
		);
	});
}
