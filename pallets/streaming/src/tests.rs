//! Tests of content, nodes, the executor draw, tasks verified by re-execution samples, and
//! storage audits.

use crate::{
	mock::*, AccessRule, Challenges, Contents, Creators, Error, Event, Executors, HoldReason,
	Nodes, Roles, Split, TaskOfRequest, TaskState, Tasks,
};
use frame_support::{assert_noop, assert_ok, traits::ConstU32, BoundedVec};
use sp_core::H256;
use sp_runtime::{traits::BadOrigin, Perbill};
use verification_primitives::{testing::RecordingVerifier, Decision, VerificationOutcomeHandler};

fn allow(list: &[u64]) -> AccessRule<u64, ConstU32<4>> {
	AccessRule::AllowList(BoundedVec::truncate_from(list.to_vec()))
}

// ---------------------------------------------------------------- content

#[test]
fn registering_content_holds_a_deposit_and_records_it() {
	run_test(|| {
		register_content();
		let content = Contents::<Test>::get(content_id()).unwrap();
		assert_eq!(content.creator, CREATOR);
		assert_eq!(content.price_per_second, 10);
		assert_eq!(content.chunks, 5);
		assert_eq!(content.chunk_root, crate::merkle::root(&leaves()));
		assert_eq!(held(HoldReason::ContentDeposit, CREATOR), CONTENT_DEPOSIT);
		assert_eq!(free(CREATOR), INITIAL - CONTENT_DEPOSIT);
		assert_eq!(Creators::<Test>::get(CREATOR).unwrap().contents, 1);
		assert_eq!(
			events(),
			vec![Event::ContentRegistered {
				content: content_id(),
				creator: CREATOR,
				price_per_second: 10
			}]
		);
	});
}

#[test]
fn bad_content_is_refused_without_a_trace() {
	run_test(|| {
		let root = crate::merkle::root(&leaves());
		let reg = |split: Split, renditions, chunks| {
			Streaming::register_content(
				RuntimeOrigin::signed(CREATOR),
				content_hash(),
				renditions,
				10,
				split,
				AccessRule::Public,
				root,
				chunks,
			)
		};
		let uneven = Split {
			creator: Perbill::from_percent(70),
			executor: Perbill::from_percent(20),
			storage: Perbill::from_percent(20),
		};
		assert_noop!(reg(uneven, renditions(), 5), Error::<Test>::SplitNotWhole);
		assert_noop!(reg(split(), BoundedVec::new(), 5), Error::<Test>::NoRenditions);
		assert_noop!(reg(split(), renditions(), 0), Error::<Test>::BadChunkCount);
		// MaxProofDepth 8: at most 256 chunks.
		assert_noop!(reg(split(), renditions(), 257), Error::<Test>::BadChunkCount);
		assert_ok!(reg(split(), renditions(), 256));
		assert_noop!(reg(split(), renditions(), 5), Error::<Test>::ContentExists);
		// Another creator publishing the same hash gets its own id: nobody can take a
		// creator's id first.
		assert_ok!(Streaming::register_content(
			RuntimeOrigin::signed(2),
			content_hash(),
			renditions(),
			10,
			split(),
			AccessRule::Public,
			root,
			5
		));
		let theirs = Streaming::content_id(&2, &content_hash());
		assert_ne!(theirs, content_id());
		assert_eq!(Contents::<Test>::get(theirs).unwrap().creator, 2);
		assert_eq!(Contents::<Test>::get(content_id()).unwrap().creator, CREATOR);
		// An account that cannot pay the deposit.
		assert_noop!(
			Streaming::register_content(
				RuntimeOrigin::signed(99),
				H256::repeat_byte(9),
				renditions(),
				10,
				split(),
				AccessRule::Public,
				root,
				5
			),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_noop!(
			Streaming::register_content(
				RuntimeOrigin::none(),
				H256::repeat_byte(9),
				renditions(),
				10,
				split(),
				AccessRule::Public,
				root,
				5
			),
			BadOrigin
		);
	});
}

#[test]
fn only_the_creator_updates_or_retires_its_content() {
	run_test(|| {
		register_content();
		assert_noop!(
			Streaming::update_content(RuntimeOrigin::signed(2), content_id(), 5, split(), allow(&[40])),
			Error::<Test>::NotCreator
		);
		assert_noop!(
			Streaming::update_content(
				RuntimeOrigin::signed(CREATOR),
				H256::zero(),
				5,
				split(),
				AccessRule::Public
			),
			Error::<Test>::UnknownContent
		);
		let uneven = Split { creator: Perbill::zero(), ..split() };
		assert_noop!(
			Streaming::update_content(RuntimeOrigin::signed(CREATOR), content_id(), 5, uneven, AccessRule::Public),
			Error::<Test>::SplitNotWhole
		);
		assert_ok!(Streaming::update_content(
			RuntimeOrigin::signed(CREATOR),
			content_id(),
			5,
			split(),
			allow(&[40])
		));
		// Announced, not yet in force.
		let content = Contents::<Test>::get(content_id()).unwrap();
		assert_eq!(content.price_per_second, 10);
		assert_eq!(content.pending.as_ref().map(|p| (p.price_per_second, p.effective_at)), Some((5, 1 + NOTICE)));
		assert_eq!(events().last(), Some(&Event::ContentUpdated { content: content_id(), effective_at: 1 + NOTICE }));
		assert_eq!(Streaming::content(content_id()).unwrap().price_per_second, 10);
		run_to_block(1 + NOTICE);
		let view = Streaming::content(content_id()).unwrap();
		assert_eq!(view.price_per_second, 5);
		assert_eq!(view.access, AccessRule::AllowList(BoundedVec::truncate_from(vec![40])));

		assert_noop!(
			Streaming::retire_content(RuntimeOrigin::signed(2), content_id()),
			Error::<Test>::NotCreator
		);
		// Two steps: announced, then removed after the notice.
		assert_ok!(Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()));
		let removable_at = 1 + 2 * NOTICE;
		assert_eq!(events().last(), Some(&Event::ContentRetiring { content: content_id(), removable_at }));
		assert_noop!(
			Streaming::update_content(RuntimeOrigin::signed(CREATOR), content_id(), 5, split(), AccessRule::Public),
			Error::<Test>::ContentRetiring
		);
		assert_noop!(
			Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()),
			Error::<Test>::RetireNotReady
		);
		run_to_block(removable_at);
		assert_ok!(Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()));
		assert!(Contents::<Test>::get(content_id()).is_none());
		assert!(Creators::<Test>::get(CREATOR).is_none());
		assert_eq!(held(HoldReason::ContentDeposit, CREATOR), 0);
		assert_eq!(free(CREATOR), INITIAL);
		assert_eq!(events().last(), Some(&Event::ContentRetired { content: content_id() }));
	});
}

#[test]
fn retiring_releases_pins_but_cannot_save_a_challenged_node() {
	run_test(|| {
		register_content();
		node(10, false, true, MIN_STAKE);
		node(11, false, true, MIN_STAKE);
		pin(10, content_id());
		pin(11, content_id());
		assert_ok!(Streaming::challenge_storage(RuntimeOrigin::signed(30), 10, content_id()));
		assert_ok!(Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()));
		// A retiring content takes no new pins.
		node(12, false, true, MIN_STAKE);
		assert_noop!(Streaming::pin_content(RuntimeOrigin::signed(12), content_id()), Error::<Test>::ContentRetiring);
		// The creator colluding with its node: removal would drop the open challenge.
		run_to_block(1 + NOTICE);
		assert!(Challenges::<Test>::contains_key(10, content_id()));
		assert_noop!(
			Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()),
			Error::<Test>::ContentInUse
		);
		run_to_block(1 + 2 + CHALLENGE_WINDOW);
		assert_ok!(Streaming::expire_challenge(RuntimeOrigin::signed(30), 10, content_id()));
		// The node that failed lost its pin; the content retires and releases the other.
		assert_ok!(Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()));
		assert_eq!(Nodes::<Test>::get(11).unwrap().pins, 0);
		assert!(events().contains(&Event::Unpinned { node: 11, content: content_id() }));
	});
}

#[test]
fn a_content_with_open_tasks_cannot_be_retired_and_a_retiring_one_takes_no_tasks() {
	run_test(|| {
		register_content();
		assert_ok!(Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 4, 50));
		assert_ok!(Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()));
		assert_noop!(
			Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 4, 50),
			Error::<Test>::ContentRetiring
		);
		run_to_block(1 + NOTICE);
		assert_noop!(
			Streaming::retire_content(RuntimeOrigin::signed(CREATOR), content_id()),
			Error::<Test>::ContentInUse
		);
	});
}

#[test]
fn tasks_created_in_one_block_are_bounded() {
	run_test(|| {
		register_content();
		for _ in 0..MAX_DRAWS {
			assert_ok!(Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 2, 5));
		}
		assert_noop!(
			Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 2, 5),
			Error::<Test>::DrawQueueFull
		);
		run_to_block(2);
		assert_ok!(Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 2, 5));
	});
}

// ---------------------------------------------------------------- nodes

#[test]
fn nodes_register_with_stake_and_execution_nodes_are_listed_by_stake() {
	run_test(|| {
		node(10, true, false, 150);
		node(11, true, true, 300);
		node(12, false, true, 500);
		assert_eq!(Executors::<Test>::get().into_inner(), vec![(11, 300), (10, 150)]);
		assert_eq!(held(HoldReason::NodeStake, 11), 300);
		assert_eq!(free(11), INITIAL - 300);
		let record = Nodes::<Test>::get(12).unwrap();
		assert_eq!(record.roles, Roles { execution: false, storage: true });
		assert!(events().contains(&Event::NodeRegistered {
			node: 11,
			roles: Roles { execution: true, storage: true },
			stake: 300
		}));
		assert!(events().contains(&Event::ExecutorListed { node: 11 }));
		assert!(!events().contains(&Event::ExecutorListed { node: 12 }));

		assert_noop!(
			Streaming::register_node(RuntimeOrigin::signed(10), Roles { execution: true, storage: false }, 200),
			Error::<Test>::NodeExists
		);
		assert_noop!(
			Streaming::register_node(RuntimeOrigin::signed(13), Roles { execution: false, storage: false }, 200),
			Error::<Test>::NoRoles
		);
		assert_noop!(
			Streaming::register_node(RuntimeOrigin::signed(13), Roles { execution: true, storage: false }, 99),
			Error::<Test>::StakeTooLow
		);
	});
}

#[test]
fn a_crowd_of_minimum_stakes_cannot_lock_heavier_nodes_out_of_the_draw() {
	run_test(|| {
		// The list holds 3: three minimum-stake nodes fill it.
		for who in 20..23 {
			node(who, true, false, MIN_STAKE);
		}
		// A fourth at the minimum does not get in (it is not heavier than the lightest)...
		node(23, true, false, MIN_STAKE);
		assert!(!Executors::<Test>::get().iter().any(|(who, _)| *who == 23));
		assert!(!Streaming::node_view(&23).unwrap().drawable);
		// ...but a heavier node evicts the lightest.
		node(24, true, false, 1_000);
		let list = Executors::<Test>::get().into_inner();
		assert_eq!(list.len(), 3);
		assert_eq!(list[0], (24, 1_000));
		assert!(events().contains(&Event::ExecutorUnlisted { node: 22 }));
		// Adding stake re-ranks a node and gets it back in.
		assert_ok!(Streaming::bond_extra(RuntimeOrigin::signed(23), 2_000));
		assert_eq!(Executors::<Test>::get()[0], (23, 2_100));
		assert_eq!(held(HoldReason::NodeStake, 23), 2_100);
		assert!(events().contains(&Event::StakeAdded { node: 23, amount: 2_000, stake: 2_100 }));
	});
}

#[test]
fn unbonding_waits_its_delay_and_a_leaving_node_is_removed() {
	run_test(|| {
		node(10, true, false, 300);
		assert_noop!(Streaming::unbond(RuntimeOrigin::signed(10), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Streaming::unbond(RuntimeOrigin::signed(10), 250), Error::<Test>::StakeTooLow);
		assert_noop!(Streaming::unbond(RuntimeOrigin::signed(10), 301), Error::<Test>::StakeTooLow);
		assert_noop!(Streaming::unbond(RuntimeOrigin::signed(11), 1), Error::<Test>::NotNode);
		assert_ok!(Streaming::unbond(RuntimeOrigin::signed(10), 100));
		assert_eq!(Nodes::<Test>::get(10).unwrap().unbonding, Some((100, 1 + UNBOND_DELAY)));
		assert_eq!(Executors::<Test>::get()[0], (10, 200));
		// Still held (and slashable) during the delay.
		assert_eq!(held(HoldReason::NodeStake, 10), 300);
		assert_noop!(Streaming::withdraw_unbonded(RuntimeOrigin::signed(10)), Error::<Test>::NothingToWithdraw);
		run_to_block(1 + UNBOND_DELAY);
		assert_ok!(Streaming::withdraw_unbonded(RuntimeOrigin::signed(10)));
		assert_eq!(held(HoldReason::NodeStake, 10), 200);
		assert_eq!(free(10), INITIAL - 200);
		assert!(events().contains(&Event::Withdrawn { node: 10, amount: 100, removed: false }));

		// Unbonding everything: the node leaves the draw and is removed on withdrawal.
		assert_ok!(Streaming::unbond(RuntimeOrigin::signed(10), 200));
		assert!(Executors::<Test>::get().is_empty());
		assert!(Nodes::<Test>::get(10).unwrap().leaving);
		assert_noop!(Streaming::bond_extra(RuntimeOrigin::signed(10), 10), Error::<Test>::NodeLeaving);
		assert_noop!(Streaming::unbond(RuntimeOrigin::signed(10), 1), Error::<Test>::NodeLeaving);
		run_to_block(1 + 2 * UNBOND_DELAY);
		assert_ok!(Streaming::withdraw_unbonded(RuntimeOrigin::signed(10)));
		assert!(Nodes::<Test>::get(10).is_none());
		assert_eq!(free(10), INITIAL);
		assert!(events().contains(&Event::Withdrawn { node: 10, amount: 200, removed: true }));
	});
}

#[test]
fn a_busy_node_cannot_leave() {
	run_test(|| {
		register_content();
		node(10, false, true, 300);
		pin(10, content_id());
		assert_noop!(Streaming::unbond(RuntimeOrigin::signed(10), 300), Error::<Test>::NodeBusy);
		unpin(10, content_id());
		assert_ok!(Streaming::unbond(RuntimeOrigin::signed(10), 300));
	});
}

// ---------------------------------------------------------------- tasks

/// Registers the content and executors 10 (stake 100) and 11 (stake 300), creates a
/// 4-segment task with fee 50 and returns its id.
fn task_ready() -> u64 {
	register_content();
	node(10, true, false, 100);
	node(11, true, false, 300);
	assert_ok!(Streaming::create_task(
		RuntimeOrigin::signed(CREATOR),
		content_id(),
		1,
		H256::repeat_byte(7),
		4,
		50
	));
	0
}

/// Draws task `id`'s executor (moving two blocks on) and returns it.
/// Moves two blocks on, where the block hook draws task `id`'s executor, and returns it.
fn assign(id: u64) -> u64 {
	run_to_block(System::block_number() + 2);
	match Tasks::<Test>::get(id).unwrap().state {
		TaskState::Assigned { executor, .. } => executor,
		state => panic!("not assigned: {state:?}"),
	}
}

fn results(n: u8) -> BoundedVec<H256, ConstU32<MAX_SEGMENTS>> {
	BoundedVec::truncate_from((0..n).map(H256::repeat_byte).collect())
}

#[test]
fn creating_a_task_holds_fee_and_deposit() {
	run_test(|| {
		let id = task_ready();
		let task = Tasks::<Test>::get(id).unwrap();
		assert_eq!(task.requester, CREATOR);
		assert_eq!(task.state, TaskState::Created);
		assert_eq!(held(HoldReason::TaskEscrow, CREATOR), 50 + TASK_DEPOSIT);
		assert_eq!(Contents::<Test>::get(content_id()).unwrap().open_tasks, 1);
		assert!(events().contains(&Event::TaskCreated { task: 0, content: content_id(), segments: 4, fee: 50 }));

		let create = |who, rendition, segments| {
			Streaming::create_task(RuntimeOrigin::signed(who), content_id(), rendition, H256::zero(), segments, 1)
		};
		assert_noop!(create(2, 0, 4), Error::<Test>::NotCreator);
		assert_noop!(create(CREATOR, 2, 4), Error::<Test>::UnknownRendition);
		assert_noop!(create(CREATOR, 0, 0), Error::<Test>::BadSegmentCount);
		assert_noop!(create(CREATOR, 0, MAX_SEGMENTS + 1), Error::<Test>::BadSegmentCount);
		assert_noop!(
			Streaming::create_task(RuntimeOrigin::signed(CREATOR), H256::zero(), 0, H256::zero(), 4, 1),
			Error::<Test>::UnknownContent
		);
		assert_noop!(
			Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 4, u128::MAX),
			Error::<Test>::Overflow
		);
		// The executor pays the panel's reward: a fee below it is refused.
		assert_noop!(
			Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 4, PANEL_REWARD - 1),
			Error::<Test>::FeeTooLow
		);
	});
}

#[test]
fn a_task_is_cancelled_only_by_its_requester_before_its_draw() {
	run_test(|| {
		let id = task_ready();
		assert_noop!(Streaming::cancel_task(RuntimeOrigin::signed(2), id), Error::<Test>::NotRequester);
		assert_noop!(Streaming::cancel_task(RuntimeOrigin::signed(CREATOR), 9), Error::<Test>::UnknownTask);
		assert_ok!(Streaming::cancel_task(RuntimeOrigin::signed(CREATOR), id));
		assert!(Tasks::<Test>::get(id).is_none());
		assert_eq!(held(HoldReason::TaskEscrow, CREATOR), 0);
		assert_eq!(Contents::<Test>::get(content_id()).unwrap().open_tasks, 0);
		assert_eq!(events().last(), Some(&Event::TaskCancelled { task: id }));

		assert_ok!(Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 4, 50));
		assign(1);
		assert_noop!(Streaming::cancel_task(RuntimeOrigin::signed(CREATOR), 1), Error::<Test>::WrongTaskState);
	});
}

#[test]
fn the_executor_is_drawn_from_a_hash_that_did_not_exist_at_creation() {
	run_test(|| {
		let id = task_ready();
		assert_eq!(crate::DrawQueue::<Test>::get(3).into_inner(), vec![id]);
		// Same block and the next: the picking hash (of block created_at + 1) is not known,
		// so nobody can compute the draw while the draw list can still change.
		assert_noop!(Streaming::assign_task(RuntimeOrigin::signed(30), id), Error::<Test>::DrawNotReady);
		run_to_block(2);
		assert_noop!(Streaming::assign_task(RuntimeOrigin::signed(30), id), Error::<Test>::DrawNotReady);
		assert!(Streaming::seed_after(crate::prefix::ASSIGN, &id, 1).is_none());
		// Block 3: the hook draws before any transaction of the block could change the list.
		run_to_block(3);
		assert!(crate::DrawQueue::<Test>::get(3).is_empty());
		let TaskState::Assigned { executor, deadline } = Tasks::<Test>::get(id).unwrap().state else {
			panic!("assigned")
		};
		assert!(executor == 10 || executor == 11);
		assert_eq!(deadline, 3 + RESULT_WINDOW);
		assert_eq!(Nodes::<Test>::get(executor).unwrap().open_tasks, 1);
		assert!(events().contains(&Event::TaskAssigned { task: id, executor, deadline }));
		assert_noop!(Streaming::assign_task(RuntimeOrigin::signed(30), id), Error::<Test>::WrongTaskState);
		assert_noop!(Streaming::assign_task(RuntimeOrigin::signed(30), 9), Error::<Test>::UnknownTask);
	});
}

#[test]
fn draws_follow_stake_and_never_pick_the_requester() {
	// Over many seeds, a node with three times the stake is drawn about three times as often;
	// the requester, though listed and heaviest, never.
	run_test(|| {
		let list = vec![(CREATOR, 10_000u128), (10, 100), (11, 300)];
		let mut counts = [0u32; 2];
		for i in 0..4_000u32 {
			let seed = sp_io::hashing::blake2_256(&i.to_le_bytes());
			match Streaming::draw(&list, &CREATOR, seed) {
				Some(10) => counts[0] += 1,
				Some(11) => counts[1] += 1,
				other => panic!("drew {other:?}"),
			}
		}
		assert!(counts[0] > 850 && counts[0] < 1_150, "{counts:?}");
		assert!(Streaming::draw(&[(CREATOR, 10)], &CREATOR, [0; 32]).is_none());
	});
}

#[test]
fn a_node_at_its_task_limit_leaves_the_draw_until_a_task_ends() {
	run_test(|| {
		register_content();
		node(10, true, false, 1_000);
		for _ in 0..MAX_OPEN_TASKS {
			assert_ok!(Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 2, 5));
		}
		assert_ok!(Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 2, 5));
		// The hook draws the node for the first two; the third finds nobody and waits.
		run_to_block(3);
		assert!(Executors::<Test>::get().is_empty());
		let last = u64::from(MAX_OPEN_TASKS);
		assert_noop!(Streaming::assign_task(RuntimeOrigin::signed(30), last), Error::<Test>::NoExecutor);
		// The first task expires: the node is back in the draw.
		run_to_block(3 + RESULT_WINDOW + 1);
		assert_ok!(Streaming::expire_task(RuntimeOrigin::signed(30), 0));
		assert_eq!(Executors::<Test>::get().len(), 1);
		assert_ok!(Streaming::assign_task(RuntimeOrigin::signed(30), last));
	});
}

#[test]
fn posting_results_opens_a_verification_request_paid_by_the_executor() {
	run_test(|| {
		let id = task_ready();
		let executor = assign(id);
		let other = if executor == 10 { 11 } else { 10 };
		assert_noop!(
			Streaming::submit_results(RuntimeOrigin::signed(other), id, results(4)),
			Error::<Test>::NotExecutor
		);
		assert_noop!(
			Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(3)),
			Error::<Test>::WrongResultCount
		);
		assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)));
		let request = RecordingVerifier::last_request().unwrap();
		let opened = RecordingVerifier::opened();
		let (domain, subject, requester, params) = opened.last().unwrap().clone();
		assert_eq!(domain, DOMAIN);
		assert_eq!(requester, executor);
		// The requester (content creator) may not judge; the engine excludes the executor.
		assert_eq!(params.excluded.into_inner(), vec![CREATOR]);
		assert_eq!(params.panel.reward, PANEL_REWARD);
		let task = Tasks::<Test>::get(id).unwrap();
		assert_eq!(subject, Streaming::task_subject(id, &task));
		assert_eq!(task.results, results(4));
		assert!(matches!(task.state, TaskState::Verifying { request: r, .. } if r == request));
		assert_eq!(TaskOfRequest::<Test>::get(request), Some(id));
		assert!(events().contains(&Event::ResultsPosted { task: id, executor, request }));
		assert_noop!(
			Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)),
			Error::<Test>::WrongTaskState
		);
	});
}

#[test]
fn the_sample_is_drawn_after_the_results_and_is_distinct_and_in_range() {
	run_test(|| {
		let id = task_ready();
		let executor = assign(id);
		assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)));
		let posted = System::block_number();
		// Unknown when posted and in the next block: the executor cannot know it.
		assert_eq!(Streaming::task_sample(id), None);
		run_to_block(posted + 1);
		assert_eq!(Streaming::task_sample(id), None);
		run_to_block(posted + 2);
		let sample = Streaming::task_sample(id).unwrap();
		assert_eq!(sample.len(), SAMPLE as usize);
		assert!(sample.windows(2).all(|w| w[0] < w[1]));
		assert!(sample.iter().all(|i| *i < 4));
		// Distinct seeds give distinct samples; sizes above the task give every segment.
		let samples: std::collections::BTreeSet<Vec<u32>> =
			(0..50u8).map(|b| Streaming::sample_from([b; 32], 16, 3)).collect();
		assert!(samples.len() > 10);
		assert!(samples.iter().all(|s| s.len() == 3 && s.iter().all(|i| *i < 16)));
		assert_eq!(Streaming::sample_from([1; 32], 2, 3), vec![0, 1]);
	});
}

#[test]
fn a_verified_task_pays_its_executor() {
	run_test(|| {
		let id = task_ready();
		let executor = assign(id);
		assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)));
		let request = RecordingVerifier::last_request().unwrap();
		let before = free(executor);
		let outcome = RecordingVerifier::outcome(Decision::Approved, &[(31, Some(true)), (32, Some(true))]);
		Streaming::on_outcome(DOMAIN, H256::zero(), request, &outcome);
		assert!(Tasks::<Test>::get(id).is_none());
		assert!(TaskOfRequest::<Test>::get(request).is_none());
		assert_eq!(free(executor), before + 50);
		assert_eq!(held(HoldReason::TaskEscrow, CREATOR), 0);
		assert_eq!(free(CREATOR), INITIAL - CONTENT_DEPOSIT - 50);
		let record = Nodes::<Test>::get(executor).unwrap();
		assert_eq!(record.open_tasks, 0);
		assert_eq!(record.stats.tasks_verified, 1);
		assert_eq!(record.stats.earned, 50);
		assert_eq!(Contents::<Test>::get(content_id()).unwrap().open_tasks, 0);
		assert!(events().contains(&Event::TaskVerified { task: id, executor, fee: 50 }));
		// A repeated outcome is ignored.
		Streaming::on_outcome(DOMAIN, H256::zero(), request, &outcome);
		assert_eq!(free(executor), before + 50);
	});
}

#[test]
fn a_fake_segment_attack_is_caught_and_slashed_and_the_verifiers_paid() {
	run_test(|| {
		let id = task_ready();
		let executor = assign(id);
		let stake = Nodes::<Test>::get(executor).unwrap().stake;
		// The executor posts hashes it did not compute; the panel re-executes the sample and
		// rejects. 31 and 32 rejected (coherent), 33 approved (incoherent), 34 never revealed.
		assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)));
		let request = RecordingVerifier::last_request().unwrap();
		let outcome = RecordingVerifier::outcome(
			Decision::Rejected,
			&[(31, Some(false)), (32, Some(false)), (33, Some(true)), (34, None)],
		);
		Streaming::on_outcome(DOMAIN, H256::zero(), request, &outcome);
		let slashed = ResultSlash::get() * stake;
		let each = slashed / 2;
		assert_eq!(free(31), INITIAL + each);
		assert_eq!(free(32), INITIAL + each);
		assert_eq!(free(33), INITIAL);
		assert_eq!(free(34), INITIAL);
		let record = Nodes::<Test>::get(executor).unwrap();
		assert_eq!(record.stake, stake - slashed);
		assert_eq!(record.stats.tasks_failed, 1);
		assert_eq!(record.stats.slashed, slashed);
		assert_eq!(held(HoldReason::NodeStake, executor), stake - slashed);
		// The requester gets fee and deposit back; the executor is not paid.
		assert_eq!(held(HoldReason::TaskEscrow, CREATOR), 0);
		assert_eq!(free(CREATOR), INITIAL - CONTENT_DEPOSIT);
		assert!(events().contains(&Event::Slashed { node: executor, amount: slashed }));
		assert!(events().contains(&Event::TaskFailed { task: id, executor, slashed }));
	});
}

#[test]
fn a_slash_below_the_minimum_takes_the_executor_out_of_the_draw() {
	run_test(|| {
		register_content();
		node(10, true, false, 150);
		assert_ok!(Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 2, 5));
		assert_eq!(assign(0), 10);
		assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(10), 0, results(2)));
		let request = RecordingVerifier::last_request().unwrap();
		Streaming::on_outcome(DOMAIN, H256::zero(), request, &RecordingVerifier::outcome(Decision::Rejected, &[]));
		// No coherent verifier: the whole slash (75) is burned.
		assert_eq!(Nodes::<Test>::get(10).unwrap().stake, 75);
		assert!(Executors::<Test>::get().is_empty());
		assert!(events().contains(&Event::ExecutorUnlisted { node: 10 }));
		assert_eq!(Balances::total_issuance(), 60 * INITIAL - 75);
	});
}

#[test]
fn an_inconclusive_verification_refunds_without_slashing() {
	run_test(|| {
		let id = task_ready();
		let executor = assign(id);
		let stake = Nodes::<Test>::get(executor).unwrap().stake;
		assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)));
		let request = RecordingVerifier::last_request().unwrap();
		Streaming::on_outcome(DOMAIN, H256::zero(), request, &RecordingVerifier::outcome(Decision::Inconclusive, &[]));
		assert!(Tasks::<Test>::get(id).is_none());
		assert_eq!(Nodes::<Test>::get(executor).unwrap().stake, stake);
		assert_eq!(Nodes::<Test>::get(executor).unwrap().open_tasks, 0);
		assert_eq!(held(HoldReason::TaskEscrow, CREATOR), 0);
		assert!(events().contains(&Event::TaskInconclusive { task: id }));
	});
}

#[test]
fn outcomes_of_other_domains_or_unknown_requests_change_nothing() {
	run_test(|| {
		let id = task_ready();
		let executor = assign(id);
		assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)));
		let request = RecordingVerifier::last_request().unwrap();
		let outcome = RecordingVerifier::outcome(Decision::Rejected, &[(31, Some(false))]);
		assert_eq!(
			Streaming::on_outcome(*b"perform\0", H256::zero(), request, &outcome),
			frame_support::weights::Weight::zero()
		);
		Streaming::on_outcome(DOMAIN, H256::zero(), request + 1, &outcome);
		assert!(Tasks::<Test>::get(id).is_some());
		assert_eq!(free(31), INITIAL);
		assert_eq!(Streaming::domains(), vec![DOMAIN]);
	});
}

#[test]
fn an_executor_that_posts_nothing_is_slashed_and_the_slash_burned() {
	run_test(|| {
		let id = task_ready();
		let executor = assign(id);
		let stake = Nodes::<Test>::get(executor).unwrap().stake;
		let deadline = System::block_number() + RESULT_WINDOW;
		assert_noop!(Streaming::expire_task(RuntimeOrigin::signed(30), id), Error::<Test>::ResultWindowOpen);
		run_to_block(deadline + 1);
		assert_noop!(
			Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)),
			Error::<Test>::ResultWindowOver
		);
		assert_ok!(Streaming::expire_task(RuntimeOrigin::signed(30), id));
		let slashed = MissSlash::get() * stake;
		// Burned: the requester gets its escrow back and nothing more, so ordering tasks
		// nobody can carry out earns it nothing.
		assert_eq!(free(CREATOR), INITIAL - CONTENT_DEPOSIT);
		assert_eq!(Balances::total_issuance(), 60 * INITIAL - slashed);
		assert_eq!(held(HoldReason::TaskEscrow, CREATOR), 0);
		let record = Nodes::<Test>::get(executor).unwrap();
		assert_eq!(record.stake, stake - slashed);
		assert_eq!(record.open_tasks, 0);
		assert_eq!(record.stats.tasks_failed, 1);
		assert!(events().contains(&Event::TaskExpired { task: id, executor, slashed }));
		assert_noop!(Streaming::expire_task(RuntimeOrigin::signed(30), id), Error::<Test>::UnknownTask);
	});
}

#[test]
fn unbonding_stake_stays_slashable() {
	run_test(|| {
		register_content();
		node(10, true, false, 400);
		assert_ok!(Streaming::create_task(RuntimeOrigin::signed(CREATOR), content_id(), 0, H256::zero(), 2, 5));
		assert_eq!(assign(0), 10);
		// Trying to escape the slash by unbonding: 300 of 400 unbonding, 100 active.
		assert_ok!(Streaming::unbond(RuntimeOrigin::signed(10), 300));
		assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(10), 0, results(2)));
		let request = RecordingVerifier::last_request().unwrap();
		Streaming::on_outcome(DOMAIN, H256::zero(), request, &RecordingVerifier::outcome(Decision::Rejected, &[]));
		// 50 % of everything held (400) = 200: 100 from the active stake, 100 from unbonding.
		let record = Nodes::<Test>::get(10).unwrap();
		assert_eq!(record.stake, 0);
		assert_eq!(record.unbonding.map(|(a, _)| a), Some(200));
		assert_eq!(held(HoldReason::NodeStake, 10), 200);
	});
}

// ---------------------------------------------------------------- storage

#[test]
fn pins_are_bounded_and_need_the_storage_role() {
	run_test(|| {
		register_content();
		node(10, true, false, MIN_STAKE);
		assert_noop!(Streaming::pin_content(RuntimeOrigin::signed(10), content_id()), Error::<Test>::WrongRole);
		assert_noop!(Streaming::pin_content(RuntimeOrigin::signed(9), content_id()), Error::<Test>::NotNode);
		for who in 11..=13 {
			node(who, false, true, MIN_STAKE);
			pin(who, content_id());
		}
		node(14, false, true, MIN_STAKE);
		// Only approved nodes pin, and a content approves at most `MaxReplicas`.
		assert_noop!(Streaming::pin_content(RuntimeOrigin::signed(14), content_id()), Error::<Test>::NotApproved);
		assert_noop!(
			Streaming::approve_storage(RuntimeOrigin::signed(CREATOR), content_id(), 14),
			Error::<Test>::TooManyReplicas
		);
		assert_noop!(
			Streaming::approve_storage(RuntimeOrigin::signed(2), content_id(), 14),
			Error::<Test>::NotCreator
		);
		assert_noop!(
			Streaming::approve_storage(RuntimeOrigin::signed(CREATOR), content_id(), 11),
			Error::<Test>::AlreadyApproved
		);
		assert_noop!(Streaming::pin_content(RuntimeOrigin::signed(11), content_id()), Error::<Test>::AlreadyPinned);
		assert_noop!(Streaming::pin_content(RuntimeOrigin::signed(14), H256::zero()), Error::<Test>::UnknownContent);
		assert_eq!(Contents::<Test>::get(content_id()).unwrap().storage_nodes.into_inner(), vec![11, 12, 13]);
		assert_eq!(Nodes::<Test>::get(11).unwrap().pins, 1);
		// A node's own pins are bounded too.
		for (i, byte) in [1u8, 2].iter().enumerate() {
			let root = crate::merkle::root(&leaves());
			assert_ok!(Streaming::register_content(
				RuntimeOrigin::signed(2),
				H256::repeat_byte(*byte),
				renditions(),
				1,
				split(),
				AccessRule::Public,
				root,
				5
			));
			if i == 0 {
				let id = Streaming::content_id(&2, &H256::repeat_byte(*byte));
				pin(11, id);
			}
		}
		let second = Streaming::content_id(&2, &H256::repeat_byte(2));
		approve(11, second);
		assert_noop!(Streaming::pin_content(RuntimeOrigin::signed(11), second), Error::<Test>::TooManyPins);
		assert_noop!(Streaming::unpin_content(RuntimeOrigin::signed(14), content_id()), Error::<Test>::NotPinned);
		// Unpinning announces it first; the pin goes after the notice.
		assert_ok!(Streaming::unpin_content(RuntimeOrigin::signed(11), content_id()));
		let removable_at = 1 + CHALLENGE_WINDOW + 2;
		assert!(events().contains(&Event::Unpinning { node: 11, content: content_id(), removable_at }));
		assert_noop!(Streaming::unpin_content(RuntimeOrigin::signed(11), content_id()), Error::<Test>::UnpinNotReady);
		run_to_block(removable_at);
		assert_ok!(Streaming::unpin_content(RuntimeOrigin::signed(11), content_id()));
		assert!(events().contains(&Event::Unpinned { node: 11, content: content_id() }));
		assert!(!Contents::<Test>::get(content_id()).unwrap().storage_nodes.contains(&11));
	});
}

/// Content registered, storage node 10 pins it, 30 challenges it; returns the deadline.
fn challenged() -> u64 {
	register_content();
	node(10, false, true, 500);
	pin(10, content_id());
	assert_ok!(Streaming::challenge_storage(RuntimeOrigin::signed(30), 10, content_id()));
	System::block_number() + 1 + CHALLENGE_WINDOW
}

fn answer(index: u32) -> (BoundedVec<u8, ConstU32<64>>, BoundedVec<H256, ConstU32<8>>) {
	(
		BoundedVec::truncate_from(chunks()[index as usize].clone()),
		BoundedVec::truncate_from(crate::merkle::proof(&leaves(), index)),
	)
}

#[test]
fn a_challenge_holds_a_bond_and_cannot_be_doubled_or_self_issued() {
	run_test(|| {
		let deadline = challenged();
		assert_eq!(held(HoldReason::ChallengeBond, 30), CHALLENGE_BOND);
		let challenge = Challenges::<Test>::get(10, content_id()).unwrap();
		assert_eq!((challenge.challenger, challenge.deadline), (30, deadline));
		assert!(events().contains(&Event::ChallengeIssued {
			node: 10,
			content: content_id(),
			challenger: 30,
			deadline
		}));
		assert_noop!(
			Streaming::challenge_storage(RuntimeOrigin::signed(31), 10, content_id()),
			Error::<Test>::ChallengeOpen
		);
		assert_noop!(
			Streaming::challenge_storage(RuntimeOrigin::signed(10), 10, content_id()),
			Error::<Test>::SelfChallenge
		);
		assert_noop!(
			Streaming::challenge_storage(RuntimeOrigin::signed(31), 11, content_id()),
			Error::<Test>::NotPinned
		);
		// Seeing the challenge coming, the node tries to unpin: it only announces it, the pin
		// stays challengeable, and removing it waits for the challenge to be settled.
		assert_ok!(Streaming::unpin_content(RuntimeOrigin::signed(10), content_id()));
		run_to_block(crate::Unpinning::<Test>::get(10, content_id()).unwrap());
		assert_noop!(Streaming::unpin_content(RuntimeOrigin::signed(10), content_id()), Error::<Test>::ChallengeOpen);
	});
}

#[test]
fn a_valid_proof_answers_the_challenge_and_earns_the_bond() {
	run_test(|| {
		challenged();
		let issued = System::block_number();
		assert_eq!(Streaming::challenge_chunk(&10, content_id()), None);
		let (chunk, proof) = answer(0);
		assert_noop!(
			Streaming::answer_challenge(RuntimeOrigin::signed(10), content_id(), chunk, proof),
			Error::<Test>::ChallengeNotReady
		);
		run_to_block(issued + 2);
		let index = Streaming::challenge_chunk(&10, content_id()).unwrap();
		assert!(index < 5);
		// Another chunk, or a proof for another index, does not answer.
		let wrong = (index + 1) % 5;
		let (bad_chunk, bad_proof) = answer(wrong);
		assert_noop!(
			Streaming::answer_challenge(RuntimeOrigin::signed(10), content_id(), bad_chunk, bad_proof),
			Error::<Test>::BadProof
		);
		let (chunk, proof) = answer(index);
		assert_noop!(
			Streaming::answer_challenge(RuntimeOrigin::signed(11), content_id(), chunk.clone(), proof.clone()),
			Error::<Test>::NoChallenge
		);
		assert_ok!(Streaming::answer_challenge(RuntimeOrigin::signed(10), content_id(), chunk, proof));
		assert!(Challenges::<Test>::get(10, content_id()).is_none());
		assert_eq!(free(30), INITIAL - CHALLENGE_BOND);
		assert_eq!(free(10), INITIAL - 500 + CHALLENGE_BOND);
		let record = Nodes::<Test>::get(10).unwrap();
		assert_eq!(record.stats.challenges_passed, 1);
		assert!(events().contains(&Event::ChallengeAnswered { node: 10, content: content_id(), chunk: index }));
	});
}

#[test]
fn an_unanswered_challenge_slashes_pays_the_challenger_and_unpins() {
	run_test(|| {
		let deadline = challenged();
		run_to_block(deadline);
		assert_noop!(
			Streaming::expire_challenge(RuntimeOrigin::signed(31), 10, content_id()),
			Error::<Test>::ChallengeNotOver
		);
		run_to_block(deadline + 1);
		let index = Streaming::challenge_chunk(&10, content_id()).unwrap();
		let (chunk, proof) = answer(index);
		assert_noop!(
			Streaming::answer_challenge(RuntimeOrigin::signed(10), content_id(), chunk, proof),
			Error::<Test>::ChallengeOver
		);
		assert_ok!(Streaming::expire_challenge(RuntimeOrigin::signed(31), 10, content_id()));
		let slashed = StorageSlash::get() * 500;
		let share = ChallengerShare::get() * slashed;
		assert_eq!(free(30), INITIAL + share);
		assert_eq!(held(HoldReason::ChallengeBond, 30), 0);
		let record = Nodes::<Test>::get(10).unwrap();
		assert_eq!(record.stake, 500 - slashed);
		assert_eq!(record.pins, 0);
		assert_eq!(record.stats.challenges_failed, 1);
		assert!(Contents::<Test>::get(content_id()).unwrap().storage_nodes.is_empty());
		assert_eq!(Balances::total_issuance(), 60 * INITIAL - (slashed - share));
		assert!(events().contains(&Event::ChallengeFailed { node: 10, content: content_id(), slashed }));
		assert_noop!(
			Streaming::expire_challenge(RuntimeOrigin::signed(31), 10, content_id()),
			Error::<Test>::NoChallenge
		);
	});
}

#[test]
fn a_node_challenging_itself_through_another_account_only_loses() {
	// Account 31 is the node's own second account: if the node answers, the bond moves
	// between its own accounts; if it lets the challenge fail, it loses the slash and gets
	// back only the challenger's share of it.
	run_test(|| {
		register_content();
		node(10, false, true, 500);
		pin(10, content_id());
		assert_ok!(Streaming::challenge_storage(RuntimeOrigin::signed(31), 10, content_id()));
		run_to_block(System::block_number() + 2 + CHALLENGE_WINDOW);
		assert_ok!(Streaming::expire_challenge(RuntimeOrigin::signed(31), 10, content_id()));
		let both = free(10) + held(HoldReason::NodeStake, 10) + free(31);
		assert!(both < 2 * INITIAL);
	});
}

#[test]
fn node_scores_count_verified_and_failed_work() {
	run_test(|| {
		node(10, true, true, 500);
		assert_eq!(Streaming::node_view(&10).unwrap().score, Perbill::one());
		Nodes::<Test>::mutate(10, |n| {
			let n = n.as_mut().unwrap();
			n.stats.tasks_verified = 3;
			n.stats.challenges_failed = 1;
		});
		let view = Streaming::node_view(&10).unwrap();
		assert_eq!(view.score, Perbill::from_percent(75));
		assert!(view.drawable);
		assert_eq!(Streaming::executors(), vec![(10, 500)]);
	});
}

#[test]
fn a_storage_node_slashed_below_the_minimum_takes_no_new_pins() {
	run_test(|| {
		register_content();
		node(10, false, true, MIN_STAKE);
		pin(10, content_id());
		assert_ok!(Streaming::challenge_storage(RuntimeOrigin::signed(30), 10, content_id()));
		run_to_block(System::block_number() + 2 + CHALLENGE_WINDOW);
		assert_ok!(Streaming::expire_challenge(RuntimeOrigin::signed(30), 10, content_id()));
		assert!(Nodes::<Test>::get(10).unwrap().stake < MIN_STAKE);
		assert_noop!(Streaming::pin_content(RuntimeOrigin::signed(10), content_id()), Error::<Test>::StakeTooLow);
		// Bonding back to the minimum restores it.
		assert_ok!(Streaming::bond_extra(RuntimeOrigin::signed(10), MIN_STAKE));
		assert_ok!(Streaming::pin_content(RuntimeOrigin::signed(10), content_id()));
	});
}

#[test]
fn a_task_the_engine_cannot_verify_ends_without_slashing_its_executor() {
	run_test(|| {
		let id = task_ready();
		let executor = assign(id);
		let stake = Nodes::<Test>::get(executor).unwrap().stake;
		// An executor that cannot pay the engine is at fault: the call fails, nothing changes.
		RecordingVerifier::refuse_with(Some(sp_runtime::TokenError::FundsUnavailable.into()));
		assert_noop!(
			Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)),
			sp_runtime::TokenError::FundsUnavailable
		);
		// An engine without witnesses for the domain: the task ends, refunded, unslashed.
		RecordingVerifier::refuse_with(Some(sp_runtime::DispatchError::Other("no roster")));
		assert_ok!(Streaming::submit_results(RuntimeOrigin::signed(executor), id, results(4)));
		assert!(Tasks::<Test>::get(id).is_none());
		assert_eq!(held(HoldReason::TaskEscrow, CREATOR), 0);
		let record = Nodes::<Test>::get(executor).unwrap();
		assert_eq!((record.stake, record.open_tasks), (stake, 0));
		assert!(events().contains(&Event::TaskUnverifiable { task: id, executor }));
	});
}

#[test]
fn a_creator_revokes_a_storage_node_but_not_to_rescue_it_from_a_challenge() {
	run_test(|| {
		register_content();
		node(10, false, true, MIN_STAKE);
		pin(10, content_id());
		assert_ok!(Streaming::challenge_storage(RuntimeOrigin::signed(30), 10, content_id()));
		assert_noop!(
			Streaming::revoke_storage(RuntimeOrigin::signed(CREATOR), content_id(), 10),
			Error::<Test>::ChallengeOpen
		);
		assert_noop!(
			Streaming::revoke_storage(RuntimeOrigin::signed(2), content_id(), 10),
			Error::<Test>::NotCreator
		);
		assert_noop!(
			Streaming::revoke_storage(RuntimeOrigin::signed(CREATOR), content_id(), 11),
			Error::<Test>::NotApproved
		);
		run_to_block(3);
		let index = Streaming::challenge_chunk(&10, content_id()).unwrap();
		let (chunk, proof) = (
			BoundedVec::truncate_from(chunks()[index as usize].clone()),
			BoundedVec::truncate_from(crate::merkle::proof(&leaves(), index)),
		);
		assert_ok!(Streaming::answer_challenge(RuntimeOrigin::signed(10), content_id(), chunk, proof));
		assert_ok!(Streaming::revoke_storage(RuntimeOrigin::signed(CREATOR), content_id(), 10));
		let content = Contents::<Test>::get(content_id()).unwrap();
		assert!(content.approved_storage.is_empty() && content.storage_nodes.is_empty());
		assert_eq!(Nodes::<Test>::get(10).unwrap().pins, 0);
		assert!(events().contains(&Event::StorageRevoked { content: content_id(), node: 10 }));
		assert_noop!(Streaming::pin_content(RuntimeOrigin::signed(10), content_id()), Error::<Test>::NotApproved);
	});
}
